import { VariantError } from '../assemble-variant.js'
import { cents, client, family, gbp, share, sum } from './vat-text.js'

// VAT schemes, reliefs and penalties, each rule stated in the stem. Flat rate scheme (Notice
// 733): VAT due is the flat rate percentage of VAT-inclusive turnover, one percentage point
// less in the first year of VAT registration; a limited cost trader (relevant goods under 2 %
// of VAT-inclusive turnover, or under £1,000 a year, £250 a quarter) uses 16.5 %; input VAT is
// reclaimed only on capital goods costing £2,000 or more including VAT. Partial exemption
// standard method (Notice 706): residual input tax recovered at taxable ÷ total supplies,
// rounded up to the next whole percentage; de minimis test one: exempt input tax no more than
// £625 a month on average and no more than half of all input tax. Cash accounting (Notice
// 731): VAT follows payments received and made. Bad debt relief (Notice 700/18): the VAT
// fraction of the unpaid amount, six months after the later of the supply and the due date,
// once written off. Annual accounting (Notice 732): nine monthly interim payments of 10 % of
// the previous year's liability, the balance with the return. Late payment penalties for
// periods from January 2023: 2 % of the tax unpaid at day 15, a further 2 % of the tax unpaid at
// day 30, and a daily second penalty from day 31 at 4 % a year; late payment interest at the
// Bank of England base rate plus 2.5 %. From April 2025 the penalties are 3 %, 3 % and 10 % a
// year and interest is base rate plus 4 %; the stems use these rates.

const vat20 = (net: number) => share(net, 20, 100)
const pctOf = (c: number, bp: number) => share(c, bp, 10000)

