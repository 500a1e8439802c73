import {
  bp,
  cap,
  ceilDiv,
  cents,
  client,
  family,
  gbp,
  money,
  pctBp,
  share,
  units,
  whole,
} from './pricing-text.js'

/** A UK price plus VAT at 20 %, rounded to the penny. */
const vat = (p: number): number => p + share(p, 2000, 10000)

// Costs, markup and margin. Markup is profit as a share of cost; gross margin is profit as a share
// of the selling price; every stem says which one its figure is and how the answer is rounded.

export const COST_FAMILIES = [
  family('markup-to-margin', (rng) => {
    const mk = pctBp(rng, 20, 95, 5)
    return {
      stem: `${cap(client(rng))} prices everything at cost plus a ${bp(mk)} markup on cost. What gross margin does that give, as a percentage of the selling price to two decimal places?`,
      key: bp(share(mk, 10000, 10000 + mk)),
      wrong: [
        [bp(mk), 'reads the markup as the margin'],
        [bp(share(mk, 10000, 10000 - mk)), 'converts the wrong way, markup ÷ (1 − markup)'],
        [bp(share(10000, 10000, 10000 + mk)), 'gives cost as a share of the price'],
        [bp(10000 - mk), 'takes 100 % less the markup'],
      ],
      figures: { mk },
    }
  }),
  family('margin-to-markup', (rng) => {
    const g = pctBp(rng, 15, 70, 5)
    return {
      stem: `A retailer wants a ${bp(g)} gross margin on selling price and its till system only takes a markup on cost. What markup on cost should be entered, to two decimal places?`,
      key: bp(share(g, 10000, 10000 - g)),
      wrong: [
        [bp(g), 'enters the margin as the markup'],
        [
          bp(share(g, 10000, 10000 + g)),
          'converts the wrong way, dividing the margin by one plus the margin',
        ],
        [bp(share(10000, 10000, 10000 - g)), 'gives price as a share of cost'],
        [bp(10000 - g), 'takes 100 % less the margin'],
        [bp(share(10000, 10000, 10000 + g)), 'inverts one plus the margin'],
        [bp(share(10000 - g, 10000, g)), 'reads the margin as cost’s share of the price'],
      ],
      figures: { g },
    }
  }),
  family('vat-inclusive-price-from-margin', (rng) => {
    const [mat, lab, oh] = [cents(rng, 3, 30), whole(rng, 2, 12), cents(rng, 1, 6)]
    const g = pctBp(rng, 25, 50, 5)
    const c = mat + lab + oh
    return {
      stem: `A UK maker's unit cost is ${gbp(mat)} materials, ${gbp(lab)} labour and ${gbp(oh)} allocated overhead. They want a ${bp(g)} gross margin on the price before VAT (rounded to the penny), and the shelf price adds VAT at 20 % of that price (rounded to the penny). What is the shelf price?`,
      key: gbp(vat(share(c, 10000, 10000 - g))),
      wrong: [
        [gbp(share(c, 10000, 10000 - g)), 'leaves VAT off the shelf price'],
        [gbp(vat(share(c, 10000 + g, 10000))), 'marks cost up by the margin percentage'],
        [gbp(vat(share(mat + lab, 10000, 10000 - g))), 'leaves overhead out of unit cost'],
        [gbp(share(c, 10000, 8000 - g)), 'takes VAT as 20 % of the VAT-inclusive price'],
        [gbp(vat(share(vat(c), 10000, 10000 - g))), 'adds VAT to cost and again to the price'],
        [
          gbp(share(c, 12000, 10000 - share(g, 12, 10))),
          'takes the margin on the VAT-inclusive price',
        ],
        [
          gbp(((x) => x - share(x, 2000, 10000))(share(c, 10000, 10000 - g))),
          'takes VAT off instead of adding it',
        ],
      ],
      figures: { mat, lab, oh, g },
    }
  }),
  family('job-quote-cost-plus', (rng) => {
    const m = money(rng)
    const mat = cents(rng, 40, 900)
    const [h, rate] = [rng.int(3, 40), whole(rng, 25, 70)]
    const [o, k] = [pctBp(rng, 20, 80, 5), pctBp(rng, 15, 45, 5)]
    const lab = h * rate
    const ohc = share(lab, o, 10000)
    const c = mat + lab + ohc
    return {
      stem: `A print shop quotes a job at cost plus a ${bp(k)} markup on total cost. Materials are ${m(mat)}, labour is ${h} hours at ${m(rate)} an hour, and overhead is charged at ${bp(o)} of labour cost (rounded to the cent). What is the quote, to the cent?`,
      key: m(share(c, 10000 + k, 10000)),
      wrong: [
        [m(share(mat + lab, 10000 + k, 10000)), 'leaves the overhead out'],
        [
          m(share(share(mat + lab, 10000 + o, 10000), 10000 + k, 10000)),
          'charges overhead on materials as well as labour',
        ],
        [
          m(share(mat + lab, 10000 + k, 10000) + ohc),
          'marks up materials and labour but adds overhead at cost',
        ],
        [m(share(c, 10000, 10000 - k)), 'treats the markup as a margin on price'],
        [m(mat + ohc + share(lab, 10000 + k, 10000)), 'marks up the labour only'],
      ],
      figures: { mat, h, rate, o, k },
    }
  }),
  family('margin-after-trade-discount', (rng) => {
    const m = money(rng)
    const list = cents(rng, 20, 400)
    const d = pctBp(rng, 10, 35, 5)
    const net = list - share(list, d, 10000)
    const c = share(net, rng.int(40, 75), 100)
    return {
      stem: `A wholesaler lists a product at ${m(list)} and gives trade buyers ${bp(d)} off list (net price rounded to the cent). The unit cost is ${m(c)}. What gross margin does a trade sale earn, as a percentage of the net price to two decimal places?`,
      key: bp(share(net - c, 10000, net)),
      wrong: [
        [bp(share(list - c, 10000, list)), 'works the margin at list price'],
        [bp(share(net - c, 10000, c)), 'gives the markup on cost, not the margin'],
        [bp(share(list - c, 10000, list) - d), 'takes the discount points off the list margin'],
        [bp(share(net - c, 10000, list)), 'divides the profit by the list price'],
      ],
      figures: { list, d, c },
    }
  }),
  family('extra-units-after-price-cut', (rng) => {
    const m = money(rng)
    const p = whole(rng, 20, 200)
    const c = share(p, rng.int(35, 70), 100)
    const d = pctBp(rng, 5, 20)
    const v = rng.int(20, 400) * 10
    const pn = p - share(p, d, 10000)
    if (pn <= c) throw new Error('never: the cut stays above cost')
    const need = ceilDiv(v * (p - c), pn - c)
    return {
      stem: `A shop sells ${units(v)} a month at ${m(p)} each; the variable cost is ${m(c)} a unit. It plans a ${bp(d)} price cut (new price rounded to the cent). How many extra units a month must it sell to keep the same total gross profit, rounded up to a whole unit?`,
      key: units(need - v),
      wrong: [
        [units(need), 'gives the total units needed, not the extra'],
        [units(ceilDiv(v * p, pn) - v), 'keeps revenue, not gross profit'],
        [units(ceilDiv(v * d, 10000)), 'raises volume by the cut percentage'],
        [
          units(ceilDiv(v * ((p - c) * 10000 + d * p), (p - c) * 10000) - v),
          'divides the cut by the margin without taking the cut off it',
        ],
        [
          units(ceilDiv(v * d * c, (p - c) * 10000 - d * c)),
          'works the lift on the markup, not the margin',
        ],
        [units(ceilDiv(v * (p - c), p - pn)), 'divides the old gross profit by the price cut'],
      ],
      figures: { p, c, d, v },
    }
  }),
  family('units-to-hold-profit-after-price-rise', (rng) => {
    const m = money(rng)
    const p = whole(rng, 20, 200)
    const c = share(p, rng.int(30, 70), 100)
    const r = pctBp(rng, 5, 20)
    const v = rng.int(20, 400) * 10
    const pr = p + share(p, r, 10000)
    return {
      stem: `A shop sells ${units(v)} a month at ${m(p)} each with a variable cost of ${m(c)} a unit, and plans a ${bp(r)} price rise (new price rounded to the cent). What is the fewest units a month it can sell after the rise and still make at least the same total gross profit, rounded up to a whole unit?`,
      key: units(ceilDiv(v * (p - c), pr - c)),
      wrong: [
        [units(ceilDiv(v * (10000 - r), 10000)), 'cuts volume by the rise percentage'],
        [units(ceilDiv(v * p, pr)), 'keeps revenue, not gross profit'],
        [units(v), 'assumes the volume has to hold'],
        [
          units(ceilDiv(v * ((p - c) * 10000 - r * p), (p - c) * 10000)),
          'takes the rise over the margin off the volume',
        ],
      ],
      figures: { p, c, r, v },
    }
  }),
  family('break-even-units-target-profit-after-tax', (rng) => {
    const m = money(rng)
    const f = whole(rng, 20, 120) * 100
    const t = whole(rng, 5, 60) * 100
    const tax = rng.pick([2000, 2500])
    const p = whole(rng, 40, 300)
    const c = share(p, rng.int(25, 50), 100)
    const k = pctBp(rng, 5, 15)
    const cm = p - c - share(p, k, 10000)
    const pre = share(t, 10000, 10000 - tax)
    return {
      stem: `A consultant's client has fixed costs of ${m(f)} a year and wants ${m(t)} profit after tax at ${bp(tax)} (profit before tax rounded to the cent). Each unit sells for ${m(p)}, costs ${m(c)}, and pays the sales rep ${bp(k)} of the price (rounded to the cent). How many units must be sold, rounded up?`,
      key: units(ceilDiv(f + pre, cm)),
      wrong: [
        [units(ceilDiv(f + t, cm)), 'uses the after-tax profit as if it were before tax'],
        [units(ceilDiv(f + pre, p - c)), 'leaves out the sales commission'],
        [units(ceilDiv(f + pre, p)), 'divides by the price, not the contribution'],
        [
          units(ceilDiv(share(f + t, 10000, 10000 - tax), cm)),
          'grosses the fixed costs up for tax as well',
        ],
        [units(ceilDiv(f, cm)), 'leaves out the target profit'],
      ],
      figures: { f, t, tax, p, c, k },
    }
  }),
  family('break-even-revenue-with-payment-fee', (rng) => {
    const m = money(rng)
    const f = whole(rng, 20, 200) * 100
    const p = whole(rng, 20, 150)
    const v = share(p, rng.int(15, 35), 100)
    const fp = pctBp(rng, 2, 4)
    const fee = share(p, fp, 10000)
    return {
      stem: `An online shop's fixed costs are ${m(f)} a year. Its average order is ${m(p)}, with variable costs of ${m(v)} an order plus a card fee of ${bp(fp)} of the order (rounded to the cent). What annual revenue does it need to break even, to the cent (fixed costs ÷ contribution margin ratio)?`,
      key: m(share(f, p, p - v - fee)),
      wrong: [
        [m(share(f, p, p - v)), 'leaves out the card fee'],
        [m(share(f, p + v + fee, p)), 'adds the variable-cost share to fixed costs'],
        [m(share(f, p, v + fee)), 'divides by the variable-cost ratio'],
        [
          m(share(f, v + fee, p - v - fee)),
          'divides by the contribution as a share of variable cost',
        ],
        [m(share(f, 10000, 10000 - fp)), 'grosses the fixed costs up for the card fee only'],
        [
          m(share(f, p, p - v - share(v, fp, 10000))),
          'charges the card fee on the variable cost, not the order',
        ],
        [m(share(f, p, p - v - 2 * fee)), 'charges the card fee twice'],
      ],
      figures: { f, p, v, fp },
    }
  }),
  family('blended-margin-of-a-mix', (rng) => {
    const m = money(rng)
    const lines = [0, 1, 2].map(() => ({
      u: rng.int(5, 90) * 10,
      p: whole(rng, 5, 120),
      g: pctBp(rng, 15, 70),
    }))
    const rev = lines.map((l) => l.u * l.p)
    const total = rev.reduce((a, b) => a + b, 0)
    const units0 = lines.reduce((a, l) => a + l.u, 0)
    const biggest = rev.indexOf(Math.max(...rev))
    const desc = lines
      .map(
        (l, i) =>
          `product ${'ABC'[i]} sold ${units(l.u)} at ${m(l.p)} with a ${bp(l.g)} gross margin`,
      )
      .join('; ')
    return {
      stem: `Last month ${desc}. What was the blended gross margin across the three, as a percentage of total revenue to two decimal places?`,
      key: bp(
        share(
          lines.reduce((a, l, i) => a + rev[i]! * l.g, 0),
          1,
          total,
        ),
      ),
      wrong: [
        [bp(share(lines[0]!.g + lines[1]!.g + lines[2]!.g, 1, 3)), 'averages the three margins'],
        [
          bp(
            share(
              lines.reduce((a, l) => a + l.u * l.g, 0),
              1,
              units0,
            ),
          ),
          'weights the margins by units, not revenue',
        ],
        [bp(lines[biggest]!.g), 'takes the margin of the biggest line'],
        [
          bp(
            share(
              lines.reduce((a, l) => a + l.p * l.g, 0),
              1,
              lines.reduce((a, l) => a + l.p, 0),
            ),
          ),
          'weights the margins by unit price',
        ],
      ],
      figures: {
        ...Object.fromEntries(
          lines.flatMap((l, i) => [
            [`u${i}`, l.u],
            [`p${i}`, l.p],
            [`g${i}`, l.g],
          ]),
        ),
      },
    }
  }),
  family('marketplace-price-for-margin-after-fees', (rng) => {
    const m = money(rng)
    const [c, s, f] = [cents(rng, 4, 60), cents(rng, 2, 9), rng.int(20, 99)]
    const [g, p] = [pctBp(rng, 20, 40), pctBp(rng, 8, 15)]
    const base = c + s + f
    return {
      stem: `An e-commerce seller lists on a marketplace that takes a ${bp(p)} referral fee on the selling price plus ${m(f)} per order. The product costs ${m(c)} and shipping ${m(s)}. What price gives a ${bp(g)} margin on the selling price after all of these, to the cent (price = costs ÷ (1 − margin − fee rate))?`,
      key: m(share(base, 10000, 10000 - g - p)),
      wrong: [
        [m(share(base, 10000, 10000 - g)), 'leaves out the referral fee'],
        [m(share(c + s, 10000, 10000 - g - p)), 'leaves out the per-order fee'],
        [m(share(base, 10000 + g + p, 10000)), 'marks costs up by the margin and fee rates'],
        [m(share(base, 10000, 10000 - g - p) + f), 'adds the per-order fee again on top'],
        [
          m(share(base, 10000, 10000 - g - 2 * p)),
          'charges the referral fee twice, on price and again on margin',
        ],
      ],
      figures: { c, s, f, g, p },
    }
  }),
  family('markup-chain-to-shelf-price', (rng) => {
    const m = money(rng)
    const c = cents(rng, 2, 80)
    const [a, b] = [pctBp(rng, 20, 60, 5), pctBp(rng, 30, 90, 5)]
    const w = share(c, 10000 + a, 10000)
    return {
      stem: `A manufacturer makes a product for ${m(c)} and sells it to retailers at a ${bp(a)} markup on its cost; retailers add a ${bp(b)} markup on what they pay. Each price is rounded to the cent. What is the shelf price?`,
      key: m(share(w, 10000 + b, 10000)),
      wrong: [
        [m(share(c, 10000 + a + b, 10000)), 'adds the two markups together'],
        [m(share(share(c, 10000, 10000 - a), 10000, 10000 - b)), 'treats both markups as margins'],
        [m(share(c, 10000 + b, 10000)), 'applies only the retailer’s markup, to the maker’s cost'],
        [m(share(w, 10000, 10000 - b)), 'treats the retail markup as a margin'],
        [m(w), 'stops at the wholesale price'],
      ],
      figures: { c, a, b },
    }
  }),
  family('gross-profit-change-after-cut-and-lift', (rng) => {
    const m = money(rng)
    const p = whole(rng, 10, 150)
    const c = share(p, rng.int(30, 65), 100)
    const v = rng.int(5, 60) * 100
    const d = pctBp(rng, 5, 25)
    const u = pctBp(rng, 5, 40)
    const pn = p - share(p, d, 10000)
    const v2 = v + (v * u) / 10000
    return {
      stem: `A product sells ${units(v)} a month at ${m(p)} with a unit cost of ${m(c)}. A test of a ${bp(d)} price cut (new price rounded to the cent) lifted volume by ${bp(u)}. By how much did monthly gross profit change (a fall shown with a minus sign)?`,
      key: m(v2 * (pn - c) - v * (p - c)),
      wrong: [
        [m(v2 * pn - v * p), 'gives the change in revenue'],
        [m(v * (pn - c) - v * (p - c)), 'ignores the extra volume'],
        [
          m(share(v * (p - c), u - d, 10000)),
          'nets the lift and cut percentages against gross profit',
        ],
        [m((v2 - v) * (p - c)), 'counts the extra units at the old margin and nothing else'],
      ],
      figures: { p, c, v, d, u },
    }
  }),
  family('price-to-keep-margin-after-cost-rise', (rng) => {
    const m = money(rng)
    const p = whole(rng, 10, 200)
    const c = share(p, rng.int(55, 80), 100)
    const c2 = c + share(c, pctBp(rng, 4, 20), 10000)
    return {
      stem: `A product sells at ${m(p)} and its unit cost has risen from ${m(c)} to ${m(c2)}. The client wants to keep the same gross margin percentage. What new price should it charge, to the cent?`,
      key: m(share(p, c2, c)),
      wrong: [
        [m(p + c2 - c), 'keeps the money margin, not the percentage'],
        [m(share(c2, 2 * p - c, p)), 'marks the new cost up by the old margin percentage'],
        [
          m(share(c2, c, 2 * c - p)),
          'divides the new cost by 1 − the markup, as if it were the margin',
        ],
        [
          m(share(p, 10000 + share(c2 - c, 10000, p), 10000)),
          'raises the price by the cost rise as a share of the price',
        ],
        [m(share(c2, p, p - c)), 'divides the new cost by the margin, not by 1 − margin'],
        [m(p), 'keeps the old price'],
      ],
      figures: { p, c, c2 },
    }
  }),
  family('largest-discount-above-margin-floor', (rng) => {
    const m = money(rng)
    const p = whole(rng, 50, 900)
    const c = share(p, rng.int(30, 55), 100)
    const f = pctBp(rng, 15, 30, 5)
    const top = p * (10000 - f)
    return {
      stem: `A sales team sells a product listed at ${m(p)} that costs ${m(c)}. Policy says no deal may go below a ${bp(f)} gross margin on the discounted price. What is the largest discount off list allowed, as a percentage to two decimal places?`,
      key: bp(share(top - c * 10000, 10000, top)),
      wrong: [
        [bp(share(p - c, 10000, p) - f), 'subtracts the floor from the list margin'],
        [
          bp(share(p * 10000 - c * (10000 + f), 10000, p * 10000)),
          'treats the floor as a markup on cost',
        ],
        [bp(share(p - c, 10000, p)), 'discounts all the way down to cost'],
        [
          bp(share(top - c * 10000, 1, c)),
          'measures the discount against the floor price, not list',
        ],
      ],
      figures: { p, c, f },
    }
  }),
  family('cost-plus-with-fixed-cost-allocation', (rng) => {
    const m = money(rng)
    const v = cents(rng, 3, 40)
    const fx = whole(rng, 20, 300) * 10
    const qc = rng.int(20, 80) * 100
    const q = share(qc, rng.int(45, 85), 100)
    const k = pctBp(rng, 20, 60, 5)
    const unit = v + share(fx, 1, q)
    return {
      stem: `A workshop's variable cost is ${m(v)} a unit and its fixed costs are ${m(fx)} a month. It can make ${units(qc)} a month but expects to sell ${units(q)}. It prices at full cost (fixed costs spread over expected sales, rounded to the cent) plus a ${bp(k)} markup. What price, to the cent?`,
      key: m(share(unit, 10000 + k, 10000)),
      wrong: [
        [m(share(v, 10000 + k, 10000)), 'leaves the fixed costs out'],
        [
          m(share(v + share(fx, 1, qc), 10000 + k, 10000)),
          'spreads fixed costs over capacity, not expected sales',
        ],
        [m(share(v, 10000 + k, 10000) + share(fx, 1, q)), 'marks up only the variable cost'],
        [m(share(unit, 10000, 10000 - k)), 'treats the markup as a margin'],
        [m(unit), 'leaves out the markup'],
      ],
      figures: { v, fx, qc, q, k },
    }
  }),
]
