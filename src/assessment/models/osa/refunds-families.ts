import {
  add,
  CENTS,
  cents,
  div,
  dollars,
  frac,
  mul,
  n,
  rest,
  sub,
  usd,
  worked,
} from './osa-text.js'

// Returns, refunds and payments as a virtual assistant handles them for a shop: refunds after
// the stated restocking fees and label deductions, partial refunds with a code shared out pro
// rata, the payment processor’s percentage and fixed fees, what it keeps on a refund, chargebacks,
// reserves and gift-card balances. The slips are a fee taken on the wrong base, a code ignored or
// taken whole from one line and fees counted once per batch not per transaction.

const money = usd(2)
const pctFee = (t: number) => `${(t / 10).toFixed(1)}%`

export const REFUNDS_FAMILIES = [
  worked('refund-after-a-restocking-fee-and-a-return-label', (rng) => {
    const p = rng.int(30, 300) * 100 - 1
    const f = rng.pick([10, 15, 20])
    const l = rng.int(4, 9) * 100 + 50
    const s = rng.int(4, 10) * 100 + 95
    return {
      stem: `A customer returns an opened item bought for ${dollars(p)}; she paid ${dollars(s)} shipping, which is not refundable. Policy: a ${f}% restocking fee on the item price for opened items, and the ${dollars(l)} prepaid return label is deducted from the refund. What is refunded, ${CENTS}?`,
      show: money,
      figures: { p, f, l, s },
      key: sub(mul(cents(p), frac(100 - f, 100)), cents(l)),
      wrong: [
        [sub(cents(p), cents(l)), 'leaves out the restocking fee'],
        [mul(cents(p), frac(100 - f, 100)), 'does not deduct the return label'],
        [
          add(sub(mul(cents(p), frac(100 - f, 100)), cents(l)), cents(s)),
          'refunds the original shipping too',
        ],
        [
          mul(sub(cents(p), cents(l)), frac(100 - f, 100)),
          'takes the fee after deducting the label',
        ],
        [
          sub(sub(cents(p), mul(cents(p + s), frac(f, 100))), cents(l)),
          'takes the fee on the item price plus shipping',
        ],
      ],
    }
  }),
  worked('partial-refund-of-a-line-with-a-fixed-code-allocated-pro-rata', (rng) => {
    const a = rng.int(20, 150) * 100 - 1
    const b = rng.int(20, 150) * 100 - 1
    const c = rng.int(20, 150) * 100 - 1
    const f = rng.pick([10, 15, 20, 25]) * 100
    const t = a + b + c
    return {
      stem: `An order had three items at ${dollars(a)}, ${dollars(b)} and ${dollars(c)}, and a ${dollars(f)} off code on the order. The shop shares an order-level discount across items in proportion to their prices. The customer returns the ${dollars(b)} item. What is refunded, ${CENTS}?`,
      show: money,
      figures: { a, b, c, f },
      key: sub(cents(b), mul(cents(f), frac(b, t))),
      wrong: [
        [cents(b), 'ignores the code'],
        [sub(cents(b), cents(f)), 'takes the whole code off this item'],
        [sub(cents(b), div(cents(f), 3)), 'splits the code equally across the items'],
        [
          sub(cents(b), mul(cents(f), frac(b, a + c))),
          'shares the code in proportion to the items kept',
        ],
      ],
    }
  }),
  worked('refund-of-a-line-bought-with-a-code-and-sales-tax', (rng) => {
    const p = rng.int(20, 200) * 100 - 1
    const x = rng.pick([10, 15, 20, 25])
    const t = rng.pick([500, 600, 625, 700, 825, 875])
    const tr = frac(t, 10000)
    const paid = mul(cents(p), frac(100 - x, 100))
    return {
      stem: `A customer returns one item listed at ${dollars(p)}. Her order used a ${x}% code, and sales tax of ${(t / 100).toFixed(2)}% was charged on the discounted price. The full amount she paid for the item is refunded. What is refunded, ${CENTS}?`,
      show: money,
      figures: { p, x, t },
      key: mul(paid, add(1, tr)),
      wrong: [
        [mul(cents(p), add(1, tr)), 'refunds tax on the list price, ignoring the code'],
        [paid, 'leaves out the sales tax'],
        [
          mul(cents(p), add(frac(100 - x, 100), tr)),
          'adds the tax rate to the discounted share of the list price',
        ],
        [div(paid, add(1, tr)), 'takes the tax out as if the price included it'],
      ],
    }
  }),
  worked('payout-from-transactions-after-percent-and-fixed-fees', (rng) => {
    const nt = rng.int(40, 400)
    const it = nt + rng.int(20, 300)
    const t = nt * rng.int(2500, 9000)
    const p = rng.pick([25, 29, 30, 34, 35])
    const fx = rng.pick([20, 25, 30])
    const pr = frac(p, 1000)
    return {
      stem: `Yesterday the shop took ${n(nt)} card payments (${n(it)} items) totalling ${dollars(t)}. The processor charges ${pctFee(p)} of each payment plus ${dollars(fx)} per payment. What is the day’s payout before any refunds, ${CENTS}?`,
      show: money,
      figures: { nt, it, t, p, fx },
      key: sub(mul(cents(t), sub(1, pr)), cents(nt * fx)),
      wrong: [
        [sub(mul(cents(t), sub(1, pr)), cents(fx)), 'charges the fixed fee once for the day'],
        [mul(cents(t), sub(1, pr)), 'leaves out the fixed fee'],
        [sub(cents(t), cents(nt * fx)), 'leaves out the percentage fee'],
        [sub(mul(cents(t), sub(1, pr)), cents(it * fx)), 'charges the fixed fee per item'],
      ],
    }
  }),
  worked('processing-fees-kept-after-a-partial-refund', (rng) => {
    const s = rng.int(40, 400) * 100 - 1
    const rf = rng.int(10, Math.floor(s / 100) - 10) * 100
    const p = rng.pick([25, 29, 30, 35])
    const fx = rng.pick([20, 25, 30])
    const pr = frac(p, 1000)
    return {
      stem: `A ${dollars(s)} card sale is partly refunded: ${dollars(rf)}. The processor charged ${pctFee(p)} plus ${dollars(fx)} on the sale; on a refund it returns the percentage fee on the refunded amount but keeps the fixed fee. What processing fee does the shop bear on this sale in the end, ${CENTS}?`,
      show: money,
      figures: { s, rf, p, fx },
      key: add(mul(cents(s - rf), pr), cents(fx)),
      wrong: [
        [add(mul(cents(s), pr), cents(fx)), 'assumes the processor returns nothing'],
        [mul(cents(s - rf), pr), 'assumes the fixed fee is returned too'],
        [add(mul(cents(rf), pr), cents(fx)), 'works the percentage on the refunded amount'],
        [add(mul(cents(s + rf), pr), cents(fx)), 'charges the percentage on the refund as well'],
      ],
    }
  }),
  worked('cost-of-a-lost-chargeback', (rng) => {
    const a = rng.int(40, 400) * 100 - 1
    const c = Math.round((a * rng.int(30, 55)) / 100)
    const s = rng.int(5, 15) * 100 + 50
    const p = rng.pick([29, 30, 35])
    const fx = rng.pick([20, 30])
    const dfee = rng.pick([1500, 2000, 2500])
    const fee = add(mul(cents(a), frac(p, 1000)), cents(fx))
    return {
      stem: `A customer’s ${dollars(a)} payment is reversed by a chargeback the shop loses; the goods (cost ${dollars(c)}) are not returned. The shop paid ${dollars(s)} postage, the processor keeps its ${pctFee(p)} + ${dollars(fx)} fee on the sale and adds a ${dollars(dfee)} dispute fee. Compared with never having made the sale, what does the shop lose, ${CENTS}?`,
      show: money,
      figures: { a, c, s, p, fx, dfee },
      key: add(cents(c + s + dfee), fee),
      wrong: [
        [add(cents(a + dfee), fee), 'counts the sale price as the loss instead of the goods’ cost'],
        [add(cents(c + s), fee), 'leaves out the dispute fee'],
        [add(cents(a + c + s + dfee), fee), 'counts the sale price and the goods both'],
        [cents(a), 'counts the reversed payment as the whole loss'],
        [cents(c + s + dfee), 'leaves out the processor’s fee on the sale'],
      ],
    }
  }),
  worked('rolling-reserve-balance-from-recent-sales', (rng) => {
    const sales = Array.from({ length: 7 }, () => rng.int(800, 6000) * 100)
    const r = rng.pick([5, 10, 15, 20])
    const d = rng.pick([3, 4, 5])
    const lastD = sales.slice(7 - d).reduce((a, b) => a + b, 0)
    const lastM = sales.slice(8 - d).reduce((a, b) => a + b, 0)
    const all = sales.reduce((a, b) => a + b, 0)
    const lastP = sales.slice(6 - d).reduce((a, b) => a + b, 0)
    const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    const list = sales.map((x, i) => `${names[i]} ${dollars(x)}`).join(', ')
    return {
      stem: `The processor holds back ${r}% of each day’s sales for ${d} days, releasing it after that. Daily sales this week: ${list}. At the end of Sunday, the holds of Sunday and the ${d - 1} days before it are still held. What is the reserve balance, ${CENTS}?`,
      show: money,
      figures: {
        s0: sales[0]!,
        s1: sales[1]!,
        s2: sales[2]!,
        s3: sales[3]!,
        s4: sales[4]!,
        s5: sales[5]!,
        s6: sales[6]!,
        r,
        d,
      },
      key: mul(cents(lastD), frac(r, 100)),
      wrong: [
        [mul(cents(all), frac(r, 100)), 'holds the whole week'],
        [mul(cents(lastM), frac(r, 100)), 'holds one day too few'],
        [mul(cents(lastP), frac(r, 100)), 'holds one day too many'],
        [
          mul(cents(all), frac(r, 100), frac(d, 7)),
          'takes the week’s average day times the days held',
        ],
      ],
    }
  }),
  worked('refund-clawing-back-free-shipping-below-threshold', (rng) => {
    const tt = rng.pick([50, 75, 100])
    const keep = rng.int(20, tt - 5) * 100
    const ret = rng.int(tt * 100 - keep + 500, tt * 100 - keep + 6000)
    const x = rng.pick([10, 15, 20])
    const s = rng.int(4, 9) * 100 + 95
    return {
      stem: `An order of ${dollars(keep + ret)} of merchandise (before a ${x}% code) shipped free because it passed the $${tt} threshold. The customer returns an item listed at ${dollars(ret)}, leaving ${dollars(keep)} before the code. Policy: if a return takes the order below the threshold, the ${dollars(s)} shipping it would have paid is deducted from the refund; return postage is free. What is refunded, ${CENTS}?`,
      show: money,
      figures: { tt, keep, ret, x, s },
      key: sub(mul(cents(ret), frac(100 - x, 100)), cents(s)),
      wrong: [
        [sub(cents(ret), cents(s)), 'ignores the code'],
        [mul(cents(ret), frac(100 - x, 100)), 'does not deduct the shipping'],
        [
          mul(sub(cents(ret), cents(s)), frac(100 - x, 100)),
          'takes the code off after deducting the shipping',
        ],
        [
          sub(mul(cents(ret), frac(100 - x, 100)), cents(2 * s)),
          'deducts shipping both ways though return postage is free',
        ],
      ],
    }
  }),
  worked('amount-to-charge-on-an-exchange-for-a-dearer-item', (rng) => {
    const a = rng.int(20, 120) * 100 - 1
    const b = a + rng.int(5, 60) * 100
    const x = rng.pick([10, 15, 20, 25])
    return {
      stem: `A customer bought an item listed at ${dollars(a)} with a ${x}% code and exchanges it for one listed at ${dollars(b)}. The shop honours the same ${x}% on the new item. What extra does she pay, ${CENTS}?`,
      show: money,
      figures: { a, b, x },
      key: mul(cents(b - a), frac(100 - x, 100)),
      wrong: [
        [cents(b - a), 'charges the difference in list prices'],
        [
          sub(mul(cents(b), frac(100 - x, 100)), cents(a)),
          'credits the old item at its list price',
        ],
        [sub(cents(b), mul(cents(a), frac(100 - x, 100))), 'charges the new item without the code'],
        [mul(cents(b - a), frac(x, 100)), 'gives the code’s saving on the difference'],
        [
          mul(cents(b), frac(100 - x, 100)),
          'charges the new item at the code price with no credit',
        ],
      ],
    }
  }),
  worked('card-share-of-a-refund-on-a-split-payment', (rng) => {
    const g = rng.int(10, 80) * 100
    const cd = rng.int(30, 250) * 100 + rng.pick([0, 50, 99])
    const t = g + cd
    const rf = rng.int(Math.floor(t / 400), Math.floor(t / 150)) * 100
    if (rf >= cd || rf <= g) rest()
    return {
      stem: `An order of ${dollars(t)} was paid ${dollars(g)} by gift card and ${dollars(cd)} by card. The shop refunds part-returns to each payment method in proportion to what it paid. A return of ${dollars(rf)} is approved. How much goes back to the card, ${CENTS}?`,
      show: money,
      figures: { g, cd, rf },
      key: mul(cents(rf), frac(cd, t)),
      wrong: [
        [cents(rf), 'sends the whole refund to the card'],
        [mul(cents(rf), frac(g, t)), 'gives the gift card’s share'],
        [sub(cents(rf), cents(g)), 'refunds the gift card in full first'],
        [div(cents(rf), 2), 'splits the refund equally between the two methods'],
      ],
    }
  }),
  worked('payout-after-fees-refunds-and-a-chargeback', (rng) => {
    const nt = rng.int(50, 300)
    const s = nt * rng.int(3000, 8000)
    const p = rng.pick([29, 30, 35])
    const fx = rng.pick([20, 30])
    const rf = rng.int(2, 12) * rng.int(2000, 6000)
    const cb = rng.int(3000, 15000)
    const dfee = rng.pick([1500, 2000])
    const fees = add(mul(cents(s), frac(p, 1000)), cents(nt * fx))
    const key = sub(sub(cents(s), fees), cents(rf + cb + dfee))
    return {
      stem: `This week: ${n(nt)} payments totalling ${dollars(s)}, at ${pctFee(p)} + ${dollars(fx)} per payment. Refunds of ${dollars(rf)} were issued (the processor returns no fees on refunds), and a ${dollars(cb)} chargeback was lost with a ${dollars(dfee)} dispute fee. What is the week’s payout, ${CENTS}?`,
      show: money,
      figures: { nt, s, p, fx, rf, cb, dfee },
      key,
      wrong: [
        [
          add(key, mul(cents(rf), frac(p, 1000))),
          'assumes the percentage fee on refunds comes back',
        ],
        [add(key, cents(dfee)), 'leaves out the dispute fee'],
        [add(key, cents(nt * fx)), 'leaves out the fixed fees'],
        [
          sub(key, mul(cents(rf), frac(p, 1000))),
          'charges the percentage fee again on the refunds',
        ],
        [add(key, cents(cb)), 'leaves out the chargeback'],
      ],
    }
  }),
  worked('net-dollars-from-a-foreign-currency-sale', (rng) => {
    const e = rng.int(40, 400) * 100
    const r = rng.int(105, 125)
    const c = rng.pick([10, 15, 20])
    const p = rng.pick([29, 30, 35])
    const fx = 30
    const usd0 = mul(cents(e), frac(r, 100))
    return {
      stem: `A customer pays €${(e / 100).toFixed(2)}. The processor converts at 1 EUR = ${(r / 100).toFixed(2)} USD, takes a ${(c / 10).toFixed(1)}% conversion fee on the converted amount, and its ${pctFee(p)} + $0.30 processing fee, also on the converted amount. What reaches the shop in US dollars, ${CENTS}?`,
      show: money,
      figures: { e, r, c, p },
      key: sub(mul(usd0, frac(1000 - c - p, 1000)), cents(fx)),
      wrong: [
        [
          sub(mul(div(cents(e), frac(r, 100)), frac(1000 - c - p, 1000)), cents(fx)),
          'divides by the rate',
        ],
        [sub(mul(usd0, frac(1000 - p, 1000)), cents(fx)), 'leaves out the conversion fee'],
        [mul(usd0, frac(1000 - c - p, 1000)), 'leaves out the fixed fee'],
        [sub(mul(cents(e), frac(1000 - c - p, 1000)), cents(fx)), 'ignores the exchange rate'],
        [
          sub(mul(usd0, frac(1000 - c, 1000), frac(1000 - p, 1000)), cents(fx)),
          'takes the processing fee on the amount after the conversion fee',
        ],
      ],
    }
  }),
  worked('refund-of-one-item-from-a-bundle-at-its-share', (rng) => {
    const a = rng.int(15, 80) * 100 - 1
    const b = rng.int(15, 80) * 100 - 1
    const c = rng.int(15, 80) * 100 - 1
    const sum = a + b + c
    const bp = Math.round((sum * rng.int(75, 90)) / 10000) * 100
    return {
      stem: `A bundle of three items listed separately at ${dollars(a)}, ${dollars(b)} and ${dollars(c)} sold for ${dollars(bp)}. The shop refunds a returned bundle item at its share of the bundle price, in proportion to the list prices. The ${dollars(b)} item comes back. What is refunded, ${CENTS}?`,
      show: money,
      figures: { a, b, c, bp },
      key: mul(cents(bp), frac(b, sum)),
      wrong: [
        [cents(b), 'refunds its list price'],
        [div(cents(bp), 3), 'refunds a third of the bundle price'],
        [sub(cents(bp), cents(a + c)), 'refunds the bundle price less the kept items’ list prices'],
        [mul(cents(b), frac(sum - bp, sum)), 'refunds the item’s share of the bundle saving'],
      ],
    }
  }),
  worked('gift-card-balance-outstanding-at-month-end', (rng) => {
    const o = rng.int(100, 900) * 100
    const is = rng.int(50, 600) * 100
    const rd = rng.int(50, Math.floor(o / 100) - 20) * 100
    const g = rng.int(5, 60) * 100
    const e = rng.int(2, 20) * 100
    const key = o + is + g - rd - e
    if (key <= 0) rest()
    return {
      stem: `Gift cards outstanding were ${dollars(o)} at the start of June. In June the shop sold ${dollars(is)} of gift cards, customers spent ${dollars(rd)} of gift-card balances, refunds of ${dollars(g)} were issued onto gift cards, and ${dollars(e)} of balances expired and were written off. What is outstanding at the end of June?`,
      show: money,
      figures: { o, is, rd, g, e },
      key: cents(key),
      wrong: [
        [cents(key + e), 'ignores the expired balances'],
        [cents(key - g), 'leaves out the refunds onto gift cards'],
        [cents(key - 2 * g), 'subtracts the refunds onto gift cards'],
        [cents(key + 2 * e), 'adds the expired balances'],
        [cents(key - is), 'leaves out the cards sold in June'],
        [cents(key + rd), 'leaves out the balances spent'],
      ],
    }
  }),
  worked('refund-on-a-cancelled-custom-order-keeping-the-greater-charge', (rng) => {
    const p = rng.int(150, 1200) * 100
    const d = rng.pick([10, 15, 20, 25])
    const dep = (p * d) / 100
    const m = dep + rng.int(10, 200) * 100
    if (m >= p) rest()
    return {
      stem: `A customer paid ${dollars(p)} in full for a custom piece and cancels. Terms: the shop keeps the greater of a ${d}% deposit and the materials already bought; the rest is refunded. Materials bought so far cost ${dollars(m)}. What is refunded?`,
      show: money,
      figures: { p, d, m },
      key: cents(p - m),
      wrong: [
        [cents(p - dep), 'keeps only the deposit'],
        [cents(p - dep - m), 'keeps both the deposit and the materials'],
        [cents(dep), 'refunds the deposit'],
        [cents(p), 'refunds in full'],
        [cents(p - m + dep), 'keeps only the materials’ excess over the deposit'],
      ],
    }
  }),
]
