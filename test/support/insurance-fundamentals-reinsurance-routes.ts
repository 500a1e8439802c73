import {
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { P } from './insurance-fundamentals-second-working.js'

const keep = (p: number): R => sub(r(1), P(p))
/** What a layer of `y` excess of `x` takes of a loss, in whole dollars. */
const inLayer = (loss: number, x: number, y: number): number => Math.min(Math.max(loss - x, 0), y)

/** Reinsurance worked again from each draw's treaty terms, premiums and losses. */
export const REINSURANCE_ROUTES: Readonly<Record<string, Route>> = {
  'quota-share-premium-net-of-ceding-commission': (f) => {
    const [p, q, c] = figuresOf(f, 'p', 'q', 'c')
    const ceded = mul(r(p), P(q))
    return at2(
      sub(ceded, mul(ceded, P(c))),
      ceded,
      mul(ceded, P(c)),
      sub(r(p), ceded),
      sub(ceded, mul(r(p), P(c))),
    )
  },
  'net-retained-loss-under-a-capped-quota-share': (f) => {
    const [q, t, l] = figuresOf(f, 'q', 't', 'l')
    const recovery = mul(r(Math.min(l, t)), P(q))
    return at2(
      sub(r(l), recovery),
      mul(r(l), keep(q)),
      recovery,
      mul(r(t), keep(q)),
      r(l - t),
      r(l),
    )
  },
  'surplus-treaty-recovery-within-capacity': (f) => {
    const [ret, n, s, l] = figuresOf(f, 'ret', 'n', 's', 'l')
    const ceded = Math.min(s - ret, n * ret)
    return at2(
      mul(r(l), r(ceded, s)),
      r(l - ret),
      mul(r(l), r(ret, s)),
      mul(r(l), r(Math.min(n * ret, s), s)),
      mul(r(l), r(s - ret, (n + 1) * ret)),
    )
  },
  'net-retained-share-when-a-risk-exceeds-surplus-capacity': (f) => {
    const [ret, n, s, l] = figuresOf(f, 'ret', 'n', 's', 'l')
    const treaty = mul(r(l), r(Math.min(n * ret, s - ret), s))
    return at2(
      sub(r(l), treaty),
      mul(r(l), r(ret, s)),
      treaty,
      mul(r(l), r(s - (n + 1) * ret, s)),
      r(l),
    )
  },
  'per-risk-excess-of-loss-recovery-on-two-losses': (f) => {
    const [x, y, l1, l2] = figuresOf(f, 'x', 'y', 'l1', 'l2')
    return at2(
      r(inLayer(l1, x, y) + inLayer(l2, x, y)),
      r(l1 - x + l2 - x),
      r(Math.min(l1, y) + Math.min(l2, y)),
      r(2 * y),
      r(Math.min(l1, y) - x + (y - x)),
    )
  },
  'net-loss-after-quota-share-then-excess-of-loss': (f) => {
    const [q, x, y, l] = figuresOf(f, 'q', 'x', 'y', 'l')
    const net = mul(r(l), keep(q))
    const netDollars = Number(net[0] / net[1])
    const grossFirst = r(l - inLayer(l, x, y))
    return at2(
      r(netDollars - inLayer(netDollars, x, y)),
      mul(grossFirst, keep(q)),
      r(Math.min(netDollars, x)),
      net,
      grossFirst,
    )
  },
  'aggregate-stop-loss-recovery': (f) => {
    const [e, w, a, b, lr, co] = figuresOf(f, 'e', 'w', 'a', 'b', 'lr', 'co')
    const losses = mul(r(e), P(lr))
    const pays = (base: number, from: number, width: number) => {
      const over = sub(losses, mul(r(base), P(from)))
      const cap = mul(r(base), P(width))
      return over[0] * cap[1] < cap[0] * over[1] ? over : cap
    }
    const earnedLayer = pays(e, a, b)
    const writtenOver = sub(losses, mul(r(w), P(a)))
    const writtenLayer = writtenOver[0] <= 0n ? r(1) : pays(w, a, b)
    return at2(
      mul(earnedLayer, keep(co)),
      earnedLayer,
      mul(sub(losses, mul(r(e), P(a))), keep(co)),
      mul(writtenLayer, keep(co)),
      mul(sub(pays(e, 0, a + b), mul(r(e), P(b))), keep(co)),
    )
  },
  'reinstatement-premium-after-a-loss-to-the-layer': (f) => {
    const [x, y, rp, l, dleft] = figuresOf(f, 'x', 'y', 'rp', 'l', 'dleft')
    const used = r(inLayer(l, x, y), y)
    return at2(
      mul(r(rp), used),
      r(rp),
      mul(r(rp), used, r(dleft, 365)),
      mul(r(rp), r(Math.min(l, y), y)),
      mul(r(rp), r(inLayer(l, x, y), x + y)),
      mul(r(rp), r(dleft, 365)),
    )
  },
  'burning-cost-rate-for-an-excess-layer': (f) => {
    const [x, y, l1, l2, l3, l4, l5, sp, ld] = figuresOf(
      f,
      'x',
      'y',
      'l1',
      'l2',
      'l3',
      'l4',
      'l5',
      'sp',
      'ld',
    )
    const ls = [l1, l2, l3, l4, l5]
    const layerLosses = ls.reduce((t, l) => t + inLayer(l, x, y), 0)
    const aboveX = ls.reduce((t, l) => t + l - x, 0)
    const ground = ls.reduce((t, l) => t + l, 0)
    return pct2(
      div(r(layerLosses, sp), P(ld)),
      r(layerLosses, sp),
      div(r(aboveX, sp), P(ld)),
      mul(r(layerLosses, sp), P(ld)),
      div(r(ground, sp), P(ld)),
    )
  },
  'quota-share-profit-commission': (f) => {
    const [p, c, m, lr, pr] = figuresOf(f, 'p', 'c', 'm', 'lr', 'pr')
    const margin = (...loads: readonly number[]) =>
      sub(sub(r(p), mul(r(p), P(lr))), mul(r(p), P(loads.reduce((a, b) => a + b, 0))))
    return at2(
      mul(margin(c, m), P(pr)),
      mul(margin(m), P(pr)),
      mul(margin(c), P(pr)),
      mul(margin(), P(pr)),
      mul(margin(c, m), keep(pr)),
    )
  },
  'premium-placed-facultatively-above-the-surplus': (f) => {
    const [ret, n, s, p] = figuresOf(f, 'ret', 'n', 's', 'p')
    const share = (part: number, whole = s) => mul(r(p), r(part, whole))
    return at2(
      share(s - ret - n * ret),
      share(s - ret),
      share(s - n * ret),
      share(n * ret),
      share(s - ret - n * ret, (n + 1) * ret),
    )
  },
  'net-written-premium-after-quota-share-and-excess-of-loss-cost': (f) => {
    const [p, q, c, x] = figuresOf(f, 'p', 'q', 'c', 'x')
    const kept = mul(r(p), keep(q))
    const xl = mul(kept, r(x, 1000))
    return at2(
      sub(kept, xl),
      sub(sub(r(p), mul(r(p), P(q), keep(c))), xl),
      sub(kept, mul(r(p), r(x, 1000))),
      kept,
      sub(r(p), mul(r(p), r(x, 1000))),
    )
  },
  'catastrophe-excess-of-loss-recovery-with-coinsurance': (f) => {
    const [x, y, e, co] = figuresOf(f, 'x', 'y', 'e', 'co')
    const layerLoss = r(inLayer(e, x, y))
    return at2(
      mul(layerLoss, keep(co)),
      layerLoss,
      mul(r(y), keep(co)),
      mul(layerLoss, P(co)),
      mul(r(e), keep(co)),
      sub(r(e - x), mul(r(e), P(co))),
    )
  },
  'loss-ratio-net-of-reinsurance': (f) => {
    const [ge, ce, gl, rc] = figuresOf(f, 'ge', 'ce', 'gl', 'rc')
    return pct2(r(gl - rc, ge - ce), r(gl - rc, ge), r(gl, ge - ce), r(gl, ge), r(rc, ce))
  },
  'one-reinsurers-share-of-a-layer-loss': (f) => {
    const [x, y, w, l] = figuresOf(f, 'x', 'y', 'w', 'l')
    return at2(
      mul(r(inLayer(l, x, y)), P(w)),
      mul(r(l - x), P(w)),
      mul(r(l), P(w)),
      r(inLayer(l, x, y)),
      mul(r(x + y), P(w)),
    )
  },
}
