import { VariantError } from '../assemble-variant.js'
import { amount, bp, cr, dr, entry, family, money, share, vendor, type Wrong } from './ap-text.js'

const RATES = [500, 1000, 1900, 2000, 2100] as const

/**
 * Capturing a purchase invoice: checking it is a valid tax invoice, reading net, tax and gross,
 * coding it to the right account and cost centre, and posting it with the input tax a business
 * may reclaim. Tax rules are stated in each stem with the law they come from (UK VAT, EU VAT
 * Directive, US use tax) because rates and blocks differ by country.
 */
const CAPTURE_FAMILIES_BASE = [
  family('net-from-vat-inclusive-total', (rng) => {
    const tax = rng.pick(RATES)
    const net = rng.int(20, 8000) * 100 + rng.pick([0, 25, 50, 75])
    const gross = net + share(net, tax, 10000)
    const m = money(rng)
    return {
      stem: `A receipt from ${vendor(rng)} shows only a VAT-inclusive total of ${m(gross)} at ${bp(tax)} VAT. What net amount does the clerk code to the expense account (to the cent)?`,
      key: m(share(gross, 10000, 10000 + tax)),
      wrong: [
        [m(gross - share(gross, tax, 10000)), 'takes the VAT rate off the gross'],
        [m(gross), 'codes the gross to expense'],
        [m(share(gross, tax, 10000 + tax)), 'codes the VAT fraction as the net'],
        [m(gross + share(gross, tax, 10000)), 'adds VAT to a VAT-inclusive total'],
      ],
      figures: { gross, tax },
    }
  }),
  family('purchase-invoice-with-vat-entry', (rng) => {
    const tax = rng.pick(RATES)
    const net = rng.int(30, 6000) * 100
    const vat = share(net, tax, 10000)
    const acct = rng.pick(['Office supplies', 'Motor expenses', 'Advertising', 'Repairs expense'])
    return {
      stem: `A VAT-registered client receives ${vendor(rng)}'s invoice: net ${money(rng)(net)} plus ${bp(tax)} VAT, for ${acct.toLowerCase()}, payable in 30 days. The input VAT is fully recoverable. Which journal posts the invoice?`,
      key: entry(dr(acct, net), dr('Input VAT', vat), cr('Accounts payable', net + vat)),
      wrong: [
        [
          entry(dr(acct, net + vat), cr('Bank', net + vat)),
          'expenses the VAT and records a payment, not a payable',
        ],
        [
          entry(dr(acct, vat), dr('Input VAT', net), cr('Accounts payable', net + vat)),
          'swaps the net and VAT amounts',
        ],
        [
          entry(dr(acct, net + vat), cr('Accounts payable', net + vat)),
          'expenses VAT the client can reclaim',
        ],
        [
          entry(dr(acct, net), dr('Output VAT', vat), cr('Accounts payable', net + vat)),
          'posts input tax to the output VAT account',
        ],
        [
          entry(dr(acct, net), dr('Input VAT', vat), cr('Bank', net + vat)),
          'records a payment, not a payable',
        ],
        [
          entry(dr(acct, net), cr('Accounts payable', net)),
          'leaves the VAT off the invoice altogether',
        ],
      ],
      figures: { net, tax },
    }
  }),
  family('capitalise-or-expense', (rng) => {
    const limit = rng.pick([50000, 100000, 250000])
    const item = rng.pick([
      'a laptop',
      'a commercial dishwasher',
      'a 3D printer',
      'office chairs',
      'a server',
    ])
    const cost = rng.pick([limit - rng.int(1, 40) * 500, limit + rng.int(1, 200) * 500])
    const m = money(rng)
    const asset = cost >= limit
    const A = 'Debit a fixed-asset account and depreciate it'
    const E = 'Debit an expense account in this period'
    return {
      stem: `The client's policy capitalises equipment costing ${m(limit)} or more (net of recoverable VAT) that will be used for several years; cheaper items are expensed. An invoice for ${item} costs ${m(cost)} net. How is it coded?`,
      key: asset ? A : E,
      wrong: [
        asset
          ? [E, 'expenses an item above the capitalisation limit']
          : [A, 'capitalises an item below the limit'],
        [
          'Debit prepayments and release it monthly',
          'treats equipment bought as a prepaid expense',
        ],
        ['Debit inventory until it is used', 'treats equipment for own use as stock for sale'],
        ['Debit the supplier account until it is paid', 'codes the cost to the payable it creates'],
      ],
      figures: { limit, cost },
    }
  }),
  family('fx-invoice-recording-rate', (rng) => {
    const foreign = rng.int(100, 9000) * 100
    const spot = rng.int(7000, 14000)
    const end = spot + rng.pick([-1, 1]) * rng.int(40, 500)
    const pay = spot + rng.pick([-1, 1]) * rng.int(40, 500)
    const m = money(rng)
    const at = (r: number) => Math.round((foreign * r) / 10000)
    if (end === pay) throw new VariantError('two rates equal')
    return {
      stem: `A purchase invoice for ${foreign / 100} units of a foreign currency is dated and received on a day when 1 unit cost ${(spot / 10000).toFixed(4)} in the home currency. At the month end the rate is ${(end / 10000).toFixed(4)} and on the payment date ${(pay / 10000).toFixed(4)}. Under IAS 21 (para. 21), at what home-currency amount is the invoice first recorded?`,
      key: m(at(spot)),
      wrong: [
        [m(at(pay)), 'records it at the payment-date rate'],
        [m(at(end)), 'records it at the month-end closing rate'],
        [m(Math.round((foreign * 10000) / spot)), 'divides by the rate instead of multiplying'],
        [m(foreign), 'records the foreign amount as home currency'],
      ],
      figures: { foreign, spot, end, pay },
    }
  }),
  family('reverse-charge-services', (rng) => {
    const tax = rng.pick([1900, 2000, 2100, 2200])
    const net = rng.int(200, 9000) * 100
    const vat = share(net, tax, 10000)
    return {
      stem: `A VAT-registered business in one EU member state receives an invoice without VAT from a consultancy in another member state for business services of ${money(rng)(net)}, marked "reverse charge" (VAT Directive 2006/112/EC, Art. 196). Its own VAT rate is ${bp(tax)} and its input VAT is fully recoverable. Which journal records the invoice?`,
      key: entry(
        dr('Consultancy fees', net),
        dr('Input VAT', vat),
        cr('Accounts payable', net),
        cr('Output VAT', vat),
      ),
      wrong: [
        [
          entry(
            dr('Consultancy fees', net),
            dr('Output VAT', vat),
            cr('Accounts payable', net),
            cr('Input VAT', vat),
          ),
          'swaps the input and output VAT accounts',
        ],
        [
          entry(dr('Consultancy fees', net), cr('Accounts payable', net)),
          'leaves out the reverse-charge VAT the customer must account for',
        ],
        [
          entry(
            dr('Consultancy fees', net),
            dr('Input VAT', vat),
            cr('Accounts payable', net + vat),
          ),
          'owes the VAT to the supplier',
        ],
        [
          entry(
            dr('Consultancy fees', net),
            dr('Input VAT', vat),
            cr('Accounts payable', net),
            cr('Bank', vat),
          ),
          'pays the self-accounted VAT straight away',
        ],
        [
          entry(
            dr('Consultancy fees', net + vat),
            cr('Accounts payable', net),
            cr('Output VAT', vat),
          ),
          'self-charges output VAT but does not reclaim it',
        ],
        [
          entry(
            dr('Consultancy fees', net + vat),
            dr('Input VAT', vat),
            cr('Accounts payable', net + vat),
            cr('Output VAT', vat),
          ),
          'adds the VAT to the supplier’s invoice and self-accounts it too',
        ],
      ],
      figures: { net, tax },
    }
  }),
  family('partial-exemption-recovery', (rng) => {
    const tax = rng.pick(RATES)
    const vat = rng.int(50, 9000) * 100
    const pct = rng.pick([4000, 5500, 6000, 7200, 8500])
    const m = money(rng)
    return {
      stem: `A partly exempt business may recover ${bp(pct)} of its residual input VAT this quarter (its agreed recovery rate). A general overhead invoice carries ${m(vat)} of VAT at ${bp(tax)}. How much of that VAT does it reclaim, to the cent?`,
      key: m(share(vat, pct, 10000)),
      wrong: [
        [m(vat), 'reclaims all of it as if fully taxable'],
        [m(vat - share(vat, pct, 10000)), 'reclaims the irrecoverable share'],
        [m(share(vat, pct, 10000 + tax)), 'works the share from a VAT-inclusive fraction'],
        [m(0), 'blocks all of it as if wholly exempt'],
      ],
      figures: { vat, pct, tax },
    }
  }),
  family('blocked-entertainment-vat', (rng) => {
    const tax = 2000
    const net = rng.int(80, 3000) * 100
    const vat = share(net, tax, 10000)
    return {
      stem: `A UK VAT-registered client receives a restaurant's invoice for ${money(rng)(net)} plus 20% VAT for entertaining prospective customers (business entertainment, whose input VAT is blocked by SI 1992/3222 art. 5). Which journal records the invoice?`,
      key: entry(dr('Entertainment', net + vat), cr('Accounts payable', net + vat)),
      wrong: [
        [
          entry(dr('Entertainment', net + vat), cr('Bank', net + vat)),
          'records a payment, not a payable',
        ],
        [
          entry(dr('Entertainment', net), dr('Input VAT', vat), cr('Accounts payable', net + vat)),
          'reclaims VAT that the law blocks',
        ],
        [
          entry(dr('Entertainment', net), cr('Accounts payable', net)),
          'leaves the VAT out of what is owed',
        ],
        [
          entry(dr('Entertainment', net), dr('Output VAT', vat), cr('Accounts payable', net + vat)),
          'offsets the VAT against output tax',
        ],
        [
          entry(dr('Staff welfare', net), dr('Input VAT', vat), cr('Accounts payable', net + vat)),
          'recodes customer entertaining as staff welfare to reclaim the VAT',
        ],
      ],
      figures: { net, tax },
    }
  }),
  family('use-tax-accrual', (rng) => {
    const rate = rng.pick([600, 625, 700, 725, 825])
    const price = rng.int(200, 9000) * 100
    const tax = share(price, rate, 10000)
    return {
      stem: `A US client buys taxable office equipment for $${amount(price)} from an out-of-state seller that charged no sales tax. The client's state levies use tax at ${bp(rate)} on such purchases, payable by the buyer with its return. Which journal records the invoice?`,
      key: entry(
        dr('Office equipment', price + tax),
        cr('Accounts payable', price),
        cr('Use tax payable', tax),
      ),
      wrong: [
        [
          entry(dr('Office equipment', price + tax), cr('Bank', price + tax)),
          'pays the seller the use tax at once',
        ],
        [
          entry(dr('Office equipment', price), cr('Accounts payable', price)),
          'ignores the use tax the buyer owes',
        ],
        [
          entry(dr('Office equipment', price + tax), cr('Accounts payable', price + tax)),
          'owes the use tax to the seller',
        ],
        [
          entry(
            dr('Office equipment', price),
            dr('Use tax receivable', tax),
            cr('Accounts payable', price),
            cr('Use tax payable', tax),
          ),
          'treats use tax as reclaimable like VAT',
        ],
        [
          entry(
            dr('Office equipment', price),
            cr('Accounts payable', price - tax),
            cr('Use tax payable', tax),
          ),
          'takes the tax out of the seller’s price',
        ],
      ],
      figures: { price, rate },
    }
  }),
  family('valid-vat-invoice-field', (rng) => {
    // HMRC VAT Notice 700, section 16.3: what a full VAT invoice must show.
    const missing = rng.pick([
      'the supplier’s VAT registration number',
      'the amount of VAT charged',
      'a unique invoice number',
      'the invoice date (time of supply)',
    ])
    const notNeeded = rng.shuffle([
      [
        'the client’s purchase order number',
        'treats the buyer’s PO reference as a legal requirement',
      ],
      ['the supplier’s bank details', 'treats payment details as a VAT-invoice requirement'],
      ['the payment terms', 'treats credit terms as a VAT-invoice requirement'],
      [
        'the name of the person who ordered',
        'treats the buyer’s contact as a VAT-invoice requirement',
      ],
      ['a delivery note number', 'treats the delivery note reference as a VAT-invoice requirement'],
    ] as const)
    return {
      stem: `Four invoices from UK suppliers of ${rng.pick(['office furniture', 'printing', 'IT hardware'])} each lack one detail. Under HMRC VAT Notice 700, section 16.3 (full VAT invoices), which one cannot support an input VAT claim until the supplier reissues it?`,
      key: `The one that lacks ${missing}`,
      wrong: notNeeded.slice(0, 4).map(([t, why]) => [`The one that lacks ${t}`, why] as const),
    }
  }),
  family('cost-centre-allocation', (rng) => {
    const total = rng.int(300, 9000) * 100
    const heads = rng.shuffle([rng.int(3, 12), rng.int(13, 30), rng.int(31, 60)])
    const names = ['Sales', 'Operations', 'Finance']
    const who = rng.int(0, 2)
    const all = heads.reduce((a, b) => a + b, 0)
    const m = money(rng)
    return {
      stem: `A shared office-cleaning invoice of ${m(total)} (net) is split across cost centres by headcount: ${names.map((n, i) => `${n} ${heads[i]}`).join(', ')}. What is coded to ${names[who]}, to the cent?`,
      key: m(share(total, heads[who]!, all)),
      wrong: [
        [m(share(total, 1, 3)), 'splits it equally across the cost centres'],
        [
          m(share(total, heads[who]!, all - heads[who]!)),
          'divides by the other centres’ headcount only',
        ],
        [m(share(total, heads[who]!, 100)), 'reads the headcount as a percentage'],
        [m(total - share(total, heads[who]!, all)), 'codes the other centres’ share'],
      ],
      figures: { total, h0: heads[0]!, h1: heads[1]!, h2: heads[2]!, who },
    }
  }),
  family('check-supplier-arithmetic', (rng) => {
    const tax = rng.pick(RATES)
    const goods = rng.int(100, 9000) * 100
    const trade = rng.pick([500, 1000, 1500, 2000])
    const freight = rng.int(10, 200) * 100
    const m = money(rng)
    const afterTrade = goods - share(goods, trade, 10000)
    const withTax = (x: number) => x + share(x, tax, 10000)
    return {
      stem: `Checking an invoice: goods list price ${m(goods)} less a ${bp(trade)} trade discount on the goods, plus delivery of ${m(freight)}; VAT at ${bp(tax)} is charged on the discounted goods and on the delivery. What should the invoice total be, to the cent?`,
      key: m(withTax(afterTrade + freight)),
      wrong: [
        [
          m(withTax(goods + freight - share(goods + freight, trade, 10000))),
          'takes the trade discount off the delivery too',
        ],
        [m(withTax(afterTrade) + freight), 'leaves VAT off the delivery charge'],
        [
          m(withTax(goods + freight) - share(goods, trade, 10000)),
          'charges VAT before the trade discount',
        ],
        [m(afterTrade + freight), 'forgets the VAT'],
      ],
      figures: { goods, trade, freight, tax },
    }
  }),
  family('expense-account-from-description', (rng) => {
    // Each case with the accounts a clerk plausibly confuses it with, and why.
    const CASES: readonly (readonly [string, string, readonly Wrong[]])[] = [
      [
        'an annual public-liability insurance premium for the current year',
        'Insurance',
        [
          ['Legal fees', 'codes cover against legal claims as a legal cost'],
          ['Rent and rates', 'codes an annual charge for the premises as rates'],
          ['Subscriptions', 'codes a yearly renewal as a subscription'],
        ],
      ],
      [
        'courier charges for sending samples to customers',
        'Postage and carriage',
        [
          ['Advertising', 'codes the delivery as the marketing the samples serve'],
          ['Printing and stationery', 'codes dispatch costs as office consumables'],
          ['Telephone and internet', 'codes sending things to customers as communications'],
        ],
      ],
      [
        'the monthly broadband and phone line',
        'Telephone and internet',
        [
          ['Subscriptions', 'codes a monthly contract as a subscription'],
          ['Rent and rates', 'codes the line rental as rent'],
          ['Postage and carriage', 'codes every communication cost as postage'],
        ],
      ],
      [
        'a trade-journal advert for the spring sale',
        'Advertising',
        [
          ['Subscriptions', 'codes a payment to a journal as a subscription to it'],
          ['Printing and stationery', 'codes a printed advert as printing'],
          ['Entertainment', 'codes a sales promotion as customer entertaining'],
        ],
      ],
      [
        'the accountant’s fee for preparing the annual accounts',
        'Accountancy fees',
        [
          ['Legal fees', 'codes every professional adviser’s fee as legal fees'],
          ['Subscriptions', 'codes a fee that recurs each year as a subscription'],
          ['Bank charges', 'codes a finance-function fee as bank charges'],
        ],
      ],
      [
        'replacing a broken window pane in the shop',
        'Repairs and maintenance',
        [
          ['Fixtures and fittings', 'capitalises a like-for-like repair as a fixed asset'],
          ['Insurance', 'codes accidental damage to insurance though no claim is made'],
          ['Rent and rates', 'codes work on the rented premises as an occupancy cost'],
        ],
      ],
    ]
    const [what, acct, wrong] = rng.pick(CASES)
    const chart = new Set(CASES.flatMap(([, a, w]) => [a, ...w.map(([x]) => x)]))
    return {
      stem: `The client's chart of accounts has, among others: ${rng.shuffle([...chart]).join(', ')}. An invoice from ${vendor(rng)} is for ${what}. Which account does the clerk code it to?`,
      key: acct,
      wrong: [...wrong],
    }
  }),
  family('repair-or-improvement', (rng) => {
    const CASES = [
      ['repainting the existing shop front in the same colours', false],
      ['replacing a few broken roof tiles', false],
      ['servicing the delivery van', false],
      ['adding a second storey to the workshop', true],
      ['installing a new goods lift where there was none', true],
      ['fitting a larger engine that doubles a machine’s output', true],
    ] as const
    const [what, improves] = rng.pick(CASES)
    const capital = 'Capitalise it as part of the asset’s cost (IAS 16, para. 7)'
    const repair = 'Expense it as a repair (IAS 16, para. 12)'
    return {
      stem: `An invoice from ${vendor(rng)} is for ${what}. Under IAS 16, day-to-day servicing is expensed while spending that adds to an asset's capacity or creates new economic benefits is capitalised. How is it coded?`,
      key: improves ? capital : repair,
      wrong: [
        improves
          ? [repair, 'expenses an improvement that adds capacity']
          : [capital, 'capitalises routine upkeep'],
        [
          'Debit prepayments and spread it over a year',
          'spreads a cost with no future service period',
        ],
        ['Debit the owner’s drawings', 'treats business upkeep as a private cost'],
        ['Hold it unposted until the year-end', 'leaves a valid invoice unrecorded'],
      ],
    }
  }),
  family('input-vat-from-inclusive', (rng) => {
    const tax = rng.pick(RATES)
    const net = rng.int(20, 8000) * 100 + rng.pick([0, 10, 40, 60])
    const gross = net + share(net, tax, 10000)
    const m = money(rng)
    return {
      stem: `A less detailed VAT invoice from ${vendor(rng)} states a VAT-inclusive total of ${m(gross)} and the rate, ${bp(tax)}. What input VAT does the clerk record, to the cent?`,
      key: m(share(gross, tax, 10000 + tax)),
      wrong: [
        [m(share(gross, tax, 10000)), 'applies the rate to the VAT-inclusive total'],
        [m(share(gross, 10000, 10000 + tax)), 'records the net amount as the VAT'],
        [m(share(gross, tax, 10000 - tax)), 'grosses the rate up the wrong way'],
        [m(share(gross, tax, 100000)), 'reads the rate as tenths of a percent'],
      ],
      figures: { gross, tax },
    }
  }),
  family('prepaid-annual-licence-coding', (rng) => {
    const annual = rng.int(12, 600) * 1200
    const left = rng.int(2, 10)
    const m = money(rng)
    return {
      stem: `An invoice for a 12-month software licence of ${m(annual)} (net, no VAT) starts on the first day of a month. The client's year ends after ${12 - left} months of it, leaving ${left} months for next year. How much of the invoice is coded to prepayments at the year-end?`,
      key: m((annual / 12) * left),
      wrong: [
        [m((annual / 12) * (12 - left)), 'prepays the months already used'],
        [m(annual), 'prepays the whole invoice'],
        [m((annual / 12) * (left + 1)), 'counts the year-end month as unused'],
        [m(0), 'expenses it all when the invoice arrives'],
      ],
      figures: { annual, left },
    }
  }),
  family('import-vat-postponed', (rng) => {
    const vat = rng.int(50, 4000) * 100
    return {
      stem: `A UK client imports goods and uses postponed VAT accounting, so the ${money(rng)(vat)} of import VAT appears on its monthly postponed import VAT statement and is not paid at the border. Its input VAT is fully recoverable. How is that import VAT entered in the books?`,
      key: entry(dr('Input VAT', vat), cr('Output VAT', vat)),
      wrong: [
        [entry(dr('Input VAT', vat), cr('Bank', vat)), 'pays import VAT the scheme postpones'],
        [
          entry(dr('Purchases', vat), cr('Output VAT', vat)),
          'adds recoverable VAT to the cost of the goods',
        ],
        [
          entry(dr('Input VAT', vat), cr('Accounts payable', vat)),
          'owes the import VAT to the supplier',
        ],
        [entry(dr('Output VAT', vat), cr('Input VAT', vat)), 'reverses the debit and credit'],
        [entry(dr('Purchases', vat), cr('Bank', vat)), 'pays it at the border and adds it to cost'],
        [
          entry(dr('Input VAT', vat), cr('Duty deferment account', vat)),
          'pays it through the duty deferment account the scheme replaces',
        ],
      ],
      figures: { vat },
    }
  }),
]

