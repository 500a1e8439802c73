import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  classify,
  client,
  drawn,
  family,
  figures,
  pct,
  plain,
  statements,
} from './lss-text.js'

// Analyze: Pareto analysis by frequency (Juran's vital few, with the cut the stem states), the
// fishbone's 6M categories (Ishikawa; ASQ "Fishbone diagram": methods, machines, people,
// materials, measurement, environment), the choice of hypothesis test by the data types of X and
// Y (ASQ Green Belt body of knowledge, Analyze; Montgomery and Runger, Applied Statistics and
// Probability for Engineers, ch. 9–11), and reading correlation and simple linear regression.

const CAUSES = [
  'label misprints',
  'wrong quantity',
  'damaged packaging',
  'late dispatch',
  'wrong address',
  'missing paperwork',
  'wrong item',
  'billing error',
] as const

const paretoData = (rng: Parameters<ScenarioFamily['draw']>[0]) => {
  const k = rng.int(6, 8)
  const names = rng.shuffle([...CAUSES]).slice(0, k)
  const counts = names.map(() => drawn(rng, 5, 200))
  return { names, counts }
}
const order = (w: readonly number[]) => w.map((_, i) => i).sort((a, b) => w[b]! - w[a]! || a - b)
const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0)
const FISHBONE = classify(
  'fishbone',
  {
    Methods: {
      names: ['Methods', 'Method', 'Methods (procedures)'],
      gloss: 'covers how the work is done: procedures and instructions',
      cases: [
        'the work instruction lets each operator choose the order of the assembly steps',
        'there is no written procedure for checking a claim before it is paid',
      ],
    },
    Machines: {
      names: ['Machines', 'Machine', 'Machines (equipment)'],
      gloss: 'covers equipment and tools',
      cases: [
        'the press loses hydraulic pressure as it warms up during the shift',
        'the label printer’s print head skips when it has not been cleaned',
      ],
    },
    People: {
      names: ['People', 'Manpower (people)', 'People (personnel)'],
      gloss: 'covers the skills and state of the people doing the work',
      cases: [
        'temporary staff start on the line without the two-day induction',
        'the operator on the new press has not yet been trained to read its set-up sheet',
      ],
    },
    Materials: {
      names: ['Materials', 'Material', 'Materials (inputs)'],
      gloss: 'covers the inputs consumed by the process',
      cases: [
        'resin from the new supplier arrives with higher moisture content',
        'the cardboard cartons from one batch are thinner than specified',
      ],
    },
    Measurement: {
      names: ['Measurement', 'Measurements', 'Measurement (gauges and data)'],
      gloss: 'covers gauges, inspection and data',
      cases: [
        'the final-inspection gauge has not been calibrated for a year',
        'the scale that weighs finished packs reads in 5 g steps, too coarse for a 2 g tolerance',
      ],
    },
    Environment: {
      names: ['Environment', 'Mother Nature (environment)', 'Environment (surroundings)'],
      gloss: 'covers conditions around the process',
      cases: [
        'humidity in the summer months makes the labels curl',
        'the packing area is cold in winter and the adhesive sets too slowly',
      ],
    },
  },
  (rng, c) =>
    `A team at ${client(rng)} brainstorms causes of defects on a fishbone diagram with the 6M categories. Under which bone does this cause go: ${c}?`,
)

