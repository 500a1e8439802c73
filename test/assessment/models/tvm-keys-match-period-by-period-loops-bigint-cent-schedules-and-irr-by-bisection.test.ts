import { expect, it } from 'vitest'
import type { Arg, Calc, Shape, TvmScenario } from '../../../src/assessment/models/tvm/tvm-calc.js'
import {
  TVM_ANNUITY_FAMILIES,
  TVM_LOAN_FAMILIES,
  TVM_LUMP_FAMILIES,
  TVM_NPV_FAMILIES,
  TVM_RATE_FAMILIES,
} from '../../../src/assessment/models/tvm/tvm-models.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...TVM_LUMP_FAMILIES,
  ...TVM_RATE_FAMILIES,
  ...TVM_ANNUITY_FAMILIES,
  ...TVM_LOAN_FAMILIES,
  ...TVM_NPV_FAMILIES,
]
const DRAWS = 25

// ---- A second implementation, never the families' closed formulas: balances rolled forward
// ---- one period at a time, every payment discounted on its own, exponentials by their series,
// ---- inverse problems (payments, rates, periods, IRR) by bisection, and lenders' schedules in
// ---- BigInt cents with half-up rounding.

/** (1 + i)^n by repeated multiplication; a fractional remainder by the binomial series. */
function grow(i: number, n: number): number {
  let f = 1
  const whole = Math.floor(n)
  for (let t = 0; t < whole; t++) f *= 1 + i
  const frac = n - whole
  if (frac > 0) {
    // (1 + i)^frac = Σ C(frac, k) i^k, convergent for |i| < 1
    let term = 1
    let sum = 1
    for (let k = 1; k < 200; k++) {
      term *= ((frac - k + 1) / k) * i
      sum += term
      if (Math.abs(term) < 1e-18) break
    }
    f *= sum
  }
  return f
}
/** e^x by its power series. */
function exp(x: number): number {
  let term = 1
  let sum = 1
  for (let k = 1; k < 400; k++) {
    term *= x / k
    sum += term
    if (Math.abs(term) < 1e-18 * Math.abs(sum)) break
  }
  return sum
}
/** The root of an increasing or decreasing f on [lo, hi] by bisection. */
function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let flo = f(lo)
  for (let it = 0; it < 200; it++) {
    const mid = (lo + hi) / 2
    const fm = f(mid)
    if (fm === 0) return mid
    if (Math.sign(fm) === Math.sign(flo)) {
      lo = mid
      flo = fm
    } else hi = mid
  }
  return (lo + hi) / 2
}
/** Each payment discounted on its own: payments at times `first`, first + 1, … (n of them). */
const presentOfPayments = (c: number, i: number, n: number, first: number) => {
  let s = 0
  let factor = 1 / grow(i, first)
  for (let t = 0; t < n; t++) {
    const term = c * factor
    s += term
    if (term < 1e-13 * s) break
    factor /= 1 + i
  }
  return s
}
/** A savings balance rolled forward: deposits at the start (due) or end of each period. */
function accumulate(c: number, i: number, n: number, due: number): number {
  let bal = 0
  for (let t = 0; t < n; t++) {
    if (due) bal += c
    bal *= 1 + i
    if (!due) bal += c
  }
  return bal
}
/** A loan's balance after n level payments, period by period. */
function owed(pv: number, pmt: number, i: number, n: number, due: number): number {
  let bal = pv
  for (let t = 0; t < n; t++) {
    if (due) bal -= pmt
    bal *= 1 + i
    if (!due) bal -= pmt
  }
  return bal
}
const cashPaybackWalk = (cs: readonly number[]): number => {
  let still = -cs[0]!
  for (let t = 1; t < cs.length; t++) {
    if (cs[t]! >= still) return t - 1 + still / cs[t]!
    still -= cs[t]!
  }
  return Number.NaN
}
const npvLoop = (r: number, cs: readonly number[]) => cs.reduce((s, c, t) => s + c / grow(r, t), 0)

