import { labelText } from './k8s-calc.js'
import { app, Client, client, computed, type K8sFamily, NAMESPACES, rule } from './k8s-text.js'

const SVC = 'kubernetes.io/docs/concepts/services-networking/service/'
const DNS = 'kubernetes.io/docs/concepts/services-networking/dns-pod-service/'
const NETPOL = 'kubernetes.io/docs/concepts/services-networking/network-policies/'
const INGRESS = 'kubernetes.io/docs/concepts/services-networking/ingress/'

type F = Record<string, unknown>
type Labels = Record<string, string>
const n = (v: unknown): number => v as number

/** A pod a Service may select: its labels and whether it is Ready. */
interface PodRow {
  readonly name: string
  readonly labels: Labels
  readonly ready: boolean
}

const count = (f: F, p: (r: PodRow) => boolean): string =>
  String((f.pods as PodRow[]).filter(p).length)
const sel = (f: F) => f.selector as Labels
const hasAll = (r: PodRow, s: Labels) => Object.entries(s).every(([k, v]) => r.labels[k] === v)
const hasAny = (r: PodRow, s: Labels) => Object.entries(s).some(([k, v]) => r.labels[k] === v)

/** A traffic source: its pod labels, namespace and that namespace's labels. */
interface Source {
  readonly name: string
  readonly ns: string
  readonly nsLabels: Labels
  readonly labels: Labels
  /** How many such pods there are. */
  readonly pods: number
}
/** A NetworkPolicy `from` peer: a pod selector, a namespace selector, or both in one element. */
interface Peer {
  readonly pod?: Labels
  readonly nsSel?: Labels
}
const within = (l: Labels, s: Labels) => Object.entries(s).every(([k, v]) => l[k] === v)
/** Whether a peer admits a source (a pod selector alone means the policy’s own namespace). */
export const admits = (p: Peer, s: Source, home: string, mode: 'doc' | 'or' | 'anyns'): boolean => {
  const podOk = p.pod === undefined || within(s.labels, p.pod)
  const nsOk =
    p.nsSel === undefined ? mode === 'anyns' || s.ns === home : within(s.nsLabels, p.nsSel)
  if (mode === 'or' && p.pod !== undefined && p.nsSel !== undefined)
    return within(s.labels, p.pod) || within(s.nsLabels, p.nsSel)
  return podOk && nsOk
}

