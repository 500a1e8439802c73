import { annualRate } from '../dju/dju-text.js'
import {
  add,
  CENT,
  client,
  DP1,
  div,
  frac,
  grow,
  mul,
  num,
  PCT1,
  pct,
  plain,
  power,
  refuse,
  rp,
  rt,
  sub,
  tenth,
  usd,
  usd0,
  worked,
} from './pfp-text.js'

// Goals and retirement. Stems state the withdrawal rate, when deposits fall (end of each period
// unless a stem says otherwise), the compounding and what grows at what rate, because the slips
// are monthly income capitalised as yearly, a pension left in the target, deposits made at the
// start, simple growth for compound, every deposit grown for the full term, and the loan-payment
// formula used for a savings goal.

const m2 = usd(2)
const m0 = usd(0)
/** ((1 + r)^k − 1) ÷ r: what deposits of one at the end of each of k periods grow to. */
const fvf = (r: ReturnType<typeof rt>, k: number) => div(sub(grow(r, k), 1), r)

export const GOALS_FAMILIES = [
  worked('retirement-target-from-a-withdrawal-rate', (rng) => {
    const mo = rng.int(40, 120) * 100
    const o = rng.int(12, 35) * 100
    const w = rng.pick([30, 35, 40, 45, 50])
    const s = rng.int(5, 60) * 10000
    const need = 12 * (mo - o)
    const key = frac(need * 1000, w)
    if (num(key) <= s + 10000) return refuse('already saved')
    return {
      stem: `${client(rng)} wants ${usd0(mo)} a month in retirement, of which Social Security will pay ${usd0(o)} a month; ${usd0(s)} is saved so far. The plan sizes the portfolio so that a ${(w / 10).toFixed(1)}% first-year withdrawal covers the rest of a year’s income: target = yearly withdrawal ÷ ${(w / 10).toFixed(1)}%. What is the target, to the nearest dollar?`,
      show: m0,
      figures: { mo, o, w, s },
      key,
      wrong: [
        [frac((mo - o) * 1000, w), 'capitalises the monthly shortfall as if yearly'],
        [frac(12 * mo * 1000, w), 'leaves Social Security in the target'],
        [sub(frac(12 * mo * 1000, w), 12 * o), 'takes Social Security off after capitalising'],
        [sub(key, s), 'gives what is still to save'],
        [mul(need, 25), 'uses 25 times the withdrawal, the 4 % rule, not the stated rate'],
        [mul(need, 30), 'covers 30 years of withdrawals with no growth'],
      ],
    }
  }),
  worked('second-year-withdrawal-with-inflation', (rng) => {
    const v = rng.int(40, 300) * 10000
    const w = rng.pick([35, 40, 45])
    const pi = rng.int(15, 45)
    const g = rng.int(30, 90)
    const first = mul(v, frac(w, 1000))
    return {
      stem: `${client(rng)} retires with ${usd0(v)} and follows a withdrawal rule: take ${(w / 10).toFixed(1)}% of the starting balance in year one, then raise that dollar amount by each year’s inflation. Inflation in year one was ${tenth(pi)} and the portfolio grew ${tenth(g)}. How much is withdrawn in year two, to the nearest dollar?`,
      show: m0,
      figures: { v, w, pi, g },
      key: mul(first, add(1, rt(pi))),
      wrong: [
        [first, 'does not raise it for inflation'],
        [mul(first, sub(1, rt(pi))), 'takes inflation off'],
        [div(mul(first, add(1, rt(pi))), 12), 'gives a monthly amount'],
        [mul(v, add(frac(w, 1000), rt(pi))), 'adds inflation to the withdrawal rate'],
        [mul(first, add(1, rt(pi)), add(1, rt(pi))), 'raises it for inflation twice'],
        [
          mul(v, sub(add(1, rt(g)), frac(w, 1000)), frac(w, 1000)),
          'takes the rate of the balance left after growth',
        ],
      ],
    }
  }),
  worked('future-value-of-yearly-savings', (rng) => {
    const d = rng.int(10, 80) * 100
    const r = rng.int(30, 90)
    const k = rng.int(8, 30)
    const f = fvf(rt(r), k)
    return {
      stem: `${client(rng)} saves ${usd0(d)} at the end of each year for ${k} years in an account earning ${tenth(r)} a year, compounded yearly. What is the balance just after the last deposit, ${CENT}?`,
      show: m2,
      figures: { d, r, k },
      key: mul(d, f),
      wrong: [
        [frac(d * k), 'leaves interest out'],
        [mul(d, grow(rt(r), k)), 'grows one deposit'],
        [mul(d, add(k, mul(rt(r), frac(k * (k - 1), 2)))), 'uses simple interest'],
        [mul(d, f, add(1, rt(r))), 'makes the deposits at the start of each year'],
        [mul(d * k, grow(rt(r), k)), 'grows every deposit for the full term'],
        [
          mul(d, k, add(1, mul(rt(r), k))),
          'adds simple interest on every deposit for the full term',
        ],
      ],
    }
  }),
  worked('monthly-saving-for-a-goal', (rng) => {
    const gl = rng.int(20, 120) * 1000
    const s = rng.int(1, 10) * 1000
    const a = rng.int(24, 72) * 10
    const y = rng.int(3, 10)
    const nn = 12 * y
    const r = div(frac(a, 10000), 12)
    const grown = mul(s, grow(r, nn))
    const gap = sub(gl, grown)
    if (num(gap) < 1000) return refuse('goal already met')
    return {
      stem: `${client(rng)} wants ${usd0(gl)} in ${y} years and has ${usd0(s)} saved. The account pays ${(a / 100).toFixed(2)}% a year, compounded monthly (monthly rate ÷ 12). Saving at the end of each month, and letting the ${usd0(s)} grow too, what monthly saving reaches the goal, ${CENT}?`,
      show: m2,
      figures: { gl, s, a, y },
      key: div(gap, fvf(r, nn)),
      wrong: [
        [frac(gl - s, nn), 'ignores interest'],
        [mul(gap, div(r, sub(1, div(1, grow(r, nn))))), 'uses the loan-payment formula'],
        [div(gl, fvf(r, nn)), 'ignores the savings already held'],
        [div(sub(gl, s), fvf(r, nn)), 'does not grow the savings already held'],
        [div(gap, mul(fvf(r, nn), add(1, r))), 'saves at the start of each month'],
        [
          div(div(sub(gl, mul(s, grow(frac(a, 10000), y))), fvf(frac(a, 10000), y)), 12),
          'works a yearly saving and divides it by 12',
        ],
      ],
    }
  }),
  worked('four-years-of-college-costs', (rng) => {
    const c = rng.int(12, 45) * 1000
    const g = rng.int(30, 60)
    const k = rng.int(5, 16)
    const f = add(1, rt(g))
    const key = mul(c, add(power(f, k), power(f, k + 1), power(f, k + 2), power(f, k + 3)))
    return {
      stem: `A year of college costs ${usd0(c)} today and costs rise ${tenth(g)} a year, compounded. ${client(rng)}’s child starts in ${k} years and attends four years, each paid at that year’s price. What is the total cost, to the nearest dollar?`,
      show: m0,
      figures: { c, g, k },
      key,
      wrong: [
        [mul(4 * c, power(f, k)), 'prices all four years at the first year’s cost'],
        [frac(4 * c), 'leaves cost growth out'],
        [mul(4 * c, add(1, mul(rt(g), k))), 'grows the cost by simple interest'],
        [mul(4 * c, power(f, k + 3)), 'prices all four years at the last year’s cost'],
        [mul(c, fvf(rt(g), k + 4), f), 'adds every year’s cost from now'],
        [mul(4 * c, power(f, k + 4)), 'grows the cost past the last year'],
      ],
    }
  }),
  worked('years-to-multiply-by-the-rule-of-72', (rng) => {
    const r = rng.pick([3, 4, 6, 8, 9, 12])
    const m = rng.int(2, 4)
    const k = 2 ** m
    const p = rng.int(5, 50) * 1000
    return {
      stem: `${client(rng)} has ${usd0(p)} earning ${r}% a year. By the rule of 72 (years to double = 72 ÷ the rate in percent), about how many years until it is ${k} times as large, ${DP1}?`,
      show: plain(1, 'years'),
      figures: { r, m, p },
      key: frac(72 * m, r),
      wrong: [
        [frac(72, r), 'gives one doubling'],
        [frac(72 * k, r), 'multiplies by the multiple instead of the doublings'],
        [frac(100 * m, r), 'uses 100 instead of 72'],
        [frac(72, r * m), 'divides by the doublings'],
        [frac(72 * (k - 1), r), 'counts the growth multiple less one as doublings'],
        [frac(72 * (m - 1), r), 'counts the doublings after the first only'],
      ],
    }
  }),
  worked('lump-sum-needed-today', (rng) => {
    const gl = rng.int(20, 200) * 1000
    const r = rng.int(30, 80)
    const y = rng.int(5, 25)
    return {
      stem: `${client(rng)} wants ${usd0(gl)} in ${y} years. How much must be invested today at ${tenth(r)} a year, compounded yearly, to reach it, ${CENT}?`,
      show: m2,
      figures: { gl, r, y },
      key: div(gl, grow(rt(r), y)),
      wrong: [
        [mul(gl, power(sub(1, rt(r)), y)), 'takes the rate off as a discount each year'],
        [div(gl, add(1, mul(rt(r), y))), 'discounts at simple interest'],
        [mul(gl, sub(1, mul(rt(r), y))), 'takes simple interest off the goal'],
        [frac(gl), 'ignores growth'],
        [div(gl, grow(div(rt(r), 12), 12 * y)), 'discounts monthly'],
        [div(gl, grow(div(rt(r), 12), y)), 'divides the rate by 12 and discounts yearly'],
      ],
    }
  }),
  worked('yearly-contribution-with-an-employer-match', (rng) => {
    const w = rng.int(40, 150) * 1000
    const c = rng.int(7, 12)
    return {
      stem: `${client(rng)} earns ${usd0(w)} and puts ${c}% of salary into a 401(k). The employer adds 50 cents per dollar on contributions up to 6% of salary. What goes into the account in a year, employee and employer together, to the nearest dollar?`,
      show: m0,
      figures: { w, c },
      key: mul(w, rp(c + 3)),
      wrong: [
        [mul(w, rp(c), frac(3, 2)), 'matches half of the whole contribution'],
        [mul(w, rp(c + 6)), 'matches dollar for dollar up to 6%'],
        [mul(w, rp(2 * c)), 'matches every dollar'],
        [mul(w, rp(c)), 'leaves the match out'],
        [mul(w, rp(9)), 'caps the employee’s own contribution at 6% too'],
        [mul(w, rp(3)), 'gives only the match'],
      ],
    }
  }),
  worked('portfolio-from-a-replacement-ratio', (rng) => {
    const i = rng.int(50, 160) * 1000
    const p = rng.pick([70, 75, 80])
    const ss = rng.int(12, 30) * 100
    const w = rng.pick([30, 35])
    const need = sub(mul(i, rp(p)), 12 * ss)
    if (num(need) < 5000) return refuse('no need')
    return {
      stem: `${client(rng)} earns ${usd0(i)} a year and plans to retire on ${p}% of it; Social Security will pay ${usd0(ss)} a month. The portfolio must support the rest at a ${(w / 10).toFixed(1)}% first-year withdrawal rate (target = yearly shortfall ÷ rate). What is the target, to the nearest dollar?`,
      show: m0,
      figures: { i, p, ss, w },
      key: div(need, frac(w, 1000)),
      wrong: [
        [div(mul(i, rp(p)), frac(w, 1000)), 'leaves Social Security out'],
        [
          div(sub(mul(i, rp(p)), ss), frac(w, 1000)),
          'takes one month of Social Security off a yearly need',
        ],
        [div(sub(i, 12 * ss), frac(w, 1000)), 'replaces the whole salary'],
        [mul(need, 25), 'uses 25 times, the 4 % rule, not the stated rate'],
        [mul(need, 20), 'uses 20 times, a 5 % rate'],
        [
          sub(div(mul(i, rp(p)), frac(w, 1000)), 12 * ss),
          'takes a year of Social Security off after capitalising',
        ],
      ],
    }
  }),
  worked('savings-now-plus-yearly-deposits', (rng) => {
    const s = rng.int(5, 100) * 1000
    const d = rng.int(10, 80) * 100
    const r = rng.int(30, 80)
    const k = rng.int(8, 25)
    const f = fvf(rt(r), k)
    const gs = mul(s, grow(rt(r), k))
    return {
      stem: `${client(rng)} has ${usd0(s)} invested and adds ${usd0(d)} at the end of each year for ${k} years, all earning ${tenth(r)} a year compounded yearly. What is the balance after the last deposit, ${CENT}?`,
      show: m2,
      figures: { s, d, r, k },
      key: add(gs, mul(d, f)),
      wrong: [
        [add(s, mul(d, f)), 'does not grow the savings already held'],
        [add(gs, frac(d * k)), 'does not grow the deposits'],
        [add(gs, mul(d, grow(rt(r), k))), 'grows only one deposit'],
        [add(gs, mul(d, f, add(1, rt(r)))), 'makes the deposits at the start of each year'],
        [mul(s + d * k, grow(rt(r), k)), 'grows every deposit for the full term'],
        [add(mul(s, grow(div(rt(r), 12), 12 * k)), mul(d, f)), 'compounds the savings monthly'],
      ],
    }
  }),
  worked('future-monthly-spending-need', (rng) => {
    const e = rng.int(30, 90) * 100
    const pi = rng.int(20, 40)
    const r = pi + rng.int(20, 50)
    const k = rng.int(10, 30)
    return {
      stem: `${client(rng)} spends ${usd0(e)} a month today and retires in ${k} years. With prices rising ${tenth(pi)} a year (compounded) and investments expected to return ${tenth(r)}, what monthly spending keeps the same standard of living at retirement, ${CENT}?`,
      show: m2,
      figures: { e, pi, r, k },
      key: mul(e, grow(rt(pi), k)),
      wrong: [
        [frac(e), 'leaves inflation out'],
        [mul(e, add(1, mul(rt(pi), k))), 'uses simple inflation'],
        [div(e, grow(rt(pi), k)), 'deflates instead of inflating'],
        [mul(e, grow(rt(r), k)), 'grows it at the investment return'],
        [mul(12 * e, grow(rt(pi), k)), 'gives the yearly amount'],
        [mul(e, grow(add(rt(pi), rt(r)), k)), 'grows it at inflation plus the return'],
      ],
    }
  }),
  worked('college-savings-gap', (rng) => {
    const t = rng.int(15, 40) * 1000
    const g = rng.int(30, 60)
    const b = rng.int(5, 60) * 1000
    const r = rng.int(40, 80)
    const k = rng.int(5, 15)
    const cost = mul(4 * t, grow(rt(g), k))
    const key = sub(cost, mul(b, grow(rt(r), k)))
    if (num(key) < 5000) return refuse('no gap')
    return {
      stem: `College costs ${usd0(t)} a year today and rises ${tenth(g)} a year; ${client(rng)} plans for four years all at the price in the first year of study, ${k} years from now. The 529 plan holds ${usd0(b)} and earns ${tenth(r)} a year, compounded. With no more deposits, how much will be short when college starts, to the nearest dollar?`,
      show: m0,
      figures: { t, g, b, r, k },
      key,
      wrong: [
        [sub(frac(4 * t), mul(b, grow(rt(r), k))), 'leaves cost growth out'],
        [sub(cost, b), 'does not grow the 529 balance'],
        [cost, 'ignores the 529 balance'],
        [
          sub(mul(4 * t, add(1, mul(rt(g), k))), mul(b, grow(rt(r), k))),
          'grows the cost by simple interest',
        ],
        [sub(cost, mul(b, add(1, mul(rt(r), k)))), 'grows the 529 by simple interest'],
        [sub(cost, mul(b, grow(rt(g), k))), 'grows the 529 at the rate costs rise'],
      ],
    }
  }),
  worked('return-needed-to-reach-a-goal', (rng) => {
    const p = rng.int(10, 100) * 1000
    const y = rng.int(5, 20)
    const gl = Math.round((p * rng.int(140, 400)) / 100 / 100) * 100
    const ratio = frac(gl, p)
    return {
      stem: `${client(rng)} has ${usd0(p)} and wants ${usd0(gl)} in ${y} years with no more deposits. What yearly return r, compounded yearly, gets there, the r with (1 + r)^${y} = ${usd0(gl)} ÷ ${usd0(p)}, ${PCT1}?`,
      show: pct(1),
      figures: { p, y, gl },
      key: annualRate(ratio, y, 1),
      wrong: [
        [frac(gl - p, p * y), 'divides the total growth by the years'],
        [frac(gl - p, p), 'gives the total growth'],
        [frac(gl - p, gl * y), 'divides the gain by the goal and the years'],
        [annualRate(ratio, 12 * y, 1), 'gives a monthly rate'],
        [annualRate(ratio, 2 * y, 1), 'gives a half-yearly rate'],
        [frac(gl - p, p * (y - 1)), 'divides the growth by one year fewer'],
      ],
    }
  }),
  worked('present-value-of-a-pension', (rng) => {
    const pn = rng.int(10, 40) * 1000
    const k = rng.int(15, 30)
    const r = rng.int(30, 70)
    const pv = mul(pn, div(sub(1, div(1, grow(rt(r), k))), rt(r)))
    return {
      stem: `${client(rng)} can take a pension of ${usd0(pn)} at the end of each year for ${k} years or a lump sum. At a ${tenth(r)} discount rate, what is the pension worth today, the present value of the payments, to the nearest dollar?`,
      show: m0,
      figures: { pn, k, r },
      key: pv,
      wrong: [
        [frac(pn * k), 'adds the payments without discounting'],
        [div(pn, rt(r)), 'values it as a pension paid for ever'],
        [mul(pv, add(1, rt(r))), 'takes the payments at the start of each year'],
        [div(pn * k, grow(rt(r), k)), 'discounts every payment from the last year'],
        [mul(pn, sub(1, div(1, grow(rt(r), k)))), 'leaves out the division by the rate'],
        [div(pn * k, add(1, mul(rt(r), k))), 'discounts the total at simple interest'],
      ],
    }
  }),
  worked('months-to-save-a-down-payment', (rng) => {
    const h = rng.int(200, 600) * 1000
    const d = rng.pick([5, 10, 15, 20])
    const c = rng.int(2, 5)
    const s = rng.int(2, 20) * 1000
    const m = rng.int(5, 30) * 100
    const need = (h * (d + c)) / 100 - s
    if (need < 3 * m || need % m === 0) return refuse('no saving needed')
    const months = (x: number) => frac(Math.ceil(x / m))
    return {
      stem: `${client(rng)} wants to buy a ${usd0(h)} home with ${d}% down and closing costs of ${c}% of the price, has ${usd0(s)} saved and saves ${usd0(m)} a month (no interest). After how many whole months is there enough?`,
      show: (x) => `${x.n / x.d} months`,
      figures: { h, d, c, s, m },
      key: months(need),
      wrong: [
        [months((h * d) / 100 - s), 'leaves the closing costs out'],
        [frac(Math.floor(need / m)), 'rounds down, leaving a shortfall'],
        [
          months((h * d) / 100 + (h * (100 - d) * c) / 10000 - s),
          'takes closing costs on the loan amount',
        ],
        [months((h * (d + c)) / 100), 'ignores the savings already held'],
        [months((h * (d + c)) / 100 + s), 'adds the savings to the target'],
        [months((h * d * (100 + c)) / 10000 - s), 'takes closing costs on the down payment'],
        [
          months((h * (100 + c) * d) / 10000 + (h * c) / 100 - s),
          'takes the down payment on the price plus closing costs',
        ],
      ],
    }
  }),
  worked('yearly-deposit-for-a-target', (rng) => {
    const t = rng.int(50, 500) * 1000
    const r = rng.int(30, 80)
    const k = rng.int(8, 25)
    const f = fvf(rt(r), k)
    return {
      stem: `${client(rng)} wants ${usd0(t)} in ${k} years, starting from nothing, in an account earning ${tenth(r)} a year compounded yearly. What deposit at the end of each year reaches it, ${CENT}?`,
      show: m2,
      figures: { t, r, k },
      key: div(t, f),
      wrong: [
        [frac(t, k), 'ignores interest'],
        [mul(t, div(rt(r), sub(1, div(1, grow(rt(r), k))))), 'uses the loan-payment formula'],
        [div(t, grow(rt(r), k)), 'gives the lump sum needed today'],
        [div(t, mul(f, add(1, rt(r)))), 'deposits at the start of each year'],
        [div(frac(t, k), grow(rt(r), k)), 'discounts the target and divides by the years'],
        [div(t, fvf(div(rt(r), 12), k)), 'divides the rate by 12 but deposits yearly'],
        [div(t, fvf(sub(grow(div(rt(r), 12), 12), 1), k)), 'compounds monthly, not yearly'],
      ],
    }
  }),
]
