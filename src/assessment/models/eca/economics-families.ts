import {
  add,
  CENT,
  cents,
  div,
  dollars,
  frac,
  hundredth,
  mul,
  n,
  PCT1,
  pct,
  plain,
  rest,
  sub,
  usd,
  worked,
} from './eca-text.js'

// The unit economics and month-end figures a bookkeeper reports to an online seller: advertising
// cost of sales against attributed and total sales, the break-even advertising share, profit per
// unit after marketplace fees and ads, the cost of returns, prices for a target margin after
// percentage fees, launch break-even, unbilled ad spend accrued at the close and storage per unit.
// The slips are attributed sales for total sales (and back), margins on cost for margins on
// price, percentage fees left out of the base, and spend billed taken for spend incurred.

const money = usd(2)
/** A marketplace's monthly professional selling plan, in cents. */
const PLAN = 3999
const units = (x: Parameters<typeof money>[0]): string => plain(0, 'units')(x)

export const ECONOMICS_FAMILIES = [
  worked('advertising-cost-of-sales-on-attributed-sales', (rng) => {
    const sp = rng.int(500, 5000) * 100
    const at = sp + rng.int(1000, 15000) * 100
    const tot = at + rng.int(2000, 30000) * 100
    const rf = rng.int(100, Math.floor(at / 1000)) * 100
    return {
      stem: `A seller's sponsored ads cost ${dollars(sp)} in the month and the ad console attributes ${dollars(at)} of sales to them; total sales were ${dollars(tot)}. Refunds of ${dollars(rf)} on ad-attributed orders are not deducted in the ACoS the seller tracks. What is the ACoS (ad spend ÷ ad-attributed sales), ${PCT1}?`,
      show: pct(1),
      figures: { sp, at, tot, rf },
      key: div(cents(sp), cents(at)),
      wrong: [
        [div(cents(sp), cents(tot)), 'divides by total sales (that is TACoS)'],
        [div(cents(sp), cents(at - rf)), 'deducts the refunds the stated measure keeps in'],
        [div(cents(sp), cents(at + sp)), 'divides by sales plus spend'],
        [div(cents(sp), cents(tot - at)), 'divides by organic sales'],
      ],
    }
  }),
  worked('break-even-acos-after-marketplace-fees', (rng) => {
    const p = rng.int(2000, 8000)
    const c = Math.round((p * rng.int(20, 40)) / 100)
    const ref = 15
    const ff = rng.int(300, 700)
    const m = p - c - (p * ref) / 100 - ff
    if (m <= 0) rest()
    return {
      stem: `A product sells at ${dollars(p)} on a marketplace with a ${ref}% referral fee and a ${dollars(ff)} fulfilment fee; its landed cost is ${dollars(c)}. At what ACoS does an ad-attributed sale exactly break even (profit before ads as a share of the price), ${PCT1}?`,
      show: pct(1),
      figures: { p, c, ff },
      key: div(sub(mul(cents(p), frac(100 - ref, 100)), cents(c + ff)), cents(p)),
      wrong: [
        [div(cents(p - c - ff), cents(p)), 'leaves out the referral fee'],
        [
          div(sub(mul(cents(p), frac(100 - ref, 100)), cents(c)), cents(p)),
          'leaves out the fulfilment fee',
        ],
        [
          div(sub(mul(cents(p), frac(100 - ref, 100)), cents(c + ff)), cents(c)),
          'divides by the cost',
        ],
        [div(cents(p - c), cents(p)), 'uses the gross margin before fees'],
      ],
    }
  }),
  worked('profit-per-unit-after-fees-and-ads-at-a-stated-acos', (rng) => {
    const p = rng.int(2500, 9000)
    const c = Math.round((p * rng.int(20, 35)) / 100)
    const ff = rng.int(300, 700)
    const a = rng.int(20, 35)
    const sh = rng.int(30, 70)
    const ref = 15
    return {
      stem: `A product sells at ${dollars(p)} with a ${ref}% referral fee, a ${dollars(ff)} fulfilment fee and a landed cost of ${dollars(c)}. ${sh}% of its units are sold through ads at an ACoS of ${a}%; the rest sell without ads. What is the average profit per unit after fees and ads, ${CENT}?`,
      show: money,
      figures: { p, c, ff, a, sh },
      key: sub(mul(cents(p), frac(100 * (100 - ref) - a * sh, 10000)), cents(c + ff)),
      wrong: [
        [
          sub(mul(cents(p), frac(100 - ref - a, 100)), cents(c + ff)),
          'charges the ACoS on every unit',
        ],
        [sub(mul(cents(p), frac(100 - ref, 100)), cents(c + ff)), 'leaves out the ads'],
        [
          sub(mul(cents(p), frac(100 * (100 - ref) - a * sh, 10000)), cents(c)),
          'leaves out the fulfilment fee',
        ],
        [
          sub(cents(p), add(mul(cents(p), frac(a * sh, 10000)), cents(c + ff))),
          'leaves out the referral fee',
        ],
      ],
    }
  }),
  worked('expected-cost-of-returns-per-order-shipped', (rng) => {
    const rr = rng.int(5, 25)
    const lab = rng.int(400, 900)
    const ob = rng.int(400, 900)
    const c = rng.int(1000, 4000)
    const un = rng.int(10, 50)
    return {
      stem: `A store's return rate is ${rr}% of orders. Each return is refunded in full, costs a ${dollars(lab)} prepaid return label and loses the ${dollars(ob)} outbound shipping the store paid; ${un}% of returned items are unsellable and written off at their ${dollars(c)} cost. Refunded sales are already out of revenue. What is the expected return cost per order shipped, ${CENT}?`,
      show: money,
      figures: { rr, lab, ob, c, un },
      key: mul(frac(rr, 100), add(cents(lab + ob), mul(cents(c), frac(un, 100)))),
      wrong: [
        [
          add(cents(lab + ob), mul(cents(c), frac(un, 100))),
          'works the cost per return, not per order shipped',
        ],
        [mul(frac(rr, 100), cents(lab + ob)), 'leaves out the items written off'],
        [
          add(mul(frac(rr, 100), add(cents(lab), mul(cents(c), frac(un, 100)))), cents(ob)),
          'counts the outbound shipping on every order as a return cost',
        ],
        [mul(frac(rr, 100), cents(lab + ob + c)), 'writes off every returned item'],
      ],
    }
  }),
  worked('unbilled-ad-spend-accrued-at-month-end', (rng) => {
    const th = rng.pick([50000, 100000, 200000])
    const u = rng.int(50, Math.floor(th / 400)) * 100
    const k = rng.int(3, 12)
    const rem = rng.int(Math.ceil(th / 200), Math.floor(th / 100) - 50) * 100
    const s = k * th - u + rem
    return {
      stem: `An ad platform charges the seller's card each time unbilled spend reaches ${dollars(th)}. ${dollars(u)} of spend was unbilled at the start of the month; spend in the month was ${dollars(s)}, and the platform made ${k} charges of ${dollars(th)} in the month. What unbilled ad spend is accrued at month end, ${CENT}?`,
      show: money,
      figures: { th, u, s, k },
      key: cents(u + s - k * th),
      wrong: [
        [cents(s - k * th), 'leaves out the opening unbilled spend'],
        [cents(s), 'accrues the month’s whole spend'],
        [cents(u), 'carries the opening figure forward'],
        [cents(th), 'accrues a full threshold, the next charge due'],
      ],
    }
  }),
  worked('price-for-a-target-margin-after-percentage-fees', (rng) => {
    const c = rng.int(800, 4000)
    const ff = rng.int(300, 700)
    const ref = 15
    const m = rng.pick([15, 20, 25, 30])
    const tx = rng.pick([600, 625, 700, 725, 825])
    return {
      stem: `A seller wants a ${m}% profit margin on the selling price of a product with a landed cost of ${dollars(c)}, a ${dollars(ff)} fulfilment fee and a ${ref}% referral fee on the price. The marketplace adds sales tax of ${hundredth(tx)} to the price at checkout and remits it as marketplace facilitator; the referral fee is charged on the price before tax. What selling price, before that tax, gives exactly that margin, ${CENT}?`,
      show: money,
      figures: { c, ff, m, tx },
      key: div(cents(c + ff), frac(100 - ref - m, 100)),
      wrong: [
        [mul(cents(c + ff), frac(100 + ref + m, 100)), 'marks up the costs by the fee and margin'],
        [div(cents(c + ff), frac(100 - m, 100)), 'leaves out the referral fee'],
        [div(cents(c), frac(100 - ref - m, 100)), 'leaves out the fulfilment fee'],
        [
          div(mul(cents(c + ff), frac(100 + m, 100)), frac(100 - ref, 100)),
          'takes the margin on cost',
        ],
        [
          mul(div(cents(c + ff), frac(100 - ref - m, 100)), frac(10000 + tx, 10000)),
          'builds the sales tax the marketplace collects into the price',
        ],
        [
          div(cents(c + ff), frac(10000 - 100 * (ref + m) - tx, 10000)),
          'deducts the sales tax from the price as if it were a fee',
        ],
        [
          div(cents(c + ff), frac(1000000 - 10000 * m - ref * (10000 + tx), 1000000)),
          'takes the referral fee on the tax-inclusive price',
        ],
      ],
    }
  }),
  worked('units-to-break-even-on-a-product-launch', (rng) => {
    const fx = rng.int(1500, 8000) * 100
    const p = rng.int(2500, 7000)
    const c = Math.round((p * rng.int(25, 40)) / 100)
    const ff = rng.int(300, 600)
    const ref = 15
    const cm = mul(cents(p), frac(100 - ref, 100))
    const per = sub(cm, cents(c + ff))
    if (per.n <= 0n || div(cents(fx), per).d === 1n) rest()
    const up = (x: ReturnType<typeof div>) => frac((x.n + x.d - 1n) / x.d)
    return {
      stem: `A product launch costs ${dollars(fx)} up front (samples, photography and launch ads). The product sells at ${dollars(p)} with a ${ref}% referral fee, a ${dollars(ff)} fulfilment fee and a ${dollars(c)} landed cost. How many units must sell to recover the launch cost (a part unit counts as a whole unit)?`,
      show: units,
      figures: { fx, p, c, ff },
      key: up(div(cents(fx), per)),
      wrong: [
        [up(div(cents(fx), cents(p - c - ff))), 'leaves out the referral fee'],
        [up(div(cents(fx), sub(cm, cents(c)))), 'leaves out the fulfilment fee'],
        [up(div(cents(fx), cents(p - c))), 'uses the gross margin before fees'],
        [frac(div(cents(fx), per).n / div(cents(fx), per).d), 'rounds the part unit down'],
      ],
    }
  }),
  worked('operating-profit-from-a-sellers-month-summary', (rng) => {
    const g = rng.int(30000, 90000) * 100
    const rf = rng.int(1000, 6000) * 100
    const cogs = Math.round((g * rng.int(30, 40)) / 100)
    const fees = Math.round((g * rng.int(25, 32)) / 100)
    const ads = rng.int(2000, 8000) * 100
    const sw = rng.int(100, 800) * 100
    const dr = rng.int(500, 3000) * 100
    const k = g - rf - cogs - fees - ads - sw
    if (k <= 0) rest()
    return {
      stem: `A seller's month: gross sales ${dollars(g)}, refunds ${dollars(rf)}, cost of goods sold ${dollars(cogs)}, marketplace and payment fees ${dollars(fees)}, advertising ${dollars(ads)}, software subscriptions ${dollars(sw)}, and owner's drawings of ${dollars(dr)}. What is the operating profit for the month, ${CENT}?`,
      show: money,
      figures: { g, rf, cogs, fees, ads, sw, dr },
      key: cents(k),
      wrong: [
        [cents(k + rf), 'leaves out the refunds'],
        [cents(k + ads), 'leaves out the advertising'],
        [cents(k - dr), 'deducts the owner’s drawings as an expense'],
        [cents(k + fees), 'treats sales as already net of fees'],
      ],
    }
  }),
  worked('monthly-sales-where-an-own-store-costs-the-same-as-a-marketplace', (rng) => {
    const sub0 = rng.int(50, 300) * 100
    const ref = rng.pick([12, 15])
    const pay = rng.pick([25, 29, 30])
    const app = rng.int(20, 200) * 100
    const th = rng.int(150, 400) * 100
    if (app === sub0) rest()
    return {
      stem: `A seller compares a marketplace charging a ${ref}% referral fee on sales and a $39.99 monthly selling plan with its own store, which costs a ${dollars(sub0)} monthly platform plan plus ${dollars(app)} a month of apps, and ${(pay / 10).toFixed(1)}% card processing on sales; the store's theme was a one-off purchase of ${dollars(th)}. Ignore per-order fixed fees. At what monthly sales are the two equally costly, ${CENT}?`,
      show: money,
      figures: { sub0, ref, pay, app, th },
      key: div(cents(sub0 + app - PLAN), frac(ref * 10 - pay, 1000)),
      wrong: [
        [div(cents(sub0 + app - PLAN), frac(ref, 100)), 'leaves out the card processing'],
        [div(cents(sub0 - PLAN), frac(ref * 10 - pay, 1000)), 'leaves out the apps'],
        [
          div(cents(sub0 + app - PLAN), frac(ref * 10 + pay, 1000)),
          'adds the card rate to the referral rate',
        ],
        [
          div(cents(sub0 + app), frac(ref * 10 - pay, 1000)),
          'leaves out the marketplace’s monthly selling plan',
        ],
        [
          div(cents(sub0 + app + PLAN), frac(ref * 10 - pay, 1000)),
          'counts the marketplace’s selling plan as an own-store cost',
        ],
        [
          div(cents(sub0 + app + th - PLAN), frac(ref * 10 - pay, 1000)),
          'counts the one-off theme as a monthly cost',
        ],
      ],
    }
  }),
  worked('ad-cost-per-order-from-acos-and-average-order', (rng) => {
    const aov = rng.int(2500, 9000)
    const a = rng.int(15, 45)
    const ad = rng.int(20, 70)
    return {
      stem: `A seller's average order is ${dollars(aov)}. ${ad}% of orders come from ads, run at an ACoS of ${a}%. What is the ad cost per order across all orders, ${CENT}?`,
      show: money,
      figures: { aov, a, ad },
      key: mul(cents(aov), frac(a * ad, 10000)),
      wrong: [
        [mul(cents(aov), frac(a, 100)), 'works the cost per ad-attributed order'],
        [div(mul(cents(aov), frac(a, 100)), frac(ad, 100)), 'divides by the ad share of orders'],
        [mul(cents(aov), frac(a * (100 - ad), 10000)), 'uses the share of orders without ads'],
        [mul(cents(aov), frac(a * ad, 100 * (100 + a))), 'divides by one plus the ACoS'],
      ],
    }
  }),
  worked('contribution-margin-share-after-fees-packaging-and-postage', (rng) => {
    const p = rng.int(2500, 9000)
    const c = Math.round((p * rng.int(25, 40)) / 100)
    const pk = rng.int(40, 150)
    const po = rng.int(300, 800)
    const pay = rng.pick([29, 30])
    const pfx = 30
    const sh = rng.int(0, 1) * rng.int(299, 499)
    const rev = p + sh
    const cm = sub(cents(rev - c - pk - po - pfx), mul(cents(rev), frac(pay, 1000)))
    if (cm.n <= 0n) rest()
    return {
      stem: `An own-store order sells one item at ${dollars(p)} and charges ${dollars(sh)} shipping. The item's landed cost is ${dollars(c)}, packaging ${dollars(pk)}, postage ${dollars(po)}, and card processing ${(pay / 10).toFixed(1)}% of the amount paid plus ${dollars(pfx)}. What is the contribution margin as a share of the order's revenue (item plus shipping), ${PCT1}?`,
      show: pct(1),
      figures: { p, c, pk, po, pay, sh },
      key: div(cm, cents(rev)),
      wrong: [
        [div(cm, cents(c + pk + po)), 'divides by the costs'],
        [div(add(cm, cents(pk)), cents(rev)), 'leaves out the packaging'],
        [
          div(add(cm, add(mul(cents(rev), frac(pay, 1000)), cents(pfx))), cents(rev)),
          'leaves out the card fees',
        ],
        [div(cents(rev - c), cents(rev)), 'uses the gross margin on the goods'],
      ],
    }
  }),
  worked('storage-cost-per-unit-over-the-days-it-is-held', (rng) => {
    const cf = rng.int(10, 80)
    const r = rng.pick([78, 87])
    const d = rng.int(30, 180)
    return {
      stem: `A unit takes up ${(cf / 100).toFixed(2)} cubic feet at a fulfilment centre charging ${dollars(r)} per cubic foot per month (a month taken as 30 days). The seller expects each unit to sit ${d} days before it sells. What storage cost should it load onto each unit, ${CENT}?`,
      show: money,
      figures: { cf, r, d },
      key: mul(cents(cf * r), frac(d, 3000)),
      wrong: [
        [mul(cents(cf * r), frac(1, 100)), 'charges one month whatever the days held'],
        [mul(cents(r), frac(d, 30)), 'charges per unit, not per cubic foot'],
        [mul(cents(cf * r), frac(d, 36500)), 'treats the rate as yearly'],
        [mul(cents(cf * r), frac(d, 100)), 'treats the rate as daily'],
      ],
    }
  }),
  worked('profit-change-from-a-coupon-promotion', (rng) => {
    const b = rng.int(100, 600)
    const up = Math.round((b * rng.int(40, 90)) / 100)
    const p = rng.int(2500, 8000)
    const c = Math.round((p * rng.int(25, 35)) / 100)
    const ff = rng.int(300, 600)
    const dpc = rng.pick([10, 15])
    const ref = 15
    const disc = Math.round((p * dpc) / 100)
    const base = sub(mul(cents(p), frac(100 - ref, 100)), cents(c + ff))
    const promo = sub(mul(cents(p - disc), frac(100 - ref, 100)), cents(c + ff))
    const key = sub(mul(promo, b + up), mul(base, b))
    const onFull = sub(
      mul(sub(cents(p - disc), add(cents(c + ff), mul(cents(p), frac(ref, 100)))), b + up),
      mul(base, b),
    )
    if (key.n <= 0n || promo.n <= 0n || onFull.n <= 0n) rest()
    return {
      stem: `A product sells ${n(b)} units a month at ${dollars(p)}; a ${dpc}% coupon (${dollars(disc)} off a unit) for the month is expected to lift sales to ${n(b + up)} units. The referral fee is ${ref}% of the price paid, the fulfilment fee ${dollars(ff)} and the landed cost ${dollars(c)}. By how much does the coupon change the month's profit, ${CENT}?`,
      show: money,
      figures: { b, up, p, c, ff, dpc },
      key,
      wrong: [
        [mul(promo, up), 'counts only the extra units, ignoring the discount given on the base'],
        [onFull, 'takes the referral fee on the full price'],
        [mul(base, up), 'values the extra units at the full-price margin'],
        [sub(cents((b + up) * (p - disc)), cents(b * p)), 'works the change in sales, not profit'],
      ],
    }
  }),
  worked('tacos-from-acos-and-the-ad-share-of-sales', (rng) => {
    const a = rng.int(15, 45)
    const tot = rng.int(20000, 100000) * 100
    const sh = rng.int(20, 70)
    return {
      stem: `A seller's total sales for the month were ${dollars(tot)}, of which ${sh}% were attributed to ads, and its ACoS (ad spend ÷ ad-attributed sales) was ${a}%. What was its TACoS (ad spend ÷ total sales), ${PCT1}?`,
      show: pct(1),
      figures: { a, tot, sh },
      key: frac(a * sh, 10000),
      wrong: [
        [frac(a, sh), 'divides the ACoS by the ad share'],
        [frac(a * (100 - sh), 10000), 'uses the organic share of sales'],
        [frac(a, 100), 'takes TACoS as equal to ACoS'],
        [frac(a * sh, 100 * (100 + sh)), 'divides by sales plus the attributed sales'],
      ],
    }
  }),
  worked('expected-profit-per-unit-shipped-after-returns', (rng) => {
    const p = rng.int(2500, 9000)
    const c = Math.round((p * rng.int(20, 35)) / 100)
    const po = rng.int(300, 700)
    const rr = rng.int(5, 30)
    const lab = rng.int(300, 800)
    const rs = rng.int(50, 90)
    const gross = cents(p - c - po)
    const lost = (x: ReturnType<typeof cents>) => sub(gross, mul(frac(rr, 100), x))
    const key = lost(sub(cents(p + lab), mul(cents(c), frac(rs, 100))))
    const allOff = lost(cents(p + lab))
    if (allOff.n <= 0n) rest()
    return {
      stem: `An own-store product sells at ${dollars(p)} with free shipping that costs the store ${dollars(po)}; its landed cost is ${dollars(c)}. ${rr}% of units are returned for a full refund, with a ${dollars(lab)} prepaid return label; ${rs}% of returned units go back into stock at cost, the rest are written off. What is the expected profit per unit shipped, ${CENT}?`,
      show: money,
      figures: { p, c, po, rr, lab, rs },
      key,
      wrong: [
        [gross, 'ignores returns'],
        [allOff, 'writes off every returned unit'],
        [lost(sub(cents(p), mul(cents(c), frac(rs, 100)))), 'leaves out the return label'],
        [lost(cents(p - c + lab)), 'treats a return as losing only its gross margin and label'],
      ],
    }
  }),
]
