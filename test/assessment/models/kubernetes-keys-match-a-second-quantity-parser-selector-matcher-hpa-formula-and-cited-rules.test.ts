import { expect, it } from 'vitest'
import {
  K8S_CONFIG_FAMILIES,
  K8S_DEPLOY_FAMILIES,
  K8S_NETWORK_FAMILIES,
  K8S_RESOURCE_FAMILIES,
  K8S_SCALING_FAMILIES,
} from '../../../src/assessment/models/k8s/k8s-models.js'
import type { K8sScenario } from '../../../src/assessment/models/k8s/k8s-text.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...K8S_RESOURCE_FAMILIES,
  ...K8S_DEPLOY_FAMILIES,
  ...K8S_NETWORK_FAMILIES,
  ...K8S_CONFIG_FAMILIES,
  ...K8S_SCALING_FAMILIES,
]
const DRAWS = 30

type F = Record<string, unknown>
const n = (v: unknown): number => v as number
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

// ---- A second implementation of the documented arithmetic, written apart from the models.

/**
 * Quantities by their suffix's power (Resource Management for Pods and Containers, "Meaning of
 * CPU" and "Meaning of memory"): decimal suffixes are powers of 1000, binary ones of 1024,
 * and a lowercase m is a thousandth. Returned in thousandths, so CPU comes out in millicores.
 */
function thousandths(q: string): number {
  const units: [string, number][] = [
    ['Gi', 1024 ** 3 * 1000],
    ['Mi', 1024 ** 2 * 1000],
    ['Ki', 1024 * 1000],
    ['G', 1e12],
    ['M', 1e9],
    ['k', 1e6],
    ['m', 1],
  ]
  for (const [suffix, scale] of units) {
    if (q.endsWith(suffix)) return Number(q.slice(0, -suffix.length)) * scale
  }
  return Number(q) * 1000
}
const miB = (q: string) => thousandths(q) / 1000 / 1048576
const dec1 = (x: number) => (Math.round(x * 10) / 10).toFixed(1)

/** The rolling-update bounds (Deployments, "Max Surge" rounds up, "Max Unavailable" rounds down). */
const surgePods = (r: number, p: number) => Math.ceil((r * p) / 100 - 1e-9)
const unavailablePods = (r: number, p: number) => Math.floor((r * p) / 100 + 1e-9)

/** The autoscaler's formula (Horizontal Pod Autoscaling, "Algorithm details"). */
function desired(cur: number, metric: number, target: number, lo: number, hi: number): number {
  const ratio = metric / target
  let want = cur
  if (ratio > 1.1 || ratio < 0.9) want = Math.ceil(cur * ratio)
  return Math.max(lo, Math.min(hi, want))
}

/** kubectl -l text parsed into tests on a label map (Labels and Selectors). */
function parseSelector(text: string): ((labels: Map<string, string>) => boolean)[] {
  const parts: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of text) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      parts.push(cur.trim())
      cur = ''
    } else cur += ch
  }
  parts.push(cur.trim())
  return parts.map((p) => {
    let m = /^(\S+) (in|notin) \((.*)\)$/.exec(p)
    if (m) {
      const key = m[1]!
      const values = m[3]!.split(',').map((v) => v.trim())
      return m[2] === 'in'
        ? (l) => l.has(key) && values.includes(l.get(key)!)
        : (l) => !l.has(key) || !values.includes(l.get(key)!)
    }
    m = /^([^!=]+)(!=|==|=)(.+)$/.exec(p)
    if (m) {
      const [key, op, value] = [m[1]!, m[2]!, m[3]!]
      return op === '!=' ? (l) => l.get(key) !== value : (l) => l.get(key) === value
    }
    if (p.startsWith('!')) return (l) => !l.has(p.slice(1))
    return (l) => l.has(p)
  })
}
/** The pods a selector family lists in its stem, read back from the stem's text. */
function podsInStem(stem: string): Map<string, string>[] {
  const list = stem.slice(stem.indexOf(':') + 1, stem.indexOf('. How many'))
  return list.split('; ').map((entry) => {
    const inner = /\{(.*)\}/.exec(entry)![1]!
    const labels = new Map<string, string>()
    if (inner !== 'no labels')
      for (const kv of inner.split(',')) {
        const [k, v] = kv.split('=')
        labels.set(k!, v!)
      }
    return labels
  })
}
const selectorInStem = (stem: string) => /-l '?([^']*?)'? list\?$/.exec(stem)![1]!

/** Base64 by hand (RFC 4648, section 4), for the Secret data family. */
function base64(text: string): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const bytes = [...new TextEncoder().encode(text)]
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]]
    const word = (a << 16) | ((b ?? 0) << 8) | (c ?? 0)
    out += abc[(word >> 18) & 63]! + abc[(word >> 12) & 63]!
    out += b === undefined ? '=' : abc[(word >> 6) & 63]!
    out += c === undefined ? '=' : abc[word & 63]!
  }
  return out
}

type Res = { rc?: number; rm?: number; lc?: number; lm?: number }
/** Pod QoS classes (Pod Quality of Service Classes). */
function qosClass(cs: readonly Res[]): string {
  const none = cs.every(
    (c) => c.rc === undefined && c.rm === undefined && c.lc === undefined && c.lm === undefined,
  )
  if (none) return 'BestEffort'
  const guaranteed = cs.every(
    (c) =>
      c.lc !== undefined &&
      c.lm !== undefined &&
      (c.rc === undefined || c.rc === c.lc) &&
      (c.rm === undefined || c.rm === c.lm),
  )
  return guaranteed ? 'Guaranteed' : 'Burstable'
}

type Peer = { pod?: Record<string, string>; nsSel?: Record<string, string> }
type Source = {
  ns: string
  nsLabels: Record<string, string>
  labels: Record<string, string>
  pods: number
}
const sub = (have: Record<string, string>, want: Record<string, string>) =>
  Object.keys(want).every((k) => have[k] === want[k])
/** NetworkPolicy peers ("Behavior of to and from selectors"). */
function peerAllows(p: Peer, s: Source, home: string, how: 'doc' | 'or' | 'anyns'): boolean {
  if (p.pod && p.nsSel)
    return how === 'or'
      ? sub(s.labels, p.pod) || sub(s.nsLabels, p.nsSel)
      : sub(s.labels, p.pod) && sub(s.nsLabels, p.nsSel)
  if (p.nsSel) return sub(s.nsLabels, p.nsSel)
  return sub(s.labels, p.pod ?? {}) && (how === 'anyns' || s.ns === home)
}
const podSum = (f: F, keep: (s: Source) => boolean) =>
  String(sum((f.sources as Source[]).filter(keep).map((s) => s.pods)))
