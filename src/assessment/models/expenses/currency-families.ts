import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  cents,
  drawDate,
  employee,
  eur,
  family,
  gbp,
  share,
  showDate,
  usd,
} from './expense-text.js'

// Foreign currency, card fees, VAT and tips. Exchange rates are stated as "1 unit of the foreign
// currency = x home units" to four decimals (held as integers over 10,000), and each stem says
// which date's rate the policy uses. UK VAT facts the stems state (HMRC VAT Notice 700, The VAT
// Guide): the VAT in a VAT-inclusive price at the 20 % standard rate is its VAT fraction, 1/6
// (at 5 %, 1/21); VAT is reclaimed only on a valid VAT invoice, and a simplified invoice serves
// only for a supply of £250 or less including VAT. A discretionary service charge is outside
// the scope of VAT (Notice 709/1, catering and take-away food). VAT on the fuel part of a mileage
// allowance is reclaimable when fuel receipts cover it, the fuel part per mile being HMRC's
// advisory fuel rate (Notice 700/64, motoring expenses).

/** A rate as the stem shows it, `1 EUR = 1.0842 USD`. */
const quote = (from: string, to: string, r: number) => `1 ${from} = ${(r / 10000).toFixed(4)} ${to}`
/** Foreign cents converted at a rate over 10,000, to the home cent. */
const at = (foreign: number, r: number) => share(foreign, r, 10000)
/** Foreign cents converted by dividing by the rate: the inverted-quote slip. */
const over = (foreign: number, r: number) => share(foreign, 10000, r)

/** A home and foreign currency pair with a plausible rate range (foreign unit in home units). */
const PAIRS = [
  ['EUR', 'USD', usd, eur, 10500, 11500],
  ['GBP', 'USD', usd, gbp, 12200, 13400],
  ['EUR', 'GBP', gbp, eur, 8300, 8800],
  ['USD', 'GBP', gbp, usd, 7400, 8200],
] as const

