import { simulate } from './ba-token-simulator.js'

/**
 * The business-analysis key test's second implementation: for each computed family, the key
 * (and, where written, each named slip) worked out again from the drawn inputs by other means:
 * decision tables by enumerating every case, BPMN by the token simulator, money in whole cents,
 * normal forms and keys by attribute closure, sets by filtering.
 */
export type In = Readonly<Record<string, number | string>>
export type Want = number | string | readonly number[]
type Twin = (x: In) => Want

const n = (x: In, k: string) => Number(x[k])
const s = (x: In, k: string) => String(x[k])
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const seq = (x: In, p: string, len: number) =>
  Array.from({ length: len }, (_, k) => n(x, `${p}${k}`))
const count = (x: In, p: string) =>
  Object.keys(x).filter((k) => new RegExp(`^${p}\\d+$`).test(k)).length

/** Every yes/no case of `len` conditions, by counting in binary. */
const cases = (len: number) =>
  Array.from({ length: 2 ** len }, (_, v) =>
    Array.from({ length: len }, (_, k) => ((v >> (len - 1 - k)) & 1 ? 'N' : 'Y')).join(''),
  )
const fits = (entries: string, c: string) => [...entries].every((e, k) => e === '-' || e === c[k])
const rulesOf = (x: In) =>
  s(x, 'rules')
    .split('|')
    .map((r) => r.split(':') as [string, string])

const closure = (attrs: string, fds: [string, string][]) => {
  const got = new Set(attrs)
  for (let grew = true; grew; ) {
    grew = false
    for (const [l, r] of fds)
      if ([...l].every((a) => got.has(a)) && !got.has(r)) {
        got.add(r)
        grew = true
      }
  }
  return got
}

const npv = (x: In, shift: number) =>
  sum(seq(x, 'f', count(x, 'f')).map((f, k) => f / (1 + n(x, 'r') / 100) ** (k + 1 - shift)))
const c2 = (cents: number) => Math.round(cents) / 100

function discountedPayback(x: In, disc: boolean, shift: number, undiscountedPart: boolean) {
  const flows = seq(x, 'f', 6)
  let cum = -n(x, 'c0')
  for (let k = 0; k < 6; k++) {
    const f = disc ? flows[k]! / (1 + n(x, 'r') / 100) ** (k + 1 - shift) : flows[k]!
    if (cum + f >= 0) return Math.round((k + -cum / (undiscountedPart ? flows[k]! : f)) * 10) / 10
    cum += f
  }
  return Number.NaN
}

const tierRate = (x: In, v: number, strict: boolean) => {
  const above = (t: number) => (strict ? v > t : v >= t)
  return above(n(x, 't2')) ? n(x, 'r2') : above(n(x, 't1')) ? n(x, 'r1') : 0
}

const quadrant = (hv: boolean, he: boolean) =>
  hv ? (he ? 'Major project' : 'Quick win') : he ? 'Thankless task' : 'Fill-in'
const grid = (p: boolean, i: boolean) =>
  p ? (i ? 'Manage closely' : 'Keep satisfied') : i ? 'Keep informed' : 'Monitor'