const lets = (f: F, s: Source, how: 'doc' | 'or' | 'anyns' = 'doc', peers = f.peers as Peer[]) =>
  peers.some((p) => peerAllows(p, s, String(f.home), how))
const netCount = (f: F, how: 'doc' | 'or' | 'anyns', every = false) =>
  podSum(f, (s) =>
    every
      ? (f.peers as Peer[]).every((p) => peerAllows(p, s, String(f.home), how))
      : lets(f, s, how),
  )

type PodRow = { labels: Record<string, string>; ready: boolean }
const rows = (f: F) => f.pods as PodRow[]
const selOf = (f: F) => f.selector as Record<string, string>
const countRows = (f: F, p: (r: PodRow) => boolean) => String(rows(f).filter(p).length)

type NodeRow = { name: string; freeC: number; freeM: number; use: number }
const nodeName = (f: F, p: (x: NodeRow) => boolean) => (f.nodes as NodeRow[]).find(p)?.name ?? '?'

const appCpu = (f: F) => thousandths(String(f.whole)) + n(f.small) + n(f.sidecar)
const podCpu = (f: F) => Math.max(appCpu(f), n(f.init))
const nodeRoom = (f: F) =>
  n(f.capGi) * 1024 - n(f.kube) - n(f.sys) - n(f.evict) - sum(f.reqs as number[])
const quotaLeft = (f: F) => thousandths(String(f.q)) - n(f.used)
const fitsCpu = (f: F) => Math.floor(n(f.a) / n(f.c))
const fitsMem = (f: F, mi = 1024) => Math.floor((n(f.g) * mi) / n(f.m))
const hpaRaw = (f: F) => Math.ceil((n(f.c) * n(f.m)) / n(f.t))
const undoTarget = (f: F) => (f.to === null ? n(f.last) - 1 : n(f.to))
const undoText = (f: F, rev: number, num: number) =>
  `${(f.images as string[])[rev - 1]} as revision ${num}`
/** StatefulSet pods by ordinal from `first` to `last`, written as the order they stop in. */
const podSequence = (f: F, first: number, last: number): string => {
  const ords =
    first > last
      ? Array.from({ length: first - last + 1 }, (_, i) => first - i)
      : Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const names = ords.map((o) => `${f.name}-${o}`)
  return `${names.slice(0, -1).join(', ')}, then ${names[names.length - 1]}`
}
const rollSpan = (f: F, u: (x: number) => number, s: (x: number) => number) =>
  `${n(f.r) - u(n(f.r) / 4)} available, ${n(f.r) + s(n(f.r) / 4)} in total`
const portOf = (f: F) => (f.ask === 'listen' ? f.target : f.ask === 'incluster' ? f.port : f.node)

/** Each computed kind's key, worked out again. */
const KEYS: Record<string, (f: F, s: K8sScenario) => string> = {
  'cpu-total': (f) => `${podCpu(f)}m`,
  'init-effective': (f) => `${Math.max(n(f.a1) + n(f.a2), n(f.i1), n(f.i2))}Mi`,
  'mib-total': (f) => dec1(miB(`${f.gi}Gi`) + miB(`${f.mdec}M`)),
  qos: (f) => qosClass(f.containers as Res[]),
  'node-room': (f) => `${nodeRoom(f)}Mi`,
  fit: (f) => nodeName(f, (x) => x.freeC >= n(f.c) && x.freeM >= n(f.m)),
  quota: (f) => String(Math.floor(quotaLeft(f) / n(f.r))),
  'per-node': (f) => String(Math.min(fitsCpu(f), fitsMem(f))),
  'limit-only': (f) => `cpu ${f.lc}m, memory ${f.lm}Mi`,
  'rolling-most': (f) => String(n(f.r) + surgePods(n(f.r), n(f.s))),
  'rolling-least': (f) => String(n(f.r) - unavailablePods(n(f.r), n(f.u))),
  'rolling-default': (f) => rollSpan(f, Math.floor, Math.ceil),
  undo: (f) => undoText(f, undoTarget(f), n(f.last) + 1),
  'rs-count': (f) => String(Math.min(n(f.updates), n(f.limit)) + 1),
  sts: (f) => podSequence(f, n(f.from) - 1, n(f.to)),
  ds: (f) => String(n(f.nodes) - n(f.tainted)),
  job: (f) => String(Math.ceil(n(f.c) / n(f.p)) * n(f.t)),
  endpoints: (f) => countRows(f, (r) => r.ready && sub(r.labels, selOf(f))),
  ports: (f) => String(portOf(f)),
  dns: (f) => [f.svc, f.ns, 'svc', 'cluster', 'local'].join('.'),
  'dns-short': (f) => [f.svc, f.to].join('.'),
  'sts-dns': (f) => [`${f.sts}-${f.ord}`, f.svc, f.ns, 'svc', 'cluster', 'local'].join('.'),
  netpol: (f) => netCount(f, 'doc'),
  b64: (f) => base64(String(f.value)),
  'env-prec': (f) => String(f.envValue),
  'probe-start': (f) => String(n(f.t) * n(f.p)),
  'probe-ready': (f) => String(n(f.t) * n(f.p)),
  hpa: (f) => String(desired(n(f.c), n(f.m), n(f.t), n(f.min), n(f.max))),
  'hpa-tol': (f) => String(desired(n(f.c), n(f.m), n(f.t), n(f.min), n(f.max))),
  'hpa-max': (f) => String(desired(n(f.c), n(f.m), n(f.t), n(f.min), n(f.max))),
  'hpa-multi': (f) =>
    String(
      Math.max(
        desired(n(f.c), n(f.cpuM), n(f.cpuT), 1, 30),
        desired(n(f.c), n(f.rpsM), n(f.rpsT), 1, 30),
      ),
    ),
  'hpa-avg': (f) => String(Math.ceil((n(f.c) * n(f.per)) / n(f.target))),
  backoff: (f) => String(Math.min(300, 10 * 2 ** (n(f.k) - 1))),
  selector: (_f, s) => {
    const tests = parseSelector(selectorInStem(s.stem))
    return String(podsInStem(s.stem).filter((l) => tests.every((t) => t(l))).length)
  },
}

