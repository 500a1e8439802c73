import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { hpaDesired, labelText, matches, type Requirement, selectorText } from './k8s-calc.js'
import { app, Client, client, computed, type K8sFamily, rule } from './k8s-text.js'

const HPA = 'kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/'
const LABELS = 'kubernetes.io/docs/concepts/overview/working-with-objects/labels/'
const KUBECTL = 'kubernetes.io/docs/reference/kubectl/generated/'
const LIFECYCLE = 'kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/'

type F = Record<string, unknown>
const n = (v: unknown): number => v as number
const d = (f: F) => hpaDesired(n(f.c), n(f.m), n(f.t), n(f.min), n(f.max))

/** Pods with labels drawn for selector families; each has a name and some of env, tier, track. */
const drawLabelled = (rng: Rng): { name: string; labels: Record<string, string> }[] =>
  Array.from({ length: 8 }, (_, i) => {
    const labels: Record<string, string> = {}
    if (rng.next() < 0.85) labels.env = rng.pick(['prod', 'staging', 'dev'])
    if (rng.next() < 0.75) labels.tier = rng.pick(['web', 'api', 'cache'])
    if (rng.next() < 0.35) labels.canary = 'true'
    return { name: `p${i + 1}`, labels }
  })
type Pod = { name: string; labels: Record<string, string> }
const countBy = (f: F, p: (l: Record<string, string>) => boolean): string =>
  String((f.pods as Pod[]).filter((x) => p(x.labels)).length)
const reqs = (f: F) => f.reqs as Requirement[]
/** The selector matched as if each notin also required its key to be present. */
const notinNeedsKey = (r: Requirement): Requirement[] =>
  r.op === 'notin' || r.op === '!=' ? [r, { op: 'exists', key: r.key }] : [r]

