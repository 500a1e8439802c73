/*
 * The human resources test's amounts worked out a second way, for its key test: money in BigInt
 * cents rounded half up by integer division, rates as exact fractions, dates stepped a day at a
 * time on a calendar of their own. Each family maps its slips (`key` and every named mistake) to
 * the answer that slip gives, in the unit the option shows: percentages as percent, money in
 * major units, counts and durations as shown, dates and times as text.
 */
type In = Readonly<Record<string, number>>
type Twin = (i: In) => number | string
export type Twins = Readonly<Record<string, Twin>>

const B = BigInt
/** a ÷ b rounded half up, both non-negative BigInts. */
const hu = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b)
/** Cents as major units. */
const $ = (c: bigint): number => Number(c) / 100
const pc = (a: number, b: number): number => (100 * a) / b
const DAY = 86400000
const us = new Intl.DateTimeFormat('en-US', {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})
const usDate = (ms: number) => us.format(new Date(ms))
const WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MON = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const gbDate = (ms: number) => {
  const d = new Date(ms)
  return `${WD[d.getUTCDay()]} ${d.getUTCDate()} ${MON[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
const plus = (ms: number, days: number) => {
  const d = new Date(ms)
  d.setUTCDate(d.getUTCDate() + days)
  return d.getTime()
}
const plusYears = (ms: number, y: number) => {
  const d = new Date(ms)
  d.setUTCFullYear(d.getUTCFullYear() + y)
  return d.getTime()
}
const isWork = (ms: number) => new Date(ms).getUTCDay() % 6 !== 0
const plusWork = (ms: number, k: number) => {
  let t = ms
  let n = 0
  while (n < k) {
    t = plus(t, 1)
    if (isWork(t)) n++
  }
  return t
}
const workBetween = (a: number, b: number) => {
  let n = 0
  for (let t = plus(a, 1); t <= b; t = plus(t, 1)) if (isWork(t)) n++
  return n
}
const days = (a: number, b: number) => Math.round((b - a) / DAY)
const hhmm = (min: number) => {
  const m = ((min % 1440) + 1440) % 1440
  return `${`0${Math.trunc(m / 60)}`.slice(-2)}:${`0${m % 60}`.slice(-2)}`
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)
const med = (xs: number[]) => {
  const s = sorted(xs)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const list = (i: In, p: string) =>
  Object.keys(i)
    .filter((k) => new RegExp(`^${p}\\d+$`).test(k))
    .sort((a, b) => Number(a.slice(p.length)) - Number(b.slice(p.length)))
    .map((k) => i[k]!)
/** The minimum of a range with midpoint `mid` (cents) and spread `bp`, as the stems' ranges are drawn. */
const rangeMin = (mid: number, bp: number) => Number(hu(B(2 * mid * 10000), B(20000 + bp)))

/** Cents × numerator ÷ denominator, half up. */
const mc = (c: number, num: number, den: number) => $(hu(B(c) * B(num), B(den)))
/** Straight pay plus a half-rate premium on the regular rate (straight ÷ hours) for hours over 40. */
const withPremium = (straight: number, h: number, k = 1) =>
  $(B(straight) + hu(B(straight) * B(h - 40) * B(k), 2n * B(h)))

export const HRM_TWINS: Readonly<Record<string, Twins>> = {
  'turnover-rate-on-average-headcount': {
    key: (i) => pc(2 * i.x!, i.s! + i.e!),
    byStart: (i) => pc(i.x!, i.s!),
    byEnd: (i) => pc(i.x!, i.e!),
    hiresToo: (i) => pc(2 * (i.x! + i.h!), i.s! + i.e!),
    hiresOnly: (i) => pc(2 * i.h!, i.s! + i.e!),
  },
  'annualised-turnover-from-a-quarter': {
    key: (i) => pc(i.x! * 4, i.a!),
    quarterOnly: (i) => pc(i.x!, i.a!),
    monthly: (i) => pc(i.x! * 12, i.a!),
    divided: (i) => pc(i.x!, 4 * i.a!),
    byThree: (i) => pc(i.x! * 3, i.a!),
    weekly: (i) => pc(i.x! * 52, i.a!),
    thirteen: (i) => pc(i.x! * 13, i.a!),
  },
  'retention-rate-of-starting-staff': {
    key: (i) => pc(i.s! - i.l!, i.s!),
    endOverStart: (i) => pc(i.s! - i.l! + i.h! - i.hl!, i.s!),
    retainedOverEnd: (i) => pc(i.s! - i.l!, i.s! - i.l! + i.h! - i.hl!),
    allLeavers: (i) => pc(i.s! - i.l! - i.hl!, i.s!),
    oneMinusTurnover: (i) => 100 - pc(2 * (i.l! + i.hl!), 2 * i.s! - i.l! + i.h! - i.hl!),
    turnover: (i) => pc(i.l!, i.s!),
    hiresRetained: (i) => pc(i.s! - i.l! + i.h!, i.s! + i.h!),
  },
  'voluntary-turnover-rate': {
    key: (i) => pc(2 * i.v!, i.s! + i.e!),
    allSeparations: (i) => pc(2 * (i.v! + i.d!), i.s! + i.e!),
    byStart: (i) => pc(i.v!, i.s!),
    byEnd: (i) => pc(i.v!, i.e!),
    involuntary: (i) => pc(2 * i.d!, i.s! + i.e!),
    notHalved: (i) => pc(i.v!, i.s! + i.e!),
    shareOfLeavers: (i) => pc(i.v!, i.v! + i.d!),
  },
  'first-year-turnover-of-new-hires': {
    key: (i) => pc(i.q!, i.h!),
    byHeadcount: (i) => pc(i.q!, i.a!),
    byStayers: (i) => pc(i.q!, i.h! - i.q!),
    stayed: (i) => 100 - pc(i.q!, i.h!),
    hiresRate: (i) => pc(i.h!, i.a!),
    byHiresAndStaff: (i) => pc(i.q!, i.h! + i.a!),
  },
  'time-to-fill-in-days': {
    key: (i) => days(i.approved!, i.accepted!),
    toStart: (i) => days(i.approved!, i.start!),
    fromPosting: (i) => days(i.posted!, i.accepted!),
    postingToStart: (i) => days(i.posted!, i.start!),
    workdays: (i) => workBetween(i.approved!, i.accepted!),
    workdaysFromPosting: (i) => workBetween(i.posted!, i.accepted!),
    workdaysToStart: (i) => workBetween(i.approved!, i.start!),
  },
  'cost-per-hire-by-the-ansi-standard': (() => {
    const ext = (i: In) => B(i.ads!) + B(i.agency!) + B(i.travel!) + B(i.checks!)
    const all = (i: In) => ext(i) + B(i.recruiter!) + B(i.referral!)
    return {
      key: (i) => $(hu(all(i), B(i.hires!))),
      externalOnly: (i) => $(hu(ext(i), B(i.hires!))),
      byOpenings: (i) => $(hu(all(i), B(i.openings!))),
      byStayers: (i) => $(hu(all(i), B(i.stayed!))),
      noReferral: (i) => $(hu(ext(i) + B(i.recruiter!), B(i.hires!))),
    } satisfies Twins
  })(),
  'absence-rate-of-scheduled-days': {
    key: (i) => pc(i.u!, i.t!),
    vacationToo: (i) => pc(i.u! + i.v!, i.t!),
    vacationBack: (i) => pc(i.u!, i.t! + i.v!),
    vacationBoth: (i) => pc(i.u! + i.v!, i.t! + i.v!),
    calendar: (i) => pc(i.u!, 91 * i.n!),
    weekdays: (i) => pc(i.u!, 65 * i.n!),
    vacationTwice: (i) => pc(i.u!, i.t! - i.v!),
  },
  'bradford-factor-score': {
    key: (i) => i.s! ** 2 * i.d!,
    product: (i) => i.s! * i.d!,
    daysSquared: (i) => i.s! * i.d! ** 2,
    bothSquared: (i) => (i.s! * i.d!) ** 2,
    squareOnly: (i) => i.s! ** 2,
    sum: (i) => i.s! + i.d!,
    squarePlusDays: (i) => i.s! ** 2 + i.d!,
    spellsCubed: (i) => i.s! ** 3 * i.d!,
  },
  'fte-from-weekly-hours': {
    key: (i) => i.hours! / i.full!,
    headcount: (i) => i.ft! + i.pts!,
    fullOnly: (i) => i.ft!,
    halves: (i) => i.ft! + i.pts! / 2,
    fortyWeek: (i) => i.hours! / (i.full! === 40 ? 37.5 : 40),
  },
  'headcount-on-a-date': {
    key: (i) => i.f! + i.p! + i.l!,
    everyone: (i) => i.f! + i.p! + i.l! + i.c! + i.a!,
    noLeave: (i) => i.f! + i.p!,
    contractors: (i) => i.f! + i.p! + i.l! + i.c!,
    fullTimeOnly: (i) => i.f! + i.l!,
    partAsHalf: (i) => i.f! + i.l! + Math.trunc(i.p! / 2),
    agency: (i) => i.f! + i.p! + i.l! + i.a!,
  },
  'turnover-on-monthly-average-headcount': {
    key: (i) => pc(12 * i.x!, i.sum!),
    firstLast: (i) => pc(2 * i.x!, i.first! + i.last!),
    byMax: (i) => pc(i.x!, i.max!),
    byMin: (i) => pc(i.x!, i.min!),
    byDecember: (i) => pc(i.x!, i.last!),
    bySum: (i) => pc(i.x!, i.sum!),
    netOfLeavers: (i) => pc(12 * i.x!, i.sum! - 12 * i.x!),
  },
  'revenue-per-fte': {
    key: (i) => mc(i.rev!, 10, i.fte10!),
    perHead: (i) => mc(i.rev!, 1, i.f! + i.p!),
    withContractors: (i) => mc(i.rev!, 10, i.fte10! + 10 * i.contractors!),
    fullTimers: (i) => mc(i.rev!, 1, i.f!),
    halfEach: (i) => mc(i.rev!, 2, 2 * i.f! + i.p!),
    lessContractors: (i) => mc(i.rev!, 10, i.fte10! - 10 * i.contractors!),
    perHeadAll: (i) => mc(i.rev!, 1, i.f! + i.p! + i.contractors!),
  },
  'average-time-to-fill-leaving-out-a-cancelled-req': {
    key: (i) => (i.d0! + i.d1! + i.d2! + i.d3!) / 4,
    withCancelled: (i) => (i.d0! + i.d1! + i.d2! + i.d3! + i.c!) / 5,
    byFive: (i) => (i.d0! + i.d1! + i.d2! + i.d3!) / 5,
    median: (i) => (i.d1! + i.d2!) / 2,
    range: (i) => (i.d0! + i.d3!) / 2,
  },
  'pto-accrual-per-pay-period': {
    key: (i) => (i.a! * i.k!) / i.p! - i.u!,
    monthly: (i) => (i.a! * i.k!) / 12 - i.u!,
    weekly: (i) => (i.a! * i.k!) / 52 - i.u!,
    otherFrequency: (i) => (i.a! * i.k!) / (50 - i.p!) - i.u!,
    ignoresUsed: (i) => (i.a! * i.k!) / i.p!,
  },
  'california-sick-leave-accrual': {
    key: (i) => (i.h! + i.o!) / 30,
    noOvertime: (i) => i.h! / 30,
    overtimeWeighted: (i) => (i.h! + 1.5 * i.o!) / 30,
    washington: (i) => (i.h! + i.o!) / 40,
    everyTwenty: (i) => (i.h! + i.o!) / 20,
  },
  'part-time-pro-rata-entitlement': {
    key: (i) => (i.e! / 5) * i.d!,
    notProRated: (i) => i.e!,
    sevenDays: (i) => (i.e! / 7) * i.d!,
    dayOffPerDay: (i) => i.e! + i.d! - 5,
    hoursWeek: (i) => (i.e! / 4) * i.d!,
  },
  'starter-pro-rata-rounded-up-to-half-days': (() => {
    // Half days: the smallest multiple of 6 (twelfths per half day) not below e × months.
    const up = (twelfths: number) => Math.ceil(twelfths / 6) / 2
    return {
      key: (i) => up(i.e! * (13 - i.m!)),
      monthsGone: (i) => up(i.e! * (i.m! - 1)),
      skipsJoinMonth: (i) => up(i.e! * (12 - i.m!)),
      notProRated: (i) => i.e!,
      roundedDown: (i) => Math.floor((i.e! * (13 - i.m!)) / 6) / 2,
      wholeDays: (i) => Math.ceil((i.e! * (13 - i.m!)) / 12) + 1,
    } satisfies Twins
  })(),
  'uk-statutory-holiday-days': {
    key: (i) => Math.min((28 * i.d!) / 5, 28),
    uncapped: (i) => (28 * i.d!) / 5,
    flat28: () => 28,
    fourWeeks: (i) => 4 * i.d!,
    bankOnTop: (i) => Math.min((28 * i.d!) / 5, 28) + (8 * i.d!) / 5,
  },
  'uk-holiday-pay-in-lieu-on-leaving': {
    key: (i) => (i.e! * i.served!) / 365 - i.taken!,
    fullYear: (i) => i.e! - i.taken!,
    completeMonths: (i) => (i.e! * i.months!) / 12 - i.taken!,
    startedMonths: (i) => (i.e! * (i.months! + 1)) / 12 - i.taken!,
    ignoresTaken: (i) => (i.e! * i.served!) / 365,
  },
  'flsa-weekly-overtime-pay': {
    key: (i) => $(B(i.r!) * 40n + hu(B(3 * i.r!) * B(i.h! - 40), 2n)),
    straight: (i) => $(B(i.r!) * B(i.h!)),
    double: (i) => $(B(i.r!) * B(40 + 2 * (i.h! - 40))),
    allAtOneHalf: (i) => $(hu(B(3 * i.r! * i.h!), 2n)),
    premiumOnly: (i) => $(B(i.r!) * 40n + hu(B(i.r!) * B(i.h! - 40), 2n)),
    over35: (i) => $(B(i.r!) * 35n + hu(B(3 * i.r!) * B(i.h! - 35), 2n)),
    fortyOnly: (i) => $(B(i.r!) * 40n),
    overtimeOnly: (i) => $(hu(B(3 * i.r!) * B(i.h! - 40), 2n)),
  },
  'flsa-regular-rate-with-a-bonus': {
    key: (i) => withPremium(i.r! * i.h! + i.b!, i.h!),
    bonusExcluded: (i) => $(B(i.r! * i.h! + i.b!) + hu(B(i.r!) * B(i.h! - 40), 2n)),
    byForty: (i) => $(B(i.r! * i.h! + i.b!) + hu(B(40 * i.r! + i.b!) * B(i.h! - 40), 80n)),
    fullTimeAndHalf: (i) => withPremium(i.r! * i.h! + i.b!, i.h!, 3),
    noOvertime: (i) => $(B(i.r! * i.h! + i.b!)),
  },
  'flsa-weighted-regular-rate-for-two-jobs': (() => {
    const st = (i: In) => i.r1! * i.h1! + i.r2! * i.h2!
    const h = (i: In) => i.h1! + i.h2!
    return {
      key: (i) => withPremium(st(i), h(i)),
      higherRate: (i) => $(B(st(i)) + hu(B(i.r2!) * B(h(i) - 40), 2n)),
      lowerRate: (i) => $(B(st(i)) + hu(B(i.r1!) * B(h(i) - 40), 2n)),
      simpleAverage: (i) => $(B(st(i)) + hu(B(i.r1! + i.r2!) * B(h(i) - 40), 4n)),
      fullTimeAndHalf: (i) => withPremium(st(i), h(i), 3),
    } satisfies Twins
  })(),
  'flsa-workweeks-are-not-averaged': {
    key: (i) => $(B(i.r! * (i.h1! + i.h2!)) + hu(B(i.r! * (i.h1! - 40)), 2n)),
    averaged: (i) => $(B(i.r! * (i.h1! + i.h2!))),
    double: (i) => $(B(i.r! * (i.h1! + i.h2! + i.h1! - 40))),
    allWeekOne: (i) => $(hu(B(3 * i.r! * i.h1!), 2n) + B(i.r! * i.h2!)),
    periodAsWeek: (i) => $(B(i.r! * (i.h1! + i.h2!)) + hu(B(i.r! * (i.h1! + i.h2! - 40)), 2n)),
    halfRateWeekOne: (i) => $(B(i.r! * (40 + i.h2!)) + hu(B(i.r! * (i.h1! - 40)), 2n)),
  },
  'flsa-piece-rate-overtime': {
    key: (i) => withPremium(i.p!, i.h!),
    noOvertime: (i) => $(B(i.p!)),
    fullTimeAndHalf: (i) => withPremium(i.p!, i.h!, 3),
    byForty: (i) => $(B(i.p!) + hu(B(i.p!) * B(i.h! - 40), 80n)),
    minimumWage: (i) => $(B(i.p!) + hu(725n * B(i.h! - 40), 2n)),
  },
  'unused-vacation-payout-at-the-daily-rate': Object.fromEntries(
    (
      [
        ['key', 260],
        ['calendar', 365],
        ['twentyDays', 240],
        ['weekly', 364],
        ['lessHolidays', 250],
        ['lessLeave', 232],
        ['sixDayWeeks', 312],
      ] as const
    ).map(([slip, d]) => [slip, (i: In) => mc(i.s!, i.u!, d)]),
  ),
  'fmla-hours-left-on-a-reduced-schedule': {
    key: (i) => 12 * i.h! - i.used!,
    fullTimeWeek: (i) => 480 - i.used!,
    ignoresUsed: (i) => 12 * i.h!,
    weeksAtForty: (i) => Math.round(((480 - i.used!) * i.h!) / 40),
    eightHourDays: (i) => 12 * i.h! - 8 * Math.ceil((5 * i.used!) / i.h!),
  },
  'uk-earliest-start-after-daily-rest': {
    key: (i) => hhmm(i.end! + (i.young ? 720 : 660)),
    fromStart: (i) => hhmm(i.start! + (i.young ? 720 : 660)),
    eightHours: (i) => hhmm(i.end! + 480),
    otherAge: (i) => hhmm(i.end! + (i.young ? 660 : 720)),
    breakAdded: (i) => hhmm(i.end! + (i.young ? 700 : 640)),
  },
  'uk-average-weekly-hours-over-17-weeks': {
    key: (i) => (i.a! + i.b!) / 17,
    noReplacement: (i) => i.a! / 17,
    dropLeaveWeeks: (i) => (i.a! + i.b!) / (17 - i.k!),
    addLeaveWeeks: (i) => (i.a! + i.b!) / (17 + i.k!),
    leaveAtForty: (i) => (i.a! + 40 * i.k!) / 17,
    workedWeeksOnly: (i) => i.a! / (17 - i.k!),
    allOverMore: (i) => i.a! / (17 + i.k!),
  },
  'four-fifths-impact-ratio': {
    key: (i) => pc(i.sb! * i.a!, i.b! * i.sa!),
    counts: (i) => pc(i.sb!, i.sa!),
    inverted: (i) => pc(i.sa! * i.b!, i.a! * i.sb!),
    difference: (i) => pc(i.sa! * i.b! - i.sb! * i.a!, i.a! * i.b!),
    shareOfHires: (i) => pc(i.sb!, i.sa! + i.sb!),
    byOverall: (i) => pc(i.sb! * (i.a! + i.b!), i.b! * (i.sa! + i.sb!)),
  },
  'lowest-impact-ratio-of-three-groups': (() => {
    const g = (i: In) => [0, 1, 2].map((k) => [i[`n${k}`]!, i[`s${k}`]!] as const)
    const rates = (i: In) => g(i).map(([n, s]) => s / n)
    const lo = (i: In) => Math.min(...rates(i))
    const hi = (i: In) => Math.max(...rates(i))
    const largest = (i: In) => {
      const gs = g(i)
      let best = 0
      for (let k = 1; k < 3; k++) if (gs[k]![0] > gs[best]![0]) best = k
      return rates(i)[best]!
    }
    const overall = (i: In) =>
      g(i).reduce((s, [, x]) => s + x, 0) / g(i).reduce((s, [n]) => s + n, 0)
    return {
      key: (i) => (100 * lo(i)) / hi(i),
      largestGroup: (i) => (100 * lo(i)) / largest(i),
      overall: (i) => (100 * lo(i)) / overall(i),
      counts: (i) =>
        (100 * Math.min(...g(i).map(([, s]) => s))) / Math.max(...g(i).map(([, s]) => s)),
      lowestRate: (i) => 100 * lo(i),
      overSum: (i) => (100 * lo(i)) / (lo(i) + hi(i)),
      inverted: (i) => (100 * hi(i)) / lo(i),
    } satisfies Twins
  })(),
  'shortfall-to-reach-four-fifths': {
    // The smallest whole number of hires whose rate reaches 4/5 of the other: ceil of an exact fraction.
    key: (i) => Math.ceil((4 * i.b! * i.sa!) / (5 * i.a!) - 1e-9) - i.sb!,
    counts: (i) => Math.ceil((4 * i.sa!) / 5 - 1e-9) - i.sb!,
    parity: (i) => Math.ceil((i.b! * i.sa!) / i.a! - 1e-9) - i.sb!,
    overall: (i) => Math.ceil((4 * i.b! * (i.sa! + i.sb!)) / (5 * (i.a! + i.b!)) - 1e-9) - i.sb!,
    total: (i) => Math.ceil((4 * i.b! * i.sa!) / (5 * i.a!) - 1e-9),
  },
  'applicants-needed-through-a-funnel': (() => {
    const need = (h: number, rates: number[]) =>
      Math.ceil((h * 100 ** rates.length) / rates.reduce((a, b) => a * b, 1) - 1e-9)
    return {
      key: (i) => need(i.h!, [i.p1!, i.p2!, i.p3!, i.p4!]),
      noAcceptance: (i) => need(i.h!, [i.p1!, i.p2!, i.p3!]),
      acceptanceTwice: (i) => need(i.h!, [i.p1!, i.p2!, i.p3!, i.p4!, i.p4!]),
      meanRate: (i) => {
        const m = (i.p1! + i.p2! + i.p3! + i.p4!) / 4
        return need(i.h!, [m, m, m, m])
      },
      lastOnly: (i) => need(i.h!, [i.p3!, i.p4!]),
    } satisfies Twins
  })(),
  'offer-acceptance-rate': {
    key: (i) => pc(i.acc!, i.o!),
    declineRate: (i) => pc(i.o! - i.acc!, i.o!),
    perInterview: (i) => pc(i.acc!, i.iv!),
    acceptedOverDeclined: (i) => pc(i.acc!, i.o! - i.acc!),
    offersPerInterview: (i) => pc(i.o!, i.iv!),
    offersOverAccepted: (i) => pc(i.o!, i.acc!),
    perApplication: (i) => pc(i.acc!, i.apps!),
  },
  'weighted-structured-interview-score': (() => {
    const w = (i: In) => [i.w0!, i.w1!, i.w2!, i.w3!]
    const r = (i: In) => [i.r0!, i.r1!, i.r2!, i.r3!]
    const ws = (i: In) => w(i).reduce((s, x, k) => s + x * r(i)[k]!, 0) / 100
    const sum = (i: In) => r(i).reduce((a, b) => a + b, 0)
    return {
      key: ws,
      unweighted: (i) => sum(i) / 4,
      topOnly: (i) => i.r0!,
      reversed: (i) => w(i).reduce((s, x, k) => s + x * r(i)[3 - k]!, 0) / 100,
      points: (i) => ws(i) * 100,
      weightedOverFour: (i) => ws(i) / 4,
    } satisfies Twins
  })(),
  'agency-fee-pro-rata-refund': (() => {
    const fee = (i: In) => hu(B(i.s!) * B(i.f!), 100n)
    return {
      key: (i) => $(hu(fee(i) * B(i.g! - i.served!), B(i.g!))),
      fullFee: (i) => $(fee(i)),
      servedShare: (i) => $(hu(fee(i) * B(i.served!), B(i.g!))),
      yearBasis: (i) => $(hu(fee(i) * B(i.g! - i.served!), 365n)),
      salaryShare: (i) => mc(i.s!, i.g! - i.served!, 365),
    } satisfies Twins
  })(),
  'time-to-hire-in-days': {
    key: (i) => days(i.applied!, i.accepted!),
    fromPosting: (i) => days(i.posted!, i.accepted!),
    toStart: (i) => days(i.applied!, i.start!),
    fromScreen: (i) => days(i.screened!, i.accepted!),
    postingToStart: (i) => days(i.posted!, i.start!),
  },
  'sign-on-bonus-clawback': {
    key: (i) => mc(i.b!, 12 - i.m!, 12),
    full: (i) => i.b! / 100,
    servedShare: (i) => mc(i.b!, i.m!, 12),
    halfYear: (i) => mc(i.b!, Math.max(0, 6 - i.m!), 6),
    weeks: (i) => mc(i.b!, 52 - 4 * i.m!, 52),
    resignMonthServed: (i) => mc(i.b!, 11 - i.m!, 12),
  },
  'compa-ratio': {
    key: (i) => pc(i.s!, i.mid!),
    byMin: (i) => pc(i.s!, i.min!),
    byMax: (i) => pc(i.s!, i.max!),
    inverted: (i) => pc(i.mid!, i.s!),
    penetration: (i) => pc(i.s! - i.min!, i.max! - i.min!),
    lowerHalf: (i) => pc(i.s! - i.min!, i.mid! - i.min!),
  },
  'range-penetration': {
    key: (i) => pc(i.s! - i.min!, i.max! - i.min!),
    overMax: (i) => pc(i.s!, i.max!),
    aboveMinOverMax: (i) => pc(i.s! - i.min!, i.max!),
    toMidpoint: (i) => pc(i.s! - i.min!, i.mid! - i.min!),
    compa: (i) => pc(i.s!, i.mid!),
  },
  'range-spread': {
    key: (i) => pc(i.max! - i.min!, i.min!),
    overMax: (i) => pc(i.max! - i.min!, i.max!),
    overMid: (i) => pc(i.max! - i.min!, i.mid!),
    ratio: (i) => pc(i.max!, i.min!),
    halfWidth: (i) => pc(i.max! - i.mid!, i.min!),
    inverted: (i) => pc(i.min!, i.max!),
    maxOverMid: (i) => pc(i.max!, i.mid!),
  },
  'midpoint-progression': {
    key: (i) => pc(i.mid2! - i.mid1!, i.mid1!),
    overHigher: (i) => pc(i.mid2! - i.mid1!, i.mid2!),
    overMin: (i) => pc(i.mid2! - i.mid1!, i.min1!),
    maxima: (i) => pc(i.max2! - i.max1!, i.max1!),
    ratio: (i) => pc(i.mid2!, i.mid1!),
    minima: (i) => {
      const m2 = rangeMin(i.mid2!, 5000)
      return pc(m2 - i.min1!, i.min1!)
    },
    overSum: (i) => pc(i.mid2! - i.mid1!, i.mid1! + i.mid2!),
  },
  'merit-matrix-increase': (() => {
    // The matrix the stem prints, in basis points: rows exceeds, meets, partly meets.
    const M = [
      [600, 500, 350],
      [450, 350, 200],
      [200, 100, 0],
    ]
    const at = (i: In, r: number, c: number) => $(B(i.s!) + hu(B(i.s!) * B(M[r]![c]!), 10000n))
    return {
      key: (i) => at(i, i.row!, i.col!),
      rowBelow: (i) => at(i, i.row! + 1, i.col!),
      rowAbove: (i) => at(i, i.row! - 1, i.col!),
      bandLeft: (i) => at(i, i.row!, i.col! - 1),
      bandRight: (i) => at(i, i.row!, i.col! + 1),
      onMidpoint: (i) => $(B(i.s!) + hu(B(i.mid!) * B(M[i.row!]![i.col!]!), 10000n)),
      noIncrease: (i) => i.s! / 100,
      bandsReversed: (i) => at(i, i.row!, 2 - i.col!),
    } satisfies Twins
  })(),
  'merit-over-range-maximum-as-lump-sum': (() => {
    const raised = (i: In) => B(i.s!) + hu(B(i.s!) * B(i.p!), 10000n)
    return {
      key: (i) => $(raised(i) - B(i.max!)),
      fullIncrease: (i) => $(raised(i) - B(i.s!)),
      baseRoom: (i) => $(B(i.max! - i.s!)),
      onRoom: (i) => $(hu(B(i.max! - i.s!) * B(i.p!), 10000n)),
      twice: (i) => $(2n * (raised(i) - B(i.max!))),
      percentOfExcess: (i) => $(hu((raised(i) - B(i.max!)) * B(i.p!), 10000n)),
      nothing: () => 0,
    } satisfies Twins
  })(),
  'pro-rated-salary-for-a-part-month': (() => {
    const first = (i: In) => Date.UTC(2026, i.m!, 1)
    const dim = (i: In) => new Date(Date.UTC(2026, i.m! + 1, 0)).getUTCDate()
    const work = (i: In, from: number) => {
      let n = 0
      for (let d = from; d <= dim(i); d++) if (isWork(plus(first(i), d - 1))) n++
      return n
    }
    return {
      key: (i) => mc(i.monthly!, work(i, i.j!), work(i, 1)),
      calendar: (i) => mc(i.monthly!, dim(i) - i.j! + 1, dim(i)),
      thirty: (i) => mc(i.monthly!, dim(i) - i.j! + 1, 30),
      average: (i) => mc(i.monthly!, 12 * work(i, i.j!), 260),
      daysGone: (i) => mc(i.monthly!, work(i, 1) - work(i, i.j!), work(i, 1)),
    } satisfies Twins
  })(),
  'part-time-pro-rated-salary': {
    key: (i) => mc(i.s! * 2, i.d! * i.e!, i.ft! * 2),
    byDays: (i) => mc(i.s!, i.d!, 5),
    fortyHours: (i) => mc(i.s! * 2, i.d! * i.e!, i.ft! === 40 ? 75 : 80),
    half: (i) => mc(i.s!, 1, 2),
    daysOfEight: (i) => mc(i.s! * 2, i.d! * 8, i.ft! * 2),
  },
  'group-compa-ratio': (() => {
    const s = (i: In) => list(i, 's')
    const m = (i: In) => list(i, 'm')
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
    const mins = (i: In) => m(i).map((x) => rangeMin(x, 5000))
    const ratios = (i: In) => s(i).map((x, k) => x / m(i)[k]!)
    return {
      key: (i) => pc(sum(s(i)), sum(m(i))),
      meanOfRatios: (i) => (100 * sum(ratios(i))) / i.n!,
      medianRatio: (i) => 100 * med(ratios(i)),
      byMinima: (i) => pc(sum(s(i)), sum(mins(i))),
      byTopMid: (i) => pc(sum(s(i)), i.n! * Math.max(...m(i))),
      byMaxima: (i) => pc(sum(s(i)), sum(m(i).map((x, k) => 2 * x - mins(i)[k]!))),
      byLowMid: (i) => pc(sum(s(i)), i.n! * Math.min(...m(i))),
    } satisfies Twins
  })(),
  'merit-budget-as-a-share-of-payroll': (() => {
    const s = (i: In) => list(i, 's')
    const p = (i: In) => list(i, 'p')
    const inc = (i: In) => s(i).reduce((a, x, k) => a + Number(hu(B(x) * B(p(i)[k]!), 10000n)), 0)
    const tot = (i: In) => s(i).reduce((a, b) => a + b, 0)
    return {
      key: (i) => pc(inc(i), tot(i)),
      meanPct: (i) => p(i).reduce((a, b) => a + b, 0) / 400,
      ofNewPayroll: (i) => pc(inc(i), tot(i) + inc(i)),
      medianPct: (i) => med(p(i)) / 100,
      maxPct: (i) => Math.max(...p(i)) / 100,
    } satisfies Twins
  })(),
  'hourly-rate-to-annual-salary': {
    key: (i) => (i.r! * 40 * 52) / 100,
    twoThousand: (i) => (i.r! * 2000) / 100,
    thirtySevenHalf: (i) => (i.r! * 37.5 * 52) / 100,
    weekdays: (i) => (i.r! * 8 * 261) / 100,
    monthly: (i) => (i.r! * 40 * 48) / 100,
  },
  'promotion-to-the-new-grade-minimum': (() => {
    const inc = (i: In) => hu(B(i.s!) * B(i.p!), 10000n)
    return {
      key: (i) => Math.max(Number(B(i.s!) + inc(i)), i.min!) / 100,
      percentOnly: (i) => $(B(i.s!) + inc(i)),
      minPlusPercent: (i) => $(B(i.min!) + inc(i)),
      percentOfMin: (i) => $(B(i.min!) + hu(B(i.min!) * B(i.p!), 10000n)),
      halfway: (i) => $(hu(B(i.s!) + inc(i) + B(i.min!), 2n)),
      unchanged: (i) => i.s! / 100,
      toMidpoint: (i) => i.mid! / 100,
    } satisfies Twins
  })(),
  'cost-of-living-then-merit': (() => {
    const first = (i: In) => B(i.s!) + hu(B(i.s!) * B(i.a!), 10000n)
    return {
      key: (i) => $(first(i) + hu(first(i) * B(i.b!), 10000n)),
      added: (i) => $(B(i.s!) + hu(B(i.s!) * B(i.a! + i.b!), 10000n)),
      meritOnly: (i) => $(B(i.s!) + hu(B(i.s!) * B(i.b!), 10000n)),
      meritOnMid: (i) => $(first(i) + hu(B(i.mid!) * B(i.b!), 10000n)),
      colaTwice: (i) => $(first(i) + hu(first(i) * B(i.a! + i.b!), 10000n)),
    } satisfies Twins
  })(),
  'uk-gender-pay-gap-mean': {
    // M and F are the five rates' sums, mm and mf the medians.
    key: (i) => pc(i.M! - i.F!, i.M!),
    overWomen: (i) => pc(i.M! - i.F!, i.F!),
    median: (i) => pc(i.mm! - i.mf!, i.mm!),
    overAll: (i) => pc(2 * (i.M! - i.F!), i.M! + i.F!),
    ratio: (i) => pc(i.F!, i.M!),
  },
  'uk-gender-pay-gap-median': {
    key: (i) => pc(i.M! - i.F!, i.M!),
    overWomen: (i) => pc(i.M! - i.F!, i.F!),
    mean: (i) => pc(i.sm! / 5 - i.sf! / 6, i.sm! / 5),
    lowerMiddle: (i) => pc(i.M! - i.lf!, i.M!),
    ratio: (i) => pc(i.F!, i.M!),
  },
  'market-adjustment-to-a-target-compa-ratio': (() => {
    const target = (i: In) => Number(hu(B(i.mid!) * B(i.t!), 100n))
    return {
      key: (i) => pc(target(i) - i.s!, i.s!),
      overMid: (i) => pc(target(i) - i.s!, i.mid!),
      points: (i) => i.t! - pc(i.s!, i.mid!),
      toMidpoint: (i) => pc(i.mid! - i.s!, i.s!),
      overTarget: (i) => pc(target(i) - i.s!, target(i)),
      toMax: (i) => pc(Number(hu(B(i.mid!) * 6n, 5n)) - i.s!, i.s!),
      toMidOverMid: (i) => pc(i.mid! - i.s!, i.mid!),
    } satisfies Twins
  })(),
  'uk-statutory-notice-from-the-employer': {
    key: (i) => Math.min(i.y!, 12),
    roundsUp: (i) => Math.min(i.y! + 1, 12),
    uncapped: (i) => i.y!,
    employees: () => 1,
    redundancyRate: (i) => Math.floor((3 * i.y!) / 2),
    monthPerYear: (i) => Math.max(4, Math.round((i.y! * 433) / 100)),
  },
  'uk-statutory-redundancy-pay': (() => {
    const CAP = 71900n
    // Half-weeks for the year that ended k years before dismissal, the employee aged a − k in it.
    const halves = (a: number, k: number) => (a - k >= 41 ? 3n : a - k >= 22 ? 2n : 1n)
    const total = (a: number, ks: number[]) => ks.reduce((s, k) => s + halves(a, k), 0n)
    const years = (from: number, to: number) =>
      Array.from({ length: Math.max(0, to - from + 1) }, (_, x) => from + x)
    const counted = (i: In) => years(1, Math.min(i.n!, 20))
    const pay = (h: bigint, wk: bigint) => $(hu(h * wk, 2n))
    return {
      key: (i) => pay(total(i.a!, counted(i)), CAP),
      uncapped: (i) => pay(total(i.a!, counted(i)), B(i.w!)),
      oneWeekEach: (i) => pay(2n * B(Math.min(i.n!, 20)), CAP),
      allYears: (i) => pay(total(i.a!, years(1, i.n!)), CAP),
      ageNow: (i) => pay(B(Math.min(i.n!, 20)) * (i.a! >= 41 ? 3n : i.a! >= 22 ? 2n : 1n), CAP),
      allAtTop: (i) => pay(3n * B(Math.min(i.n!, 20)), CAP),
      earliestYears: (i) => pay(total(i.a!, years(Math.max(1, i.n! - 19), i.n!)), CAP),
    } satisfies Twins
  })(),
  'i9-section-2-deadline': {
    key: (i) => usDate(plusWork(i.first!, 3)),
    calendar: (i) => usDate(plus(i.first!, 3)),
    sameDay: (i) => usDate(i.first!),
    countsFirst: (i) => usDate(plusWork(i.first!, 2)),
    week: (i) => usDate(plus(i.first!, 7)),
    fiveDays: (i) => usDate(plusWork(i.first!, 5)),
    saturday: (i) => {
      let t = i.first!
      for (let n = 0; n < 3; ) {
        t = plus(t, 1)
        if (new Date(t).getUTCDay() !== 0) n++
      }
      return usDate(t)
    },
    endOfWeek: (i) => usDate(plus(i.first!, 5 - new Date(i.first!).getUTCDay())),
  },
  'i9-retention-date': {
    key: (i) => usDate(Math.max(plusYears(i.hire!, 3), plusYears(i.end!, 1))),
    earlier: (i) => usDate(Math.min(plusYears(i.hire!, 3), plusYears(i.end!, 1))),
    threeAfterEnd: (i) => usDate(plusYears(i.end!, 3)),
    oneAfterEnd: (i) => usDate(plusYears(i.end!, 1)),
    threeAfterHire: (i) => usDate(plusYears(i.hire!, 3)),
    oneAfterHire: (i) => usDate(plusYears(i.hire!, 1)),
  },
  'eeoc-charge-filing-deadline': {
    key: (i) => usDate(plus(i.act!, i.fepa ? 300 : 180)),
    otherPeriod: (i) => usDate(plus(i.act!, i.fepa ? 180 : 300)),
    ninety: (i) => usDate(plus(i.act!, 90)),
    year: (i) => usDate(plusYears(i.act!, 1)),
    twoYears: (i) => usDate(plusYears(i.act!, 2)),
  },
  'uk-postponed-disciplinary-hearing': {
    key: (i) => gbDate(plusWork(i.proposed!, 5)),
    calendar: (i) => gbDate(plus(i.proposed!, 5)),
    tenCalendar: (i) => gbDate(plus(i.proposed!, 10)),
    ten: (i) => gbDate(plusWork(i.proposed!, 10)),
    three: (i) => gbDate(plusWork(i.proposed!, 3)),
  },
  'cobra-employer-notice-deadline': {
    key: (i) => usDate(plus(i.ev!, 30)),
    fourteen: (i) => usDate(plus(i.ev!, 14)),
    combined: (i) => usDate(plus(i.ev!, 44)),
    election: (i) => usDate(plus(i.ev!, 60)),
    fortyFive: (i) => usDate(plus(i.ev!, 45)),
  },
  'warn-act-notice-date': {
    key: (i) => usDate(plus(i.close!, -60)),
    thirty: (i) => usDate(plus(i.close!, -30)),
    ninety: (i) => usDate(plus(i.close!, -90)),
    fourteen: (i) => usDate(plus(i.close!, -14)),
    fortyFive: (i) => usDate(plus(i.close!, -45)),
  },
  'owbpa-waiver-consideration-period': {
    key: (i) => usDate(plus(i.given!, i.group ? 45 : 21)),
    other: (i) => usDate(plus(i.given!, i.group ? 21 : 45)),
    revocation: (i) => usDate(plus(i.given!, 7)),
    both: (i) => usDate(plus(i.given!, (i.group ? 45 : 21) + 7)),
    fourteen: (i) => usDate(plus(i.given!, 14)),
  },
  'uk-notice-end-date': {
    key: (i) => gbDate(plus(i.given!, 7 * Math.min(i.y!, 12))),
    roundsUp: (i) => gbDate(plus(i.given!, 7 * Math.min(i.y! + 1, 12))),
    employees: (i) => gbDate(plus(i.given!, 7)),
    maximum: (i) => gbDate(plus(i.given!, 84)),
    uncapped: (i) => gbDate(plus(i.given!, 7 * i.y!)),
    redundancy: (i) => gbDate(plus(i.given!, 7 * Math.min(Math.floor((3 * i.y!) / 2), 12))),
  },
}