export const NETWORK_FAMILIES: readonly K8sFamily[] = [
  computed('service-endpoints-from-selector-and-readiness', {
    kind: 'endpoints',
    figures: (rng) => {
      const a = app(rng)
      const [tier, other] = rng.shuffle(['web', 'api', 'worker']) as [string, string]
      const pods: PodRow[] = []
      const add = (k: number, labels: Labels, ready: boolean) => {
        for (let i = 0; i < k; i++) pods.push({ name: '', labels: { ...labels }, ready })
      }
      add(rng.int(1, 3), { app: a, tier }, true)
      add(rng.int(1, 2), { app: a, tier, track: 'canary' }, true)
      add(rng.int(0, 3), { app: a, tier }, false)
      add(rng.int(1, 2), { app: a, tier: other }, true)
      add(rng.int(0, 2), { app: 'legacy', tier }, true)
      add(rng.int(0, 1), { app: 'legacy', tier: other }, rng.next() < 0.5)
      return {
        pods: rng.shuffle(pods).map((p, i) => ({ ...p, name: `pod-${i + 1}` })),
        selector: { app: a, tier },
      }
    },
    stem: (f) =>
      `A Service has selector ${labelText(sel(f))}. The namespace’s pods are: ${(f.pods as PodRow[]).map((p) => `${p.name} [${labelText(p.labels)}] ${p.ready ? 'Ready' : 'not Ready'}`).join('; ')}. How many pod addresses does the Service send traffic to?`,
    key: (f) => count(f, (r) => r.ready && hasAll(r, sel(f))),
    wrong: [
      [
        'matches a pod carrying any one selector label',
        (f) => count(f, (r) => r.ready && hasAny(r, sel(f))),
      ],
      ['counts pods that are not Ready too', (f) => count(f, (r) => hasAll(r, sel(f)))],
      [
        'needs the pod’s labels to equal the selector exactly',
        (f) => count(f, (r) => r.ready && hasAll(r, sel(f)) && Object.keys(r.labels).length === 2),
      ],
      [
        'matches on the app label alone',
        (f) => count(f, (r) => r.ready && r.labels.app === sel(f).app),
      ],
      [
        'matches on the tier label alone',
        (f) => count(f, (r) => r.ready && r.labels.tier === sel(f).tier),
      ],
      ['thinks a Service sends to one pod only', () => '1'],
      [
        'counts the Ready pods the selector leaves out',
        (f) => count(f, (r) => r.ready && !hasAll(r, sel(f))),
      ],
      ['reads Ready the wrong way round', (f) => count(f, (r) => !r.ready && hasAll(r, sel(f)))],
      [
        'leaves out the canary pods as well',
        (f) => count(f, (r) => r.ready && hasAll(r, sel(f)) && r.labels.track === undefined),
      ],
    ],
  }),
  computed('service-port-target-port-node-port', {
    kind: 'ports',
    figures: (rng) => {
      const [port, target, metrics] = rng
        .shuffle([80, 8080, 3000, 9090, 5000, 8000])
        .slice(0, 3) as number[]
      return {
        port,
        target,
        metrics,
        node: rng.int(30000, 32767),
        ask: rng.pick(['listen', 'incluster', 'outside']),
      }
    },
    stem: (f, rng) => {
      const a = app(rng)
      const q =
        f.ask === 'listen'
          ? 'On which port must the app container listen for the Service to work?'
          : f.ask === 'incluster'
            ? `Which port do other pods inside the cluster use to reach it by the name ${a}?`
            : 'Which port does a client outside the cluster use with a node’s IP address?'
      return `The ${a} Service (type NodePort) has port: ${f.port}, targetPort: ${f.target}, nodePort: ${f.node}; its pods also expose a metrics containerPort ${f.metrics}. ${q}`
    },
    key: (f) => String(portFor(f, String(f.ask))),
    wrong: [
      ['answers with the Service port field', (f) => String(f.port)],
      ['answers with the targetPort field', (f) => String(f.target)],
      ['answers with the nodePort field', (f) => String(f.node)],
      ['takes the metrics containerPort of the pod', (f) => String(f.metrics)],
    ],
  }),
  computed('service-fully-qualified-dns-name', {
    kind: 'dns',
    figures: (rng) => ({ svc: app(rng), ns: rng.pick(NAMESPACES) }),
    stem: (f) =>
      `A pod needs the fully qualified DNS name of the ${f.svc} Service in the ${f.ns} namespace (cluster domain cluster.local). What is it?`,
    key: (f) => `${f.svc}.${f.ns}.svc.cluster.local`,
    wrong: [
      ['puts svc before the namespace', (f) => `${f.svc}.svc.${f.ns}.cluster.local`],
      ['puts the namespace before the Service', (f) => `${f.ns}.${f.svc}.svc.cluster.local`],
      ['leaves out the svc label', (f) => `${f.svc}.${f.ns}.cluster.local`],
      ['uses pod in place of svc', (f) => `${f.svc}.${f.ns}.pod.cluster.local`],
    ],
    code: true,
  }),
  computed('shortest-name-across-namespaces', {
    kind: 'dns-short',
    figures: (rng) => {
      const [from, to] = rng.shuffle([...NAMESPACES]).slice(0, 2) as [string, string]
      return { svc: app(rng), from, to }
    },
    stem: (f) =>
      `A pod in the ${f.from} namespace must call the ${f.svc} Service in the ${f.to} namespace, using the shortest name the pod’s DNS search list resolves. Which name is it?`,
    key: (f) => `${f.svc}.${f.to}`,
    wrong: [
      ['thinks a bare name finds a Service in any namespace', (f) => `${f.svc}`],
      ['puts the namespace before the Service', (f) => `${f.to}.${f.svc}`],
      ['qualifies with the caller’s own namespace', (f) => `${f.svc}.${f.from}`],
      ['adds svc without the namespace', (f) => `${f.svc}.svc`],
    ],
    code: true,
  }),
  computed('statefulset-pod-dns-name', {
    kind: 'sts-dns',
    figures: (rng) => ({
      sts: rng.pick(['db', 'kafka', 'redis', 'zk']),
      ord: rng.int(0, 4),
      svc: rng.pick(['db-hl', 'peers', 'cluster']),
      ns: rng.pick(NAMESPACES),
    }),
    stem: (f) =>
      `The StatefulSet ${f.sts} in the ${f.ns} namespace has serviceName: ${f.svc} (a headless Service). What is the DNS name of its pod with ordinal ${f.ord}?`,
    key: (f) => `${f.sts}-${f.ord}.${f.svc}.${f.ns}.svc.cluster.local`,
    wrong: [
      [
        'puts the Service before the pod name',
        (f) => `${f.svc}.${f.sts}-${f.ord}.${f.ns}.svc.cluster.local`,
      ],
      ['leaves out the governing Service', (f) => `${f.sts}-${f.ord}.${f.ns}.svc.cluster.local`],
      ['uses pod in place of svc', (f) => `${f.sts}-${f.ord}.${f.svc}.${f.ns}.pod.cluster.local`],
      [
        'names the pod after the Service',
        (f) => `${f.svc}-${f.ord}.${f.sts}.${f.ns}.svc.cluster.local`,
      ],
    ],
    code: true,
  }),
  computed('network-policy-sources-allowed', {
    kind: 'netpol',
    figures: (rng) => {
      const home = rng.pick(['prod', 'shop', 'billing'])
      const other = rng.pick(['ops', 'monitoring', 'staging'])
      const role = rng.pick(['api', 'frontend', 'worker'])
      const combined = rng.next() < 0.5
      const peers: Peer[] = combined
        ? [{ pod: { role }, nsSel: { team: 'ops' } }]
        : [{ pod: { role } }, { nsSel: { team: 'ops' } }]
      const k = () => rng.int(1, 3)
      const sources: Source[] = [
        { name: 's1', ns: home, nsLabels: { team: 'shop' }, labels: { role }, pods: k() },
        { name: 's2', ns: home, nsLabels: { team: 'shop' }, labels: { role: 'batch' }, pods: k() },
        { name: 's3', ns: other, nsLabels: { team: 'ops' }, labels: { role }, pods: k() },
        { name: 's4', ns: other, nsLabels: { team: 'ops' }, labels: { role: 'batch' }, pods: k() },
        { name: 's5', ns: 'dev', nsLabels: { team: 'dev' }, labels: { role }, pods: k() },
      ]
      return { home, peers, sources, combined }
    },
    stem: (f) => {
      const peers = (f.peers as Peer[])
        .map((p) =>
          [
            p.nsSel ? `namespaceSelector team=${p.nsSel.team}` : null,
            p.pod ? `podSelector role=${p.pod.role}` : null,
          ]
            .filter(Boolean)
            .join(' and '),
        )
        .map((t) => `{${t}}`)
        .join(f.combined ? '' : ' and a separate ')
      const src = (f.sources as Source[])
        .map(
          (s) =>
            `${s.pods === 1 ? 'one pod' : `${s.pods} pods`} role=${s.labels.role} in namespace ${s.ns} (team=${s.nsLabels.team})`,
        )
        .join('; ')
      return `In the ${f.home} namespace (labelled team=shop) a NetworkPolicy selects the db pods for Ingress with a single rule whose from list holds ${f.combined ? 'one element ' : 'two elements: '}${peers}. Other pods: ${src}. How many of these pods can connect to the db pods?`
    },
    key: (f) => allowed(f, 'doc'),
    wrong: [
      ['reads the selectors of one element as either/or', (f) => allowed(f, 'or')],
      ['lets a podSelector alone match every namespace', (f) => allowed(f, 'anyns')],
      ['thinks the policy blocks every source', () => '0'],
      ['requires a source to match every element of the list', (f) => allowed(f, 'doc', true)],
      [
        'thinks a policy only restricts other namespaces',
        (f) => String(podsOf(f, (s) => s.ns === f.home || admitted(f, s, 'doc'))),
      ],
      [
        'admits only the policy’s own namespace',
        (f) => String(podsOf(f, (s) => s.ns === f.home && admitted(f, s, 'doc'))),
      ],
      [
        'ignores the podSelector',
        (f) =>
          String(
            podsOf(f, (s) =>
              admitted(
                f,
                s,
                'doc',
                (f.peers as Peer[]).map((p) => (p.nsSel ? { nsSel: p.nsSel } : {})),
              ),
            ),
          ),
      ],
    ],
  }),
  rule('no-network-policy-allows-all', {
    source: `${NETPOL} ("The two sorts of pod isolation": by default a pod is non-isolated and all inbound connections are allowed)`,
    answer: 'allow-all',
    stem: (rng) =>
      `The ${rng.pick(NAMESPACES)} namespace of ${client(rng)}’s cluster has no NetworkPolicy at all. Which traffic to its pods is allowed?`,
    keys: ['Any traffic, from any pod or address', 'Any traffic: its pods are not isolated'],
    wrong: [
      ['Only traffic from the same namespace', 'thinks namespaces isolate by default'],
      ['None until a policy allows it', 'thinks the default is deny'],
      ['Only traffic through a Service', 'thinks direct pod traffic is blocked'],
      ['Only traffic from the kube-system pods', 'invents a system-only default'],
      [
        'Only traffic from pods in namespaces that share a label with it',
        'thinks namespace labels isolate',
      ],
    ],
  }),
  rule('default-deny-ingress-policy', {
    source: `${NETPOL} ("Default deny all ingress traffic": podSelector {} with policyTypes Ingress and no ingress rules)`,
    answer: 'deny-ingress',
    stem: (rng) =>
      `A NetworkPolicy in the ${rng.pick(NAMESPACES)} namespace has podSelector: {}, policyTypes: [Ingress] and no ingress rules. What does it do?`,
    keys: [
      'Blocks all inbound traffic to the namespace’s pods',
      'Isolates every pod there from incoming traffic',
    ],
    wrong: [
      ['Nothing: an empty podSelector selects no pods', 'reads {} as selecting nothing'],
      ['Allows all traffic, as no rule restricts it', 'reads no rules as no restriction'],
      ['Blocks traffic leaving the pods as well', 'confuses ingress with egress'],
      ['Blocks traffic only from other namespaces', 'thinks same-namespace traffic is exempt'],
      [
        'Blocks inbound and outbound traffic of every pod in the namespace',
        'confuses ingress with both directions',
      ],
    ],
  }),
  rule('egress-deny-blocks-dns', {
    source: `${NETPOL} ("Default deny all egress traffic"; egress rules must allow DNS, port 53 to the cluster DNS, for names to resolve)`,
    answer: 'dns-53',
    stem: (rng) =>
      `After a default-deny Egress policy is added, the ${app(rng)} pods can no longer reach even allowed Services by name, only by IP. What is missing?`,
    keys: ['Egress to the DNS pods on port 53', 'Egress to kube-dns on port 53'],
    wrong: [
      ['An ingress rule from the DNS pods', 'confuses ingress with egress'],
      ['A headless Service for each target', 'thinks headless Services skip DNS'],
      ['hostNetwork: true on the pods', 'bypasses policy instead of allowing DNS'],
      ['A restart of CoreDNS so it reads the new policy', 'thinks DNS caches the policy'],
    ],
  }),
  rule('network-policies-are-additive', {
    source: `${NETPOL} ("Network policies do not conflict; they are additive": the allowed traffic is the union of what the selecting policies allow)`,
    answer: 'union',
    stem: (rng) =>
      `Two NetworkPolicies select the ${app(rng)} pods: one allows ingress from role=web, the other from role=cron. Which pods can connect?`,
    keys: ['Pods with role=web or role=cron', 'Either role, web or cron'],
    wrong: [
      ['Only role=web, from the first policy', 'thinks the first policy wins'],
      ['Only pods that carry both role=web and role=cron', 'intersects the two policies'],
      ['No pods at all', 'thinks two policies cancel out'],
      ['Only role=cron', 'thinks the policy applied last wins'],
    ],
  }),
  rule('network-policy-needs-a-plugin', {
    source: `${NETPOL} ("Prerequisites": policies are implemented by the network plugin; creating one without a plugin that implements it has no effect)`,
    answer: 'plugin',
    stem: (rng) =>
      `${Client(rng)}’s deny-all NetworkPolicy applies without error, yet every pod still reaches every other. What is the likely cause?`,
    keys: [
      'The network plugin ignores NetworkPolicy',
      'The CNI plugin does not implement policies',
    ],
    wrong: [
      ['Policies take effect only after pods restart', 'thinks pods must restart'],
      ['kube-proxy must be restarted to load it', 'attributes policies to kube-proxy'],
      ['Policies apply to Services, not pod IPs', 'thinks policies act on Services'],
      [
        'It needs an Ingress controller to enforce it at the edge',
        'confuses Ingress with NetworkPolicy',
      ],
    ],
  }),
  rule('node-port-range', {
    source: `${SVC} ("type: NodePort": ports are allocated from the range set by --service-node-port-range, default 30000-32767)`,
    answer: '30000-32767',
    stem: (rng) =>
      `A manifest for the ${app(rng)} Service asks for nodePort: 8080 on a cluster with default settings. What happens?`,
    keys: ['It is rejected: outside 30000-32767', 'Refused, as node ports run 30000-32767'],
    wrong: [
      ['It is mapped to 38080 by itself', 'invents an offset'],
      ['It is rejected: outside 1024-49151', 'misremembers the range'],
      ['It is accepted if the nodes run as root', 'thinks privilege widens the range'],
      [
        'It is accepted, and the node forwards 8080 to the Service',
        'thinks any port can be a node port',
      ],
    ],
  }),
  rule('target-port-defaults-to-port', {
    source: `${SVC} ("Defining a Service": by default and for convenience, the targetPort is set to the same value as the port field)`,
    answer: 'same-as-port',
    stem: (rng) =>
      `The ${app(rng)} Service lists port: 8443 and no targetPort. To which container port does it send traffic?`,
    keys: ['8443, the value of port', 'The same port, 8443'],
    wrong: [
      ['80, the default HTTP port', 'assumes a default of 80'],
      ['The first containerPort of the pod', 'thinks it uses the pod’s first port'],
      ['None until a targetPort is set', 'thinks targetPort is required'],
      ['A random port from 30000-32767', 'confuses it with nodePort'],
      ['443, the HTTPS default', 'assumes the HTTPS default port'],
      ['8080, the usual app port', 'assumes a default app port'],
    ],
  }),
  rule('service-without-selector-has-no-endpoints', {
    source: `${SVC} ("Services without selectors": no EndpointSlice objects are created automatically; you add them yourself)`,
    answer: 'manual-endpoints',
    stem: (rng) =>
      `${Client(rng)} defines a Service with ports but no selector, to reach a database outside the cluster. What else is needed for traffic to flow?`,
    keys: ['An EndpointSlice you create by hand', 'Endpoints you add for the database'],
    wrong: [
      ['A label on the database server', 'thinks labels reach outside the cluster'],
      ['A NetworkPolicy allowing egress', 'confuses routing with policy'],
      ['type: LoadBalancer on the Service', 'confuses inbound and outbound'],
      [
        'Nothing; it forwards to the database by the Service’s own name',
        'confuses it with ExternalName',
      ],
      ['A selector later', 'thinks a selector can point outside'],
    ],
  }),
  rule('externalname-returns-a-cname', {
    source: `${SVC} ("type ExternalName": maps the Service to the externalName field’s DNS name by returning a CNAME record; no proxying)`,
    answer: 'cname',
    stem: (rng) =>
      `The ${app(rng)} Service has type ExternalName and externalName: db.example.net. What does a lookup of the Service name return?`,
    keys: ['A CNAME record to db.example.net', 'A CNAME pointing at db.example.net'],
    wrong: [
      ['The A records of the matching pods', 'treats it like a headless Service'],
      ['A node IP and a node port', 'confuses it with NodePort'],
      ['An SRV record for each node', 'invents records'],
      ['A cluster IP that kube-proxy forwards on to db.example.net', 'thinks ExternalName proxies'],
    ],
  }),
  rule('ingress-needs-a-controller', {
    source: `${INGRESS} ("Prerequisites": you must have an Ingress controller; creating an Ingress resource alone has no effect)`,
    answer: 'controller',
    stem: (rng) =>
      `${Client(rng)} applies an Ingress for the ${app(rng)} Service; it is accepted but never gets an address and serves nothing. What is the likely cause?`,
    keys: ['No Ingress controller runs in the cluster', 'The cluster has no Ingress controller'],
    wrong: [
      ['Ingress works only for port 80', 'invents a port limit'],
      ['The pods must run on the control plane', 'invents a placement rule'],
      ['A NetworkPolicy must select the Ingress', 'confuses policy with routing'],
      [
        'The Service must be type LoadBalancer for an Ingress to route',
        'thinks Ingress needs a LoadBalancer Service',
      ],
      ['Port 80 is taken', 'invents a port clash'],
    ],
  }),
  rule('pod-dns-search-list', {
    source: `${DNS} ("Namespaces of Services": a pod’s search list holds <ns>.svc.cluster.local, svc.cluster.local and cluster.local)`,
    answer: 'search-list',
    stem: (rng) => {
      const ns = rng.pick(NAMESPACES)
      return `A pod runs in the ${ns} namespace with the default dnsPolicy. Which search domains does its /etc/resolv.conf list first?`
    },
    keys: [
      '<ns>.svc.cluster.local, svc.cluster.local, cluster.local',
      '<ns>.svc.cluster.local svc.cluster.local cluster.local',
    ],
    wrong: [
      ['cluster.local only', 'forgets the namespace search domains'],
      ['The node’s search domains only', 'confuses ClusterFirst with Default'],

      [
        '<ns>.pod.cluster.local, pod.cluster.local, cluster.local and the node’s',
        'confuses pod and svc records',
      ],
      [
        'svc.cluster.local, then <ns>.svc.cluster.local for every namespace',
        'thinks every namespace is searched',
      ],
    ],
  }),
  rule('session-affinity-client-ip', {
    source: `${SVC} ("Session stickiness": sessionAffinity ClientIP sends a client’s connections to the same pod; default None)`,
    answer: 'clientip',
    stem: (rng) =>
      `The ${app(rng)} pods keep login sessions in memory, and users keep being logged out as their requests spread over pods. Which Service setting keeps a client on one pod?`,
    keys: ['sessionAffinity: ClientIP', 'spec.sessionAffinity: ClientIP'],
    wrong: [
      ['externalTrafficPolicy: Local', 'keeps traffic on the node, not the pod'],
      ['sessionAffinity: Cookie', 'invents a value'],
      ['clusterIP: None', 'makes the Service headless, not sticky'],
      ['internalTrafficPolicy: Cluster', 'names the default routing'],
    ],
    code: true,
  }),
]

const portFor = (f: F, ask: string): number =>
  ask === 'listen' ? n(f.target) : ask === 'incluster' ? n(f.port) : n(f.node)
const podsOf = (f: F, p: (s: Source) => boolean): number =>
  (f.sources as Source[]).filter(p).reduce((a, s) => a + s.pods, 0)
const admitted = (f: F, s: Source, mode: 'doc' | 'or' | 'anyns', peers = f.peers as Peer[]) =>
  peers.some((p) => admits(p, s, String(f.home), mode))
const allowed = (f: F, mode: 'doc' | 'or' | 'anyns', every = false): string =>
  String(
    podsOf(f, (s) =>
      every
        ? (f.peers as Peer[]).every((p) => admits(p, s, String(f.home), mode))
        : admitted(f, s, mode),
    ),
  )
