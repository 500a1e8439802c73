import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  C,
  div,
  mul,
  P,
  type R,
  type Route,
  r,
  sub,
} from './management-accounting-second-working.js'

const abs = (x: number): R => r(Math.abs(x))

/** Product costing worked again from each draw's overheads, hours, units and stages of completion. */
export const COSTING_ROUTES: Readonly<Record<string, Route>> = {
  'predetermined-rate-per-machine-hour': (f) => {
    const [o, h, l, oa, ha] = figuresOf(f, 'o', 'h', 'l', 'oa', 'ha')
    return at2(r(o, h), r(o, l), r(oa, ha), r(o, ha), r(o, h + l))
  },
  'under-or-over-absorbed-overhead': (f) => {
    const [rate, h, o, ha, oa] = figuresOf(f, 'rate', 'h', 'o', 'ha', 'oa')
    const absorbed = rate * ha
    return at0(
      abs(absorbed - oa),
      abs(o - oa),
      abs(absorbed - o),
      r(absorbed + oa),
      r(absorbed),
      r(Math.abs(absorbed - oa) * h, ha),
    )
  },
  'absorption-against-variable-costing-profit': (f) => {
    const [nv, p, s, fo, v] = figuresOf(f, 'nv', 'p', 's', 'fo', 'v')
    const perUnit = r(fo, nv)
    const built = r(p - s)
    return at0(
      mul(built, perUnit),
      mul(built, r(fo, p)),
      mul(built, add(perUnit, r(v))),
      mul(built, r(v)),
      mul(r(s), perUnit),
      r(fo),
    )
  },
  'variable-costing-profit': (f) => {
    const [p, s, v, vs, pr, fp, fs] = figuresOf(f, 'p', 's', 'v', 'vs', 'pr', 'fp', 'fs')
    const contribution = s * (pr - v - vs)
    return at0(
      r(contribution - fp - fs),
      sub(r(contribution - fs), r(s * fp, p)),
      r(s * pr - s * vs - p * v - fp - fs),
      r(s * (pr - v) - fp - fs),
      r(contribution - fp),
      sub(r(contribution - fp - fs), r(s * fp, p)),
    )
  },
  'absorption-costing-profit': (f) => {
    const [p, s, v, vs, pr, fp, fs] = figuresOf(f, 'p', 's', 'v', 'vs', 'pr', 'fp', 'fs')
    const fu = r(fp, p)
    const gross = sub(r(s * (pr - v)), mul(r(s), fu))
    return at0(
      sub(gross, r(s * vs + fs)),
      r(s * (pr - v - vs) - fp - fs),
      sub(r(s * (pr - v - vs)), r(s * (fp + fs), p)),
      sub(gross, r(fs)),
      sub(r(s * (pr - vs) - p * v - fs), mul(r(p), fu)),
      sub(gross, r(s * vs + fs + fp)),
      sub(gross, r(s * vs)),
      sub(gross, r(p * vs + fs)),
    )
  },
  'activity-based-overhead-per-unit': (f) => {
    const [c1, d1, c2, d2, a1, a2, q, qt] = figuresOf(
      f,
      'c1',
      'd1',
      'c2',
      'd2',
      'a1',
      'a2',
      'q',
      'qt',
    )
    const batch = add(r(c1 * a1, d1), r(c2 * a2, d2))
    return at2(
      div(batch, r(q)),
      batch,
      r(c1 * a1, d1 * q),
      r(c1 + c2, qt),
      r((c1 + c2) * (a1 + a2), (d1 + d2) * q),
      div(batch, r(qt)),
    )
  },
  'job-price-with-overhead-on-labour-cost-and-a-mark-up': (f) => {
    const [m, h, w, k, u] = figuresOf(f, 'm', 'h', 'w', 'k', 'u')
    const labour = r(h * w)
    const overhead = mul(labour, P(k))
    const cost = add(r(m), labour, overhead)
    const up = P(100 + u)
    return at2(
      mul(cost, up),
      div(cost, P(100 - u)),
      add(mul(r(m + h * w), up), overhead),
      mul(r(m + h * w), up),
      mul(add(r(m + h * w), mul(r(m + h * w), P(k))), up),
      add(mul(r(m), up), labour, overhead),
    )
  },
  'equivalent-units-on-weighted-average': (f) => {
    const [o, c, st, cl, d] = figuresOf(f, 'o', 'c', 'st', 'cl', 'd')
    const done = o + st - cl
    const closing = r(cl * d, 100)
    return at0(
      add(r(done), closing),
      add(r(done - o), r(o * (100 - c), 100), closing),
      r(done + cl),
      add(r(done), r(cl * (100 - d), 100)),
      add(r(done), closing, r(o * c, 100)),
      r(done),
      add(r(done - o), closing),
      r(o + st),
    )
  },
  'equivalent-units-on-fifo': (f) => {
    const [o, c, st, cl, d] = figuresOf(f, 'o', 'c', 'st', 'cl', 'd')
    const done = o + st - cl
    const closing = r(cl * d, 100)
    const opening = r(o * (100 - c), 100)
    return at0(
      add(r(done - o), opening, closing),
      add(r(done), closing),
      add(r(done - o), closing),
      add(r(done - o), r(o * c, 100), closing),
      add(r(done - o), opening, r(cl)),
      add(r(done - o), opening),
      r(o + st),
    )
  },
  'cost-per-equivalent-unit-on-weighted-average': (f) => {
    const [o, c, cl, d, done, oc, pcst] = figuresOf(f, 'o', 'c', 'cl', 'd', 'done', 'oc', 'pcst')
    const wa = add(r(done), r(cl * d, 100))
    const fifo = add(r(done - o), r(o * (100 - c), 100), r(cl * d, 100))
    return at2(
      div(r(oc + pcst), wa),
      div(r(pcst), wa),
      r(oc + pcst, done + cl),
      r(oc + pcst, done),
      div(r(pcst), fifo),
      div(r(oc + pcst), fifo),
      r(pcst, done + cl),
    )
  },
  'value-of-closing-work-in-progress': (f) => {
    const [m, k, cl, d] = figuresOf(f, 'm', 'k', 'cl', 'd')
    return at2(
      mul(r(cl), add(C(m), mul(C(k), P(d)))),
      mul(r(cl), C(m + k), P(d)),
      mul(r(cl), C(m + k)),
      mul(r(cl), C(k), P(d)),
      mul(r(cl), add(mul(C(m), P(d)), C(k))),
      mul(r(cl), C(m)),
    )
  },
  'cost-per-unit-of-expected-output-with-normal-loss': (f) => {
    const [i, x, nl, sc, ao] = figuresOf(f, 'i', 'x', 'nl', 'sc', 'ao')
    const expected = r(i * (100 - nl), 100)
    const scrap = r(i * nl * sc, 10000)
    const net = sub(r(x), scrap)
    return at2(
      div(net, expected),
      r(x, i),
      div(r(x), expected),
      div(net, r(i)),
      div(add(r(x), scrap), expected),
      sub(div(r(x), expected), C(sc)),
      r(x * 100, i * (100 + nl)),
      div(net, r(ao)),
    )
  },
  'job-overhead-on-departmental-rates': (f) => {
    const [o1, h1, l1, o2, l2, jm, jl1, jl2] = figuresOf(
      f,
      'o1',
      'h1',
      'l1',
      'o2',
      'l2',
      'jm',
      'jl1',
      'jl2',
    )
    const assembly = r(o2 * jl2, l2)
    return at2(
      add(r(o1 * jm, h1), assembly),
      r((o1 + o2) * (jl1 + jl2), l1 + l2),
      add(r(o1 * jl1, l1), assembly),
      r(o1 * jm, h1),
      add(r(o1 * jm, h1), r(o2 * (jl1 + jl2), l2)),
    )
  },
  'production-department-overhead-after-a-service-recharge': (f) => {
    const [sv, u1, u2, o1] = figuresOf(f, 'sv', 'u1', 'u2', 'o1')
    const share = r(sv * u1, u1 + u2)
    return at0(
      add(r(o1), share),
      add(r(o1), r(sv * u1, 100)),
      add(r(o1), r(sv, 2)),
      add(r(o1), r(sv * u2, u1 + u2)),
      share,
      r(o1 + sv),
    )
  },
  'abnormal-loss-valued-at-cost-of-expected-output': (f) => {
    const [i, x, nl, a] = figuresOf(f, 'i', 'x', 'nl', 'a')
    const expected = r(i * (100 - nl), 100)
    const abnormal = sub(expected, r(a))
    const normal = r(i * nl, 100)
    return at2(
      div(mul(abnormal, r(x)), expected),
      mul(abnormal, r(x, i)),
      mul(abnormal, r(x, a)),
      div(r((i - a) * x), expected),
      div(mul(normal, r(x)), expected),
    )
  },
  'full-production-cost-per-unit': (f) => {
    const [v, nv, fp, fs, act, vs] = figuresOf(f, 'v', 'nv', 'fp', 'fs', 'act', 'vs')
    return at2(
      add(r(v), r(fp, nv)),
      add(r(v), r(fp, act)),
      add(r(v), r(fp + fs, nv)),
      r(v),
      add(r(v + vs), r(fp, nv)),
      r(fp, nv),
    )
  },
}
