import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bp,
  Client,
  cents,
  family,
  figures,
  grouped,
  part,
  supplier,
  symbol,
} from './pro-text.js'

// More of what a buyer reports: savings counted in the months of the financial year a contract
// runs, savings against an inflation-adjusted baseline, a client's weight in a supplier's
// turnover, invoice accuracy, and how far a price sits above a benchmark median.

export const SPEND_FAMILIES: readonly ScenarioFamily[] = [
  family('in-year-saving-from-a-mid-year-start', (rng) => {
    const monthly = amount(rng, 500, 9_000, 10)
    const yearStart = rng.pick([0, 3, 6]) // January, April or July
    const startsAfter = rng.int(2, 9) // months after the year starts
    const start = (yearStart + startsAfter) % 12
    const inYear = 12 - startsAfter
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${Client(rng)}'s financial year starts on 1 ${MONTH_NAMES[yearStart]}. A new contract saving ${m(monthly)} a month starts on 1 ${MONTH_NAMES[start]}. Its policy reports savings in the financial year they fall in. What saving goes in this year's report?`,
      in: { monthly, yearStart, start, inYear },
      key: monthly * inYear,
      wrong: [
        ['fullYear', monthly * 12, 'reports a full year'],
        ['monthsElapsed', monthly * startsAfter, 'counts the months already gone'],
        ['calendarYear', monthly * (12 - start), 'counts to the end of the calendar year'],
        ['oneMonthLess', monthly * (inYear - 1), 'leaves out the starting month'],
      ],
    })
  }),
  family('saving-against-inflation-adjusted-baseline', (rng) => {
    const old = amount(rng, 5, 200) + rng.int(0, 99)
    const inflation = rng.int(2, 9)
    const rise = rng.int(0, inflation - 1)
    const neu = old + part(old * rise, 100)
    const volume = rng.int(10, 200) * 50
    const m = cents(symbol(rng))
    const baseline = old + part(old * inflation, 100)
    return figures(rng, m, {
      stem: `A unit price went from ${m(old)} to ${m(neu)} at renewal while the agreed market index rose ${inflation}%. ${Client(rng)}'s savings policy measures against last year's price raised by the index (to the cent), times forecast volume (${grouped(volume, 0)} units). What saving is reported?`,
      in: { old, neu, inflation, volume },
      key: (baseline - neu) * volume,
      wrong: [
        ['nominal', (old - neu) * volume, 'measures against last year’s price without the index'],
        ['indexOnly', (baseline - old) * volume, 'reports the index rise as the saving'],
        ['perUnit', baseline - neu, 'gives the saving per unit'],
        [
          'indexOnNew',
          (neu + part(neu * inflation, 100) - neu) * volume,
          'applies the index to the new price',
        ],
        [
          'addedRise',
          (baseline - old + neu - old) * volume,
          'adds the price rise to the index rise',
        ],
      ],
    })
  }),
  family('client-share-of-supplier-turnover', (rng) => {
    const turnover = amount(rng, 500_000, 8_000_000, 1_000)
    const share = rng.int(400, 4_500)
    const spend = part(turnover * share, 10_000)
    const category = spend + amount(rng, 50_000, 900_000, 1_000)
    return figures(rng, bp, {
      stem: `${Client(rng)} spends ${cents('€')(spend)} a year with ${supplier(rng)}, out of ${cents('€')(category)} in the category. The supplier's annual turnover is ${cents('€')(turnover)}. To judge the supplier's dependence on the client, what share of the supplier's turnover does the client's spend make up, to two decimal places?`,
      in: { turnover, spend, category },
      key: part(spend * 10_000, turnover),
      wrong: [
        ['ofCategory', part(spend * 10_000, category), 'divides by the client’s category spend'],
        [
          'ofOtherTurnover',
          part(spend * 10_000, turnover - spend),
          'divides by the rest of the supplier’s turnover',
        ],
        [
          'categoryOfTurnover',
          part(category * 10_000, turnover),
          'divides the whole category spend by the turnover',
        ],
        [
          'restOfTurnover',
          10_000 - part(spend * 10_000, turnover),
          'gives the share from other customers',
        ],
      ],
    })
  }),
  family('invoice-accuracy-rate', (rng) => {
    const invoices = rng.int(120, 900)
    const priceErrors = rng.int(3, 30)
    const qtyErrors = rng.int(3, 30)
    const both = rng.int(1, Math.min(priceErrors, qtyErrors) - 1)
    const credited = rng.int(2, priceErrors)
    const wrong = priceErrors + qtyErrors - both
    return figures(rng, bp, {
      stem: `Of ${invoices} invoices from ${supplier(rng)} this year, ${priceErrors} had a price error and ${qtyErrors} a quantity error (${both} had both); ${credited} of the faulty invoices were later put right by credit notes. The scorecard's invoice accuracy is invoices with no error ÷ all invoices. What is it, to two decimal places?`,
      in: { invoices, priceErrors, qtyErrors, both, credited },
      key: part((invoices - wrong) * 10_000, invoices),
      wrong: [
        [
          'doubleCounted',
          part((invoices - priceErrors - qtyErrors) * 10_000, invoices),
          'counts invoices with both errors twice',
        ],
        [
          'creditedCleared',
          part((invoices - wrong + credited) * 10_000, invoices),
          'counts credited invoices as accurate',
        ],
        ['errorRate', part(wrong * 10_000, invoices), 'gives the error rate'],
        [
          'priceOnly',
          part((invoices - priceErrors) * 10_000, invoices),
          'counts price errors only',
        ],
        [
          'overFaulty',
          part((invoices - wrong) * 10_000, invoices + wrong),
          'adds the faulty invoices to the base',
        ],
      ],
    })
  }),
  family('price-above-benchmark-median', (rng) => {
    const quotes = [0, 1, 2, 3, 4]
      .map(() => amount(rng, 40, 90) + rng.int(0, 99))
      .sort((a, b) => a - b)
    const ours = quotes[4]! + rng.int(100, 900)
    const median = quotes[2]!
    const mean = part(
      quotes.reduce((a, b) => a + b, 0),
      5,
    )
    const m = cents(symbol(rng))
    return figures(rng, bp, {
      stem: `${Client(rng)} pays ${m(ours)} a unit. Five benchmark quotes for the same specification: ${rng.shuffle(quotes).map(m).join(', ')}. How far above the benchmark median is its price, as a percentage of the median to two decimal places?`,
      in: { ours, q0: quotes[0]!, q1: quotes[1]!, q2: quotes[2]!, q3: quotes[3]!, q4: quotes[4]! },
      key: part((ours - median) * 10_000, median),
      wrong: [
        ['mean', part((ours - mean) * 10_000, mean), 'uses the mean of the quotes'],
        ['overOurs', part((ours - median) * 10_000, ours), 'divides by its own price'],
        [
          'lowestQuote',
          part((ours - quotes[0]!) * 10_000, quotes[0]!),
          'measures against the lowest quote',
        ],
        [
          'highestQuote',
          part((ours - quotes[4]!) * 10_000, quotes[4]!),
          'measures against the highest quote',
        ],
        ['ratio', part(ours * 10_000, median), 'gives the price as a percentage of the median'],
        ['ratioToMean', part(ours * 10_000, mean), 'gives the price as a percentage of the mean'],
      ],
    })
  }),
]
