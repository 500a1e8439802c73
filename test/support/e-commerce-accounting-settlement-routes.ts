import {
  add,
  at2,
  C,
  div,
  figuresOf,
  mul,
  P,
  pct1,
  type Route,
  r,
  sub,
  T,
} from './e-commerce-accounting-second-working.js'

/** Settlements and clearing worked again from each draw's report lines, fees and rules. */
export const SETTLEMENT_ROUTES: Readonly<Record<string, Route>> = {
  'revenue-booked-gross-from-a-settlement-report': (f) => {
    const [s, h, t, rf, rr, fba] = figuresOf(f, 's', 'h', 't', 'rf', 'r', 'fba')
    const net = sub(C(s + h), C(rf))
    return at2(net, sub(net, C(rr + fba)), sub(net, C(rr)), C(s - rf), add(net, C(t)), C(s + h))
  },
  'marketplace-clearing-balance-at-month-end': (f) => {
    const [o, g, fe, rf, rs, pd] = figuresOf(f, 'o', 'g', 'fe', 'rf', 'rs', 'pd')
    const moved = sub(C(g), C(fe + rf + pd))
    const bal = add(C(o), moved)
    return at2(bal, moved, sub(bal, C(rs)), add(bal, C(rf)), sub(C(o + g), C(pd)))
  },
  'payout-after-a-reserve-held-and-one-released': (f) => {
    const [s, fe, rf, held, rel] = figuresOf(f, 's', 'f', 'rf', 'held', 'rel')
    const base = sub(C(s), C(fe + rf))
    return at2(
      add(sub(base, C(held)), C(rel)),
      sub(base, C(held)),
      base,
      sub(add(base, C(held)), C(rel)),
      add(sub(C(s - fe), C(held)), C(rel)),
      add(sub(C(s - rf), C(held)), C(rel)),
    )
  },
  'referral-fees-net-of-refund-credits-less-an-admin-charge': (f) => {
    const [s, rf, p, a] = figuresOf(f, 's', 'rf', 'p', 'a')
    const charged = mul(C(s), P(p))
    const credit = mul(C(rf), P(p), P(100 - a))
    return at2(
      sub(charged, credit),
      charged,
      mul(C(s - rf), P(p)),
      sub(charged, mul(C(rf), P(p), P(a))),
      add(charged, mul(C(rf), P(p), P(a))),
    )
  },
  'gross-sales-grossed-up-from-a-processor-payout': (f) => {
    const [k, p, fx, pcn, rel] = figuresOf(f, 'k', 'p', 'fx', 'pcn', 'rel')
    const back = C(pcn + k * fx)
    return at2(
      div(back, sub(r(1), T(p))),
      C(pcn + rel),
      back,
      add(mul(C(pcn), add(r(1), T(p))), C(k * fx)),
      div(add(back, C(rel)), sub(r(1), T(p))),
    )
  },
  'processor-fees-expensed-including-those-kept-on-refunds': (f) => {
    const [k, g, j, rfv, p, fx] = figuresOf(f, 'k', 'g', 'j', 'rfv', 'p', 'fx')
    const fee = (base: number, orders: number) => add(mul(C(base), T(p)), C(orders * fx))
    return at2(
      fee(g, k),
      fee(g - rfv, k - j),
      fee(g - rfv, k),
      mul(C(g), T(p)),
      fee(g + rfv, k + j),
    )
  },
  'fees-as-a-share-of-gross-sales-on-a-settlement': (f) => {
    const [s, h, rr, fba, st] = figuresOf(f, 's', 'h', 'r', 'fba', 'st')
    const fees = C(rr + fba + st)
    return pct1(
      div(fees, C(s + h)),
      div(fees, C(s)),
      div(C(rr + fba), C(s + h)),
      div(fees, sub(C(s + h), fees)),
      div(C(rr), C(s + h)),
    )
  },
  'bank-deposit-matched-to-a-settlement-with-a-debt-recovery': (f) => {
    const [s, fe, rf, neg, ad] = figuresOf(f, 's', 'f', 'rf', 'neg', 'ad')
    const base = sub(C(s), C(fe + rf))
    return at2(
      sub(base, C(ad + neg)),
      sub(base, C(ad)),
      sub(base, C(neg)),
      add(sub(base, C(ad)), C(neg)),
      sub(C(s), C(fe + ad + neg)),
    )
  },
  'unremitted-payout-in-transit-at-month-end': (f) => {
    const [d, per, last] = figuresOf(f, 'd', 'per', 'last')
    return at2(
      add(mul(C(per), r(d - 1)), C(last)),
      mul(C(per), r(d)),
      mul(C(per), r(d - 1)),
      add(mul(C(per), r(d - 2)), C(last)),
      add(mul(C(per), r(d)), C(last)),
      C(last),
    )
  },
  'fee-credit-on-a-refund-of-a-fulfilled-order': (f) => {
    const [p, ref, ff, a] = figuresOf(f, 'p', 'ref', 'ff', 'a')
    const fee = mul(C(p), P(ref))
    const admin = mul(fee, P(a))
    return at2(
      add(admin, C(ff)),
      add(fee, C(ff)),
      C(ff),
      admin,
      add(sub(fee, admin), C(ff)),
      add(add(fee, admin), C(ff)),
    )
  },
  'shopify-payout-to-match-with-a-currency-conversion-fee': (f) => {
    const [g, fo, p, fx, k, cc] = figuresOf(f, 'g', 'fo', 'p', 'fx', 'k', 'cc')
    const afterPct = sub(C(g), mul(C(g), T(p)))
    const conv = mul(C(fo), T(cc))
    return at2(
      sub(sub(afterPct, C(k * fx)), conv),
      sub(afterPct, C(k * fx)),
      sub(sub(afterPct, C(k * fx)), mul(C(g), T(cc))),
      sub(afterPct, conv),
      sub(sub(sub(C(g), mul(sub(C(g), C(fo)), T(p))), C(k * fx)), conv),
    )
  },
  'marketplace-reimbursement-for-lost-stock-booked-as-income': (f) => {
    const [u, c, rp, sp] = figuresOf(f, 'u', 'c', 'rp', 'sp')
    return at2(
      mul(r(u), sub(C(rp), C(c))),
      mul(r(u), C(rp)),
      mul(r(u), sub(C(sp), C(rp))),
      mul(r(u), C(c)),
      mul(r(u), sub(C(sp), C(c))),
    )
  },
  'chargeback-posted-to-clearing-with-a-dispute-fee': (f) => {
    const [b, cb, df, won] = figuresOf(f, 'b', 'cb', 'df', 'won')
    const after = sub(C(b), C(cb))
    return at2(
      add(sub(after, C(df)), C(won)),
      add(after, C(won)),
      sub(after, C(df)),
      after,
      sub(sub(after, C(df)), C(won)),
    )
  },
  'referral-fee-on-the-total-sales-price-with-a-per-unit-minimum': (f) => {
    const [k, j, p, lo, h] = figuresOf(f, 'k', 'j', 'p', 'lo', 'h')
    const dear = mul(mul(r(k), C(p + h)), P(15))
    const all = add(dear, mul(mul(r(j), C(lo + h)), P(15)))
    return at2(
      add(dear, mul(r(j), r(1))),
      all,
      add(mul(mul(r(k), C(p)), P(15)), r(j)),
      dear,
      add(all, r(j)),
    )
  },
  'effective-fee-rate-per-order-after-refunds': (f) => {
    const [k, avg, p, fx, j] = figuresOf(f, 'k', 'avg', 'p', 'fx', 'j')
    const gross = mul(r(k), C(avg))
    const kept = mul(r(k - j), C(avg))
    const fees = add(mul(gross, T(p)), C(k * fx))
    return pct1(
      div(fees, kept),
      div(fees, gross),
      T(p),
      div(mul(gross, T(p)), kept),
      div(add(mul(kept, T(p)), C((k - j) * fx)), kept),
    )
  },
  'marketplace-liability-when-a-settlement-is-negative': (f) => {
    const [s, rf, fe, st] = figuresOf(f, 's', 'rf', 'f', 'st')
    const out = C(rf + fe + st)
    return at2(sub(out, C(s)), sub(C(rf + fe), C(s)), C(fe + st), out, add(out, C(s)))
  },
}
