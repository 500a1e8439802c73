import {
  actualDays,
  annuityPayment,
  dateText,
  days30360,
  draw,
  drawDate,
  drawRate,
  type Fraction,
  loan,
  minus,
  ofFloat,
  over,
  pct,
  plus,
  power,
  rateIn,
  times,
  toFloat,
  usd,
  usdIn,
  w,
  wholeMonths,
} from './lma-text.js'

// Rates, compounding and day counts. Each stem names the convention its key follows: nominal
// rate over the periods, effective annual rate from compounding, the APR that equates the net
// advance with the payments, and actual/365, actual/360 or US 30/360 day counts. The named slips
// are the conventions a broker's assistant mixes up: the wrong compounding frequency, the nominal
// quoted as effective, and one day-count basis used for another.

const ear = (r: Fraction, m: number) => minus(power(plus(w(1), over(r, w(m))), m), w(1))
/** The nominal rate compounded `m` times a year that has effective annual rate `e`. */
const nominalOf = (e: number, m: number) => m * ((1 + e) ** (1 / m) - 1)
/** Simple interest on `L` at `r` for `d` days over a `year`-day year. */
const dayInterest = (L: Fraction, r: Fraction, d: number, year: number) =>
  over(times(L, r, w(d)), w(year))

/** The monthly rate at which `n` payments of `pay` are worth `net` today, by halving the bracket. */
function monthlyRateFor(pay: number, n: number, net: number): number {
  let lo = 0
  let hi = 0.1
  for (let s = 0; s < 200; s++) {
    const j = (lo + hi) / 2
    const pv = (pay * (1 - (1 + j) ** -n)) / j
    if (pv > net) lo = j
    else hi = j
  }
  return (lo + hi) / 2
}

/** Two dates in a year, at least `min` days apart, and the loan figures for interest between them. */
function period(rng: Parameters<typeof draw>[0], year: number, min = 40) {
  for (;;) {
    const a = drawDate(rng, year, 1, 10)
    const b = drawDate(rng, year, a[1]! + 1, 12)
    if (actualDays(a, b) >= min && a[2]! !== b[2]) return { a, b }
  }
}

/** One date as the figures the key test reads: `y1`, `m1`, `d1` for tag `1`. */
const dateIn = (x: readonly number[], tag: string) => ({
  [`y${tag}`]: w(x[0]!),
  [`m${tag}`]: w(x[1]!),
  [`d${tag}`]: w(x[2]!),
})
const on = (x: readonly number[]) => dateText(x[0]!, x[1]!, x[2]!)
/** A period's start as `y1`/`m1`/`d1` and its end as `y2`/`m2`/`d2`. */
const periodIn = (a: readonly number[], b: readonly number[]) => ({
  ...dateIn(a, '1'),
  ...dateIn(b, '2'),
})

/**
 * The shape the day-count families share: a loan of `low`–`high` thousand at 4 % to `top` % a
 * year, simple interest between two dates in 2027, with the dates written for the stem and kept
 * as figures (start `y1`/`m1`/`d1`, end `y2`/`m2`/`d2`) for the key test.
 */
function accrual(rng: Parameters<typeof draw>[0], low: number, high: number, top: number) {
  const L = draw(rng, low, high, 1000)
  const r = drawRate(rng, 4, top)
  const { a, b } = period(rng, 2027)
  return { L, r, a, b, from: on(a), to: on(b), inputs: { L, r, ...periodIn(a, b) } }
}

