import { power } from '../dju/dju-text.js'
import {
  add,
  CENT,
  DP3,
  div,
  dol,
  factor3,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  rest,
  sub,
  two,
  worked,
} from './ins-text.js'

// Building a rate from loss experience, as an MGA's pricing analyst or an insurance-tech firm's
// rating engineer does. The slips are losses put over claims for exposures, expense and profit
// loads added on instead of divided out, a fixed expense loaded as if variable, a trend added up
// instead of compounded or run for the wrong number of years, credibility weights swapped, an
// off-balance turned upside down, and a deductible's savings counted on one kind of claim only.

export const PRICING_FAMILIES = [
  worked('pure-premium-with-allocated-loss-expense', (rng) => {
    const e = rng.int(500, 5000)
    const n = Math.round((e * rng.int(40, 150)) / 1000)
    const l = n * rng.int(20, 90) * 100
    const a = rng.int(8, 20)
    if (n < 5) rest()
    const key = div(mul(l, pc(100 + a)), e)
    return {
      stem: `A commercial van scheme had ${e.toLocaleString('en-US')} vehicle-years of exposure, ${n} claims and ${dol(l)} of ultimate losses. Allocated loss adjustment expense runs at ${a}% of losses and is priced into the pure premium. What is the pure premium per vehicle-year, ${CENT}?`,
      show: money,
      figures: { e, n, l, a },
      key,
      wrong: [
        [frac(l, e), 'leaves out the loss adjustment expense'],
        [div(mul(l, pc(100 + a)), n), 'divides by claims instead of exposure, giving severity'],
        [div(div(l, pc(100 - a)), e), 'grosses the expense up as a share of the total'],
        [div(mul(l, pc(100 + a)), e + n), 'adds the claims to the exposure'],
      ],
    }
  }),
  worked('gross-rate-from-pure-premium-fixed-and-variable-expense', (rng) => {
    const pp = rng.int(200, 1500)
    const fx = rng.int(20, 120)
    const v = rng.int(15, 30)
    const q = rng.int(3, 8)
    const key = div(pp + fx, pc(100 - v - q))
    return {
      stem: `A pricing analyst has a pure premium of ${dol(pp)} a policy, a fixed expense of ${dol(fx)} a policy, variable expenses of ${v}% of the gross premium and a profit load of ${q}% of the gross premium. What gross premium a policy covers them all, ${CENT}?`,
      show: money,
      figures: { pp, fx, v, q },
      key,
      wrong: [
        [mul(pp + fx, pc(100 + v + q)), 'adds the loads on top instead of dividing them out'],
        [add(div(pp, pc(100 - v - q)), fx), 'leaves the fixed expense unloaded'],
        [div(pp + fx, pc(100 - v)), 'leaves out the profit load'],
        [div(pp, pc(100 - v - q)), 'leaves out the fixed expense'],
      ],
    }
  }),
  worked('developed-loss-cost-per-100-of-payroll', (rng) => {
    const py = rng.int(200, 2000) * 10000
    const l = rng.int(50, 400) * 1000
    const c = rng.int(1100, 1600)
    const key = div(mul(l, frac(c, 1000)), frac(py, 100))
    return {
      stem: `A contractors’ book has ${dol(py)} of payroll, its exposure base, and ${dol(l)} of reported losses with a cumulative development factor to ultimate of ${(c / 1000).toFixed(3)}. What is the loss cost per $100 of payroll, ${CENT}?`,
      show: money,
      figures: { py, l, c },
      key,
      wrong: [
        [div(l, frac(py, 100)), 'leaves the losses undeveloped'],
        [div(mul(l, frac(c, 1000)), frac(py, 1000)), 'works per $1,000 of payroll'],
        [div(div(l, frac(c, 1000)), frac(py, 100)), 'divides by the development factor'],
        [div(mul(l, frac(c - 1000, 1000)), frac(py, 100)), 'prices only the IBNR'],
        [
          div(mul(l, frac(c + 1000, 1000)), frac(py, 100)),
          'adds the developed losses to the reported ones',
        ],
      ],
    }
  }),
  worked('losses-trended-for-frequency-and-severity', (rng) => {
    const l = rng.int(500, 5000) * 1000
    const s = rng.int(3, 9)
    const g = rng.int(1, 4)
    const y = rng.int(2, 4)
    const both = mul(pc(100 + s), pc(100 - g))
    const key = mul(l, power(both, y))
    return {
      stem: `Experience-period losses are ${dol(l)}. Claim severity is trending up ${s}% a year and claim frequency down ${g}% a year, each compounding yearly, and the trend period is ${y} years. What are the trended losses, ${CENT}?`,
      show: money,
      figures: { l, s, g, y },
      key,
      wrong: [
        [mul(l, add(1, frac(y * (s - g), 100))), 'adds up the yearly trends'],
        [mul(l, power(pc(100 + s), y)), 'leaves out the frequency trend'],
        [mul(l, power(both, y - 1)), 'trends one year too few'],
        [
          mul(l, power(pc(100 + s), y), power(pc(100 + g), y)),
          'trends frequency up instead of down',
        ],
      ],
    }
  }),
  worked('experience-modification-with-credibility', (rng) => {
    const ex = rng.int(50, 500) * 1000
    const ac = Math.round((ex * rng.int(50, 180)) / 100 / 1000) * 1000
    const z = rng.int(15, 60)
    if (Math.abs(ac - ex) < 5000) rest()
    const key = add(mul(frac(ac, ex), pc(z)), pc(100 - z))
    return {
      stem: `A contractor’s expected losses for its payroll are ${dol(ex)}; its actual losses were ${dol(ac)}. Its experience is given ${z}% credibility, the rest resting on the expected. What is its experience modification factor, ${DP3}?`,
      show: factor3,
      figures: { ex, ac, z },
      key,
      wrong: [
        [frac(ac, ex), 'gives its experience full credibility'],
        [add(mul(frac(ac, ex), pc(100 - z)), pc(z)), 'swaps the credibility weights'],
        [mul(frac(ac, ex), pc(z)), 'leaves out the weight on expected'],
        [add(mul(frac(ex, ac), pc(z)), pc(100 - z)), 'puts expected over actual'],
      ],
    }
  }),
  worked('credibility-weighted-rate-with-buhlmann-credibility', (rng) => {
    const n = rng.int(200, 3000)
    const k = rng.int(500, 5000)
    const ob = rng.int(300, 900)
    const cp = rng.int(300, 900)
    if (Math.abs(ob - cp) < 60) rest()
    const z = frac(n, n + k)
    const key = add(mul(z, ob), mul(sub(1, z), cp))
    return {
      stem: `An MGA’s own scheme shows a loss cost of ${dol(ob)} a unit over ${n.toLocaleString('en-US')} exposure units; the market loss cost, its complement, is ${dol(cp)}. Credibility is Z = n ÷ (n + ${k.toLocaleString('en-US')}), n being the scheme’s exposure units. What is the credibility-weighted loss cost, ${CENT}?`,
      show: money,
      figures: { n, k, ob, cp },
      key,
      wrong: [
        [add(mul(z, cp), mul(sub(1, z), ob)), 'swaps the credibility weights'],
        [frac(ob + cp, 2), 'takes the simple average'],
        [
          add(mul(lesser(n, k), ob, frac(1, k)), mul(sub(1, frac(lesser(n, k), k)), cp)),
          'takes Z as n over the constant',
        ],
        [mul(z, ob), 'leaves out the complement’s weight'],
      ],
    }
  }),
  worked('on-level-earned-premium-after-a-rate-change', (rng) => {
    const po = rng.int(500, 3000) * 1000
    const pn = rng.int(500, 3000) * 1000
    const c = rng.int(4, 15)
    const key = add(mul(po, pc(100 + c)), pn)
    return {
      stem: `A year’s earned premium was ${dol(po)} earned on policies written at the old rates and ${dol(pn)} on policies written after a ${c}% rate increase. What is the earned premium at current rate level, ${CENT}?`,
      show: money,
      figures: { po, pn, c },
      key,
      wrong: [
        [frac(po + pn), 'leaves the premium at historical rates'],
        [mul(po + pn, pc(100 + c)), 'raises all the premium, new rates included'],
        [add(frac(po), mul(pn, pc(100 + c))), 'raises the premium already at the new rates'],
        [add(div(po, pc(100 - c)), pn), 'grosses the old premium up by the change'],
      ],
    }
  }),
  worked('loss-elimination-ratio-of-a-deductible', (rng) => {
    const d = rng.int(2, 10) * 500
    const ns = rng.int(20, 120)
    const ss = ns * Math.round((d * rng.int(30, 70)) / 100)
    const nl = rng.int(10, 80)
    const sl = nl * (d + rng.int(2, 20) * 500)
    const key = frac(ss + nl * d, ss + sl)
    return {
      stem: `A pricing analyst studies a ${dol(d)} deductible on a book’s ground-up claims: ${ns} claims below ${dol(d)} totalling ${dol(ss)}, and ${nl} claims above it totalling ${dol(sl)}. What share of losses would the deductible eliminate, ${PCT2}?`,
      show: pct2,
      figures: { d, ns, ss, nl, sl },
      key,
      wrong: [
        [frac(nl * d, ss + sl), 'counts only the deductible on the larger claims'],
        [frac(ss, ss + sl), 'counts only the small claims'],
        [frac((ns + nl) * d, ss + sl), 'takes the full deductible off every claim'],
        [frac(ns, ns + nl), 'gives the share of claims eliminated'],
        [frac(ss + nl * d, sl), 'divides by the losses on the larger claims only'],
        [frac(ss + nl * d, sl - nl * d), 'divides by the losses the insurer still pays'],
      ],
    }
  }),
  worked('loss-cost-with-capped-large-losses-and-an-excess-load', (rng) => {
    const e = rng.int(1000, 8000)
    const cap = rng.int(10, 50) * 10000
    const base = rng.int(200, 1500) * 1000
    const big1 = cap + rng.int(1, 40) * 10000
    const big2 = cap + rng.int(1, 40) * 10000
    const x = rng.int(5, 20)
    const capped = base + 2 * cap
    const key = div(mul(capped, pc(100 + x)), e)
    return {
      stem: `A liability scheme’s experience is ${e.toLocaleString('en-US')} exposure units, ${dol(base)} of losses on claims under ${dol(cap)}, and two large claims of ${dol(big1)} and ${dol(big2)}. The analyst caps each claim at ${dol(cap)} and adds an excess-loss load of ${x}% to the capped losses in place of the excess. What is the loss cost per exposure unit, ${CENT}?`,
      show: money,
      figures: { e, cap, base, big1, big2, x },
      key,
      wrong: [
        [frac(base + big1 + big2, e), 'uses the uncapped losses'],
        [frac(capped, e), 'leaves out the excess-loss load'],
        [div(mul(base + big1 + big2, pc(100 + x)), e), 'loads the uncapped losses'],
        [div(mul(base, pc(100 + x)), e), 'drops the large claims instead of capping them'],
      ],
    }
  }),
  worked('base-rate-after-an-off-balance-for-new-relativities', (rng) => {
    const b = rng.int(300, 1200)
    const e1 = rng.int(100, 900)
    const e2 = rng.int(100, 900)
    const e3 = rng.int(100, 900)
    const r2 = rng.int(110, 160)
    const r3 = rng.int(140, 220)
    const n2 = r2 + rng.int(-15, 20)
    const n3 = r3 + rng.int(5, 40)
    const cur = e1 * 100 + e2 * r2 + e3 * r3
    const prop = e1 * 100 + e2 * n2 + e3 * n3
    if (n2 === r2 || Math.abs(cur - prop) < 500) rest()
    const key = div(mul(b, cur), prop)
    return {
      stem: `An insurer’s base class (relativity 1.00) has a base rate of ${dol(b)}. Classes A (base), B and C have ${e1}, ${e2} and ${e3} exposures, with current relativities 1.00, ${(r2 / 100).toFixed(2)} and ${(r3 / 100).toFixed(2)}; the new relativities are 1.00, ${(n2 / 100).toFixed(2)} and ${(n3 / 100).toFixed(2)}. To keep total premium unchanged, the base rate is multiplied by the exposure-weighted average current relativity over the proposed one. What is the new base rate, ${CENT}?`,
      show: money,
      figures: { b, e1, e2, e3, r2, r3, n2, n3 },
      key,
      wrong: [
        [frac(b), 'leaves the base rate unchanged'],
        [div(mul(b, prop), cur), 'turns the off-balance upside down'],
        [div(mul(b, 100 + r2 + r3), 100 + n2 + n3), 'averages the relativities without weights'],
        [div(mul(b, prop * 2 - cur), prop), 'takes the off-balance change off instead of dividing'],
      ],
    }
  }),
  worked('earned-car-years-in-a-calendar-year', (rng) => {
    const v1 = rng.int(2, 30)
    const v2 = rng.int(2, 30)
    const v3 = rng.int(2, 30)
    const m1 = rng.int(1, 4)
    const m2 = rng.int(5, 8)
    const m3 = rng.int(9, 11)
    const key = frac(v1 * (12 - m1) + v2 * (12 - m2) + v3 * (12 - m3), 12)
    return {
      stem: `A fleet scheme incepted three annual policies this year: ${v1} vans on the first of month ${m1 + 1}, ${v2} vans on the first of month ${m2 + 1} and ${v3} vans on the first of month ${m3 + 1}. No vehicles changed mid-term. How many car-years of exposure did they earn in this calendar year, to two decimal places (a half rounded up)?`,
      show: two,
      figures: { v1, v2, v3, m1, m2, m3 },
      key,
      wrong: [
        [frac(v1 + v2 + v3), 'counts written exposure'],
        [frac(v1 * m1 + v2 * m2 + v3 * m3, 12), 'counts the months before inception'],
        [
          frac(v1 * (13 - m1) + v2 * (13 - m2) + v3 * (13 - m3), 12),
          'counts the month of inception as a month before it',
        ],
        [frac(v1 + v2 + v3, 2), 'takes every policy as written mid-year'],
      ],
    }
  }),
  worked('profit-provision-in-a-gross-premium', (rng) => {
    const pp = rng.int(200, 1500)
    const fx = rng.int(20, 120)
    const v = rng.int(15, 30)
    const q = rng.int(3, 8)
    const g = div(pp + fx, pc(100 - v - q))
    return {
      stem: `A policy’s gross premium is set so that the pure premium of ${dol(pp)} and the fixed expense of ${dol(fx)} are covered after variable expenses of ${v}% and a profit provision of ${q}%, both as shares of the gross premium. How many dollars of each gross premium are the profit provision, ${CENT}?`,
      show: money,
      figures: { pp, fx, v, q },
      key: mul(g, pc(q)),
      wrong: [
        [mul(pp, pc(q)), 'takes the profit percentage of the pure premium'],
        [mul(pp + fx, pc(q)), 'takes the profit percentage of the costs'],
        [mul(g, pc(v)), 'gives the variable expense'],
        [
          mul(div(pp + fx, pc(100 - v)), pc(q)),
          'takes it on a premium that leaves out the profit load',
        ],
        [mul(g, pc(v + q)), 'gives the variable expense and profit together'],
        [sub(g, pp), 'gives the whole load over the pure premium'],
      ],
    }
  }),
  worked('projected-loss-ratio-from-developed-trended-losses', (rng) => {
    const l = rng.int(500, 3000) * 1000
    const c = rng.int(1050, 1400)
    const t = rng.int(3, 8)
    const y = rng.int(2, 3)
    const ep = rng.int(1000, 5000) * 1000
    const ol = rng.int(102, 115)
    const ult = mul(l, frac(c, 1000))
    const tr = power(pc(100 + t), y)
    const key = div(mul(ult, tr), mul(ep, pc(ol)))
    return {
      stem: `For a rate review, an accident year has ${dol(l)} of reported losses, a development factor to ultimate of ${(c / 1000).toFixed(3)}, and a severity trend of ${t}% a year compounding over ${y} years. Its earned premium of ${dol(ep)} is brought to current rates with an on-level factor of ${(ol / 100).toFixed(2)}. What is its projected loss ratio, ${PCT2}?`,
      show: pct2,
      figures: { l, c, t, y, ep, ol },
      key,
      wrong: [
        [div(ult, mul(ep, pc(ol))), 'leaves out the trend'],
        [div(mul(ult, tr), ep), 'leaves the premium at historical rates'],
        [div(mul(l, tr), mul(ep, pc(ol))), 'leaves the losses undeveloped'],
        [div(mul(ult, tr, pc(ol)), ep), 'multiplies the losses by the on-level factor'],
        [div(mul(ult, power(pc(100 + t), y + 1)), mul(ep, pc(ol))), 'trends one year too many'],
        [div(mul(ult, add(1, frac(y * t, 100))), mul(ep, pc(ol))), 'adds up the yearly trends'],
      ],
    }
  }),
  worked('rate-per-1000-of-sum-insured-from-a-loss-cost', (rng) => {
    const si = rng.int(100, 900) * 1000000
    const l = Math.round((si * rng.int(5, 30)) / 10000 / 1000) * 1000
    const v = rng.int(20, 35)
    const q = rng.int(3, 8)
    const lc = frac(l, si / 1000)
    const key = div(lc, pc(100 - v - q))
    return {
      stem: `A property scheme insures ${dol(si)} in all and expects ${dol(l)} of losses a year. Expenses are ${v}% and profit ${q}% of the gross premium. What gross rate per $1,000 of sum insured does it need, ${CENT}?`,
      show: money,
      figures: { si, l, v, q },
      key,
      wrong: [
        [lc, 'leaves out the expense and profit loads'],
        [mul(lc, pc(100 + v + q)), 'adds the loads on top'],
        [div(frac(l, si / 100), pc(100 - v - q)), 'works per $100 of sum insured'],
        [div(lc, pc(100 - v)), 'leaves out the profit load'],
      ],
    }
  }),
  worked('claim-frequency-a-premium-can-support', (rng) => {
    const g = rng.int(300, 2000)
    const v = rng.int(20, 35)
    const q = rng.int(3, 8)
    const s = rng.int(40, 200) * 100
    const key = div(mul(g, pc(100 - v - q), 100), s)
    return {
      stem: `A product’s gross premium is ${dol(g)} a policy; expenses take ${v}% and the profit target ${q}% of it, leaving the rest for claims. The average claim costs ${dol(s)}. How many claims per 100 policies can the premium support before the profit target is missed, to two decimal places (a half rounded up)?`,
      show: two,
      figures: { g, v, q, s },
      key,
      wrong: [
        [frac(g * 100, s), 'leaves out expenses and profit'],
        [div(mul(g, pc(100 - v), 100), s), 'leaves out the profit target'],
        [div(mul(g, pc(100 - v - q)), s), 'gives claims per policy'],
        [div(mul(g, pc(v + q), 100), s), 'gives the expense and profit share to claims'],
        [div(mul(g, pc(100 - q), 100), s), 'leaves out the expenses'],
        [div(mul(g, pc(100 - v - q), 1000), s), 'gives claims per 1,000 policies'],
      ],
    }
  }),
]

const lesser = (a: number, b: number): number => Math.min(a, b)
