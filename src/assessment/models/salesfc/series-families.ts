import {
  add,
  cap,
  client,
  csv,
  div,
  frac as F,
  type Fraction,
  family,
  list,
  MONTHS,
  mean,
  mul,
  pow,
  series,
  sub,
  two,
} from './salesfc-text.js'

// Time-series methods: moving averages, exponential smoothing with a stated constant and
// initialisation, Holt's trend, least-squares trend, naive, drift and seasonal naive forecasts.
// Every stem states the method's convention and that only the answer is rounded.

const u = (x: Fraction): string => `${two(x)} units`
const num = (xs: readonly number[]) => xs.map((x) => x.toLocaleString('en-US'))
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)

/** Simple exponential smoothing from `start`, taking each actual in turn: the next forecast. */
function ses(start: Fraction, actuals: readonly number[], a: Fraction): Fraction {
  return actuals.reduce((f, x) => add(f, mul(a, sub(F(x), f))), start)
}

/** The least-squares line through (t, y) for t = 1…n: [intercept, slope]. */
function leastSquares(y: readonly number[], t = y.map((_, i) => i + 1)): [Fraction, Fraction] {
  const [tm, ym] = [mean(t), mean(y)]
  const sxy = y.reduce((s, v, i) => add(s, mul(sub(F(t[i] ?? 0), tm), sub(F(v), ym))), F(0))
  const sxx = t.reduce((s, v) => add(s, mul(sub(F(v), tm), sub(F(v), tm))), F(0))
  const b = div(sxy, sxx)
  return [sub(ym, mul(b, tm)), b]
}

const ROUND = 'Keep full precision and round only the answer to two decimals.'

