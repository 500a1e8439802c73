import {
  add,
  CENT,
  div,
  dol,
  frac,
  money,
  mul,
  num,
  PCT2,
  pc,
  pct2,
  power,
  rest,
  sub,
  worked,
} from './pfl-text.js'

// Freelance tax and retirement basics with every rule stated in the stem, never a country’s real
// figures. The slips are tax on revenue instead of profit, the top rate taken for the average, a
// deduction taken as a credit, a cap or a safe-harbour rule ignored, and a year’s figure used for a
// quarter.

/** A stated three-band table: nothing up to `b1`, `r1`% to `b2`, `r2`% above. */
function bands(rng: { int: (a: number, b: number) => number; pick: <T>(xs: readonly T[]) => T }) {
  const b1 = rng.int(8, 14) * 1000
  const b2 = b1 + rng.int(20, 35) * 1000
  const r1 = rng.pick([10, 15, 20])
  const r2 = r1 + rng.pick([10, 15, 20])
  return { b1, b2, r1, r2 }
}
const table = (b: { b1: number; b2: number; r1: number; r2: number }): string =>
  `0% on the first ${dol(b.b1)}, ${b.r1}% on income from ${dol(b.b1)} to ${dol(b.b2)}, and ${b.r2}% on income above ${dol(b.b2)}`
const taxOn = (b: { b1: number; b2: number; r1: number; r2: number }, y: number) =>
  y <= b.b1
    ? frac(0)
    : y <= b.b2
      ? mul(y - b.b1, pc(b.r1))
      : add(mul(b.b2 - b.b1, pc(b.r1)), mul(y - b.b2, pc(b.r2)))

