import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { either, family, figures, fmt } from './calc.js'
import { analyst, client } from './draws.js'

const pct = (f: string) => `${f} %`

/** Probability: the normal and binomial models, conditional probability and expected value. */
export const PROBABILITY_FAMILIES: readonly ScenarioFamily[] = [
  family('normal-share-below-a-value', (rng) => {
    const mu = rng.int(30, 60)
    const sd = rng.int(4, 9)
    const x = mu - rng.int(2, 12)
    return figures(rng, {
      stem: `Call handling times at ${client(rng)} are roughly normal, mean ${mu} min, SD ${sd} min. What share of calls take less than ${x} min?`,
      key: ['normBelow', [x, mu, sd]],
      wrong: [
        [['normAbove', [x, mu, sd]], 'took the upper tail instead of the lower'],
        [['normBelow', [x, mu, sd * sd]], 'standardised with the variance instead of the SD'],
        [['normBetween', [x, mu, mu, sd]], 'took only the area between the value and the mean'],
        [['normBelow', [x - mu, 0, 1]], 'took the raw distance from the mean as the z-score'],
        [['pTwoZ', [(x - mu) / sd]], 'doubled the tail as if the question were two-sided'],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('normal-share-above-a-value', (rng) => {
    const mu = rng.int(200, 400)
    const sd = rng.int(20, 60)
    const x = mu + rng.int(10, 80)
    return figures(rng, {
      stem: `Parcel weights at ${client(rng)} are roughly normal, mean ${mu} g, SD ${sd} g. Parcels over ${x} g cost extra to post. What share of parcels is that?`,
      key: ['normAbove', [x, mu, sd]],
      wrong: [
        [['normBelow', [x, mu, sd]], 'took the lower tail instead of the upper'],
        [['pTwoZ', [(x - mu) / sd]], 'doubled the tail as if the question were two-sided'],
        [['normBetween', [mu, x, mu, sd]], 'took the area between the mean and the value'],
        [['normAbove', [x, mu, sd * sd]], 'standardised with the variance instead of the SD'],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('normal-share-between-two-values', (rng) => {
    const mu = rng.int(60, 90)
    const sd = rng.int(5, 12)
    const lo = mu - rng.int(3, 15)
    const hi = mu + rng.int(3, 15)
    return figures(rng, {
      stem: `Exam marks for ${client(rng)}'s course are roughly normal, mean ${mu}, SD ${sd}. What share of students score between ${lo} and ${hi}?`,
      key: ['normBetween', [lo, hi, mu, sd]],
      wrong: [
        [['normBelow', [hi, mu, sd]], 'took everything below the upper limit'],
        [['normAbove', [lo, mu, sd]], 'took everything above the lower limit'],
        [
          ['normBetween', [lo, hi, mu, sd * sd]],
          'standardised with the variance instead of the SD',
        ],
        [['normBetween', [mu, hi, mu, sd]], 'took only the part above the mean'],
        [['normBetween', [lo, mu, mu, sd]], 'took only the part below the mean'],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('normal-cut-off-for-top-share', (rng) => {
    const mu = rng.int(400, 700)
    const sd = rng.int(40, 110)
    const top = rng.pick([5, 10, 20])
    return figures(rng, {
      stem: `Monthly sales per rep at ${client(rng)} are roughly normal, mean £${mu}, SD £${sd}. A bonus goes to the top ${top} %. Above what amount does a rep qualify?`,
      key: ['normQuantile', [1 - top / 100, mu, sd]],
      wrong: [
        [['normQuantile', [top / 100, mu, sd]], 'took the bottom share’s cut-off'],
        [['normQuantile', [1 - top / 200, mu, sd]], 'split the share over two tails'],
        [['linear', [mu, sd, 1]], 'took one SD above the mean as the top share’s cut-off'],
      ],
      dp: 0,
      show: (f) => `£${f}`,
    })
  }),
  family('binomial-exactly-k', (rng) => {
    const n = rng.int(8, 15)
    const p = rng.pick([0.1, 0.15, 0.2, 0.25, 0.3])
    const k = rng.int(2, 4)
    return figures(rng, {
      stem: `${fmt(p * 100, 0)} % of ${client(rng)}'s trial users upgrade, independently. Of the next ${n} trial users, what is the probability exactly ${k} upgrade?`,
      key: ['binomEq', [k, n, p]],
      wrong: [
        [['binomLe', [k, n, p]], 'summed the probabilities of at most k'],
        [['binomGe', [k, n, p]], 'summed the probabilities of at least k'],
        [
          ['product', [p ** k, (1 - p) ** (n - k)]],
          'left out the number of orders the upgrades can come in',
        ],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('binomial-at-least-k', (rng) => {
    const n = rng.int(10, 20)
    const p = rng.pick([0.2, 0.3, 0.4, 0.5])
    const k = rng.int(3, 6)
    return figures(rng, {
      stem: `Each cold email from ${client(rng)} gets a reply with probability ${p}, independently. Out of ${n} emails, what is the probability of at least ${k} replies?`,
      key: ['binomGe', [k, n, p]],
      wrong: [
        [['binomGe', [k + 1, n, p]], 'counted more than k, leaving out exactly k'],
        [['binomLe', [k, n, p]], 'took at most k instead of at least k'],
        [['binomEq', [k, n, p]], 'took only exactly k replies'],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('binomial-at-most-k', (rng) => {
    const n = rng.int(10, 25)
    const p = rng.pick([0.02, 0.05, 0.08, 0.1])
    const k = rng.int(1, 2)
    return figures(rng, {
      stem: `${fmt(p * 100, 0)} % of items from ${client(rng)}'s supplier are faulty, independently. A box holds ${n}. What is the probability that no more than ${k} ${k === 1 ? 'is' : 'are'} faulty?`,
      key: ['binomLe', [k, n, p]],
      wrong: [
        [['binomLe', [k - 1, n, p]], 'counted fewer than k, leaving out exactly k'],
        [['binomEq', [k, n, p]], 'took only exactly k faulty items'],
        [['binomGe', [k, n, p]], 'took at least k instead of at most k'],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('binomial-standard-deviation', (rng) => {
    const n = rng.int(10, 40) * 10
    const p = rng.pick([0.1, 0.2, 0.3, 0.4])
    return figures(rng, {
      stem: `${client(rng)} expects ${fmt(p * 100, 0)} % of ${n} invited customers to respond, independently. What is the standard deviation of the number who respond?`,
      key: ['binomSd', [n, p]],
      wrong: [
        [['product', [n, p, 1 - p]], 'gave the variance, forgetting the square root'],
        [['pow', [n * p, 0.5]], 'took the square root of the expected count'],
        [['binomSd', [1 / n, p]], 'used the SD of the sample proportion'],
      ],
      dp: 2,
    })
  }),
  family('positive-predictive-value', (rng) => {
    const prev = rng.pick([0.01, 0.02, 0.05])
    const sens = rng.pick([0.9, 0.95, 0.99])
    const spec = rng.pick([0.9, 0.95, 0.97])
    return figures(rng, {
      stem: `A fraud screen at ${client(rng)} flags ${fmt(sens * 100, 0)} % of fraudulent orders and clears ${fmt(spec * 100, 0)} % of genuine ones; ${fmt(prev * 100, 0)} % of orders are fraudulent. Of flagged orders, what share is really fraudulent?`,
      key: ['ppv', [prev, sens, spec]],
      wrong: [
        [['product', [sens]], 'took the detection rate as the answer'],
        [['product', [prev, sens]], 'gave the share of all orders that are flagged frauds'],
        [
          ['linear', [prev * sens, 1 - prev, 1 - spec]],
          'gave the share of all orders that are flagged',
        ],
        [
          ['linear', [1, -1, (prev * sens) / (prev * sens + (1 - prev) * (1 - spec))]],
          'gave the share of flagged orders that are genuine',
        ],
        [['ppv', [0.5, sens, spec]], 'ignored the base rate, as if half of orders were fraud'],
        [['linear', [1, -1, spec]], 'gave the false alarm rate of genuine orders'],
      ],
      dp: 1,
      scale: 100,
      show: pct,
    })
  }),
  family('conditional-share-from-a-table', (rng) => {
    const a = rng.int(20, 80)
    const b = rng.int(100, 300)
    const c = rng.int(20, 80)
    const d = rng.int(300, 700)
    return figures(rng, {
      stem: `${client(rng)}'s customers: monthly plan — ${a} churned, ${b} stayed; annual plan — ${c} churned, ${d} stayed. What share of monthly-plan customers churned?`,
      key: ['ratio', [a, a + b, 100]],
      wrong: [
        [['ratio', [a, a + c, 100]], 'took the share of churners who were on the monthly plan'],
        [['ratio', [a, a + b + c + d, 100]], 'divided by all customers'],
        [['ratio', [a + c, a + b + c + d, 100]], 'gave the overall churn rate'],
        [['ratio', [a, b, 100]], 'divided churners by stayers instead of by all on the plan'],
      ],
      dp: 1,
      show: pct,
    })
  }),
  family('expected-value-of-an-offer', (rng) => {
    const win = rng.int(5, 20) * 1000
    const p = rng.pick([0.1, 0.2, 0.25, 0.3])
    const cost = rng.int(5, 15) * 100
    return figures(rng, {
      stem: `Bidding for a contract costs ${client(rng)} £${fmt(cost, 0)} to prepare; it wins £${fmt(win, 0)} profit with probability ${p}, else nothing. What is the expected value of bidding?`,
      key: ['linear', [-cost, p, win]],
      wrong: [
        [['product', [p, win]], 'left out the cost of bidding'],
        [['linear', [-cost, 0.5, win]], 'treated the two outcomes as equally likely'],
        [['linear', [-cost * p, p, win]], 'weighted the cost by the win probability too'],
      ],
      dp: 0,
      show: (f) => `£${f}`,
    })
  }),
  family('gamblers-fallacy', (rng) => {
    const k = rng.int(4, 8)
    const p = rng.pick([20, 25, 30])
    return {
      stem: `Each visitor to ${client(rng)}'s stand wins a prize with probability ${p} %, independently. The last ${k} visitors did not win. What is the next visitor’s chance?`,
      key: `${p} %, as earlier visitors do not change it`,
      wrong: [
        [`More than ${p} %, as a win is now overdue`, 'believed a run of losses makes a win due'],
        [
          `Less than ${p} %, as the stand is on a cold run`,
          'believed in streaks between independent draws',
        ],
        [
          `${fmt(100 - (1 - p / 100) ** (k + 1) * 100, 1)} %, over the ${k + 1} visitors`,
          'computed a run’s chance instead of one draw’s',
        ],
      ],
    }
  }),
  family('which-situation-is-binomial', (rng) => {
    const n = rng.int(10, 30)
    return {
      stem: `${analyst(rng)} wants to model a count with the binomial distribution. Which count fits it?`,
      key: `Of ${n} independent shoppers, how many buy`,
      wrong: [
        [
          `How many calls arrive in the next ${either(rng, 'hour', 'half hour')}`,
          'used the binomial for a count with no fixed number of trials',
        ],
        [`Calls made until the first sale of the day`, 'used the binomial for a waiting time'],
        [
          `Of ${n} cards drawn without replacement from 40, how many are red`,
          'ignored dependence when drawing without replacement',
        ],
      ],
    }
  }),
  family('compare-scores-by-z', (rng) => {
    const m1 = rng.int(50, 70)
    const s1 = rng.int(5, 10)
    const m2 = rng.int(400, 600)
    const s2 = rng.int(50, 100)
    const z1 = rng.int(10, 20) / 10
    const z2 = z1 - rng.int(3, 8) / 10
    const x1 = Math.round(m1 + z1 * s1)
    const x2 = Math.round(m2 + z2 * s2)
    const zz1 = (x1 - m1) / s1
    const zz2 = (x2 - m2) / s2
    const better = zz1 > zz2 ? 'the aptitude test' : 'the sales exam'
    const worse = zz1 > zz2 ? 'the sales exam' : 'the aptitude test'
    return {
      stem: `A candidate for ${client(rng)} scored ${x1} on an aptitude test (mean ${m1}, SD ${s1}) and ${x2} on a sales exam (mean ${m2}, SD ${s2}). On which did they do better relative to others?`,
      key: `On ${better}: z ${fmt(Math.max(zz1, zz2), 2)} against ${fmt(Math.min(zz1, zz2), 2)}`,
      wrong: [
        [
          `On the sales exam: its raw score of ${x2} is far higher`,
          'compared raw scores on different scales',
        ],
        [
          `On ${worse}: z ${fmt(Math.min(zz1, zz2), 2)} against ${fmt(Math.max(zz1, zz2), 2)}`,
          'took the smaller z-score as the better result',
        ],
        [
          `Equally well: both scores are above their means`,
          'stopped at the sign of the deviations',
        ],
      ],
    }
  }),
]
