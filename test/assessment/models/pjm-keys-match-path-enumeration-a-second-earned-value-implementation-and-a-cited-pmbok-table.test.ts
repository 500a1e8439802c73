import { expect, it } from 'vitest'
import {
  PJM_COST_FAMILIES,
  PJM_DEAL_FAMILIES,
  PJM_GOVERN_FAMILIES,
  PJM_RISK_FAMILIES,
  PJM_SCHEDULE_FAMILIES,
} from '../../../src/assessment/models/pjm/pjm-models.js'
import type { PjmScenario } from '../../../src/assessment/models/pjm/pjm-text.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...PJM_SCHEDULE_FAMILIES,
  ...PJM_COST_FAMILIES,
  ...PJM_RISK_FAMILIES,
  ...PJM_GOVERN_FAMILIES,
  ...PJM_DEAL_FAMILIES,
]
const DRAWS = 30

type F = Record<string, unknown>
type In = Record<string, unknown>

// ---- Printing figures, written here with Intl rather than the families' helpers.

const nf = (dp: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp })
function print(format: string, sym: string, v: number): string {
  switch (format) {
    case 'days':
      return v === 1 ? '1 day' : `${nf(0).format(v)} days`
    case 'days1':
      return `${nf(1).format(v)} days`
    case 'days2':
      return `${nf(1).format(v)} days²`
    case 'money':
      return `${v < 0 ? '-' : ''}${sym}${nf(0).format(Math.abs(v))}`
    case 'ratio':
      return nf(2).format(v)
    case 'percent':
      return `${nf(0).format(v * 100)}%`
    case 'count':
      return nf(0).format(v)
  }
  throw new Error(`unknown format ${format}`)
}

// ---- The critical path method again, by enumerating every start-to-end path (no passes).

interface Act {
  id: string
  d: number
  pred: string[]
}
function paths(acts: Act[]): string[][] {
  const succ = (id: string) => acts.filter((a) => a.pred.includes(id)).map((a) => a.id)
  const out: string[][] = []
  const grow = (path: string[]) => {
    const next = succ(path[path.length - 1]!)
    if (next.length === 0) out.push(path)
    for (const n of next) grow([...path, n])
  }
  for (const a of acts) if (a.pred.length === 0) grow([a.id])
  return out
}
function byPaths(acts: Act[]) {
  const dur = (id: string) => acts.find((a) => a.id === id)!.d
  const all = paths(acts)
  const length = (p: string[]) => p.reduce((s, id) => s + dur(id), 0)
  const D = Math.max(...all.map(length))
  const through = (id: string) => all.filter((p) => p.includes(id))
  const before = (p: string[], id: string) => length(p.slice(0, p.indexOf(id)))
  const after = (p: string[], id: string) => length(p.slice(p.indexOf(id) + 1))
  const es = (id: string) => Math.max(...through(id).map((p) => before(p, id)))
  const ef = (id: string) => es(id) + dur(id)
  const lf = (id: string) => D - Math.max(...through(id).map((p) => after(p, id)))
  const ls = (id: string) => lf(id) - dur(id)
  const tf = (id: string) => D - Math.max(...through(id).map(length))
  const succ = (id: string) => acts.filter((a) => a.pred.includes(id)).map((a) => a.id)
  const ff = (id: string) => (succ(id).length ? Math.min(...succ(id).map(es)) : D) - ef(id)
  return { all, length, D, es, ef, lf, ls, tf, ff, succ, dur, through }
}
/** The project's length with one more finish-to-start link, by the same path enumeration. */
function lengthWithLink(acts: Act[], from: string, to: string): number {
  const linked = acts.map((a) => (a.id === to ? { ...a, pred: [...a.pred, from] } : a))
  return byPaths(linked).D
}

