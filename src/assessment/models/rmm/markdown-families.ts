import { VariantError } from '../assemble-variant.js'
import {
  add,
  bpText,
  cap,
  cash,
  cc,
  comp,
  countOf,
  div,
  draw99,
  drawPct,
  floor,
  moneyDirected,
  moneyOf,
  mul,
  n,
  num,
  pct,
  rate,
  sub,
  worked,
} from './rmm-text.js'

// Markdowns and promotions as a merchandiser plans and reports them. A markdown percentage on a
// ticket is of the original price; a markdown percentage in a report is of net sales, as the
// stems say. The slips are the ones merchandisers make: dividing by the wrong base, forgetting a
// cancellation, a baseline or a cannibalised line, or funding, and quoting the headline rate.

const SHOPS = [
  'a department store',
  'a fashion chain',
  'a garden centre group',
  'a homewares chain',
] as const

export const MARKDOWN_FAMILIES = [
  worked('total-markdown-percent-after-two-markdowns', (rng) => {
    const o = draw99(rng, 30, 160)
    const s1 = Math.round((o * rng.int(65, 85)) / 100 / 100) * 100 - 1
    const s2 = Math.round((s1 * rng.int(55, 85)) / 100 / 100) * 100 - 1
    const m$ = moneyOf(rng)
    return {
      stem: `A coat ticketed at ${cash(m$, o)} was marked down to ${cash(m$, s1)} and is now marked down again to ${cash(m$, s2)}. What total markdown goes on the clearance sign, as a percentage of the original ticket to two decimal places (halves up)?`,
      show: pct,
      key: div(cc(o - s2), cc(o)),
      wrong: [
        [div(cc(s1 - s2), cc(s1)), 'gives only the second markdown, off the first sale price'],
        [div(cc(s1 - s2), cc(o)), 'counts only the second reduction'],
        [div(cc(o - s2), cc(s2)), 'divides the reduction by the clearance price'],
        [
          add(div(cc(o - s1), cc(o)), div(cc(s1 - s2), cc(s1))),
          'adds the two markdown percentages',
        ],
        [div(cc(s2), cc(o)), 'gives the clearance price as a share of the original'],
      ],
      figures: { o, s1, s2 },
    }
  }),
  worked('markdown-percent-of-net-sales-with-cancellations', (rng) => {
    const sales = rng.int(20, 150) * 1000000
    const g = Math.round((sales * rng.int(100, 220)) / 1000 / 100) * 100
    const canc = Math.round((g * rng.int(5, 25)) / 100 / 100) * 100
    const ret = Math.round((sales * rng.int(30, 80)) / 1000 / 100) * 100
    const m$ = moneyOf(rng)
    return {
      stem: `In a month a department had gross sales of ${cash(m$, sales + ret)}, customer returns of ${cash(m$, ret)}, gross markdowns of ${cash(m$, g)} and markdown cancellations of ${cash(m$, canc)}. What was its net markdown as a percentage of net sales, to two decimal places (halves up)?`,
      show: pct,
      key: div(cc(g - canc), cc(sales)),
      wrong: [
        [div(cc(g), cc(sales)), 'ignores the markdown cancellations'],
        [div(cc(g - canc), cc(sales + ret)), 'divides by gross sales'],
        [div(cc(g + canc), cc(sales)), 'adds the cancellations to the markdowns'],
        [div(cc(g - canc), cc(sales + g - canc)), 'divides by sales plus markdowns'],
        [div(cc(g), cc(sales + ret)), 'ignores the cancellations and divides by gross sales'],
      ],
      figures: { sales, ret, g, canc },
    }
  }),
  worked('net-markdown-after-a-markdown-cancellation', (rng) => {
    const o = draw99(rng, 30, 120)
    const s = Math.round((o * rng.int(50, 75)) / 100 / 100) * 100 - 1
    const back = draw99(rng, Math.ceil(s / 100) + 2, Math.floor(o / 100))
    const units = rng.int(40, 300)
    const left = Math.round((units * rng.int(20, 60)) / 100)
    const m$ = moneyOf(rng)
    const md = mul(units, cc(o - s))
    return {
      stem: `For a two-week event a merchandiser marks ${n(units)} units down from ${cash(m$, o)} to ${cash(m$, s)}. When the event ends, the ${n(left)} units left are marked back up to ${cash(m$, back)}. What is the net markdown on the line?`,
      show: m$,
      key: sub(md, mul(left, cc(back - s))),
      wrong: [
        [sub(md, mul(left, cc(o - s))), 'cancels back to the original price, not to the new one'],
        [md, 'ignores the cancellation'],
        [sub(md, mul(units, cc(back - s))), 'cancels on every unit marked down, not those left'],
        [mul(units - left, cc(o - s)), 'counts the markdown only on the units sold in the event'],
        [add(md, mul(left, cc(back - s))), 'adds the cancellation to the markdown'],
        [sub(md, mul(left, cc(o - back))), 'cancels only the part of the markdown not restored'],
      ],
      figures: { o, s, back, units, left },
    }
  }),
  worked('second-item-half-price-effective-discount', (rng) => {
    const a = draw99(rng, 10, 80)
    const b = draw99(rng, 6, Math.floor(a / 100))
    const d = rng.pick([5000, 5000, 2500, 4000])
    const off = mul(cc(b), rate(d))
    const m$ = moneyOf(rng)
    return {
      stem: `A shop runs "buy one, get the second at ${bpText(d)} off", the discount always on the cheaper item. A customer buys one item at ${cash(m$, a)} and one at ${cash(m$, b)}. What is the effective discount on the pair, as a percentage of its full price to two decimal places (halves up)?`,
      show: pct,
      key: div(off, cc(a + b)),
      wrong: [
        [rate(d), 'quotes the headline discount'],
        [div(rate(d), 2), 'halves the headline discount, as for two equal items'],
        [div(mul(cc(a), rate(d)), cc(a + b)), 'takes the discount off the dearer item'],
        [div(off, cc(a)), 'divides the saving by the item paid in full'],
        [div(off, sub(cc(a + b), off)), 'divides the saving by the amount paid'],
      ],
      figures: { a, b, d },
    }
  }),
  worked('promotional-margin-at-a-percentage-off', (rng) => {
    const r = draw99(rng, 5, 80)
    const c = Math.round((r * rng.int(38, 55)) / 100)
    const d = drawPct(rng, 10, 35, 5)
    const sale = mul(cc(r), comp(rate(d)))
    const m$ = moneyOf(rng)
    return {
      stem: `A line sells at ${cash(m$, r)} and costs ${cash(m$, c)}. What is its gross margin during a ${bpText(d)}-off promotion, as a percentage of the promotional selling price to two decimal places (halves up)? (Work from the exact promotional price.)`,
      show: pct,
      key: div(sub(sale, cc(c)), sale),
      wrong: [
        [sub(div(cc(r - c), cc(r)), rate(d)), 'takes the discount straight off the margin'],
        [div(sub(sale, cc(c)), cc(r)), 'divides by the regular price'],
        [div(cc(r - c), cc(r)), 'keeps the regular margin'],
        [div(sub(sale, cc(c)), cc(c)), 'states the markup on cost'],
        [mul(div(cc(r - c), cc(r)), comp(rate(d))), 'scales the margin down by the discount'],
      ],
      figures: { r, c, d },
    }
  }),
  worked('break-even-unit-lift-with-vendor-funding', (rng) => {
    const r = draw99(rng, 4, 60)
    const c = Math.round((r * rng.int(40, 55)) / 100)
    const d = drawPct(rng, 15, 30, 5)
    const fund = Math.round((r * d * rng.int(20, 50)) / 1000000)
    const gp = cc(r - c)
    const promo = add(sub(mul(cc(r), comp(rate(d))), cc(c)), cc(fund))
    const lift = (per: typeof gp) => sub(div(gp, per), 1)
    const m$ = moneyOf(rng)
    return {
      stem: `A line sells at ${cash(m$, r)} and costs ${cash(m$, c)}. For a ${bpText(d)}-off promotion the supplier funds ${cash(m$, fund)} a unit sold. By what percentage must unit sales rise for the promotion to earn the same gross profit as a normal week? Give a percentage to two decimal places (halves up).`,
      show: pct,
      key: lift(promo),
      wrong: [
        [lift(sub(mul(cc(r), comp(rate(d))), cc(c))), 'ignores the supplier funding'],
        [div(rate(d), div(gp, cc(r))), 'divides the discount by the margin'],
        [rate(d), 'takes the lift to equal the discount'],
        [lift(add(promo, cc(fund))), 'counts the funding twice'],
        [sub(div(cc(r), mul(cc(r), comp(rate(d)))), 1), 'holds revenue, not gross profit, level'],
      ],
      figures: { r, c, d, fund },
    }
  }),
  worked('markdown-budget-left-for-the-month', (rng) => {
    const s = rng.int(20, 120) * 1000000
    const md = drawPct(rng, 8, 18, 0.5)
    const taken = Math.round((s * md * rng.int(30, 70)) / 1000000 / 100) * 100
    const canc = Math.round((taken * rng.int(3, 12)) / 100 / 100) * 100
    const stock = Math.round((s * rng.int(25, 40)) / 10 / 100) * 100
    const budget = mul(cc(s), rate(md))
    const m$ = moneyOf(rng)
    return {
      stem: `A department plans net sales of ${cash(m$, s)} this month with a markdown budget of ${bpText(md)} of planned net sales; it opened the month with ${cash(m$, stock)} of stock at retail. It has taken ${cash(m$, taken)} of markdowns so far and cancelled ${cash(m$, canc)} of them. How much markdown budget is left for the month?`,
      show: m$,
      key: sub(budget, cc(taken - canc)),
      wrong: [
        [sub(budget, cc(taken)), 'ignores the cancellations'],
        [sub(mul(cc(stock), rate(md)), cc(taken - canc)), 'takes the budget on the stock'],
        [sub(budget, cc(taken + canc)), 'counts the cancellations as more markdown'],
        [budget, 'forgets the markdowns already taken'],
        [cc(taken - canc), 'gives the net markdown taken, not the budget left'],
      ],
      figures: { s, md, taken, canc, stock },
    }
  }),
  worked('clearance-price-to-reach-the-season-margin', (rng) => {
    const p = draw99(rng, 20, 90)
    const units = rng.int(20, 80) * 10
    const sold = Math.round((units * rng.int(40, 60)) / 100)
    const mu = drawPct(rng, 55, 65)
    const c = Math.round((p * (10000 - mu)) / 10000)
    const m = mu - rng.int(8, 18) * 100
    const need = div(mul(units, cc(c)), comp(rate(m)))
    const rest = units - sold
    const key = div(sub(need, mul(sold, cc(p))), rest)
    // A clearance price must sit between a token price and the full price to be a markdown.
    if (num(key) < 0.15 * (p / 100) || num(key) >= p / 100)
      throw new VariantError('no clearance price below full price reaches the margin')
    const m$ = moneyOf(rng)
    return {
      stem: `A buyer bought ${n(units)} units of a style at ${cash(m$, c)} and has sold ${n(sold)} at ${cash(m$, p)}. The buy must end the season at a gross margin of ${bpText(m)} of its sales. At what single clearance price must the other ${n(rest)} units sell? Round up to the cent.`,
      show: moneyDirected(m$, 'up'),
      key,
      wrong: [
        [
          div(sub(mul(units, cc(c), add(1, rate(m))), mul(sold, cc(p))), rest),
          'reads the margin as a markup on cost',
        ],
        [div(cc(c), comp(rate(m))), 'prices the rest alone to the margin'],
        [
          div(sub(need, mul(sold, cc(p))), units),
          'spreads the revenue still needed over every unit',
        ],
        [mul(cc(p), comp(rate(m))), 'marks the price down by the margin rate'],
        [div(need, rest), 'spreads the whole buy’s revenue over the units left'],
        [
          div(sub(need, mul(sold, cc(c))), rest),
          'credits the units sold at cost, not at their price',
        ],
      ],
      figures: { p, units, sold, c, m },
    }
  }),
  worked('blended-margin-of-a-promotion-week', (rng) => {
    const r = draw99(rng, 5, 60)
    const c = Math.round((r * rng.int(40, 55)) / 100)
    const d = drawPct(rng, 20, 40, 5)
    const uf = rng.int(50, 400)
    const up = rng.int(200, 1500)
    const sp = mul(cc(r), comp(rate(d)))
    const sales = add(mul(uf, cc(r)), mul(up, sp))
    const gp = sub(sales, mul(uf + up, cc(c)))
    const mFull = div(cc(r - c), cc(r))
    const mPromo = div(sub(sp, cc(c)), sp)
    const m$ = moneyOf(rng)
    return {
      stem: `In a promotion week a line sold ${n(uf)} units at its regular ${cash(m$, r)} (to customers outside the offer) and ${n(up)} units at ${bpText(d)} off. It costs ${cash(m$, c)}. What was the week's gross margin as a percentage of sales, to two decimal places (halves up)? (Work from the exact promotional price.)`,
      show: pct,
      key: div(gp, sales),
      wrong: [
        [div(add(mFull, mPromo), 2), 'averages the two margins'],
        [
          div(add(mul(uf, mFull), mul(up, mPromo)), uf + up),
          'weights the margins by units, not sales',
        ],
        [mPromo, 'uses the promotional margin alone'],
        [div(gp, mul(uf + up, cc(r))), 'divides by sales at the regular price'],
      ],
      figures: { r, c, d, uf, up },
    }
  }),
  worked('incremental-gross-profit-of-a-promotion', (rng) => {
    const r = draw99(rng, 3, 30)
    const c = Math.round((r * rng.int(35, 45)) / 100)
    const d = drawPct(rng, 10, 25, 5)
    const base = rng.int(100, 600)
    const sold = Math.round((base * rng.int(220, 400)) / 100)
    const rs = draw99(rng, 3, 30)
    const cs = Math.round((rs * rng.int(40, 55)) / 100)
    const lost = Math.round((base * rng.int(5, 25)) / 100)
    const gpPromo = sub(mul(cc(r), comp(rate(d))), cc(c))
    const m$ = moneyOf(rng)
    const tot = mul(sold, gpPromo)
    return {
      stem: `A line normally sells ${n(base)} units a week at ${cash(m$, r)} (cost ${cash(m$, c)}). At ${bpText(d)} off it sold ${n(sold)} units, and a substitute line (price ${cash(m$, rs)}, cost ${cash(m$, cs)}) sold ${n(lost)} fewer units than its normal week. What incremental gross profit did the promotion earn, to the cent (halves up)? (Work from the exact promotional price.)`,
      show: m$,
      key: sub(sub(tot, mul(base, cc(r - c))), mul(lost, cc(rs - cs))),
      wrong: [
        [tot, 'counts all the promotional gross profit as incremental'],
        [sub(tot, mul(base, cc(r - c))), 'ignores the cannibalised substitute'],
        [
          sub(mul(sold - base, gpPromo), mul(lost, cc(rs - cs))),
          'values the baseline at the promotional margin',
        ],
        [
          sub(sub(tot, mul(base, cc(r - c))), mul(lost, cc(rs))),
          'takes the substitute’s lost sales, not its lost gross profit',
        ],
      ],
      figures: { r, c, d, base, sold, rs, cs, lost },
    }
  }),
  worked('promotional-lift-net-of-the-post-promotion-dip', (rng) => {
    const base = rng.int(200, 900)
    const sold = Math.round((base * rng.int(160, 320)) / 100)
    const dip = Math.round((base * rng.int(10, 45)) / 100)
    return {
      stem: `A line's baseline is ${n(base)} units a week. In the promotion week it sold ${n(sold)} units, and in the week after, while customers used up what they had stocked, it sold ${n(base - dip)}. Counting the dip against the promotion, what was the net lift as a percentage of one week's baseline, to two decimal places (halves up)?`,
      show: pct,
      key: div(sold - base - dip, base),
      wrong: [
        [div(sold - base, base), 'ignores the post-promotion dip'],
        [div(sold - base - dip, sold), 'divides by the promotion week’s sales'],
        [div(sold, base), 'gives promotion sales as a share of baseline'],
        [div(sold - base + dip, base), 'adds the dip to the lift'],
        [div(sold - base - dip, 2 * base), 'divides by two weeks’ baseline'],
        [div(sold - base - dip, sold + base - dip), 'divides by the two weeks’ actual sales'],
      ],
      figures: { base, sold, dip },
    }
  }),
  worked('point-of-sale-markdown-recorded', (rng) => {
    const r = draw99(rng, 5, 90)
    const d = drawPct(rng, 15, 40, 5)
    const onHand = rng.int(100, 900)
    const sold = Math.round((onHand * rng.int(20, 60)) / 100)
    const m$ = moneyOf(rng)
    return {
      stem: `A one-week "${bpText(d)} off at the till" event runs on a line ticketed ${cash(m$, r)}; the tickets are not changed. There were ${n(onHand)} units on hand and ${n(sold)} sold during the event. Under a point-of-sale markdown, recorded on units as they sell, what markdown is recorded for the event, to the cent (halves up)?`,
      show: m$,
      key: mul(sold, cc(r), rate(d)),
      wrong: [
        [mul(onHand, cc(r), rate(d)), 'records it on every unit on hand, as a permanent markdown'],
        [mul(sold, cc(r), comp(rate(d))), 'records the sales value, not the markdown'],
        [mul(onHand - sold, cc(r), rate(d)), 'records it on the units left'],
        [mul(onHand, cc(r), comp(rate(d))), 'records the value of the stock at the event price'],
        [mul(sold, cc(r), comp(rate(d)), rate(d)), 'takes the percentage off the event price'],
      ],
      figures: { r, d, onHand, sold },
    }
  }),
  worked('maintained-markup-of-a-buy-after-markdowns', (rng) => {
    const p = draw99(rng, 20, 90)
    const units = rng.int(20, 80) * 10
    const c = Math.round((p * rng.int(38, 48)) / 100)
    const s1 = Math.round((units * rng.int(40, 60)) / 100)
    const s2 = Math.round((units * rng.int(15, 30)) / 100)
    const p2 = Math.round((p * rng.int(60, 75)) / 100 / 100) * 100 - 1
    const p3 = Math.round((p * rng.int(35, 50)) / 100 / 100) * 100 - 1
    const s3 = units - s1 - s2
    const sales = add(mul(s1, cc(p)), mul(s2, cc(p2)), mul(s3, cc(p3)))
    const cost = mul(units, cc(c))
    const m$ = moneyOf(rng)
    return {
      stem: `A buy of ${n(units)} units cost ${cash(m$, c)} each. ${n(s1)} sold at ${cash(m$, p)}, ${n(s2)} at a first markdown price of ${cash(m$, p2)} and the last ${n(s3)} at ${cash(m$, p3)}. What maintained markup did the buy earn, as a percentage of its sales to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(sales, cost), sales),
      wrong: [
        [div(cc(p - c), cc(p)), 'gives the initial markup'],
        [div(sub(sales, cost), mul(units, cc(p))), 'divides by the buy at its original retail'],
        [div(sub(sales, cost), cost), 'states the markup on cost'],
        [
          div(add(div(cc(p - c), cc(p)), div(cc(p2 - c), cc(p2)), div(cc(p3 - c), cc(p3))), 3),
          'averages the markups at the three prices',
        ],
        [
          div(
            add(
              mul(s1, div(cc(p - c), cc(p))),
              mul(s2, div(cc(p2 - c), cc(p2))),
              mul(s3, div(cc(p3 - c), cc(p3))),
            ),
            units,
          ),
          'averages the markups at the three prices weighted by units',
        ],
      ],
      figures: { p, units, c, s1, s2, p2, p3 },
    }
  }),
  worked('lowest-promotional-price-above-a-margin-floor-with-funding', (rng) => {
    const r = draw99(rng, 5, 80)
    const c = Math.round((r * rng.int(45, 58)) / 100)
    const f = Math.round((c * rng.int(8, 25)) / 100)
    const m = drawPct(rng, 20, 35)
    const net = cc(c - f)
    const m$ = moneyOf(rng)
    return {
      stem: `A line sells at ${cash(m$, r)} and costs ${cash(m$, c)}; for a promotion the supplier funds ${cash(m$, f)} a unit sold. The retailer's rule is that a promotion keeps a gross margin of at least ${bpText(m)} of the promotional price, counting the funding off cost. What is the lowest promotional price allowed, rounded up to the cent?`,
      show: moneyDirected(m$, 'up'),
      key: div(net, comp(rate(m))),
      wrong: [
        [div(cc(c), comp(rate(m))), 'ignores the supplier funding'],
        [mul(net, add(1, rate(m))), 'reads the floor as a markup on cost'],
        [div(cc(c + f), comp(rate(m))), 'adds the funding to cost'],
        [sub(div(cc(c), comp(rate(m))), cc(f)), 'takes the funding off the price, not off cost'],
      ],
      figures: { r, c, f, m },
    }
  }),
  worked('retail-reductions-percent-of-net-sales', (rng) => {
    const s = rng.int(20, 150) * 1000000
    const part = (lo: number, hi: number) => Math.round((s * rng.int(lo, hi)) / 1000 / 100) * 100
    const [md, canc, ed, sh] = [part(90, 200), part(5, 20), part(5, 20), part(10, 30)]
    const m$ = moneyOf(rng)
    return {
      stem: `For the season a department's net sales were ${cash(m$, s)}. It took ${cash(m$, md)} of gross markdowns and cancelled ${cash(m$, canc)} of them, gave ${cash(m$, ed)} of employee discounts, and its stock count showed ${cash(m$, sh)} of shrinkage at retail. What were its total retail reductions as a percentage of net sales, to two decimal places (halves up)?`,
      show: pct,
      key: div(cc(md - canc + ed + sh), cc(s)),
      wrong: [
        [div(cc(md + ed + sh), cc(s)), 'ignores the markdown cancellations'],
        [div(cc(md - canc), cc(s)), 'counts markdowns as the only reduction'],
        [div(cc(md - canc + ed), cc(s)), 'leaves shrinkage out'],
        [
          div(cc(md - canc + ed + sh), cc(s + md - canc + ed + sh)),
          'divides by sales plus reductions',
        ],
        [div(cc(md + canc + ed + sh), cc(s)), 'adds the cancellations to the markdowns'],
        [
          div(cc(md - canc + ed + sh), cc(s - (md - canc + ed + sh))),
          'takes the reductions off sales first',
        ],
      ],
      figures: { s, md, canc, ed, sh },
    }
  }),
  worked('units-to-sell-at-clearance-to-recover-the-cost', (rng) => {
    const units = rng.int(20, 80) * 10
    const p = draw99(rng, 20, 90)
    const c = Math.round((p * rng.int(40, 50)) / 100)
    const sold = Math.round((units * rng.int(20, 35)) / 100)
    const cl = Math.round((p * rng.int(35, 55)) / 100 / 100) * 100 - 1
    const short = sub(mul(units, cc(c)), mul(sold, cc(p)))
    // A buy whose cost needs more clearance units than are left cannot be recovered at all.
    if (num(div(short, cc(cl))) > 0.85 * (units - sold))
      throw new VariantError('the clearance units cannot recover the cost')
    const m$ = moneyOf(rng)
    return {
      stem: `${cap(rng.pick(SHOPS))} bought ${n(units)} units at ${cash(m$, c)} and sold ${n(sold)} at ${cash(m$, p)} before the rest went to clearance at ${cash(m$, cl)}. How many clearance units must it sell for the buy's sales to recover its whole cost? Round up to a whole unit.`,
      show: countOf('units', 'up'),
      key: div(short, cc(cl)),
      wrong: [
        [div(mul(units, cc(c)), cc(cl)), 'ignores the sales already made'],
        [floor(div(short, cc(cl))), 'rounds down, leaving part of the cost unrecovered'],
        [div(short, cc(p)), 'divides by the full price'],
        [div(mul(units - sold, cc(c)), cc(cl)), 'recovers only the unsold units’ cost'],
        [div(short, cc(p - cl)), 'divides by the markdown per unit, not the clearance price'],
      ],
      figures: { units, p, c, sold, cl },
    }
  }),
]