export const SCALING_FAMILIES: readonly K8sFamily[] = [
  computed('hpa-desired-replicas-on-cpu', {
    kind: 'hpa',
    figures: (rng) => {
      const c = rng.int(3, 8)
      const t = rng.pick([50, 60, 70, 75])
      const m = rng.pick([85, 90, 95, 110, 120, 130])
      const f = { c, t, m, min: 2, max: 20 }
      if (Number.isInteger((c * m) / t) || (c * m) / t < c * 1.1 || d(f) >= 20)
        throw new VariantError('edge')
      return f
    },
    stem: (f, rng) =>
      `The ${app(rng)} HorizontalPodAutoscaler targets ${f.t} % average CPU utilization (of requests), min ${f.min}, max ${f.max}. ${f.c} replicas now average ${f.m} %. How many replicas does it ask for?`,
    key: (f) => String(d(f)),
    wrong: [
      ['rounds the result down', (f) => String(Math.floor((n(f.c) * n(f.m)) / n(f.t)))],
      ['adds the computed count to the current replicas', (f) => String(n(f.c) + d(f))],
      ['ignores the current replica count', (f) => String(Math.ceil(n(f.m) / n(f.t)))],
      ['jumps to maxReplicas when over target', (f) => String(f.max)],
      ['applies the ratio twice', (f) => String(Math.ceil(n(f.c) * (n(f.m) / n(f.t)) ** 2))],
      ['divides the target by the metric', (f) => String(Math.ceil((n(f.c) * n(f.t)) / n(f.m)))],
    ],
  }),
  computed('hpa-tolerance-keeps-replicas', {
    kind: 'hpa-tol',
    figures: (rng) => {
      const c = rng.pick([5, 6, 8, 10, 12])
      const t = rng.pick([50, 60, 80])
      const m = t + rng.pick([-5, -4, -3, 3, 4, 5])
      const f = { c, t, m, min: 2, max: 24 }
      if (Math.ceil((c * m) / t) === c) throw new VariantError('no change anyway')
      // A ratio of exactly 1.1 or 0.9 sits on the tolerance's edge, where floating point (as the
      // controller computes it) and the documented "within 0.1" part ways.
      if (Math.abs(m - t) * 10 === t) throw new VariantError('on the edge')
      return f
    },
    stem: (f, rng) =>
      `The ${app(rng)} HPA targets ${f.t} % average CPU utilization with the default tolerance, min ${f.min}, max ${f.max}. ${f.c} replicas now average ${f.m} %. How many replicas does it ask for?`,
    key: (f) => String(d(f)),
    wrong: [
      ['ignores the 10 % tolerance', (f) => String(Math.ceil((n(f.c) * n(f.m)) / n(f.t)))],
      ['falls back to minReplicas near the target', (f) => String(f.min)],
      ['jumps to maxReplicas when not at target', (f) => String(f.max)],
      [
        'scales by one replica towards the target',
        (f) => String(n(f.c) + (n(f.m) > n(f.t) ? 1 : -1)),
      ],
    ],
  }),
  computed('hpa-clamped-by-max-replicas', {
    kind: 'hpa-max',
    figures: (rng) => {
      const c = rng.int(4, 8)
      const t = rng.pick([50, 60])
      const m = rng.pick([150, 180, 200])
      const max = rng.int(c + 2, Math.ceil((c * m) / t) - 2)
      return { c, t, m, min: 2, max }
    },
    stem: (f, rng) =>
      `During a sale, ${client(rng)}’s ${app(rng)} HPA (target ${f.t} % CPU, min ${f.min}, max ${f.max}) sees ${f.c} replicas average ${f.m} %. How many replicas does it ask for?`,
    key: (f) => String(d(f)),
    wrong: [
      ['forgets maxReplicas caps the result', (f) => String(Math.ceil((n(f.c) * n(f.m)) / n(f.t)))],
      ['thinks it holds still above its maximum', (f) => String(f.c)],
      ['clamps to minReplicas instead', (f) => String(f.min)],
      [
        'doubles the replicas at most per step',
        (f) => String(Math.min(2 * n(f.c), Math.ceil((n(f.c) * n(f.m)) / n(f.t)))),
      ],
      ['reads maxReplicas as the most replicas added at once', (f) => String(n(f.c) + n(f.max))],
      ['forgets the cap and rounds down', (f) => String(Math.floor((n(f.c) * n(f.m)) / n(f.t)))],
      [
        'divides the utilisation by 100 % instead of the target',
        (f) => String(Math.ceil((n(f.c) * n(f.m)) / 100)),
      ],
    ],
  }),
  computed('hpa-several-metrics-takes-the-largest', {
    kind: 'hpa-multi',
    figures: (rng) => {
      const c = rng.int(3, 6)
      const f = {
        c,
        cpuT: 60,
        cpuM: rng.pick([72, 78, 84, 96]),
        rpsT: 100,
        rpsM: rng.pick([130, 150, 180, 210]),
      }
      const a = Math.ceil((c * f.cpuM) / f.cpuT)
      const b = Math.ceil((c * f.rpsM) / f.rpsT)
      if (a === b) throw new VariantError('tie')
      return { ...f, a, b }
    },
    stem: (f, rng) =>
      `The ${app(rng)} HPA has two metrics: CPU utilization target ${f.cpuT} % (now ${f.cpuM} %) and requests per second per pod target ${f.rpsT} (now ${f.rpsM}). It runs ${f.c} replicas, min 1, max 30. How many replicas does it ask for?`,
    key: (f) => String(Math.max(n(f.a), n(f.b))),
    wrong: [
      ['takes the smaller of the two proposals', (f) => String(Math.min(n(f.a), n(f.b)))],
      ['thinks two metrics cancel out and holds still', (f) => String(f.c)],
      ['adds the two proposals', (f) => String(n(f.a) + n(f.b))],
      ['uses the first metric listed only', (f) => String(f.a)],
      [
        'adds the larger proposal to the current replicas',
        (f) => String(n(f.c) + Math.max(n(f.a), n(f.b))),
      ],
      [
        'averages the two proposals, rounding down',
        (f) => String(Math.floor((n(f.a) + n(f.b)) / 2)),
      ],
      [
        'adds the two metrics’ ratios before scaling',
        (f) => String(Math.ceil(n(f.c) * (n(f.cpuM) / n(f.cpuT) + n(f.rpsM) / n(f.rpsT)))),
      ],
      [
        'applies both ratios one after the other',
        (f) => String(Math.ceil(n(f.c) * (n(f.cpuM) / n(f.cpuT)) * (n(f.rpsM) / n(f.rpsT)))),
      ],
    ],
  }),
  computed('hpa-average-value-memory-target', {
    kind: 'hpa-avg',
    figures: (rng) => {
      const c = rng.int(3, 6)
      const target = rng.pick([400, 500, 600])
      const per = rng.pick([620, 700, 760, 840, 900])
      if ((c * per) % target === 0) throw new VariantError('exact')
      return { c, target, per }
    },
    stem: (f, rng) =>
      `The ${app(rng)} HPA uses memory with target type AverageValue ${f.target}Mi (min 1, max 40). Its ${f.c} pods each use about ${f.per}Mi. How many replicas does it ask for?`,
    key: (f) => String(Math.ceil((n(f.c) * n(f.per)) / n(f.target))),
    wrong: [
      ['rounds the result down', (f) => String(Math.floor((n(f.c) * n(f.per)) / n(f.target)))],
      ['divides one pod’s usage by the target', (f) => String(Math.ceil(n(f.per) / n(f.target)))],
      [
        'multiplies the total usage by the replicas again',
        (f) => String(Math.ceil((n(f.c) * n(f.c) * n(f.per)) / n(f.target))),
      ],
      [
        'adds the computed count to the current replicas',
        (f) => String(n(f.c) + Math.ceil((n(f.c) * n(f.per)) / n(f.target))),
      ],
    ],
  }),
  computed('crashloop-backoff-delay', {
    kind: 'backoff',
    figures: (rng) => ({ k: rng.pick([3, 4, 5]) }),
    stem: (f, rng) =>
      `The ${app(rng)} container of ${client(rng)} crashes right after every start and shows CrashLoopBackOff. About how many seconds does the kubelet wait before restart number ${f.k}?`,
    key: (f) => String(Math.min(10 * 2 ** (n(f.k) - 1), 300)),
    wrong: [
      ['forgets the five-minute cap', (f) => String(10 * 2 ** (n(f.k) - 1))],
      ['adds 10 seconds per restart', (f) => String(10 * n(f.k))],
      ['caps the delay at one minute', (f) => String(Math.min(10 * 2 ** (n(f.k) - 1), 60))],
      ['starts the doubling at 20 seconds', (f) => String(Math.min(10 * 2 ** n(f.k), 300))],
      ['counts the first start as a restart', (f) => String(Math.min(10 * 2 ** (n(f.k) - 2), 300))],
      ['triples the delay each time', (f) => String(Math.min(10 * 3 ** (n(f.k) - 1), 300))],
      ['waits the five-minute cap from the start', () => '300'],
      ['thinks the delay stays at 10 seconds', () => '10'],
      ['gives the total waited over all restarts so far', (f) => String(10 * (2 ** n(f.k) - 1))],
    ],
  }),
  computed('set-based-selector-matches', {
    kind: 'selector',
    figures: (rng) => {
      const pods = drawLabelled(rng)
      const reqs: Requirement[] = [
        {
          op: 'in',
          key: 'env',
          values: rng.pick([['prod', 'staging'], ['prod'], ['staging', 'dev']]),
        },
        { op: 'notin', key: 'tier', values: [rng.pick(['cache', 'api'])] },
      ]
      if (rng.next() < 0.5) reqs.push({ op: '!', key: 'canary' })
      return { pods, reqs }
    },
    stem: (f) =>
      `Pods and their labels: ${(f.pods as Pod[]).map((p) => `${p.name} {${labelText(p.labels) || 'no labels'}}`).join('; ')}. How many does kubectl get pods -l '${selectorText(reqs(f))}' list?`,
    key: (f) => countBy(f, (l) => matches(l, reqs(f))),
    wrong: [
      [
        'thinks notin excludes pods without the key',
        (f) => countBy(f, (l) => matches(l, reqs(f).flatMap(notinNeedsKey))),
      ],
      ['reads the commas as OR', (f) => countBy(f, (l) => reqs(f).some((r) => matches(l, [r])))],
      [
        'ignores the notin requirement',
        (f) =>
          countBy(f, (l) =>
            matches(
              l,
              reqs(f).filter((r) => r.op !== 'notin'),
            ),
          ),
      ],
      [
        'counts only the first requirement',
        (f) => countBy(f, (l) => matches(l, reqs(f).slice(0, 1))),
      ],
      [
        'reads notin as in',
        (f) =>
          countBy(f, (l) =>
            matches(
              l,
              reqs(f).map((r) => (r.op === 'notin' ? { ...r, op: 'in' as const } : r)),
            ),
          ),
      ],
      [
        'reads the !canary requirement as canary present',
        (f) =>
          countBy(f, (l) =>
            matches(
              l,
              reqs(f).map((r) => (r.op === '!' ? { ...r, op: 'exists' as const } : r)),
            ),
          ),
      ],
    ],
  }),
  computed('equality-selector-matches', {
    kind: 'selector',
    figures: (rng) => {
      const pods = drawLabelled(rng)
      const reqs: Requirement[] = [
        { op: '=', key: 'env', value: rng.pick(['prod', 'staging']) },
        { op: '!=', key: 'tier', value: rng.pick(['cache', 'web']) },
      ]
      return { pods, reqs }
    },
    stem: (f) =>
      `Pods and their labels: ${(f.pods as Pod[]).map((p) => `${p.name} {${labelText(p.labels) || 'no labels'}}`).join('; ')}. How many does kubectl get pods -l ${selectorText(reqs(f))} list?`,
    key: (f) => countBy(f, (l) => matches(l, reqs(f))),
    wrong: [
      [
        'thinks the not-equal test excludes pods without the key',
        (f) => countBy(f, (l) => matches(l, reqs(f).flatMap(notinNeedsKey))),
      ],
      ['reads the comma as OR', (f) => countBy(f, (l) => reqs(f).some((r) => matches(l, [r])))],
      [
        'ignores the not-equal requirement',
        (f) => countBy(f, (l) => matches(l, reqs(f).slice(0, 1))),
      ],
      [
        'counts only the not-equal requirement',
        (f) => countBy(f, (l) => matches(l, reqs(f).slice(1))),
      ],
      ['counts the pods the selector leaves out', (f) => countBy(f, (l) => !matches(l, reqs(f)))],
      [
        'reads the not-equal test as equal',
        (f) =>
          countBy(f, (l) =>
            matches(
              l,
              reqs(f).map((r) => (r.op === '!=' ? { ...r, op: '=' as const } : r)),
            ),
          ),
      ],
    ],
  }),
  rule('hpa-scale-down-stabilization-window', {
    source: `${HPA} ("Stabilization window": scale-down stabilization defaults to 300 seconds)`,
    answer: '300',
    stem: (rng) =>
      `Load on the ${app(rng)} pods drops sharply, but the HPA (default behavior) keeps the higher replica count for a while. How long, by default?`,
    keys: ['5 minutes of scale-down stabilization', '300 s, its stabilization window'],
    wrong: [
      ['15 seconds, one sync period', 'confuses it with the sync period'],

      ['30 seconds, the metrics resolution', 'confuses it with metrics timing'],
      [
        '10 minutes, the cool-down the controller waits after any scaling',
        'misremembers the window',
      ],
      ['Forever', 'thinks HPAs never scale down'],
    ],
  }),
  rule('hpa-utilization-needs-requests', {
    source: `${HPA} ("How does a HorizontalPodAutoscaler work?": utilization is relative to container requests; without them the HPA takes no action on that metric)`,
    answer: 'requests',
    stem: (rng) =>
      `${Client(rng)}’s HPA on CPU utilization shows <unknown> targets and never scales. The pods’ containers set no CPU requests or limits, and no LimitRange gives them defaults. Why?`,
    keys: ['Utilization is a share of requests', 'It needs CPU requests to work'],
    wrong: [
      ['The target must be given in millicores', 'confuses Utilization with AverageValue'],
      ['The HPA waits 5 minutes before its first reading', 'confuses it with stabilization'],
      ['It needs CPU limits, as utilization is a share of them', 'thinks utilization is of limits'],
      ['It needs a day of data', 'thinks the HPA needs a warm-up period'],
    ],
  }),
  rule('hpa-remove-replicas-from-manifest', {
    source: `${HPA} ("Migrating Deployments and StatefulSets to horizontal autoscaling": remove spec.replicas from the manifest so applying it does not reset the count)`,
    answer: 'remove-replicas',
    stem: (rng) =>
      `Each time CI runs kubectl apply for the ${app(rng)} Deployment, which an HPA scales, the pod count drops back to 3 for a while. What fixes it?`,
    keys: ['Remove spec.replicas from the manifest', 'Leave replicas out of the manifest'],
    wrong: [
      ['Use kubectl create instead of apply', 'breaks later applies'],

      ['Raise the HPA’s sync period', 'confuses timing with the reset'],
      [
        'Set minReplicas to 3 and maxReplicas to the old count on the HPA',
        'treats the symptom, not the reset',
      ],
      ['Add --force and --server-side to kubectl apply', 'thinks force keeps the live count'],
    ],
  }),
  rule('kubectl-top-needs-metrics-server', {
    source: `kubernetes.io/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/ (kubectl top and the HPA read the Metrics API, served by metrics-server)`,
    answer: 'metrics-server',
    stem: (rng) =>
      `On ${client(rng)}’s new cluster, kubectl top pods fails with "Metrics API not available". What must be installed?`,
    keys: ['metrics-server, for the Metrics API', 'The metrics-server add-on'],
    wrong: [
      ['The kubectl top plugin', 'thinks top is a plugin'],

      ['kube-state-metrics', 'confuses object state with resource usage'],
      ['Prometheus with a node exporter on each node', 'confuses exporters with the Metrics API'],
      ['cAdvisor on every node as a DaemonSet of its own', 'forgets the kubelet embeds it'],
    ],
  }),
  rule('kubectl-logs-previous', {
    source: `${KUBECTL}kubectl_logs/ (-p, --previous: print the logs for the previous instance of the container)`,
    answer: '--previous',
    stem: (rng) =>
      `The app-7d9f pod of ${client(rng)} is in CrashLoopBackOff and the current container has printed nothing yet. Which command shows why the last one died?`,
    keys: ['kubectl logs --previous app-7d9f', 'kubectl logs -p app-7d9f'],
    wrong: [
      ['kubectl describe logs app-7d9f', 'invents a describe target'],
      ['kubectl get logs app-7d9f', 'thinks logs are a resource'],
      ['kubectl logs --follow app-7d9f', 'follows the current container'],
      ['kubectl logs app-7d9f', 'reads the current container'],
      [
        'kubectl logs --since=1h --timestamps app-7d9f',
        'filters by time, still the current container',
      ],
    ],
    code: true,
  }),
  rule('kubectl-set-image', {
    source: `${KUBECTL}kubectl_set/kubectl_set_image/ (kubectl set image deployment/NAME CONTAINER=IMAGE)`,
    answer: 'set-image',
    stem: (rng) =>
      `For ${client(rng)}, the web container of Deployment shop must move to image shop:2.1 from the command line. Which command does it?`,
    keys: [
      'kubectl set image deployment/shop web=shop:2.1',
      'kubectl set image deploy/shop web=shop:2.1',
    ],
    wrong: [
      ['kubectl set image deployment/shop shop:2.1', 'leaves out the container name'],
      [
        'kubectl set image deployment/shop shop=shop:2.1',
        'names the Deployment, not the container',
      ],
      ['kubectl rollout image deployment/shop web=shop:2.1', 'invents a rollout subcommand'],
      ['kubectl update deployment/shop --image=shop:2.1', 'invents an update command'],
      ['kubectl set image pod/shop web=shop:2.1', 'targets a pod the Deployment re-creates'],
      ['kubectl set image shop:2.1', 'names neither the Deployment nor the container'],
    ],
    code: true,
  }),
  rule('kubectl-rollout-restart', {
    source: `${KUBECTL}kubectl_rollout/kubectl_rollout_restart/ (restart a resource: a new rollout of the same template)`,
    answer: 'rollout-restart',
    stem: (rng) =>
      `${Client(rng)} wants every pod of Deployment api re-created, one by one as a rolling update, with no change to the manifest. Which command?`,
    keys: ['kubectl rollout restart deployment/api', 'kubectl rollout restart deploy/api'],
    wrong: [
      ['kubectl delete pods -l app=api', 'drops them all at once'],
      ['kubectl restart deployment/api', 'invents a restart command'],
      ['kubectl rollout undo deployment/api', 'rolls back instead'],
      ['kubectl scale deployment/api --replicas=0', 'takes the service down'],
      [
        'kubectl rollout restart deployment/api --all-containers=true',
        'adds a flag the command does not take',
      ],
    ],
    code: true,
  }),
  rule('kubectl-drain-ignores-daemonsets', {
    source: `${KUBECTL}kubectl_drain/ (--ignore-daemonsets: drain proceeds despite DaemonSet-managed pods, which would be re-created anyway)`,
    answer: 'ignore-daemonsets',
    stem: (rng) =>
      `Draining node-3 for ${client(rng)} stops with "cannot delete DaemonSet-managed Pods". Which flag lets the drain go on?`,
    keys: ['--ignore-daemonsets', '--ignore-daemonsets=true'],
    wrong: [
      ['--force --ignore-errors', 'force covers unmanaged pods, not DaemonSets'],
      ['--delete-emptydir-data', 'covers emptyDir data, not DaemonSets'],
      ['--skip-daemonsets', 'invents a flag'],
      ['--grace-period=0', 'changes the grace period only'],
      ['--ignore-errors', 'thinks errors can simply be skipped'],
      ['--exclude=daemonsets', 'invents an exclude flag'],
      ['--pod-selector=!daemonset', 'filters pods by a label that does not exist'],
    ],
    code: true,
  }),
  rule('kubectl-port-forward', {
    source: `${KUBECTL}kubectl_port-forward/ (forward local ports to a pod or Service: LOCAL:REMOTE)`,
    answer: 'port-forward',
    stem: (rng) =>
      `To test ${client(rng)}’s admin Service (port 80) from a laptop at localhost:8080, without exposing it, which command works?`,
    keys: ['kubectl port-forward svc/admin 8080:80', 'kubectl port-forward service/admin 8080:80'],
    wrong: [
      ['kubectl port-forward svc/admin 80:8080', 'swaps local and remote ports'],
      ['kubectl expose svc/admin --port=8080', 'creates a Service instead'],
      ['kubectl proxy svc/admin 8080:80', 'confuses proxy with port-forward'],
      ['kubectl forward svc/admin 8080:80', 'invents a command'],
      ['kubectl port-forward svc/admin 8080:80 --address 0.0.0.0', 'exposes it on every interface'],
      ['kubectl port-forward admin', 'leaves out the ports'],
    ],
    code: true,
  }),
  rule('kubectl-label-overwrite', {
    source: `${KUBECTL}kubectl_label/ (--overwrite: needed to change an existing label’s value)`,
    answer: 'overwrite',
    stem: (rng) =>
      `Pod app-1 of ${client(rng)} has label tier=web and must become tier=api. Which command changes it?`,
    keys: [
      'kubectl label pod/app-1 tier=api --overwrite',
      'kubectl label pod app-1 tier=api --overwrite',
    ],
    wrong: [
      ['kubectl label pod/app-1 tier=api', 'forgets an existing label needs --overwrite'],
      ['kubectl label pod/app-1 tier-', 'removes the label only'],
      ['kubectl annotate pod/app-1 tier=api', 'sets an annotation, not a label'],
      ['kubectl set label pod/app-1 tier=api', 'invents a set subcommand'],
      [
        'kubectl label pod/app-1 tier=web tier=api --overwrite=false',
        'lists both values without overwriting',
      ],
      ['kubectl label pod/app-1 --replace tier=api --all', 'invents a replace flag'],
    ],
    code: true,
  }),
  rule('kubectl-exec-double-dash', {
    source: `${KUBECTL}kubectl_exec/ (kubectl exec POD -- COMMAND; -it for an interactive terminal)`,
    answer: 'exec-it',
    stem: (rng) =>
      `An engineer needs an interactive shell in ${client(rng)}’s pod web-0. Which command opens it?`,
    keys: ['kubectl exec -it web-0 -- sh', 'kubectl exec -it pod/web-0 -- /bin/sh'],
    wrong: [
      ['kubectl exec web-0 sh', 'leaves out -it and the --'],
      ['kubectl attach -it web-0 sh', 'attaches to the main process, not a shell'],
      ['kubectl run -it web-0 -- sh', 'starts a new pod'],
      ['kubectl ssh web-0', 'invents an ssh command'],
      ['kubectl exec -it web-0 --container=web-0 -- /bin/sh -l', 'names the pod as its container'],
      ['kubectl debug web-0 -it --image=web-0 -- sh', 'starts a debug copy instead'],
    ],
    code: true,
  }),
  rule('kubectl-auth-can-i', {
    source: `${KUBECTL}kubectl_auth/kubectl_auth_can-i/ (check whether an action is allowed, optionally --as another user or service account)`,
    answer: 'can-i',
    stem: (rng) =>
      `Before handing over to ${client(rng)}, you want to check whether the ci service account in namespace shop may delete Deployments. Which command answers it?`,
    keys: [
      'kubectl auth can-i delete deployments --as=system:serviceaccount:shop:ci -n shop',
      'kubectl auth can-i delete deploy -n shop --as system:serviceaccount:shop:ci',
    ],
    wrong: [
      ['kubectl describe serviceaccount ci', 'shows the account, not its rights'],
      ['kubectl auth whoami --as=ci delete', 'shows an identity, not a permission'],
      ['kubectl can-i delete deployments --user=ci', 'leaves out auth and names a user'],
      ['kubectl get serviceaccount ci -n shop -o yaml', 'reads the account, which lists no rights'],
      [
        'kubectl get rolebindings,clusterrolebindings -A -o wide --as=system:serviceaccount:shop:ci',
        'lists bindings, not the permission',
      ],
      ['kubectl describe role ci -n shop', 'reads a role named like the account'],
    ],
    code: true,
  }),
  rule('kubectl-scale', {
    source: `${KUBECTL}kubectl_scale/ (kubectl scale --replicas=COUNT TYPE/NAME)`,
    answer: 'scale',
    stem: (rng) =>
      `${Client(rng)} needs the worker Deployment at 6 replicas right now (no HPA). Which command?`,
    keys: [
      'kubectl scale deployment/worker --replicas=6',
      'kubectl scale --replicas=6 deployment/worker',
    ],
    wrong: [
      ['kubectl set replicas deployment/worker 6', 'invents a set subcommand'],
      ['kubectl rollout scale deployment/worker 6', 'invents a rollout subcommand'],
      ['kubectl scale pod/worker --replicas=6', 'scales a pod, which has no replicas'],
      [
        'kubectl autoscale deployment/worker --min=6 --max=6 --cpu-percent=80',
        'creates an HPA instead',
      ],
      ['kubectl scale worker 6', 'leaves out the type and the flag'],
    ],
    code: true,
  }),
  rule('kubectl-default-namespace-of-context', {
    source: `${KUBECTL}kubectl_config/kubectl_config_set-context/ (--current --namespace sets the namespace of the current context)`,
    answer: 'set-context',
    stem: (rng) =>
      `For a day of work on ${client(rng)}’s shop namespace, you want every kubectl command to use it without -n. Which command?`,
    keys: [
      'kubectl config set-context --current --namespace=shop',
      'kubectl config set-context --current --namespace shop',
    ],
    wrong: [
      ['kubectl namespace shop', 'invents a namespace command'],
      ['kubectl config use-context shop', 'switches context, not namespace'],
      ['export KUBECTL_NAMESPACE=shop', 'invents an environment variable'],
      ['kubectl config set namespace shop', 'sets an unrelated key'],
      [
        'kubectl config set-context shop --cluster=current --user=current --namespace=default',
        'creates a new context that keeps the default namespace',
      ],
      [
        'kubectl config set-cluster --current --default-namespace=shop --overwrite',
        'invents cluster flags',
      ],
    ],
    code: true,
  }),
  rule('pod-phase-pending-meaning', {
    source: `${LIFECYCLE} ("Pod phase": Pending means accepted but one or more containers not yet running, including time waiting to be scheduled and pulling images)`,
    answer: 'pending',
    stem: (rng) => `${Client(rng)} asks what a pod in phase Pending means. What do you answer?`,
    keys: ['Accepted, but not all containers run yet', 'It waits for a node or for its images'],
    wrong: [
      ['It waits for an admin to approve it', 'invents approval'],
      ['It finished and awaits deletion', 'confuses Pending with Succeeded'],
      [
        'Its containers run but its readiness probe keeps failing, so it gets no traffic',
        'confuses Pending with not Ready',
      ],
      [
        'Its containers crashed and the kubelet restarts them with a growing delay',
        'confuses Pending with CrashLoopBackOff',
      ],
    ],
  }),
  rule('label-selector-syntax-in-kubectl', {
    source: `${LABELS} ("Set-based requirement" and "LIST and WATCH filtering": kubectl get pods -l 'environment in (production, qa)')`,
    answer: 'set-based',
    stem: (rng) =>
      `For ${client(rng)}, list the pods whose env label is prod or staging. Which command?`,
    keys: [
      "kubectl get pods -l 'env in (prod,staging)'",
      "kubectl get pods -l 'env in (prod, staging)'",
    ],
    wrong: [
      ['kubectl get pods -l env=prod,env=staging', 'ANDs two values of one key'],
      ["kubectl get pods -l 'env=prod or env=staging'", 'invents an OR keyword'],
      ["kubectl get pods -l 'env in [prod,staging]'", 'uses brackets, not parentheses'],
      ['kubectl get pods --field-selector env=prod,staging', 'uses a field selector for a label'],
      ['kubectl get pods -l env', 'lists every pod with an env label'],
    ],
    code: true,
  }),
]
