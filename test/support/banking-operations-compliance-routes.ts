import { add, at0, at2, type R, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { pct2 } from './written-half-up.js'

/*
 * Compliance families worked again from each draw's cents, counts and dates: amounts are summed
 * as BigInt rationals, dates stepped one calendar day at a time on a JavaScript Date and written
 * by the platform's own US English date format, never through the families' helpers.
 */

const ct = (x: number): R => r(x, 100)
const net = (...xs: readonly number[]): R => add(r(0), ...xs.map(ct))
const MS = 86_400_000
const at = (day: number) => new Date(day * MS)
/** A date as the options write it, by the platform: `March 24, 2026`. */
const us = (d: Date) =>
  d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * MS)
/** `n` Monday-to-Friday days after `d`. */
const plusWeekdays = (d: Date, n: number) => {
  let t = d
  let left = n
  while (left > 0) {
    t = plusDays(t, 1)
    const w = t.getUTCDay()
    if (w !== 0 && w !== 6) left--
  }
  return t
}
const plusYears = (d: Date, n: number) =>
  new Date(Date.UTC(d.getUTCFullYear() + n, d.getUTCMonth(), d.getUTCDate()))
const dates = (...ds: readonly Date[]) => ({ key: us(ds[0]!), wrong: ds.slice(1).map(us) })
const years = (...ys: readonly number[]) => ({ key: String(ys[0]), wrong: ys.slice(1).map(String) })
const count = (...ns: readonly number[]) => at0(...ns.map((x) => r(x)))

