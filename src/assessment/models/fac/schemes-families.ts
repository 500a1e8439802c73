import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  pct2,
  plain,
  rest,
  sub,
  usd,
} from './fac-text.js'

// Asset misappropriation and financial statement schemes. The slips are a loss counted at the
// wrong measure (net pay for the employer's outlay, cost for sales skimmed, billed for paid, the
// kickback for the overpricing), a term the stated rule counts left out (the employer's payroll
// tax, the commute deduction, a fictitious trip, goods in transit, freight in, a returns reserve,
// a lost rebate, a later depreciation year) or one it leaves out counted in (a covering receipt, a
// receipt after the date, consigned goods, an unpaid invoice, recall refunds, the employee's own
// tax), the wrong base or benchmark (a rate with the suspect in it, the IRS rate for the company's,
// the index of another year, retail for cost, a markup for a margin), the wrong period or
// proration (one payday short, a full year of depreciation for part of one, 360 days), and a
// correction made on one side of a ratio only.

const money = usd(2)
const days = plain(1, 'days')
const ratio = plain(2)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const DP1 = 'to one decimal place (a half rounded up)'
const DP2 = 'to two decimal places (a half rounded up)'
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => dol(d)
/** Cents as a stem writes them: `$1,234.50`. */
const c$ = (c: number): string => money(frac(c, 100))
/** Cents as dollars. */
const cc = (c: number): Fraction => frac(c, 100)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** A tenth of a percent as a rate. */
const tp = (t: number): Fraction => frac(t, 1000)
/** A tenth of a percent as a stem writes it. */
const tpText = (t: number): string => `${fixed(frac(t, 10), 1)} %`
/** `x` scaled by a drawn percentage from `low` to `high`, to whole units. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** An amount in cents: whole dollars from `low` to `high` and any cents. */
const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** `x` as a plain number, for drawing figures near it (never shown). */
const num = (x: Fraction): number => Number(x.n) / Number(x.d)
/** The sum of whole numbers. */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** The employer's share of Social Security and Medicare, 6.2 % + 1.45 %. */
const FICA = frac(765, 10000)

/** Days since the epoch of a calendar date. */
const DAY = 86400000
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
/** A date a stem writes, from days since the epoch. */
const dateText = (day: number): string => {
  const d = new Date(day * DAY)
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}
/** Months of 31 days, for a month-long sequence of receipts. */
const LONG_MONTHS = [1, 3, 5, 7, 8, 10] as const

/** Pay for `h` hours in a workweek at `w` an hour, time and a half over 40. */
const weekPay = (w: Fraction, h: number): Fraction =>
  add(mul(w, Math.min(h, 40)), mul(w, frac(3, 2), Math.max(0, h - 40)))

