import { cmp, halfUpOf } from './bigint-rationals.js'
import {
  add,
  at0,
  at2,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Claims and coordination of benefits worked again from each draw: amounts in cents, a plan’s
 * normal benefit as its share of the allowed amount over what is left of its deductible, and
 * dates as day numbers turned into calendar dates and back by the civil-calendar arithmetic of
 * H. Hinnant (no Date objects), weekdays from the day number.
 */

const c = (x: number): R => r(x, 100)
const d = (x: number): R => r(x)
const pc = (x: number): R => r(x, 100)
const lower = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
const higher = (a: R, b: R): R => (cmp(a, b) >= 0 ? a : b)
/** What a plan pays on an allowed amount, the deductible first, at its share after it. */
const normal = (ded: R, allowed: R, coins: number): R =>
  sub(allowed, add(lower(ded, allowed), mul(pc(coins), sub(allowed, lower(ded, allowed)))))
/** An amount a payer pays or posts: whole cents, a half up. */
const whole = (x: R): R => r(halfUpOf(mul(x, r(100))), 100)

/** Days since 1970-01-01 of a civil date. */
function daysFromCivil(y0: number, m: number, dd: number): number {
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + dd - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
/** The civil date of a day number. */
function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const dd = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, dd]
}
const nextYear = (day: number): number => {
  const [y, m, dd] = civilFromDays(day)
  return daysFromCivil(y + 1, m, dd)
}
const decemberEnd = (day: number, plus = 0): number =>
  daysFromCivil(civilFromDays(day)[0] + plus, 12, 31)
/** The `n`th weekday after `day` (day 0, 1970-01-01, was a Thursday). */
function weekdaysOn(day: number, n: number): number {
  let t = day
  let left = n
  while (left > 0) {
    t += 1
    const w = (((t + 4) % 7) + 7) % 7
    if (w !== 0 && w !== 6) left -= 1
  }
  return t
}
const count = (...xs: readonly number[]) => at0(...xs.map((x) => d(x)))

