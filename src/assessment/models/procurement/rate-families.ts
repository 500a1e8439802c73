import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  Client,
  cents,
  client,
  family,
  figures,
  grouped,
  part,
  possessive,
  supplier,
  symbol,
} from './pro-text.js'

// Rates a buyer builds or checks: incremental rebates, cost-plus fees on an estimate, material
// cost from net weight, yield and scrap credit, price per kilogram across pack sizes, and a
// contractor's charge-out rate from wage, on-costs, utilisation and margin.

export const RATE_FAMILIES: readonly ScenarioFamily[] = [
  family('incremental-volume-rebate', (rng) => {
    const t1 = rng.pick([50_000, 100_000])
    const t2 = t1 * rng.pick([2, 3])
    const r1 = rng.pick([1, 2])
    const r2 = r1 + rng.pick([1, 2])
    const spend = (t2 + rng.int(5, 90) * 1_000) * 100 + rng.int(0, 99) * 100
    const m = cents(symbol(rng))
    const u1 = t1 * 100
    const u2 = t2 * 100
    return figures(rng, m, {
      stem: `${possessive(supplier(rng))} rebate is incremental: nothing on the first ${m(u1)} of spend in the year, ${r1}% on spend from ${m(u1)} up to ${m(u2)}, and ${r2}% on spend above ${m(u2)}. ${Client(rng)} spent ${m(spend)}. Rounding each band to the cent, what rebate is due?`,
      in: { t1, t2, r1, r2, spend },
      key: part((u2 - u1) * r1, 100) + part((spend - u2) * r2, 100),
      wrong: [
        ['retrospective', part(spend * r2, 100), 'applies the top rate to all spend'],
        [
          'firstBandFromZero',
          part(u2 * r1, 100) + part((spend - u2) * r2, 100),
          'pays the first rate from the first unit of spend',
        ],
        ['topBandOnly', part((spend - u2) * r2, 100), 'pays only the top band'],
        [
          'lowerRateThroughout',
          part((spend - u1) * r1, 100),
          'applies the lower rate to all spend above the first threshold',
        ],
        [
          'ratesAddedOnTop',
          part((spend - u2) * (r1 + r2), 100) + part((u2 - u1) * r1, 100),
          'adds both rates on the top band',
        ],
      ],
    })
  }),
  family('cost-plus-fixed-fee-payment', (rng) => {
    const estimate = amount(rng, 50_000, 500_000, 500)
    const feePct = rng.pick([5, 6, 8, 10])
    const actual = estimate + rng.pick([-1, 1]) * amount(rng, 3_000, 60_000, 100)
    const m = cents(symbol(rng))
    const fee = part(estimate * feePct, 100)
    return figures(rng, m, {
      stem: `A cost-plus-fixed-fee contract pays allowable cost plus a fee fixed at ${feePct}% of the estimated cost of ${m(estimate)}; the fee does not change with actual cost. Allowable actual cost came to ${m(actual)}. What is the total payable?`,
      in: { estimate, feePct, actual },
      key: actual + fee,
      wrong: [
        [
          'feeOnActual',
          actual + part(actual * feePct, 100),
          'takes the fee as a percentage of actual cost',
        ],
        ['estimatePlusFee', estimate + fee, 'pays the estimate plus fee'],
        ['feeOnly', fee, 'gives the fee alone'],
        ['costOnly', actual, 'leaves out the fee'],
        ['feeTwice', actual + 2 * fee, 'adds the fee twice'],
        [
          'differenceShared',
          actual + fee - part(actual - estimate, 2),
          'shares the overrun as under an incentive contract',
        ],
      ],
    })
  }),
  family('material-cost-with-yield-and-scrap-credit', (rng) => {
    const net = rng.int(200, 4_000) // grams in the finished part
    const yieldPct = rng.pick([80, 85, 88, 90, 92, 95])
    const price = rng.int(150, 900) // cents per kilogram
    const credit = part(price * rng.int(10, 35), 100) // cents per kilogram of scrap
    const m = cents(symbol(rng))
    // Input weight is net × 100 ÷ yield; offcut is input less net. In cents, over one division:
    // (input g × price − offcut g × credit) ÷ 1,000, scaled by 100 × yield to stay whole.
    const loss = 100 - yieldPct
    const cost = (num: number, den: number) => part(num, den)
    return figures(rng, m, {
      stem: `A pressed part weighs ${grouped(net, 0)} g finished. The process yields ${yieldPct}% (finished weight ÷ input weight); the offcut is sold back at ${m(credit)} per kg. Steel costs ${m(price)} per kg. What is the net material cost per part, to the nearest cent?`,
      in: { net, yieldPct, price, credit },
      key: cost(net * (100 * price - loss * credit), yieldPct * 1_000),
      wrong: [
        ['finishedWeightOnly', cost(net * price, 1_000), 'prices the finished weight only'],
        [
          'scrapAdded',
          cost(net * (100 * price + loss * credit), yieldPct * 1_000),
          'adds the scrap value instead of crediting it',
        ],
        ['noCredit', cost(net * 100 * price, yieldPct * 1_000), 'leaves out the scrap credit'],
        [
          'lossAsMarkUp',
          cost(net * ((100 + loss) * price - loss * credit), 100_000),
          'adds the loss percentage to the finished weight instead of dividing by the yield',
        ],
        [
          'gramsAsKilos',
          cost(net * (100 * price - loss * credit), yieldPct),
          'reads grams as kilograms',
        ],
      ],
    })
  }),
  family('price-per-kilogram-of-a-pack', (rng) => {
    const units = rng.pick([4, 6, 10, 12, 20, 24])
    const grams = rng.pick([250, 400, 500, 750, 1_000, 1_500])
    const price = amount(rng, 5, 120) + rng.int(0, 99)
    const m = cents(symbol(rng))
    const perKg = part(price * 1_000, units * grams)
    return figures(rng, (v) => `${m(v)} per kg`, {
      stem: `${supplier(rng)} quotes ${m(price)} for a case of ${units} packs of ${grouped(grams, 0)} g each. To compare it with other quotes, what is the price per kilogram, to the nearest cent?`,
      in: { units, grams, price },
      key: perKg,
      wrong: [
        ['perPackKg', part(price * 1_000, grams), 'divides by one pack’s weight, not the case’s'],
        ['perPack', part(price, units), 'gives the price per pack'],
        ['per100g', part(price * 100, units * grams), 'gives the price per 100 g'],
        ['perTonne', part(price * 1_000_000, units * grams), 'gives the price per tonne'],
        ['casePrice', price, 'gives the case price'],
      ],
    })
  }),
  family('contractor-charge-out-rate', (rng) => {
    const wage = amount(rng, 14, 40) + rng.pick([0, 25, 50, 75])
    const onCost = rng.pick([20, 25, 30, 35])
    const util = rng.pick([70, 75, 80, 85])
    const margin = rng.pick([10, 12, 15, 20])
    const m = cents(symbol(rng))
    const loaded = wage + part(wage * onCost, 100)
    const perBillable = part(loaded * 100, util)
    return figures(rng, m, {
      stem: `To test an agency's rate for ${client(rng)}, the buyer builds one up: wage ${m(wage)} an hour; employer on-costs ${onCost}% of wage; ${util}% of paid hours are billable; the agency's margin is ${margin}% added on cost. Rounding each step to the cent, what should the rate per billable hour be?`,
      in: { wage, onCost, util, margin },
      key: perBillable + part(perBillable * margin, 100),
      wrong: [
        ['noUtilisation', loaded + part(loaded * margin, 100), 'leaves out the unbillable hours'],
        [
          'utilisationAsMarkUp',
          (() => {
            const c = loaded + part(loaded * (100 - util), 100)
            return c + part(c * margin, 100)
          })(),
          'adds the unbillable share on top instead of dividing by the billable share',
        ],
        [
          'noOnCosts',
          (() => {
            const c = part(wage * 100, util)
            return c + part(c * margin, 100)
          })(),
          'leaves out the on-costs',
        ],
        ['marginOnPrice', part(perBillable * 100, 100 - margin), 'takes the margin on the price'],
        ['noMargin', perBillable, 'stops at cost'],
        [
          'allAdded',
          wage + part(wage * (onCost + margin + (100 - util)), 100),
          'adds every percentage to the wage',
        ],
      ],
    })
  }),
]
