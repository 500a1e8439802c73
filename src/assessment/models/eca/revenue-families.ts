import {
  add,
  CENT,
  cents,
  div,
  dollars,
  eur,
  frac,
  gbp,
  mul,
  n,
  rate4,
  rest,
  sub,
  usd,
  worked,
} from './eca-text.js'

// Revenue and returns as a bookkeeper recognises them for an online seller: on the stated point
// of transfer (shipment or delivery), with paid but unshipped orders and prepaid subscriptions
// held as liabilities net of tax, promotions funded by the seller set against sales and those
// funded by the marketplace not, refunds and store credit, the gross-profit cost of returns, and
// foreign-currency sales at the sale-date rate with the difference on payout as exchange gain.
// The slips are cash taken as revenue, tax left in a liability, the settlement-date rate for the
// sale-date rate, a rate divided where it should multiply and a marketplace promotion netted.

const money = usd(2)

export const REVENUE_FAMILIES = [
  worked('revenue-at-delivery-with-orders-in-transit-at-both-ends', (rng) => {
    const sh = rng.int(20000, 80000) * 100
    const te = rng.int(1000, 6000) * 100
    const ts = rng.int(1000, 6000) * 100
    const up = rng.int(500, 4000) * 100
    if (te === ts) rest()
    return {
      stem: `A store's terms pass control to the buyer on delivery. In March it shipped orders worth ${dollars(sh)} (excluding tax); ${dollars(te)} of these were still in transit on 31 March. Orders worth ${dollars(ts)} shipped in February were delivered in March. A further ${dollars(up)} of orders were paid in March but not yet shipped. What revenue is recognised for March, ${CENT}?`,
      show: money,
      figures: { sh, te, ts, up },
      key: cents(sh - te + ts),
      wrong: [
        [cents(sh), 'recognises revenue on shipment'],
        [cents(sh - te), 'leaves out February’s shipments delivered in March'],
        [cents(sh + ts), 'adds February’s deliveries but keeps March’s goods in transit'],
        [cents(sh - te + ts + up), 'counts the paid, unshipped orders'],
        [cents(sh + te + ts), 'adds the goods still in transit instead of deducting them'],
      ],
    }
  }),
  worked('pre-order-liability-at-month-end', (rng) => {
    const op = rng.int(1000, 8000) * 100
    const pd = rng.int(3000, 15000) * 100
    const sp = rng.int(1000, Math.floor(pd / 100) - 500) * 100
    return {
      stem: `A store takes full payment for pre-orders and recognises revenue when it ships them. Pre-orders paid but unshipped were ${dollars(op)} at 1 June. In June customers paid ${dollars(pd)} for pre-orders, and the store shipped pre-orders worth ${dollars(sp)}. All figures exclude tax. What pre-order liability is held on 30 June, ${CENT}?`,
      show: money,
      figures: { op, pd, sp },
      key: cents(op + pd - sp),
      wrong: [
        [cents(pd - sp), 'leaves out the opening balance'],
        [cents(op + pd), 'does not release the pre-orders shipped'],
        [cents(pd), 'holds only June’s payments'],
        [cents(op + pd + sp), 'adds the shipments instead of releasing them'],
      ],
    }
  }),
  worked('net-sales-with-seller-and-marketplace-funded-promotions', (rng) => {
    const g = rng.int(20000, 80000) * 100
    const sc = rng.int(1000, 6000) * 100
    const mc = rng.int(1000, 6000) * 100
    const k = rng.int(100, 900)
    const fee = 60
    const rf = Math.round(((g - sc) * 15) / 100)
    if (sc === mc) rest()
    return {
      stem: `A seller's marketplace orders for the month list at ${dollars(g)}. Buyers used ${n(k)} coupons: the seller funded ${dollars(sc)} of discounts, and the marketplace funded a further ${dollars(mc)} of discounts from its own promotion, still paying the seller the list price on those. The marketplace charges a ${dollars(fee)} redemption fee per coupon, and its referral fees for the month were ${dollars(rf)}. What net sales does the seller report, ${CENT}?`,
      show: money,
      figures: { g, sc, mc, k, rf },
      key: cents(g - sc),
      wrong: [
        [cents(g - sc - mc), 'deducts the marketplace-funded discounts'],
        [cents(g), 'deducts no discounts'],
        [cents(g - sc - k * fee), 'deducts the redemption fees from sales'],
        [cents(g - mc), 'deducts the marketplace’s discounts instead of the seller’s'],
        [cents(g - sc - rf), 'reports sales net of the referral fees'],
      ],
    }
  }),
  worked('subscription-revenue-deferred-at-month-end', (rng) => {
    const a = rng.int(50, 400)
    const pa = rng.int(100, 300) * 100
    const ma = rng.int(2, 10)
    const b = rng.int(50, 400)
    const pb = rng.int(30, 90) * 100
    const mb = rng.int(1, 2)
    return {
      stem: `A subscription box store sells 12-box annual plans paid upfront and 3-box plans paid upfront, one box shipped a month, revenue recognised as boxes ship. At month end ${n(a)} annual subscribers (${dollars(pa)} a plan, excluding tax) have each received ${ma} boxes, and ${n(b)} quarterly subscribers (${dollars(pb)} a plan) have each received ${mb}. What deferred revenue is held, ${CENT}?`,
      show: money,
      figures: { a, pa, ma, b, pb, mb },
      key: add(mul(cents(a * pa), frac(12 - ma, 12)), mul(cents(b * pb), frac(3 - mb, 3))),
      wrong: [
        [
          add(mul(cents(a * pa), frac(12 - ma, 12)), mul(cents(b * pb), frac(3 - mb, 12))),
          'spreads the quarterly plans over 12 boxes',
        ],
        [
          add(mul(cents(a * pa), frac(ma, 12)), mul(cents(b * pb), frac(mb, 3))),
          'holds the share already shipped',
        ],
        [mul(cents(a * pa), frac(12 - ma, 12)), 'leaves out the quarterly plans'],
        [cents(a * pa + b * pb), 'defers all the cash received'],
        [
          add(mul(cents(a * pa), frac(13 - ma, 12)), mul(cents(b * pb), frac(4 - mb, 3))),
          'still defers the box shipped this month',
        ],
      ],
    }
  }),
  worked('foreign-currency-sale-at-the-sale-date-rate', (rng) => {
    const e = rng.int(2000, 30000) * 100
    const r1 = rng.int(10500, 11500)
    const r2 = r1 + rng.pick([-1, 1]) * rng.int(60, 400)
    const avg = Math.round((r1 + r2) / 2)
    return {
      stem: `A US store sold goods for ${eur(e)} on a day when the rate was $${rate4(r1)} per euro. The processor paid out the euros, converted, when the rate was $${rate4(r2)}. The store translates sales at the rate on the sale date. What sales revenue is booked in dollars, ${CENT}?`,
      show: money,
      figures: { e, r1, r2 },
      key: mul(cents(e), frac(r1, 10000)),
      wrong: [
        [mul(cents(e), frac(r2, 10000)), 'translates at the payout-date rate'],
        [div(cents(e), frac(r1, 10000)), 'divides by the rate'],
        [mul(cents(e), frac(avg, 10000)), 'uses the average of the two rates'],
        [cents(e), 'books the euro amount as dollars'],
      ],
    }
  }),
  worked('exchange-gain-on-a-foreign-currency-payout', (rng) => {
    const e = rng.int(5000, 40000) * 100
    const fee = Math.round((e * rng.int(10, 18)) / 100)
    const r1 = rng.int(12000, 13500)
    const r2 = r1 + rng.int(60, 400)
    return {
      stem: `A US seller's UK marketplace sales in a period were ${gbp(e)}, booked at $${rate4(r1)} per pound, with fees of ${gbp(fee)} booked at the same rate. The net pounds were converted and paid out at $${rate4(r2)}. What exchange gain is booked on the payout, ${CENT}?`,
      show: money,
      figures: { e, fee, r1, r2 },
      key: mul(cents(e - fee), frac(r2 - r1, 10000)),
      wrong: [
        [mul(cents(e), frac(r2 - r1, 10000)), 'works the gain on gross sales'],
        [mul(cents(fee), frac(r2 - r1, 10000)), 'works the gain on the fees'],
        [mul(cents(e - fee), frac(r2 - r1, r1)), 'divides the rate change by the old rate'],
        [
          sub(mul(cents(e - fee), frac(r2, 10000)), cents(e - fee)),
          'takes the dollar payout less the pound amount',
        ],
      ],
    }
  }),
  worked('net-sales-after-refunds-store-credit-and-exchanges', (rng) => {
    const g = rng.int(20000, 80000) * 100
    const rf = rng.int(1000, 6000) * 100
    const scr = rng.int(300, 2500) * 100
    const ex = rng.int(300, 2500) * 100
    const prior = rng.int(200, Math.floor(rf / 100) - 100) * 100
    return {
      stem: `A store's gross sales for the month were ${dollars(g)}. It refunded ${dollars(rf)} to cards (of which ${dollars(prior)} was for last month's sales), issued ${dollars(scr)} of store credit for other returns, and swapped ${dollars(ex)} of goods for a different size at the same price. Returns reduce sales in the month they are processed. What net sales are reported, ${CENT}?`,
      show: money,
      figures: { g, rf, scr, ex, prior },
      key: cents(g - rf - scr),
      wrong: [
        [cents(g - rf), 'treats store credit as a sale kept'],
        [cents(g - rf - scr - ex), 'deducts the size exchanges'],
        [cents(g - rf + prior - scr), 'leaves last month’s refunds out of this month'],
        [cents(g - scr), 'deducts only the store credit'],
      ],
    }
  }),
  worked('gross-profit-lost-on-returns-partly-restocked', (rng) => {
    const r = rng.int(20, 200)
    const p = rng.int(2000, 8000)
    const c = rng.int(800, Math.floor(p * 0.6))
    const ok = rng.int(Math.ceil(r / 3), r - 5)
    return {
      stem: `Customers returned ${n(r)} units sold at ${dollars(p)} and refunded in full. Each cost ${dollars(c)}. ${n(ok)} came back resaleable and go back into stock at cost; the rest are damaged and written off. By how much do the returns reduce gross profit, ${CENT}?`,
      show: money,
      figures: { r, p, c, ok },
      key: cents(r * p - ok * c),
      wrong: [
        [cents(r * (p - c)), 'puts every returned unit back into stock'],
        [cents(r * p), 'reverses the sales but no cost'],
        [cents((r - ok) * c), 'counts only the damaged units written off'],
        [cents(r * p - ok * p + (r - ok) * c), 'values the restocked units at the sale price'],
      ],
    }
  }),
  worked('liability-for-paid-unshipped-orders-net-of-sales-tax', (rng) => {
    const paid = rng.int(3000, 20000) * 100
    const t = rng.pick([500, 600, 625, 700, 725, 800])
    const pct = rng.int(15, 45)
    return {
      stem: `At month end a store holds orders that customers paid ${dollars(paid)} for, including sales tax charged at ${(t / 100).toFixed(2)}% of the price, but that it has not shipped. ${pct}% of that amount by value was shipped on the first day of next month. Revenue is recognised on shipment, and the tax is owed once collected. What liability for unearned revenue (excluding tax) is held at month end, ${CENT}?`,
      show: money,
      figures: { paid, t, pct },
      key: mul(cents(paid), frac(10000, 10000 + t)),
      wrong: [
        [cents(paid), 'leaves the tax in the unearned revenue'],
        [
          mul(cents(paid), frac(10000 - t, 10000)),
          'takes the tax rate off the tax-inclusive total',
        ],
        [
          mul(cents(paid), frac(10000 * (100 - pct), (10000 + t) * 100)),
          'releases what shipped the next day',
        ],
        [mul(cents(paid), frac(t, 10000 + t)), 'holds only the tax'],
      ],
    }
  }),
  worked('subscription-revenue-per-box-with-a-first-box-discount', (rng) => {
    const m = rng.pick([6, 12])
    const p = rng.int(25, 90) * 100
    const d = rng.pick([50, 60, 75])
    const k = rng.int(2, m - 1)
    return {
      stem: `A customer prepays a ${m}-box subscription at ${dollars(p)} a box, with ${d}% off the first box; the boxes are identical and one ships each month. Revenue is the total price spread evenly over the boxes. What revenue is recognised after ${k} boxes have shipped, ${CENT}?`,
      show: money,
      figures: { m, p, d, k },
      key: mul(cents(p), frac((m * 100 - d) * k, 100 * m)),
      wrong: [
        [
          add(mul(cents(p), frac(100 - d, 100)), cents(p * (k - 1))),
          'books the first box at its discounted price',
        ],
        [cents(p * k), 'ignores the discount'],
        [mul(cents(p), frac(m * 100 - d, 100)), 'recognises the whole subscription'],
        [mul(cents(p), frac((100 - d) * k, 100)), 'applies the discount to every box'],
      ],
    }
  }),
  worked('revenue-in-dollars-from-sales-in-three-currencies', (rng) => {
    const e = rng.int(2000, 20000) * 100
    const g = rng.int(2000, 20000) * 100
    const c = rng.int(2000, 20000) * 100
    const re = rng.int(10500, 11500)
    const rg = rng.int(12000, 13500)
    const rc = rng.int(7000, 7600)
    return {
      stem: `A US store's monthly sales were ${eur(e)}, ${gbp(g)} and ${dollars(c).replace('$', 'C$')}. Its policy translates each month's sales at the month's average rates: $${rate4(re)} per euro, $${rate4(rg)} per pound and $${rate4(rc)} per Canadian dollar. What sales revenue is booked in US dollars, ${CENT}?`,
      show: money,
      figures: { e, g, c, re, rg, rc },
      key: add(
        mul(cents(e), frac(re, 10000)),
        mul(cents(g), frac(rg, 10000)),
        mul(cents(c), frac(rc, 10000)),
      ),
      wrong: [
        [
          add(
            mul(cents(e), frac(re, 10000)),
            mul(cents(g), frac(rg, 10000)),
            div(cents(c), frac(rc, 10000)),
          ),
          'divides the Canadian dollars by their rate',
        ],
        [cents(e + g + c), 'adds the foreign amounts as dollars'],
        [
          add(mul(cents(e), frac(re, 10000)), mul(cents(g), frac(rg, 10000)), cents(c)),
          'takes Canadian dollars at par',
        ],
        [mul(cents(e + g + c), frac(re, 10000)), 'uses the euro rate for every currency'],
      ],
    }
  }),
  worked('revenue-gross-of-a-buy-now-pay-later-fee', (rng) => {
    const o = rng.int(40, 400)
    const avg = rng.int(80, 300) * 100
    const f = rng.pick([40, 50, 60])
    const fx = 30
    const first = 25
    return {
      stem: `In the month a store sold ${n(o)} orders averaging ${dollars(avg)} through a buy-now-pay-later provider. Buyers pay the provider in four instalments, ${first}% now; the provider pays the store the full price at once, less a ${(f / 10).toFixed(1)}% fee and ${dollars(fx)} per order. What revenue does the store book for these orders, ${CENT}?`,
      show: money,
      figures: { o, avg, f },
      key: cents(o * avg),
      wrong: [
        [
          sub(mul(cents(o * avg), frac(1000 - f, 1000)), cents(o * fx)),
          'books the provider’s payment as revenue',
        ],
        [mul(cents(o * avg), frac(first, 100)), 'books only the first instalment'],
        [mul(cents(o * avg), frac(1000 - f, 1000)), 'nets the percentage fee against sales'],
        [
          add(cents(o * avg), mul(cents(o * avg), frac(f, 1000))),
          'adds the provider’s fee to the sale',
        ],
      ],
    }
  }),
  worked('refund-of-a-foreign-sale-at-the-refund-date-rate', (rng) => {
    const e = rng.int(50, 800) * 100
    const r1 = rng.int(10500, 11500)
    const r2 = r1 + rng.pick([-1, 1]) * rng.int(60, 400)
    const part = rng.pick([25, 40, 50, 100])
    return {
      stem: `A US store refunds ${part}% of a ${eur(e)} sale that it booked at $${rate4(r1)} per euro. On the refund date the rate is $${rate4(r2)}. Its policy books refunds at the refund-date rate, with any difference in exchange. By how much in dollars does the refund reduce revenue, ${CENT}?`,
      show: money,
      figures: { e, r1, r2, part },
      key: mul(cents(e), frac(part * r2, 1000000)),
      wrong: [
        [mul(cents(e), frac(part * r1, 1000000)), 'uses the rate of the original sale'],
        [mul(cents(e), frac(r2, 10000)), 'refunds the whole sale'],
        [div(mul(cents(e), frac(part, 100)), frac(r2, 10000)), 'divides by the rate'],
        [mul(cents(e), frac(part, 100)), 'books the euro refund as dollars'],
      ],
    }
  }),
  worked('revenue-for-the-month-under-a-ship-date-policy-with-cancellations', (rng) => {
    const pl = rng.int(30000, 90000) * 100
    const can = rng.int(500, 3000) * 100
    const bo = rng.int(1000, 6000) * 100
    const prior = rng.int(1000, 6000) * 100
    const sh = rng.int(2000, 8000) * 100
    return {
      stem: `A store recognises revenue when an order ships. Orders placed in the month totalled ${dollars(pl)} excluding shipping and tax; ${dollars(can)} of them were cancelled before shipping and ${dollars(bo)} were back-ordered into next month. It also shipped ${dollars(prior)} of last month's back orders. Buyers paid ${dollars(sh)} for shipping on the orders shipped in the month, which the store treats as revenue. What revenue is recognised, ${CENT}?`,
      show: money,
      figures: { pl, can, bo, prior, sh },
      key: cents(pl - can - bo + prior + sh),
      wrong: [
        [cents(pl - can - bo + prior), 'leaves out the shipping charged'],
        [cents(pl - can + prior + sh), 'counts the back orders placed in the month'],
        [cents(pl - bo + prior + sh), 'keeps the cancelled orders'],
        [cents(pl - can - bo + sh), 'leaves out last month’s back orders shipped'],
        [cents(pl + sh), 'books every order placed'],
        [cents(pl - can - bo), 'leaves out shipping and last month’s back orders'],
      ],
    }
  }),
  worked('revenue-on-a-marketplace-order-with-a-post-sale-price-adjustment', (rng) => {
    const q = rng.int(100, 900)
    const p = rng.int(2000, 8000)
    const adj = rng.int(200, Math.floor(p / 4))
    const k = rng.int(10, Math.floor(q / 3))
    const fee = 15
    return {
      stem: `A seller sold ${n(q)} units at ${dollars(p)} in the month. After a price cut later in the month it gave ${n(k)} of those buyers a partial refund of ${dollars(adj)} each to match the new price, and the marketplace refunded ${fee}% of each adjustment from its referral fee. What net revenue does the seller book, ${CENT}?`,
      show: money,
      figures: { q, p, adj, k },
      key: cents(q * p - k * adj),
      wrong: [
        [cents(q * p), 'ignores the price adjustments'],
        [cents(q * (p - adj)), 'adjusts every unit sold'],
        [
          sub(cents(q * p), mul(cents(k * adj), frac(100 - fee, 100))),
          'nets the fee refund against the adjustments',
        ],
        [cents(q * p - k * p), 'reverses the whole sale for the adjusted buyers'],
        [
          mul(cents(q * p - k * adj), frac(100 - fee, 100)),
          'books revenue net of the referral fee',
        ],
      ],
    }
  }),
  worked('deferred-revenue-on-a-prepaid-bundle-of-deliveries-after-a-skip', (rng) => {
    const s = rng.int(50, 500)
    const p = rng.int(40, 150) * 100
    const m = rng.int(2, 5)
    const sk = rng.int(5, Math.floor(s / 4))
    return {
      stem: `${n(s)} customers each prepaid ${dollars(p)} for 6 monthly deliveries. ${m} monthly deliveries have been made, except that ${n(sk)} customers skipped one month, which pushes their delivery to the end of the plan. Revenue is recognised per delivery made. What deferred revenue is held now, ${CENT}?`,
      show: money,
      figures: { s, p, m, sk },
      key: mul(cents(p), frac(s * (6 - m) + sk, 6)),
      wrong: [
        [mul(cents(p), frac(s * (6 - m), 6)), 'counts the skipped month as delivered'],
        [mul(cents(p), frac(s * m - sk, 6)), 'holds what has been delivered'],
        [mul(cents(p), frac((s - sk) * (6 - m), 6)), 'leaves the skipping customers out'],
        [cents(s * p), 'defers all the prepayments'],
      ],
    }
  }),
]
