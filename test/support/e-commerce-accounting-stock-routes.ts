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
  X,
} from './e-commerce-accounting-second-working.js'

/** Stock and landed cost worked again from each draw's units, prices, fees and stated bases. */
export const STOCK_ROUTES: Readonly<Record<string, Route>> = {
  'landed-unit-cost-with-freight-allocated-by-value': (f) => {
    const [qa, qb, pa, pb, fr, d] = figuresOf(f, 'qa', 'qb', 'pa', 'pb', 'f', 'd')
    const dutied = mul(C(pa), P(100 + d))
    // A's freight is its share of purchase value, spread over A's units.
    const share = div(mul(C(fr), r(qa * pa, qa * pa + qb * pb)), r(qa))
    return at2(
      add(dutied, share),
      add(dutied, div(C(fr), r(qa + qb))),
      add(C(pa), share),
      dutied,
      mul(add(C(pa), share), P(100 + d)),
    )
  },
  'landed-unit-cost-with-freight-allocated-by-weight': (f) => {
    const [qa, qb, wa, wb, pa, pb, fr] = figuresOf(f, 'qa', 'qb', 'wa', 'wb', 'pa', 'pb', 'f')
    const perUnit = (part: number, whole: number) => div(mul(C(fr), r(part, whole)), r(qa))
    return at2(
      add(C(pa), perUnit(qa * wa, qa * wa + qb * wb)),
      add(C(pa), div(C(fr), r(qa + qb))),
      add(C(pa), perUnit(qa * pa, qa * pa + qb * pb)),
      add(C(pa), div(div(C(fr), r(2)), r(qa))),
      add(C(pa), mul(C(fr), r(wa, qa * wa + wb))),
    )
  },
  'fifo-cost-of-sales-with-inbound-fees-capitalised': (f) => {
    const [q1, c1, q2, c2, fee, s] = figuresOf(f, 'q1', 'c1', 'q2', 'c2', 'fee', 's')
    const fifo = add(mul(r(q1), C(c1)), mul(r(s - q1), C(c2)))
    const lifo = s <= q2 ? mul(r(s), C(c2)) : add(mul(r(q2), C(c2)), mul(r(s - q2), C(c1)))
    const avg = div(add(mul(r(q1), C(c1)), mul(r(q2), C(c2))), r(q1 + q2))
    return at2(
      add(fifo, mul(r(s), C(fee))),
      fifo,
      add(lifo, mul(r(s), C(fee))),
      mul(r(s), add(avg, C(fee))),
      add(fifo, mul(r(q1 + q2), C(fee))),
    )
  },
  'closing-stock-with-storage-and-outbound-fees-expensed': (f) => {
    const [u, c, fr, du, st, ob] = figuresOf(f, 'u', 'c', 'fr', 'du', 'st', 'ob')
    const landed = mul(r(u), C(c + fr + du))
    return at2(
      landed,
      add(landed, C(st)),
      add(landed, mul(r(u), C(ob))),
      mul(r(u), C(c)),
      mul(r(u), C(c + du)),
      mul(r(u), C(c + fr)),
      add(mul(r(u), C(c + fr + du + ob)), C(st)),
    )
  },
  'units-missing-from-a-warehouse-reconciliation-at-cost': (f) => {
    const [t, rt, w, res, b, c] = figuresOf(f, 't', 'rt', 'w', 'res', 'b', 'c')
    const gone = (units: number) => mul(r(units), C(c))
    const accounted = w + t + rt
    return at2(
      gone(b - accounted),
      gone(b - w - rt),
      gone(b - w - t),
      gone(b - w),
      gone(b - accounted + res),
      gone(b - res - accounted),
    )
  },
  'dropship-cost-of-sales-for-the-month': (f) => {
    const [o, u, c, df, sh] = figuresOf(f, 'o', 'u', 'c', 'df', 'sh')
    const goods = mul(r(u), C(c))
    return at2(
      add(goods, mul(r(o), C(df + sh))),
      goods,
      mul(r(u), C(c + df + sh)),
      mul(r(o), C(c + df + sh)),
      add(goods, mul(r(o), C(sh))),
    )
  },
  'write-down-to-a-marketplace-net-realisable-value': (f) => {
    const [u, c, p, ff, nm, st] = figuresOf(f, 'u', 'c', 'p', 'ff', 'nm', 'st')
    const down = (value: ReturnType<typeof C>) => mul(r(u), sub(C(c), value))
    const afterReferral = mul(C(p), P(85))
    const nrv = sub(afterReferral, C(ff))
    return at2(
      down(nrv),
      down(afterReferral),
      down(C(p - ff)),
      mul(r(u), C(c)),
      down(mul(C(p - ff), P(85))),
      down(sub(nrv, mul(C(p), P(nm)))),
      down(sub(nrv, C(st))),
    )
  },
  'loss-on-disposing-of-stranded-units': (f) => {
    const [u, c, dfee, rfee] = figuresOf(f, 'u', 'c', 'dfee', 'rfee')
    const each = (cents: number) => mul(r(u), C(cents))
    return at2(each(c + dfee), each(c), each(c + rfee), each(dfee), each(c + dfee + rfee))
  },
  'landed-unit-cost-in-dollars-with-duty-on-the-cif-value': (f) => {
    const [q, pe, r1, r2, fr, d] = figuresOf(f, 'q', 'pe', 'r1', 'r2', 'fr', 'd')
    const goodsAt = (rate: number) => mul(r(q), C(pe), X(rate))
    const duty = P(100 + d)
    const perUnit = (x: ReturnType<typeof C>) => div(x, r(q))
    return at2(
      perUnit(mul(add(goodsAt(r1), C(fr)), duty)),
      perUnit(add(mul(goodsAt(r1), duty), C(fr))),
      perUnit(mul(add(goodsAt(r2), C(fr)), duty)),
      perUnit(add(goodsAt(r1), C(fr))),
      perUnit(mul(goodsAt(r1), duty)),
    )
  },
  'closing-stock-including-goods-in-transit-by-shipping-terms': (f) => {
    const [own, fba, sp, de, con, ds, dp] = figuresOf(
      f,
      'own',
      'fba',
      'sp',
      'de',
      'con',
      'ds',
      'dp',
    )
    // Goods on the road to a wholesale buyer stay the seller's until delivery on destination terms.
    const owned = add(sub(C(own), C(con)), C(ds))
    return at2(
      add(owned, C(fba + sp)),
      C(own + fba + sp + ds),
      add(owned, C(fba)),
      add(owned, C(fba + sp + de)),
      add(owned, C(sp)),
      sub(add(owned, C(fba + sp)), C(ds)),
      add(owned, C(fba + sp + dp)),
    )
  },
  'cost-of-sales-from-a-count-across-locations': (f) => {
    const [op, pu, fi, pr, wh, fba, tr] = figuresOf(f, 'op', 'pu', 'fi', 'pr', 'wh', 'fba', 'tr')
    const available = sub(C(op + pu + fi), C(pr))
    return at2(
      sub(available, C(wh + fba + tr)),
      sub(available, C(wh + tr)),
      sub(available, C(wh + fba)),
      sub(sub(C(op + pu), C(pr)), C(wh + fba + tr)),
      sub(C(op + pu + fi), C(wh + fba + tr)),
    )
  },
  'storage-fee-accrual-at-the-peak-season-rate': (f) => {
    const [u, cf, offp, peak, end] = figuresOf(f, 'u', 'cf', 'offp', 'peak', 'end')
    const fee = (units: number, rate: number) => mul(r(units), r(cf, 100), C(rate))
    return at2(fee(u, peak), fee(u, offp), fee(end, peak), mul(r(u), C(peak)), fee(end, offp))
  },
  'unit-cost-of-a-kit-with-capitalised-prep': (f) => {
    const [a, b, na, bx, prep, ob] = figuresOf(f, 'a', 'b', 'na', 'bx', 'prep', 'ob')
    const kit = add(mul(r(na), C(a)), C(b + bx + prep))
    return at2(kit, C(a + b + bx + prep), sub(kit, C(prep)), add(kit, C(ob)), sub(kit, C(bx)))
  },
  'net-cost-of-replacements-for-parcels-lost-in-transit': (f) => {
    const [k, c, sh, cl, p] = figuresOf(f, 'k', 'c', 'sh', 'cl', 'p')
    const each = (x: ReturnType<typeof C>) => mul(r(k), x)
    return at2(
      each(sub(C(c + sh), C(cl))),
      each(C(c + sh)),
      each(sub(C(c), C(cl))),
      each(sub(C(p + sh), C(cl))),
      each(sub(C(2 * c + sh), C(cl))),
    )
  },
  'closing-stock-at-weighted-average-after-damaged-units': (f) => {
    const [q0, c0, q1, c1, s, dmg] = figuresOf(f, 'q0', 'c0', 'q1', 'c1', 's', 'dmg')
    const avg = div(add(mul(r(q0), C(c0)), mul(r(q1), C(c1))), r(q0 + q1))
    const left = q0 + q1 - s - dmg
    return at2(
      mul(avg, r(left)),
      mul(avg, r(left + dmg)),
      mul(div(C(c0 + c1), r(2)), r(left)),
      mul(C(c1), r(left)),
      mul(C(c0), r(left)),
    )
  },
  'private-label-unit-cost-with-a-one-off-mould-charge': (f) => {
    const [q, u, m, life, fr] = figuresOf(f, 'q', 'u', 'm', 'life', 'fr')
    const freight = div(C(fr), r(q))
    return at2(
      add(C(u), freight, div(C(m), r(q))),
      add(C(u), freight),
      add(C(u), freight, div(C(m), r(life))),
      add(C(u), div(C(m), r(q))),
      C(u),
    )
  },
}
