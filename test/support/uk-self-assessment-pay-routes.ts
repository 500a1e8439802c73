import { add, at2, mul, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { hi, lo, pc } from './uk-self-assessment-second-working.js'

const half = (x: number) => r(x, 2)
const DAY = 86_400_000
/** Whole days from the UTC date `from` to `to`. */
const between = (from: number, to: number) => Math.round((to - from) / DAY)

/** Payments, penalties and interest worked again from each draw's liabilities and dates. */
export const PAY_ROUTES: Readonly<Record<string, Route>> = {
  'balancing-payment-and-first-payment-on-account': (f) => {
    const [l, l0] = figuresOf(f, 'l', 'l0')
    const balance = r(l - l0)
    return at2(
      add(balance, half(l)),
      balance,
      add(r(l), half(l)),
      add(balance, half(l0)),
      add(balance, r(l)),
      add(sub(r(l), half(l0)), half(l)),
      half(l),
    )
  },
  'payment-on-account-leaves-out-the-student-loan': (f) => {
    const [i, c, s] = figuresOf(f, 'i', 'c', 's')
    return at2(
      half(i + c),
      half(i + c + s),
      half(i),
      r(i + c),
      half(i + s),
      r(i + c, 4),
      half(i + c - s),
      r(i + c + s),
    )
  },
  'payment-on-account-after-tax-at-source': (f) => {
    const [i, c, x, d] = figuresOf(f, 'i', 'c', 'x', 'd')
    return at2(
      half(i + c - x - d),
      half(i - x - d),
      half(i + c),
      r(i + c - x - d),
      sub(half(i + c - d), r(x)),
      half(i + c - x),
      sub(half(i + c - x), r(d)),
    )
  },
  'daily-late-filing-penalties': (f) => {
    const [n] = figuresOf(f, 'n')
    // Days from 1 February 2027 to the end of the days outstanding after 30 April.
    const fromDeadline = between(Date.UTC(2027, 0, 31), Date.UTC(2027, 3, 30)) + n
    return at2(
      r(100 + 10 * Math.min(90, n)),
      r(10 * n),
      r(100),
      r(100 + 10 * Math.min(90, fromDeadline)),
      r(100 + 10 * fromDeadline),
      r(100 + 10 * Math.max(0, n - 30)),
      r(100 + 10 * n + 300),
    )
  },
  'six-month-late-filing-penalty': (f) => {
    const [td] = figuresOf(f, 'td')
    const five = pc(td, 5)
    const six = hi(five, r(300))
    const daily = r(100 + 900)
    return at2(
      add(daily, six),
      add(daily, lo(five, r(300))),
      daily,
      add(r(100), six),
      add(daily, six, six),
      add(daily, pc(td, 10)),
    )
  },
  'late-payment-penalties': (f) => {
    const [u, q] = figuresOf(f, 'u', 'q')
    return at2(
      add(pc(u, 5), pc(u - q, 5)),
      pc(u, 5),
      pc(u, 10),
      pc(u - q, 5),
      pc(u, 15),
      add(pc(u, 5), pc(q, 5)),
    )
  },
  'late-payment-interest': (f) => {
    const [u, d, b] = figuresOf(f, 'u', 'd', 'b')
    const yearly = (bp: number) => pc(u, bp, 10000)
    const rate = b + 400
    return at2(
      mul(yearly(rate), r(d, 365)),
      mul(yearly(b), r(d, 365)),
      mul(yearly(rate), r(d, 360)),
      mul(yearly(400), r(d, 365)),
      yearly(rate),
      mul(yearly(rate), r(Math.ceil(d / 30), 12)),
    )
  },
  'shortfall-after-reducing-payments-on-account': (f) => {
    const [l, e, a] = figuresOf(f, 'l', 'e', 'a')
    const should = lo(half(a), half(l))
    return at2(
      sub(should, half(e)),
      sub(half(a), half(e)),
      sub(r(l), half(e)),
      r(a - e),
      half(a - l),
    )
  },
  'first-year-of-self-employment-cash-flow': (f) => {
    const [l, x, s] = figuresOf(f, 'l', 'x', 's')
    const due = l - x
    return at2(
      add(r(due + s), half(due)),
      r(due + s),
      mul(r(due), r(3, 2)),
      half(due),
      add(r(due + s), half(due + s)),
      r(2 * due + s),
      add(r(due + s), half(l)),
      add(r(l + s), half(l)),
    )
  },
  'overpaid-payments-on-account': (f) => {
    const [p, l, c, s] = figuresOf(f, 'p', 'l', 'c', 's')
    const balance = r(l + s - 2 * p)
    return at2(
      add(balance, half(l)),
      sub(half(l), r(2 * p - l)),
      balance,
      add(balance, half(l - c)),
      add(r(s), half(l)),
      add(balance, r(p)),
      add(balance, half(l + s)),
    )
  },
  'careless-inaccuracy-penalty': (f) => {
    const [plr, d, min] = figuresOf(f, 'plr', 'd', 'min')
    const within = (top: number, floor: number) =>
      sub(r(top, 100), mul(r(top - floor, 100), r(d, 100)))
    return at2(
      mul(r(plr), within(30, min)),
      pc(plr, 30),
      mul(r(plr), within(30, 0)),
      pc(plr, min),
      mul(r(plr), add(r(min, 100), mul(r(30 - min, 100), r(d, 100)))),
      mul(r(plr), within(70, min)),
    )
  },
  'balancing-payment-with-a-student-loan': (f) => {
    const [i, c, s, m] = figuresOf(f, 'i', 'c', 's', 'm')
    const poa = half(i + c)
    return at2(
      add(r(i + c + s - 2 * m), poa),
      add(r(i + c - 2 * m), poa),
      add(r(i + c + s - 2 * m), half(i + c + s)),
      r(i + c + s - 2 * m),
      add(r(i + c + s - m), poa),
      add(r(i + c + s), poa),
      r(2 * (i + c) + s - 2 * m),
      r(i + c + s - m),
      add(r(i + c + s - 2 * m), half(i)),
    )
  },
  'twelve-month-late-filing-penalties': (f) => {
    const [td] = figuresOf(f, 'td')
    const step = hi(pc(td, 5), r(300))
    return at2(
      add(r(1000), step, step),
      add(r(1000), step),
      add(r(100), step, step),
      add(r(1000), mul(r(2), lo(pc(td, 5), r(300)))),
      r(1000),
      add(r(1000), mul(r(2), hi(pc(td, 10), r(300)))),
      add(r(1000), step, step, pc(td, 15)),
      add(r(1000), mul(r(2), add(pc(td, 5), r(300)))),
    )
  },
  'no-payments-on-account-under-a-thousand': (f) => {
    const [d, m, t] = figuresOf(f, 'd', 'm', 't')
    return at2(r(d - 2 * m), add(r(d - 2 * m), half(d)), r(d), r(d - m), r(d - t - 2 * m))
  },
  'interest-on-a-late-payment-on-account': (f) => {
    const [p, k, day, b] = figuresOf(f, 'p', 'k', 'day', 'b')
    const paid = Date.UTC(2026, 7 + k, day)
    const late = between(Date.UTC(2026, 6, 31), paid)
    const fromJanuary = between(Date.UTC(2026, 0, 31), paid)
    const yearly = (bp: number) => pc(p, bp, 10000)
    return at2(
      mul(yearly(b + 400), r(late, 365)),
      mul(yearly(b + 400), r(fromJanuary, 365)),
      mul(yearly(b + 400), r(late, 360)),
      mul(yearly(b), r(late, 365)),
      mul(yearly(b + 400), r(k + 1, 12)),
    )
  },
}