/** A lender's schedule in BigInt cents: payment from a bisected level payment, half-up interest. */
function bankSchedule(cents: number, bp: number, perYear: number, n: number) {
  const i = bp / 10000 / perYear
  const level = bisect((p) => owed(cents, p, i, n, 0), 0, cents)
  const pay = BigInt(Math.round(level))
  const den = BigInt(10000 * perYear)
  let bal = BigInt(cents)
  const rows: [bigint, bigint, bigint][] = []
  for (let k = 1; k <= n; k++) {
    const interest = (2n * bal * BigInt(bp) + den) / (2n * den)
    const principal = k === n ? bal : pay - interest
    bal -= principal
    rows.push([interest, principal, bal])
  }
  return { pay, rows }
}
const cents = (b: bigint) => Number(b) / 100

function recompute(c: Calc): number {
  const [op, ...args] = c
  const a = args.map((x: Arg) => (typeof x === 'number' ? x : recompute(x)))
  const [x = 0, y = 0, z = 0, w = 0, v = 0] = a
  switch (op) {
    case 'fv':
      return x * grow(y, z)
    case 'pv':
      return x / grow(y, z)
    case 'simpleFv':
      return x + x * y * z
    case 'simplePv':
      return bisect((p) => p + p * y * z - x, 0, x)
    case 'decline': {
      let s = x
      for (let t = 0; t < z; t++) s -= s * y
      return s
    }
    case 'fvCont':
      return x * exp(y * z)
    case 'pvCont':
      return x / exp(y * z)
    case 'gain':
      return x * grow(y, z) - x
    case 'periodInterest':
      return x * grow(y, z - 1) * y
    case 'fvFlows': {
      const deposits = new Map<number, number>()
      for (let j = 2; j + 1 < a.length; j += 2)
        deposits.set(a[j]!, (deposits.get(a[j]!) ?? 0) + a[j + 1]!)
      let bal = 0
      for (let t = 0; t <= y; t++) {
        if (t > 0) bal *= 1 + x
        bal += deposits.get(t) ?? 0
      }
      return bal
    }
    case 'pvFlows': {
      let s = 0
      for (let j = 1; j + 1 < a.length; j += 2) s += a[j + 1]! / grow(x, a[j]!)
      return s
    }
    case 'fvAnn':
      return w > 1 ? accumulate(x, y, z, 1) * (1 + y) : accumulate(x, y, z, w)
    case 'pvAnn':
      return presentOfPayments(x, y, z, w ? 0 : 1)
    case 'pmt':
      return w > 1 ? Number.NaN : bisect((p) => owed(x, p, y, z, w), 0, x * 2)
    case 'sink':
      return bisect((p) => accumulate(p, y, z, w) - x, 0, x)
    case 'deferredAnn':
      return presentOfPayments(x, y, z, w + 1)
    case 'perp':
      return presentOfPayments(x, y, 1e7, 1)
    case 'gperp': {
      let s = 0
      let term = x / (1 + y)
      while (term > 1e-13 * s) {
        s += term
        term *= (1 + z) / (1 + y)
      }
      return s
    }
    case 'gann': {
      let s = 0
      let pay = x
      for (let t = 1; t <= w; t++) {
        s += pay / grow(y, t)
        pay *= 1 + z
      }
      return s
    }
    case 'nper':
      return bisect(
        (n) => x * exp(n * Math.log1p(z)) - (y * (exp(n * Math.log1p(z)) - 1)) / z,
        0,
        2000,
      )
    case 'nperLump':
      return bisect((n) => x * exp(n * Math.log1p(z)) - y, 0, 2000)
    case 'rate':
      return bisect((r) => x * grow(r, z) - y, -0.99, 10)
    case 'ear':
      return grow(x / y, y) - 1
    case 'earCont':
      return exp(x) - 1
    case 'nominal':
      return bisect((r) => grow(r / y, y) - 1 - x, 0, 5)
    case 'periodic':
      return bisect((p) => grow(p, y) - 1 - x, 0, 5)
    case 'lnRate':
      return bisect((r) => exp(r) - 1 - x, -1, 5)
    case 'log10Rate':
      return bisect((r) => exp(r * Math.LN10) - 1 - x, -1, 5)
    case 'ratio':
      return bisect((q) => (1 + q) * (1 + y) - (1 + x), -0.99, 5)
    case 'compound':
      return x + y + x * y
    case 'sum':
      return a.reduce((s, t) => s + t, 0)
    case 'ceil':
      return Math.ceil(x)
    case 'floor':
      return Math.floor(x)
    case 'diff':
      return x - y
    case 'times':
      return x * y
    case 'over':
      return x / y
    case 'npv':
      return npvLoop(x, a.slice(1))
    case 'irr':
      return bisect((r) => npvLoop(r, a), -0.9, 1)
    case 'payback':
      return cashPaybackWalk(a)
    case 'dpayback':
      return cashPaybackWalk(a.slice(1).map((cf, t) => cf / grow(x, t)))
    case 'loanRate':
      return bisect((i) => presentOfPayments(y, i, z, 1) - x, 1e-9, 1)
    case 'loanEar':
      return (
        grow(
          bisect((i) => presentOfPayments(y, i, z, 1) - x, 1e-9, 1),
          w,
        ) - 1
      )
    case 'loanApr':
      return bisect((i) => presentOfPayments(y, i, z, 1) - x, 1e-9, 1) * w
    case 'schedPmt':
      return cents(bankSchedule(x, y, z, w).pay)
    case 'schedInterest':
      return cents(bankSchedule(x, y, z, w).rows[v - 1]![0])
    case 'schedPrincipal':
      return cents(bankSchedule(x, y, z, w).rows[v - 1]![1])
    case 'schedBalance':
      return cents(bankSchedule(x, y, z, w).rows[v - 1]![2])
    case 'schedInterestTo':
      return cents(
        bankSchedule(x, y, z, w)
          .rows.slice(0, v)
          .reduce((s, r) => s + r[0], 0n),
      )
    case 'schedPrincipalTo':
      return cents(
        bankSchedule(x, y, z, w)
          .rows.slice(0, v)
          .reduce((s, r) => s + r[1], 0n),
      )
    case 'schedLast': {
      const last = bankSchedule(x, y, z, w).rows.at(-1)!
      return cents(last[0] + last[1])
    }
  }
}
/** The figure an answer shows, read back from its text. */
const figure = (text: string) => Number(text.replace(/[^0-9.-]/g, ''))
const unit = (shape: Shape) =>
  shape.kind === 'money' ? 0.01 : shape.kind === 'pct' ? 10 ** -shape.dp / 100 : 10 ** -shape.dp
