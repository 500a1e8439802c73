import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, drawn, family, figures, item, pct, plain, qty } from './scm-text.js'

// Demand forecasting as a planner does it in a spreadsheet: simple and weighted moving averages,
// simple exponential smoothing F(t+1) = F(t) + α(A(t) − F(t)), seasonal indices, and the error
// measures MAD, MSE/RMSE, MAPE, WAPE, bias and the tracking signal (sum of errors over MAD), as
// defined in e.g. Hyndman & Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.8.
// Each stem states the sign convention of an error (actual minus forecast) where it matters.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const series = (rng: Rng, n: number, low: number, high: number) =>
  Array.from({ length: n }, () => drawn(rng, low, high))
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length
const monthsText = (rng: Rng, xs: readonly number[]) => {
  const start = rng.int(0, 11 - xs.length)
  return xs.map((x, n) => `${MONTHS[start + n]} ${x}`).join(', ')
}
/** Paired actuals and forecasts, both shown; errors are actual minus forecast. */
const pairs = (rng: Rng, n = 5) => {
  const a = series(rng, n, 80, 400)
  const f = a.map((x) => Math.max(10, x + drawn(rng, -60, 60)))
  const text = a.map((x, k) => `period ${k + 1}: actual ${x}, forecast ${f[k]}`).join('; ')
  const e = a.map((x, k) => x - f[k]!)
  return {
    a,
    f,
    e,
    text,
    in: Object.fromEntries(
      a.flatMap((x, k) => [
        [`a${k}`, x],
        [`f${k}`, f[k]!],
      ]),
    ),
  }
}

