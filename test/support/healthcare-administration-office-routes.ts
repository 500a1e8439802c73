import {
  add,
  at0,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Scheduling, records and compliance worked again from each draw: minutes and counts as whole
 * numbers, rates as exact ratios, dates as day numbers turned into calendar dates and back by
 * the civil-calendar arithmetic of H. Hinnant (no Date objects), weekdays from the day number.
 */

const c = (x: number): R => r(x, 100)
const d = (x: number): R => r(x)
const down = (x: R): number => Number(x[0] / x[1])

function daysFromCivil(y0: number, m: number, dd: number): number {
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + dd - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}
function yearOf(day: number): number {
  const z = day + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  return yoe + era * 400 + (mp >= 10 ? 1 : 0)
}
/** The `k`th weekday after `day` (day 0, 1970-01-01, was a Thursday). */
function weekdaysOn(day: number, k: number): number {
  let t = day
  let left = k
  while (left > 0) {
    t += 1
    const w = (((t + 4) % 7) + 7) % 7
    if (w !== 0 && w !== 6) left -= 1
  }
  return t
}
const count = (...xs: readonly number[]) => at0(...xs.map((x) => d(x)))

/** Scheduling, records and compliance worked again from each draw's template, counts and dates. */
export const OFFICE_ROUTES: Readonly<Record<string, Route>> = {
  'weekly-visit-capacity-from-the-template': (f) => {
    const [s, T, h, b, a, nn, Ln, Lf] = figuresOf(f, 's', 'T', 'h', 'b', 'a', 'nn', 'Ln', 'Lf')
    /** Slots of one session: new-patient slots plus whole follow-up slots in what is left. */
    const session = (minutes: number, newLen: number, withNew = true) =>
      (withNew ? nn : 0) + Math.floor((minutes - nn * newLen) / Lf)
    const plain = s - a
    const total = (huddle: number, block: number, blocked: number, newLen = Ln) =>
      (s - blocked) * session(T - huddle, newLen) + blocked * session(T - huddle - block, newLen)
    return count(
      total(h, b, a),
      total(h, b, s),
      plain * session(T - h, Ln, false) + a * session(T - h - b, Ln, false),
      plain * Math.floor((T - h) / Ln) + a * Math.floor((T - h - b) / Ln),
      total(0, b, a),
      total(h, b, a, Lf),
      total(h, 0, a),
    )
  },
  'no-show-rate-under-the-practice-definition': (f) => {
    const [S, C1, Cp, C2, N] = figuresOf(f, 'S', 'C1', 'Cp', 'C2', 'N')
    const missed = N + C2
    const base = S - C1 - Cp
    return pct2(
      r(missed, base),
      r(missed, S),
      r(N, base),
      r(missed, S - C1),
      r(missed + C1, S - Cp),
      r(missed, base - missed),
      r(missed + Cp, S - C1),
    )
  },
  'provider-utilisation-of-available-minutes': (f) => {
    const [s, T, h, Ln, Lf, nN, nF, nP, k] = figuresOf(
      f,
      's',
      'T',
      'h',
      'Ln',
      'Lf',
      'nN',
      'nF',
      'nP',
      'k',
    )
    const template = s * T
    const blocked = T + (s - 1) * h
    const open = template - blocked
    const booked = nN * Ln + nF * Lf + nP * 30
    const all = nN + nF + nP
    return pct2(
      r(booked, open),
      r(booked, template),
      r(booked - k * Lf, open),
      r(all * Lf, open),
      r(booked + blocked, template),
      r(booked, open - k * Lf),
      r(booked + k * Lf, open),
    )
  },
  'weekly-bookings-to-cover-no-shows': (f) => {
    const [Sq, Nq, sq, nq, lq, S, w] = figuresOf(f, 'Sq', 'Nq', 'sq', 'nq', 'lq', 'S', 'w')
    const slots = S * w
    /** Bookings b with b × (1 − q) ≤ slots: b ≤ slots × booked ÷ (booked − missed). */
    const cap = (missed: number, booked: number) => Math.floor((slots * booked) / (booked - missed))
    return count(
      cap(nq, sq),
      slots,
      down(mul(d(slots), r(sq - nq, sq))),
      down(mul(d(slots), r(sq + nq, sq))),
      Math.floor((slots * (sq - nq)) / (sq - 2 * nq)),
      cap(nq + lq, sq),
      cap(Nq, Sq),
    )
  },
  'right-of-access-days-left-after-one-extension': (f) => {
    const [W, R0, V, X, T] = figuresOf(f, 'W', 'R', 'V', 'X', 'T')
    const due = (from: number, allowed: number) => from + allowed - T
    return count(
      due(R0, 60),
      due(X, 30),
      due(W, 60),
      due(R0, 30),
      due(V, 60),
      due(R0, 90),
      weekdaysOn(R0, 60) - T,
    )
  },
  'breach-notice-days-left-after-a-business-associate-reports': (f) => {
    const [O, Bk, E, N, L, F, T] = figuresOf(f, 'O', 'Bk', 'E', 'N', 'L', 'F', 'T')
    const left = (from: number) => from + 60 - T
    return count(left(N), left(O), left(Bk), left(E), left(L), left(F), weekdaysOn(N, 60) - T)
  },
  'breach-residents-in-states-needing-media-notice': (f) => {
    const [H, J, S2, S4, S5, rH, rJ, r2, r3, r4, r5] = figuresOf(
      f,
      'H',
      'J',
      'S2',
      'S4',
      'S5',
      'rH',
      'rJ',
      'r2',
      'r3',
      'r4',
      'r5',
    )
    const rows = [
      [H, rH],
      [J, rJ],
      [S2, r2],
      [500, r3],
      [S4, r4],
      [S5, r5],
    ] as const
    const over = (limit: number, strict = true, col: 0 | 1 = 0, skipJ = false) =>
      rows.reduce(
        (t, row, i) =>
          (skipJ && i === 1) || !(strict ? row[col] > limit : row[col] >= limit) ? t : t + row[col],
        0,
      )
    return count(
      over(500),
      over(500, false),
      rows.reduce((t, [x]) => t + x, 0),
      over(500, true, 1),
      H,
      over(500, true, 0, true),
      over(1000),
    )
  },
  'small-breach-annual-report-days-left': (f) => {
    const [D, N, T] = figuresOf(f, 'D', 'N', 'T')
    const y = yearOf(D)
    const yearEnd = daysFromCivil(y, 12, 31)
    return count(
      yearEnd + 60 - T,
      D + 60 - T,
      N + 60 - T,
      yearEnd - T,
      weekdaysOn(yearEnd, 60) - T,
      daysFromCivil(y + 1, 12, 31) + 60 - T,
      daysFromCivil(y + 1, 6, 30) + 60 - T,
    )
  },
  'minor-patient-record-retention-end-year': (f) => {
    const [by, bm, bd, ly, lm, ld, N, M] = figuresOf(
      f,
      'by',
      'bm',
      'bd',
      'ly',
      'lm',
      'ld',
      'N',
      'M',
    )
    const adult = daysFromCivil(ly + N, lm, ld)
    const minor = daysFromCivil(by + 18 + M, bm, bd)
    const ends = yearOf(Math.max(adult, minor))
    const years = [ends, ly + N, by + 18, ly + M, by + 21 + M, by + 18 + N, by + 18 + M + N]
    return { key: String(years[0]), wrong: years.slice(1).map(String) }
  },
  'third-party-copy-fee-under-the-state-schedule': (f) => {
    const [Rf, a, b, cc, X, P, post] = figuresOf(f, 'Rf', 'a', 'b', 'c', 'X', 'P', 'post')
    const pages = (first: number, mid: number, rest: number) =>
      Math.min(P, 20) * first + Math.max(0, Math.min(P, 60) - 20) * mid + Math.max(0, P - 60) * rest
    const fee = (x: number, withRetrieval = true, withPost = true) =>
      c(x + (withRetrieval ? Rf : 0) + (withPost ? post : 0))
    return at2(
      fee(pages(a, b, cc)),
      fee(P * a),
      fee(pages(a, b, cc) + X),
      fee(pages(a, b, b)),
      fee(pages(a, b, cc), false),
      fee(P * cc),
      fee(pages(a, b, cc), true, false),
    )
  },
  'patient-access-copy-fee-at-actual-cost': (f) => {
    const [mc, ms, W, P, sup, post, Rf, x] = figuresOf(
      f,
      'mc',
      'ms',
      'W',
      'P',
      'sup',
      'post',
      'Rf',
      'x',
    )
    const labor = (minutes: number) => div(mul(c(W), d(minutes)), d(60))
    const supplies = c(P * sup)
    const fee = add(labor(mc), supplies, c(post))
    return at2(
      fee,
      add(labor(mc + ms), supplies, c(post)),
      add(fee, c(Rf)),
      c(Rf + P * x + post),
      sub(fee, c(post)),
      sub(fee, supplies),
      add(supplies, c(post)),
    )
  },
  'staff-ftes-from-shift-schedules': (f) => {
    const [full, part] = figuresOf(f, 'full', 'part')
    const shifts = Array.from({ length: full + part }, (_, i) =>
      figuresOf(f, `d${i}`, `f${i}`, `t${i}`),
    )
    /** Hours a week: the shift less a half-hour lunch when it runs 6 hours or more. */
    const hours = (days: number, from: number, to: number, lunch = true) => {
      const h = (to - from) / 2
      return days * (lunch && h >= 6 ? h - 0.5 : h)
    }
    const paid = shifts.map(([dd, a, b]) => hours(dd, a, b))
    const total = paid.reduce((t, x) => t + x, 0)
    const fullPaid = paid.slice(0, full).reduce((t, x) => t + x, 0)
    const breaks = shifts.reduce((t, [dd]) => t + dd * 0.5, 0)
    const fte = (h: number, basis: R = d(40)) => div(r(Math.round(h * 2), 2), basis)
    return at2(
      fte(total),
      fte(shifts.reduce((t, [dd, a, b]) => t + hours(dd, a, b, false), 0)),
      d(full + part),
      fte(total, r(75, 2)),
      fte(fullPaid),
      add(d(full), r(part, 2)),
      fte(total - breaks),
    )
  },
  'support-staff-per-provider-fte': (f) => {
    const [np, staffN] = figuresOf(f, 'np', 'staffN')
    const sessions = Array.from({ length: np }, (_, i) => figuresOf(f, `s${i}`)[0])
    const hours = Array.from({ length: staffN }, (_, i) => figuresOf(f, `h${i}`)[0])
    const S = sessions.reduce((t, x) => t + x, 0)
    const H = hours.reduce((t, x) => t + x, 0)
    const fullH = hours.filter((x) => x >= 40).reduce((t, x) => t + x, 0)
    const per = (staff: R, providers: R) => div(staff, providers)
    return at2(
      per(r(H, 40), r(S, 9)),
      per(r(H, 40), d(np)),
      per(r(fullH, 40), r(S, 9)),
      per(r(H, 40), r(S, 8)),
      per(d(staffN), r(S, 9)),
      per(r(H, 40), r(S, 10)),
      per(r(H * 2, 75), r(S, 9)),
    )
  },
  'accounting-of-disclosures-count': (f) => {
    const [a1, a2, a3, b, e, o, g, h, t] = figuresOf(
      f,
      'a1',
      'a2',
      'a3',
      'b',
      'e',
      'o',
      'g',
      'h',
      't',
    )
    const listed = a1 + a2 + b + e + o
    return count(
      listed,
      listed + a3,
      listed + g,
      listed + h + t,
      b + e + o,
      a1 + a2 + o,
      listed - a2,
    )
  },
  'provider-panel-size-from-capacity': (f) => {
    const [dpw, slots, p, wOff, hol, Pu, Vt, Ab, Pr] = figuresOf(
      f,
      'dpw',
      'slots',
      'p',
      'wOff',
      'hol',
      'Pu',
      'Vt',
      'Ab',
      'Pr',
    )
    const perDay = (keptOnly = true) => mul(d(slots), keptOnly ? r(100 - p, 100) : d(1))
    const panel = (day: R, clinicDays: number, visits: number, patients: number) =>
      div(mul(day, d(clinicDays), d(patients)), d(visits))
    const year = dpw * 52 - dpw * wOff - hol
    return at0(
      panel(perDay(), year, Vt, Pu),
      panel(perDay(false), year, Vt, Pu),
      panel(perDay(), dpw * 52 - dpw * wOff, Vt, Pu),
      panel(perDay(), year, Vt, Pr),
      panel(perDay(), dpw * 52 - dpw * wOff - dpw * hol, Vt, Pu),
      panel(perDay(), year, Ab, Pu),
      panel(perDay(), dpw * 52 - 5 * wOff - hol, Vt, Pu),
    )
  },
  'front-desk-ftes-for-a-visit-ratio': (f) => {
    const [ratio, vw, vs, H1, H2, np] = figuresOf(f, 'ratio', 'vw', 'vs', 'H1', 'H2', 'np')
    const people = (visits: number) => Math.floor((visits + ratio - 1) / ratio)
    const week = (weekday: R, sat: R, satHours = H2) =>
      add(mul(weekday, d(5 * H1)), mul(sat, d(satHours)))
    const staffed = week(d(people(vw)), d(people(vs)))
    const perFte = (basis: R) => sub(basis, mul(basis, r(np, 100)))
    return at2(
      div(staffed, perFte(d(40))),
      div(week(r(vw, ratio), r(vs, ratio)), perFte(d(40))),
      div(staffed, d(40)),
      div(mul(staffed, r(100 + np, 100)), d(40)),
      div(week(d(people(vw)), d(people(vs)), H1), perFte(d(40))),
      div(week(d(people(vw)), d(people(vw))), perFte(d(40))),
      div(staffed, perFte(r(75, 2))),
    )
  },
  'superseded-policy-retention-days-left': (f) => {
    const [C, E, Rv, S, T] = figuresOf(f, 'C', 'E', 'Rv', 'S', 'T')
    const civil = (day: number): [number, number, number] => {
      const y = yearOf(day)
      let m = 1
      while (m < 12 && daysFromCivil(y, m + 1, 1) <= day) m += 1
      return [y, m, day - daysFromCivil(y, m, 1) + 1]
    }
    const after = (day: number, years: number) => {
      const [y, m, dd] = civil(day)
      return daysFromCivil(y + years, m, dd)
    }
    const last = S - 1
    return count(
      after(last, 6) + 1 - T,
      after(C, 6) + 1 - T,
      after(E, 6) + 1 - T,
      after(Rv, 6) + 1 - T,
      after(last, 7) + 1 - T,
      after(last, 10) + 1 - T,
      daysFromCivil(civil(last)[0] + 6, 12, 31) + 1 - T,
    )
  },
}
