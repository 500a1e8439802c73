import {
  add,
  at2,
  div,
  mul,
  P,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Cents as dollars, and a fee drawn in hundredths of a percent as a rate. */
const c$ = (c: number): R => r(c, 100)
const H = (b: number): R => r(b, 10000)
/** A tax-inclusive amount with its VAT at `v` % taken out. */
const exVat = (x: R, v: number): R => div(x, r(100 + v, 100))

/** Tills, cash and card settlements worked again from each draw's counts, batches and fees. */
export const TILL_ROUTES: Readonly<Record<string, Route>> = {
  'cash-short-against-the-z-report': (f) => {
    const [fl, c, rf, po, pi, cb, x] = figuresOf(f, 'fl', 'c', 'rf', 'po', 'pi', 'cb', 'x')
    const expected = (...parts: readonly number[]) => parts.reduce((a, b) => a + b, 0)
    const short = (e: number, counted = x) => c$(e - counted)
    return at2(
      short(expected(fl, c, -rf, -po, pi, -cb)),
      short(expected(fl, c, -po, pi, -cb)),
      short(expected(fl, c, -rf, pi, -cb)),
      short(expected(fl, c, -rf, -po, pi)),
      short(expected(fl, c, -rf, -po, -cb)),
      short(expected(fl, c, -rf, -po, pi, -cb), x - fl),
    )
  },
  'card-settlement-net-of-a-blended-rate-and-refunds': (f) => {
    const [k, n, rf, fee, c] = figuresOf(f, 'k', 'n', 'rf', 'f', 'c')
    const paid = (base: number, cardFeeOn: number, perTxn: number) =>
      sub(c$(base), add(mul(c$(cardFeeOn), H(fee)), c$(perTxn)))
    return at2(
      paid(k - rf, k, n * c),
      paid(k - rf, k - rf, n * c),
      paid(k - rf, k, 0),
      paid(k, k, n * c),
      paid(k - rf, k + rf, n * c),
      c$(k - rf),
    )
  },
  'interchange-plus-fees-for-the-month': (f) => {
    const [k, n, rfv, i, s, m, c, mo] = figuresOf(f, 'k', 'n', 'rfv', 'i', 's', 'm', 'c', 'mo')
    const txn = c$(n * c)
    return at2(
      add(mul(r(k), H(i + s + m)), txn, r(mo)),
      add(mul(r(k), H(i + m)), txn, r(mo)),
      add(mul(r(k), H(i + s + m)), r(mo)),
      add(mul(r(k), H(i + s)), mul(r(k), H(i), H(m)), txn, r(mo)),
      add(mul(r(k + rfv), H(i + s + m)), txn, r(mo)),
      add(mul(r(k), H(i + s + m)), txn),
    )
  },
  'effective-card-fee-rate': (f) => {
    const [k, rf, pf, ft, mo] = figuresOf(f, 'k', 'rf', 'pf', 'ft', 'mo')
    const fees = pf + ft + mo
    return pct2(
      r(fees, k),
      r(fees, k - rf),
      r(fees, k - rf - fees),
      r(pf + ft, k),
      r(pf, k),
      r(pf + mo, k),
      r(fees, k - fees),
    )
  },
  'card-clearing-balance-at-month-end': (f) => {
    const [b1, b2, b3, fee] = figuresOf(f, 'b1', 'b2', 'b3', 'f')
    return at2(
      c$(b2 + b3),
      mul(c$(b2 + b3), sub(r(1), H(fee))),
      c$(b3),
      c$(b1 + b2 + b3),
      c$(b1 + b2),
    )
  },
  'chargeback-debit-on-the-settlement': (f) => {
    const [a, cf, p] = figuresOf(f, 'a', 'cf', 'p')
    const orig = mul(c$(a), H(p))
    return at2(c$(a + cf), c$(a), sub(c$(a + cf), orig), add(c$(a + cf), orig), sub(c$(a), orig))
  },
  'net-sales-for-the-ledger-from-a-z-report': (f) => {
    const [v, g, rt, d] = figuresOf(f, 'v', 'g', 'rt', 'd')
    const net = c$(g - rt - d)
    return at2(
      exVat(net, v),
      net,
      mul(net, P(100 - v)),
      exVat(c$(g - d), v),
      exVat(c$(g - rt), v),
      sub(exVat(c$(g), v), c$(rt + d)),
    )
  },
  'card-sales-revenue-excluding-cash-back-and-tips': (f) => {
    const [v, b, cb, tip] = figuresOf(f, 'v', 'b', 'cb', 'tip')
    const sales = c$(b - cb - tip)
    return at2(
      exVat(sales, v),
      exVat(c$(b - cb), v),
      exVat(c$(b - tip), v),
      sales,
      mul(sales, P(100 - v)),
    )
  },
  'adjusted-bank-balance-on-the-reconciliation': (f) => {
    const [s, d, o, ch] = figuresOf(f, 's', 'd', 'o', 'ch')
    return at2(
      c$(s + d - o),
      c$(s - o),
      c$(s + d),
      c$(s - d - o),
      c$(s + d + o),
      c$(s + d - o - ch),
    )
  },
  'cash-book-balance-after-unrecorded-items': (f) => {
    const [bk, fc, ch, nsf, it] = figuresOf(f, 'bk', 'fc', 'ch', 'nsf', 'it')
    return at2(
      c$(bk - fc - ch - nsf + it),
      c$(bk - ch - nsf + it),
      c$(bk - fc - ch + it),
      c$(bk - fc - ch - nsf - it),
      c$(bk + fc + ch + nsf + it),
      c$(bk - fc - ch - nsf),
    )
  },
  'settlement-net-of-fees-by-card-type': (f) => {
    const [kd, kc, ka, fd, fc, fa] = figuresOf(f, 'kd', 'kc', 'ka', 'fd', 'fc', 'fa')
    const all = r(kd + kc + ka)
    const flat = (rate: R) => sub(all, mul(all, rate))
    return at2(
      sub(all, add(mul(r(kd), H(fd)), mul(r(kc), H(fc)), mul(r(ka), H(fa)))),
      flat(H(fd)),
      flat(H(fc)),
      flat(r(fd + fc + fa, 30000)),
      flat(H(fa)),
    )
  },
  'monday-deposit-of-the-weekend-batches': (f) => {
    const [fr, sa, su, fee] = figuresOf(f, 'fr', 'sa', 'su', 'f')
    const net = (x: number) => mul(c$(x), r(10000 - fee, 10000))
    return at2(net(fr + sa + su), net(su), c$(fr + sa + su), net(sa + su), net(fr), net(fr + sa))
  },
  'cash-taken-with-five-cent-rounding': (f) => {
    const xs = figuresOf(f, 'x0', 'x1', 'x2', 'x3', 'x4', 'x5')
    // Nearest 5¢ with 1, 2, 6, 7 down and 3, 4, 8, 9 up: add 2 and drop to a multiple of five.
    const near = (c: number) => Math.floor((c + 2) / 5) * 5
    const total = xs.reduce((a, b) => a + b, 0)
    return at2(
      c$(xs.reduce((a, b) => a + near(b), 0)),
      c$(total),
      c$(near(total)),
      c$(xs.reduce((a, b) => a + Math.floor(b / 5) * 5, 0)),
      c$(xs.reduce((a, b) => a + Math.ceil(b / 5) * 5, 0)),
    )
  },
  'dollars-banked-for-foreign-notes-taken': (f) => {
    const [e, b, q, c] = figuresOf(f, 'e', 'b', 'q', 'c')
    return at2(
      mul(r(e * b, 100), P(100 - c)),
      r(e * q, 100),
      r(e * b, 100),
      mul(r(e * q, 100), P(100 - c)),
      mul(r(e * 100, b), P(100 - c)),
      sub(r(e * b, 100), r(e * q * c, 10000)),
    )
  },
  'till-shortage-as-a-share-of-cash-sales': (f) => {
    const [c, k, short, fl] = figuresOf(f, 'c', 'k', 'short', 'fl')
    return pct2(r(short, c), r(short, c + k), r(short, c + fl), r(short, c - short), r(short, k))
  },
  'expected-cash-in-the-safe': (f) => {
    const [s0, dr, bk, fl, ch] = figuresOf(f, 's0', 'dr', 'bk', 'fl', 'ch')
    return at2(
      c$(s0 + dr + ch - bk - fl),
      c$(s0 + dr + ch - bk),
      c$(s0 + dr - bk - fl),
      c$(s0 + dr + ch - fl),
      c$(s0 + ch - bk - fl),
    )
  },
}
