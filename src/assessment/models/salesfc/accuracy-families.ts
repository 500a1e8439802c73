import {
  add,
  csv,
  div,
  frac as F,
  type Fraction,
  family,
  list,
  mean,
  mul,
  pct,
  series,
  sub,
  two,
} from './salesfc-text.js'

// Forecast accuracy: MAE, MAPE, WAPE, sMAPE, MSE and RMSE, bias and tracking signal, error
// against a naive forecast, and picking the better forecast by a stated metric. Each stem states
// the error's sign convention and what each measure divides by.

const num = (xs: readonly number[]) => xs.map((x) => x.toLocaleString('en-US'))
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
const u = (x: Fraction): string => `${two(x)} units`
const abs = (x: number) => Math.abs(x)
const fsum = (xs: readonly Fraction[]) => xs.reduce(add, F(0))
const absF = (d: Fraction): Fraction => (d.n < 0n ? F(-d.n, d.d) : d)

/** Actuals and forecasts for `n` periods, forecasts within about 25 % of the actuals. */
function pairs(rng: { int(a: number, b: number): number }, n: number): [number[], number[]] {
  const a = Array.from({ length: n }, () => rng.int(100, 600))
  const f = a.map((x) => x + Math.round((x * rng.int(-25, 25)) / 100))
  if (a.every((x, i) => x === f[i])) f[0] = (f[0] ?? 0) + 7
  return [a, f]
}

/** √x in hundredths, rounded half away from zero, exactly: the float estimate corrected. */
function rootHundredths(x: Fraction): Fraction {
  // k is right when (k − ½)² ≤ 10000·x < (k + ½)², i.e. (2k − 1)²·d ≤ 40000·n < (2k + 1)²·d.
  let k = BigInt(Math.round(Math.sqrt(Number(x.n) / Number(x.d)) * 100))
  const t = 40000n * x.n
  while ((2n * k - 1n) ** 2n * x.d > t) k -= 1n
  while ((2n * k + 1n) ** 2n * x.d <= t) k += 1n
  return F(k, 100n)
}

const table = (a: readonly number[], f: readonly number[]) =>
  a.map((x, i) => `period ${i + 1}: actual ${x}, forecast ${f[i]}`).join('; ')

