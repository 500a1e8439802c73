import {
  add,
  at2,
  C,
  div,
  figuresOf,
  mul,
  P,
  type Route,
  r,
  sub,
  T,
  X,
} from './e-commerce-accounting-second-working.js'

/** Revenue and returns worked again from each draw's orders, plans, rates and stated points. */
export const REVENUE_ROUTES: Readonly<Record<string, Route>> = {
  'revenue-at-delivery-with-orders-in-transit-at-both-ends': (f) => {
    const [sh, te, ts, up] = figuresOf(f, 'sh', 'te', 'ts', 'up')
    const delivered = add(sub(C(sh), C(te)), C(ts))
    return at2(
      delivered,
      C(sh),
      sub(C(sh), C(te)),
      C(sh + ts),
      add(delivered, C(up)),
      add(C(sh), C(te), C(ts)),
    )
  },
  'pre-order-liability-at-month-end': (f) => {
    const [op, pd, sp] = figuresOf(f, 'op', 'pd', 'sp')
    return at2(sub(C(op + pd), C(sp)), sub(C(pd), C(sp)), C(op + pd), C(pd), C(op + pd + sp))
  },
  'net-sales-with-seller-and-marketplace-funded-promotions': (f) => {
    const [g, sc, mc, k, rf] = figuresOf(f, 'g', 'sc', 'mc', 'k', 'rf')
    const net = sub(C(g), C(sc))
    return at2(
      net,
      sub(net, C(mc)),
      C(g),
      sub(net, mul(r(k), C(60))),
      sub(C(g), C(mc)),
      sub(net, C(rf)),
    )
  },
  'subscription-revenue-deferred-at-month-end': (f) => {
    const [a, pa, ma, b, pb, mb] = figuresOf(f, 'a', 'pa', 'ma', 'b', 'pb', 'mb')
    const annual = mul(r(a), C(pa))
    const quarterly = mul(r(b), C(pb))
    return at2(
      add(mul(annual, r(12 - ma, 12)), mul(quarterly, r(3 - mb, 3))),
      add(mul(annual, r(12 - ma, 12)), mul(quarterly, r(3 - mb, 12))),
      add(mul(annual, r(ma, 12)), mul(quarterly, r(mb, 3))),
      mul(annual, r(12 - ma, 12)),
      add(annual, quarterly),
      add(mul(annual, r(13 - ma, 12)), mul(quarterly, r(4 - mb, 3))),
    )
  },
  'foreign-currency-sale-at-the-sale-date-rate': (f) => {
    const [e, r1, r2] = figuresOf(f, 'e', 'r1', 'r2')
    // The family quotes the middle rate rounded half up to four places.
    const middle = Math.floor((r1 + r2 + 1) / 2)
    return at2(mul(C(e), X(r1)), mul(C(e), X(r2)), div(C(e), X(r1)), mul(C(e), X(middle)), C(e))
  },
  'exchange-gain-on-a-foreign-currency-payout': (f) => {
    const [e, fee, r1, r2] = figuresOf(f, 'e', 'fee', 'r1', 'r2')
    const net = C(e - fee)
    return at2(
      mul(net, X(r2 - r1)),
      mul(C(e), X(r2 - r1)),
      mul(C(fee), X(r2 - r1)),
      mul(net, r(r2 - r1, r1)),
      sub(mul(net, X(r2)), net),
    )
  },
  'net-sales-after-refunds-store-credit-and-exchanges': (f) => {
    const [g, rf, scr, ex, prior] = figuresOf(f, 'g', 'rf', 'scr', 'ex', 'prior')
    const net = sub(C(g), C(rf + scr))
    return at2(net, sub(C(g), C(rf)), sub(net, C(ex)), add(net, C(prior)), sub(C(g), C(scr)))
  },
  'gross-profit-lost-on-returns-partly-restocked': (f) => {
    const [n, p, c, ok] = figuresOf(f, 'r', 'p', 'c', 'ok')
    const refunded = mul(r(n), C(p))
    return at2(
      sub(refunded, mul(r(ok), C(c))),
      mul(r(n), C(p - c)),
      refunded,
      mul(r(n - ok), C(c)),
      add(sub(refunded, mul(r(ok), C(p))), mul(r(n - ok), C(c))),
    )
  },
  'liability-for-paid-unshipped-orders-net-of-sales-tax': (f) => {
    const [paid, t, pct] = figuresOf(f, 'paid', 't', 'pct')
    const rate = r(t, 10000)
    const net = div(C(paid), add(r(1), rate))
    return at2(
      net,
      C(paid),
      mul(C(paid), sub(r(1), rate)),
      mul(net, P(100 - pct)),
      sub(C(paid), net),
    )
  },
  'subscription-revenue-per-box-with-a-first-box-discount': (f) => {
    const [m, p, d, k] = figuresOf(f, 'm', 'p', 'd', 'k')
    const plan = sub(mul(r(m), C(p)), mul(C(p), P(d)))
    return at2(
      mul(div(plan, r(m)), r(k)),
      add(mul(C(p), P(100 - d)), mul(r(k - 1), C(p))),
      mul(r(k), C(p)),
      plan,
      mul(r(k), C(p), P(100 - d)),
    )
  },
  'revenue-in-dollars-from-sales-in-three-currencies': (f) => {
    const [e, g, c, re, rg, rc] = figuresOf(f, 'e', 'g', 'c', 're', 'rg', 'rc')
    const two = add(mul(C(e), X(re)), mul(C(g), X(rg)))
    return at2(
      add(two, mul(C(c), X(rc))),
      add(two, div(C(c), X(rc))),
      C(e + g + c),
      add(two, C(c)),
      mul(C(e + g + c), X(re)),
    )
  },
  'revenue-gross-of-a-buy-now-pay-later-fee': (f) => {
    const [o, avg, fee] = figuresOf(f, 'o', 'avg', 'f')
    const sales = mul(r(o), C(avg))
    return at2(
      sales,
      sub(sub(sales, mul(sales, T(fee))), mul(r(o), C(30))),
      mul(sales, P(25)),
      sub(sales, mul(sales, T(fee))),
      add(sales, mul(sales, T(fee))),
    )
  },
  'refund-of-a-foreign-sale-at-the-refund-date-rate': (f) => {
    const [e, r1, r2, part] = figuresOf(f, 'e', 'r1', 'r2', 'part')
    const euros = mul(C(e), P(part))
    return at2(mul(euros, X(r2)), mul(euros, X(r1)), mul(C(e), X(r2)), div(euros, X(r2)), euros)
  },
  'revenue-for-the-month-under-a-ship-date-policy-with-cancellations': (f) => {
    const [pl, can, bo, prior, sh] = figuresOf(f, 'pl', 'can', 'bo', 'prior', 'sh')
    const goods = add(sub(C(pl), C(can + bo)), C(prior))
    return at2(
      add(goods, C(sh)),
      goods,
      add(goods, C(bo + sh)),
      add(goods, C(can + sh)),
      sub(add(goods, C(sh)), C(prior)),
      C(pl + sh),
      sub(C(pl), C(can + bo)),
    )
  },
  'revenue-on-a-marketplace-order-with-a-post-sale-price-adjustment': (f) => {
    const [q, p, adj, k] = figuresOf(f, 'q', 'p', 'adj', 'k')
    const sold = mul(r(q), C(p))
    return at2(
      sub(sold, mul(r(k), C(adj))),
      sold,
      mul(r(q), C(p - adj)),
      sub(sold, mul(r(k), C(adj), P(85))),
      sub(sold, mul(r(k), C(p))),
      mul(sub(sold, mul(r(k), C(adj))), P(85)),
    )
  },
  'deferred-revenue-on-a-prepaid-bundle-of-deliveries-after-a-skip': (f) => {
    const [s, p, m, sk] = figuresOf(f, 's', 'p', 'm', 'sk')
    const perDelivery = div(C(p), r(6))
    const delivered = s * m - sk
    return at2(
      mul(perDelivery, r(6 * s - delivered)),
      mul(perDelivery, r(s * (6 - m))),
      mul(perDelivery, r(delivered)),
      mul(perDelivery, r((s - sk) * (6 - m))),
      mul(r(s), C(p)),
    )
  },
}