/** Claims and coordination of benefits worked again from each draw's amounts, plan terms and dates. */
export const CLAIMS_ROUTES: Readonly<Record<string, Route>> = {
  'birthday-rule-secondary-payment-for-a-child': (f) => {
    const [A, B, Dx, cx, Dy, cy] = figuresOf(f, 'A', 'B', 'Dx', 'cx', 'Dy', 'cy')
    const earlyPays = normal(c(Dx), c(A), cx)
    const laterBenefit = normal(c(Dy), c(A), cy)
    const left = sub(c(A), earlyPays)
    return at2(
      lower(laterBenefit, left),
      lower(earlyPays, sub(c(A), laterBenefit)),
      laterBenefit,
      sub(c(B), earlyPays),
      normal(c(Dy), c(B), cy),
      sub(laterBenefit, earlyPays),
      mul(pc(cx), sub(c(A), c(Dx))),
      mul(pc(100 - cy), left),
    )
  },
  'secondary-payment-under-non-duplication': (f) => {
    const [A1, d1, c1, A2, D2, c2] = figuresOf(f, 'A1', 'd1', 'c1', 'A2', 'D2', 'c2')
    const paid1 = sub(c(A1 - d1), whole(mul(pc(c1), c(A1 - d1))))
    const own = normal(c(D2), c(A2), c2)
    const share = pc(100 - c2)
    return at2(
      sub(own, paid1),
      lower(own, sub(c(A1), paid1)),
      own,
      mul(share, sub(sub(c(A2), paid1), c(D2))),
      sub(mul(share, c(A2)), paid1),
      sub(normal(c(D2), c(A1), c2), paid1),
      sub(sub(mul(share, c(A2)), c(D2)), paid1),
      sub(normal(c(d1), c(A2), c2), paid1),
    )
  },
  'dental-secondary-payment-under-maintenance-of-benefits': (f) => {
    const [A1f, A1c, A2f, A2c] = figuresOf(f, 'A1f', 'A1c', 'A2f', 'A2c')
    const paidF = whole(mul(pc(80), sub(c(A1f), d(50))))
    const paidC = whole(mul(pc(50), c(A1c)))
    const leftF = sub(c(A2f), paidF)
    const leftC = sub(c(A2c), paidC)
    const crown = (rate: number) => mul(pc(rate), leftC)
    const filling = (rate: number, ded: R) => mul(pc(rate), sub(leftF, ded))
    const nonDup = add(
      higher(r(0), sub(mul(pc(80), sub(c(A2f), d(50))), paidF)),
      higher(r(0), sub(mul(pc(50), c(A2c)), paidC)),
    )
    return at2(
      add(filling(80, d(50)), crown(50)),
      nonDup,
      add(leftF, leftC),
      add(filling(80, r(0)), crown(50)),
      add(filling(80, d(50)), crown(80)),
      add(sub(filling(80, r(0)), d(50)), crown(50)),
      add(mul(pc(80), sub(c(A2f), d(50))), mul(pc(50), c(A2c))),
      add(filling(50, d(50)), crown(50)),
    )
  },
  'medicare-secondary-payment-behind-an-employer-plan': (f) => {
    const [B, A, Dp, cp, M, met] = figuresOf(f, 'B', 'A', 'Dp', 'cp', 'M', 'met')
    const paid = whole(normal(c(Dp), c(A), cp))
    const deductibleLeft = sub(d(283), c(met))
    const medicareAlone = mul(pc(80), sub(c(M), deductibleLeft))
    const options = [sub(c(B), paid), medicareAlone, sub(higher(c(M), c(A)), paid), sub(c(A), paid)]
    const pays = options.reduce(lower)
    return at2(
      pays,
      medicareAlone,
      sub(c(B), paid),
      sub(c(M), paid),
      mul(pc(80), sub(c(A), paid)),
      sub(sub(c(A), paid), deductibleLeft),
      sub(medicareAlone, paid),
    )
  },
  'remittance-contractual-adjustment-to-post': (f) => {
    const [a1, b1, K, a2, b2, dd, co, b3, b4] = figuresOf(
      f,
      'a1',
      'b1',
      'K',
      'a2',
      'b2',
      'd',
      'c',
      'b3',
      'b4',
    )
    const coins = whole(mul(pc(co), c(a2 - dd)))
    const pr = add(c(K), c(dd), coins)
    const co45 = c(b1 - a1 + b2 - a2)
    const groupCO = add(co45, c(b3))
    return at2(
      groupCO,
      co45,
      add(groupCO, c(b4)),
      add(groupCO, pr, c(b4)),
      add(pr, c(b4)),
      c(b3 + b4),
      add(groupCO, pr),
    )
  },
  'remittance-patient-balance-after-check-in-payments': (f) => {
    const [a1, b1, K, a2, b2, dd, co, b3, b4, E] = figuresOf(
      f,
      'a1',
      'b1',
      'K',
      'a2',
      'b2',
      'd',
      'c',
      'b3',
      'b4',
      'E',
    )
    const pr = add(c(K + dd + b4), whole(mul(pc(co), c(a2 - dd))))
    const owed = sub(pr, c(K + E))
    return at2(
      owed,
      pr,
      add(owed, c(b3)),
      add(owed, c(b1 - a1), c(b2 - a2)),
      sub(owed, c(b4)),
      sub(owed, c(dd)),
      sub(owed, c(K)),
    )
  },
  'era-deposit-after-reversals-and-provider-level-adjustments': (f) => {
    const [p1, p2, p3, rv, q, i, w] = figuresOf(f, 'p1', 'p2', 'p3', 'r', 'q', 'i', 'w')
    const claims = c(p1 + p2 + p3 + q - rv)
    const eft = add(claims, c(i - w))
    return at2(
      eft,
      claims,
      add(eft, c(rv)),
      add(eft, c(2 * rv)),
      sub(claims, c(i + w)),
      sub(eft, c(w)),
      sub(eft, c(q - rv)),
    )
  },
  'medicare-timely-filing-days-left-on-an-institutional-claim': (f) => {
    const [F, Tt, S, Rj, T] = figuresOf(f, 'F', 'Tt', 'S', 'R', 'T')
    return count(
      nextYear(Tt) - T,
      nextYear(F) - T,
      decemberEnd(Tt) - T,
      Tt + 180 - T,
      decemberEnd(Tt, 1) - T,
      nextYear(Rj) - T,
      nextYear(S) - T,
    )
  },
  'commercial-timely-filing-days-left-for-a-secondary-claim': (f) => {
    const [N, M, dd, s, rm, p, T] = figuresOf(f, 'N', 'M', 'd', 's', 'r', 'p', 'T')
    return count(
      Math.max(dd + N, rm + M) - T,
      dd + N - T,
      dd + M - T,
      s + M - T,
      p + M - T,
      rm + N - T,
      weekdaysOn(rm, M) - T,
    )
  },
  'medicare-redetermination-days-left': (f) => {
    const [dd, s, n, p, T] = figuresOf(f, 'd', 's', 'n', 'p', 'T')
    const received = n + 5
    return count(
      received + 120 - T,
      n + 120 - T,
      dd + 120 - T,
      s + 120 - T,
      received + 180 - T,
      p + 120 - T,
      weekdaysOn(received, 120) - T,
    )
  },
  'medicare-overpayment-return-days-left': (f) => {
    const [dos, P, V, I, Rs, Ap, T] = figuresOf(f, 'dos', 'P', 'V', 'I', 'Rs', 'Ap', 'T')
    const left = (from: number) => from + 60 - T
    return count(left(I), left(P), left(V), left(dos), left(Rs), left(Ap), weekdaysOn(I, 60) - T)
  },
  'credit-balance-refund-after-both-plans-pay': (f) => {
    const [K, PR2, Q, Qb, E, dd, co] = figuresOf(f, 'K', 'PR2', 'Q', 'Qb', 'E', 'd', 'co')
    const PR1 = K + dd + co
    const paidIn = K + E
    const credit = paidIn - PR2
    return at2(
      c(credit - Q),
      c(credit),
      c(paidIn - Q),
      c(credit - Q + (PR1 - PR2)),
      c(paidIn - PR1 - Q),
      c(E - PR2 - Q),
      c(credit - Qb),
    )
  },
  'patient-bill-after-medicare-denials-with-and-without-an-abn': (f) => {
    const [a1, b1, met, b2, f2, b3, b4] = figuresOf(f, 'a1', 'b1', 'met', 'b2', 'f2', 'b3', 'b4')
    const ded = sub(d(283), c(met))
    const visit = add(ded, mul(pc(20), sub(c(a1), ded)))
    const bill = add(visit, c(b2))
    return at2(
      bill,
      add(bill, c(b3)),
      add(bill, c(b4)),
      add(bill, c(b1 - a1)),
      visit,
      sub(bill, ded),
      add(visit, c(f2)),
    )
  },
  'secondary-payment-for-a-child-of-divorced-parents': (f) => {
    const [A, B, Dm, cm, Ds, cs, Df, cf] = figuresOf(
      f,
      'A',
      'B',
      'Dm',
      'cm',
      'Ds',
      'cs',
      'Df',
      'cf',
    )
    const mother = normal(c(Dm), c(A), cm)
    const step = normal(c(Ds), c(A), cs)
    const father = normal(c(Df), c(A), cf)
    const second = (own: R, first: R) => lower(own, sub(c(A), first))
    return at2(
      second(step, mother),
      second(mother, father),
      second(father, mother),
      normal(c(Ds), c(B), cs),
      sub(c(B), mother),
      sub(step, mother),
      mul(pc(cm), sub(c(A), c(Dm))),
    )
  },
  'prompt-pay-interest-on-a-late-clean-claim': (f) => {
    const [dos, Rc, P, rate, X, Bc] = figuresOf(f, 'dos', 'R', 'P', 'rate', 'X', 'Bc')
    const perDay = (amount: number, year = 365) => mul(c(amount), pc(rate), r(1, year))
    const late = P - (Rc + 30)
    return at2(
      mul(perDay(X), d(late)),
      mul(perDay(X), d(P - dos - 30)),
      mul(perDay(X), d(P - Rc)),
      mul(perDay(X, 360), d(late)),
      mul(perDay(Bc), d(late)),
      mul(perDay(X), d(late - 15)),
      mul(perDay(X), d(P - weekdaysOn(Rc, 30))),
      mul(c(X), pc(rate), r(Math.floor(late / 30), 12)),
    )
  },
  'refund-owed-when-both-plans-paid-as-primary': (f) => {
    const [Ax, Ay, Dx, Dy, cx, cy] = figuresOf(f, 'Ax', 'Ay', 'Dx', 'Dy', 'cx', 'cy')
    const own = whole(normal(c(Dx), c(Ax), cx))
    const spouse = whole(normal(c(Dy), c(Ay), cy))
    const refundIfOwed = (owed: R) => sub(spouse, lower(spouse, owed))
    const diff = sub(spouse, own)
    return at2(
      refundIfOwed(sub(c(Ax), own)),
      spouse,
      refundIfOwed(sub(c(Ay), own)),
      refundIfOwed(higher(r(0), diff)),
      refundIfOwed(mul(pc(cx), sub(c(Ax), c(Dx)))),
      refundIfOwed(c(Dx)),
      sub(c(Ax), own),
      cmp(diff, r(0)) < 0 ? sub(own, spouse) : diff,
    )
  },
  'medigap-plan-n-payment-on-a-crossover-claim': (f) => {
    const [v, q, met] = figuresOf(f, 'v', 'q', 'met')
    const ded = sub(d(283), c(met))
    const coinsurance = mul(pc(20), add(sub(c(v), ded), c(q)))
    const pays = sub(coinsurance, d(20))
    return at2(
      pays,
      coinsurance,
      add(pays, ded),
      sub(mul(pc(20), c(v + q)), d(20)),
      sub(pays, d(20)),
      sub(mul(pc(16), add(sub(c(v), ded), c(q))), d(20)),
      sub(pays, ded),
    )
  },
}