// ---- Each distractor worked again as its named mistake.

type Mistake = (f: F, s: K8sScenario) => string
const hpaMistakes = (f: F): Record<string, string> => ({
  'rounds the result down': String(Math.floor((n(f.c) * n(f.m)) / n(f.t))),
  'adds the computed count to the current replicas': String(n(f.c) + KEY(f, 'hpa')),
  'ignores the current replica count': String(Math.ceil(n(f.m) / n(f.t))),
  'jumps to maxReplicas when over target': String(f.max),
  'applies the ratio twice': String(Math.ceil((n(f.c) * n(f.m) * n(f.m)) / (n(f.t) * n(f.t)))),
  'divides the target by the metric': String(Math.ceil((n(f.c) * n(f.t)) / n(f.m))),
})
const KEY = (f: F, kind: string) => Number(KEYS[kind]!(f, {} as K8sScenario))
const selectorCount = (s: K8sScenario, change: (sel: string) => string) => {
  const tests = parseSelector(change(selectorInStem(s.stem)))
  return String(podsInStem(s.stem).filter((l) => tests.every((t) => t(l))).length)
}
const selParts = (sel: string) => sel.split(/,(?![^(]*\))/)
const MISTAKES: Record<string, Record<string, Mistake>> = {
  'cpu-total': {
    'adds the limits instead of the requests': (f) => `${appCpu(f) + 3 * n(f.limitAdd)}m`,
    'leaves out the log sidecar container': (f) => `${appCpu(f) - n(f.sidecar)}m`,
    'adds the init container to the app containers': (f) => `${appCpu(f) + n(f.init)}m`,
    'leaves out the container written in cores': (f) => `${n(f.small) + n(f.sidecar)}m`,
    'adds the requests and the limits': (f) => `${2 * appCpu(f) + 3 * n(f.limitAdd)}m`,
    'takes the largest app container only': (f) =>
      `${Math.max(thousandths(String(f.whole)), n(f.small), n(f.sidecar))}m`,
  },
  'init-effective': {
    'adds every init and app container’s request': (f) =>
      `${n(f.a1) + n(f.a2) + n(f.i1) + n(f.i2)}Mi`,
    'ignores the init containers': (f) => `${n(f.a1) + n(f.a2)}Mi`,
    'takes the largest single container': (f) =>
      `${Math.max(n(f.a1), n(f.a2), n(f.i1), n(f.i2))}Mi`,
    'adds the largest init container to the app containers': (f) =>
      `${n(f.a1) + n(f.a2) + Math.max(n(f.i1), n(f.i2))}Mi`,
    'uses the last init container only': (f) => `${f.i2}Mi`,
    'adds the last init container to the app containers': (f) => `${n(f.a1) + n(f.a2) + n(f.i2)}Mi`,
    'uses the first app container only': (f) => `${f.a1}Mi`,
    'adds the init containers together': (f) => `${n(f.i1) + n(f.i2)}Mi`,
  },
  'mib-total': {
    'reads M as Mi': (f) => dec1(n(f.gi) * 1024 + n(f.mdec)),
    'adds the figures as written, ignoring the units': (f) => dec1(n(f.gi) + n(f.mdec)),
    'reads Gi as 1000 MiB': (f) => dec1(n(f.gi) * 1000 + miB(`${f.mdec}M`)),
    'reads both suffixes as decimal units': (f) => dec1(n(f.gi) * 1000 + n(f.mdec)),
    'converts M to MiB the wrong way': (f) => dec1(n(f.gi) * 1024 + (n(f.mdec) * 1048576) / 1e6),
  },
  qos: {
    'misjudges which containers meet the Guaranteed rule': (f) =>
      qosClass(f.containers as Res[]) === 'Guaranteed' ? 'Burstable' : 'Guaranteed',
    'misapplies the BestEffort rule': (f) =>
      qosClass(f.containers as Res[]) === 'BestEffort' ? 'Burstable' : 'BestEffort',
    'thinks the class is assigned per container, not per pod': () =>
      'Per container: see each status',
    'thinks a class is set only once the pod is scheduled': () => 'None until scheduled on a node',
  },
  'node-room': {
    'forgets the eviction threshold': (f) => `${nodeRoom(f) + n(f.evict)}Mi`,
    'forgets kube-reserved': (f) => `${nodeRoom(f) + n(f.kube)}Mi`,
    'subtracts the running pods’ limits, not requests': (f) => `${nodeRoom(f) - 2 * n(f.extra)}Mi`,
    'subtracts the reservations twice': (f) =>
      `${nodeRoom(f) - n(f.kube) - n(f.sys) - n(f.evict)}Mi`,
    'takes the capacity as allocatable': (f) => `${n(f.capGi) * 1024 - sum(f.reqs as number[])}Mi`,
    'subtracts both the requests and the limits': (f) =>
      `${nodeRoom(f) - sum(f.reqs as number[]) - 2 * n(f.extra)}Mi`,
  },
  fit: {
    'checks only CPU': (f) => nodeName(f, (x) => x.freeC >= n(f.c) && x.freeM < n(f.m)),
    'checks only memory': (f) => nodeName(f, (x) => x.freeM >= n(f.m) && x.freeC < n(f.c)),
    'picks the node with the lowest live usage': (f) =>
      [...(f.nodes as NodeRow[])].sort((a, b) => a.use - b.use)[0]!.name,
  },
  quota: {
    'ignores the CPU already requested': (f) =>
      String(Math.floor(thousandths(String(f.q)) / n(f.r))),
    'rounds the division up': (f) => String(Math.ceil(quotaLeft(f) / n(f.r))),
    'divides by the limit instead of the request': (f) => String(Math.floor(quotaLeft(f) / n(f.l))),
    'subtracts the CPU already requested twice': (f) =>
      String(Math.floor((quotaLeft(f) - n(f.used)) / n(f.r))),
    'charges each pod its request plus its limit': (f) =>
      String(Math.floor(quotaLeft(f) / (n(f.r) + n(f.l)))),
  },
  'per-node': {
    'checks only CPU': (f) => String(fitsCpu(f)),
    'checks only memory': (f) => String(fitsMem(f)),
    'rounds each division up': (f) =>
      String(Math.min(Math.ceil(n(f.a) / n(f.c)), Math.ceil((n(f.g) * 1024) / n(f.m)))),
    'reads Gi as 1000 Mi': (f) => String(Math.min(fitsCpu(f), fitsMem(f, 1000))),
    'places one replica per whole core': (f) => String(Math.trunc(n(f.a) / 1000)),
    'gives the kubelet’s default limit of 110 pods per node': () => '110',
    'rounds the memory request up to whole Gi': (f) =>
      String(Math.min(fitsCpu(f), Math.floor(n(f.g) / Math.ceil(n(f.m) / 1024)))),
    'truncates the allocatable CPU to whole cores': (f) =>
      String(Math.min(Math.floor((1000 * Math.trunc(n(f.a) / 1000)) / n(f.c)), fitsMem(f))),
    'takes whichever resource fits more pods': (f) => String(Math.max(fitsCpu(f), fitsMem(f))),
  },
  'limit-only': {
    'reads no requests as zero requests': () => 'cpu 0m, memory 0Mi',
    'assumes requests default to half the limits': (f) =>
      `cpu ${n(f.lc) / 2}m, memory ${n(f.lm) / 2}Mi`,
    'copies only the CPU limit to a request': (f) => `cpu ${f.lc}m, memory 0Mi`,
    'assumes a default of one core and 1Gi': () => 'cpu 1000m, memory 1024Mi',
  },
  'rolling-most': {
    'rounds the surge percentage down': (f) => String(n(f.r) + Math.floor((n(f.r) * n(f.s)) / 100)),
    'adds maxUnavailable to the surge as well': (f) =>
      String(n(f.r) + surgePods(n(f.r), n(f.s)) + unavailablePods(n(f.r), n(f.u))),
    'gives the surge pods alone': (f) => String(surgePods(n(f.r), n(f.s))),
    'gives the replica count alone': (f) => String(f.r),
    'adds both percentages, each rounded up': (f) =>
      String(n(f.r) + surgePods(n(f.r), n(f.s)) + Math.ceil((n(f.r) * n(f.u)) / 100)),
  },
  'rolling-least': {
    'rounds the unavailable percentage up': (f) =>
      String(n(f.r) - Math.ceil((n(f.r) * n(f.u)) / 100)),
    'ignores maxUnavailable and keeps every replica': (f) => String(f.r),
    'subtracts the surge instead of the unavailable': (f) =>
      String(n(f.r) - surgePods(n(f.r), n(f.s))),
    'subtracts both the surge and the unavailable pods': (f) =>
      String(n(f.r) - unavailablePods(n(f.r), n(f.u)) - surgePods(n(f.r), n(f.s))),
    'reads maxUnavailable as the share kept available': (f) =>
      String(Math.ceil((n(f.r) * n(f.u)) / 100)),
    'adds maxUnavailable to the replicas': (f) => String(n(f.r) + unavailablePods(n(f.r), n(f.u))),
    'counts the surge pods as available too': (f) =>
      String(n(f.r) - unavailablePods(n(f.r), n(f.u)) + surgePods(n(f.r), n(f.s))),
  },
  'rolling-default': {
    'rounds both percentages down': (f) => rollSpan(f, Math.floor, Math.floor),
    'rounds both percentages up': (f) => rollSpan(f, Math.ceil, Math.ceil),
    'swaps the rounding of surge and unavailable': (f) => rollSpan(f, Math.ceil, Math.floor),
    'takes the defaults as one pod each': (f) => `${n(f.r) - 1} available, ${n(f.r) + 1} in total`,
  },
  undo: {
    'thinks the old revision keeps its number': (f) => undoText(f, undoTarget(f), undoTarget(f)),
    'thinks undo always returns to revision 1': (f) => undoText(f, 1, n(f.last) + 1),
    'thinks undo re-applies the live template': (f) => undoText(f, n(f.last), n(f.last) + 1),
    'steps back one revision further than asked': (f) =>
      undoText(f, undoTarget(f) - 1, n(f.last) + 1),
  },
  'rs-count': {
    'forgets the current ReplicaSet': (f) => String(f.limit),
    'ignores the history limit': (f) => String(n(f.updates) + 1),
    'counts only the template changes': (f) => String(f.updates),
    'uses the default limit of 10': (f) => String(Math.min(n(f.updates), 10) + 1),
    'thinks old ReplicaSets are deleted after a rollout': () => '1',
    'thinks only the new and the previous ReplicaSet remain': () => '2',
  },
  sts: {
    'removes the surplus pods in ascending order': (f) => podSequence(f, n(f.to), n(f.from) - 1),
    'thinks the oldest pods go first': (f) => podSequence(f, 0, n(f.from) - n(f.to) - 1),
    'numbers the pods from 1': (f) => podSequence(f, n(f.from), n(f.to) + 1),
    'numbers the pods from 1 and removes them in ascending order': (f) =>
      podSequence(f, n(f.to) + 1, n(f.from)),
    'thinks the oldest pods go first, numbered from 1': (f) =>
      podSequence(f, 1, n(f.from) - n(f.to)),
  },
  ds: {
    'ignores the taints': (f) => String(f.nodes),
    'thinks cordoned nodes get no DaemonSet pod': (f) =>
      String(n(f.nodes) - n(f.tainted) - n(f.cordoned)),
    'skips the cordoned nodes but ignores the taints': (f) => String(n(f.nodes) - n(f.cordoned)),
    'thinks a DaemonSet runs only on tainted nodes': (f) => String(f.tainted),
  },
  job: {
    'runs the pods one at a time': (f) => String(n(f.c) * n(f.t)),
    'divides without rounding the waves up': (f) => String(Math.floor((n(f.c) * n(f.t)) / n(f.p))),
    'thinks parallelism runs every completion at once': (f) => String(f.t),
    'rounds the number of waves down': (f) => String(Math.floor(n(f.c) / n(f.p)) * n(f.t)),
    'multiplies parallelism by the pod duration': (f) => String(n(f.p) * n(f.t)),
    'counts the partial last wave twice': (f) => String((Math.floor(n(f.c) / n(f.p)) + 2) * n(f.t)),
    'counts one wave per completion past the first': (f) => String((n(f.c) - 1) * n(f.t)),
  },
  endpoints: {
    'matches a pod carrying any one selector label': (f) =>
      countRows(
        f,
        (r) => r.ready && Object.keys(selOf(f)).some((k) => r.labels[k] === selOf(f)[k]),
      ),
    'counts pods that are not Ready too': (f) => countRows(f, (r) => sub(r.labels, selOf(f))),
    'needs the pod’s labels to equal the selector exactly': (f) =>
      countRows(f, (r) => r.ready && sub(r.labels, selOf(f)) && sub(selOf(f), r.labels)),
    'matches on the app label alone': (f) =>
      countRows(f, (r) => r.ready && r.labels.app === selOf(f).app),
    'matches on the tier label alone': (f) =>
      countRows(f, (r) => r.ready && r.labels.tier === selOf(f).tier),
    'thinks a Service sends to one pod only': () => '1',
    'counts the Ready pods the selector leaves out': (f) =>
      countRows(f, (r) => r.ready && !sub(r.labels, selOf(f))),
    'reads Ready the wrong way round': (f) =>
      countRows(f, (r) => !r.ready && sub(r.labels, selOf(f))),
    'leaves out the canary pods as well': (f) =>
      countRows(f, (r) => r.ready && sub(r.labels, selOf(f)) && r.labels.track !== 'canary'),
  },
  ports: {
    'answers with the Service port field': (f) => String(f.port),
    'answers with the targetPort field': (f) => String(f.target),
    'answers with the nodePort field': (f) => String(f.node),
    'takes the metrics containerPort of the pod': (f) => String(f.metrics),
  },
  dns: {
    'puts svc before the namespace': (f) => `${f.svc}.svc.${f.ns}.cluster.local`,
    'puts the namespace before the Service': (f) => `${f.ns}.${f.svc}.svc.cluster.local`,
    'leaves out the svc label': (f) => `${f.svc}.${f.ns}.cluster.local`,
    'uses pod in place of svc': (f) => `${f.svc}.${f.ns}.pod.cluster.local`,
  },
  'dns-short': {
    'thinks a bare name finds a Service in any namespace': (f) => String(f.svc),
    'puts the namespace before the Service': (f) => `${f.to}.${f.svc}`,
    'qualifies with the caller’s own namespace': (f) => `${f.svc}.${f.from}`,
    'adds svc without the namespace': (f) => `${f.svc}.svc`,
  },
  'sts-dns': {
    'puts the Service before the pod name': (f) =>
      `${f.svc}.${f.sts}-${f.ord}.${f.ns}.svc.cluster.local`,
    'leaves out the governing Service': (f) => `${f.sts}-${f.ord}.${f.ns}.svc.cluster.local`,
    'uses pod in place of svc': (f) => `${f.sts}-${f.ord}.${f.svc}.${f.ns}.pod.cluster.local`,
    'names the pod after the Service': (f) =>
      `${f.svc}-${f.ord}.${f.sts}.${f.ns}.svc.cluster.local`,
  },
  netpol: {
    'reads the selectors of one element as either/or': (f) => netCount(f, 'or'),
    'lets a podSelector alone match every namespace': (f) => netCount(f, 'anyns'),
    'thinks the policy blocks every source': () => '0',
    'requires a source to match every element of the list': (f) => netCount(f, 'doc', true),
    'thinks a policy only restricts other namespaces': (f) =>
      podSum(f, (s) => s.ns === f.home || lets(f, s)),
    'admits only the policy’s own namespace': (f) =>
      podSum(f, (s) => s.ns === f.home && lets(f, s)),
    'ignores the podSelector': (f) =>
      podSum(f, (s) =>
        lets(
          f,
          s,
          'doc',
          (f.peers as Peer[]).map((p) => ({ nsSel: p.nsSel })),
        ),
      ),
  },
  b64: {
    'encodes the newline that echo adds': (f) => base64(`${f.value}\n`),
    'writes the value in hex, not base64': (f) =>
      [...new TextEncoder().encode(String(f.value))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join(''),
    'encodes the value twice': (f) => base64(base64(String(f.value))),
    'leaves out the base64 padding': (f) => base64(String(f.value)).replace(/=+$/, ''),
  },
  'env-prec': {
    'thinks the first envFrom source wins': (f) =>
      String(f.secretFirst ? f.secretValue : f.cmValue),
    'thinks envFrom overrides env': (f) => String(f.secretFirst ? f.cmValue : f.secretValue),
    'thinks a Secret always beats a ConfigMap': (f) => String(f.secretValue),
    'thinks a duplicate key stops the pod': () => 'none: the pod fails',
  },
  'probe-start': {
    'multiplies the timeout by the threshold': (f) => String(n(f.t) * n(f.to)),
    'counts one more probe after the last failure': (f) => String((n(f.t) + 1) * n(f.p)),
    'adds the timeout to every period': (f) => String(n(f.t) * (n(f.p) + n(f.to))),
    'uses the liveness probe’s figures': (f) => String(n(f.lt) * n(f.lp)),
    'adds the liveness budget after the startup one': (f) =>
      String(n(f.t) * n(f.p) + n(f.lt) * n(f.lp)),
    'assumes the default period of 10 seconds': (f) => String(n(f.t) * 10),
  },
  'probe-ready': {
    'thinks one failed probe removes the pod': (f) => String(f.p),
    'multiplies the timeout by the threshold': (f) => String(n(f.t) * n(f.to)),
    'waits one period more than the threshold': (f) => String((n(f.t) + 1) * n(f.p)),
    'counts the failures from the first failed probe': (f) => String((n(f.t) - 1) * n(f.p)),
    'adds the initial delay again': (f) => String(n(f.d) + n(f.t) * n(f.p)),
    'adds the timeout to every period': (f) => String(n(f.t) * (n(f.p) + n(f.to))),
  },
  hpa: Object.fromEntries(
    Object.keys(hpaMistakes({ c: 1, m: 1, t: 1, min: 1, max: 1 })).map((k) => [
      k,
      (f: F) => hpaMistakes(f)[k]!,
    ]),
  ),
  'hpa-tol': {
    'ignores the 10 % tolerance': (f) => String(hpaRaw(f)),
    'falls back to minReplicas near the target': (f) => String(f.min),
    'jumps to maxReplicas when not at target': (f) => String(f.max),
    'scales by one replica towards the target': (f) => String(n(f.c) + Math.sign(n(f.m) - n(f.t))),
  },
  'hpa-max': {
    'forgets maxReplicas caps the result': (f) => String(hpaRaw(f)),
    'thinks it holds still above its maximum': (f) => String(f.c),
    'clamps to minReplicas instead': (f) => String(f.min),
    'doubles the replicas at most per step': (f) => String(Math.min(2 * n(f.c), hpaRaw(f))),
    'reads maxReplicas as the most replicas added at once': (f) => String(n(f.c) + n(f.max)),
    'forgets the cap and rounds down': (f) => String(Math.floor((n(f.c) * n(f.m)) / n(f.t))),
    'divides the utilisation by 100 % instead of the target': (f) =>
      String(Math.ceil((n(f.c) * n(f.m)) / 100)),
  },
  'hpa-multi': {
    'thinks two metrics cancel out and holds still': (f) => String(f.c),
    'takes the smaller of the two proposals': (f) => String(Math.min(n(f.a), n(f.b))),
    'adds the two proposals': (f) => String(n(f.a) + n(f.b)),
    'uses the first metric listed only': (f) => String(Math.ceil((n(f.c) * n(f.cpuM)) / n(f.cpuT))),
    'adds the larger proposal to the current replicas': (f) => String(n(f.c) + KEY(f, 'hpa-multi')),
    'averages the two proposals, rounding down': (f) => String(Math.floor((n(f.a) + n(f.b)) / 2)),
    'adds the two metrics’ ratios before scaling': (f) =>
      String(Math.ceil(n(f.c) * (n(f.cpuM) / n(f.cpuT) + n(f.rpsM) / n(f.rpsT)))),
    'applies both ratios one after the other': (f) =>
      String(Math.ceil((n(f.c) * n(f.cpuM) * n(f.rpsM)) / (n(f.cpuT) * n(f.rpsT)))),
  },
  'hpa-avg': {
    'rounds the result down': (f) => String(Math.floor((n(f.c) * n(f.per)) / n(f.target))),
    'divides one pod’s usage by the target': (f) => String(Math.ceil(n(f.per) / n(f.target))),
    'multiplies the total usage by the replicas again': (f) =>
      String(Math.ceil((n(f.c) ** 2 * n(f.per)) / n(f.target))),
    'adds the computed count to the current replicas': (f) =>
      String(n(f.c) + Math.ceil((n(f.c) * n(f.per)) / n(f.target))),
  },
  backoff: {
    'forgets the five-minute cap': (f) => String(10 * 2 ** (n(f.k) - 1)),
    'adds 10 seconds per restart': (f) => String(10 * n(f.k)),
    'caps the delay at one minute': (f) => String(Math.min(60, 10 * 2 ** (n(f.k) - 1))),
    'starts the doubling at 20 seconds': (f) => String(Math.min(300, 20 * 2 ** (n(f.k) - 1))),
    'counts the first start as a restart': (f) => String(Math.min(300, 5 * 2 ** (n(f.k) - 1))),
    'triples the delay each time': (f) => String(Math.min(300, 10 * 3 ** (n(f.k) - 1))),
    'waits the five-minute cap from the start': () => '300',
    'thinks the delay stays at 10 seconds': () => '10',
    'gives the total waited over all restarts so far': (f) =>
      String(sum(Array.from({ length: n(f.k) }, (_, i) => 10 * 2 ** i))),
  },
  selector: {
    'thinks notin excludes pods without the key': (_f, s) =>
      selectorCount(s, (sel) =>
        selParts(sel)
          .flatMap((p) => (/ notin /.test(p) ? [p, p.split(' ')[0]!] : [p]))
          .join(','),
      ),
    'thinks the not-equal test excludes pods without the key': (_f, s) =>
      selectorCount(s, (sel) =>
        selParts(sel)
          .flatMap((p) => (p.includes('!=') ? [p, p.split('!=')[0]!] : [p]))
          .join(','),
      ),
    'reads the commas as OR': (_f, s) => orCount(s),
    'reads the comma as OR': (_f, s) => orCount(s),
    'ignores the notin requirement': (_f, s) =>
      selectorCount(s, (sel) =>
        selParts(sel)
          .filter((p) => !/ notin /.test(p))
          .join(','),
      ),
    'ignores the not-equal requirement': (_f, s) =>
      selectorCount(s, (sel) =>
        selParts(sel)
          .filter((p) => !p.includes('!='))
          .join(','),
      ),
    'counts only the first requirement': (_f, s) => selectorCount(s, (sel) => selParts(sel)[0]!),
    'counts only the not-equal requirement': (_f, s) =>
      selectorCount(s, (sel) =>
        selParts(sel)
          .filter((p) => p.includes('!='))
          .join(','),
      ),
    'counts the pods the selector leaves out': (_f, s) =>
      String(podsInStem(s.stem).length - Number(KEYS.selector!({}, s))),
    'reads notin as in': (_f, s) => selectorCount(s, (sel) => sel.replace(' notin ', ' in ')),
    'reads the !canary requirement as canary present': (_f, s) =>
      selectorCount(s, (sel) => sel.replace('!canary', 'canary')),
    'reads the not-equal test as equal': (_f, s) =>
      selectorCount(s, (sel) => sel.replace('!=', '=')),
  },
}
const orCount = (s: K8sScenario) => {
  const tests = parseSelector(selectorInStem(s.stem))
  return String(podsInStem(s.stem).filter((l) => tests.some((t) => t(l))).length)
}

// ---- The documented rule each rule family states, with the kubernetes.io page it comes from
// and a pattern every true wording must match and no distractor may.

const RULES: Record<string, readonly [answer: string, page: string, marker: RegExp]> = {
  'memory-over-limit-is-oom-killed': [
    'oomkilled',
    'concepts/configuration/manage-resources-containers/',
    /OOM/,
  ],
  'cpu-over-limit-is-throttled': [
    'throttled',
    'concepts/configuration/manage-resources-containers/',
    /throttled/,
  ],
  'lowercase-m-memory-is-millibytes': [
    'millibytes',
    'concepts/configuration/manage-resources-containers/',
    /0\.4 bytes|tenths of a byte/,
  ],
  'cpu-finer-than-1m-is-not-allowed': [
    '1m',
    'concepts/configuration/manage-resources-containers/',
    /^(1m|One millicore)/,
  ],
  'besteffort-evicted-first': [
    'besteffort',
    'concepts/scheduling-eviction/node-pressure-eviction/',
    /batch pod/,
  ],
  'scheduler-counts-requests-not-usage': [
    'requests',
    'concepts/configuration/manage-resources-containers/',
    /requests, not (live )?usage/i,
  ],
  'limitrange-defaults-apply-to-new-pods': [
    'admission-only',
    'concepts/policy/limit-range/',
    /^(Nothing; defaults apply when pods are created|They keep running unchanged)/,
  ],
  'quota-needs-requests-on-every-pod': [
    'rejected',
    'concepts/policy/resource-quotas/',
    /rejected: it must|refuses it for lacking/,
  ],
  'node-allocatable-formula': [
    'allocatable',
    'tasks/administer-cluster/reserve-compute-resources/',
    /^(The kube and system reservations and the eviction threshold|Reserved memory plus the hard eviction threshold)$/,
  ],
  'revision-history-limit-default': [
    '10',
    'concepts/workloads/controllers/deployment/',
    /^(10 old|Ten)/,
  ],
  'only-template-changes-trigger-a-rollout': [
    'template',
    'concepts/workloads/controllers/deployment/',
    /environment variable|spec\.template/,
  ],
  'recreate-strategy-has-downtime': [
    'recreate',
    'concepts/workloads/controllers/deployment/',
    /stop before any new|all stop, then new/,
  ],
  'progress-deadline-default': [
    '600',
    'concepts/workloads/controllers/deployment/',
    /^After (600 seconds|ten minutes) without progress$/,
  ],
  'min-ready-seconds-meaning': [
    'available-after-ready',
    'concepts/workloads/controllers/deployment/',
    /available 30 s after|ready 30 s before/,
  ],
  'deployment-selector-is-immutable': [
    'immutable',
    'concepts/workloads/controllers/deployment/',
    /immutable|are fixed/,
  ],
  'pod-template-hash-label': [
    'pod-template-hash',
    'concepts/workloads/controllers/deployment/',
    /ReplicaSets apart/,
  ],
  'job-backoff-limit-default': [
    '6',
    'concepts/workloads/controllers/job/',
    /^(6|Six) retries.*default/,
  ],
  'rollout-pause-batches-changes': [
    'pause',
    'concepts/workloads/controllers/deployment/',
    /^kubectl rollout pause deployment\/app$/,
  ],
  'statefulset-needs-a-headless-service': [
    'headless',
    'concepts/workloads/controllers/statefulset/',
    /^A (headless Service|Service with clusterIP: None)$/,
  ],
  'daemonset-update-strategy-default': [
    'rollingupdate',
    'concepts/workloads/controllers/daemonset/',
    /node by node|rolling update replaces/,
  ],
  'no-network-policy-allows-all': [
    'allow-all',
    'concepts/services-networking/network-policies/',
    /^Any traffic/,
  ],
  'default-deny-ingress-policy': [
    'deny-ingress',
    'concepts/services-networking/network-policies/',
    /^(Blocks all inbound traffic to the|Isolates every pod there)/,
  ],
  'egress-deny-blocks-dns': [
    'dns-53',
    'concepts/services-networking/network-policies/',
    /^Egress to .* port 53$/,
  ],
  'network-policies-are-additive': [
    'union',
    'concepts/services-networking/network-policies/',
    /role=web or role=cron|Either role/,
  ],
  'network-policy-needs-a-plugin': [
    'plugin',
    'concepts/services-networking/network-policies/',
    /plugin (ignores|does not implement)/,
  ],
  'node-port-range': [
    '30000-32767',
    'concepts/services-networking/service/',
    /^(It is rejected|Refused).*30000-32767$/,
  ],
  'target-port-defaults-to-port': [
    'same-as-port',
    'concepts/services-networking/service/',
    /value of port|same port/,
  ],
  'service-without-selector-has-no-endpoints': [
    'manual-endpoints',
    'concepts/services-networking/service/',
    /^(An EndpointSlice you create|Endpoints you add)/,
  ],
  'externalname-returns-a-cname': ['cname', 'concepts/services-networking/service/', /^A CNAME/],
  'ingress-needs-a-controller': [
    'controller',
    'concepts/services-networking/ingress/',
    /no Ingress controller|No Ingress controller/,
  ],
  'pod-dns-search-list': [
    'search-list',
    'concepts/services-networking/dns-pod-service/',
    /^<ns>\.svc\.cluster\.local,? svc\.cluster\.local,? cluster\.local$/,
  ],
  'session-affinity-client-ip': [
    'clientip',
    'concepts/services-networking/service/',
    /^(spec\.)?sessionAffinity: ClientIP$/,
  ],
  'env-from-configmap-is-not-updated': [
    'restart',
    'concepts/configuration/configmap/',
    /^(Only once the pods are restarted|Not until the containers are re-created)$/,
  ],
  'configmap-volume-is-updated-eventually': [
    'eventually',
    'concepts/configuration/configmap/',
    /after a delay, with no restart|updates the file in time/,
  ],
  'subpath-mount-is-not-updated': ['subpath', 'concepts/configuration/configmap/', /old content/],
  'secret-data-is-only-encoded': [
    'encoded',
    'concepts/configuration/secret/',
    /base64, which anyone|encoded, not encrypted/,
  ],
  'string-data-overrides-data': [
    'stringdata',
    'concepts/configuration/secret/',
    /^(deploy, from stringData|The stringData value, deploy)$/,
  ],
  'configmap-size-limit': [
    '1mib',
    'concepts/configuration/configmap/',
    /^(At most 1 MiB of data|The 1 MiB cap on its data)$/,
  ],
  'configmap-keys-become-files': [
    'file-per-key',
    'concepts/configuration/configmap/',
    /^(Two files|One file per key)/,
  ],
  'dollar-paren-expands-env-in-args': [
    'dollar-paren',
    'tasks/inject-data-application/define-command-argument-container/',
    /"(--port=)?\$\(PORT\)"/,
  ],
  'immutable-configmap-cannot-change': [
    'recreate-cm',
    'concepts/configuration/configmap/',
    /^(Delete and re-create it|Create a new ConfigMap)$/,
  ],
  'secret-must-be-in-the-pods-namespace': [
    'same-namespace',
    'concepts/configuration/secret/',
    /wrong namespace|must be local/,
  ],
  'missing-configmap-blocks-start': [
    'not-optional',
    'concepts/configuration/configmap/',
    /^(The container does not start|It waits, unable to start)$/,
  ],
  'startup-probe-holds-back-liveness': [
    'startup-first',
    'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    /startupProbe (has succeeded|first succeeds)/,
  ],
  'readiness-failure-does-not-restart': [
    'not-ready',
    'concepts/workloads/pods/pod-lifecycle/',
    /no Service traffic|no restart/,
  ],
  'probe-defaults': [
    '10-1-3',
    'tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    /^(Every 10 s, 1 s timeout, 3 failures|Period 10 s, timeout 1 s, threshold 3)$/,
  ],
  'termination-grace-period-default': [
    '30',
    'concepts/workloads/pods/pod-lifecycle/',
    /30 s(econds)?/,
  ],
  'env-reference-to-configmap-key': [
    'configmapkeyref',
    'reference/kubernetes-api/workload-resources/pod-v1/',
    /^valueFrom(: \{configMapKeyRef: \{name: db-settings, key: host\}\}|\.configMapKeyRef: name db-settings, key host)$/,
  ],
  'hpa-scale-down-stabilization-window': [
    '300',
    'tasks/run-application/horizontal-pod-autoscale/',
    /^(5 minutes|300 s)/,
  ],
  'hpa-utilization-needs-requests': [
    'requests',
    'tasks/run-application/horizontal-pod-autoscale/',
    /^(Utilization is a share of requests|It needs CPU requests to work)$/,
  ],
  'hpa-remove-replicas-from-manifest': [
    'remove-replicas',
    'tasks/run-application/horizontal-pod-autoscale/',
    /(Remove spec\.replicas|Leave replicas out)/,
  ],
  'kubectl-top-needs-metrics-server': [
    'metrics-server',
    'tasks/debug/debug-cluster/resource-metrics-pipeline/',
    /metrics-server/,
  ],
  'kubectl-logs-previous': [
    '--previous',
    'reference/kubectl/generated/kubectl_logs/',
    /^kubectl logs (--previous|-p) app-7d9f$/,
  ],
  'kubectl-set-image': [
    'set-image',
    'reference/kubectl/generated/kubectl_set/',
    /^kubectl set image deploy(ment)?\/shop web=shop:2\.1$/,
  ],
  'kubectl-rollout-restart': [
    'rollout-restart',
    'reference/kubectl/generated/kubectl_rollout/',
    /^kubectl rollout restart deploy(ment)?\/api$/,
  ],
  'kubectl-drain-ignores-daemonsets': [
    'ignore-daemonsets',
    'reference/kubectl/generated/kubectl_drain/',
    /^--ignore-daemonsets(=true)?$/,
  ],
  'kubectl-port-forward': [
    'port-forward',
    'reference/kubectl/generated/kubectl_port-forward/',
    /^kubectl port-forward (svc|service)\/admin 8080:80$/,
  ],
  'kubectl-label-overwrite': [
    'overwrite',
    'reference/kubectl/generated/kubectl_label/',
    /^kubectl label pod(\/| )app-1 tier=api --overwrite$/,
  ],
  'kubectl-exec-double-dash': [
    'exec-it',
    'reference/kubectl/generated/kubectl_exec/',
    /^kubectl exec -it (pod\/)?web-0 -- (\/bin\/)?sh$/,
  ],
  'kubectl-auth-can-i': [
    'can-i',
    'reference/kubectl/generated/kubectl_auth/',
    // Either wording must name the namespace: without -n, can-i answers for the context's own.
    /^kubectl auth can-i delete deploy(ments)? (-n shop --as[= ]\S+|--as[= ]\S+ -n shop)$/,
  ],
  'kubectl-scale': [
    'scale',
    'reference/kubectl/generated/kubectl_scale/',
    /^kubectl scale (deployment\/worker --replicas=6|--replicas=6 deployment\/worker)$/,
  ],
  'kubectl-default-namespace-of-context': [
    'set-context',
    'reference/kubectl/generated/kubectl_config/',
    /^kubectl config set-context --current --namespace[= ]shop$/,
  ],
  'pod-phase-pending-meaning': [
    'pending',
    'concepts/workloads/pods/pod-lifecycle/',
    /^(Accepted, but not all containers run yet|It waits for a node or for its images)$/,
  ],
  'label-selector-syntax-in-kubectl': [
    'set-based',
    'concepts/overview/working-with-objects/labels/',
    /^kubectl get pods -l 'env in \(prod, ?staging\)'$/,
  ],
}

describeEngineIndependent('Kubernetes keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026)

  it('draw every family into a well-formed option set', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => distinctWrongs(s).length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    const lasts = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: distinctWrongs(d.s).slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
  })

  it('match a second quantity parser, rollout and HPA arithmetic, selector matcher and policy evaluator', () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      const k = s as K8sScenario
      if (k.facts.kind === 'rule') continue
      const key = KEYS[k.facts.kind]
      if (!key) {
        problems.add(`${family}: no second implementation for ${k.facts.kind}`)
        continue
      }
      const want = key(k.facts, k)
      if (k.key !== want) problems.add(`${family}: key ${k.key}, works out ${want}`)
      for (const [t] of distinctWrongs(k))
        if (t === want) problems.add(`${family}: a distractor is the key`)
      checked++
    }
    expect([...problems]).toEqual([])
    expect(checked).toBeGreaterThan(30 * 30)
  })

  it('work each distractor again as its named mistake', () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      const k = s as K8sScenario
      if (k.facts.kind === 'rule') continue
      const table = MISTAKES[k.facts.kind] ?? {}
      for (const [text, label] of distinctWrongs(k)) {
        const work = table[label]
        if (!work) problems.add(`${family}: no worked mistake for "${label}"`)
        else if (work(k.facts, k) !== text)
          problems.add(`${family}: "${label}" shows ${text}, works out ${work(k.facts, k)}`)
        else checked++
      }
    }
    expect([...problems]).toEqual([])
    expect(checked).toBeGreaterThan(30 * 30 * 3)
  })

  it('cite kubernetes.io for every rule family, with each true wording fitting the rule', () => {
    const ruled = drawn.filter((d) => (d.s as K8sScenario).facts.kind === 'rule')
    expect(new Set(ruled.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const { family, s } of ruled) {
      const f = (s as K8sScenario).facts
      const [answer, page, marker] = RULES[family]!
      expect(f.answer, family).toBe(answer)
      expect(f.source as string, family).toContain(`kubernetes.io/docs/${page}`)
      expect(s.key, family).toMatch(marker)
      for (const k of f.keys as string[]) expect(k, family).toMatch(marker)
      for (const [t] of distinctWrongs(s))
        expect(t, `${family}: a distractor states the rule`).not.toMatch(marker)
    }
  })
})
