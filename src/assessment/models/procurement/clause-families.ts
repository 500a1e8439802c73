import { VariantError } from '../assemble-variant.js'
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
  worked,
} from './pro-text.js'
import { dated } from './rfq-families.js'

// More contract clauses as written: the estimated value of a contract with extension options,
// damages on the late part only, an exchange-rate clause that shares movements beyond a band,
// payment due dates from a valid invoice, and a warranty that
// ends at whichever of two dates comes first.

const DAY = 86_400_000
const later = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
/** The same day `n` months on, or that month's last day when it is shorter. */
const monthsOn = (iso: string, n: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10)
}
const drawDay = (rng: { int(a: number, b: number): number }) =>
  `${rng.int(2026, 2027)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`

export const CLAUSE_FAMILIES: readonly ScenarioFamily[] = [
  family('contract-value-with-extension-options', (rng) => {
    const annual = amount(rng, 20_000, 300_000, 500)
    const term = rng.int(2, 4)
    const options = rng.int(1, 3)
    const vat = rng.pick([20, 21])
    const m = cents(symbol(rng))
    return figures(rng, m, {
      stem: `${Client(rng)} is tendering a ${term}-year contract worth about ${m(annual)} a year excluding VAT, with options to extend by up to ${options} further year${options > 1 ? 's' : ''}. Its procurement rules value a contract over its whole possible life including every option, excluding VAT. What is the estimated contract value?`,
      in: { annual, term, options, vat },
      key: annual * (term + options),
      wrong: [
        ['initialTermOnly', annual * term, 'leaves out the extension options'],
        [
          'withVat',
          annual * (term + options) + part(annual * (term + options) * vat, 100),
          'includes VAT',
        ],
        ['oneOption', annual * (term + 1), 'counts one extension only'],
        ['annualOnly', annual, 'gives one year’s value'],
        [
          'optionsMultiplied',
          annual * term * (1 + options),
          'repeats the whole initial term for each option',
        ],
      ],
    })
  }),
  family('damages-on-the-late-portion-only', (rng) => {
    const value = amount(rng, 40_000, 400_000, 500)
    const latePart = part(value * rng.int(10, 45), 100)
    const rate = rng.pick([50, 100]) // basis points a week
    const weeks = rng.int(2, 9)
    const cap = rng.pick([1_000, 1_500]) // basis points of the late portion's value
    const m = cents(symbol(rng))
    const capped = (v: number) => Math.min(v, part(latePart * cap, 10_000))
    return figures(rng, m, {
      stem: `A ${m(value)} order is delivered in lots; lots worth ${m(latePart)} arrived ${weeks} complete weeks late, the rest on time. Liquidated damages are ${rate / 100}% a week of the value of the goods delivered late, capped at ${cap / 100}% of that value. What damages apply?`,
      in: { value, latePart, rate, weeks, cap },
      key: capped(weeks * part(latePart * rate, 10_000)),
      wrong: [
        [
          'wholeOrder',
          Math.min(weeks * part(value * rate, 10_000), part(value * cap, 10_000)),
          'charges the rate on the whole order',
        ],
        [
          'onTimePart',
          Math.min(
            weeks * part((value - latePart) * rate, 10_000),
            part((value - latePart) * cap, 10_000),
          ),
          'charges the rate on the lots delivered on time',
        ],
        ['oneWeek', part(latePart * rate, 10_000), 'charges one week only'],
        ['capAlways', part(latePart * cap, 10_000), 'deducts the cap whatever the delay'],
        [
          'rateAsWhole',
          capped(weeks * part(latePart * rate, 100)),
          'reads the weekly rate as whole percent',
        ],
      ],
    })
  }),
  family('exchange-rate-band-shared', (rng) => {
    const price = amount(rng, 20_000, 200_000, 100) // in the contract currency, cents
    const base = rng.int(1_050, 1_350) // buyer currency per 1,000 contract-currency units
    const band = rng.pick([3, 5])
    const move = band + rng.int(2, 9)
    const rateNow = part(base * (100 + move), 100)
    const m = cents(symbol(rng))
    const inHome = (r: number) => part(price * r, 1_000)
    // The band's edge is base × (1 + band%) exactly, never a rate rounded to three decimals.
    const atEdge = part(price * base * (100 + band), 100_000)
    const beyondEdge = (r: number) => part(price * (r * 100 - base * (100 + band)), 200_000)
    const shared = (r: number) => inHome(base) + beyondEdge(r)
    return figures(rng, m, {
      stem: `A supply contract is priced at ${grouped(price / 100, 2)} units of the supplier's currency, with a base rate of ${(base / 1000).toFixed(3)} of ${client(rng)}'s currency per unit. The supplier bears any movement of up to ${band}% from base; the part of a movement beyond ${band}% is shared 50/50. The rate at payment is ${(rateNow / 1000).toFixed(3)}. What does the buyer pay in its own currency, to the cent?`,
      in: { price, base, band, rateNow },
      key: shared(rateNow),
      wrong: [
        ['spotRate', inHome(rateNow), 'pays at the rate on the day'],
        ['baseRate', inHome(base), 'pays at the base rate'],
        [
          'wholeMoveShared',
          inHome(base) + part(inHome(rateNow) - inHome(base), 2),
          'shares the whole movement, band included',
        ],
        ['bandEdge', atEdge, 'stops at the edge of the band'],
        [
          'buyerBearsBand',
          atEdge + beyondEdge(rateNow),
          'makes the buyer bear the movement within the band',
        ],
      ],
    })
  }),
  family('payment-due-from-valid-invoice', (rng) => {
    const invoiceDate = drawDay(rng)
    const received = later(invoiceDate, rng.int(2, 6))
    const corrected = later(received, rng.int(5, 15))
    const days = rng.pick([30, 45, 60])
    return worked(rng, {
      stem: `A contract requires payment within ${days} days of receipt of a valid, undisputed invoice (the day after receipt is day 1). ${possessive(supplier(rng))} invoice dated ${dated(invoiceDate)} was received on ${dated(received)}, rejected for a missing purchase order number, and a corrected invoice was received on ${dated(corrected)}. By what date must ${client(rng)} pay?`,
      in: { invoiceDate, received, corrected, days },
      key: dated(later(corrected, days)),
      wrong: [
        [
          'firstReceipt',
          dated(later(received, days)),
          'counts from receipt of the rejected invoice',
        ],
        ['invoiceDate', dated(later(invoiceDate, days)), 'counts from the invoice date'],
        [
          'receiptAsDayOne',
          dated(later(corrected, days - 1)),
          'counts the day of receipt as day 1',
        ],
        [
          'monthEnd',
          dated(monthEndOf(later(corrected, days))),
          'moves the date to the end of its month',
        ],
      ],
    })
  }),
  family('warranty-ends-whichever-first', (rng) => {
    const delivered = drawDay(rng)
    const installed = later(delivered, rng.int(20, 200))
    const fromInstall = rng.pick([12, 24])
    const fromDelivery = fromInstall + rng.pick([3, 6])
    const a = monthsOn(installed, fromInstall)
    const b = monthsOn(delivered, fromDelivery)
    if (a === b) throw new VariantError('the two ends coincide')
    // ISO dates sort as text.
    const [first, last] = [a, b].sort() as [string, string]
    return worked(rng, {
      stem: `${possessive(supplier(rng))} equipment warranty runs ${fromInstall} months from installation or ${fromDelivery} months from delivery, whichever ends first; a period of months ends on the same day of the month, or on the month's last day if it has no such day. The equipment was delivered on ${dated(delivered)} and installed on ${dated(installed)}. On what date does the warranty end?`,
      in: { delivered, installed, fromInstall, fromDelivery },
      key: dated(first),
      wrong: [
        ['whicheverLater', dated(last), 'takes whichever ends later'],
        [
          'installPlusLonger',
          dated(monthsOn(installed, fromDelivery)),
          'runs the longer period from installation',
        ],
        [
          'deliveryPlusShorter',
          dated(monthsOn(delivered, fromInstall)),
          'runs the shorter period from delivery',
        ],
        [
          'addsBoth',
          dated(monthsOn(delivered, fromInstall + fromDelivery)),
          'adds both periods from delivery',
        ],
      ],
    })
  }),
]

/** The last day of the month `iso` falls in. */
function monthEndOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}
