import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { LMA_MODELS } from '../../../src/assessment/models/lma/lma-models.js'
import type { LoanScenario } from '../../../src/assessment/models/lma/lma-text.js'
import { PAYMENT_FAMILIES } from '../../../src/assessment/models/lma/payment-families.js'
import { RATE_FAMILIES } from '../../../src/assessment/models/lma/rate-families.js'
import { RATIO_FAMILIES } from '../../../src/assessment/models/lma/ratio-families.js'
import { REFINANCE_FAMILIES } from '../../../src/assessment/models/lma/refinance-families.js'
import { STRUCTURE_FAMILIES } from '../../../src/assessment/models/lma/structure-families.js'
import { add, div, mul, type R, r, sub } from '../../support/bigint-rationals.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...PAYMENT_FAMILIES,
  ...RATE_FAMILIES,
  ...STRUCTURE_FAMILIES,
  ...REFINANCE_FAMILIES,
  ...RATIO_FAMILIES,
]
const DRAWS = 40
const DRAWN = drawFamilies<LoanScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals (test/support/bigint-rationals.ts), nothing shared with the families' fraction helpers.
const B = BigInt
const pw = ([a, b]: R, k: number): R => [a ** B(k), b ** B(k)]
const less = ([a, b]: R, [c, d]: R) => a * d < c * b
const pc = (k: number): R => r(k, 100)
const f12 = (x: R) => div(x, r(12))
const fl = ([a, b]: R) => Number((a * 10n ** 18n) / b) / 1e18

// ---- Loan arithmetic by a second route. A balance is carried as an integer numerator over
// D × b^t (i = a/b), so a schedule is an exact integer recurrence; a payment is the loan over the
// sum of the discount factors, added term by term; months to clear count that recurrence.
/** The balance after `k` payments of `P` on `L` at `i` a period: N(t+1) = N(t)(a + b) − p·dL·b^(t+1). */
function bal(L: R, i: R, P: R, k: number): R {
  const [a, b] = i
  let N = L[0] * P[1]
  let bt = 1n
  for (let t = 0; t < k; t++) {
    bt *= b
    N = N * (a + b) - P[0] * L[1] * bt
  }
  return [N, L[1] * P[1] * bt]
}
/** Σ v^t for t = 1..n, v = b/(a + b), as one fraction over (a + b)^n. */
function discountSum(i: R, n: number): R {
  const [a, b] = i
  const c = a + b
  let h = 0n
  let bs = 1n
  for (let s = 0; s < n; s++) {
    h = h * c + bs
    bs *= b
  }
  return [b * h, c ** B(n)]
}
const pay = (L: R, i: R, n: number): R => div(L, discountSum(i, n))
const pv = (P: R, i: R, n: number): R => mul(P, discountSum(i, n))
/** Months of `P` a month to clear `L` at `i`, the last smaller payment counted, by running the schedule. */
function monthsToClear(L: R, i: R, P: R): number {
  const [a, b] = i
  let N = L[0] * P[1]
  let bt = 1n
  for (let t = 1; t < 2000; t++) {
    bt *= b
    N = N * (a + b) - P[0] * L[1] * bt
    if (N <= 0n) return t
  }
  throw new Error('never cleared')
}
const ceil = ([a, b]: R): R => {
  const q = a / b
  return r(a % b === 0n ? q : q + 1n)
}

// ---- Rounding and writing numbers, half away from zero, done again here.
function write(m: bigint, k: number): string {
  const s = m.toString().padStart(k + 1, '0')
  const whole = B(k === 0 ? s : s.slice(0, -k)).toLocaleString('en-US')
  return k === 0 ? whole : `${whole}.${s.slice(-k)}`
}
function dp(x: R, k: number): string {
  let [a, b] = x
  if (b < 0n) [a, b] = [-a, -b]
  if (a < 0n) throw new Error('a negative amount')
  const s = a * 10n ** B(k)
  const q = s / b
  return write(2n * (s - q * b) >= b ? q + 1n : q, k)
}
const float = (x: number, k: number) =>
  x.toLocaleString('en-US', { minimumFractionDigits: k, maximumFractionDigits: k })
const money = (...xs: readonly R[]): SecondWorking => ({
  key: dp(xs[0]!, 2),
  wrong: xs.slice(1).map((x) => dp(x, 2)),
})
const percent = (k: number, ...xs: readonly R[]): SecondWorking => ({
  key: dp(mul(xs[0]!, r(100)), k),
  wrong: xs.slice(1).map((x) => dp(mul(x, r(100)), k)),
})
const count = (...xs: readonly R[]): SecondWorking => ({
  key: dp(xs[0]!, 0),
  wrong: xs.slice(1).map((x) => dp(ceil(x), 0)),
})
/** The number an option shows, without its currency, per cent sign or unit. */
const digest = (text: string) => text.replace(/^[$£]/, '').replace(/%$| months$/, '')

type F = Readonly<Record<string, number | string>>
/** A drawn input, `n/d`, as a rational. */
const v = (f: F, k: string): R => {
  const t = f[k]
  if (t === undefined) throw new Error(`no figure ${k}`)
  const [n, d] = String(t).split('/')
  return r(B(n!), B(d ?? '1'))
}
const int = (f: F, k: string): number => figuresOf(f, k)[0]
type Route = (f: F) => SecondWorking

// ---- Days between dates by Julian day numbers, not the platform calendar.
function jdn(y: number, m: number, d: number): number {
  const a = Math.floor((14 - m) / 12)
  const yy = y + 4800 - a
  const mm = m + 12 * a - 3
  return (
    d +
    Math.floor((153 * mm + 2) / 5) +
    365 * yy +
    Math.floor(yy / 4) -
    Math.floor(yy / 100) +
    Math.floor(yy / 400) -
    32045
  )
}
function dates(f: F) {
  const [y1, m1, d1, y2, m2, d2] = figuresOf(f, 'y1', 'm1', 'd1', 'y2', 'm2', 'd2')
  const actual = jdn(y2, m2, d2) - jdn(y1, m1, d1)
  const e1 = d1 === 31 ? 30 : d1
  const e2 = d2 === 31 && e1 === 30 ? 30 : d2
  const thirty = (y2 - y1) * 360 + (m2 - m1) * 30 + e2 - e1
  const whole = (y2 - y1) * 12 + m2 - m1 - (d2 < d1 ? 1 : 0)
  const touched = (y2 - y1) * 12 + m2 - m1 + 1
  return { actual, thirty, whole, touched }
}
const dayInt = (L: R, rate: R, d: number, year: number) => div(mul(L, rate, r(d)), r(year))
/**
 * A day-count family's loan and rate with its period's day counts, and the interest on the loan
 * for `d` days over a `year`-day year or for whole twelfths of a year.
 */
