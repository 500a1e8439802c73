import type { Rng } from '../../rng.js'
import {
  add,
  CENT,
  client,
  div,
  type Fraction,
  frac,
  grow,
  mul,
  num,
  pct,
  refuse,
  rp,
  rt,
  sub,
  tenth,
  usd,
  usd0,
  worked,
} from './pfp-text.js'

// Income tax in planning. Every item states its own bracket schedule, rates and caps (none is any
// country's law), because the slips are the top rate applied to all income, brackets applied to
// gross rather than taxable income, the marginal rate taken for the effective one, a deduction
// valued as a credit, payroll tax thought to fall with a pre-tax contribution, and caps ignored.

const m2 = usd(2)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'

/** A three-bracket schedule: rates in whole percents on income up to t1, t1 to t2, and above t2. */
interface Schedule {
  readonly t1: number
  readonly t2: number
  readonly r: readonly [number, number, number]
}
function schedule(rng: Rng): Schedule {
  const r = rng.pick([
    [10, 20, 30],
    [10, 22, 32],
    [12, 24, 35],
    [10, 25, 40],
  ] as const)
  return { t1: rng.int(10, 16) * 1000, t2: rng.int(40, 60) * 1000, r }
}
const says = (s: Schedule): string =>
  `${s.r[0]}% on taxable income up to ${usd0(s.t1)}, ${s.r[1]}% on income from ${usd0(s.t1)} to ${usd0(s.t2)}, and ${s.r[2]}% on income above ${usd0(s.t2)}`
/** Tax on taxable income `x` under the schedule. */
function tax(s: Schedule, x: Fraction | number): Fraction {
  const v = typeof x === 'number' ? frac(x) : x
  const band = (lo: number, hi: number | undefined, rate: number): Fraction => {
    const top = hi === undefined || num(v) < hi ? v : frac(hi)
    return num(top) > lo ? mul(sub(top, lo), rp(rate)) : frac(0)
  }
  return add(band(0, s.t1, s.r[0]), band(s.t1, s.t2, s.r[1]), band(s.t2, undefined, s.r[2]))
}
/** The schedule’s rate on the next dollar of taxable income `x`. */
const marginal = (s: Schedule, x: number): number =>
  x < s.t1 ? s.r[0] : x < s.t2 ? s.r[1] : s.r[2]
const figs = (s: Schedule) => ({ t1: s.t1, t2: s.t2, r0: s.r[0], r1: s.r[1], r2: s.r[2] })

