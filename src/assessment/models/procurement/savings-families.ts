import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bp,
  Client,
  cents,
  client,
  count,
  family,
  figures,
  goods,
  grouped,
  part,
  supplier,
  suppliers,
  symbol,
  worked,
} from './pro-text.js'

// Supplier performance and savings reporting: defect rates in parts per million, savings against
// a baseline and cost avoidance by the definitions each stem states, spend concentration (the
// suppliers that make up 80% of spend, a supplier's share, off-contract spend), purchase price
// variance against standard, and e-auction savings.

export const SAVINGS_FAMILIES: readonly ScenarioFamily[] = [
  family('defect-rate-in-ppm', (rng) => {
    const received = rng.int(20, 400) * 500
    const rejected = rng.int(3, 90)
    // Orders well above deliveries, so the per-ordered reading is a rate of its own.
    const ordered = received + part(received * rng.int(8, 25), 100)
    const sample = part(received, rng.pick([5, 10, 20]))
    const lastMonth = part(received * rng.int(28, 40), 100)
    const show = count('ppm')
    return figures(rng, show, {
      stem: `In the quarter ${supplier(rng)} delivered ${grouped(received, 0)} units (${grouped(lastMonth, 0)} of them in its last month) against orders for ${grouped(ordered, 0)}; goods-in inspection sampled ${grouped(sample, 0)} and rejected ${rejected} units in all (every reject found was returned). The scorecard defines the defect rate as units rejected per million units received. What is it, to the nearest whole ppm?`,
      in: { received, rejected, ordered, sample, lastMonth },
      key: part(rejected * 1_000_000, received),
      wrong: [
        ['perSample', part(rejected * 1_000_000, sample), 'divides by the sample inspected'],
        ['perOrdered', part(rejected * 1_000_000, ordered), 'divides by the units ordered'],
        [
          'perLastMonth',
          part(rejected * 1_000_000, lastMonth),
          'divides by the last month’s deliveries instead of the quarter’s',
        ],
        [
          'perTenThousand',
          part(rejected * 10_000, received) || Number.NaN,
          'scales per ten thousand',
        ],
        ['perHundredThousand', part(rejected * 100_000, received), 'scales per hundred thousand'],
        ['percentAsPpm', part(rejected * 10_000_000, received), 'scales per ten million'],
      ],
    })
  }),
  family('savings-net-of-switching-cost', (rng) => {
    const { unit } = goods(rng)
    const old = amount(rng, 4, 90) + rng.int(0, 99)
    const cut = rng.int(3, 15)
    const neu = old - part(old * cut, 100)
    const forecast = rng.int(10, 200) * 100
    const lastYear = forecast + rng.int(-40, 40) * 50
    const switching = amount(rng, 500, 6_000, 50)
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${Client(rng)} moves to ${supplier(rng)} at ${m(neu)} each instead of ${m(old)}. Last year it bought ${grouped(lastYear, 0)} ${unit}; the forecast for this contract year is ${grouped(forecast, 0)}. Qualifying the new supplier cost ${m(switching)} once. Savings policy: (old price − new price) × forecast volume, less one-off costs, in the first contract year. What saving is reported for the first year?`,
      in: { old, neu, forecast, lastYear, switching },
      key: (old - neu) * forecast - switching,
      wrong: [
        ['gross', (old - neu) * forecast, 'leaves out the one-off cost'],
        [
          'lastYearVolume',
          (old - neu) * lastYear - switching,
          'uses last year’s volume instead of the forecast',
        ],
        ['newSpend', neu * forecast - switching, 'reports the new spend, not the saving'],
        [
          'switchingTwice',
          (old - neu) * forecast - 2 * switching,
          'deducts the one-off cost twice',
        ],
        [
          'switchingAdded',
          (old - neu) * forecast + switching,
          'adds the one-off cost to the saving',
        ],
      ],
    })
  }),
  family('cost-avoidance-on-a-price-increase', (rng) => {
    const price = amount(rng, 10, 300) + rng.int(0, 99)
    const asked = rng.int(6, 15)
    const agreed = rng.int(1, asked - 3)
    const volume = rng.int(10, 300) * 50
    const m = cents(symbol(rng))
    const hike = (p: number) => part(price * p, 100)
    return figures(rng, m, {
      stem: `${supplier(rng)} asked for a ${asked}% increase on a ${m(price)} unit price; the buyer negotiated ${agreed}%. Annual volume is ${grouped(volume, 0)} units. The client reports cost avoidance as the increase asked for minus the increase agreed, per unit to the cent, times annual volume. What cost avoidance is reported?`,
      in: { price, asked, agreed, volume },
      key: (hike(asked) - hike(agreed)) * volume,
      wrong: [
        ['agreedIncrease', hike(agreed) * volume, 'reports the increase agreed'],
        ['askedIncrease', hike(asked) * volume, 'reports the whole increase asked for'],
        [
          'onNewPrice',
          (part((price + hike(agreed)) * asked, 100) - hike(agreed)) * volume,
          'takes the asked percentage of the new price',
        ],
        ['perUnit', hike(asked) - hike(agreed), 'gives the avoidance per unit'],
        [
          'askedPlusAgreed',
          (hike(asked) + hike(agreed)) * volume,
          'adds the agreed increase to the asked one',
        ],
      ],
    })
  }),
  family('pareto-suppliers-for-80-percent', (rng) => {
    const names = suppliers(rng, 8)
    const spend = names.map(() => amount(rng, 2_000, 200_000, 500)).sort((a, b) => b - a)
    const total = spend.reduce((a, b) => a + b, 0)
    const reach = (order: readonly number[], share: number) => {
      let run = 0
      for (let k = 0; k < order.length; k++) {
        run += order[k]!
        if (run * 100 >= total * share) return k + 1
      }
      return order.length
    }
    const shown = rng.shuffle(spend.map((s, k) => [names[k]!, s] as const))
    const m = cents(symbol(rng))
    const show = (n: number) => `${n} supplier${n === 1 ? '' : 's'}`
    return worked(rng, {
      stem: `Annual spend by supplier in one category: ${shown.map(([n, s]) => `${n} ${m(s)}`).join('; ')}. Taking suppliers from the largest spend down, how few suppliers make up at least 80% of the category's spend?`,
      in: { ...Object.fromEntries(shown.map(([n, s]) => [n, s])) },
      key: show(reach(spend, 80)),
      wrong: [
        [
          'listedOrder',
          show(
            reach(
              shown.map(([, s]) => s),
              80,
            ),
          ),
          'adds suppliers in the order listed',
        ],
        [
          'twentyPercent',
          show(Math.ceil(spend.length / 5)),
          'takes 20% of the suppliers, as the 80/20 rule puts it',
        ],
        [
          'stopsBelow',
          show(reach(spend, 80) - 1),
          'stops at the last supplier before 80% is reached',
        ],
        [
          'smallestFirst',
          show(reach([...spend].reverse(), 80)),
          'adds suppliers from the smallest spend up',
        ],
        ['halfSpend', show(reach(spend, 50)), 'stops at half the spend'],
      ],
    })
  }),
  family('supplier-share-of-category', (rng) => {
    const category = amount(rng, 200_000, 2_000_000, 1_000)
    const share = rng.int(800, 4_500)
    const withSupplier = part(category * share, 10_000)
    const total = category * rng.int(3, 9)
    return figures(rng, bp, {
      stem: `${Client(rng)} spent ${cents('€')(withSupplier)} with ${supplier(rng)} in a category with ${cents('€')(category)} of spend; its total third-party spend was ${cents('€')(total)}. What share of the category's spend went to this supplier, to two decimal places?`,
      in: { category, withSupplier, total },
      key: part(withSupplier * 10_000, category),
      wrong: [
        [
          'ofTotal',
          part(withSupplier * 10_000, total),
          'divides by total spend instead of the category',
        ],
        [
          'ofOthers',
          part(withSupplier * 10_000, category - withSupplier),
          'divides by the rest of the category',
        ],
        [
          'countedTwice',
          part(withSupplier * 10_000, category + withSupplier),
          'adds the supplier’s spend to the category total, counting it twice',
        ],
        [
          'categoryOfTotal',
          part(category * 10_000, total),
          'gives the category’s share of total spend',
        ],
        [
          'othersShare',
          10_000 - part(withSupplier * 10_000, category),
          'gives the other suppliers’ share',
        ],
      ],
    })
  }),
  family('off-contract-spend-share', (rng) => {
    const onContract = amount(rng, 100_000, 900_000, 500)
    const off = amount(rng, 10_000, 150_000, 500)
    const excluded = amount(rng, 20_000, 200_000, 500)
    const m = cents(symbol(rng))
    return figures(rng, bp, {
      stem: `Of the addressable spend of ${client(rng)}, ${m(onContract)} went through contracted suppliers and ${m(off)} did not. A further ${m(excluded)} (rates, salaries, taxes) is non-addressable and out of scope. What share of addressable spend was off-contract (maverick), to two decimal places?`,
      in: { onContract, off, excluded },
      key: part(off * 10_000, onContract + off),
      wrong: [
        ['ofContracted', part(off * 10_000, onContract), 'divides by contracted spend only'],
        [
          'withNonAddressable',
          part(off * 10_000, onContract + off + excluded),
          'includes non-addressable spend in the base',
        ],
        [
          'onContractShare',
          part(onContract * 10_000, onContract + off),
          'gives the on-contract share',
        ],
        [
          'nonAddressableCounted',
          part((off + excluded) * 10_000, onContract + off + excluded),
          'counts non-addressable spend as off-contract',
        ],
      ],
    })
  }),
  family('purchase-price-variance', (rng) => {
    const standard = amount(rng, 2, 80) + rng.int(0, 99)
    const up = rng.int(0, 1) === 1
    const actual =
      standard + (up ? 1 : -1) * (rng.int(5, 90) + (standard > 1_000 ? rng.int(0, 200) : 0))
    const qty = rng.int(100, 5_000)
    const budgetQty = qty + rng.int(-30, 30) * 10
    const m = cents(symbol(rng))
    const say = (v: number) => `${m(Math.abs(v))} ${v > 0 ? 'adverse' : 'favourable'}`
    const ppv = (actual - standard) * qty
    return worked(rng, {
      stem: `The standard cost of a component is ${m(standard)}. This month ${grouped(qty, 0)} were bought at ${m(actual)} each (the budget assumed ${grouped(budgetQty, 0)}). What is the purchase price variance, (actual price − standard price) × quantity bought, and is it favourable or adverse?`,
      in: { standard, actual, qty, budgetQty },
      key: say(ppv),
      wrong: [
        ['signReversed', say(-ppv), 'reads favourable and adverse the wrong way round'],
        [
          'budgetQuantity',
          say((actual - standard) * budgetQty),
          'multiplies by the budgeted quantity',
        ],
        ['perUnit', say(actual - standard), 'gives the variance per unit'],
        [
          'quantityVariance',
          say((qty - budgetQty) * standard),
          'gives the quantity bought over budget at standard price',
        ],
        [
          'budgetSignReversed',
          say(-(actual - standard) * budgetQty),
          'uses the budgeted quantity and reads the sign the wrong way',
        ],
        [
          'perUnitSignReversed',
          say(standard - actual),
          'gives the variance per unit with the sign the wrong way',
        ],
      ],
    })
  }),
  family('e-auction-saving-against-baseline', (rng) => {
    const baseline = amount(rng, 50_000, 500_000, 500)
    const opening = baseline + part(baseline * rng.int(2, 12), 100)
    const winning = baseline - part(baseline * rng.int(4, 18), 100)
    return figures(rng, bp, {
      stem: `${Client(rng)} ran an e-auction for a contract whose baseline (last year's price for the same scope) was ${cents('£')(baseline)}. Bidding opened at ${cents('£')(opening)} and closed at ${cents('£')(winning)}. Savings policy measures against the baseline. What saving is reported, as a percentage to two decimal places?`,
      in: { baseline, opening, winning },
      key: part((baseline - winning) * 10_000, baseline),
      wrong: [
        [
          'againstOpening',
          part((opening - winning) * 10_000, opening),
          'measures against the opening bid',
        ],
        ['overWinning', part((baseline - winning) * 10_000, winning), 'divides by the winning bid'],
        [
          'openingOverBaseline',
          part((opening - winning) * 10_000, baseline),
          'takes the fall from the opening bid over the baseline',
        ],
        [
          'winningShare',
          part(winning * 10_000, baseline),
          'gives the winning bid as a share of the baseline',
        ],
        [
          'overOpening',
          part((baseline - winning) * 10_000, opening),
          'divides the saving by the opening bid',
        ],
        [
          'openingPremium',
          part((opening - baseline) * 10_000, baseline),
          'gives how far the opening bid was above the baseline',
        ],
        [
          'winningOverOpening',
          part(winning * 10_000, opening),
          'gives the winning bid as a share of the opening bid',
        ],
      ],
    })
  }),
]
