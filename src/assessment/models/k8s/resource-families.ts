import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { milli, one, quantity } from './k8s-calc.js'
import { app, Client, client, computed, type K8sFamily, rule } from './k8s-text.js'

const MANAGE = 'kubernetes.io/docs/concepts/configuration/manage-resources-containers/'
const RESERVE = 'kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/'
const EVICT = 'kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/'
const QUOTA = 'kubernetes.io/docs/concepts/policy/resource-quotas/'
const LIMITRANGE = 'kubernetes.io/docs/concepts/policy/limit-range/'

const mCpu = (m: number) => `${m}m`

/** A container's resources as a short manifest phrase; undefined fields are left out. */
type Res = { rc?: number; rm?: number; lc?: number; lm?: number }
const resText = (r: Res): string => {
  const req = [
    r.rc === undefined ? null : `cpu ${mCpu(r.rc)}`,
    r.rm === undefined ? null : `memory ${r.rm}Mi`,
  ].filter(Boolean)
  const lim = [
    r.lc === undefined ? null : `cpu ${mCpu(r.lc)}`,
    r.lm === undefined ? null : `memory ${r.lm}Mi`,
  ].filter(Boolean)
  const parts = [
    req.length ? `requests ${req.join(', ')}` : null,
    lim.length ? `limits ${lim.join(', ')}` : null,
  ].filter(Boolean)
  return parts.length ? parts.join('; ') : 'no requests or limits'
}

/**
 * The QoS class of a pod (kubernetes.io/docs/concepts/workloads/pods/pod-qos/): Guaranteed when
 * every container has CPU and memory limits equal to its requests (a request left out defaults to
 * its limit), BestEffort when no container has any request or limit, Burstable otherwise.
 */
export function qosOf(containers: readonly Res[]): string {
  const full = containers.map((c) => ({ ...c, rc: c.rc ?? c.lc, rm: c.rm ?? c.lm }))
  if (full.every((c) => c.lc !== undefined && c.lm !== undefined && c.rc === c.lc && c.rm === c.lm))
    return 'Guaranteed'
  if (containers.every((c) => Object.values(c).every((v) => v === undefined))) return 'BestEffort'
  return 'Burstable'
}

const QOS_SHAPES: readonly (readonly Res[])[] = [
  [
    { rc: 500, rm: 256, lc: 500, lm: 256 },
    { rc: 100, rm: 64, lc: 100, lm: 64 },
  ],
  [
    { lc: 250, lm: 128 },
    { lc: 100, lm: 64 },
  ],
  [{ rc: 250, rm: 128, lc: 500, lm: 128 }],
  [{ rc: 200, rm: 256, lc: 200, lm: 256 }, {}],
  [{}, {}],
  [{ rc: 300, lc: 300 }],
  [
    { lc: 400, lm: 512 },
    { rc: 100, rm: 64, lc: 100, lm: 64 },
  ],
  [
    { rc: 100, rm: 128 },
    { rc: 100, rm: 128 },
  ],
  [
    { lm: 256, rm: 256, lc: 1000, rc: 1000 },
    { rc: 50, lc: 50, lm: 32 },
  ],
]

const pickDistinct = (rng: Rng, lo: number, hi: number, step: number, n: number): number[] => {
  const pool: number[] = []
  for (let v = lo; v <= hi; v += step) pool.push(v)
  return rng.shuffle(pool).slice(0, n)
}

