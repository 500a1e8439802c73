import type { Rng } from '../../rng.js'
import {
  add,
  CENT,
  div,
  dol,
  type Fraction,
  frac,
  money,
  mul,
  pc,
  rest,
  sub,
  tp,
  tpText,
  worked,
} from './rta-text.js'

// The tax in a shop's takings, as its accountant works the return. The slips are the rate taken
// on a tax-inclusive figure, takings that are not taxable sales (gift cards sold, zero-rated and
// exempt lines) left in, apportionment shares on the wrong prices or the wrong way round, an
// allowance or a carried margin on the wrong base, and tax on the list price where the law taxes
// what was paid.

const vatRate = (rng: Rng): number => rng.pick([5, 10, 15, 20, 25])
/** The VAT inside a VAT-inclusive amount at `v`%. */
const inside = (x: Fraction | number, v: number): Fraction => mul(x, frac(v, 100 + v))

export const TAX_FAMILIES = [
  worked('vat-inside-takings-with-gift-card-sales', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(300, 900) * 100
    const g = rng.int(20, 80) * 100
    const z = rng.int(30, 120) * 100
    const rd = rng.int(10, 60) * 100
    return {
      stem: `A shop’s takings for the week are ${dol(t)}, VAT included at ${v}%. They include ${dol(g)} of gift cards sold (not taxable when sold; VAT is due when a card is spent), ${dol(z)} of zero-rated goods, and ${dol(rd)} of standard-rated goods paid for with gift cards sold earlier. How much output VAT is in the week’s takings, ${CENT}?`,
      show: money,
      figures: { v, t, g, z, rd },
      key: inside(t - g - z, v),
      wrong: [
        [mul(t - g - z, pc(v)), 'takes the rate on the VAT-inclusive takings'],
        [inside(t - z, v), 'leaves the gift cards sold in'],
        [inside(t - g, v), 'leaves the zero-rated goods in'],
        [inside(t - g - z - rd, v), 'takes out the goods paid for with gift cards too'],
        [inside(t, v), 'takes the VAT fraction of all the takings'],
      ],
    }
  }),
  worked('output-vat-by-apportionment-on-purchases', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(400, 1200) * 100
    const ps = rng.int(100, 400) * 100
    const pz = rng.int(100, 400) * 100
    return {
      stem: `A grocer sells standard-rated and zero-rated goods and uses a retail apportionment scheme: the standard-rated share of its takings is its standard-rated purchases for resale, VAT included, over all its purchases for resale. This quarter: takings ${dol(t)}, standard-rated purchases ${dol(ps)} including ${v}% VAT, zero-rated purchases ${dol(pz)}. What is the output VAT, ${CENT}?`,
      show: money,
      figures: { v, t, ps, pz },
      key: inside(mul(t, div(ps, ps + pz)), v),
      wrong: [
        [inside(t, v), 'takes the VAT fraction of all the takings'],
        [mul(t, div(ps, ps + pz), pc(v)), 'takes the rate on the VAT-inclusive share'],
        [inside(mul(t, div(pz, ps + pz)), v), 'applies the zero-rated share'],
        [
          inside(mul(t, div(div(ps, frac(100 + v, 100)), add(div(ps, frac(100 + v, 100)), pz))), v),
          'puts the standard-rated purchases into the share net of VAT',
        ],
        [mul(ps, frac(v, 100 + v)), 'gives the VAT on the standard-rated purchases'],
      ],
    }
  }),
  worked('output-vat-by-apportionment-on-expected-selling-prices', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(400, 1200) * 100
    const os = rng.int(20, 80) * 100
    const oz = rng.int(20, 80) * 100
    const es = rng.int(100, 400) * 100
    const ez = rng.int(100, 400) * 100
    const cs = Math.round((es * rng.int(50, 65)) / 100)
    const cz = Math.round((ez * rng.int(66, 80)) / 100)
    const share = div(os + es, os + es + oz + ez)
    return {
      stem: `A shop apportions its mixed-rate takings by expected selling prices, VAT included: the standard-rated share is the standard-rated opening stock plus goods received, at expected selling prices, over the same for all goods. Opening stock at expected selling prices: standard-rated ${dol(os)}, zero-rated ${dol(oz)}. Goods received: standard-rated ${dol(es)} at expected selling prices (cost ${dol(cs)}), zero-rated ${dol(ez)} (cost ${dol(cz)}). Takings ${dol(t)}; VAT is ${v}%. What is the output VAT, ${CENT}?`,
      show: money,
      figures: { v, t, os, oz, es, ez, cs, cz },
      key: inside(mul(t, share), v),
      wrong: [
        [inside(mul(t, div(es, es + ez)), v), 'leaves the opening stock out of the share'],
        [inside(mul(t, div(cs, cs + cz)), v), 'builds the share from cost prices'],
        [mul(t, share, pc(v)), 'takes the rate on the VAT-inclusive share'],
        [inside(t, v), 'takes the VAT fraction of all the takings'],
        [inside(mul(t, div(oz + ez, os + es + oz + ez)), v), 'applies the zero-rated share'],
      ],
    }
  }),
  worked('vat-return-balance-for-a-shop', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(600, 1500) * 100
    const p = Math.round((t * rng.int(25, 45)) / 1000) * 10
    const e = rng.int(20, 90) * 100
    const key = sub(sub(inside(t, v), mul(p, pc(v))), inside(e, v))
    return {
      stem: `A shop’s quarter: takings ${dol(t)}, all standard-rated and VAT included at ${v}%; stock bought for ${dol(p)} net, with ${v}% VAT charged on top; shop expenses of ${dol(e)} VAT included, all at ${v}% and all reclaimable. How much VAT does the shop owe for the quarter, ${CENT}?`,
      show: money,
      figures: { v, t, p, e },
      key,
      wrong: [
        [
          sub(sub(mul(t, pc(v)), mul(p, pc(v))), inside(e, v)),
          'takes the rate on the VAT-inclusive takings',
        ],
        [
          sub(sub(inside(t, v), inside(p, v)), inside(e, v)),
          'takes the VAT fraction of the net purchases',
        ],
        [sub(inside(t, v), mul(p, pc(v))), 'leaves the VAT on expenses unclaimed'],
        [
          sub(sub(inside(t, v), mul(p, pc(v))), mul(e, pc(v))),
          'takes the rate on the VAT-inclusive expenses',
        ],
        [inside(t, v), 'gives the output VAT only'],
      ],
    }
  }),
  worked('sales-tax-remitted-after-the-vendor-allowance', (rng) => {
    const t = rng.int(40, 90)
    const g = rng.int(200, 800) * 100
    const x = rng.int(20, 90) * 100
    const a = rng.pick([1, 2, 3])
    const tax = mul(g - x, div(tp(t), frac(1000 + t, 1000)))
    return {
      stem: `A shop’s register receipts for the month are ${dol(g)}, including sales tax collected at ${tpText(t)} on taxable sales; ${dol(x)} of the receipts are exempt sales with no tax. The state lets the retailer keep ${a}% of the tax collected as a vendor allowance. How much sales tax does it remit, ${CENT}?`,
      show: money,
      figures: { t, g, x, a },
      key: mul(tax, pc(100 - a)),
      wrong: [
        [mul(g - x, tp(t), pc(100 - a)), 'takes the tax rate on the tax-inclusive receipts'],
        [tax, 'keeps no vendor allowance'],
        [sub(tax, mul(g, pc(a))), 'takes the allowance on the receipts'],
        [
          sub(tax, mul(sub(g - x, tax), pc(a))),
          'takes the allowance on the taxable sales, not the tax',
        ],
        [mul(g, div(tp(t), frac(1000 + t, 1000)), pc(100 - a)), 'leaves the exempt sales in'],
        [mul(g, tp(t), pc(100 - a)), 'takes the tax rate on all the receipts'],
      ],
    }
  }),
  worked('vat-on-a-three-for-two-offer', (rng) => {
    const v = vatRate(rng)
    const prices = [rng.int(30, 60), rng.int(15, 29), rng.int(5, 14)].map((x) => x * 100 - 1)
    const [a, b, c] = prices as [number, number, number]
    return {
      stem: `A bookshop runs “3 for 2, cheapest free”. A customer takes three books ticketed at ${money(frac(a, 100))}, ${money(frac(b, 100))} and ${money(frac(c, 100))}, VAT included at ${v}%. VAT is due on what the customer actually pays. How much output VAT is in the sale, ${CENT}?`,
      show: money,
      figures: { v, a, b, c },
      key: inside(frac(a + b, 100), v),
      wrong: [
        [inside(frac(a + b + c, 100), v), 'takes VAT on the ticketed value of all three'],
        [mul(frac(a + b, 100), pc(v)), 'takes the rate on the VAT-inclusive price paid'],
        [inside(frac(b + c, 100), v), 'gives the dearest book free'],
        [
          sub(inside(frac(a + b + c, 100), v), mul(frac(c, 100), pc(v))),
          'takes the free book’s VAT off at the rate instead of the fraction',
        ],
        [inside(mul(frac(a + b + c, 100), frac(2, 3)), v), 'takes a third off the total'],
      ],
    }
  }),
  worked('bad-debt-relief-on-an-unpaid-account', (rng) => {
    const v = vatRate(rng)
    const i = rng.int(20, 90) * 100
    const p = rng.int(2, i / 100 - 2) * 100
    return {
      stem: `A furniture shop sold a dining set on account for ${dol(i)}, VAT included at ${v}%, and accounted for the output VAT when it invoiced. The customer paid ${dol(p)} and the rest is now written off and meets the conditions for bad debt relief. How much VAT can the shop reclaim, ${CENT}?`,
      show: money,
      figures: { v, i, p },
      key: inside(i - p, v),
      wrong: [
        [mul(i - p, pc(v)), 'takes the rate on the VAT-inclusive debt'],
        [inside(i, v), 'reclaims the VAT on the whole invoice'],
        [inside(p, v), 'reclaims the VAT on what was paid'],
      ],
    }
  }),
  worked('shelf-price-holding-the-net-after-a-rate-change', (rng) => {
    const v0 = vatRate(rng)
    const v1 = vatRate(rng)
    if (v0 === v1) rest()
    const p = rng.int(5, 120) * 100 - 1
    const pr = frac(p, 100)
    return {
      stem: `A shelf price of ${money(pr)} includes VAT at ${v0}%. The rate changes to ${v1}% and the shop wants the same net-of-VAT price. What should the new VAT-inclusive shelf price be, ${CENT}?`,
      show: money,
      figures: { v0, v1, p },
      key: mul(pr, frac(100 + v1, 100 + v0)),
      wrong: [
        [mul(pr, pc(100 + v1 - v0)), 'adds the change in rate to the inclusive price'],
        [
          mul(pr, pc(100 - v0), pc(100 + v1)),
          'strips the old VAT as a percentage of the inclusive price',
        ],
        [mul(pr, pc(100 + v1)), 'adds the new rate to the inclusive price'],
        [mul(pr, frac(100 + v0, 100 + v1)), 'turns the ratio of rates upside down'],
      ],
    }
  }),
  worked('use-tax-on-stock-taken-for-store-use', (rng) => {
    const rv = rng.int(10, 60) * 100
    const k = rng.pick([40, 50, 60, 75, 80, 90])
    const sp = rng.int(2, 10) * 100
    const t = rng.int(40, 90)
    const cost = div(rv, frac(100 + k, 100))
    return {
      stem: `A hardware shop bought its stock free of sales tax for resale and prices it at a ${k}% markup on cost. This quarter it took stock ticketed at ${dol(rv)} for its own use (shelving, displays, cleaning). It also bought ${dol(sp)} of supplies on which sales tax was paid. Use tax at ${tpText(t)} is due on the cost of goods taken from resale stock for the shop’s own use. How much use tax does it owe, ${CENT}?`,
      show: money,
      figures: { rv, k, sp, t },
      key: mul(cost, tp(t)),
      wrong: [
        [mul(rv, tp(t)), 'taxes the stock at its ticket price'],
        [mul(add(cost, sp), tp(t)), 'adds the tax-paid supplies to the base'],
        [mul(rv, pc(100 - k), tp(t)), 'takes the markup on cost as a margin on the ticket'],
        [mul(sub(rv, cost), tp(t)), 'taxes the markup instead of the cost'],
        [mul(sp, tp(t)), 'taxes the supplies bought for the shop’s own use'],
      ],
    }
  }),
  worked('margin-scheme-vat-on-second-hand-goods', (rng) => {
    const v = vatRate(rng)
    const b = rng.int(200, 2000)
    const s = b + rng.int(100, 900)
    const rp = rng.int(20, 90)
    return {
      stem: `A second-hand shop uses a margin scheme: VAT is due on the selling price less the purchase price, and the margin includes VAT at ${v}%. Costs of repair do not reduce the margin. It bought a bicycle for ${dol(b)}, spent ${dol(rp)} repairing it and sold it for ${dol(s)}. What VAT is due on the sale, ${CENT}?`,
      show: money,
      figures: { v, b, s, rp },
      key: inside(s - b, v),
      wrong: [
        [mul(s - b, pc(v)), 'takes the rate on the VAT-inclusive margin'],
        [inside(s, v), 'takes VAT on the whole selling price'],
        [inside(s - b - rp, v), 'takes the repair costs off the margin'],
        [mul(s - b - rp, pc(v)), 'takes the rate on the margin after repairs'],
      ],
    }
  }),
  worked('global-accounting-vat-with-a-negative-margin-carried', (rng) => {
    const v = vatRate(rng)
    const pu = rng.int(100, 400) * 100
    const sa = pu + rng.int(40, 200) * 100
    const n = rng.int(5, 30) * 100
    if (sa - pu - n <= 0) rest()
    return {
      stem: `A second-hand furniture dealer uses global accounting: VAT at ${v}% is due on the period’s total margin (eligible sales less eligible purchases), which includes VAT, after deducting any negative margin carried from the last period. This period: eligible sales ${dol(sa)}, eligible purchases ${dol(pu)}, negative margin carried forward ${dol(n)}. What VAT is due, ${CENT}?`,
      show: money,
      figures: { v, pu, sa, n },
      key: inside(sa - pu - n, v),
      wrong: [
        [inside(sa - pu, v), 'ignores the negative margin carried'],
        [mul(sa - pu - n, pc(v)), 'takes the rate on the VAT-inclusive margin'],
        [inside(sa - pu + n, v), 'adds the negative margin instead of deducting it'],
        [inside(sa, v), 'takes VAT on all the sales'],
      ],
    }
  }),
  worked('vat-on-the-balance-after-a-deposit', (rng) => {
    const v = vatRate(rng)
    const p = rng.int(10, 60) * 100
    const d = rng.int(10, 40)
    const dep = (p * d) / 100
    return {
      stem: `A shop takes a ${d}% deposit on a ${dol(p)} made-to-order sofa (VAT included at ${v}%) in March and accounts for VAT on the deposit in its March quarter. The sofa is delivered and the balance paid in May. How much output VAT goes in the June quarter, ${CENT}?`,
      show: money,
      figures: { v, p, d },
      key: inside(p - dep, v),
      wrong: [
        [inside(p, v), 'accounts for VAT on the whole price at delivery'],
        [mul(p - dep, pc(v)), 'takes the rate on the VAT-inclusive balance'],
        [inside(dep, v), 'gives the VAT on the deposit'],
        [mul(p, pc(v)), 'takes the rate on the whole inclusive price'],
      ],
    }
  }),
  worked('flat-rate-vat-on-gross-takings', (rng) => {
    const v = vatRate(rng)
    const f = rng.int(40, 90)
    const t = rng.int(200, 600) * 100
    const z = rng.int(10, 60) * 100
    return {
      stem: `A small shop uses a flat rate scheme: it pays ${tpText(f)} of its gross turnover, which is all its takings including VAT and including zero-rated sales; it cannot reclaim VAT on purchases. Standard VAT is ${v}%. This quarter its takings were ${dol(t)}, of which ${dol(z)} were zero-rated. How much VAT does it pay, ${CENT}?`,
      show: money,
      figures: { v, f, t, z },
      key: mul(t, tp(f)),
      wrong: [
        [mul(div(t, frac(100 + v, 100)), tp(f)), 'takes the flat rate on the turnover net of VAT'],
        [mul(t - z, tp(f)), 'leaves the zero-rated sales out'],
        [inside(t - z, v), 'works standard output VAT instead'],
        [
          mul(div(t - z, frac(100 + v, 100)), tp(f)),
          'takes the flat rate on standard-rated sales net of VAT',
        ],
        [inside(t, v), 'works standard output VAT on all the takings'],
      ],
    }
  }),
  worked('sales-tax-due-net-of-refunds-and-exempt-sales', (rng) => {
    const t = rng.int(40, 95)
    const g = rng.int(200, 800) * 100
    const x = rng.int(20, 90) * 100
    const rf = rng.int(5, 40) * 100
    const rate = div(tp(t), frac(1000 + t, 1000))
    return {
      stem: `A shop’s month: register receipts ${dol(g)}, which include sales tax at ${tpText(t)} on taxable sales and ${dol(x)} of exempt sales with no tax. Refunds of ${dol(rf)} were paid on returned taxable goods, the refunds including their tax. What sales tax is due for the month, ${CENT}?`,
      show: money,
      figures: { t, g, x, rf },
      key: mul(g - x - rf, rate),
      wrong: [
        [mul(g - x - rf, tp(t)), 'takes the tax rate on the tax-inclusive receipts'],
        [mul(g - x, rate), 'leaves the refunds in'],
        [mul(g - rf, rate), 'leaves the exempt sales in'],
        [mul(g - x + rf, rate), 'adds the refunds back'],
      ],
    }
  }),
  worked('vat-on-staff-sales-at-a-discount', (rng) => {
    const v = vatRate(rng)
    const l = rng.int(20, 150)
    const d = rng.pick([10, 15, 20, 25, 30, 40])
    const u = rng.int(5, 40)
    const paid = mul(u, l, pc(100 - d))
    return {
      stem: `Staff bought ${u} items ticketed at ${dol(l)} each, VAT included at ${v}%, with a ${d}% staff discount off the ticket. VAT is due on the price the staff actually paid. How much output VAT is in these sales, ${CENT}?`,
      show: money,
      figures: { v, l, d, u },
      key: inside(paid, v),
      wrong: [
        [inside(u * l, v), 'takes VAT on the full ticket price'],
        [mul(paid, pc(v)), 'takes the rate on the VAT-inclusive price paid'],
        [inside(mul(u, l, pc(d)), v), 'takes VAT on the discount'],
        [mul(u * l, pc(v)), 'takes the rate on the full inclusive ticket price'],
      ],
    }
  }),
  worked('input-vat-on-a-mixed-purchase-invoice', (rng) => {
    const v = vatRate(rng)
    const n1 = rng.int(100, 600) * 10
    const n2 = rng.int(50, 300) * 10
    const n3 = rng.int(20, 90) * 10
    return {
      stem: `A shop’s supplier invoice shows, net of VAT: standard-rated stock ${dol(n1)}, zero-rated stock ${dol(n2)}, and ${dol(n3)} of standard-rated food and drink for a customer entertainment evening, on which VAT may not be reclaimed. VAT is ${v}%. How much input VAT can the shop reclaim, ${CENT}?`,
      show: money,
      figures: { v, n1, n2, n3 },
      key: mul(n1, pc(v)),
      wrong: [
        [mul(n1 + n3, pc(v)), 'reclaims the VAT on the entertaining'],
        [mul(n1 + n2 + n3, pc(v)), 'takes the rate on the whole invoice'],
        [inside(n1, v), 'takes the VAT fraction of a net figure'],
        [mul(n1 + n2, pc(v)), 'takes VAT on the zero-rated stock'],
      ],
    }
  }),
]
