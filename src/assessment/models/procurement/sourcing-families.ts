import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bidder,
  Client,
  cents,
  family,
  figures,
  part,
  points,
  symbol,
  worked,
} from './pro-text.js'

// Sourcing and tender evaluation: price scoring by the formula a tender's evaluation method
// states (lowest ÷ bid, or a linear deduction), quality marks scaled to their weight, the most
// economically advantageous tender by quality and price weights, lowest-price-compliant awards,
// and whole-life cost. Every stem states the formula, the weights and the rounding.

/** Price and quality weights out of 100 points, as tender documents split them. */
const SPLITS = [
  [40, 60],
  [30, 70],
  [50, 50],
  [60, 40],
] as const

/** `n` distinct bids in cents between `low` and `high` whole units, cheapest first. */
function bids(rng: Rng, n: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < n) out.add(amount(rng, low, high, 10))
  return [...out].sort((a, b) => a - b)
}

/** Price points in hundredths by lowest ÷ bid × weight. */
const ratioPoints = (w: number, lowest: number, bid: number) => part(w * 100 * lowest, bid)
/** Price points in hundredths by a linear deduction from the lowest bid, not below zero. */
const linearPoints = (w: number, lowest: number, bid: number) =>
  Math.max(0, part(w * 100 * (2 * lowest - bid), lowest))

