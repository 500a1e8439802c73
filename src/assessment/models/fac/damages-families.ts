import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  frac,
  mul,
  n,
  power,
  sub,
  usd,
} from './fac-text.js'

// Economic damages. The slips are a margin of another definition (lost revenue with no costs
// deducted, gross margin that leaves variable selling costs in, a net margin or the fixed costs
// that continued deducted, a comparable's margin), a benchmark read wrongly (no trend, the
// benchmark average, the two-year increase as one year's, dollar growth for rate growth, combined
// for averaged growth, growth applied one year early or not at all), mitigation or savings
// mishandled (revenue deducted for profit, the cost of mitigating left out, a saved cost or the
// salvage left in, continuing overhead taken as saved, a collateral-source benefit deducted), the
// wrong measure (profit only, reliance only, value before for the loss, lost profits added to
// lost value, gross revenue disgorged, sales before the patent issued or after notice only,
// unpatented accessories in the base, every infringing sale as a lost sale, capacity ignored),
// taxes misapplied (left in, grossed up, charged on untaxed benefits), a discount misapplied (left
// off, a year late or early, the last year's factor for all, 1 − r for 1 ÷ (1 + r), simple for
// compound, end-of-year for mid-year), and interest misdated or miscounted (360-day year, from the
// first loss, the last loss or the complaint, whole years only, simple for compound, the stub
// counted as a whole year or charged on the original sum, calendar year ends for anniversaries).

