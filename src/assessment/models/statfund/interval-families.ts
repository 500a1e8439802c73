import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, figures, fmt, T_CRIT, Z_CRIT } from './calc.js'
import { analyst, client } from './draws.js'

const DFS = [9, 11, 14, 15, 19, 24, 29]

/** Confidence intervals: margins of error, sample sizes and what an interval says. */
export const INTERVAL_FAMILIES: readonly ScenarioFamily[] = [
  family('t-margin-for-a-small-sample-mean', (rng) => {
    const n = rng.pick(DFS) + 1
    const conf = rng.pick([90, 95, 99])
    const sd = rng.int(40, 160) / 10
    return figures(rng, {
      stem: `${analyst(rng)} measured ${n} randomly chosen deliveries for ${client(rng)}: mean ${fmt(rng.int(300, 600) / 10, 1)} min, sample SD ${sd} min. What is the margin of error of a ${conf} % confidence interval for the mean?`,
      key: ['tMargin', [conf, sd, n]],
      wrong: [
        [
          ['zMargin', [conf, sd, n]],
          'used a z critical value for a small sample with estimated SD',
        ],
        [
          ['tMargin', [conf, sd * Math.sqrt(n), n]],
          'multiplied by the SD instead of the standard error',
        ],
        [['tMargin', [conf, sd / Math.sqrt(n), n]], 'divided by n instead of the square root of n'],
        [['tMargin', [conf, sd / 2, n]], 'halved the margin as if it were the full width'],
        [['tMargin', [conf, sd * 2, n]], 'gave the interval’s full width as the margin'],
      ],
      dp: 2,
      show: (f) => `± ${f} min`,
    })
  }),
  family('margin-of-error-of-a-proportion', (rng) => {
    const n = rng.int(3, 20) * 100
    const p = rng.int(15, 75) / 100
    const conf = rng.pick([90, 95, 99])
    const other = conf === 95 ? 90 : 95
    return figures(rng, {
      stem: `In a random sample of ${fmt(n, 0)} of ${client(rng)}'s customers, ${fmt(p * 100, 0)} % would recommend it. What is the margin of error at ${conf} % confidence?`,
      key: ['propMargin', [conf, p, n]],
      wrong: [
        [['propMargin', [other, p, n]], `used the critical value for ${other} % confidence`],
        [
          ['product', [Z_CRIT[conf]!, (p * (1 - p)) / n]],
          'left out the square root in the standard error',
        ],
        [['propMargin', [conf, p, Math.sqrt(n)]], 'put √n where n goes under the square root'],
      ],
      dp: 1,
      scale: 100,
      show: (f) => `± ${f} points`,
    })
  }),
  family('sample-size-for-a-proportion', (rng) => {
    const conf = rng.pick([90, 95, 99])
    const e = rng.pick([0.02, 0.03, 0.04, 0.05])
    return figures(rng, {
      stem: `${client(rng)} wants a survey estimating a share to within ± ${e * 100} points at ${conf} % confidence, with no prior guess of the share. How many completed responses are needed?`,
      key: ['sampleSizeProp', [conf, 0.5, e]],
      wrong: [
        [['sampleSizeProp', [conf, 0.5, e * 2]], 'used the interval’s full width as the margin'],
        [['sampleSizeProp', [conf, 0.1, e]], 'assumed a 10 % share instead of the cautious 50 %'],
        [
          ['sampleSizeProp', [conf === 95 ? 99 : 95, 0.5, e]],
          `used the critical value for ${conf === 95 ? 99 : 95} % confidence`,
        ],
      ],
      dp: 0,
      show: (f) => `${f} responses`,
    })
  }),
  family('sample-size-for-a-mean', (rng) => {
    const conf = rng.pick([90, 95, 99])
    const sd = rng.int(8, 30)
    const e = rng.int(2, 5)
    return figures(rng, {
      stem: `From a pilot, spend per visit at ${client(rng)} has SD about £${sd}. How many visits must be sampled to estimate the mean within ± £${e} at ${conf} % confidence?`,
      key: ['sampleSizeMean', [conf, sd, e]],
      wrong: [
        [['sampleSizeMean', [conf, sd, e * 2]], 'used the interval’s full width as the margin'],
        [['sampleSizeMean', [conf, sd * sd, e]], 'put the variance where the SD goes'],
        [['product', [Z_CRIT[conf]!, sd, 1 / e]], 'forgot to square z times SD over the margin'],
        [['sampleSizeMean', [conf, sd, e / 2]], 'halved the margin, reading it as the full width'],
      ],
      dp: 0,
      show: (f) => `${f} visits`,
    })
  }),
  family('quadrupling-n-halves-the-margin', (rng) => {
    const n = rng.int(2, 9) * 100
    const m = rng.pick([4, 5, 6])
    return figures(rng, {
      stem: `A poll of ${n} people for ${client(rng)} has a margin of error of ± ${m} points. About how many people in total would halve the margin, all else equal?`,
      key: ['product', [n, 4]],
      wrong: [
        [['product', [n, 2]], 'thought the margin shrinks in proportion to n'],
        [['product', [n, Math.SQRT2]], 'took the square root of the factor instead of squaring it'],
        [['product', [n, 8]], 'cubed the factor instead of squaring it'],
        [['product', [n, 16]], 'squared the factor, then squared the result again'],
      ],
      dp: 0,
      show: (f) => `${f} people`,
    })
  }),
  family('standard-error-of-a-mean', (rng) => {
    const n = rng.pick([16, 25, 36, 49, 64, 100])
    const sd = rng.int(6, 30)
    return figures(rng, {
      stem: `A random sample of ${n} invoices from ${client(rng)} has SD £${sd}. What is the standard error of the sample mean?`,
      key: ['se', [sd, n]],
      wrong: [
        [['se', [sd, n * n]], 'divided the SD by n instead of its square root'],
        [['se', [sd * sd, n]], 'used the variance instead of the SD'],
        [['se', [sd, 1]], 'gave the SD of single invoices'],
      ],
      dp: 2,
      show: (f) => `£${f}`,
    })
  }),
  family('subgroup-margin-is-wider', (rng) => {
    const n = rng.int(8, 20) * 100
    const share = rng.pick([0.2, 0.25, 0.3])
    const m = Math.round(n * share)
    const p = rng.int(30, 70) / 100
    return figures(rng, {
      stem: `A random sample of ${fmt(n, 0)} for ${client(rng)} includes ${m} under-30s, of whom ${fmt(p * 100, 0)} % prefer the new logo. What is the 95 % margin of error for that subgroup’s share?`,
      key: ['propMargin', [95, p, m]],
      wrong: [
        [['propMargin', [95, p, n]], 'used the whole sample’s size for a subgroup'],
        [['propMargin', [90, p, m]], 'used the 90 % critical value'],
        [
          ['propMargin', [95, p, m * 4]],
          'halved the margin as if the subgroup were four times as large',
        ],
        [['propMargin', [99, p, m]], 'used the 99 % critical value'],
        [['product', [1.96, (p * (1 - p)) / m]], 'left out the square root in the standard error'],
      ],
      dp: 1,
      scale: 100,
      show: (f) => `± ${f} points`,
    })
  }),
  family('meaning-of-a-confidence-interval', (rng) => {
    const lo = rng.int(20, 40)
    const hi = lo + rng.int(4, 12)
    return {
      stem: `${analyst(rng)} reports a 95 % CI of £${lo} to £${hi} for ${client(rng)}'s mean order value. Which reading is right?`,
      key: `The method gives intervals holding the true mean 95 % of the time`,
      wrong: [
        [
          `95 % of individual orders lie between £${lo} and £${hi}`,
          'read an interval for the mean as one for individuals',
        ],
        [
          `There is a 95 % chance the sample mean is inside it`,
          'thought the interval is about the sample mean',
        ],
        [
          `A repeat sample’s mean is 95 % sure to fall in it`,
          'read it as a prediction of the next sample',
        ],
        [
          `The true mean is certainly between £${lo} and £${hi}, as the interval was built to contain it`,
          'treated one computed interval as certain to hold the mean',
        ],
      ],
    }
  }),
  family('higher-confidence-wider-interval', (rng) => ({
    stem: `${client(rng)} asks for a 99 % instead of a 95 % confidence interval from the same data. What changes?`,
    key: 'The interval gets wider, to be right more often',
    wrong: [
      ['The interval gets narrower, as it is more precise', 'confused confidence with precision'],
      [
        'Nothing, as the same data give the same interval',
        'thought the level does not enter the interval',
      ],
      ['The centre moves up by 4 % of the estimate', 'thought the level shifts the estimate'],
      [
        'A new, larger sample is needed, since a 99 % interval cannot come from the same data',
        'thought a higher level needs new data',
      ],
    ],
  })),
  family('difference-interval-containing-zero', (rng) => {
    const lo = -rng.int(5, 30) / 10
    const hi = rng.int(10, 60) / 10
    return {
      stem: `A 95 % CI for (new − old) page conversion at ${client(rng)} is ${fmt(lo, 1)} to ${fmt(hi, 1)} points. What do you tell the client?`,
      key: 'No clear difference at 5 %: zero is a plausible value',
      wrong: [
        [
          'The new page is better: most of the interval is positive',
          'read the interval’s bulk instead of whether it holds zero',
        ],
        [
          'The pages perform exactly the same: zero is inside',
          'read no evidence of a difference as proof of none',
        ],
        [
          `The new page adds ${fmt((lo + hi) / 2, 1)} points, certain at 95 %`,
          'reported the midpoint as a certain effect',
        ],
        [
          'A clear difference at 5 %, as the interval is wider than it is far from zero',
          'misread the interval’s width as evidence',
        ],
      ],
    }
  }),
  family('poll-lead-inside-the-margin', (rng) => {
    const a = rng.int(44, 50)
    const b = a + rng.int(1, 2)
    const m = rng.pick([3, 4])
    return {
      stem: `A poll for ${client(rng)} shows option B at ${b} % and option A at ${a} %, margin of error ± ${m} points on each. How should the headline read?`,
      key: 'Too close to call: the lead is within the error',
      wrong: [
        ['B is ahead and will win the vote', 'read a lead inside the error as a sure lead'],
        [
          `B is ahead: its lead could be as large as ${b - a + 2 * m} points`,
          'treated the largest possible lead as proof',
        ],
        [
          'A is really ahead, once the margin is allowed for',
          'read the margin as pointing one way',
        ],
      ],
    }
  }),
  family('prediction-versus-confidence-interval', (rng) => ({
    stem: `${client(rng)} asks for a range for the repair time of the next single job, from 200 past jobs. Which interval do you give?`,
    key: 'A prediction interval for one new job',
    wrong: [
      [
        'A confidence interval for the mean repair time',
        'gave the uncertainty of the mean for a single job',
      ],
      [
        'The mean plus and minus one standard error',
        'used the standard error for an individual’s spread',
      ],
      [
        'The minimum and the maximum of the past 200 jobs',
        'gave the range, set by the two most extreme jobs',
      ],
      ['The median of the 200 jobs', 'gave a single typical value instead of a range'],
    ],
  })),
  family('t-critical-value-from-a-table', (rng) => {
    const df = rng.pick(DFS)
    const conf = rng.pick([90, 95, 99])
    const other = conf === 99 ? 95 : 99
    return {
      stem: `${analyst(rng)} builds a ${conf} % confidence interval for a mean from ${df + 1} observations at ${client(rng)}. Which critical value goes in it?`,
      key: `t = ${fmt(T_CRIT[conf]![df]!, 3)} on ${df} degrees of freedom`,
      wrong: [
        [
          `z = ${fmt(({ 90: 1.645, 95: 1.96, 99: 2.576 } as Record<number, number>)[conf]!, 3)} from the normal table`,
          'used z for a small sample with estimated SD',
        ],
        [
          `t = ${fmt(T_CRIT[other]![df]!, 3)} on ${df} degrees of freedom`,
          `used the ${other} % column of the table`,
        ],
        [
          `t = ${fmt(tNextDf(conf, df), 3)} on ${nextDf(df)} degrees of freedom`,
          'used a different number of degrees of freedom',
        ],
      ],
    }
  }),
  family('margin-ignores-bias', (rng) => {
    // Up to 30,000 responses: a random sample that large still has a margin above ± 0.5.
    const n = rng.int(5, 30) * 1000
    return {
      stem: `${client(rng)} ran an opt-in web poll with ${fmt(n, 0)} responses and quotes a ± 1 point margin of error. What is the main problem with that margin?`,
      key: 'It covers chance error only, not opt-in selection bias',
      wrong: [
        [
          'It is too wide; so many responses give under ± 0.5',
          'trusted sample size over how the sample was drawn',
        ],
        [
          'It should be ± 5 points for any web survey',
          'thought a margin depends on the survey mode',
        ],
        [
          'It needs the population size, not the sample’s',
          'thought the population size drives the margin',
        ],
        [
          'Nothing: the margin of error covers every source of error in a poll',
          'thought the margin covers all sources of error',
        ],
      ],
    }
  }),
]

function nextDf(df: number): number {
  const i = DFS.indexOf(df)
  return DFS[i === DFS.length - 1 ? i - 1 : i + 1]!
}
function tNextDf(conf: number, df: number): number {
  return T_CRIT[conf]![nextDf(df)]!
}
