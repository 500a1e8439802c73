import {
  add,
  CENT,
  ct,
  DOLLAR,
  div,
  dl,
  frac,
  mul,
  n,
  pc,
  pct,
  rest,
  sub,
  usd,
  worked,
} from './mga-text.js'

// Decision-making. Stems state which costs are sunk, committed, allocated or avoidable, whether
// capacity is spare, and what a scarce resource earns elsewhere, because the slips are keeping a
// sunk or allocated cost in, leaving an opportunity cost out, ranking by contribution per unit
// where a limiting factor rules, and measuring a division on the wrong profit or capital.

export const DECISIONS_FAMILIES = [
  worked('relevant-cost-of-material-in-stock-with-no-other-use', (rng) => {
    const q = rng.int(5, 40) * 100
    const s = rng.int(1, Math.floor(q / 100) - 1) * 100
    const h = rng.int(4, 30)
    const rp = h + rng.int(1, 10)
    const sv = rng.int(1, h - 1)
    if (s >= q) rest()
    return {
      stem: `A contract needs ${n(q)} kg of a material. The client holds ${n(s)} kg bought for ${dl(h)} a kg, which it would otherwise sell for ${dl(sv)} a kg, as it has no other use; the material now costs ${dl(rp)} a kg to buy. What is the relevant cost of the material for the contract, ${DOLLAR}?`,
      show: usd(0),
      figures: { q, s, h, rp, sv },
      key: frac(s * sv + (q - s) * rp),
      wrong: [
        [frac(q * h), 'uses the historical cost'],
        [frac(q * rp), 'charges replacement cost on all of it'],
        [frac(s * h + (q - s) * rp), 'charges the stock at what it cost'],
        [frac(q * sv), 'charges resale value on all of it'],
        [frac((q - s) * rp), 'treats the stock as free'],
      ],
    }
  }),
  worked('relevant-cost-of-labour-with-some-spare-hours', (rng) => {
    const hn = rng.int(10, 80) * 10
    const sp = rng.int(1, Math.floor(hn / 10) - 1) * 10
    const w = rng.int(18, 45)
    return {
      stem: `A job needs ${n(hn)} labour hours. Staff are paid ${dl(w)} an hour on guaranteed contracts and have ${n(sp)} idle hours this month; any further hours are worked as overtime at time and a half. What is the relevant labour cost of the job, ${DOLLAR}?`,
      show: usd(0),
      figures: { hn, sp, w },
      key: mul(hn - sp, w, frac(3, 2)),
      wrong: [
        [frac(hn * w), 'charges every hour at the basic rate'],
        [mul(hn, w, frac(3, 2)), 'charges every hour at the overtime rate'],
        [frac((hn - sp) * w), 'charges the extra hours at the basic rate'],
        [
          add(hn * w, mul(hn - sp, w, frac(1, 2))),
          'charges the guaranteed pay as well as the premium',
        ],
        [mul(hn - sp, w, frac(1, 2)), 'charges only the overtime premium'],
        [
          add(sp * w, mul(hn - sp, w, frac(3, 2))),
          'charges the idle hours at the basic rate as well',
        ],
        [sub(mul(hn - sp, w, frac(3, 2)), sp * w), 'takes the idle hours’ pay off as a saving'],
      ],
    }
  }),
  worked('annual-saving-from-making-instead-of-buying', (rng) => {
    const v = rng.int(5, 40)
    const fa = rng.int(2, 10)
    const b = v + rng.int(3, 20)
    const q = rng.int(5, 40) * 1000
    const av = Math.round((q * (b - v) * rng.int(15, 50)) / 100000) * 1000
    const saving = q * (b - v) - av
    if (saving <= 0 || saving - q * fa <= 0) rest()
    return {
      stem: `A client can make ${n(q)} components a year at a variable cost of ${dl(v)} each plus ${dl(av)} of fixed cost that would be avoided if it bought them; its costing also allocates ${dl(fa)} a unit of general overhead that continues either way. A supplier offers them at ${dl(b)} each. How much a year does making save over buying, ${DOLLAR}?`,
      show: usd(0),
      figures: { v, fa, b, q, av },
      key: frac(saving),
      wrong: [
        [frac(saving - q * fa), 'charges the allocated overhead to making'],
        [frac(q * (b - v)), 'leaves out the avoidable fixed cost'],
        [frac(b - v), 'gives the saving on one unit before fixed costs'],
        [frac(q * (b - v) + av), 'adds the avoidable fixed cost instead of deducting it'],
        [
          frac(q * (b - v - fa)),
          'charges the allocated overhead and leaves out the avoidable cost',
        ],
        [frac(saving, q), 'gives the saving per component'],
      ],
    }
  }),
  worked('contribution-from-a-scarce-material', (rng) => {
    // B earns more a unit but less a kg than A, so the two rankings differ; the names swap at random.
    const k1 = rng.int(2, 5)
    const c1 = rng.int(10, 40)
    const c2 = c1 + rng.int(3, 20)
    const k2 = Math.ceil((k1 * c2) / c1) + rng.int(1, 3)
    const swap = rng.int(0, 1) === 1
    const [ka, ca, kb, cb] = swap ? [k2, c2, k1, c1] : [k1, c1, k2, c2]
    if (ca * kb === cb * ka) rest()
    const da = rng.int(2, 10) * 100
    const db = rng.int(2, 10) * 100
    const firstA = ca * kb > cb * ka
    // The material meets the better product's demand and then makes a whole number of the other
    // with nothing left over, so ranking by contribution per kg is also the best plan in whole units.
    const [kf, df, ks, ds] = firstA ? [ka, da, kb, db] : [kb, db, ka, da]
    const m = df * kf + rng.int(ds / 10, ds - ds / 10) * ks
    const fill = (aFirst: boolean) => {
      const [k1, c1, d1, k2, c2, d2] = aFirst ? [ka, ca, da, kb, cb, db] : [kb, cb, db, ka, ca, da]
      const u1 = Math.min(d1, Math.floor(m / k1))
      const left = m - u1 * k1
      const u2 = Math.min(d2, Math.floor(left / k2))
      return u1 * c1 + u2 * c2
    }
    const key = fill(firstA)
    const byUnit = fill(ca > cb)
    if (key === byUnit || m >= da * ka + db * kb) rest()
    const best = firstA ? Math.floor(m / ka) * ca : Math.floor(m / kb) * cb
    return {
      stem: `Product A earns a contribution of ${dl(ca)} a unit and uses ${ka} kg of a material; product B earns ${dl(cb)} and uses ${kb} kg. Demand is ${n(da)} units of A and ${n(db)} of B, and only ${n(m)} kg of material is available. Making only whole units, what is the largest total contribution, ${DOLLAR}?`,
      show: usd(0),
      figures: { ka, kb, ca, cb, da, db, m },
      key: frac(key),
      wrong: [
        [frac(byUnit), 'ranks the products by contribution per unit'],
        [frac(best), 'puts all the material into the better product and ignores its demand'],
        [frac(da * ca + db * cb), 'ignores the material limit'],
        [
          frac(Math.floor(m / 2 / ka) * ca + Math.floor(m / 2 / kb) * cb),
          'splits the material equally',
        ],
      ],
    }
  }),
  worked('minimum-price-for-a-special-order-with-spare-capacity', (rng) => {
    const v = rng.int(500, 5000)
    const f = rng.int(200, 2000)
    const q = rng.int(2, 20) * 100
    const e = rng.int(10, 100) * 100
    const p = v + f + rng.int(300, 2000)
    return {
      stem: `A client has spare capacity and is asked for a one-off order of ${n(q)} units. Variable cost is $${(v / 100).toFixed(2)} a unit, fixed overhead is absorbed at $${(f / 100).toFixed(2)} a unit and will not change, the usual price is $${(p / 100).toFixed(2)}, and the order needs a special tool costing ${dl(e)}. What is the lowest price per unit that leaves profit no lower, ${CENT}?`,
      show: usd(2),
      figures: { v, f, q, e, p },
      key: add(frac(v, 100), frac(e, q)),
      wrong: [
        [add(frac(v + f, 100), frac(e, q)), 'adds the absorbed fixed overhead'],
        [frac(v, 100), 'leaves out the special tool'],
        [frac(v + f, 100), 'prices at full cost without the tool'],
        [frac(p - f, 100), 'takes the absorbed fixed overhead off the usual price'],
        [frac(p, 100), 'asks the usual price'],
      ],
    }
  }),
  worked('minimum-price-when-scarce-labour-is-diverted', (rng) => {
    const inc = rng.int(20, 200) * 100
    const l = rng.int(20, 200)
    const w = rng.int(18, 40)
    const c = rng.int(15, 60)
    const fo = rng.int(5, 30)
    return {
      stem: `A special order has incremental costs of ${dl(inc)}, which include ${l} hours of skilled labour at ${dl(w)} an hour. Skilled labour is fully used, and each hour taken from regular work gives up ${dl(c)} of contribution (after its wage). Fixed overhead is absorbed at ${dl(fo)} per labour hour and will not change. What is the lowest price for the order, ${DOLLAR}?`,
      show: usd(0),
      figures: { inc, l, w, c, fo },
      key: frac(inc + l * c),
      wrong: [
        [frac(inc), 'leaves out the contribution given up'],
        [frac(inc + l * (c + w)), 'charges the wage again with the lost contribution'],
        [frac(inc + l * (c + fo)), 'adds the absorbed fixed overhead'],
        [frac(inc - l * w + l * c), 'replaces the wage with the lost contribution'],
        [frac(l * c), 'gives the lost contribution alone'],
        [frac(inc + l * w), 'charges the wage a second time instead of the lost contribution'],
      ],
    }
  }),
  worked('profit-lost-by-closing-a-loss-making-segment', (rng) => {
    const r = rng.int(100, 900) * 1000
    const vc = Math.round((r * rng.int(40, 70)) / 100000) * 1000
    const c = r - vc
    const a = rng.int(40, 60)
    const f = Math.round((c * rng.int(105, 150)) / 100000) * 1000
    const avoid = (f * a) / 100
    if (!Number.isInteger(avoid) || avoid >= c || f - avoid >= c) rest()
    return {
      stem: `A client’s shop reports revenue of ${dl(r)}, variable costs of ${dl(vc)} and fixed costs of ${dl(f)}, so it shows a loss. Of those fixed costs, ${a}% would be saved if the shop closed; the rest are head-office costs that would stay. By how much would the client’s profit fall if it closed the shop, ${DOLLAR}?`,
      show: usd(0),
      figures: { r, vc, a, f },
      key: frac(c - avoid),
      wrong: [
        [frac(c), 'leaves out the fixed costs that closing saves'],
        [frac(c - (f - avoid)), 'deducts the costs that stay instead of those saved'],
        [frac(r - avoid), 'leaves out the variable costs'],
        [frac(avoid), 'gives only the fixed costs saved'],
      ],
    }
  }),
  worked('minimum-transfer-price-at-full-capacity', (rng) => {
    const v = rng.int(1000, 6000)
    const f = rng.int(300, 2000)
    const p = v + f + rng.int(500, 3000)
    const s = rng.int(50, 400)
    return {
      stem: `Division S makes a part at a variable cost of $${(v / 100).toFixed(2)} plus absorbed fixed overhead of $${(f / 100).toFixed(2)} a unit, and sells every unit it can make outside at $${(p / 100).toFixed(2)}. Selling inside the group would save $${(s / 100).toFixed(2)} a unit of selling cost. What is the lowest transfer price per unit S should accept, ${CENT}?`,
      show: usd(2),
      figures: { v, f, p, s },
      key: frac(p - s, 100),
      wrong: [
        [frac(v, 100), 'charges only the variable cost though capacity is full'],
        [frac(p, 100), 'leaves out the selling cost saved'],
        [frac(v + f, 100), 'charges full cost'],
        [frac(p + s, 100), 'adds the selling cost saved instead of deducting it'],
      ],
    }
  }),
  worked('minimum-transfer-price-with-some-spare-capacity', (rng) => {
    const v = rng.int(1000, 6000)
    const p = v + rng.int(500, 3000)
    const s = rng.int(50, 400)
    const q = rng.int(2, 20) * 500
    const sp = rng.int(1, q / 100 - 1) * 100
    return {
      stem: `Division S makes a part at a variable cost of $${(v / 100).toFixed(2)} and sells it outside at $${(p / 100).toFixed(2)}; internal sales save $${(s / 100).toFixed(2)} a unit of selling cost. Another division wants ${n(q)} units, but S has spare capacity for only ${n(sp)} units; the rest would displace outside sales. What is the lowest average transfer price per unit S should accept for the whole order, ${CENT}?`,
      show: usd(2),
      figures: { v, p, s, q, sp },
      key: add(frac(v, 100), mul(frac(q - sp, q), frac(p - s - v, 100))),
      wrong: [
        [frac(v, 100), 'charges only the variable cost'],
        [frac(p - s, 100), 'treats every unit as displacing an outside sale'],
        [
          add(frac(v, 100), mul(frac(sp, q), frac(p - s - v, 100))),
          'charges the lost contribution on the spare units',
        ],
        [
          add(frac(v, 100), mul(frac(q - sp, q), frac(p - v, 100))),
          'leaves out the selling cost saved',
        ],
        [frac(p, 100), 'asks the outside price'],
      ],
    }
  }),
  worked('return-on-investment-on-controllable-profit', (rng) => {
    const nbv = rng.int(200, 2000) * 1000
    const gross = nbv + rng.int(100, 1000) * 1000
    const pc0 = Math.round((nbv * rng.int(8, 25)) / 100000) * 1000
    const hq = Math.round((pc0 * rng.int(10, 40)) / 100000) * 1000
    const dep = Math.round((nbv * rng.int(5, 15)) / 100000) * 1000
    if (hq <= 0 || hq >= pc0) rest()
    return {
      stem: `A division’s profit after depreciation of ${dl(dep)} and a head-office recharge of ${dl(hq)} is ${dl(pc0 - hq)}. Its assets have a net book value of ${dl(nbv)} (gross cost ${dl(gross)}). The group measures return on investment as controllable profit, before the recharge, over net book value. What is the division’s ROI, as a percentage to one decimal place (a half rounded up)?`,
      show: pct(1),
      figures: { nbv, gross, pc0, hq, dep },
      key: frac(pc0, nbv),
      wrong: [
        [frac(pc0 - hq, nbv), 'measures profit after the head-office recharge'],
        [frac(pc0, gross), 'divides by gross cost'],
        [frac(pc0 + dep, nbv), 'adds back depreciation'],
        [frac(pc0 - hq, gross), 'takes profit after the recharge over gross cost'],
        [frac(pc0, nbv - dep), 'takes the year’s depreciation off net book value again'],
        [frac(pc0 + dep, gross), 'adds back depreciation over gross cost'],
      ],
    }
  }),
  worked('residual-income-on-profit-before-interest', (rng) => {
    const k = rng.int(200, 3000) * 1000
    const c = rng.int(8, 16)
    const i = Math.round((k * rng.int(2, 5)) / 100000) * 1000
    const p = Math.round((k * rng.int(c + 2, c + 12)) / 100000) * 1000 - i
    const ri = p + i - (k * c) / 100
    if (!Number.isInteger((k * c) / 100) || ri <= 0 || p - (k * c) / 100 <= 0) rest()
    return {
      stem: `A division’s profit is ${dl(p)} after interest of ${dl(i)} on a loan. Its capital employed is ${dl(k)} and the group charges ${c}% on capital employed. What is the division’s residual income, worked on profit before interest, ${DOLLAR}?`,
      show: usd(0),
      figures: { k, c, i, p },
      key: frac(ri),
      wrong: [
        [frac(p - (k * c) / 100), 'charges for capital on profit after interest'],
        [frac(p + i), 'leaves out the capital charge'],
        [mul(p + i, pc(100 - c)), 'charges the rate on profit instead of capital'],
        [frac(p + i + (k * c) / 100), 'adds the capital charge'],
      ],
    }
  }),
  worked('roi-after-taking-a-new-project', (rng) => {
    const k = rng.int(500, 3000) * 1000
    const r = rng.int(10, 25)
    const p = (k * r) / 100
    const kn = rng.int(50, 500) * 1000
    const rn = rng.int(8, 30)
    const pn = (kn * rn) / 100
    if (r === rn) rest()
    return {
      stem: `A division earns ${dl(p)} on capital employed of ${dl(k)}. A new project would add ${dl(pn)} a year of profit on ${dl(kn)} of extra capital. What would the division’s ROI be with the project, as a percentage to one decimal place (a half rounded up)?`,
      show: pct(1),
      figures: { k, p, kn, pn },
      key: frac(p + pn, k + kn),
      wrong: [
        [frac(r + rn, 200), 'averages the two returns'],
        [frac(pn, kn), 'gives the project’s own return'],
        [frac(p + pn, k), 'adds the profit but not the capital'],
        [frac(p, k + kn), 'adds the capital but not the profit'],
      ],
    }
  }),
  worked('gain-from-processing-a-joint-product-further', (rng) => {
    const s = rng.int(500, 4000)
    const c = rng.int(200, 2000)
    const t = s + c + rng.int(100, 1500)
    const j = rng.int(50, Math.max(50, t - s - c - 50))
    const q = rng.int(2, 20) * 500
    if (t - c - j <= 0) rest()
    return {
      stem: `A joint product can be sold at the split-off point for $${(s / 100).toFixed(2)} a kg, or processed further at $${(c / 100).toFixed(2)} a kg and sold for $${(t / 100).toFixed(2)} a kg. Joint costs allocated to it come to $${(j / 100).toFixed(2)} a kg. How much more profit does processing ${n(q)} kg further give, ${DOLLAR}?`,
      show: usd(0),
      figures: { s, c, t, j, q },
      key: frac(q * (t - s - c), 100),
      wrong: [
        [
          frac(q * (t - c - j), 100),
          'deducts the allocated joint cost instead of the split-off price',
        ],
        [frac(q * (t - s), 100), 'leaves out the further processing cost'],
        [frac(q * (t - c), 100), 'leaves out the split-off sales given up'],
        [frac(q * (t - s - c - j), 100), 'deducts the allocated joint cost as well'],
      ],
    }
  }),
  worked('relevant-cost-of-using-an-owned-machine', (rng) => {
    const nb = rng.int(20, 200) * 1000
    const d0 = Math.round((nb * rng.int(40, 90)) / 100000) * 1000
    const d1 = Math.round((d0 * rng.int(40, 85)) / 100000) * 1000
    const dep = Math.round((nb * rng.int(10, 25)) / 100000) * 1000
    if (d1 <= 0 || d0 <= d1 || dep <= 0 || nb <= d1) rest()
    return {
      stem: `A one-year contract would use a machine the client owns, with a net book value of ${dl(nb)} and a year’s depreciation of ${dl(dep)}. It could be sold now for ${dl(d0)}, or for ${dl(d1)} after the contract; it has no other use. What is the relevant cost of using the machine on the contract, ${DOLLAR}?`,
      show: usd(0),
      figures: { nb, d0, d1, dep },
      key: frac(d0 - d1),
      wrong: [
        [frac(nb), 'charges the net book value'],
        [frac(dep), 'charges the depreciation'],
        [frac(nb - d1), 'takes the later sale value off the book value'],
        [frac(d0), 'charges the whole sale value given up now'],
      ],
    }
  }),
  worked('contribution-per-labour-hour-for-ranking', (rng) => {
    const h = rng.int(2, 6)
    const w = rng.int(15, 35)
    const o = rng.int(2, 10)
    const fo = rng.int(5, 20)
    const m = rng.int(10, 80)
    const p = m + h * (w + o + fo) + rng.int(5, 60)
    return {
      stem: `Labour is the client’s limiting factor. A product sells for ${dl(p)} and uses ${dl(m)} of materials and ${h} labour hours at ${dl(w)} an hour; variable overhead is ${dl(o)} per labour hour and fixed overhead is absorbed at ${dl(fo)} per labour hour. What is its contribution per labour hour, ${CENT}?`,
      show: usd(2),
      figures: { h, w, o, fo, m, p },
      key: frac(p - m - h * (w + o), h),
      wrong: [
        [frac(p - m - h * (w + o + fo), h), 'deducts absorbed fixed overhead'],
        [frac(p - m - h * (w + o)), 'gives the contribution per unit'],
        [frac(p - m, h), 'deducts only the materials'],
        [frac(p - m - h * w, h), 'leaves out variable overhead'],
      ],
    }
  }),
  worked('cost-gap-to-a-target-cost', (rng) => {
    const p = rng.int(20, 300)
    const m = rng.pick([15, 20, 25, 30, 40])
    // The current cost in cents: 5 % to 30 % over the target cost, with odd cents.
    const cc = Math.round((p * (100 - m) * rng.int(105, 130)) / 100) + rng.int(0, 99)
    const tc = mul(p, pc(100 - m))
    if (cc <= p * (100 - m)) rest()
    return {
      stem: `The market price for a client’s new product is ${dl(p)}, and the client requires a profit margin of ${m}% of the selling price. The current estimated cost is ${ct(cc)} a unit. By how much per unit must cost fall to reach the target cost, ${CENT}?`,
      show: usd(2),
      figures: { p, m, cc },
      key: sub(frac(cc, 100), tc),
      wrong: [
        [sub(frac(cc, 100), div(p, add(1, pc(m)))), 'reads the margin as a mark-up on cost'],
        [sub(frac(cc, 100), mul(p, pc(m))), 'takes the margin itself as the target cost'],
        [mul(frac(cc, 100), pc(m)), 'applies the margin to the current cost instead of the price'],
        [tc, 'gives the target cost instead of the cut'],
        [
          sub(mul(frac(cc, 100), add(1, pc(m))), p),
          'marks up the current cost and compares it with the price',
        ],
      ],
    }
  }),
]
