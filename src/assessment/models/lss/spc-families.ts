import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { CHART_CONSTANTS, constantsText, SUBGROUP_SIZES } from './chart-constants.js'
import { Client, classify, client, drawn, family, figures, pct, plain } from './lss-text.js'

// Control charts: the choice by data type and subgroup size (Montgomery, Introduction to
// Statistical Quality Control, ch. 6–7; AIAG SPC manual, 2nd ed., ch. II: X-bar and R for
// subgroups under about 10, X-bar and S for larger ones, I-MR for single readings, p and np for
// defectives, c and u for defects), and their three-sigma limits: X-bar ± A2 R-bar, D3 R-bar and
// D4 R-bar for the R chart, X-bar ± 2.66 MR-bar and 3.267 MR-bar for I-MR (3 / d2 and D4 at
// n = 2), p-bar ± 3 √(p-bar(1 − p-bar)/n), n p-bar ± 3 √(n p-bar(1 − p-bar)), c-bar ± 3 √c-bar,
// u-bar ± 3 √(u-bar / n).

const CHARTS = classify(
  'chart-choice',
  {
    'I-MR': {
      names: ['I-MR chart', 'Individuals and moving range chart', 'I-MR (individuals) chart'],
      gloss: 'plots single continuous readings',
      cases: [
        'one assay result per batch, with a batch made every day',
        'the monthly energy cost of the plant, one figure a month',
        'the cycle time of each individual loan application, taken one at a time',
      ],
    },
    'X-bar and R': {
      distractorOnly: true,
      names: ['X-bar and R chart', 'Xbar-R chart', 'X-bar and range chart'],
      gloss: 'plots means and ranges of small subgroups of continuous data',
      cases: [
        'five consecutive shafts measured for diameter every hour',
        'the fill weight of four bottles taken together every 30 minutes',
        'three consecutive tablets weighed at each check',
      ],
    },
    'X-bar and S': {
      names: ['X-bar and S chart', 'Xbar-S chart', 'X-bar and standard deviation chart'],
      gloss: 'plots means and standard deviations of large subgroups',
      cases: [
        'the thickness of 15 consecutive sheets measured at each check',
        'an automated gauge that measures 25 parts in every subgroup',
        'the handling time of 20 calls sampled each day',
      ],
    },
    p: {
      names: ['p chart', 'p chart (proportion defective)', 'Proportion defective (p) chart'],
      gloss: 'plots the proportion of defective units in subgroups that may vary in size',
      cases: [
        'the share of each day’s invoices that contain at least one error, with a different number of invoices every day',
        'the fraction of each lot rejected at inspection, where lot sizes vary from 80 to 300',
      ],
    },
    np: {
      names: ['np chart', 'np chart (number defective)', 'Number defective (np) chart'],
      gloss: 'plots the number of defective units in subgroups of constant size',
      cases: [
        'the number of defective bulbs in a sample of exactly 200 taken from each shift',
        'how many of exactly 50 audited orders each week fail the accuracy check',
      ],
      // A p chart is valid for subgroups of constant size too.
      alsoRight: ['p'],
    },
    c: {
      names: [
        'c chart',
        'c chart (count of defects)',
        'Count of defects (c) chart',
        'c chart of defects counted on a same-sized unit',
      ],
      gloss: 'plots counts of defects on an inspection unit of constant size',
      cases: [
        'the number of paint blemishes on each car door of the same model',
        'the number of errors found on each standard one-page form',
      ],
      // A u chart is valid for a constant inspection unit too (u = c when n = 1).
      alsoRight: ['u'],
    },
    u: {
      distractorOnly: true,
      names: ['u chart', 'u chart (defects per unit)', 'Defects per unit (u) chart'],
      gloss: 'plots defects per unit where the inspected amount varies',
      cases: [
        'weaving flaws per square metre in rolls of cloth that differ in length',
        'coding errors per 100 claims when the number of claims audited each week varies',
      ],
    },
  },
  (rng, c) =>
    `A Green Belt sets up a control chart at ${client(rng)} for ${c}. Which chart fits the data?`,
)

const xbarData = (rng: Parameters<ScenarioFamily['draw']>[0]) => {
  const n = rng.pick(SUBGROUP_SIZES)
  const xbar = drawn(rng, 1000, 9000) / 100
  const rbar = drawn(rng, 20, 300) / 100
  return { n, xbar, rbar, k: CHART_CONSTANTS[n] }
}

const series = (xs: readonly number[]) => xs.map((x) => x.toFixed(1)).join(', ')
const mean = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0) / xs.length

