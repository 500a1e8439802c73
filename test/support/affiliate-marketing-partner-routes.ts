import {
  add,
  at0,
  at1,
  cents2,
  cmp,
  cut,
  div,
  down,
  mul,
  pc,
  pct1,
  type R,
  type Route,
  r,
  tenth,
  up,
  usd,
  w,
} from './affiliate-marketing-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** The first index holding the greatest (or least) value under `cmp`. */
function pick(xs: readonly R[], sign: 1 | -1): number {
  let best = 0
  for (let i = 1; i < xs.length; i++) if (sign * cmp(xs[i]!, xs[best]!) > 0) best = i
  return best
}

/** Programme terms and partners worked again from each draw's sales, codes, rates and counts. */
export const PARTNER_ROUTES: Readonly<Record<string, Route>> = {
  'commission-forfeited-on-undisclosed-pages': (f) => {
    const [s1, s2, s3, t] = figuresOf(f, 's1', 's2', 's3', 't')
    return cents2(
      cut(t, s1 + s2 - s3),
      cut(t, s1),
      cut(t, s1 + s2),
      cut(t, s1 + s3),
      cut(t, s1 - s3),
      cut(t, s2 - s3),
      cut(t, s1 + s2 + s3),
    )
  },
  'brand-term-bidding-sales-reversed': (f) => {
    const [b, nb, o, t] = figuresOf(f, 'b', 'nb', 'o', 't')
    return cents2(
      cut(t, nb + o),
      cut(t, o),
      cut(t, b + nb + o),
      cut(t, b + o),
      cut(t, nb),
      cut(t, nb + o - b),
      cut(t, b + nb),
    )
  },
  'coupon-partner-rate-on-code-sales': (f) => {
    const [cs, os, tc, t] = figuresOf(f, 'cs', 'os', 'tc', 't')
    return cents2(
      add(cut(tc, cs), cut(t, os)),
      cut(t, cs + os),
      cut(tc, cs + os),
      add(cut(t, cs), cut(tc, os)),
      cut(tc, cs),
      add(cut(tc, cs), cut(t + tc, os)),
    )
  },
  'unauthorised-coupon-codes-voided': (f) => {
    const [own, leak, none, v, t] = figuresOf(f, 'own', 'leak', 'none', 'v', 't')
    const sales = (k: number) => cut(t, v * k)
    return cents2(
      sales(own + none),
      sales(own),
      sales(own + leak + none),
      sales(none),
      sales(own + leak),
      sales(own + none - leak),
      sales(own + none + 2 * leak),
      sales(own + 2 * none),
    )
  },
  'recruits-needed-for-a-sales-target': (f) => {
    const [target, a, act] = figuresOf(f, 'target', 'a', 'act')
    return at0(
      up(r(100 * target, a * act)),
      up(r(target, a)),
      up(r(target * act, 100 * a)),
      up(r(100 * target, a * (100 - act))),
      up(r(100 * target, act)),
      up(r(10000 * target, a * act * act)),
    )
  },
  'partner-ranked-first-by-epc': (f) => {
    const k = figuresOf(f, 'k0', 'k1', 'k2', 'k3')
    const c = figuresOf(f, 'c0', 'c1', 'c2', 'c3')
    const epc = c.map((x, i) => r(x, 100 * k[i]!))
    const most = (xs: readonly number[]) =>
      pick(
        xs.map((x) => w(x)),
        1,
      )
    const sumC = c.reduce((a, b) => a + b, 0)
    const sumK = k.reduce((a, b) => a + b, 0)
    const best = pick(epc, 1)
    return cents2(
      epc[best]!,
      epc[most(c)]!,
      epc[most(k)]!,
      epc[pick(epc, -1)]!,
      r(sumC, 100 * sumK),
      r(c[best]!, 100 * sumK),
      r(Math.max(...c), 100 * Math.min(...k)),
      r(sumC, 100 * k[best]!),
    )
  },
  'next-quarter-rate-from-a-partner-tier': (f) => {
    const [, gold, q1, q2, tb, ts, tg] = figuresOf(
      f,
      'silver',
      'gold',
      'q1',
      'q2',
      'tb',
      'ts',
      'tg',
    )
    return cents2(
      cut(ts, q2),
      cut(tg, q2),
      cut(tb, q2),
      cut(ts, q1),
      add(cut(ts, gold), cut(tg, q2 - gold)),
      cut(tg, q1),
    )
  },
  'cashback-passed-to-the-shopper': (f) => {
    const [o, t, k] = figuresOf(f, 'o', 't', 'k')
    const com = cut(t, o)
    return cents2(
      mul(com, pc(k)),
      com,
      mul(com, pc(100 - k)),
      mul(usd(o), pc(k)),
      mul(com, pc(k), pc(k)),
      mul(usd(o), r(k, 1000)),
    )
  },
  'coupon-partners-share-of-the-budget': (f) => {
    const [bud, cap, p] = figuresOf(f, 'bud', 'cap', 'p')
    const pool = mul(usd(bud), pc(cap))
    return cents2(
      div(pool, w(p)),
      pool,
      div(mul(usd(bud), pc(100 - cap)), w(p)),
      div(usd(bud), w(p)),
      div(pool, w(p + 1)),
      mul(pool, pc(cap)),
    )
  },
  'active-partners-from-an-outreach-funnel': (f) => {
    const [sent, rep, app, act] = figuresOf(f, 'sent', 'rep', 'app', 'act')
    const through = (...rates: number[]) => down(mul(w(sent), ...rates.map(pc)))
    return at0(
      through(rep, app, act),
      through(rep, app),
      through(rep, act),
      through(app, act),
      down(r(sent * (rep + app + act), 300)),
      through(rep),
      through(rep, app, app, act),
    )
  },
  'weighted-partner-score': (f) => {
    const [e, c, a, we, wc, wa] = figuresOf(f, 'e', 'c', 'a', 'we', 'wc', 'wa')
    return at1(
      r(e * we + c * wc + a * wa, 100),
      r(e + c + a, 3),
      r(e * wa + c * wc + a * we, 100),
      r(e * wc + c * we + a * wa, 100),
      w(Math.max(e, c, a)),
      w(Math.min(e, c, a)),
    )
  },
  'partners-kept-after-an-inactivity-rule': (f) => {
    const [all, nos, noc, both] = figuresOf(f, 'all', 'nos', 'noc', 'both')
    return at0(
      w(all - nos),
      w(all - nos - noc),
      w(all - nos - noc + both),
      w(all - nos + both),
      w(all - both),
      w(all - noc),
    )
  },
  'tenancy-fee-cost-per-sale': (f) => {
    const [fee, s, v, t] = figuresOf(f, 'fee', 's', 'v', 't')
    const spread = r(fee, 100 * s)
    return cents2(
      add(spread, cut(t, v)),
      spread,
      cut(t, v),
      add(usd(fee), cut(t, v)),
      div(add(usd(fee), cut(t, v)), w(s)),
      add(spread, cut(t, 2 * v)),
    )
  },
  'cost-of-sale-cap-for-a-flat-fee-partner': (f) => {
    const [fee, t, cap] = figuresOf(f, 'fee', 't', 'cap')
    return cents2(
      div(usd(fee), tenth(cap - t)),
      div(usd(fee), tenth(cap)),
      div(usd(fee), tenth(t)),
      div(usd(fee), tenth(cap + t)),
      mul(usd(fee), add(r(1), tenth(cap - t))),
    )
  },
  'share-of-partners-meeting-a-disclosure-audit': (f) => {
    const [aud, fail, fixed, all] = figuresOf(f, 'aud', 'fail', 'fixed', 'all')
    return pct1(
      r(aud - fail + fixed, aud),
      r(aud - fail, aud),
      r(aud - fail + fixed, all),
      r(aud - fixed, aud),
      r(fail - fixed, aud),
      r(all - fail + fixed, all),
    )
  },
  'commission-withheld-for-a-trademark-breach-window': (f) => {
    const [days, sb, sr, t] = figuresOf(f, 'days', 'sb', 'sr', 't')
    return cents2(
      cut(t, sr),
      cut(t, sb),
      cut(t, sr + sb),
      cut(t, sr - sb),
      mul(cut(t, sr), r(30 - days, 30)),
      mul(cut(t, sr + sb), pc(100 - days)),
      add(cut(t, sr), mul(cut(t, sb), r(1, 2))),
    )
  },
}