function cpm(ask: string, slip: string, i: In): number | string | string[] {
  const acts = i.acts as Act[]
  const c = byPaths(acts)
  const x = i.x as string
  const k = i.k as number
  const ids = acts.map((a) => a.id)
  const ofPath = (p: string[]) => ids.filter((id) => p.includes(id)).join(', ')
  const table: Record<string, () => number | string | string[]> = {
    'duration:key': () => c.D,
    'duration:sum': () => acts.reduce((s, a) => s + a.d, 0),
    'duration:shortest': () => Math.min(...c.all.map(c.length)),
    'duration:gapped': () => Math.max(...c.all.map((p) => c.length(p) + p.length - 1)),
    'duration:no-last': () => c.D - c.dur(ids.find((id) => c.ef(id) === c.D)!),
    'duration:most-steps': () => {
      const most = Math.max(...c.all.map((p) => p.length))
      return Math.min(...c.all.filter((p) => p.length === most).map(c.length))
    },
    'es:pred-dur': () => Math.max(...pred(acts, x).map(c.dur)),
    'es:first-pred': () => c.ef(pred(acts, x)[0]!),
    'ef:end': () => c.D,
    'lf:lf-plus-tf': () => c.lf(x) + c.tf(x),
    'ef:pred-dur-ef': () => Math.max(...pred(acts, x).map(c.dur)) + c.dur(x),
    'lf:min-succ-es': () => Math.min(...c.succ(x).map(c.es)),
    'ls:end-minus-d': () => c.D - c.dur(x),
    'ls:min-succ-es-ls': () => Math.min(...c.succ(x).map(c.es)) - c.dur(x),
    'tf:ls-ef': () => c.ls(x) - c.ef(x),
    'tf:es': () => c.es(x),
    'ff:from-lf': () => Math.min(...c.succ(x).map(c.es)) - c.lf(x),
    'es:key': () => c.es(x),
    'es:ef': () => c.ef(x),
    'es:ls': () => c.ls(x),
    'es:pred-es': () => Math.max(...pred(acts, x).map(c.es)),
    'ef:pred-es-ef': () => Math.max(...pred(acts, x).map(c.es)) + c.dur(x),
    'es:min-pred': () => Math.min(...pred(acts, x).map(c.ef)),
    'es:sum-pred': () => pred(acts, x).reduce((s, q) => s + c.ef(q), 0),
    'ef:key': () => c.ef(x),
    'ef:es': () => c.es(x),
    'ef:lf': () => c.lf(x),
    'ef:min-pred-ef': () => Math.min(...pred(acts, x).map(c.ef)) + c.dur(x),
    'ef:sum-pred-ef': () => pred(acts, x).reduce((s, q) => s + c.ef(q), 0) + c.dur(x),
    'lf:key': () => c.lf(x),
    'lf:ef': () => c.ef(x),
    'lf:ls': () => c.ls(x),
    'lf:max-succ': () => Math.max(...c.succ(x).map(c.ls)),
    'lf:end': () => c.D,
    'ls:key': () => c.ls(x),
    'ls:es': () => c.es(x),
    'ls:lf': () => c.lf(x),
    'ls:max-succ-ls': () => Math.max(...c.succ(x).map(c.ls)) - c.dur(x),
    'ls:ff-start': () => c.es(x) + c.ff(x),
    'tf:key': () => c.tf(x),
    'tf:ff': () => c.ff(x),
    'tf:lf-es': () => c.lf(x) - c.es(x),
    'tf:short-through': () => c.D - Math.min(...c.through(x).map(c.length)),
    'tf:ls': () => c.ls(x),
    'ff:key': () => c.ff(x),
    'ff:tf': () => c.tf(x),
    'ff:max-succ-es': () => Math.max(...c.succ(x).map(c.es)) - c.ef(x),
    'ff:es-gap': () => Math.min(...c.succ(x).map(c.es)) - c.es(x),
    'ff:zero': () => 0,
    'ff:day-one': () => c.ff(x) - 1,
    'ff:interfering': () => c.tf(x) - c.ff(x),
    'ff:independent': () =>
      Math.min(...c.succ(x).map(c.es)) - Math.max(0, ...pred(acts, x).map(c.lf)) - c.dur(x),
    'critical:key': () => ids.filter((id) => c.tf(id) === 0).join(', '),
    'critical:zero-ff': () => ids.filter((id) => c.ff(id) === 0).join(', '),
    'critical:with-longest': () => {
      const longest = ids.find((id) => c.dur(id) === Math.max(...acts.map((a) => a.d)))!
      return ids.filter((id) => id === longest || c.tf(id) === 0).join(', ')
    },
    'critical:most-steps': () => {
      const most = Math.max(...c.all.map((p) => p.length))
      const cands = c.all.filter((p) => p.length === most)
      const least = Math.min(...cands.map(c.length))
      return cands.filter((p) => c.length(p) === least).map(ofPath)
    },
    'critical:shortest-path': () => {
      const least = Math.min(...c.all.map(c.length))
      return c.all.filter((p) => c.length(p) === least).map(ofPath)
    },
    'delay:key': () => Math.max(...c.all.map((p) => c.length(p) + (p.includes(x) ? k : 0))),
    'delay:plus-k': () => c.D + k,
    'delay:past-ff': () => c.D + k - c.ff(x),
    'delay:minus-left': () => c.D - (c.tf(x) - k),
    'delay:x-finish': () => c.ef(x) + k,
    'delay:none': () => c.D,
    'delay:plus-left': () => c.D + c.tf(x) - k,
    'delay:minus-k': () => c.D - k,
  }
  const f = table[`${ask}:${slip}`]
  if (!f) throw new Error(`no worked slip cpm ${ask}:${slip}`)
  return f()
}
const pred = (acts: Act[], id: string) => acts.find((a) => a.id === id)!.pred