export const SPC_LIMIT_FAMILIES: readonly ScenarioFamily[] = [
  family('xbar-chart-limit', (rng) => {
    const { n, xbar, rbar, k } = xbarData(rng)
    const up = rng.next() < 0.5
    const s = up ? 1 : -1
    return figures(rng, plain(3), {
      stem: `An X-bar and R chart at ${client(rng)} uses subgroups of n = ${n}; the grand mean is ${xbar.toFixed(2)} and R-bar is ${rbar.toFixed(2)}. Constants for n = ${n} (Montgomery, Appendix VI): ${constantsText(n)}. What is the ${up ? 'upper' : 'lower'} control limit of the X-bar chart (three decimal places)?`,
      in: { n, xbar, rbar, up: up ? 1 : 0 },
      key: xbar + s * k.A2 * rbar,
      wrong: [
        [
          'individuals',
          xbar + (s * 3 * rbar) / k.d2,
          'uses the sigma of individuals, R-bar/d2, without dividing by √n',
        ],
        ['rbarSigma', xbar + s * 3 * rbar, 'takes R-bar as sigma and adds three of it'],
        ['d4', xbar + s * k.D4 * rbar, 'reads D4 instead of A2 from the table'],
        ['other', xbar - s * k.A2 * rbar, `gives the ${up ? 'lower' : 'upper'} limit instead`],
      ],
    })
  }),
  family('r-chart-ucl', (rng) => {
    const { n, xbar, rbar, k } = xbarData(rng)
    return figures(rng, plain(3), {
      stem: `Subgroups of ${n} parts at ${client(rng)} give a grand mean of ${xbar.toFixed(2)} and R-bar of ${rbar.toFixed(2)}. Constants for n = ${n} (Montgomery, Appendix VI): ${constantsText(n)}. What is the upper control limit of the R chart (three decimal places)?`,
      in: { n, xbar, rbar },
      key: k.D4 * rbar,
      wrong: [
        ['lcl', k.D3 * rbar, 'gives the lower limit, D3 × R-bar'],
        ['a2', rbar + k.A2 * rbar, 'adds A2 × R-bar to R-bar, mixing in the X-bar chart constant'],
        ['plus3sigma', rbar + (3 * rbar) / k.d2, 'adds three sigma of individuals to R-bar'],
        ['xbar', xbar + k.A2 * rbar, 'gives the X-bar chart’s upper limit'],
      ],
    })
  }),
  family('sigma-from-rbar', (rng) => {
    const { n, rbar, k } = xbarData(rng)
    return figures(rng, plain(3), {
      stem: `A stable X-bar and R chart at ${client(rng)} has subgroups of ${n} and R-bar = ${rbar.toFixed(2)}; for n = ${n}, d2 = ${k.d2} (Montgomery, Appendix VI). What is the estimate of the process (within-subgroup) standard deviation, to three decimal places?`,
      in: { n, rbar },
      key: rbar / k.d2,
      wrong: [
        ['times', rbar * k.d2, 'multiplies R-bar by d2 instead of dividing'],
        ['sqrtN', rbar / Math.sqrt(n), 'divides R-bar by √n instead of d2'],
        ['ofMean', rbar / (k.d2 * Math.sqrt(n)), 'gives the standard error of the subgroup mean'],
        ['range', rbar, 'takes R-bar itself as the standard deviation'],
      ],
    })
  }),
  family('individuals-chart-ucl', (rng) => {
    const mu = drawn(rng, 30, 90)
    const xs = Array.from({ length: 10 }, () =>
      Number((mu + (rng.next() - 0.5) * drawn(rng, 4, 12)).toFixed(1)),
    )
    const mrs = xs.slice(1).map((x, i) => Math.abs(x - xs[i]!))
    const mr = mean(mrs)
    const m = mean(xs)
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1))
    return figures(rng, plain(2), {
      stem: `A Green Belt charts one daily reading at ${client(rng)}: ${series(xs)}. On an individuals chart the limits are the mean ± 2.66 × the average moving range of consecutive points (2.66 = 3 / d2, d2 = 1.128 for n = 2). What is the upper control limit (two decimal places)?`,
      in: Object.fromEntries(xs.map((x, i) => [`x${i}`, x])),
      key: m + 2.66 * mr,
      wrong: [
        [
          'sd',
          m + 3 * sd,
          'uses three overall sample standard deviations instead of the moving range',
        ],
        ['mrSigma', m + 3 * mr, 'takes the average moving range as sigma'],
        [
          'overN',
          m + (2.66 * mrs.reduce((a, x) => a + x, 0)) / xs.length,
          'divides the sum of moving ranges by the number of points, not of ranges',
        ],
        ['d4', m + 3.267 * mr, 'uses 3.267, the moving range chart’s factor'],
      ],
    })
  }),
  family('p-chart-ucl', (rng) => {
    const k = rng.pick([20, 25, 30])
    const n = drawn(rng, 50, 400, 10)
    const T = drawn(rng, Math.ceil(k * n * 0.02), Math.floor(k * n * 0.15))
    const p = T / (k * n)
    const w = (v: number) => (v < 1 ? v : Number.NaN)
    return figures(rng, pct(2), {
      stem: `${Client(rng)} inspects ${n} units a day; over ${k} days it found ${T} defective units in all. Using p-bar ± 3 √(p-bar(1 − p-bar)/n), what is the upper control limit of the p chart (as a percentage, two decimal places)?`,
      in: { k, n, T },
      key: p + 3 * Math.sqrt((p * (1 - p)) / n),
      wrong: [
        ['noN', w(p + 3 * Math.sqrt(p * (1 - p))), 'leaves n out of the standard error'],
        [
          'poisson',
          p + 3 * Math.sqrt(p / n),
          'uses the u chart’s √(u-bar/n) form for a proportion',
        ],
        [
          'totalN',
          p + 3 * Math.sqrt((p * (1 - p)) / (k * n)),
          'uses all units inspected as the subgroup size',
        ],
        [
          'twoSigma',
          p + 2 * Math.sqrt((p * (1 - p)) / n),
          'sets the limit at two sigma instead of three',
        ],
      ],
    })
  }),
  family('np-chart-ucl', (rng) => {
    const k = rng.pick([20, 25])
    const n = drawn(rng, 50, 300, 10)
    const T = drawn(rng, Math.ceil(k * n * 0.03), Math.floor(k * n * 0.2))
    const p = T / (k * n)
    return figures(rng, plain(2), {
      stem: `A Green Belt at ${client(rng)} samples exactly ${n} orders a week and counts the defective ones; over ${k} weeks there were ${T} in all. Using n p-bar ± 3 √(n p-bar(1 − p-bar)), what is the upper control limit of the np chart (two decimal places)?`,
      in: { k, n, T },
      key: n * p + 3 * Math.sqrt(n * p * (1 - p)),
      wrong: [
        [
          'cChart',
          n * p + 3 * Math.sqrt(n * p),
          'drops the (1 − p-bar) factor, the c chart’s form',
        ],
        ['noN', n * p + 3 * Math.sqrt(p * (1 - p)), 'leaves n out of the square root'],
        [
          'total',
          T / k + 3 * Math.sqrt(T * (1 - p)),
          'uses the total count over all weeks inside the square root',
        ],
        [
          'pChart',
          p + 3 * Math.sqrt((p * (1 - p)) / n),
          'gives the p chart’s limit, a proportion, not a count',
        ],
      ],
    })
  }),
  family('c-chart-ucl', (rng) => {
    const cbar = drawn(rng, 3, 20)
    const cs = Array.from({ length: 12 }, () => Math.max(0, cbar + rng.int(-3, 3)))
    const c = mean(cs)
    const sd = Math.sqrt(cs.reduce((a, x) => a + (x - c) ** 2, 0) / (cs.length - 1))
    return figures(rng, plain(2), {
      stem: `Defects counted on 12 identical inspection units at ${client(rng)}: ${cs.join(', ')}. Using c-bar ± 3 √c-bar, what is the upper control limit of the c chart (two decimal places)?`,
      in: Object.fromEntries(cs.map((x, i) => [`c${i}`, x])),
      key: c + 3 * Math.sqrt(c),
      wrong: [
        ['sd', c + 3 * sd, 'uses the sample standard deviation of the counts instead of √c-bar'],
        ['noSqrt', 4 * c, 'uses c-bar itself as sigma, adding 3 × c-bar'],
        ['oneSigma', c + Math.sqrt(c), 'adds one sigma instead of three'],
        [
          'max',
          Math.max(...cs) + 3 * Math.sqrt(c),
          'starts from the largest count instead of the average',
        ],
      ],
    })
  }),
  family('u-chart-ucl', (rng) => {
    const days = 6
    const ns = Array.from({ length: days }, () => drawn(rng, 20, 120))
    const rate = drawn(rng, 5, 60) / 100
    const ds = ns.map((n) => Math.max(0, Math.round(n * rate * (0.6 + 0.8 * rng.next()))))
    const u = ds.reduce((a, d) => a + d, 0) / ns.reduce((a, n) => a + n, 0)
    const i = rng.int(0, days - 1)
    const ni = ns[i]!
    const nbar = mean(ns)
    const rates = mean(ds.map((d, j) => d / ns[j]!))
    return figures(rng, plain(3), {
      stem: `A u chart at ${client(rng)} tracks coding errors per claim. Claims audited by day: ${ns.join(', ')}; errors found: ${ds.join(', ')}. With u-bar as total errors over total claims and limits u-bar ± 3 √(u-bar / n), what is the upper control limit for day ${i + 1} (three decimal places)?`,
      in: {
        ...Object.fromEntries(ns.map((n, j) => [`n${j}`, n])),
        ...Object.fromEntries(ds.map((d, j) => [`d${j}`, d])),
        i,
      },
      key: u + 3 * Math.sqrt(u / ni),
      wrong: [
        [
          'avgN',
          u + 3 * Math.sqrt(u / nbar),
          'uses the average subgroup size instead of that day’s',
        ],
        ['noN', u + 3 * Math.sqrt(u), 'leaves the day’s sample size out'],
        [
          'meanRates',
          rates + 3 * Math.sqrt(rates / ni),
          'averages the daily rates instead of pooling errors over claims',
        ],
        [
          'pForm',
          u + 3 * Math.sqrt((u * (1 - u)) / ni),
          'uses the p chart’s binomial form for a count of defects',
        ],
      ],
    })
  }),
]

export const SPC_CHOICE_FAMILIES: readonly ScenarioFamily[] = CHARTS
