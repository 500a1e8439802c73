import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { add, an, type Fraction, fixed, frac, mul, n, rest, usd, worked } from './tsy-text.js'

// Interest rate risk. The slips are a day count of another leg or market (30/360 against
// actual/360, a 365-day year), a period counted from both ends or in standard 30-day months, a
// settlement left undiscounted or discounted at the wrong rate, an overnight rate of one day taken
// for the compounded period, weekend days left out or compounded, a margin, premium or fee left
// out, counted twice or put where it does not ride, a hedge applied to the whole loan rather than
// its notional, and a swap, deposit or maturity outside the rule counted in (or left out).

const money = usd(2)
const whole = usd(0)
const CENT = 'to the nearest cent (a half rounded up)'
/** A rate drawn in basis points, as a stem writes it: 425 → `4.25%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** A rate held in percent, to `dp` places. */
const pctOf =
  (dp: number) =>
  (x: Fraction): string =>
    `${fixed(x, dp)}%`
/** Interest on `amount` at `bp` basis points for `days` of a `year`-day year. */
const interest = (amount: number, bp: number | Fraction, days: number, year = 360): Fraction =>
  mul(amount, bp, frac(days, 10000 * year))
/** 1 + rate × days ÷ year, the rate in basis points. */
const grow = (bp: number | Fraction, days: number, year = 360): Fraction =>
  add(1, mul(bp, frac(days, 10000 * year)))
const QUARTERS = [
  ['15 March', '15 June', 92],
  ['15 June', '15 September', 92],
  ['15 September', '15 December', 91],
] as const

