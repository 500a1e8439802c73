import {
  add,
  div,
  dp0,
  mul,
  n,
  pct1,
  pct2,
  q,
  r,
  sub,
} from './customer-analytics-second-working.js'
import type { SecondRoute } from './scenario-key-checks.js'

type F = Readonly<Record<string, number | string>>
const get = (f: F, ...ks: readonly string[]): number[] => ks.map((k) => n(f, k))
/** Basis points as a rate. */
const bp = (b: number) => r(b, 10_000)
const ONE = r(1)

/** Retention, churn and cohort rates worked again from each draw's counts. */
export const RETENTION_ROUTES: Readonly<Record<string, SecondRoute>> = {
  'cohort-month-retention': (f) => {
    const [nc, a1, a2, a3, m] = get(f, 'nc', 'a1', 'a2', 'a3', 'm') as [
      number,
      number,
      number,
      number,
      number,
    ]
    return pct1(q(a3, nc), q(a3, a2), q(a3, a1), q(a3, m), q(a2, nc))
  },
  'start-base-churn-excluding-new-leavers': (f) => {
    const [s, e, a, l] = get(f, 's', 'e', 'a', 'l') as [number, number, number, number]
    // Starting members who left: the starting members not among the end's, once the new members
    // still there (joined less cancelled) are taken out of the end count.
    const lostFromStart = s - (e - (a - l))
    return pct1(
      q(lostFromStart, s),
      q(lostFromStart + l, s),
      q(s - e, s),
      q(lostFromStart, s + a),
      q(lostFromStart, e),
    )
  },
  'conditional-churn-from-survival': (f) => {
    const [s3, s4] = get(f, 's3', 's4') as [number, number]
    return pct1(q(s3 - s4, s3), bp(s3 - s4), bp(10_000 - s4), q(s3 - s4, s4), q(s4, s3))
  },
  'month-2-retention-pooled-over-observed-cohorts': (f) => {
    const [nj, nf, nm, j1, f1, rj, rf] = get(
      f,
      'nj',
      'nf',
      'nm',
      'j1',
      'f1',
      'rj',
      'rf',
    ) as number[]
    const rates = add(q(rj!, nj!), q(rf!, nf!))
    return pct1(
      q(rj! + rf!, nj! + nf!),
      q(rj! + rf!, nj! + nf! + nm!),
      div(rates, r(3)),
      q(rj! + rf!, j1! + f1!),
      div(rates, r(2)),
    )
  },
  'survival-from-month-on-month-retention': (f) => {
    const [r1, r2, r3] = get(f, 'r1', 'r2', 'r3') as [number, number, number]
    return pct1(
      mul(bp(r1), bp(r2), bp(r3)),
      r(r1 + r2 + r3, 30_000),
      bp(r3),
      sub(ONE, add(sub(ONE, bp(r1)), sub(ONE, bp(r2)), sub(ONE, bp(r3)))),
      mul(bp(r1), bp(r2)),
    )
  },
  'reactivation-rate-of-lapsed': (f) => {
    const [l, a, k] = get(f, 'lapsed', 'act', 'k') as [number, number, number]
    return pct1(
      q(k, l),
      q(k, a),
      q(k, l - k),
      q(k, a + l),
      q(l - k, l),
      q(k, n(f, 'e')),
      q(k, n(f, 'qb')),
    )
  },
  'second-purchase-within-90-days': (f) => {
    const [nb, k, m] = get(f, 'nb', 'k', 'm') as [number, number, number]
    return pct1(
      q(k, nb),
      q(k + m, nb),
      q(k, k + m),
      q(m, nb),
      q(k, nb + k),
      q(k, n(f, 'fl')),
      q(k, nb - m),
    )
  },
  'quarter-retention-from-monthly-losses': (f) => {
    const [s, l1, l2, l3, nw] = get(f, 's', 'l1', 'l2', 'l3', 'nw') as number[]
    const left = s! - l1! - l2! - l3!
    return pct1(
      q(left, s!),
      mul(q(s! - l1!, s!), q(s! - l2!, s!), q(s! - l3!, s!)),
      q(s! - l3!, s!),
      q(left, s! - l1! - l2!),
      q(left, s! + nw!),
    )
  },
  'pooled-monthly-churn': (f) => {
    const [s1, s2, s3, l1, l2, l3] = get(f, 's1', 's2', 's3', 'l1', 'l2', 'l3') as number[]
    const ls = l1! + l2! + l3!
    const ss = s1! + s2! + s3!
    return pct1(
      q(ls, ss),
      div(add(q(l1!, s1!), q(l2!, s2!), q(l3!, s3!)), r(3)),
      q(ls, s1!),
      q(ls, 3 * ss),
      q(ls, s3!),
    )
  },
  'cohort-size-back-from-retention': (f) => {
    const [a, rr, r5] = get(f, 'a', 'rr', 'r5') as [number, number, number]
    const keep = r(rr, 100)
    return dp0(
      div(r(a), keep),
      div(r(a), sub(ONE, keep)),
      div(r(a), r(r5, 100)),
      div(mul(r(a), r(r5)), r(rr)),
      mul(r(a), keep),
    )
  },
  'relative-change-in-churn': (f) => {
    const [c1, c2] = get(f, 'c1', 'c2') as [number, number]
    return pct1(
      q(c1 - c2, c1),
      bp(c1 - c2),
      q(c1 - c2, c2),
      q(c2, c1),
      q(c1 - c2, c1 + c2),
      sub(q(10_000 - c2, 10_000 - c1), r(1)),
      q(2 * (c1 - c2), c1 + c2),
    )
  },
  'cohort-survival-from-monthly-losses': (f) => {
    const [nc, ...l] = get(f, 'nc', 'l1', 'l2', 'l3', 'l4') as number[]
    const alive: number[] = [nc!]
    for (const x of l) alive.push(alive[alive.length - 1]! - x)
    const periodRates = add(...l.map((x, i) => q(x, alive[i]!)))
    return pct1(
      q(alive[4]!, nc!),
      sub(ONE, periodRates),
      q(alive[3]!, nc!),
      q(alive[4]!, alive[1]!),
      q(nc! - l[3]!, nc!),
    )
  },
  'half-year-over-half-year-retention': (f) => {
    const [a, b, c] = get(f, 'a', 'b', 'c') as [number, number, number]
    return pct1(
      q(b, a),
      q(b + c, a),
      q(b, b + c),
      q(c, a),
      q(b, a + c),
      q(b, n(f, 'fl')),
      q(b + c, a + c),
    )
  },
  'blended-churn-across-segments': (f) => {
    const [s1, s2, s3, c1, c2, c3] = get(f, 's1', 's2', 's3', 'c1', 'c2', 'c3') as number[]
    const lostBp = s1! * c1! + s2! * c2! + s3! * c3!
    const base = s1! + s2! + s3!
    const keptBp = base * 10_000 - lostBp
    return pct2(
      q(lostBp, base * 10_000),
      q(c1! + c2! + c3!, 30_000),
      q(lostBp, keptBp),
      q(keptBp, base * 10_000),
      q(lostBp, 3 * base * 10_000),
    )
  },
  'buyer-retention-with-reactivations': (f) => {
    const [s, e, nw, k] = get(f, 's', 'e', 'nw', 'k') as [number, number, number, number]
    const kept = e - nw - k
    return pct1(q(kept, s), q(e - nw, s), q(kept, e), q(s - kept, s), q(kept, s + k))
  },
  'customers-lost-in-a-month-from-survival': (f) => {
    const [nc, sm, sn] = get(f, 'nc', 'sm', 'sn') as [number, number, number]
    return dp0(
      q(nc * (sm - sn), 100),
      q(nc * (100 - sn), 100),
      mul(r(nc), q(sm - sn, sm)),
      q(nc * (sm - sn) * sm, 10_000),
      q(nc * sn, 100),
    )
  },
}
