import { VariantError } from '../assemble-variant.js'
import {
  cents,
  cr,
  customer,
  customers,
  dr,
  entry,
  family,
  invoiceNo,
  money,
  share,
} from './ar-text.js'

// Cash application: matching receipts to open items, partial and short payments, discounts
// taken, unapplied cash, returned cheques and foreign-currency receipts. Entries post to the
// sales ledger control account, "Accounts receivable".

const AR = 'Accounts receivable'

export const CASH_FAMILIES = [
  family('oldest-first-application', (rng) => {
    const a = cents(rng, 300, 5000)
    const b = cents(rng, 300, 5000)
    const c = cents(rng, 300, 5000)
    const pay = a + share(b, rng.int(2000, 8000), 10000)
    const n = rng.int(2100, 8800)
    const m = money(rng)
    return {
      stem: `${customer(rng)} has three open invoices: ${invoiceNo(n)} for ${m(a)} (oldest), ${invoiceNo(n + 7)} for ${m(b)} and ${invoiceNo(n + 15)} for ${m(c)} (newest). A payment of ${m(pay)} arrives with no remittance advice; the client's policy applies such cash to the oldest invoices first. What stays open on ${invoiceNo(n + 7)}?`,
      key: m(a + b - pay),
      wrong: [
        [m(b - share(pay, b, a + b + c)), 'spreads the payment over the invoices pro rata'],
        [m(b), 'applies the cash to the newest invoice first'],
        [m(pay - a), 'gives the part of the payment applied to it'],
        [m(a + b + c - pay), 'gives the whole account balance'],
      ],
      figures: { a, b, c, pay },
    }
  }),
  family('short-pay-after-credit-memo', (rng) => {
    const total = cents(rng, 1500, 20000)
    const damaged = rng.int(60, 900) * 100
    const gap = cents(rng, 8, 60)
    const pay = total - damaged - gap
    const m = money(rng)
    return {
      stem: `${customer(rng)} pays ${m(pay)} against a ${m(total)} invoice; its remittance deducts ${m(damaged)} for damaged goods, and the client issues a credit memo for that amount. The rest of the shortfall is unexplained. After the payment and the credit memo are applied, what stays open on the invoice?`,
      key: m(gap),
      wrong: [
        [m(total - pay), 'ignores the credit memo'],
        [m(total - damaged), 'posts the credit memo but not the payment'],
        [m(damaged), 'leaves the deduction open, not the unexplained gap'],
        [m(total - pay + damaged), 'adds the credit memo instead of deducting it'],
        [m(0), 'closes the invoice once the credit memo is posted'],
      ],
      figures: { total, damaged, pay },
    }
  }),
  family('unearned-discount-rebill', (rng) => {
    const total = cents(rng, 800, 30000)
    const d = rng.pick([100, 150, 200, 250, 300])
    const x = rng.pick([10, 14, 15])
    const late = rng.int(4, 20)
    const pay = total - share(total, d, 10000)
    const m = money(rng)
    return {
      stem: `An invoice of ${m(total)} to ${customer(rng)} is on ${d / 100}/${x} net 30. The customer paid on day ${x + late}, deducting the discount anyway, and sent ${m(pay)}. The client does not allow late discounts. What amount stays open for collection?`,
      key: m(total - pay),
      wrong: [
        [m(share(pay, d, 10000)), 'takes the discount rate of the payment'],
        [m(share(total, x * 100, 10000)), 'reads the discount days as the percentage'],
        [m(share(total, d, 10000 - d)), 'grosses the discount up on the net paid'],
        [m(0), 'accepts the discount though the payment was late'],
      ],
      figures: { total, d, x, late },
    }
  }),
  family('receipt-with-discount-entry', (rng) => {
    const total = cents(rng, 500, 25000)
    const d = rng.pick([100, 150, 200, 300])
    const disc = share(total, d, 10000)
    const m = money(rng)
    return {
      stem: `${customer(rng)} pays a ${m(total)} invoice inside its ${d / 100}/10 net 30 discount period and sends ${m(total - disc)}. Which entry records the receipt?`,
      key: entry(dr('Bank', total - disc), dr('Discounts allowed', disc), cr(AR, total)),
      wrong: [
        [
          entry(dr('Bank', total - disc), cr(AR, total - disc)),
          'leaves the discount open on the account',
        ],
        [
          entry(dr('Bank', total - disc), dr(AR, disc), cr('Sales', total)),
          'credits sales again, as if a new sale',
        ],
        [
          entry(dr('Bank', total), cr(AR, total - disc), cr('Discounts allowed', disc)),
          'books the discount as income and the bank at the invoice total',
        ],
        [
          entry(dr('Bank', total - disc), dr('Bad debt expense', disc), cr(AR, total)),
          'writes the discount off as a bad debt',
        ],
        [
          entry(dr('Bank', total - disc), dr('Discounts allowed', disc), cr('Sales', total)),
          'credits sales instead of receivables',
        ],
        [
          entry(dr(AR, total), cr('Bank', total - disc), cr('Discounts allowed', disc)),
          'reverses the sides',
        ],
        [
          entry(dr('Bank', total - disc), dr('Discounts received', disc), cr(AR, total)),
          'uses the account for discounts suppliers give',
        ],
        [
          entry(dr('Bank', total - disc), dr('Sales returns and allowances', disc), cr(AR, total)),
          'books the discount as a sales return',
        ],
      ],
      figures: { total, d },
    }
  }),
  family('partial-payment-discount-credit', (rng) => {
    const total = rng.int(40, 900) * 1000
    const d = rng.pick([100, 200, 250, 300])
    const pay = rng.int(10, 30) * 1000
    if (pay * 10000 >= (total * (10000 - d)) / 2) throw new VariantError('too large a part')
    const m = money(rng)
    return {
      stem: `Terms of ${d / 100}/10 net 30 let a customer earn the discount on any part of an invoice it pays in time: the payment settles that part less the discount. ${customer(rng)} sends ${m(pay)} on day 8 towards a ${m(total)} invoice. By how much does the invoice's open balance fall?`,
      key: m(share(pay, 10000, 10000 - d)),
      wrong: [
        [m(pay), 'credits only the cash received'],
        [m(pay + share(pay, d, 10000)), 'adds the discount rate of the payment'],
        [m(pay + share(total, d, 10000)), 'gives the discount on the whole invoice'],
        [m(share(pay, 10000 + 2 * d, 10000)), 'doubles the discount on the payment'],
      ],
      figures: { total, d, pay },
    }
  }),
  family('customer-balance-rollforward', (rng) => {
    const open = cents(rng, 500, 9000)
    const inv = cents(rng, 2000, 20000)
    const disc = cents(rng, 10, 200)
    const paid = cents(rng, 800, 8000)
    const memo = cents(rng, 50, 900)
    const m = money(rng)
    return {
      stem: `${customers(rng)} account opened the month at ${m(open)}. This month: invoices ${m(inv)}; a credit memo ${m(memo)}; a payment of ${m(paid)} cash that also settled ${m(disc)} of discount the customer earned. What is the closing balance?`,
      key: m(open + inv - memo - paid - disc),
      wrong: [
        [m(open + inv - memo - paid), 'leaves the earned discount open'],
        [m(open + inv + memo - paid - disc), 'adds the credit memo'],
        [m(inv - memo - paid - disc), 'leaves out the opening balance'],
        [m(open + inv - memo - paid - 2 * disc), 'deducts the discount twice'],
      ],
      figures: { open, inv, disc, paid, memo },
    }
  }),
  family('bank-charge-short-pay-entry', (rng) => {
    const total = cents(rng, 900, 20000)
    const fee = cents(rng, 8, 35)
    const m = money(rng)
    return {
      stem: `An overseas customer pays a ${m(total)} invoice by wire; the bank credits ${m(total - fee)} after its charge. The client's policy writes off bank charges under ${m(5000)} to bank charges. Which entry clears the invoice?`,
      key: entry(dr('Bank', total - fee), dr('Bank charges', fee), cr(AR, total)),
      wrong: [
        [entry(dr('Bank', total), cr(AR, total)), 'records the invoice total reaching the bank'],
        [
          entry(dr('Bank', total - fee), cr(AR, total - fee)),
          'leaves the charge open on the account',
        ],
        [
          entry(dr('Bank', total - fee), dr('Discounts allowed', fee), cr(AR, total)),
          'books the charge as a discount allowed',
        ],
        [
          entry(dr('Bank', total - fee), dr('Bad debt expense', fee), cr(AR, total)),
          'writes the charge off as a bad debt',
        ],
        [
          entry(dr('Bank', total - fee), dr('Bank charges', fee), cr('Sales', total)),
          'credits sales instead of receivables',
        ],
        [
          entry(dr(AR, total), cr('Bank', total - fee), cr('Bank charges', fee)),
          'reverses the sides',
        ],
        [
          entry(dr('Bank', total), cr(AR, total - fee), cr('Bank charges', fee)),
          'books the charge as income and the bank at the invoice total',
        ],
      ],
      figures: { total, fee },
    }
  }),
  family('returned-cheque-with-fee', (rng) => {
    const amt = cents(rng, 300, 9000)
    const fee = rng.pick([1500, 2000, 2500, 3000])
    const m = money(rng)
    return {
      stem: `A cheque of ${m(amt)} from ${customer(rng)}, applied last week, is returned unpaid. The client's terms let it charge the customer a ${m(fee)} returned-cheque fee, which it bills now. Which entry records the return and the fee?`,
      key: entry(dr(AR, amt + fee), cr('Bank', amt), cr('Fee income', fee)),
      wrong: [
        [entry(dr(AR, amt), cr('Bank', amt)), 'forgets the fee the terms allow'],
        [entry(dr('Bad debt expense', amt), cr('Bank', amt)), 'writes the cheque off at once'],
        [
          entry(dr(AR, amt + fee), cr('Bank', amt + fee)),
          'takes the fee from the bank, not as income',
        ],
        [entry(dr('Bank', amt), dr('Fee income', fee), cr(AR, amt + fee)), 'reverses the sides'],
        [
          entry(dr(AR, amt + fee), cr('Bank', amt), cr('Bank charges', fee)),
          'credits the fee to bank charges, not income',
        ],
        [
          entry(dr(AR, amt), dr('Bank charges', fee), cr('Bank', amt + fee)),
          'books the fee as the client’s own bank charge',
        ],
      ],
      figures: { amt, fee },
    }
  }),
  family('overpayment-on-account', (rng) => {
    const a = cents(rng, 400, 6000)
    const b = cents(rng, 400, 6000)
    const extra = cents(rng, 20, 900)
    const later = cents(rng, 900, 3000)
    const part = share(later - extra, rng.int(2000, 6000), 10000)
    const m = money(rng)
    if (later <= 2 * extra) throw new VariantError('a small new invoice')
    return {
      stem: `${customer(rng)} pays ${m(a + b + extra)} with a remittance listing two invoices of ${m(a)} and ${m(b)}. The clerk applies both and holds the excess as unapplied cash on the account. Next week a new ${m(later)} invoice is raised and the unapplied cash is applied to it; the customer then pays ${m(part)} towards it. What does the new invoice still owe?`,
      key: m(later - extra - part),
      wrong: [
        [m(later - part), 'leaves the unapplied cash sitting on account'],
        [m(later - extra), 'leaves out the later payment'],
        [m(later + extra - part), 'adds the excess as if it were owed'],
        [m(later - 2 * extra - part), 'applies the excess twice'],
        [m(extra + part), 'gives the cash applied to it'],
        [m(later), 'gives the invoice as raised'],
      ],
      figures: { a, b, extra, later, part },
    }
  }),
  family('remittance-subset-match', (rng) => {
    const n = rng.int(3100, 8700)
    const vals = [0, 1, 2, 3].map(() => cents(rng, 200, 4000))
    const memo = cents(rng, 30, 190)
    const [a, b, c, d] = vals as [number, number, number, number]
    const pay = b + d - memo
    const sums = new Set([a + b - memo, b + d, a + c - memo, c + d - memo, a + b + c + d - memo])
    if (sums.has(pay) || sums.size < 5) throw new VariantError('two sets of the same total')
    const m = money(rng)
    const ids = [n, n + 4, n + 9, n + 13].map(invoiceNo)
    const cm = `CM-${n - 600}`
    return {
      stem: `${customer(rng)} pays ${m(pay)} with no remittance. Its open items are ${ids[0]} ${m(a)}, ${ids[1]} ${m(b)}, ${ids[2]} ${m(c)}, ${ids[3]} ${m(d)} and credit memo ${cm} for ${m(memo)}. Which items does the payment settle exactly?`,
      key: `${ids[1]} and ${ids[3]}, less ${cm}`,
      wrong: [
        [
          `${ids[0]} and ${ids[1]}, less ${cm}`,
          'applies to the oldest items without checking the total',
        ],
        [
          `${ids[1]} and ${ids[3]}, with ${cm} left open`,
          'ignores the credit memo the customer took',
        ],
        [
          `${ids[0]} and ${ids[2]}, less ${cm}`,
          'picks the items nearest the amount without adding them',
        ],
        [`${ids[2]} and ${ids[3]}, less ${cm}`, 'applies to the newest items first'],
      ],
      figures: { a, b, c, d, memo, pay },
    }
  }),
  family('transposed-reference-match', (rng) => {
    const base = rng.int(1000, 9899)
    const s = String(base)
    const i = rng.int(0, 2)
    if (s[i] === s[i + 1] || s[i + 1] === '0')
      throw new VariantError('equal digits or a leading zero')
    const quoted = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2))
    const amt = cents(rng, 300, 8000)
    const other = cents(rng, 300, 8000)
    const near = amt + rng.pick([-1, 1]) * rng.int(300, 2000)
    const older = base - rng.int(20, 80)
    if (older === quoted || new Set([amt, other, near]).size < 3 || near <= 0)
      throw new VariantError('clashing items')
    const m = money(rng)
    return {
      stem: `A ${m(amt)} payment from ${customer(rng)} quotes reference ${invoiceNo(quoted)}. Open items: ${invoiceNo(older)} ${m(near)}, ${invoiceNo(quoted)} ${m(other)}, ${invoiceNo(base)} ${m(amt)}. References are keyed by hand; amounts come from the bank. Where should the cash go?`,
      key: `Apply it to ${invoiceNo(base)}`,
      wrong: [
        [`Apply it to ${invoiceNo(quoted)}`, 'trusts the typed reference over the amount'],
        [
          `Apply it to ${invoiceNo(older)}`,
          'applies it to an item of a similar, not equal, amount',
        ],
        [`Split it over all three items`, 'spreads a payment that matches one item exactly'],
        [`Hold it all as unapplied cash`, 'parks cash whose match is plain'],
      ],
      figures: { base, quoted, amt, other, near },
    }
  }),
  family('fx-receipt-difference', (rng) => {
    const foreign = rng.int(20, 600) * 1000
    const booked = rng.int(8000, 14000)
    const move = rng.int(100, 900) * rng.pick([-1, 1])
    const paid = booked + move
    const m = money(rng)
    const diff = share(foreign, Math.abs(move), 10000)
    const gain = move > 0
    const say = (g: boolean, c: number) => `${g ? 'Exchange gain' : 'Exchange loss'} of ${m(c)}`
    return {
      stem: `A client invoiced a customer ${(foreign / 100).toLocaleString('en-US')} units of foreign currency, booked at ${(booked / 10000).toFixed(4)} home currency per unit. The customer pays in full when the rate is ${(paid / 10000).toFixed(4)}. What difference does the receipt post?`,
      key: say(gain, diff),
      wrong: [
        [say(!gain, diff), 'reads the rate movement the wrong way'],
        [say(gain, share(foreign, paid, 10000)), 'gives the home-currency receipt'],
        [
          say(gain, Math.abs(share(foreign, 10000, booked) - share(foreign, 10000, paid))),
          'divides by the rates instead of multiplying',
        ],
        [say(gain, share(foreign, booked, 10000)), 'gives the amount first booked'],
      ],
      figures: { foreign, booked, paid },
    }
  }),
  family('fees-first-application', (rng) => {
    const principal = cents(rng, 1000, 12000)
    const fees = cents(rng, 25, 300)
    const pay = share(principal, rng.int(3000, 7000), 10000)
    const m = money(rng)
    return {
      stem: `${customer(rng)} owes a ${m(principal)} overdue invoice plus ${m(fees)} of late charges. The client's terms apply any payment first to late charges, then to the invoice. A payment of ${m(pay)} arrives. What is left on the invoice itself?`,
      key: m(principal - (pay - fees)),
      wrong: [
        [m(principal - pay), 'applies the payment to the invoice first'],
        [m(principal), 'credits the whole payment to the late charges'],
        [m(principal - pay - fees), 'takes the late charges off the invoice'],
        [m(principal + fees - pay + fees), 'counts the late charges twice'],
        [m(principal + fees), 'ignores the payment'],
        [m(pay - fees), 'gives the part of the payment applied to the invoice'],
      ],
      figures: { principal, fees, pay },
    }
  }),
  family('duplicate-payment-credit-balance', (rng) => {
    const a = cents(rng, 400, 9000)
    const b = cents(rng, 400, 9000)
    const m = money(rng)
    return {
      stem: `${customers(rng)} account held one open invoice of ${m(a)}. The customer paid it twice by mistake, and a new invoice of ${m(b)} has since been raised. What does the account show now?`,
      key: b > a ? `${m(b - a)} owed by the customer` : `${m(a - b)} owed to the customer`,
      wrong: [
        [`${m(b)} owed by the customer`, 'ignores the duplicate payment'],
        [`${m(a)} owed to the customer`, 'leaves out the new invoice'],
        [`${m(a + b)} owed by the customer`, 'adds the second payment as if it were a charge'],
        [
          b > a ? `${m(b - a)} owed to the customer` : `${m(a - b)} owed by the customer`,
          'reads the side of the balance the wrong way',
        ],
      ],
      figures: { a, b },
    }
  }),
  family('lockbox-short-remittance', (rng) => {
    const listed = [0, 1, 2].map(() => cents(rng, 400, 5000)) as [number, number, number]
    const sum = listed[0] + listed[1] + listed[2]
    const short = cents(rng, 40, 300)
    const pay = sum - short
    const m = money(rng)
    const pct = rng.pick([50, 100, 200])
    if (short * 10000 <= share(sum, pct, 1)) throw new VariantError('inside the tolerance')
    return {
      stem: `A ${m(pay)} cheque from ${customer(rng)} comes with a remittance listing invoices of ${m(listed[0])}, ${m(listed[1])} and ${m(listed[2])}. Shortfalls over ${pct / 100}% of the remittance total are not written off: the two oldest listed invoices are cleared and the rest of the cash goes on the third. What stays open on the third invoice?`,
      key: m(short),
      wrong: [
        [m(listed[2]), 'leaves the third invoice untouched'],
        [m(0), 'writes off a shortfall above the tolerance'],
        [m(listed[2] - short), 'takes the shortfall off the third invoice as if paid'],
        [m(short - share(sum, pct, 10000)), 'writes off the tolerance and keeps the excess open'],
        [m(listed[2] + short), 'adds the shortfall to the third invoice'],
        [m(share(sum, pct, 10000)), 'gives the tolerance'],
        [m(share(short, 1, 3)), 'spreads the shortfall over the three invoices'],
      ],
      figures: { a: listed[0], b: listed[1], c: listed[2], pay, pct },
    }
  }),
  family('net-balance-with-unapplied-cash', (rng) => {
    const open = cents(rng, 1000, 20000)
    const un = cents(rng, 100, 900)
    const memo = cents(rng, 50, 600)
    const m = money(rng)
    if (open - un - memo <= 0) throw new VariantError('credits above the open invoices')
    return {
      stem: `${customers(rng)} ageing lists ${m(open)} of open invoices. The customer account also holds ${m(un)} of unapplied cash received without a remittance and a ${m(memo)} credit memo not yet matched to an invoice. What does the customer owe on balance?`,
      key: m(open - un - memo),
      wrong: [
        [m(open), 'ignores the unapplied cash and the credit memo'],
        [m(open + un + memo), 'adds the unapplied cash and the credit memo to the debt'],
        [m(open - 2 * un - memo), 'deducts the unapplied cash twice'],
        [m(un + memo), 'gives the unapplied credits'],
        [m(open - memo), 'ignores the unapplied cash'],
        [m(open - un), 'ignores the unmatched credit memo'],
        [m(open + un - memo), 'adds the unapplied cash to the debt'],
        [m(open - un - 2 * memo), 'deducts the credit memo twice'],
      ],
      figures: { open, un, memo },
    }
  }),
  family('partial-discount-remaining-balance', (rng) => {
    const total = rng.int(40, 900) * 1000
    const d = rng.pick([100, 200, 250, 300])
    const pay = rng.int(10, 30) * 1000
    if (pay * 10000 >= (total * (10000 - d)) / 2) throw new VariantError('too large a part')
    const m = money(rng)
    return {
      stem: `Terms of ${d / 100}/10 net 30 let a customer earn the discount on any part of an invoice it pays in time. ${customer(rng)} sends ${m(pay)} on day 6 towards a ${m(total)} invoice. What remains open on the invoice?`,
      key: m(total - share(pay, 10000, 10000 - d)),
      wrong: [
        [m(total - pay), 'credits only the cash received'],
        [m(total - pay - share(total, d, 10000)), 'takes the discount on the whole invoice'],
        [m(total - pay - share(pay, 2 * d, 10000)), 'doubles the discount on the payment'],
        [m(total - pay + share(pay, d, 10000)), 'adds the discount to the balance'],
      ],
      figures: { total, d, pay },
    }
  }),
  family('fx-invoice-booking', (rng) => {
    const foreign = rng.int(20, 600) * 1000
    const rate = rng.int(8000, 14000)
    const move = rng.pick([-1, 1])
    const later = rate + rng.int(100, 900) * move
    // The order was taken at a rate on the other side of the invoice date's, so the two dates the
    // stem offers besides the right one pull the answer opposite ways.
    const order = rate - rng.int(100, 900) * move
    const m = money(rng)
    return {
      stem: `A client takes an order from a customer for ${(foreign / 100).toLocaleString('en-US')} units of foreign currency when the rate is ${(order / 10000).toFixed(4)} home currency per unit, and invoices it when the rate is ${(rate / 10000).toFixed(4)}; at month end the rate is ${(later / 10000).toFixed(4)}. At what home-currency amount is the receivable first recorded?`,
      key: m(share(foreign, rate, 10000)),
      wrong: [
        [m(share(foreign, 10000, rate)), 'divides by the rate instead of multiplying'],
        [m(share(foreign, later, 10000)), 'uses the month-end rate'],
        [m(foreign), 'records the foreign amount unconverted'],
        [m(share(foreign, rate + later, 20000)), 'averages the invoice-date and month-end rates'],
        [m(share(foreign, order, 10000)), 'uses the rate on the order date'],
      ],
      figures: { foreign, rate, later, order },
    }
  }),
  family('small-balance-write-off-entry', (rng) => {
    const total = cents(rng, 400, 9000)
    const gap = rng.int(3, 99)
    const m = money(rng)
    return {
      stem: `${customer(rng)} pays ${m(total - gap)} against a ${m(total)} invoice. Policy writes off residual balances under ${m(500)} to a small-balances expense account rather than chasing them. Which entry clears the invoice?`,
      key: entry(dr('Bank', total - gap), dr('Small balances written off', gap), cr(AR, total)),
      wrong: [
        [
          entry(dr('Bank', total - gap), cr(AR, total - gap)),
          'leaves the residual open on the ledger',
        ],
        [
          entry(dr('Bank', total - gap), dr('Discounts allowed', gap), cr(AR, total)),
          'books the residual as a discount allowed',
        ],
        [
          entry(dr('Bank', total - gap), dr('Bad debt expense', gap), cr(AR, total)),
          'writes the residual off as a bad debt',
        ],
        [
          entry(dr('Bank', total - gap), dr('Small balances written off', gap), cr('Sales', total)),
          'credits sales instead of receivables',
        ],
        [
          entry(dr(AR, total), cr('Bank', total - gap), cr('Small balances written off', gap)),
          'reverses the sides',
        ],
        [
          entry(dr('Bank', total - gap), dr('Allowance for doubtful accounts', gap), cr(AR, total)),
          'charges the residual to the allowance for doubtful accounts',
        ],
      ],
      figures: { total, gap },
    }
  }),
] as const