export const RATE_FAMILIES = [
  loan('effective-rate-from-monthly-compounding', (rng) => {
    const r = drawRate(rng, 3, 12)
    return {
      stem: `A loan is quoted at ${rateIn(r)} a year nominal, compounded monthly. Using EAR = (1 + r/12)^12 − 1, what is the effective annual rate, as a percentage to three decimal places?`,
      show: pct(3),
      inputs: { r },
      key: ear(r, 12),
      wrong: [
        [r, 'quotes the nominal rate as the effective rate'],
        [ear(r, 4), 'compounds quarterly'],
        [ear(r, 2), 'compounds half-yearly'],
        [ear(r, 365), 'compounds daily'],
        [minus(power(plus(w(1), r), 12), w(1)), 'compounds the annual rate every month'],
      ],
    }
  }),
  loan('nominal-rate-from-effective', (rng) => {
    const e = drawRate(rng, 3, 10)
    const E = toFloat(e)
    return {
      stem: `A lender’s literature gives an effective annual rate of ${rateIn(e)}. Using j = 12 × ((1 + EAR)^(1/12) − 1), what nominal annual rate compounded monthly is that, as a percentage to three decimal places?`,
      show: pct(3),
      inputs: { e },
      key: ofFloat(nominalOf(E, 12)),
      wrong: [
        [e, 'takes the effective rate as the nominal rate'],
        [ofFloat(nominalOf(E, 4)), 'finds the nominal rate compounded quarterly'],
        [ofFloat(nominalOf(E, 2)), 'finds the nominal rate compounded half-yearly'],
        [ofFloat(nominalOf(E, 365)), 'finds the nominal rate compounded daily'],
        [over(e, w(12)), 'gives a month’s simple share of the effective rate'],
      ],
    }
  }),
  loan('card-monthly-rate-to-effective', (rng) => {
    const m = draw(rng, 20, 50, 5, 4)
    return {
      stem: `A store card charges ${rateIn(m)} a month, compounded monthly. Using EAR = (1 + monthly rate)^12 − 1, what is the effective annual rate, as a percentage to two decimal places?`,
      show: pct(2),
      inputs: { m },
      key: minus(power(plus(w(1), m), 12), w(1)),
      wrong: [
        [times(m, w(12)), 'multiplies the monthly rate by 12, giving the nominal rate'],
        [ear(times(m, w(12)), 365), 'compounds the nominal rate daily'],
        [ear(m, 12), 'takes the monthly rate as an annual nominal rate'],
        [ear(times(m, w(12)), 4), 'compounds the nominal rate quarterly'],
      ],
    }
  }),
  loan('canadian-monthly-rate', (rng) => {
    const r = drawRate(rng, 3, 8)
    const R = toFloat(r)
    return {
      stem: `A Canadian fixed-rate mortgage is quoted at ${rateIn(r)} a year compounded half-yearly, with monthly payments. Using i = (1 + r/2)^(1/6) − 1, what is the monthly rate, as a percentage to four decimal places?`,
      show: pct(4),
      inputs: { r },
      key: ofFloat((1 + R / 2) ** (1 / 6) - 1),
      wrong: [
        [over(r, w(12)), 'divides the rate by 12 as for a US mortgage'],
        [ofFloat((1 + R) ** (1 / 12) - 1), 'takes the quoted rate as an effective annual rate'],
        [ofFloat((1 + R / 2) ** (1 / 12) - 1), 'takes the twelfth root of the half-year factor'],
        [ofFloat((1 + R / 4) ** (1 / 3) - 1), 'compounds quarterly'],
        [ofFloat((1 + R) ** (1 / 6) - 1), 'takes the sixth root of the whole year’s factor'],
      ],
    }
  }),
  loan('apr-with-upfront-fees', (rng) => {
    const L = draw(rng, 100, 600, 1000)
    const r = drawRate(rng, 4, 8)
    const y = w(rng.pick([15, 20, 30]))
    const n = Number(y.n) * 12
    const F = draw(rng, 20, 120, 50)
    const pay = toFloat(annuityPayment(L, over(r, w(12)), n))
    return {
      stem: `A ${usdIn(L)} loan at ${rateIn(r)} a year over ${y.n} years is repaid monthly at the payment that clears ${usdIn(L)} at that rate (monthly rate = rate ÷ 12, unrounded). The borrower pays ${usdIn(F)} of finance charges at closing. The APR is 12 × the monthly rate at which the payments are worth the net ${usdIn(minus(L, F))}. What is the APR, as a percentage to two decimal places?`,
      show: pct(2),
      inputs: { L, r, y, F },
      key: ofFloat(12 * monthlyRateFor(pay, n, toFloat(minus(L, F)))),
      wrong: [
        [r, 'quotes the note rate, leaving out the fees'],
        [plus(r, over(F, times(L, y))), 'spreads the fees straight over the term as a rate'],
        [plus(r, over(F, L)), 'adds the whole of the fees as a percentage of the loan'],
        [ear(r, 12), 'gives the effective annual rate of the note rate'],
        [
          ofFloat(12 * monthlyRateFor(pay, n, toFloat(plus(L, F)))),
          'adds the fees to the advance instead of taking them off',
        ],
      ],
    }
  }),
  loan('interest-actual-365', (rng) => {
    const { L, r, a, b, from, to, inputs } = accrual(rng, 20, 500, 11)
    const d = actualDays(a, b)
    return {
      stem: `A bridging loan of ${usdIn(L)} at ${rateIn(r)} a year simple runs from ${from} to ${to}. Interest is actual/365: actual days (counting the first day, not the last) ÷ 365. What interest is due, to the cent?`,
      show: usd,
      inputs,
      key: dayInterest(L, r, d, 365),
      wrong: [
        [dayInterest(L, r, d, 360), 'divides by 360 (actual/360)'],
        [dayInterest(L, r, days30360(a, b), 360), 'counts 30/360'],
        [
          times(L, r, over(w(wholeMonths(a, b)), w(12))),
          'charges whole months only, at a twelfth of the rate each',
        ],
        [dayInterest(L, r, d, 366), 'divides by 366'],
      ],
    }
  }),
  loan('interest-actual-360', (rng) => {
    const { L, r, a, b, from, to, inputs } = accrual(rng, 50, 900, 10)
    const d = actualDays(a, b)
    const touched = 12 * (b[0]! - a[0]!) + b[1]! - a[1]! + 1
    return {
      stem: `A US commercial loan of ${usdIn(L)} at ${rateIn(r)} a year accrues interest on the actual/360 basis (actual days, counting the first day not the last, ÷ 360). How much interest accrues from ${from} to ${to}, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs,
      key: dayInterest(L, r, d, 360),
      wrong: [
        [dayInterest(L, r, d, 365), 'divides by 365 (actual/365)'],
        [dayInterest(L, r, days30360(a, b), 360), 'counts 30/360'],
        [
          times(L, r, over(w(wholeMonths(a, b)), w(12))),
          'charges whole months only, at a twelfth of the rate each',
        ],
        [
          times(L, r, over(w(touched), w(12))),
          'charges a full month for every month the loan touches',
        ],
        [dayInterest(L, r, d + 1, 360), 'counts both the first and the last day'],
      ],
    }
  }),
  loan('interest-30-360', (rng) => {
    const { L, r, a, b, from, to, inputs } = accrual(rng, 50, 900, 10)
    const d = days30360(a, b)
    return {
      stem: `A bond-style loan of ${usdIn(L)} at ${rateIn(r)} a year accrues interest on the US 30/360 basis: days = 360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1), where a D1 of 31 becomes 30 and a D2 of 31 becomes 30 only if D1 is then 30, and interest = loan × rate × days ÷ 360. How much accrues from ${from} to ${to}, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs,
      key: dayInterest(L, r, d, 360),
      wrong: [
        [dayInterest(L, r, actualDays(a, b), 365), 'counts actual days over 365'],
        [dayInterest(L, r, actualDays(a, b), 360), 'counts actual days over 360'],
        [dayInterest(L, r, d, 365), 'counts 30/360 days but divides by 365'],
        [
          times(L, r, over(w(wholeMonths(a, b)), w(12))),
          'charges whole months only, dropping the odd days',
        ],
      ],
    }
  }),
  loan('payoff-with-per-diem', (rng) => {
    const B = draw(rng, 5000, 90000, 1, 0)
    const Bc = times(B, w(10))
    const r = drawRate(rng, 3, 8)
    const d = rng.int(5, 27)
    return {
      stem: `After the last payment, interest on a mortgage is paid to date and the balance is ${usd(Bc)}. The loan is at ${rateIn(r)} a year and the lender charges daily interest on the actual/365 basis (balance × rate ÷ 365 a day). The payoff is ${d} days later. What payoff figure should the statement show, to the cent (half a cent rounded up)?`,
      show: usd,
      inputs: { B: Bc, r, d: w(d) },
      key: plus(Bc, dayInterest(Bc, r, d, 365)),
      wrong: [
        [plus(Bc, over(times(Bc, r), w(12))), 'adds a whole month of interest'],
        [plus(Bc, dayInterest(Bc, r, d, 360)), 'charges the days over 360'],
        [Bc, 'leaves out the interest accrued since the payment'],
        [plus(Bc, dayInterest(Bc, r, d, 366)), 'charges the days over 366'],
        [dayInterest(Bc, r, d, 365), 'gives the interest accrued, not the payoff figure'],
        [plus(Bc, times(Bc, over(r, w(12)), w(d))), 'charges the monthly rate for each day'],
      ],
    }
  }),
  loan('month-interest-on-daily-basis', (rng) => {
    const B = draw(rng, 80, 900, 1000)
    const r = drawRate(rng, 3, 8)
    // Months of 28 or 31 days: in a 30-day month the 30-day slip is the key.
    const m = rng.pick([1, 2, 3, 5, 7, 8, 10, 12])
    const days = new Date(Date.UTC(2027, m, 0)).getUTCDate()
    const name = dateText(2027, m, 1).split(' ')[1]
    return {
      stem: `A home-equity line charges interest daily on the actual/365 basis (balance × rate ÷ 365 a day) and bills it monthly. A borrower owes ${usdIn(B)} at ${rateIn(r)} a year all through ${name} 2027 (${days} days), with no payment or draw in the month. How much interest is billed for ${name}, to the cent?`,
      show: usd,
      inputs: { B, r, days: w(days) },
      key: dayInterest(B, r, days, 365),
      wrong: [
        [over(times(B, r), w(12)), 'charges a twelfth of the year’s interest'],
        [dayInterest(B, r, 30, 365), 'takes every month as 30 days'],
        [dayInterest(B, r, days, 360), 'divides by 360'],
        [dayInterest(B, r, days, 366), 'divides by 366'],
      ],
    }
  }),
  loan('interest-capitalised-in-deferral', (rng) => {
    const L = draw(rng, 10, 120, 1000)
    const r = drawRate(rng, 4, 9)
    const k = rng.int(6, 36)
    const i = over(r, w(12))
    return {
      stem: `A ${usdIn(L)} construction loan at ${rateIn(r)} a year needs no payments for the first ${k} months; each month’s interest (monthly rate = rate ÷ 12) is added to the balance and itself earns interest. How much interest has been added to the loan by the end of month ${k}, to the cent?`,
      show: usd,
      inputs: { L, r, k: w(k) },
      key: minus(times(L, power(plus(w(1), i), k)), L),
      wrong: [
        [times(L, i, w(k)), 'charges simple interest, not interest on interest'],
        [times(L, power(plus(w(1), i), k)), 'gives the balance, not the interest added'],
        [times(L, r, w(k)), 'charges the annual rate every month'],
        [
          ofFloat(toFloat(L) * ((1 + toFloat(r)) ** (k / 12) - 1)),
          'compounds yearly instead of monthly',
        ],
        [times(L, plus(w(1), times(i, w(k)))), 'gives the balance with simple interest'],
        [times(L, i), 'charges one month’s interest'],
      ],
    }
  }),
  loan('unpaid-balance-compounding-quarterly', (rng) => {
    const L = draw(rng, 5, 90, 1000)
    const r = drawRate(rng, 3, 9)
    const y = rng.int(2, 10)
    return {
      stem: `A family loan of ${usdIn(L)} at ${rateIn(r)} a year, compounded quarterly (quarterly rate = rate ÷ 4), is left unpaid for ${y} years. Using balance = L × (1 + r/4)^(4 × years), what is owed at the end, to the cent?`,
      show: usd,
      inputs: { L, r, y: w(y) },
      key: times(L, power(plus(w(1), over(r, w(4))), 4 * y)),
      wrong: [
        [times(L, plus(w(1), times(r, w(y)))), 'charges simple interest'],
        [times(L, power(plus(w(1), r), y)), 'compounds yearly'],
        [times(L, power(plus(w(1), over(r, w(12))), 12 * y)), 'compounds monthly'],
        [
          times(L, power(plus(w(1), over(r, w(4))), y)),
          'compounds once a year at the quarterly rate',
        ],
      ],
    }
  }),
  loan('equivalent-quarterly-nominal-rate', (rng) => {
    const r = drawRate(rng, 3, 12)
    const q3 = minus(power(plus(w(1), over(r, w(12))), 3), w(1))
    return {
      stem: `A client wants the nominal annual rate compounded quarterly that matches a loan at ${rateIn(r)} a year compounded monthly (same effective rate). Using j4 = 4 × ((1 + r/12)^3 − 1), what is it, as a percentage to three decimal places?`,
      show: pct(3),
      inputs: { r },
      key: times(w(4), q3),
      wrong: [
        [r, 'keeps the same nominal rate'],
        [ear(r, 12), 'gives the effective annual rate'],
        [q3, 'gives the quarterly rate itself'],
        [
          ofFloat(12 * ((1 + toFloat(r) / 4) ** (1 / 3) - 1)),
          'converts the other way, quarterly to monthly',
        ],
      ],
    }
  }),

  loan('interest-actual-365-across-leap-day', (rng) => {
    const L = draw(rng, 20, 500, 1000)
    const r = drawRate(rng, 4, 11)
    const a = drawDate(rng, 2028, 1, 2)
    if (a[1] === 2 && a[2]! > 27) a[2] = 27
    const b = drawDate(rng, 2028, 4, 12)
    if (a[2] === b[2]) b[2] = b[2]! > 1 ? b[2]! - 1 : 2
    const d = actualDays(a, b)
    return {
      stem: `A loan of ${usdIn(L)} at ${rateIn(r)} a year simple runs from ${on(a)} to ${on(b)}, across 29 February 2028. Interest is actual/365 fixed: actual days (counting the first day, not the last) ÷ 365, even in a leap year. What interest is due, to the cent?`,
      show: usd,
      inputs: { L, r, ...periodIn(a, b) },
      key: dayInterest(L, r, d, 365),
      wrong: [
        [dayInterest(L, r, d, 366), 'divides by 366 because the year is a leap year'],
        [dayInterest(L, r, d, 360), 'divides by 360 (actual/360)'],
        [dayInterest(L, r, days30360(a, b), 360), 'counts 30/360'],
        [
          times(L, r, over(w(wholeMonths(a, b)), w(12))),
          'charges whole months only, at a twelfth of the rate each',
        ],
      ],
    }
  }),
  loan('apr-of-flat-rate-loan', (rng) => {
    const L = draw(rng, 3, 40, 500)
    const f = drawRate(rng, 3, 9)
    const y = rng.int(2, 5)
    const n = 12 * y
    const pay = over(plus(L, times(L, f, w(y))), w(n))
    const j = monthlyRateFor(toFloat(pay), n, toFloat(L))
    return {
      stem: `A dealer quotes a ${usdIn(L)} loan at a flat rate of ${rateIn(f)} a year for ${y} years: interest = loan × flat rate × years, and loan plus interest is repaid in ${n} equal monthly payments. The APR is 12 × the monthly rate at which those payments are worth the ${usdIn(L)} advanced. What is the APR, as a percentage to two decimal places?`,
      show: pct(2),
      inputs: { L, f, y: w(y) },
      key: ofFloat(12 * j),
      wrong: [
        [f, 'quotes the flat rate as the APR'],
        [times(f, w(2)), 'doubles the flat rate by rule of thumb'],
        [ear(f, 12), 'gives the flat rate’s monthly-compounded effective rate'],
        [times(f, w(y)), 'gives the total interest as a share of the loan'],
        [over(times(w(2 * n), f), w(n + 1)), 'uses the constant-ratio shortcut for the APR'],
        [ofFloat(j), 'gives the monthly rate without multiplying it by 12'],
      ],
    }
  }),
  loan('interest-across-rate-change', (rng) => {
    const L = draw(rng, 50, 600, 1000)
    const r1 = drawRate(rng, 3, 7)
    const r2 = plus(r1, draw(rng, 5, 30, 5, 4))
    const a = drawDate(rng, 2027, 1, 3)
    const c = drawDate(rng, 2027, 5, 7)
    const b = drawDate(rng, 2027, 9, 12)
    const d1 = actualDays(a, c)
    const d2 = actualDays(c, b)
    return {
      stem: `A variable-rate loan of ${usdIn(L)} is at ${rateIn(r1)} a year from ${on(a)}; the rate rises to ${rateIn(r2)} from ${on(c)}. Interest is simple, actual/365, each day at the rate in force (the first day counted, not the last). What interest accrues up to ${on(b)}, to the cent?`,
      show: usd,
      // The change date goes in as y3/m3/d3, beside the start and end dates' y1…d2.
      inputs: { L, r1, r2, ...periodIn(a, b), ...dateIn(c, '3') },
      key: plus(dayInterest(L, r1, d1, 365), dayInterest(L, r2, d2, 365)),
      wrong: [
        [dayInterest(L, r1, d1 + d2, 365), 'keeps the old rate all through'],
        [dayInterest(L, r2, d1 + d2, 365), 'applies the new rate to the whole period'],
        [plus(dayInterest(L, r1, d1, 360), dayInterest(L, r2, d2, 360)), 'divides by 360'],
        [
          dayInterest(L, over(plus(r1, r2), w(2)), d1 + d2, 365),
          'averages the two rates over the whole period',
        ],
      ],
    }
  }),
]
