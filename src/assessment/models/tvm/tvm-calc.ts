import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { grouped, type Slip, scenarioFamily, worked } from '../scenario/scenario-text.js'

/*
 * Time-value-of-money computations as data. Every answer an item shows (the key and each named
 * slip) is one `Calc`: an operation and its arguments, evaluated here by the closed formulas an
 * analyst uses (annuity factors, Newton's method for IRR). The key test evaluates the same Calcs
 * again its own way (period-by-period balances, BigInt cents, IRR by bisection) and checks each
 * slip's arguments differ from the key's exactly as the slip's name says.
 *
 * Rates are per period (decimals) unless an op says otherwise; `due` is 1 for an annuity due
 * (payments at the start of each period) and 0 for an ordinary annuity. Loan-schedule ops work
 * in integer cents as a bank's schedule does: payment rounded to the cent, each period's interest
 * rounded half up to the cent, the last payment clearing the balance.
 */
export type Op =
  /** [pv, i, n]: pv × (1 + i)^n */
  | 'fv'
  /** [fv, i, n]: fv ÷ (1 + i)^n */
  | 'pv'
  /** [pv, i, n]: pv × (1 + i n), simple interest */
  | 'simpleFv'
  /** [fv, i, n]: fv ÷ (1 + i n) */
  | 'simplePv'
  /** [x, i, n]: x × (1 − i)^n, a rate subtracted each period */
  | 'decline'
  /** [pv, r, t]: pv × e^(r t) */
  | 'fvCont'
  /** [fv, r, t]: fv × e^(−r t) */
  | 'pvCont'
  /** [pv, i, n]: pv × ((1 + i)^n − 1), the interest earned */
  | 'gain'
  /** [pv, i, k]: the interest earned in period k alone */
  | 'periodInterest'
  /** [i, N, t1, c1, t2, c2, …]: the amounts c at times t carried to time N */
  | 'fvFlows'
  /** [i, t1, c1, t2, c2, …]: the amounts c at times t discounted to time 0 */
  | 'pvFlows'
  /** [pmt, i, n, due]: future value of a level annuity */
  | 'fvAnn'
  /** [pmt, i, n, due]: present value of a level annuity */
  | 'pvAnn'
  /** [pv, i, n, due]: the level payment that repays pv */
  | 'pmt'
  /** [fv, i, n, due]: the level deposit that accumulates to fv */
  | 'sink'
  /** [pmt, i, n, d]: present value of an ordinary annuity whose first payment is at period d + 1 */
  | 'deferredAnn'
  /** [c, i]: c ÷ i, a level perpetuity whose first payment is one period away */
  | 'perp'
  /** [c, i, g]: c ÷ (i − g), a growing perpetuity whose first payment c is one period away */
  | 'gperp'
  /** [c, i, g, n]: present value of n payments starting at c one period away and growing at g */
  | 'gann'
  /** [pv, pmt, i]: how many level payments repay pv (fractional) */
  | 'nper'
  /** [pv, fv, i]: how many periods pv takes to grow to fv (fractional) */
  | 'nperLump'
  /** [pv, fv, n]: the periodic rate that grows pv to fv in n periods */
  | 'rate'
  /** [r, m]: effective annual rate of nominal r compounded m times a year */
  | 'ear'
  /** [r]: effective annual rate of r compounded continuously */
  | 'earCont'
  /** [e, m]: the nominal rate compounded m times a year whose effective rate is e */
  | 'nominal'
  /** [e, m]: the rate per period, m periods a year, whose effective annual rate is e */
  | 'periodic'
  /** [e]: the continuously compounded rate whose effective annual rate is e */
  | 'lnRate'
  /** [e]: log10(1 + e), the common logarithm a spreadsheet's LOG gives */
  | 'log10Rate'
  /** [a, b]: (1 + a) ÷ (1 + b) − 1 */
  | 'ratio'
  /** [a, b]: (1 + a) × (1 + b) − 1 */
  | 'compound'
  /** [x, y, …]: the sum */
  | 'sum'
  /** [x]: x rounded up to a whole number */
  | 'ceil'
  /** [x]: x rounded down to a whole number */
  | 'floor'
  /** [x, y]: x − y */
  | 'diff'
  /** [x, y]: x × y */
  | 'times'
  /** [x, y]: x ÷ y */
  | 'over'
  /** [pv, pmt, n]: the periodic rate at which n level payments in arrears repay pv */
  | 'loanRate'
  /** [pv, pmt, n, m]: that rate compounded to an effective rate over m periods */
  | 'loanEar'
  /** [pv, pmt, n, m]: that rate times m, a nominal (APR) rate */
  | 'loanApr'
  /** [r, c0, c1, …]: net present value, c0 now */
  | 'npv'
  /** [c0, c1, …]: internal rate of return */
  | 'irr'
  /** [c0, c1, …]: the fractional period in which cumulative cash flow turns non-negative */
  | 'payback'
  /** [r, c0, c1, …]: the same with each flow discounted at r */
  | 'dpayback'
  /** [cents, bp, perYear, n]: the level payment, rounded to the cent (result in money) */
  | 'schedPmt'
  /** [cents, bp, perYear, n, k]: interest in payment k of the schedule */
  | 'schedInterest'
  /** [cents, bp, perYear, n, k]: principal repaid by payment k */
  | 'schedPrincipal'
  /** [cents, bp, perYear, n, k]: balance owed after k payments */
  | 'schedBalance'
  /** [cents, bp, perYear, n, k]: interest paid in payments 1 to k */
  | 'schedInterestTo'
  /** [cents, bp, perYear, n, k]: principal repaid in payments 1 to k */
  | 'schedPrincipalTo'
  /** [cents, bp, perYear, n]: the last payment, which clears the balance */
  | 'schedLast'

