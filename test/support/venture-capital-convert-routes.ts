import {
  add,
  at2,
  div,
  dp,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { downR, writtenAs } from './written-half-up.js'

/*
 * SAFEs and notes worked again from each draw in share counts: a post-money SAFE's capitalization
 * as the shares before the round over one less the SAFEs' purchase-over-cap fractions (the SAFEs
 * then own exactly those fractions of it), a note's amount as principal plus a month's or a day's
 * interest at a time, a discount price as the round price times the Discount Rate, a round whose
 * pre-money counts the conversion shares solved as price × shares = value, and calendar days from a
 * civil-date count of its own.
 */

const at4 = writtenAs((x) => dp(x, 4))
const whole = writtenAs((x) => dp(downR(x), 0))
const ONE = r(1)
const pc = (p: number): R => r(p, 100)
const lt = (a: R, b: R): boolean => a[0] * b[1] < b[0] * a[1]
/** The capitalization in which SAFEs owning `owned` in all hold their fractions: base ÷ (1 − owned). */
const withSafes = (base: R, owned: R): R => div(base, sub(ONE, owned))
/** Principal with `months` months of simple interest at `rate` % a year, a month at a time. */
const byMonth = (principal: number, rate: number, months: number): R => {
  const month = mul(r(principal), r(rate, 1200))
  return add(r(principal), mul(month, r(months)))
}
/** Principal with `days` days of simple interest at `rate` % a year on a `year`-day year. */
const byDay = (principal: number, rate: number, days: number, year = 365): R =>
  add(r(principal), mul(r(principal * rate, 100 * year), r(days)))
/** Shares for `amount` at `price`, before rounding. */
const sh = (amount: R | number, price: R): R =>
  div(typeof amount === 'number' ? r(amount) : amount, price)

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
function civilDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
/** The civil date of a day count, inverse of `civilDays`. */
function civilOf(z0: number): [number, number, number] {
  const z = z0 + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp + (mp < 10 ? 3 : -9)
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d]
}