const TESTS = classify(
  'test-choice',
  {
    'Two-sample t-test': {
      names: ['Two-sample t-test', '2-sample t-test', 'Two-sample t-test of means'],
      gloss: 'compares the means of two independent groups',
      cases: [
        'whether mean fill weight differs between two filling machines, with 30 independent, roughly normal readings from each',
        'whether average call handling time differs between two teams, from separate samples of calls',
      ],
      alsoRight: ['One-way ANOVA', 'Mann-Whitney test'],
    },
    'Paired t-test': {
      names: ['Paired t-test', 'Paired-sample t-test', 't-test on paired differences'],
      gloss: 'compares two measurements taken on the same units',
      cases: [
        'whether the same 12 operators assemble faster after training than before it',
        'whether two gauges read alike when each of 20 parts is measured on both',
      ],
    },
    'One-way ANOVA': {
      names: [
        'One-way ANOVA F-test',
        'One-way ANOVA test',
        'ANOVA F-test (one factor)',
        'One-way ANOVA',
      ],
      gloss: 'compares the means of three or more groups',
      cases: [
        'whether mean cycle time differs among four suppliers’ parts, with normal data and similar spread',
        'whether average order value differs among three regions',
      ],
    },
    'Chi-square test': {
      names: [
        'Chi-square test of independence',
        'Chi-square test',
        'Chi-square test of association',
      ],
      gloss: 'tests whether two categorical variables are related',
      cases: [
        'whether the type of defect (four types) is related to the shift (three shifts), from a table of counts',
        'whether the complaint category (five categories) depends on the sales channel (three channels)',
      ],
      alsoRight: ['Two-proportion test'],
    },
    'Two-proportion test': {
      names: ['Two-proportion test', '2-proportion z-test', 'Test of two proportions'],
      gloss: 'compares a pass/fail rate between two groups',
      cases: [
        'whether the share of late deliveries differs between two carriers, each delivery scored late or on time',
        'whether the first-call resolution rate differs between two sites, each call resolved or not',
      ],
      alsoRight: ['Chi-square test'],
    },
    'Simple linear regression': {
      names: [
        'Simple linear regression test',
        'Regression t-test on the slope',
        'Linear regression (slope test)',
      ],
      gloss: 'models a continuous Y from a continuous X',
      cases: [
        'how much drying time changes per degree of oven temperature, both measured on a continuous scale',
        'how delivery time grows with distance in kilometres, to predict it for new routes',
      ],
    },
    'Mann-Whitney test': {
      names: ['Mann-Whitney test', 'Mann-Whitney U test', 'Wilcoxon rank-sum (Mann-Whitney) test'],
      gloss: 'compares the medians of two independent groups without assuming normality',
      cases: [
        'whether repair times, heavily right-skewed, differ in median between two workshops with 15 jobs each',
        'whether 1-to-5 satisfaction ratings differ between customers of two branches',
      ],
      alsoRight: ['Chi-square test'],
    },
    'Test for equal variances': {
      distractorOnly: true,
      names: [
        'Test for equal variances',
        'Levene’s test for equal variances',
        'Equal-variances (Levene) test',
      ],
      gloss: 'compares the spread of groups',
      cases: [
        'whether the new nozzle reduces the spread of fill weights compared with the old one, the mean aside',
        'whether three operators differ in the variability of their measurements',
      ],
    },
    'One-sample t-test': {
      names: ['One-sample t-test', '1-sample t-test', 't-test against a target'],
      gloss: 'compares one group’s mean with a target value',
      cases: [
        'whether the mean length of today’s 25 cut pieces differs from the 500 mm target',
        'whether average processing time of a sample of 40 claims meets the 3-day standard',
      ],
    },
  },
  (rng, c) => `A Green Belt at ${client(rng)} needs to test ${c}. Which test fits the data?`,
)

