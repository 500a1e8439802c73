import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { either, family, figures, fmt, round } from './calc.js'
import { analyst, client, ints, list } from './draws.js'

/** Descriptive statistics: computing the right summary and choosing which one to report. */
export const DESCRIBE_FAMILIES: readonly ScenarioFamily[] = [
  family('median-of-an-even-count-list', (rng) => {
    const xs = ints(rng, rng.pick([6, 8]), 12, 95)
    return figures(rng, {
      stem: `${client(rng)} sends the delivery times in minutes of its last ${xs.length} orders: ${list(xs)}. What is the median delivery time?`,
      key: ['median', xs],
      wrong: [
        [['mean', xs], 'reported the mean when the median was asked for'],
        [
          ['mean', xs.slice(xs.length / 2 - 1, xs.length / 2 + 1)],
          'took the middle of the list without sorting it',
        ],
        [['median', xs.slice(0, -1)], 'dropped the last value to get an odd count'],
      ],
      dp: 1,
      show: (f) => `${f} minutes`,
    })
  }),
  family('sample-standard-deviation', (rng) => {
    const xs = ints(rng, rng.int(5, 7), 20, 60)
    return figures(rng, {
      stem: `${analyst(rng)} has a sample of ${xs.length} weekly sales counts from ${client(rng)}: ${list(xs)}. What is the sample standard deviation?`,
      key: ['sd', xs],
      wrong: [
        [['sdPop', xs], 'divided by n instead of n − 1 for a sample'],
        [['variance', xs], 'reported the variance, forgetting the square root'],
        [
          ['se', [Math.sqrt(evaluateVariance(xs)), xs.length]],
          'reported the standard error of the mean',
        ],
        [['mad', xs], 'gave the mean absolute deviation'],
        [
          ['pow', [evaluateVariance(xs) * (xs.length - 1), 0.5]],
          'took the root of the sum of squares without dividing',
        ],
      ],
      dp: 2,
    })
  }),
  family('z-score-of-one-value', (rng) => {
    const mu = rng.int(40, 80)
    const sd = rng.int(4, 12)
    const x = mu + rng.pick([-1, 1]) * rng.int(1, 25)
    return figures(rng, {
      stem: `Satisfaction scores at ${client(rng)} average ${mu} with a standard deviation of ${sd}. One branch scores ${x}. What is its z-score?`,
      key: ['zScore', [x, mu, sd]],
      wrong: [
        [['zScore', [x, mu, sd * sd]], 'divided by the variance instead of the standard deviation'],
        [['zScore', [mu, x, sd]], 'subtracted the wrong way round'],
        [['zScore', [x, 0, sd]], 'divided the raw score by the SD without subtracting the mean'],
      ],
      dp: 2,
    })
  }),
  family('weighted-average-price', (rng) => {
    const p = [rng.int(20, 40), rng.int(41, 70), rng.int(71, 99)]
    const u = [rng.int(50, 400), rng.int(50, 400), rng.int(50, 400)]
    return figures(rng, {
      stem: `${client(rng)} sold ${u[0]} units at £${p[0]}, ${u[1]} at £${p[1]} and ${u[2]} at £${p[2]}. What was the average price per unit sold?`,
      key: ['weightedMean', [p[0]!, u[0]!, p[1]!, u[1]!, p[2]!, u[2]!]],
      wrong: [
        [['mean', p], 'averaged the three prices without weighting by units'],
        [
          ['weightedMean', [u[0]!, p[0]!, u[1]!, p[1]!, u[2]!, p[2]!]],
          'weighted the unit counts by price instead',
        ],
        [['median', p], 'reported the middle price'],
      ],
      dp: 2,
      show: (f) => `£${f}`,
    })
  }),
  family('overall-rate-from-groups', (rng) => {
    const v = [rng.int(2, 9) * 1000, rng.int(1, 4) * 100]
    const c = [
      Math.round((v[0]! * rng.int(10, 30)) / 1000),
      Math.round((v[1]! * rng.int(60, 120)) / 1000),
    ]
    const rates = [c[0]! / v[0]!, c[1]! / v[1]!]
    return figures(rng, {
      stem: `${client(rng)}'s web shop had ${fmt(v[0]!, 0)} visitors from ads with ${c[0]} purchases and ${fmt(v[1]!, 0)} visitors from its newsletter with ${c[1]} purchases. What is the overall conversion rate?`,
      key: ['ratio', [c[0]! + c[1]!, v[0]! + v[1]!, 100]],
      wrong: [
        [
          ['mean', [rates[0]! * 100, rates[1]! * 100]],
          'averaged the two rates, ignoring group sizes',
        ],
        [['ratio', [rates[0]! + rates[1]!, 1, 100]], 'added the two rates'],
        [['ratio', [c[0]! + c[1]!, v[0]!, 100]], 'divided by the larger group’s visitors only'],
      ],
      dp: 2,
      show: (f) => `${f} %`,
    })
  }),
  family('upper-outlier-fence', (rng) => {
    const q1 = rng.int(20, 40)
    const q3 = q1 + rng.int(8, 30)
    const med = rng.int(q1 + 2, q3 - 2)
    return figures(rng, {
      stem: `For invoice amounts at ${client(rng)} (in £), Q1 is ${q1}, the median ${med} and Q3 is ${q3}. Using Tukey’s 1.5 × IQR rule, above what amount is an invoice flagged as an outlier?`,
      key: ['fence', [q1, q3, 1.5, q3]],
      wrong: [
        [['fence', [q1, q3, 1.5, med]], 'added 1.5 × IQR to the median instead of Q3'],
        [['fence', [q1, q3, 3, q3]], 'used the 3 × IQR fence for extreme outliers'],
        [['fence', [q1, q3, 1, q3]], 'added one IQR instead of one and a half'],
        [['fence', [0, q3, 1.5, 0]], 'multiplied Q3 by 1.5 instead of adding 1.5 × IQR to it'],
        [['fence', [q1, q3, 0, q3]], 'flagged every invoice above Q3'],
      ],
      dp: 1,
      show: (f) => `£${f}`,
    })
  }),
  family('empirical-rule-interval', (rng) => {
    const mu = rng.int(30, 90) * 10
    const sd = rng.int(3, 12) * 10
    const iv = (k: number) => `£${fmt(mu - k * sd, 0)} to £${fmt(mu + k * sd, 0)}`
    return {
      stem: `Monthly spend per customer at ${client(rng)} is roughly normal with mean £${mu} and standard deviation £${sd}. Between which amounts do about 95 % of customers fall?`,
      key: iv(2),
      wrong: [
        [iv(1), 'used one SD, the range holding about 68 %'],
        [iv(3), 'used three SDs, the range holding about 99.7 %'],
        [`£${fmt(mu - 2 * sd, 0)} to £${fmt(mu, 0)}`, 'took only the lower half of the interval'],
      ],
    }
  }),
  family('percentage-points-versus-percent', (rng) => {
    const a = rng.int(2, 9)
    const b = a + rng.int(1, 3)
    const d = b - a
    const rel = fmt((d / a) * 100, 0)
    // The key states the change either in points or in relative terms; the wrong answers are
    // each one clause long as well, so no option is the blend of the others.
    const inPoints = rng.next() < 0.5
    return {
      stem: `${client(rng)}'s sign-up rate rose from ${a} % to ${b} %. Which sentence reports the change correctly?`,
      key: inPoints
        ? `It rose by ${d} percentage ${d === 1 ? 'point' : 'points'}`
        : `It rose by ${rel} % of its old level`,
      wrong: [
        [`It rose by ${d} % of its old level`, 'took the point change as the relative change'],
        [`It rose by ${rel} percentage points`, 'called the relative change a change in points'],
        [`It rose by ${fmt((b / a) * 100, 0)} %`, 'gave the ratio of the rates as the rise'],
        [
          `It rose by ${fmt((d / b) * 100, 0)} % of its old level`,
          'divided the change by the new rate instead of the old',
        ],
      ],
    }
  }),
  family('summary-for-skewed-amounts', (rng) => {
    const what = rng.pick(['household incomes', 'house prices', 'order values', 'donation sizes'])
    return {
      stem: `${client(rng)} wants one figure for the “typical” ${what.replace(/s$/, '')} in its data; a few values are many times larger than the rest. Which summary do you report, and why?`,
      key: `The median, as the few very large ${what} barely move it.`,
      wrong: [
        [
          `The mean, as it is the only summary that uses every value.`,
          'reported the mean of strongly skewed data',
        ],
        [
          `The mode, since it is the ${either(rng, 'value', 'amount')} that occurs most often.`,
          'chose the mode for continuous amounts',
        ],
        [
          `The midrange, halfway between the smallest and largest.`,
          'chose the summary driven most by the extremes',
        ],
      ],
    }
  }),
  family('summary-for-likert-ratings', (rng) => {
    const scale = rng.pick([
      '1 (very poor) to 5 (very good)',
      '1 (strongly disagree) to 5 (strongly agree)',
    ])
    return {
      stem: `A survey for ${client(rng)} asks ratings on a scale from ${scale}. Which summary is the most defensible headline for one question?`,
      key: 'The median rating with the share in each category',
      wrong: [
        [
          'The mean rating to two decimals, with its SD',
          'treated ordinal ratings as equally spaced numbers',
        ],
        [
          'The sum of all ratings given by respondents',
          'reported a total that grows with the sample size',
        ],
        ['The highest and lowest rating given by anyone', 'reported only the extremes'],
        [
          'The mean rating, as averages are what clients expect to see in a report',
          'chose the familiar summary over the fitting one',
        ],
      ],
    }
  }),
  family('standard-deviation-versus-standard-error', (rng) => {
    const n = rng.int(40, 300)
    return {
      stem: `${analyst(rng)} summarises basket sizes of ${n} shoppers for ${client(rng)}. The client asks how much individual shoppers differ from each other. Which figure answers that?`,
      key: 'The standard deviation of basket sizes',
      wrong: [
        [
          'The standard error of the mean basket',
          'gave the precision of the mean instead of the spread',
        ],
        [
          'The 95 % confidence interval for the mean',
          'gave the uncertainty of the mean, not individual spread',
        ],
        [`The mean basket size of the ${n} shoppers`, 'gave a centre instead of a spread'],
      ],
    }
  }),
  family('mean-above-median-means-right-skew', (rng) => {
    const med = rng.int(20, 60)
    const mean = med + rng.int(8, 30)
    return {
      stem: `Time on site at ${client(rng)}: median ${med} s, mean ${mean} s. What does this most likely tell you about the distribution?`,
      key: 'It is skewed right: a long tail of long visits',
      wrong: [
        ['It is skewed left: a long tail of short visits', 'read the direction of skew backwards'],
        ['It is symmetric, so either summary will do', 'ignored the gap between mean and median'],
        ['Most visits last longer than the mean does', 'thought most values lie above the mean'],
      ],
    }
  }),
  family('percentile-reading', (rng) => {
    const p = rng.pick([70, 75, 80, 85, 90])
    return {
      stem: `One of ${client(rng)}'s branches scores at the ${p}th percentile of all its branches. What does that mean?`,
      key: `It scored higher than about ${p} % of branches`,
      wrong: [
        [`It got ${p} % of the maximum score available`, 'read a percentile as a percentage score'],
        [
          `It scored lower than about ${p} % of all the other branches`,
          'read the percentile the wrong way round',
        ],
        [
          `It is ${p - 50} points above the average branch`,
          'read the percentile as distance from the mean',
        ],
        [
          `It is ranked ${p}th from the top among all the branches`,
          'read the percentile as a rank position',
        ],
      ],
    }
  }),
  family('shift-and-scale-of-summaries', (rng) => {
    const mean = rng.int(20, 60)
    const sd = rng.int(3, 9)
    const add = rng.int(2, 8)
    return {
      stem: `Prices at ${client(rng)} have mean £${mean} and SD £${sd}. Every price is raised by a flat £${add}. What are the new mean and SD?`,
      key: `Mean £${mean + add}, SD £${sd}`,
      wrong: [
        [`Mean £${mean + add}, SD £${sd + add}`, 'added the constant to the spread as well'],
        [`Mean £${mean}, SD £${sd}`, 'thought a flat rise changes neither summary'],
        [
          `Mean £${mean + add}, SD £${fmt(Math.sqrt(sd * sd + add * add), 2)}`,
          'added the constant in quadrature to the SD',
        ],
        [`Mean £${mean}, SD £${sd + add}`, 'moved the spread instead of the centre'],
      ],
    }
  }),
  family('coefficient-of-variation', (rng) => {
    const mean = rng.int(40, 200)
    const sd = round((mean * rng.int(5, 35)) / 100, 1)
    return figures(rng, {
      stem: `Daily visitors at one of ${client(rng)}'s sites average ${mean} with SD ${sd}. To compare its variability with much larger sites, what is its coefficient of variation?`,
      key: ['ratio', [sd, mean, 100]],
      wrong: [
        [['ratio', [mean, sd, 100]], 'divided the mean by the SD'],
        [['ratio', [sd * sd, mean, 100]], 'divided the variance by the mean'],
        [['ratio', [sd, mean + sd, 100]], 'divided by the mean plus one SD'],
      ],
      dp: 1,
      show: (f) => `${f} %`,
    })
  }),
  family('outlier-moves-the-mean-not-the-median', (rng) => {
    const n = rng.int(9, 15)
    return {
      stem: `${analyst(rng)} finds that one of ${n} monthly invoice totals for ${client(rng)} was keyed with an extra zero, ten times too large. Once corrected, what happens to the summaries?`,
      key: 'The mean falls a lot; the median barely changes',
      wrong: [
        [
          'The median falls a lot; the mean barely changes',
          'swapped which summary resists outliers',
        ],
        [
          'Each summary falls by about a tenth of the error',
          'thought both summaries share the error equally',
        ],
        [
          'Neither changes, as only one value of many moved',
          'thought one value cannot move any summary',
        ],
      ],
    }
  }),
]

function evaluateVariance(xs: readonly number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1)
}
