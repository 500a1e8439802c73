import { figuresOf } from './drawn-figures.js'
import {
  add,
  c0,
  c2,
  cmp,
  div,
  mul,
  p2,
  pc,
  q,
  type R,
  type Route,
  r,
  sub,
  tp,
  up,
} from './pfp-second-working.js'

const ONE = r(1)
const FICA = r(765, 10000)

/** A draw's three-bracket schedule and the tax it charges on taxable income x. */
function bracketsOf(f: Readonly<Record<string, number | string>>) {
  const [t1, t2, r0, r1, r2] = figuresOf(f, 't1', 't2', 'r0', 'r1', 'r2')
  const tax = (x: R): R => {
    const part = (lo: number, hi: number | undefined, rate: number): R => {
      if (cmp(x, q(lo)) <= 0) return r(0)
      const capped = hi !== undefined && cmp(x, q(hi)) > 0 ? q(hi) : x
      return mul(sub(capped, q(lo)), pc(rate))
    }
    return add(part(0, t1, r0), part(t1, t2, r1), part(t2, undefined, r2))
  }
  const rateAt = (x: number) => (x < t1 ? r0 : x < t2 ? r1 : r2)
  return { t1, t2, r0, r1, r2, tax, rateAt }
}

/** Income tax in planning worked again from each draw's stated schedule, income and rates. */
export const TAX_ROUTES: Readonly<Record<string, Route>> = {
  'tax-under-progressive-brackets': (f) => {
    const s = bracketsOf(f)
    const [g, d] = figuresOf(f, 'g', 'd')
    const x = g - d
    return c2(
      s.tax(q(x)),
      q(x * s.r2, 100),
      s.tax(q(g)),
      q(s.t2 * s.r1 + (x - s.t2) * s.r2, 100),
      q(x * s.r0, 100),
      q((x - s.t2) * s.r2, 100),
      q(x * s.r1, 100),
    )
  },
  'effective-tax-rate': (f) => {
    const s = bracketsOf(f)
    const [g, d] = figuresOf(f, 'g', 'd')
    const x = g - d
    const t = s.tax(q(x))
    return p2(
      div(t, q(x)),
      pc(s.r2),
      div(t, q(g)),
      pc(s.r0),
      q(s.r0 + s.r1 + s.r2, 300),
      div(s.tax(q(g)), q(x)),
      div(s.tax(q(g)), q(g)),
    )
  },
  'raise-kept-across-a-bracket': (f) => {
    const s = bracketsOf(f)
    const [x, e] = figuresOf(f, 'x', 'e')
    const extra = sub(s.tax(q(x + e)), s.tax(q(x)))
    return c2(
      sub(q(e), extra),
      q(e * (100 - s.r2), 100),
      q(e * (100 - s.r1), 100),
      q(e),
      q(e * (100 - s.r0), 100),
      q((e - (s.t2 - x)) * (100 - s.r2), 100),
      mul(q(e), sub(ONE, div(s.tax(q(x + e)), q(x + e)))),
    )
  },
  'value-of-a-deduction': (f) => {
    const s = bracketsOf(f)
    const [x, d] = figuresOf(f, 'x', 'd')
    const m = s.rateAt(x)
    return c2(
      q(d * m, 100),
      q(d),
      q(d * (100 - m), 100),
      q(d * s.r2, 100),
      q(d * s.r0, 100),
      mul(q(d), div(s.tax(q(x)), q(x))),
      q(d * m * m, 10000),
    )
  },
  'take-home-cost-of-a-pre-tax-contribution': (f) => {
    const s = bracketsOf(f)
    const [x, c] = figuresOf(f, 'x', 'c')
    const m = s.rateAt(x)
    return c2(
      q(c * (100 - m), 100),
      q(c),
      q(c * m, 100),
      q(c * (100 + m), 100),
      q(c * (100 - s.r0), 100),
      q(c * (100 - s.r2), 100),
      mul(q(c), sub(pc(100 - m), FICA)),
    )
  },
  'after-tax-value-of-a-traditional-account': (f) => {
    const [c, g, y, tn, tr] = figuresOf(f, 'c', 'g', 'y', 'tn', 'tr')
    const grown = mul(q(c), up(tp(g), y))
    return c0(
      mul(grown, pc(100 - tr)),
      grown,
      mul(grown, pc(100 - tn)),
      sub(grown, q(c * tr, 100)),
      add(q(c), mul(sub(grown, q(c)), pc(100 - tr))),
      mul(grown, pc(100 - tr), pc(100 - tn)),
      mul(grown, pc(100 - tr - tn)),
    )
  },
  'tax-on-a-long-term-gain': (f) => {
    const [nn, b, sp, cb, cs, m] = figuresOf(f, 'nn', 'b', 'sp', 'cb', 'cs', 'm')
    // Prices are in cents; commissions in whole dollars.
    const gain = sub(q(nn * (sp - b), 100), q(cb + cs))
    return c2(
      mul(gain, pc(15)),
      mul(gain, pc(m)),
      q(nn * sp * 15, 10000),
      q(nn * (sp - b) * 15, 10000),
      sub(q(nn * (sp - b) * 15, 10000), q(cb + cs)),
      mul(gain, pc(10)),
      mul(gain, pc(m - 15)),
    )
  },
  'tax-equivalent-yield': (f) => {
    const [y, t] = figuresOf(f, 'y', 't')
    const muni = q(y, 10000)
    return p2(
      div(muni, pc(100 - t)),
      mul(muni, pc(100 + t)),
      muni,
      mul(muni, pc(100 - t)),
      div(muni, pc(63)),
      div(muni, sub(pc(100 - t), FICA)),
      div(muni, mul(pc(100 - t), pc(100 - t))),
    )
  },
  'taxable-income-from-gross': (f) => {
    const [g, c, h, em, sd, it] = figuresOf(f, 'g', 'c', 'h', 'em', 'sd', 'it')
    const big = Math.max(sd, it)
    const small = Math.min(sd, it)
    return c0(
      q(g - c - h - big),
      q(g - big),
      q(g - c - h - small),
      q(g - c - h),
      q(g - c - h - sd - it),
      sub(q(g - c - h - big), mul(q(g), FICA)),
      q(g - c - big),
      q(g - c - h - em - big),
    )
  },
  'credit-after-a-phase-out': (f) => {
    const [k, cr, th, x] = figuresOf(f, 'k', 'cr', 'th', 'x')
    const over = x - th
    const steps = Math.floor((over + 999) / 1000)
    const cut = 50 * steps
    return c0(
      q(k * cr - cut),
      q(k * cr),
      q(k * cr - 50 * Math.floor(over / 1000)),
      q(k * cr - k * cut),
      q(cr - cut),
      q(2 * k * cr - cut, 2),
      q(cut),
    )
  },
  'self-employment-tax': (f) => {
    const [e] = figuresOf(f, 'e')
    const base = q(e * 9235, 10000)
    return c2(
      mul(base, r(153, 1000)),
      q(e * 153, 1000),
      q(e * 765, 10000),
      mul(base, r(765, 10000)),
      div(q(e * 153, 1000), r(9235, 10000)),
      mul(base, r(124, 1000)),
      mul(q(e * 153, 1000), r(10765, 10000)),
    )
  },
  'tax-saved-by-an-ira-deduction': (f) => {
    const [c, fed, st] = figuresOf(f, 'c', 'f', 'st')
    const both = add(pc(fed), tp(st))
    return c2(
      mul(q(c), both),
      q(c),
      mul(q(c), add(both, FICA)),
      q(c * fed, 100),
      mul(q(c), tp(st)),
      mul(q(c), pc(fed), tp(st)),
      mul(q(c), sub(ONE, both)),
    )
  },
  'early-withdrawal-after-tax-and-penalty': (f) => {
    const [w, m] = figuresOf(f, 'w', 'm')
    return c0(
      q(w * (90 - m), 100),
      q(w * (100 - m), 100),
      q(w * 90, 100),
      q(w * (100 - m) * 90, 10000),
      q(w * (70 - m), 100),
      q(w * 53, 100),
      sub(q(w * (90 - m), 100), mul(q(w), FICA)),
    )
  },
  'itemised-deductions-with-a-salt-cap': (f) => {
    const [mi, mp, si, pt, ch, sd] = figuresOf(f, 'mi', 'mp', 'si', 'pt', 'ch', 'sd')
    const salt = Math.min(si + pt, 10000)
    const item = mi + salt + ch
    return c0(
      q(item),
      q(mi + si + pt + ch),
      q(sd),
      q(item + sd),
      q(mi + ch),
      q(item - sd),
      q(mp + salt + ch),
      q(mi + Math.min(si, 10000) + ch),
      q(mi + salt),
    )
  },
  'tax-saved-by-dropping-below-a-threshold': (f) => {
    const s = bracketsOf(f)
    const [x, c] = figuresOf(f, 'x', 'c')
    const over = x - s.t2
    return c2(
      sub(s.tax(q(x)), s.tax(q(x - c))),
      q(c * s.r2, 100),
      q(c * s.r1, 100),
      q(over * s.r2, 100),
      q(c),
      mul(q(c), div(s.tax(q(x)), q(x))),
      q(c * s.r2 + (c - over) * s.r1, 100),
    )
  },
  'withholding-per-paycheck': (f) => {
    const s = bracketsOf(f)
    const [x, cr] = figuresOf(f, 'x', 'cr')
    const owed = sub(s.tax(q(x)), q(cr))
    return c2(
      div(owed, q(26)),
      div(s.tax(q(x)), q(26)),
      div(owed, q(24)),
      div(owed, q(52)),
      div(s.tax(q(x - cr)), q(26)),
      div(sub(owed, q(cr)), q(26)),
      q(x * s.r2, 2600),
    )
  },
}
