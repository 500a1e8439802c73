import { cmp } from './bigint-rationals.js'
import { add, at2, mul, type R, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Patient cost sharing worked again from each draw: amounts in cents, the patient’s part of an
 * allowed amount as the allowed amount less what the plan pays (the plan paying its share of
 * what is left after the deductible), lines walked one at a time, Medicare days counted by the
 * overlap of the stay with each band of the benefit period.
 */

/** Cents and whole dollars as dollars; a whole percent as a rate. */
const c = (x: number): R => r(x, 100)
const d = (x: number): R => r(x)
const pc = (x: number): R => r(x, 100)
const smaller = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
const sum = (xs: readonly R[]): R => add(r(0), ...xs)

/** What the plan pays on `amount` after `ded` of deductible, at `coins` percent coinsurance. */
const planPart = (ded: R, amount: R, coins: number): R =>
  mul(pc(100 - coins), sub(amount, smaller(ded, amount)))
/** The patient’s part: the allowed amount less the plan’s part. */
const patientPart = (ded: R, amount: R, coins: number): R =>
  sub(amount, planPart(ded, amount, coins))
/** Lines in order, the deductible carried from one to the next. */
function walk(ded: R, lines: readonly (readonly [R, number])[]): R {
  let left = ded
  let owed = r(0)
  for (const [amount, coins] of lines) {
    owed = add(owed, patientPart(left, amount, coins))
    left = sub(left, smaller(left, amount))
  }
  return owed
}
/** Days of the benefit-period stretch `from`..`to` that fall in `lo`..`hi`. */
const overlap = (from: number, to: number, lo: number, hi: number): number =>
  Math.max(0, Math.min(to, hi) - Math.max(from, lo) + 1)
/** Part A cost sharing for benefit-period days `from`..`to` at the given day rates. */
const partA = (from: number, to: number, mid = 434, reserve = 868): number =>
  overlap(from, to, 61, 90) * mid + overlap(from, to, 91, 150) * reserve

/** Patient cost sharing worked again from each draw's charges, plan terms and accumulators. */
export const COST_ROUTES: Readonly<Record<string, Route>> = {
  'patient-responsibility-from-allowed-amount-and-accumulators': (f) => {
    const [Dt, m, A, B, k] = figuresOf(f, 'Dt', 'm', 'A', 'B', 'c')
    const left = sub(d(Dt), c(m))
    const owed = patientPart(left, c(A), k)
    return at2(
      owed,
      patientPart(left, c(B), k),
      mul(pc(k), c(A)),
      patientPart(d(Dt), c(A), k),
      add(left, mul(pc(k), c(A))),
      sub(owed, left),
      left,
      add(owed, sub(c(B), c(A))),
    )
  },
  'visit-with-several-services-in-claim-line-order': (f) => {
    const [K, Dt, m, P, I, c1, c2, BP, BI] = figuresOf(
      f,
      'K',
      'Dt',
      'm',
      'P',
      'I',
      'c1',
      'c2',
      'BP',
      'BI',
    )
    const left = sub(d(Dt), c(m))
    const two = (p: number, i: number, a = c1, b = c2) =>
      [
        [c(p), a],
        [c(i), b],
      ] as const
    return at2(
      add(d(K), walk(left, two(P, I))),
      add(d(K), walk(left, [two(P, I)[1], two(P, I)[0]])),
      add(d(K), walk(sub(left, d(K)), two(P, I))),
      walk(left, two(P, I)),
      add(d(K), walk(left, two(P, I, c2, c2))),
      add(d(K), walk(d(Dt), two(P, I))),
      add(d(K), walk(left, two(BP, BI))),
    )
  },
  'plan-payment-under-an-embedded-family-deductible': (f) => {
    const [Di, k, m, A, B, co] = figuresOf(f, 'Di', 'k', 'm', 'A', 'B', 'c')
    const others = Array.from({ length: k }, (_, i) => figuresOf(f, `o${i}`)[0])
    const family = sub(d(Di * k), c(m + others.reduce((s, x) => s + x, 0)))
    const own = sub(d(Di), c(m))
    const left = smaller(family, own)
    return at2(
      planPart(left, c(A), co),
      planPart(own, c(A), co),
      planPart(d(Di), c(A), co),
      mul(pc(co), sub(c(A), left)),
      mul(pc(100 - co), c(A)),
      planPart(left, c(B), co),
      sub(c(A), left),
    )
  },
  'patient-share-under-an-aggregate-family-deductible': (f) => {
    const [Df, m, o, A, B, co] = figuresOf(f, 'Df', 'm', 'o', 'A', 'B', 'c')
    const left = sub(d(Df), c(m + o))
    return at2(
      patientPart(left, c(A), co),
      mul(pc(co), c(A)),
      patientPart(sub(d(Df), c(m)), c(A), co),
      patientPart(d(Df), c(A), co),
      left,
      mul(pc(co), sub(c(A), left)),
      patientPart(left, c(B), co),
    )
  },
  'embedded-individual-out-of-pocket-maximum-from-the-accumulators': (f) => {
    const [Oi, Di, Q, M, F, co, A] = figuresOf(f, 'Oi', 'Di', 'Q', 'M', 'F', 'c', 'A')
    const uncapped = mul(pc(co), c(A))
    const room = sub(d(Oi), c(M))
    const cap = (x: R) => smaller(uncapped, x)
    return at2(
      cap(smaller(room, sub(d(2 * Oi), c(F)))),
      uncapped,
      cap(add(room, c(Q))),
      cap(add(room, d(Di))),
      cap(sub(d(2 * Oi), c(F))),
      sub(room, d(Di)),
      sub(sub(room, d(Di)), c(Q)),
      sub(d(Oi), c(F)),
    )
  },
  'pre-service-estimate-with-a-pending-claim-on-the-accumulators': (f) => {
    const [Dt, m, p, pb, A1, A2, B1, B2, co] = figuresOf(
      f,
      'Dt',
      'm',
      'p',
      'pb',
      'A1',
      'A2',
      'B1',
      'B2',
      'c',
    )
    const both = c(A1 + A2)
    const left = sub(sub(d(Dt), c(m)), c(p))
    return at2(
      patientPart(left, both, co),
      patientPart(add(left, c(p)), both, co),
      patientPart(sub(left, sub(c(pb), c(p))), both, co),
      mul(pc(co), both),
      patientPart(d(Dt), both, co),
      patientPart(left, c(A1), co),
      patientPart(left, c(B1 + B2), co),
    )
  },
  'good-faith-estimate-excess-open-to-dispute': (f) => {
    const rows = [0, 1, 2, 3].map((i) => figuresOf(f, `g${i}`, `b${i}`))
    const excess = rows.map(([g, b]) => b - g)
    const pick = (keep: (e: number) => boolean, of: (e: number, b: number) => number) =>
      c(rows.reduce((s, [, b], i) => (keep(excess[i]!) ? s + of(excess[i]!, b) : s), 0))
    return at2(
      pick(
        (e) => e >= 40000,
        (e) => e,
      ),
      pick(
        (e) => e > 40000,
        (e) => e,
      ),
      pick(
        (e) => e > 0,
        (e) => e,
      ),
      pick(
        () => true,
        (e) => e,
      ),
      pick(
        (e) => e >= 40000,
        (e) => e - 40000,
      ),
      pick(
        (e) => e >= 40000,
        (_, b) => b,
      ),
      pick(
        (e) => e > 0,
        (_, b) => b,
      ),
    )
  },
  'self-pay-balance-after-discount-deposit-and-prompt-pay': (f) => {
    const [C, d1, D, d2] = figuresOf(f, 'C', 'd1', 'D', 'd2')
    const gross = c(C)
    const discounted = sub(gross, mul(gross, pc(d1)))
    const due = sub(discounted, c(D))
    const paid = sub(due, mul(due, pc(d2)))
    return at2(
      paid,
      sub(sub(gross, mul(gross, pc(d1 + d2))), c(D)),
      sub(sub(discounted, mul(discounted, pc(d2))), c(D)),
      sub(paid, c(D)),
      sub(discounted, mul(discounted, pc(d2))),
      mul(sub(gross, c(D)), pc(100 - d2)),
      due,
      mul(sub(gross, c(D)), pc(100 - d1), pc(100 - d2)),
    )
  },
  'payment-plan-instalment-under-the-term-schedule': (f) => {
    const [C, P, W, Y, p] = figuresOf(f, 'C', 'P', 'W', 'Y', 'p')
    const bal = C - P - W - Y
    const months = (x: number) => (x <= 100000 ? 6 : x <= 250000 ? 12 : x <= 500000 ? 18 : 24)
    /** Balance and down payment in cents, the term given or from the balance. */
    const each = (b: number, down: R, n = months(b)) => mul(sub(c(b), down), r(1, n))
    const downOf = (x: number, q = p) => mul(c(x), pc(q))
    return at2(
      each(bal, downOf(bal)),
      each(bal, downOf(bal), 12),
      each(bal, r(0)),
      each(bal, downOf(bal), 24),
      each(bal, downOf(C)),
      each(bal, downOf(bal, 2 * p)),
      each(bal + Y, downOf(bal + Y)),
      each(bal + W, downOf(bal + W)),
    )
  },
  'out-of-network-office-estimate-with-a-balance-bill': (f) => {
    const [Do, mo, Di, mi, co, ci, A, B] = figuresOf(
      f,
      'Do',
      'mo',
      'Di',
      'mi',
      'co',
      'ci',
      'A',
      'B',
    )
    const oonLeft = sub(d(Do), c(mo))
    const gap = sub(c(B), c(A))
    return at2(
      add(patientPart(oonLeft, c(A), co), gap),
      patientPart(oonLeft, c(A), co),
      patientPart(oonLeft, c(B), co),
      add(patientPart(sub(d(Di), c(mi)), c(A), ci), gap),
      add(patientPart(d(Do), c(A), co), gap),
      add(patientPart(oonLeft, c(B), co), gap),
      add(patientPart(oonLeft, c(A), 100 - co), gap),
    )
  },
  'second-scheduled-procedure-after-the-out-of-pocket-maximum': (f) => {
    const [Dt, m, co, Oi, M, A1, A2] = figuresOf(f, 'Dt', 'm', 'c', 'Oi', 'M', 'A1', 'A2')
    const left = sub(d(Dt), c(m))
    const room = sub(d(Oi), c(M))
    const first = patientPart(left, c(A1), co)
    const second = (roomLeft: R) => smaller(patientPart(r(0), c(A2), co), roomLeft)
    return at2(
      second(sub(room, first)),
      smaller(patientPart(left, c(A2), co), room),
      mul(pc(co), c(A2)),
      second(sub(sub(d(Oi), c(m)), first)),
      sub(room, c(A1)),
      sub(room, add(left, mul(pc(co), c(A1)))),
      sub(sub(room, first), first),
    )
  },
  'dental-treatment-plan-estimate-with-an-alternate-benefit': (f) => {
    const [F0, Fc, Fa, Fn, F3] = figuresOf(f, 'F0', 'Fc', 'Fa', 'Fn', 'F3')
    const fees = c(F0 + Fc + Fn + F3)
    /** The plan’s benefit: preventive in full, fillings at 80%, the crown at `crown`%, less deductibles. */
    const paid = (molar: number, crown: number, deductibles: readonly number[]) =>
      sum([
        c(F0),
        mul(pc(80), c(molar - (deductibles[0] ?? 0))),
        mul(pc(80), c(Fn - (deductibles[1] ?? 0))),
        mul(pc(crown), c(F3 - (deductibles[2] ?? 0))),
      ])
    const owed = sub(fees, paid(Fa, 50, [5000]))
    return at2(
      owed,
      sub(fees, paid(Fc, 50, [5000])),
      sub(fees, paid(Fa, 80, [5000])),
      sub(fees, paid(Fa, 50, [])),
      sub(fees, paid(Fa, 50, [5000, 5000, 5000])),
      add(owed, mul(pc(50), c(F3))),
      add(owed, mul(pc(20), c(Fc - Fa))),
    )
  },
  'therapy-visit-series-estimate-past-the-visit-limit': (f) => {
    const [Vmax, u1, u2, early, k, K, a, b] = figuresOf(
      f,
      'Vmax',
      'u1',
      'u2',
      'early',
      'k',
      'K',
      'a',
      'b',
    )
    /** Covered visits at the copay, the rest at `rate` cents, `extra` dollars on each uncovered. */
    const cost = (used: number, rate = a, copay = K, extra = 0) => {
      const covered = Math.min(k, Math.max(0, Vmax - used))
      return add(d(covered * copay), mul(r(k - covered), add(c(rate), d(extra))))
    }
    return at2(
      cost(u1 + u2),
      cost(u1),
      d(k * K),
      cost(u1 + u2, a, 0),
      cost(u1 + u2, b),
      cost(u1 + u2, a, K, K),
      cost(u1 + u2 + early),
    )
  },
  'medicare-part-a-cost-sharing-for-a-readmission-in-one-benefit-period': (f) => {
    const [x1, y1, x2, y2] = figuresOf(f, 'x1', 'y1', 'x2', 'y2')
    const first = y1 - x1
    const second = y2 - x2
    const home = x2 - y1
    const owed = partA(first + 1, first + second)
    return at2(
      d(owed),
      d(owed + 1736),
      d(partA(first + home + 1, first + home + second)),
      d(partA(first + 1, first + second, 434, 434)),
      d(partA(first + 1, first + second, 434, 0)),
      d(1736 + partA(1, second)),
      d(partA(first + 1, first + second, 868, 868)),
    )
  },
  'global-obstetric-package-cost-sharing-in-the-year-of-delivery': (f) => {
    const [Dn, m2, G, Bg, k, K, co] = figuresOf(f, 'Dn', 'm2', 'G', 'Bg', 'k', 'K', 'c')
    const left = sub(d(Dn), c(m2))
    const owed = patientPart(left, c(G), co)
    return at2(
      owed,
      mul(pc(co), c(G)),
      left,
      sub(owed, left),
      add(owed, d(k * K)),
      patientPart(d(Dn), c(G), co),
      patientPart(left, c(Bg), co),
    )
  },
  'emergency-visit-with-the-copay-waived-on-admission': (f) => {
    const [E, Y, Dt, m, co, A, B] = figuresOf(f, 'E', 'Y', 'Dt', 'm', 'c', 'A', 'B')
    const left = sub(d(Dt), c(m))
    const stay = patientPart(left, c(A), co)
    return at2(
      add(d(Y), stay),
      add(d(E + Y), stay),
      add(d(Y), patientPart(sub(left, d(Y)), c(A), co)),
      stay,
      add(d(Y), mul(pc(co), c(A))),
      add(d(Y), patientPart(left, c(B), co)),
      add(d(Y), patientPart(d(Dt), c(A), co)),
    )
  },
  'preventive-visit-with-a-problem-addressed-the-same-day': (f) => {
    const [P0, K, Ls, Ld, Ek, Dt, m, co] = figuresOf(
      f,
      'P0',
      'K',
      'Ls',
      'Ld',
      'Ek',
      'Dt',
      'm',
      'co',
    )
    const left = sub(d(Dt), c(m))
    const tests = (...xs: number[]) =>
      walk(
        left,
        xs.map((x) => [c(x), co] as const),
      )
    const owed = add(d(K), tests(Ld, Ek))
    return at2(
      owed,
      add(d(K), tests(Ls, Ld, Ek)),
      add(d(K), tests(P0, Ld, Ek)),
      add(owed, d(K)),
      tests(Ld, Ek),
      add(d(K), tests(Ek)),
      add(d(K), mul(pc(co), c(Ld + Ek))),
    )
  },
}