export const SERIES_FAMILIES = [
  family('simple-moving-average-last-three', (rng) => {
    const y = series(rng, 6, 200, 900)
    const ms = MONTHS.slice(0, 6)
    return {
      stem: `${cap(client(rng))} sold ${list(num(y).map((v, i) => `${v} units in ${ms[i]}`))}. Forecast July by a three-month simple moving average of the latest three months. ${ROUND}`,
      key: u(mean(y.slice(3))),
      wrong: [
        [u(mean(y)), 'averages all six months'],
        [u(mean(y.slice(0, 3))), 'averages the three oldest months'],
        [u(F(y[5] ?? 0)), 'uses the last month alone (the naive forecast)'],
        [u(mean(y.slice(2, 5))), 'averages the three months ending a month early'],
        [u(mean(y.slice(4))), 'averages only the last two months'],
      ],
      figures: { y: csv(y) },
    }
  }),
  family('weighted-moving-average-3-2-1', (rng) => {
    const y = series(rng, 5, 150, 800)
    const [a, b, c] = [y[2] ?? 0, y[3] ?? 0, y[4] ?? 0]
    return {
      stem: `Monthly bookings in units for the last five months, oldest first: ${list(num(y))}. Forecast next month by a weighted moving average of the latest three months with weights 3 on the most recent, 2 on the one before and 1 on the oldest, divided by the sum of the weights. ${ROUND}`,
      key: u(F(3 * c + 2 * b + a, 6)),
      wrong: [
        [u(F(3 * a + 2 * b + c, 6)), 'puts the heaviest weight on the oldest month'],
        [u(F(3 * c + 2 * b + a, 3)), 'divides by the number of months, not the sum of weights'],
        [u(mean([a, b, c])), 'averages the three months unweighted'],
        [u(F(3 * b + 2 * a + (y[1] ?? 0), 6)), 'weights the three months ending a month early'],
        [u(F(3 * c + 2 * b + a, 5)), 'divides by the five months listed'],
      ],
      figures: { y: csv(y) },
    }
  }),
  family('exponential-smoothing-one-step', (rng) => {
    const f = rng.int(300, 900)
    const x = f + rng.int(-150, 150)
    const a = rng.int(1, 4)
    const al = F(a, 10)
    return {
      stem: `Last month's exponential-smoothing forecast was ${f} units and actual sales were ${x} units. With smoothing constant α = 0.${a} (new forecast = old forecast + α × (actual − old forecast)), what is this month's forecast? ${ROUND}`,
      key: u(ses(F(f), [x], al)),
      wrong: [
        [u(ses(F(x), [f], al)), 'puts α on the old forecast instead of the actual'],
        [u(add(F(f), mul(al, F(f - x)))), 'takes the error as forecast minus actual'],
        [u(mul(al, F(x))), 'multiplies the actual by α and stops'],
        [u(F(x)), 'carries the actual forward'],
        [u(add(F(x), mul(al, F(x - f)))), 'adds α × error to the actual'],
      ],
      figures: { f, x, a },
    }
  }),
  family('exponential-smoothing-initialised-at-first-actual', (rng) => {
    const y = series(rng, 5, 200, 700)
    const a = rng.int(2, 5)
    const al = F(a, 10)
    return {
      stem: `Weekly orders for five weeks: ${list(num(y))}. Use simple exponential smoothing with α = 0.${a}, initialised by setting the week-1 forecast equal to week 1's actual, and each next forecast = α × actual + (1 − α) × previous forecast. What is the forecast for week 6? ${ROUND}`,
      key: u(ses(F(y[0] ?? 0), y, al)),
      wrong: [
        [u(ses(mean(y), y, al)), 'initialises with the mean of all five weeks'],
        [u(ses(F(y[0] ?? 0), y, F(10 - a, 10))), 'uses 1 − α as the weight on the actual'],
        [u(ses(F(y[0] ?? 0), y.slice(0, 4), al)), 'stops at the week-5 forecast'],
        [u(F(y[4] ?? 0)), 'uses the last actual (the naive forecast)'],
        [u(mean(y)), 'averages the five weeks'],
      ],
      figures: { y: csv(y), a },
    }
  }),
  family('exponential-smoothing-initialised-at-mean-of-three', (rng) => {
    const y = series(rng, 6, 300, 900)
    const a = rng.int(2, 5)
    const al = F(a, 10)
    const start = mean(y.slice(0, 3))
    return {
      stem: `Monthly sales for six months: ${list(num(y))}. The client's convention initialises simple exponential smoothing with the month-4 forecast equal to the mean of months 1–3, then smooths months 4–6 with α = 0.${a} (forecast = previous forecast + α × (actual − previous forecast)). What is the month-7 forecast? ${ROUND}`,
      key: u(ses(start, y.slice(3), al)),
      wrong: [
        [u(ses(F(y[2] ?? 0), y.slice(3), al)), 'initialises with month 3’s actual'],
        [u(ses(start, y.slice(3), F(10 - a, 10))), 'uses 1 − α as the weight on the actual'],
        [u(ses(start, y.slice(3, 5), al)), 'stops at the month-6 forecast'],
        [u(mean(y)), 'averages all six months'],
        [u(ses(F(y[0] ?? 0), y, al)), 'smooths all six months from month 1’s actual'],
      ],
      figures: { y: csv(y), a },
    }
  }),
  family('least-squares-trend-forecast', (rng) => {
    const y = Array.from({ length: 6 }, (_, i) => 400 + i * rng.int(10, 40) + rng.int(-40, 40))
    const h = rng.int(1, 3)
    const [a, b] = leastSquares(y)
    return {
      stem: `Quarterly sales for six quarters, t = 1 to 6: ${list(num(y))}. Fit a straight-line trend y = a + b·t by least squares and forecast quarter t = ${6 + h}. ${ROUND}`,
      key: u(add(a, mul(b, F(6 + h)))),
      wrong: [
        [
          u(add(F(y[5] ?? 0), F(((y[5] ?? 0) - (y[0] ?? 0)) * h, 5))),
          'draws the line through the first and last quarters',
        ],
        [u(add(a, mul(b, F(h)))), 'plugs in the steps ahead, not the period number'],
        [u(add(mean(y), mul(b, F(h)))), 'adds the steps-ahead trend to the mean sales'],
        [u(add(F(y[5] ?? 0), mul(b, F(h)))), 'projects the slope from the last actual'],
        [u(mean(y)), 'forecasts the mean, ignoring the trend'],
      ],
      figures: { y: csv(y), h },
    }
  }),
  family('seasonal-naive-quarter', (rng) => {
    const y = series(rng, 8, 300, 1200)
    const k = rng.int(0, 3)
    return {
      stem: `Quarterly unit sales, Q1 to Q4 of 2024 then Q1 to Q4 of 2025: ${list(num(y))}. Using the seasonal naive method (each quarter's forecast is the same quarter one year earlier), what is the forecast for Q${k + 1} 2026? Show two decimals.`,
      key: u(F(y[4 + k] ?? 0)),
      wrong: [
        [u(F(y[7] ?? 0)), 'carries the latest quarter forward'],
        [u(F(y[k] ?? 0)), 'takes the same quarter two years earlier'],
        [u(mean(y.slice(4))), 'averages the latest four quarters'],
        [u(mean([y[k] ?? 0, y[4 + k] ?? 0])), 'averages the quarter over both years'],
        [u(mean(y)), 'averages all eight quarters'],
      ],
      figures: { y: csv(y), k },
    }
  }),
  family('naive-with-drift', (rng) => {
    const y = Array.from({ length: 7 }, (_, i) => 500 + i * rng.int(-10, 40) + rng.int(-30, 30))
    const h = rng.int(2, 4)
    const [first, last] = [y[0] ?? 0, y[6] ?? 0]
    const drift = (d: number, k: number) => add(F(last), mul(F(last - first, d), F(k)))
    return {
      stem: `Monthly sales for seven months: ${list(num(y))}. Forecast ${h} months after the last one by the drift method: last value + steps ahead × (last − first) ÷ (number of months − 1). ${ROUND}`,
      key: u(drift(6, h)),
      wrong: [
        [u(drift(7, h)), 'divides the change by the number of months, not the gaps'],
        [u(drift(6, 1)), 'adds one month of drift only'],
        [u(F(last)), 'carries the last value forward with no drift'],
        [u(add(mean(y), mul(F(last - first, 6), F(h)))), 'adds the drift to the mean'],
        [u(drift(6, h + 1)), 'counts the last month as a step ahead'],
      ],
      figures: { y: csv(y), h },
    }
  }),
  family('centred-moving-average', (rng) => {
    const y = series(rng, 7, 200, 900)
    const k = rng.int(2, 4)
    return {
      stem: `Monthly sales, January to July: ${list(num(y))}. To smooth the history before fitting a trend, the analyst uses a three-month centred moving average (the month with one month either side). What is the centred value for ${MONTHS[k]}? ${ROUND}`,
      key: u(mean(y.slice(k - 1, k + 2))),
      wrong: [
        [u(mean(y.slice(k - 2, k + 1))), 'uses a trailing average ending at the month'],
        [u(mean(y.slice(k, k + 3))), 'uses a leading average starting at the month'],
        [u(mean(y.slice(k - 2, k + 3))), 'uses five months'],
        [u(F(sum(y.slice(k - 1, k + 2)), 2)), 'divides the three-month total by two'],
        [u(F(y[k] ?? 0)), 'leaves the month unsmoothed'],
      ],
      figures: { y: csv(y), k },
    }
  }),
  family('holt-one-step', (rng) => {
    const [l0, t0] = [rng.int(400, 900), rng.int(5, 40)]
    const x = l0 + t0 + rng.int(-40, 60)
    const [a, b] = [rng.int(2, 5), rng.int(1, 3)]
    const [al, be] = [F(a, 10), F(b, 10)]
    const level = (tr: Fraction) => add(mul(al, F(x)), mul(sub(F(1), al), add(F(l0), tr)))
    const l1 = level(F(t0))
    const t1 = add(mul(be, sub(l1, F(l0))), mul(sub(F(1), be), F(t0)))
    return {
      stem: `Holt's trend-corrected smoothing: level = α × actual + (1 − α) × (previous level + previous trend); trend = β × (level − previous level) + (1 − β) × previous trend; next forecast = level + trend. Previous level ${l0}, previous trend ${t0}, this month's actual ${x}, α = 0.${a}, β = 0.${b}. What is next month's forecast? ${ROUND}`,
      key: u(add(l1, t1)),
      wrong: [
        [u(l1), 'forecasts the level and leaves the trend off'],
        [u(add(l1, F(t0))), 'adds the previous trend, not the updated one'],
        [
          u(((l) => add(l, add(mul(be, sub(l, F(l0))), mul(sub(F(1), be), F(t0)))))(level(F(0)))),
          'leaves the previous trend out of the level update',
        ],
        [u(add(F(x), F(t0))), 'adds the trend to the actual'],
        [
          u(add(F(l0), F(2 * t0))),
          'forecasts two steps from the previous level and trend, ignoring the actual',
        ],
      ],
      figures: { l0, t0, x, a, b },
    }
  }),
  family('trend-equation-period-index', (rng) => {
    const a = rng.int(200, 600)
    const b = rng.int(3, 25)
    const mo = rng.int(1, 9)
    return {
      stem: `A monthly trend was fitted as sales = ${a} + ${b}·t, with t = 1 for January 2024 and the last actual in December 2025. Forecast ${MONTHS[mo - 1]} 2026 from the trend line. Show two decimals.`,
      key: u(F(a + b * (24 + mo))),
      wrong: [
        [u(F(a + b * mo)), 'uses the month number within 2026 as t'],
        [u(F(a + b * (23 + mo))), 'counts t from 0 in January 2024'],
        [u(F(a + b * 24)), 'gives the trend value for December 2025'],
        [u(F(a + b * (12 + mo))), 'counts the months from January 2025'],
      ],
      figures: { a, b, mo },
    }
  }),
  family('average-of-same-quarter', (rng) => {
    const y = series(rng, 12, 300, 1100)
    const k = rng.int(0, 3)
    const same = [y[k] ?? 0, y[4 + k] ?? 0, y[8 + k] ?? 0]
    return {
      stem: `Quarterly sales for three years, Q1 to Q4 each year, oldest first: ${list(num(y))}. The client forecasts each quarter as the average of that quarter in the last three years. What is the Q${k + 1} forecast for next year? ${ROUND}`,
      key: u(mean(same)),
      wrong: [
        [u(F(y[8 + k] ?? 0)), 'takes last year’s quarter alone'],
        [u(mean(y)), 'averages all twelve quarters'],
        [u(mean(y.slice(9))), 'averages the last three quarters'],
        [u(mean(y.slice(8))), 'averages last year’s four quarters'],
        [u(mean(same.slice(1))), 'averages the last two years only'],
      ],
      figures: { y: csv(y), k },
    }
  }),
  family('smoothing-constant-from-average-age', (rng) => {
    const n = rng.pick([3, 4, 5, 7, 9])
    const f = rng.int(300, 900)
    const x = f + rng.pick([-1, 1]) * rng.int(30, 200)
    const step = (al: Fraction) => add(F(f), mul(al, F(x - f)))
    return {
      stem: `The client wants exponential smoothing that matches the responsiveness of a ${n}-month moving average, using α = 2 ÷ (N + 1). Last month's forecast was ${f} units and actual sales were ${x} units. What is this month's forecast (previous forecast + α × error)? ${ROUND}`,
      key: u(step(F(2, n + 1))),
      wrong: [
        [u(step(F(1, n))), 'takes α as 1 ÷ N'],
        [u(step(F(2, n))), 'takes α as 2 ÷ N'],
        [u(step(F(1, n + 1))), 'takes α as 1 ÷ (N plus 1)'],
        [u(step(F(n - 1, n + 1))), 'puts 1 − α on the error'],
        [u(F(x)), 'carries the actual forward'],
      ],
      figures: { n, f, x },
    }
  }),
  family('regression-on-ad-spend', (rng) => {
    const xs = [1, 2, 3, 4, 5].map((i) => i * rng.int(2, 4) + rng.int(0, 3))
    if (new Set(xs).size < 3) xs[4] = (xs[4] ?? 0) + 7
    const ys = xs.map((x) => 100 + x * rng.int(15, 30) + rng.int(-20, 20))
    const px = Math.max(...xs) + rng.int(1, 4)
    const [a, b] = leastSquares(ys, xs)
    const [xm, ym] = [mean(xs), mean(ys)]
    const iMin = xs.indexOf(Math.min(...xs))
    const iMax = xs.indexOf(Math.max(...xs))
    const endSlope = F((ys[iMax] ?? 0) - (ys[iMin] ?? 0), (xs[iMax] ?? 0) - (xs[iMin] ?? 0))
    return {
      stem: `Five months of ad spend (thousands) and unit sales: ${xs.map((x, i) => `${x} → ${ys[i]}`).join('; ')}. Fit sales = a + b × spend by least squares and forecast sales at a spend of ${px} thousand. ${ROUND}`,
      key: u(add(a, mul(b, F(px)))),
      wrong: [
        [u(mul(div(ym, xm), F(px))), 'scales sales by the ratio of means, no intercept'],
        [
          u(add(F(ys[iMin] ?? 0), mul(endSlope, F(px - (xs[iMin] ?? 0))))),
          'draws the line through the lowest and highest spend',
        ],
        [u(ym), 'forecasts the mean sales'],
        [u(add(ym, mul(b, F(px)))), 'adds the slope times spend to the mean sales'],
        [u(mul(b, F(px))), 'leaves the intercept out'],
      ],
      figures: { xs: csv(xs), ys: csv(ys), px },
    }
  }),
  family('moving-average-recursive-update', (rng) => {
    const y = series(rng, 5, 200, 900)
    const old = mean(y.slice(0, 4))
    const nx = rng.int(200, 900)
    return {
      stem: `A four-month moving average over months 1–4 (${list(num(y.slice(0, 4)))}) is ${two(old)}. Month 5 comes in at ${nx} units. Updating the four-month average (drop the oldest month, add the newest), what is the new average? ${ROUND}`,
      key: u(add(old, F(nx - (y[0] ?? 0), 4))),
      wrong: [
        [u(add(old, F(nx, 4))), 'adds the new month without dropping the oldest'],
        [u(F(sum(y.slice(0, 4)) + nx, 5)), 'averages five months'],
        [u(add(old, F(nx - (y[3] ?? 0), 4))), 'drops the newest old month instead of the oldest'],
        [u(mean([nx, ...y.slice(1, 3)])), 'averages only three months'],
        [u(div(add(old, F(nx)), F(2))), 'averages the old average with the new month'],
      ],
      figures: { y: csv(y.slice(0, 4)), nx },
    }
  }),
  family('exponential-smoothing-several-steps-ahead', (rng) => {
    const f = rng.int(300, 900)
    const x = f + rng.pick([-1, 1]) * rng.int(40, 200)
    const prev = x - rng.pick([-1, 1]) * rng.int(10, 80)
    const a = rng.int(2, 5)
    const al = F(a, 10)
    const one = add(F(f), mul(al, F(x - f)))
    const h = rng.int(2, 4)
    return {
      stem: `Simple exponential smoothing, α = 0.${a}: the forecast for March was ${f} units and March's actual was ${x} units (February's actual was ${prev}). No later actuals are known. Simple exponential smoothing has no trend term, so every forecast beyond the last actual is the same. What is the forecast for ${MONTHS[2 + h]}? ${ROUND}`,
      key: u(one),
      wrong: [
        [
          u(add(one, F((x - prev) * (h - 1)))),
          'adds the last month-on-month change for each extra month',
        ],
        [
          u(add(F(f), mul(sub(F(1), pow(F(10 - a, 10), h)), F(x - f)))),
          'smooths towards the March actual again for each month',
        ],
        [u(F(x)), 'carries March’s actual forward'],
        [u(F(f)), 'keeps March’s forecast unchanged'],
        [u(add(F(f), mul(al, F(prev - f)))), 'smooths with February’s actual'],
      ],
      figures: { f, x, prev, a, h },
    }
  }),
]