/** Compliance families worked again from each draw's figures. */
export const COMPLIANCE_ROUTES: Readonly<Record<string, Route>> = {
  'ctr-cash-in-aggregated-for-one-person': (f) => {
    const [d1, d2, lp, cc, ag, ck, w, wd, nx] = figuresOf(
      f,
      'd1',
      'd2',
      'lp',
      'cc',
      'ag',
      'ck',
      'w',
      'wd',
      'nx',
    )
    const cash = [d1, d2, lp, cc, ag]
    return at2(
      net(...cash),
      net(...cash, ck),
      net(...cash, w),
      net(...cash, nx),
      net(d1, d2, lp, cc),
      net(...cash, -wd),
      net(d1, d2, ag),
    )
  },
  'ctr-cash-out-aggregated-for-one-person': (f) => {
    const [w1, ch, ca, dp, ow, oc, y] = figuresOf(f, 'w1', 'ch', 'ca', 'dp', 'ow', 'oc', 'y')
    return at2(
      net(w1, ch, ca),
      net(w1, ch, ca, ow),
      net(w1, ch, ca, oc),
      net(w1, ch, ca, y),
      net(w1, ch, ca, -dp),
      net(w1, ca),
      net(w1, ch),
    )
  },
  'ctr-business-day-cut-off': (f) => {
    const [a, b, cc, d, e, ff] = figuresOf(f, 'a', 'b', 'cc', 'd', 'e', 'ff')
    // Minutes after midnight, Monday 0–1439, Tuesday 1440–2879; a business day [cut, cut + 1 day).
    const items: [number, number][] = [
      [a, 615],
      [b, 930],
      [cc, 1440 + 665],
      [d, 1440 + 839],
      [e, 1440 + 840],
      [ff, 1440 + 1005],
    ]
    const day = (from: number, to: number) =>
      net(...items.filter(([, m]) => m >= from && m < to).map(([x]) => x))
    return at2(
      day(840, 1440 + 840),
      day(840, 1440 + 841),
      add(day(840, 1440 + 840), ct(a)),
      add(day(840, 1440 + 840), net(e, ff)),
      day(1440, 1440 + 840),
      day(840, 1440 + 720),
      day(1440, 2880),
    )
  },
  'ctr-filing-deadline': (f) => {
    const [t] = figuresOf(f, 't')
    const d = at(t)
    let next = plusDays(d, 1)
    while (next.getUTCDay() === 0 || next.getUTCDay() === 6) next = plusDays(next, 1)
    return dates(
      plusDays(d, 15),
      plusDays(d, 14),
      plusDays(d, 10),
      plusWeekdays(d, 15),
      plusDays(d, 30),
      plusDays(next, 15),
    )
  },
  'reg-e-liability-reported-after-two-business-days': (f) => {
    const [A1, A2] = figuresOf(f, 'A1', 'A2')
    const liability = ct(Math.min(50000, Math.min(A1, 5000) + A2))
    return at2(liability, r(500), net(A1, A2), net(A1, A2, -5000), r(50), ct(A2), ct(A1))
  },
  'reg-e-liability-after-the-60-day-window': (f) => {
    const [s1, s2, w1, a1, a2] = figuresOf(f, 's1', 's2', 'w1', 'a1', 'a2')
    // January 5 + 60 days is March 6, 2026; debits after it and before April 2 are the customer's.
    const close = Date.UTC(2026, 0, 5) + 60 * MS
    const debits: [number, number][] = [
      [w1, Date.UTC(2026, 1, 20)],
      [a1, Date.UTC(2026, 2, 12)],
      [a2, Date.UTC(2026, 2, 30)],
    ]
    const late = net(...debits.filter(([, t]) => t > close).map(([x]) => x))
    return at2(
      late,
      net(w1, a1, a2),
      net(s1, s2, w1, a1, a2),
      add(late, net(s1, s2)),
      r(500),
      r(50),
      add(late, r(50)),
      sub(late, r(50)),
    )
  },
  'reg-e-provisional-credit-deadline': (f) => {
    const [t] = figuresOf(f, 't')
    const d = at(t)
    return dates(
      plusWeekdays(d, 10),
      plusDays(d, 10),
      plusWeekdays(d, 9),
      plusWeekdays(d, 5),
      plusWeekdays(d, 20),
      plusDays(d, 45),
      plusWeekdays(d, 11),
    )
  },
  'reg-e-investigation-deadline-for-a-pos-error': (f) => {
    const [t] = figuresOf(f, 't')
    const d = at(t)
    return dates(
      plusDays(d, 90),
      plusDays(d, 45),
      plusDays(d, 60),
      plusDays(d, 89),
      plusWeekdays(d, 90),
      plusDays(d, 105),
      plusDays(plusWeekdays(d, 10), 90),
    )
  },
  'reg-e-notice-of-error-window': (f) => {
    const [t] = figuresOf(f, 't')
    const d = at(t)
    const monthEnd = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - MS)
    return dates(
      plusDays(d, 60),
      plusDays(d, 30),
      plusDays(d, 45),
      plusDays(d, 59),
      plusDays(d, 90),
      plusWeekdays(d, 60),
      plusDays(monthEnd, 60),
    )
  },
  'nacha-unauthorized-return-rate': (f) => {
    const [N, cr, r05, r10, r11, r01, r03] = figuresOf(
      f,
      'N',
      'cr',
      'r05',
      'r10',
      'r11',
      'r01',
      'r03',
    )
    const u = r05 + r10 + r11
    return pct2(
      r(u, N),
      r(u + r03, N),
      r(u + r01, N),
      r(u + r03, N - r01),
      r(u, N + cr),
      r(r10, N),
      r(r05 + r10, N),
    )
  },
  'nacha-administrative-returns-over-threshold': (f) => {
    const [N, cr, r02, r03, r04, r01] = figuresOf(f, 'N', 'cr', 'r02', 'r03', 'r04', 'r01')
    const over = (returns: number, entries: number, pctTimes10: number) =>
      returns - (entries * pctTimes10) / 1000
    return count(
      over(r02 + r03 + r04, N, 30),
      over(r01 + r02 + r03 + r04, N, 30),
      over(r02 + r03 + r04, N, 5),
      over(r02 + r03 + r04, N, 0),
      over(r03 + r04, N, 30),
      over(r02 + r03, N, 30),
      over(r02 + r03 + r04, N + cr, 30),
    )
  },
  'nacha-overall-return-rate': (f) => {
    const [N, cr, r01, r02, r10, rckN, rck] = figuresOf(
      f,
      'N',
      'cr',
      'r01',
      'r02',
      'r10',
      'rckN',
      'rck',
    )
    const all = r01 + r02 + r10
    // RCK entries and their returns are out of the overall rate altogether.
    const rest = N - rckN
    return pct2(
      r(all, rest),
      r(all, N),
      r(all + rck, N),
      r(all + rck, rest),
      r(all, rest + cr),
      r(all, rest - all),
      r(r01 + r02, rest),
    )
  },
  'funds-transfer-recordkeeping-total': (f) => {
    const [w1, w2, w3, w4, w5, bk] = figuresOf(f, 'w1', 'w2', 'w3', 'w4', 'w5', 'bk')
    const wires = [w1, w2, w3, w4, w5]
    const from = (cents: number, strict: boolean) =>
      net(...wires.filter((x) => (strict ? x > cents : x >= cents)))
    return at2(
      from(300000, false),
      add(from(300000, false), ct(bk)),
      from(299999, false),
      from(0, false),
      from(300000, true),
      from(1000000, true),
      sub(from(300000, false), from(1000000, true)),
    )
  },
  'monetary-instrument-log-total': (f) => {
    const [m1, m2, c3, acct, big, small, at10] = figuresOf(
      f,
      'm1',
      'm2',
      'c3',
      'acct',
      'big',
      'small',
      'at10',
    )
    // One customer's currency purchases of the day, each group summed, logged when within range.
    const groups = [[m1, m2], [c3], [big], [small], [at10]]
    const log = (lo: number, hi: number, together: boolean, extra: number[] = []) =>
      net(
        ...(together ? groups.map((g) => g.reduce((x, y) => x + y, 0)) : groups.flat()).filter(
          (x) => x >= lo && x <= hi,
        ),
        ...extra,
      )
    return at2(
      log(300000, 1000000, true),
      log(300000, 1000000, true, [acct]),
      log(300000, 1000000, true, [big]),
      log(300000, 1000000, true, [small]),
      log(300000, 1000000, false),
      log(300000, 999999, true),
      log(300000, 999999, false),
    )
  },
  'ctr-record-retention-date': (f) => {
    const [t, lag] = figuresOf(f, 't', 'lag')
    const filed = plusDays(at(t), lag)
    const y = filed.getUTCFullYear()
    return dates(
      plusYears(filed, 5),
      plusYears(at(t), 5),
      plusYears(filed, 3),
      new Date(Date.UTC(y + 4, 11, 31)),
      plusYears(filed, 7),
      new Date(Date.UTC(y + 6, 0, 1)),
      plusYears(filed, 10),
    )
  },
  'dormant-account-escheat-report-year': (f) => {
    const [y0, m0, yi] = figuresOf(f, 'y0', 'm0', 'yi')
    /** The first November 1 report for an account presumed abandoned `n` years after (y, m). */
    const report = (y: number, m: number, n: number) => (m <= 6 ? y + n : y + n + 1)
    return years(
      report(y0, m0, 3),
      report(yi + 2, 12, 3),
      report(y0, m0, 5),
      m0 <= 6 ? y0 + 4 : y0 + 3,
      report(yi, 1, 3),
      report(y0, m0, 2),
    )
  },
  'nacha-unauthorized-returns-over-threshold': (f) => {
    const [N, cr, r03, r05, r10, r11, r01] = figuresOf(
      f,
      'N',
      'cr',
      'r03',
      'r05',
      'r10',
      'r11',
      'r01',
    )
    const over = (returns: number, entries: number) => returns - entries / 200
    const u = r05 + r10 + r11
    return count(
      over(u, N),
      over(u + r01, N),
      u,
      over(u + r03, N),
      over(u - r05, N),
      over(u - r11, N),
      over(u, N + cr),
    )
  },
}
