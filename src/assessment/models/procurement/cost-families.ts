import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  Client,
  cents,
  count,
  family,
  figures,
  grouped,
  part,
  possessive,
  supplier,
  symbol,
} from './pro-text.js'

// Cost and price analysis before a negotiation: a should-cost build-up, the price rise a cost
// breakdown justifies, learning-curve hours, make-or-buy break-even, tooling spread over the
// volume, incentive fees under a target-cost contract, and retrospective volume rebates.

export const COST_FAMILIES: readonly ScenarioFamily[] = [
  family('should-cost-build-up', (rng) => {
    const material = amount(rng, 4, 60) + rng.int(0, 99)
    const minutes = rng.int(6, 90)
    const rate = amount(rng, 24, 60) // per hour
    const overhead = rng.pick([80, 100, 120, 150]) // % of direct labour
    const profit = rng.pick([8, 10, 12, 15]) // % on total cost
    const m = cents(symbol(rng))
    const labour = part(minutes * rate, 60)
    const build = (oh: number, pr: number, lab = labour) => {
      const cost = material + lab + part(lab * oh, 100)
      return cost + part(cost * pr, 100)
    }
    const cost = material + labour + part(labour * overhead, 100)
    return figures(rng, m, {
      stem: `A should-cost model for one part: material ${m(material)}; ${minutes} minutes of direct labour at ${m(rate)} an hour; overhead at ${overhead}% of direct labour; profit at ${profit}% of total cost. Rounding each line to the cent, what should the part cost?`,
      in: { material, minutes, rate, overhead, profit },
      key: build(overhead, profit),
      wrong: [
        [
          'overheadOnAll',
          (() => {
            const c = material + labour + part((material + labour) * overhead, 100)
            return c + part(c * profit, 100)
          })(),
          'charges overhead on material and labour',
        ],
        ['noOverhead', build(0, profit), 'leaves out the overhead'],
        ['noProfit', cost, 'stops at total cost'],
        ['margin', part(cost * 100, 100 - profit), 'takes profit as a margin on the price'],
        [
          'ratePerMinute',
          build(overhead, profit, minutes * rate),
          'prices each labour minute at the hourly rate',
        ],
        ['profitOnMaterial', cost + part(material * profit, 100), 'adds profit on material only'],
      ],
    })
  }),
  family('justified-price-increase-from-cost-breakdown', (rng) => {
    const price = amount(rng, 20, 400) + rng.int(0, 99)
    const mat = rng.pick([30, 40, 50, 60])
    const lab = rng.pick([20, 25, 30])
    const other = 100 - mat - lab
    const dm = rng.int(4, 18)
    const dl = rng.int(2, 7)
    const m = cents(symbol(rng))
    const rise = (a: number) => price + part(price * a, 10_000)
    return figures(rng, m, {
      stem: `${supplier(rng)} asks to raise a ${m(price)} unit price. Its agreed cost breakdown is material ${mat}%, labour ${lab}%, overhead and profit ${other}%. Since the last review the material index is up ${dm}% and the labour index ${dl}%; overhead and profit stay fixed. What unit price do the indices justify, to the nearest cent?`,
      in: { price, mat, lab, dm, dl },
      key: rise(mat * dm + lab * dl),
      wrong: [
        ['materialRiseOnPrice', rise(100 * dm), 'applies the material rise to the whole price'],
        ['bothRisesOnPrice', rise(100 * (dm + dl)), 'adds both index rises to the whole price'],
        ['materialOnly', rise(mat * dm), 'passes on the material rise only'],
        ['averageRise', rise(50 * (dm + dl)), 'applies the average of the two rises'],
        ['swappedShares', rise(lab * dm + mat * dl), 'swaps the material and labour shares'],
        ['labourOnly', rise(lab * dl), 'passes on the labour rise only'],
      ],
    })
  }),
  family('learning-curve-unit-hours', (rng) => {
    const first = rng.int(80, 600)
    const rate = rng.pick([75, 80, 85, 90])
    const k = rng.int(2, 4)
    const n = 2 ** k
    const hours = (r: number, doublings: number) =>
      part(first * 100 * r ** doublings, 100 ** doublings)
    const show = (h: number) => `${grouped(h / 100, 2)} hours`
    return figures(rng, show, {
      stem: `Unit 1 of a fabricated assembly took ${grouped(first, 0)} hours. The supplier's costing assumes a unit learning curve of ${rate}% (each doubling of units made takes the unit time to ${rate}% of what it was). How many hours should unit ${n} take, to two decimal places?`,
      in: { first, rate, k },
      key: hours(rate, k),
      wrong: [
        ['oneDoubling', hours(rate, 1), 'applies the rate once'],
        ['doublingsLessOne', hours(rate, k - 1), 'counts one doubling too few'],
        [
          'linear',
          part(first * 100 * (100 - k * (100 - rate)), 100),
          'takes the same number of hours off at each doubling',
        ],
        ['perUnit', hours(rate, n - 1), 'applies the rate for every unit, not every doubling'],
        ['improvement', hours(100 - rate, k), 'uses the improvement instead of the rate'],
        ['firstUnit', first * 100, 'keeps the first unit’s hours'],
      ],
    })
  }),
  family('make-or-buy-break-even', (rng) => {
    const fixed = amount(rng, 5_000, 60_000, 500)
    const variable = amount(rng, 3, 40) + rng.int(0, 99)
    const buy = variable + amount(rng, 2, 25) + rng.int(0, 99)
    const m = cents(symbol(rng))
    const show = count('units')
    return figures(rng, show, {
      stem: `Making a part in-house needs ${m(fixed)} of tooling a year plus ${m(variable)} a unit; ${supplier(rng)} will supply it at ${m(buy)} a unit. Above what yearly volume is making cheaper? Give the break-even volume rounded up to whole units.`,
      in: { fixed, variable, buy },
      key: Math.ceil(fixed / (buy - variable)),
      wrong: [
        ['overBuyPrice', Math.ceil(fixed / buy), 'divides the tooling by the bought-in price'],
        [
          'overMakeCost',
          Math.ceil(fixed / variable),
          'divides the tooling by the unit cost of making',
        ],
        [
          'overSum',
          Math.ceil(fixed / (buy + variable)),
          'divides by the sum of the two unit costs',
        ],
        ['roundedDown', Math.floor(fixed / (buy - variable)), 'rounds the break-even down'],
        ['twoYears', Math.ceil((2 * fixed) / (buy - variable)), 'counts the tooling twice'],
      ],
    })
  }),
  family('tooling-spread-over-volume', (rng) => {
    const piece = amount(rng, 2, 30) + rng.int(0, 99)
    const tooling = amount(rng, 3_000, 40_000, 500)
    const perYear = rng.int(2, 20) * 500
    const years = rng.int(2, 5)
    const m = cents(symbol(rng))
    const unit = (volume: number) => piece + part(tooling, volume)
    return figures(rng, m, {
      stem: `${supplier(rng)} quotes ${m(piece)} a piece plus a one-off tooling charge of ${m(tooling)}. ${Client(rng)} expects to buy ${grouped(perYear, 0)} pieces a year for ${years} years, after which the part is obsolete. Spreading the tooling over the whole volume, what is the effective price per piece, to the nearest cent?`,
      in: { piece, tooling, perYear, years },
      key: unit(perYear * years),
      wrong: [
        ['oneYear', unit(perYear), 'spreads the tooling over one year’s volume'],
        ['ignoresTooling', piece, 'ignores the tooling charge'],
        ['perYear', piece + part(tooling, years), 'divides the tooling by the years'],
        ['toolingPerPiece', part(tooling, perYear * years), 'gives the tooling share alone'],
        [
          'halfVolume',
          unit(part(perYear * years, 2)),
          'spreads the tooling over half the volume, as a safety margin',
        ],
      ],
    })
  }),
  family('target-cost-incentive-fee', (rng) => {
    const target = amount(rng, 100_000, 900_000, 1_000)
    const fee = part(target * rng.pick([6, 8, 10, 12]), 100)
    const buyerShare = rng.pick([70, 75, 80, 60])
    const over = rng.int(0, 1) === 1
    const actual = target + (over ? 1 : -1) * amount(rng, 5_000, 60_000, 500)
    const m = cents(symbol(rng))
    const seller = 100 - buyerShare
    const price = (s: number) => actual + fee + part((target - actual) * s, 100)
    return figures(rng, m, {
      stem: `A fixed-price-incentive contract has a target cost of ${m(target)}, a target fee of ${m(fee)} and a ${buyerShare}/${seller} buyer/seller share of any under- or over-run (no ceiling applies here). Actual cost is ${m(actual)}. What does the buyer pay in total?`,
      in: { target, fee, buyerShare, actual },
      key: price(seller),
      wrong: [
        ['buyerShareUsed', price(buyerShare), 'applies the buyer’s share to the fee adjustment'],
        ['targetPrice', target + fee, 'pays the target price whatever the cost'],
        ['costPlusFee', actual + fee, 'pays actual cost plus the target fee with no sharing'],
        [
          'signReversed',
          actual + fee - part((target - actual) * seller, 100),
          'reverses the sign of the fee adjustment',
        ],
        ['feeOnly', fee + part((target - actual) * seller, 100), 'gives the adjusted fee alone'],
      ],
    })
  }),
  family('retrospective-volume-rebate', (rng) => {
    const t1 = rng.pick([50_000, 100_000])
    const t2 = t1 * rng.pick([2, 3])
    const r1 = rng.pick([1, 2])
    const r2 = r1 + rng.pick([1, 2])
    const spend = (t1 + rng.int(5, (t2 - t1) / 1_000 - 5) * 1_000) * 100 + rng.int(0, 99) * 100
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${possessive(supplier(rng))} rebate is retrospective: spend in the year of at least ${m(t1 * 100)} earns ${r1}% of all spend; at least ${m(t2 * 100)} earns ${r2}% of all spend. ${Client(rng)} spent ${m(spend)}. What rebate is due?`,
      in: { t1, t2, r1, r2, spend },
      key: part(spend * r1, 100),
      wrong: [
        [
          'incremental',
          part((spend - t1 * 100) * r1, 100),
          'applies the rate only to spend above the threshold',
        ],
        ['higherRate', part(spend * r2, 100), 'uses the higher tier’s rate'],
        ['ratesAdded', part(spend * (r1 + r2), 100), 'adds both tiers’ rates'],
        ['thresholdOnly', part(t1 * 100 * r1, 100), 'applies the rate to the threshold amount'],
        [
          'topUpToNextTier',
          part(t2 * 100 * r2, 100),
          'counts the rebate of the next tier as if reached',
        ],
      ],
    })
  }),
]
