import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { amount, bidder, Client, cents, family, figures, part, symbol, worked } from './pro-text.js'

// Whole-life cost: what a buyer compares when the cheapest price is not the cheapest to own:
// purchase price, service after the warranty, consumables, energy, and the resale value at the
// end, over the period the stem states; and the same cost discounted by stated factors.

export const WHOLE_LIFE_FAMILIES: readonly ScenarioFamily[] = [
  family('tco-over-contract-life', (rng) => {
    const price = amount(rng, 8_000, 40_000, 50)
    const service = amount(rng, 600, 3_000, 10)
    const consumables = amount(rng, 400, 2_500, 10)
    const years = rng.int(4, 7)
    const residual = amount(rng, 500, 4_000, 50)
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${Client(rng)} is costing a machine over ${years} years: price ${m(price)}, which includes the first year's service; service ${m(service)} a year after that; consumables ${m(consumables)} a year from year 1; resale value ${m(residual)} at the end. What is its total cost of ownership, undiscounted?`,
      in: { price, service, consumables, years, residual },
      key: price + (years - 1) * service + years * consumables - residual,
      wrong: [
        [
          'serviceEveryYear',
          price + years * (service + consumables) - residual,
          'charges service in the first year too',
        ],
        [
          'noResale',
          price + (years - 1) * service + years * consumables,
          'leaves out the resale value',
        ],
        [
          'resaleAdded',
          price + (years - 1) * service + years * consumables + residual,
          'adds the resale value as a cost',
        ],
        ['noConsumables', price + (years - 1) * service - residual, 'leaves out the consumables'],
        ['oneYear', price + consumables - residual, 'counts one year of running costs only'],
        ['priceOnly', price - residual, 'nets the resale value from the price and stops there'],
      ],
    })
  }),
  family('tco-cheapest-option', (rng) => {
    const years = rng.int(4, 6)
    const price = [
      amount(rng, 9_000, 12_000, 100),
      amount(rng, 12_500, 15_000, 100),
      amount(rng, 15_500, 19_000, 100),
      amount(rng, 10_000, 18_000, 100),
    ]
    const running = [
      amount(rng, 2_600, 3_400, 50),
      amount(rng, 1_800, 2_500, 50),
      amount(rng, 900, 1_600, 50),
      amount(rng, 1_500, 3_000, 50),
    ]
    const resale = [
      amount(rng, 200, 800, 50),
      amount(rng, 900, 2_000, 50),
      amount(rng, 2_500, 4_500, 50),
      amount(rng, 500, 3_000, 50),
    ]
    const order = rng.shuffle([0, 1, 2, 3])
    const p = order.map((j) => price[j]!)
    const r = order.map((j) => running[j]!)
    const v = order.map((j) => resale[j]!)
    const m = cents(symbol(rng))
    const tco = (k: number) => p[k]! + years * r[k]! - v[k]!
    const ks = [0, 1, 2, 3]
    const least = (f: (k: number) => number) => ks.reduce((a, b) => (f(b) < f(a) ? b : a))
    const sorted = ks.map(tco).sort((a, b) => a - b)
    if (sorted[0] === sorted[1]) throw new VariantError('two options tie')
    const show = (k: number, total: number) => `${bidder(k)}: ${m(total)}`
    const win = least(tco)
    const noResale = least((k) => p[k]! + years * r[k]!)
    const cheapest = least((k) => p[k]!)
    const oneYear = least((k) => p[k]! + r[k]! - v[k]!)
    const resaleAdded = least((k) => p[k]! + years * r[k]! + v[k]!)
    return worked(rng, {
      stem: `Four bids for a ${years}-year need (price paid now; running cost a year; resale value at the end): ${ks.map((k) => `${bidder(k)} ${m(p[k]!)}, ${m(r[k]!)} a year, resale ${m(v[k]!)}`).join('; ')}. Which has the lowest total cost of ownership, undiscounted, and what is it?`,
      in: {
        years,
        p0: p[0]!,
        p1: p[1]!,
        p2: p[2]!,
        p3: p[3]!,
        r0: r[0]!,
        r1: r[1]!,
        r2: r[2]!,
        r3: r[3]!,
        v0: v[0]!,
        v1: v[1]!,
        v2: v[2]!,
        v3: v[3]!,
      },
      key: show(win, tco(win)),
      wrong: [
        [
          'noResale',
          show(noResale, p[noResale]! + years * r[noResale]!),
          'leaves out the resale values',
        ],
        ['cheapestPrice', show(cheapest, tco(cheapest)), 'picks the lowest purchase price'],
        [
          'oneYear',
          show(oneYear, p[oneYear]! + r[oneYear]! - v[oneYear]!),
          'counts one year of running cost',
        ],
        [
          'resaleAdded',
          show(resaleAdded, p[resaleAdded]! + years * r[resaleAdded]! + v[resaleAdded]!),
          'adds the resale values as costs',
        ],
        [
          'winnerPriceOnly',
          show(win, p[win]!),
          'gives the winner’s purchase price as its total cost',
        ],
      ],
    })
  }),
  family('energy-cost-over-life', (rng) => {
    const kw = rng.int(15, 90) // tenths of a kilowatt
    const standby = rng.int(2, 8) // tenths of a kilowatt
    const hours = rng.pick([8, 10, 12, 16])
    const days = rng.pick([250, 260, 300])
    const tariff = rng.int(18, 34) // cents per kWh
    const years = rng.int(3, 8)
    const m = cents(symbol(rng))
    const cost = (run: number, idle: number, d: number, y: number) =>
      part((run * hours + idle * (24 - hours)) * d * tariff * y, 10)
    return figures(rng, m, {
      stem: `A bid's chiller draws ${kw / 10} kW while running and ${standby / 10} kW on standby. It runs ${hours} hours a day and stands by the rest of the day, on ${days} operating days a year (it is switched off on the others). Electricity costs ${m(tariff)} per kWh. What energy cost should the whole-life evaluation add for ${years} years, to the nearest cent?`,
      in: { kw, standby, hours, days, tariff, years },
      key: cost(kw, standby, days, years),
      wrong: [
        ['noStandby', cost(kw, 0, days, years), 'leaves out the standby draw'],
        ['standbyAtFull', cost(kw, kw, days, years), 'charges standby hours at the running draw'],
        ['everyDay', cost(kw, standby, 365, years), 'counts every day of the year'],
        ['oneYear', cost(kw, standby, days, 1), 'gives one year’s energy'],
        [
          'standbyOnDaysOff',
          cost(kw, standby, days, years) + part(standby * 24 * (365 - days) * tariff * years, 10),
          'charges standby on the days it is switched off',
        ],
      ],
    })
  }),
  family('discounted-life-cycle-cost', (rng) => {
    const price = amount(rng, 10_000, 30_000, 100)
    const running = amount(rng, 1_000, 5_000, 50)
    const factors = rng.pick([
      [952, 907, 864],
      [943, 890, 840],
      [926, 857, 794],
      [909, 826, 751],
    ])
    const m = cents(symbol(rng))
    const rate = { 952: 5, 943: 6, 926: 8, 909: 10 }[factors[0] as 952 | 943 | 926 | 909]
    const pv = (fs: readonly number[]) =>
      price + fs.reduce((a, f) => a + part(running * f, 1000), 0)
    return figures(rng, m, {
      stem: `Bid evaluation discounts costs at ${rate}% a year, with discount factors ${factors.map((f) => (f / 1000).toFixed(3)).join(', ')} for years 1 to 3. A bid costs ${m(price)} paid now and ${m(running)} at the end of each of the 3 years. Rounding each year's present value to the cent, what is its life-cycle cost in present value?`,
      in: { price, running, f1: factors[0]!, f2: factors[1]!, f3: factors[2]!, rate },
      key: pv(factors),
      wrong: [
        ['undiscounted', price + 3 * running, 'adds the running costs without discounting'],
        [
          'discountsPrice',
          part(price * factors[0]!, 1000) +
            factors.reduce((a, f) => a + part(running * f, 1000), 0),
          'discounts the price paid now as well',
        ],
        [
          'firstFactorOnly',
          price + 3 * part(running * factors[0]!, 1000),
          'applies the year-1 factor to every year',
        ],
        [
          'runningOnly',
          factors.reduce((a, f) => a + part(running * f, 1000), 0),
          'leaves out the price paid now',
        ],
        [
          'lastFactorOnly',
          price + 3 * part(running * factors[2]!, 1000),
          'applies the year-3 factor to every year',
        ],
        [
          'shiftedYear',
          price + running + part(running * factors[0]!, 1000) + part(running * factors[1]!, 1000),
          'treats each payment as at the start of its year',
        ],
      ],
    })
  }),
]
