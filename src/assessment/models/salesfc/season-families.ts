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
  money,
  mul,
  pct,
  plain,
  pow,
  rootRate,
  series,
  sub,
  two,
} from './salesfc-text.js'

// Seasonality and growth: seasonal indices by ratio to the average, normalising, deseasonalising
// and reseasonalising, growth rates, compounding, CAGR and run-rate annualisation. Each stem
// states the index convention, the day basis and the rounding.

const num = (xs: readonly number[]) => xs.map((x) => x.toLocaleString('en-US'))
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
const idx = (x: Fraction): string => two(x)
const u = (x: Fraction): string => `${two(x)} units`
/** An index from hundredths, as the stem shows it: 112 → `1.12`. */
const ix = (h: number): string => two(F(h, 100))

export const SEASON_FAMILIES = [
  family('seasonal-index-ratio-to-average', (rng) => {
    const y = series(rng, 8, 200, 900)
    const k = rng.int(0, 3)
    const q = (j: number) => mean([y[j] ?? 0, y[4 + j] ?? 0])
    const all = mean(y)
    return {
      stem: `Quarterly sales, Q1 to Q4 of 2024 then Q1 to Q4 of 2025: ${list(num(y))}. The seasonal index of a quarter is the average of that quarter over the two years divided by the average of all eight quarters. What is the Q${k + 1} index, to two decimals?`,
      key: idx(div(q(k), all)),
      wrong: [
        [idx(div(q(k), F(sum(y), 2))), 'gives the quarter’s share of the annual total'],
        [idx(div(F(y[4 + k] ?? 0), mean(y.slice(4)))), 'uses 2025 alone'],
        [idx(div(F(y[k] ?? 0), mean(y.slice(0, 4)))), 'uses 2024 alone'],
        [idx(div(all, q(k))), 'divides the overall average by the quarter’s'],
        [idx(div(q(k), q(0))), 'divides by the Q1 average'],
      ],
      figures: { y: csv(y), k },
    }
  }),
  family('deseasonalise-actual', (rng) => {
    const a = rng.int(300, 1500)
    const ind = [rng.int(70, 95), rng.int(90, 110), rng.int(100, 125)]
    ind.push(400 - sum(ind))
    const k = rng.int(0, 3)
    const i = ind[k] ?? 100
    return {
      stem: `The client's quarterly seasonal indices are Q1 ${ix(ind[0] ?? 0)}, Q2 ${ix(ind[1] ?? 0)}, Q3 ${ix(ind[2] ?? 0)} and Q4 ${ix(ind[3] ?? 0)} (average 1.00). Q${k + 1} sales were ${a} units. What are Q${k + 1}'s deseasonalised sales (actual ÷ index), to two decimals?`,
      key: u(F(a * 100, i)),
      wrong: [
        [u(F(a * i, 100)), 'multiplies by the index'],
        [u(F(a * (200 - i), 100)), 'takes the index’s excess off as a percentage of the actual'],
        [u(F(a)), 'treats the actual as already deseasonalised'],
        [u(F(a * 400, i)), 'gives the seasonally adjusted annual rate (× 4), not the quarter'],
        [u(F(a * 100, 100 + (100 - i))), 'divides by the index mirrored about 1'],
      ],
      figures: { a, ind: csv(ind), k },
    }
  }),
  family('reseasonalise-annual-forecast', (rng) => {
    const m = money(rng)
    const yr = rng.int(40, 400) * 10000
    const i = rng.pick([rng.int(70, 95), rng.int(105, 135)])
    const k = rng.int(1, 4)
    return {
      stem: `The deseasonalised forecast for next year is ${plain(m, yr)}, spread evenly over four quarters before seasonality. Q${k} has a seasonal index of ${ix(i)}. What is the Q${k} forecast, to the cent?`,
      key: m(F(yr * i, 400)),
      wrong: [
        [m(F(yr * i, 100)), 'applies the index to the annual total'],
        [m(F(yr * 100, 4 * i)), 'divides the quarter by the index'],
        [m(F(yr, 4)), 'leaves seasonality out'],
        [m(F(yr * i, 1200)), 'splits the year into months'],
        [m(F(yr * (i - 100), 400)), 'applies only the index’s excess over 1'],
      ],
      figures: { yr, i, k },
    }
  }),
  family('year-on-year-growth', (rng) => {
    const m = money(rng)
    const last = rng.int(200, 900) * 1000
    const now = last + rng.pick([-1, 1, 1]) * rng.int(20, 150) * 1000
    return {
      stem: `${cap(client(rng))} booked ${plain(m, last)} in the first half of last year and ${plain(m, now)} in the first half of this year. What is the year-on-year growth, as a percentage of last year to two decimals (a fall shows a minus)?`,
      key: pct(F(now - last, last)),
      wrong: [
        [pct(F(now - last, now)), 'divides the change by this year'],
        [pct(F(now, last)), 'gives this year as a share of last year'],
        [
          pct(F(2 * (now - last), now + last)),
          'divides the change by the average of the two years',
        ],
        [pct(F(2 * (now - last), last)), 'doubles the half-year growth to annualise it'],
        [pct(F(now - last, 2 * last)), 'halves the change for a half-year'],
      ],
      figures: { last, now },
    }
  }),
  family('monthly-growth-compounded-to-annual', (rng) => {
    const g = rng.int(5, 40) * 10
    const G = F(10000 + g, 10000)
    return {
      stem: `Revenue has grown ${two(F(g, 100))}% a month, compounding. If that continues for twelve months, what is the growth over the year, to two decimals of a percent?`,
      key: pct(sub(pow(G, 12), F(1))),
      wrong: [
        [pct(F(12 * g, 10000)), 'multiplies the monthly rate by 12'],
        [pct(sub(pow(G, 11), F(1))), 'compounds over 11 periods'],
        [
          pct(sub(pow(F(120000 + g, 120000), 12), F(1))),
          'divides the monthly rate by 12 before compounding',
        ],
        [pct(F(g, 10000)), 'reads the monthly rate as the annual one'],
        [pct(sub(pow(G, 13), F(1))), 'compounds over 13 month-ends'],
      ],
      figures: { g },
    }
  }),
  family('cagr-over-years', (rng) => {
    const m = money(rng)
    const n = rng.int(3, 6)
    const y0 = rng.int(2016, 2020)
    const s = rng.int(100, 800) * 1000
    const e = Math.round((s * rng.int(130, 260)) / 100 / 1000) * 1000
    const pc = (h: number) => pct(F(h, 10000))
    return {
      stem: `Annual revenue was ${plain(m, s)} in ${y0} and ${plain(m, e)} in ${y0 + n}. What is the compound annual growth rate, (end ÷ start)^(1 ÷ years between) − 1, to two decimals of a percent?`,
      key: pc(rootRate(s, e, n)),
      wrong: [
        [pct(F(e - s, s * n)), 'divides the total growth by the years'],
        [pc(rootRate(s, e, n + 1)), 'counts the years listed, not the years between'],
        [pct(F(e - s, s)), 'gives the total growth'],
        [pc(rootRate(s, e, n - 1)), 'counts one year fewer than the years between'],
        [pct(F(e - s, e * n)), 'divides the growth by the end value and the years'],
      ],
      figures: { s, e, n },
    }
  }),
  family('run-rate-from-partial-month', (rng) => {
    const m = money(rng)
    const mo = rng.pick([0, 2, 4, 6, 7, 9])
    const days = 31
    const d = rng.int(8, 24)
    const rev = rng.int(20, 300) * 1000 + rng.int(0, 9) * 100
    return {
      stem: `In the first ${d} days of ${MONTHS[mo]} (a 31-day month) the client took ${plain(m, rev)}. What is the annual run rate, revenue per day × 365, to the cent?`,
      key: m(F(rev * 365, d)),
      wrong: [
        [m(F(rev * 12)), 'annualises the partial month by 12'],
        [m(F(rev * 360, d)), 'uses a 360-day year'],
        [m(F(rev * 365, days)), 'divides by every day in the month'],
        [m(F(rev * 52, d)), 'multiplies the daily figure by 52'],
        [m(F(rev * 12 * days, d)), 'scales to the month, then by 12'],
      ],
      figures: { rev, d },
    }
  }),
  family('year-end-projection-from-ytd', (rng) => {
    const m = money(rng)
    const mo = rng.int(3, 10)
    const ytd = rng.int(100, 900) * 1000
    const lastMonth = Math.round(((ytd / mo) * (rng.int(70, 140) / 100)) / 100) * 100
    return {
      stem: `Year-to-date revenue through the end of ${MONTHS[mo - 1]} is ${plain(m, ytd)}; ${MONTHS[mo - 1]} alone was ${plain(m, lastMonth)}. Project the full calendar year straight-line from the year-to-date monthly average. What is the projection, to the cent?`,
      key: m(F(ytd * 12, mo)),
      wrong: [
        [m(F(ytd * 12)), 'multiplies the year to date by 12'],
        [m(F(ytd + (12 - mo) * lastMonth)), 'extends the latest month, not the average'],
        [m(F(ytd * 12, mo + 1)), 'counts one month more than have passed'],
        [m(F(ytd * (12 - mo), mo)), 'gives only the months still to come'],
        [m(F(lastMonth * 12)), 'annualises the latest month'],
      ],
      figures: { ytd, mo, lastMonth },
    }
  }),
  family('seasonal-naive-with-trailing-growth', (rng) => {
    const y = series(rng, 8, 300, 900)
    const k = rng.int(0, 3)
    const g = div(F(sum(y.slice(4))), F(sum(y.slice(0, 4))))
    return {
      stem: `Quarterly sales, Q1 to Q4 of 2024 then Q1 to Q4 of 2025: ${list(num(y))}. Forecast Q${k + 1} 2026 as the same quarter of 2025 grown by the year-on-year growth of the full year (2025 total ÷ 2024 total). ${'Keep full precision and round only the answer to two decimals.'}`,
      key: u(mul(F(y[4 + k] ?? 0), g)),
      wrong: [
        [u(F(y[4 + k] ?? 0)), 'leaves the growth out'],
        [u(mul(F(y[7] ?? 0), g)), 'grows the latest quarter, not the same quarter'],
        [
          u(mul(F(y[4 + k] ?? 0), F(y[4 + k] ?? 0, y[k] ?? 1))),
          'grows by the quarter’s own year-on-year change',
        ],
        [u(div(F(y[4 + k] ?? 0), g)), 'divides by the growth factor'],
        [u(mul(F(y[k] ?? 0), g)), 'grows the 2024 quarter'],
      ],
      figures: { y: csv(y), k },
    }
  }),
  family('relative-change-not-points', (rng) => {
    const a = rng.int(150, 600)
    const b = a + rng.pick([-1, 1]) * rng.int(20, 140)
    return {
      stem: `The lead-to-customer conversion rate went from ${two(F(a, 100))}% last quarter to ${two(F(b, 100))}% this quarter. By what percentage did the rate change, relative to last quarter, to two decimals (a fall shows a minus)?`,
      key: pct(F(b - a, a)),
      wrong: [
        [pct(F(b - a, 10000)), 'gives the change in percentage points'],
        [pct(F(b - a, b)), 'divides the change by this quarter’s rate'],
        [pct(F(b, a)), 'gives this quarter’s rate as a share of last quarter’s'],
        [pct(F(a, b)), 'gives last quarter’s rate as a share of this quarter’s'],
      ],
      figures: { a, b },
    }
  }),
  family('normalise-seasonal-indices', (rng) => {
    const raw = [rng.int(70, 95), rng.int(90, 115), rng.int(95, 120), rng.int(100, 130)]
    if (sum(raw) === 400) raw[3] = (raw[3] ?? 0) + 5
    const k = rng.int(0, 3)
    const r = raw[k] ?? 0
    const t = sum(raw)
    return {
      stem: `Raw quarterly seasonal indices came out as ${list(raw.map(ix))}, which sum to ${ix(t)} instead of 4.00. Normalise them by multiplying each by 4 ÷ (sum of the raw indices). What is the normalised Q${k + 1} index, to two decimals?`,
      key: idx(F(4 * r, t)),
      wrong: [
        [idx(F(r, 100)), 'leaves the raw index as it is'],
        [
          idx(F(400 * r - 100 * (t - 400), 40000)),
          'subtracts a quarter of the excess from each index',
        ],
        [idx(F(r * t, 40000)), 'multiplies by the sum ÷ 4'],
        [idx(F(r, t)), 'normalises the indices to sum to 1, not 4'],
        [idx(F(r - (t - 400), 100)), 'plugs the whole excess into this quarter'],
      ],
      figures: { raw: csv(raw), k },
    }
  }),
  family('deseasonalised-quarter-on-quarter-growth', (rng) => {
    const [i1, i2] = [rng.int(75, 125), rng.int(75, 125)]
    const a1 = rng.int(300, 1200)
    const a2 = Math.round((a1 * rng.int(80, 130)) / 100)
    return {
      stem: `Q1 sales were ${a1} units (seasonal index ${ix(i1)}) and Q2 sales were ${a2} units (index ${ix(i2)}). What is the quarter-on-quarter growth after removing seasonality (each quarter's actual ÷ its index), to two decimals of a percent (a fall shows a minus)?`,
      key: pct(sub(F(a2 * i1, a1 * i2), F(1))),
      wrong: [
        [pct(F(a2 - a1, a1)), 'compares the raw actuals'],
        [pct(sub(F(a2 * i2, a1 * i1), F(1))), 'multiplies by the indices instead of dividing'],
        [
          pct(sub(F(a2 - a1, a1), F(i2 - i1, 100))),
          'takes the index difference off the raw growth',
        ],
        [pct(sub(F(a2 * i1, a1 * i2), F(0))), 'gives the growth factor, not the growth'],
        [pct(F(a2 * i1 - a1 * i2, a2 * i1)), 'divides the deseasonalised change by Q2'],
      ],
      figures: { a1, a2, i1, i2 },
    }
  }),
  family('business-day-run-rate', (rng) => {
    const m = money(rng)
    const bdays = rng.int(20, 23)
    const d = rng.int(6, 15)
    const cal = d + Math.floor(d / 5) * 2 + rng.int(0, 1)
    const rev = rng.int(20, 300) * 1000
    return {
      stem: `Orders arrive only on business days. In the first ${d} business days of the month (${cal} calendar days) the client booked ${plain(m, rev)}. The month has ${bdays} business days and 30 calendar days. Forecast the month as revenue per business day × business days in the month, to the cent.`,
      key: m(F(rev * bdays, d)),
      wrong: [
        [m(F(rev * 30, d)), 'multiplies the business-day rate by calendar days'],
        [m(F(rev * (bdays - d), d)), 'gives only the days still to come'],
        [m(F(rev * bdays, cal)), 'divides by calendar days elapsed'],
        [m(F(rev * 30, cal)), 'runs the calendar-day rate over 30 calendar days'],
        [m(F(rev * (d + 30 - cal), d)), 'adds the calendar days left at the business-day rate'],
      ],
      figures: { rev, d, cal, bdays },
    }
  }),
  family('rolling-twelve-month-update', (rng) => {
    const m = money(rng)
    const t12 = rng.int(800, 3000) * 1000
    const nw = rng.int(50, 300) * 1000
    const old = rng.int(50, 300) * 1000
    return {
      stem: `The trailing-twelve-month revenue to the end of May was ${plain(m, t12)}. June this year brought ${plain(m, nw)}; June last year brought ${plain(m, old)}. What is the trailing-twelve-month revenue to the end of June, to the cent?`,
      key: m(F(t12 + nw - old)),
      wrong: [
        [m(F(t12 + nw)), 'adds June without dropping last June'],
        [m(F(t12 - nw + old)), 'swaps the month added and the month dropped'],
        [m(F((t12 + nw) * 12, 13)), 'averages thirteen months and scales to twelve'],
        [m(F(t12 + nw - old * 2)), 'drops last June twice'],
        [m(F(nw * 12)), 'annualises June'],
      ],
      figures: { t12, nw, old },
    }
  }),
  family('year-to-date-growth', (rng) => {
    const n = rng.int(3, 5)
    const a = series(rng, n, 60, 200)
    const b = a.map((x) => Math.round((x * rng.int(80, 135)) / 100))
    const rate = (x: number, y: number) => F(y - x, x)
    return {
      stem: `Monthly units, January to ${MONTHS[n - 1]}: last year ${list(num(a))}; this year ${list(num(b))}. What is year-to-date growth (this year's year-to-date total over last year's, minus 1), to two decimals of a percent (a fall shows a minus)?`,
      key: pct(F(sum(b) - sum(a), sum(a))),
      wrong: [
        [
          pct(
            div(
              a.reduce((s, x, i) => add(s, rate(x, b[i] ?? 0)), F(0)),
              F(n),
            ),
          ),
          'averages the monthly growth rates',
        ],
        [pct(rate(a[n - 1] ?? 1, b[n - 1] ?? 0)), 'takes the latest month’s growth'],
        [pct(F(sum(b) - sum(a), sum(b))), 'divides the change by this year'],
        [pct(F(sum(b) - sum(a), sum(a) * n)), 'divides the growth by the months'],
      ],
      figures: { a: csv(a), b: csv(b) },
    }
  }),
  family('trend-times-seasonal-index', (rng) => {
    const [a, b] = [rng.int(200, 600), rng.int(3, 20)]
    const t = rng.int(13, 30)
    const i = rng.pick([rng.int(70, 95), rng.int(105, 135)])
    return {
      stem: `Deseasonalised monthly sales follow the trend ${a} + ${b}·t. Month t = ${t} has a seasonal index of ${ix(i)} (multiplicative). What is the forecast for month ${t}, to two decimals?`,
      key: u(F((a + b * t) * i, 100)),
      wrong: [
        [u(F(a + b * t)), 'leaves the season out'],
        [u(F((a + b * t) * 100, i)), 'divides the trend by the index'],
        [u(F(a * i + b * t * 100, 100)), 'applies the index to the intercept only'],
        [u(F((a + b * (t - 1)) * i, 100)), 'counts t from 0'],
      ],
      figures: { a, b, t, i },
    }
  }),
]