export const SCHEMES_FAMILIES = [
  family('flat-rate-first-year', (rng) => {
    const g = cents(rng, 8000, 40000)
    const rate = rng.pick([1100, 1200, 1250, 1350, 1400, 1450])
    const first = rng.int(0, 1) === 1
    const used = first ? rate - 100 : rate
    return {
      stem: `${cap(client(rng))} uses the flat rate scheme at ${rate / 100} % and ${first ? 'registered for VAT eight months ago' : 'has been VAT-registered for three years'}. Its VAT-inclusive turnover for the quarter is ${gbp(g)}. VAT due is the flat rate percentage of VAT-inclusive turnover, less one percentage point in the first year of registration, to the penny. What VAT is due?`,
      key: gbp(pctOf(g, used)),
      wrong: [
        [
          gbp(pctOf(g, first ? rate : rate - 100)),
          first
            ? 'misses the first-year reduction'
            : 'takes the first-year reduction after the first year',
        ],
        [gbp(pctOf(g - share(g, 1, 6), used)), 'applies the rate to turnover net of VAT'],
        [gbp(share(g, 1, 6)), 'accounts for VAT as under normal accounting'],
        [gbp(pctOf(g, 1650)), 'uses the limited cost trader rate'],
        [gbp(pctOf(g, used + 100)), 'adds the percentage point instead of deducting it'],
      ],
      figures: { g, rate, first: first ? 1 : 0 },
    }
  }),
  family('limited-cost-trader-test', (rng) => {
    const g = cents(rng, 6000, 30000)
    const rate = rng.pick([1100, 1200, 1250, 1350, 1400])
    const limit = Math.max(pctOf(g, 200), 25000)
    const fuel = cents(rng, 60, 240)
    // Either the goods fall just under the limit (counting the fuel would cross it) or between
    // the limit and £1,000 (the annual minimum read as a quarterly one would pass them).
    const lct = rng.int(0, 1) === 1
    const goods = lct ? limit - rng.int(1, fuel - 1) : rng.int(limit, 99999)
    return {
      stem: `A flat-rate business (trade rate ${rate / 100} %, not in its first year) had VAT-inclusive turnover of ${gbp(g)} this quarter. It spent ${gbp(goods)} including VAT on goods used exclusively for the business and ${gbp(fuel)} on road fuel. It is a limited cost trader, using 16.5 %, if its relevant goods cost less than the greater of 2 % of VAT-inclusive turnover and £250 a quarter; road fuel is not a relevant good. What VAT is due, to the penny?`,
      key: gbp(pctOf(g, lct ? 1650 : rate)),
      wrong: [
        [
          gbp(pctOf(g, lct ? rate : 1650)),
          lct
            ? 'counts the road fuel as a relevant good'
            : 'uses the £1,000 annual minimum for a quarter',
        ],
        [
          gbp(pctOf(g - share(g, 1, 6), lct ? 1650 : rate)),
          'applies the rate to turnover net of VAT',
        ],
        [gbp(pctOf(g, lct ? 1550 : rate - 100)), 'takes a first-year reduction it is not due'],
        [gbp(share(g, 1, 6)), 'accounts for VAT as under normal accounting'],
        [
          gbp(pctOf(g, lct ? 2000 : rate + 100)),
          lct
            ? 'uses the 20 % standard rate as a flat rate'
            : 'adds a percentage point to the trade rate',
        ],
      ],
      figures: { g, goods, fuel, rate },
    }
  }),
  family('flat-rate-capital-asset', (rng) => {
    const g = cents(rng, 10000, 40000)
    const rate = rng.pick([1100, 1200, 1250, 1350, 1400])
    const asset = cents(rng, 2100, 6000)
    const small = cents(rng, 200, 1500)
    const due = pctOf(g, rate) - share(asset, 1, 6)
    return {
      stem: `A flat-rate business (${rate / 100} %, not in its first year) had VAT-inclusive turnover of ${gbp(g)}. It bought a machine for ${gbp(asset)} and office supplies for ${gbp(small)}, both including VAT at 20 %. Under the scheme input VAT is reclaimed separately only on a capital asset costing £2,000 or more including VAT, as its 1/6 fraction. What is the net VAT due for the quarter?`,
      key: gbp(due),
      wrong: [
        [gbp(pctOf(g, rate)), 'reclaims nothing on the machine'],
        [gbp(due - share(small, 1, 6)), 'reclaims VAT on the supplies too'],
        [gbp(pctOf(g, rate) - vat20(asset)), 'takes 20 % of the VAT-inclusive price'],
        [gbp(pctOf(g, rate) - pctOf(asset, rate)), 'reclaims at the flat rate'],
        [gbp(pctOf(g, rate) + share(asset, 1, 6)), 'adds the machine’s VAT'],
      ],
      figures: { g, rate, asset, small },
    }
  }),
  family('partial-exemption-standard-method', (rng) => {
    const t = cents(rng, 2000, 9000)
    const e = cents(rng, 500, 3000)
    const r = cents(rng, 1000, 6000)
    const ts = cents(rng, 60000, 200000)
    const es = cents(rng, 15000, 120000)
    const up = Math.ceil((ts * 100) / (ts + es))
    const near = Math.round((ts * 100) / (ts + es))
    const down = Math.floor((ts * 100) / (ts + es))
    if (up === down) throw new VariantError('a whole percentage')
    const alt = up === near ? down : near
    return {
      stem: `A partly exempt business's input VAT for the year: ${gbp(t)} directly attributable to taxable supplies, ${gbp(e)} to exempt supplies and ${gbp(r)} residual. Taxable supplies were ${gbp(ts)} and exempt supplies ${gbp(es)}, net. Under the standard method the residual is recovered at taxable ÷ total supplies, rounded up to the next whole percentage; the business is not de minimis. How much input VAT is recoverable, to the penny?`,
      key: gbp(t + share(r, up, 100)),
      wrong: [
        [
          gbp(t + share(r, alt, 100)),
          up === near
            ? 'rounds the percentage down'
            : 'rounds the percentage to the nearest whole number',
        ],
        [gbp(t + share(r * ts, 1, ts + es)), 'does not round the percentage'],
        [gbp(t + r), 'recovers all the residual VAT'],
        [gbp(t), 'recovers none of the residual VAT'],
        [gbp(share(t + e + r, up, 100)), 'applies the percentage to all input VAT'],
        [gbp(t + e + r), 'recovers all input VAT'],
      ],
      figures: { t, e, r, ts, es },
    }
  }),
  family('partial-exemption-de-minimis', (rng) => {
    const t = cents(rng, 3000, 12000)
    const e = cents(rng, 200, 1800)
    const r = cents(rng, 500, 2500)
    const pct = rng.int(70, 95)
    const exemptInput = e + r - share(r, pct, 100)
    const dm = exemptInput <= 187500 && 2 * exemptInput <= t + e + r
    const std = t + share(r, pct, 100)
    const all = t + e + r
    return {
      stem: `A partly exempt business's input VAT for the quarter: ${gbp(t)} attributable to taxable supplies, ${gbp(e)} to exempt supplies and ${gbp(r)} residual, with a recovery percentage of ${pct} %. Exempt input tax is the exempt VAT plus the residual's unrecovered share. De minimis: exempt input tax averages no more than £625 a month (the quarter has three months) and is no more than half of all input VAT; then all input VAT is recoverable. How much input VAT is recoverable?`,
      key: gbp(dm ? all : std),
      wrong: [
        [
          gbp(dm ? std : all),
          dm
            ? 'misses that the business is de minimis'
            : 'treats the business as de minimis over the £1,875 quarterly limit',
        ],
        [gbp(t), 'recovers only the directly taxable VAT'],
        [gbp(t + r), 'recovers all the residual but none of the exempt VAT'],
        [gbp(t + share(e + r, pct, 100)), 'applies the percentage to the exempt VAT too'],
        [gbp(all + share(r, pct, 100)), 'counts the residual recovery twice'],
      ],
      figures: { t, e, r, pct },
    }
  }),
  family('cash-accounting-receipts', (rng) => {
    const issued = [cents(rng, 600, 4000), cents(rng, 600, 4000), cents(rng, 600, 4000)]
    const paid = [issued[0]!, share(issued[1]!, rng.pick([25, 40, 50]), 100), 0]
    const earlier = cents(rng, 600, 4000)
    const got = sum(paid) + earlier
    return {
      stem: `A business on cash accounting issued three invoices this quarter for ${issued.map(gbp).join(', ')} including VAT at 20 %. It received the first in full, ${gbp(paid[1]!)} of the second and nothing of the third, and also received ${gbp(earlier)} for an invoice issued last quarter. Under cash accounting output VAT follows payments received, as their 1/6 fraction. What output VAT is due this quarter, to the penny?`,
      key: gbp(share(got, 1, 6)),
      wrong: [
        [gbp(share(sum(issued), 1, 6)), 'follows invoices issued, not payments'],
        [gbp(share(sum(paid), 1, 6)), 'leaves out the payment for last quarter’s invoice'],
        [gbp(vat20(got)), 'takes 20 % of VAT-inclusive receipts'],
        [
          gbp(share(issued[0]! + issued[1]! + earlier, 1, 6)),
          'counts the part-paid invoice in full',
        ],
        [gbp(share(sum(issued) + earlier, 1, 6)), 'adds every invoice and the late receipt'],
      ],
      figures: { i: issued.join(','), p1: paid[1]!, earlier },
    }
  }),
  family('bad-debt-relief-six-months', (rng) => {
    const a = cents(rng, 600, 5000)
    const b = cents(rng, 600, 5000)
    const paidB = share(b, rng.pick([20, 30, 50]), 100)
    const c = cents(rng, 600, 5000)
    const dueA = rng.int(7, 14)
    const dueB = rng.int(6, 12)
    const dueC = rng.int(2, 5)
    const key = share(a + b - paidB, 1, 6)
    return {
      stem: `Three unpaid debts, all written off in the accounts, each invoiced with VAT at 20 %: ${gbp(a)} due ${dueA} months ago, unpaid; ${gbp(b)} due ${dueB} months ago, of which ${gbp(paidB)} was paid; ${gbp(c)} due ${dueC} months ago, unpaid but invoiced ${dueC + 2} months ago. Relief is the 1/6 fraction of the unpaid amount once at least six months have passed since the later of the supply and the due date. What bad debt relief can be claimed now, to the penny?`,
      key: gbp(key),
      wrong: [
        [gbp(share(a + b - paidB + c, 1, 6)), 'counts the debt due less than six months ago'],
        [gbp(share(a + b, 1, 6)), 'ignores the part payment'],
        [gbp(vat20(a + b - paidB)), 'takes 20 % of VAT-inclusive debts'],
        [gbp(share(a, 1, 6)), 'refuses relief on the part-paid debt'],
        [gbp(share(a + b - paidB, 1, 21)), 'uses the 5 % fraction'],
      ],
      figures: { a, b, paidB, c },
    }
  }),
  family('annual-accounting-balancing', (rng) => {
    const last = cents(rng, 6000, 20000)
    const year = last + cents(rng, 500, 6000)
    const interim = pctOf(last, 1000)
    return {
      stem: `A business on annual accounting had a VAT liability of ${gbp(last)} last year. It pays nine monthly interim payments, each 10 % of last year's liability to the penny, and the balance with the annual return. This year's liability is ${gbp(year)}. What is the balancing payment?`,
      key: gbp(year - 9 * interim),
      wrong: [
        [gbp(year - 10 * interim), 'counts ten interim payments'],
        [gbp(year - 9 * pctOf(year, 1000)), 'bases the interims on this year’s liability'],
        [gbp(year - last), 'deducts last year’s whole liability'],
        [gbp(year - 3 * pctOf(last, 2500)), 'uses three quarterly interims of 25 %'],
        [gbp(year - 8 * interim), 'counts eight interim payments'],
        [gbp(year), 'forgets the interim payments already made'],
        [gbp(year - 9 * share(last, 1, 12)), 'makes each interim a twelfth of last year'],
      ],
      figures: { last, year },
    }
  }),
  family('tax-points-in-the-quarter', (rng) => {
    const a = cents(rng, 800, 5000)
    const b = cents(rng, 800, 5000)
    const c = cents(rng, 800, 5000)
    const d = cents(rng, 300, 1500)
    const key = vat20(b) + vat20(c) + vat20(d)
    return {
      stem: `Quarter ending 31 March, all sales standard-rated at 20 % and net: A, ${gbp(a)}, delivered 27 March and invoiced 4 April; B, ${gbp(b)}, delivered 10 March and invoiced 2 April; C, ${gbp(c)}, delivered and invoiced 15 March; D, a ${gbp(d)} deposit received 25 March on goods delivered in April. The tax point is delivery, moved to the invoice date if the invoice is issued within 14 days after delivery, and brought forward to any earlier invoice or payment. What output VAT falls in this quarter?`,
      key: gbp(key),
      wrong: [
        [
          gbp(vat20(a) + vat20(b) + vat20(c) + vat20(d)),
          'uses delivery dates only, and adds the deposit',
        ],
        [gbp(vat20(a) + vat20(b) + vat20(c)), 'uses delivery dates only'],
        [gbp(vat20(c) + vat20(d)), 'moves B to April though it was invoiced after 14 days'],
        [gbp(vat20(b) + vat20(c)), 'leaves the deposit for the delivery date'],
        [gbp(vat20(a) + vat20(c) + vat20(d)), 'swaps A and B'],
      ],
      figures: { a, b, c, d },
    }
  }),
  family('pre-registration-input-vat', (rng) => {
    const stock = cents(rng, 400, 3000)
    const used = cents(rng, 200, 1500)
    const svcIn = cents(rng, 200, 1200)
    const svcOld = cents(rng, 200, 1200)
    return {
      stem: `On registering, a trader lists VAT paid before registration: ${gbp(stock)} on goods bought 2 years ago and still held; ${gbp(used)} on goods bought 1 year ago and already used up; ${gbp(svcIn)} on services received 4 months before registration; ${gbp(svcOld)} on services received 9 months before. VAT is reclaimable on goods bought within 4 years and still held at registration, and on services received within 6 months before it. How much can be reclaimed?`,
      key: gbp(stock + svcIn),
      wrong: [
        [gbp(stock + used + svcIn + svcOld), 'reclaims every line'],
        [gbp(stock + used + svcIn), 'reclaims goods already used up'],
        [gbp(stock + svcIn + svcOld), 'reclaims services older than 6 months'],
        [gbp(stock), 'reclaims no services'],
        [gbp(svcIn), 'reclaims no goods'],
      ],
      figures: { stock, used, svcIn, svcOld },
    }
  }),
  family('late-payment-penalty', (rng) => {
    const due = cents(rng, 3000, 30000)
    const p15 = share(due, rng.pick([0, 20, 40]), 100)
    const u15 = due - p15
    const u30 = u15 - share(u15, rng.pick([0, 30, 50, 70]), 100)
    const key = pctOf(u15, 300) + pctOf(u30, 300)
    if (u30 === 0) throw new VariantError('paid by day 30')
    return {
      stem: `VAT of ${gbp(due)} was due on the deadline. ${gbp(due - u15)} was paid by day 15; ${gbp(u15)} was still unpaid at day 15 and ${gbp(u30)} at day 30. For payments late on or after 1 April 2025 the first late payment penalty is 3 % of the tax unpaid at day 15 plus a further 3 % of the tax unpaid at day 30, each to the penny. What is the first late payment penalty?`,
      key: gbp(key),
      wrong: [
        [gbp(pctOf(u15, 300)), 'leaves out the day-30 element'],
        [gbp(pctOf(due, 300) + pctOf(due, 300)), 'works both elements on the whole amount due'],
        [gbp(pctOf(u30, 600)), 'takes 6 % of the tax unpaid at day 30'],
        [gbp(pctOf(u15, 600)), 'takes 6 % of the tax unpaid at day 15'],
        [gbp(pctOf(due, 300) + pctOf(u30, 300)), 'works the first element on the whole amount due'],
        [gbp(pctOf(u15, 200) + pctOf(u30, 200)), 'uses the 2 % rates from before April 2025'],
      ],
      figures: { due, u15, u30 },
    }
  }),
  family('second-late-payment-penalty', (rng) => {
    const u = cents(rng, 2000, 20000)
    const days = rng.int(10, 90)
    return {
      stem: `A VAT debt of ${gbp(u)} stayed unpaid from day 31 after the deadline until it was paid ${days} days later. The second late payment penalty runs daily from day 31 at 10 % a year (the rate from April 2025) on the outstanding tax: tax × 10 % × days ÷ 365, to the penny. What is the second penalty?`,
      key: gbp(share(u * 10 * days, 1, 36500)),
      wrong: [
        [gbp(share(u * 10 * (days + 30), 1, 36500)), 'counts the days from the deadline'],
        [gbp(share(u * 10 * days, 1, 100 * 360)), 'divides by 360 days'],
        [gbp(pctOf(u, 1000)), 'charges a whole year’s 10 %'],
        [gbp(share(u * 4 * days, 1, 36500)), 'uses the 4 % a year from before April 2025'],
        [gbp(share(u * 10 * (days + 15), 1, 36500)), 'counts the days from day 15'],
      ],
      figures: { u, days },
    }
  }),
  family('late-payment-interest', (rng) => {
    const u = cents(rng, 2000, 20000)
    const days = rng.int(15, 120)
    const base = rng.pick([375, 400, 425, 450, 475, 500])
    const rate = base + 400
    return {
      stem: `VAT of ${gbp(u)} was paid ${days} days late. Late payment interest runs from the deadline at the Bank of England base rate plus 4 % (the margin from April 2025); base rate was ${base / 100} % throughout. Interest is tax × rate × days ÷ 365, to the penny. What interest is charged?`,
      key: gbp(share(u * rate * days, 1, 3650000)),
      wrong: [
        [gbp(share(u * base * days, 1, 3650000)), 'uses base rate without the 4 %'],
        [gbp(share(u * 400 * days, 1, 3650000)), 'uses only the 4 %'],
        [
          gbp(share(u * (base + 250) * days, 1, 3650000)),
          'adds the 2.5 % margin from before April 2025',
        ],
        [gbp(pctOf(u, rate)), 'charges a whole year’s interest'],
        [gbp(share(u * rate * (days - 30), 1, 3650000)), 'starts the interest at day 31'],
        [gbp(share(u * rate * days, 1, 3600000)), 'divides by 360 days'],
        [
          gbp(share(u * (rate + 1000) * days, 1, 3650000)),
          'adds the 10 % second-penalty rate to the interest',
        ],
      ],
      figures: { u, days, base },
    }
  }),
  family('partial-exemption-annual-adjustment', (rng) => {
    const r = [
      cents(rng, 800, 3000),
      cents(rng, 800, 3000),
      cents(rng, 800, 3000),
      cents(rng, 800, 3000),
    ]
    const q = [rng.int(70, 86), rng.int(70, 86), rng.int(70, 86), rng.int(70, 86)]
    const yearPct = rng.int(78, 92)
    const claimed = sum(r.map((x, i) => share(x, q[i]!, 100)))
    const due = share(sum(r), yearPct, 100)
    const adj = due - claimed
    if (adj <= 0) throw new VariantError('adjustment not an extra claim')
    return {
      stem: `A partly exempt business recovered residual input VAT each quarter at the quarter's own percentage: ${r.map((x, i) => `${gbp(x)} at ${q[i]} %`).join(', ')}, each to the penny. The annual adjustment recomputes the year's residual VAT at the year's percentage, ${yearPct} %, and claims or pays the difference from what the quarters recovered. What extra VAT does the annual adjustment recover?`,
      key: gbp(adj),
      wrong: [
        [gbp(due), 'claims the year’s whole recovery again'],
        [gbp(share(sum(r), 100 - yearPct, 100)), 'gives the year’s unrecovered share'],
        [
          gbp(share(r[3]!, yearPct, 100) - share(r[3]!, q[3]!, 100)),
          'adjusts only the last quarter',
        ],
        [gbp(adj + share(sum(r), 1, 100)), 'rounds the year’s percentage up a point'],
        [gbp(claimed), 'gives what the quarters recovered'],
      ],
      figures: { r: r.join(','), q: q.join(','), yearPct },
    }
  }),
  family('bad-debt-relief-repay-on-later-receipt', (rng) => {
    const debt = cents(rng, 1200, 6000)
    const claimed = share(debt, 1, 6)
    const later = share(debt, rng.pick([25, 40, 50, 60]), 100)
    return {
      stem: `A business claimed bad debt relief of ${gbp(claimed)}, the 1/6 fraction of an unpaid ${gbp(debt)} invoice (VAT at 20 %). The customer has now paid ${gbp(later)} of it. Relief on a debt later paid must be repaid in proportion: the 1/6 fraction of the amount received goes back in box 1, to the penny. How much VAT must be repaid?`,
      key: gbp(share(later, 1, 6)),
      wrong: [
        [gbp(claimed), 'repays all the relief'],
        [gbp(vat20(later)), 'takes 20 % of the VAT-inclusive receipt'],
        [gbp(claimed - share(later, 1, 6)), 'gives the relief kept, not the amount repaid'],
        [gbp(share(debt - later, 1, 6)), 'works the fraction on the amount still unpaid'],
        [gbp(share(later, 1, 21)), 'uses the 5 % fraction'],
      ],
      figures: { debt, later },
    }
  }),
  family('flat-rate-turnover-includes-exempt', (rng) => {
    const std = cents(rng, 8000, 30000)
    const exempt = cents(rng, 1000, 6000)
    const rate = rng.pick([1100, 1200, 1250, 1350, 1400])
    return {
      stem: `A flat-rate business (${rate / 100} %, not in its first year) had standard-rated sales of ${gbp(std)} including VAT and exempt rental income of ${gbp(exempt)} this quarter. Flat-rate turnover is all VAT-inclusive business income, exempt income included; VAT due is the rate times that turnover, to the penny. What VAT is due?`,
      key: gbp(pctOf(std + exempt, rate)),
      wrong: [
        [gbp(pctOf(std, rate)), 'leaves the exempt income out of turnover'],
        [gbp(pctOf(std - share(std, 1, 6) + exempt, rate)), 'takes the sales net of VAT'],
        [gbp(share(std, 1, 6)), 'accounts for VAT as under normal accounting'],
        [gbp(pctOf(std + exempt, rate + 100)), 'adds a percentage point to the rate'],
        [gbp(pctOf(std + exempt, 1650)), 'uses the limited cost trader rate'],
      ],
      figures: { std, exempt, rate },
    }
  }),
  family('cash-accounting-input-vat', (rng) => {
    const bills = [cents(rng, 300, 3000), cents(rng, 300, 3000), cents(rng, 300, 3000)]
    const paidPart = share(bills[1]!, rng.pick([25, 40, 50, 60]), 100)
    const older = cents(rng, 300, 3000)
    const paid = bills[0]! + paidPart + older
    return {
      stem: `A business on cash accounting received three purchase invoices this quarter for ${bills.map(gbp).join(', ')}, each including VAT at 20 %. It paid the first in full, ${gbp(paidPart)} of the second and none of the third, and also paid ${gbp(older)} on a supplier invoice received last quarter. Under cash accounting input VAT is reclaimed when the supplier is paid, as the 1/6 fraction of the payments. What input VAT can be reclaimed this quarter?`,
      key: gbp(share(paid, 1, 6)),
      wrong: [
        [gbp(share(sum(bills), 1, 6)), 'reclaims on invoices received, not payments'],
        [gbp(share(bills[0]! + paidPart, 1, 6)), 'leaves out last quarter’s invoice paid now'],
        [gbp(vat20(paid)), 'takes 20 % of VAT-inclusive payments'],
        [gbp(share(bills[0]! + bills[1]! + older, 1, 6)), 'reclaims the part-paid invoice in full'],
        [gbp(share(sum(bills) + older, 1, 6)), 'reclaims every invoice and the late payment'],
      ],
      figures: { b: bills.join(','), paidPart, older },
    }
  }),
]

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