export const ACCURACY_FAMILIES = [
  family('mean-absolute-error', (rng) => {
    const [a, f] = pairs(rng, 5)
    const e = a.map((x, i) => (f[i] ?? 0) - x)
    return {
      stem: `Forecast against actual units: ${table(a, f)}. What is the mean absolute error, to two decimals?`,
      key: u(F(sum(e.map(abs)), 5)),
      wrong: [
        [u(F(sum(e), 5)), 'averages the signed errors, letting them cancel'],
        [u(F(sum(e.map(abs)))), 'sums the absolute errors without averaging'],
        [u(F(sum(e.map(abs)), 4)), 'divides by n − 1'],
        [u(F(Math.max(...e.map(abs)))), 'takes the largest absolute error'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('mean-absolute-percentage-error', (rng) => {
    const [a, f] = pairs(rng, 4)
    const m = (d: readonly number[]) =>
      div(fsum(a.map((x, i) => F(abs((f[i] ?? 0) - x), d[i] ?? 1))), F(4))
    return {
      stem: `Forecast against actual units: ${table(a, f)}. MAPE is the mean of |actual − forecast| ÷ actual. What is the MAPE, to two decimals of a percent?`,
      key: pct(m(a)),
      wrong: [
        [pct(m(f)), 'divides each error by the forecast'],
        [
          pct(F(sum(a.map((x, i) => abs((f[i] ?? 0) - x))), sum(a))),
          'gives the WAPE, total error ÷ total actual',
        ],
        [
          pct(div(fsum(a.map((x, i) => F((f[i] ?? 0) - x, x))), F(4))),
          'averages signed percentage errors',
        ],
        [pct(mul(m(a), F(4))), 'sums the percentage errors without averaging'],
        [pct(F(abs(sum(f) - sum(a)), sum(a))), 'compares the totals only'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('weighted-absolute-percentage-error', (rng) => {
    const [a, f] = pairs(rng, 5)
    const ae = a.map((x, i) => abs((f[i] ?? 0) - x))
    return {
      stem: `Forecast against actual units across five products: ${table(a, f).replaceAll('period', 'product')}. WAPE is the sum of absolute errors ÷ the sum of actuals. What is the WAPE, to two decimals of a percent?`,
      key: pct(F(sum(ae), sum(a))),
      wrong: [
        [
          pct(div(fsum(a.map((x, i) => F(ae[i] ?? 0, x))), F(5))),
          'averages each product’s percentage error (MAPE)',
        ],
        [pct(F(sum(ae), sum(f))), 'divides by the sum of forecasts'],
        [pct(F(abs(sum(f) - sum(a)), sum(a))), 'nets the errors before dividing'],
        [pct(F(sum(ae), sum(a) - sum(ae))), 'divides by the actual less the error'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('root-mean-square-error', (rng) => {
    const [a, f] = pairs(rng, 5)
    const e = a.map((x, i) => (f[i] ?? 0) - x)
    const sq = sum(e.map((x) => x * x))
    return {
      stem: `Forecast against actual units: ${table(a, f)}. What is the root mean square error (the square root of the mean squared error), to two decimals?`,
      key: u(rootHundredths(F(sq, 5))),
      wrong: [
        [u(F(sum(e.map(abs)), 5)), 'gives the mean absolute error'],
        [u(F(sq, 5)), 'stops at the mean squared error'],
        [u(rootHundredths(F(sq, 4))), 'divides by n − 1'],
        [u(rootHundredths(F(sq))), 'takes the root of the total squared error'],
        [u(F(abs(sum(e)), 5)), 'averages the net error'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('mean-squared-error', (rng) => {
    const [a, f] = pairs(rng, 4)
    const e = a.map((x, i) => (f[i] ?? 0) - x)
    const sq = sum(e.map((x) => x * x))
    return {
      stem: `Forecast against actual units: ${table(a, f)}. What is the mean squared error, to two decimals?`,
      key: two(F(sq, 4)),
      wrong: [
        [two(F(sq)), 'sums the squared errors without averaging'],
        [two(mul(F(sum(e), 4), F(sum(e), 4))), 'squares the mean error'],
        [two(rootHundredths(F(sq, 4))), 'takes the square root (RMSE)'],
        [two(F(sq, 3)), 'divides by n − 1'],
        [two(mul(F(sum(e.map(abs)), 4), F(sum(e.map(abs)), 4))), 'squares the mean absolute error'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('forecast-bias-mean-error', (rng) => {
    const [a, f] = pairs(rng, 5)
    const e = a.map((x, i) => (f[i] ?? 0) - x)
    if (sum(e) === 0) f[0] = (f[0] ?? 0) + 9
    const e2 = a.map((x, i) => (f[i] ?? 0) - x)
    return {
      stem: `Forecast against actual units: ${table(a, f)}. Bias is the mean of (forecast − actual); positive means over-forecasting. What is the bias, to two decimals (a negative shows a minus)?`,
      key: u(F(sum(e2), 5)),
      wrong: [
        [u(F(-sum(e2), 5)), 'takes actual − forecast'],
        [u(F(sum(e2.map(abs)), 5)), 'gives the mean absolute error'],
        [u(F(sum(e2))), 'sums the errors without averaging'],
        [u(F(sum(e2), 4)), 'divides by n − 1'],
        [u(F(sum(e2.slice(1)), 4)), 'leaves the first period out'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('tracking-signal', (rng) => {
    const [a, f] = pairs(rng, 6)
    if (sum(a) === sum(f)) a[0] = (a[0] ?? 0) + 11
    const e = a.map((x, i) => x - (f[i] ?? 0))
    const mad = F(sum(e.map(abs)), 6)
    return {
      stem: `Six months of actual against forecast units: ${table(a, f)}. The tracking signal is the running sum of errors (actual − forecast) ÷ the mean absolute deviation of those errors. What is the tracking signal after month 6, to two decimals (a negative shows a minus)?`,
      key: two(div(F(sum(e)), mad)),
      wrong: [
        [two(div(mad, F(sum(e)))), 'divides the MAD by the running sum'],
        [two(div(F(sum(e), 6), mad)), 'divides the mean error, not the running sum'],
        [two(div(F(-sum(e)), mad)), 'takes the errors as forecast − actual, flipping the sign'],
        [
          two(F(sum(e), abs(e[5] ?? 0) || 1)),
          'divides by the last month’s absolute error, not the MAD',
        ],
        [two(div(F(sum(e.slice(0, 5))), mad)), 'stops the running sum at month 5'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('choose-better-forecast-by-wape', (rng) => {
    const a = series(rng, 4, 150, 600)
    const p = a.map((x) => x + Math.round((x * rng.int(-20, 20)) / 100))
    const q = a.map((x) => x + Math.round((x * rng.int(-20, 20)) / 100))
    const w = (f: readonly number[]) => F(sum(a.map((x, i) => abs((f[i] ?? 0) - x))), sum(a))
    const mp = (f: readonly number[]) =>
      div(fsum(a.map((x, i) => F(abs((f[i] ?? 0) - x), x))), F(4))
    const [wp, wq] = [w(p), w(q)]
    if (wp.n * wq.d === wq.n * wp.d) p[0] = (p[0] ?? 0) + 13
    const [wp2, wq2] = [w(p), w(q)]
    const pBetter = wp2.n * wq2.d < wq2.n * wp2.d
    const [best, other] = pBetter ? [p, q] : [q, p]
    return {
      stem: `Two methods forecast the same four months. Actuals: ${list(num(a))}. Method P: ${list(num(p))}. Method Q: ${list(num(q))}. The client chooses the method with the lower WAPE (sum of absolute errors ÷ sum of actuals). What is the chosen method's WAPE, to two decimals of a percent?`,
      key: pct(w(best)),
      wrong: [
        [pct(w(other)), 'reports the other method’s WAPE'],
        [pct(mp(best)), 'reports the chosen method’s MAPE'],
        [pct(mp(other)), 'reports the other method’s MAPE'],
        [pct(F(abs(sum(best) - sum(a)), sum(a))), 'nets the chosen method’s errors'],
        [pct(div(add(w(p), w(q)), F(2))), 'averages both methods’ WAPE'],
      ],
      figures: { a: csv(a), p: csv(p), q: csv(q) },
    }
  }),
  family('forecast-value-added-over-naive', (rng) => {
    const a = series(rng, 5, 200, 600)
    const f = a.slice(1).map((x) => x + Math.round((x * rng.int(-15, 15)) / 100))
    const naive = a.slice(0, 4)
    const act = a.slice(1)
    const mapeBy = (g: readonly number[], d: readonly number[]) =>
      div(fsum(act.map((x, i) => F(abs((g[i] ?? 0) - x), d[i] ?? 1))), F(4))
    const mape = (g: readonly number[]) =>
      div(fsum(act.map((x, i) => F(abs((g[i] ?? 0) - x), x))), F(4))
    return {
      stem: `Monthly actuals: ${list(num(a))}. For months 2–5 the client's forecast was ${list(num(f))}; the naive forecast is the previous month's actual. Forecast value added is the naive forecast's MAPE minus the client's MAPE (MAPE divides by actuals). What is it, in percentage points to two decimals (a negative shows a minus)?`,
      key: pct(sub(mape(naive), mape(f))),
      wrong: [
        [
          pct(sub(mapeBy(naive, naive), mapeBy(f, f))),
          'divides each error by the forecast in both MAPEs',
        ],
        [pct(mape(f)), 'gives the client’s MAPE only'],
        [pct(sub(div(mape(naive), mape(f)), F(1))), 'gives the relative improvement as a ratio'],
        [pct(mape(naive)), 'gives the naive MAPE only'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('relative-mae-against-naive', (rng) => {
    const a = series(rng, 5, 200, 700)
    if (a.every((x) => x === a[0])) a[1] = (a[1] ?? 0) + 17
    const f = a.slice(1).map((x) => x + Math.round((x * rng.int(-15, 15)) / 100))
    const act = a.slice(1)
    const mae = (g: readonly number[]) => F(sum(act.map((x, i) => abs((g[i] ?? 0) - x))), 4)
    const naive = a.slice(0, 4)
    return {
      stem: `Monthly actuals: ${list(num(a))}. The method's forecasts for months 2–5 were ${list(num(f))}. Relative MAE = the method's MAE ÷ the MAE of the naive forecast (previous month's actual) over the same months; below 1 beats naive. What is the relative MAE, to two decimals?`,
      key: two(div(mae(f), mae(naive))),
      wrong: [
        [two(div(mae(naive), mae(f))), 'divides the naive MAE by the method’s'],
        [two(sub(mae(naive), mae(f))), 'subtracts the MAEs'],
        [two(div(mae(f), F(sum(act), 4))), 'divides by the mean actual'],
        [
          two(div(F(abs(sum(f) - sum(act)), 4), mae(naive))),
          'nets the method’s errors before comparing',
        ],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('mean-absolute-scaled-error', (rng) => {
    const y = series(rng, 6, 200, 700)
    if (y.every((x) => x === y[0])) y[1] = (y[1] ?? 0) + 17
    const hold = series(rng, 2, 200, 700)
    const fc = hold.map((x) => x + Math.round((x * rng.int(-20, 20)) / 100))
    const scale = F(sum(y.slice(1).map((x, i) => abs(x - (y[i] ?? 0)))), 5)
    const mae = F(sum(hold.map((x, i) => abs((fc[i] ?? 0) - x))), 2)
    return {
      stem: `Training months: ${list(num(y))}. Holdout months: actual ${list(num(hold))}, forecast ${list(num(fc))}. MASE = holdout MAE ÷ the mean absolute one-step naive change over the training months (|each month − the month before|). What is the MASE, to two decimals?`,
      key: two(div(mae, scale)),
      wrong: [
        [
          two(div(mae, F(sum(y.slice(1).map((x, i) => abs(x - (y[i] ?? 0)))), 6))),
          'divides the naive changes by six months, not five gaps',
        ],
        [two(div(scale, mae)), 'inverts the ratio'],
        [two(div(mae, mean(y))), 'scales by the training mean'],
        [
          two(div(F(sum(hold.map((x, i) => abs((fc[i] ?? 0) - x)))), scale)),
          'uses the total holdout error, not the mean',
        ],
      ],
      figures: { y: csv(y), hold: csv(hold), fc: csv(fc) },
    }
  }),
  family('symmetric-mape', (rng) => {
    const [a, f] = pairs(rng, 4)
    const s = (den: (x: number, g: number) => Fraction) =>
      div(fsum(a.map((x, i) => div(F(abs((f[i] ?? 0) - x)), den(x, f[i] ?? 0)))), F(4))
    return {
      stem: `Forecast against actual units: ${table(a, f)}. The client reports sMAPE: the mean of |forecast − actual| ÷ ((actual + forecast) ÷ 2). What is the sMAPE, to two decimals of a percent?`,
      key: pct(s((x, g) => F(x + g, 2))),
      wrong: [
        [pct(s((x) => F(x))), 'divides by the actual (plain MAPE)'],
        [pct(s((x, g) => F(x + g))), 'divides by the sum without halving'],
        [pct(s((_, g) => F(g))), 'divides by the forecast'],
        [
          pct(
            mul(
              s((x, g) => F(x + g, 2)),
              F(4),
            ),
          ),
          'sums without averaging',
        ],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('bias-as-share-of-actuals', (rng) => {
    const [a, f] = pairs(rng, 5)
    if (sum(a) === sum(f)) f[1] = (f[1] ?? 0) + 8
    const net = sum(f) - sum(a)
    return {
      stem: `Forecast against actual units: ${table(a, f)}. Percentage bias is Σ(forecast − actual) ÷ Σ actual; positive means over-forecasting. What is it, to two decimals of a percent (a negative shows a minus)?`,
      key: pct(F(net, sum(a))),
      wrong: [
        [
          pct(F(net, sum(a.map((x, i) => abs((f[i] ?? 0) - x))))),
          'divides by the sum of absolute errors',
        ],
        [pct(F(sum(a.map((x, i) => abs((f[i] ?? 0) - x))), sum(a))), 'uses absolute errors (WAPE)'],
        [pct(F(net, sum(f))), 'divides by total forecast'],
        [
          pct(div(fsum(a.map((x, i) => F((f[i] ?? 0) - x, x))), F(5))),
          'averages period percentage errors',
        ],
        [pct(F(net, sum(a) * 5)), 'divides by the periods as well'],
      ],
      figures: { a: csv(a), f: csv(f) },
    }
  }),
  family('smoothed-mad-update', (rng) => {
    const mad = rng.int(20, 90)
    const fc = rng.int(300, 800)
    const x = fc + rng.pick([-1, 1]) * rng.int(5, 150)
    const al = rng.int(1, 3)
    const A = F(al, 10)
    const e = abs(x - fc)
    return {
      stem: `The client smooths its mean absolute deviation: new MAD = α × |actual − forecast| + (1 − α) × old MAD, with α = 0.${al}. Old MAD ${mad}, this month's forecast ${fc}, actual ${x}. What is the new MAD, to two decimals?`,
      key: u(add(mul(A, F(e)), mul(sub(F(1), A), F(mad)))),
      wrong: [
        [u(add(mul(sub(F(1), A), F(e)), mul(A, F(mad)))), 'swaps α and 1 − α'],
        [u(F(e + mad, 2)), 'averages the error with the old MAD'],
        [u(F(e)), 'takes this month’s absolute error alone'],
        [u(add(F(mad), mul(A, F(e)))), 'adds α × error to the old MAD without discounting it'],
      ],
      figures: { mad, fc, x, al },
    }
  }),
  family('moving-average-holdout-mae', (rng) => {
    const y = series(rng, 6, 200, 800)
    const fc = [3, 4, 5].map((t) => mean(y.slice(t - 3, t)))
    const act = y.slice(3)
    const mae = (g: readonly Fraction[], h: readonly number[]) =>
      div(fsum(h.map((x, i) => absF(sub(F(x), g[i] ?? F(0))))), F(h.length))
    const lagged = [3, 4, 5].map((t) => mean(y.slice(t - 2, t + 1)))
    return {
      stem: `Monthly sales: ${list(num(y))}. Each of months 4–6 is forecast by the average of the three months before it. What is the mean absolute error of those three forecasts, to two decimals?`,
      key: u(mae(fc, act)),
      wrong: [
        [u(mae(lagged, act)), 'includes the month itself in its own average'],
        [
          u(
            mae(
              act.map(() => mean(y)),
              act,
            ),
          ),
          'forecasts every month by the six-month mean',
        ],
        [
          u(absF(div(fsum(act.map((x, i) => sub(F(x), fc[i] ?? F(0)))), F(3)))),
          'nets the errors before taking the absolute value',
        ],
        [
          u(
            mae(
              y.slice(2, 5).map((x) => F(x)),
              act,
            ),
          ),
          'scores the naive forecast instead',
        ],
      ],
      figures: { y: csv(y) },
    }
  }),
]
