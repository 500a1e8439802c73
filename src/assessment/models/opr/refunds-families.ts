import {
  businessAfter,
  ceilOf,
  cent,
  count,
  dollars,
  floorOf,
  frac,
  lessBp,
  march,
  marchDay,
  minus,
  moreBp,
  ofBp,
  over,
  pct,
  plus,
  TO_CENT,
  times,
  usd,
  w,
  worked,
} from './opr-text.js'

// Payments, returns and refunds: what to capture against an authorisation, refunds of part of an
// order with an order-level coupon shared as stated, restocking fees, return windows, store
// credit and what payment and marketplace fees come back. Each stem states the policy it needs.

const min = (a: ReturnType<typeof w>, b: ReturnType<typeof w>) => (a.n * b.d <= b.n * a.d ? a : b)

export const REFUNDS_FAMILIES = [
  worked('refund-with-the-order-coupon-prorated-by-price', (rng) => {
    const [a, b, c, f, t] = [
      dollars(rng, 15, 90),
      dollars(rng, 15, 90),
      dollars(rng, 15, 90),
      rng.int(2, 5) * 250,
      rng.int(20, 100) * 25,
    ]
    const s = a + b + c
    return {
      stem: `An order had three items at ${usd(w(a))}, ${usd(w(b))} and ${usd(w(c))}, a ${usd(w(f))}-off order coupon and ${pct(t)} tax on the price after the coupon. The shop’s policy shares an order coupon across items in proportion to their prices. The customer returns the ${usd(w(b))} item. What is refunded, ${TO_CENT}?`,
      inputs: { a, b, c, f, t },
      key: moreBp(minus(w(b), times(w(f), frac(b, s))), t),
      wrong: [
        [moreBp(w(b), t), 'refunds the full price, ignoring the coupon'],
        [moreBp(w(b - f), t), 'takes the whole coupon off the returned item'],
        [moreBp(minus(w(b), over(w(f), w(3))), t), 'splits the coupon equally across the items'],
        [minus(w(b), times(w(f), frac(b, s))), 'leaves out the tax'],
      ],
    }
  }),
  worked('restocking-fee-on-the-pre-tax-price', (rng) => {
    const [p, t, r] = [dollars(rng, 60, 900), rng.int(20, 100) * 25, rng.int(2, 5) * 500]
    return {
      stem: `An opened item bought for ${usd(w(p))} plus ${pct(t)} tax is returned. The policy refunds the tax-inclusive price less a ${pct(r)} restocking fee worked on the pre-tax price. What is refunded, ${TO_CENT}?`,
      inputs: { p, t, r },
      key: minus(moreBp(w(p), t), ofBp(w(p), r)),
      wrong: [
        [lessBp(moreBp(w(p), t), r), 'works the fee on the tax-inclusive price'],
        [moreBp(w(p), t), 'forgets the restocking fee'],
        [lessBp(w(p), r), 'refunds without the tax'],
        [ofBp(w(p), r), 'gives the fee, not the refund'],
      ],
    }
  }),
  worked('capture-only-what-ships', (rng) => {
    const [a, b, c, sh, t] = [
      dollars(rng, 20, 120),
      dollars(rng, 20, 120),
      dollars(rng, 20, 120),
      rng.int(5, 15) * 100 - 1,
      rng.int(20, 100) * 25,
    ]
    const auth = plus(moreBp(w(a + b + c), t), w(sh))
    return {
      stem: `An order of three items (${usd(w(a))}, ${usd(w(b))}, ${usd(w(c))}) plus ${pct(t)} tax on the goods and ${usd(w(sh))} shipping (untaxed) was authorised in full on the card. The third item is out of stock and is cancelled. The shop captures the shipped goods with their tax and the full shipping. What is captured, ${TO_CENT}?`,
      inputs: { a, b, c, sh, t },
      key: plus(moreBp(w(a + b), t), w(sh)),
      wrong: [
        [auth, 'captures the full authorisation'],
        [moreBp(w(a + b), t), 'leaves out the shipping'],
        [plus(w(a + b), w(sh)), 'leaves out the tax'],
        [minus(auth, w(c)), 'takes the cancelled item off without its tax'],
      ],
    }
  }),
  worked('payment-fees-kept-on-a-full-refund', (rng) => {
    const [tot, p, f] = [dollars(rng, 30, 600), rng.int(150, 350), rng.pick([20, 25, 30, 35])]
    return {
      stem: `A card processor charges ${pct(p)} + ${usd(w(f))} on each payment and does not return its fee when an order is refunded. An order of ${usd(w(tot))} is refunded in full. How much has the sale and its refund cost the shop, ${TO_CENT}?`,
      inputs: { tot, p, f },
      key: plus(ofBp(w(tot), p), w(f)),
      wrong: [
        [ofBp(w(tot), p), 'leaves out the fixed fee'],
        [w(f), 'leaves out the percentage fee'],
        [times(plus(ofBp(w(tot), p), w(f)), w(2)), 'charges the fee again on the refund'],
        [ofBp(w(tot), p + f), 'reads the fixed fee as a percentage'],
        [plus(w(tot), plus(ofBp(w(tot), p), w(f))), 'counts the refunded money as a cost too'],
      ],
    }
  }),
  worked('last-day-of-the-return-window', (rng) => {
    const o = rng.int(1, 5)
    const d = o + rng.int(2, 5)
    // Windows of 7 to 15 days keep every slip, counted in business days too, inside March.
    const k = rng.pick([7, 10, 14, 15])
    return {
      stem: `A customer may return an item within ${k} calendar days of delivery: day 1 is the day after delivery, and the return must be sent by the end of day ${k}. An order placed on ${march(o)} was delivered on ${march(d)}. What is the last day to send it back?`,
      show: marchDay,
      inputs: { o, d, k },
      key: w(d + k),
      wrong: [
        [w(d + k - 1), 'counts the delivery day as day 1'],
        [w(o + k), 'counts from the order date'],
        [w(o + k - 1), 'counts from the order date, the order day as day 1'],
        [w(d + k + 1), `allows the whole day after day ${k} as well`],
        [w(businessAfter(d, k, [])), 'counts business days, not calendar days'],
        [w(businessAfter(d, k - 1, [])), 'counts business days and the delivery day as day 1'],
      ],
    }
  }),
  worked('store-credit-bonus-after-restocking-fee', (rng) => {
    const [p, r, bn] = [dollars(rng, 40, 400), rng.int(2, 4) * 500, rng.int(1, 3) * 500]
    const refund = lessBp(w(p), r)
    return {
      stem: `A returned item cost ${usd(w(p))} (no tax). A cash refund would be the price less a ${pct(r)} restocking fee; a customer who takes store credit instead gets that refund plus a ${pct(bn)} bonus on it. What store credit is issued, ${TO_CENT}?`,
      inputs: { p, r, bn },
      key: moreBp(refund, bn),
      wrong: [
        [moreBp(w(p), bn), 'adds the bonus and forgets the restocking fee'],
        [lessBp(w(p), r - bn), 'nets the two percentages against the price'],
        [refund, 'forgets the bonus'],
        [lessBp(refund, bn), 'takes the bonus off instead of adding it'],
      ],
    }
  }),
  worked('return-label-deducted-shipping-kept', (rng) => {
    const [g, t, sh, l] = [
      dollars(rng, 30, 300),
      rng.int(20, 100) * 25,
      rng.int(5, 12) * 100 - 1,
      rng.int(450, 900),
    ]
    return {
      stem: `The whole of one line (${usd(w(g))} plus ${pct(t)} tax) is returned from a bigger order. Policy: original shipping (${usd(w(sh))}) is refunded only if the whole order comes back, and the ${usd(w(l))} prepaid return label is deducted from the refund. What is refunded, ${TO_CENT}?`,
      inputs: { g, t, sh, l },
      key: minus(moreBp(w(g), t), w(l)),
      wrong: [
        [plus(minus(moreBp(w(g), t), w(l)), w(sh)), 'refunds the original shipping too'],
        [moreBp(w(g), t), 'forgets the return label'],
        [w(g - l), 'leaves out the tax'],
        [moreBp(w(g - l), t), 'takes the label off before tax'],
        [plus(moreBp(w(g), t), w(sh)), 'refunds the shipping and forgets the label'],
      ],
    }
  }),
  worked('exchange-for-a-dearer-item', (rng) => {
    const old = dollars(rng, 30, 200)
    const nw = old + dollars(rng, 5, 80)
    const t = rng.int(20, 100) * 25
    return {
      stem: `A customer exchanges an item bought for ${usd(w(old))} plus ${pct(t)} tax for one priced ${usd(w(nw))} plus the same tax. What must they pay, ${TO_CENT}?`,
      inputs: { old, nw, t },
      key: moreBp(w(nw - old), t),
      wrong: [
        [w(nw - old), 'leaves out the tax on the difference'],
        [minus(moreBp(w(nw), t), w(old)), 'credits the old item without its tax'],
        [moreBp(w(nw), t), 'charges the new item in full'],
        [ofBp(w(nw - old), t), 'gives the tax on the difference, not the amount due'],
      ],
    }
  }),
  worked('returning-the-full-price-item-of-a-half-price-pair', (rng) => {
    const hi = dollars(rng, 40, 120)
    const lo = hi - dollars(rng, 5, 30)
    return {
      stem: `Under “buy one, get the second half price” (the cheaper item halved) a customer paid ${usd(w(hi))} + half of ${usd(w(lo))}. They return the ${usd(w(hi))} item and keep the other. Policy: the kept item loses its discount, so the refund is what was paid less the kept item’s full price. What is refunded, ${TO_CENT}?`,
      inputs: { hi, lo },
      key: minus(w(hi), over(w(lo), w(2))),
      wrong: [
        [w(hi), 'refunds the returned item’s price, leaving the discount with the kept item'],
        [over(w(hi), w(2)), 'halves the returned item'],
        [minus(w(hi), w(lo)), 'takes the kept item’s full price off the refund'],
        [times(w(hi), frac(3, 4)), 'takes the average discount off the returned item'],
        [plus(w(hi), over(w(lo), w(2))), 'refunds the whole order'],
      ],
    }
  }),
  worked('refund-under-a-percentage-order-coupon', (rng) => {
    const [b, c, t] = [dollars(rng, 20, 200), rng.int(2, 6) * 500, rng.int(20, 100) * 25]
    return {
      stem: `An order had a ${pct(c)} order coupon and ${pct(t)} tax on the price after the coupon. An item listed at ${usd(w(b))} is returned. The refund is what was paid for that item. What is refunded, ${TO_CENT}?`,
      inputs: { b, c, t },
      key: moreBp(lessBp(w(b), c), t),
      wrong: [
        [moreBp(w(b), t), 'refunds the list price with tax, forgetting the coupon'],
        [lessBp(w(b), c), 'leaves out the tax'],
        [minus(moreBp(w(b), t), ofBp(w(b), c)), 'takes the coupon after tax at the pre-tax amount'],
        [ofBp(lessBp(w(b), c), t), 'gives the tax alone'],
      ],
    }
  }),
  worked('refund-to-the-card-first-then-store-credit', (rng) => {
    const gift = dollars(rng, 20, 100)
    const card = gift + dollars(rng, 5, 80)
    const rf = card + rng.int(1, gift / 100 - 1) * 100
    return {
      stem: `An order of ${usd(w(card + gift))} was paid ${usd(w(gift))} by gift card and ${usd(w(card))} by credit card. Policy: refunds go back to the credit card first, up to what it paid, and the rest is issued as store credit. Items worth ${usd(w(rf))} are returned. How much is issued as store credit, ${TO_CENT}?`,
      inputs: { card, gift, rf },
      key: w(rf - card),
      wrong: [
        [times(w(rf), frac(gift, card + gift)), 'splits the refund pro rata to the payments'],
        [w(gift), 'reissues the whole gift card'],
        [w(card), 'gives the credit-card refund'],
        [w(rf - gift), 'refunds the gift card first'],
        [w(rf), 'issues the whole refund as store credit'],
      ],
    }
  }),
  worked('capture-after-a-cancelled-line-with-tax', (rng) => {
    const [qn, u, t] = [rng.int(3, 8), dollars(rng, 10, 80), rng.int(20, 100) * 25]
    const x = rng.int(1, qn - 1)
    return {
      stem: `${qn} units at ${usd(w(u))} plus ${pct(t)} tax were authorised on a card. Before capture the customer cancels ${x} of them. What should be captured, ${TO_CENT}?`,
      inputs: { qn, u, t, x },
      key: moreBp(w((qn - x) * u), t),
      wrong: [
        [minus(moreBp(w(qn * u), t), w(x * u)), 'takes the cancelled units off without their tax'],
        [moreBp(w(qn * u), t), 'captures the full authorisation'],
        [w((qn - x) * u), 'leaves out the tax'],
        [moreBp(w(x * u), t), 'captures the cancelled units'],
      ],
    }
  }),
  worked('marketplace-refund-keeps-an-admin-fee', (rng) => {
    const [p, k, cap] = [dollars(rng, 20, 300), rng.int(6, 15) * 100, 500]
    const comm = ofBp(w(p), k)
    const admin = min(ofBp(comm, 2000), w(cap))
    return {
      stem: `A marketplace took ${pct(k)} commission on a ${usd(w(p))} sale. When the seller refunds it in full, the marketplace returns the commission less an admin fee of 20% of the commission, at most $5.00. How much is debited from the seller’s balance for the refund, ${TO_CENT}?`,
      inputs: { p, k },
      key: plus(minus(w(p), comm), admin),
      wrong: [
        [w(p), 'forgets the commission comes back'],
        [minus(w(p), comm), 'forgets the admin fee'],
        [plus(minus(w(p), comm), ofBp(comm, 2000)), 'ignores the $5.00 cap'],
        [
          plus(w(p), admin),
          'adds the admin fee to the refund and forgets the commission comes back',
        ],
        [minus(comm, admin), 'gives the commission credited back, not the debit'],
        [minus(minus(w(p), comm), admin), 'takes the admin fee off the debit instead of adding it'],
      ],
    }
  }),
  worked('points-clawed-back-on-a-return', (rng) => {
    const [b, c, rate] = [dollars(rng, 20, 300), rng.int(2, 6) * 500, rng.pick([2, 3, 5])]
    return {
      stem: `A loyalty scheme earns ${rate} point${rate > 1 ? 's' : ''} per whole dollar spent on goods after coupons, before tax. An item listed at ${usd(w(b))}, bought under a ${pct(c)} order coupon, is returned. How many points are taken back?`,
      show: count('points'),
      inputs: { b, c, rate },
      key: times(floorOf(over(lessBp(w(b), c), w(100))), w(rate)),
      wrong: [
        [times(floorOf(frac(b, 100)), w(rate)), 'works the points on the list price'],
        [
          times(cent(over(lessBp(w(b), c), w(100))), w(rate)),
          'rounds the dollars spent to the nearest, not down',
        ],
        [floorOf(over(lessBp(w(b), c), w(100))), 'forgets the points rate'],
        [times(floorOf(over(ofBp(w(b), c), w(100))), w(rate)), 'works the points on the discount'],
        [times(ceilOf(over(lessBp(w(b), c), w(100))), w(rate)), 'rounds the dollars spent up'],
        [times(floorOf(over(lessBp(w(b), 2 * c), w(100))), w(rate)), 'takes the coupon off twice'],
      ],
    }
  }),
  worked('chargeback-loss-with-fee-and-goods', (rng) => {
    const [d, fee] = [dollars(rng, 30, 400), rng.int(15, 25) * 100]
    return {
      stem: `A customer disputes a ${usd(w(d))} card payment and the shop loses the chargeback. The processor takes back the ${usd(w(d))} and charges a ${usd(w(fee))} chargeback fee; the goods are not recovered. How much cash leaves the shop’s processor balance?`,
      inputs: { d, fee },
      key: w(d + fee),
      wrong: [
        [w(d), 'forgets the chargeback fee'],
        [w(fee), 'counts only the fee'],
        [w(2 * d + fee), 'counts the goods not recovered as cash lost too'],
        [w(2 * d), 'counts the payment taken back twice, as a refund and as the chargeback'],
        [w(d - fee), 'takes the fee off the payment instead of adding it'],
        [w(d + 2 * fee), 'charges the fee twice, for the dispute and again for losing it'],
      ],
    }
  }),
  worked('authorisation-hold-released-after-capture', (rng) => {
    const [gd, se, b] = [dollars(rng, 40, 400), rng.int(6, 20) * 100, rng.int(2, 4) * 500]
    const sa = se + rng.int(1, Math.floor((se * b) / 10000) - 1)
    const hold = moreBp(w(gd + se), b)
    return {
      stem: `Shipping is charged by actual weight, so the shop authorises the goods plus estimated shipping, plus a ${pct(b)} buffer on that sum. An order has goods of ${usd(w(gd))} and estimated shipping of ${usd(w(se))}; actual shipping comes to ${usd(w(sa))}, and the goods and actual shipping are captured. How much of the hold is released, ${TO_CENT}?`,
      inputs: { gd, se, b, sa },
      key: minus(hold, w(gd + sa)),
      wrong: [
        [minus(hold, w(gd + se)), 'captures the estimated shipping, not the actual'],
        [minus(hold, w(gd)), 'forgets the shipping captured'],
        [w(gd + sa), 'gives the capture, not the release'],
        [minus(plus(moreBp(w(gd), b), w(se)), w(gd + sa)), 'puts the buffer on the goods only'],
        [
          minus(plus(w(gd), moreBp(w(se), b)), w(gd + sa)),
          'puts the buffer on the estimated shipping only',
        ],
      ],
    }
  }),
]