function level(slip: string, i: In): number {
  const acts = i.acts as Act[]
  const x = i.x as string
  const y = i.y as string
  const D = byPaths(acts).D
  const xy = lengthWithLink(acts, x, y)
  const yx = lengthWithLink(acts, y, x)
  const d = (id: string) => acts.find((a) => a.id === id)!.d
  const t: Record<string, number> = {
    key: Math.min(xy, yx),
    unchanged: D,
    'worse-order': Math.max(xy, yx),
    'add-both': D + d(x) + d(y),
    'add-shorter': D + Math.min(d(x), d(y)),
  }
  return need(t, slip)
}

function need<T>(t: Record<string, T>, slip: string): T {
  if (!(slip in t)) throw new Error(`no worked slip ${slip}`)
  return t[slip]!
}

// ---- PERT (PMBOK 6th ed. §6.4.2.4), written again.
function pertOf(ask: string, slip: string, i: In): number | string {
  if (ask === 'path-sd') {
    const es = i.es as { o: number; m: number; p: number }[]
    const sds = es.map((e) => (e.p - e.o) / 6)
    return need(
      {
        key: Math.hypot(...sds),
        'sum-sd': sds.reduce((a, b) => a + b, 0),
        'sum-var': sds.reduce((a, b) => a + b ** 2, 0),
        'mean-sd': sds.reduce((a, b) => a + b, 0) / sds.length,
        'max-sd': Math.max(...sds),
        'root-sum-sd': Math.sqrt(sds.reduce((a, b) => a + b, 0)),
      },
      slip,
    )
  }
  const { o, m, p } = i as { o: number; m: number; p: number }
  const te = (o + 4 * m + p) / 6
  const sigma = (p - o) / 6
  const range = (c: number, z: number) =>
    `${(c - z * sigma).toFixed(1)} to ${(c + z * sigma).toFixed(1)} days`
  const t: Record<string, Record<string, number | string>> = {
    mean: {
      'o-weighted': (4 * o + m + p) / 6,
      optimistic: o,
      key: te,
      triangular: (o + m + p) / 3,
      'most-likely': m,
      div4: (o + 4 * m + p) / 4,
      extremes: (o + p) / 2,
    },
    sd: {
      'm-minus-o': (m - o) / 6,
      key: sigma,
      variance: sigma ** 2,
      'half-range': (p - o) / 2,
      'p-minus-m': (p - m) / 6,
      'third-range': (p - o) / 3,
    },
    variance: {
      'range-sq': (p - o) ** 2,
      key: sigma ** 2,
      sd: sigma,
      'range-sq-36-wrong': (p - o) ** 2 / 6,
      'p-minus-m-sq': ((p - m) / 6) ** 2,
      double: 2 * sigma,
    },
    range2: {
      key: range(te, 2),
      one: range(te, 1),
      three: range(te, 3),
      'o-to-p': `${o.toFixed(1)} to ${p.toFixed(1)} days`,
      'around-m': range(m, 2),
    },
  }
  return need(need(t, ask), slip)
}

function linkOf(ask: string, slip: string, i: In): number {
  const { s, dA, dB, lag } = i as { s: number; dA: number; dB: number; lag: number }
  const finishA = s + dA
  const t: Record<string, Record<string, number>> = {
    fs: {
      'b-finish-no-lag': finishA + dB,
      key: finishA + lag,
      'no-lag': finishA,
      'as-ss': s + lag,
      'as-lead': finishA - lag,
      'b-finish': finishA + lag + dB,
      'next-day': finishA + lag + 1,
    },
    ss: {
      'lag-only': lag,
      'as-lead': s - lag,
      key: s + lag,
      'as-fs': finishA + lag,
      'no-lag': s,
      'fs-no-lag': finishA,
      'b-finish': s + lag + dB,
    },
    ff: {
      'fs-no-lag': finishA + dB,
      key: finishA + lag,
      'as-fs': finishA + lag + dB,
      'no-lag': finishA,
      'as-ss': s + lag + dB,
      'as-lead': finishA - lag,
      'next-day': finishA + lag + 1,
    },
    lead: {
      'back-from-start': s - lag,
      key: finishA - lag,
      'as-lag': finishA + lag,
      'no-lead': finishA,
      'from-start': s + lag,
      'b-finish': finishA - lag + dB,
      'as-ff': finishA - lag - dB,
    },
  }
  return need(need(t, ask), slip)
}

