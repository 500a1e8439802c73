import {
  add,
  cents2,
  cut,
  mul,
  pc,
  type Route,
  r,
  sub,
  tenth,
  usd,
} from './affiliate-marketing-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Commission structures worked again from each draw's sales, rates, tiers and counts. */
export const COMMISSION_ROUTES: Readonly<Record<string, Route>> = {
  'commission-on-net-of-tax-shipping-and-returns': (f) => {
    const [g, tax, ship, ret, tr, t] = figuresOf(f, 'g', 'tax', 'ship', 'ret', 'tr', 't')
    const base = g - tax - ship
    return cents2(
      cut(t, base - ret),
      cut(t, g),
      cut(t, g - ret),
      cut(t, base),
      cut(t, base - 2 * ret),
      mul(tenth(t), sub(usd(base), mul(usd(ret), r(100 + tr, 100)))),
      cut(t, g - tax - ret),
    )
  },
  'tier-rate-applied-to-the-whole-month': (f) => {
    const [a, , s, r1, r2, r3] = figuresOf(f, 'a', 'b', 's', 'r1', 'r2', 'r3')
    return cents2(
      cut(r2, s),
      add(cut(r1, a), cut(r2, s - a)),
      cut(r1, s),
      cut(r3, s),
      cut(r2, s - a),
      add(cut(r2, a), cut(r3, s - a)),
      add(cut(r2, s), cut(r1, a)),
    )
  },
  'tier-rates-applied-band-by-band': (f) => {
    const [a, b, s, r1, r2, r3] = figuresOf(f, 'a', 'b', 's', 'r1', 'r2', 'r3')
    const first = cut(r1, a)
    return cents2(
      add(first, cut(r2, b - a), cut(r3, s - b)),
      cut(r3, s),
      cut(r1, s),
      add(first, cut(r2, b), cut(r3, s - b)),
      add(first, cut(r2, s - a)),
      add(first, cut(r2, b - a), cut(r3, s)),
      cut(r2, s),
    )
  },
  'bounty-for-new-customers-plus-revenue-share': (f) => {
    const [nn, nr, c, v, t] = figuresOf(f, 'nn', 'nr', 'c', 'v', 't')
    const bounty = (k: number) => usd(c * k)
    const shareOn = (k: number) => cut(t, v * k)
    return cents2(
      add(bounty(nn), shareOn(nn + nr)),
      add(bounty(nn + nr), shareOn(nn + nr)),
      add(bounty(nn), shareOn(nn)),
      add(bounty(nn), shareOn(nr)),
      shareOn(nn + nr),
      add(bounty(nn + nr), shareOn(nr)),
      add(bounty(2 * nn), shareOn(nn + nr)),
    )
  },
  'rate-bump-and-flat-bonus-on-a-threshold': (f) => {
    const [th, n, v, t, bump, bonus] = figuresOf(f, 'th', 'sales', 'v', 't', 'bump', 'bonus')
    const flat = usd(bonus)
    return cents2(
      add(cut(t + bump, n * v), flat),
      cut(t + bump, n * v),
      add(cut(t, n * v), flat),
      add(cut(t, th * v), cut(t + bump, (n - th) * v), flat),
      add(cut(2 * t + bump, n * v), flat),
      add(cut(t + bump, n * v), usd(bonus * (n - th))),
      add(cut(t + 2 * bump, n * v), flat),
      cut(t, n * v),
    )
  },
  'reversal-for-a-partial-return': (f) => {
    const [x, y, t] = figuresOf(f, 'x', 'y', 't')
    return cents2(
      cut(t, y),
      cut(t, x),
      cut(t, x - y),
      usd(y),
      mul(cut(t, y), r(1, 2)),
      mul(tenth(t), cut(t, y)),
    )
  },
  'commission-by-product-category': (f) => {
    const [e, ap, h, gc, re, ra, rh] = figuresOf(f, 'e', 'ap', 'h', 'gc', 're', 'ra', 'rh')
    const all = e + ap + h
    return cents2(
      add(cut(re, e), cut(ra, ap), cut(rh, h)),
      cut(ra, all),
      cut(re, all),
      mul(cut(re + ra + rh, all), r(1, 3)),
      add(cut(re, e), cut(ra, ap), cut(rh, h + gc)),
      add(cut(ra, e), cut(re, ap), cut(rh, h)),
    )
  },
  'new-and-returning-customer-rates': (f) => {
    const [sn, sr, tn, tr] = figuresOf(f, 'sn', 'sr', 'tn', 'tr')
    return cents2(
      add(cut(tn, sn), cut(tr, sr)),
      cut(tn, sn + sr),
      cut(tr, sn + sr),
      add(cut(tr, sn), cut(tn, sr)),
      cut(tn, sn),
      mul(cut(tn + tr, sn + sr), r(1, 2)),
      add(cut(tn, sn), cut(tn + tr, sr)),
    )
  },
  'commission-on-a-discounted-order': (f) => {
    const [l, d, ship, t] = figuresOf(f, 'l', 'd', 'ship', 't')
    const paid = mul(usd(l), r(100 - d, 100))
    return cents2(
      mul(tenth(t), paid),
      cut(t, l),
      mul(tenth(t), add(paid, usd(ship))),
      cut(t, l + ship),
      mul(tenth(t), paid, r(100 - d, 100)),
      mul(cut(t, l), pc(d)),
    )
  },
  'per-sale-bounty-in-count-bands': (f) => {
    const [a, b, k, c1, c2, c3] = figuresOf(f, 'a', 'b', 'k', 'c1', 'c2', 'c3')
    return cents2(
      usd(a * c1 + (b - a) * c2 + (k - b) * c3),
      usd(k * c3),
      usd(k * c1),
      usd(a * c1 + b * c2 + (k - b) * c3),
      usd(a * c1 + (k - a) * c2),
      usd(k * c2),
      usd(a * c1 + (b - a) * c2 + k * c3),
    )
  },
  'cost-per-lead-on-validated-leads': (f) => {
    const [l, v, dup, c] = figuresOf(f, 'l', 'v', 'dup', 'c')
    const each = usd(c)
    return cents2(
      mul(each, r((l - dup) * v, 100)),
      mul(each, r(l * v, 100)),
      mul(each, r(l - dup)),
      mul(each, sub(r(l * v, 100), r(dup))),
      mul(each, r((l - dup) * (100 - v), 100)),
      mul(each, r(l)),
      mul(each, r((l - 2 * dup) * v, 100)),
    )
  },
  'capped-revenue-share-on-subscriptions': (f) => {
    const [p, m, t, capC, subs] = figuresOf(f, 'p', 'm', 't', 'capC', 'subs')
    const month = cut(t, p)
    return cents2(
      usd(capC * subs),
      mul(month, r(m * subs)),
      mul(month, r(12 * subs)),
      usd(capC),
      mul(month, r(subs)),
      add(usd(capC * subs), mul(month, r(subs))),
      mul(usd(capC * subs), r(m, 12)),
    )
  },
  'growth-bonus-on-incremental-sales': (f) => {
    const [last, now, t, g] = figuresOf(f, 'last', 'now', 't', 'g')
    const growth = now - last
    return cents2(
      add(cut(t, now), cut(g, growth)),
      add(cut(t, now), cut(g, now)),
      cut(t, now),
      add(cut(t, growth), cut(g, growth)),
      add(cut(t, last), cut(g, growth)),
      add(cut(t, now), cut(g, last)),
    )
  },
  'two-tier-override-on-a-recruits-commission': (f) => {
    const [s, t, o] = figuresOf(f, 's', 't', 'o')
    const earned = cut(t, s)
    return cents2(
      mul(earned, pc(o)),
      mul(usd(s), pc(o)),
      earned,
      mul(earned, pc(100 - o)),
      mul(earned, pc(o), pc(o)),
      mul(earned, pc(o), pc(100 - o)),
      mul(usd(s), add(tenth(t), pc(o))),
    )
  },
  'trial-bounty-on-conversions-that-stay': (f) => {
    const [tr, cv, rf, c] = figuresOf(f, 'tr', 'cv', 'rf', 'c')
    const each = usd(c)
    const converted = r(tr * cv, 100)
    return cents2(
      mul(each, converted, pc(100 - rf)),
      mul(each, converted),
      mul(each, r(tr * (cv - rf), 100)),
      mul(each, r(tr * (100 - rf), 100)),
      mul(each, converted, pc(rf)),
      mul(each, r(tr)),
    )
  },
  'net-commission-after-reversals': (f) => {
    const [s, rv, t, told] = figuresOf(f, 's', 'rv', 't', 'told')
    return cents2(
      sub(cut(t, s), cut(told, rv)),
      cut(t, s - rv),
      cut(t, s),
      sub(cut(t, s), cut(t + told, rv)),
      cut(told, s - rv),
      add(cut(t, s), cut(told, rv)),
    )
  },
}