export const SOURCING_FAMILIES: readonly ScenarioFamily[] = [
  family('price-points-lowest-over-bid', (rng) => {
    const [w] = rng.pick(SPLITS)
    const c = bids(rng, 4, 20_000, 60_000)
    const excluded = part(c[0]! * rng.int(80, 95), 100)
    const k = rng.int(2, 3)
    const m = cents(symbol(rng))
    const avg = part(c[0]! + c[1]! + c[2]! + c[3]!, 4)
    return figures(rng, points, {
      stem: `${Client(rng)} scores price out of ${w} of 100 points as (lowest compliant bid ÷ bid) × ${w}, to two decimal places. Compliant bids are ${c.map(m).join(', ')}; a bid of ${m(excluded)} was rejected as non-compliant. How many price points does the bid of ${m(c[k]!)} earn?`,
      in: { w, c0: c[0]!, c1: c[1]!, c2: c[2]!, c3: c[3]!, excluded, k },
      key: ratioPoints(w, c[0]!, c[k]!),
      wrong: [
        [
          'unweighted',
          ratioPoints(100, c[0]!, c[k]!),
          'scores out of 100 and never applies the price weight',
        ],
        [
          'nextBelow',
          ratioPoints(w, c[k - 1]!, c[k]!),
          'divides by the next bid below instead of the lowest',
        ],
        [
          'averageBase',
          avg <= c[k]! ? ratioPoints(w, avg, c[k]!) : Number.NaN,
          'divides the average compliant bid by the bid',
        ],
        ['excludedLowest', ratioPoints(w, excluded, c[k]!), 'takes the rejected bid as the lowest'],
        [
          'linear',
          linearPoints(w, c[0]!, c[k]!) || Number.NaN,
          'deducts the percentage above the lowest bid from the weight',
        ],
        [
          'pointsLost',
          w * 100 - ratioPoints(w, c[0]!, c[k]!),
          'gives the points the bid loses instead of those it keeps',
        ],
      ],
    })
  }),
  family('price-points-linear-deduction', (rng) => {
    const [w] = rng.pick(SPLITS)
    const c = bids(rng, 4, 30_000, 50_000)
    const excluded = part(c[0]! * rng.int(85, 95), 100)
    const k = rng.int(1, 3)
    const m = cents(symbol(rng))
    return figures(rng, points, {
      stem: `A tender's price criterion is worth ${w} points: each bid scores ${w} × (1 − (bid − lowest compliant bid) ÷ lowest compliant bid), not below zero, to two decimal places. Compliant bids: ${c.map(m).join(', ')}; a bid of ${m(excluded)} was disqualified. What does the bid of ${m(c[k]!)} score?`,
      in: { w, c0: c[0]!, c1: c[1]!, c2: c[2]!, c3: c[3]!, excluded, k },
      key: linearPoints(w, c[0]!, c[k]!),
      wrong: [
        [
          'ratio',
          ratioPoints(w, c[0]!, c[k]!),
          'uses lowest ÷ bid instead of the stated deduction',
        ],
        [
          'unweighted',
          linearPoints(100, c[0]!, c[k]!),
          'works on a 100-point scale and never applies the weight',
        ],
        [
          'overHighest',
          part(w * 100 * (c[3]! - c[k]! + c[0]!), c[3]!),
          'divides the difference by the highest bid',
        ],
        [
          'pointsLost',
          part(w * 100 * (c[k]! - c[0]!), c[0]!),
          'gives the deduction instead of the points left',
        ],
        ['excludedLowest', linearPoints(w, excluded, c[k]!), 'measures from the disqualified bid'],
        [
          'doubleDeduction',
          Math.max(0, part(w * 100 * (3 * c[0]! - 2 * c[k]!), c[0]!)),
          'deducts two points per percent above the lowest',
        ],
      ],
    })
  }),
  family('quality-points-from-criterion-marks', (rng) => {
    const [, q] = rng.pick(SPLITS)
    const split = rng.pick([
      [50, 30, 20],
      [40, 40, 20],
      [60, 25, 15],
    ])
    const s = [rng.int(1, 5), rng.int(1, 5), rng.int(0, 4)]
    const best = [rng.int(4, 5), 5, rng.int(4, 5)]
    // Criterion j is worth q × split[j] ÷ 100 points; sums below are in those units × 100.
    const sum = (shares: readonly number[], marks: readonly number[]) =>
      shares.reduce((a, x, j) => a + q * x * marks[j]!, 0)
    const names = ['Method statement', 'Team experience', 'Social value']
    return figures(rng, points, {
      stem: `Quality is worth ${q} of 100 points, split ${names.map((n, j) => `${n} ${(q * split[j]!) / 100}`).join(', ')}. Each criterion is marked 0–5 and earns (mark ÷ 5) × its points. A bidder is marked ${names.map((n, j) => `${n} ${s[j]}`).join(', ')} (the best bidder's marks were ${best.join(', ')}). How many quality points does it earn, to two decimal places?`,
      in: {
        q,
        p0: split[0]!,
        p1: split[1]!,
        p2: split[2]!,
        s0: s[0]!,
        s1: s[1]!,
        s2: s[2]!,
        b0: best[0]!,
        b1: best[1]!,
        b2: best[2]!,
      },
      key: part(sum(split, s), 5),
      wrong: [
        [
          'unweightedMean',
          part(q * 100 * (s[0]! + s[1]! + s[2]!), 15),
          'averages the marks and ignores the criterion weights',
        ],
        [
          'outOf100',
          part(sum(split, s) * 100, 5 * q),
          'gives the quality score out of 100 instead of out of its points',
        ],
        [
          'relativeToBest',
          part(q * 100 * sum(split, s), sum(split, best)),
          'scales to the best bidder as a price score is scaled',
        ],
        [
          'reversedWeights',
          part(sum([...split].reverse(), s), 5),
          'applies the criterion weights in reverse order',
        ],
        ['outOfTen', part(sum(split, s), 10), 'reads the marks as out of 10'],
      ],
    })
  }),
  family('tender-total-score', (rng) => {
    const [w, q] = rng.pick(SPLITS)
    const c = bids(rng, 3, 20_000, 45_000)
    const k = rng.int(1, 2)
    const qp = rng.int(45, 95)
    const m = cents(symbol(rng))
    const price = ratioPoints(w, c[0]!, c[k]!)
    return figures(rng, points, {
      stem: `${Client(rng)} awards on 100 points: quality ${q} (a bid earns its quality mark as a percentage of ${q}) and price ${w} (lowest bid ÷ bid × ${w}), each to two decimal places before adding. Bids are ${c.map(m).join(', ')}. The bid of ${m(c[k]!)} has a quality mark of ${qp}%. What is its total score?`,
      in: { w, q, c0: c[0]!, c1: c[1]!, c2: c[2]!, k, qp },
      key: q * qp + price,
      wrong: [
        [
          'qualityUnweighted',
          qp * 100 + price,
          'adds the quality percentage without applying its weight',
        ],
        [
          'priceUnweighted',
          q * qp + ratioPoints(100, c[0]!, c[k]!),
          'adds the price score out of 100 instead of out of its weight',
        ],
        [
          'linearPrice',
          q * qp + linearPoints(w, c[0]!, c[k]!),
          'scores price by deducting its percentage above the lowest',
        ],
        ['qualityOnly', q * qp, 'leaves out the price points'],
        [
          'swappedWeights',
          w * qp + ratioPoints(q, c[0]!, c[k]!),
          'swaps the quality and price weights',
        ],
        ['mean', part(q * qp + price, 2), 'averages the two scores instead of adding them'],
      ],
    })
  }),
  family('meat-winner', (rng) => {
    const [w, q] = rng.pick(SPLITS)
    const c = rng.shuffle(bids(rng, 4, 20_000, 40_000))
    const qs = [rng.int(50, 95), rng.int(50, 95), rng.int(50, 95), rng.int(50, 95)]
    const low = Math.min(...c)
    const m = cents(symbol(rng))
    const total = (k: number) => q * qs[k]! + ratioPoints(w, low, c[k]!)
    const show = (k: number, v: number) => `${bidder(k)} (${points(v)})`
    const best = (score: (k: number) => number) =>
      [0, 1, 2, 3].reduce((a, b) => (score(b) > score(a) ? b : a))
    const win = best(total)
    const sorted = [0, 1, 2, 3].map(total).sort((a, b) => b - a)
    if (sorted[0] === sorted[1]) throw new VariantError('two bids tie on total')
    const cheapest = c.indexOf(low)
    const topQuality = best((k) => qs[k]!)
    const swapped = best((k) => w * qs[k]! + ratioPoints(q, low, c[k]!))
    const linear = best((k) => q * qs[k]! + linearPoints(w, low, c[k]!))
    const unweighted = best((k) => 100 * qs[k]! + ratioPoints(100, low, c[k]!))
    const lowest = [0, 1, 2, 3].find((k) => total(k) === sorted[3])!
    return worked(rng, {
      stem: `${Client(rng)} awards to the most economically advantageous tender: quality ${q} points (quality mark as a percentage of ${q}) plus price ${w} points (lowest bid ÷ bid × ${w}), each to two decimal places. Bids: ${[0, 1, 2, 3].map((k) => `${bidder(k)} ${m(c[k]!)}, quality ${qs[k]}%`).join('; ')}. Which bidder wins, with what total?`,
      in: {
        w,
        q,
        c0: c[0]!,
        c1: c[1]!,
        c2: c[2]!,
        c3: c[3]!,
        q0: qs[0]!,
        q1: qs[1]!,
        q2: qs[2]!,
        q3: qs[3]!,
      },
      key: show(win, total(win)),
      wrong: [
        ['cheapest', show(cheapest, total(cheapest)), 'awards to the lowest price'],
        ['topQuality', show(topQuality, total(topQuality)), 'awards to the best quality mark'],
        [
          'swapped',
          show(swapped, w * qs[swapped]! + ratioPoints(q, low, c[swapped]!)),
          'swaps the quality and price weights',
        ],
        [
          'linear',
          show(linear, q * qs[linear]! + linearPoints(w, low, c[linear]!)),
          'scores price by deducting its percentage above the lowest',
        ],
        [
          'lowestTotal',
          show(lowest, total(lowest)),
          'takes the lowest total as best, as if scores were costs',
        ],
        [
          'winnerPriceOnly',
          show(win, ratioPoints(w, low, c[win]!)),
          'gives the winner’s price points as its total',
        ],
        [
          'unweighted',
          show(unweighted, 100 * qs[unweighted]! + ratioPoints(100, low, c[unweighted]!)),
          'adds the quality and price percentages without their weights',
        ],
        [
          'qualityPointsOnly',
          show(topQuality, q * qs[topQuality]!),
          'awards on quality points alone',
        ],
      ],
    })
  }),
]