function accrualOf(f: F) {
  const [L, rate] = [v(f, 'L'), v(f, 'r')]
  return {
    ...dates(f),
    at: (d: number, year: number) => dayInt(L, rate, d, year),
    twelfths: (m: number) => mul(L, rate, r(m, 12)),
    L,
    rate,
  }
}

/** A schedule family's loan `L`, annual rate, term in years, and its monthly rate and months. */
function termOf(f: F) {
  const [L, rate, y] = [v(f, 'L'), v(f, 'r'), int(f, 'y')]
  return { L, rate, y, i: f12(rate), n: 12 * y }
}
/** A balance a stem quotes must be the schedule's own, to the cent, before anything uses it. */
function stated(L: R, i: R, P: R, k: number, quoted: R): void {
  if (dp(bal(L, i, P, k), 2) !== dp(quoted, 2))
    throw new Error('the stated balance is not the schedule’s')
}

const PAYMENTS: Readonly<Record<string, Route>> = {
  'monthly-payment': (f) => {
    const { L, rate, y, n } = termOf(f)
    return money(
      pay(L, f12(rate), n),
      div(L, r(n)),
      f12(mul(L, rate)),
      div(add(L, mul(L, rate, r(y))), r(n)),
      f12(pay(L, rate, y)),
      pay(L, f12(rate), y),
    )
  },
  'loan-from-payment': (f) => {
    const [P, rate, y] = [v(f, 'P'), v(f, 'r'), int(f, 'y')]
    const n = 12 * y
    return money(
      pv(P, f12(rate), n),
      mul(P, r(n)),
      div(mul(P, r(n)), add(r(1), mul(rate, r(y)))),
      div(P, f12(rate)),
      pv(mul(P, r(12)), rate, y),
      pv(P, rate, n),
    )
  },
  'interest-in-first-payment': (f) => {
    const { L, rate, n } = termOf(f)
    const P = v(f, 'P')
    const first = f12(mul(L, rate))
    return money(
      first,
      mul(L, rate),
      sub(P, first),
      div(sub(mul(P, r(n)), L), r(n)),
      dayInt(L, rate, 30, 365),
      dayInt(L, rate, 31, 365),
    )
  },
  'balance-after-k-payments': (f) => {
    const { L, y, i } = termOf(f)
    const [P, k] = [v(f, 'P'), int(f, 'k')]
    return money(
      bal(L, i, P, k),
      sub(L, mul(r(k), P)),
      sub(L, mul(r(k), sub(P, mul(L, i)))),
      sub(mul(L, pw(add(r(1), i), k)), mul(r(k), P)),
      mul(L, r(12 * y - k, 12 * y)),
    )
  },
  'interest-in-payment-k': (f) => {
    const { L, rate, i, n } = termOf(f)
    const [P, k] = [v(f, 'P'), int(f, 'k')]
    const before = bal(L, i, P, k - 1)
    return money(
      mul(before, i),
      mul(L, i),
      mul(L, r(n - k + 1, n), i),
      div(sub(mul(P, r(n)), L), r(n)),
      dayInt(before, rate, 31, 365),
      mul(sub(L, mul(r(k - 1), P)), i),
    )
  },
  'principal-in-payment-k': (f) => {
    const { L, rate, i, n } = termOf(f)
    const [P, k] = [v(f, 'P'), int(f, 'k')]
    const before = bal(L, i, P, k - 1)
    return money(
      sub(P, mul(before, i)),
      sub(P, mul(L, i)),
      div(L, r(n)),
      mul(before, i),
      sub(P, mul(L, r(n - k + 1, n), i)),
      sub(P, dayInt(before, rate, 31, 365)),
    )
  },
  'total-interest-over-term': (f) => {
    const { L, rate, y, n } = termOf(f)
    const P = v(f, 'P')
    const total = sub(mul(P, r(n)), L)
    return money(
      total,
      mul(L, rate, r(y)),
      mul(L, rate, r(y, 2)),
      mul(P, r(n)),
      div(total, r(y)),
      div(total, r(n)),
    )
  },
  'interest-in-first-year': (f) => {
    const { L, rate, y } = termOf(f)
    const P = v(f, 'P')
    const repaid = sub(L, bal(L, f12(rate), P, 12))
    return money(
      sub(mul(r(12), P), repaid),
      mul(L, rate),
      mul(r(12), P),
      repaid,
      div(sub(mul(P, r(12 * y)), L), r(y)),
    )
  },
  'annual-payment-loan': (f) => {
    const { L, rate, y } = termOf(f)
    // Payments due at the start of each year: the first discounts nothing, the rest one year less.
    const due = div(L, add(r(1), discountSum(rate, y - 1)))
    return money(
      pay(L, rate, y),
      mul(r(12), pay(L, f12(rate), 12 * y)),
      div(L, r(y)),
      div(add(L, mul(L, rate, r(y))), r(y)),
      due,
      div(bal(L, rate, r(0), y), r(y)),
    )
  },
  'principal-repaid-in-year': (f) => {
    const { L, y, i } = termOf(f)
    const [P, j] = [v(f, 'P'), int(f, 'j')]
    const repaid = sub(bal(L, i, P, 12 * (j - 1)), bal(L, i, P, 12 * j))
    return money(
      repaid,
      div(L, r(y)),
      mul(r(12), P),
      sub(mul(r(12), P), repaid),
      sub(L, bal(L, i, P, 12)),
    )
  },
  'quarterly-payment': (f) => {
    const { L, rate, y } = termOf(f)
    const q = div(rate, r(4))
    return money(
      pay(L, q, 4 * y),
      mul(r(3), pay(L, f12(rate), 12 * y)),
      div(L, r(4 * y)),
      add(mul(L, q), div(L, r(4 * y))),
      pay(L, q, y),
    )
  },
  'interest-saved-by-shorter-term': (f) => {
    const [L, rate, y1, y2, P1, P2] = [
      v(f, 'L'),
      v(f, 'r'),
      int(f, 'y1'),
      int(f, 'y2'),
      v(f, 'P1'),
      v(f, 'P2'),
    ]
    return money(
      sub(mul(r(12 * y1), P1), mul(r(12 * y2), P2)),
      mul(L, rate, r(y1 - y2)),
      mul(sub(P2, P1), r(12 * y2)),
      sub(mul(r(12 * y1), P1), L),
      mul(r(12 * (y1 - y2)), P1),
      mul(sub(P2, P1), r(12 * y1)),
    )
  },
  'payment-with-fee-added': (f) => {
    const [L, rate, y, F] = [v(f, 'L'), v(f, 'r'), int(f, 'y'), v(f, 'F')]
    const [i, n] = [f12(rate), 12 * y]
    return money(
      pay(add(L, F), i, n),
      pay(L, i, n),
      add(pay(L, i, n), div(F, r(n))),
      pay(sub(L, F), i, n),
      add(pay(L, i, n), div(add(F, mul(F, rate, r(y))), r(n))),
    )
  },
  'biweekly-payment': (f) => {
    const { L, rate, y } = termOf(f)
    const b = div(rate, r(26))
    const monthly = pay(L, f12(rate), 12 * y)
    return money(
      pay(L, b, 26 * y),
      div(monthly, r(2)),
      div(mul(r(12), monthly), r(26)),
      div(L, r(26 * y)),
      add(mul(L, b), div(L, r(26 * y))),
      pay(L, b, y),
    )
  },

  'interest-between-payments': (f) => {
    const [L, rate, y, P, a, b] = [
      v(f, 'L'),
      v(f, 'r'),
      int(f, 'y'),
      v(f, 'P'),
      int(f, 'a'),
      int(f, 'b'),
    ]
    const i = f12(rate)
    const n = 12 * y
    const m = b - a + 1
    const start = bal(L, i, P, a - 1)
    const paid = sub(start, bal(L, i, P, b))
    return money(
      sub(mul(r(m), P), paid),
      mul(r(m), start, i),
      mul(r(m), L, i),
      mul(r(m), P),
      paid,
      mul(r(m), L, r(n - a + 1, n), i),
    )
  },
  'payment-from-price-and-deposit': (f) => {
    const [price, d, rate, y] = [v(f, 'price'), int(f, 'd'), v(f, 'r'), int(f, 'y')]
    const i = f12(rate)
    const n = 12 * y
    const L = mul(price, pc(100 - d))
    return money(
      pay(L, i, n),
      pay(price, i, n),
      pay(mul(price, pc(d)), i, n),
      div(L, r(n)),
      add(mul(L, i), div(L, r(n))),
      pay(L, i, y),
      mul(L, i),
    )
  },
}