export const RATE_FAMILIES: ScenarioFamily[] = [
  worked('fra-settlement-discounted-at-the-reference-rate', (rng) => {
    const N = rng.int(10, 100) * 500000
    const f = rng.int(380, 450)
    const L = f + rng.int(20, 80)
    const d = rng.pick([91, 92])
    const settle = (days: number, year: number, disc: Fraction) =>
      mul(interest(N, L - f, days, year), frac(disc.d, disc.n))
    return {
      stem: `A company bought a 3×6 forward rate agreement on $${n(N)} at ${bpText(f)} to fix the rate on ${an(d)}-day borrowing. On the fixing date the reference rate is ${bpText(L)}. The FRA pays the rate difference on the notional for the period on actual/360, settled at the start of the period and so discounted for the period at the reference rate. What settlement does the company receive, ${CENT}?`,
      show: money,
      figures: { N, f, L, d },
      key: settle(d, 360, grow(L, d)),
      wrong: [
        [interest(N, L - f, d), 'does not discount the settlement'],
        [settle(d, 360, grow(f, d)), 'discounts at the FRA rate'],
        [mul(interest(N, L - f, d), grow(L, d)), 'grows the settlement instead'],
        [settle(d, 365, grow(L, d, 365)), 'uses a 365-day year'],
        [settle(d, 360, grow(L, 360)), 'discounts over a whole year'],
        [settle(90, 360, grow(L, 90)), 'counts 90 days'],
      ],
    }
  }),
  worked('swap-net-payment-fixed-30-360-against-sofr-actual-360', (rng) => {
    const N = rng.int(10, 100) * 500000
    const c = rng.int(380, 450)
    const L = c - rng.int(60, 150)
    const L0 = L + rng.int(5, 25)
    const [from, to, A] = rng.pick(QUARTERS)
    const net = (fixed: Fraction, float: Fraction) => add(fixed, mul(-1, float))
    return {
      stem: `A company pays fixed on ${an(`$${n(N)}`)} interest rate swap: ${bpText(c)} quarterly on 30/360 (90 days a quarter), against SOFR compounded in arrears on actual/360. For the period from ${from} to ${to} (${A} days) compounded SOFR is ${bpText(L)}; overnight SOFR on the first day of the period was ${bpText(L0)}. The two legs are netted. What net amount does the company pay, ${CENT}?`,
      show: money,
      figures: { N, c, L, L0, A },
      key: net(interest(N, c, 90), interest(N, L, A)),
      wrong: [
        [net(interest(N, c, 90), interest(N, L, 90)), 'puts the floating leg on 30/360'],
        [net(interest(N, c, A), interest(N, L, A)), 'puts the fixed leg on actual/360'],
        [net(interest(N, c, 90), interest(N, L, A, 365)), 'puts the floating leg on actual/365'],
        [interest(N, c, 90), 'pays the fixed leg gross'],
        [net(interest(N, c, 90), interest(N, L0, A)), 'uses the first day’s SOFR'],
        [net(interest(N, c, 90, 365), interest(N, L, A)), 'divides the fixed leg by 365'],
        [net(interest(N, c, 90), interest(N, L, A + 1)), 'counts both ends of the period'],
      ],
    }
  }),
  worked('sofr-loan-interest-compounded-in-arrears-over-a-week', (rng) => {
    const N = rng.int(10, 50) * 1000000
    const base = rng.int(420, 440)
    const rs = [0, 1, 2, 3, 4].map(() => base + rng.int(-6, 6))
    const m = rng.int(100, 200)
    const w = [1, 3, 1, 1, 1]
    const prod = (weights: readonly number[], year: number, extra = 0) =>
      rs.reduce((p, x, k) => mul(p, grow(x + extra, weights[k]!, year)), frac(1))
    const key = add(mul(N, add(prod(w, 360), -1)), interest(N, m, 7))
    const [r0, r1, r2, r3, r4] = rs as [number, number, number, number, number]
    return {
      stem: `A company’s $${n(N)} loan pays SOFR compounded in arrears plus a margin of ${bpText(m)}, both on actual/360, for an interest period of 7 days from a Thursday to the next Thursday. Daily SOFR was Thursday ${bpText(r0)}, Friday ${bpText(r1)}, Monday ${bpText(r2)}, Tuesday ${bpText(r3)} and Wednesday ${bpText(r4)}; a rate applies until the next business day, so Friday’s counts for 3 days. The compounded part is the product of (1 + rate × days ÷ 360) less 1, times the principal; the margin is simple interest on the 7 days. What interest does the company owe, ${CENT}?`,
      show: money,
      figures: { N, r0, r1, r2, r3, r4, m },
      key,
      wrong: [
        [
          add(
            interest(
              N,
              rs.reduce((s, x, k) => s + x * w[k]!, 0),
              1,
            ),
            interest(N, m, 7),
          ),
          'adds the daily interest without compounding',
        ],
        [add(mul(N, add(prod([1, 1, 1, 1, 1], 360), -1)), interest(N, m, 5)), 'counts Friday once'],
        [add(mul(N, add(prod(w, 365), -1)), interest(N, m, 7, 365)), 'uses a 365-day year'],
        [mul(N, add(prod(w, 360), -1)), 'leaves out the margin'],
        [
          add(
            mul(N, add(mul(prod([1, 1, 1, 1, 1], 360), grow(r1, 1), grow(r1, 1)), -1)),
            interest(N, m, 7),
          ),
          'compounds Friday’s rate over the weekend',
        ],
        [mul(N, add(prod(w, 360, m), -1)), 'compounds the margin too'],
        [add(mul(N, add(prod(w, 360), -1)), interest(N, m, 8)), 'counts 8 days of margin'],
      ],
    }
  }),
  worked('cap-payoff-for-a-quarter', (rng) => {
    const N = rng.int(20, 100) * 500000
    const h = rng.pick([50, 60, 75, 80])
    const C = (N * h) / 100
    const K = rng.int(350, 450)
    const L = K + rng.int(20, 120)
    const m = rng.int(150, 250)
    const A = rng.pick([91, 92])
    return {
      stem: `A company’s $${n(N)} loan pays three-month term SOFR plus ${bpText(m)} on actual/360. It bought an interest rate cap on $${n(C)} (${h}% of the loan) at a strike of ${bpText(K)} on term SOFR; each quarter the cap pays the excess of term SOFR over the strike on its notional for the period on actual/360, at the end of the period. For ${an(A)}-day quarter term SOFR is set at ${bpText(L)}. What does the cap pay, ${CENT}?`,
      show: money,
      figures: { N, h, K, L, m, A },
      key: interest(C, L - K, A),
      wrong: [
        [interest(N, L - K, A), 'uses the loan amount'],
        [interest(C, L, A), 'pays the whole rate'],
        [interest(C, L + m - K, A), 'measures from the all-in rate'],
        [interest(C, L - K, 90), 'counts 90 days'],
        [interest(C, L - K, A, 365), 'uses a 365-day year'],
        [mul(interest(C, L - K, A), div1(grow(L, A))), 'discounts it like an FRA'],
      ],
    }
  }),
  worked('collar-all-in-rate-when-sofr-is-below-the-floor', (rng) => {
    const Kf = rng.int(250, 325)
    const Kc = Kf + rng.int(100, 200)
    const L = Kf - rng.int(10, 60)
    const m = rng.int(125, 250)
    const p = rng.int(5, 20)
    const pc = (bp: number) => frac(bp, 100)
    return {
      stem: `A company’s loan pays term SOFR plus a margin of ${bpText(m)}. It holds a collar on term SOFR: a bought cap at ${bpText(Kc)} and a sold floor at ${bpText(Kf)}; the collar’s net premium is equal to ${bpText(p)} a year (as stated for this exercise). This quarter term SOFR is set at ${bpText(L)}. What is the company’s all-in borrowing rate for the quarter, counting the margin and the premium, as a percentage to two decimal places (a half rounded up)?`,
      show: pctOf(2),
      figures: { Kf, Kc, L, m, p },
      key: pc(Kf + m + p),
      wrong: [
        [pc(L + m + p), 'ignores the floor'],
        [pc(Kf + m), 'leaves out the premium'],
        [pc(Kf + p), 'leaves out the margin'],
        [pc(Kc + m + p), 'takes the cap strike'],
        [pc(2 * Kf - L + m + p), 'pays the floor difference on top of the floor'],
        [pc(Kf + m + 2 * p), 'counts the premium twice'],
      ],
    }
  }),
  worked('floating-loan-interest-with-a-base-rate-floor', (rng) => {
    const N = rng.int(10, 100) * 500000
    const F = rng.int(50, 100)
    const L = rng.int(5, F - 10)
    const m = rng.int(150, 300)
    const A = rng.pick([91, 92])
    return {
      stem: `A term loan of $${n(N)} pays term SOFR plus ${bpText(m)} on actual/360, with a floor of ${bpText(F)} on term SOFR (as stated for this exercise). For ${an(A)}-day interest period term SOFR is set at ${bpText(L)}. What interest is due for the period, ${CENT}?`,
      show: money,
      figures: { N, F, L, m, A },
      key: interest(N, F + m, A),
      wrong: [
        [interest(N, L + m, A), 'ignores the floor'],
        [interest(N, F + m, A, 365), 'uses a 365-day year'],
        [interest(N, F + m, 90), 'counts 90 days'],
        [interest(N, F + L + m, A), 'adds the floor to term SOFR'],
        [interest(N, F + m, A + 1), 'counts both ends of the period'],
        [interest(N, 2 * F - L + m, A), 'pays the floor difference on top of the floor'],
      ],
    }
  }),
  worked('fixed-share-of-debt-after-swaps', (rng) => {
    const B = rng.int(200, 400)
    const T = rng.int(150, 300)
    const Rv = rng.int(50, 150)
    const S = rng.int(50, T - 50)
    const Q = rng.int(25, 100)
    const S2 = rng.int(25, 75)
    const total = B + T + Rv
    if (2 * (B - Q + S) <= total + 10) rest()
    const share = (x: number, of = total) => frac(100 * x, of)
    return {
      stem: `A company’s debt is $${B} million of fixed-rate bonds, ${an(`$${T}`)} million floating-rate term loan and $${Rv} million drawn on its floating-rate revolver. It pays fixed on ${an(`$${S}`)} million swap against the term loan and receives fixed on ${an(`$${Q}`)} million swap against the bonds; it has also agreed ${an(`$${S2}`)} million pay-fixed swap that starts next year. Counting only swaps in effect, what share of its debt is fixed-rate today, as a percentage to one decimal place (a half rounded up)?`,
      show: pctOf(1),
      figures: { B, T, Rv, S, Q, S2 },
      key: share(B - Q + S),
      wrong: [
        [share(B + Q + S), 'counts the receive-fixed swap as fixed'],
        [share(B + S), 'ignores the receive-fixed swap'],
        [share(B - Q + S + S2), 'counts the forward-starting swap'],
        [share(B - Q), 'ignores the pay-fixed swap'],
        [share(B - Q + S, total + S + Q), 'adds the swaps to the debt'],
        [share(total - (B - Q + S)), 'gives the floating share'],
      ],
    }
  }),
  worked('all-in-fixed-rate-of-a-swapped-loan', (rng) => {
    const c = rng.int(350, 420)
    const e = rng.int(3, 10)
    const m = rng.int(150, 275)
    const L = c - rng.int(30, 100)
    const u = rng.pick([50, 75, 100])
    const pc = (bp: number) => frac(bp, 100)
    return {
      stem: `A company borrows on a term loan at term SOFR plus ${bpText(m)}, after an upfront arrangement fee of ${bpText(u)} of the loan, and swaps it to fixed: the mid-market swap rate is ${bpText(c)} and the bank adds an execution spread of ${bpText(e)} to the fixed rate the company pays, against term SOFR received. Term SOFR today is ${bpText(L)}. Treating the legs as on the same day count (as stated for this exercise), what all-in fixed interest rate does the company pay, as a percentage to two decimal places (a half rounded up)?`,
      show: pctOf(2),
      figures: { c, e, m, L, u },
      key: pc(c + e + m),
      wrong: [
        [pc(c + m), 'leaves out the execution spread'],
        [pc(c + e), 'leaves out the loan margin'],
        [pc(L + m), 'takes today’s SOFR'],
        [pc(c + e + m + L), 'adds SOFR as well'],
        [pc(c + 2 * e + m), 'counts the execution spread twice'],
        [pc(c + e + m + u), 'adds the upfront fee as a rate'],
      ],
    }
  }),
  worked('value-change-of-a-bond-holding-for-a-rate-shock', (rng) => {
    const Fv = rng.int(10, 50) * 1000000
    const P = rng.int(9200, 9850)
    const AI = rng.int(10, 140)
    const D = rng.int(300, 800)
    const y = rng.int(350, 500)
    const s = rng.pick([25, 50, 75, 100])
    // Value × duration ÷ (1 + y/2) × shock, the price per 100 drawn in cents.
    const change = (dur: Fraction, value: number, shock = s) =>
      mul(Fv, frac(value, 10000), dur, frac(shock, 10000))
    const mac = frac(D, 100)
    return {
      stem: `A company’s investment portfolio holds $${n(Fv)} face of a semiannual-coupon bond priced at ${fixed(frac(P, 100), 2)} per 100 clean, with accrued interest of ${fixed(frac(AI, 100), 2)} per 100. Its Macaulay duration is ${fixed(mac, 2)} years and its yield ${bpText(y)} (semiannual). Using modified duration (Macaulay duration ÷ (1 + yield ÷ 2)) on the market value including accrued interest, by how much does the holding’s value fall if yields rise ${s} basis points, ${CENT}?`,
      show: money,
      figures: { Fv, P, AI, D, y, s },
      key: change(mul(mac, frac(20000, 20000 + y)), P + AI),
      wrong: [
        [change(mac, P + AI), 'uses Macaulay duration'],
        [change(mul(mac, frac(20000, 20000 + y)), 10000), 'uses the face value'],
        [
          change(mul(mac, frac(20000 + y, 20000)), P + AI),
          'multiplies by the half-year growth instead of dividing',
        ],
        [change(mul(mac, frac(20000, 20000 + y)), P), 'leaves out the accrued interest'],
        [change(mul(mac, frac(10000, 10000 + y)), P + AI), 'divides by one plus the whole yield'],
        [change(mul(mac, frac(20000, 20000 + y)), P + AI, 1), 'gives the value of one basis point'],
      ],
    }
  }),
  worked('annual-interest-cost-change-from-a-rate-shock', (rng) => {
    const L = rng.int(300, 500)
    const S = rng.int(50, 150)
    const Bm = rng.int(50, 150)
    const D = rng.int(50, 150)
    const beta = rng.pick([50, 60, 70, 80])
    const Td = rng.int(20, 50)
    const s = rng.pick([50, 100, 150, 200])
    // In dollars: $1 million × s basis points = 100 × s.
    const cost = (floating: Fraction | number) => mul(floating, 100 * s)
    const net = add(L - S, frac(Bm, 2), frac(-D * beta, 100))
    if (Number(net.n) - Td * Number(net.d) <= 0) rest()
    return {
      stem: `A company has $${L} million of floating-rate debt, of which $${S} million is swapped to fixed, and ${an(`$${Bm}`)} million fixed-rate bond that matures in six months and will be refinanced at a floating rate. It holds $${D} million of floating-rate deposits whose rate moves by ${beta}% of any change in market rates, and ${an(`$${Td}`)} million one-year fixed-rate term deposit. If floating rates rise ${s} basis points at once and stay there, by how much does its net interest cost rise over the next 12 months, to the nearest dollar?`,
      show: whole,
      figures: { L, S, Bm, D, beta, Td, s },
      key: cost(net),
      wrong: [
        [cost(add(net, S)), 'ignores the swap'],
        [cost(add(net, frac(D * beta, 100))), 'leaves out the deposits'],
        [cost(add(net, frac(Bm, 2))), 'counts the bond for the whole year'],
        [cost(add(net, frac(-D * (100 - beta), 100))), 'moves the deposit rate fully'],
        [cost(add(net, frac(-Bm, 2))), 'leaves out the refinanced bond'],
        [cost(add(net, -Td)), 'offsets the fixed-rate term deposit'],
      ],
    }
  }),
  worked('forward-rate-implied-by-two-deposit-rates', (rng) => {
    const d3 = rng.pick([90, 91, 92])
    const d6 = rng.pick([183, 184])
    const r3 = rng.int(380, 440)
    const r6 = r3 + rng.int(10, 40)
    const t = d6 - d3
    // The forward rate in percent: (growth over d6 ÷ growth over d3 − 1) × year ÷ t.
    const fwd = (span: number, year = 360) =>
      mul(
        add(mul(grow(r6, d6), frac(1)), mul(-1, grow(r3, d3))),
        frac(100 * year, span),
        div1(grow(r3, d3)),
      )
    return {
      stem: `Money-market deposit rates, simple interest on actual/360, are ${bpText(r3)} for ${d3} days and ${bpText(r6)} for ${d6} days. What rate for the ${t}-day period starting in ${d3} days, on actual/360, makes investing for ${d3} days and then reinvesting at that rate equal to investing for ${d6} days, as a percentage to three decimal places (a half rounded up)?`,
      show: pctOf(3),
      figures: { d3, d6, r3, r6 },
      key: fwd(t),
      wrong: [
        [frac(r6 * d6 - r3 * d3, 100 * t), 'takes the straight-line difference'],
        [fwd(90), 'counts the forward period as 90 days'],
        [fwd(t, 365), 'annualises on 365 days'],
        [frac(r6, 100), 'takes the longer deposit rate'],
        [frac(r3, 100), 'takes the shorter deposit rate'],
        [fwd(d6), 'annualises over the whole term'],
      ],
    }
  }),
  worked('maximum-borrowing-rate-under-a-cap', (rng) => {
    const K = rng.int(350, 450)
    const m = rng.int(150, 250)
    const P = rng.int(40, 150)
    const T = rng.pick([2, 3, 4, 5])
    // Today's rate sits above the capped cost, so taking it for the ceiling overstates it.
    const L = K + Math.ceil(P / T) + rng.int(10, 80)
    const pc = (bp: number | Fraction) => mul(bp, frac(1, 100))
    return {
      stem: `A company’s loan pays term SOFR plus ${bpText(m)}. It bought ${an(T)}-year cap on term SOFR at ${bpText(K)} for the same notional, paying an upfront premium of ${bpText(P)} of the notional, which it spreads evenly over the cap’s life as an annual cost (as stated for this exercise). Term SOFR is now ${bpText(L)}. What is the highest all-in rate the company can pay a year, as a percentage to three decimal places (a half rounded up)?`,
      show: pctOf(3),
      figures: { K, m, P, T, L },
      key: pc(add(K + m, frac(P, T))),
      wrong: [
        [pc(K + m), 'leaves out the premium'],
        [pc(add(K, frac(P, T))), 'leaves out the margin'],
        [pc(add(K + m, frac(P, 4 * T))), 'spreads the premium over the quarters'],
        [pc(K + m + P), 'charges the whole premium in one year'],
        [pc(add(L + m, frac(P, T))), 'takes today’s SOFR'],
        [pc(L + m), 'takes today’s all-in rate, ignoring the cap'],
      ],
    }
  }),
  worked('collar-interest-for-a-quarter-when-sofr-is-above-the-cap', (rng) => {
    const N = rng.int(20, 100) * 500000
    const h = rng.pick([50, 60, 75, 80])
    const C = (N * h) / 100
    const Kc = rng.int(400, 475)
    const Kf = Kc - rng.int(100, 200)
    const L = Kc + rng.int(20, 100)
    const m = rng.int(150, 250)
    const A = rng.pick([91, 92])
    const owe = (days: number, year = 360, margin = m) =>
      add(interest(N, L + margin, days, year), mul(-1, interest(C, L - Kc, days, year)))
    return {
      stem: `A company’s $${n(N)} loan pays term SOFR plus ${bpText(m)} on actual/360. It holds a collar on $${n(C)} of it: a bought cap at ${bpText(Kc)} and a sold floor at ${bpText(Kf)} on term SOFR, settled each quarter on the collar notional for the period on actual/360. For ${an(A)}-day quarter term SOFR is set at ${bpText(L)}. What is the company’s net interest cost for the quarter after the collar settlement, ${CENT}?`,
      show: money,
      figures: { N, h, Kc, Kf, L, m, A },
      key: owe(A),
      wrong: [
        [interest(N, Kc + m, A), 'applies the collar to the whole loan'],
        [owe(A, 365), 'uses a 365-day year'],
        [owe(A, 360, 0), 'leaves out the margin'],
        [interest(N, L + m, A), 'leaves out the collar'],
        [add(interest(N, L + m, A), interest(C, L - Kc, A)), 'adds the cap payment'],
        [owe(A + 1), 'counts both ends of the period'],
      ],
    }
  }),
  worked('swap-notional-to-reach-the-fixed-rate-target', (rng) => {
    const B = rng.int(100, 200)
    const Lf = rng.int(450, 700)
    const S = rng.int(20, 60)
    const S2 = rng.int(20, 50)
    const C = rng.int(20, 80)
    const [lo, hi] = rng.pick([
      [50, 70],
      [55, 75],
      [60, 80],
    ] as const)
    const t = (lo + hi) / 2
    const total = B + Lf
    // In dollars, from amounts in millions and a target in percent.
    const need = (pct: number, debt: number, less: number) =>
      frac((pct * debt - 100 * less) * 1000000, 100)
    const low = Math.min(t * (total - C), lo * total) - 100 * (B + S)
    if (low <= 0 || t * total - 100 * (B + S + S2) <= 0) rest()
    return {
      stem: `A company has $${B} million of fixed-rate bonds and $${Lf} million of floating-rate loans, and already pays fixed on ${an(`$${S}`)} million swap; a further $${S2} million pay-fixed swap is agreed to start in two years. It also holds $${C} million of cash. Its policy keeps the fixed share of gross debt (swaps in effect included, cash not netted) between ${lo}% and ${hi}%, and it hedges to the middle of the range. What notional of new pay-fixed swap, starting now, brings it to that target, to the nearest dollar?`,
      show: whole,
      figures: { B, Lf, S, S2, C, lo, hi },
      key: need(t, total, B + S),
      wrong: [
        [need(t, total, B), 'ignores the swap in place'],
        [need(hi, total, B + S), 'hedges to the top of the range'],
        [need(t, total, S), 'leaves out the fixed-rate bonds'],
        [need(lo, total, B + S), 'hedges to the bottom of the range'],
        [need(t, total - C, B + S), 'nets the cash'],
        [need(t, total, B + S + S2), 'counts the forward-starting swap'],
      ],
    }
  }),
  worked('borrowing-cost-locked-by-an-fra', (rng) => {
    const N = rng.int(10, 100) * 500000
    const f = rng.int(380, 450)
    const L = f + rng.int(20, 100)
    const m = rng.int(100, 250)
    const A = rng.pick([91, 92])
    const settle = mul(interest(N, L - f, A), div1(grow(L, A)))
    const loan = interest(N, L + m, A)
    return {
      stem: `A company will borrow $${n(N)} for ${A} days at the reference rate plus ${bpText(m)} on actual/360 and bought an FRA on the same notional and period at ${bpText(f)}. The reference rate is set at ${bpText(L)}. The FRA settlement (the rate difference for the period on actual/360, discounted at the reference rate) is received at the start of the period and deposited at the reference rate until the loan interest is due. What is the loan interest less the grown FRA settlement at the end of the period, ${CENT}?`,
      show: money,
      figures: { N, f, L, m, A },
      key: interest(N, f + m, A),
      wrong: [
        [loan, 'leaves out the FRA'],
        [add(loan, mul(-1, settle)), 'does not grow the settlement'],
        [add(loan, interest(N, L - f, A)), 'adds the FRA settlement'],
        [interest(N, f, A), 'leaves out the margin'],
        [interest(N, f + m, A, 365), 'uses a 365-day year'],
        [interest(N, f + m, 90), 'counts 90 days'],
      ],
    }
  }),
  worked('floor-payoff-on-a-floating-deposit', (rng) => {
    const D = rng.int(20, 100) * 500000
    const h = rng.pick([50, 60, 75, 80])
    const C = (D * h) / 100
    const K = rng.int(250, 350)
    const L = K - rng.int(20, 100)
    const s = rng.int(5, 15)
    const A = rng.pick([91, 92])
    return {
      stem: `A company holds ${an(`$${n(D)}`)} deposit paying SOFR compounded in arrears plus ${bpText(s)} on actual/360. To protect its income it bought a floor on $${n(C)} (${h}% of the deposit) at a strike of ${bpText(K)} on compounded SOFR, paying the shortfall of SOFR below the strike on its notional for the period on actual/360, at the end of the period. For ${an(A)}-day period compounded SOFR is ${bpText(L)}. What does the floor pay, ${CENT}?`,
      show: money,
      figures: { D, h, K, L, s, A },
      key: interest(C, K - L, A),
      wrong: [
        [interest(D, K - L, A), 'uses the deposit amount'],
        [interest(C, K, A), 'pays the whole strike'],
        [interest(C, K - L, A + 1), 'counts both ends of the period'],
        [interest(C, K - L - s, A), 'measures from the all-in rate'],
        [interest(C, K - L, 90), 'counts 90 days'],
        [interest(C, K - L, A, 365), 'uses a 365-day year'],
      ],
    }
  }),
  worked('value-of-a-pay-fixed-swap-from-the-annuity-factor', (rng) => {
    const N = rng.int(10, 100) * 500000
    const c = rng.int(300, 380)
    const s = c + rng.int(30, 120)
    const A3 = rng.int(270, 285)
    const A5 = rng.int(430, 460)
    const gain = (rate: number, annuity: Fraction | number) => mul(N, frac(rate, 10000), annuity)
    const a3 = frac(A3, 100)
    return {
      stem: `Two years ago a company entered a five-year swap on $${n(N)}, paying fixed at ${bpText(c)} a year against SOFR; three years remain. The market rate for a new three-year swap is now ${bpText(s)}. The present value of $1 a year for the remaining three years is ${fixed(a3, 2)} (for five years it would be ${fixed(frac(A5, 100), 2)}). Valuing the swap as the rate difference on the notional each year times the annuity factor (as stated for this exercise), what is it worth to the company, ${CENT}?`,
      show: money,
      figures: { N, c, s, A3, A5 },
      key: gain(s - c, a3),
      wrong: [
        [gain(s - c, 3), 'does not discount the years left'],
        [gain(s - c, frac(A5, 100)), 'uses the five-year annuity'],
        [gain(s, a3), 'takes the whole market rate'],
        [gain(1, a3), 'gives the value of one basis point'],
        [gain(s - c, 1), 'counts one year'],
        [mul(gain(s - c, a3), frac(10000, 10000 + s)), 'discounts the present value again'],
      ],
    }
  }),
]

/** `1 ÷ x`. */
function div1(x: Fraction): Fraction {
  return frac(x.d, x.n)
}