// ---- Earned value, a second implementation of PMBOK 6th ed. Table 7-1: every measure of a
// status date computed once, and each answer read from it.
function evReport(i: In) {
  const { bac, pv, ev, ac } = i as { bac: number; pv: number; ev: number; ac: number }
  const cpi = ev / ac
  const spi = ev / pv
  const eacCpi = bac / cpi
  const eacBudget = ac + (bac - ev)
  const eacBoth = ac + (bac - ev) / (cpi * spi)
  return { bac, pv, ev, ac, cv: ev - ac, sv: ev - pv, cpi, spi, eacCpi, eacBudget, eacBoth }
}
function evmOf(ask: string, slip: string, i: In): number | string {
  const r = evReport(i)
  const etc = i.etc as number
  const eac = i.eac as number
  const t: Record<string, Record<string, number | string>> = {
    ev: {
      key: r.ev,
      pv: r.pv,
      ac: r.ac,
      remaining: r.bac - r.ev,
      'ac-share': (r.ac * r.ev) / r.bac,
    },
    cv: {
      key: r.cv,
      'ac-ev': -r.cv,
      'ev-pv': r.sv,
      'pv-ac': r.pv - r.ac,
      'bac-ac': r.bac - r.ac,
      'ev-bac': r.ev - r.bac,
    },
    sv: {
      key: r.sv,
      'pv-ev': -r.sv,
      'ev-ac': r.cv,
      'ac-pv': r.ac - r.pv,
      'bac-pv': r.bac - r.pv,
      'ev-bac': r.ev - r.bac,
    },
    cpi: { key: r.cpi, 'ac-ev': 1 / r.cpi, spi: r.spi, 'pv-ac': r.pv / r.ac, 'ac-pv': r.ac / r.pv },
    spi: { key: r.spi, 'pv-ev': 1 / r.spi, cpi: r.cpi, 'ac-pv': r.ac / r.pv, 'pv-ac': r.pv / r.ac },
    'eac-cpi': {
      key: r.eacCpi,
      atypical: r.eacBudget,
      'bac-times': r.bac * r.cpi,
      both: r.eacBoth,
      'bac-spi': r.bac / r.spi,
    },
    'eac-atypical': {
      key: r.eacBudget,
      typical: r.eacCpi,
      'ac-bac': r.ac + r.bac,
      sign: r.bac + r.cv,
      both: r.eacBoth,
      bac: r.bac,
      etc: r.bac - r.ev,
    },
    'eac-both': {
      'bac-spi': r.bac / r.spi,
      'ac-bac': r.ac + r.bac,
      key: r.eacBoth,
      typical: r.eacCpi,
      atypical: r.eacBudget,
      'spi-only': r.ac + (r.bac - r.ev) / r.spi,
      whole: r.bac / (r.cpi * r.spi),
    },
    'eac-bottom-up': {
      key: r.ac + etc,
      typical: r.eacCpi,
      'bac-etc': r.bac + etc,
      etc,
      'ev-etc': r.ev + etc,
    },
    etc: {
      key: r.eacCpi - r.ac,
      atypical: r.bac - r.ev,
      eac: r.eacCpi,
      'bac-ac': r.bac - r.ac,
      times: (r.bac - r.ev) * r.cpi,
    },
    vac: {
      key: r.bac - r.eacCpi,
      reversed: r.eacCpi - r.bac,
      cv: r.cv,
      'bac-ac': r.bac - r.ac,
      eac: r.eacCpi,
      'bac-ev': r.bac - r.ev,
    },
    'tcpi-bac': {
      spi: r.spi,
      'planned-left': (r.bac - r.ev) / (r.bac - r.pv),
      key: (r.bac - r.ev) / (r.bac - r.ac),
      inverted: (r.bac - r.ac) / (r.bac - r.ev),
      cpi: r.cpi,
      'to-eac': (r.bac - r.ev) / (r.eacCpi - r.ac),
      pv: (r.bac - r.pv) / (r.bac - r.ac),
    },
    'tcpi-eac': {
      key: (r.bac - r.ev) / (eac - r.ac),
      'to-bac': (r.bac - r.ev) / (r.bac - r.ac),
      inverted: (eac - r.ac) / (r.bac - r.ev),
      'eac-ev': (eac - r.ev) / (eac - r.ac),
      cpi: r.cpi,
    },
    'pct-complete': {
      key: r.ev / r.bac,
      spent: r.ac / r.bac,
      planned: r.pv / r.bac,
      'ev-ac': r.cpi,
      'ev-pv': r.spi,
    },
    'cv-pct': {
      key: r.cv / r.ev,
      'over-ac': r.cv / r.ac,
      'over-bac': r.cv / r.bac,
      'over-pv': r.cv / r.pv,
      'sv-pct': r.sv / r.pv,
    },
  }
  if (ask === 'status') {
    const say = (over: boolean, late: boolean) =>
      `${over ? 'Over' : 'Under'} budget and ${late ? 'behind' : 'ahead of'} schedule`
    const over = r.cpi < 1
    const late = r.spi < 1
    return need(
      {
        key: say(over, late),
        'flip-cost': say(!over, late),
        'flip-time': say(over, !late),
        'flip-both': say(!over, !late),
        'ac-pv': say(r.ac > r.pv, late),
      },
      slip,
    )
  }
  return need(need(t, ask), slip)
}