const ear = (rate: R, m: number) => sub(pw(add(r(1), div(rate, r(m))), m), r(1))
/** The nominal rate compounded m times a year with effective rate e, by logarithms. */
const nominal = (e: number, m: number) => m * Math.expm1(Math.log1p(e) / m)
const pct = (k: number, ...xs: readonly number[]): SecondWorking => ({
  key: float(xs[0]! * 100, k),
  wrong: xs.slice(1).map((x) => float(x * 100, k)),
})
/** The APR by Newton's method on the present value of the payments (the family halves a bracket). */
function aprOf(P: number, n: number, net: number, guess: number): number {
  let j = guess
  for (let s = 0; s < 60; s++) {
    const g = (1 + j) ** -n
    const value = (P * (1 - g)) / j - net
    const slope = (P * ((n * g * j) / (1 + j) - (1 - g))) / (j * j)
    j -= value / slope
  }
  return 12 * j
}

const RATES: Readonly<Record<string, Route>> = {
  'effective-rate-from-monthly-compounding': (f) => {
    const rate = v(f, 'r')
    return percent(
      3,
      ear(rate, 12),
      rate,
      ear(rate, 4),
      ear(rate, 2),
      ear(rate, 365),
      sub(pw(add(r(1), rate), 12), r(1)),
    )
  },
  'nominal-rate-from-effective': (f) => {
    const exactE = v(f, 'e')
    const e = fl(exactE)
    // The quoted rate and its twelfth are exact decimals that can end in a half; they are
    // rounded exactly, the roots by floating point.
    const { key, wrong = [] } = pct(
      3,
      nominal(e, 12),
      nominal(e, 4),
      nominal(e, 2),
      nominal(e, 365),
    )
    return {
      key,
      wrong: [
        dp(mul(exactE, r(100)), 3),
        wrong[0]!,
        wrong[1]!,
        wrong[2]!,
        dp(mul(exactE, r(100, 12)), 3),
      ],
    }
  },
  'card-monthly-rate-to-effective': (f) => {
    const m = v(f, 'm')
    const apr = mul(m, r(12))
    return percent(2, sub(pw(add(r(1), m), 12), r(1)), apr, ear(apr, 365), ear(m, 12), ear(apr, 4))
  },
  'canadian-monthly-rate': (f) => {
    const x = fl(v(f, 'r'))
    const root = (base: number, k: number) => Math.expm1(Math.log(base) / k)
    return pct(
      4,
      root(1 + x / 2, 6),
      x / 12,
      root(1 + x, 12),
      root(1 + x / 2, 12),
      root(1 + x / 4, 3),
      root(1 + x, 6),
    )
  },
  'apr-with-upfront-fees': (f) => {
    const [L, rate, y, F] = [v(f, 'L'), v(f, 'r'), int(f, 'y'), v(f, 'F')]
    const n = 12 * y
    const P = fl(pay(L, f12(rate), n))
    const apr = aprOf(P, n, fl(sub(L, F)), fl(f12(rate)))
    return {
      key: float(apr * 100, 2),
      wrong: [
        dp(mul(rate, r(100)), 2),
        dp(mul(add(rate, div(F, mul(L, r(y)))), r(100)), 2),
        dp(mul(add(rate, div(F, L)), r(100)), 2),
        dp(mul(ear(rate, 12), r(100)), 2),
        float(aprOf(P, n, fl(add(L, F)), fl(f12(rate))) * 100, 2),
      ],
    }
  },
  'interest-actual-365': (f) => {
    const { at, twelfths, actual, thirty, whole } = accrualOf(f)
    return money(
      at(actual, 365),
      at(actual, 360),
      at(thirty, 360),
      twelfths(whole),
      at(actual, 366),
    )
  },
  'interest-actual-360': (f) => {
    const { at, twelfths, actual, thirty, whole, touched } = accrualOf(f)
    return money(
      at(actual, 360),
      at(actual, 365),
      at(thirty, 360),
      twelfths(whole),
      twelfths(touched),
      at(actual + 1, 360),
    )
  },
  'interest-30-360': (f) => {
    const { at, twelfths, actual, thirty, whole } = accrualOf(f)
    return money(
      at(thirty, 360),
      at(actual, 365),
      at(actual, 360),
      at(thirty, 365),
      twelfths(whole),
    )
  },
  'payoff-with-per-diem': (f) => {
    const [b, rate, d] = [v(f, 'B'), v(f, 'r'), int(f, 'd')]
    return money(
      add(b, dayInt(b, rate, d, 365)),
      add(b, f12(mul(b, rate))),
      add(b, dayInt(b, rate, d, 360)),
      b,
      add(b, dayInt(b, rate, d, 366)),
      dayInt(b, rate, d, 365),
      add(b, mul(b, f12(rate), r(d))),
    )
  },
  'month-interest-on-daily-basis': (f) => {
    const [b, rate, days] = [v(f, 'B'), v(f, 'r'), int(f, 'days')]
    return money(
      dayInt(b, rate, days, 365),
      f12(mul(b, rate)),
      dayInt(b, rate, 30, 365),
      dayInt(b, rate, days, 360),
      dayInt(b, rate, days, 366),
    )
  },
  'interest-capitalised-in-deferral': (f) => {
    const [L, rate, k] = [v(f, 'L'), v(f, 'r'), int(f, 'k')]
    const i = f12(rate)
    const grown = bal(L, i, r(0), k)
    return {
      key: dp(sub(grown, L), 2),
      wrong: [
        dp(mul(L, i, r(k)), 2),
        dp(grown, 2),
        dp(mul(L, rate, r(k)), 2),
        float(fl(L) * Math.expm1((k / 12) * Math.log1p(fl(rate))), 2),
        dp(add(L, mul(L, i, r(k))), 2),
        dp(mul(L, i), 2),
      ],
    }
  },
  'unpaid-balance-compounding-quarterly': (f) => {
    const { L, rate, y } = termOf(f)
    const q = div(rate, r(4))
    return money(
      bal(L, q, r(0), 4 * y),
      mul(L, add(r(1), mul(rate, r(y)))),
      bal(L, rate, r(0), y),
      bal(L, f12(rate), r(0), 12 * y),
      bal(L, q, r(0), y),
    )
  },
  'equivalent-quarterly-nominal-rate': (f) => {
    const rate = v(f, 'r')
    const q3 = sub(pw(add(r(1), f12(rate)), 3), r(1))
    const x = fl(rate)
    return {
      key: dp(mul(q3, r(400)), 3),
      wrong: [
        dp(mul(rate, r(100)), 3),
        dp(mul(ear(rate, 12), r(100)), 3),
        dp(mul(q3, r(100)), 3),
        float(1200 * Math.expm1(Math.log1p(x / 4) / 3), 3),
      ],
    }
  },

  'interest-actual-365-across-leap-day': (f) => {
    const { at, twelfths, actual, thirty, whole } = accrualOf(f)
    return money(
      at(actual, 365),
      at(actual, 366),
      at(actual, 360),
      at(thirty, 360),
      twelfths(whole),
    )
  },
  'apr-of-flat-rate-loan': (f) => {
    const [L, flat, y] = [v(f, 'L'), v(f, 'f'), int(f, 'y')]
    const n = 12 * y
    const P = fl(div(add(L, mul(L, flat, r(y))), r(n)))
    const apr = aprOf(P, n, fl(L), fl(mul(flat, r(2, 12))))
    return {
      key: float(apr * 100, 2),
      wrong: [
        dp(mul(flat, r(100)), 2),
        dp(mul(flat, r(200)), 2),
        dp(mul(ear(flat, 12), r(100)), 2),
        dp(mul(flat, r(100 * y)), 2),
        dp(mul(flat, r(200 * n, n + 1)), 2),
        float((apr / 12) * 100, 2),
      ],
    }
  },
  'interest-across-rate-change': (f) => {
    const [L, r1, r2] = [v(f, 'L'), v(f, 'r1'), v(f, 'r2')]
    const [y1, m1, d1, y3, m3, d3, y2, m2, d2] = figuresOf(
      f,
      'y1',
      'm1',
      'd1',
      'y3',
      'm3',
      'd3',
      'y2',
      'm2',
      'd2',
    )
    const before = jdn(y3, m3, d3) - jdn(y1, m1, d1)
    const after = jdn(y2, m2, d2) - jdn(y3, m3, d3)
    return money(
      add(dayInt(L, r1, before, 365), dayInt(L, r2, after, 365)),
      dayInt(L, r1, before + after, 365),
      dayInt(L, r2, before + after, 365),
      add(dayInt(L, r1, before, 360), dayInt(L, r2, after, 360)),
      dayInt(L, div(add(r1, r2), r(2)), before + after, 365),
    )
  },
}

