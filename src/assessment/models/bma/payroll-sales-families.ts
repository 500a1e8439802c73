import {
  add,
  CENT,
  cents,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  pc,
  pct,
  rest,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
  wp,
} from './bma-text.js'

// Payroll and sales figures. Stems state the overtime rule, the commission tiers and what they
// apply to, the days a proration counts and the weights an average takes, because the slips are
// the top rate applied to every dollar, overtime paid at only the premium, the week’s rule used
// where the day’s applies, a simple average where a weighted one is asked, and a start day left out.

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const

export const PAYROLL_SALES_FAMILIES = [
  worked('graduated-commission-on-two-tiers', (rng) => {
    const tier = rng.int(10, 40) * 1000
    const s = tier + rng.int(2, 60) * 1000 + rng.int(0, 99) * 10
    const a = rng.int(2, 6)
    const b = a + rng.int(1, 5)
    return {
      stem: `A sales rep earns ${wp(a)} on the first $${n(tier)} of monthly sales and ${wp(b)} on sales above that. This month’s sales were $${n(s)}. What is the commission, ${CENT}?`,
      show: usd(2),
      figures: { tier, s, a, b },
      key: add(mul(tier, pc(a)), mul(s - tier, pc(b))),
      wrong: [
        [mul(s, pc(b)), 'applies the top rate to all sales'],
        [mul(s, pc(a)), 'applies the first rate to all sales'],
        [
          add(mul(tier, pc(a)), mul(s, pc(b))),
          'applies the top rate to all sales as well as the first tier',
        ],
        [mul(s, div(a + b, 200)), 'averages the two rates'],
        [mul(s - tier, pc(b)), 'leaves out the first tier’s commission'],
      ],
    }
  }),
  worked('salary-plus-commission-over-a-quota', (rng) => {
    const base = rng.int(15, 40) * 100
    const q = rng.int(20, 80) * 1000
    const s = q + rng.int(2, 50) * 1000 + rng.int(0, 9) * 100
    const c = rng.int(3, 12)
    return {
      stem: `A rep is paid a monthly salary of $${n(base)} plus ${wp(c)} commission on sales above a quota of $${n(q)}. Sales this month were $${n(s)}. What is the month’s gross pay, ${CENT}?`,
      show: usd(2),
      figures: { base, q, s, c },
      key: add(base, mul(s - q, pc(c))),
      wrong: [
        [add(base, mul(s, pc(c))), 'pays commission on all sales'],
        [mul(s - q, pc(c)), 'leaves out the salary'],
        [add(base, mul(q, pc(c))), 'pays commission on the quota'],
        [add(base, s - q), 'adds the sales over quota to the salary'],
      ],
    }
  }),
  worked('commission-due-after-a-draw', (rng) => {
    const s = rng.int(20, 120) * 1000 + rng.int(0, 99) * 10
    const c = rng.int(4, 12)
    const draw = rng.int(5, 30) * 100
    if (draw * 100 >= s * c) rest()
    return {
      stem: `A rep on straight commission of ${wp(c)} of sales received a draw (an advance against commission) of $${n(draw)} this month. Sales were $${n(s)}. How much more is the rep owed at month end, ${CENT}?`,
      show: usd(2),
      figures: { s, c, draw },
      key: sub(mul(s, pc(c)), draw),
      wrong: [
        [mul(s, pc(c)), 'ignores the draw already paid'],
        [add(mul(s, pc(c)), draw), 'adds the draw to the commission'],
        [mul(s - draw, pc(c)), 'takes the draw off the sales'],
        [sub(mul(s, pc(c)), 2 * draw), 'takes the draw off twice'],
      ],
    }
  }),
  worked('weekly-pay-with-overtime-over-40-hours', (rng) => {
    const w = rng.int(1500, 4500)
    const h = rng.int(42, 58)
    return {
      stem: `An hourly worker earns ${dollars(w)} an hour and worked ${h} hours this week. Hours over 40 in the week are paid at time and a half. What is the week’s gross pay, ${CENT}?`,
      show: usd(2),
      figures: { w, h },
      key: add(mul(40, cents(w)), mul(h - 40, cents(w), frac(3, 2))),
      wrong: [
        [mul(h, cents(w)), 'pays every hour at the normal rate'],
        [mul(h, cents(w), frac(3, 2)), 'pays every hour at time and a half'],
        [
          add(mul(40, cents(w)), mul(h - 40, cents(w), frac(1, 2))),
          'pays only the half-time premium on overtime',
        ],
        [add(mul(40, cents(w)), mul(h - 40, cents(w), 2)), 'pays overtime at double time'],
        [add(mul(h, cents(w)), mul(h - 40, cents(w), frac(3, 2))), 'pays the overtime hours twice'],
      ],
    }
  }),
  worked('daily-overtime-over-8-hours', (rng) => {
    const w = rng.int(1500, 4000)
    const hs = DAYS.map(() => rng.int(6, 11))
    const week = hs.reduce((a, b) => a + b, 0)
    const over = hs.reduce((a, h) => a + Math.max(0, h - 8), 0)
    if (over === 0 || week === 40) rest()
    return {
      stem: `A worker paid ${dollars(w)} an hour worked ${DAYS.map((d, i) => `${hs[i]} hours on ${d}`).join(', ')}. Hours over 8 in any one day are paid at time and a half; there is no weekly overtime rule. What is the week’s gross pay, ${CENT}?`,
      show: usd(2),
      figures: { w, h0: hs[0]!, h1: hs[1]!, h2: hs[2]!, h3: hs[3]!, h4: hs[4]! },
      key: add(mul(week, cents(w)), mul(over, cents(w), frac(1, 2))),
      wrong: [
        [
          add(mul(week, cents(w)), mul(Math.max(0, week - 40), cents(w), frac(1, 2))),
          'applies a weekly 40-hour rule instead',
        ],
        [mul(week, cents(w)), 'pays every hour at the normal rate'],
        [
          add(mul(week, cents(w)), mul(over, cents(w), frac(3, 2))),
          'pays the overtime hours twice',
        ],
        [
          add(mul(week - over, cents(w)), mul(over, cents(w), frac(1, 2))),
          'pays only the premium on overtime hours',
        ],
        [mul(week, cents(w), frac(3, 2)), 'pays every hour at time and a half'],
      ],
    }
  }),
  worked('differential-piece-rate', (rng) => {
    const k = rng.int(10, 30) * 10
    const nn = k + rng.int(20, 300)
    const r1 = rng.int(40, 150)
    const r2 = r1 + rng.int(5, 60)
    return {
      stem: `A garment worker is paid ${dollars(r1)} for each of the first ${n(k)} pieces in a week and ${dollars(r2)} for every piece after that. This week she finished ${n(nn)} pieces. What is her gross pay, ${CENT}?`,
      show: usd(2),
      figures: { k, nn, r1, r2 },
      key: add(mul(k, cents(r1)), mul(nn - k, cents(r2))),
      wrong: [
        [mul(nn, cents(r2)), 'pays the higher rate on every piece'],
        [mul(nn, cents(r1)), 'pays the lower rate on every piece'],
        [
          add(mul(k, cents(r1)), mul(nn, cents(r2))),
          'pays the higher rate on every piece as well as the first rate',
        ],
        [mul(nn - k, cents(r2)), 'pays only the pieces over the threshold'],
        [mul(nn, cents(r1 + r2), frac(1, 2)), 'averages the two rates'],
      ],
    }
  }),
  worked('piece-rate-with-a-guaranteed-minimum', (rng) => {
    const hrs = rng.int(30, 40)
    const minw = rng.int(1200, 1800)
    const rate = rng.int(40, 120)
    const pcs = rng.int(
      Math.round((hrs * minw * 0.7) / rate),
      Math.round((hrs * minw * 1.3) / rate),
    )
    const piece = pcs * rate
    const guar = hrs * minw
    if (piece === guar) rest()
    return {
      stem: `A packer is paid ${dollars(rate)} a piece but is guaranteed at least ${dollars(minw)} an hour for the hours worked. This week she worked ${hrs} hours and packed ${n(pcs)} pieces. What is her gross pay, ${CENT}?`,
      show: usd(2),
      figures: { hrs, minw, rate, pcs },
      key: cents(Math.max(piece, guar)),
      wrong: [
        [cents(Math.min(piece, guar)), 'pays the smaller of the two'],
        [cents(piece + guar), 'adds the piece pay to the guarantee'],
        [cents(Math.abs(piece - guar)), 'pays only the difference'],
        [div(cents(piece + guar), 2), 'averages the piece pay and the guarantee'],
        [
          cents(Math.max(piece, guar) + Math.abs(piece - guar)),
          'adds the difference to the larger amount',
        ],
      ],
    }
  }),
  worked('hourly-rate-from-an-annual-salary', (rng) => {
    const a = rng.int(30, 120) * 1000
    const hw = rng.pick([35, 37.5, 40])
    return {
      stem: `An employee earns $${n(a)} a year for a ${hw}-hour week, paid over 52 weeks. What is the equivalent hourly rate, ${CENT}?`,
      show: usd(2),
      figures: { a, hw2: hw * 2 },
      key: div(a, mul(52, frac(hw * 2, 2))),
      wrong: [
        [div(a, mul(50, frac(hw * 2, 2))), 'divides by 50 working weeks'],
        [div(a, mul(12, 4, frac(hw * 2, 2))), 'counts four weeks in each month'],
        [div(a, mul(52, 40)), 'divides by a 40-hour week whatever the contract'],
        [div(a, mul(365, frac(hw * 2, 10))), 'counts every day of the year as a working day'],
        [div(a, 52), 'gives the weekly pay'],
      ],
    }
  }),
  worked('weighted-average-unit-cost-of-purchases', (rng) => {
    const q = [rng.int(10, 200), rng.int(10, 200), rng.int(10, 200)]
    const p = [rng.int(300, 2000), rng.int(300, 2000), rng.int(300, 2000)]
    const cost = q[0]! * p[0]! + q[1]! * p[1]! + q[2]! * p[2]!
    const units = q[0]! + q[1]! + q[2]!
    return {
      stem: `A shop bought printer cartridges three times this quarter: ${q[0]} at ${dollars(p[0]!)}, ${q[1]} at ${dollars(p[1]!)} and ${q[2]} at ${dollars(p[2]!)} each. What is the weighted average cost per cartridge (total cost ÷ total units), ${CENT}?`,
      show: usd(2),
      figures: { q0: q[0]!, q1: q[1]!, q2: q[2]!, p0: p[0]!, p1: p[1]!, p2: p[2]! },
      key: div(cents(cost), units),
      wrong: [
        [div(cents(p[0]! + p[1]! + p[2]!), 3), 'averages the three prices'],
        [cents(p[2]!), 'uses the last price paid'],
        [cents(p[0]!), 'uses the first price paid'],
        [
          div(cents(Math.max(...p) + Math.min(...p)), 2),
          'takes the midpoint of the highest and lowest price',
        ],
      ],
    }
  }),
  worked('prorated-salary-for-a-mid-month-start', (rng) => {
    const month = rng.pick([
      ['April', 30],
      ['May', 31],
      ['June', 30],
      ['July', 31],
    ] as const)
    const [name, len] = month
    const m = rng.int(30, 90) * 100
    const d = rng.int(3, len - 3)
    return {
      stem: `A new hire on a monthly salary of $${n(m)} starts on ${d} ${name}. The firm prorates the first month by calendar days, counting the start day and every day to the end of the month, over the ${len} days of ${name}. What is the first month’s pay, ${CENT}?`,
      show: usd(2),
      figures: { m, d, len },
      key: mul(m, frac(len - d + 1, len)),
      wrong: [
        [mul(m, frac(len - d, len)), 'leaves out the start day'],
        [mul(m, frac(len - d + 1, len === 30 ? 31 : 30)), 'divides by the wrong month length'],
        [mul(m, frac(d, len)), 'pays for the days before the start'],
        [mul(m, frac(d - 1, len)), 'pays for the days before the start day only'],
        [mul(m, frac(len - d + 2, len)), 'counts the start day twice'],
      ],
    }
  }),
  worked('prorated-refund-of-an-annual-fee', (rng) => {
    const f = rng.int(30, 300) * 100
    const used = rng.int(30, 330)
    return {
      stem: `A client paid $${n(f)} for a 365-day support contract and cancels after ${used} days. The refund is the fee for the unused days, prorated by days over 365. What is the refund, ${CENT}?`,
      show: usd(2),
      figures: { f, used },
      key: mul(f, frac(365 - used, 365)),
      wrong: [
        [mul(f, frac(used, 365)), 'refunds the days used'],
        [mul(f, frac(360 - used, 360)), 'prorates over a 360-day year'],
        [mul(f, frac(12 - Math.ceil(used / 30), 12)), 'refunds whole months left only'],
        [mul(f, frac(365 - used, 360)), 'divides the unused days by 360'],
      ],
    }
  }),
  worked('commission-on-sales-net-of-returns', (rng) => {
    const s = rng.int(20, 150) * 1000 + rng.int(0, 99) * 10
    const rr = rng.int(5, 30) * 100
    const c = rng.int(3, 15)
    return {
      stem: `A rep sold $${n(s)} this month; customers returned $${n(rr)} of it. Commission is ${wp(c)} of sales net of returns. What is the commission, ${CENT}?`,
      show: usd(2),
      figures: { s, rr, c },
      key: mul(s - rr, pc(c)),
      wrong: [
        [mul(s, pc(c)), 'pays commission on gross sales'],
        [sub(mul(s, pc(c)), rr), 'takes the returns off the commission'],
        [mul(s - 2 * rr, pc(c)), 'takes the returns off twice'],
        [mul(s + rr, pc(c)), 'adds the returns to sales'],
        [mul(rr, pc(c)), 'gives the commission on the returns'],
      ],
    }
  }),
  worked('pay-with-a-night-shift-premium', (rng) => {
    const w = rng.int(1500, 3500)
    const h = rng.int(20, 40)
    const night = rng.int(4, h - 4)
    const p = rng.pick([10, 15, 20, 25])
    return {
      stem: `A warehouse worker paid ${dollars(w)} an hour worked ${h} hours this week, ${night} of them on nights, which earn a premium of ${wp(p)} of the hourly rate. There is no overtime. What is the week’s gross pay, ${CENT}?`,
      show: usd(2),
      figures: { w, h, night, p },
      key: add(mul(h, cents(w)), mul(night, cents(w), pc(p))),
      wrong: [
        [mul(h, cents(w), add(1, pc(p))), 'pays the premium on every hour'],
        [mul(h, cents(w)), 'leaves out the premium'],
        [add(mul(h, cents(w)), mul(night, pc(p))), 'adds the premium as cents an hour'],
        [add(mul(h, cents(w)), mul(night, cents(w), add(1, pc(p)))), 'pays the night hours twice'],
        [
          add(mul(h - night, cents(w)), mul(night, cents(w), pc(p))),
          'pays night hours only the premium',
        ],
      ],
    }
  }),
  worked('overall-commission-rate-on-total-sales', (rng) => {
    const s = [rng.int(10, 90), rng.int(10, 90), rng.int(10, 90)].map((x) => x * 1000)
    const c = [rng.int(20, 90), rng.int(20, 90), rng.int(20, 90)]
    if (new Set(c).size < 3) rest()
    const paid = s[0]! * c[0]! + s[1]! * c[1]! + s[2]! * c[2]!
    const tot = s[0]! + s[1]! + s[2]!
    return {
      stem: `Three reps sold $${n(s[0]!)}, $${n(s[1]!)} and $${n(s[2]!)} at commission rates of ${tenthPct(c[0]!)}, ${tenthPct(c[1]!)} and ${tenthPct(c[2]!)}. What is the total commission as a percent of total sales, ${PCT1}?`,
      show: pct(),
      figures: { s0: s[0]!, s1: s[1]!, s2: s[2]!, c0: c[0]!, c1: c[1]!, c2: c[2]! },
      key: div(tenths(paid), tot),
      wrong: [
        [div(tenths(c[0]! + c[1]! + c[2]!), 3), 'averages the three rates'],
        [tenths(c[0]! + c[1]! + c[2]!), 'adds the three rates'],
        [tenths(Math.max(...c)), 'takes the highest rate'],
        [tenths(Math.min(...c)), 'takes the lowest rate'],
        [
          div(tenths(Math.max(...c) + Math.min(...c)), 2),
          'takes the midpoint of the highest and lowest rate',
        ],
      ],
    }
  }),
  worked('sales-needed-to-reach-an-average', (rng) => {
    const m = rng.int(4, 6)
    const xs = Array.from({ length: m - 1 }, () => rng.int(20, 80) * 1000)
    const avg = rng.int(60, 90) * 1000
    const need = avg * m - xs.reduce((a, b) => a + b, 0)
    if (need <= 0) rest()
    return {
      stem: `A rep’s sales for the first ${m - 1} months of a ${m}-month period were ${xs.map((x) => `$${n(x)}`).join(', ')}. What must she sell in the last month for her mean monthly sales over all ${m} months to be $${n(avg)}, ${CENT}?`,
      show: usd(2),
      figures: Object.fromEntries([['m', m], ['avg', avg], ...xs.map((x, i) => [`x${i}`, x])]),
      key: frac(need),
      wrong: [
        [frac(avg), 'gives the target mean itself'],
        [
          frac(avg * (m - 1) - xs.reduce((a, b) => a + b, 0)),
          'multiplies the mean by the months already sold',
        ],
        [
          sub(
            2 * avg,
            div(
              xs.reduce((a, b) => a + b, 0),
              m - 1,
            ),
          ),
          'balances the last month against the mean so far',
        ],
        [frac(avg * m), 'gives the target total without taking off the sales so far'],
        [frac(avg * m - Math.max(...xs)), 'takes only the best month off the target total'],
        [
          sub(
            avg * m,
            div(
              xs.reduce((a, b) => a + b, 0),
              m - 1,
            ),
          ),
          'takes the mean so far off the target total instead of the sum',
        ],
      ],
    }
  }),
  worked('weighted-average-price-of-a-sales-mix', (rng) => {
    const u = [rng.int(50, 900), rng.int(50, 900), rng.int(50, 900)]
    const p = [rng.int(500, 3000), rng.int(500, 3000), rng.int(500, 3000)]
    const rev = u[0]! * p[0]! + u[1]! * p[1]! + u[2]! * p[2]!
    const tu = u[0]! + u[1]! + u[2]!
    return {
      stem: `A café sold ${n(u[0]!)} sandwiches at ${dollars(p[0]!)}, ${n(u[1]!)} salads at ${dollars(p[1]!)} and ${n(u[2]!)} soups at ${dollars(p[2]!)}. What was the average price per item sold (total revenue ÷ items), ${CENT}?`,
      show: usd(2),
      figures: { u0: u[0]!, u1: u[1]!, u2: u[2]!, p0: p[0]!, p1: p[1]!, p2: p[2]! },
      key: div(cents(rev), tu),
      wrong: [
        [div(cents(p[0]! + p[1]! + p[2]!), 3), 'averages the three prices'],
        [cents(p[u.indexOf(Math.max(...u))]!), 'takes the price of the best seller'],
        [
          div(cents(Math.max(...p) + Math.min(...p)), 2),
          'takes the midpoint of the highest and lowest price',
        ],
        [
          div(cents(p[0]! * u[2]! + p[1]! * u[1]! + p[2]! * u[0]!), tu),
          'pairs the prices with the wrong counts',
        ],
      ],
    }
  }),
]
