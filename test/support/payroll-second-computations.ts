// A second implementation of the payroll families' arithmetic, written apart from the item
// models: every amount in BigInt cents with its own half-up division, regular rates kept as
// fractions, and calendar dates walked from a day count of our own (no Date objects).

type In = Readonly<Record<string, number>>
export type Twin = (x: In) => bigint | string

const B = (n: number | undefined): bigint => {
  if (n === undefined) throw new Error('missing input')
  return BigInt(n)
}
/** num / den rounded half up, for non-negative num and positive den. */
const half = (num: bigint, den: bigint): bigint => (num * 2n + den) / (den * 2n)
/** A rate in basis points of cents, rounded half up. */
const bps = (cents: bigint, rate: bigint): bigint => (cents < 0n ? -1n : half(cents * rate, 10000n))
const min = (a: bigint, b: bigint) => (a < b ? a : b)
const max = (a: bigint, b: bigint) => (a > b ? a : b)
const fica = (w: bigint) => bps(w, 620n) + bps(w, 145n)

/** Straight-time pay plus half the regular rate (pay ÷ hours) for each overtime hour. */
const halfTime = (pay: bigint, hours: bigint, ot: bigint) => half(pay * ot, 2n * hours)
const ssBase = 18450000n
const futaBase = 700000n
const million = 100000000n

// ---- Calendar: days since 1970-01-01 to and from civil dates (proleptic Gregorian).
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const monthLength = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!
function daysOf(y: number, m: number, d: number): number {
  let n = 0
  for (let yy = 1970; yy < y; yy++) n += leap(yy) ? 366 : 365
  for (let mm = 1; mm < m; mm++) n += monthLength(y, mm)
  return n + d - 1
}
function civil(n: number): [number, number, number] {
  let y = 1970
  while (n >= (leap(y) ? 366 : 365)) n -= leap(y++) ? 366 : 365
  let m = 1
  while (n >= monthLength(y, m)) n -= monthLength(y, m++)
  return [y, m, n + 1]
}
const NAMES =
  'January February March April May June July August September October November December'.split(' ')
const WEEK = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']
const weekday = (n: number) => WEEK[n % 7]!
const dated = (n: number) => {
  const [y, m, d] = civil(n)
  return `${weekday(n)}, ${NAMES[m - 1]} ${d}, ${y}`
}
const plain = (y: number, m: number, d: number) => `${NAMES[m - 1]} ${d}, ${y}`
/** Month `m` of year `y`, carrying past December. */
const norm = (y: number, m: number): [number, number] => [
  y + Math.floor((m - 1) / 12),
  ((m - 1) % 12) + 1,
]
const lastDay = (y: number, m: number) => {
  const [yy, mm] = norm(y, m)
  return daysOf(yy, mm, monthLength(yy, mm))
}
const dayOfMonth = (y: number, m: number, d: number) => {
  const [yy, mm] = norm(y, m)
  return daysOf(yy, mm, d)
}
const dayNo = (x: In) => x.p! / 86400000
const ymd = (x: In) => civil(dayNo(x))
/** The first day strictly after `n` that is the named weekday. */
const after = (n: number, name: string) => {
  let k = n + 1
  while (weekday(k) !== name) k++
  return k
}
const nextBusiness = (n: number) => {
  let k = n + 1
  while (weekday(k) === 'Saturday' || weekday(k) === 'Sunday') k++
  return k
}
const semiweekly = (n: number) =>
  ['Wednesday', 'Thursday', 'Friday'].includes(weekday(n))
    ? after(n, 'Wednesday')
    : after(n, 'Friday')
/**
 * Legal holidays for federal tax deposits in 2026: those of the District of Columbia (26 U.S.C.
 * 7503; Pub 15, section 11), the OPM federal holidays (Independence Day observed Friday, July 3)
 * plus DC Emancipation Day, Thursday, April 16.
 */
const DC_HOLIDAYS_2026 = new Set(
  [
    [1, 1],
    [1, 19],
    [2, 16],
    [4, 16],
    [5, 25],
    [6, 19],
    [7, 3],
    [9, 7],
    [10, 12],
    [11, 11],
    [11, 26],
    [12, 25],
  ].map(([m, d]) => daysOf(2026, m!, d!)),
)
const banking = (n: number) =>
  weekday(n) !== 'Saturday' && weekday(n) !== 'Sunday' && !DC_HOLIDAYS_2026.has(n)
/** The `k`th banking day strictly after day `n`. */
const bankingDaysAfter = (n: number, k: number) => {
  let d = n
  for (let left = k; left > 0; ) if (banking(++d)) left--
  return d
}
/**
 * The semiweekly rule as the regulation words it (Treas. Reg. 31.6302-1(c)(2)): a payday's
 * semiweekly period ends on the Friday (Wednesday to Friday paydays) or the Tuesday (Saturday to
 * Tuesday paydays), and the deposit is due three banking days later, so a legal holiday among
 * them adds a day.
 */