const STRUCTURES: Readonly<Record<string, Route>> = {
  'interest-only-payment': (f) => {
    const { L, rate, n } = termOf(f)
    return money(
      f12(mul(L, rate)),
      pay(L, f12(rate), n),
      add(f12(mul(L, rate)), div(L, r(n))),
      div(mul(L, rate), r(13)),
      dayInt(L, rate, 30, 365),
      mul(L, rate),
    )
  },
  'payment-with-balloon': (f) => {
    const [L, rate, y, Rb] = [v(f, 'L'), v(f, 'r'), int(f, 'y'), v(f, 'R')]
    const [i, n] = [f12(rate), 12 * y]
    // A second route for the key: the payment that clears L with R still owed, from the schedule
    // identity L = P × Σv^t + R × v^n.
    const vn = div(r(1), pw(add(r(1), i), n))
    const key = div(sub(L, mul(Rb, vn)), discountSum(i, n))
    return money(
      key,
      pay(sub(L, Rb), i, n),
      pay(L, i, n),
      add(div(sub(L, Rb), r(n)), mul(L, i)),
      sub(pay(L, i, n), div(Rb, r(n))),
    )
  },
  'overpayment-shortens-term': (f) => {
    const [L, rate, y, P, X] = [v(f, 'L'), v(f, 'r'), int(f, 'y'), v(f, 'P'), v(f, 'X')]
    const i = f12(rate)
    const n = 12 * y
    const paid = add(P, X)
    return count(
      r(monthsToClear(L, i, paid)),
      div(L, paid),
      div(mul(r(n), P), paid),
      div(L, sub(paid, mul(L, i))),
      sub(r(n), div(mul(X, r(n)), P)),
    )
  },
  'lump-sum-reduces-payment': (f) => {
    const [L, rate, y, P, b, X, k] = [
      v(f, 'L'),
      v(f, 'r'),
      int(f, 'y'),
      v(f, 'P'),
      v(f, 'B'),
      v(f, 'X'),
      int(f, 'k'),
    ]
    const i = f12(rate)
    const n = 12 * y
    stated(L, i, P, k, b)
    return money(
      pay(sub(b, X), i, n - k),
      sub(P, div(X, r(n - k))),
      sub(P, mul(X, i)),
      pay(sub(b, X), i, n),
      pay(sub(L, X), i, n - k),
    )
  },
  'offset-monthly-interest': (f) => {
    const [b, S, rate, s] = [v(f, 'B'), v(f, 'S'), v(f, 'r'), v(f, 's')]
    return money(
      f12(mul(sub(b, S), rate)),
      f12(mul(b, rate)),
      sub(f12(mul(b, rate)), f12(mul(S, s))),
      f12(mul(S, rate)),
      mul(sub(b, S), rate),
    )
  },
  'offset-equivalent-savings-rate': (f) => {
    const [rate, t] = [v(f, 'r'), pc(int(f, 't'))]
    return percent(
      2,
      div(rate, sub(r(1), t)),
      rate,
      mul(rate, sub(r(1), t)),
      mul(rate, add(r(1), t)),
      add(rate, t),
      div(rate, t),
    )
  },
  'interest-only-then-repayment': (f) => {
    const [L, rate, y, k] = [v(f, 'L'), v(f, 'r'), int(f, 'y'), int(f, 'k')]
    const i = f12(rate)
    const [n, m] = [12 * y, 12 * (y - k)]
    return money(
      pay(L, i, m),
      pay(L, i, n),
      mul(L, i),
      add(mul(L, i), div(L, r(m))),
      pay(L, i, 12 * k),
    )
  },
  'part-and-part-payment': (f) => {
    const [A, O, rate, y] = [v(f, 'A'), v(f, 'O'), v(f, 'r'), int(f, 'y')]
    const [i, n] = [f12(rate), 12 * y]
    return money(
      add(pay(A, i, n), mul(O, i)),
      pay(add(A, O), i, n),
      mul(add(A, O), i),
      pay(A, i, n),
      add(pay(O, i, n), mul(A, i)),
    )
  },
  'balance-with-regular-overpayment': (f) => {
    const [L, rate, P, X, k] = [v(f, 'L'), v(f, 'r'), v(f, 'P'), v(f, 'X'), int(f, 'k')]
    const i = f12(rate)
    const paid = add(P, X)
    return money(
      bal(L, i, paid, k),
      bal(L, i, P, k),
      sub(bal(L, i, P, k), mul(X, r(k))),
      sub(L, mul(r(k), paid)),
      sub(L, mul(r(k), sub(paid, mul(L, i)))),
    )
  },
  'repayment-vehicle-saving': (f) => {
    const [L, s, y] = [v(f, 'L'), v(f, 's'), int(f, 'y')]
    const j = f12(s)
    const n = 12 * y
    const g = pw(add(r(1), j), n)
    // Second route for the key: the saving whose future value, summed month by month, is L.
    let fv: R = r(0)
    let grow: R = r(1)
    for (let t = 0; t < n; t++) {
      fv = add(fv, grow)
      grow = mul(grow, add(r(1), j))
    }
    return money(div(L, fv), div(L, r(n)), pay(L, j, n), div(L, sub(g, r(1))), div(mul(L, j), g))
  },
  'payment-holiday-balance': (f) => {
    const [b, rate, k, P] = [v(f, 'B'), v(f, 'r'), int(f, 'k'), v(f, 'P')]
    const i = f12(rate)
    return {
      key: dp(bal(b, i, r(0), k), 2),
      wrong: [
        dp(b, 2),
        dp(add(b, mul(b, i, r(k))), 2),
        dp(add(b, mul(P, r(k))), 2),
        float(fl(b) * Math.exp((k / 12) * Math.log1p(fl(rate))), 2),
      ],
    }
  },

  'lump-sum-shortens-term': (f) => {
    const [L, rate, y, P, b, X, k] = [
      v(f, 'L'),
      v(f, 'r'),
      int(f, 'y'),
      v(f, 'P'),
      v(f, 'B'),
      v(f, 'X'),
      int(f, 'k'),
    ]
    const i = f12(rate)
    const n = 12 * y
    stated(L, i, P, k, b)
    const left = sub(b, X)
    return count(
      r(monthsToClear(left, i, P)),
      div(left, P),
      div(mul(r(n - k), left), b),
      sub(r(n - k), div(X, P)),
      div(left, sub(P, mul(left, i))),
    )
  },
  'retained-interest-gross-loan': (f) => {
    const [N, m, k] = [v(f, 'N'), v(f, 'r'), int(f, 'k')]
    return money(
      div(N, sub(r(1), mul(m, r(k)))),
      mul(N, add(r(1), mul(m, r(k)))),
      bal(N, m, r(0), k),
      div(N, sub(r(1), m)),
      add(N, mul(N, m)),
      div(N, pw(sub(r(1), m), k)),
      div(N, sub(r(1), mul(m, r(12)))),
    )
  },
  'interest-only-extra-interest': (f) => {
    const { L, rate, y, n } = termOf(f)
    const P = v(f, 'P')
    const io = mul(r(n), f12(mul(L, rate)))
    const rep = sub(mul(r(n), P), L)
    return money(sub(io, rep), io, rep, sub(mul(r(n), P), io), div(sub(io, rep), r(y)))
  },
  'payment-after-holiday': (f) => {
    const [b, rate, k, m, P] = [v(f, 'B'), v(f, 'r'), int(f, 'k'), int(f, 'm'), v(f, 'P')]
    const i = f12(rate)
    const grown = bal(b, i, r(0), k)
    return money(
      pay(grown, i, m),
      pay(b, i, m),
      pay(grown, i, m + k),
      add(P, div(mul(P, r(k)), r(m))),
      P,
      pay(add(b, mul(P, r(k))), i, m),
      pay(grown, i, m - k),
      pay(add(grown, mul(P, r(k))), i, m),
      pay(grown, i, m / 12),
    )
  },
  'further-advance-payment': (f) => {
    const [b, r1, r2, m, P, A] = [
      v(f, 'B'),
      v(f, 'r'),
      v(f, 'r2'),
      int(f, 'm'),
      v(f, 'P'),
      v(f, 'A'),
    ]
    const i2 = f12(r2)
    return money(
      add(P, pay(A, i2, m)),
      pay(add(b, A), i2, m),
      add(P, div(A, r(m))),
      add(P, mul(A, i2)),
      pay(add(b, A), f12(r1), m),
      add(P, pay(A, i2, m / 12)),
    )
  },
}