const scale = (shape: Shape) => (shape.kind === 'pct' ? 100 : 1)

/** Whether an answer shows the recomputed value of its Calc, to the shape's last place. */
function agrees(text: string, calc: Calc, shape: Shape): string | undefined {
  const again = recompute(calc)
  const exact = typeof calc[0] === 'string' && calc[0].startsWith('sched')
  const shown = figure(text) / scale(shape)
  const slack = exact ? 1e-9 : unit(shape) / 2 + 1e-9 * Math.max(1, Math.abs(again))
  return Math.abs(shown - again) <= slack
    ? undefined
    : `${JSON.stringify(calc)} is ${again}, shown ${text}`
}

// ---- Named slips whose arguments must differ from the key's exactly as the name says.
const numbers = (c: Calc) => c.slice(1)
/** The one argument position where two Calcs of the same op differ, with both values. */
function oneChange(key: Calc, slip: Calc): [number, number] | undefined {
  if (key[0] !== slip[0] || key.length !== slip.length) return undefined
  const diffs = numbers(key).flatMap((k, j) => {
    const s = numbers(slip)[j]
    return JSON.stringify(k) === JSON.stringify(s) ? [] : [[k, s] as const]
  })
  if (diffs.length !== 1) return undefined
  const [k, s] = diffs[0]!
  if (typeof k === 'number' && typeof s === 'number') return [k, s]
  // A change inside one nested computation (the annuity inside a compounding) is that change.
  return typeof k === 'object' && typeof s === 'object' ? oneChange(k, s) : undefined
}
const SLIP_RULES: Readonly<Record<string, (key: Calc, slip: Calc) => boolean>> = {
  dueForOrdinary: (k, s) => oneChange(k, s)?.join() === '0,1',
  ordinaryForDue: (k, s) => oneChange(k, s)?.join() === '1,0',
  extraPeriod: (k, s) => {
    const d = oneChange(k, s)
    return d !== undefined && d[1] - d[0] === 1
  },
  missingPeriod: (k, s) => {
    const d = oneChange(k, s)
    return d !== undefined && d[0] - d[1] === 1
  },
  previousPeriod: (k, s) => oneChange(k, s) !== undefined && s.at(-1) === (k.at(-1) as number) - 1,
  nextPeriod: (k, s) => oneChange(k, s) !== undefined && s.at(-1) === (k.at(-1) as number) + 1,
  nominalAsPeriodic: (k, s) => {
    const d = oneChange(k, s)
    return d !== undefined && [2, 4, 12, 365].some((m) => Math.abs(d[1] / d[0] - m) < 1e-9)
  },
  annualRateMonthly: (k, s) => {
    const d = oneChange(k, s)
    return d !== undefined && Math.abs(d[1] / d[0] - 12) < 1e-9
  },
  yearsAsPeriods: (k, s) => {
    const d = oneChange(k, s)
    return d !== undefined && [2, 4, 12].some((m) => Math.abs(d[0] / d[1] - m) < 1e-9)
  },
  basis360: (k, s) => {
    const d = oneChange(k, s)
    return d !== undefined && Math.abs(d[1] / d[0] - 365 / 360) < 1e-9
  },
  discountsOutlay: (k, s) =>
    k[0] === 'npv' &&
    s[0] === 'npv' &&
    JSON.stringify([...k.slice(0, 2), 0, ...k.slice(2)]) === JSON.stringify(s),
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: TvmScenario }[]

