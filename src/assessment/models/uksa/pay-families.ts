import { add, frac, gb, mul, PENNY, pound, worked } from './uksa-text.js'

// Paying the tax a return shows, and what lateness costs. The slips are payments on account
// already made left out of the balancing payment, the student loan or tax taken at source put
// into a payment on account, the 80% test taken on income tax alone, the first payment on account
// of a new trader forgotten, daily penalties counted from the filing deadline or without the
// £100, the £300 minimum or the six-month penalty missed, interest on a 360-day year or at Bank
// Rate, and an inaccuracy penalty reduced from the wrong end of its range.

const POA =
  'Payments on account for 2026/27 are each 50% of the 2025/26 liability (income tax and Class 4 National Insurance, less tax deducted at source; student loan repayments are not included), due on 31 January 2027 and 31 July 2027. None are due if that liability is under £1,000 or if more than 80% of the total 2025/26 income tax and Class 4 was deducted at source. The 2025/26 balancing payment (the whole liability, student loan included, less the payments on account already made for 2025/26) is due on 31 January 2027.'
const FILING =
  'An online 2025/26 return is due on 31 January 2027. Filing late costs £100; if it is still outstanding after three months (from 1 May 2027), £10 a day for up to 90 days; after six months a further 5% of the tax due or £300, whichever is more; after twelve months another 5% or £300, whichever is more.'
const even = (x: number): number => x * 2