const REFINANCE: Readonly<Record<string, Route>> = {
  'refinance-break-even-with-charge': (f) => {
    const [b, old, rNew, P1, P2, F, C, e] = [
      v(f, 'B'),
      v(f, 'old'),
      v(f, 'rNew'),
      v(f, 'P1'),
      v(f, 'P2'),
      v(f, 'F'),
      v(f, 'C'),
      int(f, 'e'),
    ]
    const erc = mul(b, pc(e))
    const cost = sub(add(F, erc), C)
    const saving = sub(P1, P2)
    return count(
      ceil(div(cost, saving)),
      div(sub(F, C), saving),
      div(cost, f12(mul(b, sub(old, rNew)))),
      div(add(F, erc), saving),
      div(add(F, erc, C), saving),
      div(erc, saving),
    )
  },
  'points-break-even': (f) => {
    const [L, rate, rLow, pts, P1, P2, price] = [
      v(f, 'L'),
      v(f, 'r'),
      v(f, 'rLow'),
      int(f, 'pts'),
      v(f, 'P1'),
      v(f, 'P2'),
      v(f, 'price'),
    ]
    const cost = mul(L, pc(pts))
    const saving = sub(P1, P2)
    return count(
      ceil(div(cost, saving)),
      div(mul(price, pc(pts)), saving),
      div(cost, f12(mul(L, sub(rate, rLow)))),
      div(mul(L, r(pts, 1000)), saving),
      div(add(cost, mul(L, pc(1))), saving),
      div(cost, mul(r(12), saving)),
    )
  },
  'charge-with-overpayment-allowance': (f) => {
    const [L, b, X, year] = [v(f, 'L'), v(f, 'B'), v(f, 'X'), int(f, 'year')]
    const rate = pc(6 - year)
    const excess = sub(X, div(b, r(10)))
    return money(
      mul(rate, excess),
      mul(rate, X),
      mul(rate, sub(X, div(L, r(10)))),
      mul(pc(5), excess),
      mul(rate, div(b, r(10))),
      mul(pc(7 - year), excess),
    )
  },
  'six-months-interest-on-excess': (f) => {
    const [L, rate, b, A] = [v(f, 'L'), v(f, 'r'), v(f, 'B'), v(f, 'A')]
    const half = (x: R) => mul(x, rate, r(1, 2))
    const excess = sub(A, mul(L, pc(20)))
    return money(
      half(excess),
      half(A),
      half(sub(A, mul(b, pc(20)))),
      mul(excess, rate),
      mul(excess, pc(6)),
      half(b),
      half(mul(L, pc(20))),
    )
  },
  'rule-of-78-rebate': (f) => {
    const [FC, n, k] = [v(f, 'FC'), int(f, 'n'), int(f, 'k')]
    // The sum of the digits of the months left over the sum of the digits of all months, added up.
    const digits = (m: number) => {
      let s = 0
      for (let t = 1; t <= m; t++) s += t
      return s
    }
    const m = n - k
    const rebate = mul(FC, r(digits(m), digits(n)))
    return money(
      rebate,
      mul(FC, r(m, n)),
      mul(FC, r(digits(k), digits(n))),
      mul(FC, r(m * m, n * n)),
      sub(FC, rebate),
    )
  },
  'redemption-figure': (f) => {
    const [L, b, rate, d, e, D] = [
      v(f, 'L'),
      v(f, 'B'),
      v(f, 'r'),
      int(f, 'd'),
      int(f, 'e'),
      v(f, 'D'),
    ]
    const acc = dayInt(b, rate, d, 365)
    const erc = mul(b, pc(e))
    return money(
      add(b, acc, erc, D),
      add(b, acc, D),
      add(b, acc, mul(L, pc(e)), D),
      add(b, erc, D),
      add(b, f12(mul(b, rate)), erc, D),
    )
  },
  'interest-rate-differential-charge': (f) => {
    const [b, rate, c, left] = [v(f, 'B'), v(f, 'r'), v(f, 'c'), int(f, 'left')]
    const three = mul(b, rate, r(3, 12))
    const ird = mul(b, sub(rate, c), r(left, 12))
    const [hi, lo] = less(three, ird) ? [ird, three] : [three, ird]
    return money(
      hi,
      lo,
      add(three, ird),
      mul(b, sub(rate, c)),
      mul(b, rate, r(left, 12)),
      mul(b, c, r(1, 4)),
    )
  },
  'temporary-buydown-cost': (f) => {
    const [L, P0, P1, P2] = [v(f, 'L'), v(f, 'P0'), v(f, 'P1'), v(f, 'P2')]
    return money(
      add(mul(r(12), sub(P0, P2)), mul(r(12), sub(P0, P1))),
      mul(r(24), sub(P0, P2)),
      mul(r(12), sub(P0, P2)),
      mul(L, pc(3)),
      mul(r(12), sub(P0, P1)),
      mul(r(24), add(sub(P0, P2), sub(P0, P1))),
      add(sub(P0, P2), sub(P0, P1)),
    )
  },
  'cost-over-fixed-period': (f) => {
    const [L, rate, P, F] = [v(f, 'L'), v(f, 'r'), v(f, 'P'), v(f, 'F')]
    const i = f12(rate)
    const capital = sub(L, bal(L, i, P, 24))
    const interest = sub(mul(r(24), P), capital)
    return money(
      add(F, interest),
      add(F, mul(r(24), P)),
      interest,
      add(F, mul(r(24), L, i)),
      add(F, capital),
      div(add(F, interest), r(2)),
    )
  },
  'payment-on-reversion': (f) => {
    const [L, r1, r2, y, P1, b] = [
      v(f, 'L'),
      v(f, 'r1'),
      v(f, 'r2'),
      int(f, 'y'),
      v(f, 'P1'),
      v(f, 'B'),
    ]
    const n = 12 * y
    const i2 = f12(r2)
    stated(L, f12(r1), P1, 24, b)
    return money(
      pay(b, i2, n - 24),
      pay(L, i2, n),
      pay(b, i2, n),
      mul(P1, div(r2, r1)),
      add(P1, mul(b, sub(i2, f12(r1)))),
    )
  },
  'cash-out-refinance-proceeds': (f) => {
    const [V, L, b, C, ltv] = [v(f, 'V'), v(f, 'L'), v(f, 'B'), v(f, 'C'), int(f, 'ltv')]
    const max = mul(V, pc(ltv))
    return money(
      sub(sub(max, b), C),
      sub(max, b),
      sub(sub(max, L), C),
      sub(sub(V, b), C),
      sub(mul(sub(V, b), pc(ltv)), C),
    )
  },
  'refinance-payment-with-fees-added': (f) => {
    const [b, old, rNew, left, term, F] = [
      v(f, 'B'),
      v(f, 'old'),
      v(f, 'rNew'),
      int(f, 'left'),
      int(f, 'term'),
      v(f, 'F'),
    ]
    const i = f12(rNew)
    return money(
      pay(add(b, F), i, term),
      pay(b, i, term),
      pay(add(b, F), i, left),
      pay(add(b, F), f12(old), term),
      add(pay(b, i, term), div(F, r(term))),
      pay(add(b, F), i, term / 12),
    )
  },

  'net-saving-over-same-term': (f) => {
    const [b, old, rNew, m, orig, P1, P2, C] = [
      v(f, 'B'),
      v(f, 'old'),
      v(f, 'rNew'),
      int(f, 'm'),
      int(f, 'orig'),
      v(f, 'P1'),
      v(f, 'P2'),
      v(f, 'C'),
    ]
    const saving = sub(P1, P2)
    return money(
      sub(mul(r(m), saving), C),
      mul(r(m), saving),
      sub(mul(r(m), f12(mul(b, sub(old, rNew)))), C),
      sub(mul(r(orig), saving), C),
      sub(mul(div(b, r(2)), sub(old, rNew), r(m, 12)), C),
    )
  },
  'step-down-prepayment-penalty': (f) => {
    const [L, b, m] = [v(f, 'L'), v(f, 'B'), int(f, 'm')]
    // The loan year the month falls in, counted year by year.
    let year = 1
    for (let end = 12; m > end; end += 12) year++
    return money(
      mul(b, pc(6 - year)),
      mul(b, pc(7 - year)),
      mul(b, pc(5 - year)),
      mul(L, pc(6 - year)),
      mul(b, pc(5)),
    )
  },
  'points-to-buy-down-rate': (f) => {
    const [L, price, quarters] = [v(f, 'L'), v(f, 'price'), int(f, 'quarters')]
    // Points counted quarter point by quarter point, each 1% of the loan.
    let points = 0
    for (let q = 0; q < quarters; q++) points++
    return money(
      mul(L, pc(points)),
      mul(price, pc(points)),
      mul(L, pc(2 * points)),
      mul(L, r(25 * quarters, 10000)),
      r(1000 * quarters),
      mul(L, r(points, 1000)),
      mul(L, pc(points + 1)),
    )
  },
}