function reserveOf(ask: string, slip: string, i: In): number {
  const { work, cont, mr } = i as { work: number; cont: number; mr: number }
  // PMBOK 6th ed. §7.3.3.1: cost baseline = estimates + contingency; budget = baseline + MR.
  const baseline = work + cont
  const t: Record<string, Record<string, number>> = {
    baseline: {
      key: baseline,
      all: baseline + mr,
      work,
      mr: work + mr,
      'less-mr': baseline - mr,
      'double-cont': baseline + cont,
      'less-cont': work - cont,
    },
    budget: {
      key: baseline + mr,
      baseline,
      'work-mr': work + mr,
      work,
      double: baseline + cont + mr,
    },
  }
  return need(need(t, ask), slip)
}

function riskOf(ask: string, slip: string, i: In): number {
  type R = { p: number; impact: number }
  const exp = (r: R) => r.p * r.impact
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  if (ask === 'contingency') {
    const rs = i.rs as R[]
    return need(
      {
        key: sum(rs.map(exp)),
        impacts: sum(rs.map((r) => r.impact)),
        largest: Math.max(...rs.map((r) => r.impact)),
        complement: sum(rs.map((r) => (1 - r.p) * r.impact)),
        'max-emv': Math.max(...rs.map(exp)),
      },
      slip,
    )
  }
  if (ask === 'net') {
    const th = i.th as R[]
    const op = i.op as R
    const threats = sum(th.map(exp))
    return need(
      {
        key: threats - exp(op),
        added: threats + exp(op),
        threats,
        impacts: sum(th.map((r) => r.impact)) - op.impact,
        'op-full': threats - op.impact,
      },
      slip,
    )
  }
  const { impact, p1, p2, cost } = i as { impact: number; p1: number; p2: number; cost: number }
  const before = p1 * impact
  const after = p2 * impact + cost
  return need(
    {
      key: before - after,
      'no-cost': before - p2 * impact,
      'no-residual': before - cost,
      after,
      'no-prob': impact - cost,
    },
    slip,
  )
}

function treeOf(slip: string, i: In, sym: string): string {
  type O = { label: string; up: number; p: number; bad: number }
  const opts = [i.a as O, i.b as O]
  const expected = (o: O) => o.up + o.p * o.bad
  const say = (o: O, v: number) => `${o.label}, expected cost ${print('money', sym, v)}`
  const [best, other] = [...opts].sort((x, y) => expected(x) - expected(y)) as [O, O]
  const [byWorst] = [...opts].sort((x, y) => x.up + x.bad - (y.up + y.bad)) as [O]
  const [byUp] = [...opts].sort((x, y) => x.up - y.up) as [O]
  return need(
    {
      key: say(best, expected(best)),
      other: say(other, expected(other)),
      'no-up': say(best, best.p * best.bad),
      'worst-case': say(byWorst, byWorst.up + byWorst.bad),
      'up-only': say(byUp, byUp.up),
      'risk-only': say(other, other.p * other.bad),
      'best-worst': say(best, best.up + best.bad),
    },
    slip,
  )
}

function piOf(slip: string, i: In): string {
  const scored = i.scored as { name: string; p: number; i: number }[]
  const rank = [...scored].sort((a, b) => b.p * b.i - a.p * a.i)
  const by = (f: (r: (typeof scored)[number]) => number) =>
    scored.reduce((m, r) => (f(r) > f(m) ? r : m)).name
  return need(
    {
      key: rank[0]!.name,
      impact: by((r) => r.i * 10 + r.p),
      probability: by((r) => r.p * 10 + r.i),
      lowest: rank[rank.length - 1]!.name,
    },
    slip,
  )
}

