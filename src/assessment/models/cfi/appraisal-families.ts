import type { Rng } from '../../rng.js'
import {
  add,
  DP2,
  div,
  type Fraction,
  frac,
  inK,
  kd,
  mul,
  PCT2,
  pct2,
  plain,
  rest,
  sub,
  THOUSAND,
  tenthPct,
  tenths,
  worked,
} from './cfi-text.js'

// Investment appraisal as a freelance analyst writes it up for a client's board. Every stem says
// when the first flow falls (today, or at the end of year 1), what is relevant and how tax and
// working capital move, because the slips are a flow discounted a year late, working capital never
// recovered, depreciation charged as cash, a sunk cost counted and a rate mixed with the wrong flows.

/** `1 ÷ (1 + r)^k` at a whole percent `p`. */
const disc = (p: number, k: number): Fraction =>
  frac(100n ** BigInt(k), BigInt(100 + p) ** BigInt(k))
/** The present value of 1 a year at the ends of years `from` to `to`, at a whole percent `p`. */
function af(p: number, to: number, from = 1): Fraction {
  let s = frac(0)
  for (let k = from; k <= to; k++) s = add(s, disc(p, k))
  return s
}
const rate = (rng: Rng) => rng.int(6, 15)
const pcText = (p: number) => `${p}%`
const END =
  'Flows other than the outlay fall at the ends of years; the outlay is at the start of year 1 (today).'