/** Invoices whose lines carry different VAT rates. */
const MIXED_RATE_FAMILIES = [
  family('mixed-rate-invoice-vat', (rng) => {
    const [standard, reduced] = rng.pick([
      [2000, 500],
      [1900, 700],
      [2100, 900],
    ] as const)
    const a = rng.int(20, 3000) * 100
    const b = rng.int(20, 3000) * 100
    const m = money(rng)
    const vat = share(a, standard, 10000) + share(b, reduced, 10000)
    return {
      stem: `A wholesaler's invoice has a line of ${m(a)} net at the standard rate of ${bp(standard)} and a line of ${m(b)} net at the reduced rate of ${bp(reduced)}. Rounding VAT per line to the cent, what input VAT does the clerk record?`,
      key: m(vat),
      wrong: [
        [m(share(a + b, standard, 10000)), 'applies the standard rate to both lines'],
        [m(share(a + b, reduced, 10000)), 'applies the reduced rate to both lines'],
        [
          m(share(a, reduced, 10000) + share(b, standard, 10000)),
          'swaps the rates between the lines',
        ],
        [m(share(a + b, standard + reduced, 20000)), 'averages the two rates over the total'],
      ],
      figures: { a, b, standard, reduced },
    }
  }),
]

/** Every family of the domain. */
export const CAPTURE_FAMILIES = [...CAPTURE_FAMILIES_BASE, ...MIXED_RATE_FAMILIES]