function raciOf(ask: string, slip: string, i: In): string {
  const tasks = i.tasks as string[]
  const rows = i.rows as string[][]
  const people = i.people as string[]
  const count = (row: string[], l: string) => row.filter((c) => c === l).length
  if (ask === 'accountable') {
    const row = rows[i.t as number]!
    const who = (l: string) => people[row.indexOf(l)]!
    return need({ key: who('A'), r: who('R'), c: who('C'), i: who('I') }, slip)
  }
  const find = (ok: (row: string[]) => boolean) => tasks[rows.findIndex(ok)]!
  return need(
    {
      key: find((r) => count(r, 'A') !== 1),
      'two-r': find((r) => count(r, 'A') === 1 && count(r, 'R') === 2),
      'no-c': find((r) => count(r, 'A') === 1 && count(r, 'C') === 0 && count(r, 'R') === 1),
      full: find((r) => ['A', 'R', 'C', 'I'].every((l) => count(r, l) === 1)),
    },
    slip,
  )
}

function channelsOf(ask: string, slip: string, i: In): number {
  // PMBOK 6th ed. §10.1.2.1: n(n − 1)/2 for n people.
  const links = (n: number) => (n * (n - 1)) / 2
  if (ask === 'count') {
    const n = (i.k as number) + 1
    return need(
      {
        key: links(n),
        'no-self': links(n - 1),
        'no-halving': 2 * links(n),
        square: n * n,
        'plus-one': links(n + 1),
      },
      slip,
    )
  }
  const n = i.n as number
  const add = i.add as number
  return need(
    {
      key: links(n + add) - links(n),
      'new-total': links(n + add),
      'among-new': links(add),
      times: n * add,
      linear: 2 * links(add),
      'new-total-double': 2 * links(n + add),
    },
    slip,
  )
}

function contractOf(ask: string, slip: string, i: In): number {
  if (ask === 'tm') {
    const { hours, rate, mat, nte } = i as { hours: number; rate: number; mat: number; nte: number }
    const labour = hours * rate
    return need(
      {
        key: Math.min(labour + mat, nte),
        'no-cap': labour + mat,
        labour: Math.min(labour, nte),
        'cap-plus': nte + mat,
        'labour-raw': labour,
        'cap-less-mat': nte - mat,
        materials: mat,
        nte,
      },
      slip,
    )
  }
  if (ask === 'cpff') {
    const { est, feePct, actual } = i as { est: number; feePct: number; actual: number }
    const fee = est * (feePct / 100)
    return need(
      {
        key: actual + fee,
        'fee-on-actual': actual + actual * (feePct / 100),
        estimate: est + fee,
        'no-fee': actual,
        'fee-twice': actual + fee + fee,
        'fee-only': fee,
        margin: Math.round(actual / (1 - feePct / 100)),
      },
      slip,
    )
  }
  if (ask === 'cpif') {
    const { target, tfee, buyer, actual } = i as {
      target: number
      tfee: number
      buyer: number
      actual: number
    }
    const under = target - actual
    return need(
      {
        key: tfee + under * ((100 - buyer) / 100),
        'buyer-share': tfee + under * (buyer / 100),
        target: tfee,
        sign: tfee - under * ((100 - buyer) / 100),
        whole: tfee + under,
        price: actual + tfee + under * ((100 - buyer) / 100),
        'share-of-fee': tfee * ((100 - buyer) / 100),
      },
      slip,
    )
  }
  const { target, profit, ceiling, buyer } = i as {
    target: number
    profit: number
    ceiling: number
    buyer: number
  }
  const price = target + profit
  return need(
    {
      key: target + (ceiling - price) / (buyer / 100),
      'seller-share': target + (ceiling - price) / ((100 - buyer) / 100),
      'no-target': (ceiling - price) / (buyer / 100),
      ceiling,
      times: target + (ceiling - price) * (buyer / 100),
      'plus-price': price + (ceiling - price) / (buyer / 100),
      'from-cost': target + (ceiling - target) / (buyer / 100),
    },
    slip,
  )
}