export const SCHEMES_FAMILIES: ScenarioFamily[] = [
  apart('lapping-shortfall-at-a-date', (rng) => {
    const a = cents(rng, 800, 4000)
    const b = a + cents(rng, 300, 2500)
    const c = cents(rng, 800, 4000)
    const d = a + c + cents(rng, 300, 2500)
    // Customer E pays two invoices with two checks, so the uncovered receipts are not one printed figure.
    const e1 = cents(rng, 400, 2000)
    const e2 = cents(rng, 400, 2000)
    const e = e1 + e2
    const f = cents(rng, 800, 4000)
    const mo = LONG_MONTHS[rng.int(0, LONG_MONTHS.length - 1)]!
    const m = MONTH_NAMES[mo - 1]!
    const d1 = rng.int(2, 4)
    const d2 = d1 + rng.int(3, 5)
    const d3 = d2 + rng.int(3, 5)
    const d4 = d3 + rng.int(3, 5)
    const d5 = d4 + rng.int(2, 4)
    const T = d5 + rng.int(2, 3)
    const d6 = T + rng.int(2, 4)
    const kept = a + c + e
    return balanced({
      stem: `An accounts receivable clerk who opened the mail and posted receipts ran a lapping scheme. The mailroom’s independent remittance list, the deposits and the postings for ${m} 2026 show: on ${m} ${d1} customer A’s check for ${c$(a)} was received and never deposited; on ${m} ${d2} customer B’s check for ${c$(b)} was deposited, with ${c$(a)} posted to A’s account and the rest to B’s; on ${m} ${d3} customer C’s check for ${c$(c)} was received and never deposited; on ${m} ${d4} customer D’s check for ${c$(d)} was deposited, with ${c$(a)} posted to B’s account, ${c$(c)} to C’s and the rest to D’s; on ${m} ${d5} customer E’s two checks for ${c$(e1)} and ${c$(e2)} were received and never deposited; on ${m} ${d6} customer F’s check for ${c$(f)} was received and never deposited. The shortfall concealed by lapping at a date is the total of customer receipts the clerk kept up to that date; a receipt deposited and posted to another customer’s account only moves the shortfall from one account to another. What was the shortfall at the close of ${m} ${T}, ${CENTS}?`,
      show: money,
      figures: { a, b, c, d, e1, e2, f, d1, d2, d3, d4, d5, d6, T },
      key: cc(kept),
      wrong: [
        [cc(a + c), 'counts only the receipts already lapped'],
        [cc(e), 'counts only the receipts not yet covered by a later one'],
        [cc(c + e), 'treats the first receipt as repaid once B’s check was posted to A’s account'],
        [cc(kept + f), 'counts a receipt kept after the date'],
        [
          cc(kept + 2 * a + c),
          'counts each credit posted to another customer’s account as a further theft',
        ],
        [cc(kept + b + d), 'adds the covering receipts deposited to the receipts kept'],
      ],
    })
  }),
  apart('skimming-estimated-from-the-pour-cost', (rng) => {
    const BI = rng.int(8000, 20000)
    const EI = BI - part(rng, BI, 3, 10)
    const P = rng.int(30000, 90000)
    const U = BI + P - EI
    const w = rng.int(2, 5)
    const pcost = rng.int(18, 24)
    const E = div(mul(U, pc(100 - w)), pc(pcost))
    // Comps and register sales are rung drink by drink, so both are drawn to the cent.
    const Kd = Math.round(num(E) * rng.int(15, 40) * 0.1)
    const t = rng.int(5, 9)
    const s = rng.int(100, 220)
    const Rn = num(E) * (1 - s / 1000) - Kd / 100
    const St = Math.round(Rn * (100 + t))
    const net = div(cc(St), add(1, pc(t)))
    const expected = (used: number, spill: boolean) =>
      div(mul(used, spill ? pc(100 - w) : 1), pc(pcost))
    const skim = (exp: Fraction, comps: boolean, rec: Fraction) =>
      sub(sub(exp, comps ? cc(Kd) : 0), rec)
    const key = skim(E, true, net)
    return balanced({
      stem: `A bar manager is suspected of skimming cash sales. For the year, liquor inventory at cost was ${$(BI)} at the start and ${$(EI)} at the end, and liquor purchases were ${$(P)}. The bar prices drinks to a pour cost (liquor cost ÷ liquor sales at menu prices, net of sales tax) of ${pcost} %, and allows ${w} % of the liquor used for spillage and waste. Drinks given away and recorded as comps came to ${c$(Kd)} at menu prices and are not in sales. The register recorded liquor sales of ${c$(St)}, including sales tax at ${t} %. Estimating expected sales as the liquor used (after the spillage allowance) ÷ the pour cost, what is the estimated skim, expected sales less comps less recorded sales net of tax, ${CENTS}?`,
      show: money,
      figures: { BI, EI, P, w, pcost, Kd, t, St },
      key,
      wrong: [
        [skim(expected(P, true), true, net), 'takes the purchases as the liquor used'],
        [skim(E, true, cc(St)), 'leaves the sales tax in the recorded sales'],
        [mul(key, pc(pcost)), 'states the skim at liquor cost'],
        [skim(expected(BI + P, true), true, net), 'leaves out the ending inventory'],
        [skim(expected(U, false), true, net), 'leaves out the spillage allowance'],
        [skim(E, false, net), 'leaves the comps in the expected sales'],
        [
          skim(E, true, mul(cc(St), sub(1, pc(t)))),
          'takes the tax off as a percentage of the tax-inclusive sales',
        ],
      ],
    })
  }),
  apart('ghost-employee-loss-over-pay-periods', (rng) => {
    const first = dayOf(2025, 1, 3) + 14 * rng.int(0, 8)
    const n1 = rng.int(5, 12)
    const n2 = rng.int(5, 12)
    const raise = first + 14 * n1
    const last = raise + 14 * (n2 - 1)
    const G1 = cents(rng, 1800, 3200)
    const G2 = part(rng, G1, 103, 108)
    const nr = rng.int(740, 800)
    const N1 = Math.round((G1 * nr) / 1000)
    const N2 = Math.round((G2 * nr) / 1000)
    const gross = add(mul(n1, cc(G1)), mul(n2, cc(G2)))
    const cost = (g: Fraction) => mul(g, add(1, FICA))
    return balanced({
      stem: `A payroll clerk added a fictitious employee who was paid biweekly, every second Friday, from ${dateText(first)} through ${dateText(last)}, both paydays included. Gross pay was ${c$(G1)} a payday before a raise and ${c$(G2)} from the payday of ${dateText(raise)} on; the net pay deposited to the clerk’s account was ${c$(N1)} and ${c$(N2)}, the difference being tax withheld and remitted. The employer also paid its own share of Social Security and Medicare, 7.65 % of gross pay (no wage base limit is reached). The loss is everything the employer paid out for the ghost: gross pay plus the employer’s share of tax. What was the loss, ${CENTS}?`,
      show: money,
      figures: { first, raise, last, G1, G2, N1, N2 },
      key: cost(gross),
      wrong: [
        [add(mul(n1, cc(N1)), mul(n2, cc(N2))), 'counts only the net pay deposited'],
        [gross, 'leaves out the employer’s share of tax'],
        [cost(mul(n1 + n2, cc(G1))), 'prices every payday at the pay before the raise'],
        [
          cost(add(mul(n1, cc(G1)), mul(n2 - 1, cc(G2)))),
          'counts the paydays as the days between the first and last ÷ 14, one short',
        ],
        [cost(mul(n1 + n2, cc(G2))), 'prices every payday at the raised pay'],
        [
          add(cost(gross), sub(gross, add(mul(n1, cc(N1)), mul(n2, cc(N2))))),
          'adds the tax withheld again on top of gross pay',
        ],
        [mul(gross, add(1, FICA, FICA)), 'adds the employee’s 7.65 % as well as the employer’s'],
      ],
    })
  }),
  apart('overtime-padding-against-access-records', (rng) => {
    const w = cents(rng, 22, 40)
    const low = rng.int(0, 3)
    const R: number[] = []
    const B: number[] = []
    for (let i = 0; i < 4; i++) {
      if (i === low) {
        B.push(rng.int(34, 39))
        R.push(rng.int(44, 50))
      } else {
        const b = rng.int(41, 46)
        B.push(b)
        R.push(b + rng.int(3, 9))
      }
    }
    const W = cc(w)
    const paid = (hours: readonly number[]) =>
      hours.reduce((s, h) => add(s, weekPay(W, h)), frac(0))
    const over = (hours: readonly number[]) => sum(hours.map((h) => Math.max(0, h - 40)))
    const pad = sum(R) - sum(B)
    const extra = sub(paid(R), paid(B))
    const withTax = (x: Fraction) => mul(x, add(1, FICA))
    const list = (xs: readonly number[]) => xs.join(', ')
    return balanced({
      stem: `An hourly employee’s timesheets, approved by a supervisor who shared in the scheme, reported ${list(R)} hours for four workweeks; the building access records support only ${list(B)} hours for the same weeks, in order, and are taken as the hours worked. Pay is ${c$(w)} an hour, with time and a half for hours over 40 in a workweek (the Fair Labor Standards Act rule; no daily overtime). The loss is the wages paid for hours not worked plus the employer’s 7.65 % share of Social Security and Medicare on those wages. What was the loss, ${CENTS}?`,
      show: money,
      figures: {
        w,
        r0: R[0]!,
        r1: R[1]!,
        r2: R[2]!,
        r3: R[3]!,
        b0: B[0]!,
        b1: B[1]!,
        b2: B[2]!,
        b3: B[3]!,
      },
      key: withTax(extra),
      wrong: [
        [extra, 'leaves out the employer’s share of tax'],
        [withTax(mul(W, pad)), 'prices every padded hour at straight time'],
        [withTax(mul(W, frac(1, 2), pad)), 'counts only the overtime premium'],
        [
          withTax(mul(W, frac(3, 2), over(R) - over(B))),
          'counts only the padded overtime hours, not the padded hours under 40',
        ],
        [withTax(mul(W, frac(3, 2), pad)), 'prices every padded hour at time and a half'],
        [withTax(mul(W, frac(3, 2), over(R))), 'treats all the overtime paid as padding'],
        [mul(extra, add(1, FICA, FICA)), 'adds the employee’s 7.65 % as well'],
      ],
    })
  }),
  apart('mileage-padding-at-the-company-rate', (rng) => {
    const r = rng.int(55, 67)
    const k = rng.int(8, 20)
    const mo = [rng.int(40, 180), rng.int(40, 180)]
    if (mo.some((x) => x <= 2 * k)) rest()
    const co = mo.map((x) => x + part(rng, x, 8, 40))
    const mh = [2 * k + rng.int(30, 150), 2 * k + rng.int(30, 150)]
    const ch = mh.map((x) => x + rng.int(0, 25))
    const f = rng.int(60, 200)
    const claimed = sum(co) + sum(ch) + f
    const rate = pc(r)
    const loss = (miles: number, at: Fraction = rate) => mul(miles, at)
    const allowed = sum(mo) + sum(mh) - 4 * k
    return balanced({
      stem: `An employee’s 2025 mileage claims list five round trips: from the office, claimed ${co[0]} and ${co[1]} miles (mapping software gives ${mo[0]} and ${mo[1]}); from home, claimed ${ch[0]} and ${ch[1]} miles (mapped ${mh[0]} and ${mh[1]} from home); and one claimed trip of ${f} miles to a client meeting that never took place. The employee lives ${k} miles from the office. Company policy pays business miles at ${r} cents a mile (the IRS standard rate for 2025 was 70 cents); for a round trip from home it pays only the mapped miles beyond the normal round-trip commute. The padding is the miles claimed beyond the miles allowed, at the company’s rate. What was the padding, ${CENTS}?`,
      show: money,
      figures: {
        r,
        k,
        mo0: mo[0]!,
        mo1: mo[1]!,
        co0: co[0]!,
        co1: co[1]!,
        mh0: mh[0]!,
        mh1: mh[1]!,
        ch0: ch[0]!,
        ch1: ch[1]!,
        f,
      },
      key: loss(claimed - allowed),
      wrong: [
        [loss(claimed - allowed - 4 * k), 'does not deduct the commute from the trips from home'],
        [loss(claimed - allowed - 2 * k), 'deducts the commute one way only'],
        [loss(claimed - allowed - f), 'counts only the excess on the trips that took place'],
        [loss(claimed - allowed + 4 * k), 'deducts the commute from the trips from the office too'],
        [loss(claimed - allowed, pc(70)), 'prices the miles at the IRS rate'],
        [
          loss(sum(co) - sum(mo) + sum(ch) + f),
          'counts the whole claim of each trip from home as padding',
        ],
      ],
    })
  }),
  apart('unexplained-inventory-shrinkage-after-cutoff', (rng) => {
    // Book inventory, the count and the cutoff items are extended at unit cost, so all run to the
    // cent: a slip that drops or doubles one of them then does not keep the key's cents.
    const Bd = rng.int(400000, 1500000)
    const B = Bd * 100 + rng.int(0, 99)
    const CS = Bd * rng.int(3, 5) + rng.int(0, 999)
    const gm = rng.int(25, 40)
    const Sr = Math.round((CS * 100) / (100 - gm))
    const a = rng.int(3, 9)
    // Shares of book drawn to a thousandth of a percent: at a tenth of a percent the items are whole
    // multiples of one another often enough that a slip prints as a cutoff item.
    const share = (low: number, high: number) =>
      Math.round((B * rng.int(low * 1000, high * 1000)) / 100000)
    const T = share(2, 5)
    const D = share(1, 3)
    const K = share(0.5, 1.5)
    const u = share(3, 6)
    // Three cutoff items of one size would read as one item listed thrice; and the key lies within a
    // cent of u, so u may not come within a dollar of a cutoff item printed in the stem.
    if (new Set([T, D, K]).size < 3) rest()
    if ([T, D, K].some((x) => Math.abs(x - u) < 100)) rest()
    const allow = mul(tp(a), CS)
    const C = Math.round(B - u - num(allow) * 100 - T - D + K)
    const shrink = (count: number, allowance: Fraction) => sub(cc(B - count), allowance)
    return balanced({
      stem: `A distributor’s perpetual records, correct for cutoff, show book inventory of ${c$(B)} at cost at year end. The physical count came to ${c$(C)} at cost; it included ${c$(K)} of goods held on consignment for a supplier, and it did not include ${c$(T)} of purchases in transit shipped FOB shipping point (recorded as received) or ${c$(D)} of goods shipped to customers FOB destination and still in transit (not yet recorded as sold). The year’s cost of sales was ${$(CS)} on sales of ${$(Sr)}, and normal shrinkage is put at ${tpText(a)} of cost of sales. What is the unexplained shrinkage at cost, book inventory less the adjusted count less normal shrinkage, ${CENTS}?`,
      show: money,
      figures: { B, CS, Sr, a, T, D, K, C },
      key: shrink(C - K + T + D, allow),
      wrong: [
        [shrink(C + T + D, allow), 'leaves the consigned goods in the count'],
        [shrink(C + K + T + D, allow), 'adds the consigned goods to the count'],
        [shrink(C - K + T + D, mul(tp(a), Sr)), 'takes normal shrinkage on sales at retail'],
        [shrink(C - K + D, allow), 'leaves out the purchases in transit'],
        [shrink(C - K + T, allow), 'leaves out the goods shipped FOB destination'],
        [shrink(C - K + T + D, frac(0)), 'leaves out normal shrinkage'],
      ],
    })
  }),
  apart('gross-profit-method-estimate-of-missing-stock', (rng) => {
    const BI = rng.int(150000, 500000)
    const P = part(rng, BI, 100, 300)
    // Returns, freight bills and the count extended at unit cost run to the cent, so a slip that
    // drops one of them does not keep the key's cents.
    const PR = part(rng, P * 100, 2, 5)
    const FI = part(rng, P * 100, 2, 4)
    const g = rng.int(25, 35)
    const avail = add(BI + P, cc(FI - PR))
    const NS0 = Math.round((num(avail) * rng.int(60, 80)) / (100 - g))
    const GS = Math.round((NS0 * 100) / (100 - rng.int(2, 5)))
    const SR = GS - NS0
    const est0 = num(avail) - (NS0 * (100 - g)) / 100
    // The goods left stay under half the estimate, so the missing stock never prints as the count.
    const Gr = Math.round(est0 * rng.int(30, 47))
    const NS = GS - SR
    const missing = (goods: Fraction, cogs: Fraction) => sub(sub(goods, cogs), cc(Gr))
    const cogs = mul(NS, pc(100 - g))
    return balanced({
      stem: `After a warehouse theft a retailer’s records show beginning inventory of ${$(BI)}, purchases of ${$(P)}, purchase returns of ${c$(PR)}, freight in of ${c$(FI)}, gross sales of ${$(GS)} and sales returns of ${$(SR)} for the period. Its gross profit has been a steady ${g} % of net sales. Goods left in the warehouse were counted at ${c$(Gr)} at cost. By the gross profit method (estimated ending inventory = goods available for sale − net sales × (1 − gross profit rate)), what is the estimated cost of the missing stock, ${CENTS}?`,
      show: money,
      figures: { BI, P, PR, FI, g, GS, SR, Gr },
      key: missing(avail, cogs),
      wrong: [
        [
          missing(avail, div(NS, add(1, pc(g)))),
          'treats the gross profit rate as a markup on cost',
        ],
        [missing(avail, mul(GS, pc(100 - g))), 'uses gross sales'],
        [missing(sub(avail, cc(FI)), cogs), 'leaves out the freight in'],
        [
          missing(avail, mul(NS, pc(g))),
          'takes cost of sales as net sales × the gross profit rate',
        ],
        [missing(add(avail, cc(PR)), cogs), 'does not deduct the purchase returns'],
        [sub(avail, cogs), 'does not deduct the goods left'],
      ],
    })
  }),
  apart('fictitious-revenue-corrected-days-sales-outstanding', (rng) => {
    const R = rng.int(5000, 40000) * 1000
    const E = part(rng, R, 12, 20)
    const F = part(rng, R, 3, 7)
    const C = part(rng, F, 15, 40)
    // Receivables grew through the year even once corrected, as in a growing business.
    const O = part(rng, E - F + C, 70, 92)
    const dso = (ar: Fraction | number, rev: number, year = 365) => div(mul(ar, year), rev)
    const avg = (close: number) => frac(O + close, 2)
    const fixedE = E - F + C
    return balanced({
      stem: `A company reported revenue of ${$(R)} and receivables of ${$(E)} at year end (${$(O)} a year earlier). You find ${$(F)} of fictitious credit sales booked in the fourth quarter; ${$(C)} of those receivables were “collected” with the company’s own money routed through a related party, so the rest are still in year-end receivables. The company measures days sales outstanding as average receivables (opening and closing) ÷ revenue × 365. What is DSO once the fictitious sales and the round-tripped collections are reversed, ${DP1}?`,
      show: days,
      figures: { R, E, O, F, C },
      key: dso(avg(fixedE), R - F),
      wrong: [
        [dso(avg(E - F), R - F), 'takes all the fictitious sales off receivables'],
        [dso(avg(fixedE), R), 'corrects receivables but not revenue'],
        [dso(avg(fixedE), R - F, 360), 'uses a 360-day year'],
        [dso(avg(E), R), 'leaves the reported figures uncorrected'],
        [dso(avg(E), R - F), 'corrects revenue but not receivables'],
        [dso(fixedE, R - F), 'uses closing receivables only'],
      ],
    })
  }),
  apart('channel-stuffing-gross-profit-to-reverse', (rng) => {
    const L = rng.int(20, 120) * 100
    const Q = part(rng, L, 10, 30)
    const Nn = part(rng, L, 10, 20)
    const p = rng.int(40, 400)
    const d = rng.int(10, 25)
    const c = part(rng, p, 35, 60)
    const r = rng.int(3, 8)
    const price = mul(p, pc(100 - d))
    const margin = sub(price, c)
    const net = pc(100 - r)
    return balanced({
      stem: `In the last two weeks of the quarter a manufacturer shipped ${L.toLocaleString('en-US')} units to distributors under side letters: the units carried a discount of ${d} % off the list price of ${$(p)}, the distributors pay only when they resell and may return any unsold unit. Under ASC 606 control of a unit passed only when the distributor resold it; by quarter end they had resold ${Q.toLocaleString('en-US')} of these units (and ${Nn.toLocaleString('en-US')} units of their ordinary stock). The company booked revenue on all the side-letter units at the discounted price less a returns reserve of ${r} % of that revenue, and cost of sales at ${$(c)} a unit less a returned-goods asset of ${r} % of that cost. The reserve and the returned-goods asset on units already resold are released in a separate entry, not part of this answer. How much gross profit must be reversed, ${CENTS}?`,
      show: money,
      figures: { L, Q, Nn, p, d, c, r },
      key: mul(net, L - Q, margin),
      wrong: [
        [mul(L - Q, sub(mul(price, net), c)), 'takes the reserve off the revenue but not the cost'],
        [mul(net, L - Q - Nn, margin), 'also deducts the distributors’ resales of ordinary stock'],
        [mul(net, Q, margin), 'reverses the units resold instead of those still held'],
        [mul(L - Q, margin), 'leaves out the returns reserve'],
        [mul(net, L - Q, sub(p, c)), 'uses the list price'],
        [mul(net, L, margin), 'reverses every side-letter unit, resold or not'],
      ],
    })
  }),
  apart('capitalised-expense-overstatement-in-year-two', (rng) => {
    const E1 = rng.int(400, 3000) * 1000
    const E2 = Math.round((E1 * rng.int(130, 220)) / 100 / 1000) * 1000
    const n = rng.int(3, 5)
    const m1 = rng.int(2, 12)
    const m2 = rng.int(1, 12)
    const dep = (e: number, months: number) => mul(div(e, n), frac(months, 12))
    // A full year's depreciation on the 2025 cost would then print as the 2024 cost.
    if (E2 * (n - 1) === E1 * (n + 1)) rest()
    const first2 = dep(E2, 13 - m2)
    const key = sub(sub(E2, first2), div(E1, n))
    const year1 = sub(E1, dep(E1, 13 - m1))
    return balanced({
      stem: `A company recorded ordinary operating costs as equipment: ${$(E1)} at the start of ${MONTH_NAMES[m1 - 1]} 2024 and ${$(E2)} at the start of ${MONTH_NAMES[m2 - 1]} 2025 (its fiscal year is the calendar year). It depreciates equipment straight-line over ${n} years with no salvage value, taking a full month’s depreciation for the month an asset is recorded. The costs should have been expensed when incurred. By how much did the scheme overstate 2025 pre-tax income, ${CENTS}?`,
      show: money,
      figures: { E1, E2, n, m1, m2 },
      key,
      wrong: [
        [sub(sub(E2, div(E2, n)), div(E1, n)), 'takes a full year’s depreciation on the 2025 cost'],
        [sub(key, dep(E1, 13 - m1)), 'deducts the 2024 depreciation as well'],
        [mul(key, pc(79)), 'gives the effect after tax at 21 %'],
        [sub(E2, first2), 'leaves out the 2025 depreciation on the 2024 cost'],
        [
          sub(sub(E2, dep(E2, 12 - m2)), div(E1, n)),
          'takes no depreciation for the month the 2025 cost was recorded',
        ],
        [add(year1, key), 'gives the overstatement of the two years together'],
        [
          sub(sub(E2, first2), dep(E1, 13 - m1)),
          'prorates the 2024 cost’s depreciation in 2025 as in 2024',
        ],
      ],
    })
  }),
  apart('cookie-jar-reserve-release-underlying-eps-growth', (rng) => {
    const N0 = rng.int(40, 200) * 100000
    const N1 = part(rng, N0, 95, 98.5)
    const PI0 = rng.int(20000, 90000) * 1000
    const Jt = part(rng, PI0, 5, 12)
    const J = part(rng, Jt, 30, 60)
    const Rl = part(rng, J, 40, 100)
    // Underlying growth drawn to a hundredth of a percent, as finely as the answer prints, so the
    // key is no rounder than the slips.
    const gu = rng.int(1000, 2000)
    const PI = Math.round((((PI0 + J) * (10000 + gu)) / 10000) * (N1 / N0) + Rl)
    const growth = (now: number, was: number) => sub(div(mul(now, N0), mul(was, N1)), 1)
    const e1 = frac(PI - Rl, N1)
    const e0 = frac(PI0 + J, N0)
    return balanced({
      stem: `Last year a company took a restructuring charge of ${$(Jt)}, of which ${$(J)} had no support in any plan (a cookie-jar reserve); it reported pre-tax income of ${$(PI0)} on ${N0.toLocaleString('en-US')} weighted average shares. This year it released ${$(Rl)} of that excess reserve into operating income and reported pre-tax income of ${$(PI)} on ${N1.toLocaleString('en-US')} weighted average shares after buybacks. Tax is 21 % on every item. Removing the unsupported charge from last year and the release from this year, what was the growth in earnings per share, ${PCT2}?`,
      show: pct2,
      figures: { N0, N1, PI0, Jt, J, Rl, PI },
      key: sub(div(e1, e0), 1),
      wrong: [
        [sub(frac(PI - Rl, PI0 + J), 1), 'compares income, not earnings per share'],
        [div(sub(e1, e0), e1), 'divides the change by this year’s earnings per share'],
        [growth(PI - Rl, PI0 + Jt), 'adds back the whole restructuring charge'],
        [growth(PI, PI0), 'uses the reported figures'],
        [growth(PI - Rl, PI0), 'removes the release but leaves last year’s charge'],
        [growth(PI, PI0 + J), 'removes last year’s charge but leaves the release'],
      ],
    })
  }),
  apart('shell-company-billing-loss', (rng) => {
    const f1 = cents(rng, 4000, 25000)
    const f2 = cents(rng, 4000, 25000)
    const f3 = cents(rng, 4000, 25000)
    const U = cents(rng, 4000, 25000)
    const Bp = cents(rng, 30000, 120000)
    const Q = part(rng, Bp, 55, 80)
    const rb = rng.int(2, 5)
    const Bf = f1 + f2 + f3
    const paid = (x: number) => mul(cc(x), pc(98))
    const direct = mul(cc(Q), pc(100 - rb))
    const key = sub(paid(Bf + Bp), direct)
    return balanced({
      stem: `A purchasing clerk set up a shell vendor. It billed three invoices for services never performed, of ${c$(f1)}, ${c$(f2)} and ${c$(f3)}, and a fourth of ${c$(U)} that was still unpaid when the scheme was found. It also billed ${c$(Bp)} for goods that a real supplier had sold and delivered to the shell for ${c$(Q)} (a pass-through scheme); bought directly, those goods would have cost that price less the supplier’s ${rb} % volume rebate. The company paid every paid shell invoice within 10 days and took the 2 % early-payment discount (2/10, net 30). What is the company’s loss, what it paid the shell less what the goods would have cost it directly, ${CENTS}?`,
      show: money,
      figures: { f1, f2, f3, U, Bp, Q, rb },
      key,
      wrong: [
        [paid(Bf), 'counts only the fictitious invoices'],
        [sub(paid(Bp), direct), 'counts only the pass-through markup'],
        [sub(paid(Bf + Bp), cc(Q)), 'leaves out the lost volume rebate'],
        [add(key, cc(U)), 'counts the unpaid invoice'],
        [paid(Bf + Bp), 'counts every pass-through payment in full'],
        [sub(cc(Bf + Bp), direct), 'takes the amounts billed, not paid'],
      ],
    })
  }),
  apart('kickback-overpricing-loss-by-index', (rng) => {
    const P0 = cents(rng, 12, 85)
    const I0 = rng.int(2400, 2800)
    const I1 = part(rng, I0, 102, 106)
    const I2 = part(rng, I1, 102, 106)
    const fair = (I: number) => mul(cc(P0), frac(I, I0))
    const price = (I: number) => {
      const x = mul(fair(I), frac(rng.int(112, 130), 100))
      return Math.round((Number(x.n) * 100) / Number(x.d))
    }
    const p1 = price(I1)
    const p2 = price(I2)
    // Units and kickbacks are not round, so the slips priced off a fixed cent price (the contract,
    // the bid) and the kickback slip do not all end in .00 while the key never does.
    const u1 = rng.int(5000, 40000)
    const u2 = rng.int(5000, 40000)
    const over = (f1: Fraction, f2: Fraction) =>
      add(mul(u1, sub(cc(p1), f1)), mul(u2, sub(cc(p2), f2)))
    const key = over(fair(I1), fair(I2))
    // The kickbacks arrive as three transfers, so the kickback slip is their total and not a figure
    // the stem prints.
    const K = Math.round(num(key) * rng.int(35, 60))
    const K1 = Math.round(K * (rng.int(25, 40) / 100))
    const K2 = Math.round(K * (rng.int(25, 40) / 100))
    const K3 = K - K1 - K2
    const bLow = mul(cc(P0), frac(rng.int(90, 97), 100))
    const bid = Math.round((Number(bLow.n) * 100) / Number(bLow.d))
    const idx = (I: number) => fixed(frac(I, 10), 1)
    return balanced({
      stem: `A purchasing manager took kickbacks from a vendor whose prices were inflated. Before the scheme the part cost ${c$(P0)} a unit under a contract priced when the producer price index stood at ${idx(I0)}; the lowest competing bid then was ${c$(bid)}. In the two years of the scheme the company bought ${u1.toLocaleString('en-US')} units at ${c$(p1)} (index ${idx(I1)}) and ${u2.toLocaleString('en-US')} units at ${c$(p2)} (index ${idx(I2)}). The vendor’s records show kickbacks paid to the manager in three transfers of ${c$(K1)}, ${c$(K2)} and ${c$(K3)}. Taking the fair price of each year as the pre-scheme contract price moved by the index, what was the overpricing loss, ${CENTS}?`,
      show: money,
      figures: { P0, I0, I1, I2, p1, p2, u1, u2, K1, K2, K3, bid },
      key,
      wrong: [
        [cc(K), 'takes the kickbacks as the loss'],
        [sub(key, cc(K)), 'nets the kickbacks against the overpricing'],
        [over(fair(I2), fair(I2)), 'moves both years’ price by the second year’s index'],
        [over(cc(P0), cc(P0)), 'leaves the contract price unmoved by the index'],
        [over(fair(I1), fair(I1)), 'moves both years’ price by the first year’s index'],
        [over(cc(bid), cc(bid)), 'takes the lowest competing bid as the fair price'],
      ],
    })
  }),
  apart('refund-fraud-excess-over-the-store-rate', (rng) => {
    const Ss = rng.int(3000, 9000) * 1000
    const Sc = part(rng, Ss, 8, 15)
    const So = Ss - Sc
    const b = rng.int(12, 25)
    const rr = rng.int(3, 8)
    const Nc = Math.round((Sc * b * rng.int(20, 40)) / 10000)
    const Rrc = Math.round((Sc * rr * rng.int(3, 7)) / 10000)
    const Rc = Nc + Rrc
    const Rro = Math.round((So * rr) / 1000)
    const No = Math.round((So * b) / 1000)
    const Rrs = Rrc + Rro
    const Rs = Rc + No + Rro
    const excess = (mine: number, ref: number, base: number) => sub(mine, mul(Sc, frac(ref, base)))
    return balanced({
      stem: `A store’s sales for the year were ${$(Ss)} and its refunds ${$(Rs)}, of which ${$(Rrs)} were refunds for a product recall. One cashier, suspected of processing fictitious refunds, rang ${$(Sc)} of those sales and ${$(Rc)} of those refunds, ${$(Rrc)} of them for the recall. Recall refunds are not discretionary and are left out of every refund figure. Measuring the expected rate on the other cashiers alone (their refunds ÷ their sales), what is the estimated loss, the cashier’s refunds less the cashier’s sales × that rate, ${CENTS}?`,
      show: money,
      figures: { Ss, Rs, Rrs, Sc, Rc, Rrc },
      key: excess(Rc - Rrc, Rs - Rrs - (Rc - Rrc), Ss - Sc),
      wrong: [
        [excess(Rc - Rrc, Rs - Rrs, Ss), 'takes the rate of the whole store, the cashier included'],
        [excess(Rc - Rrc, Rs - Rc, Ss - Sc), 'leaves the recall refunds in the expected rate'],
        [excess(Rc, Rs - Rc, Ss - Sc), 'leaves the recall refunds in on both sides'],
        [frac(Rc - Rrc), 'counts all the cashier’s refunds as the loss'],
        [excess(Rc, Rs - Rrs - (Rc - Rrc), Ss - Sc), 'leaves the recall refunds in the cashier’s'],
        [
          excess(Rc - Rrc, Rs - Rrs - (Rc - Rrc), Ss),
          'divides the other cashiers’ refunds by the whole store’s sales',
        ],
      ],
    })
  }),
  apart('current-ratio-corrected-for-a-scheme', (rng) => {
    const CL = rng.int(2000, 8000) * 1000
    const U = part(rng, CL, 3, 8)
    const Lc = part(rng, CL, 5, 12)
    const Lt = Lc * rng.int(3, 6)
    const W = part(rng, CL, 3, 8)
    const CLc = CL + U + Lc + W
    const CAc = part(rng, CLc, 115, 170)
    const Fk = part(rng, CAc, 4, 10)
    const V = part(rng, CAc, 3, 8)
    const CA = CAc + Fk + V - W
    const cr = (ca: number, cl: number) => frac(ca, cl)
    const A = CA - Fk - V
    return balanced({
      stem: `A company reported current assets of ${$(CA)} and current liabilities of ${$(CL)}. You find: ${$(Fk)} of fictitious receivables; ${$(V)} of inventory added on false count sheets; ${$(U)} of supplier invoices for goods received and counted in inventory but never recorded; a bank loan of ${$(Lt)} shown entirely as long-term although ${$(Lc)} of it is due within twelve months; and ${$(W)} of supplier checks recorded as paid at year end but held in a drawer until the next year. What is the corrected current ratio, ${DP2}?`,
      show: ratio,
      figures: { CA, CL, Fk, V, U, Lt, Lc, W },
      key: cr(A + W, CLc),
      wrong: [
        [cr(A + W, CL + U + Lt + W), 'moves the whole loan into current liabilities'],
        [cr(A, CLc), 'adds the held checks to liabilities but not to cash'],
        [cr(A + W - U, CLc), 'also takes the unrecorded goods out of inventory'],
        [cr(A + W, CL), 'corrects the current assets only'],
        [cr(A, CL + U + Lc), 'leaves out the held checks'],
        [cr(A + W + U, CLc), 'also adds the unrecorded goods to inventory'],
      ],
    })
  }),
  apart('inflated-pay-rate-loss-with-employer-costs', (rng) => {
    const a = cents(rng, 20, 45)
    const p = a + rng.int(150, 600)
    const H = rng.int(400, 1040)
    const O = rng.int(40, 200)
    const m = rng.int(3, 6)
    const d = cc(p - a)
    const hours = add(H, mul(frac(3, 2), O))
    const load = add(1, FICA, pc(m))
    return balanced({
      stem: `A payroll clerk raised a colleague’s hourly rate to ${c$(p)} from the authorised ${c$(a)} without approval. Over the period of the scheme the colleague was paid ${H} regular hours and ${O} overtime hours at time and a half. The employer pays 7.65 % of wages as its share of Social Security and Medicare and matches ${m} % of pay into the employee’s 401(k) plan (the employee deferred at least that much). The loss is the excess wages plus the employer’s tax and match on them. What was the loss, ${CENTS}?`,
      show: money,
      figures: { a, p, H, O, m },
      key: mul(d, hours, load),
      wrong: [
        [mul(d, H + O, load), 'prices the overtime hours at straight time'],
        [mul(d, hours), 'leaves out the employer’s tax and match'],
        [mul(d, H, load), 'leaves out the overtime hours'],
        [mul(cc(p), hours, load), 'counts the whole pay, not the excess'],
        [mul(d, hours, add(load, FICA)), 'adds the employee’s 7.65 % as well'],
        [
          add(mul(d, hours, add(1, FICA)), mul(cc(p), hours, pc(m))),
          'takes the match on the whole pay',
        ],
      ],
    })
  }),
  apart('expense-report-over-reimbursement', (rng) => {
    const D1 = cents(rng, 40, 400)
    const D2 = cents(rng, 40, 400)
    const P1 = cents(rng, 50, 600)
    const A1t = cents(rng, 60, 500)
    const A1c = A1t + part(rng, A1t, 20, 40)
    const A2t = cents(rng, 60, 500)
    const A2c = A2t + part(rng, A2t, 20, 40)
    const k = rng.int(3, 8)
    const cap = rng.int(50, 90)
    // The dinner bill and the hotel under-claim run to the cent, so neither slip keeps the key's cents.
    const M = k * cap * 100 + part(rng, k * cap * 100, 20, 60) + rng.int(1, 99)
    const Ur = cents(rng, 60, 300)
    const Uc = Ur - cents(rng, 10, 59)
    const meal = M - k * cap * 100
    const key = D1 + D2 + P1 + (A1c - A1t) + (A2c - A2t) + meal
    return balanced({
      stem: `A review of a manager’s expense reports finds: two receipts, of ${c$(D1)} and ${c$(D2)}, reimbursed twice (once from the card statement and again as cash receipts); a personal purchase of ${c$(P1)} claimed as office supplies; two receipts altered upward, claimed at ${c$(A1c)} and ${c$(A2c)} where the merchants’ copies show ${c$(A1t)} and ${c$(A2t)}; a team dinner for ${k} people, the manager included, claimed at ${c$(M)} against a policy cap of ${$(cap)} a person; and a hotel bill claimed at ${c$(Uc)} though the receipt shows ${c$(Ur)}. The amount to recover is every over-reimbursement (a second payment in full, a personal item in full, an altered receipt by its increase, a meal by its excess over the cap); an under-claim is not netted against them. What is the amount to recover, ${CENTS}?`,
      show: money,
      figures: { D1, D2, P1, A1t, A1c, A2t, A2c, k, cap, M, Ur, Uc },
      key: cc(key),
      wrong: [
        [cc(key - (Ur - Uc)), 'nets the under-claimed hotel bill'],
        [cc(key - meal), 'leaves out the meal’s excess over the cap'],
        [cc(key - P1), 'leaves out the personal purchase'],
        [cc(key + A1t + A2t), 'counts the altered receipts in full'],
        [cc(key + D1 + D2), 'counts both payments of each duplicated receipt'],
        [
          add(cc(key - meal), frac(meal, 100 * k)),
          'recovers the excess per person once, not for the whole party',
        ],
        [cc(key + (Ur - Uc)), 'counts the under-claimed hotel bill as an over-claim'],
      ],
    })
  }),
]