/** An argument: a figure, or another computation whose value it takes. */
export type Arg = number | Calc
export type Calc = readonly [Op, ...Arg[]]

/** How an answer is shown: money with a symbol, a percentage, or a number with a unit. */
export type Shape =
  | { readonly kind: 'money'; readonly symbol: string }
  | { readonly kind: 'pct'; readonly dp: number }
  | { readonly kind: 'num'; readonly dp: number; readonly unit: string }

export const money = (symbol: string): Shape => ({ kind: 'money', symbol })
export const percent = (dp = 2): Shape => ({ kind: 'pct', dp })
export const count = (unit: string, dp = 1): Shape => ({ kind: 'num', dp, unit })

/** A value as the shape shows it. */
export function show(shape: Shape, v: number): string {
  if (shape.kind === 'money') return `${v < 0 ? '-' : ''}${shape.symbol}${grouped(Math.abs(v), 2)}`
  if (shape.kind === 'pct') return `${grouped(v * 100, shape.dp)}%`
  return shape.unit ? `${grouped(v, shape.dp)} ${shape.unit}` : grouped(v, shape.dp)
}

const pairs = (a: readonly number[]): [number, number][] => {
  const out: [number, number][] = []
  for (let j = 0; j + 1 < a.length; j += 2) out.push([a[j]!, a[j + 1]!])
  return out
}
const npvOf = (r: number, cs: readonly number[]) => cs.reduce((s, c, t) => s + c / (1 + r) ** t, 0)
const annFactor = (i: number, n: number) => (i === 0 ? n : (1 - (1 + i) ** -n) / i)
const fvFactor = (i: number, n: number) => (i === 0 ? n : ((1 + i) ** n - 1) / i)

/** The payment of a schedule in cents: the closed-form payment rounded to the cent. */
export function schedulePayment(cents: number, bp: number, perYear: number, n: number): number {
  const i = bp / 10000 / perYear
  return Math.round((cents * i) / (1 - (1 + i) ** -n))
}

/** A bank's schedule in cents: [interest, principal, balance after] for each payment. */
export function schedule(cents: number, bp: number, perYear: number, n: number): number[][] {
  const pay = schedulePayment(cents, bp, perYear, n)
  const rows: number[][] = []
  let bal = cents
  for (let k = 1; k <= n; k++) {
    const interest = Math.round((bal * bp) / (10000 * perYear))
    const principal = k === n ? bal : pay - interest
    bal -= principal
    rows.push([interest, principal, bal])
  }
  return rows
}

