import {
  add,
  as,
  cents2,
  div,
  dp,
  dp0,
  dp2,
  list,
  mul,
  n,
  pct1,
  pct2,
  q,
  type R,
  r,
  sub,
  usd,
} from './customer-analytics-second-working.js'
import type { SecondRoute } from './scenario-key-checks.js'

type F = Readonly<Record<string, number | string>>
const get = (f: F, ...ks: readonly string[]): number[] => ks.map((k) => n(f, k))
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const points = as((x) => dp(mul(x, r(100)), 1))
/** Counts from score `from` to `to` inclusive. */
const band = (c: readonly number[], from: number, to: number) => total(c.slice(from, to + 1))

/**
 * Email's credit in one path under a named rule, from the rule's wording: last touch, first
 * touch, equal split, 40/40/20 (50/50 for two touches), full credit, or halves to the two ends.
 */
function share(rule: string, path: readonly string[]): R {
  const at = path.indexOf('Email')
  const len = path.length
  const first = at === 0
  const last = at === len - 1
  switch (rule) {
    case 'last':
      return r(last ? 1 : 0)
    case 'first':
      return r(first ? 1 : 0)
    case 'linear':
      return r(1, len)
    case 'full':
      return r(1)
    case 'ends':
      return len === 1 ? r(1) : r(first || last ? 1 : 0, 2)
    case 'forty':
      // The 40/40/20 split kept for a two-touch path, its 20% left unassigned.
      if (len === 2) return r(40, 100)
      return share('position', path)
    default:
      if (len <= 2) return r(1, len)
      return first || last ? r(40, 100) : r(20, 100 * (len - 2))
  }
}
function attributed(rule: string, order: readonly string[]): SecondRoute {
  return (f) => {
    const paths = String(f.paths)
      .split('|')
      .map((p) => p.split('>'))
    const values = list(f, 'values')
    const credit = (x: string) => add(...paths.map((p, i) => mul(usd(values[i]!), share(x, p))))
    return cents2(...[rule, ...order].map(credit))
  }
}

