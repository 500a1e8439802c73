import { VariantError } from '../assemble-variant.js'
import { rollingBounds } from './k8s-calc.js'
import { app, Client, client, computed, type K8sFamily, rule } from './k8s-text.js'

const DEPLOY = 'kubernetes.io/docs/concepts/workloads/controllers/deployment/'
const STS = 'kubernetes.io/docs/concepts/workloads/controllers/statefulset/'
const DS = 'kubernetes.io/docs/concepts/workloads/controllers/daemonset/'
const JOB = 'kubernetes.io/docs/concepts/workloads/controllers/job/'

type F = Record<string, unknown>
const n = (v: unknown): number => v as number
const pct = (r: number, p: number) => (r * p) / 100
const bounds = (f: F) => rollingBounds(n(f.r), `${f.s}%`, `${f.u}%`)
/** Replica counts and percentages whose product is never a whole number of pods. */
const uneven = (r: number, ...ps: number[]) => {
  if (ps.some((p) => Number.isInteger(pct(r, p)))) throw new VariantError('whole')
}
const IMAGES = ['1.4.0', '1.4.1', '1.5.0', '1.5.2', '1.6.0', '2.0.0']

export const DEPLOY_FAMILIES: readonly K8sFamily[] = [
  computed('most-pods-during-a-rolling-update', {
    kind: 'rolling-most',
    figures: (rng) => {
      const r = rng.pick([6, 7, 9, 10, 11, 13, 14])
      const s = rng.pick([15, 20, 30, 35, 40])
      const u = rng.pick([10, 20, 25, 30].filter((x) => x !== s))
      uneven(r, s, u)
      return { r, s, u }
    },
    stem: (f, rng) =>
      `${Client(rng)}’s ${app(rng)} Deployment has ${f.r} replicas and a RollingUpdate strategy with maxSurge: ${f.s}% and maxUnavailable: ${f.u}%. At most how many pods (old and new) can exist during the rollout?`,
    key: (f) => String(bounds(f).most),
    wrong: [
      ['rounds the surge percentage down', (f) => String(n(f.r) + Math.floor(pct(n(f.r), n(f.s))))],
      [
        'adds maxUnavailable to the surge as well',
        (f) => String(bounds(f).most + Math.floor(pct(n(f.r), n(f.u)))),
      ],
      ['gives the surge pods alone', (f) => String(Math.ceil(pct(n(f.r), n(f.s))))],
      ['gives the replica count alone', (f) => String(f.r)],
      [
        'adds both percentages, each rounded up',
        (f) => String(bounds(f).most + Math.ceil(pct(n(f.r), n(f.u)))),
      ],
    ],
  }),
  computed('fewest-available-during-a-rolling-update', {
    kind: 'rolling-least',
    figures: (rng) => {
      const r = rng.pick([6, 7, 9, 11, 13, 14, 15])
      const u = rng.pick([15, 20, 30, 35, 40])
      const s = rng.pick([10, 25, 50].filter((x) => x !== u))
      uneven(r, s, u)
      return { r, s, u }
    },
    stem: (f, rng) =>
      `The ${app(rng)} Deployment has ${f.r} replicas, maxSurge: ${f.s}% and maxUnavailable: ${f.u}%. During a rollout, at least how many pods does the controller keep available?`,
    key: (f) => String(bounds(f).least),
    wrong: [
      [
        'rounds the unavailable percentage up',
        (f) => String(n(f.r) - Math.ceil(pct(n(f.r), n(f.u)))),
      ],
      ['ignores maxUnavailable and keeps every replica', (f) => String(n(f.r))],
      [
        'subtracts the surge instead of the unavailable',
        (f) => String(n(f.r) - Math.ceil(pct(n(f.r), n(f.s)))),
      ],
      [
        'subtracts both the surge and the unavailable pods',
        (f) => String(bounds(f).least - Math.ceil(pct(n(f.r), n(f.s)))),
      ],
      [
        'reads maxUnavailable as the share kept available',
        (f) => String(Math.ceil(pct(n(f.r), n(f.u)))),
      ],
      [
        'adds maxUnavailable to the replicas',
        (f) => String(n(f.r) + Math.floor(pct(n(f.r), n(f.u)))),
      ],
      [
        'counts the surge pods as available too',
        (f) => String(bounds(f).least + Math.ceil(pct(n(f.r), n(f.s)))),
      ],
    ],
  }),
  computed('default-rolling-update-bounds', {
    kind: 'rolling-default',
    figures: (rng) => {
      const r = rng.pick([3, 5, 6, 7, 9, 10, 11])
      uneven(r, 25)
      return { r }
    },
    stem: (f, rng) =>
      `The ${app(rng)} Deployment has ${f.r} replicas and sets no strategy, so the defaults apply. During a rollout, between how many available pods and how many pods in total does it move?`,
    key: (f) => span(f, Math.floor, Math.ceil),
    wrong: [
      ['rounds both percentages down', (f) => span(f, Math.floor, Math.floor)],
      ['rounds both percentages up', (f) => span(f, Math.ceil, Math.ceil)],
      ['swaps the rounding of surge and unavailable', (f) => span(f, Math.ceil, Math.floor)],
      [
        'takes the defaults as one pod each',
        (f) => `${n(f.r) - 1} available, ${n(f.r) + 1} in total`,
      ],
    ],
  }),
  computed('rollout-undo-and-the-revision-it-becomes', {
    kind: 'undo',
    figures: (rng) => {
      const last = rng.int(4, 6)
      const to = rng.next() < 0.5 ? null : rng.int(2, last - 2)
      return { last, to, images: IMAGES.slice(0, last) }
    },
    stem: (f, rng) => {
      const a = app(rng)
      const hist = (f.images as string[]).map((img, i) => `${i + 1} ${a}:${img}`).join(', ')
      const cmd =
        f.to === null
          ? `kubectl rollout undo deployment/${a}`
          : `kubectl rollout undo deployment/${a} --to-revision=${f.to}`
      return `The ${a} Deployment’s rollout history lists revisions ${hist} (the last is live). An engineer runs ${cmd}. Which image runs afterwards, and under which revision number?`
    },
    key: (f) => undo(f, target(f), n(f.last) + 1),
    wrong: [
      ['thinks the old revision keeps its number', (f) => undo(f, target(f), target(f))],
      ['thinks undo always returns to revision 1', (f) => undo(f, 1, n(f.last) + 1)],
      ['thinks undo re-applies the live template', (f) => undo(f, n(f.last), n(f.last) + 1)],
      ['steps back one revision further than asked', (f) => undo(f, target(f) - 1, n(f.last) + 1)],
    ],
  }),
  computed('replicasets-kept-after-updates', {
    kind: 'rs-count',
    figures: (rng) => {
      const limit = rng.pick([3, 4, 6, 9, 12])
      return { limit, updates: limit + rng.int(3, 12) }
    },
    stem: (f, rng) =>
      `The ${app(rng)} Deployment sets revisionHistoryLimit: ${f.limit}. Since it was created, its pod template has been changed ${f.updates} times, each rollout completing. How many ReplicaSets does it own now?`,
    key: (f) => String(n(f.limit) + 1),
    wrong: [
      ['forgets the current ReplicaSet', (f) => String(n(f.limit))],
      ['ignores the history limit', (f) => String(n(f.updates) + 1)],
      ['counts only the template changes', (f) => String(n(f.updates))],
      ['uses the default limit of 10', (f) => String(Math.min(n(f.updates), 10) + 1)],
      ['thinks old ReplicaSets are deleted after a rollout', () => '1'],
      ['thinks only the new and the previous ReplicaSet remain', () => '2'],
    ],
  }),
  computed('statefulset-scale-down-order', {
    kind: 'sts',
    figures: (rng) => {
      const from = rng.int(4, 7)
      return { name: rng.pick(['web', 'db', 'kafka', 'redis']), from, to: from - rng.int(2, 3) }
    },
    stem: (f) =>
      `A StatefulSet named ${f.name} (default OrderedReady policy) runs ${f.from} replicas and is scaled to ${f.to}. In which order are its pods terminated?`,
    key: (f) => stsOrder(f, n(f.from) - 1, n(f.to)),
    wrong: [
      ['removes the surplus pods in ascending order', (f) => stsOrder(f, n(f.to), n(f.from) - 1)],
      ['thinks the oldest pods go first', (f) => stsOrder(f, 0, n(f.from) - n(f.to) - 1)],
      ['numbers the pods from 1', (f) => stsOrder(f, n(f.from), n(f.to) + 1)],
      [
        'numbers the pods from 1 and removes them in ascending order',
        (f) => stsOrder(f, n(f.to) + 1, n(f.from)),
      ],
      [
        'thinks the oldest pods go first, numbered from 1',
        (f) => stsOrder(f, 1, n(f.from) - n(f.to)),
      ],
    ],
  }),
  computed('daemonset-pods-on-tainted-and-cordoned-nodes', {
    kind: 'ds',
    figures: (rng) => {
      const nodes = rng.int(6, 12)
      const tainted = rng.int(1, 3)
      const cordoned = rng.int(1, 3)
      if (tainted === cordoned) throw new VariantError('equal')
      return { nodes, tainted, cordoned }
    },
    stem: (f, rng) =>
      `${Client(rng)}’s cluster has ${f.nodes} nodes: ${f.tainted} of them ${n(f.tainted) === 1 ? 'carries' : 'carry'} a NoSchedule taint the log-agent DaemonSet does not tolerate, and ${f.cordoned} other ${n(f.cordoned) === 1 ? 'node is' : 'nodes are'} cordoned (kubectl cordon). How many log-agent pods does the DaemonSet run?`,
    key: (f) => String(n(f.nodes) - n(f.tainted)),
    wrong: [
      ['ignores the taints', (f) => String(n(f.nodes))],
      [
        'thinks cordoned nodes get no DaemonSet pod',
        (f) => String(n(f.nodes) - n(f.tainted) - n(f.cordoned)),
      ],
      [
        'skips the cordoned nodes but ignores the taints',
        (f) => String(n(f.nodes) - n(f.cordoned)),
      ],
      ['thinks a DaemonSet runs only on tainted nodes', (f) => String(n(f.tainted))],
    ],
  }),
  computed('job-duration-by-parallelism', {
    kind: 'job',
    figures: (rng) => {
      const c = rng.pick([7, 10, 11, 13, 14])
      const p = rng.pick([3, 4])
      if (c % p === 0) throw new VariantError('even')
      return { c, p, t: rng.pick([4, 5, 6, 8]) }
    },
    stem: (f, rng) =>
      `The ${app(rng)} Job sets completions: ${f.c} and parallelism: ${f.p}; each pod takes ${f.t} minutes and succeeds. Ignoring start-up time, how many minutes does the Job take at least?`,
    key: (f) => String(Math.ceil(n(f.c) / n(f.p)) * n(f.t)),
    wrong: [
      ['runs the pods one at a time', (f) => String(n(f.c) * n(f.t))],
      [
        'divides without rounding the waves up',
        (f) => String(Math.floor((n(f.c) / n(f.p)) * n(f.t))),
      ],
      ['thinks parallelism runs every completion at once', (f) => String(n(f.t))],
      ['rounds the number of waves down', (f) => String(Math.floor(n(f.c) / n(f.p)) * n(f.t))],
      ['multiplies parallelism by the pod duration', (f) => String(n(f.p) * n(f.t))],
      [
        'counts the partial last wave twice',
        (f) => String((Math.floor(n(f.c) / n(f.p)) + 2) * n(f.t)),
      ],
      ['counts one wave per completion past the first', (f) => String((n(f.c) - 1) * n(f.t))],
    ],
  }),
  rule('revision-history-limit-default', {
    source: `${DEPLOY} ("Clean up Policy": .spec.revisionHistoryLimit defaults to 10)`,
    answer: '10',
    stem: (rng) =>
      `${Client(rng)}’s ${app(rng)} Deployment sets no revisionHistoryLimit. How many old ReplicaSets does it keep for rollback?`,
    keys: ['10 old ReplicaSets', 'Ten, the default limit'],
    wrong: [
      ['Every old ReplicaSet, with no limit', 'thinks history is unlimited'],
      ['3 old ReplicaSets', 'misremembers the default'],
      ['None: rollback needs the limit set', 'thinks no limit means no history'],
      ['1 old ReplicaSet, the previous one', 'thinks only one revision is kept'],
      ['5 old ones', 'misremembers the default as 5'],
    ],
  }),
  rule('only-template-changes-trigger-a-rollout', {
    source: `${DEPLOY} ("Updating a Deployment": a rollout is triggered only if the pod template, .spec.template, changes; scaling does not)`,
    answer: 'template',
    stem: (rng) =>
      `Which change to the ${app(rng)} Deployment starts a new rollout (a new ReplicaSet)?`,
    keys: [
      'Changing a container’s environment variable',
      'Adding a label under spec.template.metadata',
    ],
    wrong: [
      ['Scaling from 3 to 5 replicas', 'thinks scaling creates a revision'],
      ['Changing spec.revisionHistoryLimit', 'thinks any spec change rolls out'],
      ['Changing spec.strategy.rollingUpdate.maxSurge', 'thinks strategy changes roll out'],
      [
        'Adding an annotation to the Deployment itself',
        'confuses Deployment metadata with the template',
      ],
    ],
  }),
  rule('recreate-strategy-has-downtime', {
    source: `${DEPLOY} ("Recreate Deployment": all existing pods are killed before new ones are created)`,
    answer: 'recreate',
    stem: (rng) =>
      `The ${app(rng)} Deployment uses strategy type Recreate. What happens when its image is changed?`,
    keys: ['All old pods stop before any new pod starts', 'Old pods all stop, then new pods start'],
    wrong: [
      ['New pods start first, then the old pods stop', 'describes a blue-green switch'],
      ['Nothing until pods are deleted', 'confuses Recreate with OnDelete'],
      ['Old pods keep serving until a rollout resume', 'confuses Recreate with a paused rollout'],
      ['Pods swap one by one', 'describes a rolling update'],
      ['Each container is updated in place', 'thinks images change without new pods'],
    ],
  }),
  rule('progress-deadline-default', {
    source: `${DEPLOY} ("Progress Deadline Seconds": defaults to 600; then the Progressing condition is False with reason ProgressDeadlineExceeded)`,
    answer: '600',
    stem: (rng) =>
      `A rollout of the ${app(rng)} Deployment is stuck on an image that cannot be pulled; no progressDeadlineSeconds is set. When does it report ProgressDeadlineExceeded?`,
    keys: ['After 600 seconds without progress', 'After ten minutes without progress'],
    wrong: [
      ['Never: it keeps retrying silently', 'thinks there is no deadline'],
      ['After 300 seconds without progress', 'misremembers the default'],
      ['After 60 seconds without progress', 'misremembers the default'],
      [
        'After 600 seconds, and then it rolls back by itself',
        'thinks the deadline triggers a rollback',
      ],
    ],
  }),
  rule('min-ready-seconds-meaning', {
    source: `${DEPLOY} ("Min Ready Seconds": how long a new pod must be ready, with no container crashing, to count as available; default 0)`,
    answer: 'available-after-ready',
    stem: (rng) =>
      `The ${app(rng)} Deployment sets minReadySeconds: 30. What does that change in a rollout?`,
    keys: [
      'A new pod counts as available 30 s after it is ready',
      'Pods must stay ready 30 s before they count as available',
    ],
    wrong: [
      [
        'The kubelet waits 30 s before the first readiness probe',
        'confuses it with initialDelaySeconds',
      ],
      ['Each old pod gets 30 s to shut down', 'confuses it with the termination grace period'],
      [
        'The rollout fails if a pod takes over 30 s to start',
        'confuses it with a progress deadline',
      ],
      ['The controller pauses 30 s between ReplicaSets', 'invents a pause between revisions'],
      [
        'Each pod must pass its readiness probe 30 times in a row before it serves',
        'confuses it with successThreshold',
      ],
      [
        'The Deployment waits 30 seconds after the rollout ends before it reports',
        'thinks it delays the rollout status',
      ],
    ],
  }),
  rule('deployment-selector-is-immutable', {
    source: `${DEPLOY} ("Label selector updates": in apps/v1 a Deployment’s selector is immutable after creation)`,
    answer: 'immutable',
    stem: (rng) =>
      `An engineer edits the live ${app(rng)} Deployment (apps/v1) to change spec.selector.matchLabels. What happens?`,
    keys: ['Rejected: the selector is immutable', 'Refused; apps/v1 selectors are fixed'],
    wrong: [
      ['The old pods are adopted by the new selector', 'thinks selectors re-adopt pods'],
      ['A rollout starts with the new selector', 'thinks a selector change rolls out'],
      ['It applies and orphans every running pod', 'forgets apps/v1 makes it immutable'],
      ['It applies once the Deployment is paused', 'thinks pausing allows it'],
      ['The pods restart', 'thinks a selector change restarts pods'],
    ],
  }),
  rule('pod-template-hash-label', {
    source: `${DEPLOY} ("Pod-template-hash label": added by the Deployment controller to every ReplicaSet it creates or adopts, so child ReplicaSets do not overlap)`,
    answer: 'pod-template-hash',
    stem: (rng) =>
      `${Client(rng)} asks what the label pod-template-hash on the ${app(rng)} pods is for. What do you say?`,
    keys: [
      'It keeps the Deployment’s ReplicaSets apart',
      'It tells one Deployment’s ReplicaSets apart',
    ],
    wrong: [
      ['It is a checksum the kubelet verifies before start', 'thinks it is an integrity check'],
      ['It holds the image digest of the pod', 'confuses it with the image digest'],
      ['A Service must select on it to reach the pods', 'thinks Services need it'],
      ['It is set by Helm to track releases', 'attributes it to a tool'],
      ['It is a build hash', 'thinks it identifies the image build'],
      [
        'It records the hash of the manifest file applied by kubectl apply',
        'confuses it with the last-applied annotation',
      ],
    ],
  }),
  rule('job-backoff-limit-default', {
    source: `${JOB} ("Pod backoff failure policy": .spec.backoffLimit defaults to 6)`,
    answer: '6',
    stem: (rng) =>
      `The ${app(rng)} Job’s pod keeps failing and the Job sets no backoffLimit. After how many retries is the Job marked failed?`,
    keys: ['6 retries, the default backoffLimit', 'Six retries (backoffLimit default)'],
    wrong: [
      ['It retries forever', 'thinks there is no default limit'],
      ['3 retries, the default backoffLimit', 'misremembers the default'],
      ['None: it fails on the first error', 'thinks Jobs do not retry'],
      ['10 retries, the default backoffLimit', 'confuses it with the history limit'],
      ['6 retries, then it waits an hour and starts over', 'thinks failed Jobs restart later'],
    ],
  }),
  rule('rollout-pause-batches-changes', {
    source: `${DEPLOY} ("Pausing and Resuming a rollout of a Deployment": changes made while paused roll out together on resume)`,
    answer: 'pause',
    stem: (rng) =>
      `For ${client(rng)}, an engineer must change the image and the resources of the Deployment named app in two commands, with a single rollout. Which command comes first?`,
    keys: ['kubectl rollout pause deployment/app'],
    wrong: [
      ['kubectl rollout undo deployment/app', 'confuses pause with undo'],
      ['kubectl scale deployment/app --replicas=0', 'stops the app instead'],
      ['kubectl rollout status deployment/app', 'only watches the rollout'],
      ['kubectl rollout restart deployment/app', 'starts another rollout'],
      ['kubectl rollout pause', 'leaves out the Deployment'],
      ['kubectl pause deployment/app', 'leaves out rollout'],
    ],
    code: true,
  }),
  rule('statefulset-needs-a-headless-service', {
    source: `${STS} ("Limitations": StatefulSets currently require a headless Service to be responsible for the network identity of the pods)`,
    answer: 'headless',
    stem: (rng) =>
      `${Client(rng)}’s StatefulSet pods need stable DNS names such as db-0.db. What must the StatefulSet’s serviceName point to?`,
    keys: ['A headless Service', 'A Service with clusterIP: None'],
    wrong: [
      ['A LoadBalancer Service', 'thinks an external address gives pod names'],
      ['A NodePort Service on each node', 'confuses node ports with pod identity'],
      ['An Ingress with one rule per pod', 'confuses Ingress with DNS identity'],
      ['An ExternalName Service', 'confuses aliasing with pod records'],
      ['A ClusterIP Service', 'thinks a Service with a virtual IP gives pod names'],
      ['A PersistentVolumeClaim for each pod', 'confuses stable storage with stable names'],
    ],
  }),
  rule('daemonset-update-strategy-default', {
    source: `${DS} and kubernetes.io/docs/tasks/manage-daemon/update-daemon-set/ (DaemonSet update strategies: RollingUpdate is the default; OnDelete replaces a pod only when it is deleted)`,
    answer: 'rollingupdate',
    stem: (rng) =>
      `${Client(rng)}’s log-agent DaemonSet sets no updateStrategy. What happens to its pods when its image changes?`,
    keys: ['They are replaced node by node', 'A rolling update replaces them'],
    wrong: [
      ['Nothing until each old pod is deleted by hand', 'thinks OnDelete is the default'],
      ['Every pod is deleted at once, then re-created', 'confuses it with Recreate'],
      ['The nodes are drained and rebooted', 'confuses it with a node upgrade'],
      [
        'A new DaemonSet is created beside the old one and the old one is deleted later',
        'thinks updates clone the DaemonSet',
      ],
      ['Nothing, ever', 'thinks DaemonSets never update'],
    ],
  }),
]

/** The pods from ordinal `a` to ordinal `b`, in that order, as a termination sequence. */
const stsOrder = (f: F, a: number, b: number): string => {
  const step = a <= b ? 1 : -1
  const names: string[] = []
  for (let i = a; i !== b + step; i += step) names.push(`${f.name}-${i}`)
  return `${names.slice(0, -1).join(', ')}, then ${names.at(-1)}`
}
const span = (f: F, downU: (x: number) => number, upS: (x: number) => number): string =>
  `${n(f.r) - downU(pct(n(f.r), 25))} available, ${n(f.r) + upS(pct(n(f.r), 25))} in total`
const target = (f: F): number => (f.to === null ? n(f.last) - 1 : n(f.to))
const undo = (f: F, rev: number, num: number): string =>
  `${(f.images as string[])[rev - 1]} as revision ${num}`