function cashPayback(cs: readonly number[]): number {
  let cum = 0
  for (let t = 0; t < cs.length; t++) {
    const before = cum
    cum += cs[t]!
    if (cum >= 0 && t > 0) return t - 1 + -before / cs[t]!
  }
  return Number.NaN
}

function newtonIrr(cs: readonly number[]): number {
  let r = 0.05
  for (let it = 0; it < 100; it++) {
    const f = npvOf(r, cs)
    const d = cs.reduce((s, c, t) => s - (t * c) / (1 + r) ** (t + 1), 0)
    const next = r - f / d
    if (!Number.isFinite(next)) return Number.NaN
    if (Math.abs(next - r) < 1e-12) return next
    r = next
  }
  return r
}

/** A Calc's value by the closed formulas (money in its unit, rates as decimals). */
export function evaluate(c: Calc): number {
  const [op, ...args] = c
  const a = args.map((x) => (typeof x === 'number' ? x : evaluate(x)))
  const [x = 0, y = 0, z = 0, w = 0, v = 0] = a
  switch (op) {
    case 'fv':
      return x * (1 + y) ** z
    case 'pv':
      return x / (1 + y) ** z
    case 'simpleFv':
      return x * (1 + y * z)
    case 'simplePv':
      return x / (1 + y * z)
    case 'decline':
      return x * (1 - y) ** z
    case 'fvCont':
      return x * Math.exp(y * z)
    case 'pvCont':
      return x * Math.exp(-y * z)
    case 'gain':
      return x * ((1 + y) ** z - 1)
    case 'periodInterest':
      return x * (1 + y) ** (z - 1) * y
    case 'fvFlows':
      return pairs(a.slice(2)).reduce((s, [t, cf]) => s + cf * (1 + x) ** (y - t), 0)
    case 'pvFlows':
      return pairs(a.slice(1)).reduce((s, [t, cf]) => s + cf / (1 + x) ** t, 0)
    case 'fvAnn':
      return x * fvFactor(y, z) * (1 + y) ** w
    case 'pvAnn':
      return x * annFactor(y, z) * (1 + y) ** w
    case 'pmt':
      return x / (annFactor(y, z) * (1 + y) ** w)
    case 'sink':
      return x / (fvFactor(y, z) * (1 + y) ** w)
    case 'deferredAnn':
      return (x * annFactor(y, z)) / (1 + y) ** w
    case 'perp':
      return x / y
    case 'gperp':
      return x / (y - z)
    case 'gann':
      return (x / (y - z)) * (1 - ((1 + z) / (1 + y)) ** w)
    case 'nper':
      return -Math.log(1 - (x * z) / y) / Math.log(1 + z)
    case 'nperLump':
      return Math.log(y / x) / Math.log(1 + z)
    case 'rate':
      return (y / x) ** (1 / z) - 1
    case 'ear':
      return (1 + x / y) ** y - 1
    case 'earCont':
      return Math.exp(x) - 1
    case 'nominal':
      return y * ((1 + x) ** (1 / y) - 1)
    case 'periodic':
      return (1 + x) ** (1 / y) - 1
    case 'lnRate':
      return Math.log(1 + x)
    case 'log10Rate':
      return Math.log10(1 + x)
    case 'ratio':
      return (1 + x) / (1 + y) - 1
    case 'compound':
      return (1 + x) * (1 + y) - 1
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
    case 'loanRate':
      return newtonIrr([-x, ...Array.from({ length: z }, () => y)])
    case 'loanEar':
      return (1 + newtonIrr([-x, ...Array.from({ length: z }, () => y)])) ** w - 1
    case 'loanApr':
      return newtonIrr([-x, ...Array.from({ length: z }, () => y)]) * w
    case 'npv':
      return npvOf(x, a.slice(1))
    case 'irr':
      return newtonIrr(a)
    case 'payback':
      return cashPayback(a)
    case 'dpayback':
      return cashPayback(a.slice(1).map((cf, t) => cf / (1 + x) ** t))
    case 'schedPmt':
      return schedulePayment(x, y, z, w) / 100
    case 'schedInterest':
      return schedule(x, y, z, w)[v - 1]![0]! / 100
    case 'schedPrincipal':
      return schedule(x, y, z, w)[v - 1]![1]! / 100
    case 'schedBalance':
      return schedule(x, y, z, w)[v - 1]![2]! / 100
    case 'schedInterestTo':
      return (
        schedule(x, y, z, w)
          .slice(0, v)
          .reduce((s, r) => s + r[0]!, 0) / 100
      )
    case 'schedPrincipalTo':
      return (
        schedule(x, y, z, w)
          .slice(0, v)
          .reduce((s, r) => s + r[1]!, 0) / 100
      )
    case 'schedLast':
      return (schedule(x, y, z, w).at(-1)![0]! + schedule(x, y, z, w).at(-1)![1]!) / 100
  }
}

