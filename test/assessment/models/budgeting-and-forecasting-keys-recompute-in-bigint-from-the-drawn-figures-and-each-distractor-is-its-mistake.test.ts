import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BUDGET_MODELS } from '../../../src/assessment/models/budget/budget-models.js'
import type { BudgetScenario } from '../../../src/assessment/models/budget/budget-text.js'
import { CASH_FAMILIES } from '../../../src/assessment/models/budget/cash-families.js'
import { FORECAST_FAMILIES } from '../../../src/assessment/models/budget/forecast-families.js'
import { OPERATING_FAMILIES } from '../../../src/assessment/models/budget/operating-families.js'
import { REVIEW_FAMILIES } from '../../../src/assessment/models/budget/review-families.js'
import { VARIANCE_FAMILIES } from '../../../src/assessment/models/budget/variance-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as q } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...OPERATING_FAMILIES,
  ...CASH_FAMILIES,
  ...VARIANCE_FAMILIES,
  ...FORECAST_FAMILIES,
  ...REVIEW_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<BudgetScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact arithmetic in BigInt, rounded half away from zero; nothing shared with the families.
const B = BigInt
/** `n1 × n2 × … ÷ (d1 × d2 × …)` to the nearest whole unit. */
const r = (nums: readonly number[], dens: readonly number[] = [1]) =>
  q(
    nums.reduce((p, x) => p * B(x), 1n),
    dens.reduce((p, x) => p * B(x), 1n),
  )