export const FORECAST_FAMILIES: readonly ScenarioFamily[] = [
  family('three-period-moving-average', (rng) => {
    const xs = series(rng, 6, 100, 900)
    return figures(rng, qty('units', 1), {
      stem: `Monthly demand for ${item(rng)} was ${monthsText(rng, xs)}. Using a 3-month simple moving average, what is the forecast for the next month (one decimal place)?`,
      in: Object.fromEntries(xs.map((x, n) => [`x${n}`, x])),
      key: mean(xs.slice(-3)),
      wrong: [
        ['all', mean(xs), 'averages every month shown instead of the last three'],
        ['oldest', mean(xs.slice(0, 3)), 'averages the first three months instead of the latest'],
        ['naive', xs[5]!, 'carries the last month forward (a naive forecast)'],
        ['four', mean(xs.slice(-4)), 'averages four months instead of three'],
      ],
    })
  }),
  family('weighted-moving-average', (rng) => {
    const xs = series(rng, 5, 100, 900)
    const [w1, w2, w3] = rng.pick([
      [0.5, 0.3, 0.2],
      [0.6, 0.3, 0.1],
      [0.7, 0.2, 0.1],
    ] as const)
    const [a, b, c] = [xs[4]!, xs[3]!, xs[2]!]
    return figures(rng, qty('units', 1), {
      stem: `${Client(rng)} forecasts with a 3-month weighted moving average, weights ${w1}, ${w2} and ${w3} with the heaviest on the most recent month. Demand was ${monthsText(rng, xs)}. What is next month's forecast (one decimal place)?`,
      in: Object.fromEntries(
        xs
          .map((x, n) => [`x${n}`, x])
          .concat([
            ['w1', w1],
            ['w2', w2],
            ['w3', w3],
          ]),
      ),
      key: w1 * a + w2 * b + w3 * c,
      wrong: [
        ['reversed', w1 * c + w2 * b + w3 * a, 'puts the heaviest weight on the oldest month'],
        ['simple', (a + b + c) / 3, 'ignores the weights and takes the simple average'],
        [
          'firstThree',
          w1 * xs[0]! + w2 * xs[1]! + w3 * xs[2]!,
          'weights the first three months shown, not the latest',
        ],
        ['naive', a, 'carries the last month forward'],
      ],
    })
  }),
  family('exponential-smoothing-one-step', (rng) => {
    const F = drawn(rng, 200, 900)
    const A = F + drawn(rng, -150, 150, 5)
    const alpha = rng.pick([0.1, 0.2, 0.3, 0.4])
    return figures(rng, qty('units', 1), {
      stem: `A planner uses simple exponential smoothing with α = ${alpha}. Last week's forecast was ${F} units and actual demand was ${A}. What is this week's forecast (one decimal place)?`,
      in: { F, A, alpha },
      key: F + alpha * (A - F),
      wrong: [
        [
          'swapAlpha',
          F + (1 - alpha) * (A - F),
          'puts α on the old forecast and 1 − α on the actual',
        ],
        ['naive', A, 'takes the latest actual as the forecast'],
        ['sign', F - alpha * (A - F), 'subtracts the error correction instead of adding it'],
        ['alphaTimesActual', alpha * A, 'multiplies the actual by α and drops the old forecast'],
      ],
    })
  }),
  family('exponential-smoothing-two-steps', (rng) => {
    const F1 = drawn(rng, 200, 800)
    const A1 = F1 + drawn(rng, -120, 120, 5)
    const A2 = A1 + drawn(rng, -120, 120, 5)
    const alpha = rng.pick([0.2, 0.3, 0.4, 0.5])
    const F2 = F1 + alpha * (A1 - F1)
    return figures(rng, qty('units', 1), {
      stem: `Simple exponential smoothing with α = ${alpha}: the forecast for period 1 was ${F1}; actual demand was ${A1} in period 1 and ${A2} in period 2. What is the forecast for period 3 (one decimal place)?`,
      in: { F1, A1, A2, alpha },
      key: F2 + alpha * (A2 - F2),
      wrong: [
        ['oneStep', F2, 'stops after one update, giving the period-2 forecast'],
        [
          'fromF1',
          F1 + alpha * (A2 - F1),
          'updates the period-1 forecast with period 2 only, skipping period 1',
        ],
        [
          'swapAlpha',
          F1 + (1 - alpha) * (A1 - F1) + (1 - alpha) * (A2 - F1 - (1 - alpha) * (A1 - F1)),
          'swaps α and 1 − α in both updates',
        ],
        ['average', (A1 + A2) / 2, 'averages the two actuals'],
      ],
    })
  }),
  family('mean-absolute-deviation', (rng) => {
    const p = pairs(rng)
    return figures(rng, plain(1), {
      stem: `An analyst checks a forecast's accuracy over five periods (${p.text}). What is the mean absolute deviation, MAD (one decimal place)?`,
      in: p.in,
      key: mean(p.e.map(Math.abs)),
      wrong: [
        [
          'bias',
          Math.abs(mean(p.e)),
          'averages the signed errors, letting over- and under-forecasts cancel',
        ],
        [
          'sum',
          p.e.reduce((s, x) => s + Math.abs(x), 0),
          'sums the absolute errors without averaging',
        ],
        ['mse', mean(p.e.map((x) => x * x)), 'averages the squared errors (MSE)'],
        ['rmse', Math.sqrt(mean(p.e.map((x) => x * x))), 'gives the root mean squared error'],
      ],
    })
  }),
  family('mean-absolute-percentage-error', (rng) => {
    const p = pairs(rng)
    return figures(rng, pct(1), {
      stem: `Over five periods a forecast gave these results (${p.text}). What is its MAPE, with each error taken as a percentage of the actual (one decimal place)?`,
      in: p.in,
      key: mean(p.e.map((x, k) => Math.abs(x) / p.a[k]!)),
      wrong: [
        [
          'byForecast',
          mean(p.e.map((x, k) => Math.abs(x) / p.f[k]!)),
          'divides each error by the forecast instead of the actual',
        ],
        [
          'wape',
          p.e.reduce((s, x) => s + Math.abs(x), 0) / p.a.reduce((s, x) => s + x, 0),
          'divides total absolute error by total actuals (WAPE)',
        ],
        [
          'signed',
          Math.abs(mean(p.e.map((x, k) => x / p.a[k]!))),
          'averages signed percentage errors, letting them cancel',
        ],
        ['madOverMean', mean(p.e.map(Math.abs)) / mean(p.f), 'divides MAD by the average forecast'],
      ],
    })
  }),
  family('weighted-absolute-percentage-error', (rng) => {
    const p = pairs(rng)
    return figures(rng, pct(1), {
      stem: `A client wants its forecast's WAPE (total absolute error as a share of total actual demand) over five periods: ${p.text}. What is it (one decimal place)?`,
      in: p.in,
      key: p.e.reduce((s, x) => s + Math.abs(x), 0) / p.a.reduce((s, x) => s + x, 0),
      wrong: [
        [
          'mape',
          mean(p.e.map((x, k) => Math.abs(x) / p.a[k]!)),
          'averages each period’s percentage error (MAPE)',
        ],
        [
          'byForecast',
          p.e.reduce((s, x) => s + Math.abs(x), 0) / p.f.reduce((s, x) => s + x, 0),
          'divides by total forecast instead of total actual',
        ],
        [
          'net',
          Math.abs(p.e.reduce((s, x) => s + x, 0)) / p.a.reduce((s, x) => s + x, 0),
          'nets the errors before taking the absolute value',
        ],
      ],
    })
  }),
  family('forecast-bias-signed', (rng) => {
    const p = pairs(rng)
    return figures(rng, plain(1), {
      stem: `Taking each error as actual minus forecast (positive means under-forecasting), what is the forecast's bias, the mean error, over five periods: ${p.text}? Give it to one decimal place.`,
      in: p.in,
      key: mean(p.e),
      wrong: [
        ['flipped', -mean(p.e), 'takes forecast minus actual, against the stated sign convention'],
        ['mad', mean(p.e.map(Math.abs)), 'averages absolute errors, which hides the direction'],
        [
          'sum',
          p.e.reduce((s, x) => s + x, 0),
          'gives the running sum of errors instead of the mean',
        ],
        ['lastError', p.e[4]!, 'takes the last period’s error only'],
      ],
    })
  }),
  family('tracking-signal', (rng) => {
    const p = pairs(rng, 6)
    const mad = mean(p.e.map(Math.abs))
    const sum = p.e.reduce((s, x) => s + x, 0)
    return figures(rng, plain(2), {
      stem: `A planner monitors a forecast with a tracking signal (running sum of errors divided by MAD), errors taken as actual minus forecast. Six periods: ${p.text}. What is the tracking signal after period 6 (two decimal places)?`,
      in: p.in,
      key: sum / mad,
      wrong: [
        ['meanError', mean(p.e) / mad, 'divides the mean error instead of the running sum by MAD'],
        ['inverse', mad / sum, 'divides MAD by the running sum'],
        ['flipped', -sum / mad, 'takes forecast minus actual, against the stated sign convention'],
        [
          'absSum',
          p.e.reduce((s, x) => s + Math.abs(x), 0) / mad,
          'sums absolute errors, which always gives the number of periods',
        ],
      ],
    })
  }),
  family('root-mean-squared-error', (rng) => {
    const p = pairs(rng)
    const sq = p.e.map((x) => x * x)
    return figures(rng, plain(1), {
      stem: `What is the root mean squared error (RMSE, dividing by the number of periods) of this forecast over five periods: ${p.text}? Give it to one decimal place.`,
      in: p.in,
      key: Math.sqrt(mean(sq)),
      wrong: [
        ['mse', mean(sq), 'stops at the mean squared error without the root'],
        ['mad', mean(p.e.map(Math.abs)), 'gives the mean absolute deviation'],
        [
          'nMinus1',
          Math.sqrt(sq.reduce((s, x) => s + x, 0) / 4),
          'divides by n − 1 against the stated convention',
        ],
        ['rootOfMean', Math.sqrt(Math.abs(mean(p.e))), 'takes the root of the mean signed error'],
      ],
    })
  }),
  family('seasonal-index-quarter-forecast', (rng) => {
    const Y = drawn(rng, 4000, 40000, 100)
    const idx = rng.pick([0.72, 0.85, 0.9, 1.12, 1.25, 1.35])
    const q = rng.pick(['first', 'second', 'third', 'fourth'])
    return figures(rng, qty('units'), {
      stem: `${Client(rng)} forecasts ${Y.toLocaleString('en-US')} units for next year (deseasonalised) and uses a multiplicative seasonal index of ${idx} for the ${q} quarter (indices average 1). What is the forecast for that quarter, rounded to the nearest unit?`,
      in: { Y, idx },
      key: Math.round((Y / 4) * idx),
      wrong: [
        [
          'month',
          Math.round((Y / 12) * idx),
          'applies the quarterly index to a month’s share of the year',
        ],

        ['noQuarter', Math.round(Y * idx), 'applies the index to the whole year'],
        ['divide', Math.round(Y / 4 / idx), 'divides by the index, as when deseasonalising'],
        ['noIndex', Y / 4, 'ignores the seasonal index'],
      ],
    })
  }),
  family('bullwhip-variance-ratio', (rng) => {
    const sd = drawn(rng, 10, 80)
    const k = rng.pick([1.5, 1.8, 2, 2.5, 3])
    const so = Math.round(sd * k)
    const mu = drawn(rng, 200, 900, 10)
    return figures(rng, plain(2), {
      stem: `A distributor's weekly orders to its supplier have a standard deviation of ${so} units, while its customers' weekly demand has a standard deviation of ${sd} (both average ${mu} units a week). Measuring the bullwhip effect as the ratio of the variance of orders to the variance of demand, what is it (two decimal places)?`,
      in: { sd, so, mu },
      key: (so / sd) ** 2,
      wrong: [
        ['sdRatio', so / sd, 'divides the standard deviations instead of the variances'],
        ['inverse', (sd / so) ** 2, 'divides demand variance by order variance'],
        ['cvDiff', (so - sd) / mu, 'takes the difference of the deviations over the mean'],
        [
          'dispersion',
          (so * so) / mu,
          'divides the order variance by mean demand (a variance-to-mean ratio)',
        ],
      ],
    })
  }),
  family('seasonal-index-from-two-years', (rng) => {
    const base = drawn(rng, 200, 900, 10)
    const shape = rng.shuffle([0.7, 0.9, 1.1, 1.3])
    const y1 = shape.map((f) => Math.round(base * f + drawn(rng, -30, 30)))
    const y2 = shape.map((f) => Math.round(base * 1.1 * f + drawn(rng, -30, 30)))
    const q = rng.int(0, 3)
    const all = [...y1, ...y2]
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    return figures(rng, plain(2), {
      stem: `Quarterly demand for ${item(rng)} was ${y1.join(', ')} (Q1–Q4, year 1) and ${y2.join(', ')} (year 2). Taking a quarter's seasonal index as its two-year average divided by the average of all eight quarters, what is the index for Q${q + 1} (two decimal places)?`,
      in: { ...Object.fromEntries(all.map((x, k) => [`q${k}`, x])), q },
      key: mean([y1[q]!, y2[q]!]) / mean(all),
      wrong: [
        [
          'share',
          (y1[q]! + y2[q]!) / all.reduce((a, b) => a + b, 0),
          'gives the quarter’s share of the two-year total',
        ],
        ['lastYear', y2[q]! / mean(y2), 'uses the latest year only'],
        [
          'inverse',
          mean(all) / mean([y1[q]!, y2[q]!]),
          'divides the overall average by the quarter’s',
        ],
        ['firstYear', y1[q]! / mean(y1), 'uses the first year only'],
      ],
    })
  }),
  family('seasonal-naive-with-growth', (rng) => {
    const xs = series(rng, 12, 100, 900)
    const g = rng.pick([0.03, 0.05, 0.08, 0.1, 0.12])
    const k = rng.int(0, 11)
    return figures(rng, qty('units'), {
      stem: `A planner forecasts each month of next year as the same month of this year grown by ${(g * 100).toFixed(0)}%. This year's demand by month (January to December): ${xs.join(', ')}. What is the forecast for next ${MONTH_NAMES[k]}, rounded to the nearest unit?`,
      in: { ...Object.fromEntries(xs.map((x, n) => [`x${n}`, x])), g, k },
      key: Math.round(xs[k]! * (1 + g)),
      wrong: [
        [
          'lastMonth',
          Math.round(xs[11]! * (1 + g)),
          'grows the latest month instead of the same month',
        ],
        ['noGrowth', xs[k]!, 'leaves out the growth'],
        ['average', Math.round(mean(xs) * (1 + g)), 'grows the monthly average, losing the season'],
      ],
    })
  }),
  family('bullwhip-across-two-tiers', (rng) => {
    const r1 = rng.pick([1.2, 1.4, 1.5, 1.6, 1.8, 2])
    const r2 = rng.pick([1.3, 1.5, 1.7, 2, 2.2, 2.5])
    return figures(rng, plain(2), {
      stem: `The variance of a retailer's orders is ${r1} times the variance of its customers' demand, and the variance of the distributor's orders to the factory is ${r2} times the variance of the retailer's orders. By what factor does the factory's order variance exceed end-customer demand variance (two decimal places)?`,
      in: { r1, r2 },
      key: r1 * r2,
      wrong: [
        ['sum', r1 + r2, 'adds the two ratios instead of chaining them'],
        ['larger', Math.max(r1, r2), 'takes the larger tier’s ratio only'],
        [
          'lastTier',
          r2,
          'compares the factory’s orders with the retailer’s orders, not with end demand',
        ],
        [
          'sdChain',
          Math.sqrt(r1 * r2),
          'chains the ratios of standard deviations instead of variances',
        ],
      ],
    })
  }),
]