const RATIOS: Readonly<Record<string, Route>> = {
  'loan-to-value-lower-of': (f) => {
    const [price, val, L, F] = [v(f, 'price'), v(f, 'val'), v(f, 'L'), v(f, 'F')]
    return percent(
      2,
      div(L, val),
      div(L, price),
      div(sub(price, L), val),
      div(add(L, F), val),
      div(L, add(price, F)),
    )
  },
  'maximum-loan-from-ltv': (f) => {
    const [price, val, cap] = [v(f, 'price'), v(f, 'val'), int(f, 'cap')]
    return money(
      mul(val, pc(cap)),
      mul(price, pc(cap)),
      mul(val, pc(100 - cap)),
      sub(val, mul(price, pc(100 - cap))),
    )
  },
  'deposit-needed-with-down-valuation': (f) => {
    const [price, val, cap] = [v(f, 'price'), v(f, 'val'), int(f, 'cap')]
    return money(
      sub(price, mul(val, pc(cap))),
      mul(price, pc(100 - cap)),
      mul(val, pc(100 - cap)),
      sub(price, val),
      add(mul(price, pc(100 - cap)), sub(price, val)),
    )
  },
  'combined-loan-to-value': (f) => {
    const [V, first, second, orig, taken] = [
      v(f, 'V'),
      v(f, 'first'),
      v(f, 'second'),
      v(f, 'orig'),
      v(f, 'taken'),
    ]
    const owed = add(first, second)
    return percent(
      2,
      div(owed, V),
      div(first, V),
      div(owed, orig),
      div(second, sub(V, first)),
      div(second, V),
      div(add(taken, second), V),
      div(taken, orig),
      div(sub(V, owed), V),
    )
  },
  'debt-service-coverage': (f) => {
    const [rent, vac, opex, P] = [v(f, 'rent'), int(f, 'vac'), v(f, 'opex'), v(f, 'P')]
    const ds = mul(r(12), P)
    const effective = mul(rent, pc(100 - vac))
    const noi = sub(effective, opex)
    return money(
      div(noi, ds),
      div(effective, ds),
      div(sub(rent, opex), ds),
      div(rent, ds),
      div(sub(noi, ds), ds),
      div(f12(noi), ds),
      div(ds, noi),
    )
  },
  'maximum-loan-from-dscr': (f) => {
    const [noi, cover, rate, y] = [v(f, 'noi'), int(f, 'cover'), v(f, 'r'), int(f, 'y')]
    const i = f12(rate)
    const n = 12 * y
    const P = div(noi, mul(r(12), pc(cover)))
    return money(
      pv(P, i, n),
      pv(mul(f12(noi), pc(cover)), i, n),
      pv(f12(noi), i, n),
      div(noi, mul(rate, pc(cover))),
      mul(P, r(n)),
      pv(P, rate, n),
      pv(P, i, y),
    )
  },
  'buy-to-let-rental-cover': (f) => {
    const [rent, icr, s, product] = [v(f, 'rent'), int(f, 'icr'), v(f, 's'), v(f, 'product')]
    const year = mul(rent, r(12))
    return money(
      div(year, mul(pc(icr), s)),
      div(year, mul(pc(icr), product)),
      div(mul(year, pc(icr)), s),
      div(year, s),
      div(rent, mul(pc(icr), s)),
      div(mul(year, sub(r(2), pc(icr))), s),
    )
  },
  'housing-expense-ratio': (f) => {
    const [income, PI, tax, ins, debts] = [
      v(f, 'income'),
      v(f, 'PI'),
      v(f, 'tax'),
      v(f, 'ins'),
      v(f, 'debts'),
    ]
    const m = f12(income)
    const piti = add(PI, f12(add(tax, ins)))
    return percent(
      2,
      div(piti, m),
      div(PI, m),
      div(add(piti, debts), m),
      div(add(PI, tax, ins), m),
      div(piti, mul(m, pc(75))),
    )
  },
  'total-debt-to-income': (f) => {
    const [income, piti, car, card, util] = [
      v(f, 'income'),
      v(f, 'piti'),
      v(f, 'car'),
      v(f, 'card'),
      v(f, 'util'),
    ]
    const m = f12(income)
    const all = add(piti, car, card)
    return percent(
      2,
      div(all, m),
      div(piti, m),
      div(add(all, util), m),
      div(add(piti, car), m),
      div(all, mul(m, pc(75))),
    )
  },
  'maximum-housing-payment-28-36': (f) => {
    const [income, debts] = [v(f, 'income'), v(f, 'debts')]
    const m = f12(income)
    const front = mul(m, pc(28))
    const back = sub(mul(m, pc(36)), debts)
    const [key, other] = less(back, front) ? [back, front] : [front, back]
    return money(key, other, mul(m, pc(36)), sub(front, debts), mul(m, pc(64)))
  },
  'income-multiple-maximum-loan': (f) => {
    const [a, b, mult, value, cap] = [
      v(f, 'a'),
      v(f, 'b'),
      int(f, 'mult'),
      v(f, 'value'),
      int(f, 'cap'),
    ]
    const byIncome = mul(add(a, b), r(mult, 10))
    const byValue = mul(value, pc(cap))
    const [key, other] = less(byValue, byIncome) ? [byValue, byIncome] : [byIncome, byValue]
    return money(key, other, mul(a, r(mult, 10)), add(mul(a, r(3)), b), mul(byIncome, pc(cap)))
  },
  'stress-tested-maximum-loan': (f) => {
    const [budget, rate, addOn, y] = [v(f, 'budget'), v(f, 'r'), int(f, 'add'), int(f, 'y')]
    const n = 12 * y
    const stressed = add(rate, pc(addOn))
    return money(
      pv(budget, f12(stressed), n),
      pv(budget, f12(rate), n),
      pv(budget, f12(pc(addOn)), n),
      div(budget, f12(stressed)),
      pv(budget, f12(mul(rate, add(r(1), pc(addOn)))), n),
      pv(budget, stressed, n),
      pv(budget, f12(stressed), y),
      pv(budget, add(f12(rate), pc(addOn)), n),
      pv(mul(budget, r(12)), stressed, y),
      div(mul(budget, r(n)), add(r(1), mul(stressed, r(y)))),
    )
  },
  'pay-down-to-80-percent': (f) => {
    const [V, b, now] = [v(f, 'V'), v(f, 'B'), v(f, 'now')]
    return money(
      sub(b, mul(V, pc(80))),
      sub(b, mul(now, pc(80))),
      sub(b, mul(V, pc(78))),
      mul(V, pc(20)),
      mul(b, pc(20)),
    )
  },
  'equity-after-payments': (f) => {
    const { L, y, i } = termOf(f)
    const [V0, P, k, V] = [v(f, 'V0'), v(f, 'P'), int(f, 'k'), v(f, 'V')]
    const owed = bal(L, i, P, k)
    return money(
      sub(V, owed),
      sub(V, L),
      sub(V0, owed),
      add(sub(V0, L), mul(r(k), P)),
      sub(V, sub(L, mul(r(k), sub(P, mul(L, i))))),
      sub(V, sub(L, mul(r(k), P))),
      sub(V, mul(L, r(12 * y - k, 12 * y))),
    )
  },
  'maximum-price-from-deposit': (f) => {
    const [D, cap] = [v(f, 'D'), int(f, 'cap')]
    const price = div(D, pc(100 - cap))
    return money(price, div(D, pc(cap)), add(D, mul(D, pc(cap))), add(D, price), sub(price, D))
  },
  'debt-yield': (f) => {
    const [noi, L, V, DS] = [v(f, 'noi'), v(f, 'L'), v(f, 'V'), v(f, 'DS')]
    return percent(
      2,
      div(noi, L),
      div(noi, V),
      div(DS, L),
      div(sub(noi, DS), L),
      div(L, V),
      div(noi, DS),
    )
  },

  'loan-to-value-after-further-advance': (f) => {
    const [price, L, b, V, A] = [v(f, 'price'), v(f, 'L'), v(f, 'B'), v(f, 'V'), v(f, 'A')]
    return percent(
      2,
      div(add(b, A), V),
      div(A, V),
      div(add(b, A), price),
      div(add(L, A), V),
      div(b, V),
    )
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...PAYMENTS,
  ...RATES,
  ...STRUCTURES,
  ...REFINANCE,
  ...RATIOS,
}

describeEngineIndependent('loan and mortgage analysis scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'exact BigInt schedule recurrences, summed discount factors and Julian day numbers',
    digest,
    models: LMA_MODELS,
    engines,
  })
})
