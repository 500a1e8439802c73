import {
  add,
  CENTS,
  ceil,
  cents,
  div,
  dollars,
  type Fraction,
  floor,
  frac,
  mul,
  n,
  PCT1,
  pc,
  pct,
  plain,
  rest,
  sub,
  usd,
  worked,
} from './osa-text.js'

// Catalogue and pricing as a virtual assistant keeps a client's product listings: prices built
// from landed cost at a stated markup or margin, VAT-inclusive and tax-exclusive prices, sale
// prices and discount codes stacked by the stated rule, bulk edits with the stated rounding,
// variant counts and unit prices. The slips are markup taken for margin, VAT taken off as a
// percentage of the gross, discounts added instead of stacked and a rule applied to the wrong base.

const money = usd(2)
const pct1 = pct(1)

export const CATALOGUE_FAMILIES = [
  worked('price-from-landed-cost-at-a-markup', (rng) => {
    const c = rng.int(300, 4000)
    const f = rng.int(20, 300)
    const m = rng.pick([25, 30, 40, 50, 60, 75, 80])
    const landed = cents(c + f)
    return {
      stem: `A client buys a product at ${dollars(c)} a unit and pays ${dollars(f)} a unit in inbound freight. The shop prices at landed cost (unit cost plus freight) plus a ${m}% markup on that cost. What selling price should you enter, ${CENTS}?`,
      show: money,
      figures: { c, f, m },
      key: mul(landed, frac(100 + m, 100)),
      wrong: [
        [div(landed, frac(100 - m, 100)), 'treats the markup as a margin on price'],
        [mul(cents(c), frac(100 + m, 100)), 'leaves the freight out of the cost'],
        [mul(landed, pc(m)), 'enters the markup amount alone'],
        [
          add(mul(cents(c), frac(100 + m, 100)), cents(f)),
          'marks up the unit cost and adds freight at cost',
        ],
      ],
    }
  }),
  worked('vat-inclusive-price-for-a-target-margin', (rng) => {
    const c = rng.int(400, 5000)
    const g = rng.pick([30, 35, 40, 45, 50, 55, 60])
    const v = rng.pick([5, 10, 19, 20, 21])
    const net = div(cents(c), frac(100 - g, 100))
    return {
      stem: `A product costs the client ${dollars(c)}. She wants a ${g}% gross margin on the price excluding VAT, and the shop shows prices including VAT at ${v}%. What VAT-inclusive price should you list, ${CENTS}?`,
      show: money,
      figures: { c, g, v },
      key: mul(net, frac(100 + v, 100)),
      wrong: [
        [net, 'lists the net price without VAT'],
        [
          mul(cents(c), frac(100 + g, 100), frac(100 + v, 100)),
          'uses the margin as a markup on cost',
        ],
        [div(net, frac(100 - v, 100)), 'grosses VAT up as if it were a share of the gross price'],
        [div(cents(c), frac(100 - g - v, 100)), 'adds the VAT rate to the margin in one divisor'],
        [mul(cents(c), frac(100 + g + v, 100)), 'adds margin and VAT as one markup on cost'],
      ],
    }
  }),
  worked('gross-margin-of-a-vat-inclusive-price', (rng) => {
    const v = rng.pick([10, 20, 21])
    const pr = rng.int(20, 150) * 100 - 1
    const netP = div(cents(pr), frac(100 + v, 100))
    const c = Math.round((Number(netP.n) / Number(netP.d)) * rng.int(35, 65))
    const cost = cents(c)
    return {
      stem: `A listing shows ${dollars(pr)} including VAT at ${v}%. The product costs the client ${dollars(c)} (VAT is recovered, so cost is net). What is the gross margin on the price excluding VAT, ${PCT1}?`,
      show: pct1,
      figures: { v, pr, c },
      key: div(sub(netP, cost), netP),
      wrong: [
        [div(sub(cents(pr), cost), cents(pr)), 'works on the VAT-inclusive price'],
        [div(sub(netP, cost), cost), 'gives the markup on cost'],
        [
          div(sub(mul(cents(pr), frac(100 - v, 100)), cost), mul(cents(pr), frac(100 - v, 100))),
          'takes VAT off as a percentage of the gross price',
        ],
        [div(sub(netP, cost), cents(pr)), 'divides the net profit by the gross price'],
        [div(sub(cents(pr), cost), netP), 'divides the gross profit by the net price'],
      ],
    }
  }),
  worked('inclusive-price-after-a-vat-rate-change-keeping-the-net', (rng) => {
    const [v1, v2] = rng.pick([
      [5, 20],
      [20, 5],
      [19, 16],
      [16, 19],
      [20, 17],
      [17, 20],
      [10, 13],
      [13, 10],
    ] as const)
    const p = rng.int(500, 20000)
    return {
      stem: `The VAT rate on a product changes from ${v1}% to ${v2}%. The client keeps her net (ex-VAT) price and the listing shows prices including VAT. It now reads ${dollars(p)}. What should the VAT-inclusive price read after the change, ${CENTS}?`,
      show: money,
      figures: { v1, v2, p },
      key: mul(cents(p), frac(100 + v2, 100 + v1)),
      wrong: [
        [mul(cents(p), frac(100 + v2 - v1, 100)), 'adds the change in rate to the inclusive price'],
        [
          mul(cents(p), frac(100 - v1, 100), frac(100 + v2, 100)),
          'takes the old VAT off as a percentage of the gross',
        ],
        [mul(cents(p), frac(100 + v2, 100)), 'adds the new VAT to the inclusive price'],
        [mul(cents(p), frac(100 + v1, 100 + v2)), 'divides the rates the wrong way round'],
      ],
    }
  }),
  worked('sale-price-after-a-sale-and-a-stacked-code', (rng) => {
    const p = rng.int(20, 300) * 100 - 1
    const x = rng.pick([10, 15, 20, 25, 30, 40])
    const y = rng.pick([5, 10, 15, 20])
    return {
      stem: `A product listed at ${dollars(p)} is in a ${x}% off sale. The shop’s settings let a ${y}% discount code combine with sales: the code applies to the sale price. What does a customer pay for it with the code, ${CENTS}?`,
      show: money,
      figures: { p, x, y },
      key: mul(cents(p), frac(100 - x, 100), frac(100 - y, 100)),
      wrong: [
        [mul(cents(p), frac(100 - x - y, 100)), 'adds the two percentages'],
        [mul(cents(p), frac(100 - x, 100)), 'applies the sale only'],
        [mul(cents(p), frac(100 - y, 100)), 'applies the code only'],
        [mul(cents(p), frac(100 - x, 100), pc(y)), 'gives the code’s saving, not the price'],
      ],
    }
  }),
  worked('cart-total-with-a-percentage-then-a-fixed-code-and-shipping', (rng) => {
    const t = rng.int(60, 300) * 100 + rng.pick([0, 50, 99])
    const x = rng.pick([10, 15, 20, 25])
    const f = rng.pick([5, 10, 15]) * 100
    const s = rng.int(4, 12) * 100 + 95
    const disc = mul(cents(t), frac(100 - x, 100))
    return {
      stem: `A cart holds ${dollars(t)} of merchandise; shipping is ${dollars(s)}. The shop applies a ${x}% automatic discount first and then a ${dollars(f)} off code, both to merchandise only; shipping is never discounted. What is the order total, ${CENTS}?`,
      show: money,
      figures: { t, x, f, s },
      key: add(sub(disc, cents(f)), cents(s)),
      wrong: [
        [
          add(mul(sub(cents(t), cents(f)), frac(100 - x, 100)), cents(s)),
          'takes the fixed amount off before the percentage',
        ],
        [
          sub(mul(add(cents(t), cents(s)), frac(100 - x, 100)), cents(f)),
          'discounts the shipping too',
        ],
        [sub(disc, cents(f)), 'leaves out the shipping'],
        [add(disc, cents(s)), 'ignores the fixed code'],
        [
          mul(sub(cents(t), cents(f)), frac(100 - x, 100)),
          'takes the fixed amount off first and leaves out the shipping',
        ],
        [
          mul(add(cents(t), cents(s)), frac(100 - x, 100)),
          'discounts the shipping and ignores the fixed code',
        ],
      ],
    }
  }),
  worked('bulk-increase-rounded-up-to-a-99-ending', (rng) => {
    const p = rng.int(800, 9000)
    const x = rng.pick([3, 4, 5, 6, 7, 8, 10, 12])
    const comp = p + rng.int(5, 30) * 100
    const raw = mul(cents(p), frac(100 + x, 100))
    const up99 = (y: Fraction) => sub(ceil(add(y, frac(1, 100))), frac(1, 100))
    const key = up99(raw)
    const down99 = sub(floor(add(raw, frac(1, 100))), frac(1, 100))
    if (key.n * down99.d === down99.n * key.d) rest()
    return {
      stem: `The client raises every price by ${x}%. Her rule: each new price is the smallest price ending in .99 that is not below the raised price. A product sells at ${dollars(p)} (compare-at price ${dollars(comp)}, which the rule leaves alone). What is its new selling price?`,
      show: money,
      figures: { p, x, comp },
      key,
      wrong: [
        [raw, 'enters the raised price without the .99 rule'],
        [down99, 'rounds down to the .99 ending below'],
        [add(ceil(raw), frac(99, 100)), 'rounds up to a whole dollar and then adds .99'],
        [up99(mul(cents(comp), frac(100 + x, 100))), 'raises the compare-at price instead'],
        [up99(mul(cents(p), frac(100 - x, 100))), 'takes the percentage off instead of adding it'],
        [add(raw, frac(99, 100)), 'adds .99 to the raised price'],
      ],
    }
  }),
  worked('variant-count-with-an-unmade-combination', (rng) => {
    const s = rng.int(3, 7)
    const c = rng.int(3, 8)
    const m = rng.int(2, 4)
    return {
      stem: `A product has ${s} sizes, ${c} colours and ${m} materials as its three options. One colour is not made in the largest size, in any material. Every other combination is a variant to create. How many variants must you create?`,
      show: plain(0, 'variants'),
      figures: { s, c, m },
      key: frac(s * c * m - m),
      wrong: [
        [frac(s * c * m), 'creates every combination'],
        [frac(s * c * m - 1), 'removes one variant, not one per material'],
        [frac(s + c + m), 'adds the option counts'],
        [frac(s * c * m - c * m), 'drops the largest size altogether'],
        [frac(s * c - 1), 'leaves out the material option'],
      ],
    }
  }),
  worked('unit-price-per-100-g-of-a-multipack', (rng) => {
    const k = rng.pick([3, 4, 6, 8, 10, 12])
    const w = rng.pick([25, 40, 50, 75, 80, 125, 150, 200])
    const p = rng.int(300, 4000)
    const grams = k * w
    return {
      stem: `A multipack of ${k} bars, each ${w} g, sells for ${dollars(p)}. The shop must show a unit price per 100 g. What is it, ${CENTS}?`,
      show: money,
      figures: { k, w, p },
      key: mul(div(cents(p), grams), 100),
      wrong: [
        [mul(div(cents(p), w), 100), 'divides by one bar’s weight, not the pack’s'],
        [mul(div(cents(p), grams), 1000), 'gives the price per kilogram'],
        [div(cents(p), k), 'gives the price per bar'],
      ],
    }
  }),
  worked('all-units-quantity-break-price', (rng) => {
    const p = rng.int(400, 3000)
    const [b1, b2] = rng.pick([
      [50, 100],
      [25, 50],
      [100, 250],
    ] as const)
    const d1 = rng.pick([5, 8, 10])
    const d2 = d1 + rng.pick([5, 7, 10])
    const q = rng.int(b1 + 1, b2 - 1)
    const unit = cents(p)
    return {
      stem: `A wholesale customer orders ${q} units of a product listed at ${dollars(p)}. The shop’s quantity breaks: ${d1}% off every unit in an order of ${b1} or more, ${d2}% off every unit in an order of ${b2} or more (the whole order takes the break it reaches). What is the line total, ${CENTS}?`,
      show: money,
      figures: { p, b1, b2, d1, d2, q },
      key: mul(unit, q, frac(100 - d1, 100)),
      wrong: [
        [
          add(mul(unit, b1 - 1), mul(unit, q - b1 + 1, frac(100 - d1, 100))),
          'discounts only the units past the break',
        ],
        [mul(unit, q, frac(100 - d2, 100)), 'applies the next break'],
        [mul(unit, q), 'applies no break'],
        [mul(unit, q, frac(100 - d1 - d2, 100)), 'adds both breaks'],
        [
          add(mul(unit, q - b1), mul(unit, b1, frac(100 - d1, 100))),
          'discounts only the first break’s worth of units',
        ],
        [
          mul(unit, q, frac(100 - d1, 100), frac(100 - d2, 100)),
          'applies both breaks one after the other',
        ],
      ],
    }
  }),
  worked('code-on-an-eligible-collection-only', (rng) => {
    const a = rng.int(40, 250) * 100 + rng.pick([0, 50, 99])
    const b = rng.int(20, 150) * 100 + rng.pick([0, 50, 99])
    const x = rng.pick([10, 15, 20, 25, 30])
    return {
      stem: `A cart holds ${dollars(a)} of items from the Summer collection and ${dollars(b)} of other items. The code SUMMER${x} gives ${x}% off Summer collection items only. What is the merchandise total after the code, ${CENTS}?`,
      show: money,
      figures: { a, b, x },
      key: add(mul(cents(a), frac(100 - x, 100)), cents(b)),
      wrong: [
        [mul(cents(a + b), frac(100 - x, 100)), 'discounts the whole cart'],
        [cents(a + b), 'applies no discount'],
        [add(cents(a), mul(cents(b), frac(100 - x, 100))), 'discounts the other items instead'],
        [mul(cents(a), frac(100 - x, 100)), 'leaves out the other items'],
      ],
    }
  }),
  worked('deepest-discount-before-a-sale-loses-money', (rng) => {
    const p = rng.int(30, 150) * 100 - 1
    const c = Math.round((p * rng.int(30, 55)) / 100)
    const f = rng.pick([25, 29, 30, 35, 40])
    const fx = rng.pick([20, 25, 30, 45])
    const cost = cents(c + fx)
    const key = sub(1, div(cost, mul(cents(p), frac(1000 - f, 1000))))
    return {
      stem: `A product lists at ${dollars(p)} and costs ${dollars(c)}. Each sale pays the payment processor ${(f / 10).toFixed(1)}% of the price paid plus ${dollars(fx)}. What is the largest percentage discount off the list price at which a sale still breaks even (price paid less fees equals cost), ${PCT1}?`,
      show: pct1,
      figures: { p, c, f, fx },
      key,
      wrong: [
        [sub(1, div(cents(c), cents(p))), 'ignores the processor’s fees'],
        [sub(1, div(cost, cents(p))), 'ignores the percentage fee'],
        [sub(1, div(cents(c), mul(cents(p), frac(1000 - f, 1000)))), 'ignores the fixed fee'],
        [
          sub(sub(1, div(cost, cents(p))), frac(f, 1000)),
          'takes the percentage fee on the list price',
        ],
      ],
    }
  }),
  worked('sales-tax-after-a-code-on-taxable-lines', (rng) => {
    const tx = rng.int(30, 200) * 100 + rng.pick([0, 50, 99])
    const nt = rng.int(10, 80) * 100 + rng.pick([0, 50, 99])
    const s = rng.int(5, 12) * 100 + 99
    const x = rng.pick([10, 15, 20])
    const t = rng.pick([450, 600, 650, 700, 725, 825, 875])
    const rate = frac(t, 10000)
    const taxed = mul(cents(tx), frac(100 - x, 100))
    return {
      stem: `A US order has ${dollars(tx)} of taxable items, ${dollars(nt)} of non-taxable items and ${dollars(s)} shipping. A ${x}% code applies to all items before tax; in this state shipping is not taxed. Sales tax is ${(t / 100).toFixed(2)}%, added at checkout. What sales tax is charged, ${CENTS}?`,
      show: money,
      figures: { tx, nt, s, x, t },
      key: mul(taxed, rate),
      wrong: [
        [mul(cents(tx), rate), 'taxes the taxable items before the code'],
        [
          mul(add(cents(tx), cents(nt)), frac(100 - x, 100), rate),
          'taxes the non-taxable items too',
        ],
        [mul(add(taxed, cents(s)), rate), 'taxes the shipping'],
        [div(mul(taxed, rate), add(1, rate)), 'takes the tax out as if prices included it'],
      ],
    }
  }),
  worked('price-in-a-second-currency-rounded-up', (rng) => {
    const p = rng.int(15, 200) * 100
    const r = rng.int(80, 95)
    const b = rng.pick([2, 3, 4, 5])
    const conv = mul(cents(p), frac(r, 100), frac(100 + b, 100))
    return {
      stem: `The shop sells in euros at prices converted from its US dollar list. Settings: 1 USD = ${(r / 100).toFixed(2)} EUR, plus a ${b}% buffer for conversion fees, and the euro price rounded up to a whole euro. What euro price shows for a product listed at ${dollars(p)}? (Answer in whole euros.)`,
      show: (x) => `€${plain(0)(x)}`,
      figures: { p, r, b },
      key: ceil(conv),
      wrong: [
        [
          ceil(mul(div(cents(p), frac(r, 100)), frac(100 + b, 100))),
          'divides by the rate instead of multiplying',
        ],
        [ceil(mul(cents(p), frac(r, 100))), 'leaves out the buffer'],
        [floor(conv), 'rounds down'],
        [ceil(mul(cents(p), frac(r - b, 100))), 'takes the buffer off the rate'],
        [ceil(mul(cents(p), frac(r + b, 100))), 'adds the buffer to the rate'],
        [ceil(div(cents(p), frac(r, 100))), 'divides by the rate and leaves out the buffer'],
      ],
    }
  }),
  worked('landed-unit-cost-with-duty-on-goods-only', (rng) => {
    const q = rng.int(10, 60) * 10
    const u = rng.int(150, 3000)
    const f = rng.int(50, 600) * 100
    const d = rng.pick([4, 6, 8, 10, 12, 17])
    const goods = mul(cents(u), q)
    return {
      stem: `A supplier invoice is for ${n(q)} units at ${dollars(u)} each. Freight is ${dollars(f)} for the shipment, and import duty is ${d}% of the goods value only (not freight). What is the landed cost per unit to enter as the product’s cost, ${CENTS}?`,
      show: money,
      figures: { q, u, f, d },
      key: div(add(mul(goods, frac(100 + d, 100)), cents(f)), q),
      wrong: [
        [div(mul(add(goods, cents(f)), frac(100 + d, 100)), q), 'charges duty on the freight too'],
        [div(add(goods, cents(f)), q), 'leaves out the duty'],
        [mul(cents(u), frac(100 + d, 100)), 'leaves out the freight'],
        [
          add(mul(cents(u), frac(100 + d, 100)), cents(f)),
          'adds the whole freight bill to one unit',
        ],
        [cents(u), 'enters the supplier’s unit price'],
      ],
    }
  }),
  worked('variants-touched-by-a-bulk-edit-on-two-tags', (rng) => {
    const a = rng.int(20, 90)
    const b = rng.int(15, 80)
    const ab = rng.int(4, Math.min(a, b) - 3)
    const v = rng.int(3, 8)
    return {
      stem: `A bulk edit changes the price of every variant of every product tagged “clearance” or “last-chance”. ${a} products carry “clearance”, ${b} carry “last-chance” and ${ab} carry both. Each of these products has ${v} variants. How many variant prices does the edit change?`,
      show: plain(0, 'variants'),
      figures: { a, b, ab, v },
      key: frac((a + b - ab) * v),
      wrong: [
        [frac((a + b) * v), 'counts the products with both tags twice'],
        [frac(a + b - ab), 'counts products, not variants'],
        [frac((a + b - 2 * ab) * v), 'leaves out the products with both tags'],
        [frac(ab * v), 'counts only the products with both tags'],
      ],
    }
  }),
]
