import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  across,
  Client,
  client,
  drawn,
  family,
  figure,
  formulas,
  pc,
  purse,
  rateOf,
  words,
} from './model-text.js'

const SHEET = 'In a spreadsheet model (Excel or Google Sheets)'

/** 2 → `2nd`, 3 → `3rd`, 4 → `4th`: ordinals for the small counts the stems use. */
const ordinal = (n: number): string =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`

const pvAt = (r: number, flows: readonly number[], times: readonly number[]) =>
  flows.reduce((s, f, i) => s + f / (1 + r) ** times[i]!, 0)
const payment = (r: number, n: number, p: number, type: 0 | 1) =>
  (p * r) / ((1 - (1 + r) ** -n) * (1 + r * type))

/** Serial dates for the dated-flow families: 1 January 2026 is 46023 in spreadsheet serials. */
const JAN_2026 = 46023
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
const dateText = (serial: number) => DATE.format(new Date((serial - 25569) * 86_400_000))

/**
 * Discounting and returns as a model computes them: spreadsheet NPV’s one-period offset, dated
 * flows, IRR and its pitfalls, level payments in arrears or in advance, and rate conversions.
 */
export const TIME_VALUE_FAMILIES: readonly ScenarioFamily[] = [
  family('npv-outlay-outside-the-function', (rng) => {
    const outlay = -drawn(rng, 200, 900, 10)
    const flows = Array.from({ length: 5 }, () => drawn(rng, 60, 320))
    const r = rateOf(rng, 6, 14)
    const cells = { B2: r, B5: outlay, ...across(5, flows, 'C') }
    const key = outlay + pvAt(r, flows, [1, 2, 3, 4, 5])
    return formulas(rng, {
      stem: `${SHEET}, B2 holds the annual discount rate, B5 the outlay made today (negative) and C5:G5 the net cash flows at the ends of years 1 to 5. Which formula in H5 gives the project’s net present value?`,
      key: '=B5+NPV(B2,C5:G5)',
      wrong: [
        ['=NPV(B2,B5:G5)', 'puts the time-0 outlay inside NPV, which discounts it a year'],
        ['=NPV(B2,C5:G5)', 'leaves the outlay out'],
        ['=-B5+NPV(B2,C5:G5)', 'flips the sign of an outlay already entered as negative'],
        ['=B5+NPV(B2/12,C5:G5)', 'discounts annual flows at a monthly rate'],
        ['=NPV(B2,C5:G5)-B5', 'subtracts an outlay already entered as negative'],
        ['=B5+NPV(B2,B5:G5)', 'counts the outlay twice, once inside NPV'],
        ['=B5+NPV(1+B2,C5:G5)', 'passes one plus the rate to NPV instead of the rate'],
        ['=NPV(B2/12,B5:G5)', 'puts the outlay inside NPV and discounts at a monthly rate'],
        ['=-B5+NPV(B2,B5:G5)', 'flips the outlay’s sign and counts it inside NPV too'],
      ],
      sheet: { cells, at: 'H5', copies: [['H5', key]] },
      money: { fn: 'pv', rate: r, flows: [outlay, ...flows], times: [0, 1, 2, 3, 4, 5] },
    })
  }),
  family('npv-figure-with-outlay-today', (rng) => {
    const m = purse(rng)
    const outlay = drawn(rng, 200, 900, 10) * 1000
    const flows = Array.from({ length: 4 }, () => drawn(rng, 80, 360) * 1000)
    const r = rateOf(rng, 7, 15)
    const all = [-outlay, ...flows]
    const key = pvAt(r, all, [0, 1, 2, 3, 4])
    return figure(rng, m, {
      stem: `${Client(rng)} would spend ${m(outlay)} today to earn ${flows.map(m).join(', ')} at the ends of years 1 to 4. At a discount rate of ${pc(r, 1)}, what is the net present value?`,
      key,
      wrong: [
        [
          key / (1 + r),
          'puts the outlay inside spreadsheet NPV, discounting everything a year too far',
        ],
        [key + outlay, 'leaves out the outlay'],
        [key * (1 + r), 'values the project a year on, discounting every flow a year too few'],
        [flows.reduce((s, f) => s + f, 0) - outlay, 'adds the flows without discounting'],
        [pvAt(r / 12, all, [0, 1, 2, 3, 4]), 'discounts annual flows at a monthly rate'],
      ],
      formula: '=-B1+NPV(B2,C1:F1)',
      cells: { B1: outlay, B2: r, C1: flows[0]!, D1: flows[1]!, E1: flows[2]!, F1: flows[3]! },
      money: { fn: 'pv', rate: r, flows: all, times: [0, 1, 2, 3, 4] },
    })
  }),
  family('monthly-loan-payment-formula', (rng) => {
    const p = drawn(rng, 20, 400, 5) * 1000
    const r = rateOf(rng, 4, 12, 0.25)
    const y = rng.int(3, 10)
    const key = payment(r / 12, y * 12, p, 0)
    return formulas(rng, {
      stem: `${SHEET}, B1 holds a loan of ${p.toLocaleString('en-US')}, B2 its annual interest rate and B3 its term in years; it is repaid monthly in arrears. Which formula in B5 gives the monthly payment as a positive number?`,
      key: '=PMT(B2/12,B3*12,-B1)',
      wrong: [
        ['=PMT(B2,B3*12,-B1)', 'uses the annual rate with monthly periods'],
        ['=PMT(B2/12,B3,-B1)', 'uses the term in years as the number of monthly periods'],
        ['=PMT(B2,B3,-B1)/12', 'divides the annual payment by twelve'],
        ['=PMT(B2/12,B3*12,-B1,0,1)', 'pays in advance, not in arrears'],
        ['=PMT(B2,B3,-B1)', 'gives the annual payment'],
        ['=PMT(B2,B3*12,-B1,0,1)', 'uses the annual rate with monthly periods and pays in advance'],
      ],
      sheet: { cells: { B1: p, B2: r, B3: y }, at: 'B5', copies: [['B5', key]] },
      money: { fn: 'pmt', rate: r / 12, n: y * 12, pv: p, fv: 0, type: 0 },
    })
  }),
  family('monthly-payment-figure', (rng) => {
    const m = purse(rng)
    const p = drawn(rng, 20, 300, 5) * 1000
    const r = rateOf(rng, 4, 12, 0.25)
    const y = rng.int(3, 8)
    const key = payment(r / 12, y * 12, p, 0)
    return figure(rng, m, {
      stem: `${Client(rng)} borrows ${m(p)} at ${pc(r)} a year, repaid in equal monthly instalments at the end of each month over ${y} years. What is each instalment?`,
      key,
      wrong: [
        [payment(r, y * 12, p, 0), 'uses the annual rate with monthly periods'],
        [payment(r, y, p, 0) / 12, 'divides the annual instalment by twelve'],
        [p / (y * 12), 'repays the principal with no interest'],
        [payment(r / 12, y * 12, p, 1), 'pays at the start of each month'],
        [
          (p * (1 + r * y)) / (y * 12),
          'charges flat-rate interest on the original loan for the whole term',
        ],
        [payment(r / 12, y * 12, p, 0) * 12, 'gives the year’s total instead of one instalment'],
      ],
      formula: '=PMT(B2/12,B3*12,-B1)',
      cells: { B1: p, B2: r, B3: y },
      money: { fn: 'pmt', rate: r / 12, n: y * 12, pv: p, fv: 0, type: 0 },
    })
  }),
  family('lease-paid-in-advance', (rng) => {
    const m = purse(rng)
    const p = drawn(rng, 10, 120, 1) * 1000
    const r = rateOf(rng, 5, 12, 0.5)
    const n = rng.pick([24, 36, 48, 60])
    const key = payment(r / 12, n, p, 1)
    return figure(rng, m, {
      stem: `${Client(rng)} leases equipment worth ${m(p)} over ${n} monthly rentals paid at the start of each month, priced to give the lessor ${pc(r, 1)} a year (monthly rate one twelfth of that). What is each rental?`,
      key,
      wrong: [
        [payment(r / 12, n, p, 0), 'prices rentals paid in arrears (type 0)'],
        [payment(r, n, p, 1), 'uses the annual rate with monthly periods'],
        [p / n, 'ignores the lessor’s return'],
        [payment(r / 12, n, p, 0) * (1 + r / 12), 'compounds an arrears rental forward a month'],
      ],
      formula: '=PMT(B2/12,B3,-B1,0,1)',
      cells: { B1: p, B2: r, B3: n },
      money: { fn: 'pmt', rate: r / 12, n, pv: p, fv: 0, type: 1 },
    })
  }),
  family('xnpv-dated-flows-formula', (rng) => {
    const offsets = [0, rng.int(70, 150), rng.int(200, 320), rng.int(380, 520), rng.int(600, 760)]
    const dates = offsets.map((d) => JAN_2026 + rng.int(0, 40) + d)
    const flows = [
      -drawn(rng, 300, 900, 10),
      ...Array.from({ length: 4 }, () => drawn(rng, 80, 320)),
    ]
    const r = rateOf(rng, 7, 15)
    const cells = {
      B1: r,
      A4: dates[0]!,
      A5: dates[1]!,
      A6: dates[2]!,
      A7: dates[3]!,
      A8: dates[4]!,
      B4: flows[0]!,
      B5: flows[1]!,
      B6: flows[2]!,
      B7: flows[3]!,
      B8: flows[4]!,
    }
    const times = dates.map((d) => (d - dates[0]!) / 365)
    return formulas(rng, {
      stem: `${SHEET}, B1 holds an annual discount rate, A4:A8 the dates of an acquisition’s cash flows (the first is the completion date) and B4:B8 the flows, on irregular dates. Which formula gives their net present value at the completion date?`,
      key: '=XNPV(B1,B4:B8,A4:A8)',
      wrong: [
        ['=NPV(B1,B4:B8)', 'ignores the dates and discounts the first flow a full period'],
        ['=B4+NPV(B1,B5:B8)', 'treats irregular dates as whole years apart'],
        [
          '=XNPV(B1/12,B4:B8,A4:A8)',
          'gives XNPV a monthly rate, though it always takes an annual one',
        ],
        ['=XNPV(B1,B5:B8,A5:A8)', 'leaves out the completion-date flow'],
        ['=XNPV(B1,A4:A8,B4:B8)', 'swaps the values and the dates'],
        ['=NPV(B1,B5:B8)+B4', 'treats the irregular dates as whole years apart'],
        [
          '=XNPV(B1/12,B5:B8,A5:A8)',
          'gives XNPV a monthly rate and leaves out the completion-date flow',
        ],
        ['=NPV(B1/12,B4:B8)', 'ignores the dates and discounts at a monthly rate'],
      ],
      sheet: { cells, at: 'B10', copies: [['B10', pvAt(r, flows, times)]] },
      money: { fn: 'pv', rate: r, flows, times },
    })
  }),
  family('xnpv-figure-from-dates', (rng) => {
    const m = purse(rng)
    const r = rateOf(rng, 8, 16)
    const start = JAN_2026 + rng.int(0, 200)
    const d1 = start + rng.int(150, 250)
    const d2 = d1 + rng.int(250, 420)
    const f = [-drawn(rng, 100, 500) * 1000, drawn(rng, 60, 300) * 1000, drawn(rng, 80, 400) * 1000]
    const times = [0, (d1 - start) / 365, (d2 - start) / 365]
    const key = pvAt(r, f, times)
    if (Math.abs(key) < 1000) throw new VariantError('a value too near zero')
    return figure(rng, m, {
      stem: `${Client(rng)} invests ${m(-f[0]!)} on ${dateText(start)}, and receives ${m(f[1]!)} on ${dateText(d1)} and ${m(f[2]!)} on ${dateText(d2)}. Discounting on actual days over a 365-day year (as XNPV does) at ${pc(r, 1)} a year, what is the value at the investment date?`,
      key,
      wrong: [
        [pvAt(r, f, [0, 1, 2]), 'treats the flows as whole years apart'],
        [pvAt(r, f, [0, (d1 - start) / 360, (d2 - start) / 360]), 'counts years of 360 days'],
        [
          pvAt(r, f, [1, 1 + times[1]!, 1 + times[2]!]),
          'discounts the investment date a year as well',
        ],
        [f[0]! + f[1]! + f[2]!, 'adds the flows without discounting'],
      ],
      formula: '=XNPV(B1,C1:E1,C2:E2)',
      cells: { B1: r, C1: f[0]!, D1: f[1]!, E1: f[2]!, C2: start, D2: d1, E2: d2 },
      money: { fn: 'pv', rate: r, flows: f, times },
    })
  }),
  family('xirr-for-irregular-dates', (rng) => {
    const dates = [
      JAN_2026,
      JAN_2026 + rng.int(40, 120),
      JAN_2026 + rng.int(300, 420),
      JAN_2026 + rng.int(700, 900),
    ]
    const flows = [
      -drawn(rng, 400, 900, 10),
      drawn(rng, 80, 200),
      drawn(rng, 150, 350),
      drawn(rng, 250, 500),
    ]
    const cells = {
      A4: dates[0]!,
      A5: dates[1]!,
      A6: dates[2]!,
      A7: dates[3]!,
      B4: flows[0]!,
      B5: flows[1]!,
      B6: flows[2]!,
      B7: flows[3]!,
    }
    const solve = (value: (r: number) => number) => {
      let lo = -0.9
      let hi = 5
      for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2
        if (value(mid) > 0) lo = mid
        else hi = mid
      }
      return lo
    }
    const times = dates.map((d) => (d - dates[0]!) / 365)
    const key = solve((r) => pvAt(r, flows, times))
    if (key < -0.5 || key > 2) throw new VariantError('a return out of range')
    return formulas(rng, {
      stem: `${SHEET}, A4:A7 hold the dates of an investor’s cash flows in ${client(rng)} (the outlay first) and B4:B7 the flows; the dates are irregular. Which formula gives the annual internal rate of return?`,
      key: '=XIRR(B4:B7,A4:A7)',
      wrong: [
        ['=IRR(B4:B7)', 'ignores the dates and treats the flows as a year apart'],
        ['=XIRR(B4:B7,A4:A7)/12', 'divides an annual XIRR by twelve as if it were monthly'],
        ['=IRR(B4:B7)*12', 'treats evenly spaced periods as months and multiplies by twelve'],
        ['=XIRR(B5:B7,A5:A7)', 'leaves out the outlay, so there is no sign change'],
        ['=XIRR(A4:A7,B4:B7)', 'swaps the values and the dates'],
        ['=XIRR(B4:B7,A4:A7)*12', 'multiplies an annual rate by twelve'],
        ['=IRR(B4:B7)/12', 'ignores the dates and divides the result by twelve'],
      ],
      sheet: { cells, at: 'B9', copies: [['B9', key]] },
      money: { fn: 'irr', flows, times },
    })
  }),
  family('monthly-irr-to-annual', (rng) => {
    const mo = rateOf(rng, 0.5, 2.5, 0.1)
    const key = (1 + mo) ** 12 - 1
    return figure(rng, (v) => pc(v), {
      stem: `${Client(rng)}’s model has monthly cash flows, and =IRR over them returns ${pc(mo, 1)}. What effective annual return should the summary sheet report?`,
      key,
      wrong: [
        [mo * 12, 'multiplies the monthly rate by twelve, ignoring compounding'],
        [mo, 'reports the monthly rate as annual'],
        [(1 + mo) ** 4 - 1, 'compounds over four periods as if quarterly'],
        [
          (1 + mo / 12) ** 12 - 1,
          'treats the monthly rate as a nominal annual rate and compounds a twelfth of it',
        ],
      ],
      formula: '=(1+B1)^12-1',
      cells: { B1: mo },
    })
  }),
  family('multiple-irr-sign-changes', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s project has an outlay, years of positive flows, then a large clean-up and closure cost in the final year. The IRR function returns one rate. What should the modeller tell the client?`,
      key: 'The flows change sign twice, so there may be two IRRs; use NPV at the hurdle rate',
      wrong: [
        [
          'The IRR is unique because the sum of the flows is positive',
          'thinks a positive total rules out several IRRs',
        ],
        [
          'Rerun IRR with a guess of zero to find the true rate',
          'thinks a different guess picks out the one true rate',
        ],
        [
          'Drop the final-year cost, since IRR cannot handle negative flows',
          'distorts the project to suit the function',
        ],
        [
          'Use XIRR instead, which always finds only one solution whatever the pattern of the flows',
          'thinks dated flows remove the multiple roots',
        ],
      ],
    }),
  ),
  family('npv-versus-irr-ranking', (rng) => {
    const m = purse(rng)
    const r = rateOf(rng, 8, 12)
    const big = drawn(rng, 1000, 2000, 50) * 1000
    const small = drawn(rng, 100, 200, 10) * 1000
    const bigIrr = r + rateOf(rng, 4, 7)
    const smallIrr = bigIrr + rateOf(rng, 8, 14)
    const life = rng.int(8, 12)
    // Level annual flows over the same life: the flow that earns each IRR, valued at r.
    const annuity = (rate: number) => (1 - (1 + rate) ** -life) / rate
    const npv = (c: number, irr: number) => (c / annuity(irr)) * annuity(r) - c
    const bigNpv = npv(big, bigIrr)
    const smallNpv = npv(small, smallIrr)
    if (bigNpv <= smallNpv) throw new VariantError('the larger project must add more value')
    return words(rng, {
      stem: `${Client(rng)} can do only one of two projects, each with level annual cash flows over ${life} years. Project North costs ${m(big)}, has an IRR of ${pc(bigIrr, 1)} and an NPV of ${m(bigNpv)} at the ${pc(r, 1)} cost of capital; Project South costs ${m(small)}, has an IRR of ${pc(smallIrr, 1)} and an NPV of ${m(smallNpv)}. Which should the model recommend?`,
      key: 'North, which adds more value at the cost of capital',
      wrong: [
        [
          'South, which has the higher internal rate of return',
          'ranks mutually exclusive projects by IRR',
        ],
        [
          'South, which has the higher NPV per unit invested',
          'ranks by profitability index though capital is not rationed',
        ],
        [
          'Neither, since the IRRs differ from the cost of capital',
          'reads any gap between IRR and the cost of capital as a reject',
        ],
        [
          'South, which pays back its smaller outlay sooner',
          'ranks by payback, which ignores value after payback',
        ],
      ],
    })
  }),
  family('mid-year-discount-factor', (rng) => {
    const m = purse(rng)
    const f = drawn(rng, 100, 900) * 1000
    const r = rateOf(rng, 8, 15)
    const t = rng.int(2, 6)
    const key = f / (1 + r) ** (t - 0.5)
    return figure(rng, m, {
      stem: `${Client(rng)}’s valuation uses the mid-year convention: each year’s cash flow is taken to arrive halfway through the year. Year ${t}’s free cash flow is ${m(f)} and the discount rate is ${pc(r, 1)}. What is its present value?`,
      key,
      wrong: [
        [f / (1 + r) ** t, 'discounts to the year end, ignoring the convention'],
        [f / (1 + r) ** (t + 0.5), 'adds the half year instead of taking it off'],
        [f / (1 + r) ** (t - 1), 'discounts to the start of the year'],
        [f / (1 + r * (t - 0.5)), 'discounts with simple interest'],
        [f * (1 + r) ** (t - 0.5), 'compounds forward instead of discounting'],
        [f / (1 + r) ** (t + 1), 'discounts a year past the year end'],
      ],
      formula: '=B1/(1+B2)^(B3-0.5)',
      cells: { B1: f, B2: r, B3: t },
      money: { fn: 'pv', rate: r, flows: [f], times: [t - 0.5] },
    })
  }),
  family('annuity-due-present-value', (rng) => {
    const m = purse(rng)
    const a = drawn(rng, 10, 90) * 1000
    const r = rateOf(rng, 5, 12)
    const n = rng.int(4, 10)
    const times = Array.from({ length: n }, (_, i) => i)
    const key = pvAt(r, Array(n).fill(a), times)
    return figure(rng, m, {
      stem: `${Client(rng)} will pay ${m(a)} a year in rent for ${n} years, each payment at the start of its year, the first today. At ${pc(r, 1)} a year, what is the present value of the rent (=PV with type 1)?`,
      key,
      wrong: [
        [
          pvAt(
            r,
            Array(n).fill(a),
            times.map((t) => t + 1),
          ),
          'treats the payments as in arrears (type 0)',
        ],
        [a * n, 'adds the payments without discounting'],
        [
          pvAt(
            r,
            Array(n).fill(a),
            times.map((t) => t + 1),
          ) /
            (1 + r),
          'discounts an arrears annuity a further year',
        ],
        [a / r, 'values the rent as a perpetuity'],
      ],
      formula: '=PV(B2,B3,-B1,0,1)',
      cells: { B1: a, B2: r, B3: n },
      money: { fn: 'pv', rate: r, flows: Array(n).fill(a), times },
    })
  }),
  family('effective-annual-rate', (rng) => {
    const nom = rateOf(rng, 5, 18, 0.5)
    const key = (1 + nom / 12) ** 12 - 1
    return figure(rng, (v) => pc(v), {
      stem: `A lender quotes ${client(rng)} a nominal ${pc(nom, 1)} a year compounded monthly. What effective annual rate should the model compare with other offers?`,
      key,
      wrong: [
        [nom, 'treats the nominal rate as effective'],
        [(1 + nom) ** (1 / 12) - 1, 'takes a monthly root of the nominal rate'],
        [(1 + nom / 4) ** 4 - 1, 'compounds quarterly instead of monthly'],
        [nom / 12, 'reports the monthly rate'],
      ],
      formula: '=(1+B1/12)^12-1',
      cells: { B1: nom },
    })
  }),
  family('outstanding-loan-balance', (rng) => {
    const m = purse(rng)
    const p = drawn(rng, 50, 400, 5) * 1000
    const r = rateOf(rng, 4, 10, 0.25)
    const n = rng.int(5, 10)
    const k = rng.int(2, n - 2)
    const pay = payment(r, n, p, 0)
    const key = pvAt(
      r,
      Array(n - k).fill(pay),
      Array.from({ length: n - k }, (_, i) => i + 1),
    )
    return figure(rng, m, {
      stem: `${Client(rng)} borrowed ${m(p)} at ${pc(r)} a year, repaid by ${n} equal annual instalments in arrears. What is the loan balance straight after the ${ordinal(k)} instalment?`,
      key,
      wrong: [
        [p - k * pay, 'deducts whole instalments, ignoring the interest inside them'],
        [p * (1 - k / n), 'assumes equal principal repayments'],
        [pay * (n - k), 'adds the remaining instalments without discounting'],
        [
          pvAt(
            r,
            Array(n - k + 1).fill(pay),
            Array.from({ length: n - k + 1 }, (_, i) => i + 1),
          ),
          'counts one instalment too many as still owed',
        ],
      ],
      formula: '=PV(B2,B3-B4,-PMT(B2,B3,-B1))',
      cells: { B1: p, B2: r, B3: n, B4: k },
      money: {
        fn: 'pv',
        rate: r,
        flows: Array(n - k).fill(pay),
        times: Array.from({ length: n - k }, (_, i) => i + 1),
      },
    })
  }),
  family('first-instalment-principal', (rng) => {
    const m = purse(rng)
    const p = drawn(rng, 60, 500, 5) * 1000
    const r = rateOf(rng, 4, 10, 0.25)
    const y = rng.int(3, 8)
    const pay = payment(r / 12, y * 12, p, 0)
    const key = pay - (p * r) / 12
    return figure(rng, m, {
      stem: `${Client(rng)} takes a ${m(p)} loan at ${pc(r)} a year, repaid monthly in arrears over ${y} years by equal instalments of ${m(pay)}. How much of the first instalment repays principal?`,
      key,
      wrong: [
        [(p * r) / 12, 'gives the interest part instead'],
        [pay - (p * r) / 365, 'deducts a day’s interest instead of a month’s'],
        [p / (y * 12), 'assumes equal principal repayments'],
        [pay, 'treats the whole instalment as principal'],
      ],
      formula: '=PMT(B2/12,B3*12,-B1)-B1*B2/12',
      cells: { B1: p, B2: r, B3: y },
    })
  }),
  family('payback-with-interpolation', (rng) => {
    const outlay = drawn(rng, 300, 800, 10)
    const flows = Array.from({ length: 5 }, () => drawn(rng, 80, 260))
    let cum = 0
    let key = Number.NaN
    for (let i = 0; i < flows.length; i++) {
      if (cum + flows[i]! >= outlay) {
        key = i + (outlay - cum) / flows[i]!
        break
      }
      cum += flows[i]!
    }
    if (!Number.isFinite(key) || key < 1.2) throw new VariantError('no payback inside five years')
    const whole = Math.ceil(key)
    const m = purse(rng)
    return figure(rng, (v) => `${v.toFixed(2)} years`, {
      stem: `${Client(rng)} spends ${m(outlay)}k today and expects ${flows.map((f) => `${m(f)}k`).join(', ')} in years 1 to 5, earned evenly within each year. What is the simple (undiscounted) payback period?`,
      key,
      wrong: [
        [whole, 'rounds up to the year in which the outlay is recovered'],
        [
          outlay / (flows.reduce((s, f) => s + f, 0) / flows.length),
          'divides by the average annual flow',
        ],
        [
          flows[whole] === undefined ? Number.NaN : whole - 1 + (outlay - cum) / flows[whole],
          'interpolates with the following year’s flow',
        ],
        [outlay / flows[0]!, 'divides by the first year’s flow only'],
      ],
      formula: `=${whole - 1}+(B1-${cum})/B2`,
      cells: { B1: outlay, B2: flows[whole - 1]! },
    })
  }),
  family('discount-factor-row', (rng) => {
    const r = rateOf(rng, 6, 15)
    const years = [1, 2, 3, 4, 5, 6]
    const cells = { C2: r, ...across(4, years) }
    return formulas(rng, {
      stem: `${SHEET}, C2 holds the annual discount rate and row 4 the year numbers 1 to 6 from column E (flows at year ends). A discount factor row starts in E6 and is filled right to J6. Which formula belongs in E6?`,
      key: '=1/(1+$C$2)^E$4',
      wrong: [
        ['=(1-$C$2)^E$4', 'takes the rate off instead of discounting by one plus the rate'],
        ['=1/(1+$C$2*E$4)', 'discounts with simple interest'],
        ['=1/(1+$C$2)^(E$4+1)', 'discounts every year one year too far'],
        ['=1/(1+C2)^E4', 'leaves the rate cell relative, so it slides right on filling'],
        ['=1/(1+$C$2)^(E$4-1)', 'discounts every year one year too few'],
        ['=1/(1-$C$2)^E$4', 'discounts at one minus the rate'],
        ['=1/(1+C2)^(E4+1)', 'leaves the rate relative and discounts a year too far'],
      ],
      sheet: {
        cells,
        at: 'E6',
        copies: years.map((y, i) => [`${String.fromCharCode(69 + i)}6`, 1 / (1 + r) ** y] as const),
      },
    })
  }),
  family('annual-rate-in-monthly-model', (rng) => {
    const m = purse(rng)
    const bal = drawn(rng, 100, 900, 10) * 1000
    const r = rateOf(rng, 4, 12, 0.5)
    const key = (bal * r) / 12
    return figure(rng, m, {
      stem: `${Client(rng)}’s model is monthly. A loan of ${m(bal)} carries a nominal ${pc(r, 1)} a year, charged monthly at one twelfth of the rate on the opening balance. What interest does the model charge for a month?`,
      key,
      wrong: [
        [bal * r, 'charges the annual rate in a monthly period'],
        [
          bal * ((1 + r) ** (1 / 12) - 1),
          'uses the equivalent monthly rate the lender does not charge',
        ],
        [(bal * r) / 365, 'charges a day’s interest'],
        [(bal * r) / 4, 'charges a quarter’s interest'],
      ],
      formula: '=B1*B2/12',
      cells: { B1: bal, B2: r },
    })
  }),
  family('deferred-perpetuity', (rng) => {
    const m = purse(rng)
    const c = drawn(rng, 20, 200) * 1000
    const r = rateOf(rng, 6, 14)
    const start = rng.int(3, 6)
    const key = c / r / (1 + r) ** (start - 1)
    return figure(rng, m, {
      stem: `A licence will pay ${client(rng)} ${m(c)} a year forever, the first payment at the end of year ${start}. At ${pc(r, 1)} a year, what is it worth today?`,
      key,
      wrong: [
        [
          c / r / (1 + r) ** start,
          `discounts the perpetuity value from year ${start} instead of year ${start - 1}`,
        ],
        [c / r, 'values it as if payments started next year'],
        [c / r / (1 + r) ** (start - 2), 'discounts one year too few'],
        [
          (c * (1 + r)) / r / (1 + r) ** (start - 1),
          'grows the first payment a year before valuing it',
        ],
      ],
      formula: '=B1/B2/(1+B2)^(B3-1)',
      cells: { B1: c, B2: r, B3: start },
      money: { fn: 'pv', rate: r, flows: [c / r], times: [start - 1] },
    })
  }),
  family('sinking-fund-payment', (rng) => {
    const m = purse(rng)
    const target = drawn(rng, 100, 900, 10) * 1000
    const r = rateOf(rng, 2, 6)
    const n = rng.int(4, 10)
    const key = (target * r) / ((1 + r) ** n - 1)
    return figure(rng, m, {
      stem: `${Client(rng)} must repay a ${m(target)} bullet loan in ${n} years and will set aside an equal amount at the end of each year in a deposit earning ${pc(r, 1)} a year. What must each deposit be (=PMT with the target as the future value)?`,
      key,
      wrong: [
        [target / n, 'ignores the interest the deposits earn'],
        [(target * r) / (1 - (1 + r) ** -n), 'treats the target as a loan taken today'],
        [
          (target * r) / ((1 + r) ** n - 1) / (1 + r),
          'makes the deposits at the start of each year',
        ],
        [(target * r) / ((1 + r) ** (n - 1) - 1), 'counts one deposit fewer than the years'],
      ],
      formula: '=PMT(B2,B3,0,-B1)',
      cells: { B1: target, B2: r, B3: n },
    })
  }),
]