/** SAFEs and convertible notes families worked again from each draw's figures. */
export const CONVERT_ROUTES: Readonly<Record<string, Route>> = {
  'post-money-safe-conversion-price-when-the-cap-applies': (f) => {
    const [C, O, U, K, P1, P2, d, X, PA, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'K',
      'P1',
      'P2',
      'd',
      'X',
      'PA',
      'I',
    )
    const E0 = C + O + U
    const owned = r(P1 + P2, K)
    const price = r(PA, 10000)
    const safe = (base: R, own = owned) => div(r(K), withSafes(base, own))
    const sp = safe(r(E0))
    return at4(
      sp,
      r(K, E0),
      safe(r(E0), r(P1, K)),
      mul(price, pc(100 - d)),
      price,
      mul(sp, pc(100 - d)),
      safe(r(E0 + X)),
      safe(add(r(E0), div(r(I), price))),
    )
  },
  'post-money-safes-with-different-caps-shares-to-one-holder': (f) => {
    const [C, O, U, K1, K2, K3, P1, P2, P3, PA, X, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'K1',
      'K2',
      'K3',
      'P1',
      'P2',
      'P3',
      'PA',
      'X',
      'I',
    )
    const E0 = C + O + U
    const owned = add(r(P1, K1), r(P2, K2), r(P3, K3))
    const price = r(PA, 10000)
    const cc = withSafes(r(E0), owned)
    // Fund B's shares: its purchase over its Safe Price, the cap over the capitalization.
    const fundB = (cap: R) => sh(P2, div(r(K2), cap))
    return whole(
      fundB(cc),
      fundB(r(E0)),
      fundB(withSafes(r(E0), r(P2, K2))),
      sh(P2, price),
      fundB(withSafes(r(E0 + X), owned)),
      fundB(withSafes(add(r(E0), sh(I, price)), owned)),
      fundB(add(cc, r(X), sh(I, price))),
    )
  },
  'post-money-safe-holder-ownership-after-the-series-a': (f) => {
    const [C, O, U, K1, K2, P1, P2, X, Pre, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'K1',
      'K2',
      'P1',
      'P2',
      'X',
      'Pre',
      'I',
    )
    const E0 = C + O + U
    const owned = add(r(P1, K1), r(P2, K2))
    // Fund A's shares over the count after the round, the round priced on the SAFE shares and pool.
    const afterRound = (aShares: R, preCount: R) => {
      const price = div(r(Pre), preCount)
      return div(aShares, add(preCount, sh(I, price)))
    }
    const cc = withSafes(r(E0), owned)
    const price = div(r(Pre), add(cc, r(X)))
    const outA = mul(r(P1, K1), r(E0))
    const outB = mul(r(P2, K2), r(E0))
    return pct2(
      afterRound(mul(r(P1, K1), cc), add(cc, r(X))),
      r(P1, K1),
      mul(r(P1, K1), r(Pre, Pre + I)),
      div(mul(r(P1, K1), cc), add(cc, r(X))),
      afterRound(sh(P1, price), add(cc, r(X))),
      afterRound(outA, add(r(E0 + X), outA, outB)),
      mul(r(P1, K1), sub(ONE, r(I, Pre)), div(cc, add(cc, r(X)))),
    )
  },
  'pre-money-safe-conversion-price-lower-of-cap-and-discount': (f) => {
    const [C, O, U, X, K, P1, P2, d, PA, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'X',
      'K',
      'P1',
      'P2',
      'd',
      'PA',
      'I',
    )
    const E0 = C + O + U
    const price = r(PA, 10000)
    const sp = r(K, E0 + X)
    const dpr = mul(price, pc(100 - d))
    const offCap = mul(sp, pc(100 - d))
    const inCap = div(r(K), withSafes(r(E0 + X), r(P1 + P2, K)))
    const withNew = div(r(K), add(r(E0 + X), sh(I, price)))
    if (lt(sp, dpr)) return at4(sp, r(K, E0), dpr, price, offCap, inCap, withNew)
    return at4(dpr, sp, price, div(price, pc(100 + d)), offCap, inCap, withNew)
  },
  'convertible-note-shares-with-accrued-interest-at-the-cap-or-discount': (f) => {
    const [C, O, U, X, Pn, rate, m, M, d, Kn, PA, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'X',
      'Pn',
      'r',
      'm',
      'M',
      'd',
      'Kn',
      'PA',
      'I',
    )
    const E0 = C + O + U
    const price = r(PA, 10000)
    const capPrice = r(Kn, E0 + X)
    const discPrice = mul(price, pc(100 - d))
    const cap = lt(capPrice, discPrice)
    const cp = cap ? capPrice : discPrice
    const A = byMonth(Pn, rate, m)
    // The cap price on a count that wrongly takes in the round's own shares.
    const capNew = div(r(Kn), add(r(E0 + X), sh(I, price)))
    const out = [
      sh(A, cp),
      sh(Pn, cp),
      sh(A, cap ? discPrice : capPrice),
      sh(A, price),
      sh(byMonth(Pn, rate, M), cp),
      sh(A, lt(capNew, discPrice) ? capNew : discPrice),
      sh(A, mul(capPrice, pc(100 - d))),
    ]
    if (cap) out.push(sh(A, r(Kn, E0)))
    return whole(...out)
  },
  'discount-only-notes-total-conversion-shares': (f) => {
    const [Pn1, Pn2, r1, r2, t1, t2, d, PA] = figuresOf(
      f,
      'Pn1',
      'Pn2',
      'r1',
      'r2',
      't1',
      't2',
      'd',
      'PA',
    )
    const price = r(PA, 10000)
    const disc = mul(price, pc(100 - d))
    const total = (a1: R, a2: R, p: R) => r(downR(sh(a1, p))[0] + downR(sh(a2, p))[0])
    const notes = (d1: number, d2: number, p: R, rate1 = r1) =>
      total(byDay(Pn1, rate1, d1), byDay(Pn2, r2, d2), p)
    const extra = (a: R) => mul(a, pc(100 + d))
    return whole(
      notes(t1, t2, disc),
      total(r(Pn1), r(Pn2), disc),
      notes(t1, t2, price),
      total(extra(byDay(Pn1, r1, t1)), extra(byDay(Pn2, r2, t2)), price),
      notes(t2, t2, disc),
      notes(t1, t1, disc),
      notes(730, 730, disc),
      notes(t1, t2, disc, r2),
    )
  },
  'mfn-safe-takes-a-later-safes-cap': (f) => {
    const [C, O, U, KA, KC, PAm, PB, PC, X, I, PA] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'KA',
      'KC',
      'PAm',
      'PB',
      'PC',
      'X',
      'I',
      'PA',
    )
    const E0 = C + O + U
    const price = r(PA, 10000)
    const owned = (capB: number) => add(r(PAm, KA), r(PB, capB), r(PC, KC))
    const fundB = (cap: number, cc: R) => sh(PB, div(r(cap), cc))
    return whole(
      fundB(KC, withSafes(r(E0), owned(KC))),
      sh(PB, price),
      fundB(KC, r(E0)),
      fundB(KC, withSafes(r(E0), add(r(PAm, KA), r(PC, KC)))),
      fundB(KA, withSafes(r(E0), owned(KA))),
      fundB(KC, withSafes(r(E0 + X), owned(KC))),
      fundB(KC, withSafes(add(r(E0), sh(I, price)), owned(KC))),
    )
  },
  'series-a-price-with-post-money-safes-in-the-pre-money': (f) => {
    const [C, O, U, K, P1, P2, X, Pre, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'K',
      'P1',
      'P2',
      'X',
      'Pre',
      'I',
    )
    const E0 = C + O + U
    const owned = r(P1 + P2, K)
    const cc = withSafes(r(E0), owned)
    const count = add(cc, r(X))
    const price = div(r(Pre), count)
    return at4(
      price,
      r(Pre, E0 + X),
      div(r(Pre), cc),
      div(r(Pre + I), count),
      div(r(Pre - I), count),
      div(r(Pre), add(withSafes(r(E0 + X), owned), r(X))),
      div(r(Pre), add(count, sh(I, price))),
    )
  },
  'convertible-note-conversion-at-maturity-at-the-maturity-cap': (f) => {
    const [C, O, U, Au, Pn, rate, M, d, Km, Kf] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'Au',
      'Pn',
      'r',
      'M',
      'd',
      'Km',
      'Kf',
    )
    const fd = C + O + U
    const A = byMonth(Pn, rate, M)
    const price = r(Km, fd)
    // Counting its own shares S in the capitalization: S = A ÷ (Km ÷ (fd + S)).
    const own = div(mul(A, r(fd)), sub(r(Km), A))
    return whole(
      sh(A, price),
      sh(Pn, price),
      sh(A, r(Kf, fd)),
      sh(A, r(Km, C + O)),
      sh(A, r(Km, Au)),
      own,
      sh(A, mul(price, pc(100 - d))),
    )
  },
  'convertible-notes-accrued-interest-across-dated-tranches': (f) => {
    const [D0, D1, D2, Dc, P1, P2, P3, r1, r2] = figuresOf(
      f,
      'D0',
      'D1',
      'D2',
      'Dc',
      'P1',
      'P2',
      'P3',
      'r1',
      'r2',
    )
    const issued = [D0, D1, D2]
    const P = [P1, P2, P3]
    const [cy, cm, cd] = civilOf(Dc)
    const days = issued.map((d) => civilDays(cy, cm, cd) - d)
    const matured = issued.map((d) => {
      const [y, m, dd] = civilOf(d)
      return civilDays(y + 2, m, dd) - d
    })
    const months = issued.map((d) => {
      const [y, m, dd] = civilOf(d)
      return (cy - y) * 12 + (cm - m) - (cd < dd ? 1 : 0)
    })
    const sum = (xs: R[]) => add(r(0), ...xs)
    // Each note's interest is its amount after the days less its principal.
    const owed = (ts: number[], rs = [r1, r2, r2]) =>
      sum(P.map((p, i) => sub(byDay(p, rs[i]!, ts[i]!), r(p))))
    const monthly = sum(P.map((p, i) => sub(byMonth(p, i === 0 ? r1 : r2, months[i]!), r(p))))
    return at2(
      owed(days),
      owed(days.map(() => days[2]!)),
      monthly,
      owed(days, [r1, r1, r1]),
      owed(days.map(() => days[0]!)),
      owed(matured),
      owed(days, [r2, r2, r2]),
    )
  },
  'founders-ownership-after-pre-money-safes-convert-in-the-round': (f) => {
    const [F, G, O, U, X, K, P1, P2, Pre, I] = figuresOf(
      f,
      'F',
      'G',
      'O',
      'U',
      'X',
      'K',
      'P1',
      'P2',
      'Pre',
      'I',
    )
    const E0 = F + G + O + U
    // The pre-money SAFEs buy at the cap over a capitalization without them.
    const safeShares = (cap: R) => sh(P1 + P2, div(r(K), cap))
    const founders = (preCount: R, pre: number, money: number) => {
      const price = div(r(pre), preCount)
      return div(r(F), add(preCount, sh(money, price)))
    }
    const count = add(r(E0 + X), safeShares(r(E0 + X)))
    return pct2(
      founders(count, Pre, I),
      founders(r(E0 + X), Pre, I),
      founders(add(r(E0), safeShares(r(E0))), Pre, I),
      div(r(F), count),
      founders(add(withSafes(r(E0), r(P1 + P2, K)), r(X)), Pre, I),
      founders(count, Pre - I, I),
      founders(count, Pre, I + P1 + P2),
    )
  },
  'post-money-safe-payout-in-an-acquisition-before-a-priced-round': (f) => {
    const [C, O, Pm, U, K, P1, P2, Pacq] = figuresOf(
      f,
      'C',
      'O',
      'Pm',
      'U',
      'K',
      'P1',
      'P2',
      'Pacq',
    )
    const perShare = r(Pacq, 10000)
    const owned = r(P1 + P2, K)
    const proceeds = (cap: R) => mul(sh(P1, div(r(K), cap)), perShare)
    const key = proceeds(withSafes(r(C + O), owned))
    return at2(
      key,
      r(P1),
      proceeds(r(C + O)),
      proceeds(withSafes(r(C + O), r(P1, K))),
      proceeds(withSafes(r(C + O + U), owned)),
      proceeds(withSafes(r(C + O + Pm), owned)),
      add(r(P1), key),
    )
  },
  'noteholders-ownership-when-the-conversion-sits-outside-the-pre-money': (f) => {
    const [C, O, U, X, Pn, rate, m, M, d, Pre, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'X',
      'Pn',
      'r',
      'm',
      'M',
      'd',
      'Pre',
      'I',
    )
    const E0 = C + O + U
    const base = E0 + X
    // The notes' shares over the count after the round, the price set on `priceBase` shares.
    const stake = (amount: R, pre: number, priceBase: number, perDollar: R) => {
      const price = r(pre, priceBase)
      const notes = div(mul(amount, perDollar), price)
      return div(notes, add(r(base), sh(I, price), notes))
    }
    const disc = div(ONE, pc(100 - d))
    const A = byMonth(Pn, rate, m)
    // Inside the pre-money the price falls until price × (base) + amount ÷ (1 − d) = pre-money.
    const insidePrice = div(sub(r(Pre), mul(A, disc)), r(base))
    const insideNotes = div(mul(A, disc), insidePrice)
    return pct2(
      stake(A, Pre, base, disc),
      div(insideNotes, add(r(base), insideNotes, sh(I, insidePrice))),
      stake(A, Pre - I, base, disc),
      stake(byMonth(Pn, rate, M), Pre, base, disc),
      stake(r(Pn), Pre, base, disc),
      stake(A, Pre, base, ONE),
      stake(A, Pre, base, pc(100 + d)),
      stake(A, Pre, E0, disc),
    )
  },
  'post-money-safe-shares-when-a-note-converts-alongside': (f) => {
    const [C, O, U, X, Pn, rate, m, d, K, P1, P2, I, PA] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'X',
      'Pn',
      'r',
      'm',
      'd',
      'K',
      'P1',
      'P2',
      'I',
      'PA',
    )
    const E0 = C + O + U
    const price = r(PA, 10000)
    const disc = mul(price, pc(100 - d))
    const owned = r(P1 + P2, K)
    const note = (a: R) => sh(a, disc)
    const A = byMonth(Pn, rate, m)
    const fundA = (cc: R) => sh(P1, div(r(K), cc))
    return whole(
      fundA(withSafes(add(r(E0), note(A)), owned)),
      fundA(withSafes(r(E0), owned)),
      fundA(withSafes(add(r(E0), note(A)), r(P1, K))),
      fundA(add(r(E0), note(A))),
      fundA(withSafes(add(r(E0 + X), note(A)), owned)),
      fundA(withSafes(add(r(E0), note(A), sh(I, price)), owned)),
      mul(r(P1, K), add(withSafes(add(r(E0), note(A)), owned), r(X), sh(I, price))),
    )
  },
  'series-a-price-with-discount-only-safes-in-the-pre-money': (f) => {
    const [C, O, U, X, S, d, Pre, I] = figuresOf(f, 'C', 'O', 'U', 'X', 'S', 'd', 'Pre', 'I')
    const base = r(C + O + U + X)
    // price × base + the SAFE shares' worth S ÷ (1 − d) = the pre-money.
    const worth = div(r(S), pc(100 - d))
    const solve = (pre: R, safeWorth: R) => div(sub(pre, safeWorth), base)
    const price = solve(r(Pre), worth)
    const safeShares = div(worth, price)
    const first = r(Pre, C + O + U + X)
    return at4(
      price,
      first,
      solve(r(Pre), r(S)),
      div(r(Pre), add(base, div(worth, first))),
      solve(r(Pre - I), worth),
      div(r(Pre), add(base, safeShares, sh(I, price))),
      div(sub(r(Pre), worth), add(base, safeShares)),
    )
  },
  'effective-discount-a-post-money-safe-cap-gives-to-the-series-a-price': (f) => {
    const [C, O, U, K, P1, P2, X, Pre, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'K',
      'P1',
      'P2',
      'X',
      'Pre',
      'I',
    )
    const E0 = C + O + U
    const owned = r(P1 + P2, K)
    const gap = (safe: R, round: R) => div(sub(round, safe), round)
    const cc = withSafes(r(E0), owned)
    const safe = div(r(K), cc)
    const round = (pre: number, c: R) => div(r(pre), add(c, r(X)))
    return pct2(
      gap(safe, round(Pre, cc)),
      gap(safe, r(Pre, E0 + X)),
      div(r(Pre - K), r(Pre)),
      div(r(Pre + I - K), r(Pre + I)),
      gap(r(K, E0), round(Pre, cc)),
      gap(div(r(K), withSafes(r(E0), r(P1, K))), round(Pre, cc)),
      gap(safe, round(Pre - I, cc)),
    )
  },
  'post-money-safe-shares-beside-an-older-pre-money-safe': (f) => {
    const [C, O, U, X, Kp, Pp, Kq, Pq, PA, I] = figuresOf(
      f,
      'C',
      'O',
      'U',
      'X',
      'Kp',
      'Pp',
      'Kq',
      'Pq',
      'PA',
      'I',
    )
    const E0 = C + O + U
    const price = r(PA, 10000)
    // Fund A's shares at its cap over a capitalization without SAFEs.
    const fundA = (base: number) => sh(Pp, r(Kp, base))
    const owned = r(Pq, Kq)
    const fundB = (cc: R) => sh(Pq, div(r(Kq), cc))
    const cc = withSafes(add(r(E0), fundA(E0 + X)), owned)
    return whole(
      fundB(cc),
      fundB(withSafes(r(E0), owned)),
      sh(Pq, price),
      fundB(add(r(E0), fundA(E0 + X))),
      fundB(withSafes(add(r(E0 + X), fundA(E0 + X)), owned)),
      fundB(withSafes(add(r(E0), fundA(E0 + X), sh(I, price)), owned)),
      mul(owned, add(cc, r(X), sh(I, price))),
    )
  },
}
