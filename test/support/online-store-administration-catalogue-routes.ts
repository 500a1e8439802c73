import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  C,
  ceilR,
  counts,
  div,
  down,
  floorR,
  mul,
  P,
  pct1,
  type Route,
  r,
  sub,
  up,
} from './online-store-administration-second-working.js'

const ONE = r(1)
/** The smallest price in cents ending in 99 at or above `x` cents, and the largest at or below. */
const ninetyNineUp = (x: ReturnType<typeof r>) =>
  add(mul(ceilR(div(sub(x, r(99)), r(100))), r(100)), r(99))
const ninetyNineDown = (x: ReturnType<typeof r>) =>
  add(mul(floorR(div(sub(x, r(99)), r(100))), r(100)), r(99))
const dollarsOf = (cents: ReturnType<typeof r>) => div(cents, r(100))

/** Catalogue and pricing worked again from each draw's costs, prices and stated rules. */
export const CATALOGUE_ROUTES: Readonly<Record<string, Route>> = {
  'price-from-landed-cost-at-a-markup': (f) => {
    const [c, fr, m] = figuresOf(f, 'c', 'f', 'm')
    const landed = C(c + fr)
    return at2(
      up(landed, m),
      div(landed, P(100 - m)),
      up(C(c), m),
      mul(landed, P(m)),
      add(up(C(c), m), C(fr)),
    )
  },
  'vat-inclusive-price-for-a-target-margin': (f) => {
    const [c, g, v] = figuresOf(f, 'c', 'g', 'v')
    const net = div(C(c), P(100 - g))
    return at2(
      up(net, v),
      net,
      up(up(C(c), g), v),
      div(net, P(100 - v)),
      div(C(c), P(100 - g - v)),
      up(C(c), g + v),
    )
  },
  'gross-margin-of-a-vat-inclusive-price': (f) => {
    const [v, pr, c] = figuresOf(f, 'v', 'pr', 'c')
    const net = div(C(pr), P(100 + v))
    const off = down(C(pr), v)
    return pct1(
      div(sub(net, C(c)), net),
      div(sub(C(pr), C(c)), C(pr)),
      div(sub(net, C(c)), C(c)),
      div(sub(off, C(c)), off),
      div(sub(net, C(c)), C(pr)),
      div(sub(C(pr), C(c)), net),
    )
  },
  'inclusive-price-after-a-vat-rate-change-keeping-the-net': (f) => {
    const [v1, v2, p] = figuresOf(f, 'v1', 'v2', 'p')
    return at2(
      mul(C(p), r(100 + v2, 100 + v1)),
      mul(C(p), r(100 + v2 - v1, 100)),
      up(down(C(p), v1), v2),
      up(C(p), v2),
      mul(C(p), r(100 + v1, 100 + v2)),
    )
  },
  'sale-price-after-a-sale-and-a-stacked-code': (f) => {
    const [p, x, y] = figuresOf(f, 'p', 'x', 'y')
    return at2(
      down(down(C(p), x), y),
      down(C(p), x + y),
      down(C(p), x),
      down(C(p), y),
      mul(down(C(p), x), P(y)),
    )
  },
  'cart-total-with-a-percentage-then-a-fixed-code-and-shipping': (f) => {
    const [t, x, fx, s] = figuresOf(f, 't', 'x', 'f', 's')
    const after = down(C(t), x)
    return at2(
      add(sub(after, C(fx)), C(s)),
      add(down(sub(C(t), C(fx)), x), C(s)),
      sub(down(C(t + s), x), C(fx)),
      sub(after, C(fx)),
      add(after, C(s)),
      down(sub(C(t), C(fx)), x),
      down(C(t + s), x),
    )
  },
  'bulk-increase-rounded-up-to-a-99-ending': (f) => {
    const [p, x, comp] = figuresOf(f, 'p', 'x', 'comp')
    const raised = up(r(p), x)
    return at2(
      dollarsOf(ninetyNineUp(raised)),
      dollarsOf(raised),
      dollarsOf(ninetyNineDown(raised)),
      add(ceilR(dollarsOf(raised)), r(99, 100)),
      dollarsOf(ninetyNineUp(up(r(comp), x))),
      dollarsOf(ninetyNineUp(down(r(p), x))),
      add(dollarsOf(raised), r(99, 100)),
    )
  },
  'variant-count-with-an-unmade-combination': (f) => {
    const [s, c, m] = figuresOf(f, 's', 'c', 'm')
    const all = s * c * m
    return counts(all - m, all, all - 1, s + c + m, all - c * m, s * c - 1)
  },
  'unit-price-per-100-g-of-a-multipack': (f) => {
    const [k, w, p] = figuresOf(f, 'k', 'w', 'p')
    return at2(
      mul(C(p), r(100, k * w)),
      mul(C(p), r(100, w)),
      mul(C(p), r(1000, k * w)),
      mul(C(p), r(1, k)),
    )
  },
  'all-units-quantity-break-price': (f) => {
    const [p, b1, , d1, d2, q] = figuresOf(f, 'p', 'b1', 'b2', 'd1', 'd2', 'q')
    const line = mul(C(p), r(q))
    return at2(
      down(line, d1),
      add(mul(C(p), r(b1 - 1)), down(mul(C(p), r(q - b1 + 1)), d1)),
      down(line, d2),
      line,
      down(line, d1 + d2),
      add(mul(C(p), r(q - b1)), down(mul(C(p), r(b1)), d1)),
      down(down(line, d1), d2),
    )
  },
  'code-on-an-eligible-collection-only': (f) => {
    const [a, b, x] = figuresOf(f, 'a', 'b', 'x')
    return at2(
      add(down(C(a), x), C(b)),
      down(C(a + b), x),
      C(a + b),
      add(C(a), down(C(b), x)),
      down(C(a), x),
    )
  },
  'deepest-discount-before-a-sale-loses-money': (f) => {
    const [p, c, fe, fx] = figuresOf(f, 'p', 'c', 'f', 'fx')
    const kept = down(C(p), fe, 1000)
    const costs = C(c + fx)
    return pct1(
      sub(ONE, div(costs, kept)),
      sub(ONE, div(C(c), C(p))),
      sub(ONE, div(costs, C(p))),
      sub(ONE, div(C(c), kept)),
      sub(sub(ONE, div(costs, C(p))), P(fe, 1000)),
    )
  },
  'sales-tax-after-a-code-on-taxable-lines': (f) => {
    const [tx, nt, s, x, t] = figuresOf(f, 'tx', 'nt', 's', 'x', 't')
    const rate = P(t, 10000)
    const base = down(C(tx), x)
    return at2(
      mul(base, rate),
      mul(C(tx), rate),
      mul(down(C(tx + nt), x), rate),
      mul(add(base, C(s)), rate),
      div(mul(base, rate), add(ONE, rate)),
    )
  },
  'price-in-a-second-currency-rounded-up': (f) => {
    const [p, rt, b] = figuresOf(f, 'p', 'r', 'b')
    const euros = up(mul(C(p), P(rt)), b)
    return at0(
      ceilR(euros),
      ceilR(up(div(C(p), P(rt)), b)),
      ceilR(mul(C(p), P(rt))),
      floorR(euros),
      ceilR(mul(C(p), P(rt - b))),
      ceilR(mul(C(p), P(rt + b))),
      ceilR(div(C(p), P(rt))),
    )
  },
  'landed-unit-cost-with-duty-on-goods-only': (f) => {
    const [q, u, fr, d] = figuresOf(f, 'q', 'u', 'f', 'd')
    const goods = mul(C(u), r(q))
    const perUnit = (x: ReturnType<typeof r>) => div(x, r(q))
    return at2(
      perUnit(add(up(goods, d), C(fr))),
      perUnit(up(add(goods, C(fr)), d)),
      perUnit(add(goods, C(fr))),
      up(C(u), d),
      add(up(C(u), d), C(fr)),
      C(u),
    )
  },
  'variants-touched-by-a-bulk-edit-on-two-tags': (f) => {
    const [a, b, ab, v] = figuresOf(f, 'a', 'b', 'ab', 'v')
    return counts((a + b - ab) * v, (a + b) * v, a + b - ab, (a + b - 2 * ab) * v, ab * v)
  },
}