const semiweeklyBanking = (n: number) =>
  bankingDaysAfter(
    ['Wednesday', 'Thursday', 'Friday'].includes(weekday(n))
      ? after(n - 1, 'Friday')
      : after(n - 1, 'Tuesday'),
    3,
  )
/** A due day on a weekend or legal holiday moves to the next banking day. */
const onBankingDay = (n: number) => (banking(n) ? n : bankingDaysAfter(n, 1))
const returnDue = (x: In) => {
  const [y, m] = ymd(x)
  return lastDay(y, Math.ceil(m / 3) * 3 + 1)
}

export const PAYROLL_TWINS: Record<string, Record<string, Twin>> = {
  // ---- Gross pay
  'overtime-hourly-over-forty': {
    overtimeOnly: (x) => half(3n * B(x.r) * B(x.h! - 40), 2n),
    fortyOnly: (x) => 40n * B(x.r),
    key: (x) => B(x.r) * B(x.h) + halfTime(B(x.r) * B(x.h), B(x.h), B(x.h! - 40)),
    straight: (x) => B(x.r) * B(x.h),
    allAtOneAndHalf: (x) => half(3n * B(x.r) * B(x.h), 2n),
    doubleTime: (x) => B(x.r) * (B(x.h) * 2n - 40n),
    premiumOnly: (x) => 40n * B(x.r) + half(B(x.r) * B(x.h! - 40), 2n),
  },
  'overtime-shift-differential-in-regular-rate': {
    key: (x) => {
      const pay = B(x.r) * B(x.h) + B(x.d) * B(x.n)
      return pay + halfTime(pay, B(x.h), B(x.h! - 40))
    },
    baseRateOnly: (x) => B(x.r) * B(x.h) + B(x.d) * B(x.n) + half(B(x.r) * B(x.h! - 40), 2n),
    noDifferential: (x) => B(x.r) * 40n + half(3n * B(x.r) * B(x.h! - 40), 2n),
    fullRateAgain: (x) => {
      const pay = B(x.r) * B(x.h) + B(x.d) * B(x.n)
      return pay + half(3n * pay * B(x.h! - 40), 2n * B(x.h))
    },
    overForty: (x) => {
      const pay = B(x.r) * B(x.h) + B(x.d) * B(x.n)
      return pay + halfTime(pay, 40n, B(x.h! - 40))
    },
  },
  'overtime-nondiscretionary-bonus': {
    key: (x) => {
      const pay = B(x.r) * B(x.h) + B(x.b)
      return pay + halfTime(pay, B(x.h), B(x.h! - 40))
    },
    bonusExcluded: (x) => B(x.b) + 40n * B(x.r) + half(3n * B(x.r) * B(x.h! - 40), 2n),
    overForty: (x) => {
      const pay = B(x.r) * B(x.h) + B(x.b)
      return pay + halfTime(pay, 40n, B(x.h! - 40))
    },
    fullRateAgain: (x) => {
      const pay = B(x.r) * B(x.h) + B(x.b)
      return pay + half(3n * pay * B(x.h! - 40), 2n * B(x.h))
    },
    noOvertime: (x) => B(x.r) * B(x.h) + B(x.b),
  },
  'overtime-two-rates-weighted-average': {
    key: (x) => {
      const h = B(x.ha! + x.hc!)
      const pay = B(x.a) * B(x.ha) + B(x.c) * B(x.hc)
      return pay + halfTime(pay, h, h - 40n)
    },
    lowRate: (x) => B(x.a) * B(x.ha) + B(x.c) * B(x.hc) + half(B(x.a) * B(x.ha! + x.hc! - 40), 2n),
    highRate: (x) => B(x.a) * B(x.ha) + B(x.c) * B(x.hc) + half(B(x.c) * B(x.ha! + x.hc! - 40), 2n),
    simpleAverage: (x) =>
      B(x.a) * B(x.ha) + B(x.c) * B(x.hc) + half((B(x.a) + B(x.c)) * B(x.ha! + x.hc! - 40), 4n),
    noOvertime: (x) => B(x.a) * B(x.ha) + B(x.c) * B(x.hc),
  },
  'overtime-workweek-not-pay-period': {
    key: (x) => B(x.r) * B(x.w1! + x.w2!) + half(B(x.r) * B(x.w1! - 40), 2n),
    periodAverage: (x) => B(x.r) * B(x.w1! + x.w2!),
    periodOverForty: (x) => B(x.r) * B(x.w1! + x.w2!) + half(B(x.r) * B(x.w1! + x.w2! - 40), 2n),
    firstWeekOnly: (x) => 40n * B(x.r) + half(3n * B(x.r) * B(x.w1! - 40), 2n),
    overEighty: (x) =>
      B(x.r) * B(x.w1! + x.w2!) + max(0n, half(B(x.r) * B(x.w1! + x.w2! - 80), 2n)),
    fullRateAgain: (x) => B(x.r) * B(x.w1! + x.w2!) + half(3n * B(x.r) * B(x.w1! - 40), 2n),
    doubleTime: (x) => B(x.r) * B(x.w1! + x.w2!) + B(x.r) * B(x.w1! - 40),
  },
  'overtime-salaried-nonexempt-forty-hour-week': {
    key: (x) => B(x.s) + half(3n * B(x.s) * B(x.h! - 40), 80n),
    halfTime: (x) => B(x.s) + half(B(x.s) * B(x.h! - 40), 80n),
    hoursWorkedRate: (x) => B(x.s) + half(3n * B(x.s) * B(x.h! - 40), 2n * B(x.h)),
    salaryOnly: (x) => B(x.s),
    doubleTime: (x) => B(x.s) + half(2n * B(x.s) * B(x.h! - 40), 40n),
  },
  'overtime-monthly-salary-regular-rate': {
    // weekly = monthly × 12 / 52; regular rate = weekly / 40; overtime at 1.5.
    key: (x) => half(B(x.m) * 12n * 3n * B(x.o), 52n * 40n * 2n),
    fourWeeks: (x) => half(B(x.m) * 3n * B(x.o), 320n),
    straight: (x) => half(B(x.m) * 12n * B(x.o), 2080n),
    halfTime: (x) => half(B(x.m) * 12n * B(x.o), 4160n),
    semimonthlyAsWeek: (x) => half(B(x.m) * 3n * B(x.o), 160n),
  },
  'fluctuating-workweek-half-time': {
    key: (x) => halfTime(B(x.s), B(x.h), B(x.h! - 40)),
    timeAndHalf: (x) => half(3n * B(x.s) * B(x.h! - 40), 2n * B(x.h)),
    overForty: (x) => halfTime(B(x.s), 40n, B(x.h! - 40)),
    fortyTimeAndHalf: (x) => half(3n * B(x.s) * B(x.h! - 40), 80n),
    straightHours: (x) => half(B(x.s) * B(x.h! - 40), B(x.h)),
  },
  'overtime-piece-rate': {
    timeAndHalfForty: (x) => B(x.p) + half(3n * B(x.p) * B(x.h! - 40), 80n),
    key: (x) => B(x.p) + halfTime(B(x.p), B(x.h), B(x.h! - 40)),
    timeAndHalf: (x) => B(x.p) + half(3n * B(x.p) * B(x.h! - 40), 2n * B(x.h)),
    overForty: (x) => B(x.p) + halfTime(B(x.p), 40n, B(x.h! - 40)),
    piecesOnly: (x) => B(x.p),
    premiumOnly: (x) => halfTime(B(x.p), B(x.h), B(x.h! - 40)),
  },
  'bonus-allocated-over-earning-weeks': {
    // each week's share b/w, premium (b/w)/h × ½ × (h − 40), summed over w weeks
    key: (x) => halfTime(B(x.b), B(x.h), B(x.h! - 40)),
    timeAndHalf: (x) => half(3n * B(x.b) * B(x.h! - 40), 2n * B(x.h)),
    overForty: (x) => halfTime(B(x.b), 40n, B(x.h! - 40)),
    oneWeek: (x) => half(B(x.b) * B(x.h! - 40), 2n * B(x.h) * B(x.w)),
    wholeBonusOneWeek: (x) => half(B(x.b) * B(x.w) * B(x.h! - 40), 2n * B(x.h)),
  },
  'holiday-hours-not-hours-worked': (() => {
    // overtime only on hours actually worked past 40; the 8 holiday hours paid at straight time
    const worked = (x: In, otTimes2: bigint) =>
      B(x.r) * 40n + half(otTimes2 * B(x.r) * B(x.w! - 40), 2n)
    return {
      key: (x) => worked(x, 3n) + 8n * B(x.r),
      holidayCounts: (x) => B(x.r) * 40n + half(3n * B(x.r) * B(x.w! + 8 - 40), 2n),
      noHoliday: (x) => worked(x, 3n),
      straightAll: (x) => B(x.r) * B(x.w! + 8),
      fortyCap: (x) => 48n * B(x.r),
      otDouble: (x) => worked(x, 4n) + 8n * B(x.r),
      holidayDouble: (x) => worked(x, 3n) + 16n * B(x.r),
    } satisfies Record<string, Twin>
  })(),
  'retroactive-raise-with-overtime': {
    key: (x) => B(x.d) * B(x.reg) + half(3n * B(x.d) * B(x.ot), 2n),
    straightOnly: (x) => B(x.d) * B(x.reg! + x.ot!),
    regularOnly: (x) => B(x.d) * B(x.reg),
    doubleOt: (x) => B(x.d) * B(x.reg! + 2 * x.ot!),
    premiumOnly: (x) => B(x.d) * B(x.reg) + half(B(x.d) * B(x.ot), 2n),
  },
  'annual-salary-per-pay-period': {
    key: (x) => half(B(x.a), B(x.n)),
    per52: (x) => half(B(x.a), 52n),
    per26: (x) => half(B(x.a), 26n),
    per24: (x) => half(B(x.a), 24n),
    per12: (x) => half(B(x.a), 12n),
    per4weeks: (x) => half(B(x.a), 13n),
  },
  'biweekly-to-semimonthly-salary': {
    weeklyHalf: (x) => half(B(x.b), 2n),
    key: (x) => half(B(x.b) * 13n, 12n),
    same: (x) => B(x.b),
    inverse: (x) => half(B(x.b) * 12n, 13n),
    thirdCheck: (x) => half(3n * B(x.b), 2n),
    twiceWeekly: (x) => half(B(x.b) * 52n, 48n),
    monthlyHalf: (x) => half(B(x.b) * 13n, 6n),
  },
  'hourly-to-annual-equivalent': {
    key: (x) => B(x.r) * 40n * 52n,
    fourWeekMonths: (x) => B(x.r) * 40n * 4n * 12n,
    fiftyWeeks: (x) => B(x.r) * 40n * 50n,
    twentySixPeriods: (x) => B(x.r) * 80n * 24n,
    fiftyThree: (x) => B(x.r) * 40n * 53n,
  },
  'salary-proration-new-hire': {
    weekDays: (x) => half(B(x.s) * B(x.d), 5n),
    key: (x) => half(B(x.s) * B(x.d), B(x.D)),
    daysMissed: (x) => half(B(x.s) * B(x.D! - x.d!), B(x.D)),
    fifteenDays: (x) => half(B(x.s) * B(x.d), 15n),
    monthDays: (x) => half(B(x.s) * B(x.d), 22n),
    fullPeriod: (x) => B(x.s),
  },
  'minimum-wage-make-up-for-piece-worker': {
    key: (x) => B(x.mw) * B(x.h) - B(x.p),
    forty: (x) => B(x.mw) * 40n - B(x.p),
    fullMinimum: (x) => B(x.mw) * B(x.h),
    timeAndHalf: (x) => half(3n * B(x.mw) * B(x.h), 2n) - B(x.p),
    halfShortfall: (x) => half(B(x.mw) * B(x.h) - B(x.p), 2n),
  },
  // ---- Deductions
  'federal-income-tax-wages-after-pretax': {
    lessFica: (x) => B(x.g) - bps(B(x.g), B(x.k)) - B(x.p) - bps(B(x.g) - B(x.p), 765n),
    lessRoth: (x) => B(x.g) - bps(B(x.g), B(x.k)) - B(x.p) - B(x.roth),
    premiumTwice: (x) => B(x.g) - bps(B(x.g), B(x.k)) - 2n * B(x.p),
    key: (x) => B(x.g) - bps(B(x.g), B(x.k)) - B(x.p),
    only125: (x) => B(x.g) - B(x.p),
    only401k: (x) => B(x.g) - bps(B(x.g), B(x.k)),
    gross: (x) => B(x.g),
    doubleDeferral: (x) => B(x.g) - 2n * bps(B(x.g), B(x.k)) - B(x.p),
    rothInstead: (x) => B(x.g) - B(x.roth) - B(x.p),
    deferralAfterPremium: (x) => B(x.g) - bps(B(x.g) - B(x.p), B(x.k)) - B(x.p),
  },
  'net-pay-with-pretax-roth-and-taxes': (() => {
    const out = (x: In, ficaWages: bigint) =>
      B(x.g) - B(x.k) - B(x.p) - B(x.roth) - B(x.fit) - fica(ficaWages)
    return {
      employerFicaToo: (x) => out(x, B(x.g) - B(x.p)) - fica(B(x.g) - B(x.p)),
      key: (x) => out(x, B(x.g) - B(x.p)),
      ficaAfter401k: (x) => out(x, B(x.g) - B(x.p) - B(x.k)),
      ficaOnGross: (x) => out(x, B(x.g)),
      rothLeftOut: (x) => out(x, B(x.g) - B(x.p)) + B(x.roth),
      ficaAfterRoth: (x) => out(x, B(x.g) - B(x.p) - B(x.roth)),
    } satisfies Record<string, Twin>
  })(),
  'group-term-life-imputed-income': {
    perBiweekly: (x) => half((B(x.c! - 50) * B(x.rate) - B(x.paid)) * 12n, 26n),
    key: (x) => B(x.c! - 50) * B(x.rate) - B(x.paid),
    noExclusion: (x) => B(x.c) * B(x.rate) - B(x.paid),
    annual: (x) => (B(x.c! - 50) * B(x.rate) - B(x.paid)) * 12n,
    excluded: (x) => 50n * B(x.rate),
    asAnnual: (x) => half(B(x.c! - 50) * B(x.rate) - B(x.paid), 12n),
    noOffset: (x) => B(x.c! - 50) * B(x.rate),
  },
  'child-support-garnishment-limit': (() => {
    const de = (x: In) => B(x.g) - B(x.fit) - B(x.state) - fica(B(x.g))
    const limit = (supportsOther: boolean, arrears: boolean) =>
      (supportsOther ? 50n : 60n) + (arrears ? 5n : 0n)
    return {
      key: (x) => half(de(x) * limit(x.other === 1, x.arrears === 1), 100n),
      onGross: (x) => half(B(x.g) * limit(x.other === 1, x.arrears === 1), 100n),
      after401k: (x) => half((de(x) - B(x.k)) * limit(x.other === 1, x.arrears === 1), 100n),
      creditorLimit: (x) => half(de(x) * 25n, 100n),
      otherPercent: (x) => half(de(x) * limit(x.other !== 1, x.arrears === 1), 100n),
      arrearsFlip: (x) => half(de(x) * limit(x.other === 1, x.arrears !== 1), 100n),
    } satisfies Record<string, Twin>
  })(),
  'creditor-garnishment-limit': {
    key: (x) => min(half(B(x.de) * 25n, 100n), B(x.de) - 21750n),
    alwaysQuarter: (x) => half(B(x.de), 4n),
    alwaysExcess: (x) => B(x.de) - 21750n,
    awgRate: (x) => half(B(x.de) * 15n, 100n),
    supportSixty: (x) => half(B(x.de) * 60n, 100n),
    fortyHours: (x) => min(half(B(x.de), 4n), B(x.de) - 29000n),
    supportLimit: (x) => half(B(x.de), 2n),
  },
  'elective-deferral-annual-limit': {
    key: (x) => B(x.lim) - B(x.ytd),
    ignoresLimit: (x) => bps(B(x.g), B(x.k)),
    overLimit: (x) => bps(B(x.g), B(x.k)) - (B(x.lim) - B(x.ytd)),
    limitPerCheck: (x) => half(B(x.lim), 24n),
    percentOfRoom: (x) => bps(B(x.lim) - B(x.ytd), B(x.k)),
  },
  // ---- Employee taxes
  'employee-fica-on-a-check': {
    key: (x) => fica(B(x.g)),
    after401k: (x) => fica(B(x.g) - B(x.k)),
    bothShares: (x) => bps(B(x.g), 1240n) + bps(B(x.g), 290n),
    ssOnly: (x) => bps(B(x.g), 620n),
    withAdditional: (x) => bps(B(x.g), 620n) + bps(B(x.g), 235n),
  },
  'social-security-at-the-wage-base': {
    key: (x) => bps(ssBase - B(x.ytd), 620n),
    full: (x) => bps(B(x.w), 620n),
    excess: (x) => bps(B(x.ytd) + B(x.w) - ssBase, 620n),
    medicareRate: (x) => bps(ssBase - B(x.ytd), 765n),
    employerToo: (x) => bps(ssBase - B(x.ytd), 1240n),
  },
  'supplemental-over-one-million': {
    key: (x) => bps(million - B(x.ytd), 2200n) + bps(B(x.b) - (million - B(x.ytd)), 3700n),
    all22: (x) => bps(B(x.b), 2200n),
    all37: (x) => bps(B(x.b), 3700n),
    swapped: (x) => bps(million - B(x.ytd), 3700n) + bps(B(x.b) - (million - B(x.ytd)), 2200n),
    bonusAloneOver: (x) =>
      B(x.b) > million ? bps(million, 2200n) + bps(B(x.b) - million, 3700n) : bps(B(x.b), 2200n),
  },
  'gross-up-for-a-net-bonus': {
    key: (x) => half(B(x.n) * 10000n, 7035n),
    markUp: (x) => half(B(x.n) * 12965n, 10000n),
    fitOnly: (x) => half(B(x.n) * 100n, 78n),
    noFica: (x) => half(B(x.n) * 122n, 100n),
    netAsGross: (x) => B(x.n),
    withEmployer: (x) => half(B(x.n) * 10000n, 6270n),
  },
  'percentage-method-table-row': {
    key: (x) => B(x.fixed) + bps(B(x.g) - B(x.k) - B(x.floor), B(x.rate)) + B(x.extra),
    gross: (x) => B(x.fixed) + bps(B(x.g) - B(x.floor), B(x.rate)) + B(x.extra),
    noExtra: (x) => B(x.fixed) + bps(B(x.g) - B(x.k) - B(x.floor), B(x.rate)),
    rateOnWhole: (x) => B(x.fixed) + bps(B(x.g) - B(x.k), B(x.rate)) + B(x.extra),
    noFixed: (x) => bps(B(x.g) - B(x.k) - B(x.floor), B(x.rate)) + B(x.extra),
  },
  'second-employer-social-security': {
    key: (x) => bps(B(x.w), 620n),
    combined: (x) => bps(max(0n, min(B(x.w), ssBase - B(x.other) - B(x.ytd))), 620n),
    bothShares: (x) => bps(B(x.w), 1240n),
    overBase: (x) => bps(max(0n, B(x.other) + B(x.ytd) + B(x.w) - ssBase), 620n),
    medicareRate: (x) => bps(B(x.w), 145n),
  },
  'ytd-social-security-wages-capped': (() => {
    /** Wages below the base on the check that crosses it, found by paying check after check. */
    const crossing = (x: In) => {
      let paid = 0n
      while (paid + B(x.salary) <= ssBase) paid += B(x.salary)
      return [ssBase - paid, paid + B(x.salary) - ssBase] as const
    }
    return {
      key: (x) => bps(crossing(x)[0], 620n),
      fullCheck: (x) => bps(B(x.salary), 620n),
      excess: (x) => bps(crossing(x)[1], 620n),
      annualSpread: () => half(bps(ssBase, 620n), 24n),
      medicare: (x) => bps(crossing(x)[0], 765n),
    } satisfies Record<string, Twin>
  })(),
  // ---- Employer taxes
  'employer-fica-match-no-additional-medicare': {
    key: (x) => bps(B(x.w), 145n),
    matchesAdditional: (x) => bps(B(x.w), 235n),
    bothShares: (x) => bps(B(x.w), 290n),
    withSocialSecurity: (x) => bps(B(x.w), 765n),
    allMedicare: (x) => bps(B(x.w), 380n),
  },
  'employer-fica-on-pretax-wages': {
    key: (x) => fica(B(x.g) - B(x.p)),
    after401k: (x) => fica(B(x.g) - B(x.p) - B(x.k)),
    onGross: (x) => fica(B(x.g)),
    doubled: (x) => bps(B(x.g) - B(x.p), 1240n) + bps(B(x.g) - B(x.p), 290n),
    withFuta: (x) => fica(B(x.g) - B(x.p)) + bps(B(x.g) - B(x.p), 60n),
  },
  'futa-on-a-check-crossing-7000': {
    fullYear: () => 4200n,
    key: (x) => bps(futaBase - B(x.ytd), 60n),
    grossRate: (x) => bps(futaBase - B(x.ytd), 600n),
    noBase: (x) => bps(B(x.w), 60n),
    creditRate: (x) => bps(futaBase - B(x.ytd), 540n),
    overBase: (x) => bps(B(x.ytd) + B(x.w) - futaBase, 60n),
    halfShare: (x) => bps(futaBase - B(x.ytd), 30n),
    earlierWages: (x) => bps(B(x.ytd), 60n),
  },
  'futa-for-a-year-roster': (() => {
    const ws = (x: In) => [x.w0, x.w1, x.w2, x.w3].map(B)
    return {
      key: (x) =>
        bps(
          ws(x).reduce((s, w) => s + min(w, futaBase), 0n),
          60n,
        ),
      allWages: (x) =>
        bps(
          ws(x).reduce((s, w) => s + w, 0n),
          60n,
        ),
      perHead: () => 4n * 4200n,
      grossRate: (x) =>
        bps(
          ws(x).reduce((s, w) => s + min(w, futaBase), 0n),
          600n,
        ),
      firstOnly: () => 4200n,
    } satisfies Record<string, Twin>
  })(),
  'futa-credit-reduction-state': {
    quarterlyBase: (x) => 4n * B(x.n) * bps(futaBase, 60n + B(x.cr)),
    key: (x) => B(x.n) * bps(futaBase, 60n + B(x.cr)),
    noReduction: (x) => B(x.n) * 4200n,
    reductionAsCredit: (x) => B(x.n) * bps(futaBase, 600n - B(x.cr)),
    subtracted: (x) => B(x.n) * bps(futaBase, 60n - B(x.cr)),
    grossRate: (x) => B(x.n) * bps(futaBase, 600n + B(x.cr)),
    oneEmployee: (x) => bps(futaBase, 60n + B(x.cr)),
    reductionOnly: (x) => B(x.n) * bps(futaBase, B(x.cr)),
    reductionOnce: (x) => B(x.n) * 4200n + bps(futaBase, B(x.cr)),
  },
  'suta-on-a-check-crossing-state-base': {
    key: (x) => bps(B(x.base) - B(x.ytd), B(x.rate)),
    noBase: (x) => bps(B(x.w), B(x.rate)),
    overBase: (x) => bps(B(x.ytd) + B(x.w) - B(x.base), B(x.rate)),
    wholeBase: (x) => bps(B(x.base), B(x.rate)),
    futaRate: (x) => bps(B(x.base) - B(x.ytd), 60n),
  },
  'futa-deposit-carried-forward': {
    key: (x) => (B(x.q1) + B(x.q2) > 50000n ? B(x.q1) + B(x.q2) : 0n),
    quarterOnly: (x) => B(x.q2),
    yearToDate: (x) => B(x.q1) + B(x.q2) + B(x.q3),
    firstOnly: (x) => B(x.q1),
    overFiveHundred: (x) => B(x.q1) + B(x.q2) - 50000n,
  },
  'employer-401k-match': (() => {
    const matched = (x: In) => bps(B(x.g), B(Math.min(x.d!, x.cap!)))
    return {
      key: (x) => half(matched(x) * B(x.pc), 100n),
      noCap: (x) => half(bps(B(x.g), B(x.d)) * B(x.pc), 100n),
      capAlways: (x) => half(bps(B(x.g), B(x.cap)) * B(x.pc), 100n),
      fullMatch: (x) => (x.pc === 50 ? matched(x) : half(matched(x), 2n)),
      deferralAsMatch: (x) => bps(B(x.g), B(x.d)),
      withDeferral: (x) => bps(B(x.g), B(x.d)) + half(matched(x) * B(x.pc), 100n),
    } satisfies Record<string, Twin>
  })(),
  'form-941-total-tax-for-quarter': {
    noMedicare: (x) => B(x.fit) + bps(B(x.ss), 1240n) + bps(B(x.add), 90n),
    key: (x) => B(x.fit) + bps(B(x.ss), 1240n) + bps(B(x.med), 290n) + bps(B(x.add), 90n),
    employeeShares: (x) => B(x.fit) + bps(B(x.ss), 620n) + bps(B(x.med), 145n) + bps(B(x.add), 90n),
    additionalDoubled: (x) =>
      B(x.fit) + bps(B(x.ss), 1240n) + bps(B(x.med), 290n) + bps(B(x.add), 180n),
    noIncomeTax: (x) => bps(B(x.ss), 1240n) + bps(B(x.med), 290n) + bps(B(x.add), 90n),
    medicareOnSs: (x) => B(x.fit) + bps(B(x.ss), 1240n) + bps(B(x.ss), 290n) + bps(B(x.add), 90n),
  },
  // ---- Journal
  'journal-credit-to-cash-for-net-pay': {
    additionalMedicare: (x) => B(x.g) - B(x.fit) - B(x.k) - fica(B(x.g)) - bps(B(x.g), 90n),
    key: (x) => B(x.g) - B(x.fit) - B(x.k) - fica(B(x.g)),
    employerToo: (x) => B(x.g) - B(x.fit) - B(x.k) - 2n * fica(B(x.g)),
    no401k: (x) => B(x.g) - B(x.fit) - fica(B(x.g)),
    ficaAfter401k: (x) => B(x.g) - B(x.fit) - B(x.k) - fica(B(x.g) - B(x.k)),
    grossLessTax: (x) => B(x.g) - B(x.fit),
  },
  'journal-fica-payable-both-shares': {
    medicareOnly: (x) => 2n * bps(B(x.g), 145n),
    fifteenEach: (x) => 2n * (bps(B(x.g), 1240n) + bps(B(x.g), 290n)),
    key: (x) => 2n * fica(B(x.g)),
    employeeOnly: (x) => fica(B(x.g)),
    ssOnly: (x) => 2n * bps(B(x.g), 620n),
    withFuta: (x) => 2n * fica(B(x.g)) + bps(B(x.g), 60n),
    withAdditional: (x) => 2n * fica(B(x.g)) + 2n * bps(B(x.g), 90n),
  },
  'journal-payroll-tax-expense': {
    key: (x) => fica(B(x.g)) + bps(B(x.futaWages), 60n) + bps(B(x.sutaWages), B(x.sutaRate)),
    withEmployeeFica: (x) =>
      2n * fica(B(x.g)) + bps(B(x.futaWages), 60n) + bps(B(x.sutaWages), B(x.sutaRate)),
    unemploymentOnGross: (x) => fica(B(x.g)) + bps(B(x.g), 60n) + bps(B(x.g), B(x.sutaRate)),
    ficaOnly: (x) => fica(B(x.g)),
    futaGross: (x) => fica(B(x.g)) + bps(B(x.futaWages), 600n) + bps(B(x.sutaWages), B(x.sutaRate)),
  },
  'accrued-wages-at-month-end': {
    key: (x) => half(B(x.g) * B(x.d), 10n),
    otherSide: (x) => half(B(x.g) * B(10 - x.d!), 10n),
    calendarDays: (x) => half(B(x.g) * B(x.d), 14n),
    wholePayroll: (x) => B(x.g),
    weekBasis: (x) => half(B(x.g) * B(x.d), 5n),
  },
  'accrued-employer-taxes-on-accrued-wages': {
    key: (x) => fica(B(x.a)),
    bothShares: (x) => bps(B(x.a), 1240n) + bps(B(x.a), 290n),
    withFuta: (x) => fica(B(x.a)) + bps(B(x.a), 60n),
    ssOnly: (x) => bps(B(x.a), 620n),
    medicareOnly: (x) => bps(B(x.a), 145n) + bps(B(x.a), 90n),
  },
  'vacation-liability-at-year-end': {
    key: (x) => B(x.r) * B(x.carried! + x.earned! - x.used!),
    earnedOnly: (x) => B(x.r) * B(x.earned),
    noCarry: (x) => B(x.r) * B(x.earned! - x.used!),
    usedHours: (x) => B(x.r) * B(x.used),
    plusUsed: (x) => B(x.r) * B(x.carried! + x.earned! + x.used!),
  },
  // ---- Compliance: dates and Form W-2 boxes
  'semiweekly-deposit-date': {
    key: (x) => dated(semiweeklyBanking(dayNo(x))),
    monthly: (x) => {
      const [y, m] = ymd(x)
      return dated(dayOfMonth(y, m + 1, 15))
    },
    otherRule: (x) =>
      dated(
        ['Wednesday', 'Thursday', 'Friday'].includes(weekday(dayNo(x)))
          ? after(dayNo(x), 'Friday')
          : after(dayNo(x), 'Wednesday'),
      ),
    nextDay: (x) => dated(nextBusiness(dayNo(x))),
    weekLater: (x) => dated(dayNo(x) + 7),
    returnDate: (x) => dated(returnDue(x)),
  },
  'monthly-deposit-date': {
    key: (x) => {
      const [y, m] = ymd(x)
      return dated(onBankingDay(dayOfMonth(y, m + 1, 15)))
    },
    semiweekly: (x) => dated(semiweekly(dayNo(x))),
    returnDate: (x) => dated(returnDue(x)),
    tenth: (x) => {
      const [y, m] = ymd(x)
      return dated(dayOfMonth(y, m + 1, 10))
    },
    monthEnd: (x) => {
      const [y, m] = ymd(x)
      return dated(lastDay(y, m + 1))
    },
    nextDay: (x) => dated(nextBusiness(dayNo(x))),
  },
  'form-941-due-date': (() => {
    const at = (n: number) => plain(...civil(n))
    return {
      key: (x) => at(lastDay(2026, 3 * x.q! + 4)),
      fifteenth: (x) => at(dayOfMonth(2026, 3 * x.q! + 4, 15)),
      tenDays: (x) => at(dayOfMonth(2026, 3 * x.q! + 5, 10)),
      quarterEnd: (x) => at(lastDay(2026, 3 * x.q! + 3)),
      annual: () => at(daysOf(2027, 1, 31)),
      twoMonths: (x) => at(lastDay(2026, 3 * x.q! + 5)),
    } satisfies Record<string, Twin>
  })(),
  'w2-box-1-wages': {
    key: (x) => B(x.g) - B(x.k) - B(x.p),
    box5: (x) => B(x.g) - B(x.p),
    lessRoth: (x) => B(x.g) - B(x.k) - B(x.p) - B(x.roth),
    gross: (x) => B(x.g),
    only401k: (x) => B(x.g) - B(x.k),
  },
  'w2-box-3-social-security-wages': {
    key: (x) => min(B(x.g) - B(x.p), ssBase),
    uncapped: (x) => B(x.g) - B(x.p),
    box1: (x) => min(B(x.g) - B(x.k) - B(x.p), ssBase),
    gross: (x) => min(B(x.g), ssBase),
    baseAlways: () => ssBase,
    box1Uncapped: (x) => B(x.g) - B(x.k) - B(x.p),
    grossUncapped: (x) => B(x.g),
  },
  'w2-box-5-medicare-wages': {
    key: (x) => B(x.g) - B(x.p),
    capped: (x) => min(B(x.g) - B(x.p), ssBase),
    box1: (x) => B(x.g) - B(x.k) - B(x.p),
    gross: (x) => B(x.g),
    additionalOnly: (x) => B(x.g) - B(x.p) - 20000000n,
    box1Capped: (x) => min(B(x.g) - B(x.k) - B(x.p), ssBase),
    only401k: (x) => B(x.g) - B(x.k),
    medicareTax: (x) => bps(B(x.g) - B(x.p), 145n),
  },
}