export const RESOURCE_FAMILIES: readonly K8sFamily[] = [
  computed('pod-cpu-request-total', {
    kind: 'cpu-total',
    figures: (rng) => {
      const [a, s, i] = pickDistinct(rng, 100, 900, 50, 3) as [number, number, number]
      const whole = rng.pick([0.5, 1, 1.5, 2])
      return { whole, sidecar: s, small: a, init: i, limitAdd: rng.pick([250, 500, 1000]) }
    },
    stem: (f, rng) =>
      `${Client(rng)}’s ${app(rng)} pod has an init container requesting cpu ${mCpu(f.init as number)} and three app containers requesting cpu ${f.whole}, cpu ${mCpu(f.small as number)} and (a log sidecar) cpu ${mCpu(f.sidecar as number)}; each app container’s CPU limit is ${mCpu(f.limitAdd as number)} above its request. What CPU request does the scheduler count for the pod, in millicores?`,
    key: (f) => mCpu(rc(f)),
    wrong: [
      ['adds the limits instead of the requests', (f) => mCpu(appCpu(f) + 3 * n(f.limitAdd))],
      ['leaves out the log sidecar container', (f) => mCpu(appCpu(f) - n(f.sidecar))],
      ['adds the init container to the app containers', (f) => mCpu(appCpu(f) + n(f.init))],
      [
        'leaves out the container written in cores',
        (f) => mCpu(appCpu(f) - milli(String(f.whole))),
      ],
      ['adds the requests and the limits', (f) => mCpu(2 * appCpu(f) + 3 * n(f.limitAdd))],
      [
        'takes the largest app container only',
        (f) => mCpu(Math.max(milli(String(f.whole)), n(f.small), n(f.sidecar))),
      ],
    ],
  }),
  computed('pod-memory-request-with-init-containers', {
    kind: 'init-effective',
    figures: (rng) => {
      const a1 = rng.pick([128, 192, 256, 320, 384])
      const a2 = rng.pick([64, 96, 128])
      const big = rng.next() < 0.7
      const i1 = big ? rng.pick([512, 640, 768, 1024]) : rng.pick([96, 160, 224])
      const i2 = rng.pick([32, 48, 80])
      return { a1, a2, i1, i2 }
    },
    stem: (f, rng) =>
      `The ${app(rng)} pod runs two init containers one after another (memory requests ${f.i1}Mi and ${f.i2}Mi), then two app containers together (memory requests ${f.a1}Mi and ${f.a2}Mi). What memory request does the scheduler use for the pod?`,
    key: (f) => `${initEff(f)}Mi`,
    wrong: [
      [
        'adds every init and app container’s request',
        (f) => `${n(f.a1) + n(f.a2) + n(f.i1) + n(f.i2)}Mi`,
      ],
      ['ignores the init containers', (f) => `${n(f.a1) + n(f.a2)}Mi`],
      [
        'takes the largest single container',
        (f) => `${Math.max(n(f.a1), n(f.a2), n(f.i1), n(f.i2))}Mi`,
      ],
      [
        'adds the largest init container to the app containers',
        (f) => `${n(f.a1) + n(f.a2) + n(f.i1)}Mi`,
      ],
      ['uses the last init container only', (f) => `${f.i2}Mi`],
      [
        'adds the last init container to the app containers',
        (f) => `${n(f.a1) + n(f.a2) + n(f.i2)}Mi`,
      ],
      ['uses the first app container only', (f) => `${f.a1}Mi`],
      ['adds the init containers together', (f) => `${n(f.i1) + n(f.i2)}Mi`],
    ],
  }),
  computed('memory-limits-in-mib-mixed-suffixes', {
    kind: 'mib-total',
    figures: (rng) => ({
      gi: rng.pick([0.5, 1, 1.5, 2, 3]),
      mdec: rng.pick([300, 400, 600, 700, 900]),
    }),
    stem: (f, rng) =>
      `The ${app(rng)} pod has two containers with memory limits ${f.gi}Gi and ${f.mdec}M. What is their total in MiB, to one decimal place?`,
    key: (f) => one(mibOf(`${f.gi}Gi`) + mibOf(`${f.mdec}M`)),
    wrong: [
      ['reads M as Mi', (f) => one(mibOf(`${f.gi}Gi`) + n(f.mdec))],
      ['adds the figures as written, ignoring the units', (f) => one(n(f.gi) + n(f.mdec))],
      ['reads Gi as 1000 MiB', (f) => one(n(f.gi) * 1000 + mibOf(`${f.mdec}M`))],
      ['reads both suffixes as decimal units', (f) => one(n(f.gi) * 1000 + n(f.mdec))],
      ['converts M to MiB the wrong way', (f) => one(mibOf(`${f.gi}Gi`) + n(f.mdec) * 1.048576)],
    ],
  }),
  computed('qos-class-of-a-pod', {
    kind: 'qos',
    figures: (rng) => ({ containers: rng.pick(QOS_SHAPES) }),
    stem: (f, rng) =>
      `The ${app(rng)} pod’s containers are set as follows: ${(f.containers as Res[]).map((c, i) => `container ${i + 1}: ${resText(c)}`).join('; ')}. No LimitRange applies. Which QoS class does Kubernetes give the pod?`,
    key: (f) => qosOf(f.containers as Res[]),
    wrong: [
      [
        'misjudges which containers meet the Guaranteed rule',
        (f) => (qosOf(f.containers as Res[]) === 'Guaranteed' ? 'Burstable' : 'Guaranteed'),
      ],
      [
        'misapplies the BestEffort rule',
        (f) => (qosOf(f.containers as Res[]) === 'BestEffort' ? 'Burstable' : 'BestEffort'),
      ],
      [
        'thinks the class is assigned per container, not per pod',
        () => 'Per container: see each status',
      ],
      [
        'thinks a class is set only once the pod is scheduled',
        () => 'None until scheduled on a node',
      ],
    ],
  }),
  computed('node-memory-left-for-requests', {
    kind: 'node-room',
    figures: (rng) => ({
      capGi: rng.pick([8, 16, 32]),
      kube: rng.pick([512, 768, 1024]),
      sys: rng.pick([256, 512]),
      evict: rng.pick([100, 200, 500]),
      reqs: [rng.pick([512, 1024, 1536]), rng.pick([256, 768, 2048])],
      extra: rng.pick([256, 512, 1024]),
    }),
    stem: (f, rng) =>
      `A node of ${client(rng)}’s cluster has ${f.capGi}Gi of memory; the kubelet reserves kube-reserved ${f.kube}Mi and system-reserved ${f.sys}Mi, with a hard eviction threshold of memory.available<${f.evict}Mi. Two pods run there with memory requests ${(f.reqs as number[]).join('Mi and ')}Mi (each with a limit ${f.extra}Mi above its request). How much memory, in Mi, can new pods still request there?`,
    key: (f) => `${room(f)}Mi`,
    wrong: [
      ['forgets the eviction threshold', (f) => `${room(f) + n(f.evict)}Mi`],
      ['forgets kube-reserved', (f) => `${room(f) + n(f.kube)}Mi`],
      ['subtracts the running pods’ limits, not requests', (f) => `${room(f) - 2 * n(f.extra)}Mi`],
      [
        'subtracts the reservations twice',
        (f) => `${room(f) - n(f.kube) - n(f.sys) - n(f.evict)}Mi`,
      ],
      [
        'takes the capacity as allocatable',
        (f) => `${room(f) + n(f.kube) + n(f.sys) + n(f.evict)}Mi`,
      ],
      [
        'subtracts both the requests and the limits',
        (f) => `${room(f) - (f.reqs as number[]).reduce((a, b) => a + b, 0) - 2 * n(f.extra)}Mi`,
      ],
    ],
  }),
  computed('which-node-the-pod-schedules-on', {
    kind: 'fit',
    figures: (rng) => {
      const c = rng.pick([500, 750, 1000])
      const m = rng.pick([512, 1024, 1536])
      const names = rng.shuffle(['node-a', 'node-b', 'node-c', 'node-d'])
      // free = allocatable − requested: the key fits both; others miss one, or fit only by usage.
      const nodes = [
        { name: names[0], freeC: c + 250, freeM: m + 256, use: 70 },
        { name: names[1], freeC: c + 500, freeM: m - 256, use: 30 },
        { name: names[2], freeC: c - 250, freeM: m + 1024, use: 35 },
        { name: names[3], freeC: c - 250, freeM: m - 256, use: 10 },
      ].sort((x, y) => String(x.name).localeCompare(String(y.name)))
      return { c, m, nodes }
    },
    stem: (f) =>
      `A pod requests cpu ${f.c}m and memory ${f.m}Mi. Each node’s allocatable minus the requests of its pods leaves: ${(f.nodes as Node[]).map((x) => `${x.name} ${x.freeC}m CPU and ${x.freeM}Mi (live CPU use ${x.use} %)`).join('; ')}. Which node can the scheduler place it on?`,
    key: (f) => nodeWhere(f, (x) => x.freeC >= n(f.c) && x.freeM >= n(f.m)),
    wrong: [
      ['checks only CPU', (f) => nodeWhere(f, (x) => x.freeC >= n(f.c) && x.freeM < n(f.m))],
      ['checks only memory', (f) => nodeWhere(f, (x) => x.freeM >= n(f.m) && x.freeC < n(f.c))],
      ['picks the node with the lowest live usage', (f) => nodeWhere(f, (x) => x.use === 10)],
    ],
  }),
  computed('replicas-that-fit-a-resource-quota', {
    kind: 'quota',
    figures: (rng) => {
      const q = rng.pick([4, 6, 8])
      const used = rng.pick([1200, 1700, 2300, 2900])
      const r = rng.pick([300, 350, 400, 450])
      if ((q * 1000 - used) % r === 0) throw new VariantError('exact')
      return { q, used, r, l: r * 2 }
    },
    stem: (f, rng) =>
      `The ${rng.pick(['shop', 'billing', 'staging'])} namespace has a ResourceQuota of requests.cpu: "${f.q}", and its pods already request ${f.used}m in total. A new Deployment’s pods each request cpu ${f.r}m (limit ${f.l}m). How many of its replicas can be created before the quota rejects one?`,
    key: (f) => String(Math.floor(left(f) / n(f.r))),
    wrong: [
      ['ignores the CPU already requested', (f) => String(Math.floor((n(f.q) * 1000) / n(f.r)))],
      ['rounds the division up', (f) => String(Math.ceil(left(f) / n(f.r)))],
      ['divides by the limit instead of the request', (f) => String(Math.floor(left(f) / n(f.l)))],
      [
        'subtracts the CPU already requested twice',
        (f) => String(Math.floor((left(f) - n(f.used)) / n(f.r))),
      ],
      [
        'charges each pod its request plus its limit',
        (f) => String(Math.floor(left(f) / (n(f.r) + n(f.l)))),
      ],
    ],
  }),
  computed('replicas-per-empty-node', {
    kind: 'per-node',
    figures: (rng) => {
      const a = rng.pick([3500, 3800, 7600, 7800])
      const g = rng.pick([6, 12, 14])
      const c = rng.pick([400, 500, 600, 900])
      const m = rng.pick([768, 1024, 1280, 1536])
      const f = { a, g, c, m }
      if (byCpu(f) === byMem(f, 1024)) throw new VariantError('both bind')
      return f
    },
    stem: (f, rng) =>
      `An empty node shows allocatable cpu ${f.a}m and memory ${f.g}Gi. Each ${app(rng)} replica requests cpu ${f.c}m and memory ${f.m}Mi. How many replicas can the scheduler place on that node?`,
    key: (f) => String(Math.min(byCpu(f), byMem(f, 1024))),
    wrong: [
      ['checks only CPU', (f) => String(byCpu(f))],
      ['checks only memory', (f) => String(byMem(f, 1024))],
      [
        'rounds each division up',
        (f) => String(Math.min(Math.ceil(n(f.a) / n(f.c)), Math.ceil((n(f.g) * 1024) / n(f.m)))),
      ],
      ['reads Gi as 1000 Mi', (f) => String(Math.min(byCpu(f), byMem(f, 1000)))],
      ['places one replica per whole core', (f) => String(Math.floor(n(f.a) / 1000))],
      ['gives the kubelet’s default limit of 110 pods per node', () => '110'],
      [
        'rounds the memory request up to whole Gi',
        (f) => String(Math.min(byCpu(f), Math.floor(n(f.g) / Math.ceil(n(f.m) / 1024)))),
      ],
      [
        'truncates the allocatable CPU to whole cores',
        (f) =>
          String(Math.min(Math.floor((Math.floor(n(f.a) / 1000) * 1000) / n(f.c)), byMem(f, 1024))),
      ],
      [
        'takes whichever resource fits more pods',
        (f) => String(Math.max(byCpu(f), byMem(f, 1024))),
      ],
    ],
  }),
  computed('requests-from-limits-only', {
    kind: 'limit-only',
    figures: (rng) => ({ lc: rng.pick([300, 500, 700, 1200]), lm: rng.pick([256, 384, 512, 768]) }),
    stem: (f, rng) =>
      `The ${app(rng)} container sets resources.limits to cpu ${f.lc}m and memory ${f.lm}Mi and sets no requests; no LimitRange applies. What does the scheduler count as its requests?`,
    key: (f) => `cpu ${f.lc}m, memory ${f.lm}Mi`,
    wrong: [
      ['reads no requests as zero requests', () => 'cpu 0m, memory 0Mi'],
      [
        'assumes requests default to half the limits',
        (f) => `cpu ${n(f.lc) / 2}m, memory ${n(f.lm) / 2}Mi`,
      ],
      ['copies only the CPU limit to a request', (f) => `cpu ${f.lc}m, memory 0Mi`],
      ['assumes a default of one core and 1Gi', () => 'cpu 1000m, memory 1024Mi'],
    ],
  }),
  rule('memory-over-limit-is-oom-killed', {
    source: `${MANAGE} (a container that exceeds its memory limit may be terminated by the kernel’s out-of-memory killer)`,
    answer: 'oomkilled',
    stem: (rng) =>
      `The ${app(rng)} container has a memory limit of 512Mi and tries to use 700Mi. What happens to it?`,
    keys: [
      'The kernel OOM-kills it (reason OOMKilled)',
      'It is killed by the OOM killer and restarted',
    ],
    wrong: [
      ['It is throttled until its memory use drops', 'treats memory like CPU, which is throttled'],
      ['It keeps running; limits only affect scheduling', 'thinks limits are only advisory'],
      ['The pod is moved to a node with more memory', 'thinks pods migrate between nodes'],
      ['Its extra memory is swapped out to disk', 'expects swap to absorb the excess'],
      ['It is paused until the node frees enough memory for it', 'thinks the kubelet pauses it'],
      ['Its limit is raised to 700Mi', 'thinks limits grow with use'],
    ],
  }),
  rule('cpu-over-limit-is-throttled', {
    source: `${MANAGE} (CPU limits are enforced by throttling; a container is not killed for using too much CPU)`,
    answer: 'throttled',
    stem: (rng) =>
      `The ${app(rng)} container has a CPU limit of 500m and its workload would need two cores for a minute. What happens?`,
    keys: ['It is throttled to 500m of CPU time', 'Its CPU time is throttled at the limit'],
    wrong: [
      ['It is killed with reason OOMKilled', 'treats CPU like memory'],
      ['It is evicted and rescheduled on a bigger node', 'thinks overuse triggers eviction'],
      ['It may use the two cores, as limits are only hints', 'thinks CPU limits are advisory'],
      ['It is restarted by the kubelet when it hits 500m', 'thinks the kubelet restarts it'],
      ['It is paused by the kubelet', 'thinks the kubelet pauses busy containers'],
    ],
  }),
  rule('lowercase-m-memory-is-millibytes', {
    source: `${MANAGE} ("Memory units": a request of 400m is 0.4 bytes; Mi or M were probably meant)`,
    answer: 'millibytes',
    stem: (rng) =>
      `A manifest for the ${app(rng)} pod says resources.requests.memory: 400m. What does that request?`,
    keys: ['0.4 bytes: m means milli', 'Four tenths of a byte (milli)'],
    wrong: [
      ['400 mebibytes', 'reads m as Mi'],
      ['400 megabytes', 'reads m as M'],
      ['400 millicores of CPU', 'thinks m means millicores for any resource'],
      ['It is rejected as an invalid unit', 'thinks the suffix is invalid for memory'],
      ['400 bytes, as m is ignored for memory', 'ignores the suffix'],
    ],
  }),
  rule('cpu-finer-than-1m-is-not-allowed', {
    source: `${MANAGE} ("CPU resource units": precision finer than 1m is not allowed; 0.1 is the same as 100m)`,
    answer: '1m',
    stem: (rng) =>
      `A developer at ${client(rng)} writes cpu: 0.0005 for a tiny sidecar. What is the finest CPU precision Kubernetes allows?`,
    keys: ['1m, a thousandth of a core', 'One millicore (0.001 CPU)'],
    wrong: [
      ['0.1m, a ten-thousandth of a core', 'thinks fractions of a millicore are allowed'],
      ['10m, a hundredth of a core', 'misremembers the smallest unit'],
      ['100m, a tenth of a core', 'confuses the smallest unit with a common request'],
      ['Any decimal; it is stored exactly', 'thinks quantities keep any precision'],
      ['Whole cores only', 'thinks CPU is counted in whole cores'],
    ],
  }),
  rule('besteffort-evicted-first', {
    source: `${EVICT} (pods are ranked for eviction by whether usage exceeds requests, then priority, then usage relative to requests; BestEffort pods, having no requests, go first)`,
    answer: 'besteffort',
    stem: (rng) =>
      `A node of ${client(rng)}’s cluster runs low on memory. It holds a Guaranteed database pod, a Burstable API pod using less than its requests, and a BestEffort batch pod, all of the same priority. Which does the kubelet evict first?`,
    keys: ['The BestEffort batch pod', 'The batch pod with no requests'],
    wrong: [
      ['The Guaranteed database pod, as it uses the most', 'ranks by absolute usage alone'],
      ['The Burstable API pod, as it has limits', 'thinks limits make a pod evictable'],
      ['All three at once until the pressure ends', 'thinks eviction is not ranked'],
      ['The newest pod', 'ranks by start time'],
    ],
  }),
  rule('scheduler-counts-requests-not-usage', {
    source: `${MANAGE} ("How Pods with resource requests are scheduled": the scheduler ensures the sum of requests is below capacity, even when actual usage is low)`,
    answer: 'requests',
    stem: (rng) =>
      `${Client(rng)}’s pod stays Pending with "Insufficient cpu" although the nodes show only 20 % CPU use. Why?`,
    keys: ['Requests, not live usage, fill the nodes', 'The scheduler sums requests, not usage'],
    wrong: [
      [
        'The metrics server is down, so nodes count as full',
        'thinks scheduling reads live metrics',
      ],
      ['The pod’s limit exceeds the node’s free capacity', 'thinks limits decide placement'],
      ['Nodes refuse pods above 20 % CPU use', 'invents a usage threshold'],
      ['CPU must be requested in whole cores', 'thinks fractional CPU cannot be scheduled'],
    ],
  }),
  rule('limitrange-defaults-apply-to-new-pods', {
    source: `${LIMITRANGE} (LimitRange validations and defaults apply only at pod admission; running pods are not changed)`,
    answer: 'admission-only',
    stem: (rng) =>
      `An engineer adds a LimitRange with default CPU requests to the ${rng.pick(['shop', 'web', 'ops'])} namespace, where pods without requests already run. What happens to those running pods?`,
    keys: [
      'Nothing; defaults apply when pods are created',
      'They keep running unchanged until re-created',
    ],
    wrong: [
      ['They are evicted for breaking the LimitRange', 'thinks LimitRange evicts pods'],
      ['The LimitRange is refused while they run', 'thinks running pods block it'],
      [
        'They are evicted and re-created with the default requests',
        'thinks LimitRange re-creates pods',
      ],
      [
        'The kubelet patches their requests at its next sync',
        'thinks LimitRange mutates running pods',
      ],
    ],
  }),
  rule('quota-needs-requests-on-every-pod', {
    source: `${QUOTA} (with a quota on cpu or memory requests, every new pod must set them or be rejected, unless a LimitRange supplies defaults)`,
    answer: 'rejected',
    stem: (rng) =>
      `The ${rng.pick(['billing', 'staging', 'prod'])} namespace has a ResourceQuota on requests.cpu and no LimitRange. A pod is applied with no resources section. What happens?`,
    keys: [
      'It is rejected: it must set a CPU request',
      'The API server refuses it for lacking requests',
    ],
    wrong: [
      ['It is admitted and counts as zero CPU', 'thinks an unset request counts as zero'],
      ['It is admitted as BestEffort, outside the quota', 'thinks BestEffort pods skip quotas'],
      ['It stays Pending until the quota has room', 'confuses rejection with Pending'],
      ['The quota gives it an even share of CPU', 'invents a default share'],
      [
        'It is admitted, and the quota charges it the namespace’s average',
        'invents an average charge',
      ],
    ],
  }),
  rule('node-allocatable-formula', {
    source: `${RESERVE} ("Node Allocatable": allocatable = capacity − kube-reserved − system-reserved − hard eviction threshold)`,
    answer: 'allocatable',
    stem: (rng) =>
      `${Client(rng)} asks why kubectl describe node shows less allocatable memory than the machine has. What is subtracted from capacity?`,
    keys: [
      'The kube and system reservations and the eviction threshold',
      'Reserved memory plus the hard eviction threshold',
    ],
    wrong: [
      ['The memory the running pods are using right now', 'confuses allocatable with free memory'],
      ['The limits of the pods on that node', 'confuses allocatable with what is left'],
      ['Only the swap space and the page cache', 'confuses reservations with kernel caches'],
      ['A fixed 10 % kept by the scheduler', 'invents a fixed percentage'],
      [
        'The kube and system reservations, but not the eviction threshold',
        'forgets the eviction threshold',
      ],
      [
        'The requests of the DaemonSet pods scheduled on every node',
        'thinks DaemonSet requests are reserved up front',
      ],
    ],
  }),
]

