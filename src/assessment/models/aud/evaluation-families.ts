import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart as distinctOptions,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  rest,
  sub,
  usd,
} from './aud-text.js'

// Evaluating misstatements. The slips are a projected or judgemental misstatement left out, an
// understatement added to the overstatements instead of offsetting them, a corrected or clearly
// trivial item kept on the summary, the pre-tax effect given for the after-tax one (or a
// non-deductible item taxed), a classification misstatement left out of a line or one that belongs
// to another line counted in, a prior-year misstatement measured by the other method (rollover for
// iron curtain, or the reverse) or its reversal left out, and performance materiality taken for
// overall materiality or the reverse.

/** Every whole-dollar figure a stem prints, as written. */
const printed = (stem: string): string[] => stem.match(/\$[\d,]+(?![\d,]*\.\d)/g) ?? []
/**
 * `apart`, and also refusing a draw where two of the stem's figures print alike (unless the family
 * repeats one on purpose) or where an option prints as a figure of the stem: the first reads as a
 * slip of the writer, the second points at or away from an option without any working.
 */
const apart = (id: string, draw: Parameters<typeof distinctOptions>[1], repeats = false) =>
  distinctOptions(id, (rng) => {
    const w = draw(rng)
    const figures = printed(w.stem)
    const seen = new Set(figures)
    if (!repeats && seen.size < figures.length) rest()
    if ([w.key, ...w.wrong.map(([x]) => x)].some((x) => seen.has(w.show(x)))) rest()
    return w
  })

const whole = usd(0)
const money = usd(2)
const DOLLAR = 'to the nearest dollar (a half rounded up)'
const CENTS = 'to the nearest cent (a half rounded up)'
/** A whole percent as a fraction of one. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` less tax at `t` percent. */
const net = (x: Fraction | number, t: number): Fraction => mul(x, pc(100 - t))
/** A whole number of dollars drawn between `low` and `high`. */
const amount = (rng: Rng, low: number, high: number): number => rng.int(low, high)
/** `base` scaled by a whole percent, to the dollar. */
const share = (base: number, p: number): number => Math.round((base * p) / 100)
/**
 * `base` scaled by a drawn number of tenths of a percent (`lo` to `high` per thousand), to the dollar:
 * finer than whole percents, so the items of one summary seldom print as the same figure.
 */
const part = (rng: Rng, base: number, lo: number, high: number): number =>
  Math.round((base * rng.int(lo, high)) / 1000)
/** True when no two of the figures a stem prints are the same. */
const unlike = (...xs: number[]): boolean => new Set(xs).size === xs.length
/** A ratio to two decimal places. */
const ratio = (x: Fraction): string => fixed(x, 2)
/** The list of a summary, in a shuffled order. */
const listed = (rng: Rng, items: string[]): string => rng.shuffle(items).join('; ')