const money = usd(2)
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${d.toLocaleString('en-US')}`
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** One plus a whole percent. */
const up = (p: number): Fraction => frac(100 + p, 100)
/** `x` scaled by a drawn percentage from `low` to `high` (tenths allowed), to a whole number. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** A whole-dollar amount from `low` to `high` thousand, with odd dollars. */
const amt = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 1000 + rng.int(0, 999)
/** The sum of exact terms. */
const total = (xs: readonly Fraction[]): Fraction => add(...xs)

const DAY = 86400000
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
/** Days since the epoch of a calendar date (a whole number: UTC midnights are whole days). */
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
/** The calendar date of a day number, as a stem writes it. */
const dateText = (day: number): string => {
  const d = new Date(day * DAY)
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}
/** The same month and day `k` years on (every drawn day is at most the 28th). */
const yearsOn = (day: number, k: number): number => {
  const d = new Date(day * DAY)
  return dayOf(d.getUTCFullYear() + k, d.getUTCMonth() + 1, d.getUTCDate())
}
/** Whole anniversaries of `from` on or before `to`, and the days left after the last one. */
function anniversaries(from: number, to: number): [number, number] {
  let k = 0
  while (yearsOn(from, k + 1) <= to) k++
  return [k, to - yearsOn(from, k)]
}

/** Σ values[t − 1] ÷ (1 + r)^(t + shift) for t = 1, 2, …: a stream discounted at `r`. */
const discounted = (values: readonly Fraction[], r: Fraction, shift: number): Fraction =>
  total(values.map((v, i) => div(v, power(add(1, r), i + 1 + shift))))

/** Discount rates whose one-plus is a perfect square, as hundredths of a percent, and the root. */
const SQUARE_RATES = [105, 106, 107, 108, 109, 110, 111, 112] as const

export const DAMAGES_FAMILIES: ScenarioFamily[] = [
  apart('lost-profits-on-lost-sales-less-avoided-costs', (rng) => {
    const Q = rng.int(4000, 30000)
    const p = rng.int(25, 140)
    const L = Q * p
    const v = rng.int(40, 55)
    const c = rng.int(3, 8)
    const f = rng.int(2, 5)
    const S = part(rng, L, 3, 7)
    const R = part(rng, L, 4, 9)
    const A = part(rng, L, 6, 12)
    const nm = rng.int(6, 14)
    const m = 100 - v - c - f
    const key = sub(mul(L, pc(m)), S)
    return balanced({
      stem: `A distributor lost sales of ${n(Q)} units at an average price of ${$(p)} in the 12 months after a supplier’s breach (the lost volume is agreed). Its cost of goods sold runs at ${v} % of sales, sales commissions at ${c} % and outbound freight at ${f} %, all varying with sales, and to ship the lost volume it would also have hired a temporary shift costing ${$(S)}. Its warehouse rent of ${$(R)} and its salaried office staff costing ${$(A)} for those 12 months continued unchanged. Its last income statement shows a net profit margin of ${nm} % after all costs. Lost profits are the lost revenue less the costs the lost sales would have caused (the avoided costs); costs that continued anyway are not deducted. What are the lost profits, ${CENTS}?`,
      show: money,
      figures: { Q, p, v, c, f, S, R, A, nm },
      key,
      wrong: [
        [frac(L), 'claims the lost revenue with no costs deducted'],
        [mul(L, pc(100 - v)), 'deducts only the cost of goods sold'],
        [mul(L, pc(m)), 'leaves out the temporary shift the lost sales needed'],
        [sub(key, R), 'also deducts the rent that continued'],
        [sub(key, R + A), 'also deducts the fixed costs that continued'],
        [mul(L, pc(nm)), 'applies the net profit margin after all costs'],
      ],
    })
  }),
  apart('before-and-after-lost-profits-on-a-straight-line-trend', (rng) => {
    const Y1 = amt(rng, 800, 3000)
    const Y2 = Y1 + part(rng, Y1, 3, 9)
    const Y3 = Y2 + part(rng, Y1, 3, 9)
    const A4 = part(rng, Y3, 65, 85)
    const A5 = part(rng, Y3, 70, 88)
    const m = rng.int(25, 40)
    const gm = m + rng.int(8, 15)
    const nm = rng.int(6, 14)
    const d = frac(Y3 - Y1, 2)
    // Lost sales of 2024 and 2025 when but-for sales start from `base` and rise `step` a year.
    const lost = (base: Fraction | number, step: Fraction | number) =>
      sub(add(mul(2, base), mul(3, step)), A4 + A5)
    const key = mul(lost(Y3, d), pc(m))
    return balanced({
      stem: `A restaurant group’s sales were ${$(Y1)} in 2021, ${$(Y2)} in 2022 and ${$(Y3)} in 2023. From January 1, 2024 a defendant’s construction blocked its main entrance, and its sales were ${$(A4)} in 2024 and ${$(A5)} in 2025. The expert uses the before-and-after method: but-for sales start from the actual 2023 sales, and each year after 2023 adds the average annual increase of the 2021–2023 benchmark period (a straight-line trend, not a fitted regression line). The costs that vary with sales leave a contribution margin of ${m} % on lost sales; the group’s gross margin is ${gm} % and its net profit margin ${nm} %. What are the lost profits of 2024 and 2025 together (undiscounted, without interest), ${CENTS}?`,
      show: money,
      figures: { Y1, Y2, Y3, A4, A5, m, gm, nm },
      key,
      wrong: [
        [lost(Y3, d), 'claims the lost sales with no costs deducted'],
        [mul(lost(Y3, d), pc(gm)), 'applies the gross margin'],
        [mul(lost(Y3, Y3 - Y1), pc(m)), 'adds the two-year increase as one year’s trend'],
        [mul(lost(Y3, 0), pc(m)), 'holds sales flat at the 2023 level'],
        [mul(lost(frac(Y1 + Y2 + Y3, 3), 0), pc(m)), 'uses the benchmark years’ average'],
        [mul(lost(Y3, d), pc(nm)), 'applies the net profit margin'],
      ],
    })
  }),
  apart('yardstick-lost-profits-on-comparables-growth', (rng) => {
    const B0 = amt(rng, 300, 1000)
    const A1 = part(rng, B0, 60, 88)
    const X0 = part(rng, B0, 400, 800)
    const a = rng.int(30, 80)
    const X1 = Math.round((X0 * (1000 + a)) / 1000)
    const Y0 = part(rng, B0, 200, 350)
    const Y1 = Math.round((Y0 * (1000 + a + rng.int(20, 80))) / 1000)
    const m = rng.int(25, 40)
    const gm = m + rng.int(8, 15)
    const om = rng.int(6, 14)
    const growth = mul(add(frac(X1, X0), frac(Y1, Y0)), frac(1, 2))
    const lost = sub(mul(B0, growth), A1)
    return balanced({
      stem: `A garden centre’s sales were ${$(B0)} in 2024; in 2025, the year a neighbour’s flooding closed part of its site, they were ${$(A1)}. The expert uses two larger garden centres in the same region as yardsticks: Yardstick X’s sales went from ${$(X0)} in 2024 to ${$(X1)} in 2025 and Yardstick Y’s from ${$(Y0)} to ${$(Y1)}. But-for 2025 sales are the centre’s 2024 sales grown at the simple average of the two yardsticks’ growth rates. On lost sales the centre’s contribution margin (after the costs that vary with sales) is ${m} %; its gross margin is ${gm} %, and the yardsticks’ average operating margin is ${om} %. What are its 2025 lost profits, ${CENTS}?`,
      show: money,
      figures: { B0, A1, X0, X1, Y0, Y1, m, gm, om },
      key: mul(lost, pc(m)),
      wrong: [
        [
          mul(sub(add(B0, frac(X1 - X0 + Y1 - Y0, 2)), A1), pc(m)),
          'adds the yardsticks’ average dollar increase',
        ],
        [lost, 'claims the lost sales with no costs deducted'],
        [mul(lost, pc(gm)), 'applies the gross margin'],
        [mul(B0 - A1, pc(m)), 'holds sales flat at the 2024 level'],
        [
          mul(sub(mul(B0, frac(X1 + Y1, X0 + Y0)), A1), pc(m)),
          'uses the growth of the yardsticks’ combined sales',
        ],
        [mul(lost, pc(om)), 'applies the yardsticks’ operating margin'],
      ],
    })
  }),
  apart('lost-profits-on-a-cancelled-contract-less-mitigation', (rng) => {
    const Q = rng.int(8000, 30000)
    const P = rng.int(40, 120)
    const v = Math.round((P * rng.int(35, 55)) / 100)
    const f = rng.int(4, 12)
    const Pm = Math.round((P * rng.int(80, 95)) / 100)
    const Qm = part(rng, Q, 20, 45)
    const K = part(rng, Qm * Pm, 2, 5)
    const lostOn = Q * (P - v)
    const key = lostOn - Qm * (Pm - v) + K
    return balanced({
      stem: `A customer wrongfully cancelled a manufacturer’s contract for ${n(Q)} units at ${$(P)} each, none yet delivered. The plant was at full capacity, so it could not have made both the contract units and other orders; after the cancellation it sold ${n(Qm)} units to other buyers at ${$(Pm)} each through a broker, whose commission of ${$(K)} was a reasonable cost of finding them. Each unit costs ${$(v)} in materials, direct labour and other costs that vary with output; the cost accounts also charge ${$(f)} a unit of fixed factory overhead, which did not change. Damages are the profit lost on the contract, less the profit earned on the substitute sales the cancellation made possible, plus the reasonable costs of mitigating. What are the damages, ${CENTS}?`,
      show: money,
      figures: { Q, P, v, f, Pm, Qm, K },
      key: frac(key),
      wrong: [
        [frac(lostOn + K), 'ignores the substitute sales'],
        [frac(Q * P - Qm * Pm + K), 'nets the revenues without the variable costs'],
        [frac(key + Qm * f), 'takes the substitute sales’ profit after fixed overhead'],
        [frac(lostOn - Qm * Pm + K), 'deducts the substitute sales’ revenue, not their profit'],
        [frac(key - K), 'leaves out the broker’s commission'],
        [frac(key - (Q - Qm) * f), 'deducts fixed overhead from the lost units'],
      ],
    })
  }),
  apart('builders-damages-on-a-repudiated-contract', (rng) => {
    const P = amt(rng, 600, 3000)
    const T = part(rng, P, 85, 92)
    const O = part(rng, P, 2, 5)
    const I = part(rng, T, 30, 60)
    const Cd = T - I - O
    const Pd = part(rng, I, 55, 80)
    const S = part(rng, I, 3, 8)
    const key = P - Pd - Cd - S
    return balanced({
      stem: `A builder agreed to build a warehouse for ${$(P)}. The owner repudiated the contract after the builder had spent ${$(I)} on the work (materials included) and had been paid ${$(Pd)} in progress payments. Finishing would have cost the builder a further ${$(Cd)} in direct costs; its estimate of the cost to complete also carried ${$(O)} of home-office overhead, which goes on whether or not the job is finished. It resold the unused materials for ${$(S)}. Damages put the builder where full performance would have (the expectation measure): the price promised, less what it has been paid, the costs it saved by not finishing and what it recovered from the materials. What are the damages, ${CENTS}?`,
      show: money,
      figures: { P, O, I, Cd, Pd, S },
      key: frac(key),
      wrong: [
        [frac(key + Pd), 'does not deduct the progress payments'],
        [frac(key + Cd), 'does not deduct the costs saved by not finishing'],
        [frac(key + S), 'leaves out what the materials were resold for'],
        [frac(key - O), 'treats the continuing overhead as a saved cost'],
        [frac(P - I - Cd - O), 'claims only the profit the contract would have made'],
        [frac(I - Pd - S), 'claims only the costs spent, less receipts (reliance)'],
      ],
    })
  }),
  apart('present-value-of-lost-profits-at-year-end', (rng) => {
    const r = rng.int(8, 18)
    const L1 = amt(rng, 100, 400)
    const L2 = part(rng, L1, 95, 115)
    const L3 = part(rng, L2, 95, 115)
    const L4 = part(rng, L3, 95, 115)
    const Ls = [L1, L2, L3, L4].map((x) => frac(x))
    const R = pc(r)
    return balanced({
      stem: `An expert projects a plaintiff’s lost profits at ${$(L1)} for 2026, ${$(L2)} for 2027, ${$(L3)} for 2028 and ${$(L4)} for 2029. The court values them at December 31, 2025, treating each year’s loss as arising at the end of its year and discounting at ${r} % a year compounded annually. What is their present value, ${CENTS}?`,
      show: money,
      figures: { r, L1, L2, L3, L4 },
      key: discounted(Ls, R, 0),
      wrong: [
        [total(Ls), 'leaves the losses undiscounted'],
        [discounted(Ls, R, -1), 'discounts each loss from the start of its year'],
        [
          total(Ls.map((x, i) => div(x, add(1, mul(R, i + 1))))),
          'discounts at simple, not compound, interest',
        ],
        [discounted(Ls, R, 1), 'discounts each loss one year too many'],
        [div(total(Ls), power(add(1, R), 4)), 'discounts every loss by the 2029 factor'],
        [
          total(Ls.map((x, i) => mul(x, power(sub(1, R), i + 1)))),
          'uses (1 − r)^t as the discount factor',
        ],
      ],
    })
  }),
  apart('present-value-of-growing-lost-profits-at-mid-year', (rng) => {
    const s = SQUARE_RATES[rng.int(0, SQUARE_RATES.length - 1)]!
    const rate = s * s - 10000
    const L1 = amt(rng, 150, 600)
    const g = rng.int(2, 6)
    const root = frac(s, 100)
    // Year t's loss, discounted for `halves` half-years.
    const flows = (start: number, grow: boolean, halves: (t: number) => number) =>
      total(
        [1, 2, 3, 4].map((t) =>
          div(mul(L1, power(up(grow ? g : 0), t - 1 + start)), power(root, halves(t))),
        ),
      )
    return balanced({
      stem: `A franchisee’s lost profits from a wrongful termination are projected at ${$(L1)} for 2026, growing ${g} % a year after that, through 2029. They are discounted to January 1, 2026 at ${(rate / 100).toFixed(2)} % a year compounded annually by the mid-year convention: each year’s loss is taken to arise in the middle of its year, so the loss of year t (2026 being year 1) is discounted for t − ½ years. (Here 1 + the rate = ${(s / 100).toFixed(2)}², so half a year discounts by ${(s / 100).toFixed(2)}.) What is their present value, ${CENTS}?`,
      show: money,
      figures: { s, L1, g },
      key: flows(0, true, (t) => 2 * t - 1),
      wrong: [
        [flows(0, true, () => 0), 'leaves the losses undiscounted'],
        [flows(0, true, (t) => 2 * t - 2), 'discounts each loss from the start of its year'],
        [flows(1, true, (t) => 2 * t - 1), 'grows 2026 as well'],
        [flows(0, true, (t) => 2 * t), 'discounts each loss from the end of its year'],
        [flows(0, false, (t) => 2 * t - 1), 'leaves out the growth'],
        [flows(0, true, (t) => 2 * t + 1), 'discounts each loss a whole year too many'],
      ],
    })
  }),
  apart('prejudgment-simple-interest-on-several-losses', (rng) => {
    const a1 = amt(rng, 20, 150)
    const a2 = amt(rng, 20, 150)
    const a3 = amt(rng, 20, 150)
    const d1 = dayOf(2024, rng.int(2, 8), rng.int(1, 28))
    const d2 = d1 + rng.int(60, 200)
    const d3 = d2 + rng.int(60, 200)
    const C = d3 + rng.int(30, 120)
    const J = dayOf(2026, rng.int(3, 11), rng.int(1, 28))
    const r = rng.int(5, 10)
    const R = pc(r)
    const losses: readonly [number, number][] = [
      [a1, d1],
      [a2, d2],
      [a3, d3],
    ]
    // The interest on every loss, each counted over the days `span` gives it.
    const interest = (span: (day: number) => number, year: number) =>
      total(losses.map(([x, d]) => mul(x, R, frac(span(d), year))))
    const compound = total(
      losses.map(([x, d]) => {
        const k = Math.floor((J - d) / 365)
        const stub = J - d - 365 * k
        return mul(x, sub(mul(power(add(1, R), k), add(1, mul(R, frac(stub, 365)))), 1))
      }),
    )
    return balanced({
      stem: `A client’s former controller diverted ${$(a1)} on ${dateText(d1)}, ${$(a2)} on ${dateText(d2)} and ${$(a3)} on ${dateText(d3)}; the client filed its complaint on ${dateText(C)} and judgment is entered on ${dateText(J)}. As stated for this exercise, prejudgment interest is simple interest at ${r} % a year on each sum from the day it was taken to the day of judgment, counting actual days ÷ 365. How much prejudgment interest is due, ${CENTS}?`,
      show: money,
      figures: { a1, a2, a3, d1, d2, d3, C, J, r },
      key: interest((d) => J - d, 365),
      wrong: [
        [interest((d) => J - d, 360), 'counts actual days ÷ 360'],
        [interest(() => J - d1, 365), 'runs every sum from the first diversion'],
        [compound, 'compounds the interest in 365-day years'],
        [interest(() => J - C, 365), 'runs the interest from the complaint'],
        [interest(() => J - d3, 365), 'runs every sum from the last diversion'],
        [
          interest((d) => 365 * Math.floor((J - d) / 365), 365),
          'counts only the whole 365-day years, dropping the odd days',
        ],
      ],
    })
  }),
  apart('prejudgment-interest-compounded-on-anniversaries', (rng) => {
    const L = amt(rng, 100, 900)
    const D0 = dayOf(rng.int(2022, 2024), rng.int(1, 12), rng.int(1, 28))
    const J = dayOf(2026, rng.int(3, 12), rng.int(1, 28))
    const Dd = D0 + rng.int(60, 300)
    const r = rng.int(5, 10)
    const R = pc(r)
    // L grown from `from` to J: whole years on each anniversary, simple for the days after.
    const grown = (from: number, year: number) => {
      const [k, stub] = anniversaries(from, J)
      return mul(L, power(add(1, R), k), add(1, mul(R, frac(stub, year))))
    }
    const [k, stub] = anniversaries(D0, J)
    const key = sub(grown(D0, 365), L)
    // Compounded on each December 31 instead: simple to the first year end, whole calendar years
    // to December 31, 2025, then simple to judgment.
    const y0 = new Date(D0 * DAY).getUTCFullYear()
    const calendar = mul(
      L,
      add(1, mul(R, frac(dayOf(y0, 12, 31) - D0, 365))),
      power(add(1, R), 2025 - y0),
      add(1, mul(R, frac(J - dayOf(2025, 12, 31), 365))),
    )
    return balanced({
      stem: `A distributor lost ${$(L)} of profits when a supplier breached on ${dateText(D0)}; it sent a written demand on ${dateText(Dd)}, and judgment is entered on ${dateText(J)}. As stated for this exercise, prejudgment interest runs from the breach at ${r} % a year compounded annually on each anniversary of the breach, with simple interest for the days after the last anniversary, counting actual days ÷ 365. How much prejudgment interest is due, ${CENTS}?`,
      show: money,
      figures: { L, D0, J, Dd, r },
      key,
      wrong: [
        [mul(L, sub(power(add(1, R), k + 1), 1)), 'counts the part-year as a whole year'],
        [sub(calendar, L), 'compounds on each December 31, not on the anniversaries'],
        [sub(grown(D0, 360), L), 'counts the days after the last anniversary ÷ 360'],
        [mul(L, R, frac(J - D0, 365)), 'charges simple interest throughout'],
        [mul(L, sub(power(add(1, R), k), 1)), 'stops at the last anniversary'],
        [
          mul(L, add(sub(power(add(1, R), k), 1), mul(R, frac(stub, 365)))),
          'charges the days after the last anniversary on the original sum only',
        ],
        [sub(grown(Dd, 365), L), 'runs the interest from the demand'],
      ],
    })
  }),
  apart('present-value-of-an-injured-workers-lost-earnings', (rng) => {
    const W = amt(rng, 40, 95)
    const g = rng.int(2, 4)
    const f = rng.int(18, 30)
    const M = part(rng, W, 30, 55)
    const r = rng.int(4, 7)
    const R = pc(r)
    const wage = (t: number, grow: boolean) => mul(W, power(up(grow ? g : 0), t))
    const years = [1, 2, 3]
    // Three year-end losses discounted `shift` years from their due place.
    const pv = (loss: (t: number) => Fraction, shift = 0) => discounted(years.map(loss), R, shift)
    const withBenefits = (t: number) => mul(wage(t, true), up(f))
    return balanced({
      stem: `A machinist injured in a road accident would have earned ${$(W)} in 2025, and his wages would have grown ${g} % in each year from 2026 on; he has three years of work life left (2026, 2027 and 2028). His employer’s fringe benefits (health cover and pension) were worth ${f} % of wages. He can now earn ${$(M)} a year in a desk job with no fringe benefits, flat over the three years. His lost earnings are each year’s but-for wages and benefits less his residual earnings, discounted to January 1, 2026 at ${r} % a year compounded annually, each year’s loss arising at its year end; taxes are not deducted in this exercise. What is the present value of his lost earnings, ${CENTS}?`,
      show: money,
      figures: { W, g, f, M, r },
      key: pv((t) => sub(withBenefits(t), M)),
      wrong: [
        [pv((t) => sub(wage(t, true), M)), 'leaves out the fringe benefits'],
        [pv((t) => mul(sub(wage(t, true), M), up(f))), 'adds benefits on the net wage loss'],
        [pv(() => sub(mul(W, up(f)), M)), 'leaves out the wage growth'],
        [pv(withBenefits), 'does not deduct the residual earnings'],
        [total(years.map((t) => sub(withBenefits(t), M))), 'leaves the losses undiscounted'],
        [pv((t) => sub(withBenefits(t), M), -1), 'discounts from the start of each year'],
      ],
    })
  }),
  apart('past-lost-earnings-net-of-income-tax', (rng) => {
    const W1 = amt(rng, 45, 90)
    const W2 = part(rng, W1, 102, 106)
    const E1 = part(rng, W1, 10, 40)
    const E2 = part(rng, W2, 30, 60)
    const f = rng.int(15, 30)
    const tx = rng.int(12, 22)
    const B = part(rng, W1 + W2 - E1 - E2, 10, 30)
    const lostWages = W1 + W2 - E1 - E2
    const benefits = mul(W1 + W2, pc(f))
    const net = sub(1, pc(tx))
    const key = add(mul(lostWages, net), benefits)
    return balanced({
      stem: `A warehouse supervisor injured on January 1, 2024 would have earned ${$(W1)} in 2024 and ${$(W2)} in 2025, with fringe benefits worth ${f} % of wages; after returning to lighter work he earned ${$(E1)} in 2024 and ${$(E2)} in 2025, with no fringe benefits. He also received ${$(B)} of benefits from a disability insurance policy he had bought himself. As stated for this exercise, past lost earnings to the January 1, 2026 trial are awarded net of income tax (the after-tax measure the Supreme Court adopted for a FELA claim in Norfolk & Western Railway v. Liepelt, 1980; jurisdictions differ): lost wages less his earnings are reduced by an effective tax rate of ${tx} %; fringe benefits are not taxed; under the collateral source rule the disability benefits are not deducted. What are his past lost earnings, ${CENTS}?`,
      show: money,
      figures: { W1, W2, E1, E2, f, tx, B },
      key,
      wrong: [
        [add(lostWages, benefits), 'leaves the income tax in'],
        [add(mul(W1 + W2, net), benefits), 'does not deduct his earnings since'],
        [add(div(lostWages, net), benefits), 'grosses the wages up for tax'],
        [sub(key, B), 'deducts the disability benefits'],
        [mul(add(lostWages, benefits), net), 'taxes the fringe benefits too'],
        [mul(lostWages, net), 'leaves out the fringe benefits'],
      ],
    })
  }),
  apart('business-interruption-claim-over-the-period-of-restoration', (rng) => {
    const S0 = amt(rng, 400, 1500)
    const t = rng.int(2, 8)
    const nm = rng.int(6, 12)
    const gm = rng.int(35, 50)
    const S = mul(S0, up(t))
    const E = part(rng, S0, 18, 30)
    const s = part(rng, E, 5, 15)
    const X = part(rng, S0, 2, 6)
    const T = part(rng, S0, 6, 15)
    const v = rng.int(55, 70)
    const tempProfit = mul(T, pc(100 - v))
    // Net income at `margin` on `sales`, continuing expenses, extra expense, less temporary profit.
    const claim = (sales: Fraction | number, margin: number, cont: number, extra: number) =>
      sub(add(mul(sales, pc(margin)), cont, extra), tempProfit)
    const key = claim(S, nm, E - s, X)
    return balanced({
      stem: `A fire closed a hardware store for a four-month period of restoration. In the same four months of the year before it had sales of ${$(S0)}, and its sales were running ${t} % above the year before when the fire struck, so the adjuster projects the period’s sales at the year-before figure grown ${t} %. Its net profit margin (before income tax) is ${nm} % of sales and its gross margin ${gm} %. Its normal operating expenses for the four months, payroll included, come to ${$(E)}, of which ${$(s)} were not incurred while it was closed. It spent ${$(X)} of extra expense to reduce the loss, and from temporary premises it made sales of ${$(T)}, on which the costs that vary with sales were ${v} %. As stated for this exercise, the policy pays the net income the store would have earned in the period, plus the normal operating expenses that continued, plus the extra expense, less the profit it earned at the temporary premises (their sales less their variable costs). What is the claim, ${CENTS}?`,
      show: money,
      figures: { S0, t, nm, gm, E, s, X, T, v },
      key,
      wrong: [
        [claim(S, nm, E, X), 'does not take off the expenses that stopped'],
        [add(key, tempProfit), 'ignores the profit from the temporary premises'],
        [claim(S, gm, E - s, X), 'applies the gross margin to the projected sales'],
        [claim(S0, nm, E - s, X), 'leaves out the sales trend'],
        [claim(S, nm, 0, X), 'leaves out the continuing expenses'],
        [sub(key, X), 'leaves out the extra expense'],
        [sub(key, mul(T, pc(v))), 'takes off the temporary sales, not their profit'],
      ],
    })
  }),
  apart('disgorgement-of-an-infringers-profits', (rng) => {
    const Q = rng.int(5000, 40000)
    const P = rng.int(60, 300)
    const c = Math.round((P * rng.int(35, 55)) / 100)
    const k = rng.int(4, 9)
    const R = Q * P
    const Y = part(rng, R, 2, 6)
    const G = part(rng, R, 6, 12)
    const Nr = part(rng, R, 10, 30)
    const nm = rng.int(4, 10)
    const key = sub(R - Q * c - Y, mul(R, pc(k)))
    return balanced({
      stem: `A retailer sold ${n(Q)} lamps at ${$(P)} each that infringe a designer’s copyright, and with them ${$(Nr)} of bulbs and shades that do not infringe. Each lamp cost it ${$(c)}, it paid sales commissions of ${k} % of the lamps’ sales, and it proves ${$(Y)} of warehouse and shipping overhead that the lamp sales caused. Its cost accounts also allocate ${$(G)} of general overhead to the lamps, which it would have incurred anyway; its company-wide net profit margin is ${nm} %, and it pays corporate income tax at 21 %. As stated for this exercise (the copyright rule for an infringer’s profits, 17 U.S.C. § 504(b)), the designer proves the infringing revenue (it claims only the lamp sales, showing no causal link to the bulbs and shades), the retailer offers no proof that any profit came from factors other than the design, and it may deduct only the costs it proves the infringing sales caused; general overhead that would have been incurred anyway and income tax (the infringement was wilful) are not deductible. What profits must the retailer disgorge, ${CENTS}?`,
      show: money,
      figures: { Q, P, c, k, Y, G, Nr, nm },
      key,
      wrong: [
        [frac(R), 'disgorges the gross revenue'],
        [add(key, Nr), 'adds the sales of bulbs and shades'],
        [add(key, Y), 'does not deduct the overhead the sales caused'],
        [sub(key, G), 'also deducts the general overhead'],
        [mul(R, pc(nm)), 'applies the company-wide net profit margin'],
        [mul(key, pc(79)), 'deducts income tax at 21 %'],
      ],
    })
  }),
  apart('reasonable-royalty-on-the-net-sales-base', (rng) => {
    const G = amt(rng, 2000, 9000)
    const Rt = part(rng, G, 2, 5)
    const D = part(rng, G, 3, 8)
    const B = part(rng, G, 8, 20)
    const A = part(rng, G, 10, 25)
    const net = G - Rt - D
    const N = part(rng, net, 40, 75)
    const r = rng.int(5, 9)
    const om = rng.int(10, 16)
    const gp = rng.int(30, 45)
    const at = (base: Fraction | number) => mul(base, pc(r))
    return balanced({
      stem: `A patentee that marks its products (35 U.S.C. § 287(a)) sues a competitor whose accused pump infringed from the day the patent issued. From that day the competitor invoiced ${$(G)} of pumps, took back ${$(Rt)} of returns and gave ${$(D)} of trade discounts; it had also invoiced ${$(B)} of pumps before the patent issued, and it sold ${$(A)} of unpatented hoses and fittings with the pumps. Of its net pump sales after the patent issued, ${$(N)} came after the patentee’s notice letter. The pumps earn the competitor a ${gp} % gross margin and a ${om} % operating margin. The damages expert finds that the hypothetical negotiation at the date infringement began would have set a running royalty of ${r} % of net sales (invoiced less returns and trade discounts) of the infringing pumps. What is the reasonable royalty, ${CENTS}?`,
      show: money,
      figures: { G, Rt, D, B, A, N, r, om, gp },
      key: at(net),
      wrong: [
        [at(G), 'applies the rate to invoiced sales'],
        [at(net + B), 'adds the sales before the patent issued'],
        [at(net + A), 'adds the unpatented hoses and fittings'],
        [at(N), 'counts only sales after the notice letter'],
        [mul(at(net), pc(gp)), 'applies the rate to the gross profit'],
        [mul(net, pc(om), frac(1, 4)), 'applies the 25 % rule of thumb to operating profit'],
      ],
    })
  }),
  apart('lost-value-of-a-destroyed-business', (rng) => {
    const Er = amt(rng, 250, 900)
    const O = rng.int(250, 450) * 1000
    const Mk = part(rng, O, 35, 60)
    const X = part(rng, Er, 5, 15)
    const Eb = Er + O - Mk + X
    const Ea = part(rng, Er, 35, 75)
    const k = rng.int(16, 24)
    const g = rng.int(2, 5)
    const Z = part(rng, Eb - Ea, 200, 280)
    // Value of normalized earnings `e` by single-period capitalization.
    const cap = (e: number, grow: boolean, rate: number) => div(mul(e, up(grow ? g : 0)), pc(rate))
    const key = cap(Eb - Ea, true, k - g)
    return balanced({
      stem: `A defendant’s breach of a non-compete destroyed most of a family company’s trade. Before the breach its reported pre-tax earnings for the year were ${$(Er)}, after paying its owner ${$(O)} where a hired manager would cost ${$(Mk)}, and after a one-time legal settlement of ${$(X)}; after the breach its normalized pre-tax earnings are ${$(Ea)}. As stated for this exercise, each value is by single-period capitalization of normalized pre-tax earnings: the year’s normalized earnings × (1 + ${g} % growth) ÷ (the ${k} % discount rate − ${g} % growth), normalizing by replacing the owner’s pay with a hired manager’s cost and adding back one-time items. Damages are the value before the breach less the value after, both at the breach date. The plaintiff’s first draft also claimed ${$(Z)} of lost profits for the three years after the breach. What are the damages, ${CENTS}?`,
      show: money,
      figures: { Er, O, Mk, X, Ea, k, g, Z },
      key,
      wrong: [
        [cap(Eb + Mk - Ea, true, k - g), 'adds back the owner’s whole pay'],
        [cap(Eb, true, k - g), 'gives the value before, not the loss'],
        [add(key, Z), 'adds the future lost profits to the lost value'],
        [cap(Eb - Ea, false, k - g), 'leaves out the year of growth'],
        [cap(Eb - Ea, true, k), 'capitalizes at the discount rate'],
        [cap(Er - Ea, true, k - g), 'leaves the reported earnings unnormalized'],
      ],
    })
  }),
  apart('price-erosion-over-two-years', (rng) => {
    const P0 = rng.int(80, 400)
    const Lp = Math.round((P0 * rng.int(110, 130)) / 100)
    const g = rng.int(2, 5)
    const P1 = Math.round((P0 * rng.int(80, 92)) / 100)
    const P2 = Math.round((P1 * rng.int(88, 97)) / 100)
    const Q1 = rng.int(4000, 20000)
    const Q2 = part(rng, Q1, 95, 120)
    const C = part(rng, Q1, 10, 25)
    const k = rng.int(4, 10)
    const keep = pc(100 - k)
    // Two years' erosion: but-for price less actual price on the units it covers.
    const erosion = (bf1: Fraction, bf2: Fraction, p2: number, fixedUnits: number) =>
      add(mul(sub(bf1, P1), Q1 - fixedUnits), mul(sub(bf2, p2), Q2 - fixedUnits))
    const trend = (base: number, t: number) => mul(base, power(up(g), t))
    const key = mul(erosion(trend(P0, 1), trend(P0, 2), P2, C), keep)
    return balanced({
      stem: `Before a competitor’s infringing product entered the market at the start of 2024, a patentee sold its device at a net price of ${$(P0)} (its list price was ${$(Lp)}), and the damages expert finds that without the infringement that net price would have risen ${g} % a year. Instead it cut its price to ${$(P1)} in 2024 and ${$(P2)} in 2025, selling ${n(Q1)} and ${n(Q2)} units; of these, ${n(C)} a year went under a fixed-price supply contract signed before the competitor entered, at a price the infringement did not touch. The expert finds that the patentee would have sold the same units at the but-for prices, and its sales agents earn a commission of ${k} % of the price. What are the price erosion damages for 2024 and 2025 (lost profit from the lower prices, no interest), ${CENTS}?`,
      show: money,
      figures: { P0, Lp, g, P1, P2, Q1, Q2, C, k },
      key,
      wrong: [
        [
          mul(erosion(trend(P0, 1), trend(P0, 2), P2, 0), keep),
          'includes the units sold under the fixed-price contract',
        ],
        [mul(erosion(trend(Lp, 1), trend(Lp, 2), P2, C), keep), 'starts from the list price'],
        [
          erosion(trend(P0, 1), trend(P0, 2), P2, C),
          'leaves out the commission the higher prices would have cost',
        ],
        [mul(erosion(frac(P0), frac(P0), P2, C), keep), 'leaves out the price growth'],
        [
          mul(erosion(trend(P0, 1), trend(P0, 1), P2, C), keep),
          'grows the price one year for both years',
        ],
        [
          mul(erosion(trend(P0, 1), trend(P0, 1), P1, C), keep),
          'carries the 2024 price gap into 2025',
        ],
      ],
    })
  }),
  apart('market-share-lost-profits-with-a-royalty-on-the-rest', (rng) => {
    const sp = rng.int(25, 45)
    const si = rng.int(15, 30)
    const so = 100 - sp - si
    const mm = rng.int(80, 300)
    const U = mm * (sp + so)
    const share = mm * sp
    const binding = rng.int(0, 1) === 1
    const K = binding
      ? rng.int(Math.ceil((U * sp) / 100) + 1, share - 1)
      : rng.int(share + 50, Math.round(share * 1.5))
    const made = Math.min(share, K)
    const Pp = rng.int(150, 600)
    const vp = Math.round((Pp * rng.int(45, 65)) / 100)
    const Pi = Math.round((Pp * rng.int(75, 92)) / 100)
    const r = rng.int(5, 10)
    const margin = Pp - vp
    const royalty = (units: Fraction | number) => mul(units, Pi, pc(r))
    const award = (lost: Fraction | number, perUnit: number) =>
      add(mul(lost, perUnit), royalty(sub(U, lost)))
    const key = award(made, margin)
    const wrong: [Fraction, string][] = [
      [frac(U * margin), 'treats every infringing sale as a lost sale'],
      [award(made, Pp), 'uses the price, not the incremental profit'],
      [add(key, royalty(made)), 'adds a royalty on the units it lost as well'],
      [award(frac(U * sp, 100), margin), 'takes its share of the whole market'],
      [frac(made * margin), 'leaves out the royalty on the rest'],
      [royalty(U), 'gives a royalty on every infringing unit'],
    ]
    if (binding) wrong.splice(3, 0, [award(share, margin), 'ignores its spare capacity'])
    return balanced({
      stem: `A competitor sold ${n(U)} infringing valves at ${$(Pi)} each. In that market the patentee holds ${sp} % of unit sales, the infringer ${si} % and non-infringing rivals ${so} %. As stated for this exercise (a market-share approach with the infringer taken out of the market), the infringer’s sales are shared out among the others in proportion to their shares, so the patentee would have made a share of them equal to its share ÷ (100 % − the infringer’s share), but no more than the ${n(K)} extra units its spare capacity allowed. Each valve sells for ${$(Pp)} and costs it ${$(vp)} in costs that vary with output. On the infringing sales it would not have made it gets a reasonable royalty of ${r} % of the infringer’s price. What are the total damages, ${CENTS}?`,
      show: money,
      figures: { sp, si, mm, K, Pp, vp, Pi, r },
      key,
      wrong,
    })
  }),
]