describeEngineIndependent('time value of money scenarios', () => {
  it('are at least 95 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys that period-by-period loops, BigInt cent schedules and bisection give, shown as the key', () => {
    const wrong: string[] = []
    for (const { family, s } of DRAWN) {
      const problem = agrees(s.key, s.calcs.key!, s.shape)
      if (problem) wrong.push(`${family}: key ${problem}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('have distractors that are each exactly their named slip and never the key', () => {
    const wrong: string[] = []
    let ruled = 0
    for (const { family, s } of DRAWN) {
      for (const [text] of s.wrong) {
        const slip = s.calc.slips[text]
        const calc = slip === undefined ? undefined : s.calcs[slip]
        if (!slip || slip === 'key' || !calc) {
          wrong.push(`${family}: ${text} has no slip`)
          continue
        }
        const problem = agrees(text, calc, s.shape)
        if (problem) wrong.push(`${family}: ${slip}: ${problem}`)
        const rule = SLIP_RULES[slip]
        if (rule) {
          ruled++
          if (!rule(s.calcs.key!, calc))
            wrong.push(
              `${family}: ${slip} is not that slip of ${JSON.stringify(s.calcs.key)}: ${JSON.stringify(calc)}`,
            )
        }
      }
    }
    expect([...new Set(wrong.map((w) => w.split(' is ')[0]))].slice(0, 12)).toEqual([])
    expect(ruled).toBeGreaterThan(500)
  })

  it('place distractors on both sides of the key in every numeric family', () => {
    const sides = new Map<string, { above: number; below: number }>()
    for (const { family, s } of DRAWN) {
      const k = figure(s.key)
      const tally = sides.get(family) ?? { above: 0, below: 0 }
      for (const [text] of s.wrong) figure(text) > k ? tally.above++ : tally.below++
      sides.set(family, tally)
    }
    const oneSided = [...sides].filter(([, t]) => t.above === 0 || t.below === 0).map(([f]) => f)
    expect(oneSided).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    const shown = DRAWN.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems(shown, { capitalStem: true })).toEqual([])
  })
})
