import { expect, it } from 'vitest'
import type { Calc, CalcScenario } from '../../../src/assessment/models/pcoord/calc.js'
import { CHANGE_FAMILIES } from '../../../src/assessment/models/pcoord/change-families.js'
import { EARNED_VALUE_FAMILIES } from '../../../src/assessment/models/pcoord/earned-value-families.js'
import { RACI_FAMILIES } from '../../../src/assessment/models/pcoord/raci-families.js'
import { RAID_FAMILIES } from '../../../src/assessment/models/pcoord/raid-families.js'
import { SCHEDULE_FAMILIES } from '../../../src/assessment/models/pcoord/schedule-families.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...SCHEDULE_FAMILIES,
  ...EARNED_VALUE_FAMILIES,
  ...RAID_FAMILIES,
  ...RACI_FAMILIES,
  ...CHANGE_FAMILIES,
]
const DRAWS = 40

// ---- A second scheduler: early and late dates as longest paths in a graph of start and finish
// events, relaxed Bellman-Ford style until nothing moves (no list order, no forward pass).

type Sched = Extract<Calc, { op: 'schedule' }>
type Act = Sched['acts'][number]

interface Edge {
  from: string
  to: string
  gap: number
}

function events(acts: readonly Act[]): Edge[] {
  const edges: Edge[] = []
  for (const a of acts) {
    edges.push(
      { from: `S${a.id}`, to: `F${a.id}`, gap: a.days },
      { from: `F${a.id}`, to: `S${a.id}`, gap: -a.days },
    )
    for (const l of a.after) {
      const from = l.type === 'SS' ? `S${l.from}` : `F${l.from}`
      const to = l.type === 'FF' ? `F${a.id}` : `S${a.id}`
      edges.push({ from, to, gap: l.lag })
    }
  }
  return edges
}

function early(acts: readonly Act[]): Map<string, number> {
  const t = new Map<string, number>()
  for (const a of acts) {
    t.set(`S${a.id}`, 0)
    t.set(`F${a.id}`, a.days)
  }
  const edges = events(acts)
  for (let moved = true, n = 0; moved; n++) {
    if (n > 1000) throw new Error('a cycle')
    moved = false
    for (const e of edges) {
      if (t.get(e.from)! + e.gap > t.get(e.to)!) {
        t.set(e.to, t.get(e.from)! + e.gap)
        moved = true
      }
    }
  }
  return t
}

function late(acts: readonly Act[], end: number, finishOnly = false): Map<string, number> {
  const t = new Map<string, number>()
  for (const a of acts) {
    t.set(`F${a.id}`, end)
    t.set(`S${a.id}`, end - a.days)
  }
  if (finishOnly) return t
  const edges = events(acts)
  for (let moved = true; moved; ) {
    moved = false
    for (const e of edges) {
      if (t.get(e.to)! - e.gap < t.get(e.from)!) {
        t.set(e.from, t.get(e.to)! - e.gap)
        moved = true
      }
    }
  }
  return t
}

const dayNo = (n: number) => `day ${n}`
const wd = (n: number) => `${n} working day${n === 1 ? '' : 's'}`