export const TAX_FAMILIES = [
  worked('tax-under-progressive-brackets', (rng) => {
    const s = schedule(rng)
    const d = rng.int(12, 16) * 1000
    const g = rng.int(s.t2 / 1000 + 20, 160) * 1000
    const x = g - d
    return {
      stem: `A planner’s worked example uses these brackets: ${says(s)}. ${client(rng)} has gross income of ${usd0(g)} and a standard deduction of ${usd0(d)}. What is the income tax, ${CENT}?`,
      show: m2,
      figures: { ...figs(s), g, d },
      key: tax(s, x),
      wrong: [
        [mul(x, rp(s.r[2])), 'taxes all taxable income at the top rate'],
        [tax(s, g), 'applies the brackets to gross income'],
        [
          add(mul(s.t2, rp(s.r[1])), mul(x - s.t2, rp(s.r[2]))),
          'taxes the middle bracket from zero',
        ],
        [mul(x, rp(s.r[0])), 'taxes all taxable income at the lowest rate'],
        [mul(x - s.t2, rp(s.r[2])), 'taxes only the income in the top bracket'],
        [mul(x, rp(s.r[1])), 'taxes all taxable income at the middle rate'],
      ],
    }
  }),
  worked('effective-tax-rate', (rng) => {
    const s = schedule(rng)
    const d = rng.int(12, 16) * 1000
    const g = rng.int(s.t2 / 1000 + 15, 180) * 1000
    const x = g - d
    const t = tax(s, x)
    return {
      stem: `With brackets of ${says(s)}, ${client(rng)}’s gross income is ${usd0(g)} and taxable income, after a ${usd0(d)} deduction, is ${usd0(x)}. What is the effective tax rate, tax ÷ taxable income, ${PCT2}?`,
      show: pct(2),
      figures: { ...figs(s), g, d },
      key: div(t, x),
      wrong: [
        [rp(s.r[2]), 'gives the marginal rate'],
        [div(t, g), 'divides by gross income'],
        [rp(s.r[0]), 'gives the lowest rate'],
        [frac(s.r[0] + s.r[1] + s.r[2], 300), 'averages the three rates'],
        [div(tax(s, g), x), 'taxes gross income, divided by taxable'],
        [div(tax(s, g), g), 'applies the brackets to gross income'],
      ],
    }
  }),
  worked('raise-kept-across-a-bracket', (rng) => {
    const s = schedule(rng)
    const x = s.t2 - rng.int(1, 8) * 500
    const e = rng.int(5, 20) * 1000
    const tx = sub(tax(s, x + e), tax(s, x))
    return {
      stem: `Brackets: ${says(s)}. ${client(rng)}’s taxable income is ${usd0(x)} and a raise adds ${usd0(e)} of taxable income. How much of the raise is kept after income tax, ${CENT}?`,
      show: m2,
      figures: { ...figs(s), x, e },
      key: sub(e, tx),
      wrong: [
        [mul(e, rp(100 - s.r[2])), 'taxes the whole raise at the higher rate'],
        [mul(e, rp(100 - s.r[1])), 'taxes the whole raise at the current rate'],
        [frac(e), 'ignores tax'],
        [mul(e, rp(100 - s.r[0])), 'taxes the raise at the lowest rate'],
        [mul(e - (s.t2 - x), rp(100 - s.r[2])), 'drops the part of the raise below the threshold'],
        [mul(e, sub(1, div(tax(s, x + e), x + e))), 'taxes the raise at the new effective rate'],
      ],
    }
  }),
  worked('value-of-a-deduction', (rng) => {
    const s = schedule(rng)
    const x = rng.int(s.t1 / 1000 + 5, s.t2 / 1000 - 5) * 1000
    const d = rng.int(10, 60) * 100
    const m = marginal(s, x)
    return {
      stem: `Brackets: ${says(s)}. ${client(rng)}’s taxable income is ${usd0(x)} before a new ${usd0(d)} deduction, which leaves income in the same bracket. How much tax does the deduction save, ${CENT}?`,
      show: m2,
      figures: { ...figs(s), x, d },
      key: mul(d, rp(m)),
      wrong: [
        [frac(d), 'treats the deduction as a credit'],
        [mul(d, rp(100 - m)), 'takes the rate off the deduction'],
        [mul(d, rp(s.r[2])), 'uses the top rate'],
        [mul(d, rp(s.r[0])), 'uses the lowest rate'],
        [mul(d, div(tax(s, x), x)), 'uses the effective rate'],
        [mul(d, rp(m), rp(m)), 'applies the rate twice'],
      ],
    }
  }),
  worked('take-home-cost-of-a-pre-tax-contribution', (rng) => {
    const s = schedule(rng)
    const x = rng.int(s.t1 / 1000 + 5, s.t2 / 1000 - 8) * 1000
    const c = rng.int(10, 60) * 100
    const m = marginal(s, x)
    return {
      stem: `Brackets: ${says(s)}. ${client(rng)}’s taxable income is ${usd0(x)}. A ${usd0(c)} pre-tax 401(k) contribution lowers taxable income (staying in the same bracket) but not payroll taxes. By how much does take-home pay fall over the year, ${CENT}?`,
      show: m2,
      figures: { ...figs(s), x, c },
      key: mul(c, rp(100 - m)),
      wrong: [
        [frac(c), 'takes the whole contribution off take-home pay'],
        [mul(c, rp(m)), 'gives the tax saved'],
        [mul(c, rp(100 + m)), 'adds the tax to the contribution'],
        [mul(c, rp(100 - s.r[0])), 'uses the lowest rate'],
        [mul(c, rp(100 - s.r[2])), 'uses the top rate'],
        [mul(c, sub(rp(100 - m), frac(765, 10000))), 'thinks payroll tax falls too'],
      ],
    }
  }),
  worked('after-tax-value-of-a-traditional-account', (rng) => {
    const c = rng.int(5, 50) * 1000
    const g = rng.int(40, 80)
    const y = rng.int(10, 30)
    const tn = rng.pick([22, 24, 32])
    const tr = rng.pick([12, 15, 22])
    const grown = mul(c, grow(rt(g), y))
    return {
      stem: `${client(rng)} puts ${usd0(c)} pre-tax into a traditional account (today’s marginal rate ${tn}%). It grows ${tenth(g)} a year, compounded, for ${y} years and is then withdrawn in full and taxed as income at ${tr}%. What is left after tax, to the nearest dollar?`,
      show: usd(0),
      figures: { c, g, y, tn, tr },
      key: mul(grown, rp(100 - tr)),
      wrong: [
        [grown, 'ignores the tax on withdrawal'],
        [mul(grown, rp(100 - tn)), 'taxes it at today’s rate'],
        [sub(grown, mul(c, rp(tr))), 'taxes only the contribution'],
        [add(c, mul(sub(grown, c), rp(100 - tr))), 'taxes only the growth'],
        [mul(grown, rp(100 - tr), rp(100 - tn)), 'taxes it going in and coming out'],
        [mul(grown, rp(100 - tr - tn)), 'takes both rates off'],
      ],
    }
  }),
  worked('tax-on-a-long-term-gain', (rng) => {
    const nn = rng.int(5, 40) * 10
    const b = rng.int(2000, 9000)
    const sp = b + Math.round((b * rng.int(20, 120)) / 100)
    const cb = rng.int(5, 30)
    const cs = rng.int(5, 30)
    const m = rng.pick([22, 24, 32])
    const price = frac(nn * (sp - b), 100)
    const gain = sub(price, cb + cs)
    return {
      stem: `${client(rng)} sells ${nn} shares bought more than a year ago at $${(b / 100).toFixed(2)} for $${(sp / 100).toFixed(2)} a share, paying a $${cb} commission on the purchase and $${cs} on the sale. Long-term gains are taxed at 15% and ordinary income at ${m}%. The gain is sale proceeds less the sale commission, less the cost including the purchase commission. What is the tax, ${CENT}?`,
      show: m2,
      figures: { nn, b, sp, cb, cs, m },
      key: mul(gain, rp(15)),
      wrong: [
        [mul(gain, rp(m)), 'taxes it at the ordinary rate'],
        [mul(frac(nn * sp, 100), rp(15)), 'taxes the whole proceeds'],
        [mul(price, rp(15)), 'ignores the commissions'],
        [sub(mul(price, rp(15)), cb + cs), 'takes the commissions off the tax, not the gain'],
        [mul(gain, rp(10)), 'uses a 10% rate'],
        [mul(gain, rp(m - 15)), 'takes the gap between the two rates'],
      ],
    }
  }),
  worked('tax-equivalent-yield', (rng) => {
    const y = rng.int(200, 450)
    const t = rng.pick([22, 24, 32])
    const top = 37
    return {
      stem: `A municipal bond yields ${(y / 100).toFixed(2)}% free of federal income tax. ${client(rng)}’s marginal rate is ${t}% (the top rate is ${top}%). What taxable yield would match it, muni yield ÷ (1 − marginal rate), ${PCT2}?`,
      show: pct(2),
      figures: { y, t },
      key: div(frac(y, 10000), rp(100 - t)),
      wrong: [
        [mul(frac(y, 10000), rp(100 + t)), 'grosses up by multiplying by one plus the rate'],
        [frac(y, 10000), 'gives the muni yield'],
        [mul(frac(y, 10000), rp(100 - t)), 'takes tax off the muni yield'],
        [div(frac(y, 10000), rp(100 - top)), 'uses the top rate'],
        [div(frac(y, 10000), sub(rp(100 - t), frac(765, 10000))), 'adds payroll tax to the rate'],
        [div(frac(y, 10000), mul(rp(100 - t), rp(100 - t))), 'grosses up twice'],
      ],
    }
  }),
  worked('taxable-income-from-gross', (rng) => {
    const g = rng.int(50, 200) * 1000
    const c = rng.int(20, 150) * 100
    const h = rng.int(10, 40) * 100
    const em = Math.round((c * rng.int(3, 10)) / 1000) * 100
    const sd = rng.int(12, 16) * 1000
    const it = sd + rng.int(-40, 40) * 100
    if (it === sd) return refuse('deductions tie')
    const big = Math.max(sd, it)
    const small = Math.min(sd, it)
    return {
      stem: `${client(rng)} earns ${usd0(g)} gross, puts ${usd0(c)} into a pre-tax 401(k) and ${usd0(h)} into a pre-tax HSA, and can take either a ${usd0(sd)} standard deduction or itemised deductions of ${usd0(it)}, whichever is larger; the employer adds a ${usd0(em)} match to the 401(k). Taxable income is gross pay less the pre-tax contributions taken from that pay, less that deduction. What is it, to the nearest dollar?`,
      show: usd(0),
      figures: { g, c, h, em, sd, it },
      key: frac(g - c - h - big),
      wrong: [
        [frac(g - big), 'ignores the pre-tax contributions'],
        [frac(g - c - h - small), 'takes the smaller deduction'],
        [frac(g - c - h), 'leaves the deduction out'],
        [frac(g - c - h - sd - it), 'takes both deductions'],
        [sub(frac(g - c - h - big), mul(g, frac(765, 10000))), 'also takes payroll tax off'],
        [frac(g - c - big), 'leaves the HSA out'],
        [frac(g - c - h - em - big), 'also takes the employer match off'],
      ],
    }
  }),
  worked('credit-after-a-phase-out', (rng) => {
    const k = rng.int(1, 4)
    const cr = rng.pick([1000, 1500, 2000])
    const th = rng.pick([150000, 200000, 400000])
    const x = th + rng.int(2, 30) * 1000 + rng.int(1, 999)
    const cut = 50 * Math.ceil((x - th) / 1000)
    if (k * cr - cut < 200 || cr - cut < 50) return refuse('credit fully phased out')
    return {
      stem: `A credit of ${usd0(cr)} per child is reduced by $50 for each $1,000, or part of $1,000, of income above ${usd0(th)}. ${client(rng)} has ${k === 1 ? 'one child' : `${k} children`} and income of ${usd0(x)}. What credit is left, to the nearest dollar?`,
      show: usd(0),
      figures: { k, cr, th, x },
      key: frac(k * cr - cut),
      wrong: [
        [frac(k * cr), 'ignores the phase-out'],
        [frac(k * cr - 50 * Math.floor((x - th) / 1000)), 'counts only whole thousands'],
        [frac(k * cr - k * cut), 'reduces each child’s credit'],
        [frac(cr - cut), 'gives one child’s credit'],
        [sub(k * cr, mul(cut, frac(1, 2))), 'halves the reduction'],
        [frac(cut), 'gives the reduction, not the credit left'],
      ],
    }
  }),
  worked('self-employment-tax', (rng) => {
    const e = rng.int(20, 150) * 1000
    return {
      stem: `${client(rng)} has net self-employment earnings of ${usd0(e)}. Self-employment tax is 15.3% of 92.35% of net earnings (below the wage base). What is it, ${CENT}?`,
      show: m2,
      figures: { e },
      key: mul(e, frac(153, 1000), frac(9235, 10000)),
      wrong: [
        [mul(e, frac(153, 1000)), 'leaves out the 92.35% step'],
        [mul(e, frac(765, 10000)), 'charges only the employee half'],
        [mul(e, frac(765, 10000), frac(9235, 10000)), 'charges half the rate on 92.35%'],
        [
          div(mul(e, frac(153, 1000)), frac(9235, 10000)),
          'divides by 92.35% instead of multiplying',
        ],
        [mul(e, frac(124, 1000), frac(9235, 10000)), 'leaves out the Medicare part'],
        [mul(e, frac(153, 1000), frac(10765, 10000)), 'grosses the earnings up by 7.65%'],
      ],
    }
  }),
  worked('tax-saved-by-an-ira-deduction', (rng) => {
    const c = rng.int(10, 70) * 100
    const f = rng.pick([12, 22, 24, 32])
    const st = rng.int(30, 90)
    return {
      stem: `${client(rng)} makes a deductible ${usd0(c)} IRA contribution directly (not through payroll). The federal marginal rate is ${f}% and the flat state rate ${tenth(st)}, and the state allows the same deduction. How much income tax does it save in all, ${CENT}?`,
      show: m2,
      figures: { c, f, st },
      key: mul(c, add(rp(f), rt(st))),
      wrong: [
        [frac(c), 'treats the deduction as a credit'],
        [mul(c, add(rp(f), rt(st), frac(765, 10000))), 'adds payroll tax'],
        [mul(c, rp(f)), 'leaves out the state tax'],
        [mul(c, rt(st)), 'counts only the state tax'],
        [mul(c, rp(f), rt(st)), 'multiplies the two rates'],
        [mul(c, sub(1, add(rp(f), rt(st)))), 'gives the after-tax cost of the contribution'],
      ],
    }
  }),
  worked('early-withdrawal-after-tax-and-penalty', (rng) => {
    const w = rng.int(5, 60) * 1000
    const m = rng.pick([12, 22, 24])
    return {
      stem: `${client(rng)} takes ${usd0(w)} early from a traditional IRA. It is taxed as income at a ${m}% marginal rate and carries a 10% additional tax on the whole amount; no exception applies. What is left, to the nearest dollar?`,
      show: usd(0),
      figures: { w, m },
      key: mul(w, rp(90 - m)),
      wrong: [
        [mul(w, rp(100 - m)), 'leaves the 10% additional tax out'],
        [mul(w, rp(90)), 'leaves the income tax out'],
        [mul(w, rp(100 - m), rp(90)), 'takes the 10% off what is left after income tax'],
        [mul(w, rp(70 - m)), 'takes 20% withholding as a further charge'],
        [mul(w, rp(53)), 'uses the top rate of 37%'],
        [sub(mul(w, rp(90 - m)), mul(w, frac(765, 10000))), 'adds payroll tax'],
      ],
    }
  }),
  worked('itemised-deductions-with-a-salt-cap', (rng) => {
    const mi = rng.int(60, 200) * 100
    const mp = mi + rng.int(30, 120) * 100
    const si = rng.int(40, 120) * 100
    const pt = rng.int(30, 100) * 100
    const ch = rng.int(10, 60) * 100
    const sd = rng.int(12, 16) * 1000
    const cap = 10000
    const item = mi + Math.min(si + pt, cap) + ch
    if (item <= sd + 1000 || si + pt <= cap) return refuse('standard deduction wins')
    return {
      stem: `${client(rng)} made ${usd0(mp)} of mortgage payments, of which ${usd0(mi)} was interest, and paid ${usd0(si)} state income tax, ${usd0(pt)} property tax and gave ${usd0(ch)} to charity. State and local taxes together count up to ${usd0(cap)}; the standard deduction is ${usd0(sd)}. What deduction should be taken, the larger of the two, to the nearest dollar?`,
      show: usd(0),
      figures: { mi, mp, si, pt, ch, sd },
      key: frac(item),
      wrong: [
        [frac(mi + si + pt + ch), 'ignores the cap'],
        [frac(sd), 'takes the standard deduction'],
        [frac(item + sd), 'takes both'],
        [frac(mi + ch), 'leaves state and local taxes out'],
        [frac(item - sd), 'gives the excess over the standard deduction'],
        [frac(item - mi + mp), 'deducts the whole mortgage payment'],
        [frac(mi + Math.min(si, cap) + ch), 'leaves the property tax out of state and local taxes'],
        [frac(item - ch), 'leaves the charity out'],
      ],
    }
  }),
  worked('tax-saved-by-dropping-below-a-threshold', (rng) => {
    const s = schedule(rng)
    const over = rng.int(1, 8) * 500
    const x = s.t2 + over
    const c = over + rng.int(1, 8) * 500
    return {
      stem: `Brackets: ${says(s)}. ${client(rng)}’s taxable income is ${usd0(x)}. A ${usd0(c)} pre-tax contribution lowers it. How much income tax does that save, ${CENT}?`,
      show: m2,
      figures: { ...figs(s), x, c },
      key: sub(tax(s, x), tax(s, x - c)),
      wrong: [
        [mul(c, rp(s.r[2])), 'saves the top rate on all of it'],
        [mul(c, rp(s.r[1])), 'saves the middle rate on all of it'],
        [mul(over, rp(s.r[2])), 'counts only the part above the threshold'],
        [frac(c), 'treats it as a credit'],
        [mul(c, div(tax(s, x), x)), 'uses the effective rate'],
        [add(mul(c, rp(s.r[2])), mul(c - over, rp(s.r[1]))), 'adds both rates on the part below'],
      ],
    }
  }),
  worked('withholding-per-paycheck', (rng) => {
    const s = schedule(rng)
    const x = rng.int(s.t2 / 1000 + 5, 150) * 1000
    const cr = rng.int(5, 40) * 100
    const t = sub(tax(s, x), cr)
    return {
      stem: `Brackets: ${says(s)}. ${client(rng)}’s taxable income is expected to be ${usd0(x)}, with a ${usd0(cr)} tax credit. Paid every two weeks (26 paychecks), how much income tax should each paycheck withhold to cover the year exactly, ${CENT}?`,
      show: m2,
      figures: { ...figs(s), x, cr },
      key: div(t, 26),
      wrong: [
        [div(tax(s, x), 26), 'leaves the credit out'],
        [div(t, 24), 'divides by 24 semi-monthly pays'],
        [div(t, 52), 'divides by 52 weekly pays'],
        [div(tax(s, x - cr), 26), 'treats the credit as a deduction'],
        [div(sub(t, cr), 26), 'takes the credit off twice'],
        [div(mul(x, rp(s.r[2])), 26), 'taxes all income at the top rate, no credit'],
      ],
    }
  }),
]