export const CURRENCY_FAMILIES = [
  family('rate-of-the-transaction-date', (rng) => {
    const [from, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const amount = cents(rng, 80, 900)
    const spent = drawDate(rng)
    const posted = addDays(spent, rng.int(2, 4))
    const filed = addDays(spent, rng.int(15, 30))
    const [rs, rp, rf] = [rng.int(lo, hi), rng.int(lo, hi), rng.int(lo, hi)]
    if (new Set([rs, rp, rf]).size < 3) throw new VariantError('two rates equal')
    return {
      stem: `${employee(rng)} paid ${foreign(amount)} on ${showDate(spent)}; the card posted it on ${showDate(posted)} and the report is filed on ${showDate(filed)}. Rates: ${quote(from, to, rs)} on the spending date, ${quote(from, to, rp)} on the posting date, ${quote(from, to, rf)} on the filing date. Policy: convert at the rate of the date the expense was incurred, to the cent. What is the claim in ${to}?`,
      key: home(at(amount, rs)),
      wrong: [
        [home(at(amount, rp)), 'uses the posting date’s rate'],
        [home(at(amount, rf)), 'uses the filing date’s rate'],
        [home(over(amount, rs)), 'divides by the rate instead of multiplying'],
        [home(amount), 'claims the foreign amount as if it were home currency'],
      ],
      figures: { amount, rs, rp, rf },
    }
  }),
  family('foreign-transaction-fee', (rng) => {
    const [from, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const amount = cents(rng, 60, 700)
    const r = rng.int(lo, hi)
    const feeBp = rng.pick([175, 275, 299, 300])
    const base = at(amount, r)
    const fee = share(base, feeBp, 10000)
    return {
      stem: `${employee(rng)} paid ${foreign(amount)} abroad on a personal card, converted at ${quote(from, to, r)}; the bank added a ${feeBp / 100}% foreign transaction fee on the converted amount. The policy reimburses the converted amount and the fee, each to the cent. What is the claim in ${to}?`,
      key: home(base + fee),
      wrong: [
        [home(base), 'leaves out the foreign transaction fee'],
        [home(base - fee), 'deducts the fee instead of adding it'],
        [
          home(over(amount, r) + share(over(amount, r), feeBp, 10000)),
          'divides by the rate, then adds the fee',
        ],
        [home(base + share(amount, feeBp, 10000)), 'works the fee on the foreign amount'],
        [home(share(base, 10000, 10000 - feeBp)), 'grosses up, dividing by one less the fee'],
        [home(amount + share(amount, feeBp, 10000)), 'adds the fee but never converts the amount'],
      ],
      figures: { amount, r, feeBp },
    }
  }),
  family('vat-fraction-standard-rate', (rng) => {
    const gross = cents(rng, 24, 480)
    const key = share(gross, 1, 6)
    return {
      stem: `A UK supplier's VAT invoice to ${employee(rng)} shows a VAT-inclusive total of ${gbp(gross)}, all standard-rated at 20 %. How much VAT can the company reclaim, to the penny?`,
      key: gbp(key),
      wrong: [
        [gbp(share(gross, 20, 100)), 'takes 20 % of the VAT-inclusive total'],
        [gbp(share(gross, 1, 21)), 'uses the 5 % fraction, 1/21'],
        [gbp(gross - key), 'gives the net amount, not the VAT'],
        [gbp(share(gross, 175, 1175)), 'uses the old 17.5 % fraction, 7/47'],
        [gbp(share(gross, 16, 100)), 'takes 20 % off the total for a net, then 20 % of that net'],
        [gbp(share(gross, 80, 100)), 'gives a net found by taking 20 % off the total'],
      ],
      figures: { gross },
    }
  }),
  family('vat-mixed-rate-receipt', (rng) => {
    const standard = cents(rng, 8, 60)
    const zero = cents(rng, 4, 30)
    const total = standard + zero
    const key = share(standard, 1, 6)
    return {
      stem: `A UK receipt on a VAT invoice totals ${gbp(total)}: ${gbp(standard)} of hot food and drinks standard-rated at 20 %, and ${gbp(zero)} of cold take-away food zero-rated, both VAT-inclusive. How much VAT is reclaimable, to the penny?`,
      key: gbp(key),
      wrong: [
        [gbp(share(total, 1, 6)), 'takes 1/6 of the whole receipt'],
        [gbp(share(standard, 20, 100)), 'takes 20 % of the VAT-inclusive standard part'],
        [gbp(share(total, 20, 100)), 'takes 20 % of the whole receipt'],
        [gbp(share(zero, 1, 6)), 'takes 1/6 of the zero-rated part'],
        [gbp(share(standard, 1, 21)), 'uses the 5 % fraction'],
        [
          gbp(share(standard, 16, 100)),
          'takes 20 % off the standard part for a net, then 20 % of that net',
        ],
        [gbp(share(standard, 7, 47)), 'uses the old 17.5 % fraction, 7/47'],
      ],
      figures: { standard, zero },
    }
  }),
  family('net-cost-after-vat', (rng) => {
    const gross = cents(rng, 30, 900)
    const vat = share(gross, 1, 6)
    return {
      stem: `A VAT-registered UK company books expenses net of reclaimable VAT. ${employee(rng)}'s train-station hotel bill is ${gbp(gross)} including VAT at 20 %, on a valid VAT invoice. What net cost is charged to the expense account, to the penny?`,
      key: gbp(gross - vat),
      wrong: [
        [gbp(gross - share(gross, 20, 100)), 'deducts 20 % of the gross'],
        [gbp(gross), 'books the gross amount'],
        [gbp(vat), 'books the VAT as the cost'],
        [gbp(gross + share(gross, 20, 100)), 'adds VAT to a VAT-inclusive bill'],
        [gbp(gross - share(gross, 1, 21)), 'uses the 5 % fraction'],
      ],
      figures: { gross },
    }
  }),
  family('vat-on-mileage-fuel', (rng) => {
    const miles = rng.int(120, 1400)
    const afr = rng.pick([12, 13, 14, 15, 19, 21, 22])
    const fuel = miles * afr
    const key = share(fuel, 1, 6)
    return {
      stem: `${employee(rng)} is paid 45p a mile for ${miles} business miles in their own petrol car and has handed in fuel receipts covering at least the fuel used. HMRC's advisory fuel rate for the car is ${afr}p a mile, the fuel part of the allowance, and VAT on fuel is at 20 %. How much VAT can the company reclaim on the claim, to the penny?`,
      key: gbp(key),
      wrong: [
        [gbp(share(miles * 45, 1, 6)), 'reclaims VAT on the whole 45p allowance'],
        [gbp(share(fuel, 20, 100)), 'takes 20 % of the VAT-inclusive fuel part'],
        [gbp(fuel), 'gives the fuel part itself'],
        [gbp(share(miles * (45 - afr), 1, 6)), 'reclaims VAT on the non-fuel part'],
        [gbp(0), 'treats mileage allowances as outside VAT altogether'],
      ],
      figures: { miles, afr },
    }
  }),
  family('tip-outside-vat', (rng) => {
    const food = cents(rng, 40, 220)
    const tipBp = rng.pick([1000, 1250, 1500])
    const tip = share(food, tipBp, 10000)
    const key = share(food, 1, 6)
    return {
      stem: `A UK restaurant VAT invoice shows food and drink ${gbp(food)} including VAT at 20 %, and a discretionary ${tipBp / 100}% service charge of ${gbp(tip)}, ${gbp(food + tip)} in all. A discretionary service charge is outside the scope of VAT. How much VAT is reclaimable, to the penny?`,
      key: gbp(key),
      wrong: [
        [gbp(share(food + tip, 1, 6)), 'takes VAT out of the service charge too'],
        [gbp(share(food, 20, 100)), 'takes 20 % of the VAT-inclusive food bill'],
        [gbp(share(food + tip, 20, 100)), 'takes 20 % of the whole bill'],
        [gbp(share(food - tip, 1, 6)), 'deducts the service charge from the food bill first'],
      ],
      figures: { food, tip },
    }
  }),
  family('simplified-invoice-limit', (rng) => {
    const small = cents(rng, 40, 240)
    const big = cents(rng, 260, 600)
    const full = cents(rng, 260, 900)
    const key = share(small, 1, 6) + share(full, 1, 6)
    return {
      stem: `${employee(rng)} hands in three UK receipts, all standard-rated at 20 % and VAT-inclusive: ${gbp(small)} on a simplified (less detailed) VAT invoice, ${gbp(big)} on a simplified VAT invoice, and ${gbp(full)} on a full VAT invoice. A simplified invoice supports a VAT claim only for a supply of £250 or less including VAT. How much VAT is reclaimable, to the penny each?`,
      key: gbp(key),
      wrong: [
        [gbp(key + share(big, 1, 6)), 'accepts the simplified invoice over £250'],
        [gbp(share(full, 1, 6)), 'accepts only full VAT invoices'],
        [gbp(share(small, 1, 6)), 'accepts only the receipt under £250'],
        [gbp(share(small, 20, 100) + share(full, 20, 100)), 'takes 20 % of VAT-inclusive amounts'],
      ],
      figures: { small, big, full },
    }
  }),
  family('cash-at-withdrawal-rate', (rng) => {
    const [, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const got = rng.int(2, 6) * 10000
    const mid = rng.int(lo, hi)
    const fee = rng.pick([300, 350, 500])
    const debited = at(got, mid + rng.int(80, 300)) + fee
    const spent = got - rng.int(5, 60) * 100
    const key = share(spent, debited, got)
    return {
      stem: `${employee(rng)} withdrew ${foreign(got)} in cash abroad; the bank debited ${home(debited)} including a ${home(fee)} ATM fee. They spent ${foreign(spent)} of it on business, all receipted, and kept the rest. The policy converts cash spending at the rate actually paid for the cash, fees included, to the cent. The day's market rate was ${(mid / 10000).toFixed(4)} ${to} per unit. What is the claim?`,
      key: home(key),
      wrong: [
        [home(at(spent, mid)), 'uses the market rate, not the rate paid'],
        [home(debited), 'claims the whole withdrawal'],
        [home(share(spent, debited - fee, got)), 'leaves the ATM fee out of the rate'],
        [
          home(share(spent, debited - fee, got) + fee),
          'adds the whole fee to the converted spending',
        ],
        [home(share(spent, got, debited)), 'inverts the rate paid'],
      ],
      figures: { got, debited, fee, spent, mid },
    }
  }),
  family('refund-at-a-later-rate', (rng) => {
    const [from, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const paid = cents(rng, 200, 900)
    const refunded = paid - cents(rng, 40, 150)
    const r1 = rng.int(lo, hi)
    const r2 = rng.int(lo, hi)
    if (r1 === r2) throw new VariantError('same rate')
    const key = at(paid, r1) - at(refunded, r2)
    return {
      stem: `${employee(rng)} paid a hotel deposit of ${foreign(paid)} at ${quote(from, to, r1)}; after a change of plan the hotel refunded ${foreign(refunded)}, credited at ${quote(from, to, r2)}. Each card line is converted at its own rate, to the cent. What is the net cost to claim in ${to}?`,
      key: home(key),
      wrong: [
        [home(at(paid - refunded, r1)), 'converts the net foreign amount at the payment rate'],
        [home(at(paid - refunded, r2)), 'converts the net foreign amount at the refund rate'],
        [home(at(paid, r1)), 'ignores the refund'],
        [home(at(paid, r1) + at(refunded, r2)), 'adds the refund as a further charge'],
        [
          home(Math.abs(at(refunded, r1) - at(refunded, r2))),
          'gives only the currency difference on the refund',
        ],
      ],
      figures: { paid, refunded, r1, r2 },
    }
  }),
  family('dcc-markup-not-reimbursed', (rng) => {
    const [from, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const amount = cents(rng, 80, 900)
    const r = rng.int(lo, hi)
    const markBp = rng.pick([300, 400, 500, 600])
    const dcc = at(amount, r + share(r, markBp, 10000))
    const key = at(amount, r)
    return {
      stem: `At a hotel abroad ${employee(rng)} let the terminal charge in ${to} (dynamic currency conversion): ${foreign(amount)} became ${home(dcc)}. The card network rate that day was ${quote(from, to, r)}. The policy reimburses foreign spending at the card network rate; a conversion mark-up chosen at the till is the traveller's. How much is reimbursed, to the cent?`,
      key: home(key),
      wrong: [
        [home(dcc), 'reimburses the converted amount charged'],
        [home(dcc - key), 'gives the mark-up the traveller bears'],
        [home(over(amount, r)), 'divides by the network rate'],
      ],
      figures: { amount, r, markBp },
    }
  }),
  family('receipts-on-their-own-dates', (rng) => {
    const [from, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const xs = [cents(rng, 20, 300), cents(rng, 20, 300), cents(rng, 20, 300)]
    const rs = [rng.int(lo, hi), rng.int(lo, hi), rng.int(lo, hi)]
    if (new Set(rs).size < 3) throw new VariantError('rates equal')
    const key = xs.reduce((s, x, i) => s + at(x, rs[i]!), 0)
    const total = xs[0]! + xs[1]! + xs[2]!
    return {
      stem: `Three ${from} receipts from one trip: ${foreign(xs[0]!)} on day 1 (${quote(from, to, rs[0]!)}), ${foreign(xs[1]!)} on day 2 (${quote(from, to, rs[1]!)}) and ${foreign(xs[2]!)} on day 3 (${quote(from, to, rs[2]!)}). The policy converts each receipt at its own day's rate, to the cent, and totals them. What is the total claim in ${to}?`,
      key: home(key),
      wrong: [
        [home(at(total, rs[0]!)), 'converts everything at the first day’s rate'],
        [home(at(total, rs[2]!)), 'converts everything at the last day’s rate'],
        [
          home(xs.reduce((s, x, i) => s + over(x, rs[i]!), 0)),
          'divides by each rate instead of multiplying',
        ],
        [home(at(total, Math.max(...rs))), 'converts everything at the highest rate'],
      ],
      figures: { xs: xs.join(','), rs: rs.join(',') },
    }
  }),
  family('foreign-per-diem-converted', (rng) => {
    const [from, to, home, foreign, lo, hi] = rng.pick(PAIRS)
    const rate = rng.int(40, 90) * 100
    const days = rng.int(3, 6)
    const fx = rng.int(lo, hi)
    const perDiem = (days - 2) * rate + 2 * share(rate, 75, 100)
    return {
      stem: `A policy pays a foreign meals per diem of ${foreign(rate)} a day, 75 % on the first and last days of travel, converted at the rate of the month of travel (${quote(from, to, fx)}) to the cent. ${employee(rng)}'s trip runs ${days} calendar days. What is the per diem in ${to}?`,
      key: home(at(perDiem, fx)),
      wrong: [
        [home(at(days * rate, fx)), 'pays the full rate on every day'],
        [home(at(days * share(rate, 75, 100), fx)), 'pays 75 % on every day'],
        [home(over(perDiem, fx)), 'divides by the rate instead of multiplying'],
        [home(perDiem), 'leaves the per diem in the foreign currency'],
        [home(at((days - 1) * rate, fx)), 'pays per night instead of per day'],
        [home(at((days - 2) * rate, fx)), 'pays nothing for the travel days'],
      ],
      figures: { rate, days, fx },
    }
  }),
]
