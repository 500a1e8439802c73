import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  bp,
  cents,
  customer,
  drawDate,
  family,
  money,
  monthEnd,
  share,
  showDate,
  weekday,
} from './ar-text.js'

// Invoicing terms, due dates and early-payment discounts. A term's days run from the date it
// names (the day after it is day 1); "EOM", "prox" and "ROG" are defined in each stem as the
// seller's terms define them, since usage differs between trades.

/** Early-payment terms a seller offers: discount in basis points, discount days, net days. */
const TERMS = [
  [100, 10, 30],
  [200, 10, 30],
  [200, 10, 45],
  [150, 15, 45],
  [300, 10, 60],
  [100, 15, 60],
  [250, 10, 40],
] as const
const termsText = (d: number, x: number, n: number) => `${d / 100}/${x} net ${n}`

/** The next weekday on or after `iso`. */
function rollForward(iso: string): string {
  let d = iso
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, 1)
  return d
}
/** The weekday on or before `iso`. */
function rollBack(iso: string): string {
  let d = iso
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, -1)
  return d
}
/** Day `day` of the month after the one `iso` falls in. */
function dayOfNextMonth(iso: string, day: number, ahead = 1): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m - 1 + ahead, day))
  return d.toISOString().slice(0, 10)
}
/** The annual cost of forgoing a discount, simple, in basis points. */
const simpleCost = (d: number, days: number, year: number) =>
  share(d * year, 10000, (10000 - d) * days)
/** The annual cost of forgoing a discount, compounded, in basis points. */
const compoundCost = (d: number, days: number, base: number) =>
  Math.round(((1 + d / base) ** (365 / days) - 1) * 10000)

