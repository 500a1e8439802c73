import {
  add,
  at0,
  at1,
  div,
  mul,
  ONE,
  pct2,
  pw,
  type R,
  type Route,
  r,
  rootWhole,
  sub,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Working capital and short-term finance worked again from each draw's balances, terms and rates. */
export const WORKING_ROUTES: Readonly<Record<string, Route>> = {
  'operating-cycle-less-payables-days-from-balances': (f) => {
    const [rev, cos, pur, inv, rec, pay] = figuresOf(f, 'rev', 'cos', 'pur', 'inv', 'rec', 'pay')
    const days = (bal: number, flow: number) => r(365 * bal, flow)
    const cycle = add(days(inv, cos), days(rec, rev))
    return at1(
      sub(cycle, days(pay, pur)),
      add(cycle, days(pay, pur)),
      cycle,
      sub(add(days(inv, cos), days(rec, cos)), days(pay, pur)),
      sub(add(days(inv, rev), days(rec, rev)), days(pay, rev)),
      sub(add(days(inv, rev), days(rec, rev)), days(pay, pur)),
    )
  },
  'simple-annual-cost-of-refusing-an-early-payment-discount': (f) => {
    const [d, early, full] = figuresOf(f, 'd', 'early', 'full')
    const onNet = r(d, 100 - d)
    return pct2(
      mul(onNet, r(365, full - early)),
      mul(r(d, 100), r(365, full - early)),
      mul(onNet, r(365, full)),
      mul(onNet, r(365, early)),
      mul(onNet, r(360, full - early)),
      mul(r(d, 100), r(365, early)),
    )
  },
  'compound-annual-cost-of-an-early-payment-discount': (f) => {
    const [d, gap, early] = figuresOf(f, 'd', 'gap', 'early')
    const k = 360 / gap
    const each = r(d, 100 - d)
    return pct2(
      sub(pw(add(ONE, each), k), ONE),
      mul(each, r(k)),
      sub(pw(r(100 + d, 100), k), ONE),
      mul(each, r(365, gap)),
      each,
      sub(pw(add(ONE, each), 360 / early), ONE),
      mul(each, r(360, early)),
    )
  },
  'net-annual-cost-of-factoring-with-an-advance': (f) => {
    const [sales, days, fee, adv, i, admin, bad] = figuresOf(
      f,
      'sales',
      'days',
      'fee',
      'adv',
      'i',
      'admin',
      'bad',
    )
    const rec = r(sales * days, 365)
    const charge = r(sales * fee, 1000)
    const onAdvance = mul(rec, r(adv, 100), T(i))
    return at1(
      sub(add(charge, onAdvance), r(admin + bad)),
      add(charge, onAdvance),
      sub(add(charge, mul(rec, T(i))), r(admin + bad)),
      sub(add(charge, onAdvance), r(admin)),
      sub(add(charge, r(sales * adv * i, 100000)), r(admin + bad)),
      sub(add(mul(rec, T(fee)), onAdvance), r(admin + bad)),
      sub(charge, r(admin + bad)),
    )
  },
  'eoq-with-holding-cost-as-a-share-of-price': (f) => {
    const [dem, co, price, h] = figuresOf(f, 'dem', 'co', 'price', 'h')
    const hold = r(price * h, 100)
    return at0(
      rootWhole(div(r(2 * dem * co), hold)),
      rootWhole(r(2 * dem * co, price)),
      rootWhole(div(r(dem * co), hold)),
      rootWhole(r(2 * dem * co, h)),
      rootWhole(div(r(2 * dem * co, 12), hold)),
      rootWhole(r(2 * dem * co * 100, h)),
      rootWhole(div(r(2 * dem * co * 12), hold)),
    )
  },
  'annual-inventory-cost-at-a-bulk-discount-quantity': (f) => {
    const [dem, co, price, disc, h, q] = figuresOf(f, 'dem', 'co', 'price', 'disc', 'h', 'q')
    const paid = r(price * (100 - disc), 100)
    const orders = r(dem * co, q)
    const holding = (stock: R, p: R) => mul(stock, p, r(h, 100))
    const buy = mul(r(dem), paid)
    return at0(
      add(buy, orders, holding(r(q, 2), paid)),
      add(buy, orders, holding(r(q), paid)),
      add(r(dem * price), orders, holding(r(q, 2), r(price))),
      add(orders, holding(r(q, 2), paid)),
      add(buy, orders, holding(r(q, 2), r(price))),
      add(buy, orders),
      add(buy, holding(r(q, 2), paid)),
    )
  },
  'effective-annual-rate-of-a-loan-with-an-upfront-fee': (f) => {
    const [i, fe] = figuresOf(f, 'i', 'f')
    // Everything per $1,000 of loan: interest i, fee fe, cash received 1000 − fe.
    return pct2(
      r(i + fe, 1000 - fe),
      T(i + fe),
      r(i + fe, 1000 + fe),
      r(i, 1000 - fe),
      r(i + fe, 1000 - fe - i),
      T(i),
    )
  },
  'effective-rate-of-a-loan-with-a-compensating-balance': (f) => {
    const [i, b] = figuresOf(f, 'i', 'b')
    return pct2(
      r(i * 100, 1000 * (100 - b)),
      T(i),
      r(i * (100 + b), 100000),
      add(T(i), r(b, 100)),
      r(i, 1000 - i),
      r(i * 100, 100000 - 100 * i - 1000 * b),
    )
  },
  'net-benefit-of-offering-customers-an-early-payment-discount': (f) => {
    const [sales, d0, d1, take, disc, i] = figuresOf(f, 'sales', 'd0', 'd1', 'take', 'disc', 'i')
    // Days cut on average: only the share that takes the discount pays earlier.
    const cut = r(take * (d0 - d1), 100)
    const saved = (days: R, year: number) => mul(r(sales), div(days, r(year)), T(i))
    const given = r(sales * take * disc, 10000)
    return at1(
      sub(saved(cut, 365), given),
      saved(cut, 365),
      sub(saved(r(d0 - d1), 365), given),
      sub(saved(cut, 360), given),
      sub(saved(cut, 365), r(sales * disc, 100)),
    )
  },
  'net-working-capital-requirement-from-target-days': (f) => {
    const [rev, cos, di, dr, dp] = figuresOf(f, 'rev', 'cos', 'di', 'dr', 'dp')
    const bal = (days: number, flow: number) => r(days * flow, 365)
    return at1(
      sub(add(bal(di, cos), bal(dr, rev)), bal(dp, cos)),
      add(bal(di, cos), bal(dr, rev), bal(dp, cos)),
      sub(add(bal(di, cos), bal(dr, cos)), bal(dp, cos)),
      sub(add(bal(di, rev), bal(dr, rev)), bal(dp, rev)),
      add(bal(di, cos), bal(dr, rev)),
    )
  },
  'baumol-optimal-cash-transfer': (f) => {
    const [need, cost, i] = figuresOf(f, 'need', 'cost', 'i')
    const top = 2 * need * cost
    return at0(
      rootWhole(r(top * 1000, i)),
      rootWhole(r(need * cost * 1000, i)),
      rootWhole(r(top * 10, i)),
      rootWhole(r(top * 1000, i * 4)),
      rootWhole(r(top * 1000000, i * i)),
      rootWhole(r(top * 12000, i)),
    )
  },
  'invoice-discounting-charge-on-a-batch': (f) => {
    const [inv, adv, i, days, s] = figuresOf(f, 'inv', 'adv', 'i', 'days', 's')
    const lent = r(inv * adv, 100)
    const cost = (base: R, year: number) => mul(base, T(i), r(days, year))
    const fee = r(inv * s, 1000)
    return at1(
      add(cost(lent, 365), fee),
      add(cost(r(inv), 365), fee),
      add(cost(lent, 360), fee),
      add(cost(lent, 365), mul(lent, T(s))),
      cost(lent, 365),
    )
  },
  'bank-discount-rate-of-a-bill-from-its-price': (f) => {
    const [days, price] = figuresOf(f, 'days', 'price')
    const off = 100000 - price
    return pct2(
      r(off * 360, 100000 * days),
      r(off * 365, price * days),
      r(off * 360, price * days),
      r(off * 365, 100000 * days),
      r(off, 100000),
    )
  },
  'effective-cost-of-a-revolving-facility-with-a-commitment-fee': (f) => {
    const [lim, use, i, c] = figuresOf(f, 'lim', 'use', 'i', 'c')
    const cost = r(use * i + (lim - use) * c, 1000)
    return pct2(
      div(cost, r(use)),
      div(r(use * i + lim * c, 1000), r(use)),
      T(i),
      div(cost, r(lim)),
      T(i + c),
    )
  },
  'finance-cost-of-extending-customer-credit': (f) => {
    const [s1, s2, d1, d2, i] = figuresOf(f, 's1', 's2', 'd1', 'd2', 'i')
    return at1(
      r((s2 * d2 - s1 * d1) * i, 365000),
      r((s1 * d2 - s1 * d1) * i, 365000),
      r(s2 * d2 * i, 365000),
      r(s2 * (d2 - d1) * i, 365000),
      r((s2 * d2 - s1 * d1) * i, 360000),
    )
  },
  'annual-rate-of-a-six-month-discount-loan-with-a-fee': (f) => {
    const [i, fe] = figuresOf(f, 'i', 'f')
    // Per $2,000 lent: six months' interest i, fee 2·fe, cash received 2000 − i − 2·fe.
    const six = r(i + 2 * fe, 2000 - i - 2 * fe)
    return pct2(
      mul(six, r(2)),
      six,
      r(2 * (i + 2 * fe), 2000),
      r(2 * i, 2000 - i),
      sub(mul(add(ONE, six), add(ONE, six)), ONE),
      r(2 * (2 * i + 2 * fe), 2000 - 2 * i - 2 * fe),
    )
  },
}
