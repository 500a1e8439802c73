import type { Rng } from '../../rng.js'
import { MONTH_NAMES as MONTHS } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { add, an, apart, CENTS, dol, type Fraction, frac, mul, rest, sub, usd } from './hca-text.js'

// Patient cost sharing and estimates, as the front desk or billing office works them from the
// eligibility response (the plan’s year-to-date accumulators) and the contracted allowed amounts.
// The slips are the billed charge taken for the allowed amount, the whole deductible for what is
// left of it, coinsurance before or without the deductible, a copay credited to the deductible or
// left out, the out-of-pocket maximum ignored or read from the wrong accumulator, a family
// deductible read as embedded or not, a pending claim left out, the No Surprises Act threshold
// applied to the wrong total, discounts taken in the wrong order, and Medicare day counts of
// another benefit period.

const money = usd(2)
/** Whole cents as dollars. */
const ct = (c: number): Fraction => frac(c, 100)
/** Whole cents as a stem writes them. */
const $ = (c: number): string => money(ct(c))
/** An amount in cents from `low` to `high` whole dollars and any cents. */
const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
const lt = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
const least = (a: Fraction, b: Fraction): Fraction => (lt(b, a) ? b : a)
/** Whole cents scaled by a whole percent, kept in cents: a billed charge drawn off the allowed. */
const scaled = (c: number, p: number): number => Math.round((c * p) / 100)

/**
 * The patient’s share of one allowed amount: what is left of the deductible first (never more
 * than the amount), then the coinsurance on the rest.
 */
const share = (ded: Fraction, base: Fraction, c: number): Fraction => {
  const d = least(ded, base)
  return add(d, mul(pc(c), sub(base, d)))
}
/** The patient’s share of claim lines taken in order, the deductible used up line by line. */
const inOrder = (ded: Fraction, lines: readonly (readonly [Fraction, number])[]): Fraction => {
  let left = ded
  let total = frac(0)
  for (const [a, c] of lines) {
    const d = least(left, a)
    total = add(total, d, mul(pc(c), sub(a, d)))
    left = sub(left, d)
  }
  return total
}
/** The plan’s payment on an allowed amount: the rest after the deductible, at its share. */
const planPays = (ded: Fraction, base: Fraction, c: number): Fraction =>
  mul(pc(100 - c), sub(base, least(ded, base)))

/** Medicare Part A cost sharing for the benefit-period days `first`..`last` (2026 amounts). */
const partADays = (first: number, last: number, reserveRate = 868, midRate = 434): number => {
  let total = 0
  for (let day = first; day <= last; day++) {
    if (day > 90) total += reserveRate
    else if (day > 60) total += midRate
  }
  return total
}

const DAY = 86400000
/** A day number (days since 1970-01-01) as a stem writes the date. */
const on = (day: number): string => {
  const t = new Date(day * DAY)
  return `${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`
}
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY

export const COST_FAMILIES: ScenarioFamily[] = [
  apart('patient-responsibility-from-allowed-amount-and-accumulators', (rng) => {
    const Dt = rng.pick([1000, 1500, 2000, 2500, 3000, 3500])
    const m = rng.int(Dt * 10, Dt * 90)
    const R = Dt * 100 - m
    const A = cents(rng, Dt + 300, Dt + 2500)
    const B = scaled(A, rng.int(140, 200))
    const c = rng.pick([10, 15, 20, 25, 30, 35, 40])
    const O = rng.pick([8000, 8500, 9000, 9500, 10000])
    const M = m + cents(rng, 100, 900)
    const key = share(ct(R), ct(A), c)
    const wrong: [Fraction, string][] = [
      [share(ct(R), ct(B), c), 'works from the billed charge instead of the allowed amount'],
      [mul(pc(c), ct(A)), 'treats the deductible as already met'],
      [share(ct(Dt * 100), ct(A), c), 'applies the whole deductible, not what is left of it'],
      [
        add(ct(R), mul(pc(c), ct(A))),
        'charges coinsurance on the whole allowed amount as well as the deductible',
      ],
      [mul(pc(c), sub(ct(A), ct(R))), 'bills the coinsurance and leaves out the deductible'],
      [ct(R), 'bills only what is left of the deductible'],
      [add(key, ct(B - A)), 'bills the in-network write-off to the patient as well'],
    ]
    // The out-of-pocket maximum must not bind on any of the answers.
    if (wrong.some(([x]) => !lt(x, ct(O * 100 - M)))) rest()
    return {
      stem: `A front-desk administrator at an in-network practice estimates what a patient owes for a procedure done today. The practice’s charge is ${$(B)}; its contract with the patient’s plan allows ${$(A)}, and the difference is written off (it may not be billed to the patient). The eligibility response shows an individual deductible of ${dol(Dt)}, of which ${$(m)} has been met this plan year; coinsurance of ${c}% after the deductible; and an out-of-pocket maximum of ${dol(O)}, of which ${$(M)} has been met. The plan applies the deductible first and then the coinsurance to the rest of the allowed amount. What does the patient owe for the procedure, ${CENTS}?`,
      show: money,
      figures: { Dt, m, A, B, c, O, M },
      key,
      wrong,
    }
  }),
  apart('visit-with-several-services-in-claim-line-order', (rng) => {
    const K = rng.pick([20, 25, 30, 35, 40, 45, 50])
    const V = cents(rng, 95, 210)
    const Dt = rng.pick([500, 750, 1000])
    const m = rng.int(Dt * 30, Dt * 80)
    const R = Dt * 100 - m
    if (R <= K * 100 + 2000) rest()
    const P = cents(rng, Math.ceil(R / 100) + 100, Math.ceil(R / 100) + 900)
    const I = cents(rng, Math.max(600, Math.ceil(R / 100) + 100), 1800)
    const c1 = rng.pick([10, 15, 20])
    const c2 = c1 + rng.pick([10, 15, 20])
    const BP = scaled(P, rng.int(140, 220))
    const BI = scaled(I, rng.int(150, 300))
    const lines = (a: number, b: number, ca = c1, cb = c2) =>
      [
        [ct(a), ca],
        [ct(b), cb],
      ] as const
    const key = add(K, inOrder(ct(R), lines(P, I)))
    return {
      stem: `A patient has an in-network office visit (allowed ${$(V)}), an in-office procedure (billed ${$(BP)}, allowed ${$(P)}) and an MRI (billed ${$(BI)}, allowed ${$(I)}) on one claim, listed in that order. The plan’s terms: the office visit has ${an(`$${K}`)} copay and is not subject to the deductible, and the copay does not count toward the deductible; the procedure is subject to the deductible, then ${c1}% coinsurance; the MRI is subject to the deductible, then ${c2}% coinsurance. The plan takes what is left of the deductible from the lines in the order listed until it is met, then applies each line’s coinsurance to the rest of that line. The deductible is ${dol(Dt)}, of which ${$(m)} has been met. What does the patient owe for the visit in all, ${CENTS}?`,
      show: money,
      figures: { K, V, Dt, m, P, I, c1, c2, BP, BI },
      key,
      wrong: [
        [
          add(K, inOrder(ct(R), [...lines(P, I)].reverse())),
          'takes the deductible from the MRI line first',
        ],
        [add(K, inOrder(ct(R - K * 100), lines(P, I))), 'counts the copay toward the deductible'],
        [inOrder(ct(R), lines(P, I)), 'leaves out the office visit copay'],
        [
          add(K, inOrder(ct(R), lines(P, I, c2, c2))),
          'applies the MRI’s coinsurance rate to both lines',
        ],
        [
          add(K, inOrder(ct(Dt * 100), lines(P, I))),
          'applies the whole deductible, not what is left of it',
        ],
        [
          add(K, inOrder(ct(R), lines(BP, BI))),
          'works from the billed charges instead of the allowed amounts',
        ],
      ],
    }
  }),
  apart('plan-payment-under-an-embedded-family-deductible', (rng) => {
    const Di = rng.pick([1000, 1500, 2000, 2500, 3000])
    const k = rng.pick([2, 3])
    const Df = Di * k
    const m = rng.int(Di * 10, Di * 60)
    const others = Array.from({ length: k }, () => rng.int(Di * 55, Di * 100))
    const T = m + others.reduce((s, x) => s + x, 0)
    const Rf = Df * 100 - T
    if (Rf < 5000 || Rf >= Di * 100 - m - 5000) rest()
    const A = cents(rng, Di + 200, Di + 3000)
    const B = scaled(A, rng.int(140, 220))
    const c = rng.pick([10, 15, 20, 25, 30, 35])
    const names = rng.shuffle(['the mother', 'the father', 'the older child', 'the younger child'])
    const patient = names[0]!
    const rows = others.map((x, i) => `${names[i + 1]} ${$(x)}`).join(', ')
    const fig: Record<string, number> = { Di, k, m, A, B, c }
    others.forEach((x, i) => {
      fig[`o${i}`] = x
    })
    return {
      stem: `A billing administrator checks the payment expected on an in-network claim for ${patient} on a family plan (billed ${$(B)}, allowed ${$(A)}). The plan has an embedded deductible: ${dol(Di)} for each member and ${dol(Df)} for the family, and a member’s deductible is met when that member reaches ${dol(Di)} or when the family’s deductible spending together reaches ${dol(Df)}, whichever comes first. Deductible met this plan year: ${patient} ${$(m)}, ${rows}. After the deductible the plan pays ${100 - c}% and the patient ${c}% coinsurance. What should the plan pay on the claim, ${CENTS}?`,
      show: money,
      figures: fig,
      key: planPays(ct(Rf), ct(A), c),
      wrong: [
        [
          planPays(ct(Di * 100 - m), ct(A), c),
          'uses only the patient’s own remaining deductible, ignoring the family total',
        ],
        [planPays(ct(Di * 100), ct(A), c), 'applies the whole individual deductible'],
        [mul(pc(c), sub(ct(A), ct(Rf))), 'gives the patient’s coinsurance as the plan’s payment'],
        [mul(pc(100 - c), ct(A)), 'treats the deductible as already met'],
        [planPays(ct(Rf), ct(B), c), 'works from the billed charge instead of the allowed amount'],
        [sub(ct(A), ct(Rf)), 'pays the allowed amount less the deductible, with no coinsurance'],
      ],
    }
  }),
  apart('patient-share-under-an-aggregate-family-deductible', (rng) => {
    const Df = rng.pick([3400, 4000, 5000, 6000, 7000])
    const Di = Df / 2
    const m = rng.int(Di * 105, Di * 150)
    const Rf = rng.int(Df * 8, Math.max(Df * 8, Math.min(Df * 35, Df * 95 - m)))
    const o = Df * 100 - m - Rf
    if (o < Df * 5) rest()
    const A = cents(rng, Math.ceil(Rf / 100) + 200, Math.ceil(Rf / 100) + 2500)
    const B = scaled(A, rng.int(140, 220))
    const c = rng.pick([10, 15, 20, 25, 30])
    return {
      stem: `A family is covered by a high-deductible health plan whose family deductible of ${dol(Df)} is non-embedded (aggregate): no member’s claims are paid at coinsurance until the family’s deductible spending together reaches ${dol(Df)}. (Self-only coverage on the same plan has a ${dol(Di)} deductible.) This plan year the patient has ${$(m)} of deductible spending and the other members ${$(o)} in all. An in-network claim for the patient is billed at ${$(B)} and allowed at ${$(A)}. After the deductible the patient pays ${c}% coinsurance. What does the patient owe on the claim, ${CENTS}?`,
      show: money,
      figures: { Df, m, o, A, B, c },
      key: share(ct(Rf), ct(A), c),
      wrong: [
        [
          mul(pc(c), ct(A)),
          'treats the deductible as embedded and met once the patient passed the self-only amount',
        ],
        [
          share(ct(Df * 100 - m), ct(A), c),
          'counts only the patient’s own spending toward the family deductible',
        ],
        [share(ct(Df * 100), ct(A), c), 'applies the whole family deductible'],
        [ct(Rf), 'bills only what is left of the deductible'],
        [mul(pc(c), sub(ct(A), ct(Rf))), 'bills the coinsurance and leaves out the deductible'],
        [share(ct(Rf), ct(B), c), 'works from the billed charge instead of the allowed amount'],
      ],
    }
  }),
  apart('embedded-individual-out-of-pocket-maximum-from-the-accumulators', (rng) => {
    const Oi = rng.pick([7000, 7500, 8000, 8500, 9000, 9500, 10000])
    const Di = rng.pick([500, 750, 1000, 1250, 1500])
    const Q = cents(rng, 150, 600)
    const room = Di * 100 + Q + cents(rng, 100, 2500)
    const P = Oi * 100 - room - Di * 100 - Q
    if (P < 20000) rest()
    const M = Di * 100 + P + Q
    const Fo = Math.round((room * rng.int(10, 90)) / 100)
    const F = M + Fo
    const famRoom = 2 * Oi * 100 - F
    const c = rng.pick([20, 25, 30, 35, 40])
    const A = Math.ceil(((famRoom + cents(rng, 200, 4000)) * 100) / c) + rng.int(0, 99)
    const cA = mul(pc(c), ct(A))
    const capped = (x: number) => least(cA, ct(x))
    return {
      stem: `An inpatient surgery is scheduled for a member of a family plan; the hospital’s contracted allowed amount is ${$(A)}, and the member pays ${c}% coinsurance (the deductible is already met). The plan’s out-of-pocket maximums are ${dol(Oi)} for each member and ${dol(2 * Oi)} for the family, both embedded: a member pays nothing more once either that member’s or the family’s out-of-pocket spending reaches its maximum. Deductible, coinsurance and copays all count toward them. The eligibility response shows the member’s out-of-pocket met as ${$(M)}, which includes the ${dol(Di)} deductible and ${$(Q)} of copays, and the family’s out-of-pocket met as ${$(F)}, the member included. What will the member owe for the surgery, ${CENTS}?`,
      show: money,
      figures: { Oi, Di, Q, M, F, c, A },
      key: ct(room),
      wrong: [
        [cA, 'ignores the out-of-pocket maximum'],
        [capped(room + Q), 'leaves the copays out of the out-of-pocket spending'],
        [capped(room + Di * 100), 'leaves the deductible out of the out-of-pocket spending'],
        [capped(famRoom), 'uses the family’s room under its maximum instead of the member’s'],
        [ct(room - Di * 100), 'subtracts the deductible again, though the amount met includes it'],
        [ct(room - Di * 100 - Q), 'subtracts the deductible and the copays again'],
        [ct(Oi * 100 - F), 'subtracts the family’s out-of-pocket met instead of the member’s'],
      ],
    }
  }),
  apart('pre-service-estimate-with-a-pending-claim-on-the-accumulators', (rng) => {
    const Dt = rng.pick([1500, 2000, 2500, 3000, 3500, 4000])
    const m = rng.int(Dt * 10, Dt * 45)
    const p = rng.int(Dt * 10, Dt * 30)
    const R = Dt * 100 - m - p
    const pb = scaled(p, rng.int(130, 190))
    if (R - (pb - p) < 5000) rest()
    const A1 = cents(rng, Math.ceil(R / 100) + 300, Math.ceil(R / 100) + 3000)
    const A2 = cents(rng, 80, 400)
    const B1 = scaled(A1, rng.int(140, 220))
    const B2 = scaled(A2, rng.int(140, 220))
    const c = rng.pick([10, 15, 20, 25, 30, 35, 40])
    const both = ct(A1 + A2)
    return {
      stem: `Before a scheduled outpatient procedure, the practice estimates the patient’s share to collect at check-in. Its estimating policy counts a claim already submitted but not yet processed as if it had been applied to the plan’s accumulators at its contracted allowed amount. The eligibility response shows a deductible of ${dol(Dt)}, of which ${$(m)} has been met, and ${c}% coinsurance after it. A claim from last week (billed ${$(pb)}, allowed ${$(p)}, all of it going to the deductible) is still pending. The procedure is billed at ${$(B1)} (allowed ${$(A1)}) and the pathology on it at ${$(B2)} (allowed ${$(A2)}); both are subject to the deductible, then coinsurance. What is the estimate, ${CENTS}?`,
      show: money,
      figures: { Dt, m, p, pb, A1, A2, B1, B2, c },
      key: share(ct(R), both, c),
      wrong: [
        [share(ct(R + p), both, c), 'leaves out the pending claim'],
        [share(ct(R - (pb - p)), both, c), 'takes the pending claim at its billed charge'],
        [mul(pc(c), both), 'treats the deductible as already met'],
        [share(ct(Dt * 100), both, c), 'applies the whole deductible'],
        [share(ct(R), ct(A1), c), 'leaves out the pathology line'],
        [
          share(ct(R), ct(B1 + B2), c),
          'works from the billed charges instead of the allowed amounts',
        ],
      ],
    }
  }),
  apart('good-faith-estimate-excess-open-to-dispute', (rng) => {
    const roles = [
      'the surgeon',
      'the surgical facility',
      'the anesthesiologist',
      'the pathology lab',
    ]
    const G = [
      cents(rng, 1500, 5000),
      cents(rng, 3000, 9000),
      cents(rng, 600, 2000),
      cents(rng, 250, 900),
    ]
    const eOver = cents(rng, 450, 1500)
    const eUnder = cents(rng, 100, 390)
    const u = eUnder + cents(rng, 10, 300)
    // Which provider’s bill is well over, exactly $400 over, under $400 over, and below its estimate.
    const order = rng.shuffle([0, 1, 2, 3])
    const [iOver, iAt, iUnder, iBelow] = order as [number, number, number, number]
    if (u >= G[iBelow]! - 5000) rest()
    const Bill = [...G]
    Bill[iOver] = G[iOver]! + eOver
    Bill[iAt] = G[iAt]! + 40000
    Bill[iUnder] = G[iUnder]! + eUnder
    Bill[iBelow] = G[iBelow]! - u
    const lines = roles
      .map((r, i) => `${r}: estimated ${$(G[i]!)}, billed ${$(Bill[i]!)}`)
      .join('; ')
    const fig: Record<string, number> = {}
    G.forEach((g, i) => {
      fig[`g${i}`] = g
      fig[`b${i}`] = Bill[i]!
    })
    const bOver = Bill[iOver]!
    const bAt = Bill[iAt]!
    const bUnder = Bill[iUnder]!
    return {
      stem: `An uninsured (self-pay) patient received a good faith estimate before a scheduled outpatient surgery and has now received the bills, each within the last month. Under the No Surprises Act’s patient-provider dispute resolution, a self-pay patient may dispute a provider’s or facility’s bill that is at least $400 more than the total expected charges that provider or facility listed on the good faith estimate; each provider and facility is compared separately. The estimate and the bills: ${lines}. Across the bills the patient may dispute, by how much in total do they exceed their estimates, ${CENTS}?`,
      show: money,
      figures: fig,
      key: ct(eOver + 40000),
      wrong: [
        [ct(eOver), 'counts only bills more than $400 over their estimates'],
        [ct(eOver + 40000 + eUnder), 'includes the bill that is less than $400 over'],
        [
          ct(eOver + 40000 + eUnder - u),
          'compares the total of all the bills with the total estimate',
        ],
        [ct(eOver - 40000), 'counts only the amount beyond the $400 threshold'],
        [ct(bOver + bAt), 'gives the whole of the bills that may be disputed'],
        [ct(bOver + bAt + bUnder), 'gives the whole of every bill above its estimate'],
      ],
    }
  }),
  apart('self-pay-balance-after-discount-deposit-and-prompt-pay', (rng) => {
    const C = cents(rng, 800, 6000)
    const d1 = rng.pick([20, 25, 30, 35, 40])
    const D = rng.pick([100, 150, 200, 250, 300]) * 100
    const d2 = rng.pick([5, 10, 15])
    const net = sub(mul(ct(C), pc(100 - d1)), ct(D))
    if (!lt(ct(20000), net)) rest()
    const key = mul(net, pc(100 - d2))
    return {
      stem: `An uninsured patient’s visit and tests carry gross charges of ${$(C)}. The practice’s self-pay policy: a ${d1}% self-pay discount off the gross charges; the ${$(D)} deposit the patient paid at the visit is then credited; and a further ${d2}% prompt-pay discount applies to the balance then due if it is paid in full within 30 days of the statement. The patient will pay within 30 days. How much should the patient pay, ${CENTS}?`,
      show: money,
      figures: { C, d1, D, d2 },
      key,
      wrong: [
        [sub(mul(ct(C), pc(100 - d1 - d2)), ct(D)), 'adds the two discount rates together'],
        [
          sub(mul(ct(C), pc(100 - d1), pc(100 - d2)), ct(D)),
          'takes the prompt-pay discount before crediting the deposit',
        ],
        [sub(key, ct(D)), 'credits the deposit twice'],
        [mul(ct(C), pc(100 - d1), pc(100 - d2)), 'does not credit the deposit'],
        [mul(sub(ct(C), ct(D)), pc(100 - d2)), 'leaves out the self-pay discount'],
        [net, 'leaves out the prompt-pay discount'],
        [
          mul(sub(ct(C), ct(D)), pc(100 - d1), pc(100 - d2)),
          'takes the self-pay discount after crediting the deposit',
        ],
      ],
    }
  }),
  apart('payment-plan-instalment-under-the-term-schedule', (rng) => {
    const p = rng.pick([10, 15, 20, 25, 30])
    const hi = Math.floor(250000 / (1 - p / 100))
    const B = rng.int(250100, hi)
    const Y = rng.int(10, 40) * 1000
    const W = cents(rng, 400, 1800)
    const P = cents(rng, 600, 3000)
    const C = B + Y + W + P
    /** Months of the plan for a balance, in cents. */
    const term = (x: Fraction): number =>
      lt(ct(500000), x) ? 24 : lt(ct(250000), x) ? 18 : lt(ct(100000), x) ? 12 : 6
    /** The monthly payment on a balance: the balance less the down payment, over the term. */
    const plan = (bal: Fraction, down = mul(bal, pc(p)), months = term(bal)) =>
      mul(sub(bal, down), frac(1, months))
    const bal = ct(B)
    return {
      stem: `A patient asks for a payment plan. The account shows charges of ${$(C)}, an insurance payment of ${$(P)}, a contractual adjustment of ${$(W)}, and ${$(Y)} the patient paid at the visit; the rest is the patient’s balance. The practice’s policy: a down payment of ${p}% of the balance, and the rest in equal monthly payments, with no interest, over a term set by the balance: up to $1,000.00, 6 months; $1,000.01 to $2,500.00, 12 months; $2,500.01 to $5,000.00, 18 months; over $5,000.00, 24 months. What is the monthly payment, ${CENTS}?`,
      show: money,
      figures: { C, P, W, Y, p },
      key: plan(bal),
      wrong: [
        [
          plan(bal, mul(bal, pc(p)), 12),
          'sets the term from the balance left after the down payment',
        ],
        [plan(bal, frac(0)), 'spreads the whole balance, with no down payment'],
        [plan(bal, mul(bal, pc(p)), 24), 'uses the longest term on the schedule'],
        [plan(bal, mul(ct(C), pc(p))), 'takes the down payment on the total charges'],
        [plan(bal, mul(bal, pc(2 * p))), 'subtracts the down payment twice'],
        [plan(ct(B + Y)), 'leaves out the payment made at the visit'],
        [plan(ct(B + W)), 'leaves out the contractual adjustment'],
      ],
    }
  }),
  apart('out-of-network-office-estimate-with-a-balance-bill', (rng) => {
    const Do = rng.pick([1000, 1500, 2000, 2500])
    const mo = rng.int(Do * 10, Do * 60)
    const Ro = Do * 100 - mo
    const Di = rng.pick([500, 750, 1000])
    const mi = rng.int(Di * 20, Di * 90)
    const Ri = Di * 100 - mi
    if (Ri >= Ro) rest()
    const co = rng.pick([30, 35, 40, 45])
    const ci = rng.pick([10, 15, 20])
    const A = cents(rng, Math.max(Do, Math.ceil(Ro / 100)) + 200, Do + 2500)
    const B = scaled(A, rng.int(150, 280))
    const bal = ct(B - A)
    return {
      stem: `A patient sees an out-of-network specialist in the specialist’s own office for a planned, non-emergency procedure, so the No Surprises Act’s balance-billing protections do not apply and the practice may bill the patient the difference between its charge and the plan’s allowed amount; that difference does not count toward any deductible. The charge is ${$(B)}; the plan allows ${$(A)} out of network. The plan’s terms: in network, a ${dol(Di)} deductible (${$(mi)} met) and ${ci}% coinsurance; out of network, a separate ${dol(Do)} deductible (${$(mo)} met) and ${co}% coinsurance on the allowed amount. What will the patient owe the practice in all, ${CENTS}?`,
      show: money,
      figures: { Do, mo, Di, mi, co, ci, A, B },
      key: add(share(ct(Ro), ct(A), co), bal),
      wrong: [
        [share(ct(Ro), ct(A), co), 'leaves out the balance bill'],
        [share(ct(Ro), ct(B), co), 'takes the coinsurance on the charge and bills nothing more'],
        [add(share(ct(Ri), ct(A), ci), bal), 'uses the in-network deductible and coinsurance'],
        [add(share(ct(Do * 100), ct(A), co), bal), 'applies the whole out-of-network deductible'],
        [
          add(share(ct(Ro), ct(B), co), bal),
          'takes the coinsurance on the charge and adds the balance bill',
        ],
        [add(share(ct(Ro), ct(A), 100 - co), bal), 'charges the plan’s share as the coinsurance'],
      ],
    }
  }),
  apart('second-scheduled-procedure-after-the-out-of-pocket-maximum', (rng) => {
    const Dt = rng.pick([1000, 1500, 2000, 2500, 3000])
    const m = rng.int(Dt * 20, Dt * 80)
    const R = Dt * 100 - m
    const c = rng.pick([10, 15, 20, 25, 30])
    const Oi = rng.pick([6000, 6500, 7000, 7500, 8000, 8500, 9000])
    const M = m + cents(rng, 100, 2000)
    const O = Oi * 100 - M
    const A1 = cents(rng, Math.ceil(R / 100) + 500, Math.floor(O / 100) - 200)
    const s1 = share(ct(R), ct(A1), c)
    const left = sub(ct(O), s1)
    if (!lt(add(s1, ct(R)), ct(O - 10000)) || !lt(ct(A1), ct(O - 10000))) rest()
    if (!lt(mul(2, s1), ct(O - 10000))) rest()
    // The first estimate must not end in half a cent, or rounding it first would move the key.
    if ((200n * s1.n) % s1.d === 0n && ((200n * s1.n) / s1.d) % 2n === 1n) rest()
    // The second procedure’s coinsurance runs past every reading of the room left.
    const over = O + (M - m) - Math.round((Number(s1.n) * 100) / Number(s1.d))
    const A2 = Math.ceil(((over + cents(rng, 100, 2500)) * 100) / c)
    const cA2 = mul(pc(c), ct(A2))
    return {
      stem: `A patient has two in-network procedures scheduled three weeks apart, and the practice estimates each in turn from the plan’s accumulators. The eligibility response: deductible ${dol(Dt)}, of which ${$(m)} has been met; ${c}% coinsurance after the deductible; out-of-pocket maximum ${dol(Oi)}, of which ${$(M)} has been met (the deductible counts toward it). The first procedure is allowed ${$(A1)} and the second ${$(A2)}. Assume no other claims come in between. What is the estimate of the patient’s share for the second procedure, ${CENTS}?`,
      show: money,
      figures: { Dt, m, c, Oi, M, A1, A2 },
      key: left,
      wrong: [
        [least(share(ct(R), ct(A2), c), ct(O)), 'ignores the first procedure’s cost sharing'],
        [cA2, 'ignores the out-of-pocket maximum'],
        [
          least(cA2, sub(ct(Oi * 100 - m), s1)),
          'takes the deductible met as all that has been met toward the maximum',
        ],
        [sub(ct(O), ct(A1)), 'subtracts the first procedure’s allowed amount from the room left'],
        [
          sub(ct(O), add(ct(R), mul(pc(c), ct(A1)))),
          'charges the first procedure coinsurance on its whole allowed amount',
        ],
        [sub(ct(O), mul(2, s1)), 'counts the first procedure’s share twice'],
      ],
    }
  }),
  apart('dental-treatment-plan-estimate-with-an-alternate-benefit', (rng) => {
    const F0 = cents(rng, 120, 250)
    const Fc = cents(rng, 180, 320)
    const Fa = Fc - cents(rng, 30, 90)
    const Fn = cents(rng, 150, 280)
    const F3 = cents(rng, 850, 1350)
    const Mx = rng.pick([2000, 2500])
    const U = cents(rng, 0, 300)
    const months = rng.int(14, 36)
    const total = ct(F0 + Fc + Fn + F3)
    const ded = 5000
    const benefit = (post: number, crown: number, deds = 1) =>
      add(
        ct(F0),
        mul(pc(80), ct(post - ded)),
        mul(pc(80), ct(Fn - (deds > 1 ? ded : 0))),
        mul(pc(crown), ct(F3 - (deds > 2 ? ded : 0))),
      )
    const owes = (b: Fraction) => sub(total, b)
    const key = owes(benefit(Fa, 50))
    if (!lt(benefit(Fc, 80), ct(Mx * 100 - U - 10000))) rest()
    return {
      stem: `A dental office estimates a patient’s share of a treatment plan at in-network fees: an exam and cleaning (${$(F0)}), a composite filling on a molar (${$(Fc)}), a composite filling on a front tooth (${$(Fn)}) and a crown (${$(F3)}). The plan covers preventive care at 100% with no deductible, basic services (fillings) at 80% and major services (crowns) at 50% after a $50 yearly deductible, not yet met, which it takes from the first basic or major service listed. Its alternate benefit clause pays a composite filling on a back tooth as an amalgam filling, whose fee is ${$(Fa)}; the patient pays the difference. Major services are covered after 12 months on the plan; the patient has been covered ${months} months and has used ${$(U)} of the ${dol(Mx)} annual maximum. What is the patient’s share, ${CENTS}?`,
      show: money,
      figures: { F0, Fc, Fa, Fn, F3, Mx, U, months },
      key,
      wrong: [
        [owes(benefit(Fc, 50)), 'ignores the alternate benefit on the molar filling'],
        [owes(benefit(Fa, 80)), 'covers the crown at the basic rate'],
        [sub(key, mul(pc(80), ct(ded))), 'leaves out the deductible'],
        [owes(benefit(Fa, 50, 3)), 'takes the deductible from each basic and major service'],
        [add(key, mul(pc(50), ct(F3))), 'applies the waiting period to the crown'],
        [
          add(key, mul(pc(20), ct(Fc - Fa))),
          'charges the coinsurance on the composite fee as well as the difference',
        ],
      ],
    }
  }),
  apart('therapy-visit-series-estimate-past-the-visit-limit', (rng) => {
    const Vmax = rng.pick([20, 24, 30])
    const u1 = rng.int(4, Vmax - 8)
    const u2 = rng.int(2, Vmax - u1 - 3)
    const u = u1 + u2
    const early = rng.int(2, 8)
    const cov = Vmax - u
    const k = cov + u2 + rng.int(1, 6)
    const K = rng.pick([25, 30, 35, 40, 45, 50, 60])
    const a = cents(rng, 85, 160)
    const b = scaled(a, rng.int(140, 200))
    /** Copays on the visits covered (of the `k`) and the uncovered rest at `unc` cents. */
    const est = (covered: number, unc = a) => {
      const n = Math.max(0, Math.min(k, covered))
      return add(mul(n, K), mul(k - n, ct(unc)))
    }
    return {
      stem: `A physical therapy practice estimates a patient’s cost for the ${k} visits left in a plan of care. The plan covers ${Vmax} visits of physical and occupational therapy combined per plan year, which runs from July 1; covered visits cost ${an(`$${K}`)} copay each (no deductible). Visits beyond the limit are not covered, and under the practice’s contract the patient, having signed the payer’s notice, pays the contracted rate of ${$(a)} a visit (the practice’s charge is ${$(b)}). Since July 1 the patient has had ${u1} physical and ${u2} occupational therapy visits; before July 1, in the same calendar year, there were ${early} more. What is the estimate for the ${k} visits, ${CENTS}?`,
      show: money,
      figures: { Vmax, u1, u2, early, k, K, a, b },
      key: est(cov),
      wrong: [
        [est(Vmax - u1), 'counts only the physical therapy visits toward the limit'],
        [mul(k, K), 'ignores the visit limit'],
        [mul(k - cov, ct(a)), 'leaves out the copays on the covered visits'],
        [est(cov, b), 'charges the visits beyond the limit at the practice’s charge'],
        [
          add(est(cov), mul(k - cov, K)),
          'charges the copay on the visits beyond the limit as well',
        ],
        [est(cov - early), 'counts the visits since January 1 toward the limit'],
      ],
    }
  }),
  apart('medicare-part-a-cost-sharing-for-a-readmission-in-one-benefit-period', (rng) => {
    const d1 = rng.int(20, 75)
    const total = rng.int(Math.max(95, d1 + 12), 140)
    const L = total - d1
    if (total > 145) rest()
    const g = rng.int(5, Math.min(45, 150 - total))
    const x1 = dayOf(2026, rng.int(1, 5), rng.int(1, 28))
    const y1 = x1 + d1
    const x2 = y1 + g
    const y2 = x2 + L
    const key = partADays(d1 + 1, d1 + L)
    return {
      stem: `A hospital’s patient financial services office works out a Medicare patient’s Part A cost sharing for a second inpatient stay. The stated 2026 Part A amounts: a $1,736 deductible per benefit period; no coinsurance for days 1–60 of a benefit period; $434 a day for days 61–90; and $868 for each lifetime reserve day (the 60 reserve days a patient has over a lifetime, used after day 90). A benefit period ends once the patient has been out of a hospital or skilled nursing facility for 60 days in a row. Count the day of admission and not the day of discharge. The patient was admitted on ${on(x1)} and discharged on ${on(y1)}, paying the deductible for that stay; was readmitted on ${on(x2)}; and was discharged on ${on(y2)}. The patient has never used a lifetime reserve day and uses them now. What is the patient’s Part A cost sharing for the second stay, ${CENTS}?`,
      show: money,
      figures: { x1, y1, x2, y2 },
      key: frac(key),
      wrong: [
        [frac(key + 1736), 'charges the deductible again for the readmission'],
        [
          frac(partADays(d1 + g + 1, d1 + g + L)),
          'counts the benefit-period days from the first admission, days at home included',
        ],
        [
          frac(partADays(d1 + 1, d1 + L, 434)),
          'charges the lifetime reserve days at the $434 rate',
        ],
        [frac(partADays(d1 + 1, d1 + L, 0)), 'leaves out the lifetime reserve days'],
        [frac(1736 + partADays(1, L)), 'treats the readmission as a new benefit period'],
        [frac(partADays(d1 + 1, d1 + L, 868, 868)), 'charges days 61–90 at the reserve-day rate'],
      ],
    }
  }),
  apart('global-obstetric-package-cost-sharing-in-the-year-of-delivery', (rng) => {
    const Dn = rng.pick([1000, 1500, 2000, 2500, 3000, 3500, 4000])
    const m2 = rng.int(Dn * 2, Dn * 30)
    const R = Dn * 100 - m2
    const G = cents(rng, Math.max(2800, Math.ceil(R / 100) + 500), 6500)
    const Bg = scaled(G, rng.int(140, 200))
    const k = rng.int(9, 14)
    const K = rng.pick([30, 35, 40, 45, 50, 60])
    const c = rng.pick([10, 15, 20, 25, 30])
    const month = rng.pick(['January', 'February', 'March'])
    const key = share(ct(R), ct(G), c)
    return {
      stem: `An obstetrics practice bills its global maternity package (the prenatal visits, the delivery and the postpartum care) as one claim on the date of delivery, and the plan applies its cost sharing in the plan year of that date. The package is billed at ${$(Bg)} and allowed at ${$(G)}. The plan year is the calendar year. The patient met her whole deductible last year, when ${k} of the prenatal visits took place; the baby was delivered this ${month}. This year her deductible is ${dol(Dn)}, of which ${$(m2)} has been met on other claims, and she pays ${c}% coinsurance after it. Her office visit copay is $${K}, which does not apply to visits included in a global package. What does she owe on the package, ${CENTS}?`,
      show: money,
      figures: { Dn, m2, G, Bg, k, K, c },
      key,
      wrong: [
        [mul(pc(c), ct(G)), 'uses last year’s accumulators, with the deductible met'],
        [ct(R), 'bills only what is left of the deductible'],
        [mul(pc(c), sub(ct(G), ct(R))), 'bills the coinsurance and leaves out the deductible'],
        [add(key, mul(k, K)), 'adds an office visit copay for each prenatal visit'],
        [share(ct(Dn * 100), ct(G), c), 'applies the whole deductible, ignoring what was met'],
        [share(ct(R), ct(Bg), c), 'works from the billed charge instead of the allowed amount'],
      ],
    }
  }),
  apart('emergency-visit-with-the-copay-waived-on-admission', (rng) => {
    const E = rng.pick([200, 250, 300, 350, 400, 450, 500])
    const Y = rng.pick([250, 300, 400, 500, 600, 750])
    const Dt = rng.pick([1500, 2000, 2500, 3000, 3500])
    const m = rng.int(Dt * 5, Dt * 60)
    const R = Dt * 100 - m
    if (R <= Y * 100 + 5000) rest()
    const c = rng.pick([10, 15, 20, 25, 30])
    const A = cents(rng, Dt + 2000, Dt + 9000)
    const B = scaled(A, rng.int(150, 250))
    const Oi = rng.pick([8000, 8500, 9000, 9200])
    const key = add(Y, share(ct(R), ct(A), c))
    const wrong: [Fraction, string][] = [
      [add(key, E), 'charges the emergency room copay as well'],
      [
        add(Y, share(ct(R - Y * 100), ct(A), c)),
        'counts the admission copay toward the deductible',
      ],
      [share(ct(R), ct(A), c), 'leaves out the admission copay'],
      [add(Y, mul(pc(c), ct(A))), 'treats the deductible as already met'],
      [
        add(Y, share(ct(R), ct(B), c)),
        'works from the billed charge instead of the allowed amount',
      ],
      [
        add(Y, share(ct(Dt * 100), ct(A), c)),
        'applies the whole deductible, not what is left of it',
      ],
    ]
    if (wrong.some(([x]) => !lt(x, ct(Oi * 100 - m)))) rest()
    return {
      stem: `A patient came to the emergency room and was admitted the same day; the hospital’s claim for the whole stay, emergency care included, is allowed at ${$(A)} (billed ${$(B)}). The plan’s terms: an emergency room copay of ${dol(E)}, waived when the patient is admitted; an inpatient admission copay of ${dol(Y)} per admission, which does not count toward the deductible; then the deductible, then ${c}% coinsurance on the rest of the allowed amount. The deductible is ${dol(Dt)}, of which ${$(m)} has been met; the out-of-pocket maximum is ${dol(Oi)}, and the patient’s only out-of-pocket spending this year is that deductible. What does the patient owe for the stay, ${CENTS}?`,
      show: money,
      figures: { E, Y, Dt, m, c, A, B, Oi },
      key,
      wrong,
    }
  }),
  apart('preventive-visit-with-a-problem-addressed-the-same-day', (rng) => {
    const P0 = cents(rng, 180, 320)
    const E = cents(rng, 90, 180)
    const K = rng.pick([20, 25, 30, 35, 40])
    const Ls = cents(rng, 25, 70)
    const Ld = cents(rng, 60, 160)
    const Ek = cents(rng, 60, 140)
    const Dt = rng.pick([500, 750, 1000, 1500, 2000])
    const R = rng.int(2000, Ld + Ek - 1500)
    const m = Dt * 100 - R
    const co = rng.pick([10, 15, 20, 25, 30])
    const lines = (...xs: number[]) => xs.map((x) => [ct(x), co] as const)
    const key = add(K, inOrder(ct(R), lines(Ld, Ek)))
    return {
      stem: `An in-network patient comes for an annual preventive exam (allowed ${$(P0)}), and the physician also manages a chronic problem, billed as a separate problem-oriented visit (allowed ${$(E)}). The same day the practice runs a screening cholesterol panel (allowed ${$(Ls)}), a diagnostic blood test for the chronic problem (allowed ${$(Ld)}) and a diagnostic EKG (allowed ${$(Ek)}), listed in that order on the claim. The plan’s terms: in-network preventive services (the preventive exam and the screening panel) cost the patient nothing; a problem-oriented visit has ${an(`$${K}`)} copay, not subject to the deductible; diagnostic tests go to the deductible, taken line by line in claim order, then ${co}% coinsurance. The deductible is ${dol(Dt)}, of which ${$(m)} has been met. What does the patient owe for the day, ${CENTS}?`,
      show: money,
      figures: { P0, E, K, Ls, Ld, Ek, Dt, m, co },
      key,
      wrong: [
        [
          add(K, inOrder(ct(R), lines(Ls, Ld, Ek))),
          'puts the screening panel through the deductible as well',
        ],
        [
          add(K, inOrder(ct(R), lines(P0, Ld, Ek))),
          'puts the preventive exam through the deductible as well',
        ],
        [add(key, K), 'charges a second copay for the preventive exam'],
        [inOrder(ct(R), lines(Ld, Ek)), 'leaves out the problem-oriented visit copay'],
        [add(K, inOrder(ct(R), lines(Ek))), 'treats the diagnostic blood test as preventive'],
        [add(K, mul(pc(co), ct(Ld + Ek))), 'treats the deductible as already met'],
      ],
    }
  }),
]