/** `a ÷ b` rounded up, both positive. */
const up = (a: number, b: number) => {
  const [x, y] = [B(a), B(b)]
  return Number(x / y + (x % y === 0n ? 0n : 1n))
}
/** `a ÷ b` rounded down, both positive. */
const down = (a: number, b: number) => Number(B(a) / B(b))
function fmt(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const digest = (text: string) =>
  text.replace(/[€$£%]/g, '').replace(/ (units|kg|hours|days|points)$/, '')
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
/** Answers in cents or basis points: all shown to two places. */
const two = (key: number, ...wrong: number[]): Expect => ({ key: fmt(key), wrong: wrong.map(fmt) })
/** Answers in whole units, kg, hours, days or people. */
const whole = (key: number, ...wrong: number[]): Expect => ({
  key: count(key),
  wrong: wrong.map(count),
})
/** The named figures of a draw, in the order asked. */
/** `x` percent (whole) of `c`, to the nearest unit. */
const pc = (c: number, p: number) => r([c, p], [100])
/** A ratio in basis points (hundredths of a percent). */
const bps = (n: number, d: number) => r([n, 10000], [d])
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
/**
 * Money at a standard `rate` set against an actual spend `act`, the shapes the overhead and
 * materials variances' options share: `cost(x)` is `x × rate − act`, `spent(x)` is
 * `act − x × rate` and `gap(a, b)` is `(a − b) × rate`.
 */
const atRate = (rate: number, act: number) => ({
  cost: (x: number) => x * rate - act,
  spent: (x: number) => act - x * rate,
  gap: (a: number, b: number) => (a - b) * rate,
})

const OPERATING: Readonly<Record<string, (f: F) => Expect>> = {
  'production-units-from-stock-policy': (f) => {
    const [s, next, p, o] = figuresOf(f, 's', 'next', 'p', 'o')
    const c = pc(next, p)
    return whole(s + c - o, s + c + o, s - c + o, s + c, s + pc(s, p) - o, s - o)
  },
  'materials-purchases-quantity': (f) => {
    const [prod, np, per, p, o] = figuresOf(f, 'prod', 'nextProd', 'per', 'p', 'o')
    const use = prod * per
    const c = r([np, per, p], [100])
    return whole(use + c - o, use, use + c, use + c + o, use + pc(use, p) - o, prod + pc(np, p) - o)
  },
  'material-input-with-normal-loss': (f) => {
    const [prod, per, w] = figuresOf(f, 'prod', 'per', 'w')
    const n = prod * per
    return whole(
      up(n * 100, 100 - w),
      n,
      up(n * (100 + w), 100),
      up(n * (100 - w), 100),
      up(n * 10000, (100 - w) ** 2),
    )
  },
  'labour-cost-with-idle-time': (f) => {
    const [prod, hpu, rate, x] = figuresOf(f, 'prod', 'hpu', 'rate', 'x')
    const worked = down(prod * hpu, 100)
    return two(
      up(worked * 100, x) * rate,
      worked * rate,
      up(worked * (200 - x), 100) * rate,
      up(worked * 10000, x * x) * rate,
      up(worked * x, 100) * rate,
    )
  },
  'overhead-budget-high-low': (f) => {
    const [v, fx, lo, hi, plan] = figuresOf(f, 'v', 'f', 'lo', 'hi', 'plan')
    const [cLo, cHi] = [fx + lo * v, fx + hi * v]
    // Second route: the slope and intercept read back from the two observations.
    const slope = (cHi - cLo) / (hi - lo)
    const fixed = cHi - slope * hi
    return two(
      fixed + plan * slope,
      r([cHi, plan], [hi]),
      r([cLo, plan], [lo]),
      plan * slope,
      cHi,
      2 * fixed + plan * slope,
      r([cLo + cHi], [2]),
      (plan - hi) * slope,
    )
  },
  'overhead-absorption-rate-per-labour-hour': (f) => {
    const [fx, vo, lh, mh] = figuresOf(f, 'fixed', 'varOh', 'lh', 'mh')
    return two(
      r([fx + vo], [lh]),
      r([fx], [lh]),
      r([fx + vo], [mh]),
      r([vo], [lh]),
      r([fx + vo], [lh + mh]),
    )
  },
  'sales-budget-with-mid-year-price-rise': (f) => {
    const qs = figuresOf(f, 'q1', 'q2', 'q3', 'q4')
    const [price, rr, from] = figuresOf(f, 'price', 'r', 'from')
    const np = price + pc(price, rr)
    const rev = (start: number) =>
      total(qs.slice(0, Math.max(0, start - 1))) * price +
      total(qs.slice(Math.max(0, start - 1))) * np
    return two(rev(from), rev(1), rev(5), rev(from + 1), rev(from - 1))
  },
  'cost-of-sales-budget': (f) => {
    const [o, p, c, s] = figuresOf(f, 'open', 'purch', 'close', 'sales')
    return two(s - o - p + c, s - o - p - c, s - p, s - p - c + o, s - p + c)
  },
  'labour-cost-with-overtime-premium': (f) => {
    const [staff, basic, need, rate, prem] = figuresOf(f, 'staff', 'basic', 'need', 'rate', 'prem')
    const base = staff * basic
    const extra = need - base
    return two(
      base * rate + r([extra, rate, prem], [100]),
      need * rate,
      r([need, rate, prem], [100]),
      base * rate + r([extra, rate, prem - 100], [100]),
      base * rate,
      need * rate + r([need, rate, prem - 100], [100]),
      need * rate + r([extra, rate, prem], [100]),
    )
  },
  'standard-full-cost-per-unit': (f) => {
    const [kgs, price, h, rate, voh, foh] = figuresOf(f, 'kgs', 'price', 'h', 'rate', 'voh', 'foh')
    const [mat, lab, vo, fo] = [
      kgs * price,
      r([h, rate], [100]),
      r([h, voh], [100]),
      r([h, foh], [100]),
    ]
    return two(
      mat + lab + vo + fo,
      mat + lab + vo,
      mat + lab + voh + foh,
      mat + lab,
      mat + rate + vo + fo,
    )
  },
  'closing-stock-valued-at-marginal-cost': (f) => {
    const [o, p, s, vc, fpu] = figuresOf(f, 'open', 'prod', 'sales', 'vc', 'fpu')
    const c = o + p - s
    return two(c * vc, c * (vc + fpu), o * vc, (o + p) * vc, (c + o) * vc)
  },
  'seasonal-index-quarter-sales': (f) => {
    const [annual, idx] = figuresOf(f, 'annual', 'idx')
    return whole(
      r([annual, idx], [400]),
      r([annual, idx], [100]),
      annual / 4,
      r([annual, 100], [4 * idx]),
      r([annual, idx], [1200]),
    )
  },
  'headcount-for-labour-hours': (f) => {
    const [need, weeks, pw, eff] = figuresOf(f, 'need', 'weeks', 'perWeek', 'eff')
    const paid = weeks * pw
    const avail = r([paid, eff], [100])
    return whole(
      up(need, avail),
      up(need, paid),
      up(need, 52 * pw),
      down(need, avail),
      up(need, r([paid, 100 - eff], [100])),
      up(need * (200 - eff), 100 * paid),
      up(need * (200 - eff), 100 * avail),
      up(need * 52, avail * weeks),
      up(need * 100, avail * eff),
      up(need, r([52 * pw, eff], [100])),
    )
  },
  'stepped-supervision-cost': (f) => {
    const [per, out, sal] = figuresOf(f, 'per', 'out', 'sal')
    const n = up(out, per)
    return two(
      n * sal,
      down(out, per) * sal,
      r([out, sal], [per]),
      (n + 1) * sal,
      sal,
      12 * n * sal,
    )
  },
  'budgeted-gross-profit-two-products': (f) => {
    const [ua, ub, pa, pb, ca, cb] = figuresOf(f, 'ua', 'ub', 'pa', 'pb', 'ca', 'cb')
    const rev = ua * pa + ub * pb
    return two(
      rev - ua * ca - ub * cb,
      rev,
      (ua + ub) * (pa - ca),
      (ua + ub) * (pb - cb),
      rev - ua * cb - ub * ca,
      r([ua + ub, pa - ca + pb - cb], [2]),
    )
  },
  'materials-purchases-budget-cost': (f) => {
    const [use, o, c, price] = figuresOf(f, 'use', 'o', 'c', 'price')
    return two(
      (use + c - o) * price,
      use * price,
      (use + c + o) * price,
      (use - c + o) * price,
      (use + c) * price,
      (use - o) * price,
      (use - c - o) * price,
    )
  },
}

const CASH: Readonly<Record<string, (f: F) => Expect>> = {
  'receipts-from-collection-pattern': (f) => {
    const [s1, s2, s3, s4, a, b, d] = figuresOf(f, 's1', 's2', 's3', 's4', 'a', 'b', 'd')
    const c = 100 - a - b - d
    const rec = (x: number, y: number, z: number) => pc(x, a) + pc(y, b) + pc(z, c)
    return two(
      rec(s4, s3, s2),
      rec(s3, s2, s1),
      rec(s2, s3, s4),
      rec(s4, s3, s2) + pc(s2, d),
      s4,
      r([s4 + s3 + s2, 100 - d], [300]),
    )
  },
  'receipts-with-early-payment-discount': (f) => {
    const [prev, cur, cash, disc, dr] = figuresOf(f, 'prev', 'cur', 'cash', 'disc', 'dr')
    const credit = (x: number) => x - pc(x, cash)
    const early = (x: number) => pc(credit(x), disc)
    const late = (x: number) => credit(x) - early(x)
    const key = pc(cur, cash) + early(cur) - pc(early(cur), dr) + late(prev)
    return two(
      key,
      key + pc(early(cur), dr),
      key - pc(late(prev), dr),
      pc(cur, cash) + credit(prev),
      cur - pc(early(cur), dr),
      pc(cur, cash) + early(cur) - pc(early(cur), dr) + late(cur),
    )
  },
  'cash-payments-exclude-depreciation': (f) => {
    const [pp, pc2, w, oh, dep] = figuresOf(f, 'pPrev', 'pCur', 'wages', 'oh', 'dep')
    const cashOh = oh - dep
    return two(
      pp + w + cashOh,
      pp + w + oh,
      pc2 + w + cashOh,
      pc2 + w + oh,
      pp + w + cashOh - dep,
      pp + w,
    )
  },
  'closing-balance-with-overdraft-interest': (f) => {
    const [open, rec, pay, rr] = figuresOf(f, 'open', 'rec', 'pay', 'r')
    const i = r([-open, rr], [1200])
    const net = rec - pay
    return two(
      open + net - i,
      open + net,
      open + net + i,
      open + net - pc(-open, rr),
      -open + net - i,
    )
  },
  'borrowing-to-keep-minimum-balance': (f) => {
    const [close, min, step] = figuresOf(f, 'close', 'min', 'step')
    const gap = min - close
    return two(
      up(gap, step) * step,
      gap,
      down(gap, step) * step,
      up(-close, step) * step,
      up(2 * min - close, step) * step,
      up(Math.abs(min + close), step) * step,
    )
  },
  'weekly-wages-split-across-months': (f) => {
    const [prev, cur, a] = figuresOf(f, 'prev', 'cur', 'a')
    return two(
      pc(cur, a) + prev - pc(prev, a),
      cur,
      pc(prev, a) + cur - pc(cur, a),
      pc(cur, a),
      cur + prev - pc(prev, a),
      cur + prev,
      pc(cur + prev, a),
    )
  },
  'quarterly-rent-and-annual-insurance-cash': (f) => {
    const [w, rent, ins, dep] = figuresOf(f, 'wages', 'rent', 'ins', 'dep')
    const [rq, rm, im] = [r([rent], [4]), r([rent], [12]), r([ins], [12])]
    return two(
      w + rq + ins,
      w + rm + im + dep,
      w + rm + im,
      w + rq + ins + dep,
      w + rent + ins,
      w + rq + im,
    )
  },
  'loan-instalment-with-interest': (f) => {
    const [n, loan, rr, k] = figuresOf(f, 'n', 'loan', 'r', 'k')
    const c = loan / n
    const owed = c * (n - k + 1)
    return two(
      c + r([owed, rr], [1200]),
      c + r([loan, rr], [1200]),
      c + r([owed - c, rr], [1200]),
      c,
      c + pc(owed, rr),
      r([owed, rr], [1200]),
      r([loan, 100 + rr], [100 * n]),
    )
  },
  'peak-overdraft-from-monthly-flows': (f) => {
    const open = Number(f.open)
    const flows = figuresOf(f, 'f0', 'f1', 'f2', 'f3', 'f4', 'f5')
    const run = flows.map((_, i) => open + total(flows.slice(0, i + 1)))
    const low = Math.min(...run)
    return two(
      low,
      Math.min(...flows),
      low - open,
      run[5]!,
      run.find((x) => x < 0)!,
      low - 2 * open,
      total(flows.filter((x) => x < 0)),
    )
  },
  'credit-receipts-including-vat': (f) => {
    const [prev, cur, a] = figuresOf(f, 'prev', 'cur', 'a')
    const [gp, gc] = [r([prev, 6], [5]), r([cur, 6], [5])]
    return two(
      pc(gc, a) + gp - pc(gp, a),
      pc(cur, a) + prev - pc(prev, a),
      pc(gp, a) + gc - pc(gc, a),
      gc,
      pc(gc, a) + gp,
      pc(cur + prev, 80),
    )
  },
  'closing-receivables-from-pattern': (f) => {
    const [s2, s3, a, b, d] = figuresOf(f, 's2', 's3', 'a', 'b', 'd')
    const c = 100 - a - b - d
    return two(
      s3 - pc(s3, a) + pc(s2, c) + pc(s2, d),
      s3 - pc(s3, a) + pc(s2, c),
      s3 + s2,
      s3 - pc(s3, a),
      s3 + pc(s2, c) + pc(s2, d),
      s3 - pc(s3, a + b) + pc(s2, c),
    )
  },
  'supplier-payments-with-settlement-discount': (f) => {
    const [prev, cur, t, dr] = figuresOf(f, 'prev', 'cur', 't', 'dr')
    const early = pc(cur, t)
    const rest = prev - pc(prev, t)
    return two(
      early - pc(early, dr) + rest,
      early + rest,
      cur - pc(cur, dr),
      prev - pc(prev, dr),
      early - pc(cur, dr) + rest,
      pc(prev, t) - pc(pc(prev, t), dr) + cur - early,
    )
  },
  'cumulative-cash-after-capex': (f) => {
    const [open, rec, pay, capex, grant] = figuresOf(f, 'open', 'rec', 'pay', 'capex', 'grant')
    const dep = r([capex], [20])
    const base = open + rec - pay
    return two(
      base - capex + grant,
      base - capex + grant - dep,
      base - capex,
      base - dep + grant,
      rec - pay - capex + grant,
      base - capex - grant,
    )
  },
  'quarterly-vat-payment': (f) => {
    const [sales, purch, ex] = figuresOf(f, 'sales', 'purch', 'exempt')
    const [o, i] = [r([sales], [5]), r([purch], [5])]
    return two(
      o - i,
      o,
      o - r([purch + ex], [5]),
      r([sales - purch], [6]),
      o + i,
      r([sales], [6]) - i,
    )
  },
  'opening-cash-from-prior-month': (f) => {
    const [open, r1, p1, r2, p2] = figuresOf(f, 'open', 'r1', 'p1', 'r2', 'p2')
    return two(
      open + r1 + r2 - p1 - p2,
      open + r2 - p2,
      r1 - p1 + r2 - p2,
      open + r1 - p1,
      open + r1 - p1 - r2 + p2,
      open + r1 + p1 + r2 - p2,
    )
  },
  'receipts-from-debtor-balances': (f) => {
    const [ob, sales, cb, bad] = figuresOf(f, 'ob', 'sales', 'cb', 'bad')
    return two(
      ob + sales - bad - cb,
      ob + sales - cb,
      sales,
      cb + sales - bad - ob,
      ob + sales + bad - cb,
      sales - bad,
    )
  },
}

const VARIANCE: Readonly<Record<string, (f: F) => Expect>> = {
  'flexed-budget-total-cost': (f) => {
    const [qq, a, v, fx] = figuresOf(f, 'q', 'a', 'v', 'f')
    return two(
      r([v, a], [qq]) + fx,
      v + fx,
      r([v + fx, a], [qq]),
      r([v, a], [qq]),
      r([v, qq], [a]) + fx,
      v + r([fx, a], [qq]),
    )
  },
  'cost-variance-against-flexed-budget': (f) => {
    const [qq, a, v, fx, act] = figuresOf(f, 'q', 'a', 'v', 'f', 'act')
    const flex = r([v, a], [qq]) + fx
    return two(flex - act, v + fx - act, act - flex, r([v + fx, a], [qq]) - act, act - v - fx)
  },
  'sales-price-variance': (f) => {
    const [sp, ap, aq, bq] = figuresOf(f, 'sp', 'ap', 'aq', 'bq')
    const d = ap - sp
    return two(d * aq, d * bq, -d * aq, aq * ap - bq * sp, -d * bq)
  },
  'sales-volume-variance-at-contribution': (f) => {
    const [sp, vc, fpu, bq, aq] = figuresOf(f, 'sp', 'vc', 'fpu', 'bq', 'aq')
    const dq = aq - bq
    return two(
      dq * (sp - vc),
      dq * sp,
      dq * (sp - vc - fpu),
      -dq * (sp - vc),
      dq * vc,
      -dq * sp,
      dq * (vc + fpu),
    )
  },
  'materials-price-variance-on-purchases': (f) => {
    const [sp, ap, bought, used, out, per] = figuresOf(
      f,
      'sp',
      'ap',
      'bought',
      'used',
      'out',
      'per',
    )
    const d = sp - ap
    return two(d * bought, d * used, d * out * per, -d * bought, -d * used)
  },
  'materials-usage-variance': (f) => {
    const [sp, ap, out, per, used, bq] = figuresOf(f, 'sp', 'ap', 'out', 'per', 'used', 'bq')
    const sq = out * per
    return two(
      (sq - used) * sp,
      (sq - used) * ap,
      (bq * per - used) * sp,
      (used - sq) * sp,
      sq * sp - used * ap,
    )
  },
  'labour-rate-variance-on-paid-hours': (f) => {
    const [sr, ar, paid, idle] = figuresOf(f, 'sr', 'ar', 'paid', 'idle')
    const d = sr - ar
    const worked = paid - idle
    return two(d * paid, d * worked, -d * paid, d * worked - idle * sr, -d * worked)
  },
  'labour-efficiency-variance': (f) => {
    const [sr, ar, out, sh, worked, idle] = figuresOf(f, 'sr', 'ar', 'out', 'sh', 'worked', 'idle')
    const std = down(out * sh, 100)
    return two(
      (std - worked) * sr,
      (std - worked - idle) * sr,
      (std - worked) * ar,
      (worked - std) * sr,
      (worked + idle - std) * sr,
    )
  },
  'idle-time-variance': (f) => {
    const [sr, ar, paid, idle, ex] = figuresOf(f, 'sr', 'ar', 'paid', 'idle', 'expected')
    const x = idle - ex
    return two(
      -x * sr,
      -x * ar,
      x * sr,
      -(idle + ex) * sr,
      -(paid - idle) * sr,
      -idle * sr,
      x * ar,
      -paid * sr,
    )
  },
  'variable-overhead-spending-variance': (f) => {
    const [rate, worked, out, sh, act] = figuresOf(f, 'rate', 'worked', 'out', 'sh', 'act')
    const std = down(out * sh, 100)
    const { cost, spent, gap } = atRate(rate, act)
    return two(cost(worked), cost(std), spent(worked), gap(std, worked), spent(std))
  },
  'variable-overhead-efficiency-variance': (f) => {
    const [rate, out, sh, worked, act] = figuresOf(f, 'rate', 'out', 'sh', 'worked', 'act')
    const std = down(out * sh, 100)
    const { cost, spent, gap } = atRate(rate, act)
    return two(gap(std, worked), gap(worked, std), cost(worked), cost(std), spent(std))
  },
  'fixed-overhead-expenditure-variance': (f) => {
    const [budget, bq, aq, act] = figuresOf(f, 'budget', 'bq', 'aq', 'act')
    const absorbed = r([budget, aq], [bq])
    return two(budget - act, absorbed - act, act - budget, absorbed - budget, act - absorbed)
  },
  'fixed-overhead-volume-variance': (f) => {
    const [bq, rate, aq, act] = figuresOf(f, 'bq', 'rate', 'aq', 'act')
    const { cost, spent, gap } = atRate(rate, act)
    return two(gap(aq, bq), gap(bq, aq), cost(aq), cost(bq), spent(aq))
  },
  'flexed-budget-profit': (f) => {
    const [sp, vc, bq, aq, fixed] = figuresOf(f, 'sp', 'vc', 'bq', 'aq', 'fixed')
    return two(
      aq * sp - aq * vc - fixed,
      bq * (sp - vc) - fixed,
      aq * (sp - vc) - r([fixed, aq], [bq]),
      aq * (sp - vc),
      aq * sp - bq * vc - fixed,
    )
  },
  'actual-profit-from-operating-statement': (f) => {
    const [bp, f1, f2, a1, a2, a3] = figuresOf(f, 'bp', 'f1', 'f2', 'a1', 'a2', 'a3')
    const [fav, adv] = [f1 + f2, a1 + a2 + a3]
    return two(
      bp + fav - adv,
      bp - fav + adv,
      bp + fav + adv,
      bp - fav - adv,
      bp + fav - a2 - a3 + a1,
    )
  },
  'labour-efficiency-ratio': (f) => {
    const [out, sh, worked, bh] = figuresOf(f, 'out', 'sh', 'worked', 'budgetHrs')
    const std = down(out * sh, 100)
    return two(bps(std, worked), bps(worked, std), bps(worked, bh), bps(std, bh), bps(bh, worked))
  },
  'total-materials-variance': (f) => {
    const [sp, per, bq, aq, used, act] = figuresOf(f, 'sp', 'per', 'bq', 'aq', 'used', 'act')
    const { cost, spent } = atRate(per * sp, act)
    return two(cost(aq), cost(bq), spent(aq), used * sp - act, spent(bq))
  },
}

const FORECAST: Readonly<Record<string, (f: F) => Expect>> = {
  'outturn-ytd-plus-remaining-budget': (f) => {
    const [k, budget, ytdB, ytdA] = figuresOf(f, 'k', 'budget', 'ytdB', 'ytdA')
    const rest = budget - ytdB
    return two(
      ytdA + rest,
      r([ytdA, 12], [k]),
      ytdA + r([budget, 12 - k], [12]),
      ytdA + budget,
      budget,
      r([rest, ytdA], [ytdB]) + ytdA,
    )
  },
  'run-rate-from-last-quarter': (f) => {
    const k = Number(f.k)
    const act = Array.from({ length: k }, (_, i) => Number(f[`a${i}`]))
    const ytd = total(act)
    const rate = r([total(act.slice(-3))], [3])
    return two(
      ytd + (12 - k) * rate,
      r([ytd, 12], [k]),
      ytd + (12 - k) * act[k - 1]!,
      12 * rate,
      ytd + (11 - k) * rate,
      ytd + (13 - k) * rate,
      ytd + (12 - k) * r([total(act.slice(0, 3))], [3]),
    )
  },
  'trend-forecast-average-change': (f) => {
    const [base, s0, s1, s2, s3, ahead] = figuresOf(f, 'base', 's0', 's1', 's2', 's3', 'ahead')
    const vals = [base, base + s0, base + s0 + s1, base + s0 + s1 + s2, base + s0 + s1 + s2 + s3]
    const last = vals[4]!
    const avg = r([s0 + s1 + s2 + s3], [4])
    return two(
      last + ahead * avg,
      last + ahead * r([last - base], [5]),
      last + avg,
      r([total(vals)], [5]),
      last + ahead * s3,
      last,
    )
  },
  'rolling-twelve-month-total': (f) => {
    const [t, dropped, added, prev] = figuresOf(f, 'total', 'dropped', 'added', 'prev')
    return two(
      t - dropped + added,
      t + added,
      t + added - prev,
      t - added + dropped,
      11 * r([t], [12]) + added - dropped,
    )
  },
  'new-hire-cost-from-start-month': (f) => {
    const [sal, start, on] = figuresOf(f, 'sal', 'start', 'on')
    const mo = r([sal], [12])
    const full = mo + pc(mo, on)
    const n = 12 - start + 1
    return two(n * full, n * mo, 12 * full, (n - 1) * full, (n + 1) * full, n * mo + pc(sal, on))
  },
  'salary-cost-with-pay-rise': (f) => {
    const [sal, rr, from] = figuresOf(f, 'sal', 'r', 'from')
    const mo = r([sal], [12])
    const hi = mo + pc(mo, rr)
    const year = (start: number) => 12 * mo + (13 - start) * (hi - mo)
    return two(year(from), 12 * hi, 12 * mo, year(from + 1), year(from - 1), 12 * mo + pc(sal, rr))
  },
  'incremental-budget-line': (f) => {
    const [pb, pa, inf, add, drop] = figuresOf(f, 'prevBudget', 'prevActual', 'inf', 'add', 'drop')
    const base = pb + pc(pb, inf)
    return two(
      base + add - drop,
      pa + pc(pa, inf) + add - drop,
      base + add,
      pb + pc(pb + add - drop, inf) + add - drop,
      pb + add - drop,
      pa + add - drop,
      base - add + drop,
    )
  },
  'zero-based-line-build': (f) => {
    const [trips, trip, seats, seat, events, ev, ly] = figuresOf(
      f,
      'trips',
      'trip',
      'seats',
      'seat',
      'events',
      'ev',
      'lastYear',
    )
    const [t, s, e] = [trips * trip, seats * seat, events * ev]
    return two(t + 12 * s + e, t + s + e, ly, ly + t + 12 * s + e, t + 12 * seat + e, t + 12 * s)
  },
  'reforecast-remaining-by-ytd-ratio': (f) => {
    const [, budget, ytdB, ytdA] = figuresOf(f, 'k', 'budget', 'ytdB', 'ytdA')
    const rest = budget - ytdB
    return two(
      ytdA + r([rest, ytdA], [ytdB]),
      ytdA + rest,
      ytdA + r([rest, ytdB], [ytdA]),
      r([budget, ytdA], [ytdB]),
      ytdA + r([budget, ytdA], [ytdB]),
    )
  },
  'compound-monthly-growth-forecast': (f) => {
    const [base, gr, k] = figuresOf(f, 'base', 'g', 'k')
    // Second route: multiply month by month in BigInt, rounding once at the end.
    const grow = (n: number) => {
      let num = B(base)
      let den = 1n
      for (let i = 0; i < n; i++) {
        num *= B(100 + gr)
        den *= 100n
      }
      return q(num, den)
    }
    return two(grow(k), base + pc(base, gr * k), grow(k - 1), grow(k + 1), base + pc(base, gr))
  },
  'full-year-from-seasonal-share': (f) => {
    const [k, s, ytd] = figuresOf(f, 'k', 's', 'ytd')
    return two(
      r([ytd, 100], [s]),
      r([ytd, 12], [k]),
      ytd + pc(ytd, 100 - s),
      r([ytd, 100], [100 - s]),
      pc(ytd, 100 + s),
      r([ytd, 100], [s]) - ytd,
    )
  },
  'part-time-fte-cost': (f) => {
    const [full, h1, h2, h3, sal] = figuresOf(f, 'full', 'h1', 'h2', 'h3', 'sal')
    const h = h1 + h2 + h3
    return two(
      r([sal, h], [full]),
      3 * sal,
      r([sal, h], [40]),
      r([sal, h], [3 * full]),
      r([sal, 3 * full - h], [full]),
      3 * r([sal, full], [h]),
    )
  },
  'employer-ni-above-threshold': (f) => {
    const [sal, th, rate, pen] = figuresOf(f, 'sal', 'th', 'rate', 'pen')
    const mo = r([sal], [12])
    const ni = r([mo - th, rate], [1000])
    const p = pc(mo, pen)
    return two(
      mo + ni + p,
      mo + r([mo, rate], [1000]) + p,
      mo + p,
      mo + ni,
      mo + r([th, rate], [1000]) + p,
      mo + ni + pc(mo - th, pen),
    )
  },
  'three-month-moving-average': (f) => {
    const v = figuresOf(f, 'v0', 'v1', 'v2', 'v3', 'v4', 'v5')
    const avg = (xs: number[]) => r([total(xs)], [xs.length])
    return two(
      avg(v.slice(3)),
      avg(v),
      avg(v.slice(0, 3)),
      avg(v.slice(2, 5)),
      r([v[3]! + 2 * v[4]! + 3 * v[5]!], [6]),
      v[5]!,
    )
  },
  'exponential-smoothing-update': (f) => {
    const [fc, a, al] = figuresOf(f, 'f', 'a', 'al')
    const e = a - fc
    return two(
      fc + pc(e, al),
      fc + pc(-e, al),
      fc,
      fc + pc(e, 100 - al),
      a,
      a + pc(e, al),
      fc - pc(e, 100 - al),
    )
  },
  'outturn-with-known-one-off': (f) => {
    const [k, one, ytd] = figuresOf(f, 'k', 'oneOff', 'ytd')
    const rate = r([ytd - one], [k])
    return two(
      ytd + (12 - k) * rate,
      r([ytd, 12], [k]),
      r([ytd - one, 12], [k]),
      ytd + (12 - k) * rate + one,
      (12 - k) * rate,
      ytd + 12 * rate,
    )
  },
  'forecast-error-percent': (f) => {
    const [fc, a] = figuresOf(f, 'f', 'a')
    return two(
      bps(a - fc, a),
      bps(a - fc, fc),
      bps(fc - a, a),
      bps(fc - a, fc),
      bps(2 * (a - fc), a + fc),
    )
  },
}

const REVIEW: Readonly<Record<string, (f: F) => Expect>> = {
  'variance-percent-of-budget': (f) => {
    const [b, a] = figuresOf(f, 'b', 'a')
    return two(bps(b - a, b), bps(b - a, a), bps(a - b, b), bps(a - b, a), bps(2 * (b - a), a + b))
  },
  'contribution-by-product-line': (f) => {
    const [u, p, vc, at, s1, gen] = figuresOf(f, 'u', 'p', 'vc', 'attrib', 'share1', 'general')
    const c = u * p - u * vc
    const oh = pc(gen, s1)
    return two(c - at, c, c - at - oh, u * p - at, c - oh)
  },
  'depreciation-from-in-service-month': (f) => {
    const [life, resid, cost, deliv, inSvc] = figuresOf(
      f,
      'life',
      'resid',
      'cost',
      'deliv',
      'inSvc',
    )
    const months = life * 12
    const per = (cost - resid) / months
    return two(
      per * (13 - inSvc),
      per * (13 - deliv),
      per * 12,
      r([cost, 13 - inSvc], [months]),
      per * (12 - inSvc),
      r([cost, 13 - deliv], [months]),
    )
  },
  'capex-cash-phasing': (f) => {
    const [cost, dep, del] = figuresOf(f, 'cost', 'dep', 'del')
    const ret = 100 - dep - del
    return two(pc(cost, dep + del), cost, pc(cost, dep), pc(cost, del), pc(cost, dep + ret))
  },
  'accrual-balance-for-annual-fee': (f) => {
    const [fee, k] = figuresOf(f, 'fee', 'k')
    const m = (n: number) => r([fee, n], [12])
    return two(m(k), m(12 - k), fee, m(k - 1), m(k + 1))
  },
  'prepayment-balance-for-insurance': (f) => {
    const [prem, paid, k] = figuresOf(f, 'prem', 'paid', 'k')
    const m = (n: number) => r([prem, n], [12])
    const left = 12 - (k - paid + 1)
    return two(m(left), m(12 - left), m(left + 1), m(12 - k), prem, m(left - 1))
  },
  'receivables-from-debtor-days': (f) => {
    const [credit, cash, d] = figuresOf(f, 'credit', 'cash', 'd')
    return two(
      r([credit, d], [365]),
      r([credit + cash, d], [365]),
      r([credit, d], [360]),
      r([credit, d], [360]) - r([cash, d], [365]),
      r([credit, 365], [12 * d]),
    )
  },
  'payables-from-creditor-days': (f) => {
    const [purch, cogs, sales, d] = figuresOf(f, 'purch', 'cogs', 'sales', 'd')
    return two(
      r([purch, d], [365]),
      r([cogs, d], [365]),
      r([sales, d], [365]),
      r([purch, d], [360]),
      r([purch, d], [372]),
    )
  },
  'inventory-from-stock-days': (f) => {
    const [cogs, sales, d] = figuresOf(f, 'cogs', 'sales', 'd')
    return two(
      r([cogs, d], [365]),
      r([sales, d], [365]),
      r([cogs, d], [360]),
      r([sales - cogs, d], [365]),
      r([cogs, d], [260]),
    )
  },
  'cash-conversion-cycle': (f) => {
    const [dio, dso, dpo] = figuresOf(f, 'dio', 'dso', 'dpo')
    return whole(
      dio + dso - dpo,
      dio + dso + dpo,
      dso - dpo,
      dio - dso + dpo,
      dio + dso,
      dio - dpo,
      dso + dpo,
      dio + dpo - dso,
    )
  },
  'cash-effect-of-working-capital-change': (f) => {
    const [i0, i1, r0, r1, p0, p1] = figuresOf(f, 'i0', 'i1', 'r0', 'r1', 'p0', 'p1')
    const e = i0 - i1 + r0 - r1 + p1 - p0
    return two(e, -e, i0 - i1 + r0 - r1 + p0 - p1, i1 - i0 + r1 - r0 + p1 - p0, r0 - r1 + p1 - p0)
  },
  'gross-margin-change-in-points': (f) => {
    const [bs, bg, as, ag] = figuresOf(f, 'bs', 'bg', 'as', 'ag')
    const [mb, ma] = [bps(bg, bs), bps(ag, as)]
    return two(ma - mb, mb - ma, bps(ma - mb, mb), bps(ag - bg, bg), bps(ag, bs) - mb)
  },
  'missing-accrual-corrects-variance': (f) => {
    const [b, booked, accr] = figuresOf(f, 'b', 'booked', 'accr')
    return two(b - (booked + accr), b - booked, b - booked + accr, booked + accr - b, b - accr)
  },
  'net-book-value-at-year-end': (f) => {
    const [life, cost, mo] = figuresOf(f, 'life', 'cost', 'mo')
    const per = cost / (life * 12)
    return two(
      cost - per * (13 - mo),
      cost - per * 12,
      cost,
      per * (13 - mo),
      cost - per * (12 - mo),
      cost - r([cost, 13 - mo], [12]),
    )
  },
  'budget-contribution-margin-ratio': (f) => {
    const [ua, ub, pa, pb, va, vb] = figuresOf(f, 'ua', 'ub', 'pa', 'pb', 'va', 'vb')
    const sales = ua * pa + ub * pb
    const vcost = ua * va + ub * vb
    return two(
      bps(sales - vcost, sales),
      bps((pa - va) * pb + (pb - vb) * pa, 2 * pa * pb),
      bps(sales - vcost, vcost),
      bps(vcost, sales),
      bps(pa + pb - va - vb, pa + pb),
    )
  },
  'ytd-variance-from-monthly': (f) => {
    const k = Number(f.k)
    const b = Array.from({ length: k }, (_, i) => Number(f[`b${i}`]))
    const a = Array.from({ length: k }, (_, i) => Number(f[`a${i}`]))
    const [sb, sa] = [total(b), total(a)]
    const monthly = total(a.map((x, i) => bps(x - b[i]!, b[i]!)))
    return two(
      bps(sa - sb, sb),
      bps(a[k - 1]! - b[k - 1]!, b[k - 1]!),
      bps(sa - sb, sa),
      bps(sb - sa, sb),
      bps(sa, sb),
      bps(monthly, 10000),
      bps(sa - sb, b[k - 1]!),
      bps(monthly, 10000 * k),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...OPERATING,
  ...CASH,
  ...VARIANCE,
  ...FORECAST,
  ...REVIEW,
}

describeEngineIndependent('budgeting and forecasting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt from the drawn figures',
    digest,
    models: BUDGET_MODELS,
    engines,
  })
})