/**
 * A TVM scenario: each shown answer is tagged with its slip (or `key`), and `calcs` holds the
 * Calc each slip (and the key) evaluates, with the shape they are all shown in.
 */
export interface TvmScenario extends Scenario {
  readonly calc: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly calcs: Readonly<Record<string, Calc>>
  readonly shape: Shape
}

export interface TvmSpec {
  readonly stem: string
  readonly shape: Shape
  readonly key: Calc
  readonly wrong: readonly (readonly [slip: string, calc: Calc, mistake: string])[]
  /** Whether answers may be negative (NPV); otherwise negative slips are dropped. */
  readonly signed?: boolean
}

/** A drawn TVM case: every answer evaluated, shown, tagged with its slip and its Calc. */
export function tvmCase(rng: Rng, spec: TvmSpec): TvmScenario {
  const kv = evaluate(spec.key)
  if (!Number.isFinite(kv) || (!spec.signed && kv < 0)) throw new VariantError('a key out of range')
  const slips: Slip<string>[] = []
  const calcs: Record<string, Calc> = { key: spec.key }
  for (const [slip, c, mistake] of spec.wrong) {
    const v = evaluate(c)
    if (!Number.isFinite(v) || (!spec.signed && v < 0)) continue
    slips.push([slip, show(spec.shape, v), mistake])
    calcs[slip] = c
  }
  const s = worked(rng, { stem: spec.stem, in: {}, key: show(spec.shape, kv), wrong: slips })
  const used = new Set(Object.values(s.calc.slips))
  return {
    ...s,
    calcs: Object.fromEntries(Object.entries(calcs).filter(([k]) => used.has(k))),
    shape: spec.shape,
  }
}

/** A named family of TVM cases. */
export const tvm = (id: string, draw: (rng: Rng) => TvmSpec): ScenarioFamily =>
  scenarioFamily(id, (rng) => tvmCase(rng, draw(rng)))

// ---- Drawn figures and words the stems share.

/** A rate in basis points, between `low` and `high` in steps of `step`. */
export const bps = (rng: Rng, low: number, high: number, step = 25): number =>
  rng.int(Math.ceil(low / step), Math.floor(high / step)) * step
/** Basis points as a percentage as a client writes it: 625 → `6.25%`. */
export const rateText = (bp: number): string => `${+(bp / 100).toFixed(2)}%`

export const FREQ: Readonly<Record<number, readonly [adverb: string, period: string]>> = {
  1: ['annually', 'year'],
  2: ['semi-annually', 'half-year'],
  4: ['quarterly', 'quarter'],
  12: ['monthly', 'month'],
  365: ['daily', 'day'],
}

const CLIENTS = [
  'a bakery owner',
  'a dental practice',
  'a freelance photographer',
  'a family landscaping firm',
  'a small design studio',
  'a retired teacher',
  'a café owner',
  'a two-partner law office',
  'a plumbing contractor',
  'a yoga studio owner',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

export const ROUND = 'Round to the nearest cent.'
