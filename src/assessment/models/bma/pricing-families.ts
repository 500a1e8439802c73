import {
  add,
  CENT,
  cents,
  div,
  dollars,
  type Fraction,
  frac,
  mul,
  n,
  PCT1,
  pc,
  pct,
  plain,
  sub,
  usd,
  worked,
  wp,
} from './bma-text.js'

// Pricing and discounts. Stems say whether a markup is on cost or a margin on price, which
// discounts apply to what and in what order, and whether tax is added to or included in a
// price, because the slips are markup read as margin, discounts added, freight discounted and
// tax taken off a tax-inclusive price as if it were added.

export const PRICING_FAMILIES = [
  worked('price-from-a-markup-on-cost', (rng) => {
    const c = rng.int(5, 400) * 100 + rng.int(0, 99)
    const m = rng.int(15, 80)
    return {
      stem: `A lamp costs a retailer ${dollars(c)}. The retailer prices it at a markup of ${wp(m)} on cost. What is the selling price, ${CENT}?`,
      show: usd(2),
      figures: { c, m },
      key: mul(cents(c), add(1, pc(m))),
      wrong: [
        [div(cents(c), sub(1, pc(m))), 'treats the markup as a margin on the selling price'],
        [mul(cents(c), pc(m)), 'gives the markup only'],
        [div(cents(c), add(1, pc(m))), 'divides the cost by one plus the markup'],
        [mul(cents(c), sub(1, pc(m))), 'takes the markup off the cost'],
        [add(cents(c), m), 'adds the markup as dollars'],
      ],
    }
  }),
  worked('price-from-a-margin-on-price', (rng) => {
    const c = rng.int(5, 400) * 100 + rng.int(0, 99)
    const g = rng.int(15, 60)
    return {
      stem: `A reseller buys a router for ${dollars(c)} and wants a gross margin of ${wp(g)} of the selling price. What selling price gives that margin, ${CENT}?`,
      show: usd(2),
      figures: { c, g },
      key: div(cents(c), sub(1, pc(g))),
      wrong: [
        [mul(cents(c), add(1, pc(g))), 'adds the margin to cost as a markup'],
        [mul(cents(c), sub(1, pc(g))), 'takes the margin off the cost'],
        [div(cents(c), pc(g)), 'divides the cost by the margin'],
        [div(mul(cents(c), pc(g)), sub(1, pc(g))), 'gives the margin in dollars only'],
        [mul(cents(c), pc(g)), 'takes the margin percent of the cost'],
      ],
    }
  }),
  worked('markup-on-cost-from-a-margin', (rng) => {
    const g = rng.int(10, 60)
    return {
      stem: `A product line earns a gross margin of ${wp(g)} of the selling price. What markup on cost is that, ${PCT1}?`,
      show: pct(),
      figures: { g },
      key: div(pc(g), sub(1, pc(g))),
      wrong: [
        [pc(g), 'reads the margin as the markup'],
        [div(pc(g), add(1, pc(g))), 'divides by one plus the margin'],
        [div(1, sub(1, pc(g))), 'gives the price as a percent of cost'],
        [sub(1, pc(g)), 'gives the cost as a percent of price'],
        [mul(pc(g), add(1, pc(g))), 'adds the margin’s percent of itself'],
      ],
    }
  }),
  worked('margin-on-price-from-a-markup', (rng) => {
    const m = rng.int(15, 90)
    return {
      stem: `A bakery marks its cakes up ${wp(m)} on cost. What gross margin is that, as a percent of the selling price, ${PCT1}?`,
      show: pct(),
      figures: { m },
      key: div(pc(m), add(1, pc(m))),
      wrong: [
        [div(pc(m), sub(1, pc(m))), 'divides by one minus the markup'],
        [div(1, add(1, pc(m))), 'gives the cost as a percent of price'],
        [mul(pc(m), sub(1, pc(m))), 'takes the markup’s percent of itself off'],
        [div(pc(m), 2), 'halves the markup'],
      ],
    }
  }),
  worked('margin-percent-from-cost-and-price', (rng) => {
    const c = rng.int(5, 300) * 100 + rng.int(0, 99)
    const p = Math.round((c * rng.int(115, 220)) / 100)
    return {
      stem: `A gift shop buys a candle set for ${dollars(c)} and sells it for ${dollars(p)}. What is its gross margin as a percent of the selling price, ${PCT1}?`,
      show: pct(),
      figures: { c, p },
      key: div(p - c, p),
      wrong: [
        [div(p - c, c), 'gives the markup on cost'],
        [div(c, p), 'gives the cost as a percent of price'],
        [div(p, c), 'gives the price as a percent of cost'],
        [div(p - c, p + c), 'divides by cost and price added together'],
      ],
    }
  }),
  worked('net-price-after-a-chain-discount', (rng) => {
    const l = rng.int(100, 3000) * 100
    const a = rng.int(10, 35)
    const b = rng.int(5, 20)
    const c = rng.int(2, 10)
    return {
      stem: `A wholesaler lists a crate of tools at ${dollars(l)} less a chain discount of ${a}/${b}/${c} (each discount taken off the price left by the one before). What is the net price, ${CENT}?`,
      show: usd(2),
      figures: { l, a, b, c },
      key: mul(cents(l), sub(1, pc(a)), sub(1, pc(b)), sub(1, pc(c))),
      wrong: [
        [mul(cents(l), sub(1, pc(a + b + c))), 'adds the three discounts'],
        [mul(cents(l), sub(1, pc(a)), sub(1, pc(b))), 'stops after the second discount'],
        [mul(cents(l), sub(1, pc(a))), 'takes only the first discount'],
        [
          mul(cents(l), sub(1, pc(a + b)), sub(1, pc(c))),
          'adds the first two, then takes the third',
        ],
        [mul(cents(l), pc(a + b + c)), 'gives the summed discounts in dollars'],
      ],
    }
  }),
  worked('trade-discount-amount-in-a-chain', (rng) => {
    const l = rng.int(100, 3000) * 100
    const a = rng.int(10, 40)
    const b = rng.int(5, 25)
    return {
      stem: `A distributor lists an order at ${dollars(l)} with a chain discount of ${a}/${b}, the second taken off the price left by the first. How many dollars of discount does the buyer get in all, ${CENT}?`,
      show: usd(2),
      figures: { l, a, b },
      key: sub(cents(l), mul(cents(l), sub(1, pc(a)), sub(1, pc(b)))),
      wrong: [
        [mul(cents(l), pc(a + b)), 'adds the two discount rates'],
        [mul(cents(l), sub(1, pc(a)), sub(1, pc(b))), 'gives the net price'],
        [mul(cents(l), pc(a)), 'takes only the first discount'],
        [mul(cents(l), pc(a), pc(b)), 'multiplies the two rates'],
        [mul(cents(l), sub(1, pc(a)), pc(b)), 'gives only the second discount'],
      ],
    }
  }),
  worked('cash-discount-on-goods-but-not-freight', (rng) => {
    const g = rng.int(500, 9000) * 100 + rng.int(0, 99)
    const f = rng.int(40, 600) * 100
    const t = rng.pick([1, 2, 3])
    const day = rng.int(2, 10)
    return {
      stem: `An invoice dated 1 March shows goods of ${dollars(g)} and freight of ${dollars(f)}, terms ${t}/10, net 30; the cash discount applies to the goods only. The buyer pays on ${day} March. How much does the buyer pay, ${CENT}?`,
      show: usd(2),
      figures: { g, f, t, day },
      key: add(mul(cents(g), sub(1, pc(t))), cents(f)),
      wrong: [
        [mul(add(cents(g), cents(f)), sub(1, pc(t))), 'takes the discount off the freight too'],
        [add(cents(g), cents(f)), 'misses the discount'],
        [mul(cents(g), sub(1, pc(t))), 'leaves out the freight'],
        [
          add(mul(cents(g), sub(1, pc(10 * t))), cents(f)),
          'reads the terms as a discount of ten times the percent',
        ],
        [mul(cents(g), pc(t)), 'gives the discount only'],
      ],
    }
  }),
  worked('cash-discount-after-a-return', (rng) => {
    const i = rng.int(800, 9000) * 100 + rng.int(0, 99)
    const rr = rng.int(50, Math.floor(i / 400)) * 100
    const t = rng.pick([1, 2, 3])
    return {
      stem: `A buyer receives an invoice for ${dollars(i)}, terms ${t}/10, net 30, and returns goods worth ${dollars(rr)} before paying. Paying within 10 days, the discount is on the invoice less the return. How much does the buyer pay, ${CENT}?`,
      show: usd(2),
      figures: { i, rr, t },
      key: mul(sub(cents(i), cents(rr)), sub(1, pc(t))),
      wrong: [
        [
          sub(mul(cents(i), sub(1, pc(t))), cents(rr)),
          'takes the discount on the full invoice, then the return',
        ],
        [sub(cents(i), cents(rr)), 'misses the discount'],
        [mul(cents(i), sub(1, pc(t))), 'ignores the return'],
        [
          sub(mul(sub(cents(i), cents(rr)), sub(1, pc(t))), cents(rr)),
          'takes the return off twice',
        ],
        [mul(sub(cents(i), cents(rr)), pc(t)), 'gives the discount only'],
      ],
    }
  }),
  worked('credit-for-a-partial-payment-in-the-discount-period', (rng) => {
    const i = rng.int(2000, 9000) * 100
    const p = rng.int(5, Math.floor(i / 200) - 1) * 100
    const t = rng.pick([1, 2, 3])
    return {
      stem: `On an invoice for ${dollars(i)}, terms ${t}/10, net 30, a buyer sends ${dollars(p)} within 10 days; the seller credits each payment as the amount it settles before the discount. How much is credited to the account, ${CENT}?`,
      show: usd(2),
      figures: { i, p, t },
      key: div(cents(p), sub(1, pc(t))),
      wrong: [
        [mul(cents(p), add(1, pc(t))), 'adds the discount rate to the payment'],
        [cents(p), 'credits only the cash sent'],
        [mul(cents(p), sub(1, pc(t))), 'takes the discount off the payment'],
        [add(cents(p), mul(cents(i), pc(t))), 'adds the discount on the whole invoice'],
        [div(cents(p), add(1, pc(t))), 'divides by one plus the discount rate'],
      ],
    }
  }),
  worked('price-to-break-even-with-a-profit-target', (rng) => {
    const f = rng.int(20, 300) * 1000
    const q = rng.int(20, 200) * 100
    const v = rng.int(200, 4000)
    const t = rng.int(5, 100) * 1000
    return {
      stem: `A maker has fixed costs of $${n(f)}, a variable cost of ${dollars(v)} a unit and expects to sell ${n(q)} units. What price per unit earns a profit of $${n(t)}, ${CENT}?`,
      show: usd(2),
      figures: { f, q, v, t },
      key: add(cents(v), div(f + t, q)),
      wrong: [
        [add(cents(v), div(f, q)), 'leaves out the profit target'],
        [div(f + t, q), 'leaves out the variable cost'],
        [add(cents(v), div(f, q), t), 'adds the whole profit to each unit'],
        [add(mul(cents(v), 2), div(f + t, q)), 'counts the variable cost twice'],
        [div(add(f, t, cents(v)), q), 'spreads one unit’s variable cost over all units'],
      ],
    }
  }),
  worked('break-even-units-rounded-up', (rng) => {
    const f = rng.int(10, 200) * 1000
    const p = rng.int(1500, 9000)
    const v = Math.round((p * rng.int(30, 75)) / 100)
    return {
      stem: `A product sells for ${dollars(p)} with a variable cost of ${dollars(v)} a unit and fixed costs of $${n(f)}. How many units must be sold to break even, rounded up to a whole unit?`,
      show: plain(0, 'units'),
      figures: { f, p, v },
      key: ceilOf(div(f, cents(p - v))),
      wrong: [
        [ceilOf(div(f, cents(p))), 'divides by the price instead of the contribution'],
        [ceilOf(div(f, cents(v))), 'divides by the variable cost'],
        [ceilOf(div(f, cents(p + v))), 'adds the variable cost to the price'],
        [ceilOf(div(f, mul(cents(p - v), 2))), 'counts the contribution twice'],
        [ceilOf(div(f + v, cents(p - v))), 'adds the variable cost in cents to fixed costs'],
      ],
    }
  }),
  worked('price-after-a-discount-and-then-tax', (rng) => {
    const p = rng.int(20, 900) * 100 + rng.int(0, 99)
    const d = rng.int(10, 40)
    const t = rng.int(5, 12)
    return {
      stem: `A coat lists at ${dollars(p)}. The store takes ${wp(d)} off, and then sales tax of ${wp(t)} is added on the discounted price. What does the customer pay, ${CENT}?`,
      show: usd(2),
      figures: { p, d, t },
      key: mul(cents(p), sub(1, pc(d)), add(1, pc(t))),
      wrong: [
        [mul(cents(p), sub(1, pc(d))), 'leaves out the tax'],
        [mul(cents(p), add(1, pc(t))), 'leaves out the discount'],
        [add(mul(cents(p), sub(1, pc(d))), mul(cents(p), pc(t))), 'charges tax on the list price'],
        [mul(cents(p), sub(1, pc(d - t))), 'nets the discount and the tax rate'],
        [mul(cents(p), sub(1, pc(d)), sub(1, pc(t))), 'takes the tax off instead of adding it'],
      ],
    }
  }),
  worked('pre-tax-price-from-a-tax-inclusive-price', (rng) => {
    const t = rng.int(5, 25)
    const paid = rng.int(10, 3000) * 100 + rng.int(0, 99)
    return {
      stem: `A price of ${dollars(paid)} includes sales tax at ${wp(t)} of the pre-tax price. What is the pre-tax price, ${CENT}?`,
      show: usd(2),
      figures: { t, paid },
      key: div(cents(paid), add(1, pc(t))),
      wrong: [
        [mul(cents(paid), sub(1, pc(t))), 'takes the rate off the tax-inclusive price'],
        [div(cents(paid), sub(1, pc(t))), 'divides by one minus the rate'],
        [mul(cents(paid), add(1, pc(t))), 'adds the tax again'],
        [mul(cents(paid), pc(t)), 'gives the rate of the tax-inclusive price'],
      ],
    }
  }),
  worked('unit-price-for-a-markup-after-spoilage', (rng) => {
    const lot = rng.int(100, 2000) * 100
    const q = rng.int(50, 600)
    const s = rng.int(5, 20)
    const m = rng.int(20, 80)
    return {
      stem: `A grocer buys ${n(q)} kilograms of strawberries for ${dollars(lot)} and expects ${wp(s)} to spoil. To earn a markup of ${wp(m)} on the total cost, what must each kilogram that sells be priced at, ${CENT}?`,
      show: usd(2),
      figures: { lot, q, s, m },
      key: div(mul(cents(lot), add(1, pc(m))), mul(q, sub(1, pc(s)))),
      wrong: [
        [div(mul(cents(lot), add(1, pc(m))), q), 'ignores the spoilage'],
        [
          div(mul(cents(lot), add(1, pc(m)), add(1, pc(s))), q),
          'adds the spoilage percent to the price',
        ],
        [div(cents(lot), mul(q, sub(1, pc(s)))), 'leaves out the markup'],
        [
          div(div(cents(lot), sub(1, pc(m))), mul(q, sub(1, pc(s)))),
          'treats the markup as a margin on price',
        ],
        [
          div(mul(cents(lot), add(1, pc(m))), mul(q, add(1, pc(s)))),
          'divides by more kilograms instead of fewer',
        ],
      ],
    }
  }),
  worked('markdown-that-sells-at-cost', (rng) => {
    const c = rng.int(10, 400) * 100
    const m = rng.int(20, 95)
    return {
      stem: `A shirt that cost ${dollars(c)} is priced at a markup of ${wp(m)} on cost. What markdown, as a percent of that price, would bring it down to cost, ${PCT1}?`,
      show: pct(),
      figures: { c, m },
      key: div(pc(m), add(1, pc(m))),
      wrong: [
        [pc(m), 'takes the markup percent off the price'],
        [div(1, add(1, pc(m))), 'gives the cost as a percent of price'],
        [div(pc(m), sub(1, pc(m))), 'divides by one minus the markup, as for margin to markup'],
        [mul(pc(m), sub(1, pc(m))), 'takes the markup’s percent of itself off'],
        [div(pc(m), 2), 'halves the markup'],
      ],
    }
  }),
]

/** Whole units at or above `x` (x > 0). */
function ceilOf(x: Fraction): Fraction {
  return frac((x.n + x.d - 1n) / x.d)
}