export const TERMS_FAMILIES = [
  family('net-due-date', (rng) => {
    const n = rng.pick([14, 21, 30, 45, 60])
    const inv = drawDate(rng)
    const delivered = addDays(inv, -rng.int(2, 6))
    const emailed = addDays(inv, rng.int(2, 5))
    return {
      stem: `Goods reached ${customer(rng)} on ${showDate(delivered)}; the invoice is dated ${showDate(inv)} and was emailed on ${showDate(emailed)}. Terms are net ${n} days from the invoice date (the day after it is day 1). On what date is the invoice due?`,
      key: showDate(addDays(inv, n)),
      wrong: [
        [showDate(addDays(delivered, n)), 'counts from the delivery date'],
        [showDate(addDays(emailed, n)), 'counts from the day the invoice was emailed'],
        [showDate(addDays(inv, n - 1)), 'counts the invoice date as day 1'],
        [showDate(monthEnd(addDays(inv, n))), 'moves the due date to the end of its month'],
      ],
      figures: { inv, delivered, emailed, n },
    }
  }),
  family('eom-due-date', (rng) => {
    const n = rng.pick([10, 15, 30, 45])
    const inv = drawDate(rng)
    if (inv === monthEnd(inv)) throw new VariantError('an invoice dated at month end')
    return {
      stem: `An invoice to ${customer(rng)} dated ${showDate(inv)} is on terms "net ${n} EOM", which the seller's terms define as ${n} days after the end of the month of the invoice date. On what date is it due?`,
      key: showDate(addDays(monthEnd(inv), n)),
      wrong: [
        [showDate(addDays(inv, n)), 'counts from the invoice date, ignoring EOM'],
        [showDate(addDays(monthEnd(inv), n - 1)), 'counts the month-end day as day 1'],
        [showDate(monthEnd(addDays(inv, n))), 'takes the month end after the net days'],
        [
          showDate(addDays(monthEnd(addDays(monthEnd(inv), 1)), n)),
          'starts from the end of the following month',
        ],
      ],
      figures: { inv, n },
    }
  }),
  family('discount-last-day', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const inv = drawDate(rng)
    const delivered = addDays(inv, -rng.int(2, 5))
    const emailed = addDays(inv, rng.int(2, 5))
    return {
      stem: `${customer(rng)} received goods on ${showDate(delivered)}; the invoice dated ${showDate(inv)} was emailed on ${showDate(emailed)} with terms ${termsText(d, x, n)} from the invoice date (the day after it is day 1). What is the last day a payment still earns the discount?`,
      key: showDate(addDays(inv, x)),
      wrong: [
        [showDate(addDays(inv, n)), 'gives the net due date, not the discount date'],
        [showDate(addDays(emailed, x)), 'counts from the day the invoice was emailed'],
        [showDate(addDays(inv, x - 1)), 'counts the invoice date as day 1'],
        [showDate(addDays(delivered, x)), 'counts from the delivery date'],
      ],
      figures: { inv, delivered, emailed, x, n },
    }
  }),
  family('discount-excludes-freight', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const goods = cents(rng, 800, 40000)
    const freight = rng.int(40, 600) * 100
    const total = goods + freight
    const m = money(rng)
    return {
      stem: `An invoice to ${customer(rng)} is ${m(goods)} of goods plus ${m(freight)} freight, ${m(total)} in all, on terms ${termsText(d, x, n)}. The terms allow the discount on the goods only, not on freight. The customer pays inside the discount period. How much should the payment be?`,
      key: m(total - share(goods, d, 10000)),
      wrong: [
        [m(total - share(total, d, 10000)), 'takes the discount on the freight too'],
        [m(total), 'ignores the discount'],
        [m(total - share(goods, x * 100, 10000)), 'reads the discount days as the percentage'],
        [m(goods - share(goods, d, 10000)), 'leaves the freight off the payment'],
        [m(total + share(goods, d, 10000)), 'adds the discount instead of deducting it'],
      ],
      figures: { goods, freight, d, x },
    }
  }),
  family('discount-simple-annual-cost', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    return {
      stem: `A client's customer asks whether skipping the ${termsText(d, x, n)} discount is cheap credit. What is the simple annualised cost of not taking the discount (paying on day ${n} instead of day ${x}), on a 365-day year, to two decimals?`,
      key: bp(simpleCost(d, n - x, 365)),
      wrong: [
        [bp(simpleCost(d, n, 365)), 'divides by the whole credit period, not the days gained'],
        [
          bp(share(d * 365, 1, n - x)),
          'divides the discount by the full invoice, not the net paid',
        ],
        [bp(simpleCost(d, n - x, 360)), 'uses a 360-day year the question rules out'],
        [bp(simpleCost(d, x, 365)), 'divides by the discount period'],
        [bp(compoundCost(d, n - x, 10000 - d)), 'compounds the rate, which the question rules out'],
      ],
      figures: { d, x, n },
    }
  }),
  family('discount-effective-annual-cost', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    return {
      stem: `Terms are ${termsText(d, x, n)}. Treating each ${n - x}-day deferral as a period that repeats through a 365-day year, what is the effective (compounded) annual cost of forgoing the discount, to two decimals?`,
      key: bp(compoundCost(d, n - x, 10000 - d)),
      wrong: [
        [bp(simpleCost(d, n - x, 365)), 'gives the simple rate, not compounded'],
        [bp(compoundCost(d, n, 10000 - d)), 'compounds over the whole credit period'],
        [
          bp(compoundCost(d, n - x, 10000)),
          'takes the discount over the invoice, not the net paid',
        ],
        [bp(compoundCost(d, x, 10000 - d)), 'compounds over the discount period'],
        [bp(compoundCost(d, n - x - 1, 10000 - d)), 'counts the deferral one day short'],
      ],
      figures: { d, x, n },
    }
  }),
  family('prox-discount-date', (rng) => {
    const day = rng.pick([10, 15, 20])
    const inv = drawDate(rng)
    if (Number(inv.slice(8)) > 25) throw new VariantError('a late-month invoice')
    return {
      stem: `An invoice dated ${showDate(inv)} is on terms "2/${day} prox, net 30", which the seller's terms define as a discount if paid by the ${day}th of the month after the invoice month. What is the last day to pay with the discount?`,
      key: showDate(dayOfNextMonth(inv, day)),
      wrong: [
        [showDate(addDays(inv, day)), 'counts the days from the invoice date'],
        [showDate(dayOfNextMonth(inv, day, 0)), 'takes that day of the invoice month'],
        [showDate(dayOfNextMonth(inv, day, 2)), 'takes that day two months on'],
        [showDate(addDays(monthEnd(inv), 30)), 'gives the net due date'],
      ],
      figures: { inv, day },
    }
  }),
  family('eom-discount-date', (rng) => {
    const x = rng.pick([10, 15])
    const inv = drawDate(rng)
    if (inv === monthEnd(inv)) throw new VariantError('an invoice dated at month end')
    return {
      stem: `${customer(rng)} buys on "2/${x} EOM, net 30 EOM" terms, which the seller defines as 2% off if paid within ${x} days after the end of the invoice month and the full amount 30 days after it. The invoice is dated ${showDate(inv)}. What is the last day for the discount?`,
      key: showDate(addDays(monthEnd(inv), x)),
      wrong: [
        [showDate(addDays(inv, x)), 'counts from the invoice date'],
        [showDate(addDays(monthEnd(inv), 30)), 'gives the net due date'],
        [showDate(addDays(monthEnd(inv), x - 1)), 'counts the month-end day as day 1'],
        [
          showDate(addDays(monthEnd(addDays(monthEnd(inv), 1)), x)),
          'starts from the end of the following month',
        ],
      ],
      figures: { inv, x },
    }
  }),
  family('rog-discount-date', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const inv = drawDate(rng)
    const received = addDays(inv, rng.int(5, 14))
    return {
      stem: `An export invoice dated ${showDate(inv)} carries terms ${termsText(d, x, n)} ROG: the days run from receipt of goods (the day after it is day 1). The goods reached the customer on ${showDate(received)}. What is the last day for the discount?`,
      key: showDate(addDays(received, x)),
      wrong: [
        [showDate(addDays(inv, x)), 'counts from the invoice date'],
        [showDate(addDays(received, n)), 'gives the net due date'],
        [showDate(addDays(received, x - 1)), 'counts the receipt day as day 1'],
        [showDate(addDays(monthEnd(received), x)), 'reads ROG as end of month'],
      ],
      figures: { inv, received, x, n },
    }
  }),
  family('due-date-weekend-rule', (rng) => {
    const n = rng.pick([14, 30, 45, 60])
    let inv = drawDate(rng)
    for (let k = 0; weekday(addDays(inv, n)) % 6 !== 0 && k < 7; k++) inv = addDays(inv, 1)
    const raw = addDays(inv, n)
    if (weekday(raw) % 6 !== 0) throw new VariantError('a weekday due date')
    return {
      stem: `An invoice dated ${showDate(inv)} is on net ${n} days (the day after the invoice date is day 1). The terms say a due date falling on a Saturday or Sunday moves to the next business day. When is payment due (no public holidays are involved)?`,
      key: showDate(rollForward(raw)),
      wrong: [
        [showDate(raw), 'leaves the due date on the weekend'],
        [showDate(rollBack(raw)), 'moves it back to the Friday before'],
        [showDate(rollForward(addDays(inv, n - 1))), 'counts the invoice date as day 1'],
        [showDate(rollForward(addDays(raw, 7))), 'adds a week of grace the terms do not give'],
      ],
      figures: { inv, n },
    }
  }),
  family('trade-then-cash-discount', (rng) => {
    const list = rng.int(20, 900) * 1000
    const t = rng.pick([1000, 1500, 2000, 2500, 3000])
    const [d, x, n] = rng.pick(TERMS)
    const m = money(rng)
    const net = list - share(list, t, 10000)
    return {
      stem: `${customer(rng)} orders goods listed at ${m(list)} with a ${t / 100}% trade discount, invoiced on ${termsText(d, x, n)}. The cash discount applies to the invoice after the trade discount. What does the customer pay inside the discount period?`,
      key: m(net - share(net, d, 10000)),
      wrong: [
        [m(list - share(list, t + d, 10000)), 'adds the two discount rates together'],
        [m(net), 'forgets the cash discount'],
        [m(list - share(list, d, 10000)), 'forgets the trade discount'],
        [m(net - share(list, d, 10000)), 'takes the cash discount on the list price'],
      ],
      figures: { list, t, d },
    }
  }),
  family('offer-discount-or-borrow', (rng) => {
    const [d, x, n] = rng.pick(TERMS)
    const cost = simpleCost(d, n - x, 365)
    const loan = rng.pick([600, 800, 1000, 1200, 1500, 1800, 2200, 2800, 3600])
    if (Math.abs(cost - loan) < 150) throw new VariantError('too close to call')
    const borrow = 'Borrow on the overdraft and keep selling on net terms'
    const offer = `Offer ${termsText(d, x, n)} to bring the cash in earlier`
    return {
      stem: `A client short of cash can borrow on an overdraft at ${bp(loan)} a year, or offer customers ${termsText(d, x, n)} so they pay on day ${x} instead of day ${n}. The discount's simple annual cost on a 365-day year is ${bp(cost)}. Which is cheaper for the client?`,
      key: cost > loan ? borrow : offer,
      wrong: [
        cost > loan
          ? [offer, 'offers a discount that costs more a year than the overdraft']
          : [borrow, 'borrows at a rate above what the discount costs'],
        [
          'Offer the discount and also charge the customer interest',
          'mixes a discount with a late charge that the terms do not carry',
        ],
        [
          'Lengthen terms to net 90 to win more sales instead',
          'gives longer credit, which needs more cash, not less',
        ],
        [
          'Stop invoicing until the overdraft has been repaid',
          'delays billing, which only delays the cash further',
        ],
      ],
      figures: { d, x, n, loan },
    }
  }),
  family('deposit-then-final-invoice', (rng) => {
    const price = rng.int(20, 400) * 10000
    const dep = rng.pick([2000, 2500, 3000, 4000, 5000])
    const tax = rng.pick([500, 1000, 2000])
    const m = money(rng)
    const deposit = share(price, dep, 10000)
    const rest = price - deposit
    return {
      stem: `A client agreed a ${m(price)} job (before ${tax / 100}% sales tax) with ${customer(rng)}: a ${dep / 100}% deposit invoiced up front with its tax, the rest on completion. The deposit invoice was paid. What is the completion invoice's total including tax?`,
      key: m(rest + share(rest, tax, 10000)),
      wrong: [
        [m(price + share(price, tax, 10000)), 'bills the whole price again'],
        [m(rest), 'leaves the tax off the balance'],
        [
          m(price + share(price, tax, 10000) - deposit),
          'deducts the deposit net of its tax from the gross price',
        ],
        [
          m(price - deposit - share(deposit, tax, 10000)),
          'deducts the gross deposit from the untaxed price',
        ],
      ],
      figures: { price, dep, tax },
    }
  }),
  family('statement-terms-due-date', (rng) => {
    const inv = drawDate(rng)
    const day = Number(inv.slice(8))
    if (day === 25) throw new VariantError('an invoice on the statement day')
    const stmt = day < 25 ? dayOfNextMonth(inv, 25, 0) : dayOfNextMonth(inv, 25, 1)
    const before = day < 25 ? dayOfNextMonth(inv, 25, -1) : dayOfNextMonth(inv, 25, 0)
    return {
      stem: `A client bills trade customers on monthly statements dated the 25th, each covering every invoice dated up to and including that day; payment is due 30 days after the statement date. An invoice is dated ${showDate(inv)}. When is it due?`,
      key: showDate(addDays(stmt, 30)),
      wrong: [
        [showDate(addDays(inv, 30)), 'counts from the invoice date'],
        [showDate(addDays(before, 30)), 'puts it on the statement before its date'],
        [showDate(addDays(dayOfNextMonth(stmt, 25, 1), 30)), 'waits for the statement after next'],
        [showDate(addDays(monthEnd(inv), 30)), 'reads the terms as end of month'],
      ],
      figures: { inv },
    }
  }),
  family('chain-trade-discount-net', (rng) => {
    const list = rng.int(10, 900) * 1000
    const a = rng.pick([1000, 1500, 2000, 2500])
    const b = rng.pick([500, 1000])
    const m = money(rng)
    const first = list - share(list, a, 10000)
    return {
      stem: `A distributor's price list gives ${customer(rng)} trade discounts of ${a / 100}% and ${b / 100}% in a chain (the second taken on the price after the first). Goods list at ${m(list)}. What is the invoice amount before tax?`,
      key: m(first - share(first, b, 10000)),
      wrong: [
        [m(list - share(list, a + b, 10000)), 'adds the two discounts together'],
        [m(first), 'takes only the first discount'],
        [m(list - share(list, b, 10000)), 'takes only the second discount'],
        [m(first - share(list, b, 10000)), 'takes the second discount on the list price'],
        [m(first + share(first, b, 10000)), 'adds the second discount back on'],
      ],
      figures: { list, a, b },
    }
  }),
  family('single-equivalent-discount', (rng) => {
    const a = rng.pick([1000, 1500, 2000, 2500, 3000])
    const b = rng.pick([500, 1000, 1500])
    return {
      stem: `A client quotes a chain trade discount of ${a / 100}% then ${b / 100}%. To show it on the invoice as one rate, what single discount is equivalent, to two decimals?`,
      key: bp(a + b - share(a, b, 10000)),
      wrong: [
        [bp(a + b), 'adds the two rates'],
        [bp(a), 'keeps the larger rate'],
        [bp(share(a, b, 10000)), 'multiplies the two rates'],
        [bp(a + b + share(a, b, 10000)), 'adds the product of the rates instead of subtracting it'],
        [bp(10000 - (a + b - share(a, b, 10000))), 'gives the net price rate, what is still paid'],
        [bp((a + b) / 2), 'averages the two rates'],
      ],
      figures: { a, b },
    }
  }),
  family('discount-on-pre-tax-amount', (rng) => {
    const net = cents(rng, 300, 20000)
    const rate = rng.pick([500, 700, 800, 1000])
    const [d, x, n] = rng.pick(TERMS)
    const tax = share(net, rate, 10000)
    const m = money(rng)
    return {
      stem: `An invoice to ${customer(rng)} is ${m(net)} plus ${rate / 100}% sales tax (${m(tax)}), ${m(net + tax)} in all, on ${termsText(d, x, n)}. The terms take the discount on the pre-tax amount only; the tax is paid in full. What does the customer pay inside the discount period?`,
      key: m(net - share(net, d, 10000) + tax),
      wrong: [
        [m(net + tax - share(net + tax, d, 10000)), 'takes the discount on the tax too'],
        [m(net + tax), 'ignores the discount'],
        [m(net - share(net, d, 10000)), 'leaves the tax off the payment'],
        [m(net + share(net, d, 10000) + tax), 'adds the discount instead of deducting it'],
      ],
      figures: { net, rate, d },
    }
  }),
] as const