export const APPRAISAL_FAMILIES = [
  worked('npv-of-a-machine-with-working-capital-recovered', (rng) => {
    const c = rng.int(40, 120) * 10
    const w = rng.int(5, 20) * 10
    const yrs = rng.int(3, 6)
    const p = rate(rng)
    const a = Math.round((c * rng.int(170, 220)) / 100 / yrs / 10) * 10
    const base = sub(mul(a, af(p, yrs)), c)
    return {
      stem: `A machine costs ${kd(c)} today and brings net cash inflows of ${kd(a)} a year for ${yrs} years. It needs ${kd(w)} of working capital from today, released in full at the end of year ${yrs}. ${END} At ${pcText(p)} a year, what is the NPV, ${THOUSAND}?`,
      show: inK,
      figures: { c, w, yrs, p, a },
      key: add(base, mul(-w, sub(1, disc(p, yrs)))),
      wrong: [
        [base, 'leaves working capital out'],
        [sub(base, w), 'invests working capital but never recovers it'],
        [add(base, mul(-w, sub(disc(p, 1), disc(p, yrs)))), 'invests working capital a year late'],
        [sub(base, mul(w, af(p, yrs))), 'charges working capital as a cost every year'],
        [
          mul(add(base, mul(-w, sub(1, disc(p, yrs)))), disc(p, 1)),
          'discounts every flow a year late, the outlay included',
        ],
      ],
    }
  }),
  worked('present-value-of-after-tax-flows-with-depreciation-relief', (rng) => {
    const c = rng.int(40, 120) * 10
    const yrs = rng.int(3, 6)
    const p = rate(rng)
    const t = rng.pick([200, 250, 300])
    const a = Math.round((c * rng.int(150, 200)) / 100 / yrs / 10) * 10
    const tx = tenths(t)
    const dep = frac(c, yrs)
    const npvOf = (flow: Fraction) => mul(flow, af(p, yrs))
    return {
      stem: `A project costs ${kd(c)} today, has no scrap value and earns pre-tax net cash inflows of ${kd(a)} a year for ${yrs} years. Tax is ${tenthPct(t)}, paid in the year the profit arises, and the cost is tax-deductible straight-line over the ${yrs} years. ${END} At ${pcText(p)}, what is the present value of the after-tax cash inflows (the outlay left out), ${THOUSAND}?`,
      show: inK,
      figures: { c, yrs, p, t, a },
      key: npvOf(add(mul(a, sub(1, tx)), mul(tx, dep))),
      wrong: [
        [npvOf(mul(a, sub(1, tx))), 'leaves out the tax saved on depreciation'],
        [npvOf(mul(sub(a, dep), sub(1, tx))), 'deducts depreciation as if it were cash'],
        [npvOf(frac(a)), 'ignores tax altogether'],
        [npvOf(add(mul(a, sub(1, tx)), dep)), 'adds back the full depreciation, not the tax on it'],
      ],
    }
  }),
  worked('npv-with-tax-paid-one-year-in-arrears', (rng) => {
    const c = rng.int(40, 120) * 10
    const yrs = rng.int(3, 5)
    const p = rate(rng)
    const t = rng.pick([200, 250, 300])
    const a = Math.round((c * rng.int(190, 240)) / 100 / yrs / 10) * 10
    const tx = mul(a, tenths(t))
    const pvA = mul(a, af(p, yrs))
    const key = sub(sub(pvA, mul(tx, af(p, yrs + 1, 2))), c)
    return {
      stem: `A project costs ${kd(c)} today and earns taxable net cash inflows of ${kd(a)} a year for ${yrs} years (no tax allowances). Tax at ${tenthPct(t)} is paid one year after the year it arises on. ${END} At ${pcText(p)}, what is the NPV, ${THOUSAND}?`,
      show: inK,
      figures: { c, yrs, p, t, a },
      key,
      wrong: [
        [sub(sub(pvA, mul(tx, af(p, yrs))), c), 'pays the tax in the same year'],
        [
          sub(sub(pvA, mul(tx, af(p, yrs, 2))), c),
          'drops the last year’s tax, paid after the project ends',
        ],
        [sub(pvA, c), 'ignores tax'],
        [sub(sub(pvA, mul(tx, af(p, yrs + 2, 3))), c), 'pays each year’s tax two years later'],
        [mul(key, disc(p, 1)), 'discounts every flow a year late, the outlay included'],
      ],
    }
  }),
  worked('irr-by-interpolation-between-two-stated-rates', (rng) => {
    const c = rng.int(40, 120) * 10
    const yrs = rng.int(4, 6)
    const [k0, k1] = yrs === 4 ? [32, 38] : yrs === 5 ? [27, 33] : [24, 29]
    const a = Math.round((c * rng.int(k0, k1)) / 100 / 10) * 10
    const lo = 10
    const hi = 20
    const n1 = sub(mul(a, af(lo, yrs)), c)
    const n2 = sub(mul(a, af(hi, yrs)), c)
    if (n1.n <= 0n || n2.n >= 0n) rest()
    const share = div(n1, sub(n1, n2))
    return {
      stem: `A project costs ${kd(c)} today and returns ${kd(a)} at the end of each of the next ${yrs} years. Estimate its IRR by working the NPV at 10% and at 20% and interpolating linearly: IRR = a + NPVa ÷ (NPVa − NPVb) × (b − a). What is the estimate, ${PCT2}?`,
      show: pct2,
      figures: { c, yrs, a },
      key: add(frac(lo, 100), mul(share, frac(hi - lo, 100))),
      wrong: [
        [
          sub(frac(hi, 100), mul(share, frac(hi - lo, 100))),
          'measures the fraction back from the higher rate',
        ],
        [frac(lo + hi, 200), 'takes the midpoint of the two rates'],
        [frac(a, c), 'takes the payback reciprocal as the IRR'],
        [frac(lo, 100), 'stops at the lower trial rate'],
        [
          add(frac(hi, 100), mul(share, frac(hi - lo, 100))),
          'adds the fraction to the higher rate',
        ],
      ],
    }
  }),
  worked('profitability-index-with-a-delayed-start', (rng) => {
    const c = rng.int(40, 120) * 10
    const yrs = rng.int(3, 5)
    const p = rate(rng)
    const a = Math.round((c * rng.int(160, 210)) / 100 / yrs / 10) * 10
    const pv = mul(a, af(p, yrs + 1, 2))
    return {
      stem: `A project costs ${kd(c)} today. Construction takes a year, so its ${yrs} equal inflows of ${kd(a)} fall at the ends of years 2 to ${yrs + 1}. The profitability index is the present value of the inflows ÷ the outlay. At ${pcText(p)}, what is it, ${DP2}?`,
      show: plain(2),
      figures: { c, yrs, p, a },
      key: div(pv, c),
      wrong: [
        [div(mul(a, af(p, yrs)), c), 'starts the inflows at the end of year 1'],
        [div(sub(pv, c), c), 'divides the NPV, not the present value of the inflows'],
        [frac(a * yrs, c), 'leaves the inflows undiscounted'],
        [div(c, pv), 'divides the outlay by the inflows'],
        [div(mul(a, af(p, yrs + 2, 3)), c), 'starts the inflows at the end of year 3'],
        [div(sub(pv, c), pv), 'divides the NPV by the present value of the inflows'],
      ],
    }
  }),
  worked('discounted-payback-of-uneven-flows-with-interpolation', (rng) => {
    const c = rng.int(50, 120) * 10
    const p = rate(rng)
    const fl = Array.from({ length: 5 }, () => Math.round((c * rng.int(28, 45)) / 100 / 10) * 10)
    const pb = (disc0: (k: number) => Fraction) => {
      let left = frac(c)
      for (let k = 1; k <= fl.length; k++) {
        const v = mul(fl[k - 1]!, disc0(k))
        if (sub(v, left).n >= 0n) return { whole: k - 1, part: div(left, v), left, raw: fl[k - 1]! }
        left = sub(left, v)
      }
      return rest()
    }
    const d = pb((k) => disc(p, k))
    const late = pb((k) => disc(p, k + 1))
    const early = pb((k) => disc(p, k - 1))
    const simple = pb(() => frac(1))
    if (d.whole === 0 || simple.whole === d.whole) rest()
    return {
      stem: `A project costs ${kd(c)} today and returns ${fl.map(kd).join(', ')} at the ends of years 1 to 5. Discounting at ${pcText(p)} and assuming each year’s flow arrives evenly through that year (so the final part-year is the shortfall ÷ that year’s discounted flow), what is its discounted payback in years, ${DP2}?`,
      show: plain(2, 'years'),
      figures: { c, p, f0: fl[0]!, f1: fl[1]!, f2: fl[2]!, f3: fl[3]!, f4: fl[4]! },
      key: add(d.whole, d.part),
      wrong: [
        [add(simple.whole, simple.part), 'gives the simple payback, undiscounted'],
        [frac(d.whole + 1), 'rounds up to the whole year the total turns positive'],
        [add(d.whole, div(d.left, d.raw)), 'divides the shortfall by the undiscounted flow'],
        [add(late.whole, late.part), 'discounts every flow a year late'],
        [add(early.whole, early.part), 'discounts each flow a year early, the first not at all'],
      ],
    }
  }),
  worked('equivalent-annual-cost-of-a-replacement-cycle', (rng) => {
    const c = rng.int(30, 90) * 10
    const m = rng.int(5, 25) * 10
    const yrs = rng.int(3, 5)
    const s = Math.round((rng.int(10, 40) * c) / 100)
    const p = rate(rng)
    const f = af(p, yrs)
    const pvCost = add(c, mul(m, f))
    const key = div(sub(pvCost, mul(s, disc(p, yrs))), f)
    return {
      stem: `A delivery van costs ${kd(c)} today, costs ${kd(m)} a year to run (paid at each year end) and is sold for ${kd(s)} at the end of year ${yrs}, when it is replaced. The equivalent annual cost is the present value of the cycle’s net costs ÷ the ${yrs}-year annuity factor. At ${pcText(p)}, what is it, ${THOUSAND}?`,
      show: inK,
      figures: { c, m, yrs, s, p },
      key,
      wrong: [
        [
          div(sub(pvCost, mul(s, disc(p, yrs))), yrs),
          'divides by the years, not the annuity factor',
        ],
        [div(pvCost, f), 'ignores the resale value'],
        [div(sub(pvCost, s), f), 'takes off the resale value undiscounted'],
        [div(sub(c, mul(s, disc(p, yrs))), f), 'leaves out the running costs'],
        [
          div(add(pvCost, mul(s, disc(p, yrs))), f),
          'adds the resale value instead of deducting it',
        ],
        [
          div(sub(pvCost, mul(s, disc(p, yrs))), af(p, yrs - 1)),
          'divides by the annuity factor for one year fewer',
        ],
      ],
    }
  }),
  worked('incremental-cash-flow-excluding-allocated-overhead', (rng) => {
    const rev = rng.int(80, 200) * 10
    const vc = Math.round((rev * rng.int(30, 50)) / 1000) * 10
    const fx = rng.int(5, 20) * 10
    const h = rng.int(3, 12) * 10
    const dep = rng.int(5, 20) * 10
    const t = rng.pick([200, 250, 300])
    const tx = tenths(t)
    const net = rev - vc - fx
    return {
      stem: `In a typical year a project adds sales of ${kd(rev)}, variable costs of ${kd(vc)} and new fixed cash costs of ${kd(fx)}. The client will also allocate ${kd(h)} of existing head-office overhead to it. Tax-deductible depreciation is ${kd(dep)}; tax is ${tenthPct(t)}, paid in the same year. What is the year’s incremental after-tax cash flow, ${THOUSAND}?`,
      show: inK,
      figures: { rev, vc, fx, h, dep, t },
      key: add(mul(net, sub(1, tx)), mul(dep, tx)),
      wrong: [
        [add(mul(net - h, sub(1, tx)), mul(dep, tx)), 'deducts the allocated overhead'],
        [mul(net - dep, sub(1, tx)), 'gives profit after tax, with depreciation as a cash cost'],
        [mul(net, sub(1, tx)), 'leaves out the tax saved on depreciation'],
        [frac(net), 'ignores tax'],
        [
          add(mul(net, sub(1, tx)), dep),
          'adds back the whole depreciation, not the tax saved on it',
        ],
      ],
    }
  }),
  worked('working-capital-increment-at-the-start-of-a-year', (rng) => {
    const s1 = rng.int(30, 120) * 10
    const s2 = s1 + rng.int(10, 80) * 10
    const w = rng.int(10, 25)
    const t = rng.pick([200, 250, 300])
    return {
      stem: `A project needs working capital equal to ${w}% of each year’s sales, in place at the start of that year. Sales are ${kd(s1)} in year 1 and ${kd(s2)} in year 2. Working capital is not tax-deductible (tax rate ${tenthPct(t)}). What working-capital cash outflow falls at the start of year 2, ${THOUSAND}?`,
      show: inK,
      figures: { s1, s2, w, t },
      key: frac((s2 - s1) * w, 100),
      wrong: [
        [frac(s2 * w, 100), 'invests the whole year-2 requirement again'],
        [frac(s1 * w, 100), 'repeats the year-1 investment'],
        [mul(frac((s2 - s1) * w, 100), sub(1, tenths(t))), 'takes tax relief on working capital'],
        [frac((s1 + s2) * w, 100), 'adds both years’ requirements'],
      ],
    }
  }),
  worked('present-value-of-real-flows-at-a-nominal-rate', (rng) => {
    const a = rng.int(20, 90) * 10
    const yrs = rng.int(3, 5)
    const m = rng.int(8, 15)
    const i = rng.int(2, 5)
    const real = frac(100 + m - (100 + i), 100 + i) // (1 + m)/(1 + i) − 1
    const pvAt = (r: Fraction, grow: Fraction) => {
      let s = frac(0)
      for (let k = 1; k <= yrs; k++) {
        const up = frac(grow.n ** BigInt(k), grow.d ** BigInt(k))
        const down = frac((r.d + r.n) ** BigInt(k), r.d ** BigInt(k))
        s = add(s, div(mul(a, up), down))
      }
      return s
    }
    const inf = frac(100 + i, 100)
    return {
      stem: `A client expects savings of ${kd(a)} a year in today’s prices at the ends of years 1 to ${yrs}. Its nominal (money) cost of capital is ${m}% and general inflation is ${i}% a year; the real rate is (1 + nominal) ÷ (1 + inflation) − 1. What is the present value of the savings, ${THOUSAND}?`,
      show: inK,
      figures: { a, yrs, m, i },
      key: pvAt(real, frac(1)),
      wrong: [
        [pvAt(frac(m, 100), frac(1)), 'discounts real flows at the nominal rate'],
        [pvAt(frac(m - i, 100), frac(1)), 'finds the real rate by subtracting inflation'],
        [pvAt(real, inf), 'inflates the flows and still discounts at the real rate'],
        [
          pvAt(frac(m - i, 100), inf),
          'inflates the flows but discounts at nominal minus inflation',
        ],
        [pvAt(frac(i, 100), frac(1)), 'discounts at the inflation rate'],
        [frac(a * yrs), 'leaves the savings undiscounted'],
      ],
    }
  }),
  worked('accounting-rate-of-return-on-average-investment', (rng) => {
    const c = rng.int(40, 120) * 10
    const s = Math.round((rng.int(5, 25) * c) / 100)
    const yrs = rng.int(3, 6)
    const cf = Math.round((c * rng.int(40, 60)) / 100 / 10) * 10
    const profit = sub(cf, frac(c - s, yrs))
    return {
      stem: `A machine costs ${kd(c)}, lasts ${yrs} years and is sold for ${kd(s)} at the end. It adds net cash inflows of ${kd(cf)} a year; depreciation is straight-line to the resale value. ARR = average annual accounting profit ÷ average investment, where average investment = (cost + resale value) ÷ 2. What is the ARR, ${PCT2}?`,
      show: pct2,
      figures: { c, s, yrs, cf },
      key: div(profit, frac(c + s, 2)),
      wrong: [
        [div(cf, frac(c + s, 2)), 'uses the cash flow, not profit after depreciation'],
        [div(profit, c), 'divides by the initial investment'],
        [div(profit, frac(c - s, 2)), 'averages the investment as (cost − resale) ÷ 2'],
        [
          div(sub(cf, frac(c, yrs)), frac(c + s, 2)),
          'depreciates the full cost, ignoring the resale value',
        ],
        [
          div(profit, frac(c, 2)),
          'averages the investment as cost ÷ 2, leaving out the resale value',
        ],
      ],
    }
  }),
  worked('sensitivity-of-npv-to-annual-contribution', (rng) => {
    const c = rng.int(40, 120) * 10
    const yrs = rng.int(3, 6)
    const p = rate(rng)
    const fx = rng.int(5, 20) * 10
    const k = Math.round((c * rng.int(130, 180)) / 100 / yrs / 10) * 10 + fx
    const f = af(p, yrs)
    const npv = sub(mul(k - fx, f), c)
    if (npv.n <= 0n) rest()
    return {
      stem: `A project costs ${kd(c)} today and for ${yrs} years earns contribution of ${kd(k)} a year less fixed cash costs of ${kd(fx)} a year, at each year end. At ${pcText(p)}, by what percentage could annual contribution fall before NPV reaches zero (NPV ÷ present value of the contribution), ${PCT2}?`,
      show: pct2,
      figures: { c, yrs, p, fx, k },
      key: div(npv, mul(k, f)),
      wrong: [
        [div(npv, mul(k - fx, f)), 'divides by the present value of the net inflow'],
        [div(npv, c), 'divides by the outlay'],
        [div(npv, k * yrs), 'divides by the undiscounted contribution'],
        [div(npv, mul(fx, f)), 'divides by the present value of the fixed costs'],
      ],
    }
  }),
  worked('present-value-of-reducing-balance-tax-allowances', (rng) => {
    const c = rng.int(40, 150) * 10
    const a = rng.pick([18, 20, 25])
    const p = rate(rng)
    const t = rng.pick([200, 250, 300])
    const tx = tenths(t)
    const wda1 = frac(c * a, 100)
    const wda2 = mul(wda1, frac(100 - a, 100))
    return {
      stem: `A machine costing ${kd(c)} today earns writing-down allowances of ${a}% a year on the reducing balance, the first for year 1. Tax is ${tenthPct(t)} and each year’s tax saving falls at that year’s end. At ${pcText(p)}, what is the present value of the tax saved by the allowances for years 1 and 2 only, ${THOUSAND}?`,
      show: inK,
      figures: { c, a, p, t },
      key: mul(tx, add(mul(wda1, disc(p, 1)), mul(wda2, disc(p, 2)))),
      wrong: [
        [
          mul(tx, mul(wda1, add(disc(p, 1), disc(p, 2)))),
          'takes year 2’s allowance on cost, not on the reducing balance',
        ],
        [
          add(mul(wda1, disc(p, 1)), mul(wda2, disc(p, 2))),
          'gives the allowances, not the tax they save',
        ],
        [mul(tx, add(wda1, wda2)), 'leaves the savings undiscounted'],
        [
          mul(tx, add(mul(wda1, disc(p, 2)), mul(wda2, disc(p, 3)))),
          'takes each saving a year late',
        ],
      ],
    }
  }),
  worked('divisible-projects-ranked-by-profitability-index', (rng) => {
    // Redraw until ranking by PI, by NPV and by size give three different orders.
    const pick = () => {
      const o0 = [rng.int(20, 60) * 10, rng.int(20, 60) * 10, rng.int(20, 60) * 10]
      return { o0, v0: o0.map((x) => Math.round((x * rng.int(8, 45)) / 100)) }
    }
    let { o0: o, v0: v } = pick()
    const orderBy = (score: (i: number) => number) => [0, 1, 2].sort((x, y) => score(y) - score(x))
    for (let k = 0; k < 40; k++) {
      const pi = orderBy((i) => v[i]! / o[i]!).join()
      if (pi !== orderBy((i) => v[i]!).join() && pi !== orderBy((i) => -o[i]!).join()) break
      ;({ o0: o, v0: v } = pick())
    }
    const cap = Math.round(((o[0]! + o[1]! + o[2]!) * rng.int(45, 70)) / 100 / 10) * 10
    const take = (order: number[], partial: boolean) => {
      let left = cap
      let got = frac(0)
      for (const i of order) {
        if (o[i]! <= left) {
          got = add(got, v[i]!)
          left -= o[i]!
        } else if (partial && left > 0) {
          got = add(got, frac(v[i]! * left, o[i]!))
          left = 0
        }
      }
      return got
    }
    const idx = [0, 1, 2]
    // Greedy by PI, but the project the budget runs out on adds its whole NPV.
    const fullLast = () => {
      let left = cap
      let got = frac(0)
      for (const i of byPiOrder()) {
        if (left <= 0) break
        got = add(got, v[i]!)
        left -= o[i]!
      }
      return got
    }
    const byPiOrder = () => [...idx].sort((x, y) => v[y]! * o[x]! - v[x]! * o[y]!)
    const byPi = [...idx].sort((x, y) => v[y]! * o[x]! - v[x]! * o[y]!)
    const byNpv = [...idx].sort((x, y) => v[y]! - v[x]!)
    const bySize = [...idx].sort((x, y) => o[x]! - o[y]!)
    if (byPi.join() === byNpv.join()) rest()
    return {
      stem: `A client has ${kd(cap)} to invest this year. Three independent, divisible projects need outlays of ${kd(o[0]!)}, ${kd(o[1]!)} and ${kd(o[2]!)} today with NPVs of ${kd(v[0]!)}, ${kd(v[1]!)} and ${kd(v[2]!)}; a part-project earns that share of its NPV. Ranking by profitability index (NPV ÷ outlay), what is the largest total NPV, ${THOUSAND}?`,
      show: inK,
      figures: { o0: o[0]!, o1: o[1]!, o2: o[2]!, v0: v[0]!, v1: v[1]!, v2: v[2]!, cap },
      key: take(byPi, true),
      wrong: [
        [take(byNpv, true), 'ranks by NPV'],
        [take(byPi, false), 'takes only whole projects'],
        [take(bySize, true), 'ranks by smallest outlay'],
        [frac(v[0]! + v[1]! + v[2]!), 'adds every NPV, ignoring the limit'],
        [fullLast(), 'counts the part-funded project’s whole NPV'],
      ],
    }
  }),
  worked('present-value-of-savings-received-in-advance', (rng) => {
    const a = rng.int(10, 90) * 10
    const yrs = rng.int(3, 8)
    const p = rate(rng)
    return {
      stem: `A lease saves a client ${kd(a)} a year for ${yrs} years, each saving at the start of its year, the first today. At ${pcText(p)}, what is the present value of the savings, ${THOUSAND}?`,
      show: inK,
      figures: { a, yrs, p },
      key: mul(a, add(1, af(p, yrs - 1))),
      wrong: [
        [mul(a, af(p, yrs)), 'discounts them as year-end savings'],
        [mul(a, add(1, af(p, yrs))), 'counts one saving too many'],
        [frac(a * yrs), 'leaves them undiscounted'],
        [mul(a, af(p, yrs + 1, 2)), 'starts them at the end of year 2'],
        [mul(a, af(p, yrs - 1)), 'leaves out the saving made today'],
        [
          mul(a, add(1, af(p, yrs - 1)), frac(100 + p, 100)),
          'adjusts for payment in advance twice',
        ],
      ],
    }
  }),
  worked('npv-net-of-rent-forgone-on-an-owned-building', (rng) => {
    const c = rng.int(40, 120) * 10
    const yrs = rng.int(3, 6)
    const p = rate(rng)
    const rent = rng.int(2, 8) * 10
    const sv = rng.int(2, 6) * 10
    const a = Math.round((c * rng.int(180, 230)) / 100 / yrs / 10) * 10 + rent
    const f = af(p, yrs)
    const key = sub(mul(a - rent, f), c)
    return {
      stem: `A project needs equipment costing ${kd(c)} today and earns ${kd(a)} a year for ${yrs} years. It will use a warehouse the client owns, which would otherwise be let for ${kd(rent)} a year (rent at each year end). A feasibility study costing ${kd(sv)} was paid for last month. At ${pcText(p)}, what is the NPV of the project on relevant cash flows, ${THOUSAND}?`,
      show: inK,
      figures: { c, yrs, p, rent, sv, a },
      key,
      wrong: [
        [sub(mul(a, f), c), 'leaves out the rent forgone'],
        [sub(key, sv), 'deducts the study, a sunk cost'],
        [sub(sub(mul(a, f), c), rent), 'takes the rent off once, not every year'],
        [sub(sub(mul(a, f), c), rent * yrs), 'takes the rent off undiscounted'],
        [sub(mul(a + rent, f), c), 'adds the rent as income'],
        [mul(key, disc(p, 1)), 'discounts every flow a year late, the outlay included'],
      ],
    }
  }),
]