export const TWINS: Record<string, Record<string, Twin>> = {
  'boundary-values-for-a-band': {
    key: (x) => {
      const lo = n(x, 'lo') + (n(x, 'inclusive') ? 0 : 1)
      const hi = n(x, 'hi') - (n(x, 'inclusive') ? 0 : 1)
      return [lo - 1, lo, hi, hi + 1].map(c2)
    },
  },
  'equivalence-partitions-of-bands': {
    key: (x) => n(x, 'bands') + 2,
    validOnly: (x) => n(x, 'bands'),
    oneInvalid: (x) => n(x, 'bands') + 1,
    boundaries: (x) => 2 * n(x, 'bands'),
    cuts: (x) => n(x, 'bands') - 1,
  },
  'acceptance-test-tiered-discount': {
    key: (x) => c2(n(x, 'v') * (1 - tierRate(x, n(x, 'v'), false) / 100)),
    strict: (x) => c2(n(x, 'v') * (1 - tierRate(x, n(x, 'v'), true) / 100)),
    discountOnly: (x) => c2((n(x, 'v') * tierRate(x, n(x, 'v'), false)) / 100),
  },
  'nearest-rank-percentile-response': {
    key: (x) => {
      const xs = seq(x, 'x', 20).sort((a, b) => a - b)
      // The smallest value with at least p% of the values at or below it.
      return xs.find((v) => xs.filter((w) => w <= v).length >= (n(x, 'p') / 100) * 20)!
    },
    max: (x) => Math.max(...seq(x, 'x', 20)),
    mean: (x) => Math.round(sum(seq(x, 'x', 20)) / 20),
  },
  'availability-downtime-budget': {
    key: (x) => Math.round((1 - n(x, 'a') / 100) * n(x, 'days') * 1440 * 10) / 10,
    perWeek: (x) => Math.round((1 - n(x, 'a') / 100) * 7 * 1440 * 10) / 10,
    perDay: (x) => Math.round((1 - n(x, 'a') / 100) * 1440 * 10) / 10,
    businessHours: (x) => Math.round((1 - n(x, 'a') / 100) * n(x, 'days') * 480 * 10) / 10,
    hours: (x) => Math.round((1 - n(x, 'a') / 100) * n(x, 'days') * 24 * 10) / 10,
    averageMonth: (x) => Math.round((1 - n(x, 'a') / 100) * 43800 * 10) / 10,
  },
  'complete-table-rule-count': {
    key: (x) => n(x, 'a') * n(x, 'b') * n(x, 'c') * n(x, 'd'),
    sum: (x) => n(x, 'a') + n(x, 'b') + n(x, 'c') + n(x, 'd'),
    binary: () => 16,
    dropLast: (x) => n(x, 'a') * n(x, 'b') * n(x, 'c'),
    times: (x) => 4 * Math.max(n(x, 'a'), n(x, 'b'), n(x, 'c'), n(x, 'd')),
  },
  'cases-left-uncovered': {
    key: (x) => {
      const rs = s(x, 'rules').split('|')
      return cases(4).filter((c) => !rs.some((r) => fits(r, c))).length
    },
    covered: (x) => {
      const rs = s(x, 'rules').split('|')
      return cases(4).filter((c) => rs.some((r) => fits(r, c))).length
    },
  },
  'first-hit-policy-outcome': {
    key: (x) => rulesOf(x).find(([e]) => fits(e, s(x, 'c')))?.[1] ?? 'No action',
    lastHit: (x) =>
      rulesOf(x)
        .filter(([e]) => fits(e, s(x, 'c')))
        .pop()?.[1] ?? 'No action',
    topRule: (x) => rulesOf(x)[0]![1],
  },
  'collect-sum-hit-policy': {
    key: (x) =>
      sum(
        rulesOf(x)
          .filter(([e]) => fits(e, s(x, 'c')))
          .map(([, a]) => Number(a)),
      ),
    count: (x) => rulesOf(x).filter(([e]) => fits(e, s(x, 'c'))).length,
    all: (x) => sum(rulesOf(x).map(([, a]) => Number(a))),
    max: (x) =>
      Math.max(
        0,
        ...rulesOf(x)
          .filter(([e]) => fits(e, s(x, 'c')))
          .map(([, a]) => Number(a)),
      ),
  },
  'contradictory-rules': {
    key: (x) => {
      const rs = rulesOf(x)
      for (let i = 0; i < rs.length; i++)
        for (let j = i + 1; j < rs.length; j++)
          if (rs[i]![0] === rs[j]![0] && rs[i]![1] !== rs[j]![1]) return `R${i + 1} and R${j + 1}`
      return 'none'
    },
  },
  'fewest-contracted-rules': {
    // The smallest set of disjoint cubes, each with one action, that covers all 16 cases.
    key: (x) => {
      const f = s(x, 'f').split('|')
      const all = cases(4)
      const cubes = Array.from({ length: 81 }, (_, v) =>
        Array.from({ length: 4 }, (_, k) => 'YN-'[Math.floor(v / 3 ** k) % 3]).join(''),
      ).filter(
        (cube) =>
          new Set(all.filter((c) => fits(cube, c)).map((c) => f[all.indexOf(c)])).size === 1,
      )
      const search = (left: Set<string>, depth: number): boolean => {
        if (left.size === 0) return true
        if (depth === 0) return false
        const first = [...left][0]!
        return cubes
          .filter(
            (cube) =>
              fits(cube, first) && all.filter((c) => fits(cube, c)).every((c) => left.has(c)),
          )
          .some((cube) => search(new Set([...left].filter((c) => !fits(cube, c))), depth - 1))
      }
      for (let d = 1; d <= 16; d++) if (search(new Set(all), d)) return d
      return 16
    },
    full: () => 16,
    conditions: () => 4,
    actions: (x) => new Set(s(x, 'f').split('|')).size,
  },
  'parallel-split-exclusive-merge': { key: (x) => simulate(s(x, 'flow')).runs[s(x, 'task')] ?? 0 },
  'exclusive-split-parallel-join': {
    key: (x) => (simulate(s(x, 'flow')).completed ? 'completes' : 'never completes'),
  },
  'inclusive-join-task-runs': { key: (x) => sum(Object.values(simulate(s(x, 'flow')).runs)) },
  'exclusive-split-first-true': { key: (x) => Object.keys(simulate(s(x, 'flow')).runs).join(', ') },
  'inclusive-split-branches': { key: (x) => Object.keys(simulate(s(x, 'flow')).runs).join(', ') },
  'rework-loop-runs': {
    key: (x) => simulate(s(x, 'flow')).runs[s(x, 'task')] ?? 0,
    bothTasks: (x) =>
      (simulate(s(x, 'flow')).runs.Review ?? 0) + (simulate(s(x, 'flow')).runs.Draft ?? 0),
  },
  'boundary-timer-on-a-task': {
    key: (x) => {
      const fires = n(x, 'd') > n(x, 't')
      const cancels = fires && n(x, 'interrupting') === 1
      return `${cancels ? 'cancelled' : 'completes'}/${fires ? 'escalates' : 'no escalation'}`
    },
  },
  'parallel-elapsed-time': {
    key: (x) => n(x, 'a') + Math.max(n(x, 'b'), n(x, 'c'), n(x, 'd')) + n(x, 'e'),
    sum: (x) => n(x, 'a') + n(x, 'b') + n(x, 'c') + n(x, 'd') + n(x, 'e'),
    shortest: (x) => n(x, 'a') + Math.min(n(x, 'b'), n(x, 'c'), n(x, 'd')) + n(x, 'e'),
    branchesOnly: (x) => Math.max(n(x, 'b'), n(x, 'c'), n(x, 'd')),
  },
  'exclusive-expected-time': {
    key: (x) => n(x, 'a') + n(x, 'p') * n(x, 'b') + (1 - n(x, 'p')) * n(x, 'c') + n(x, 'd'),
    both: (x) => n(x, 'a') + n(x, 'b') + n(x, 'c') + n(x, 'd'),
    longest: (x) => n(x, 'a') + Math.max(n(x, 'b'), n(x, 'c')) + n(x, 'd'),
  },
  'swimlane-handoffs': {
    key: (x) => {
      const lanes = s(x, 'seq').split('|')
      let h = 0
      for (let k = 1; k < lanes.length; k++) if (lanes[k] !== lanes[k - 1]) h++
      return h
    },
    lanes: (x) => new Set(s(x, 'seq').split('|')).size,
    steps: (x) => s(x, 'seq').split('|').length - 1,
  },
  'process-cycle-efficiency': {
    key: (x) => {
      const va = sum(seq(x, 'va', 3))
      return (100 * va) / (va + sum(seq(x, 'n', 2)) + sum(seq(x, 'w', 2)))
    },
  },
  'tables-after-resolving-many-to-many': {
    key: (x) => n(x, 'e') + n(x, 'mn'),
    entitiesOnly: (x) => n(x, 'e'),
    allRelationships: (x) => n(x, 'e') + n(x, 'mn') + n(x, 'one'),
    oneToMany: (x) => n(x, 'e') + n(x, 'one'),
    twoPerManyToMany: (x) => n(x, 'e') + 2 * n(x, 'mn'),
  },
  'crud-entity-never-created': {
    key: (x) => missingLetter(x, 'C'),
  },
  'crud-entity-never-deleted': {
    key: (x) => missingLetter(x, 'D'),
  },
  'candidate-key-from-dependencies': {
    key: (x) => {
      const fds = s(x, 'fd')
        .split(';')
        .map((f) => f.split('>') as [string, string])
      // The smallest attribute sets whose closure is all of ABCD, by trying every subset.
      const subsets = Array.from({ length: 15 }, (_, v) =>
        [...'ABCD'].filter((_, k) => (v + 1) & (1 << k)).join(''),
      )
      const keys = subsets.filter((a) => closure(a, fds).size === 4)
      const least = Math.min(...keys.map((k) => k.length))
      return keys
        .filter((k) => k.length === least)
        .map((k) => `{${[...k].join(', ')}}`)
        .join(' or ')
    },
  },
  'moscow-must-effort-share': {
    key: (x) => (100 * n(x, 'm')) / (n(x, 'm') + n(x, 's') + n(x, 'c')),
    withWont: (x) => (100 * n(x, 'm')) / (n(x, 'm') + n(x, 's') + n(x, 'c') + n(x, 'w')),
    items: (x) => (100 * n(x, 'nm')) / (n(x, 'nm') + n(x, 'ns') + n(x, 'nc')),
    itemsWithWont: (x) => (100 * n(x, 'nm')) / (n(x, 'nm') + n(x, 'ns') + n(x, 'nc') + n(x, 'nw')),
  },
  'weighted-score-of-an-option': {
    key: (x) => sum(seq(x, 'w', 4).map((w, k) => (w / 100) * n(x, `s${k}`))),
    unweighted: (x) => sum(seq(x, 's', 4)) / 4,
    total: (x) => sum(seq(x, 's', 4)),
  },
  'kano-satisfaction-coefficient': {
    key: (x) => (n(x, 'A') + n(x, 'O')) / (n(x, 'A') + n(x, 'O') + n(x, 'M') + n(x, 'I')),
    dissatisfaction: (x) =>
      (n(x, 'O') + n(x, 'M')) / (n(x, 'A') + n(x, 'O') + n(x, 'M') + n(x, 'I')),
    withReverse: (x) =>
      (n(x, 'A') + n(x, 'O')) /
      (n(x, 'A') + n(x, 'O') + n(x, 'M') + n(x, 'I') + n(x, 'R') + n(x, 'Q')),
  },
  'kano-majority-category': {
    key: (x) => {
      const cats = ['Attractive', 'One-dimensional', 'Must-be', 'Indifferent']
      return cats.reduce((a, b) => (n(x, b) > n(x, a) ? b : a))
    },
  },
  'wsjf-score': {
    key: (x) => (n(x, 'bv') + n(x, 'tc') + n(x, 'rr')) / n(x, 'size'),
    valueOnly: (x) => n(x, 'bv') / n(x, 'size'),
    costOfDelay: (x) => n(x, 'bv') + n(x, 'tc') + n(x, 'rr'),
  },
  'value-effort-quadrant': {
    key: (x) => quadrant(n(x, 'v') >= n(x, 'cut'), n(x, 'e') >= n(x, 'cut')),
    swapped: (x) => quadrant(n(x, 'e') >= n(x, 'cut'), n(x, 'v') >= n(x, 'cut')),
    strict: (x) => quadrant(n(x, 'v') > n(x, 'cut'), n(x, 'e') > n(x, 'cut')),
  },
  'requirement-without-a-test': {
    key: (x) => {
      const linked = new Set(s(x, 'links').split(/[|,]/))
      return (
        s(x, 'reqs')
          .split('|')
          .find((r) => !linked.has(r)) ?? 'none'
      )
    },
  },
  'requirement-coverage-share': {
    key: (x) => (100 * new Set(s(x, 'links').split(/[|,]/)).size) / n(x, 'nr'),
    tests: (x) => (100 * s(x, 'links').split('|').length) / n(x, 'nr'),
  },
  'tests-to-rerun-after-a-change': {
    key: (x) => {
      const hit = s(x, 'links')
        .split('|')
        .map((l, k) => [l.split(','), `TC-${k + 1}`] as const)
      const out = hit.filter(([l]) => l.includes(s(x, 'ch'))).map(([, t]) => t)
      return out.length ? out.join(', ') : 'None'
    },
    all: (x) =>
      s(x, 'links')
        .split('|')
        .map((_, k) => `TC-${k + 1}`)
        .join(', '),
  },
  'pairwise-comparison-count': {
    key: (x) => {
      let c = 0
      for (let i = 0; i < n(x, 'n'); i++) for (let j = i + 1; j < n(x, 'n'); j++) c++
      return c
    },
    ordered: (x) => n(x, 'n') * (n(x, 'n') - 1),
    square: (x) => n(x, 'n') ** 2,
    chain: (x) => n(x, 'n') - 1,
  },
  'power-interest-quadrant': {
    key: (x) => grid(n(x, 'p') >= n(x, 'cut'), n(x, 'i') >= n(x, 'cut')),
    swapped: (x) => grid(n(x, 'i') >= n(x, 'cut'), n(x, 'p') >= n(x, 'cut')),
    strict: (x) => grid(n(x, 'p') > n(x, 'cut'), n(x, 'i') > n(x, 'cut')),
  },
  'raci-two-accountable': { key: (x) => raciBreach(x) },
  'raci-no-accountable': { key: (x) => raciBreach(x) },
  'npv-at-a-stated-rate': {
    key: (x) => c2(npv(x, 0) - n(x, 'c0')),
    startOfYear: (x) => c2(npv(x, 1) - n(x, 'c0')),
    undiscounted: (x) => c2(sum(seq(x, 'f', count(x, 'f'))) - n(x, 'c0')),
    discountOutlay: (x) => c2(npv(x, 0) - n(x, 'c0') / (1 + n(x, 'r') / 100)),
    pvOnly: (x) => c2(npv(x, 0)),
  },
  'payback-month-after-ramp-up': {
    key: (x) => {
      let month = n(x, 'ramp')
      for (let got = 0; got < n(x, 'c0'); got += n(x, 'b')) month++
      return month
    },
    noRamp: (x) => Math.ceil(n(x, 'c0') / n(x, 'b')),
  },
  'discounted-payback-period': {
    key: (x) => discountedPayback(x, true, 0, false),
    simple: (x) => discountedPayback(x, false, 0, false),
    startOfYear: (x) => discountedPayback(x, true, 1, false),
    undiscountedPart: (x) => discountedPayback(x, true, 0, true),
  },
  'benefit-cost-ratio': {
    key: (x) => {
      let b = 0
      let c = n(x, 'c0')
      for (let k = 1; k <= n(x, 'n'); k++) {
        b += n(x, 'ben') / (1 + n(x, 'r') / 100) ** k
        c += n(x, 'run') / (1 + n(x, 'r') / 100) ** k
      }
      return b / c
    },
    undiscounted: (x) => (n(x, 'n') * n(x, 'ben')) / (n(x, 'c0') + n(x, 'n') * n(x, 'run')),
  },
  'return-on-investment': {
    key: (x) => (100 * (n(x, 'b') - n(x, 'c'))) / n(x, 'c'),
    ratio: (x) => (100 * n(x, 'b')) / n(x, 'c'),
    overBenefit: (x) => (100 * (n(x, 'b') - n(x, 'c'))) / n(x, 'b'),
    costShare: (x) => (100 * n(x, 'c')) / n(x, 'b'),
  },
  'pareto-vital-few': {
    key: (x) => {
      const entries = Object.entries(x).map(([k, v]) => [k, Number(v)] as const)
      const total = sum(entries.map(([, v]) => v))
      const ranked = [...entries].sort((a, b) => b[1] - a[1])
      for (let k = 1; k <= ranked.length; k++)
        if (sum(ranked.slice(0, k).map(([, v]) => v)) >= 0.8 * total)
          return ranked
            .slice(0, k)
            .map(([c]) => c)
            .sort()
            .join(', ')
      return 'all'
    },
  },
  'pareto-cumulative-share': {
    key: (x) => {
      const cs = seq(x, 'c', 6).sort((a, b) => b - a)
      return (100 * sum(cs.slice(0, n(x, 'k')))) / sum(cs)
    },
    largestOnly: (x) => (100 * Math.max(...seq(x, 'c', 6))) / sum(seq(x, 'c', 6)),
  },
}

function missingLetter(x: In, letter: string): string {
  const ents = s(x, 'ents').split('|')
  const rows = s(x, 'm')
    .split('|')
    .map((r) => r.split(','))
  return ents.filter((_, k) => rows.every((r) => !r[k]!.includes(letter))).join(', ')
}

function raciBreach(x: In): string {
  const acts = s(x, 'acts').split('|')
  const rows = s(x, 'rows')
    .split('|')
    .map((r) => r.split(','))
  return acts.filter((_, k) => rows[k]!.filter((c) => c.startsWith('A')).length !== 1).join(', ')
}
