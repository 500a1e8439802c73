import {
  add,
  at2,
  C,
  div,
  figuresOf,
  H,
  mul,
  P,
  type R,
  type Route,
  r,
  sub,
} from './e-commerce-accounting-second-working.js'

/** The tax in a tax-inclusive amount `x` at rate `t`: x · t / (1 + t). */
const inside = (x: R, t: R): R => div(mul(x, t), add(r(1), t))

/** Sales tax and VAT worked again from each draw's amounts, rates and stated rules. */
export const TAX_ROUTES: Readonly<Record<string, Route>> = {
  'marketplace-collected-tax-kept-out-of-the-sellers-liability': (f) => {
    const [t1, t2, tr, tm] = figuresOf(f, 't1', 't2', 'tr', 'tm')
    const own = sub(C(t1), C(tr))
    return at2(own, sub(add(own, C(t2)), C(tm)), C(t1), sub(own, C(tm)), add(own, C(t2)))
  },
  'destination-rate-on-an-order-with-taxable-shipping': (f) => {
    const [items, sh, st, loc, org] = figuresOf(f, 'items', 'sh', 'st', 'loc', 'org')
    const base = C(items + sh)
    return at2(
      mul(base, H(st + loc)),
      mul(base, H(org)),
      mul(C(items), H(st + loc)),
      mul(base, H(st)),
      mul(C(items), H(org)),
    )
  },
  'oss-return-vat-across-three-member-states': (f) => {
    const [de, fr, it] = figuresOf(f, 'de', 'fr', 'it')
    const two = add(mul(C(de), P(19)), mul(C(fr), P(20)))
    return at2(
      add(two, mul(C(it), P(22))),
      mul(C(de + fr + it), P(21)),
      add(inside(C(de), P(19)), inside(C(fr), P(20)), inside(C(it), P(22))),
      mul(C(de + fr + it), P(20)),
      two,
    )
  },
  'ioss-vat-on-a-low-value-import-with-shipping': (f) => {
    const [g, s, d] = figuresOf(f, 'g', 's', 'd')
    return at2(
      mul(C(g + s), P(d)),
      mul(C(g), P(d)),
      inside(C(g + s), P(d)),
      mul(C(g + s), P(20)),
      mul(C(g + s), P(23)),
    )
  },
  'reverse-charge-vat-on-fees-from-another-member-state': (f) => {
    const [ref, ful, ads, home, cr] = figuresOf(f, 'ref', 'ful', 'ads', 'home', 'cr')
    const all = C(ref + ful + ads)
    return at2(
      mul(all, P(home)),
      mul(all, P(17)),
      inside(all, P(home)),
      mul(C(ref + ful), P(home)),
      mul(add(all, C(cr)), P(home)),
    )
  },
  'net-sales-ex-vat-from-vat-inclusive-marketplace-orders': (f) => {
    const [g, sh, fee] = figuresOf(f, 'g', 'sh', 'fee')
    const ex = (x: R) => sub(x, inside(x, P(20)))
    return at2(
      ex(C(g + sh)),
      mul(C(g + sh), P(80)),
      ex(C(g)),
      C(g + sh),
      ex(C(g + sh - fee)),
      add(ex(C(g)), C(sh)),
      C(g + sh - fee),
    )
  },
  'tax-due-after-crossing-an-economic-nexus-threshold': (f) => {
    const [m, k, rt] = figuresOf(f, 'm', 'k', 'r')
    // The month in which running sales first reach $100,000, counted month by month.
    const crossing = (monthly: number) => {
      let month = 1
      while (monthly * month < 10_000_000) month += 1
      return month
    }
    const c = crossing(m + k)
    const own = (months: number, per: number) => mul(r(months), C(per), H(rt))
    return at2(
      own(12 - c, m),
      own(13 - c, m),
      own(12 - crossing(m), m),
      own(12 - c, m + k),
      own(12, m),
    )
  },
  'uk-vat-return-with-marketplace-fees-and-exempt-postage': (f) => {
    const [s, fe, ad, po] = figuresOf(f, 's', 'f', 'ad', 'po')
    const vat = (x: number) => inside(C(x), P(20))
    return at2(
      sub(vat(s), vat(fe + ad)),
      sub(vat(s), vat(fe + ad + po)),
      vat(s),
      mul(C(s - fe - ad), P(20)),
      sub(vat(s), vat(fe)),
    )
  },
  'taxable-shipping-shared-by-value-with-exempt-clothing': (f) => {
    const [tx, ex, sh, rt, ni, ne] = figuresOf(f, 'tx', 'ex', 'sh', 'r', 'ni', 'ne')
    const rate = H(rt)
    return at2(
      mul(add(C(tx), mul(C(sh), r(tx, tx + ex))), rate),
      mul(C(tx + sh), rate),
      mul(C(tx), rate),
      mul(add(C(tx), mul(C(sh), r(ni, ni + ne))), rate),
      mul(C(tx + ex + sh), rate),
    )
  },
  'shortfall-when-the-store-charged-an-out-of-date-rate': (f) => {
    const [old, nw, rc] = figuresOf(f, 'old', 'nw', 'rc')
    const net = div(C(rc), add(r(1), H(old)))
    return at2(
      mul(net, H(nw - old)),
      mul(C(rc), H(nw - old)),
      mul(net, H(nw)),
      sub(inside(C(rc), H(nw)), inside(C(rc), H(old))),
      div(mul(C(rc), H(nw - old)), add(r(1), H(nw))),
      inside(C(rc), H(old)),
    )
  },
  'taxable-sales-line-of-a-state-return-for-a-marketplace-seller': (f) => {
    const [own, mk, ex, rf, sh] = figuresOf(f, 'own', 'mk', 'ex', 'rf', 'sh')
    const kept = sub(C(own), C(ex + rf))
    return at2(kept, add(kept, C(mk)), C(own - rf), C(own - ex), sub(kept, C(sh)))
  },
  'oss-vat-after-a-refund-of-a-sale-from-an-earlier-quarter': (f) => {
    const [de, fr, rfr] = figuresOf(f, 'de', 'fr', 'rfr')
    const sales = add(mul(C(de), P(19)), mul(C(fr), P(20)))
    return at2(
      sub(sales, mul(C(rfr), P(20))),
      sales,
      sub(sales, mul(C(rfr), P(21))),
      sub(sales, inside(C(rfr), P(20))),
      mul(C(de + fr - rfr), P(21)),
    )
  },
  'vat-inside-a-single-eu-price-at-the-buyers-rate': (f) => {
    const [p, q, d, home] = figuresOf(f, 'p', 'q', 'd', 'home')
    const takings = mul(C(p), r(q))
    return at2(
      inside(takings, P(d)),
      mul(takings, P(d)),
      inside(takings, P(home)),
      mul(takings, P(home)),
      div(mul(takings, P(d)), add(r(1), P(home))),
    )
  },
  'use-tax-on-untaxed-supplies-bought-online': (f) => {
    const [pk, sh, inv, rt, tp] = figuresOf(f, 'pk', 'sh', 'inv', 'r', 'tp')
    return at2(
      mul(C(pk + sh), H(rt)),
      mul(C(pk + sh + inv), H(rt)),
      mul(C(pk), H(rt)),
      inside(C(pk + sh), H(rt)),
      mul(C(inv), H(rt)),
      mul(C(pk + sh + tp), H(rt)),
    )
  },
  'uk-vat-on-low-value-consignments-sold-from-abroad': (f) => {
    const [own, mk, big] = figuresOf(f, 'own', 'mk', 'big')
    return at2(
      mul(C(own), P(20)),
      mul(C(own + mk), P(20)),
      mul(C(own + big), P(20)),
      inside(C(own), P(20)),
      mul(C(own + mk + big), P(20)),
    )
  },
  'sales-tax-liability-net-of-tax-inclusive-refunds': (f) => {
    const [t, rt, rf, rx] = figuresOf(f, 't', 'r', 'rf', 'rx')
    const back = inside(C(rf - rx), H(rt))
    return at2(
      sub(C(t), back),
      sub(C(t), mul(C(rf - rx), H(rt))),
      C(t),
      add(C(t), back),
      sub(C(t), inside(C(rf), H(rt))),
      sub(C(t), inside(C(rx), H(rt))),
    )
  },
}