export const EVALUATION_FAMILIES: ScenarioFamily[] = [
  apart(
    'uncorrected-misstatements-net-effect-on-profit-before-tax',
    (rng) => {
      const F1 = amount(rng, 40_000, 160_000)
      const F2 = amount(rng, 30_000, 120_000)
      const J1 = amount(rng, 60_000, 180_000)
      const J2 = share(J1, rng.int(20, 70))
      const K = amount(rng, 5_000, 40_000)
      const P = K * rng.int(3, 9) + amount(rng, 0, 999)
      const C = amount(rng, 10_000, 250_000)
      const T = F1 + F2 + J1 - J2 + P
      return {
        stem: `An audit senior is completing the summary of uncorrected misstatements, all above the clearly trivial threshold: (1) factual: a supplier invoice of ${dol(F1)} for services received before the year end was not accrued; (2) factual: a sales invoice of ${dol(F2)} was recorded twice; (3) judgemental: the warranty provision is ${dol(J1)} lower than the team’s estimate; (4) judgemental: the inventory obsolescence allowance is ${dol(J2)} higher than the team’s estimate; (5) projected: an inventory pricing sample found ${an(dol(K))} overstatement, projected to the whole of inventory as ${an(dol(P))} overstatement (the sample’s ${dol(K)} included); (6) ${an(dol(C))} revenue cut-off error, which management has corrected. Overstatements and understatements of profit offset on the summary. What is the net overstatement of profit before tax, ${DOLLAR}?`,
        show: whole,
        figures: { F1, F2, J1, J2, K, P, C },
        key: frac(T),
        wrong: [
          [frac(T + 2 * J2), 'adds the allowance understatement instead of offsetting it'],
          [frac(T + C), 'keeps the corrected cut-off error on the summary'],
          [frac(T + K), 'adds the sample’s error again to its projection'],
          [frac(T - P), 'leaves out the projected misstatement'],
          [frac(T - J1 + J2), 'leaves out the judgemental misstatements'],
          [frac(F1 + F2), 'takes only the factual misstatements'],
        ],
      }
    },
    true,
  ),
  apart('uncorrected-misstatements-effect-on-profit-after-tax', (rng) => {
    const F = amount(rng, 60_000, 200_000)
    const N = amount(rng, 10_000, 60_000)
    const J = amount(rng, 20_000, 80_000)
    const P = amount(rng, 40_000, 150_000)
    const R = amount(rng, 20_000, 90_000)
    const t = rng.int(21, 30)
    const base = F - J + P
    if (base <= 0) rest()
    const key = add(net(base, t), N)
    return {
      stem: `The uncorrected misstatements on a summary are: (1) factual: ${an(dol(F))} repair invoice received before the year end was not accrued; (2) factual: ${an(dol(N))} regulatory penalty notified before the year end was not provided for; (3) judgemental: the allowance for doubtful receivables is ${dol(J)} higher than the team’s estimate; (4) projected: a revenue sample projects ${an(dol(P))} overstatement of revenue; (5) a customer’s credit balance of ${dol(R)} was netted against receivables instead of shown as a liability. Income tax is ${t}% of taxable profit; the penalty is not deductible for tax and every other item is. Overstatements and understatements offset. By how much is profit after tax overstated, ${CENTS}?`,
      show: money,
      figures: { F, N, J, P, R, t },
      key,
      wrong: [
        [frac(base + N), 'gives the pre-tax effect'],
        [add(net(base + R, t), N), 'counts the netted credit balance as a profit effect'],
        [
          add(net(base + 2 * J, t), N),
          'adds the allowance understatement instead of offsetting it',
        ],
        [net(base + N, t), 'takes tax off the non-deductible penalty too'],
        [add(net(F - J, t), N), 'leaves out the projected misstatement'],
        [mul(base, pc(t)), 'gives the tax on the misstatements instead of the after-tax effect'],
      ],
    }
  }),
  apart('uncorrected-misstatements-effect-on-current-assets', (rng) => {
    const F = amount(rng, 40_000, 150_000)
    const P = amount(rng, 50_000, 180_000)
    const U = amount(rng, 5_000, 100_000)
    const R = amount(rng, 20_000, 200_000)
    const A = amount(rng, 10_000, 250_000)
    const D = amount(rng, 10_000, 250_000)
    const C = amount(rng, 10_000, 250_000)
    const key = F + P - U + R
    return {
      stem: `The uncorrected misstatements on a summary are: (1) a sales invoice of ${dol(F)} recorded twice; (2) a projected overstatement of inventory of ${dol(P)}; (3) ${an(dol(U))} rent payment for the first quarter of next year expensed instead of shown as a prepayment; (4) ${an(dol(R))} deposit that comes back in three years shown within current other receivables; (5) ${an(dol(A))} supplier invoice not accrued; (6) depreciation on equipment understated by ${dol(D)}. A further ${dol(C)} overstatement of inventory found in the count has been corrected. By how much are current assets overstated (net of any understatement), ${DOLLAR}?`,
      show: whole,
      figures: { F, P, U, R, A, D, C },
      key: frac(key),
      wrong: [
        [frac(key - R), 'leaves out the deposit’s classification'],
        [frac(key - P), 'leaves out the projected misstatement'],
        [frac(key + A), 'counts the unaccrued invoice as overstating current assets'],
        [frac(key + D), 'counts the equipment overstatement in current assets'],
        [frac(key + 2 * U), 'adds the prepayment understatement instead of offsetting it'],
        [frac(key + C), 'keeps the corrected count error'],
        [frac(key - F), 'leaves out the sale recorded twice, as if only revenue were misstated'],
      ],
    }
  }),
  apart('uncorrected-misstatements-effect-on-working-capital', (rng) => {
    const F = amount(rng, 40_000, 150_000)
    const A = amount(rng, 10_000, 200_000)
    const L = amount(rng, 30_000, 400_000)
    const P = amount(rng, 40_000, 150_000)
    const Dr = amount(rng, 5_000, 100_000)
    const X = amount(rng, 10_000, 250_000)
    const C = amount(rng, 10_000, 250_000)
    const key = F + A + L + P - Dr
    return {
      stem: `The uncorrected misstatements on a summary are: (1) receivables include ${an(dol(F))} invoice recorded twice; (2) ${an(dol(A))} utility bill for the last quarter was not accrued; (3) ${dol(L)} of the bank loan falls due within twelve months but was left in non-current liabilities; (4) inventory is overstated by a projected ${dol(P)}; (5) deferred revenue includes ${dol(Dr)} already earned by the year end; (6) equipment is overstated by ${dol(X)} of repairs capitalised. Management has corrected ${an(dol(C))} overstatement of receivables. Working capital is current assets less current liabilities. By how much is working capital overstated (net of any understatement), ${DOLLAR}?`,
      show: whole,
      figures: { F, A, L, P, Dr, X, C },
      key: frac(key),
      wrong: [
        [frac(key - L), 'leaves out the loan’s classification'],
        [frac(key - 2 * A), 'takes the unaccrued bill as reducing the overstatement'],
        [frac(F + P), 'counts only the current-asset misstatements'],
        [frac(key + 2 * Dr), 'adds the deferred revenue overstatement instead of offsetting it'],
        [frac(key + X), 'counts the capitalised repairs in working capital'],
        [frac(key + C), 'keeps the corrected receivables error'],
      ],
    }
  }),
  apart('uncorrected-misstatements-effect-on-closing-equity', (rng) => {
    const E1 = amount(rng, 40_000, 160_000)
    const E2 = amount(rng, 30_000, 120_000)
    const Y = amount(rng, 30_000, 120_000)
    const U = amount(rng, 20_000, 80_000)
    const R = amount(rng, 50_000, 200_000)
    const t = rng.int(21, 30)
    const all = E1 + E2 + Y + R
    return {
      stem: `At the year end these misstatements remain uncorrected: (1) ${an(dol(E1))} marketing invoice for this year not accrued; (2) ${an(dol(E2))} sale recorded this year for goods shipped after the year end (its cost was not taken out of inventory); (3) ${an(dol(Y))} repair expense capitalised last year as equipment, not yet depreciated; (4) revaluation surplus (other comprehensive income) overstated by ${dol(R)} from too high a valuation of land. Last year’s uncorrected omission of ${an(dol(U))} accrual reversed this year when the invoice was paid and expensed. Income tax, current and deferred, is ${t}% on every item, the revaluation’s deferred tax included. By how much is closing equity overstated, ${CENTS}?`,
      show: money,
      figures: { E1, E2, Y, U, R, t },
      key: net(all, t),
      wrong: [
        [frac(all), 'gives the pre-tax effect'],
        [net(all + U, t), 'counts last year’s accrual, which has reversed'],
        [add(net(E1 + E2 + Y, t), R), 'leaves out the deferred tax on the revaluation'],
        [net(E1 + E2 + Y, t), 'leaves out the revaluation surplus'],
        [net(E1 + E2 - U, t), 'takes only this year’s profit effect'],
        [net(E1 + E2 + R, t), 'leaves out last year’s capitalised repair'],
      ],
    }
  }),
  apart('prior-year-misstatements-by-the-rollover-method', (rng) => {
    const A = amount(rng, 120_000, 250_000)
    const U = amount(rng, 20_000, 70_000)
    const d = amount(rng, 15_000, 50_000)
    const n = rng.int(3, 5)
    const I0 = amount(rng, 20_000, 60_000)
    const I1 = I0 + amount(rng, 10_000, 60_000)
    const key = A - U + d + I1 - I0
    return {
      stem: `The firm measures uncorrected misstatements by the rollover method: their effect on this year’s income statement, including the reversal of last year’s uncorrected misstatements. This year: (1) ${an(dol(A))} invoice for the year was not accrued; (2) last year’s uncorrected omission of ${an(dol(U))} accrual reversed when the invoice was paid and expensed this year; (3) a machine bought ${n} years ago is being depreciated over too long a life, understating depreciation by ${dol(d)} in each of the ${n} years, this year included; (4) closing inventory is overstated by ${dol(I1)}, and last year’s closing inventory was overstated by ${dol(I0)}, also uncorrected. By how much is this year’s profit before tax overstated under the rollover method, ${DOLLAR}?`,
      show: whole,
      figures: { A, U, d, n, I0, I1 },
      key: frac(key),
      wrong: [
        [frac(A + n * d + I1), 'gives the iron curtain (balance sheet) amount'],
        [frac(A + d + I1), 'leaves out the reversal of last year’s misstatements'],
        [frac(key + (n - 1) * d), 'counts all the years’ depreciation'],
        [frac(key - d), 'leaves out the depreciation because the error began years ago'],
        [frac(A - U + d + I0 - I1), 'takes the inventory change the wrong way round'],
        [frac(A - U + d), 'leaves out the inventory overstatements'],
      ],
    }
  }),
  apart('prior-year-misstatements-by-the-iron-curtain-method', (rng) => {
    const R1 = amount(rng, 50_000, 160_000)
    const R0 = amount(rng, 10_000, 200_000)
    const w0 = amount(rng, 10_000, 150_000)
    const w1 = w0 + amount(rng, 10_000, 100_000)
    const E = amount(rng, 20_000, 150_000)
    const L = amount(rng, 30_000, 400_000)
    const key = R1 + w1 + E
    return {
      stem: `The firm measures uncorrected misstatements by the iron curtain method: the misstatement of the closing balance sheet, whatever year it arose in. At the year end: (1) deferred revenue is understated by ${dol(R1)} of service revenue recognised before it was earned; (2) last year’s similar understatement of ${dol(R0)}, uncorrected, was earned this year; (3) the warranty provision is understated by ${dol(w1)} (it was understated by ${dol(w0)} a year ago); (4) ${an(dol(E))} repair was capitalised as equipment this year; (5) ${dol(L)} of the bank loan due within twelve months was left in non-current liabilities. By how much are net assets overstated under the iron curtain method, ${DOLLAR}?`,
      show: whole,
      figures: { R1, R0, w0, w1, E, L },
      key: frac(key),
      wrong: [
        [frac(R1 + R0 + w1 + w0 + E), 'adds last year’s misstatements to this year’s'],
        [frac(key + R0), 'counts last year’s deferred revenue, which has been earned'],
        [frac(key + L), 'counts the loan’s classification'],
        [frac(R1 - R0 + w1 - w0 + E), 'gives the rollover (income statement) amount'],
        [frac(R1 + w1 - w0 + E), 'takes only this year’s increase in the provision'],
        [frac(R1 - R0 + w1 + E), 'deducts last year’s deferred revenue from this year’s'],
      ],
    }
  }),
  apart('difference-between-iron-curtain-and-rollover-amounts', (rng) => {
    const d = amount(rng, 15_000, 50_000)
    const n = rng.int(3, 6)
    const S0 = share((n - 1) * d, rng.int(20, 80))
    const S1 = amount(rng, 40_000, 150_000)
    const A = amount(rng, 150_000, 400_000)
    const key = (n - 1) * d + S0
    const IC = n * d + S1 + A
    const RO = d - S0 + S1 + A
    if (RO <= key) rest()
    return {
      stem: `The firm evaluates uncorrected misstatements under both methods: rollover (this year’s income statement effect, including the reversal of last year’s misstatements) and iron curtain (the misstatement of the closing balance sheet). The items: (1) depreciation on a building has been understated by ${dol(d)} a year for ${n} years, this year included; (2) last year’s uncorrected cut-off error recorded ${dol(S0)} of profit on goods shipped early this year; (3) this year’s cut-off error records ${dol(S1)} of profit on goods shipped after the year end; (4) ${an(dol(A))} invoice for the year was not accrued. All overstate profit where they arise. By how much does the iron curtain amount exceed the rollover amount, ${DOLLAR}?`,
      show: whole,
      figures: { d, n, S0, S1, A },
      key: frac(key),
      wrong: [
        [frac(IC), 'gives the iron curtain amount'],
        [frac(RO), 'gives the rollover amount'],
        [frac(n * d + S0), 'counts this year’s depreciation as a prior-year effect'],
        [frac((n - 1) * d), 'leaves out the reversal of last year’s cut-off error'],
        [frac((n - 1) * d - S0), 'subtracts the reversal instead of adding it'],
      ],
    }
  }),
  apart('room-left-under-overall-materiality', (rng) => {
    const M = amount(rng, 400_000, 1_200_000)
    const PM = share(M, 75)
    const F = part(rng, M, 100, 180)
    const J1 = part(rng, M, 80, 150)
    const J2 = share(J1, rng.int(20, 60))
    const P = part(rng, M, 60, 120)
    const Tt = part(rng, M, 20, 40)
    const C = part(rng, M, 50, 120)
    const t = rng.int(21, 30)
    const T = F + J1 - J2 + P
    if (PM - T - 2 * J2 <= 0 || M - T - C <= 0 || PM - T <= 0) rest()
    if (!unlike(M, PM, F, J1, J2, P, Tt, C)) rest()
    return {
      stem: `Overall materiality is ${dol(M)}, set on profit before tax, and performance materiality ${dol(PM)}; the income tax rate is ${t}%. The summary of uncorrected misstatements holds: a factual overstatement of profit of ${dol(F)}; a judgemental overstatement of ${dol(J1)} (the warranty provision); a judgemental understatement of ${dol(J2)} (the obsolescence allowance); and a projected overstatement of ${dol(P)} from a sample. Misstatements below the clearly trivial threshold, a net ${dol(Tt)} overstatement, were not accumulated, and ${an(dol(C))} overstatement was corrected by management. Overstatements and understatements offset. How much room is left under overall materiality for further misstatement, ${DOLLAR}?`,
      show: whole,
      figures: { M, PM, F, J1, J2, P, Tt, C, t },
      key: frac(M - T),
      wrong: [
        [frac(PM - T), 'measures against performance materiality'],
        [frac(M - T - 2 * J2), 'adds the understatement instead of offsetting it'],
        [frac(M - T - C), 'keeps the corrected misstatement'],
        [frac(M - T - Tt), 'counts the clearly trivial misstatements'],
        [frac(M - T + P), 'leaves out the projected misstatement'],
        [sub(M, net(T, t)), 'compares the after-tax total'],
        [frac(M - F - P), 'leaves out the judgemental misstatements'],
      ],
    }
  }),
  apart(
    'correction-needed-to-bring-uncorrected-misstatements-to-performance-materiality',
    (rng) => {
      const M = amount(rng, 400_000, 1_200_000)
      const PM = share(M, 75)
      const J1 = part(rng, M, 200, 350)
      const J2 = part(rng, M, 40, 100)
      const P = part(rng, M, 80, 150)
      const U = part(rng, M, 40, 100)
      const Tt = part(rng, M, 10, 30)
      const C = part(rng, M, 50, 120)
      const T = M + part(rng, M, 40, 200)
      const F = T - (J1 - J2 + P - U)
      const key = T - PM
      if (F < key + share(M, 5) || T - P - PM <= 0 || T - Tt - PM <= 0) rest()
      // No two items print alike, and the answer never repeats a figure of the stem.
      if (!unlike(M, PM, F, J1, J2, P, U, Tt, C, key)) rest()
      return {
        stem: `Overall materiality is ${dol(M)} and performance materiality ${dol(PM)}. The firm measures uncorrected misstatements by the rollover method (this year’s income statement, including the reversal of last year’s uncorrected items) and asks management to correct enough that the uncorrected total is no more than performance materiality. The summary holds: a factual overstatement of profit of ${dol(F)} (an unrecorded liability); a judgemental overstatement of ${dol(J1)}; a judgemental understatement of ${dol(J2)}; a projected overstatement of ${dol(P)}; and the reversal this year of last year’s uncorrected ${dol(U)} omitted accrual, which understates this year’s profit. Items below the clearly trivial threshold (a net ${dol(Tt)} understatement) are not accumulated, and ${an(dol(C))} overstatement has already been corrected. Overstatements and understatements offset. Management will correct only the factual misstatement. What is the least amount of it that must be corrected, ${DOLLAR}?`,
        show: whole,
        figures: { M, PM, F, J1, J2, P, U, Tt, C },
        key: frac(key),
        wrong: [
          [frac(T + 2 * J2 - PM), 'adds the understatement instead of offsetting it'],
          [frac(T + U - PM), 'leaves out the reversal of last year’s accrual'],
          [frac(T + C - PM), 'keeps the corrected misstatement'],
          [frac(T - M), 'brings the total down to overall materiality'],
          [frac(T - P - PM), 'leaves out the projected misstatement'],
          [frac(T - Tt - PM), 'counts the clearly trivial items'],
        ],
      }
    },
  ),
  apart('uncorrected-misstatements-effect-on-gross-profit', (rng) => {
    const S = amount(rng, 40_000, 200_000)
    const Cs = share(S, rng.int(50, 80))
    const P = amount(rng, 20_000, 200_000)
    const G = amount(rng, 10_000, 150_000)
    const B = amount(rng, 5_000, 80_000)
    const D = amount(rng, 10_000, 120_000)
    const A = amount(rng, 10_000, 250_000)
    const key = S + P + G - B - D
    return {
      stem: `The uncorrected misstatements on a summary are: (1) a sale of ${dol(S)} was invoiced before the year end, but the goods (cost ${dol(Cs)}) were shipped after it and were counted in closing inventory, so no cost of sales was recorded for them; (2) a projected overstatement of closing inventory of ${dol(P)}; (3) goods of ${dol(G)} were received and counted before the year end, but their purchase invoice was recorded only after it; (4) a volume rebate of ${dol(B)} earned from a supplier this year was not recorded (it reduces cost of sales); (5) outbound freight of ${dol(D)} was recorded in cost of sales, though the methodology treats it as a distribution cost below gross profit; (6) ${an(dol(A))} audit fee was not accrued (an administrative expense). By how much is gross profit overstated (net of any understatement), ${DOLLAR}?`,
      show: whole,
      figures: { S, Cs, P, G, B, D, A },
      key: frac(key),
      wrong: [
        [frac(key - Cs), 'takes the early sale at its margin only'],
        [frac(key - P), 'leaves out the projected misstatement'],
        [frac(key - G), 'leaves out the purchase cut-off error'],
        [frac(key + A), 'counts the administrative expense'],
        [frac(key + D), 'leaves out the freight misclassification'],
        [frac(key + 2 * B), 'adds the rebate instead of offsetting it'],
      ],
    }
  }),
  apart(
    'uncorrected-projection-after-the-known-sample-errors-are-corrected',
    (rng) => {
      const V = amount(rng, 4_000_000, 12_000_000)
      const Np = rng.int(2000, 6000)
      const ns = rng.int(40, 90)
      const Sv = Math.round((V * ns * rng.int(200, 400)) / (Np * 100))
      const K = share(Sv, rng.int(1, 4))
      const F = amount(rng, 30_000, 120_000)
      const J = amount(rng, 30_000, 120_000)
      const proj = mul(frac(K, Sv), V)
      const key = add(F + J, sub(proj, K))
      return {
        stem: `The team tested ${ns} trade receivable balances worth ${dol(Sv)} out of ${n(Np)} balances worth ${dol(V)} and found overstatements of ${dol(K)} in them. The firm’s methodology projects a sample’s misstatement to its population by value (misstatement ÷ sample value × population value, the sample’s own misstatement included). Management has corrected the ${dol(K)} found but nothing else. The summary also holds a factual overstatement of profit of ${dol(F)} and a judgemental overstatement of ${dol(J)}. What is the total of uncorrected misstatements now, ${DOLLAR}?`,
        show: whole,
        figures: { V, Np, ns, Sv, K, F, J },
        key,
        wrong: [
          [add(F + J, proj), 'ignores the correction of the errors found'],
          [
            add(F + J, sub(mul(frac(K, ns), Np), K)),
            'projects by number of balances instead of value',
          ],
          [add(F + J + K, proj), 'adds the errors found to their projection'],
          [frac(F + J), 'takes the correction as clearing the projection'],
          [
            add(F + J, sub(mul(frac(K, Sv), V - Sv), K)),
            'deducts the errors found from a projection over the untested balances',
          ],
          [add(F, sub(proj, K)), 'leaves out the judgemental misstatement'],
        ],
      }
    },
    true,
  ),
  apart('opening-effect-of-a-prior-year-cut-off-error-on-current-profit', (rng) => {
    const S0 = amount(rng, 15_000, 50_000)
    const C0 = share(S0, rng.int(55, 75))
    const S1 = amount(rng, 120_000, 300_000)
    const C1 = share(S1, rng.int(55, 75))
    const O = amount(rng, 40_000, 150_000)
    const t = rng.int(21, 30)
    const m0 = S0 - C0
    const m1 = S1 - C1
    const pre = m1 + O - m0
    if (pre - S0 - C0 + m0 <= 0) rest()
    return {
      stem: `Last year a sale of ${dol(S0)} (cost ${dol(C0)}) was recorded, with its cost of sales, for goods shipped early this year; the error was not corrected. This year the same error recorded a sale of ${dol(S1)}, with its cost of sales of ${dol(C1)}, for goods shipped after the year end, and ${an(dol(O))} invoice for the year was not accrued. The firm measures uncorrected misstatements by their effect on this year’s income statement, including the reversal of last year’s. Income tax is ${t}% on every item. By how much is this year’s profit after tax overstated, ${CENTS}?`,
      show: money,
      figures: { S0, C0, S1, C1, O, t },
      key: net(pre, t),
      wrong: [
        [frac(pre), 'gives the pre-tax effect'],
        [net(m1 + O, t), 'leaves out the reversal of last year’s error'],
        [net(S1 + O - m0, t), 'takes this year’s sale at its revenue, not its margin'],
        [net(pre - S0 + m0, t), 'reverses last year’s sale at its revenue'],
        [net(pre - S0 - C0 + m0, t), 'reverses both the revenue and the cost as reductions'],
        [sub(net(m1 + O, t), m0), 'reverses last year’s error before tax'],
      ],
    }
  }),
  apart('summary-total-leaving-off-clearly-trivial-misstatements', (rng) => {
    const M = amount(rng, 400_000, 1_200_000)
    const CT = share(M, 5)
    const CTp = share(M, 375) / 100
    const within = (lo: number, hi: number) => Math.round(lo + ((hi - lo) * rng.int(10, 90)) / 100)
    const F1 = within(2 * CT, 8 * CT)
    const F2 = within(CT, 4 * CT)
    const J = within(CT, 5 * CT)
    const P = within(CT, 6 * CT)
    const Bq = within(CTp, CT)
    const t1 = within(CTp / 4, CTp)
    const t2 = within(CTp / 4, CTp)
    const t3 = within(CTp / 4, CTp)
    const C = within(CT, 6 * CT)
    const key = F1 + F2 - J + P
    if (t1 + t3 <= t2) rest()
    const items = [
      `factual overstatement ${dol(F1)}`,
      `factual overstatement ${dol(F2)}`,
      `judgemental understatement ${dol(J)}`,
      `projected overstatement ${dol(P)}`,
      `factual understatement ${dol(Bq)}`,
      `factual understatement ${dol(t1)}`,
      `factual overstatement ${dol(t2)}`,
      `factual understatement ${dol(t3)}`,
    ]
    return {
      stem: `Overall materiality is ${dol(M)}, performance materiality is 75% of it, and the clearly trivial threshold is 5% of overall materiality; misstatements at or below the threshold are not accumulated on the summary. The misstatements of profit found are: ${listed(rng, items)}. Management has also corrected ${an(dol(C))} overstatement. Overstatements and understatements offset. What net overstatement of profit goes on the summary of uncorrected misstatements, ${DOLLAR}?`,
      show: whole,
      figures: { M, F1, F2, J, P, Bq, t1, t2, t3, C },
      key: frac(key),
      wrong: [
        [frac(key - Bq - t1 + t2 - t3), 'keeps every misstatement, trivial ones included'],
        [frac(key - Bq), 'sets the threshold at 5% of performance materiality'],
        [frac(key - P), 'leaves out the projected misstatement'],
        [frac(key + 2 * J), 'adds the understatement instead of offsetting it'],
        [frac(key + J), 'leaves out the judgemental misstatement'],
        [frac(key + C), 'keeps the corrected misstatement'],
      ],
    }
  }),
  apart('judgemental-misstatement-from-the-auditors-range', (rng) => {
    const L1 = amount(rng, 400_000, 1_000_000)
    const H1 = L1 + share(L1, rng.int(15, 40))
    const X1 = L1 - share(L1, rng.int(25, 40))
    const L2 = amount(rng, 100_000, 300_000)
    const H2 = L2 + share(L2, rng.int(10, 25))
    const X2 = H2 + share(L2, rng.int(5, 15))
    const L3 = amount(rng, 500_000, 1_500_000)
    const H3 = L3 + share(L3, rng.int(10, 30))
    const X3 = L3 + Math.round(((H3 - L3) * rng.int(30, 45)) / 100)
    const a = L1 - X1
    const b = X2 - H2
    const key = a - b
    if (key <= 0) rest()
    const mid = (lo: number, hi: number) => frac(lo + hi, 2)
    return {
      stem: `The firm’s methodology measures a judgemental misstatement against the team’s range: where management’s estimate lies outside the range, the misstatement is the difference to the nearest end of the range; inside it there is none. The team’s ranges and management’s figures: warranty provision, range ${dol(L1)} to ${dol(H1)}, management ${dol(X1)}; inventory obsolescence allowance, range ${dol(L2)} to ${dol(H2)}, management ${dol(X2)}; fair value of an unlisted investment (changes through profit or loss), range ${dol(L3)} to ${dol(H3)}, management ${dol(X3)}. Overstatements and understatements of profit offset. What is the net judgemental overstatement of profit, ${DOLLAR}?`,
      show: whole,
      figures: { L1, H1, X1, L2, H2, X2, L3, H3, X3 },
      key: frac(key),
      wrong: [
        [frac(H1 - X1 - b), 'measures the provision to the far end of the range'],
        [sub(sub(mid(L1, H1), X1), b), 'measures the provision to the middle of the range'],
        [frac(a + b), 'adds the allowance instead of offsetting it'],
        [frac(a - (X2 - L2)), 'measures the allowance to the far end of the range'],
        [sub(a, sub(X2, mid(L2, H2))), 'measures the allowance to the middle of the range'],
        [
          sub(frac(key), sub(mid(L3, H3), X3)),
          'measures the investment to the middle of its range',
        ],
      ],
    }
  }),
  apart('current-ratio-after-uncorrected-misstatements', (rng) => {
    const CL = amount(rng, 3_000_000, 9_000_000)
    const CA = share(CL, rng.int(120, 170))
    const F = part(rng, CA, 30, 70)
    const P = part(rng, CA, 30, 70)
    const A = part(rng, CL, 30, 80)
    const L = part(rng, CL, 50, 120)
    const LT = L * rng.int(4, 8)
    const X = part(rng, CA, 30, 70)
    if (!unlike(F, P, A, L, X)) rest()
    const ca = CA - F - P
    const cl = CL + A + L
    const q = (x: number, y: number) => frac(x, y)
    return {
      stem: `A client’s loan agreement requires a current ratio (current assets ÷ current liabilities) of at least 1.10. Its draft balance sheet shows current assets of ${dol(CA)} and current liabilities of ${dol(CL)}. The uncorrected misstatements are: receivables overstated by ${dol(F)} (a sale recorded twice); inventory overstated by a projected ${dol(P)}; ${an(dol(A))} invoice not accrued; ${dol(L)} of a ${dol(LT)} bank loan falls due within twelve months but was left in non-current liabilities; equipment overstated by ${dol(X)}. What is the current ratio once the uncorrected misstatements are corrected, to two decimal places (a half rounded up)?`,
      show: ratio,
      figures: { CA, CL, F, P, A, L, LT, X },
      key: q(ca, cl),
      wrong: [
        [q(CA, CL), 'gives the draft ratio'],
        [q(ca, CL + A), 'leaves out the loan’s classification'],
        [q(CA - F, cl), 'leaves out the projected misstatement'],
        [q(ca - A, cl), 'also takes the unaccrued invoice off current assets'],
        [q(ca, CL + A + LT), 'moves the whole loan to current liabilities'],
        [q(ca - X, cl), 'takes the equipment overstatement off current assets'],
      ],
    }
  }),
  apart('room-left-under-materiality-by-the-dual-approach', (rng) => {
    const M = amount(rng, 500_000, 1_500_000)
    const PM = share(M, 75)
    const A = part(rng, M, 150, 250)
    const V = part(rng, M, 20, 300)
    const d = part(rng, M, 30, 60)
    const n = rng.int(3, 6)
    const Tt = part(rng, M, 10, 30)
    const t = rng.int(21, 30)
    const RO = A + V + d
    const IC = A + n * d
    if (Math.abs(RO - IC) < share(M, 4)) rest()
    const big = Math.max(RO, IC)
    const small = Math.min(RO, IC)
    if (PM - big <= 0 || M - (A + V + n * d) <= 0) rest()
    if (!unlike(M, PM, A, V, d, Tt)) rest()
    return {
      stem: `Overall materiality is ${dol(M)}, set on profit before tax, and performance materiality ${dol(PM)}; income tax is ${t}%. The firm evaluates uncorrected misstatements by the dual approach: it measures them by both the rollover method (this year’s income statement effect, including the reversal of last year’s items) and the iron curtain method (the misstatement of the closing balance sheet), and compares the larger with materiality. The items: (1) ${an(dol(A))} invoice for the year was not accrued; (2) last year an expense was over-accrued by ${dol(V)}, uncorrected, and the excess was released to this year’s profit; (3) depreciation on a building has been understated by ${dol(d)} a year for ${n} years, this year included. Misstatements below the clearly trivial threshold (a net ${dol(Tt)} overstatement) are not accumulated. How much room is left under overall materiality, ${DOLLAR}?`,
      show: whole,
      figures: { M, PM, A, V, d, n, Tt, t },
      key: frac(M - big),
      wrong: [
        [frac(M - small), 'uses the smaller of the two amounts'],
        [frac(M - A), 'counts only this year’s new misstatement'],
        [sub(M, net(big, t)), 'compares the after-tax amount'],
        [frac(PM - big), 'measures against performance materiality'],
        [frac(M - (A + V + n * d)), 'counts every item at its larger effect'],
        [frac(M - big - Tt), 'counts the clearly trivial misstatements'],
      ],
    }
  }),
]
