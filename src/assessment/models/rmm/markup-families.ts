import {
  add,
  bpText,
  cap,
  cash,
  cc,
  ceil,
  comp,
  div,
  draw99,
  drawCents,
  drawPct,
  floor,
  moneyDirected,
  moneyOf,
  mul,
  n,
  pct,
  rate,
  sub,
  worked,
} from './rmm-text.js'

// Markup and pricing as a buyer prices a range. Markup is on retail (the selling price net of
// any VAT) unless a stem says on cost; where VAT is in a ticket the stem gives its rate, and
// the slips are the ones buyers make: working from the VAT-inclusive ticket, quoting the markup
// on cost or the cost complement, leaving freight, duty or reductions out of the sum.

const BUYERS = ['a fashion buyer', 'a homewares buyer', 'a toy buyer', 'a footwear buyer'] as const
const VAT = [2000, 1900, 2100] as const

export const MARKUP_FAMILIES = [
  worked('markup-on-net-retail-from-a-vat-ticket', (rng) => {
    const v = rng.pick(VAT)
    const c = drawCents(rng, 4, 60)
    const m = drawPct(rng, 40, 62)
    const g = Number(ceil(mul(div(cc(c), comp(rate(m))), add(1, rate(v)))).n) * 100 - 1
    const net = div(cc(g), add(1, rate(v)))
    const m$ = moneyOf(rng)
    return {
      stem: `${cap(rng.pick(BUYERS))} buys a line at ${cash(m$, c)} a unit (excluding VAT) and will ticket it at ${cash(m$, g)} including VAT at ${bpText(v)}. What is the initial markup as a percentage of the net retail price (the ticket excluding VAT), to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(net, cc(c)), net),
      wrong: [
        [div(sub(cc(g), cc(c)), cc(g)), 'works from the VAT-inclusive ticket'],
        [div(sub(net, cc(c)), cc(c)), 'states the markup on cost'],
        [div(cc(c), net), 'gives the cost complement, cost as a share of net retail'],
        [
          div(sub(mul(cc(g), comp(rate(v))), cc(c)), mul(cc(g), comp(rate(v)))),
          'takes the VAT rate off the ticket instead of dividing by one plus the rate',
        ],
        [div(sub(net, cc(c)), cc(g)), 'divides the net markup by the VAT-inclusive ticket'],
      ],
      figures: { c, g, v },
    }
  }),
  worked('retail-price-raised-to-a-99-ending', (rng) => {
    const c = drawCents(rng, 3, 80)
    const m = drawPct(rng, 35, 60, 0.5)
    const raw = div(cc(c), comp(rate(m)))
    // The smallest price ending in .99 at or above x, and the largest at or below it.
    const up99 = (x: typeof raw) => sub(ceil(add(x, div(1, 100))), div(1, 100))
    const down99 = (x: typeof raw) => sub(floor(add(x, div(1, 100))), div(1, 100))
    const m$ = moneyOf(rng)
    return {
      stem: `A buyer prices a new line costing ${cash(m$, c)} a unit for an initial markup of ${bpText(m)} on retail. House rule: raise the price to the next price ending in .99 (a price already ending in .99 stays). What ticket price should the buyer set?`,
      show: m$,
      key: up99(raw),
      wrong: [
        [up99(mul(cc(c), add(1, rate(m)))), 'applies the markup to cost, as a markup on cost'],
        [down99(raw), 'drops to the .99 below, leaving the markup under target'],
        [up99(div(cc(c), rate(m))), 'divides the cost by the markup rate, not by one minus it'],
        [sub(raw, cc(c)), 'gives the markup in money, not the ticket price'],
      ],
      figures: { c, m },
    }
  }),
  worked('cost-ceiling-from-a-vat-ticket-and-target-markup', (rng) => {
    const v = rng.pick(VAT)
    const g = draw99(rng, 8, 150)
    const m = drawPct(rng, 40, 65)
    const net = div(cc(g), add(1, rate(v)))
    const m$ = moneyOf(rng)
    return {
      stem: `A buyer wants a line on the shelf at ${cash(m$, g)} including VAT at ${bpText(v)}, with an initial markup of at least ${bpText(m)} on net retail (the ticket excluding VAT). What is the most the buyer can pay a unit, excluding VAT, rounded down to the cent?`,
      show: moneyDirected(m$, 'down'),
      key: mul(net, comp(rate(m))),
      wrong: [
        [mul(cc(g), comp(rate(m))), 'applies the markup to the VAT-inclusive ticket'],
        [
          mul(cc(g), comp(rate(v)), comp(rate(m))),
          'takes the VAT rate off the ticket instead of dividing by one plus the rate',
        ],
        [div(net, add(1, rate(m))), 'treats the target as a markup on cost'],
        [mul(net, rate(m)), 'gives the markup in money, not the cost'],
      ],
      figures: { g, v, m },
    }
  }),
  worked('initial-markup-from-the-season-plan', (rng) => {
    const s = rng.int(40, 240) * 10000
    const pick = (lo: number, hi: number) => Math.round((s * rng.int(lo, hi)) / 1000 / 100) * 100
    const [e, p, md, sh, ed] = [
      pick(280, 360),
      pick(30, 80),
      pick(80, 200),
      pick(10, 30),
      pick(5, 20),
    ]
    const top = cc(e + p + md + sh + ed)
    const red = cc(md + sh + ed)
    const m$ = moneyOf(rng)
    return {
      stem: `A merchandise plan for the season has net sales of ${cash(m$, s)}, operating expenses of ${cash(m$, e)} and a profit goal of ${cash(m$, p)}. Planned reductions are markdowns ${cash(m$, md)}, shrinkage ${cash(m$, sh)} and employee discounts ${cash(m$, ed)}. What initial markup on retail must the planner take, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(top, add(cc(s), red)),
      wrong: [
        [div(cc(e + p), cc(s)), 'leaves the reductions out'],
        [div(top, cc(s)), 'adds the reductions to the top but not to the sales'],
        [div(cc(e + p + md), cc(s + md)), 'counts markdowns as the only reduction'],
        [div(cc(e + p), add(cc(s), red)), 'adds the reductions to the sales but not to the top'],
        [div(top, sub(add(cc(s), red), top)), 'states the initial markup on cost'],
      ],
      figures: { s, e, p, md, sh, ed },
    }
  }),
  worked('maintained-markup-after-reductions', (rng) => {
    const i = drawPct(rng, 45, 60, 0.5)
    const s = rng.int(30, 200) * 1000000
    const r = Math.round((s * rng.int(80, 220)) / 1000 / 100) * 100
    const mmu = sub(mul(rate(i), add(cc(s), cc(r))), cc(r))
    const m$ = moneyOf(rng)
    return {
      stem: `A department took an initial markup of ${bpText(i)} on retail. Over the season it had net sales of ${cash(m$, s)} and retail reductions (markdowns, shrinkage and employee discounts) of ${cash(m$, r)}. What maintained markup did it achieve, as a percentage of net sales to two decimal places (halves up)?`,
      show: pct,
      key: div(mmu, cc(s)),
      wrong: [
        [
          sub(rate(i), div(cc(r), cc(s))),
          'subtracts the reductions percentage from the initial markup',
        ],
        [div(mmu, add(cc(s), cc(r))), 'divides by the original retail, not by net sales'],
        [rate(i), 'takes the maintained markup to equal the initial one'],
        [div(mul(rate(i), add(cc(s), cc(r))), cc(s)), 'forgets to take the reductions off'],
        [
          sub(rate(i), div(cc(r), cc(s + r))),
          'subtracts the reductions as a share of the original retail',
        ],
        [div(mmu, sub(cc(s), mmu)), 'states the maintained markup on cost'],
      ],
      figures: { i, s, r },
    }
  }),
  worked('cumulative-markup-with-freight-in', (rng) => {
    const r0 = rng.int(40, 200) * 100000
    const r1 = rng.int(40, 200) * 100000
    const c0 = Math.round((r0 * rng.int(380, 480)) / 1000)
    const c1 = Math.round((r1 * rng.int(380, 480)) / 1000)
    const f = Math.round((c1 * rng.int(20, 60)) / 1000)
    const [tr, tc] = [cc(r0 + r1), cc(c0 + c1 + f)]
    const m$ = moneyOf(rng)
    return {
      stem: `At the start of the month a department's stock is ${cash(m$, c0)} at cost and ${cash(m$, r0)} at retail. It receives purchases of ${cash(m$, c1)} at cost and ${cash(m$, r1)} at retail, and pays ${cash(m$, f)} freight in on them. What is the cumulative markup on retail of the goods available, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(tr, tc), tr),
      wrong: [
        [div(sub(tr, cc(c0 + c1)), tr), 'leaves the freight out of the cost'],
        [
          div(add(div(cc(r0 - c0), cc(r0)), div(cc(r1 - c1 - f), cc(r1))), 2),
          'averages the two markup percentages',
        ],
        [div(cc(r1 - c1 - f), cc(r1)), 'uses the purchases alone'],
        [div(sub(tr, tc), tc), 'states the markup on cost'],
        [div(tc, tr), 'gives the cost complement'],
      ],
      figures: { c0, r0, c1, r1, f },
    }
  }),
  worked('markup-needed-on-remaining-purchases', (rng) => {
    const r = rng.int(50, 300) * 1000000
    const m = drawPct(rng, 48, 58)
    const r1 = Math.round((r * rng.int(30, 60)) / 100 / 100) * 100
    const mu1 = m - rng.int(2, 8) * 100
    const c1 = Math.round((r1 * (10000 - mu1)) / 10000)
    const remR = cc(r - r1)
    const remC = sub(mul(cc(r), comp(rate(m))), cc(c1))
    const m$ = moneyOf(rng)
    return {
      stem: `A buyer plans ${cash(m$, r)} of purchases at retail for the season at a cumulative markup of ${bpText(m)}. So far ${cash(m$, c1)} at cost has been bought for ${cash(m$, r1)} at retail. What markup on retail must the rest of the season's purchases carry, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(remR, remC), remR),
      wrong: [
        [rate(m), 'aims the remaining purchases at the season target'],
        [
          sub(mul(2, rate(m)), div(cc(r1 - c1), cc(r1))),
          'offsets the shortfall point for point, ignoring the purchases’ sizes',
        ],
        [div(remC, remR), 'gives the cost complement of the remaining purchases'],
        [div(sub(remR, remC), remC), 'states the remaining markup on cost'],
        [div(sub(remR, remC), cc(r)), 'divides the remaining markup by the season’s total retail'],
      ],
      figures: { r, m, r1, c1 },
    }
  }),
  worked('retail-price-from-landed-cost', (rng) => {
    const fob = drawCents(rng, 3, 40)
    const k = rng.pick([6, 8, 10, 12, 24])
    const fc = drawCents(rng, 2, 30)
    const d = drawPct(rng, 4, 17, 0.5)
    const m = drawPct(rng, 50, 65)
    const landed = add(cc(fob), div(cc(fc), k), mul(cc(fob), rate(d)))
    const price = (x: typeof landed) => div(x, comp(rate(m)))
    const m$ = moneyOf(rng)
    return {
      stem: `An importer buys a line at ${cash(m$, fob)} a unit FOB. Freight costs ${cash(m$, fc)} a carton of ${k} units, and duty is ${bpText(d)} of the FOB value. At an initial markup of ${bpText(m)} on retail, what retail price does the landed cost give, to the nearest cent (halves up)?`,
      show: m$,
      key: price(landed),
      wrong: [
        [price(cc(fob)), 'marks up the FOB cost alone'],
        [price(sub(landed, mul(cc(fob), rate(d)))), 'leaves the duty out'],
        [price(sub(landed, div(cc(fc), k))), 'leaves the freight out'],
        [mul(landed, add(1, rate(m))), 'applies the markup on cost'],
        [
          price(add(landed, mul(div(cc(fc), k), rate(d)))),
          'charges duty on the FOB cost plus freight',
        ],
        [
          price(add(landed, sub(cc(fc), div(cc(fc), k)))),
          'charges a carton’s freight to each unit',
        ],
      ],
      figures: { fob, k, fc, d, m },
    }
  }),
  worked('markup-on-a-multi-unit-price', (rng) => {
    const k = rng.int(2, 4)
    const c = drawCents(rng, 1, 9)
    const p = Math.round((k * c * rng.int(170, 220)) / 10000) * 100 - 1
    const single = Math.ceil((p * rng.int(115, 135)) / 100 / k / 100) * 100 - 1
    const m$ = moneyOf(rng)
    return {
      stem: `A grocery buyer sells a line at ${k} for ${cash(m$, p)} (${cash(m$, single)} singly); it costs ${cash(m$, c)} a unit. What is the markup on retail of the ${k}-for price, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(cc(p), mul(k, cc(c))), cc(p)),
      wrong: [
        [div(sub(cc(p), cc(c)), cc(p)), 'sets one unit’s cost against the whole multi-price'],
        [div(sub(cc(p), mul(k, cc(c))), mul(k, cc(c))), 'states the markup on cost'],
        [div(sub(cc(single), cc(c)), cc(single)), 'works from the single price'],
        [
          div(sub(cc(p), mul(k, cc(c))), mul(k, cc(single))),
          'divides the markup by the units’ value at the single price',
        ],
        [div(sub(div(cc(p), k), cc(c)), cc(p)), 'divides one unit’s markup by the whole price'],
        [div(mul(k, cc(c)), cc(p)), 'gives the cost complement'],
      ],
      figures: { k, c, p, single },
    }
  }),
  worked('markup-after-a-cost-rise-at-a-held-price', (rng) => {
    const r = draw99(rng, 6, 120)
    const mu = drawPct(rng, 45, 62)
    const c0 = Math.round((r * (10000 - mu)) / 10000)
    const x = drawPct(rng, 4, 18, 0.5)
    const c1 = mul(cc(c0), add(1, rate(x)))
    const old = div(cc(r - c0), cc(r))
    const m$ = moneyOf(rng)
    return {
      stem: `A line retails at ${cash(m$, r)} and costs ${cash(m$, c0)}. The supplier raises its cost by ${bpText(x)} and the buyer holds the retail price. What is the new markup on retail, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(cc(r), c1), cc(r)),
      wrong: [
        [sub(old, rate(x)), 'subtracts the cost rise from the markup'],
        [old, 'keeps the old markup'],
        [div(sub(cc(r), c1), c1), 'states the new markup on cost'],
        [mul(old, comp(rate(x))), 'cuts the markup by the rise as a share of itself'],
      ],
      figures: { r, c0, x },
    }
  }),
  worked('gross-margin-from-maintained-markup', (rng) => {
    const s = rng.int(50, 400) * 1000000
    const m = drawPct(rng, 38, 52, 0.5)
    const cd = Math.round((s * rng.int(5, 25)) / 1000 / 100) * 100
    const wc = Math.round((s * rng.int(3, 15)) / 1000 / 100) * 100
    const mmu = mul(cc(s), rate(m))
    const m$ = moneyOf(rng)
    return {
      stem: `A department's net sales for the season were ${cash(m$, s)} at a maintained markup of ${bpText(m)}. It earned ${cash(m$, cd)} of cash discounts from suppliers and spent ${cash(m$, wc)} on alterations and workroom costs. What was its gross margin in money?`,
      show: m$,
      key: add(mmu, cc(cd), mul(-1, cc(wc))),
      wrong: [
        [mmu, 'stops at the maintained markup'],
        [
          add(mmu, cc(wc), mul(-1, cc(cd))),
          'subtracts the cash discounts and adds the workroom costs',
        ],
        [add(mmu, cc(cd), cc(wc)), 'adds the workroom costs'],
        [sub(mmu, cc(cd + wc)), 'subtracts the cash discounts'],
      ],
      figures: { s, m, cd, wc },
    }
  }),
  worked('average-cost-limit-for-the-remaining-units', (rng) => {
    const p = draw99(rng, 15, 90)
    const units = rng.int(10, 60) * 100
    const n1 = Math.round((units * rng.int(25, 60)) / 100)
    const m = drawPct(rng, 50, 62)
    const c1 = Math.round((p * (10000 - m + rng.int(2, 7) * 100)) / 10000)
    const budget = mul(units, cc(p), comp(rate(m)))
    const left = sub(budget, mul(n1, cc(c1)))
    const m$ = moneyOf(rng)
    return {
      stem: `A buyer plans ${n(units)} units of a style to sell at ${cash(m$, p)} with an initial markup of ${bpText(m)} on retail across the whole buy. The first ${n(n1)} units cost ${cash(m$, c1)} each. What is the highest average cost a unit for the rest, rounded down to the cent?`,
      show: moneyDirected(m$, 'down'),
      key: div(left, units - n1),
      wrong: [
        [mul(cc(p), comp(rate(m))), 'applies the target to the remaining units alone'],
        [div(left, units), 'spreads the cost left over every unit, not the rest'],
        [div(cc(p), add(1, rate(m))), 'treats the target as a markup on cost'],
        [
          sub(mul(2, cc(p), comp(rate(m))), cc(c1)),
          'offsets the first units’ excess point for point, ignoring the counts',
        ],
      ],
      figures: { p, units, n1, m, c1 },
    }
  }),
  worked('markup-at-list-price-after-chain-discounts', (rng) => {
    const t = drawPct(rng, 35, 50)
    const q = drawPct(rng, 5, 12)
    const cost = mul(comp(rate(t)), comp(rate(q)))
    return {
      stem: `A supplier's price list gives a recommended retail price, less a trade discount of ${bpText(t)} and then a quantity discount of ${bpText(q)} on the price after trade discount. If the retailer sells at the recommended price, what is its markup on retail? (Markup is on billed cost, before any cash discount.) Give a percentage to two decimal places (halves up).`,
      show: pct,
      key: comp(cost),
      wrong: [
        [add(rate(t), rate(q)), 'adds the two discounts'],
        [rate(t), 'leaves the quantity discount out'],
        [sub(div(1, cost), 1), 'states the markup on cost'],
        [cost, 'gives the cost complement, cost as a share of the list price'],
      ],
      figures: { t, q },
    }
  }),
  worked('initial-markup-from-maintained-markup-and-reductions', (rng) => {
    const mm = drawPct(rng, 36, 50, 0.5)
    const red = drawPct(rng, 8, 22, 0.5)
    const [a, b] = [rate(mm), rate(red)]
    return {
      stem: `A planner needs a maintained markup of ${bpText(mm)} of net sales and expects retail reductions (markdowns, shrinkage and employee discounts) of ${bpText(red)} of net sales. What initial markup on retail must be taken, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(add(a, b), add(1, b)),
      wrong: [
        [add(a, b), 'adds the reductions percentage to the maintained markup'],
        [a, 'ignores the reductions'],
        [div(add(a, b), comp(b)), 'divides by one minus the reductions'],
        [div(a, add(1, b)), 'leaves the reductions out of the top'],
        [div(a, comp(b)), 'divides the maintained markup by one minus the reductions'],
        [sub(a, b), 'takes the reductions off the maintained markup instead of adding them'],
      ],
      figures: { mm, red },
    }
  }),
  worked('blended-markup-across-price-lines', (rng) => {
    const lines = [0, 1, 2].map(() => {
      const r = draw99(rng, 10, 90)
      return { r, c: Math.round((r * rng.int(35, 60)) / 100), u: rng.int(2, 40) * 10 }
    })
    const m$ = moneyOf(rng)
    const retail = add(...lines.map((l) => mul(l.u, cc(l.r))))
    const cost = add(...lines.map((l) => mul(l.u, cc(l.c))))
    const mus = lines.map((l) => div(cc(l.r - l.c), cc(l.r)))
    const units = lines.reduce((s, l) => s + l.u, 0)
    const list = lines
      .map((l) => `${n(l.u)} units costing ${cash(m$, l.c)} to sell at ${cash(m$, l.r)}`)
      .join('; ')
    return {
      stem: `An order for one department has three price lines: ${list}. What is the markup on retail of the whole order, as a percentage to two decimal places (halves up)?`,
      show: pct,
      key: div(sub(retail, cost), retail),
      wrong: [
        [div(add(...mus), 3), 'averages the three lines’ markups'],
        [
          div(add(...lines.map((l, i) => mul(l.u, mus[i]!))), units),
          'weights the lines’ markups by units, not by retail value',
        ],
        [div(sub(retail, cost), cost), 'states the markup on cost'],
        [div(cost, retail), 'gives the cost complement'],
      ],
      figures: Object.fromEntries(
        lines.flatMap((l, i) => [
          [`r${i}`, l.r],
          [`c${i}`, l.c],
          [`u${i}`, l.u],
        ]),
      ),
    }
  }),
  worked('trade-discount-needed-for-a-target-markup', (rng) => {
    const m = drawPct(rng, 45, 60)
    const q = drawPct(rng, 4, 10)
    return {
      stem: `A brand sells at a fixed recommended retail price and already gives the retailer a ${bpText(q)} quantity discount, taken after the trade discount. What trade discount off the recommended price must the buyer negotiate for a markup on retail of ${bpText(m)}? (Markup is on billed cost at the recommended price.) Give a percentage to two decimal places (halves up).`,
      show: pct,
      key: div(sub(rate(m), rate(q)), comp(rate(q))),
      wrong: [
        [sub(rate(m), rate(q)), 'subtracts the quantity discount from the target'],
        [rate(m), 'asks for the full target as trade discount'],
        [div(rate(m), comp(rate(q))), 'grosses the target up without taking the discount off'],
        [
          mul(sub(rate(m), rate(q)), comp(rate(q))),
          'multiplies by one minus the quantity discount',
        ],
        [div(sub(rate(m), rate(q)), add(1, rate(q))), 'divides by one plus the quantity discount'],
        [comp(div(1, mul(add(1, rate(m)), comp(rate(q))))), 'reads the target as a markup on cost'],
      ],
      figures: { m, q },
    }
  }),
]