export const ANALYZE_FAMILIES: readonly ScenarioFamily[] = [
  ...FISHBONE,
  ...TESTS,
  family('pareto-top-three-share', (rng) => {
    const { names, counts } = paretoData(rng)
    const by = order(counts)
    const total = sum(counts)
    return figures(rng, pct(1), {
      stem: `Defect counts by type at ${client(rng)}: ${names.map((n, i) => `${n} ${counts[i]}`).join(', ')}. On the Pareto chart, what cumulative percentage do the three tallest bars reach (one decimal place)?`,
      in: Object.fromEntries(counts.map((c, i) => [`n${i}`, c])),
      key: sum(by.slice(0, 3).map((i) => counts[i]!)) / total,
      wrong: [
        [
          'listed',
          sum(counts.slice(0, 3)) / total,
          'takes the first three categories as listed, not the tallest',
        ],
        [
          'third',
          counts[by[2]!]! / total,
          'gives the third bar’s own share, not the cumulative share',
        ],
        [
          'two',
          sum(by.slice(0, 2).map((i) => counts[i]!)) / total,
          'stops after the two tallest bars',
        ],
        [
          'ofRest',
          sum(by.slice(0, 3).map((i) => counts[i]!)) / sum(by.slice(3).map((i) => counts[i]!)),
          'divides by the remaining categories instead of the total',
        ],
      ],
    })
  }),
  family('regression-predict', (rng) => {
    const b0 = drawn(rng, 5, 60) / 2
    const b1 = drawn(rng, 3, 40) / 10
    const x = drawn(rng, 10, 90)
    const xname = rng.pick([
      'oven temperature above 150 °C',
      'distance in km',
      'batch size in hundreds',
    ])
    return figures(rng, plain(2), {
      stem: `A regression at ${client(rng)} of cycle time (minutes) on ${xname} gives: cycle time = ${b0} + ${b1} × X. What cycle time does it predict at X = ${x} (two decimal places)?`,
      in: { b0, b1, x },
      key: b0 + b1 * x,
      wrong: [
        ['noIntercept', b1 * x, 'leaves out the intercept'],
        ['swap', b1 + b0 * x, 'swaps the slope and the intercept'],
        ['solveX', (x - b0) / b1, 'solves for X as if the value given were the cycle time'],
        ['sum', b0 + b1 + x, 'adds the slope to X instead of multiplying'],
      ],
    })
  }),
  family('r-from-r-squared', (rng) => {
    const r2 = drawn(rng, 10, 95) / 100
    const neg = rng.next() < 0.5
    const r = (neg ? -1 : 1) * Math.sqrt(r2)
    return figures(rng, (v) => (v < 0 ? `−${Math.abs(v).toFixed(3)}` : v.toFixed(3)), {
      stem: `A simple linear regression at ${client(rng)} has R² = ${r2.toFixed(2)} and a ${neg ? 'negative' : 'positive'} slope (defects ${neg ? 'fall' : 'rise'} as training hours ${neg ? 'rise' : 'rise too'}). What is the correlation coefficient r (three decimal places)?`,
      in: { r2, neg: neg ? 1 : 0 },
      signed: true,
      key: r,
      wrong: [
        ['sign', -r, 'gives r the wrong sign for the slope'],
        ['r2', (neg ? -1 : 1) * r2, 'takes R² itself as r'],
        ['r2Unsigned', r2, 'takes R² as r and drops the sign'],
        ['squared', (neg ? -1 : 1) * r2 ** 2, 'squares R² instead of taking its root'],
      ],
    })
  }),
  family('pearson-r', (rng) => {
    const n = 6
    const xs = Array.from({ length: n }, () => drawn(rng, 1, 20))
    const slope = ((rng.next() < 0.5 ? -1 : 1) * drawn(rng, 5, 30)) / 10
    const ys = xs.map((x) => Math.round(30 + slope * x + (rng.next() - 0.5) * drawn(rng, 4, 20)))
    const mx = sum(xs) / n
    const my = sum(ys) / n
    const sxy = sum(xs.map((x, i) => (x - mx) * (ys[i]! - my)))
    const sxx = sum(xs.map((x) => (x - mx) ** 2))
    const syy = sum(ys.map((y) => (y - my) ** 2))
    const r = sxy / Math.sqrt(sxx * syy)
    return figures(rng, (v) => (v < 0 ? `−${Math.abs(v).toFixed(3)}` : v.toFixed(3)), {
      stem: `Paired readings at ${client(rng)}, X: ${xs.join(', ')}; Y: ${ys.join(', ')}. What is the Pearson correlation coefficient r (three decimal places)?`,
      in: {
        ...Object.fromEntries(xs.map((x, i) => [`x${i}`, x])),
        ...Object.fromEntries(ys.map((y, i) => [`y${i}`, y])),
      },
      signed: true,
      key: r,
      wrong: [
        ['r2', r * r, 'gives R², the square of r'],
        ['slope', sxy / sxx, 'gives the regression slope of Y on X'],
        ['xOnY', sxy / syy, 'gives the slope of X on Y'],
        ['sign', -r, 'gets the direction of the relationship wrong'],
      ],
    })
  }),
  family('confidence-interval-upper', (rng) => {
    const n = rng.pick([10, 16, 20, 25])
    const t = { 10: 2.262, 16: 2.131, 20: 2.093, 25: 2.064 }[n]!
    const m = drawn(rng, 200, 900) / 10
    const s = drawn(rng, 10, 80) / 10
    return figures(rng, plain(2), {
      stem: `A sample of ${n} cycle times at ${client(rng)} has mean ${m.toFixed(1)} minutes and standard deviation ${s.toFixed(1)}. With t = ${t} (95%, ${n - 1} degrees of freedom), what is the upper end of the 95% confidence interval for the mean (two decimal places)?`,
      in: { n, t, m, s },
      key: m + (t * s) / Math.sqrt(n),
      wrong: [
        ['noSqrt', m + t * s, 'uses the standard deviation instead of the standard error'],
        ['z', m + (1.96 * s) / Math.sqrt(n), 'uses the normal 1.96 instead of the t value stated'],
        ['overN', m + (t * s) / n, 'divides by n instead of √n'],
        ['lower', m - (t * s) / Math.sqrt(n), 'gives the lower end of the interval'],
      ],
    })
  }),
  family('p-value-decision', (rng) => {
    const alpha = rng.pick([0.05, 0.01, 0.1])
    const reject = rng.next() < 0.5
    const p = reject
      ? Number((alpha * rng.pick([0.1, 0.3, 0.5, 0.8])).toFixed(3))
      : Number((alpha * rng.pick([1.4, 2, 3, 5])).toFixed(3))
    const rej = [
      'Reject the null hypothesis: the data show a significant difference in means',
      'Reject H0: there is evidence the two machines’ means differ',
    ]
    const keep = [
      'Fail to reject H0: the data do not show a significant difference in means',
      'Fail to reject the null hypothesis: no evidence the two means differ',
    ]
    return statements(rng, {
      stem: `A two-sample t-test at ${client(rng)} compares two machines’ mean output (H0: the means are equal), at a significance level of ${alpha}. The p-value is ${p}. What should the Green Belt conclude?`,
      key: rng.pick(reject ? rej : keep),
      wrong: [
        [
          rng.pick(reject ? keep : rej),
          reject
            ? 'reads a p-value below alpha as no evidence'
            : 'reads a p-value above alpha as significant',
        ],
        [
          'Accept H0: the test proves the two machines have equal means',
          'treats failing to reject as proof of the null hypothesis',
        ],
        [
          `Conclude there is a ${((1 - p) * 100).toFixed(1)}% chance that the means differ`,
          'reads 1 − p as the probability the alternative is true',
        ],
        [
          `Conclude there is a ${(p * 100).toFixed(1)}% chance the null hypothesis is true`,
          'reads the p-value as the probability the null is true',
        ],
      ],
    })
  }),
  family('correlation-not-causation', (rng) =>
    statements(rng, {
      stem: `${Client(rng)}'s data show a strong positive correlation (r = 0.86) between the number of inspectors on a shift and the number of defects found. What may the Green Belt conclude from this alone?`,
      key: rng.pick([
        'They are associated, but the data alone do not show causation',
        'A link, not proof of cause: a cause must still be tested',
      ]),
      wrong: [
        [
          'Adding inspectors causes defects, so inspection staff should be cut',
          'reads a correlation as cause and effect',
        ],
        [
          'Defects cause more inspectors to be hired, so defects drive staffing',
          'infers the reverse direction of cause from a correlation',
        ],
        [
          'About 86% of the variation in defects is explained by inspector numbers',
          'reads r as R², which is r squared',
        ],
        [
          'Nothing: the correlation proves the two are unrelated',
          'misreads a strong r as no relation',
        ],
        [
          'The two have a perfect straight-line relationship',
          'takes a strong correlation for a perfect one',
        ],
      ],
    }),
  ),
]
