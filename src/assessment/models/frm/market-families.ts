import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  rest,
  sub,
  usd,
} from './frm-text.js'

// Market risk: value at risk and expected shortfall. The slips are a horizon left at one day or
// scaled by the days instead of their square root, an annual volatility used as a daily one or
// divided by 252 instead of √252, the wrong quantile (95 % for 99 %, the two-tailed 2.576, a VaR
// quantile for an expected shortfall factor, the ratio of quantiles inverted), the correlation term
// left out, its 2 dropped, its sign lost or the correlation taken as 1 or −1, the mean ignored or
// scaled like the volatility, the wrong rank in an ordered tail (one place either way, the tail mean
// for the quantile, the 99 % tail for the 97.5 %), a day whose loss equals its VaR counted as an
// exception, the plus factor, stressed VaR or a standardised charge left out or multiplied wrongly,
// an option's delta ignored, taken from the call or applied to the premium, Macaulay or face for modified duration and
// full value, and an incremental, stand-alone or proportional figure for a component.

const money = usd(0)
const DOLLAR = 'to the nearest dollar (a half rounded up)'
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${d.toLocaleString('en-US')}`
/** A price drawn in cents as a stem writes it. */
const cents = (c: number): string => `$${fixed(frac(c, 100), 2)}`
/** A rate drawn in hundredths of a percent as a stem writes it: 125 → `1.25 %`. */
const hp = (h: number): string => `${fixed(frac(h, 100), 2)} %`
/** A rate drawn in hundredths of a percent, as a fraction of one. */
const rt = (h: number): Fraction => frac(h, 10000)

/** One-tailed standard normal quantiles, as every stem that uses them states them. */
const Z95 = frac(1645, 1000)
const Z975 = frac(1960, 1000)
const Z99 = frac(2326, 1000)
const Z995 = frac(2576, 1000)
const QUANTILES =
  'the one-tailed standard normal quantiles 1.645 (95 %), 1.960 (97.5 %), 2.326 (99 %) and 2.576 (99.5 %)'
/** √252 as the stems state it. */
const ROOT252 = frac(158745, 10000)
/** Expected shortfall of a zero-mean normal, in standard deviations, at 97.5 % and 99 %. */
const ES975 = frac(2338, 1000)
const ES99 = frac(2665, 1000)
/** √10 as the backtesting stems state it. */
const ROOT10 = frac(31623, 10000)

/** A horizon of a perfect-square number of trading days, with its root. */
function horizon(rng: Rng): readonly [number, number] {
  const r = rng.int(2, 5)
  return [r * r, r]
}

/** Triples with a² + ab + b² = c²: two VaRs a, b with correlation 0.5 combine to exactly c. */
const PLUS_HALF = [
  [3, 5, 7],
  [5, 16, 19],
  [7, 8, 13],
  [7, 33, 37],
  [9, 56, 61],
  [11, 24, 31],
  [13, 35, 43],
  [16, 39, 49],
  [32, 45, 67],
  [40, 51, 79],
  [55, 57, 97],
] as const
/** Triples with a² − ab + b² = c²: two VaRs a, b with correlation −0.5 combine to exactly c. */
const MINUS_HALF = [
  [3, 8, 7],
  [5, 8, 7],
  [5, 21, 19],
  [7, 15, 13],
  [7, 40, 37],
  [8, 15, 13],
  [11, 35, 31],
  [13, 48, 43],
  [16, 21, 19],
  [16, 55, 49],
  [24, 35, 31],
  [33, 40, 37],
  [35, 48, 43],
  [39, 55, 49],
] as const

/**
 * Daily volatilities s and returns r (hundredths of a percent, r well above s) whose EWMA update
 * with λ = 0.94 is a whole t: 0.94 s² + 0.06 r² = t², so today's volatility is exact.
 */
const EWMA: readonly (readonly [number, number, number])[] = (() => {
  const out: [number, number, number][] = []
  for (let s = 60; s <= 250; s++)
    for (let r = s + 20; r <= Math.min(4 * s, 900); r++) {
      const x = 94 * s * s + 6 * r * r
      if (x % 100 !== 0) continue
      const t = Math.round(Math.sqrt(x / 100))
      if (t * t * 100 === x) out.push([s, r, t])
    }
  return out
})()

/** Basel backtesting plus factor for a count of exceptions in 250 days. */
const plusFactor = (k: number): Fraction =>
  k <= 4 ? frac(0) : k >= 10 ? frac(1) : frac([40, 50, 65, 75, 85][k - 5]!, 100)
const PLUS_TABLE =
  'a plus factor of 0 for 0–4 exceptions (green zone); 0.40, 0.50, 0.65, 0.75 and 0.85 for 5, 6, 7, 8 and 9 (yellow zone); and 1.00 for 10 or more (red zone)'

/** ⌊√x⌋ for a whole x ≥ 0. */
function isqrt(x: bigint): bigint {
  if (x < 2n) return x
  let y = x
  let z = (x + 1n) / 2n
  while (z < y) {
    y = z
    z = (x / z + z) / 2n
  }
  return y
}
/** √x rounded half up to a whole number, exactly: ⌊(⌊√(4x)⌋ + 1) ÷ 2⌋. */
const root = (x: Fraction): Fraction => frac((isqrt((4n * x.n) / x.d) + 1n) / 2n)
/** √(q) × u rounded half up to whole dollars, from the square q × u². */
const rootOf = (q: Fraction | number, u: Fraction): Fraction => root(mul(q, u, u))

/** The mean of whole numbers. */
const mean = (xs: readonly number[]): Fraction =>
  frac(
    xs.reduce((a, b) => a + b, 0),
    xs.length,
  )
/** An ordinal for a small rank. */
const ord = (k: number): string => `${k}${k === 1 ? 'st' : k === 2 ? 'nd' : k === 3 ? 'rd' : 'th'}`

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** Two positions' values sized so their VaRs stand as a : b, with daily volatilities s1, s2. */
function pairOfPositions(rng: Rng, a: number, b: number) {
  const s1 = rng.int(16, 50) * 5
  const s2 = rng.int(16, 50) * 5
  const m = Math.max(1, Math.round((rng.int(3000, 40000) * 1000) / (a * s2 + b * s1)))
  return { s1, s2, V1: a * s2 * m, V2: b * s1 * m, m }
}

export const MARKET_FAMILIES: ScenarioFamily[] = [
  apart('h-day-var-of-a-stock-position-from-annual-volatility', (rng) => {
    const q = rng.int(20, 400) * 100
    const p = rng.int(1500, 25000)
    const s = rng.int(16, 45)
    const [h, rh] = horizon(rng)
    const V = frac(q * p, 100)
    const daily = div(frac(s, 100), ROOT252)
    const at = (sigma: Fraction, z: Fraction, t: number) => mul(V, sigma, z, t)
    return balanced({
      stem: `A fund holds ${n(q)} shares of a listed stock priced at ${cents(p)}. The stock’s annualised volatility is ${s} %; its daily returns are normal with zero mean and independent from day to day, and a year has 252 trading days (use √252 = 15.8745). Using ${QUANTILES}, what is the position’s delta-normal 99 % value at risk over ${h} trading days, scaled from one day by the square root of time, ${DOLLAR}?`,
      show: money,
      figures: { q, p, s, h },
      key: at(daily, Z99, rh),
      wrong: [
        [at(daily, Z99, 1), 'gives the one-day VaR without scaling it to the horizon'],
        [at(daily, Z99, h), 'scales by the number of days instead of its square root'],
        [at(frac(s, 100), Z99, rh), 'uses the annual volatility as a daily one'],
        [at(frac(s, 25200), Z99, rh), 'divides the annual volatility by 252 instead of √252'],
        [at(daily, Z95, rh), 'uses the 95 % quantile'],
        [at(daily, Z995, rh), 'uses the two-tailed 99 % quantile, 2.576'],
      ],
    })
  }),
  apart('var-rescaled-to-a-new-horizon-and-confidence', (rng) => {
    const X = rng.int(200, 9000) * 100 + rng.int(0, 99)
    // Not four days: (1.645 ÷ 2.326)² is within 0.04 % of 1/2, so with √4 = 2 the inverted ratio
    // would print all but alike the one-day figure.
    const rh = rng.int(3, 5)
    const h = rh * rh
    const ratio = div(Z99, Z95)
    return balanced({
      stem: `A desk reports a 1-day 95 % value at risk of ${$(X)}, computed delta-normal from a zero-mean normal distribution of daily P&L that is independent from day to day. The risk committee wants the same position’s 99 % value at risk over ${h} trading days, scaled by the square root of time. Using ${QUANTILES}, what is it, ${DOLLAR}?`,
      show: money,
      figures: { X, h },
      key: mul(X, ratio, rh),
      wrong: [
        [mul(X, rh), 'scales the horizon but keeps the 95 % quantile'],
        [mul(X, ratio), 'changes the quantile but keeps one day'],
        [mul(X, div(Z95, Z99), rh), 'inverts the ratio of the quantiles'],
        [mul(X, ratio, h), 'scales by the number of days instead of its square root'],
        [mul(X, Z99, rh), 'multiplies the VaR by the 99 % quantile as if it were a volatility'],
        [mul(X, div(Z995, Z95), rh), 'uses the two-tailed 99 % quantile, 2.576'],
      ],
    })
  }),
  apart('var-of-two-long-positions-with-correlation', (rng) => {
    const t = PLUS_HALF[rng.int(0, PLUS_HALF.length - 1)]!
    const [a, b] = rng.int(0, 1) ? [t[0], t[1]] : [t[1], t[0]]
    const c = t[2]
    const { s1, s2, V1, V2, m } = pairOfPositions(rng, a, b)
    const [h, rh] = horizon(rng)
    // Each position's VaR is a or b times this unit.
    const u = mul(frac(s1 * s2 * m, 10000), Z99, rh)
    const unweighted = mul((V1 + V2) ** 2, frac(s1 * s1 + s2 * s2 + s1 * s2, 10 ** 8), Z99, Z99, h)
    return balanced({
      stem: `A portfolio holds ${$(V1)} of stock A and ${$(V2)} of stock B. Their daily returns are normal with zero mean, standard deviations of ${hp(s1)} (A) and ${hp(s2)} (B) and a correlation of 0.5, and are independent from day to day. Using the 99 % one-tailed standard normal quantile 2.326 and the square root of time, what is the portfolio’s delta-normal 99 % value at risk over ${h} trading days, ${DOLLAR}?`,
      show: money,
      figures: { V1, V2, s1, s2, h },
      key: mul(c, u),
      wrong: [
        [mul(a + b, u), 'adds the two VaRs as if the correlation were 1'],
        [rootOf(a * a + b * b, u), 'leaves out the correlation term'],
        [rootOf(frac(2 * a * a + 2 * b * b + a * b, 2), u), 'leaves the 2 out of the cross term'],
        [div(mul(c, u), rh), 'gives the one-day VaR'],
        [mul(c, u, rh), 'scales by the number of days instead of its square root'],
        [root(unweighted), 'applies the total value to the volatilities without weights'],
      ],
    })
  }),
  apart('var-of-a-long-short-pair', (rng) => {
    const t = MINUS_HALF[rng.int(0, MINUS_HALF.length - 1)]!
    const [a, b] = rng.int(0, 1) ? [t[0], t[1]] : [t[1], t[0]]
    const c = t[2]
    const { s1, s2, V1, V2, m } = pairOfPositions(rng, a, b)
    const [h, rh] = horizon(rng)
    const u = mul(frac(s1 * s2 * m, 10000), Z99, rh)
    return balanced({
      stem: `A trader is long ${$(V1)} of stock A and short ${$(V2)} of stock B. The stocks’ daily returns are normal with zero mean, standard deviations of ${hp(s1)} (A) and ${hp(s2)} (B) and a correlation of +0.5 between the two stocks, and are independent from day to day. Using ${QUANTILES} and the square root of time, what is the delta-normal 99 % value at risk of the pair over ${h} trading days, ${DOLLAR}?`,
      show: money,
      figures: { V1, V2, s1, s2, h },
      key: mul(c, u),
      wrong: [
        [rootOf(a * a + b * b + a * b, u), 'treats the short position as a long one'],
        [mul(a + b, u), 'adds the two VaRs'],
        [rootOf(a * a + b * b, u), 'leaves out the correlation term'],
        [mul(Math.abs(a - b), u), 'nets the two VaRs as if the pair were a perfect hedge'],
        [div(mul(c, u), rh), 'gives the one-day VaR'],
        [mul(c, u, div(Z95, Z99)), 'uses the 95 % quantile'],
      ],
    })
  }),
  apart('mean-adjusted-var-over-a-horizon', (rng) => {
    const V = rng.int(1000, 40000) * 1000
    const mu = rng.int(2, 10)
    const sg = rng.int(16, 50) * 5
    const [h, rh] = horizon(rng)
    const varOf = (z: Fraction, spread: number, drift: Fraction | number) =>
      mul(V, sub(mul(z, rt(sg), spread), mul(rt(mu), drift)))
    return balanced({
      stem: `A portfolio worth ${$(V)} has normal daily returns with a mean of ${hp(mu)} and a standard deviation of ${hp(sg)}, independent from day to day, and the return over several days is the sum of the daily returns. Its value at risk is measured as the loss from today’s value, and the expected return over the horizon is not ignored. Using ${QUANTILES}, what is its 99 % value at risk over ${h} trading days, ${DOLLAR}?`,
      show: money,
      figures: { V, mu, sg, h },
      key: varOf(Z99, rh, h),
      wrong: [
        [varOf(Z99, 1, 1), 'gives the one-day VaR'],
        [varOf(Z95, rh, h), 'uses the 95 % quantile'],
        [mul(V, Z99, sub(mul(rt(sg), rh), mul(rt(mu), h))), 'applies the quantile to the mean too'],
        [mul(V, Z99, rt(sg), rh), 'ignores the mean'],
        [varOf(Z99, rh, rh), 'scales the mean by the square root of the days'],
        [varOf(Z99, rh, -h), 'adds the mean to the loss instead of taking it off'],
      ],
    })
  }),
  apart('historical-var-from-ranked-returns-scaled-to-h-days', (rng) => {
    const N = rng.pick([500, 1000])
    const k = N / 100
    const worst = [...new Set(Array.from({ length: k + 6 }, () => rng.int(120, 900)))]
      .sort((x, y) => y - x)
      .slice(0, k + 4)
    if (worst.length < k + 4) rest()
    const V = rng.int(500, 30000) * 1000
    const [h, rh] = horizon(rng)
    const shown = rng.shuffle(worst)
    const loss = (r: Fraction | number) => mul(V, r, frac(1, 10000))
    const kth = (i: number) => loss(worst[i - 1]!)
    const figures: Record<string, number> = { N, V, h }
    shown.forEach((r, i) => {
      figures[`r${i}`] = r
    })
    return balanced({
      stem: `A bank runs a historical simulation of a ${$(V)} equity position over the last ${n(N)} trading days. The ${k + 4} worst daily returns, in no particular order, were losses of ${shown.map(hp).join(', ')}. It takes the 1-day 99 % value at risk as the ${ord(k)} worst loss (1 % of the ${n(N)} scenarios) and, as stated for this exercise, scales it to ${h} trading days by the square root of time. What is the ${h}-day 99 % value at risk, ${DOLLAR}?`,
      show: money,
      figures,
      key: mul(kth(k), rh),
      wrong: [
        [mul(kth(k - 1), rh), 'takes the loss one rank worse than the stated one'],
        [
          mul(loss(mean(worst.slice(0, k))), rh),
          'averages the tail losses (the expected shortfall)',
        ],
        [mul(kth(k), h), 'scales by the number of days instead of its square root'],
        [mul(kth(k + 1), rh), 'takes the loss one rank less severe than the stated one'],
        [
          mul(loss(frac(worst[k - 1]! + worst[k]!, 2)), rh),
          'interpolates between the stated loss and the next one',
        ],
        [kth(k), 'gives the one-day VaR'],
      ],
    })
  }),
  apart('historical-expected-shortfall-from-the-tail', (rng) => {
    const N = rng.pick([200, 400])
    const m = N / 40
    const worst = [...new Set(Array.from({ length: m + 5 }, () => rng.int(150, 950)))]
      .sort((x, y) => y - x)
      .slice(0, m + 3)
    if (worst.length < m + 3) rest()
    const V = rng.int(500, 30000) * 1000
    const shown = rng.shuffle(worst)
    const loss = (r: Fraction | number) => mul(V, r, frac(1, 10000))
    const figures: Record<string, number> = { N, V }
    shown.forEach((r, i) => {
      figures[`r${i}`] = r
    })
    return balanced({
      stem: `A bank’s historical simulation of a ${$(V)} trading position over ${n(N)} scenarios gives these ${m + 3} worst daily returns, in no particular order: losses of ${shown.map(hp).join(', ')}. As in the Basel market risk framework (FRTB, 2019), it measures 97.5 % expected shortfall; here the 1-day ES is the average loss over the worst 2.5 % of the ${n(N)} scenarios. What is the 1-day 97.5 % expected shortfall, ${DOLLAR}?`,
      show: money,
      figures,
      key: loss(mean(worst.slice(0, m))),
      wrong: [
        [loss(mean(worst.slice(0, m + 1))), 'averages one scenario more than the tail holds'],
        [loss(worst[m]!), 'gives the next loss, a value at risk, instead of the tail mean'],
        [loss(worst[m - 1]!), 'gives the least of the tail losses instead of their mean'],
        [loss(mean(worst.slice(0, m - 1))), 'averages only the losses beyond the least tail loss'],
        [loss(worst[0]!), 'gives the worst loss'],
        [loss(mean(worst.slice(0, N / 100))), 'averages the worst 1 % (a 99 % tail)'],
      ],
    })
  }),
  apart('normal-expected-shortfall-over-a-horizon', (rng) => {
    const V = rng.int(1000, 40000) * 1000
    const sg = rng.int(16, 50) * 5
    const [h, rh] = horizon(rng)
    const at = (factor: Fraction, t: number) => mul(V, rt(sg), factor, t)
    return balanced({
      stem: `A position worth ${$(V)} has normal daily returns with zero mean and a standard deviation of ${hp(sg)}, independent from day to day. For a normal distribution, expected shortfall is 2.338 standard deviations at 97.5 % and 2.665 at 99 %, and value at risk is 1.960 and 2.326 standard deviations at those levels. Scaling by the square root of time, what is the position’s 97.5 % expected shortfall over ${h} trading days, ${DOLLAR}?`,
      show: money,
      figures: { V, sg, h },
      key: at(ES975, rh),
      wrong: [
        [at(ES975, 1), 'gives the one-day expected shortfall'],
        [at(ES975, h), 'scales by the number of days instead of its square root'],
        [at(Z975, rh), 'gives the 97.5 % value at risk'],
        [at(Z99, rh), 'gives the 99 % value at risk'],
        [at(ES99, rh), 'uses the 99 % expected shortfall factor'],
        [
          at(mul(Z975, ES975), rh),
          'applies the shortfall factor to the VaR instead of the volatility',
        ],
      ],
    })
  }),
  apart('backtesting-exceptions-and-the-capital-multiplier', (rng) => {
    const k = rng.int(5, 8)
    const A = rng.int(150, 1500) * 1000 + rng.int(0, 999)
    const Y = Math.round((A * rng.int(103, 125)) / 100)
    const rows: [number, number][] = []
    const day = () => Math.round((A * rng.int(85, 115)) / 100)
    for (let i = 0; i < k; i++) {
      const v = day()
      rows.push([Math.round((v * rng.int(102, 160)) / 100), v])
    }
    const tie = day()
    rows.push([tie, tie])
    for (let i = 0; i < 3; i++) {
      const v = day()
      rows.push([Math.round((v * rng.int(85, 98)) / 100), v])
    }
    const shown = rng.shuffle(rows)
    const figures: Record<string, number> = { A, Y }
    shown.forEach(([l, v], i) => {
      figures[`l${i}`] = l
      figures[`v${i}`] = v
    })
    const mult = (x: number) => add(3, plusFactor(x))
    const m = mult(k)
    return balanced({
      stem: `Over the last 250 trading days a bank’s 1-day 99 % VaR model had these days with its largest losses, each with that day’s VaR: ${shown.map(([l, v], i) => `(${i + 1}) loss ${$(l)}, VaR ${$(v)}`).join('; ')}. No other day’s loss came near its VaR. An exception is a day whose loss exceeds that day’s VaR. The Basel backtesting framework (1996) sets ${PLUS_TABLE}, and, as stated for this exercise (no specific risk charge), the market risk charge is the greater of yesterday’s 10-day VaR and (3 + plus factor) × the average 10-day VaR of the last 60 days. The bank scales 1-day VaR to 10 days by √10 = 3.1623, as permitted. Yesterday’s 1-day VaR was ${$(Y)} and the 60-day average 1-day VaR was ${$(A)}. What is the market risk charge, ${DOLLAR}?`,
      show: money,
      figures,
      key: mul(m, A, ROOT10),
      wrong: [
        [mul(m, A), 'leaves the VaR at one day'],
        [mul(3, A, ROOT10), 'leaves out the plus factor'],
        [mul(Y, ROOT10), 'takes yesterday’s VaR alone'],
        [mul(m, A, 10), 'scales to 10 days by 10 instead of √10'],
        [mul(mult(k + 1), A, ROOT10), 'counts the day whose loss equals its VaR as an exception'],
        [mul(m, Y, ROOT10), 'applies the multiplier to yesterday’s VaR'],
        [mul(4, A, ROOT10), 'applies the red-zone multiplier'],
      ],
    })
  }),
  apart('basel-2-5-market-risk-charge-with-stressed-var', (rng) => {
    const k = rng.int(5, 9)
    const A = rng.int(200, 3000) * 1000 + rng.int(0, 999)
    const SA = Math.round((A * rng.int(180, 320)) / 100)
    const Y = Math.round((A * rng.int(102, 125)) / 100)
    const SY = Math.round((SA * rng.int(102, 125)) / 100)
    const S = Math.round((A * rng.int(40, 150)) / 100)
    const m = add(3, plusFactor(k))
    return balanced({
      stem: `A bank’s internal model had ${k} backtesting exceptions in the last 250 trading days. Its 10-day 99 % VaR was ${$(Y)} yesterday and averaged ${$(A)} over the last 60 days; its 10-day stressed VaR was ${$(SY)} yesterday and averaged ${$(SA)} over the last 60 days; its standardised specific risk charge is ${$(S)}. Under Basel 2.5 (2009), VaR and stressed VaR each enter as the greater of yesterday’s figure and the multiplier times the 60-day average, the multiplier for both being 3 plus the backtesting plus factor (${PLUS_TABLE}), and the standardised charge is added; as stated for this exercise, the bank has no incremental risk or comprehensive risk charge. What is the total market risk charge, ${DOLLAR}?`,
      show: money,
      figures: { k, A, SA, Y, SY, S },
      key: add(mul(m, A + SA), S),
      wrong: [
        [add(mul(m, A), S), 'leaves out the stressed VaR'],
        [frac(3 * (A + SA) + S), 'leaves out the plus factor'],
        [frac(Y + SY + S), 'takes yesterday’s figures'],
        [mul(m, A + SA), 'leaves out the standardised specific risk charge'],
        [frac(4 * (A + SA) + S), 'applies the red-zone multiplier'],
        [mul(m, A + SA + S), 'applies the multiplier to the standardised charge too'],
        [add(mul(m, A + SY), S), 'applies the multiplier to yesterday’s stressed VaR'],
      ],
    })
  }),
  apart('delta-normal-var-of-a-long-put-position', (rng) => {
    const N = rng.int(10, 300)
    const S = rng.int(2000, 30000)
    const d = rng.int(25, 45)
    const sg = rng.int(16, 60) * 5
    // A premium of 3.5 to 7 daily standard deviations of the stock, as for a put months to a year out.
    const pr = Math.round((S * sg * rng.int(350, 700)) / 1000000)
    // Up to 16 days: over longer horizons the linear VaR of a long put runs past the premium paid.
    const rh = rng.int(2, 4)
    const h = rh * rh
    const shares = N * 100
    const at = (delta: Fraction | number, units: number, price: number, z: Fraction, t: number) =>
      mul(delta, units, frac(price, 100), rt(sg), z, t)
    const D = frac(d, 100)
    const key = at(D, shares, S, Z99, rh)
    // A long put cannot lose more than its premium: refuse a VaR above 60 % of what was paid.
    if (below(mul(shares, frac(pr, 100), frac(3, 5)), key)) rest()
    return balanced({
      stem: `A fund is long ${n(N)} exchange-traded put contracts, each on 100 shares, on a stock priced at ${cents(S)}. Each put costs ${cents(pr)} per share and has a delta of −${fixed(D, 2)}. The stock’s daily returns are normal with zero mean and a standard deviation of ${hp(sg)}, independent from day to day. Using the delta-normal (linear) approximation, ${QUANTILES} and the square root of time, what is the put position’s 99 % value at risk over ${h} trading days, ${DOLLAR}?`,
      show: money,
      figures: { N, S, d, pr, sg, h },
      key,
      wrong: [
        [at(1, shares, S, Z99, rh), 'leaves out the delta, as if holding the shares'],
        [at(sub(1, D), shares, S, Z99, rh), 'uses the delta of the call at the same strike'],
        [at(D, shares, S, Z99, h), 'scales by the number of days instead of its square root'],
        [at(D, shares, S, Z99, 1), 'gives the one-day VaR'],
        [at(D, shares, S, Z95, rh), 'uses the 95 % quantile'],
        [at(D, shares, S, Z995, rh), 'uses the two-tailed 99 % quantile, 2.576'],
        [
          at(1, shares, pr, Z99, rh),
          'applies the stock’s volatility to the premium paid instead of the delta-equivalent shares',
        ],
      ],
    })
  }),
  apart('var-of-a-bond-position-from-dv01-and-yield-volatility', (rng) => {
    const F = rng.int(10, 500) * 100000
    const p = rng.int(8800, 9900)
    const D = rng.int(300, 1200)
    const y = rng.int(300, 650)
    const Mac = Math.round((D * (10000 + y)) / 10000)
    const sy = rng.int(3, 12)
    const [h, rh] = horizon(rng)
    if (Mac === D) rest()
    const MV = frac(F * p, 10000)
    const at = (dur: Fraction, value: Fraction | number, z: Fraction, t: number) =>
      mul(dur, value, frac(sy, 10000), z, t)
    const Dm = frac(D, 100)
    return balanced({
      stem: `A bank holds ${$(F)} face value of a bond at a full price of ${fixed(frac(p, 100), 2)} per 100 of face. At its yield of ${hp(y)} (annual compounding) the bond’s modified duration is ${fixed(Dm, 2)} and its Macaulay duration ${fixed(frac(Mac, 100), 2)}. Daily changes in the bond’s yield are normal with zero mean and a standard deviation of ${sy} basis points, independent from day to day. Using the position’s DV01 (a duration-based, first-order approximation), ${QUANTILES} and the square root of time, what is the position’s 99 % value at risk over ${h} trading days, ${DOLLAR}?`,
      show: money,
      figures: { F, p, D, y, Mac, sy, h },
      key: at(Dm, MV, Z99, rh),
      wrong: [
        [at(frac(Mac, 100), MV, Z99, rh), 'uses the Macaulay duration'],
        [at(Dm, F, Z99, rh), 'values the position at face'],
        [at(Dm, MV, Z99, h), 'scales by the number of days instead of its square root'],
        [at(Dm, MV, Z99, 1), 'gives the one-day VaR'],
        [at(Dm, MV, Z95, rh), 'uses the 95 % quantile'],
        [
          at(div(Dm, frac(10000 + y, 10000)), MV, Z99, rh),
          'divides the modified duration by one plus the yield again',
        ],
      ],
    })
  }),
  apart('incremental-var-of-adding-a-position', (rng) => {
    const t = PLUS_HALF[rng.int(0, PLUS_HALF.length - 1)]!
    const [b, a, c] = t
    const u = rng.int(1000, 20000)
    const A = a * u
    const B = b * u
    const U = frac(u)
    return balanced({
      stem: `A desk’s current 1-day 99 % value at risk is ${$(A)}. A trader proposes a new position whose stand-alone 1-day 99 % value at risk is ${$(B)}; its daily P&L has a correlation of 0.5 with the desk’s. Both P&Ls are normal with zero mean (delta-normal). What is the incremental value at risk of adding the position (the desk’s VaR with it less its VaR without it), ${DOLLAR}?`,
      show: money,
      figures: { A, B },
      key: frac((c - a) * u),
      wrong: [
        [frac(b * (2 * b + a) * u, 2 * c), 'gives the new position’s component VaR instead'],
        [frac(c * u), 'gives the desk’s VaR with the position'],
        [frac((c - b) * u), 'takes the new position’s stand-alone VaR off the new total'],
        [sub(rootOf(a * a + b * b, U), A), 'leaves out the correlation term'],
        [frac((a + b - c) * u), 'gives the diversification benefit'],
        [
          sub(rootOf(frac(2 * a * a + 2 * b * b + a * b, 2), U), A),
          'leaves the 2 out of the cross term',
        ],
      ],
    })
  }),
  apart('component-var-of-a-position', (rng) => {
    // The position asked about is the smaller one (a < b), named first or second at random.
    const [a, b, c] = PLUS_HALF[rng.int(0, PLUS_HALF.length - 1)]!
    const u = rng.int(1000, 20000)
    const A = a * u
    const B = b * u
    const U = frac(u)
    const first = rng.int(0, 1) === 1
    const [one, two] = first ? [A, B] : [B, A]
    return balanced({
      stem: `A portfolio holds two positions with stand-alone 1-day 99 % values at risk of ${$(one)} (position 1) and ${$(two)} (position 2); their daily P&Ls have a correlation of 0.5 and are normal with zero mean (delta-normal). The risk team allocates the portfolio’s VaR to the positions by Euler allocation (component VaR, which sums to the portfolio VaR). What is position ${first ? 1 : 2}’s component VaR, ${DOLLAR}?`,
      show: money,
      figures: { A, B, first: first ? 1 : 0 },
      key: frac(a * (2 * a + b) * u, 2 * c),
      wrong: [
        [
          frac(a * (a + b) * u, c),
          'takes the correlation as 1 in its covariance with the portfolio',
        ],
        [
          rootOf(frac(2 * a * a + a * b, 2), U),
          'takes the square root of its share of the variance',
        ],
        [frac((c - b) * u), 'gives its incremental VaR'],
        [frac(a * a * u, c), 'leaves out its covariance with the other position'],
        [frac(a * (2 * a + b) * u, 2 * (a + b)), 'divides by the sum of the stand-alone VaRs'],
        [frac(a * c * u, a + b), 'splits the portfolio VaR in proportion to stand-alone VaRs'],
      ],
    })
  }),
  apart('ewma-volatility-update-then-var', (rng) => {
    const [s, r, t] = EWMA[rng.int(0, EWMA.length - 1)]!
    const V = rng.int(1000, 40000) * 1000
    const at = (vol: Fraction, z: Fraction) => mul(V, vol, z)
    // √(w·s² + (1 − w)·r²) in hundredths of a percent, times the value and quantile, to the dollar.
    const mixed = (ws: number, wr: number) =>
      root(mul(V * V, frac(ws * s * s + wr * r * r, 100 * 10 ** 8), Z99, Z99))
    return balanced({
      stem: `A risk system estimates a portfolio’s daily volatility as an exponentially weighted moving average of squared daily returns with λ = 0.94 (RiskMetrics), assuming a zero mean: today’s variance = λ × yesterday’s variance estimate + (1 − λ) × yesterday’s squared return. Yesterday’s estimate was ${hp(s)} a day, and yesterday the portfolio lost ${hp(r)}. The portfolio is worth ${$(V)}. Using today’s updated volatility and ${QUANTILES}, what is today’s 1-day 99 % value at risk, ${DOLLAR}?`,
      show: money,
      figures: { s, r, V },
      key: at(rt(t), Z99),
      wrong: [
        [at(rt(s), Z99), 'uses yesterday’s volatility without the update'],
        [
          at(frac(94 * s + 6 * r, 1000000), Z99),
          'weights the volatilities instead of the variances',
        ],
        [at(rt(t), Z95), 'uses the 95 % quantile'],
        [mixed(6, 94), 'puts the weight λ on the new return'],
        [at(rt(r), Z99), 'takes yesterday’s return as the volatility'],
        [mixed(50, 50), 'averages the two variances equally'],
      ],
    })
  }),
  apart('liquidity-adjusted-var-with-a-bid-ask-spread', (rng) => {
    const V = rng.int(1000, 40000) * 1000
    const sg = rng.int(30, 120)
    const sp = rng.int(50, 300)
    // Not four days: with √4 = 2 the exit cost scaled by √h would equal the whole spread.
    const rh = rng.int(3, 5)
    const h = rh * rh
    const market = (z: Fraction, t: number) => mul(V, rt(sg), z, t)
    const cost = mul(V, rt(sp), frac(1, 2))
    return balanced({
      stem: `A desk holds ${$(V)} of a thinly traded corporate bond, valued at the mid price. The bond’s daily returns are normal with zero mean and a standard deviation of ${hp(sg)}, independent from day to day, and its bid–ask spread is a constant ${hp(sp)} of the mid price. The liquidity-adjusted VaR adds the cost of selling the whole position at the bid, once and unscaled by the horizon, to the market VaR. Using ${QUANTILES} and the square root of time, what is the ${h}-day 99 % liquidity-adjusted value at risk, ${DOLLAR}?`,
      show: money,
      figures: { V, sg, sp, h },
      key: add(market(Z99, rh), cost),
      wrong: [
        [add(market(Z99, rh), mul(V, rt(sp))), 'charges the whole spread instead of half'],
        [market(Z99, rh), 'leaves out the cost of exit'],
        [add(market(Z99, rh), mul(cost, rh)), 'scales the exit cost by the square root of time'],
        [add(market(Z99, 1), cost), 'leaves the market VaR at one day'],
        [add(market(Z99, h), cost), 'scales by the number of days instead of its square root'],
        [add(market(Z95, rh), cost), 'uses the 95 % quantile'],
      ],
    })
  }),
  apart('diversification-benefit-of-two-desks-over-a-horizon', (rng) => {
    const t = MINUS_HALF[rng.int(0, MINUS_HALF.length - 1)]!
    const [a, b] = rng.int(0, 1) ? [t[0], t[1]] : [t[1], t[0]]
    const c = t[2]
    const v = rng.int(1000, 20000)
    const [h, rh] = horizon(rng)
    const A = a * v
    const B = b * v
    const u = frac(v * rh)
    const sum = mul(a + b, u)
    return balanced({
      stem: `A bank’s rates desk and its hedging desk have stand-alone 1-day 99 % values at risk of ${$(A)} and ${$(B)}. Their daily P&Ls are normal with zero mean, have a correlation of −0.5 and are independent from day to day. Scaling by the square root of time, what is the diversification benefit over ${h} trading days (the sum of the desks’ stand-alone VaRs less their combined VaR), ${DOLLAR}?`,
      show: money,
      figures: { A, B, h },
      key: mul(a + b - c, u),
      wrong: [
        [sub(sum, rootOf(a * a + b * b, u)), 'leaves out the correlation term'],
        [sub(sum, rootOf(a * a + b * b + a * b, u)), 'loses the sign of the correlation'],
        [
          sub(sum, rootOf(frac(2 * a * a + 2 * b * b - a * b, 2), u)),
          'leaves the 2 out of the cross term',
        ],
        [frac((a + b - c) * v), 'gives the one-day benefit'],
        [mul(c, u), 'gives the combined VaR instead of the benefit'],
        [mul(2 * Math.min(a, b), u), 'takes the correlation as −1'],
        [mul(a + b - c, u, rh), 'scales by the number of days instead of its square root'],
      ],
    })
  }),
]
