import {
  add,
  CENT,
  DP1,
  div,
  dol,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  plain,
  power,
  rest,
  sub,
  tp,
  tpText,
  worked,
} from './pfl-text.js'

// Saving and compounding at the level of everyday decisions. The slips are simple interest taken
// for compound, a year too many or too few, the rule of 72 taken as exact, inflation subtracted
// instead of divided out and a fee taken off once instead of every year.

const YEARS = `in years ${DP1}`

export const SAVING_FAMILIES = [
  worked('balance-after-yearly-compounding', (rng) => {
    const p = rng.int(10, 100) * 100
    const rate = rng.int(2, 8)
    const y = rng.int(3, 10)
    return {
      stem: `A freelancer puts ${dol(p)} in a savings account paying ${rate}% a year, compounded once a year, and adds nothing more. What is the balance after ${y} years, ${CENT}?`,
      show: money,
      figures: { p, rate, y },
      key: mul(p, power(frac(100 + rate, 100), y)),
      wrong: [
        [mul(p, add(1, mul(pc(rate), y))), 'works simple interest'],
        [mul(p, power(frac(100 + rate, 100), y + 1)), 'compounds one year too many'],
        [mul(p * y, pc(100 + rate)), 'multiplies by the years instead of compounding'],
        [mul(p, sub(power(frac(100 + rate, 100), y), 1)), 'gives the interest, not the balance'],
        [mul(p * y, pc(rate)), 'gives the simple interest only'],
        [add(mul(p, power(frac(100 + rate, 100), y)), p), 'adds the deposit to the final balance'],
      ],
    }
  }),
  worked('compound-interest-beyond-simple-interest', (rng) => {
    const p = rng.int(10, 100) * 100
    const rate = rng.int(3, 10)
    const y = rng.int(4, 12)
    const grow = power(frac(100 + rate, 100), y)
    return {
      stem: `A freelancer saves ${dol(p)} for ${y} years at ${rate}% a year. How much more interest does it earn compounded once a year than as simple interest on the ${dol(p)}, ${CENT}?`,
      show: money,
      figures: { p, rate, y },
      key: mul(p, sub(sub(grow, 1), mul(pc(rate), y))),
      wrong: [
        [mul(p, sub(grow, 1)), 'gives the compound interest'],
        [mul(p, pc(rate), y), 'gives the simple interest'],
        [
          mul(p, sub(sub(power(frac(100 + rate, 100), y - 1), 1), mul(pc(rate), y - 1))),
          'compares over one year fewer',
        ],
        [
          mul(p, sub(sub(power(frac(100 + rate, 100), y + 1), 1), mul(pc(rate), y + 1))),
          'compares over one year more',
        ],
      ],
    }
  }),
  worked('monthly-compounded-balance-after-whole-years', (rng) => {
    const p = rng.int(10, 80) * 100
    const rate = rng.pick([3, 4, 5, 6])
    const y = rng.int(1, 3)
    const step = add(1, frac(rate, 1200))
    return {
      stem: `A savings account pays ${rate}% a year, compounded monthly (${rate}% ÷ 12 each month). A freelancer leaves ${dol(p)} in it for ${y} year${y === 1 ? '' : 's'}. What is the balance at the end, ${CENT}?`,
      show: money,
      figures: { p, rate, y },
      key: mul(p, power(step, 12 * y)),
      wrong: [
        [mul(p, power(frac(100 + rate, 100), y)), 'compounds once a year'],
        [mul(p, add(1, mul(pc(rate), y))), 'works simple interest'],
        [mul(p, power(step, y)), 'compounds once per year at the monthly rate'],
        [mul(p, power(frac(100 + rate, 100), y + 1)), 'compounds yearly for a year too many'],
      ],
    }
  }),
  worked('balance-at-the-rule-of-72-doubling-time', (rng) => {
    const rate = rng.pick([3, 4, 6, 8, 9, 12])
    const p = rng.int(10, 60) * 100
    const y = 72 / rate
    const g = frac(100 + rate, 100)
    return {
      stem: `By the rule of 72 (years to double ≈ 72 ÷ the yearly rate), ${dol(p)} at ${rate}% a year compounded yearly doubles in about ${y} years. The rule is only an approximation. What will the ${dol(p)} actually have grown to after ${y} years, ${CENT}?`,
      show: money,
      figures: { rate, p, y },
      key: mul(p, power(g, y)),
      wrong: [
        [frac(2 * p), 'takes the rule’s doubling as exact'],
        [mul(p, add(1, mul(pc(rate), y))), 'works simple interest'],
        [mul(p, power(g, y + 1)), 'compounds one year too many'],
        [mul(p, power(g, y - 1)), 'compounds one year too few'],
      ],
    }
  }),
  worked('years-to-quadruple-by-the-rule-of-72', (rng) => {
    const t = rng.int(25, 120)
    return {
      stem: `By the rule of 72, money doubles in about 72 ÷ r years at r% a year compounded. About how many years will savings at ${tpText(t)} a year take to grow to four times their size, ${YEARS}?`,
      show: plain(1, 'years'),
      figures: { t },
      key: frac(2 * 720, t),
      wrong: [
        [frac(720, t), 'gives the time to double'],
        [frac(4 * 720, t), 'counts four doublings to quadruple'],
        [frac(3 * 720, t), 'counts three doublings to quadruple'],
        [frac(2 * 700, t), 'uses 70 in place of 72'],
        [frac(360, t), 'doubles the rate instead of the time'],
        [frac(720 * 720, t * t), 'squares the doubling time'],
      ],
    }
  }),
  worked('real-value-of-cash-after-years-of-inflation', (rng) => {
    const a = rng.int(20, 100) * 100
    const i = rng.int(2, 7)
    const y = rng.int(3, 10)
    const g = frac(100 + i, 100)
    return {
      stem: `A freelancer keeps ${dol(a)} in cash at home. Prices rise ${i}% a year, compounding, for ${y} years. In today’s money (dividing out the inflation), what will the ${dol(a)} buy at the end, ${CENT}?`,
      show: money,
      figures: { a, i, y },
      key: div(a, power(g, y)),
      wrong: [
        [mul(a, sub(1, mul(pc(i), y))), 'takes off the inflation as simple percentages'],
        [mul(a, power(pc(100 - i), y)), 'takes off the rate each year instead of dividing it out'],
        [div(a, add(1, mul(pc(i), y))), 'divides by simple inflation'],
        [frac(a), 'ignores inflation'],
      ],
    }
  }),
  worked('real-return-after-tax-and-inflation', (rng) => {
    const rate = rng.int(40, 90)
    const t = rng.pick([20, 25, 30])
    const i = rng.int(10, 30)
    const after = mul(tp(rate), pc(100 - t))
    const key = sub(div(add(1, after), add(1, tp(i))), 1)
    if (key.n <= 0n) rest()
    return {
      stem: `A savings account pays ${tpText(rate)} a year; the interest is taxed at ${t}%, and prices rise ${tpText(i)} over the year. The real after-tax return is (1 + after-tax rate) ÷ (1 + inflation) − 1. What is it, ${PCT2}?`,
      show: pct2,
      figures: { rate, t, i },
      key,
      wrong: [
        [sub(div(add(1, tp(rate)), add(1, tp(i))), 1), 'forgets the tax'],
        [sub(after, tp(i)), 'subtracts inflation from the after-tax rate'],
        [sub(tp(rate), tp(i)), 'subtracts inflation and forgets the tax'],
        [after, 'forgets inflation'],
      ],
    }
  }),
  worked('months-of-fixed-saving-to-reach-a-goal', (rng) => {
    const g = rng.int(20, 120) * 100
    const s = rng.int(2, 15) * 100
    const d = rng.int(15, 60) * 10
    if (s * 2 >= g) rest()
    const need = Math.ceil((g - s) / d)
    if ((g - s) % d === 0) rest()
    return {
      stem: `A freelancer saving for a ${dol(g)} course has ${dol(s)} put by and will add ${dol(d)} at the end of each month, with no interest. After how many whole months will she first have enough?`,
      show: plain(0, 'months'),
      figures: { g, s, d },
      key: frac(need),
      wrong: [
        [frac(Math.ceil(g / d)), 'forgets what she has put by'],
        [frac(Math.floor((g - s) / d)), 'rounds the months down'],
        [frac(Math.ceil((g + s) / d)), 'adds what she has put by to the goal'],
        [frac(need + 1), 'counts the current month as well'],
      ],
    }
  }),
  worked('future-value-of-equal-yearly-deposits', (rng) => {
    const d = rng.int(10, 60) * 100
    const rate = rng.int(3, 8)
    const y = rng.int(3, 8)
    const g = frac(100 + rate, 100)
    const fv = div(mul(d, sub(power(g, y), 1)), pc(rate))
    return {
      stem: `A freelancer pays ${dol(d)} into a savings account at the end of each year for ${y} years; it earns ${rate}% a year compounded yearly. What is the balance just after the last deposit, ${CENT}?`,
      show: money,
      figures: { d, rate, y },
      key: fv,
      wrong: [
        [frac(d * y), 'forgets the interest'],
        [mul(fv, g), 'pays each deposit at the start of the year'],
        [mul(d * y, power(g, y)), 'grows every deposit for the full term'],
        [div(mul(d, sub(power(g, y - 1), 1)), pc(rate)), 'counts one deposit too few'],
      ],
    }
  }),
  worked('balance-after-a-yearly-fee-on-the-grown-balance', (rng) => {
    const p = rng.int(10, 80) * 100
    const g = rng.int(5, 9)
    const fee = rng.pick([1, 2])
    const y = rng.int(5, 15)
    const net = mul(frac(100 + g, 100), pc(100 - fee))
    return {
      stem: `A fund grows ${g}% a year; at the end of each year, after the growth, it takes a fee of ${fee}% of the balance. A freelancer invests ${dol(p)} and leaves it ${y} years. What is the balance after the last fee, ${CENT}?`,
      show: money,
      figures: { p, g, fee, y },
      key: mul(p, power(net, y)),
      wrong: [
        [mul(p, power(frac(100 + g - fee, 100), y)), 'subtracts the fee from the growth rate'],
        [mul(p, power(frac(100 + g, 100), y)), 'forgets the fee'],
        [
          sub(mul(p, power(frac(100 + g, 100), y)), mul(p, pc(fee))),
          'takes the fee once on the amount invested',
        ],
        [
          mul(p, power(frac(100 + g, 100), y), sub(1, mul(pc(fee), y))),
          'takes the fees off as one simple total',
        ],
      ],
    }
  }),
  worked('cost-of-a-yearly-fund-fee-over-the-years', (rng) => {
    const p = rng.int(10, 80) * 100
    const g = rng.int(5, 9)
    const fee = rng.pick([1, 2])
    const y = rng.int(5, 15)
    const gross = power(frac(100 + g, 100), y)
    const net = power(mul(frac(100 + g, 100), pc(100 - fee)), y)
    return {
      stem: `A fund grows ${g}% a year and, after each year’s growth, takes ${fee}% of the balance as its fee. How much less does a ${dol(p)} investment hold after ${y} years than it would with no fee, ${CENT}?`,
      show: money,
      figures: { p, g, fee, y },
      key: mul(p, sub(gross, net)),
      wrong: [
        [mul(p, pc(fee), y), 'takes the fee on the amount invested each year'],
        [mul(p, pc(fee)), 'counts one year’s fee'],
        [mul(p, gross, pc(fee), y), 'takes every year’s fee on the final balance'],
        [
          mul(p, sub(gross, power(frac(100 + g - fee, 100), y))),
          'subtracts the fee from the growth rate',
        ],
      ],
    }
  }),
  worked('future-price-of-a-goal-after-inflation', (rng) => {
    const c = rng.int(20, 150) * 100
    const i = rng.int(2, 6)
    const y = rng.int(3, 10)
    const g = frac(100 + i, 100)
    return {
      stem: `A camera a freelancer wants costs ${dol(c)} today. If its price rises ${i}% a year, compounding, what will it cost in ${y} years, ${CENT}?`,
      show: money,
      figures: { c, i, y },
      key: mul(c, power(g, y)),
      wrong: [
        [mul(c, add(1, mul(pc(i), y))), 'adds simple yearly rises'],
        [mul(c, power(g, y + 1)), 'compounds one year too many'],
        [div(c, power(g, y)), 'divides by the inflation'],
        [mul(c, power(g, y - 1)), 'compounds one year too few'],
      ],
    }
  }),
  worked('extra-earned-by-the-higher-rate-account-after-its-fee', (rng) => {
    const s = rng.int(50, 300) * 100
    const a = rng.int(30, 60)
    const b = rng.int(5, 25)
    const fee = rng.pick([2, 3, 4, 5])
    const key = sub(mul(s, tp(a - b)), 12 * fee)
    if (key.n <= 0n) rest()
    return {
      stem: `Account A pays ${tpText(a)} a year with a ${dol(fee)} monthly fee; account B pays ${tpText(b)} and has no fee. Both pay simple interest once, at the year’s end. On a balance of ${dol(s)} kept for a year, how much more does account A leave the freelancer with, ${CENT}?`,
      show: money,
      figures: { s, a, b, fee },
      key,
      wrong: [
        [mul(s, tp(a - b)), 'forgets the fee'],
        [sub(mul(s, tp(a - b)), fee), 'takes off one month’s fee'],
        [sub(mul(s, tp(a)), 12 * fee), 'forgets account B’s interest'],
        [sub(mul(s, tp(a - b)), 52 * fee), 'takes the fee off every week'],
      ],
    }
  }),
  worked('deposit-today-for-a-sum-in-years', (rng) => {
    const g = rng.int(20, 150) * 100
    const rate = rng.int(2, 7)
    const y = rng.int(3, 10)
    const k = frac(100 + rate, 100)
    return {
      stem: `A freelancer wants ${dol(g)} in ${y} years for a deposit on a flat. How much must she put in today at ${rate}% a year, compounded yearly, with nothing added later, ${CENT}?`,
      show: money,
      figures: { g, rate, y },
      key: div(g, power(k, y)),
      wrong: [
        [div(g, add(1, mul(pc(rate), y))), 'divides by simple interest'],
        [mul(g, sub(1, mul(pc(rate), y))), 'takes the interest off as a simple percentage'],
        [div(g, power(k, y - 1)), 'discounts one year too few'],
        [div(g, power(k, y + 1)), 'discounts one year too many'],
        [mul(g, pc(100 - rate)), 'takes off one year’s interest'],
        [div(g, power(frac(1200 + rate, 1200), 12 * y)), 'discounts monthly'],
      ],
    }
  }),
  worked('apy-of-a-quarterly-compounded-rate', (rng) => {
    const rate = rng.int(20, 80)
    const q = frac(rate, 4000)
    return {
      stem: `A savings account quotes ${tpText(rate)} a year, compounded quarterly (a quarter of the rate each quarter). What is the annual percentage yield, the growth over one year, ${PCT2}?`,
      show: pct2,
      figures: { rate },
      key: sub(power(add(1, q), 4), 1),
      wrong: [
        [tp(rate), 'gives the quoted rate'],
        [q, 'gives one quarter’s rate'],
        [sub(power(add(1, q), 3), 1), 'compounds for three quarters'],
        [power(add(1, q), 4), 'gives the growth factor, not the growth'],
        [mul(tp(rate), 4), 'multiplies the quoted rate by four quarters'],
      ],
    }
  }),
  worked('monthly-saving-for-a-goal-that-rises-with-prices', (rng) => {
    const c = rng.int(30, 120) * 100
    const i = rng.int(2, 6)
    const y = rng.int(2, 4)
    const s = rng.int(2, 20) * 100
    const fut = mul(c, power(frac(100 + i, 100), y))
    return {
      stem: `A freelancer plans a ${dol(c)} sabbatical (in today’s prices) in ${y} years; prices rise ${i}% a year, compounding. She has ${dol(s)} saved and earns no interest. How much must she save each month from now to the trip, ${CENT}?`,
      show: money,
      figures: { c, i, y, s },
      key: div(sub(fut, s), 12 * y),
      wrong: [
        [frac(c - s, 12 * y), 'ignores the price rises'],
        [div(fut, 12 * y), 'forgets her savings'],
        [div(sub(mul(c, add(1, mul(pc(i), y))), s), 12 * y), 'adds simple yearly rises'],
        [div(sub(fut, s), 12 * y - 12), 'leaves out a year of saving'],
      ],
    }
  }),
]