function schedule(c: Sched): string {
  let acts: Act[] = c.acts.map((a) => ({
    ...a,
    after: a.after.map((l) => ({
      from: l.from,
      type: c.allFs ? 'FS' : l.type,
      lag:
        (c.noLag ? 0 : c.leadAsLag && l.lag < 0 ? -l.lag : l.lag) +
        (c.nextDay && l.type === 'FS' ? 1 : 0),
    })),
  }))
  const slipOnly = c.slipInFull || c.slipAbsorbed || c.slipBeyondFreeFloat
  if (c.slip && !slipOnly)
    acts = acts.map((a) =>
      a.id === c.slip!.id ? { ...a, days: a.days + (c.slipTwice ? 2 : 1) * c.slip!.days } : a,
    )
  if (c.serial) return dayNo(acts.reduce((s, a) => s + a.days, 0))
  const ask = c.answered ?? c.ask
  const named = (id: string) => `${id} ${acts.find((a) => a.id === id)!.name}`
  const dur = (id: string) => acts.find((a) => a.id === id)!.days
  // The crash a reading picks: the lowest stated cost per day among the activities it considers.
  const cheapest = (ids: string[]) =>
    named([...ids].sort((x, y) => c.crashCost![x]! - c.crashCost![y]!)[0]!)
  const e = early(acts)
  const end = Math.max(...acts.map((a) => e.get(`F${a.id}`)!))
  const l = late(acts, end)
  const succ = (id: string) => acts.filter((s) => s.after.some((k) => k.from === id))
  // Every route from an activity without predecessors to one without successors.
  const routes: string[][] = []
  const go = (id: string, path: string[]) => {
    const next = succ(id)
    if (next.length === 0) routes.push([...path, id])
    for (const n of next) go(n.id, [...path, id])
  }
  for (const a of acts.filter((x) => x.after.length === 0)) go(a.id, [])
  const days = (r: string[]) => r.reduce((s, id) => s + dur(id), 0)
  if (c.longestActivity) {
    const longest = [...acts].sort((x, y) => y.days - x.days)[0]!
    if (ask.what !== 'criticalPath') return dayNo(longest.days)
    const through = routes.filter((r) => r.includes(longest.id)).sort((x, y) => days(y) - days(x))
    return through[0]!.join(' → ')
  }
  if (c.greedy) {
    const path = [acts.find((a) => a.after.length === 0)!.id]
    for (let next = succ(path[0]!); next.length > 0; next = succ(path[path.length - 1]!))
      path.push([...next].sort((x, y) => y.days - x.days)[0]!.id)
    return path.join(' → ')
  }
  if (c.mostActivities) {
    // By steps, then by days.
    const top = [...routes].sort((x, y) => y.length - x.length || days(y) - days(x))[0]!
    if (ask.what === 'crash') return cheapest(top)
    return ask.what === 'criticalPath' ? top.join(' → ') : dayNo(days(top))
  }
  // Critical: the activities whose late start equals their early start, in the order they start.
  const critical = acts
    .filter((a) => l.get(`S${a.id}`) === e.get(`S${a.id}`))
    .sort(
      (x, y) => e.get(`S${x.id}`)! - e.get(`S${y.id}`)! || e.get(`F${x.id}`)! - e.get(`F${y.id}`)!,
    )
    .map((a) => a.id)
  if (ask.what === 'criticalPath') return critical.join(' → ')
  if (ask.what === 'crash') {
    if (c.cheapestAny) return cheapest(acts.map((a) => a.id))
    if (c.longestCritical) return named([...critical].sort((x, y) => dur(y) - dur(x))[0]!)
    return cheapest(critical)
  }
  const free = (id: string) =>
    Math.min(
      end - e.get(`F${id}`)!,
      ...succ(id).map(
        (s) => e.get(`S${s.id}`)! - e.get(`F${id}`)! - s.after.find((k) => k.from === id)!.lag,
      ),
    )
  if (c.slip && (c.slipInFull || c.slipBeyondFreeFloat))
    return dayNo(end + (c.slipInFull ? c.slip.days : Math.max(0, c.slip.days - free(c.slip.id))))
  if (ask.what === 'finish') return dayNo(end)
  const id = ask.id
  const a = acts.find((x) => x.id === id)!
  let es = e.get(`S${id}`)!
  if (c.firstPredecessor) es = Math.min(...a.after.map((k) => e.get(`F${k.from}`)! + k.lag))
  const lf = c.fromFinish ? end : l.get(`F${id}`)!
  switch (ask.what) {
    case 'earlyStart':
      return dayNo(es)
    case 'earlyFinish':
      return dayNo(es + a.days)
    case 'lateStart':
      return dayNo(lf - a.days)
    case 'lateFinish':
      return dayNo(lf)
    case 'totalFloat':
      return wd(c.lfMinusEs ? lf - es : lf - a.days - es)
    case 'freeFloat':
      return wd(free(id))
  }
}

