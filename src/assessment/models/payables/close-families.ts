import { VariantError } from '../assemble-variant.js'
import {
  addDays,
  bp,
  client,
  cr,
  daysBetween,
  dr,
  entry,
  family,
  money,
  pair,
  share,
  showDate,
  vendor,
} from './ap-text.js'

/**
 * The payables side of the month and year-end close: goods received not invoiced (GRNI),
 * accruals for services without an invoice, their reversal, prepayments, cut-off by delivery
 * terms and where debit balances go. The mistakes are the close's classics: accruing the VAT,
 * forgetting the reversal, counting an inclusive day or month twice.
 */
const CLOSE_FAMILIES_BASE = [
  family('grni-balance-from-receipts', (rng) => {
    const m = money(rng)
    const rows = rng
      .shuffle([0, 2, rng.pick([0, 1, 2]), 1])
      .map((inv) => ({ got: rng.int(20, 900) * 100, inv }))
    const uninvoiced = rows.filter((r) => r.inv === 0).reduce((s, r) => s + r.got, 0)
    const part = rows.filter((r) => r.inv === 2).reduce((s, r) => s + r.got / 2, 0)
    if (uninvoiced === 0 || part === 0) throw new VariantError('nothing to split')
    const text = rows
      .map(
        (r) =>
          `${m(r.got)} received, ${['not yet invoiced', 'fully invoiced', 'half invoiced'][r.inv]}`,
      )
      .join('; ')
    const all = rows.reduce((s, r) => s + r.got, 0)
    return {
      stem: `At the month end the receipts not cleared by invoices at order price are: ${text}. What balance should the GRNI (goods received not invoiced) accrual carry?`,
      key: m(uninvoiced + part),
      wrong: [
        [m(uninvoiced), 'leaves out the uninvoiced half of the part-invoiced receipt'],
        [m(all), 'accrues every receipt, invoiced or not'],
        [m(uninvoiced + 2 * part), 'accrues the part-invoiced receipt in full'],
        [m(all - uninvoiced - part), 'accrues what has already been invoiced'],
      ],
      figures: { rows: rows.map((r) => `${r.got}:${r.inv}`).join(',') },
    }
  }),
  family('grni-receipt-entry', (rng) => {
    const c = rng.int(50, 9000) * 100
    return {
      stem: `Stock worth ${money(rng)(c)} at order price arrives from ${vendor(rng)} on the last day of the month and the goods receipt is posted; the invoice will come next month. Which journal does the receipt post (no VAT until the invoice)?`,
      key: pair('Inventory', 'GRNI accrual', c),
      wrong: [
        [pair('Inventory', 'Accounts payable', c), 'owes the supplier before any invoice exists'],
        [pair('GRNI accrual', 'Inventory', c), 'reverses the debit and credit'],
        [pair('Inventory', 'Bank', c), 'pays for goods on receipt'],
        [pair('Purchases', 'Prepayments', c), 'treats goods received as prepaid'],
      ],
      figures: { c },
    }
  }),
  family('grni-cleared-by-invoice', (rng) => {
    const net = rng.int(50, 9000) * 100
    const tax = rng.pick([500, 1000, 2000])
    const vat = share(net, tax, 10000)
    return {
      stem: `Goods received last month were accrued at ${money(rng)(net)} in GRNI. The invoice now arrives for exactly that net amount plus ${bp(tax)} recoverable VAT. Which journal posts it?`,
      key: entry(dr('GRNI accrual', net), dr('Input VAT', vat), cr('Accounts payable', net + vat)),
      wrong: [
        [
          entry(dr('Inventory', net + vat), cr('Accounts payable', net + vat)),
          'debits inventory with the VAT and leaves GRNI open',
        ],
        [
          entry(dr('GRNI accrual', net + vat), cr('Accounts payable', net), cr('Input VAT', vat)),
          'credits the VAT it should reclaim',
        ],
        [
          entry(dr('Inventory', net), dr('Input VAT', vat), cr('Accounts payable', net + vat)),
          'debits inventory again and leaves GRNI open',
        ],
        [
          entry(dr('GRNI accrual', net + vat), cr('Accounts payable', net + vat)),
          'clears GRNI with the VAT included',
        ],
        [
          entry(dr('GRNI accrual', net), cr('Accounts payable', net)),
          'leaves out the VAT on the invoice',
        ],
        [
          entry(dr('Accounts payable', net + vat), cr('GRNI accrual', net), cr('Input VAT', vat)),
          'reverses the debit and credit',
        ],
      ],
      figures: { net, tax },
    }
  }),
  family('accrued-service-no-invoice', (rng) => {
    const days = rng.int(3, 20)
    const rate = rng.int(30, 120) * 500
    const tax = rng.pick([500, 1000, 2000])
    const m = money(rng)
    return {
      stem: `A contractor worked ${days} days in the month at ${m(rate)} a day plus ${bp(tax)} VAT (recoverable by the client); no invoice has arrived by the close. What expense accrual does the clerk post?`,
      key: m(days * rate),
      wrong: [
        [m(days * rate + share(days * rate, tax, 10000)), 'accrues recoverable VAT as cost'],
        [m(rate), 'accrues one day'],
        [m(days * rate - share(days * rate, tax, 10000)), 'takes VAT off a net day rate'],
        [m(rate * 20), 'accrues a standard 20-day month, not the days worked'],
        [m((days - 1) * rate), 'leaves out the first day worked when counting the days'],
      ],
      figures: { days, rate, tax },
    }
  }),
  family('accrual-reversal-entry', (rng) => {
    const c = rng.int(50, 6000) * 100
    const acct = rng.pick(['Electricity', 'Cleaning', 'Legal fees'])
    return {
      stem: `At the month end the clerk accrued ${money(rng)(c)} of ${acct.toLowerCase()} (Dr ${acct}, Cr Accruals) because the invoice had not arrived. The system does not reverse accruals itself. Which journal goes in on the first day of the new month, so the invoice can be posted normally when it comes?`,
      key: pair('Accruals', acct, c),
      wrong: [
        [pair(acct, 'Accruals', c), 'posts the accrual a second time'],
        [
          pair('Accruals', 'Accounts payable', c),
          'turns the accrual into a payable before an invoice exists',
        ],
        [pair('Accruals', 'Bank', c), 'pays the accrual off'],
        [pair('Accounts payable', acct, c), 'reverses against the supplier account'],
        [pair(acct, 'Accounts payable', c), 'books the expected invoice as a payable'],
        [pair('Prepayments', acct, c), 'reverses into prepayments'],
      ],
      figures: { c },
    }
  }),
  family('invoice-after-reversed-accrual', (rng) => {
    const est = rng.int(50, 5000) * 100
    // The difference is up to two fifths of the estimate, so the key is as long as the others.
    const inv = est + rng.pick([-1, 1]) * Math.max(1, share(est, rng.int(300, 4000), 1000000)) * 100
    if (inv <= 0) throw new VariantError('a negative invoice')
    const m = money(rng)
    const net = (x: number) => (x >= 0 ? `A charge of ${m(x)}` : `A credit of ${m(-x)}`)
    return {
      stem: `Last month's close accrued ${m(est)} for a service; the accrual was reversed on the first day of this month. The invoice arrives this month for ${m(inv)} and is posted to the same expense account. What is this month's net effect on that account from the service?`,
      key: net(inv - est),
      wrong: [
        [net(inv), 'forgets the reversal'],
        [net(est - inv), 'takes the difference the wrong way round'],
        [net(inv + est), 'counts the reversal as a charge'],
        [net(-est), 'sees the reversal and not the invoice'],
        [net(0), 'assumes the reversal and the invoice cancel out'],
        [net(inv - 2 * est), 'reverses the accrual by hand as well as automatically'],
        [net(est), 'keeps last month’s estimate as this month’s charge'],
      ],
      figures: { est, inv },
    }
  }),
  family('utility-bill-straddles-year-end', (rng) => {
    const yearEnd = rng.pick(['2026-12-31', '2026-03-31', '2026-06-30', '2027-03-31'])
    const start = addDays(yearEnd, -rng.int(20, 70))
    const end = addDays(yearEnd, rng.int(15, 60))
    const bill = rng.int(100, 3000) * 100
    const total = daysBetween(start, end) + 1
    const before = daysBetween(start, yearEnd) + 1
    const m = money(rng)
    return {
      stem: `A ${m(bill)} electricity bill (net) covers ${showDate(start)} to ${showDate(end)}, both days included, and arrives after the year ended on ${showDate(yearEnd)}. Spreading it evenly by day, how much belongs in the year just ended (to the cent)?`,
      key: m(share(bill, before, total)),
      wrong: [
        [
          m(share(bill, before - 1, total - 1)),
          'counts the days between the dates, leaving out the first day',
        ],
        [m(bill), 'puts the whole bill in the old year'],
        [m(share(bill, total - before, total)), 'takes the share after the year-end'],
        [m(share(bill, before - 1, total)), 'leaves the year-end day out of the old year'],
      ],
      figures: { start, end, yearEnd, bill },
    }
  }),
  family('prepayment-insurance', (rng) => {
    const annual = rng.int(10, 900) * 1200
    const startMonth = rng.int(2, 11)
    const used = 13 - startMonth
    const m = money(rng)
    const NAMES = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    return {
      stem: `An annual insurance premium of ${m(annual)} (no VAT) covers twelve months from 1 ${NAMES[startMonth - 1]}. The client's year ends on 31 December. What prepayment is carried at the year-end?`,
      key: m((annual / 12) * (12 - used)),
      wrong: [
        [m((annual / 12) * used), 'carries the months already used'],
        [m((annual / 12) * (12 - used + 1)), 'counts the start month as unused'],
        [m(annual), 'carries the whole premium'],
        [m((annual / 12) * (12 - used - 1)), 'counts December as the start of next year'],
      ],
      figures: { annual, startMonth },
    }
  }),
  family('cut-off-delivery-terms', (rng) => {
    const yearEnd = rng.pick(['2026-12-31', '2027-03-31', '2026-06-30'])
    const m = money(rng)
    const shipments = [0, 1, 2, 3].map(() => ({
      amt: rng.int(20, 900) * 100,
      fob: rng.pick(['shipping point', 'destination'] as const),
      shipped: addDays(yearEnd, -rng.int(1, 6)),
      arrives: addDays(yearEnd, rng.int(2, 8)),
    }))
    const sum = (f: (s: (typeof shipments)[number]) => boolean) =>
      m(shipments.filter(f).reduce((t, s) => t + s.amt, 0))
    if (
      !shipments.some((s) => s.fob === 'destination') ||
      !shipments.some((s) => s.fob === 'shipping point')
    )
      throw new VariantError('one kind of term only')
    return {
      stem: `At the year-end on ${showDate(yearEnd)}, four supplier shipments are in transit, each shipped before it and arriving after it: ${shipments.map((s) => `${m(s.amt)} FOB ${s.fob}`).join('; ')}. Title passes at shipment under FOB shipping point and on arrival under FOB destination. What value of these purchases belongs in the year-end payables?`,
      key: sum((s) => s.fob === 'shipping point'),
      wrong: [
        [sum((s) => s.fob === 'destination'), 'swaps the two delivery terms'],
        [sum(() => true), 'books everything shipped, whatever the terms'],
        [m(0), 'books nothing until the goods arrive'],
        [
          m(shipments.filter((s) => s.fob === 'shipping point').reduce((t, s) => t + 2 * s.amt, 0)),
          'books the shipping-point goods on shipment and again on their arrival',
        ],
      ],
      figures: { amts: shipments.map((s) => `${s.amt}:${s.fob}`).join(',') },
    }
  }),
  family('invoice-dated-after-year-end', (rng) => {
    const what = rng.pick(['December cleaning', 'December legal advice', 'December courier runs'])
    return {
      stem: `An invoice dated 6 January for ${what} arrives after a 31 December year-end; the work was done in December. How is it treated in the year just ended?`,
      key: 'Accrue it in December, when the cost was incurred',
      wrong: [
        [
          'Record it in January, because the invoice date decides the period the cost belongs to',
          'follows the invoice date, not when the cost arose',
        ],
        [
          'Leave it out of both years’ accounts until it is paid, then expense it on the payment date',
          'accounts on a cash basis',
        ],
        [
          'Record it in January, the invoice date',
          'follows the invoice date, not when the cost arose',
        ],
        ['Leave it out until it is paid', 'accounts on a cash basis'],
        ['Record it as a prepayment in December', 'treats a cost already incurred as prepaid'],
      ],
    }
  }),
  family('supplier-debit-balance', (rng) => {
    const m = money(rng)
    const credit = rng.int(2000, 90000) * 100
    const debit = rng.int(5, 400) * 100
    return {
      stem: `At the year-end the supplier ledger totals ${m(credit)} of credit balances and one supplier, overpaid by mistake, shows a debit balance of ${m(debit)}. What are trade payables on the balance sheet?`,
      key: m(credit),
      wrong: [
        [m(credit - debit), 'nets the overpayment against what is owed to others'],
        [m(credit + debit), 'adds the debit balance to payables'],
        [m(debit), 'reports the debit balance as the payable'],
      ],
      figures: { credit, debit },
    }
  }),
  family('quarterly-rent-in-arrears', (rng) => {
    const quarter = rng.int(30, 900) * 300
    const unbilled = rng.pick([1, 2])
    const m = money(rng)
    return {
      stem: `Rent of ${m(quarter)} a quarter (no VAT) is invoiced at the end of each quarter, in arrears. The client's year ends ${unbilled} month${unbilled > 1 ? 's' : ''} into a quarter. What rent accrual is needed at the year-end?`,
      key: m((quarter / 3) * unbilled),
      wrong: [
        [m(quarter), 'accrues the whole quarter'],
        [m((quarter / 3) * (3 - unbilled)), 'accrues the months still to come'],
        [m(0), 'waits for the quarter’s invoice'],
        [m((quarter / 12) * unbilled), 'divides the quarterly rent by twelve'],
      ],
      figures: { quarter, unbilled },
    }
  }),
  family('unrecorded-liabilities-search', (rng) => {
    return {
      stem: `The accountant of ${client(rng)} asks its AP clerk to look for liabilities missing from the year-end payables. Which search finds them?`,
      key: 'Review the invoices and payments of the weeks after the year-end for earlier costs',
      wrong: [
        [
          'Check that each supplier balance on the year-end ledger adds up to the invoices posted to it',
          'tests recorded balances, not missing ones',
        ],
        [
          'Send confirmation requests to the suppliers with the largest balances on the year-end ledger',
          'misses suppliers with nothing recorded',
        ],
        [
          'Check that each supplier balance at the year-end adds up',
          'tests recorded balances, not missing ones',
        ],
        ['Review invoices posted in the last week of the year', 'looks only at what was recorded'],
        [
          'Circularise the largest supplier balances only',
          'misses suppliers with nothing recorded',
        ],
      ],
    }
  }),
  family('month-end-accrual-entry', (rng) => {
    const c = rng.int(40, 5000) * 100
    const acct = rng.pick(['Electricity', 'Audit fees', 'Telephone'])
    return {
      stem: `This month's ${acct.toLowerCase()} came to ${money(rng)(c)} (net; the VAT is recoverable) but the invoice will not come until next month. Which journal does the clerk post at the month end?`,
      key: pair(acct, 'Accruals', c),
      wrong: [
        [pair('Accruals', acct, c), 'reverses the debit and credit'],
        [pair(acct, 'Accounts payable', c), 'posts a supplier invoice that has not arrived'],
        [pair('Prepayments', acct, c), 'treats a cost owed as prepaid'],
        [pair(acct, 'Bank', c), 'records a payment that was not made'],
      ],
      figures: { c },
    }
  }),
  family('month-end-close-gap', (rng) => {
    const ye = rng.pick(['2026-11-30', '2026-12-31', '2027-02-28'])
    const dayRate = rng.int(20, 400) * 100
    const lastInvoicedTo = addDays(ye, -rng.int(5, 20))
    const gap = daysBetween(lastInvoicedTo, ye)
    const m = money(rng)
    return {
      stem: `A cleaning contractor bills ${m(dayRate)} a day (net) in arrears; its last invoice covered service up to and including ${showDate(lastInvoicedTo)}. The month ends on ${showDate(ye)} and the service ran every day. What accrual is needed?`,
      key: m(dayRate * gap),
      wrong: [
        [m(dayRate * (gap + 1)), 'counts the last invoiced day again'],
        [m(dayRate * (gap - 1)), 'leaves out the month-end day'],
        [m(dayRate * 30), 'accrues a whole month'],
      ],
      figures: { ye, lastInvoicedTo, dayRate },
    }
  }),
]

/** Releasing a prepayment month by month. */
const RELEASE_FAMILIES = [
  family('prepayment-monthly-release', (rng) => {
    const annual = rng.int(10, 900) * 1200
    const acct = rng.pick(['Insurance', 'Software subscriptions', 'Rent'])
    return {
      stem: `A twelve-month ${acct.toLowerCase()} invoice of ${money(rng)(annual)} (no VAT) was posted in full to Prepayments when paid. Which journal releases one month at each month end?`,
      key: pair(acct, 'Prepayments', annual / 12),
      wrong: [
        [pair('Prepayments', acct, annual / 12), 'reverses the debit and credit'],
        [pair(acct, 'Prepayments', annual), 'releases the whole year in one month'],
        [pair(acct, 'Accounts payable', annual / 12), 'creates a payable for a bill already paid'],
        [pair(acct, 'Bank', annual / 12), 'pays the month again'],
        [pair('Prepayments', 'Bank', annual / 12), 'pays another month into prepayments'],
        [pair('Accruals', acct, annual / 12), 'releases the month through accruals'],
      ],
      figures: { annual },
    }
  }),
]

/** Every family of the domain. */
export const CLOSE_FAMILIES = [...CLOSE_FAMILIES_BASE, ...RELEASE_FAMILIES]