/** What an answer tagged with `slip` must read, worked out again. */
function worked(f: F, slip: string): string | string[] {
  const ask = f.ask as string
  const i = f.in as In
  const fmt = (v: number | string | string[]) =>
    typeof v === 'number' ? print(f.format as string, f.sym as string, v) : v
  switch (f.kind) {
    case 'cpm':
      return fmt(cpm(ask, slip, i))
    case 'pert':
      return fmt(pertOf(ask, slip, i))
    case 'link':
      return fmt(linkOf(ask, slip, i))
    case 'level':
      return fmt(level(slip, i))
    case 'evm':
      return fmt(evmOf(ask, slip, i))
    case 'reserve':
      return fmt(reserveOf(ask, slip, i))
    case 'risk':
      return fmt(riskOf(ask, slip, i))
    case 'tree':
      return treeOf(slip, i, moneySymbol(f))
    case 'pi':
      return piOf(slip, i)
    case 'raci':
      return raciOf(ask, slip, i)
    case 'channels':
      return fmt(channelsOf(ask, slip, i))
    case 'contract':
      return fmt(contractOf(ask, slip, i))
  }
  throw new Error(`unknown kind ${String(f.kind)}`)
}
/** The tree family prints money in its text answers; its symbol is read from the key. */
const moneySymbol = (f: F) => {
  const key = Object.entries(f.slips as Record<string, string>).find(([, s]) => s === 'key')![0]
  return /expected cost -?([$€£])/.exec(key)![1]!
}

// ---- The documented answer of every rule family, with the PMI source that states it and a
// pattern every true wording of the key matches and no distractor does: written here from the
// sources, apart from the families.
const P6 = 'PMBOK Guide 6th ed.'
const P7 = 'PMBOK Guide 7th ed.'
const LEX = 'PMI Lexicon'
const RULES: Record<string, readonly [answer: string, source: string, marker: RegExp]> = {
  'levelling-can-move-critical-path': [
    'may-extend',
    `${P6} §6.5.2.3`,
    /(change|new) .*critical path/,
  ],
  'smoothing-stays-within-float': ['within-float', `${P6} §6.5.2.3`, /^(Resource s|S)moothing/],
  'crashing-adds-cost': ['crash', `${P6} §6.5.2.6`, /^Crash/],
  'fast-tracking-adds-rework-risk': ['fast-track', `${P6} §6.5.2.6`, /[Ff]ast tracking.*rework/],
  'crashing-off-critical-path-saves-nothing': [
    'no-gain',
    `${P6} §6.5.2.6`,
    /no earlier|stays the same/,
  ],
  'critical-path-is-longest': ['longest', LEX, /longest/],
  'negative-float-means-behind': [
    'negative',
    `${P6} §6.5.2.2`,
    /misses the fixed date|late on its fixed date/,
  ],
  'finish-to-start-most-common': ['fs', `${P6} §6.3.2.1`, /^Finish-to-start/],
  'start-to-finish-meaning': ['sf', `${P6} §6.3.2.1`, /^Start-to-finish/],
  'milestone-zero-duration': ['zero', LEX, /[Zz]ero duration|no duration/],
  'discretionary-dependency': ['discretionary', `${P6} §6.3.2.2`, /[Dd]iscretionary/],
  'management-reserve-needs-baseline-change': [
    'change-baseline',
    `${P6} §7.2.2.6`,
    /approved (baseline )?change/,
  ],
  'eac-typical-assumption': ['cpi-continues', `${P6} Table 7-1`, /will continue|at the CPI/],
  'tcpi-above-one-is-harder': ['harder', `${P6} §7.4.2.2`, /more efficiently|must earn 1\.18/],
  'sv-is-zero-at-completion': ['zero', `${P6} §7.4.2.2`, /^(Zero|0:)/],
  'threat-avoid': ['avoid', `${P7} §2.8.5`, /untested plug-in|unreliable supplier is not used/],
  'threat-transfer': ['transfer', `${P7} §2.8.5`, /insurance|fixed-price contract/],
  'threat-mitigate': ['mitigate', `${P7} §2.8.5`, /load testing|second admin/],
  'threat-accept': ['accept-threat', `${P7} §2.8.5`, /set aside two days|only if it happens/],
  'threat-escalate': ['escalate', `${P7} §2.8.5`, /client’s board|beyond your authority/],
  'opportunity-exploit': ['exploit', `${P7} §2.8.5`, /is certain|ordering everything now/],
  'opportunity-share': ['share', `${P7} §2.8.5`, /joint venture|better placed/],
  'opportunity-enhance': ['enhance', `${P7} §2.8.5`, /raise the odds|improve its odds/],
  'opportunity-accept': [
    'accept-opportunity',
    `${P7} §2.8.5`,
    /without chasing it|do nothing to pursue it/,
  ],
  'risk-owner': ['owner', `${P6} §11.2.3.1`, /response/],
  'secondary-risk': ['secondary', LEX, /^(A s|S)econdary risk/],
  'residual-risk': ['residual', LEX, /^(The r|R)esidual risk/],
  'workaround-unplanned': ['workaround', `${P6} Glossary`, /^A workaround/],
  'issue-versus-risk': ['issue', LEX, /^The issue log/],
  'management-reserve-for-unknown-unknowns': [
    'management',
    `${P6} §7.2.2.6`,
    /^(The m|M)anagement reserve/,
  ],
  'risk-threshold': ['threshold', LEX, /risk threshold/],
  'raci-one-accountable': ['one-a', `${P6} §9.1.2.2`, /one A per task|single Accountable/],
  'change-request-route': ['change-request', `${P6} §4.6`, /change request|change control/],
  'change-impact-first': ['impact', `${P6} §4.6`, /^(Analyse its impact|Assess what it does)/],
  'who-approves-change': ['ccb', `${P6} §4.6`, /change management plan/],
  'baseline-changes-only-by-approval': [
    'formal',
    LEX,
    /approved change request|formal change control/,
  ],
  'scope-baseline-contents': [
    'scope-wbs-dictionary',
    `${P6} §5.4.3.1`,
    /[Ss]cope statement,( the)? WBS and( the)? WBS dictionary/,
  ],
  'performance-measurement-baseline': [
    'pmb',
    `${P6} Glossary`,
    /[Ss]cope, schedule and cost baselines/,
  ],
  'validate-scope-versus-control-quality': [
    'acceptance',
    `${P6} §5.5`,
    /formal acceptance|Formal acceptance/,
  ],
  'scope-creep': ['creep', `${P6} §5.6`, /^Scope creep/],
  'gold-plating': ['gold', `${P6} §5.6`, /^Gold plating/],
  'wbs-100-percent-rule': ['100-percent', `${P6} §5.4.2.2`, /all (of its|the project’s) work/],
  'work-package-lowest-level': ['lowest', LEX, /[Ll]owest[- ]level/],
  'performance-domains-7th': ['domains', `${P7} §2`, /^(Uncertainty|Measurement|Delivery)$/],
  'ffp-seller-bears-risk': ['seller', `${P6} §12.1.1.4`, /^The seller/],
  'cpff-buyer-bears-risk': ['buyer', `${P6} §12.1.1.4`, /^The buyer(,| who|$)/],
  'tm-for-undefined-scope': ['tm', `${P6} §12.1.1.4`, /^Time and materials?, (with|capped)/],
  'ffp-when-scope-defined': ['ffp', `${P6} §12.1.1.4`, /[Ff]irm[- ]fixed[- ]price/],
  'communication-push': ['push', `${P6} §10.1.2.4`, /^Push/],
  'communication-pull': ['pull', `${P6} §10.1.2.4`, /^Pull/],
  'communication-interactive': ['interactive', `${P6} §10.1.2.4`, /^Interactive/],
}