const n = (v: unknown): number => v as number
const mibOf = (q: string): number => quantity(q) / 1024 ** 2
/** The app containers' CPU requests, which the pod runs with after its init container ended. */
const appCpu = (f: Record<string, unknown>): number =>
  milli(String(f.whole)) + n(f.small) + n(f.sidecar)
const rc = (f: Record<string, unknown>): number => Math.max(appCpu(f), n(f.init))
const initEff = (f: Record<string, unknown>): number =>
  Math.max(n(f.a1) + n(f.a2), n(f.i1), n(f.i2))
const room = (f: Record<string, unknown>): number =>
  n(f.capGi) * 1024 -
  n(f.kube) -
  n(f.sys) -
  n(f.evict) -
  (f.reqs as number[]).reduce((a, b) => a + b, 0)
type Node = { name: string; freeC: number; freeM: number; use: number }
const nodeWhere = (f: Record<string, unknown>, p: (x: Node) => boolean): string =>
  (f.nodes as Node[]).find(p)!.name
const left = (f: Record<string, unknown>): number => n(f.q) * 1000 - n(f.used)
const byCpu = (f: Record<string, unknown>): number => Math.floor(n(f.a) / n(f.c))
const byMem = (f: Record<string, unknown>, per: number): number =>
  Math.floor((n(f.g) * per) / n(f.m))