/** Campaign and survey measures worked again from each draw's counts and cents. */
export const CAMPAIGN_ROUTES: Readonly<Record<string, SecondRoute>> = {
  'incremental-buyers-vs-holdout': (f) => {
    const [nt, nh, bt, bh] = get(f, 'nt', 'nh', 'bt', 'bh') as [number, number, number, number]
    const expected = q(nt * bh, nh)
    const lift = sub(q(bt, nt), q(bh, nh))
    return dp0(
      sub(r(bt), expected),
      r(bt),
      r(bt - bh),
      mul(lift, r(nh)),
      mul(lift, r(nt + nh)),
      expected,
    )
  },
  'campaign-roi-on-incremental-margin': (f) => {
    const [nt, nh, rt, rh, m, cost] = get(f, 'nt', 'nh', 'rt', 'rh', 'm', 'cost') as number[]
    const c = usd(cost!)
    const incRev = sub(usd(rt!), mul(usd(rh!), q(nt!, nh!)))
    const incMargin = mul(incRev, q(m!, 100))
    const roi = (gain: R) => div(sub(gain, c), c)
    return pct1(
      roi(incMargin),
      roi(mul(usd(rt!), q(m!, 100))),
      roi(incRev),
      div(incMargin, c),
      div(sub(incMargin, c), incMargin),
      roi(mul(usd(rt! - rh!), q(m!, 100))),
    )
  },
  'response-rate-on-delivered': (f) => {
    const [mailed, u, k, o, late] = get(f, 'mailed', 'u', 'k', 'o', 'late') as number[]
    const delivered = mailed! - u!
    return pct2(
      q(k!, delivered),
      q(k!, mailed!),
      q(o!, delivered),
      q(k! + late!, delivered),
      q(k!, mailed! + u!),
      q(k!, delivered - k!),
    )
  },
  'coupon-redemption-rate': (f) => {
    const [issued, opened, d, t, leak] = get(f, 'issued', 'opened', 'd', 't', 'leak') as number[]
    return pct1(
      q(d!, issued!),
      q(t!, issued!),
      q(d!, opened!),
      q(d! + leak!, issued!),
      q(d!, issued! + leak!),
      q(t! - d!, issued!),
    )
  },
  'nps-from-a-score-distribution': (f) => {
    const c = list(f, 'c')
    const [nr] = get(f, 'nr') as [number]
    const answered = total(c)
    const net = (p: number, d: number, base = answered) => q(p - d, base)
    const promoters = band(c, 9, 10)
    const detractors = band(c, 0, 6)
    return points(
      net(promoters, detractors),
      net(promoters, band(c, 0, 5)),
      net(band(c, 8, 10), detractors),
      q(promoters - detractors, promoters + detractors),
      net(promoters, band(c, 0, 7)),
      net(c[10]!, detractors),
      net(promoters, detractors, answered + nr),
    )
  },
  'csat-top-two-box': (f) => {
    const c = list(f, 'c')
    const [nr] = get(f, 'nr') as [number]
    const all = total(c)
    const top2 = c[3]! + c[4]!
    const scoreSum = total(c.map((x, i) => x * (i + 1)))
    return pct1(
      q(top2, all),
      q(c[4]!, all),
      q(top2 + c[2]!, all),
      q(top2, all - c[2]!),
      q(top2, all + nr),
      q(scoreSum, 5 * all),
      q(top2 - c[0]! - c[1]!, all),
    )
  },
  'customer-effort-score-mean': (f) => {
    const c = list(f, 'c')
    const [na] = get(f, 'na') as [number]
    const all = total(c)
    const scoreSum = total(c.map((x, i) => x * (i + 1)))
    // Median: the rating where the running count first reaches half of all ratings.
    let running = 0
    let median = 7
    for (let i = 0; i < 7; i++) {
      running += c[i]!
      if (2 * running >= all) {
        median = i + 1
        break
      }
    }
    let mode = 1
    c.forEach((x, i) => {
      if (x > c[mode - 1]!) mode = i + 1
    })
    return dp2(
      q(scoreSum, all),
      q(scoreSum, all + na),
      q(scoreSum + na, all + na),
      sub(r(8), q(scoreSum, all)),
      r(median),
      r(mode),
    )
  },
  'survey-result-weighted-to-the-customer-base': (f) => {
    const [p1, p2, p3, n1, n2, n3, s1, s2, s3] = get(
      f,
      'p1',
      'p2',
      'p3',
      'n1',
      'n2',
      'n3',
      's1',
      's2',
      's3',
    ) as number[]
    const weighted = (a: number, b: number, c: number) =>
      q(a * s1! + b * s2! + c * s3!, 100 * (a + b + c))
    return pct1(
      weighted(p1!, p2!, p3!),
      weighted(1, 1, 1),
      weighted(n1!, n2!, n3!),
      q(p1! * s1! + p2! * s2! + p3! * s3!, 30_000),
      q(s1!, 100),
    )
  },
  'attribution-last-touch': attributed('last', ['linear', 'position', 'first', 'full', 'ends']),
  'attribution-linear': attributed('linear', ['last', 'position', 'first', 'full', 'ends']),
  'attribution-position-based': attributed('position', [
    'last',
    'linear',
    'first',
    'full',
    'ends',
    'forty',
  ]),
  'incremental-share-of-treated-buyers': (f) => {
    const [rt, rh] = get(f, 'rt', 'rh') as [number, number]
    return pct1(
      q(rt - rh, rt),
      q(rt - rh, rh),
      q(rt - rh, 10_000),
      q(rh, rt),
      q(rt - rh, rt + rh),
      q(2 * (rt - rh), rt + rh),
    )
  },
  'cost-per-incremental-buyer': (f) => {
    const [nt, nh, bt, bh, cost] = get(f, 'nt', 'nh', 'bt', 'bh', 'cost') as number[]
    const c = usd(cost!)
    const lift = sub(q(bt!, nt!), q(bh!, nh!))
    return cents2(
      div(c, mul(lift, r(nt!))),
      div(c, r(bt!)),
      div(c, r(bt! - bh!)),
      div(c, r(nt!)),
      div(c, mul(lift, r(nh!))),
      div(c, mul(lift, r(nt! + nh!))),
    )
  },
  'nps-change-between-waves': (f) => {
    const [n1, n2, p1, d1, p2, d2] = get(f, 'n1', 'n2', 'p1', 'd1', 'p2', 'd2') as number[]
    const a = q(p1! - d1!, n1!)
    const b = q(p2! - d2!, n2!)
    return points(
      sub(b, a),
      sub(div(b, a), r(1)),
      sub(q(p2!, n2!), q(p1!, n1!)),
      q(p2! - d2! - p1! + d1!, n1!),
      b,
      sub(q(d1!, n1!), q(d2!, n2!)),
    )
  },
  'break-even-response-rate': (f) => {
    const [c, a, m, fl] = get(f, 'c', 'a', 'm', 'f') as number[]
    const margin = mul(usd(a!), q(m!, 100))
    const net = sub(margin, usd(fl!))
    return pct2(
      div(usd(c!), net),
      div(usd(c!), usd(a!)),
      div(usd(c!), margin),
      div(usd(c!), usd(a! - fl!)),
      div(usd(c! + fl!), margin),
      div(usd(c!), sub(net, usd(c!))),
    )
  },
  'incremental-revenue-per-treated-customer': (f) => {
    const [nt, nh, rt, rh] = get(f, 'nt', 'nh', 'rt', 'rh') as number[]
    const diff = sub(q(rt!, 100 * nt!), q(rh!, 100 * nh!))
    return cents2(
      diff,
      q(rt!, 100 * nt!),
      q(rt! - rh!, 100 * nt!),
      q(rt! - rh!, 100 * (nt! + nh!)),
      q(rh!, 100 * nh!),
      mul(diff, q(nh!, nt!)),
      div(sub(q(rt!, 100), mul(q(rh!, 100), q(nt!, nh!))), r(nt! + nh!)),
    )
  },
}
