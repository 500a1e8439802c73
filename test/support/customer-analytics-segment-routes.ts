import {
  add,
  as,
  cents2,
  div,
  dp,
  dp0,
  dp1,
  dp2,
  list,
  mul,
  n,
  pct1,
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

/** A score from a band table: the first band whose lower bound the value reaches. */
function band(value: number, bounds: readonly (readonly [number, number])[]): number {
  for (const [from, score] of bounds) if (value >= from) return score
  return 1
}
// The stems' cut tables, written as lower bounds: recency is scored on days, fewer days higher.
const recencyScore = (days: number) =>
  6 -
  band(days, [
    [366, 5],
    [181, 4],
    [91, 3],
    [31, 2],
  ])
const frequencyScore = (orders: number) =>
  band(orders, [
    [10, 5],
    [6, 4],
    [3, 3],
    [2, 2],
  ])
const monetaryScore = (c: number) =>
  band(c, [
    [100_000, 5],
    [50_000, 4],
    [25_000, 3],
    [10_000, 2],
  ])

/** Segmentation and RFM worked again from each draw's days, counts and cents. */
export const SEGMENT_ROUTES: Readonly<Record<string, SecondRoute>> = {
  'weighted-rfm-score': (f) => {
    const [days, o, c, wr, wf, wm] = get(f, 'days', 'o', 'c', 'wr', 'wf', 'wm') as number[]
    const [rs, fs, ms] = [recencyScore(days!), frequencyScore(o!), monetaryScore(c!)]
    const wsum = (a: number, b: number, x: number, d = 100) => q(wr! * a + wf! * b + wm! * x, d)
    return dp2(
      wsum(rs, fs, ms),
      q(rs + fs + ms, 3),
      wsum(6 - rs, fs, ms),
      q(wm! * rs + wf! * fs + wr! * ms, 100),
      wsum(rs, fs, ms, 300),
      q(wr! * fs + wf! * rs + wm! * ms, 100),
      r(rs + fs + ms),
    )
  },
  'recency-days-as-of-date': (f) => {
    const [first, prev, last, ship, deliv, visit, asOf, extract] = get(
      f,
      'first',
      'prev',
      'last',
      'ship',
      'deliv',
      'visit',
      'asOf',
      'extract',
    ) as number[]
    return dp0(
      r(asOf! - last!),
      r(asOf! - ship!),
      r(asOf! - deliv!),
      r(asOf! - visit!),
      r(extract! - last!),
      r(asOf! - prev!),
      r(asOf! - first!),
    )
  },
  'top-two-decile-revenue-share': (f) => {
    const d = list(f, 'd')
    const t = total(d)
    const top2 = d[0]! + d[1]!
    return pct1(
      q(top2, t),
      q(d[0]!, t),
      q(d[1]!, t),
      q(d[8]! + d[9]!, t),
      q(top2 + d[2]!, t),
      q(top2, t - top2),
      q(top2, total(d.slice(0, 5))),
    )
  },
  'segment-size-from-migration-matrix': (f) => {
    const [cl, ll, al, lc, la, lx, nw] = get(
      f,
      'cl',
      'll',
      'al',
      'lc',
      'la',
      'lx',
      'nw',
    ) as number[]
    const lastLoyal = ll! + lc! + la! + lx!
    const arrived = cl! + al!
    const now = ll! + arrived + nw!
    return dp0(
      r(now),
      r(lastLoyal),
      r(ll!),
      r(now - nw!),
      r(arrived + nw!),
      r(lastLoyal + arrived + nw!),
    )
  },
  'segment-migration-rate': (f) => {
    const [ll, lc, la, lx, cc, ac, tot] = get(
      f,
      'll',
      'lc',
      'la',
      'lx',
      'cc',
      'ac',
      'tot',
    ) as number[]
    const row = ll! + lc! + la! + lx!
    return pct1(
      q(lc!, row),
      q(lc!, lc! + cc! + ac!),
      q(lc!, tot!),
      q(lc!, row + cc! + ac!),
      q(lc!, lc! + la! + lx!),
      q(lc! + ll!, row),
      q(lc!, ll!),
    )
  },
  'segment-revenue-index': (f) => {
    const [nn, ns, rr, rs, os, on] = get(f, 'nn', 'ns', 'rr', 'rs', 'os', 'on') as number[]
    const revShare = q(rs!, rr!)
    const custShare = q(ns!, nn!)
    const idx = (x: R) => mul(x, r(100))
    return dp1(
      idx(div(revShare, custShare)),
      idx(revShare),
      idx(div(custShare, revShare)),
      idx(div(revShare, q(os!, on!))),
      idx(sub(revShare, custShare)),
      idx(div(q(rs!, ns!), q(rr! - rs!, nn! - ns!))),
      idx(div(q(rs!, rr! - rs!), custShare)),
      idx(div(revShare, q(ns!, n(f, 'file')))),
    )
  },
  'next-period-revenue-from-migration': (f) => {
    const [sh, sl, hh, hl, hx, lh, ll, lx] = get(
      f,
      'sh',
      'sl',
      'hh',
      'hl',
      'hx',
      'lh',
      'll',
      'lx',
    ) as number[]
    const rev = (hi: number, lo: number) => usd(hi * sh! + lo * sl!)
    const hi = hh! + lh!
    const lo = hl! + ll!
    return cents2(
      rev(hi, lo),
      rev(hh! + hl! + hx!, lh! + ll! + lx!),
      rev(hh!, ll!),
      usd(hi * sl! + lo * sh!),
      rev(hi, lo + hx! + lx!),
      rev(hh! + hl! + lh!, ll! + lh! + hl!),
      rev(hh! + hl!, lh! + ll!),
    )
  },
  'top-customers-share-from-a-list': (f) => {
    const v = list(f, 'v')
    const s = [...v].sort((a, b) => b - a)
    const t = total(v)
    const top2 = s[0]! + s[1]!
    return pct1(
      q(top2, t),
      q(v[0]! + v[1]!, t),
      q(top2, t - top2),
      q(top2 + s[2]!, t),
      q(s[8]! + s[9]!, t),
      q(s[0]!, t),
      q(top2, t - s[8]! - s[9]!),
    )
  },
  'top-decile-lift': (f) => {
    const [n1, rall, r1, r2, r10] = get(f, 'n1', 'rall', 'r1', 'r2', 'r10') as number[]
    const overall = q(rall!, 10 * n1!)
    const top = q(r1!, n1!)
    return dp2(
      div(top, overall),
      div(top, q(rall! - r1!, 9 * n1!)),
      div(top, q(r10!, n1!)),
      sub(div(top, overall), r(1)),
      div(q(r1! + r2!, 2 * n1!), overall),
      div(overall, top),
    )
  },
  'cumulative-gains-at-a-decile': (f) => {
    const [n1, k] = get(f, 'n1', 'k') as [number, number]
    const rr = list(f, 'r')
    const all = total(rr)
    const top = total(rr.slice(0, k))
    return pct1(
      q(top, all),
      q(top, k * n1),
      q(k, 10),
      q(total(rr.slice(0, k + 1)), all),
      q(top, all - rr[9]!),
      q(rr[k - 1]!, all),
      q(total(rr.slice(0, k - 1)), all),
    )
  },
  'monetary-value-in-window': (f) => {
    const [before, i0, i1, i2, i3, after, ret] = get(
      f,
      'before',
      'i0',
      'i1',
      'i2',
      'i3',
      'after',
      'ret',
    ) as number[]
    const net = i0! + i1! + i2! + i3! - ret!
    return cents2(
      usd(net),
      usd(net + before!),
      usd(net + after!),
      usd(net + ret!),
      q(net, 400),
      usd(i2! + i3!),
      usd(i0! + i1! - ret!),
    )
  },
  'share-of-customers-moving-up-a-tier': (f) => {
    const [gs, sg, ss, bg, bs, bb, down, lapsed, nw] = get(
      f,
      'gs',
      'sg',
      'ss',
      'bg',
      'bs',
      'bb',
      'down',
      'lapsed',
      'nw',
    ) as number[]
    const up = sg! + bg! + bs!
    const stayed = gs! + ss! + bb!
    const all = up + stayed + down! + lapsed!
    return pct1(
      q(up, all),
      q(up, all - lapsed!),
      q(up + stayed, all),
      q(up, up + down!),
      q(up, all + nw!),
      q(sg! + bs!, all),
      q(down!, all),
    )
  },
  'two-period-segment-forecast': (f) => {
    const [a0, l0, p, qq] = get(f, 'a0', 'l0', 'p', 'qq') as number[]
    const P = q(p!, 100)
    const Q = q(qq!, 100)
    let a: R = r(a0!)
    let l: R = r(l0!)
    const trail: R[] = []
    for (let half = 0; half < 2; half++) {
      const next = add(mul(a, P), mul(l, Q))
      l = add(mul(a, sub(r(1), P)), mul(l, sub(r(1), Q)))
      a = next
      trail.push(a)
    }
    return dp0(
      trail[1]!,
      trail[0]!,
      mul(r(a0!), P, P),
      add(mul(r(a0!), P, P), mul(r(l0!), Q, Q)),
      add(mul(r(a0!), P, P), mul(r(l0!), Q, r(2))),
      add(mul(r(a0!), P), mul(r(l0!), Q, r(2))),
      r(a0!),
      add(mul(r(a0!), P, P), mul(r(l0!), Q)),
    )
  },
  'top-versus-rest-average-spend-ratio': (f) => {
    const [top, rev] = get(f, 'top', 'rev') as [number, number]
    const perTop = q(rev, top)
    return dp2(
      div(perTop, q(100 - rev, 100 - top)),
      q(rev, 100 - rev),
      perTop,
      div(perTop, q(100 - rev, 100)),
      div(perTop, q(100 - top, 100)),
      div(q(rev, 100 - top), q(100 - rev, top)),
    )
  },
  'segment-share-change-in-points': (f) => {
    const [n1, n2, a, b] = get(f, 'n1', 'n2', 'a', 'b') as number[]
    const s1 = q(a!, n1!)
    const s2 = q(b!, n2!)
    return points(
      sub(s2, s1),
      q(b! - a!, n1!),
      sub(div(s2, s1), r(1)),
      q(b! - a!, a!),
      s2,
      q(b! - a!, n1! + n2!),
    )
  },
  'cumulative-lift-of-the-top-two-deciles': (f) => {
    const [n1, rall, r1, r2] = get(f, 'n1', 'rall', 'r1', 'r2') as number[]
    const overall = q(rall!, 10 * n1!)
    const both = q(r1! + r2!, 2 * n1!)
    return dp2(
      div(both, overall),
      div(q(r1!, n1!), overall),
      div(q(r2!, n1!), overall),
      div(q(r1! + r2!, n1!), overall),
      div(both, q(rall! - r1! - r2!, 8 * n1!)),
      q(r1! + r2!, rall!),
      sub(div(both, overall), r(1)),
    )
  },
}
