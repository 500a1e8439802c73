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
  symbol,
} from './pro-text.js'

// Pricing schedules and other price measures tenders use: a schedule of rates evaluated at the
// tender's stated quantities, a quality-to-price ratio, and whole-life cost as a yearly figure.

const LINES = ['Standard call-out', 'Hourly labour', 'Emergency call-out', 'Parts handling']

export const SCHEDULE_FAMILIES: readonly ScenarioFamily[] = [
  family('schedule-of-rates-at-evaluation-quantities', (rng) => {
    const qty = [rng.int(20, 200), rng.int(100, 900), rng.int(2, 30), rng.int(10, 120)]
    const rate = [
      amount(rng, 40, 120) + rng.pick([0, 50]),
      amount(rng, 25, 70) + rng.pick([0, 50]),
      amount(rng, 150, 400, 5),
      amount(rng, 5, 30) + rng.pick([0, 50]),
    ]
    const m = cents(symbol(rng))
    const priced = (qs: readonly number[]) => qs.reduce((a, q, j) => a + q * rate[j]!, 0)
    return figures(rng, m, {
      stem: `A maintenance tender is evaluated by pricing each bidder's schedule of rates at the tender's stated annual quantities: ${LINES.map((l, j) => `${l} ${qty[j]}`).join(', ')}. One bidder's rates: ${LINES.map((l, j) => `${l} ${m(rate[j]!)}`).join(', ')}. What is its evaluated annual price?`,
      in: {
        ...Object.fromEntries(qty.map((q, j) => [`q${j}`, q])),
        ...Object.fromEntries(rate.map((r, j) => [`r${j}`, r])),
      },
      key: priced(qty),
      wrong: [
        ['ratesSummed', rate.reduce((a, b) => a + b, 0), 'adds the rates without the quantities'],
        [
          'averageQuantity',
          part(rate.reduce((a, b) => a + b, 0) * qty.reduce((a, b) => a + b, 0), 4),
          'prices every rate at the average quantity',
        ],
        [
          'dropsEmergency',
          priced([qty[0]!, qty[1]!, 0, qty[3]!]),
          'leaves out the emergency line as unlikely',
        ],
        [
          'quantitiesShifted',
          priced([qty[1]!, qty[2]!, qty[3]!, qty[0]!]),
          'pairs each rate with the next line’s quantity',
        ],
        [
          'highestRateAll',
          Math.max(...rate) * qty.reduce((a, b) => a + b, 0),
          'prices all quantities at the highest rate',
        ],
      ],
    })
  }),
  family('quality-price-ratio', (rng) => {
    const quality = rng.int(4_500, 9_500) // hundredths of a point, out of 100
    const years = rng.pick([2, 3, 4])
    const yearly = amount(rng, 8_000, 60_000, 500)
    const price = yearly * years
    const show = (h: number) => `${grouped(h / 100, 2)} points per £1,000`
    return figures(rng, show, {
      stem: `${Client(rng)} ranks bids by quality-price ratio: quality score (out of 100) ÷ the whole contract price in thousands of pounds, highest best. A bid for the ${years}-year contract scores ${grouped(quality / 100, 2)} for quality at a price of ${cents('£')(yearly)} a year, ${cents('£')(price)} in all. What is its ratio, to two decimal places?`,
      in: { quality, price, years },
      key: part(quality * 100_000, price),
      wrong: [
        [
          'pricePerPoint',
          part(price * 100, quality * 1_000),
          'divides the price by the quality score',
        ],
        [
          'yearlyPrice',
          part(quality * 100_000, yearly),
          'divides by the yearly price, not the whole contract’s',
        ],
        [
          'tensOfThousands',
          part(quality * 1_000_000, price),
          'divides by the price in tens of thousands of pounds',
        ],
        [
          'priceInHundreds',
          part(quality * 10_000, price),
          'divides by the price in hundreds of pounds',
        ],
      ],
    })
  }),
  family('whole-life-cost-per-year', (rng) => {
    const price = amount(rng, 6_000, 50_000, 100)
    const running = amount(rng, 500, 6_000, 50)
    const years = rng.int(3, 8)
    const resale = amount(rng, 200, 5_000, 100)
    const m = cents(symbol(rng))
    const life = price + years * running - resale
    return figures(rng, m, {
      stem: `To compare assets with different lives, the buyer for ${client(rng)} divides undiscounted whole-life cost by the years of service. An asset costs ${m(price)}, runs at ${m(running)} a year for ${years} years and then sells for ${m(resale)}. What is its whole-life cost per year, to the nearest cent?`,
      in: { price, running, years, resale },
      key: part(life, years),
      wrong: [
        ['lifeTotal', life, 'gives the whole-life total'],
        [
          'priceSpread',
          part(price, years) + running,
          'spreads the price and forgets the resale value',
        ],
        [
          'resaleAdded',
          part(price + years * running + resale, years),
          'adds the resale value as a cost',
        ],
        ['runningOnly', running, 'gives the running cost alone'],
        ['yearsPlusOne', part(life, years + 1), 'divides by one year more than the service life'],
      ],
    })
  }),
]
