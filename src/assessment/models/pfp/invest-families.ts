import {
  add,
  CENT,
  client,
  DP1,
  div,
  type Fraction,
  frac,
  grow,
  mul,
  num,
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

// Investing and growth. Stems state the compounding, the order of fees and growth, what a return
// is measured over and the rounding, because the slips are simple interest for compound, monthly
// compounding where the stem says yearly, inflation subtracted where it divides, fees charged once
// instead of every year, a plain average where money weights the figures, and the arithmetic mean
// price where dollar-cost averaging buys at the harmonic one.

const m2 = usd(2)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const p2 = pct(2)
const sum = (xs: readonly Fraction[]): Fraction => add(...xs)
const dollarsC = (c: number): string => `$${(c / 100).toFixed(2)}`

export const INVEST_FAMILIES = [
  worked('compound-growth-of-a-lump-sum', (rng) => {
    const p = rng.int(5, 80) * 1000
    const r = rng.int(30, 90)
    const y = rng.int(5, 25)
    const i = rt(r)
    return {
      stem: `${client(rng)} invests ${usd0(p)} at ${tenth(r)} a year, compounded once a year, and adds nothing. What is it worth after ${y} years, ${CENT}?`,
      show: m2,
      figures: { p, r, y },
      key: mul(p, grow(i, y)),
      wrong: [
        [mul(p, add(1, mul(i, y))), 'uses simple interest'],
        [mul(p, sub(grow(i, y), 1)), 'gives only the growth'],
        [mul(p, grow(div(i, 12), y)), 'divides the rate by 12 but compounds yearly'],
        [mul(p, grow(div(i, 12), 12 * y)), 'compounds monthly'],
        [mul(p, grow(div(i, 4), 4 * y)), 'compounds quarterly'],
        [mul(p, grow(div(i, 2), 2 * y)), 'compounds twice a year'],
      ],
    }
  }),
  worked('real-return-after-tax-and-inflation', (rng) => {
    const i = rng.int(50, 120)
    const t = rng.pick([15, 20, 22, 24, 25, 30])
    const pi = rng.int(15, 40)
    const net = mul(rt(i), rp(100 - t))
    if (num(net) - num(rt(pi)) < 0.012) return refuse('no real return after tax')
    const key = sub(div(add(1, net), add(1, rt(pi))), 1)
    return {
      stem: `A taxable bond fund returns ${tenth(i)} a year, taxed at ${t}%, while inflation runs at ${tenth(pi)}. The after-tax real return is (1 + nominal return × (1 − tax rate)) ÷ (1 + inflation) − 1. What is it, ${PCT2}?`,
      show: p2,
      figures: { i, t, pi },
      key,
      wrong: [
        [sub(div(add(1, rt(i)), add(1, rt(pi))), 1), 'ignores the tax'],
        [sub(net, rt(pi)), 'subtracts inflation from the after-tax return'],
        [net, 'gives the after-tax nominal return'],
        [
          sub(sub(div(add(1, rt(i)), add(1, rt(pi))), 1), mul(rt(i), rp(t))),
          'takes the tax off after deflating',
        ],
        [sub(mul(add(1, net), sub(1, rt(pi))), 1), 'takes inflation off as a discount'],
        [div(sub(net, rt(pi)), add(1, net)), 'divides by one plus the after-tax return'],
      ],
    }
  }),
  worked('cost-of-an-annual-fee', (rng) => {
    const p = rng.int(10, 200) * 1000
    const g = rng.int(50, 90)
    const f = rng.pick([50, 75, 100, 120, 150])
    const y = rng.int(10, 30)
    const gross = mul(p, grow(rt(g), y))
    const net = mul(p, grow(sub(rt(g), frac(f, 100000)), y))
    const fr = frac(f, 100000)
    return {
      stem: `A deposit of ${usd0(p)} grows at ${tenth(g)} a year before fees for ${y} years. A fund charging ${(f / 1000).toFixed(2)}% a year grows at the return less the fee, compounded yearly. How much smaller is its ending value than with no fee, ${CENT}?`,
      show: m2,
      figures: { p, g, f, y },
      key: sub(gross, net),
      wrong: [
        [mul(p, fr, y), 'charges the fee on the starting balance each year'],
        [mul(p, fr), 'charges one year’s fee on the start'],
        [mul(fr, sub(gross, p)), 'charges the fee once on the gain'],
        [mul(gross, fr, y), 'charges the fee on the final value every year'],
        [
          sub(gross, mul(p, grow(sub(mul(add(1, rt(g)), sub(1, fr)), 1), y))),
          'takes the fee off after each year’s growth',
        ],
        [mul(gross, fr), 'charges one year’s fee on the final value'],
        [mul(sub(gross, p), fr, y), 'charges the fee on the final gain every year'],
      ],
    }
  }),
  worked('value-after-fees', (rng) => {
    const p = rng.int(10, 200) * 1000
    const g = rng.int(50, 90)
    const f = rng.pick([5, 8, 10, 12, 15, 20])
    const y = rng.int(10, 30)
    const fr = rt(f)
    return {
      stem: `${client(rng)} puts ${usd0(p)} in a fund returning ${tenth(g)} a year before a ${tenth(f)} yearly fee; each year the balance grows at the return less the fee (compounded yearly). What is it worth after ${y} years, ${CENT}?`,
      show: m2,
      figures: { p, g, f, y },
      key: mul(p, grow(sub(rt(g), fr), y)),
      wrong: [
        [mul(p, grow(rt(g), y)), 'leaves the fee out'],
        [
          sub(mul(p, grow(rt(g), y)), mul(p, fr, y)),
          'takes the fee off the start each year, uncompounded',
        ],
        [mul(p, grow(rt(g), y), sub(1, fr)), 'charges the fee once, at the end'],
        [
          mul(p, power(mul(add(1, rt(g)), sub(1, fr)), y)),
          'takes the fee off the grown balance each year',
        ],
        [mul(p, add(1, mul(sub(rt(g), fr), y))), 'uses simple growth'],
        [sub(mul(p, grow(sub(rt(g), fr), y)), mul(p, fr, y)), 'takes the fees off twice'],
      ],
    }
  }),
  worked('money-weighted-portfolio-return', (rng) => {
    const a = [rng.int(5, 90) * 1000, rng.int(5, 90) * 1000, rng.int(5, 90) * 1000]
    const r = [rng.int(20, 160), rng.int(-60, 60), rng.int(10, 90)]
    if (new Set(a).size < 3 || r[1] === 0) return refuse('holdings not distinct')
    const total = a[0]! + a[1]! + a[2]!
    const key = frac(a[0]! * r[0]! + a[1]! * r[1]! + a[2]! * r[2]!, 1000 * total)
    const big = a.indexOf(Math.max(...a))
    return {
      stem: `${client(rng)} holds ${usd0(a[0]!)} in a stock fund that returned ${tenth(r[0]!)}, ${usd0(a[1]!)} in a property fund that returned ${tenth(r[1]!)}, and ${usd0(a[2]!)} in a bond fund that returned ${tenth(r[2]!)} over the year. Weighting each return by the money in the fund at the start, what did the portfolio return, ${PCT2}?`,
      show: p2,
      figures: { a0: a[0]!, a1: a[1]!, a2: a[2]!, r0: r[0]!, r1: r[1]!, r2: r[2]! },
      key,
      wrong: [
        [frac(r[0]! + r[1]! + r[2]!, 3000), 'averages the three returns'],
        [rt(r[big]!), 'takes the largest holding’s return'],
        [frac(r[0]! + r[1]! + r[2]!, 1000), 'adds the three returns'],
        [div(key, 3), 'weights the returns, then divides by three'],
        [frac(a[0]! * r[0]! + a[2]! * r[2]!, 1000 * total), 'leaves out the property fund'],
        [
          frac(a[0]! * r[0]! + a[1]! * Math.abs(r[1]!) + a[2]! * r[2]!, 1000 * total),
          'counts the property fund’s return as a gain',
        ],
      ],
    }
  }),
  worked('dollar-cost-average-price', (rng) => {
    const m = rng.int(2, 20) * 50
    const ps = [rng.int(2000, 8000), 0, 0, 0]
    for (let k = 1; k < 4; k++) ps[k] = Math.round((ps[k - 1]! * rng.int(80, 125)) / 100)
    if (new Set(ps).size < 4) return refuse('prices not distinct')
    const shares = sum(ps.map((c) => frac(m * 100, c)))
    const sorted = [...ps].sort((x, y) => x - y)
    return {
      stem: `${client(rng)} invests ${usd0(m)} in a fund on the first of each month for four months, at prices of ${ps.map(dollarsC).join(', ')} a share (fractional shares allowed). What is the average cost per share, total invested ÷ total shares, ${CENT}?`,
      show: m2,
      figures: { m, p0: ps[0]!, p1: ps[1]!, p2: ps[2]!, p3: ps[3]! },
      key: div(4 * m, shares),
      wrong: [
        [frac(ps[0]! + ps[1]! + ps[2]! + ps[3]!, 400), 'averages the four prices'],
        [frac(sorted[1]! + sorted[2]!, 200), 'takes the median price'],
        [frac(ps[3]!, 100), 'takes the last price'],
        [frac(ps[0]!, 100), 'takes the first price'],
        [frac(ps[0]! + ps[3]!, 200), 'averages the first and last prices'],
      ],
    }
  }),
  worked('rebalancing-sale-to-a-target-mix', (rng) => {
    const w = rng.pick([50, 55, 60, 65, 70, 75])
    const t = rng.int(40, 400) * 1000
    const s = Math.round((t * (w + rng.int(5, 15))) / 100 / 100) * 100
    const b = t - s
    const tt = s + b
    return {
      stem: `${client(rng)}’s portfolio holds ${usd0(s)} in stocks and ${usd0(b)} in bonds; the target is ${w}% stocks and ${100 - w}% bonds. How much stock must be sold (and moved to bonds) to restore the target, to the nearest dollar?`,
      show: usd(0),
      figures: { s, b, w },
      key: sub(s, mul(tt, rp(w))),
      wrong: [
        [mul(s, rp(100 - w)), 'takes the target weight of the stocks alone'],
        [mul(s, sub(frac(s, tt), rp(w))), 'applies the weight gap to the stocks alone'],
        [frac(Math.abs(s - b), 2), 'evens the two holdings'],
        [sub(mul(tt, rp(w)), frac(0)), 'gives the target stock holding'],
        [mul(sub(s, mul(tt, rp(w))), 2), 'moves the gap twice, out of stocks and into bonds'],
        [div(sub(s, mul(tt, rp(w))), rp(w)), 'divides the gap by the target weight'],
      ],
    }
  }),
  worked('new-cash-to-rebalance-without-selling', (rng) => {
    const w = rng.pick([55, 60, 65, 70, 75])
    const t = rng.int(40, 400) * 1000
    const s = Math.round((t * (w + rng.int(4, 12))) / 100 / 100) * 100
    const b = t - s
    return {
      stem: `${client(rng)} holds ${usd0(s)} in stocks and ${usd0(b)} in bonds and wants ${w}% in stocks without selling anything. How much new cash must go into bonds, to the nearest dollar?`,
      show: usd(0),
      figures: { s, b, w },
      key: sub(div(s, rp(w)), t),
      wrong: [
        [sub(s, mul(t, rp(w))), 'gives the stock that would be sold instead'],
        [div(s, rp(w)), 'gives the new portfolio total'],
        [sub(div(s, rp(100 - w)), t), 'divides by the bond weight'],
        [mul(sub(s, mul(t, rp(w))), rp(w)), 'takes the target weight of the excess'],
        [
          sub(mul(s, frac(100 - w, w)), frac(0)),
          'sizes the bonds to the stocks, forgetting bonds held',
        ],
        [div(sub(s, mul(t, rp(w))), rp(100 - w)), 'divides the excess by the bond weight'],
      ],
    }
  }),
  worked('rule-of-72-after-fees', (rng) => {
    const r = rng.int(40, 120)
    const f = rng.int(3, 15)
    const pi = rng.int(15, 35)
    if (r - f - pi < 10) return refuse('no real growth')
    return {
      stem: `A fund is expected to return ${tenth(r)} a year before a ${tenth(f)} yearly fee; inflation is ${tenth(pi)}. By the rule of 72 (years to double ≈ 72 ÷ the yearly return in percent), about how many years until the balance doubles in dollars after fees, ${DP1}?`,
      show: plain(1, 'years'),
      figures: { r, f, pi },
      key: frac(720, r - f),
      wrong: [
        [frac(720, r), 'ignores the fee'],
        [frac(700, r - f), 'uses 70 instead of 72'],
        [frac(720, r + f), 'adds the fee to the return'],
        [frac(1000, r - f), 'divides 100 by the return'],
        [frac(720, r - f - pi), 'takes inflation off, giving doubling in real terms'],
        [frac(720, r - 2 * f), 'takes the fee off twice'],
      ],
    }
  }),
  worked('value-in-todays-dollars', (rng) => {
    const p = rng.int(10, 200) * 1000
    const i = rng.int(50, 90)
    const pi = rng.int(15, 40)
    const y = rng.int(10, 30)
    const nominal = mul(p, grow(rt(i), y))
    return {
      stem: `${client(rng)}’s ${usd0(p)} grows at ${tenth(i)} a year, compounded yearly, for ${y} years while prices rise ${tenth(pi)} a year. What is the ending balance in today’s dollars, ending balance ÷ (1 + inflation)^years, to the nearest dollar?`,
      show: usd(0),
      figures: { p, i, pi, y },
      key: div(nominal, grow(rt(pi), y)),
      wrong: [
        [nominal, 'gives the nominal balance'],
        [mul(p, grow(sub(rt(i), rt(pi)), y)), 'compounds the return less inflation'],
        [div(nominal, add(1, rt(pi))), 'deflates by one year of inflation'],
        [mul(nominal, power(sub(1, rt(pi)), y)), 'takes inflation off as a discount each year'],
        [div(p, grow(rt(pi), y)), 'deflates the deposit and ignores the growth'],
        [div(nominal, add(1, mul(rt(pi), y))), 'deflates by simple inflation'],
      ],
    }
  }),
  worked('total-return-with-dividends-and-commissions', (rng) => {
    const nn = rng.int(5, 40) * 10
    const b = rng.int(2000, 9000)
    const s = b + Math.round((b * rng.int(5, 40)) / 100)
    const d = rng.int(20, 300)
    const c = rng.int(5, 20) * 100
    const cost = nn * b + c
    const gain = nn * (s - b + d) - 2 * c
    if (nn * (s - b) - 2 * c < 100) return refuse('a price gain too small')
    return {
      stem: `${client(rng)} bought ${nn} shares at ${dollarsC(b)}, received ${dollarsC(d)} a share in dividends, and sold them at ${dollarsC(s)}, paying ${dollarsC(c)} commission on each trade. Total return = (sale proceeds net of commission + dividends − cost including commission) ÷ cost including commission. What is it, ${PCT2}?`,
      show: p2,
      figures: { nn, b, s, d, c },
      key: frac(gain, cost),
      wrong: [
        [frac(s - b + d, b), 'ignores the commissions'],
        [frac(nn * (s - b + d) - c, cost), 'takes off only the buying commission'],
        [frac(gain, nn * b), 'leaves the commission out of the cost'],
        [frac(nn * (s - b) - 2 * c, cost), 'leaves the dividends out'],
        [frac(gain, nn * s - c), 'divides by the sale proceeds'],
        [frac(nn * d, cost), 'gives only the dividend yield'],
      ],
    }
  }),
  worked('cumulative-return-over-three-years', (rng) => {
    const r = [rng.int(40, 250), -rng.int(40, 200), rng.int(40, 250)]
    const f = r.map((x) => add(1, rt(x)))
    const key = sub(mul(...f), 1)
    const avg = frac(r[0]! + r[1]! + r[2]!, 3000)
    if (num(key) <= 0.002 || num(avg) <= 0) return refuse('no cumulative gain')
    return {
      stem: `A fund returned ${tenth(r[0]!)}, ${tenth(r[1]!)} and ${tenth(r[2]!)} in three successive years, with everything reinvested. What was the cumulative return over the three years, (1 + r₁)(1 + r₂)(1 + r₃) − 1, ${PCT2}?`,
      show: p2,
      figures: { r0: r[0]!, r1: r[1]!, r2: r[2]! },
      key,
      wrong: [
        [frac(r[0]! + r[1]! + r[2]!, 1000), 'adds the three returns'],
        [avg, 'gives the average yearly return'],
        [
          sub(mul(add(1, rt(r[0]!)), add(1, rt(-r[1]!)), add(1, rt(r[2]!))), 1),
          'counts the loss as a gain',
        ],
        [sub(grow(avg, 3), 1), 'compounds the average return'],
        [frac(r[0]! + 2 * r[1]! + r[2]!, 1000), 'counts the loss twice'],
        [sub(mul(f[0]!, f[2]!), 1), 'leaves the losing year out'],
      ],
    }
  }),
  worked('weighted-expense-ratio', (rng) => {
    const a = [rng.int(5, 90) * 1000, rng.int(5, 90) * 1000, rng.int(5, 90) * 1000]
    const e = [rng.int(3, 20), rng.int(40, 110), rng.int(10, 60)]
    if (new Set(a).size < 3) return refuse('holdings not distinct')
    const total = a[0]! + a[1]! + a[2]!
    const key = frac(a[0]! * e[0]! + a[1]! * e[1]! + a[2]! * e[2]!, 10000 * total)
    const big = a.indexOf(Math.max(...a))
    return {
      stem: `${client(rng)} holds ${usd0(a[0]!)} in an index fund with an expense ratio of ${(e[0]! / 100).toFixed(2)}%, ${usd0(a[1]!)} in an active fund at ${(e[1]! / 100).toFixed(2)}%, and ${usd0(a[2]!)} in a bond fund at ${(e[2]! / 100).toFixed(2)}%. What is the portfolio’s dollar-weighted expense ratio, as a percentage to three decimal places (a half rounded up)?`,
      show: pct(3),
      figures: { a0: a[0]!, a1: a[1]!, a2: a[2]!, e0: e[0]!, e1: e[1]!, e2: e[2]! },
      key,
      wrong: [
        [frac(e[0]! + e[1]! + e[2]!, 30000), 'averages the three ratios'],
        [frac(e[big]!, 10000), 'takes the largest holding’s ratio'],
        [frac(e[0]! + e[1]! + e[2]!, 10000), 'adds the three ratios'],
        [div(key, 3), 'weights the ratios, then divides by three'],
        [frac(a[0]! * e[0]! + a[2]! * e[2]!, 10000 * total), 'leaves out the active fund'],
        [frac(a[1]! * e[1]!, 10000 * total), 'counts only the active fund’s fee'],
      ],
    }
  }),
  worked('shares-bought-by-dollar-cost-averaging', (rng) => {
    const m = rng.int(2, 20) * 50
    const ps = [rng.int(2000, 8000), 0, 0, 0]
    for (let k = 1; k < 4; k++) ps[k] = Math.round((ps[k - 1]! * rng.int(80, 125)) / 100)
    if (new Set(ps).size < 4) return refuse('prices not distinct')
    const shares = sum(ps.map((c) => frac(m * 100, c)))
    const mean = frac(ps[0]! + ps[1]! + ps[2]! + ps[3]!, 400)
    return {
      stem: `${client(rng)} invests ${usd0(m)} on the first of each month for four months at prices of ${ps.map(dollarsC).join(', ')} a share, buying fractional shares. How many shares does ${'that'} buy in all, to three decimal places (a half rounded up)?`,
      show: plain(3, 'shares'),
      figures: { m, p0: ps[0]!, p1: ps[1]!, p2: ps[2]!, p3: ps[3]! },
      key: shares,
      wrong: [
        [div(4 * m, mean), 'buys every month at the average price'],
        [div(4 * m, frac(ps[3]!, 100)), 'buys every month at the last price'],
        [div(4 * m, frac(ps[0]!, 100)), 'buys every month at the first price'],
        [div(4 * m, frac(Math.max(...ps), 100)), 'buys every month at the highest price'],
        [div(4 * m, frac(Math.min(...ps), 100)), 'buys every month at the lowest price'],
        [
          frac(m * 100 * 4, ps[0]! + ps[1]! + ps[2]! + ps[3]!),
          'divides the total by the sum of prices',
        ],
      ],
    }
  }),
  worked('gain-needed-after-two-losses', (rng) => {
    const l1 = rng.int(5, 30)
    const l2 = rng.int(5, 30)
    const left = mul(sub(1, rp(l1)), sub(1, rp(l2)))
    return {
      stem: `A portfolio fell ${l1}% one year and ${l2}% the next. What gain, in percent, does it need to get back to where it started, ${PCT2}?`,
      show: p2,
      figures: { l1, l2 },
      key: sub(div(1, left), 1),
      wrong: [
        [rp(l1 + l2), 'adds the two losses'],
        [sub(1, left), 'gives the combined loss'],
        [
          add(div(rp(l1), sub(1, rp(l1))), div(rp(l2), sub(1, rp(l2)))),
          'adds the gains that undo each loss',
        ],
        [div(rp(l1 + l2), sub(1, rp(l1 + l2))), 'undoes the added losses as one'],
        [div(rp(l2), sub(1, rp(l2))), 'undoes only the second year’s loss'],
        [div(rp(l1 + l2), add(1, rp(l1 + l2))), 'divides the added losses by one plus them'],
      ],
    }
  }),
  worked('stock-weight-after-a-market-move', (rng) => {
    const w = rng.pick([50, 55, 60, 65, 70])
    const rs = rng.int(80, 300)
    const rb2 = rng.int(10, 60)
    const sw = mul(rp(w), add(1, rt(rs)))
    const bw = mul(rp(100 - w), add(1, rt(rb2)))
    return {
      stem: `A portfolio starts the year ${w}% in stocks and ${100 - w}% in bonds. Stocks return ${tenth(rs)} and bonds ${tenth(rb2)}, with no trades. What share of the portfolio is in stocks at year end, ${PCT2}?`,
      show: p2,
      figures: { w, rs, rb: rb2 },
      key: div(sw, add(sw, bw)),
      wrong: [
        [sw, 'grows the stock weight and does not divide by the new total'],
        [div(sw, add(sw, rp(100 - w))), 'does not grow the bonds'],
        [add(rp(w), sub(rt(rs), rt(rb2))), 'adds the return gap to the weight'],
        [rp(w), 'keeps the starting weight'],
        [div(add(1, rt(rs)), add(2, rt(rs), rt(rb2))), 'ignores the starting mix'],
        [div(bw, add(sw, bw)), 'gives the bonds’ share at year end'],
      ],
    }
  }),
]
