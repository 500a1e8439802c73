import { figuresOf } from './drawn-figures.js'
import {
  add,
  c0,
  c2,
  d1,
  d2,
  div,
  mul,
  p1,
  pc,
  q,
  type Route,
  r,
  sub,
  tp,
} from './pfp-second-working.js'

/** Budgets, cash flow and net worth worked again from each draw's bills, pay and balances. */
export const CASHFLOW_ROUTES: Readonly<Record<string, Route>> = {
  'emergency-fund-months-covered': (f) => {
    const [rent, u, g, i, d, nn, s, w] = figuresOf(f, 'r', 'u', 'g', 'i', 'd', 'nn', 's', 'w')
    const e = rent + u + g + i
    return d1(q(s, e), q(s, e + d), q(s, nn), q(s, rent), q(s + nn, e), q(s, w), q(s, e - g))
  },
  'emergency-fund-shortfall': (f) => {
    const [k, rent, u, g, i, d, nn, s] = figuresOf(f, 'k', 'r', 'u', 'g', 'i', 'd', 'nn', 's')
    const e = rent + u + g + i
    return c0(
      q(k * e - s),
      q(k * e + k * d - s),
      q(k * e),
      q(k * nn - s),
      q(k * e - s - nn),
      q(k * e - k * i - s),
      q(k * e - k * g - s),
    )
  },
  'savings-rate-on-gross-pay': (f) => {
    const [g, nn, c, s] = figuresOf(f, 'g', 'nn', 'c', 's')
    return p1(q(c + s, g), q(s, g), q(c, g), q(c + s, nn), q(s, nn), q(c + s, g - c))
  },
  'net-worth-from-a-balance-sheet': (f) => {
    const [chk, sav, ret, h, hp, v, vp, mo, m0b, l, cc] = figuresOf(
      f,
      'chk',
      'sav',
      'ret',
      'h',
      'hp',
      'v',
      'vp',
      'mo',
      'm0b',
      'l',
      'cc',
    )
    const assets = chk + sav + ret
    const w = (home: number, car: number, mort: number, card: number, loan: number, re = ret) =>
      q(chk + sav + re + home + car - mort - card - loan)
    void assets
    return c0(
      w(h, v, mo, cc, l),
      w(hp, v, mo, cc, l),
      w(h, v, m0b, cc, l),
      w(h, vp, mo, cc, l),
      w(h, v, mo, -cc, l),
      w(h, v, mo, cc, l, 0),
      w(h, v, mo, cc, 0),
    )
  },
  'monthly-surplus-with-an-annual-bill': (f) => {
    const [p, w, j, rent, i, lp, g, fu, e, a] = figuresOf(
      f,
      'p',
      'w',
      'j',
      'r',
      'i',
      'lp',
      'g',
      'f',
      'e',
      'a',
    )
    const spend = rent + i + lp + g + fu + e
    const monthly = q(a, 12)
    return c2(
      sub(q(p + j - spend), monthly),
      q(p + j - spend),
      q(p + j - spend - a),
      sub(q(w + j - spend), monthly),
      sub(q(p - spend), monthly),
      sub(q(p + j - spend + lp), monthly),
    )
  },
  'fifty-thirty-twenty-wants': (f) => {
    const [nn, g, x] = figuresOf(f, 'nn', 'g', 'x')
    return c2(
      q(3 * nn, 10),
      q(3 * g, 10),
      q(nn, 2),
      q(nn, 5),
      q(4 * nn - 5 * x, 5),
      q(3 * (nn - x), 10),
      q(nn - x),
    )
  },
  'sinking-fund-monthly-saving': (f) => {
    const [a, s, k] = figuresOf(f, 'a', 's', 'k')
    return c2(q(a - s, k), q(a, k), q(a - s, k - 1), q(a - s, 12), q(a - s, k + 1), q(a + s, k))
  },
  'biweekly-pay-in-a-monthly-budget': (f) => {
    const [p, cb, rent] = figuresOf(f, 'p', 'cb', 'r')
    const yearly = (pays: number, cars: number) => q(pays * p - cars * cb - 12 * rent, 12)
    return c2(
      yearly(26, 26),
      yearly(24, 24),
      yearly(26, 24),
      yearly(52, 52),
      yearly(26, 0),
      yearly(24, 26),
    )
  },
  'back-end-debt-to-income-ratio': (f) => {
    const [g, nn, h, lc, ls, cm, ut, bal] = figuresOf(
      f,
      'g',
      'nn',
      'h',
      'lc',
      'ls',
      'cm',
      'ut',
      'bal',
    )
    const debt = h + lc + ls + cm
    return p1(
      q(debt, g),
      q(debt, nn),
      q(debt - h, g),
      q(h, g),
      q(debt + ut, g),
      q(debt - cm + bal, g),
      q(debt - cm, g),
    )
  },
  'extra-saving-to-reach-a-target-rate': (f) => {
    const [a, ga, p, s] = figuresOf(f, 'a', 'ga', 'p', 's')
    return c2(
      q(a * p - 1200 * s, 1200),
      q(ga * p - 1200 * s, 1200),
      q(a * p, 1200),
      q(p * (a - 12 * s) - 1200 * s, 1200),
      q(12 * a * p - 1200 * s, 14400),
    )
  },
  'monthly-equivalent-of-mixed-bills': (f) => {
    const [g, c, ph, w, a] = figuresOf(f, 'g', 'c', 'ph', 'w', 'a')
    // Every bill in cents a year, then twelve months.
    const year = (gw: number, cw: number, wq: number, aw: number) =>
      q(gw * g + cw * c + 12 * ph + wq * w + aw * a, 12)
    return c2(
      year(52, 26, 4, 1),
      year(48, 24, 4, 1),
      year(52, 52, 4, 1),
      year(52, 26, 3, 1),
      year(52, 26, 12, 1),
      year(52, 26, 4, 12),
    )
  },
  'liquidity-ratio': (f) => {
    const [chk, sav, mm, ret, cc, lp, lb] = figuresOf(
      f,
      'chk',
      'sav',
      'mm',
      'ret',
      'cc',
      'lp',
      'lb',
    )
    const liquid = chk + sav + mm
    return d2(
      q(liquid, cc + 12 * lp),
      q(liquid + ret, cc + 12 * lp),
      q(liquid, cc + lb),
      q(liquid, cc + lp),
      q(chk + sav, cc + 12 * lp),
      q(liquid, cc),
      q(cc + 12 * lp, liquid),
    )
  },
  'housing-limit-by-the-28-36-rule': (f) => {
    const [ga, nm, dd] = figuresOf(f, 'ga', 'nm', 'dd')
    return c2(
      q(36 * ga - 1200 * dd, 1200),
      q(28 * ga, 1200),
      q(36 * ga, 1200),
      q(28 * ga - 1200 * dd, 1200),
      q(36 * nm - 100 * dd, 100),
      q(36 * nm, 100),
      q(28 * nm - 100 * dd, 100),
    )
  },
  'annual-cost-of-a-workday-habit': (f) => {
    const [c, w, wk] = figuresOf(f, 'c', 'w', 'wk')
    return c2(
      q(c * w * wk, 100),
      q(c * 365, 100),
      q(c * w * 52, 100),
      q(c * w * 48, 100),
      q(c * 5 * wk, 100),
      q(c * w * 4, 100),
    )
  },
  'true-hourly-pay': (f) => {
    const [ww, h, c, k] = figuresOf(f, 'ww', 'h', 'c', 'k')
    return c2(
      q(ww - k, (h + c) * 46),
      q(ww, h * 46),
      q(ww - k, h * 46),
      q(ww, (h + c) * 46),
      q(ww - k, (h + c) * 52),
    )
  },
  'take-home-pay-with-a-pre-tax-contribution': (f) => {
    const [g, kp, w] = figuresOf(f, 'g', 'kp', 'w')
    const c = q(g * kp, 100)
    const taxable = sub(q(g), c)
    const fica = mul(q(g), r(765, 10000))
    const home = sub(sub(taxable, mul(taxable, tp(w))), fica)
    return c2(
      home,
      sub(sub(taxable, mul(q(g), tp(w))), fica),
      sub(taxable, mul(taxable, tp(w))),
      sub(sub(q(g), mul(q(g), tp(w))), fica),
      sub(sub(taxable, mul(taxable, tp(w))), mul(taxable, r(765, 10000))),
      sub(home, c),
    )
  },
}
void add
void div
void pc