describeEngineIndependent('Project management keys', () => {
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

  it('match path enumeration, a second earned-value implementation and the worked formulas, key and every named slip', () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      const f = (s as PjmScenario).facts as F
      if (f.kind === 'rule') continue
      const slips = f.slips as Record<string, string>
      expect(slips[s.key], `${family}: the key is not tagged as the key`).toBe('key')
      for (const text of [s.key, ...distinctWrongs(s).map(([t]) => t)]) {
        const slip = slips[text]
        if (slip === undefined) {
          problems.add(`${family}: "${text}" has no slip`)
          continue
        }
        const want = worked(f, slip)
        const ok = Array.isArray(want) ? want.includes(text) : want === text
        if (!ok) problems.add(`${family}: ${slip} shows ${text}, works out ${String(want)}`)
        else checked++
      }
    }
    expect([...problems].slice(0, 10)).toEqual([])
    expect(checked).toBeGreaterThan(1000)
  })

  it('cite the PMBOK Guide or PMI Lexicon for every rule family, each true wording fitting the rule and no distractor', () => {
    const ruleDraws = drawn.filter((d) => (d.s as PjmScenario).facts.kind === 'rule')
    expect(new Set(ruleDraws.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const { family, s } of ruleDraws) {
      const f = (s as PjmScenario).facts as F
      const [answer, source, marker] = RULES[family]!
      expect(f.answer, family).toBe(answer)
      expect(f.source as string, family).toContain(source)
      for (const k of f.keys as string[]) expect(k, family).toMatch(marker)
      for (const [t] of distinctWrongs(s))
        expect(t, `${family}: a distractor states the rule`).not.toMatch(marker)
    }
  })
})