export const TAX_FAMILIES = [
  worked('tax-set-aside-on-profit-from-three-payments', (rng) => {
    const p = Array.from({ length: 3 }, () => rng.int(10, 60) * 100)
    const e = rng.int(5, 20) * 100
    const t = rng.int(20, 35)
    const sum = p[0]! + p[1]! + p[2]!
    return {
      stem: `A freelancer was paid ${p.map(dol).join(', ')} this quarter and had ${dol(e)} of business expenses. She sets aside ${t}% of her profit (payments less expenses) for tax. How much should she set aside, ${CENT}?`,
      show: money,
      figures: { p1: p[0]!, p2: p[1]!, p3: p[2]!, e, t },
      key: mul(sum - e, pc(t)),
      wrong: [
        [mul(sum, pc(t)), 'takes the rate on payments before expenses'],
        [mul(sum - e, pc(100 - t)), 'gives what is left, not the set-aside'],
        [mul(p[2]! - e, pc(t)), 'counts only the last payment'],
        [sub(mul(sum, pc(t)), e), 'takes the expenses off the set-aside'],
      ],
    }
  }),
  worked('quarterly-estimated-payment-by-the-lower-of-two-rules', (rng) => {
    const last = rng.int(40, 120) * 100
    const exp = rng.int(40, 140) * 100
    const safe = (exp * 9) / 10
    const key = frac(Math.min(last, safe), 4)
    if (Math.abs(last - safe) < 200) rest()
    return {
      stem: `A stated rule lets a freelancer pay tax in four equal quarterly instalments, each a quarter of the lower of: 100% of last year’s tax (${dol(last)}) or 90% of this year’s expected tax (${dol(exp)}). What is each instalment, ${CENT}?`,
      show: money,
      figures: { last, exp },
      key,
      wrong: [
        [frac(Math.max(last, safe), 4), 'takes the higher of the two'],
        [frac(exp, 4), 'takes a quarter of the full expected tax'],
        [frac(Math.min(last, safe)), 'pays the whole year’s amount each quarter'],
        [frac(Math.min(last, safe), 12), 'divides the year by 12'],
      ],
    }
  }),
  worked('average-tax-rate-from-a-band-table', (rng) => {
    const b = bands(rng)
    const y = b.b2 + rng.int(5, 40) * 1000
    return {
      stem: `A stated tax table charges ${table(b)}. A freelancer’s taxable income is ${dol(y)}. What is her average tax rate (tax ÷ taxable income), ${PCT2}?`,
      show: pct2,
      figures: { ...b, y },
      key: div(taxOn(b, y), y),
      wrong: [
        [pc(b.r2), 'gives the top rate her last dollar pays'],
        [div(taxOn(b, y), y - b.b1), 'divides by income above the tax-free band'],
        [frac(b.r1 + b.r2, 200), 'averages the two rates'],
        [pc(b.r1), 'gives the lower band’s rate'],
        [frac((y - b.b2) * b.r2, y * 100), 'leaves out the lower band’s tax'],
      ],
    }
  }),
  worked('tax-due-from-a-band-table', (rng) => {
    const b = bands(rng)
    const y = b.b2 + rng.int(5, 40) * 1000
    return {
      stem: `A stated tax table charges ${table(b)}. A freelancer’s taxable income is ${dol(y)}. How much tax is due, ${CENT}?`,
      show: money,
      figures: { ...b, y },
      key: taxOn(b, y),
      wrong: [
        [mul(y, pc(b.r2)), 'charges the top rate on all her income'],
        [mul(y - b.b1, pc(b.r2)), 'charges the top rate on everything above the tax-free band'],
        [add(mul(b.b2, pc(b.r1)), mul(y - b.b2, pc(b.r2))), 'forgets the tax-free band'],
        [mul(y - b.b1, pc(b.r1)), 'charges the lower rate on everything above the tax-free band'],
        [mul(y - b.b2, pc(b.r2)), 'charges only the top band'],
      ],
    }
  }),
  worked('tax-saved-by-a-deductible-expense', (rng) => {
    const b = bands(rng)
    const y = b.b2 + rng.int(10, 40) * 1000
    const e = rng.int(5, 50) * 100
    if (y - e <= b.b2) rest()
    return {
      stem: `A stated tax table charges ${table(b)}. A freelancer with taxable income of ${dol(y)} buys a ${dol(e)} laptop for work, which is fully deductible from taxable income this year. By how much does it cut her tax, ${CENT}?`,
      show: money,
      figures: { ...b, y, e },
      key: mul(e, pc(b.r2)),
      wrong: [
        [frac(e), 'takes the deduction off the tax itself'],
        [mul(e, div(taxOn(b, y), y)), 'uses her average rate'],
        [mul(e, pc(b.r1)), 'uses the lower band’s rate'],
        [mul(e, pc(100 - b.r2)), 'gives the laptop’s cost after the saving'],
        [mul(e, pc(b.r2 - b.r1)), 'uses the step between the two band rates'],
      ],
    }
  }),
  worked('retirement-contribution-limited-by-a-share-of-profit', (rng) => {
    const rev = rng.int(40, 120) * 1000
    const exp = rng.int(5, 15) * 1000
    const c = rng.pick([15, 20, 25])
    const cap = rng.int(30, 60) * 1000
    if (num(mul(rev - exp, pc(c))) >= cap) rest()
    return {
      stem: `A stated rule lets a freelancer pay into a retirement plan up to ${c}% of net self-employment profit (revenue less business expenses), with an overall cap of ${dol(cap)}. Her revenue is ${dol(rev)} and her business expenses ${dol(exp)}. What is the most she can pay in this year, ${CENT}?`,
      show: money,
      figures: { rev, exp, c, cap },
      key: mul(rev - exp, pc(c)),
      wrong: [
        [mul(rev, pc(c)), 'takes the share of revenue'],
        [frac(cap), 'gives the overall cap'],
        [mul(rev - exp, pc(c), frac(1, 12)), 'gives a month’s share'],
        [
          div(mul(rev - exp, pc(c)), pc(100 + c)),
          'takes the contribution off profit before the share',
        ],
      ],
    }
  }),
  worked('net-cost-of-a-deductible-retirement-contribution', (rng) => {
    const x = rng.int(10, 80) * 100
    const m = rng.pick([20, 25, 30, 35, 40])
    const a = m - rng.int(6, 14)
    return {
      stem: `A freelancer whose marginal tax rate is ${m}% (her average rate is ${a}%) pays ${dol(x)} into a retirement plan; the contribution is deducted from taxable income and stays within her top band. What does the contribution cost her after the tax saving, ${CENT}?`,
      show: money,
      figures: { x, m, a },
      key: mul(x, pc(100 - m)),
      wrong: [
        [frac(x), 'ignores the tax saving'],
        [mul(x, pc(m)), 'gives the tax saving, not the net cost'],
        [mul(x, pc(100 - a)), 'uses the average rate'],
        [mul(x, pc(a)), 'gives the saving at the average rate'],
        [mul(x, pc(100 + m)), 'adds the tax saving'],
        [mul(x, pc(m - a)), 'takes the saving at the marginal rate less the average rate'],
      ],
    }
  }),
  worked('taxable-income-after-expenses-and-a-stated-allowance', (rng) => {
    const rev = rng.int(40, 120) * 1000
    const biz = rng.int(5, 20) * 1000
    const own = rng.int(2, 8) * 1000
    const al = rng.int(8, 15) * 1000
    return {
      stem: `A freelancer’s revenue was ${dol(rev)}. She spent ${dol(biz)} on business costs and ${dol(own)} on a family holiday. The stated rules deduct business costs (not personal spending) and then a personal allowance of ${dol(al)}. What is her taxable income, ${CENT}?`,
      show: money,
      figures: { rev, biz, own, al },
      key: frac(rev - biz - al),
      wrong: [
        [frac(rev - biz - own - al), 'deducts the holiday too'],
        [frac(rev - biz), 'forgets the personal allowance'],
        [frac(rev - al), 'forgets the business costs'],
        [frac(rev - biz + al), 'adds the allowance'],
      ],
    }
  }),
  worked('interest-on-a-late-estimated-payment', (rng) => {
    const u = rng.int(5, 40) * 100
    const rate = rng.int(5, 10)
    const d = rng.int(20, 120)
    return {
      stem: `A freelancer paid a ${dol(u)} tax instalment ${d} days late. The stated rule charges simple interest at ${rate}% a year on the late amount for each day late, on a 365-day year. How much interest does she owe, ${CENT}?`,
      show: money,
      figures: { u, rate, d },
      key: mul(u, pc(rate), frac(d, 365)),
      wrong: [
        [mul(u, pc(rate)), 'charges a full year'],
        [mul(u, pc(rate), frac(d, 360)), 'uses a 360-day year'],
        [
          mul(u, pc(rate), frac(Math.ceil(d / 30), 12)),
          'charges whole months of a twelfth of the rate',
        ],
        [mul(u, pc(rate), frac(d, 365), frac(1, 12)), 'takes the yearly rate as monthly'],
        [mul(u, pc(rate), frac(1, 12)), 'charges one month'],
      ],
    }
  }),
  worked('social-contribution-on-profit-above-a-threshold', (rng) => {
    const rev = rng.int(30, 100) * 1000
    const e = rng.int(3, 15) * 1000
    const h = rng.int(5, 12) * 1000
    const s = rng.pick([8, 9, 10, 12])
    return {
      stem: `A stated rule charges freelancers a social contribution of ${s}% on profit (revenue less business expenses) above ${dol(h)}. Revenue was ${dol(rev)} and expenses ${dol(e)}. What is the contribution, ${CENT}?`,
      show: money,
      figures: { rev, e, h, s },
      key: mul(rev - e - h, pc(s)),
      wrong: [
        [mul(rev - e, pc(s)), 'charges the whole profit'],
        [mul(rev - h, pc(s)), 'forgets the expenses'],
        [mul(h, pc(s)), 'charges the rate on the threshold, not the profit above it'],
        [
          div(mul(rev - e - h, pc(s)), pc(100 + s)),
          'deducts the contribution from the profit it is charged on',
        ],
        [mul(rev, pc(s)), 'charges the whole revenue'],
      ],
    }
  }),
  worked('extra-tax-on-a-project-that-crosses-a-band', (rng) => {
    const b = bands(rng)
    const y = b.b2 - rng.int(2, 10) * 1000
    const x = rng.int(4, 20) * 1000
    if (y + x <= b.b2 || y <= b.b1) rest()
    return {
      stem: `A stated tax table charges ${table(b)}. A freelancer’s taxable income so far is ${dol(y)}; a last project adds ${dol(x)} of taxable profit. How much extra tax does the project bring, ${CENT}?`,
      show: money,
      figures: { ...b, y, x },
      key: sub(taxOn(b, y + x), taxOn(b, y)),
      wrong: [
        [mul(x, pc(b.r2)), 'charges the whole project at the top rate'],
        [mul(x, pc(b.r1)), 'charges the whole project at the lower rate'],
        [taxOn(b, y + x), 'gives the whole year’s tax'],
        [mul(x, div(taxOn(b, y + x), y + x)), 'uses the new average rate'],
        [mul(y + x - b.b2, pc(b.r2)), 'charges only the part above the band'],
        [
          add(mul(x, pc(b.r2)), mul(b.b2 - y, pc(b.r1))),
          'charges the top rate on the whole project and the lower rate on the part below the band too',
        ],
      ],
    }
  }),
  worked('pension-pot-after-tax-deferred-growth-and-withdrawal-tax', (rng) => {
    const x = rng.int(10, 60) * 100
    const g = rng.int(4, 8)
    const y = rng.int(10, 25)
    const w = rng.pick([15, 20, 25])
    const pot = mul(x, power(frac(100 + g, 100), y))
    return {
      stem: `A freelancer pays ${dol(x)} into a retirement account once. It grows ${g}% a year, compounded yearly, untaxed while it grows; the whole amount is taxed at ${w}% when she takes it out after ${y} years. What does she receive after tax, ${CENT}?`,
      show: money,
      figures: { x, g, y, w },
      key: mul(pot, pc(100 - w)),
      wrong: [
        [pot, 'forgets the tax on withdrawal'],
        [sub(pot, mul(x, pc(w))), 'taxes only the original payment'],
        [mul(x, add(1, mul(pc(g), y)), pc(100 - w)), 'grows it by simple interest'],
        [mul(x, power(frac(100 + g, 100), y - 1), pc(100 - w)), 'grows it one year too few'],
        [mul(x, power(frac(100 + g, 100), y + 1), pc(100 - w)), 'grows it one year too many'],
      ],
    }
  }),
  worked('monthly-contribution-left-to-reach-a-yearly-cap', (rng) => {
    const cap = rng.int(6, 20) * 1000
    const m = rng.int(3, 8)
    const c = rng.int(1, Math.floor(cap / 2000)) * 500
    return {
      stem: `A stated cap lets a freelancer pay ${dol(cap)} into a retirement plan in a calendar year. By the end of month ${m} she has paid ${dol(c)}. What equal amount must she pay in each of the remaining ${12 - m} months to reach the cap exactly, ${CENT}?`,
      show: money,
      figures: { cap, m, c },
      key: frac(cap - c, 12 - m),
      wrong: [
        [frac(cap, 12), 'spreads the cap over the whole year'],
        [frac(cap - c, 12), 'spreads what is left over twelve months'],
        [frac(cap, 12 - m), 'forgets what she has paid'],
        [frac(cap - c, 11 - m), 'counts one month too few'],
        [frac(cap - c), 'pays all that is left next month'],
      ],
    }
  }),
  worked('final-instalment-to-reach-a-stated-safe-share', (rng) => {
    const t = rng.int(60, 200) * 100
    const q = Array.from({ length: 3 }, () => rng.int(8, 40) * 100)
    const s = rng.pick([80, 85, 90])
    const paid = q[0]! + q[1]! + q[2]!
    const key = sub(mul(t, pc(s)), paid)
    if (key.n <= 0n) rest()
    return {
      stem: `A freelancer expects ${dol(t)} of tax for the year. A stated rule spares her any penalty if her four instalments together reach ${s}% of that. She has paid ${q.map(dol).join(', ')} in the first three quarters. What must the fourth instalment be, at least, ${CENT}?`,
      show: money,
      figures: { t, q1: q[0]!, q2: q[1]!, q3: q[2]!, s },
      key,
      wrong: [
        [frac(t - paid), 'aims at all of the expected tax'],
        [mul(t, pc(s), frac(1, 4)), 'pays a quarter of the safe share'],
        [sub(mul(t, pc(s)), q[2]!), 'counts only the last instalment paid'],
        [sub(mul(t, pc(s)), q[0]! + q[1]!), 'leaves out the third instalment'],
      ],
    }
  }),
  worked('balance-due-after-a-stated-allowance-and-flat-rate', (rng) => {
    const y = rng.int(45, 90) * 1000
    const al = rng.int(8, 15) * 1000
    const rate = rng.pick([15, 20, 25])
    const paid = rng.int(1, 5) * 1000
    const tax = mul(y - al, pc(rate))
    if (sub(tax, paid).n <= 0n) rest()
    return {
      stem: `Stated rules tax a freelancer’s profit of ${dol(y)} at a flat ${rate}% after a ${dol(al)} personal allowance. She has already paid ${dol(paid)} in instalments. How much does she still owe, ${CENT}?`,
      show: money,
      figures: { y, al, rate, paid },
      key: sub(tax, paid),
      wrong: [
        [sub(mul(y, pc(rate)), paid), 'forgets the allowance'],
        [tax, 'forgets the instalments paid'],
        [mul(y - al - paid, pc(rate)), 'deducts the instalments from income'],
        [
          sub(mul(y - al - paid, pc(rate)), paid),
          'deducts the instalments from income and from the tax',
        ],
      ],
    }
  }),
  worked('marginal-minus-average-rate-in-points', (rng) => {
    const b = bands(rng)
    const y = b.b2 + rng.int(5, 40) * 1000
    const avg = div(taxOn(b, y), y)
    return {
      stem: `A stated tax table charges ${table(b)}. A freelancer’s taxable income is ${dol(y)}. By how many percentage points does her marginal rate (the rate on her next dollar) exceed her average rate (tax ÷ taxable income), to two decimal places (a half rounded up)?`,
      show: (v) => `${pct2(v).slice(0, -1)} points`,
      figures: { ...b, y },
      key: sub(pc(b.r2), avg),
      wrong: [
        [sub(pc(b.r2), pc(b.r1)), 'takes the lower rate as the average'],
        [
          sub(pc(b.r2), div(taxOn(b, y), y - b.b1)),
          'takes the average over income above the tax-free band',
        ],
        [avg, 'gives the average rate'],
        [sub(pc(b.r2), frac(b.r1 + b.r2, 200)), 'averages the two rates'],
        [pc(b.r2), 'gives the marginal rate'],
      ],
    }
  }),
]