export const PAY_FAMILIES = [
  worked('balancing-payment-and-first-payment-on-account', (rng) => {
    const l = even(rng.int(300, 1200) * 10)
    const l0 = even(rng.int(250, l / 20 - 10) * 10)
    return {
      stem: `${POA} A sole trader’s 2025/26 liability (income tax and Class 4, nothing deducted at source, no student loan) is ${gb(l)}. For 2025/26 she made two payments on account of ${gb(l0 / 2)} each. How much must she pay on 31 January 2027, ${PENNY}?`,
      show: pound,
      figures: { l, l0 },
      key: frac(l - l0 + l / 2),
      wrong: [
        [frac(l - l0), 'pays only the balancing payment'],
        [frac(l + l / 2), 'forgets the payments on account already made'],
        [frac(l - l0 + l0 / 2), 'bases the new payment on account on last year'],
        [frac(l - l0 + l), 'pays both new payments on account at once'],
        [frac(l - l0 / 2 + l / 2), 'deducts only one payment on account made'],
        [frac(l / 2), 'pays only the first 2026/27 payment on account'],
      ],
    }
  }),
  worked('payment-on-account-leaves-out-the-student-loan', (rng) => {
    const i = even(rng.int(400, 1500) * 10)
    const c = even(rng.int(100, 300) * 10)
    const s = rng.int(50, 300) * 10
    return {
      stem: `${POA} A self-employed engineer’s 2025/26 return shows income tax of ${gb(i)}, Class 4 of ${gb(c)} and a student loan repayment of ${gb(s)}; nothing was deducted at source. How much is each payment on account for 2026/27, ${PENNY}?`,
      show: pound,
      figures: { i, c, s },
      key: frac(i + c, 2),
      wrong: [
        [frac(i + c + s, 2), 'includes the student loan'],
        [frac(i, 2), 'leaves out Class 4'],
        [frac(i + c), 'makes each payment the whole liability'],
        [frac(i + s, 2), 'includes the loan and leaves out Class 4'],
        [frac(i + c, 4), 'splits half the liability between the two payments'],
        [frac(i + c - s, 2), 'takes the student loan off the liability'],
        [frac(i + c + s), 'makes each payment the whole liability, student loan included'],
      ],
    }
  }),
  worked('payment-on-account-after-tax-at-source', (rng) => {
    const i = even(rng.int(800, 2000) * 10)
    const c = even(rng.int(150, 350) * 10)
    const x = even(Math.round((i * rng.int(20, 40)) / 1000) * 5)
    const d = even(Math.round((i * rng.int(10, 25)) / 1000) * 5)
    return {
      stem: `${POA} A part-time employee who also works as a subcontractor under the Construction Industry Scheme has 2025/26 income tax of ${gb(i)} and Class 4 of ${gb(c)}. ${gb(x)} was deducted under PAYE from his salary and ${gb(d)} under CIS from his subcontracting receipts; both are tax deducted at source. How much is each payment on account for 2026/27, ${PENNY}?`,
      show: pound,
      figures: { i, c, x, d },
      key: frac(i + c - x - d, 2),
      wrong: [
        [frac(i - x - d, 2), 'leaves out Class 4'],
        [frac(i + c, 2), 'ignores the tax deducted at source'],
        [frac(i + c - x - d), 'makes each payment the whole liability'],
        [frac(i + c - 2 * x - d, 2), 'deducts the PAYE from each payment in full'],
        [frac(i + c - x, 2), 'leaves out the CIS deductions'],
        [frac(i + c - x - 2 * d, 2), 'deducts the CIS from each payment in full'],
      ],
    }
  }),
  worked('daily-late-filing-penalties', (rng) => {
    const n = rng.int(35, 85)
    return {
      stem: `${FILING} A landlord’s 2025/26 return, due online by 31 January 2027, was filed after being outstanding for ${n} days from 1 May 2027 (the return is less than six months late). What late filing penalties are due, ${PENNY}?`,
      show: pound,
      figures: { n },
      key: frac(100 + 10 * n),
      wrong: [
        [frac(10 * n), 'leaves out the first £100'],
        [frac(100), 'charges only the first £100'],
        [frac(1000), 'runs the daily penalties from 31 January'],
        [frac(100 + 10 * (n + 89)), 'runs the daily penalties from 1 February without the cap'],
        [frac(100 + 10 * Math.max(0, n - 30)), 'starts the daily penalties a month late'],
        [frac(400 + 10 * n), 'adds the £300 six-month penalty as well'],
      ],
    }
  }),
  worked('six-month-late-filing-penalty', (rng) => {
    const td = rng.int(20, 150) * 100
    const key = frac(1000 + Math.max(300, (td * 5) / 100))
    return {
      stem: `${FILING} A sole trader files his 2025/26 return eight months late; the 90 daily penalties all ran. His return shows tax due of ${gb(td)}. What late filing penalties are due in total, ${PENNY}?`,
      show: pound,
      figures: { td },
      key,
      wrong: [
        [frac(1000 + Math.min(300, (td * 5) / 100)), 'takes the smaller of 5% and £300'],
        [frac(1000), 'leaves out the six-month penalty'],
        [frac(100 + Math.max(300, (td * 5) / 100)), 'leaves out the daily penalties'],
        [frac(1000 + 2 * Math.max(300, (td * 5) / 100)), 'adds the twelve-month penalty early'],
        [frac(1000 + (td * 10) / 100), 'charges 10% of the tax at six months'],
      ],
    }
  }),
  worked('late-payment-penalties', (rng) => {
    const u = rng.int(20, 200) * 100
    const q = rng.int(5, Math.floor(u / 100) - 5) * 100
    return {
      stem: `A sole trader’s 2025/26 balancing payment of ${gb(u)} was due on 31 January 2027. Under the late payment rules for his return, 5% of the tax still unpaid 30 days after the due date is charged, a further 5% of what is still unpaid five months after that, and another 5% at twelve months. He paid nothing until June 2027, when he paid ${gb(q)}, and cleared the rest in September 2027. What late payment penalties are due, ${PENNY}?`,
      show: pound,
      figures: { u, q },
      key: add(frac(u * 5, 100), frac((u - q) * 5, 100)),
      wrong: [
        [frac(u * 5, 100), 'charges only the 30-day penalty'],
        [frac(u * 10, 100), 'charges the second 5% on the whole amount'],
        [frac((u - q) * 5, 100), 'charges only the six-month penalty'],
        [frac(u * 15, 100), 'charges all three penalties on the whole amount'],
        [add(frac(u * 5, 100), frac(q * 5, 100)), 'charges the second 5% on the part paid'],
      ],
    }
  }),
  worked('late-payment-interest', (rng) => {
    const u = rng.int(20, 200) * 100
    const d = rng.int(20, 200)
    const b = rng.pick([375, 400, 425, 450])
    const r = b + 400
    return {
      stem: `HMRC charges late payment interest at Bank Rate plus 4% a year, simple, for each day a payment is late, on a 365-day year. With Bank Rate at ${(b / 100).toFixed(2)}%, a landlord pays a balancing payment of ${gb(u)} ${d} days late. How much interest is charged, ${PENNY}?`,
      show: pound,
      figures: { u, d, b },
      key: frac(u * r * d, 10000 * 365),
      wrong: [
        [frac(u * b * d, 10000 * 365), 'uses Bank Rate alone'],
        [frac(u * r * d, 10000 * 360), 'uses a 360-day year'],
        [frac(u * 400 * d, 10000 * 365), 'uses the 4% alone'],
        [frac(u * r, 10000), 'charges a whole year’s interest'],
        [frac(u * r * Math.ceil(d / 30), 10000 * 12), 'charges by whole months'],
      ],
    }
  }),
  worked('shortfall-after-reducing-payments-on-account', (rng) => {
    const l = even(rng.int(600, 1500) * 10)
    const e = rng.int(200, l / 20 - 50) * 20
    const a = l + rng.int(10, 150) * 20
    const owed = l / 2
    return {
      stem: `A sole trader’s 2025/26 liability was ${gb(l)}, so each 2026/27 payment on account would be ${gb(l / 2)}. Expecting lower profits, she claimed to reduce them to ${gb(e / 2)} each. Her 2026/27 liability turned out to be ${gb(a)}. Interest runs on the shortfall of each reduced payment against what it should have been: half the 2026/27 liability, but never more than the original payment on account. What is the shortfall on each payment, ${PENNY}?`,
      show: pound,
      figures: { l, e, a },
      key: frac(owed - e / 2),
      wrong: [
        [frac(a / 2 - e / 2), 'ignores the cap at the original payment'],
        [frac(l - e / 2), 'takes the whole 2025/26 liability'],
        [frac(a - e), 'takes the shortfall of both payments together'],
        [
          frac((a - l) / 2),
          'charges only the rise in the liability, half the 2026/27 less half the 2025/26',
        ],
      ],
    }
  }),
  worked('first-year-of-self-employment-cash-flow', (rng) => {
    const l = even(rng.int(300, 1200) * 10)
    const x = even(Math.round((l * rng.int(15, 40)) / 1000) * 5)
    const s = even(rng.int(30, 150) * 10)
    const due = l - x
    return {
      stem: `${POA} A bookkeeper left her job and started trading in 2025/26; before that all her tax was deducted under PAYE, so no payments on account were due for 2025/26. Her 2025/26 income tax and Class 4 come to ${gb(l)}, of which ${gb(x)} was deducted under PAYE from her salary, and her return shows a student loan repayment of ${gb(s)} (nothing was repaid through payroll). How much must she pay on 31 January 2027, ${PENNY}?`,
      show: pound,
      figures: { l, x, s },
      key: frac(due + s + due / 2),
      wrong: [
        [frac(due + s), 'forgets the first payment on account'],
        [frac(due + due / 2), 'leaves out the student loan'],
        [frac(due / 2), 'pays only a payment on account'],
        [frac(due + s + (due + s) / 2), 'puts the student loan in the payment on account'],
        [frac(due + s + due), 'pays both payments on account at once'],
        [frac(due + s + l / 2), 'bases the payment on account on the tax before PAYE'],
        [frac(l + s + l / 2), 'ignores the tax deducted under PAYE'],
      ],
    }
  }),
  worked('overpaid-payments-on-account', (rng) => {
    const p = even(rng.int(300, 800) * 10)
    const l = 2 * p - even(rng.int(20, Math.floor(p / 40)) * 10)
    const c = even(rng.int(100, Math.floor(l / 40)) * 10)
    const over = 2 * p - l
    const s = over + rng.int(10, 100) * 10
    return {
      stem: `${POA} A sole trader made two 2025/26 payments on account of ${gb(p)} each, but his 2025/26 liability is only ${gb(l)} (income tax ${gb(l - c)} and Class 4 ${gb(c)}, nothing at source), and his return shows a student loan repayment of ${gb(s)}. The overpayment is set against what he owes on 31 January 2027. What does he pay that day, ${PENNY}?`,
      show: pound,
      figures: { p, l, c, s },
      key: frac(s - over + l / 2),
      wrong: [
        [frac(l / 2 - over), 'leaves out the student loan'],
        [frac(s - over), 'forgets the first payment on account'],
        [frac(s - over + (l - c) / 2), 'leaves Class 4 out of the payment on account'],
        [frac(s + l / 2), 'ignores the overpayment'],
        [frac(s - over + p), 'bases the payment on account on last year'],
        [frac(s - over + (l + s) / 2), 'puts the student loan in the payment on account'],
      ],
    }
  }),
  worked('careless-inaccuracy-penalty', (rng) => {
    const plr = rng.int(10, 100) * 100
    const d = rng.pick([20, 30, 40, 60, 70, 80])
    const prompted = true
    const min = 15
    const rate = frac(30 * 100 - (30 - min) * d, 10000)
    return {
      stem: `A return understated tax by ${gb(plr)} through carelessness. The penalty is a percentage of that potential lost revenue: up to 30%, reduced for the quality of disclosure towards a minimum of ${min}% for a ${prompted ? 'prompted' : 'unprompted'} disclosure; the penalty rate is 30% less ${d}% of the gap between 30% and the minimum. What is the penalty, ${PENNY}?`,
      show: pound,
      figures: { plr, d, min },
      key: mul(plr, rate),
      wrong: [
        [frac(plr * 30, 100), 'gives no reduction'],
        [mul(plr, frac(30 * (100 - d), 10000)), 'reduces towards 0% regardless of prompting'],
        [frac(plr * min, 100), 'charges the minimum'],
        [mul(plr, frac(min * 100 + (30 - min) * d, 10000)), 'adds the reduction to the minimum'],
        [mul(plr, frac(70 * 100 - (70 - min) * d, 10000)), 'uses the 70% deliberate maximum'],
      ],
    }
  }),
  worked('balancing-payment-with-a-student-loan', (rng) => {
    const i = even(rng.int(400, 1200) * 10)
    const c = even(rng.int(100, 300) * 10)
    const s = rng.int(50, 300) * 10
    const m = even(rng.int(100, Math.floor(i / 40)) * 10)
    const key = frac(i + c + s - 2 * m + (i + c) / 2)
    return {
      stem: `${POA} A sole trader’s 2025/26 return shows income tax of ${gb(i)}, Class 4 of ${gb(c)} and a student loan repayment of ${gb(s)}, nothing deducted at source. She made two 2025/26 payments on account of ${gb(m)} each. How much must she pay on 31 January 2027, ${PENNY}?`,
      show: pound,
      figures: { i, c, s, m },
      key,
      wrong: [
        [frac(i + c - 2 * m + (i + c) / 2), 'leaves the student loan out of the balancing payment'],
        [
          frac(i + c + s - 2 * m + (i + c + s) / 2),
          'puts the student loan in the payment on account',
        ],
        [frac(i + c + s - 2 * m), 'forgets the first payment on account'],
        [frac(i + c + s - m + (i + c) / 2), 'deducts only one payment on account made'],
        [frac(i + c + s + (i + c) / 2), 'forgets the payments on account already made'],
        [frac(i + c + s - 2 * m + (i + c)), 'pays both new payments on account at once'],
        [frac(i + c + s - m), 'bases the new payment on account on last year'],
        [frac(i + c + s - 2 * m + i / 2), 'leaves Class 4 out of the payment on account'],
      ],
    }
  }),
  worked('twelve-month-late-filing-penalties', (rng) => {
    const t = rng.int(40, 199)
    // Tax due of £6,000 makes 5% exactly £300, so the more and the less of the two agree.
    const td = (t >= 60 ? t + 1 : t) * 100
    const step = Math.max(300, (td * 5) / 100)
    return {
      stem: `${FILING} A landlord files her 2025/26 return fourteen months late; the 90 daily penalties all ran. The return shows tax due of ${gb(td)}. What late filing penalties are due in total, ${PENNY}?`,
      show: pound,
      figures: { td },
      key: frac(1000 + 2 * step),
      wrong: [
        [frac(1000 + step), 'leaves out the twelve-month penalty'],
        [frac(100 + 2 * step), 'leaves out the daily penalties'],
        [frac(1000 + 2 * Math.min(300, (td * 5) / 100)), 'takes the less of 5% and £300'],
        [frac(1000), 'leaves out the six- and twelve-month penalties'],
        [frac(1000 + 2 * Math.max(300, (td * 10) / 100)), 'charges 10% of the tax at each step'],
        [frac(1000 + 2 * step + (td * 15) / 100), 'adds the three 5% late payment penalties'],
        [
          frac(1000 + 2 * (300 + (td * 5) / 100)),
          'charges 5% and £300 at each step instead of the more of the two',
        ],
      ],
    }
  }),
  worked('no-payments-on-account-under-a-thousand', (rng) => {
    const d = rng.int(30, 99) * 10
    const m = rng.int(10, Math.floor(d / 30)) * 10
    const t = rng.int(2, 9) * 10
    return {
      stem: `${POA} A landlord’s 2025/26 liability is ${gb(d)} after the ${gb(t)} of tax deducted at source from her pension has been taken off, and she made two 2025/26 payments on account of ${gb(m)} each. How much must she pay on 31 January 2027, ${PENNY}?`,
      show: pound,
      figures: { d, m, t },
      key: frac(d - 2 * m),
      wrong: [
        [frac(d - 2 * m + d / 2), 'adds a payment on account for 2026/27'],
        [frac(d), 'forgets the payments on account made'],
        [frac(d - m), 'deducts only one payment on account made'],
        [frac(d - t - 2 * m), 'takes the tax deducted at source off a second time'],
      ],
    }
  }),
  worked('interest-on-a-late-payment-on-account', (rng) => {
    const p = even(rng.int(100, 800) * 10)
    const months = [
      ['August', 31],
      ['September', 30],
      ['October', 31],
      ['November', 30],
    ] as const
    const k = rng.int(0, 3)
    const day = rng.int(3, 28)
    const days = months.slice(0, k).reduce((s, [, n]) => s + n, 0) + day
    const name = months[k]?.[0] ?? 'August'
    const b = rng.pick([375, 400, 425, 450])
    const r = b + 400
    return {
      stem: `The second 2025/26 payment on account of ${gb(p)} was due on 31 July 2026 and was paid on ${day} ${name} 2026. Late payment interest is simple, at Bank Rate (${(b / 100).toFixed(2)}%) plus 4% a year on a 365-day year, for each day from 1 August to the day of payment inclusive. How much interest is charged, ${PENNY}?`,
      show: pound,
      figures: { p, days, k, day, b },
      key: frac(p * r * days, 10000 * 365),
      wrong: [
        [frac(p * r * (days + 181), 10000 * 365), 'counts from 31 January'],
        [frac(p * r * days, 10000 * 360), 'uses a 360-day year'],
        [frac(p * b * days, 10000 * 365), 'uses Bank Rate without the 4%'],
        [frac(p * r * (k + 1), 10000 * 12), 'charges by whole months'],
      ],
    }
  }),
]
