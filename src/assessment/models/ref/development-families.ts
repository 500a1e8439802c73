import {
  add,
  DOLLAR,
  div,
  dol,
  frac,
  mul,
  n,
  PCT2,
  pc,
  pct2,
  power,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from './ref-text.js'

// A small developer's appraisal as a freelance analyst runs it: gross development value, build
// cost with contingency and fees, simple construction interest on an evenly drawn loan (half the
// facility over the build), sales costs and profit as a share of GDV or of cost as stated, and
// what is left for land. The slips are profit on the wrong base, fees or contingency left out,
// the full facility charged for the whole build and a percentage applied to the wrong total.

const whole = usd(0)
const round1000 = (x: number): number => Math.round(x / 1000) * 1000

export const DEVELOPMENT_FAMILIES = [
  worked('residual-land-value-of-a-scheme', (rng) => {
    const b = rng.int(100, 900) * 10000
    const g = round1000((b * rng.int(180, 240)) / 100)
    const f = rng.int(8, 15)
    const fin = round1000((b * rng.int(3, 6)) / 100)
    const p = rng.int(15, 20)
    const s = rng.int(2, 4)
    const costs = add(mul(b, pc(100 + f)), fin)
    const land = sub(mul(g, pc(100 - p - s)), costs)
    return {
      stem: `A scheme has a gross development value of ${dol(g)}. Build cost is ${dol(b)}, professional fees ${f}% of build cost, finance ${dol(fin)}; sales costs are ${s}% of GDV and the developer needs a profit of ${p}% of GDV. What is the residual land value (GDV less all costs and profit), ${DOLLAR}?`,
      show: whole,
      figures: { b, g, f, fin, p, s },
      key: land,
      wrong: [
        [sub(mul(g, pc(100 - s)), mul(costs, pc(100 + p))), 'takes the profit on cost, not on GDV'],
        [sub(mul(g, pc(100 - p - s)), b + fin), 'leaves out the fees'],
        [sub(mul(g, pc(100 - s)), costs), 'leaves out the profit'],
        [sub(mul(g, pc(100 - p - s - f)), b + fin), 'takes the fees as a share of GDV'],
      ],
    }
  }),
  worked('gross-development-value-of-a-mixed-scheme', (rng) => {
    const u1 = rng.int(8, 60)
    const u2 = rng.int(2, Math.max(3, Math.floor(u1 / 2)))
    const p1 = rng.int(25, 90) * 10000
    const d = rng.int(25, 45)
    const r = rng.int(40, 300) * 1000
    const y = rng.int(55, 80)
    return {
      stem: `A scheme has ${u1} market flats selling at ${dol(p1)} each, ${u2} affordable flats sold to a housing association at a ${d}% discount to that price, and a ground-floor shop let at ${dol(r)} a year, valued at a ${tenthPct(y)} yield (rent ÷ yield). What is the gross development value, ${DOLLAR}?`,
      show: whole,
      figures: { u1, u2, p1, d, r, y },
      key: add(frac(u1 * p1), mul(u2 * p1, pc(100 - d)), div(r, tenths(y))),
      wrong: [
        [add(frac((u1 + u2) * p1), div(r, tenths(y))), 'sells the affordable flats at full price'],
        [
          add(frac(u1 * p1), mul(u2 * p1, pc(d)), div(r, tenths(y))),
          'prices the affordable flats at the discount',
        ],
        [
          add(frac(u1 * p1), mul(u2 * p1, pc(100 - d)), frac(r)),
          "adds a year's rent instead of the shop's value",
        ],
        [
          add(frac(u1 * p1), mul(u2 * p1, pc(100 - d)), mul(r, tenths(y))),
          'multiplies the rent by the yield',
        ],
      ],
    }
  }),
  worked('construction-interest-on-an-evenly-drawn-loan', (rng) => {
    const l = rng.int(50, 600) * 10000
    const m = rng.int(12, 24)
    const k = rng.int(3, 9)
    const r = rng.int(70, 110)
    const rate = tenths(r)
    return {
      stem: `A ${dol(l)} build loan at ${tenthPct(r)} simple interest is drawn evenly over a ${m}-month build, so on average half of it is out during the build; it is then fully drawn for ${k} more months while the units sell. What is the total interest, ${DOLLAR}?`,
      show: whole,
      figures: { l, m, k, r },
      key: add(mul(l, rate, frac(m, 24)), mul(l, rate, frac(k, 12))),
      wrong: [
        [mul(l, rate, frac(m + k, 12)), 'charges the full loan throughout'],
        [mul(l, rate, frac(m + k, 24)), 'charges half the loan throughout'],
        [mul(l, rate, frac(m, 24)), 'leaves out the months after completion'],
        [mul(l, rate, frac(m, 12)), 'charges the full loan for the build only'],
        [
          add(mul(l, rate, frac(m, 12)), mul(l, rate, frac(k, 24))),
          'averages the months after completion instead of the build',
        ],
        [mul(l, rate, frac(k, 12)), 'charges only the months after completion'],
      ],
    }
  }),
  worked('profit-on-cost-after-sales-costs', (rng) => {
    const g = rng.int(100, 900) * 10000
    const s = rng.int(2, 4)
    const c = round1000((g * rng.int(72, 85)) / 100)
    const net = mul(g, pc(100 - s))
    return {
      stem: `A scheme's gross development value is ${dol(g)}; sales costs are ${s}% of GDV; total development cost, land included and sales costs excluded, is ${dol(c)}. What is the profit on cost (GDV less sales costs less cost, ÷ cost), ${PCT2}?`,
      show: pct2,
      figures: { g, s, c },
      key: div(sub(net, c), c),
      wrong: [
        [frac(g - c, c), 'leaves out the sales costs'],
        [div(sub(net, c), g), 'divides by GDV'],
        [div(sub(frac(g), mul(c, pc(100 + s))), c), 'takes the sales costs on the cost'],
        [div(sub(net, c), net), 'divides by GDV net of sales costs'],
        [div(mul(g - c, pc(100 - s)), c), 'takes the sales costs off the profit'],
        [div(sub(net, c), add(c, mul(g, pc(s)))), 'adds the sales costs to the cost base'],
      ],
    }
  }),
  worked('developer-equity-under-two-loan-caps', (rng) => {
    const c = rng.int(100, 900) * 10000
    const g = round1000((c * rng.int(115, 124)) / 100)
    const l = rng.int(76, 80)
    const cap = rng.int(50, 58)
    const ltc = mul(c, pc(l))
    const ltg = mul(g, pc(cap))
    if (ltg.n * ltc.d >= ltc.n * ltg.d) rest()
    return {
      stem: `A development costs ${dol(c)} in all and has a GDV of ${dol(g)}. The lender lends the lower of ${l}% of cost and ${cap}% of GDV. How much equity must the developer put in, ${DOLLAR}?`,
      show: whole,
      figures: { c, g, l, cap },
      key: sub(frac(c), ltg),
      wrong: [
        [sub(frac(c), ltc), 'applies only the loan-to-cost test'],
        [sub(frac(c), mul(g, pc(l))), 'applies the loan-to-cost ratio to GDV'],
        [mul(c, pc(100 - cap)), 'applies the GDV cap to cost'],
        [mul(g, pc(100 - cap)), 'takes equity as the rest of GDV'],
      ],
    }
  }),
  worked('sale-price-per-unit-for-a-target-profit-on-cost', (rng) => {
    const c = rng.int(100, 900) * 10000
    const u = rng.int(6, 40)
    const s = rng.int(2, 4)
    const p = rng.int(15, 25)
    return {
      stem: `A scheme of ${u} identical houses costs ${dol(c)} in all. Sales costs are ${s}% of the sale price, and the developer wants a profit of ${p}% on cost after sales costs. What average price per house is needed, ${DOLLAR}?`,
      show: whole,
      figures: { c, u, s, p },
      key: div(mul(c, pc(100 + p)), mul(u, pc(100 - s))),
      wrong: [
        [div(c, mul(u, pc(100 - s - p))), 'takes the profit as a share of GDV'],
        [mul(frac(c, u), pc(100 + p + s)), 'adds the sales costs as a share of cost'],
        [mul(frac(c, u), pc(100 + p)), 'leaves out the sales costs'],
        [div(c, mul(u, pc(100 - s))), 'leaves out the profit'],
      ],
    }
  }),
  worked('build-cost-with-contingency-and-fees', (rng) => {
    const a = rng.int(8, 80) * 1000
    const gea = round1000((a * rng.int(105, 110)) / 100)
    const nia = round1000((a * rng.int(78, 88)) / 100)
    const r = rng.int(150, 400)
    const c = rng.int(5, 10)
    const f = rng.int(8, 14)
    const rate = (x: number) => mul(x, r, pc(100 + c), pc(100 + f))
    return {
      stem: `A block has a gross internal area of ${n(a)} sq ft (gross external ${n(gea)} sq ft, net saleable ${n(nia)} sq ft). Build cost is $${r} per sq ft of gross internal area; add a ${c}% contingency on build cost, then professional fees of ${f}% on build cost plus contingency. What is the total, ${DOLLAR}?`,
      show: whole,
      figures: { a, gea, nia, r, c, f },
      key: rate(a),
      wrong: [
        [mul(a, r, pc(100 + c + f)), 'adds the fees on build cost alone'],
        [mul(a, r, pc(100 + f)), 'leaves out the contingency'],
        [rate(gea), 'prices the gross external area'],
        [rate(nia), 'prices the net saleable area'],
      ],
    }
  }),
  worked('finance-on-land-and-an-evenly-drawn-build', (rng) => {
    const land = rng.int(20, 300) * 10000
    const b = rng.int(50, 600) * 10000
    const m = rng.int(10, 24)
    const t = m + rng.int(3, 9)
    const r = rng.int(70, 110)
    const rate = tenths(r)
    const landCost = mul(land, rate, frac(t, 12))
    const build = mul(b, rate, frac(m, 24))
    return {
      stem: `Land costing ${dol(land)} is financed from purchase to sale, ${t} months. Build cost of ${dol(b)} is drawn evenly over the ${m}-month build (half outstanding on average) and repaid at completion. Both are at ${tenthPct(r)} simple interest. What is total finance cost, ${DOLLAR}?`,
      show: whole,
      figures: { land, b, m, t, r },
      key: add(landCost, build),
      wrong: [
        [add(div(landCost, 2), build), 'averages the land loan too'],
        [add(landCost, mul(b, rate, frac(m, 12))), 'charges the whole build cost for the build'],
        [add(mul(land, rate, frac(m, 12)), build), 'finances the land only during the build'],
        [build, 'leaves out the land'],
      ],
    }
  }),
  worked('highest-offer-for-a-fix-and-flip', (rng) => {
    const arv = rng.int(20, 90) * 10000
    const rp = round1000((arv * rng.int(8, 20)) / 100)
    const h = rng.int(10, 40) * 50
    const mo = rng.int(4, 9)
    const s = rng.int(6, 9)
    const p = rng.int(10, 15)
    const base = sub(mul(arv, pc(100 - s - p)), rp)
    return {
      stem: `A flipper expects a house to resell for ${dol(arv)} after ${dol(rp)} of repairs. Holding costs are ${dol(h)} a month for ${mo} months, selling costs ${s}% of the resale price, and the target profit is ${p}% of the resale price. What is the highest purchase price, ${DOLLAR}?`,
      show: whole,
      figures: { arv, rp, h, mo, s, p },
      key: sub(base, h * mo),
      wrong: [
        [base, 'leaves out the holding costs'],
        [sub(sub(mul(arv, pc(100 - p)), rp), h * mo), 'leaves out the selling costs'],
        [sub(base, h * 12), 'charges a full year of holding costs'],
        [sub(sub(base, mul(rp, pc(s))), h * mo), 'charges selling costs on the repairs too'],
      ],
    }
  }),
  worked('development-yield-on-cost', (rng) => {
    const land = rng.int(20, 300) * 10000
    const b = rng.int(100, 900) * 10000
    const fees = round1000((b * rng.int(8, 14)) / 100)
    const fin = round1000((b * rng.int(4, 8)) / 100)
    const cost = land + b + fees + fin
    const noi = round1000((cost * rng.int(60, 80)) / 1000)
    const gross = round1000((noi * rng.int(125, 145)) / 100)
    const ex = rng.int(45, 60)
    return {
      stem: `A build-to-rent block costs ${dol(land)} for land, ${dol(b)} to build, ${dol(fees)} in fees and ${dol(fin)} in finance. Stabilised gross rent is ${dol(gross)} and stabilised NOI ${dol(noi)}; it would sell at a ${tenthPct(ex)} cap rate. What is the yield on cost (stabilised NOI ÷ total development cost), ${PCT2}?`,
      show: pct2,
      figures: { land, b, fees, fin, noi, gross, ex },
      key: frac(noi, cost),
      wrong: [
        [frac(noi, cost - land), 'leaves the land out of cost'],
        [frac(noi, cost - fin), 'leaves the finance out of cost'],
        [frac(gross, cost), 'uses gross rent'],
        [frac(2 * noi - gross, cost), 'takes the operating costs off NOI a second time'],
      ],
    }
  }),
  worked('profit-on-cost-after-a-build-overrun', (rng) => {
    const b = rng.int(100, 900) * 10000
    const land = round1000((b * rng.int(25, 50)) / 100)
    const o = round1000((b * rng.int(10, 25)) / 100)
    const cost0 = land + b + o
    const g = round1000((cost0 * rng.int(120, 135)) / 100)
    const x = rng.int(5, 15)
    const cost = add(land + o, mul(b, pc(100 + x)))
    return {
      stem: `A scheme was budgeted at land ${dol(land)}, build ${dol(b)} and other costs ${dol(o)}, against a GDV of ${dol(g)}. The build overruns by ${x}% of build cost; nothing else changes. What is profit on cost now ((GDV − cost) ÷ cost), ${PCT2}?`,
      show: pct2,
      figures: { b, land, o, g, x },
      key: div(sub(frac(g), cost), cost),
      wrong: [
        [frac(g - cost0, cost0), 'leaves out the overrun'],
        [
          div(sub(frac(g), mul(cost0, pc(100 + x))), mul(cost0, pc(100 + x))),
          'applies the overrun to all costs',
        ],
        [div(sub(frac(g), cost), g), 'divides by GDV'],
        [div(sub(frac(g), cost), cost0), 'divides by the budget before the overrun'],
      ],
    }
  }),
  worked('payment-due-on-a-draw-net-of-retainage', (rng) => {
    const w0 = rng.int(10, 150) * 1000
    const w1 = w0 + rng.int(20, 200) * 1000
    const ret = rng.pick([5, 10])
    return {
      stem: `A contractor's draw shows ${dol(w1)} of work complete to date; the previous draw showed ${dol(w0)} to date and was paid in full less retainage. The contract holds back ${ret}% retainage on all work. What is due on this draw, ${DOLLAR}?`,
      show: whole,
      figures: { w0, w1, ret },
      key: mul(w1 - w0, pc(100 - ret)),
      wrong: [
        [mul(w1, pc(100 - ret)), 'forgets to deduct what was paid before'],
        [frac(w1 - w0), 'holds back no retainage'],
        [sub(mul(w1, pc(100 - ret)), w0), 'deducts the earlier work before retainage'],
        [mul(w1 - w0, pc(ret)), 'gives the retainage held'],
      ],
    }
  }),
  worked('holding-cost-while-units-sell-down', (rng) => {
    const a = rng.int(2, 6)
    const m = rng.int(4, 11)
    const h = rng.int(10, 60) * 10
    const u = a * m
    return {
      stem: `A finished scheme of ${u} units sells ${a} units a month, so the last units sell in month ${m}. Each unsold unit costs ${dol(h)} a month (tax, insurance, service charge), charged on the units unsold at the start of each month. What is the total holding cost, ${DOLLAR}?`,
      show: whole,
      figures: { a, m, h },
      key: frac(h * a * m * (m + 1), 2),
      wrong: [
        [frac(h * u * m), 'charges every unit for the whole sell-down'],
        [frac(h * u * m, 2), 'charges half the units throughout'],
        [frac(h * a * m * (m - 1), 2), 'charges the units left at the end of each month'],
        [frac(h * u), 'charges one month on every unit'],
        [frac(h * u * 12), 'charges a full year on every unit'],
      ],
    }
  }),
  worked('rolled-up-interest-on-a-refurbishment-bridge', (rng) => {
    const l = rng.int(10, 150) * 10000
    const mr = rng.int(6, 12)
    const k = rng.int(6, 18)
    if (k === 12) rest()
    const rate = frac(mr, 1000)
    const grown = (t: number) => mul(l, power(add(1, rate), t))
    return {
      stem: `A refurbishment bridge of ${dol(l)} charges ${tenthPct(mr)} a month, compounded monthly and rolled up (nothing paid until the loan is repaid). It is repaid after ${k} months. How much interest has rolled up, ${DOLLAR}?`,
      show: whole,
      figures: { l, mr, k },
      key: sub(grown(k), l),
      wrong: [
        [mul(l, rate, k), 'charges simple interest'],
        [sub(grown(k + 1), l), 'compounds one month too many'],
        [sub(grown(12), l), 'charges a full year'],
        [sub(grown(k - 1), l), 'compounds one month short'],
      ],
    }
  }),
  worked('land-value-lost-when-sales-values-fall', (rng) => {
    const g = rng.int(100, 900) * 10000
    const x = rng.int(3, 10)
    const p = rng.int(15, 20)
    const s = rng.int(2, 4)
    const rlv = round1000((g * rng.int(15, 30)) / 100)
    return {
      stem: `A residual appraisal has GDV ${dol(g)} and land value ${dol(rlv)}, with developer's profit at ${p}% of GDV and sales costs at ${s}% of GDV; build cost, fees and finance are fixed. If sales values fall ${x}%, by how much does the residual land value fall, ${DOLLAR}?`,
      show: whole,
      figures: { g, x, p, s, rlv },
      key: mul(g, pc(x), pc(100 - p - s)),
      wrong: [
        [mul(g, pc(x)), 'takes the whole fall in GDV off the land'],
        [mul(g, pc(x), pc(100 - p)), 'leaves out the fall in sales costs'],
        [mul(g, pc(x), pc(p)), 'takes the fall off the profit'],
        [mul(rlv, pc(x)), 'cuts the land value by the same percentage'],
        [mul(g, pc(x), pc(100 - s)), 'leaves out the fall in profit'],
        [mul(g, pc(x), pc(p + s)), 'takes the fall off profit and sales costs only'],
      ],
    }
  }),
  worked('land-value-from-buildable-floor-area', (rng) => {
    const s = rng.int(5, 60) * 1000
    const far = rng.int(15, 40)
    const e = rng.int(78, 88)
    const v = rng.int(20, 90)
    const gfa = mul(s, frac(far, 10))
    return {
      stem: `A ${n(s)} sq ft site is zoned for a floor area ratio of ${(far / 10).toFixed(1)} (gross floor area ÷ site area). Net saleable area is ${e}% of gross floor area. Land trades at $${v} per buildable sq ft of gross floor area. What is the site worth, ${DOLLAR}?`,
      show: whole,
      figures: { s, far, e, v },
      key: mul(gfa, v),
      wrong: [
        [frac(s * v), 'prices the site area'],
        [mul(gfa, v, pc(e)), 'prices the net saleable area'],
        [div(mul(s, v), frac(far, 10)), 'divides by the floor area ratio'],
        [mul(gfa, v, div(1, pc(e))), 'grosses the floor area up by the efficiency'],
      ],
    }
  }),
]