/** The mistake fields a schedule reading can set; the key sets none. */
const SCHEDULE_SLIPS = [
  'noLag',
  'leadAsLag',
  'allFs',
  'serial',
  'longestActivity',
  'mostActivities',
  'greedy',
  'cheapestAny',
  'longestCritical',
  'firstPredecessor',
  'fromFinish',
  'lfMinusEs',
  'answered',
  'slipInFull',
  'slipAbsorbed',
  'slipBeyondFreeFloat',
  'slipTwice',
  'nextDay',
] as const

// ---- Earned value from the PMBOK definitions, written out again from the raw figures.

function money(n: number, currency: string): string {
  const r = Math.round(n)
  const digits = String(Math.abs(r)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${r < 0 ? '−' : ''}${currency}${digits}`
}

type Ev = Extract<Calc, { op: 'ev' }>
function earned(c: Ev): string {
  const { bac, pv, ev, ac } = c.figures
  const cpi = ev / ac
  const spi = ev / pv
  const eac = (bac * ac) / ev
  const v: Record<string, number> = {
    CPI: cpi,
    SPI: spi,
    CV: ev - ac,
    SV: ev - pv,
    'AC/EV': 1 / cpi,
    'PV/EV': 1 / spi,
    'PV/AC': pv / ac,
    'AC/PV': ac / pv,
    'AC-EV': -(ev - ac),
    'PV-EV': -(ev - pv),
    'PV-AC': pv - ac,
    'BAC-AC': bac - ac,
    'EAC=BAC/CPI': eac,
    'EAC=AC+BAC-EV': bac - (ev - ac),
    'EAC=AC+(BAC-EV)/(CPI*SPI)': ac + (bac - ev) / (cpi * spi),
    'BAC*CPI': (bac * ev) / ac,
    'BAC/SPI': (bac * pv) / ev,
    'BAC-BAC*CPI': bac - bac * cpi,
    'AC+BAC': ac + bac,
    'ETC=BAC/CPI-AC': eac - ac,
    'BAC-EV': bac - ev,
    'VAC=BAC-BAC/CPI': bac - eac,
    'BAC/CPI-BAC': eac - bac,
    'TCPI=(BAC-EV)/(BAC-AC)': (bac - ev) / (bac - ac),
    '(BAC-AC)/(BAC-EV)': (bac - ac) / (bac - ev),
    'EV/BAC': ev / bac,
    'EV/BAC*AC': (ac * ev) / bac,
    'EV/AC': cpi,
    'AC/BAC': ac / bac,
    'PV/BAC': pv / bac,
    'ETC=(BAC-EV)/(CPI*SPI)': (bac - ev) / (cpi * spi),
    'ETC=BAC-EV': bac - ev,
    'VAC=BAC-(AC+BAC-EV)': ev - ac,
    'CV/EV': (ev - ac) / ev,
    'CV/AC': (ev - ac) / ac,
    'CV/BAC': (ev - ac) / bac,
    'SV/PV': (ev - pv) / pv,
    'SV/EV': (ev - pv) / ev,
    'SV/BAC': (ev - pv) / bac,
    EV: ev,
    PV: pv,
    AC: ac,
  }
  const x = v[c.formula]
  if (x === undefined) throw new Error(`no formula ${c.formula}`)
  if (c.show === 'signedPercent') {
    // A variance percentage to one place, with its sign always written.
    const tenths = Math.round(x * 1000)
    return `${tenths < 0 ? '−' : '+'}${(Math.abs(tenths) / 10).toFixed(1)} %`
  }
  return c.show === 'money'
    ? money(x, c.currency)
    : c.show === 'index'
      ? x.toFixed(2)
      : `${(Math.round(x * 1000) / 10).toFixed(1)} %`
}

/** The measure each family's key must use: the standard definition of what the stem asks. */
const STANDARD_FORMULA: Record<string, string> = {
  'earned-value-from-percent-complete': 'EV',
  'planned-value-at-the-status-date': 'PV',
  'cost-performance-index': 'CPI',
  'schedule-performance-index': 'SPI',
  'cost-variance': 'CV',
  'schedule-variance': 'SV',
  'estimate-at-completion-if-performance-continues': 'EAC=BAC/CPI',
  'estimate-at-completion-after-a-one-off-variance': 'EAC=AC+BAC-EV',
  'estimate-at-completion-weighing-cost-and-schedule': 'EAC=AC+(BAC-EV)/(CPI*SPI)',
  'estimate-to-complete-if-performance-continues': 'ETC=BAC/CPI-AC',
  'variance-at-completion': 'VAC=BAC-BAC/CPI',
  'to-complete-performance-index-for-the-budget': 'TCPI=(BAC-EV)/(BAC-AC)',
  'percent-complete-versus-percent-spent': 'EV/BAC',
  'estimate-to-complete-after-a-one-off-variance': 'ETC=BAC-EV',
  'cost-variance-percentage': 'CV/EV',
  'schedule-variance-percentage': 'SV/PV',
  'cost-performance-index-from-a-timesheet': 'CPI',
  'estimate-to-complete-from-a-timesheet': 'ETC=BAC/CPI-AC',
}

// ---- The stated rules read again.

type RuleC = Extract<Calc, { op: 'rule' }>
function rule(c: RuleC): string {
  switch (c.kind) {
    case 'riskBand': {
      const score = {
        added: c.probability + c.impact,
        impactOnly: c.impact,
        probabilityOnly: c.probability,
        bandAbove: c.probability * c.impact,
        none: c.probability * c.impact,
      }[c.slip ?? 'none']
      const ordered = [...c.bands].sort((a, b) => a.min - b.min)
      let label = ordered[0]!.label
      for (const b of ordered)
        if (c.slip === 'bandAbove' ? score > b.min : score >= b.min) label = b.label
      return label
    }
    case 'raci': {
      const want = c.slip ?? c.ask
      const found = c.row.filter((r) => r[1] === want)
      if (found.length !== 1) throw new Error('not one holder')
      return found[0]![0]
    }
    case 'raciCount': {
      const n = c.row.filter((r) => (c.slip ?? c.ask).includes(r[1])).length
      return n === 1 ? '1 person' : `${n} people`
    }
    case 'approver': {
      const levelOf = (v: number, key: 'cost' | 'days') =>
        c.levels.findIndex((l) => (c.slip === 'exclusiveLimits' ? v < l[key] : v <= l[key]))
      const rank = (i: number) => (i < 0 ? c.levels.length : i)
      let i =
        c.slip === 'costOnly'
          ? rank(levelOf(c.cost, 'cost'))
          : c.slip === 'daysOnly'
            ? rank(levelOf(c.days, 'days'))
            : Math.max(rank(levelOf(c.cost, 'cost')), rank(levelOf(c.days, 'days')))
      if (c.milestone && !['costOnly', 'daysOnly', 'ignoredMilestone'].includes(c.slip ?? ''))
        i = c.levels.length
      if (c.slip === 'straightToTop' && i > 0) i = c.levels.length
      return i >= c.levels.length ? c.board : c.levels[i]!.who
    }
    case 'changedBudget': {
      const take = {
        none: ['approved'],
        withPending: ['approved', 'pending'],
        everyRequest: ['approved', 'pending', 'rejected'],
        baselineOnly: [] as string[],
      }[c.slip ?? 'none']
      return money(
        c.baseline +
          c.changes.filter((r) => take.includes(r.status)).reduce((s, r) => s + r.amount, 0),
        c.currency,
      )
    }
    case 'emv': {
      const each = c.risks.map((r) => r.p * r.impact)
      const v =
        c.slip === 'impacts'
          ? c.risks.reduce((s, r) => s + r.impact, 0)
          : c.slip === 'largest'
            ? Math.max(...each)
            : c.slip === 'likelyOnly'
              ? c.risks.filter((r) => r.p > 0.5).reduce((s, r) => s + r.p * r.impact, 0)
              : c.slip === 'largestImpact'
                ? Math.max(...c.risks.map((r) => r.impact))
                : each.reduce((s, x) => s + x, 0)
      return money(v, c.currency)
    }
    case 'rag': {
      const score = {
        none: Math.min(c.cpi, c.spi),
        bandAbove: Math.min(c.cpi, c.spi),
        costOnly: c.cpi,
        scheduleOnly: c.spi,
        average: (c.cpi + c.spi) / 2,
        better: Math.max(c.cpi, c.spi),
      }[c.slip ?? 'none']
      const ordered = [...c.bands].sort((a, b) => a.min - b.min)
      let label = ordered[0]!.label
      for (const b of ordered)
        if (c.slip === 'bandAbove' ? score > b.min : score >= b.min) label = b.label
      return label
    }
    case 'grid': {
      const p =
        c.slip === 'swappedAxes' ? c.interest : c.slip === 'interestOnly' ? c.interest : c.power
      const i = c.slip === 'swappedAxes' ? c.power : c.slip === 'powerOnly' ? c.power : c.interest
      if (p === 'high') return i === 'high' ? 'manage closely' : 'keep satisfied'
      return i === 'high' ? 'keep informed' : 'monitor'
    }
    case 'overdue': {
      const n = c.actions.filter((a) => {
        const mine = c.slip === 'everyOwner' || c.owner === undefined || a.owner === c.owner
        const open = c.slip === 'countedDone' || !a.done
        // A day's grace: only what was due before yesterday counts as late.
        const late =
          c.slip === 'dueTodayLate'
            ? a.due <= c.today
            : c.slip === 'graceDay'
              ? a.due <= c.today - 2
              : a.due < c.today
        return mine && open && late
      }).length
      return `${n} action${n === 1 ? '' : 's'}`
    }
  }
}

function evaluate(c: Calc): string {
  switch (c.op) {
    case 'schedule':
      return schedule(c)
    case 'ev':
      return earned(c)
    case 'evRule': {
      const v = c.packages.reduce((s, p) => {
        if (p.state === 'done') return s + (c.doneAsHalf ? p.budget / 2 : p.budget)
        if (p.state === 'not started') return s
        if (c.startedAsDone) return s + p.budget
        return s + { '0/100': 0, '50/50': 0.5, reported: p.reported / 100 }[c.rule] * p.budget
      }, 0)
      return money(v, c.currency)
    }
    case 'evStatus': {
      let cost = c.figures.ev / c.figures.ac
      let time = c.figures.ev / c.figures.pv
      if (c.swapped) [cost, time] = [time, cost]
      const under = c.invertCost ? cost < 1 : cost > 1
      const ahead = c.invertSchedule ? time < 1 : time > 1
      return `${under ? 'under' : 'over'} budget and ${ahead ? 'ahead of' : 'behind'} schedule`
    }
    case 'rule':
      return rule(c)
  }
}

/** Whether a reading sets any field only a mistaken reading sets. */
function mistaken(c: Calc): string[] {
  if (c.op === 'schedule') return SCHEDULE_SLIPS.filter((f) => c[f] !== undefined)
  if (c.op === 'evRule') return (['startedAsDone', 'doneAsHalf'] as const).filter((f) => c[f])
  if (c.op === 'evStatus')
    return (['swapped', 'invertCost', 'invertSchedule'] as const).filter((f) => c[f])
  if (c.op === 'rule') return 'slip' in c && c.slip !== undefined ? ['slip'] : []
  return []
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_04)
const computedDraws = DRAWN.filter((d) => 'calcs' in d.s) as { family: string; s: CalcScenario }[]

describeEngineIndependent('project-coordination scenarios', () => {
  it('are distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(90)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys a second scheduler, the earned-value definitions and the stated rules give, read without any slip', () => {
    const wrong: string[] = []
    for (const { family, s } of computedDraws) {
      const slips = mistaken(s.calcs.key)
      if (slips.length > 0) wrong.push(`${family}: the key reading sets ${slips.join(', ')}`)
      const k = s.calcs.key
      if (
        k.op === 'evRule' &&
        !family.includes(k.rule === 'reported' ? 'reported' : k.rule.replace('/', '-'))
      )
        wrong.push(`${family}: keyed with the ${k.rule} rule`)
      if (k.op === 'ev' && STANDARD_FORMULA[family] !== k.formula)
        wrong.push(`${family}: keyed with ${k.formula}, not ${STANDARD_FORMULA[family]}`)
      const again = evaluate(k)
      if (again !== s.key) wrong.push(`${family}: key ${s.key}, recomputed ${again} (${s.stem})`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('key the earned-value measures by their standard formula, every one of them', () => {
    const evFamilies = new Set(
      computedDraws.filter((d) => d.s.calcs.key.op === 'ev').map((d) => d.family),
    )
    expect([...evFamilies].sort()).toEqual(Object.keys(STANDARD_FORMULA).sort())
  })

  it('have wrong answers that are exactly their named slips and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computedDraws) {
      s.calcs.wrong.forEach(([calc, mistake], i) => {
        // An earned-value slip is another formula, a progress-rule slip another rule than the
        // contract's: both differ from the key's reading, which the key checks pin down.
        const otherRule =
          calc.op === 'evRule' && s.calcs.key.op === 'evRule' && calc.rule !== s.calcs.key.rule
        const otherFormula =
          calc.op === 'ev' && s.calcs.key.op === 'ev' && calc.formula !== s.calcs.key.formula
        if (mistaken(calc).length === 0 && !otherRule && !otherFormula)
          wrong.push(`${family}: "${mistake}" is read without a slip`)
        const again = evaluate(calc)
        const [text, named] = s.wrong[i]!
        if (named !== mistake || again !== text)
          wrong.push(`${family}: ${mistake} gives ${again}, shown ${text}`)
      })
      for (const [text, mistake] of distinctWrongs(s)) {
        if (text === s.key) wrong.push(`${family}: "${mistake}" gives the key`)
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('offer at least three distinct named distractors in every draw, none of them the key', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      const wrong = distinctWrongs(s)
      if (wrong.length < 3) problems.push(`${family}: fewer than three distinct distractors`)
      if (wrong.some(([, m]) => m.trim().length < 10))
        problems.push(`${family}: an unnamed mistake`)
      if (wrong.some(([t]) => t === s.key)) problems.push(`${family}: a distractor is the key`)
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('key the risk reviewed first as the one whose probability × impact, read back from the stem, is highest, and each distractor as its named ranking', () => {
    interface Listed {
      name: string
      p: number
      i: number
    }
    // Each ranking as a second implementation: the names a score puts on top (ties kept).
    const ranked: Record<string, (r: Listed) => number> = {
      'ranked the risks by impact alone': (r) => r.i,
      'ranked the risks by probability alone': (r) => r.p,
      'added probability and impact instead of multiplying': (r) => r.p + r.i,
    }
    const tops = (risks: Listed[], score: (r: Listed) => number) => {
      const best = Math.max(...risks.map(score))
      return risks.filter((r) => score(r) === best).map((r) => r.name)
    }
    const problems: string[] = []
    const drawn = DRAWN.filter((d) => d.family === 'risk-to-review-first-by-its-score')
    for (const { s } of drawn) {
      const risks = [
        ...s.stem.matchAll(/(?:oldest first: |; )([^;:]+?), probability (\d), impact (\d)/g),
      ].map((m) => ({ name: m[1]!, p: Number(m[2]), i: Number(m[3]) }))
      if (risks.length !== 5) problems.push(`read ${risks.length} risks from: ${s.stem}`)
      const key = tops(risks, (r) => r.p * r.i)
      if (key.length !== 1 || key[0] !== s.key)
        problems.push(`key ${s.key}, highest score ${key.join(', ')}`)
      for (const [text, mistake] of s.wrong) {
        const expected = mistake.startsWith('took the oldest entry')
          ? [risks[0]!.name]
          : tops(risks, ranked[mistake] ?? (() => Number.NaN))
        if (expected.length !== 1 || expected[0] !== text)
          problems.push(`"${mistake}" shows ${text}, its ranking gives ${expected.join(', ')}`)
      }
    }
    expect(drawn.length).toBeGreaterThan(20)
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('state the rule that decides every judged item in the stem', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN.filter((d) => !('calcs' in d.s))) {
      if (!/The client’s [^.]*(defines|names|rule|control|template|RACI)/.test(s.stem))
        problems.push(`${family}: states no rule`)
    }
    expect(problems).toEqual([])
  })
})
