import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  div,
  H,
  list,
  mul,
  ONE,
  P,
  pct1,
  type R,
  type Route,
  r,
  rt2,
  rtPct,
  sub,
  sum,
  upR,
} from './marketing-statistics-second-working.js'

const sq = (x: R): R => mul(x, x)
const z196 = sq(H(196))

/** Surveys and sampling, worked again from each draw's counts, shares and z-values. */
export const SURVEYS_ROUTES: Readonly<Record<string, Route>> = {
  'margin-of-error-with-a-finite-customer-list': (f) => {
    const [big, size, yes] = figuresOf(f, 'big', 'size', 'yes')
    const v = r(yes * (100 - yes), 10000 * size)
    const corr = r(big - size, big - 1)
    return pct1(
      rtPct(mul(z196, v, corr)),
      rtPct(mul(z196, v)),
      mul(rtPct(mul(z196, v)), corr),
      rtPct(mul(z196, r(1, 4 * size), corr)),
      rtPct(mul(sq(H(164)), v, corr)),
      rtPct(mul(z196, v, r(size, big))),
    )
  },
  'invitations-for-a-target-margin': (f) => {
    const [e, p, rr] = figuresOf(f, 'e', 'p', 'rr')
    const e2 = r(e * e, 10000)
    const need = (z2: R, v: R) => upR(div(mul(z2, v), e2))
    const v = r(p * (100 - p), 10000)
    const n0 = need(z196, v)
    const invite = (c: R) => upR(div(c, P(rr)))
    return at0(
      invite(n0),
      n0,
      upR(mul(n0, P(rr))),
      invite(need(H(196), v)),
      invite(need(z196, r(1, 4))),
      invite(upR(div(mul(z196, v), r(e * e * p * p, 100000000)))),
    )
  },
  'purchase-intent-weighted-to-customer-shares': (f) => {
    const s = list(f, 's')
    const y = list(f, 'y')
    const w = list(f, 'w')
    const rate = y.map((x, i) => r(x, s[i]!))
    return pct1(
      add(...rate.map((x, i) => mul(x, P(w[i]!)))),
      r(sum(y), sum(s)),
      div(add(...rate), r(3)),
      add(...rate.map((x, i) => mul(x, P(w[2 - i]!)))),
      add(...y.map((x, i) => mul(r(x, sum(s)), P(w[i]!)))),
    )
  },
  'response-rate-counting-partials-at-half': (f) => {
    const [inv, bounced, comp, part] = figuresOf(f, 'inv', 'bounced', 'comp', 'part')
    const got = add(r(comp), r(part, 2))
    return pct1(
      div(got, r(inv - bounced)),
      r(comp, inv - bounced),
      r(comp + part, inv - bounced),
      div(got, r(inv)),
      div(got, r(inv + bounced)),
    )
  },
  'net-promoter-score-from-score-counts': (f) => {
    const [d05, s6, s7, s8, pro] = figuresOf(f, 'd05', 's6', 's7', 's8', 'pro')
    const all = d05 + s6 + s7 + s8 + pro
    const share = (x: number, base = all) => r(100 * x, base)
    return at1(
      sub(share(pro), share(d05 + s6)),
      sub(share(pro), share(d05)),
      sub(share(pro + s8), share(d05 + s6)),
      r(100 * (pro - d05 - s6), pro + d05 + s6),
      share(pro),
      sub(share(pro), share(d05 + s6 + s7)),
      share(d05 + s6),
    )
  },
  'top-two-box-share': (f) => {
    const c = list(f, 'c')
    const all = sum(c)
    const points = sum(c.map((x, i) => x * (i + 1)))
    return pct1(
      r(c[3]! + c[4]!, all),
      r(c[4]!, all),
      r(c[2]! + c[3]! + c[4]!, all),
      r(c[3]! + c[4]!, all - c[2]!),
      r(points, 5 * all),
      r(c[3]!, all),
      r(c[3]! + c[4]!, all + c[2]!),
    )
  },
  'mean-rating-without-dont-knows': (f) => {
    const c = list(f, 'c')
    const [dk] = figuresOf(f, 'dk')
    const all = sum(c)
    const points = sum(c.map((x, i) => x * (i + 1)))
    return at2(
      r(points, all),
      r(points, all + dk),
      r(points + 3 * dk, all + dk),
      r(points + 6 * dk, all + dk),
      r(points, all - dk),
      r(points + dk, all + dk),
      r(points - all, all),
      r(c.indexOf(Math.max(...c)) + 1),
    )
  },
  'neyman-allocation-for-a-segment': (f) => {
    const N = list(f, 'N')
    const S = list(f, 'S')
    const [size, k] = figuresOf(f, 'size', 'k')
    const ns = N.map((x, i) => x * S[i]!)
    const nss = N.map((x, i) => x * S[i]! * S[i]!)
    return at0(
      r(size * ns[k]!, sum(ns)),
      r(size * N[k]!, sum(N)),
      r(size * S[k]!, sum(S)),
      r(size, 3),
      r(size * nss[k]!, sum(nss)),
    )
  },
  'interviews-for-an-interlocking-quota-cell': (f) => {
    const [size, a, b] = figuresOf(f, 'size', 'a', 'b')
    return at0(
      mul(r(size), P(a), P(b)),
      mul(r(size), P(a)),
      mul(r(size), div(add(P(a), P(b)), r(2))),
      mul(r(size), P(Math.min(a, b))),
      mul(r(size), P(a), P(a), P(b)),
      mul(r(size), sub(add(P(a), P(b)), mul(P(a), P(b)))),
    )
  },
  'upper-end-of-a-mean-satisfaction-interval': (f) => {
    const [size, m, sd] = figuresOf(f, 'size', 'm', 'sd')
    const mean = H(m)
    const s = H(sd)
    const v = div(sq(s), r(size))
    return at2(
      add(mean, rt2(mul(z196, v))),
      add(mean, mul(H(196), div(s, r(size)))),
      add(mean, mul(rt2(mul(z196, v)), r(2))),
      add(mean, rt2(mul(sq(H(164)), v))),
      add(mean, rt2(mul(sq(H(258)), v))),
      mean,
      add(mean, rt2(mul(z196, v, sq(s)))),
      add(mean, rt2(mul(z196, v, r(1, 4)))),
    )
  },
  'satisfaction-adjusted-for-segment-response-rates': (f) => {
    const [N0, N1, r0, r1, s0, s1] = figuresOf(f, 'N0', 'N1', 'r0', 'r1', 's0', 's1')
    const a = r(s0, r0)
    const b = r(s1, r1)
    return pct1(
      div(add(mul(a, r(N0)), mul(b, r(N1))), r(N0 + N1)),
      r(s0 + s1, r0 + r1),
      div(add(a, b), r(2)),
      r(s0 + s1, N0 + N1),
      div(add(mul(a, r(N1)), mul(b, r(N0))), r(N0 + N1)),
    )
  },
  'share-of-those-answering-a-question': (f) => {
    const [all, skip, yes] = figuresOf(f, 'all', 'skip', 'yes')
    const answered = all - skip
    return pct1(
      r(yes, answered),
      r(yes, all),
      r(yes, all + skip),
      r(answered - yes, answered),
      r(yes + skip, all),
    )
  },
  'invitations-for-a-low-incidence-study': (f) => {
    const [target, inc, rr] = figuresOf(f, 'target', 'inc', 'rr')
    const t = r(target)
    return at0(
      upR(div(t, mul(P(inc), P(rr)))),
      upR(div(t, P(inc))),
      upR(div(t, P(rr))),
      upR(div(t, P(inc + rr))),
      upR(div(t, mul(P(inc), P(inc)))),
      upR(div(t, mul(P(inc), P(rr), P(rr)))),
    )
  },
  'expected-count-in-a-brand-preference-table': (f) => {
    const [r0, r1, c0, obs] = figuresOf(f, 'r0', 'r1', 'c0', 'obs')
    const g = r0 + r1
    return at2(r(r0 * c0, g), r(obs), r(c0, 2), r(r0 * c0, r1), r(r0 * r0, g))
  },
  'share-of-all-respondents-through-a-filter': (f) => {
    const [aw, tr] = figuresOf(f, 'aw', 'tr')
    return pct1(
      mul(P(aw), P(tr)),
      P(tr),
      sub(P(aw), P(tr)),
      mul(P(aw), sub(ONE, P(tr))),
      div(add(P(aw), P(tr)), r(2)),
      div(mul(P(aw), P(tr)), P(aw + tr)),
    )
  },
  'sample-size-for-a-small-customer-list': (f) => {
    const [big, e, p] = figuresOf(f, 'big', 'e', 'p')
    const e2 = r(e * e, 10000)
    const pq = r(p * (100 - p), 10000)
    const first = (z2: R, v: R) => div(mul(z2, v), e2)
    const corrected = (x: R) => upR(div(x, add(ONE, div(sub(x, ONE), r(big)))))
    const n0 = first(z196, pq)
    return at0(
      corrected(n0),
      upR(n0),
      upR(mul(n0, sub(ONE, div(n0, r(big))))),
      corrected(first(H(196), pq)),
      corrected(first(z196, r(1, 4))),
      upR(mul(n0, add(ONE, div(sub(n0, ONE), r(big))))),
      corrected(first(sq(H(164)), pq)),
    )
  },
}
