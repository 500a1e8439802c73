import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { Worked } from '../rmm/rmm-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  rest,
  sub,
  usd,
} from './mna-text.js'

// Financing and closing mechanics. The slips are a source or use left out of the plug (financing
// or advisory fees, the refinanced debt, the cash to the balance sheet, the rollover, a tranche),
// a fee on the wrong base; leverage gross of cash, on the commitment instead of the drawn revolver,
// with synergies uncapped or left out, without the add-on's debt or EBITDA, the cash before the
// deal netted; a sweep on cash flow before amortisation, at one rate throughout or in full, the
// amortisation or the sweep left out, a year short; a return from enterprise values, averaged
// instead of compounded, not annualised, over the calendar years touched, with exit net debt,
// costs or cash left out; a dividend left out, netted from the cost or its debt deducted twice, an
// incentive pool ignored or taken on enterprise value, the sponsor's share ignored; loan notes at
// simple interest or at par, management's share of money for its share of ordinaries, entry for
// exit EBITDA; the working capital adjustment signed the wrong way or left out, trapped cash,
// finance leases and debt-like items mishandled, a revolver commitment for the drawn amount; a
// collar applied as a threshold, items the definition excludes counted in or items it counts left
// out; permitted leakage or non-leakage counted, leakage items left out; a ticking fee over a
// 360-day year, on enterprise value, from signing or left out; an earn-out uncapped, paid on the
// whole EBITDA, netted across years, on reported EBITDA, with the cap on the EBITDA or the first
// year's threshold throughout; claims on an escrow left out, deducted twice or kept back after
// withdrawal; a deductible basket paid as a tipping one, de minimis claims counted or deducted per
// claim, disclosed matters counted, the basket on enterprise value, a surviving claim taken as out
// of time; a retention dropped down early, per claim, on equity value or doubled by the seller's
// layer, defence costs left out; a termination fee on enterprise value, on basic shares, without
// the treasury stock method or at the undisturbed price; a covenant cushion as debt headroom, at
// the wrong step of the schedule, with second-lien debt, gross of cash or on reported EBITDA; a
// true-up against the peg instead of the estimate, a true-up item left out or signed the wrong
// way, the buyer's statement before the expert's ruling.

const money = usd(2)
const whole = usd(0)
const DOLLAR = 'to the nearest dollar (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const PCT1 = 'as a percentage to one decimal place (a half rounded up)'
const MILLION = 'in millions of dollars to two decimal places (a half rounded up)'
const TIMES = 'as a multiple to two decimal places (a half rounded up)'
/** Millions of dollars to the hundredth: `$412.35 million`. */
const million = (x: Fraction): string => `$${fixed(x, 2)} million`
/** A multiple to two places: `5.23x`. */
const times = (x: Fraction): string => `${fixed(x, 2)}x`
/** A rate as a percentage to one place: `17.5%`. */
const pct1 = (x: Fraction): string => `${fixed(mul(x, 100), 1)}%`
/** A figure drawn in tenths of a million dollars, as millions. */
const M = (t: number): Fraction => frac(t, 10)
/** A figure drawn in tenths of a million dollars, as a stem writes it: `$412.5 million`. */
const mText = (t: number): string => `$${fixed(frac(t, 10), 1)} million`
/** A multiple drawn in tenths, as a stem writes it: `5.5x`. */
const xText = (t: number): string => `${fixed(frac(t, 10), 1)}x`
/** A multiple drawn in hundredths, as a stem writes it: `5.75x`. */
const x2Text = (h: number): string => `${fixed(frac(h, 100), 2)}x`
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** A tenth of a percent as a rate, and as a stem writes it. */
const tp = (t: number): Fraction => frac(t, 1000)
const tpText = (t: number): string => `${fixed(frac(t, 10), 1)}%`
/** `x` to the nearest multiple of `to`. */
const near = (x: number, to: number): number => Math.round(x / to) * to
/** `x` scaled by a percentage drawn from `low` to `high` (in tenths), to the nearest `to`. */
const part = (rng: Rng, x: number, low: number, high: number, to = 1): number =>
  near((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000, to)

const lt = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
const min = (a: Fraction, b: Fraction): Fraction => (lt(a, b) ? a : b)
const pos = (x: Fraction): Fraction => (lt(x, frac(0)) ? frac(0) : x)
/**
 * A draw whose key has at least three named slips on each side, so the key's rank among the values
 * can be aimed; any other draw is refused.
 */
function balanced(w: Worked, scale?: number): Worked {
  const under = w.wrong.filter(([x]) => lt(x, w.key)).length
  const over = w.wrong.filter(([x]) => lt(w.key, x)).length
  if (under < 3 || over < 3) rest()
  // An amount that repeats one the stem states (a clamp at zero leaving one claim, a sum that
  // happens to equal a drawn amount) would point at itself or away from the key: refused. `scale`
  // is how many of the figures' units make one of the answer's (10 for tenths of a million).
  if (scale !== undefined) {
    const figs = Object.values(w.figures).map(BigInt)
    const echoes = (x: Fraction) => figs.some((v) => BigInt(scale) * x.n === v * x.d)
    if ([w.key, ...w.wrong.map(([x]) => x)].some(echoes)) rest()
  }
  return w
}

/**
 * The yearly rate with (1 + rate)^years = ratio, rounded half up to a tenth of a percent, exactly:
 * the largest k with (1 + (k − ½)/1000)^years ≤ ratio, by bisection. A ratio too small for the
 * search refuses the draw.
 */
function annualRate(ratio: Fraction, years: number): Fraction {
  const y = BigInt(years)
  const atMost = (k: bigint) => (2000n + 2n * k - 1n) ** y * ratio.d <= ratio.n * 2000n ** y
  let lo = -999n
  let hi = 100000n
  if (!atMost(lo)) rest()
  while (lo < hi) {
    const mid = (lo + hi + 1n) / 2n
    if (atMost(mid)) lo = mid
    else hi = mid - 1n
  }
  return frac(lo, 1000)
}

/** Days from December 31, 2025 to a day of 2026. */
const dayOf2026 = (month: number, day: number): number =>
  (Date.UTC(2026, month - 1, day) - Date.UTC(2025, 11, 31)) / 86400000
const dateText = (month: number, day: number): string => `${MONTH_NAMES[month - 1]} ${day}, 2026`

export const CLOSING_FAMILIES: ScenarioFamily[] = [
  apart('sponsor-equity-as-the-plug-of-sources-and-uses', (rng) => {
    const E = rng.int(300, 1500)
    const m = rng.int(80, 130)
    const D = near((E * rng.int(15, 35)) / 10, 1)
    const s = rng.int(30, 45)
    const j = rng.int(10, 20)
    const f = rng.pick([20, 25, 30])
    const A = near((E * m * rng.int(10, 25)) / 10000, 1)
    const C = near((E * rng.int(10, 30)) / 100, 1)
    const R = near((E * rng.int(20, 60)) / 100, 1)
    const EV = mul(M(E), frac(m, 10))
    const TL = mul(M(E), frac(s, 10))
    const NT = mul(M(E), frac(j, 10))
    const debt = add(TL, NT)
    const fees = mul(tp(f), debt)
    const key = sub(add(EV, M(A), fees, M(C)), add(debt, M(R)))
    return balanced(
      {
        stem: `A private equity sponsor is buying a company with LTM EBITDA of ${mText(E)} on a cash-free, debt-free basis at an enterprise value of ${xText(m)} EBITDA: the sellers receive the enterprise value less the company’s existing debt of ${mText(D)}, which the buyer repays at closing. Sources: a senior term loan of ${xText(s)} EBITDA, senior notes of ${xText(j)} EBITDA, ${mText(R)} of equity that management rolls over from its sale proceeds, and the sponsor’s cash equity, which is the plug that balances sources and uses. Uses, besides the purchase and the repaid debt: financing fees of ${tpText(f)} of the debt raised, advisory, legal and diligence fees of ${mText(A)}, and ${mText(C)} of cash put on the balance sheet at closing. What is the sponsor’s cash equity, ${MILLION}?`,
        show: million,
        figures: { E, m, D, s, j, f, A, C, R },
        key,
        wrong: [
          [sub(key, fees), 'leaves out the financing fees'],
          [sub(key, M(A)), 'leaves out the advisory, legal and diligence fees'],
          [sub(key, M(D)), 'counts only the equity paid to the sellers, not the repaid debt'],
          [sub(key, M(C)), 'leaves out the cash put on the balance sheet'],
          [add(key, M(R)), 'leaves out management’s rollover as a source'],
          [add(key, NT), 'leaves out the senior notes as a source'],
          [add(sub(key, fees), mul(tp(f), EV)), 'takes the financing fees on the enterprise value'],
        ],
      },
      10,
    )
  }),
  apart('pro-forma-total-net-leverage-after-an-add-on', (rng) => {
    const E1 = rng.int(400, 1200)
    const E2 = near((E1 * rng.int(15, 35)) / 100, 1)
    const c = rng.pick([10, 15])
    const S = near(((E1 + E2) * c * rng.int(115, 180)) / 10000, 1)
    const T1 = near((E1 * rng.int(45, 60)) / 10, 1)
    const T2 = near((E2 * rng.int(40, 60)) / 10, 1)
    const V = near((E1 * rng.int(3, 8)) / 10, 1)
    const VC = V + near((E1 * rng.int(5, 12)) / 10, 5)
    const K = near((E1 * rng.int(2, 6)) / 10, 1)
    const K0 = K + near((E2 * rng.int(10, 30)) / 10, 1)
    const base = E1 + E2
    const syn = min(M(S), mul(pc(c), M(base)))
    const ebitda = add(M(base), syn)
    const lev = (debt: number, cash: number, e: Fraction) => div(M(debt - cash), e)
    const all = T1 + T2 + V
    return balanced({
      stem: `A sponsor-owned platform with LTM EBITDA of ${mText(E1)} buys an add-on with LTM EBITDA of ${mText(E2)}, funded by an incremental term loan of ${mText(T2)} and ${mText(K0 - K)} of the platform’s cash, which falls from ${mText(K0)} to ${mText(K)} at closing. The platform’s existing term loan is ${mText(T1)} and ${mText(V)} is drawn on its ${mText(VC)} revolving credit facility. Management expects run-rate cost synergies of ${mText(S)}. The credit agreement measures total net leverage as funded debt (term loans and drawn revolver) less all cash, divided by Consolidated EBITDA, which is pro forma for the acquisition: both companies’ LTM EBITDA plus run-rate synergies, with synergies counted only up to ${c}% of the EBITDA before them. What is total net leverage immediately after closing, ${TIMES}?`,
      show: times,
      figures: { E1, E2, c, S, T1, T2, V, VC, K, K0 },
      key: lev(all, K, ebitda),
      wrong: [
        [lev(all, 0, ebitda), 'leaves the cash out (gross leverage)'],
        [lev(all, K, M(base)), 'leaves out the synergies'],
        [lev(all, K, M(base + S)), 'counts the synergies without the cap'],
        [lev(T1 + V, K, ebitda), 'leaves out the incremental term loan'],
        [lev(all, K, add(M(E1), min(M(S), mul(pc(c), M(E1))))), 'leaves out the add-on’s EBITDA'],
        [
          lev(T1 + T2 + VC, K, ebitda),
          'counts the revolver commitment instead of the drawn amount',
        ],
        [lev(all, K0, ebitda), 'nets the cash held before the deal'],
      ],
    })
  }),
  apart('term-loan-balance-after-a-stepped-cash-sweep', (rng) => {
    const B = rng.int(2000, 6000)
    const F1 = near((B * rng.int(50, 110)) / 1000, 1)
    const F2 = near((B * rng.int(50, 110)) / 1000, 1)
    const F3 = near((B * rng.int(50, 110)) / 1000, 1)
    const A = mul(M(B), pc(1))
    const rates = [frac(1, 2), frac(1, 2), frac(1, 4)]
    const F = [M(F1), M(F2), M(F3)]
    /** The balance after `years` years, amortising `amort` and sweeping `sweep(i)` in year i. */
    const after = (years: number, amort: Fraction, sweep: (i: number) => Fraction) =>
      sub(M(B), add(mul(amort, years), ...Array.from({ length: years }, (_, i) => sweep(i))))
    const ecf = (i: number) => sub(F[i]!, A)
    return balanced(
      {
        stem: `A term loan B of ${mText(B)} amortises 1% of its original principal a year, paid at each year end. The credit agreement also sweeps excess cash flow at each year end: the borrower prepays 50% of the year’s excess cash flow while total leverage is above 4.0x and 25% once it is at or below 4.0x. As stated for this exercise, excess cash flow is the year’s free cash flow (after interest, tax, capital expenditure and working capital, before any debt repayment) less the scheduled amortisation; leverage is above 4.0x in years 1 and 2 and at or below it in year 3. Free cash flow is ${mText(F1)} in year 1, ${mText(F2)} in year 2 and ${mText(F3)} in year 3; no other debt is repaid and any other cash is kept. What is the term loan’s balance at the end of year 3, ${MILLION}?`,
        show: million,
        figures: { B, F1, F2, F3 },
        key: after(3, A, (i) => mul(rates[i]!, ecf(i))),
        wrong: [
          [
            after(3, A, (i) => mul(rates[i]!, F[i]!)),
            'sweeps the free cash flow before amortisation',
          ],
          [after(3, A, (i) => mul(frac(1, 2), ecf(i))), 'sweeps 50% in every year'],
          [after(3, A, ecf), 'sweeps all of the excess cash flow'],
          [
            after(3, frac(0), (i) => mul(rates[i]!, F[i]!)),
            'leaves out the scheduled amortisation',
          ],
          [after(3, A, () => frac(0)), 'leaves out the cash sweep'],
          [after(2, A, (i) => mul(rates[i]!, ecf(i))), 'stops at the end of year 2'],
        ],
      },
      10,
    )
  }),
  apart('sponsor-irr-from-entry-and-exit-equity', (rng) => {
    // The rate is drawn in hundredths of a percent, never with a 5 in the hundredths (so the
    // answer to one place sits clear of a rounding edge), and the exit equity is the entry equity
    // grown at it, to the nearest dollar: the key is then that rate to one place, any digit.
    const T = rng.int(2, 5)
    const h = rng.int(100, 299) * 10 + rng.pick([0, 1, 2, 3, 4, 6, 7, 8, 9])
    const E0 = rng.int(6000, 40000) * 10000
    const up = BigInt(E0) * BigInt(10000 + h) ** BigInt(T)
    const per = 10000n ** BigInt(T)
    const Xe = Number((2n * up + per) / (2n * per))
    const D0 = near((E0 * rng.int(100, 180)) / 100, 100000)
    const Dx = near((D0 * rng.int(70, 100)) / 100, 100000)
    const Cx = near((E0 * rng.int(3, 10)) / 100, 100000)
    const EVx = near(((Xe + Dx - Cx) * rng.int(1015, 1030)) / 1000, 100000)
    const XC = EVx - (Xe + Dx - Cx)
    if (XC <= 0) rest()
    const Y = rng.int(2017, 2025 - T)
    const moic = frac(Xe, E0)
    return balanced({
      stem: `A sponsor bought a company on June 30, ${Y} for an enterprise value of ${dol(E0 + D0)}, funded with ${dol(D0)} of debt and ${dol(E0)} of its own equity. On June 30, ${Y + T} it sold the company for an enterprise value of ${dol(EVx)} on a cash-free, debt-free basis: the company’s debt of ${dol(Dx)} was repaid from the price, the buyer also paid the sponsor for the company’s cash of ${dol(Cx)}, and the sponsor paid exit transaction costs of ${dol(XC)}. There were no other flows between the sponsor and the company (no dividends, fees or further equity). What was the sponsor’s IRR, the compound annual rate that grows the equity invested into the net proceeds over the holding period, ${PCT1}?`,
      show: pct1,
      figures: { T, E0, D0, Dx, Cx, XC, EVx, Y },
      key: annualRate(moic, T),
      wrong: [
        [div(sub(moic, 1), T), 'averages the total return over the years instead of compounding'],
        [annualRate(frac(EVx, E0 + D0), T), 'compounds the enterprise values (unlevered)'],
        [annualRate(frac(EVx - XC, E0), T), 'leaves out the net debt at exit'],
        [annualRate(frac(Xe + XC, E0), T), 'leaves out the exit costs'],
        [annualRate(frac(Xe - Cx, E0), T), 'deducts the debt without adding back the cash'],
        [annualRate(moic, T + 1), `counts the ${T + 1} calendar years touched`],
        [sub(moic, 1), 'gives the total return, not annualised'],
      ],
    })
  }),
  apart('sponsor-moic-with-a-dividend-recap-and-incentive-pool', (rng) => {
    const S = rng.int(800, 3000)
    const p = rng.int(85, 95)
    const D = near((S * rng.int(30, 60)) / 100, 1)
    const X = near((((S * 100) / p) * rng.int(170, 300)) / 100, 1)
    const Dx = near((X * rng.int(60, 120)) / 100, 1)
    const Cx = near((X * rng.int(3, 10)) / 100, 1)
    const EVx = X + Dx - Cx
    const m = rng.int(5, 10)
    const sp = pc(p)
    const keep = pc(100 - m)
    const moic = (div_: Fraction | number, exit: Fraction, cost: Fraction) =>
      div(mul(sp, add(div_, exit)), cost)
    return balanced({
      stem: `A sponsor invested ${mText(S)} for ${p}% of a company’s ordinary shares; management holds the other ${100 - p}%. In year 2 the company borrowed ${mText(D)} and paid all of it to the shareholders as a dividend, pro rata. At the end of year 5 the company is sold for an enterprise value of ${mText(EVx)} on a cash-free, debt-free basis, when it has ${mText(Dx)} of debt (the dividend borrowing included) and ${mText(Cx)} of cash. A management incentive plan pays management ${m}% of the exit equity value (enterprise value − debt + cash) before the shareholders share the rest pro rata. There are no other flows. What is the sponsor’s multiple of money (all cash received ÷ cash invested), ${TIMES}?`,
      show: times,
      figures: { S, p, D, Dx, Cx, EVx, m },
      key: moic(M(D), mul(keep, M(X)), M(S)),
      wrong: [
        [moic(0, mul(keep, M(X)), M(S)), 'leaves out the dividend'],
        [
          moic(M(D), mul(keep, M(X - D)), M(S)),
          'deducts the dividend borrowing from the exit again',
        ],
        [
          moic(M(D), sub(M(X), mul(pc(m), M(EVx))), M(S)),
          'takes the incentive plan on enterprise value',
        ],
        [moic(M(D), mul(keep, M(X - Cx)), M(S)), 'deducts the debt without adding back the cash'],
        [moic(M(D), M(X), M(S)), 'leaves out the incentive plan'],
        [div(add(M(D), mul(keep, M(X))), M(S)), 'counts all the proceeds, not the sponsor’s share'],
        [moic(0, mul(keep, M(X)), sub(M(S), mul(sp, M(D)))), 'nets the dividend from the cost'],
      ],
    })
  }),
  apart('management-sweet-equity-proceeds-behind-pik-loan-notes', (rng) => {
    const E0 = rng.int(300, 1000)
    const m0 = rng.int(80, 120)
    const EV0 = (E0 * m0) / 10
    const I = near((EV0 * rng.int(40, 50)) / 100, 1)
    const L = near((I * rng.int(70, 90)) / 100, 1)
    const Os = I - L
    const Om = near((I * rng.int(5, 20)) / 1000, 1)
    const sh = rng.int(10, 20)
    const i = rng.pick([8, 10, 12])
    const T = rng.int(3, 5)
    const Ex = near((E0 * rng.int(130, 170)) / 100, 1)
    const mx = m0 + rng.int(-10, 10)
    const Dx = near(((EV0 - I) * rng.int(50, 90)) / 100, 1)
    const Cx = near((Ex * rng.int(10, 40)) / 100, 1)
    const XC = near((Ex * mx * rng.int(15, 25)) / 10000, 1)
    const notes = mul(M(L), frac((100 + i) ** T, 100 ** T))
    const ev = (e: number) => mul(M(e), frac(mx, 10))
    const left = (value: Fraction, owed: Fraction) => sub(value, add(M(Dx - Cx + XC), owed))
    const key = mul(pc(sh), left(ev(Ex), notes))
    return balanced(
      {
        stem: `At a buyout the sponsor put in ${mText(I)}: ${mText(L)} as shareholder loan notes and ${mText(Os)} for ordinary shares; management paid ${mText(Om)} for ${sh}% of the ordinary shares, the sponsor holding the rest. The loan notes carry a payment-in-kind coupon of ${i}% a year, compounded annually, and are repaid with all rolled-up interest on exit, ahead of the ordinary shares. EBITDA was ${mText(E0)} at entry. Exactly ${T} years after the buyout the company is sold at ${xText(mx)} exit EBITDA of ${mText(Ex)}, on a cash-free, debt-free basis: its debt of ${mText(Dx)} is repaid from the price, the buyer also pays for its cash of ${mText(Cx)}, and exit costs of ${mText(XC)} are paid from the proceeds. What do management’s ordinary shares receive, ${MILLION}?`,
        show: million,
        figures: { E0, I, L, Om, sh, i, T, Ex, mx, Dx, Cx, XC },
        key,
        wrong: [
          [
            mul(pc(sh), left(ev(Ex), mul(M(L), add(1, mul(pc(i), T))))),
            'rolls the coupon up at simple interest',
          ],
          [mul(pc(sh), left(ev(Ex), M(L))), 'repays the loan notes at par'],
          [mul(pc(sh), add(left(ev(Ex), notes), M(XC))), 'leaves out the exit costs'],
          [
            mul(frac(Om, I + Om), left(ev(Ex), notes)),
            'takes management’s share of all money invested',
          ],
          [
            mul(pc(sh), sub(left(ev(Ex), notes), M(Cx))),
            'deducts the debt without adding back the cash',
          ],
          [mul(pc(sh), left(ev(E0), notes)), 'applies the exit multiple to entry EBITDA'],
        ],
      },
      10,
    )
  }),
  apart('equity-price-from-a-cash-free-debt-free-bridge', (rng) => {
    const H = rng.int(400, 3000) * 100000
    const C = part(rng, H, 2, 6, 1000)
    const Tc = part(rng, C, 15, 40, 1000)
    const TL = part(rng, H, 20, 35, 1000)
    const V = part(rng, H, 2, 6, 1000)
    const VC = V + part(rng, H, 3, 8, 100000)
    const FL = part(rng, H, 0.5, 2, 1000)
    const B = part(rng, H, 0.3, 1, 1000)
    const Tx = part(rng, H, 0.5, 1.5, 1000)
    const P = part(rng, H, 10, 15, 100000)
    const N = P + part(rng, H, 0.5, 2, 1000)
    const price = (cash: number, debt: number, like: number, nwc: number) =>
      frac(H + cash - debt - like + nwc)
    const d = N - P
    const debt = TL + V + FL
    return balanced(
      {
        stem: `A buyer pays a headline enterprise value of ${dol(H)} for a company on a cash-free, debt-free basis with a normal level of working capital: the equity price is the enterprise value plus Cash, less Debt and Debt-like Items, plus closing net working capital above the peg (or less any shortfall below it). At closing the company has cash of ${dol(C)}, of which ${dol(Tc)} is trapped in a foreign subsidiary and excluded from Cash by the SPA; Debt is its term loan of ${dol(TL)}, ${dol(V)} drawn on a ${dol(VC)} revolving credit facility and finance lease liabilities of ${dol(FL)}; Debt-like Items are unpaid transaction bonuses of ${dol(B)}, employer taxes included, and income tax of ${dol(Tx)} accrued for pre-closing periods. Closing net working capital is ${dol(N)} against a peg of ${dol(P)}. What equity price does the buyer pay at closing, ${DOLLAR}?`,
        show: whole,
        figures: { H, C, Tc, TL, V, VC, FL, B, Tx, P, N },
        key: price(C - Tc, debt, B + Tx, d),
        wrong: [
          [price(C - Tc, debt, B + Tx, -d), 'signs the working capital adjustment the wrong way'],
          [price(C - Tc, debt, B + Tx, 0), 'leaves out the working capital adjustment'],
          [price(0, debt, B + Tx, d), 'leaves out the cash'],
          [
            price(C - Tc, TL + VC + FL, B + Tx, d),
            'deducts the revolver commitment, not the drawn amount',
          ],
          [price(C, debt, B + Tx, d), 'counts the trapped cash'],
          [price(C - Tc, debt, 0, d), 'leaves out the debt-like items'],
          [price(C - Tc, TL + V, B + Tx, d), 'leaves out the finance leases'],
        ],
      },
      1,
    )
  }),
  apart('working-capital-shortfall-beyond-a-collar', (rng) => {
    // Every amount in whole thousands, as a completion statement in $000 gives them: with the
    // balances in hundreds and the collar in thousands, the key and the whole shortfall alone
    // shared their last three digits.
    const AR = rng.int(8000, 30000) * 1000
    const IG = part(rng, AR, 60, 120, 1000)
    const OP = part(rng, IG, 3, 8, 1000)
    const PP = part(rng, AR, 5, 10, 1000)
    const AP = part(rng, AR, 50, 80, 1000)
    const AC = part(rng, AR, 15, 25, 1000)
    const DP = part(rng, AR, 3, 8, 1000)
    const CA = part(rng, AR, 2, 5, 1000)
    const TX = part(rng, AR, 3, 6, 1000)
    const CD = part(rng, AR, 5, 10, 1000)
    const NWC = AR + IG - OP + PP - AP - AC - DP
    const Q = part(rng, NWC, 1, 3, 1000)
    const X = near((Math.max(CA, OP, DP) * rng.int(120, 300)) / 100, 1000)
    const PEG = NWC + Q + X
    const beyond = (nwc: number) => frac(PEG - nwc - Q)
    return balanced(
      {
        stem: `An SPA adjusts the price for closing net working capital against a peg of ${dol(PEG)}, with a collar: if closing net working capital falls short of the peg by no more than ${dol(Q)} there is no adjustment; if it falls short by more, the price falls by the shortfall in excess of ${dol(Q)}. The SPA defines net working capital as trade receivables, prepayments and inventory (net of its obsolescence provision), less trade payables, accrued liabilities and customer deposits; cash, income taxes and debt (the current portion of long-term debt included) are excluded. At closing: trade receivables ${dol(AR)}, inventory ${dol(IG)} before an obsolescence provision of ${dol(OP)}, prepayments ${dol(PP)}, trade payables ${dol(AP)}, accrued liabilities ${dol(AC)}, customer deposits ${dol(DP)}, cash ${dol(CA)}, income taxes payable ${dol(TX)} and current portion of long-term debt ${dol(CD)}. By how much does the price fall, ${DOLLAR}?`,
        show: whole,
        figures: { AR, IG, OP, PP, AP, AC, DP, CA, TX, CD, PEG, Q },
        key: beyond(NWC),
        wrong: [
          [frac(PEG - NWC), 'takes the whole shortfall once it passes the collar'],
          [beyond(NWC + CA), 'counts the cash in working capital'],
          [beyond(NWC + OP), 'takes inventory before the obsolescence provision'],
          [beyond(NWC + DP), 'leaves out the customer deposits'],
          [beyond(NWC - CD), 'counts the current portion of debt in working capital'],
          [beyond(NWC - TX), 'counts the income taxes payable in working capital'],
        ],
      },
      1,
    )
  }),
  apart('locked-box-leakage-the-buyer-can-claim', (rng) => {
    const DV = rng.int(500, 3000) * 1000
    const PL = rng.int(4, 12) * 25000
    // Every amount in whole thousands: an odd tail on one of them would mark which options
    // share it with the key.
    const MF = PL + rng.int(3, 24) * 5000
    const TB = rng.int(200, 1500) * 1000
    const PT = part(rng, TB, 1.5, 8, 1000)
    const AV = rng.int(300, 2000) * 1000
    const W = rng.int(100, 800) * 1000
    const SA = rng.int(100, 400) * 1000
    const TF = rng.int(200, 900) * 1000
    const leak = DV + (MF - PL) + TB + PT + AV + W
    return balanced(
      {
        stem: `A share purchase is priced on a locked box at March 31, 2026: between that date and completion the target paid its seller a dividend of ${dol(DV)}, paid the seller’s fund manager monitoring fees of ${dol(MF)}, paid managers transaction bonuses of ${dol(TB)} with employer payroll taxes of ${dol(PT)} on them, paid the seller’s own sale advisers ${dol(AV)}, and waived a loan of ${dol(W)} owed to it by a company of the seller’s group. It also paid ${dol(SA)} of salaries to seller-appointed directors under their existing contracts. The SPA defines leakage as any dividend or other payment to the seller or its group (its fund manager included), any debt of theirs waived, and any transaction bonus or seller’s transaction cost borne by the company, with the employer taxes on them; it lists as permitted leakage monitoring fees up to ${dol(PL)} and salaries paid to directors under existing contracts in the ordinary course. The buyer also pays the seller a ticking fee of ${dol(TF)} for the period. How much leakage can the buyer claim back from the seller, dollar for dollar, ${DOLLAR}?`,
        show: whole,
        figures: { DV, PL, MF, TB, PT, AV, W, SA, TF },
        key: frac(leak),
        wrong: [
          [frac(leak - PT), 'leaves out the payroll taxes on the bonuses'],
          [frac(leak - W), 'leaves out the waived loan'],
          [frac(leak - MF + PL), 'treats all the monitoring fees as permitted'],
          [frac(leak + PL), 'counts the permitted monitoring fees'],
          [frac(leak + SA), 'counts the directors’ contractual salaries'],
          [frac(leak + TF), 'counts the ticking fee as leakage'],
        ],
      },
      1,
    )
  }),
  apart('locked-box-completion-payment-with-a-ticking-fee', (rng) => {
    const EQ = rng.int(50, 400) * 1000000 + rng.int(0, 99) * 10000
    const ND = part(rng, EQ, 20, 60, 10000)
    const t = rng.int(40, 90)
    const sm = rng.int(2, 3)
    const sd = rng.int(1, 28)
    const cm = rng.int(4, 6)
    const cd = rng.int(1, 28)
    // The payments to the seller in cents: in whole dollars every option that keeps the ticking
    // fee shared its cents with the key.
    const L = rng.int(20000000, 200000000)
    const PL = part(rng, L, 10, 40, 1)
    const days = dayOf2026(cm, cd)
    const signed = dayOf2026(sm, sd)
    const tick = (base: number, d: number, year: number) => mul(base, tp(t), frac(d, year))
    const pay = (fee: Fraction, leakCents: number) => sub(add(EQ, fee), frac(leakCents, 100))
    return balanced(
      {
        stem: `An SPA prices a company’s shares on a locked box at December 31, 2025: an equity price of ${dol(EQ)} (its net debt at that date was ${dol(ND)}, so its enterprise value was ${dol(EQ + ND)}). The buyer also pays the seller a ticking fee on the equity price at ${tpText(t)} a year, simple interest on an actual/365 basis, for each day from the day after the locked-box date up to and including the completion date. The SPA was signed on ${dateText(sm, sd)} and completed on ${dateText(cm, cd)}. Between the locked-box date and completion the company paid the seller ${money(frac(L, 100))}, of which ${money(frac(PL, 100))} is permitted leakage listed in the SPA (already priced in); the rest is leakage, deducted from the price at completion. What does the buyer pay at completion, ${CENTS}?`,
        show: money,
        figures: { EQ, ND, t, sm, sd, cm, cd, L, PL },
        key: pay(tick(EQ, days, 365), L - PL),
        wrong: [
          [pay(tick(EQ, days, 360), L - PL), 'counts a 360-day year'],
          [pay(tick(EQ + ND, days, 365), L - PL), 'takes the ticking fee on the enterprise value'],
          [pay(tick(EQ, days, 365), 0), 'leaves the leakage in'],
          [pay(frac(0), L - PL), 'leaves out the ticking fee'],
          [pay(tick(EQ, days - signed, 365), L - PL), 'runs the ticking fee from signing'],
          [pay(tick(EQ, days, 365), L), 'deducts the permitted leakage too'],
        ],
      },
      1,
    )
  }),
  apart('three-year-earn-out-with-an-annual-cap', (rng) => {
    const T1 = rng.int(80, 200) * 100000
    const T2 = near((T1 * rng.int(110, 120)) / 100, 100000)
    const T3 = near((T2 * rng.int(110, 120)) / 100, 100000)
    const s = rng.pick([20, 25, 30, 35, 40])
    const Cy = rng.int(10, 30) * 100000
    const g = rng.int(2, 8) * 100000
    const e1 = near((((Cy * 100) / s) * rng.int(30, 85)) / 100, 1000)
    const e2 = near((((Cy * 100) / s) * rng.int(120, 200)) / 100, 1000)
    const E3 = near(T1 + ((T3 - T1) * rng.int(20, 80)) / 100, 1000)
    const E = [T1 + e1, T2 + e2, E3]
    const T = [T1, T2, T3]
    const R = E.map((x) => x - g)
    const share = pc(s)
    /** Each year's payment on `ebitda` over `thr`, capped at Cy unless `capped` is false. */
    const year = (ebitda: number, thr: number, capped = true) => {
      const p = pos(mul(share, ebitda - thr))
      return capped ? min(p, frac(Cy)) : p
    }
    const total = (xs: readonly Fraction[]) => add(...xs)
    const key = total(E.map((x, i) => year(x, T[i]!)))
    return balanced(
      {
        stem: `An SPA pays an earn-out for each of the three years after closing: ${s}% of the year’s earn-out EBITDA above that year’s threshold (${dol(T1)}, ${dol(T2)} and ${dol(T3)} for years 1 to 3), nothing for a year at or below its threshold, and at most ${dol(Cy)} for any one year; nothing is carried from one year to another (neither a shortfall nor an amount above the cap). Earn-out EBITDA is the target’s reported EBITDA before the buyer’s group management charge of ${dol(g)} a year, which the reported figures deduct. Reported EBITDA was ${dol(R[0]!)} in year 1, ${dol(R[1]!)} in year 2 and ${dol(R[2]!)} in year 3. What is the total earn-out paid for the three years, ${DOLLAR}?`,
        show: whole,
        figures: { T1, T2, T3, s, Cy, g, R1: R[0]!, R2: R[1]!, R3: R[2]! },
        key,
        wrong: [
          [total(E.map((x, i) => year(x, T[i]!, false))), 'leaves out the annual cap'],
          [
            total(E.map((x, i) => (x > T[i]! ? min(mul(share, x), frac(Cy)) : frac(0)))),
            'pays the share on the whole EBITDA once the threshold is met',
          ],
          [sub(key, mul(share, T3 - E3)), 'nets year 3’s shortfall against the other years'],
          [total(R.map((x, i) => year(x, T[i]!))), 'uses reported EBITDA after the group charge'],
          [
            total(E.map((x, i) => mul(share, min(pos(frac(x - T[i]!)), frac(Cy))))),
            'caps the excess EBITDA instead of the payment',
          ],
          [total(E.map((x) => year(x, T1))), 'applies the year 1 threshold to every year'],
        ],
      },
      1,
    )
  }),
  apart('general-escrow-release-net-of-claims', (rng) => {
    const P = rng.int(400, 2500) * 100000
    const e = rng.pick([50, 75, 100])
    const G = (P * e) / 1000
    const St = part(rng, G, 30, 80, 10000)
    const P1 = part(rng, G, 5, 20, 1000)
    const P2 = part(rng, G, 5, 20, 1000)
    const P3 = part(rng, G, 3, 15, 1000)
    const In = part(rng, G, 2, 6)
    const release = G + In - P1 - P2
    return balanced(
      {
        stem: `At closing the buyer paid ${dol(P)} for a company and placed ${tpText(e)} of that price in a general indemnity escrow, plus a separate special tax escrow of ${dol(St)} that is released only when the pre-closing tax years close. Eighteen months after closing the general escrow is released to the sellers, except that the escrow agent keeps back the amount of every claim notified on or before that date and not yet resolved. In those 18 months the buyer was paid ${dol(P1)} from the general escrow for an agreed claim, the general escrow account earned ${dol(In)} of interest (which belongs to the sellers), a claim of ${dol(P2)} was notified in month 14 and is unresolved, and a claim of ${dol(P3)} notified in month 9 was withdrawn by the buyer in month 16. How much does the escrow agent release to the sellers at 18 months, ${DOLLAR}?`,
        show: whole,
        figures: { P, e, St, P1, P2, P3, In },
        key: frac(release),
        wrong: [
          [frac(release - In), 'leaves out the interest earned'],
          [frac(release - P1), 'deducts the paid claim again from the balance'],
          [frac(release - P3), 'keeps back the withdrawn claim'],
          [frac(release + St), 'releases the special tax escrow too'],
          [frac(release + P2), 'keeps nothing back for the unresolved claim'],
          [frac(release + P1), 'leaves out the claim already paid'],
        ],
      },
      1,
    )
  }),
  apart('indemnity-recovery-under-a-deductible-basket', (rng) => {
    const P = rng.int(50, 300) * 1000000
    const ND = part(rng, P, 20, 60, 100000)
    const bp = rng.pick([50, 75, 100])
    const c = rng.pick([10, 15, 20])
    const dm = rng.int(2, 8) * 25000
    const k = [0, 1, 2].map(() => near((P * rng.int(400, 1000)) / 100000, 1000))
    const sm = [0, 1].map(() => near((dm * rng.int(30, 90)) / 100, 1000))
    const x = near((P * rng.int(200, 600)) / 100000, 1000)
    const tc = near((P * rng.int(100, 400)) / 100000, 1000)
    const K = k[0]! + k[1]! + k[2]!
    const basket = mul(P, frac(bp, 10000))
    const rec = (claims: number, b: Fraction, tax: number) => add(pos(sub(claims, b)), tax)
    const key = rec(K, basket, tc)
    // No working clamps at zero: the claims pass the basket even on the wider readings.
    if (!lt(mul(P + ND, frac(bp, 10000)), frac(K - 3 * dm))) rest()
    if (!lt(key, mul(pc(c), P))) rest()
    return balanced(
      {
        stem: `An SPA limits general warranty claims as follows: a claim below the de minimis of ${dol(dm)} is ignored entirely (also for the basket); claims at or above it are recoverable only to the extent their total exceeds a deductible basket of ${fixed(frac(bp, 100), 2)}% of the equity purchase price of ${dol(P)} (the enterprise value was ${dol(P + ND)}); the sellers’ liability for them is capped at ${c}% of the purchase price; they must be notified within 18 months of closing; and losses from matters fairly disclosed in the disclosure letter are excluded. The tax indemnity is separate: dollar for dollar from the first dollar, outside the de minimis, the basket and the general cap, and notifiable until 60 days after the statute of limitations of the tax year. Within 18 months the buyer notified warranty claims of ${dol(k[0]!)}, ${dol(k[1]!)}, ${dol(k[2]!)}, ${dol(sm[0]!)} and ${dol(sm[1]!)}, and a claim of ${dol(x)} for a matter fairly disclosed; in month 20 it notified a claim of ${dol(tc)} under the tax indemnity. Every loss is agreed at the amount claimed. How much does the buyer recover from the sellers, ${DOLLAR}?`,
        show: whole,
        figures: {
          P,
          ND,
          bp,
          c,
          dm,
          k1: k[0]!,
          k2: k[1]!,
          k3: k[2]!,
          s1: sm[0]!,
          s2: sm[1]!,
          x,
          tc,
        },
        key,
        wrong: [
          [frac(K + tc), 'pays from the first dollar (a tipping basket)'],
          [rec(K + sm[0]! + sm[1]!, basket, tc), 'counts the claims below the de minimis'],
          [rec(K + x, basket, tc), 'counts the fairly disclosed matter'],
          [rec(K - 3 * dm, basket, tc), 'deducts the de minimis from each claim'],
          [rec(K, mul(P + ND, frac(bp, 10000)), tc), 'takes the basket on the enterprise value'],
          [rec(K, basket, 0), 'treats the tax claim as out of time'],
        ],
      },
      1,
    )
  }),
  apart('rw-insurance-payment-above-the-retention', (rng) => {
    const EV = rng.int(100, 600) * 1000000
    const EQ = part(rng, EV, 55, 80, 100000)
    const DM = rng.int(2, 10) * 25000
    const R = EV / 100
    const LA = part(rng, R, 80, 250, 1000)
    const DA = part(rng, LA, 5, 20, 1000)
    const LB = part(rng, R, 60, 200, 1000)
    const LC = part(rng, R, 20, 80, 1000)
    const LD = near((DM * rng.int(30, 90)) / 100, 1000)
    const mo = rng.int(4, 10)
    const loss = LA + DA + LB
    const pay = (l: number, ret: number) => frac(l - ret)
    const key = pay(loss, R)
    if (!lt(key, frac(EV / 10))) rest()
    return balanced(
      {
        stem: `A buyer-side representations and warranties (R&W) insurance policy on an acquisition at an enterprise value of ${dol(EV)} (equity value ${dol(EQ)}) has a limit of 10% of enterprise value and an aggregate retention of 1% of enterprise value, dropping to 0.5% of enterprise value for claims notified more than 12 months after closing. The seller indemnifies the buyer for up to 0.5% of enterprise value of losses within the retention, from an escrow. The policy covers loss including defence costs, ignores any claim below its de minimis of ${dol(DM)} (such a claim does not erode the retention either) and excludes matters the deal team knew of before signing. In month ${mo} after closing the buyer notified three breaches: one with a loss of ${dol(LA)} and defence costs of ${dol(DA)}, one with a loss of ${dol(LB)}, and one of ${dol(LD)}; it also claimed ${dol(LC)} for a matter its deal team knew of before signing. Every loss is agreed at the amount claimed. What does the insurer pay, ${DOLLAR}?`,
        show: whole,
        figures: { EV, EQ, DM, LA, DA, LB, LC, LD, mo },
        key,
        wrong: [
          [pay(loss - DA, R), 'leaves out the defence costs'],
          [
            frac(Math.max(LA + DA - R, 0) + Math.max(LB - R, 0)),
            'applies the retention to each claim',
          ],
          [pay(loss, R + EV / 200), 'takes the seller’s layer off the payment as well'],
          [pay(loss, EV / 200), 'applies the retention after it drops'],
          [pay(loss + LC, R), 'counts the matter the deal team knew of'],
          [pay(loss + LD, R), 'counts the claim below the de minimis'],
          [pay(loss, EQ / 100), 'takes the retention on the equity value'],
        ],
      },
      1,
    )
  }),
  apart('termination-fee-on-diluted-equity-value', (rng) => {
    const Pr = rng.int(2000, 9000)
    const Pu = part(rng, Pr, 70, 80)
    const B = rng.int(20, 200) * 1000000 + rng.int(0, 999) * 1000
    const N1 = part(rng, B, 2, 6, 1000)
    const K1 = part(rng, Pr, 30, 65)
    const N2 = part(rng, B, 1, 3, 1000)
    const K2 = part(rng, Pr, 110, 140)
    const U = part(rng, B, 1, 2, 1000)
    const ND = part(rng, B * (Pr / 100), 10, 40, 1)
    const t = rng.pick([25, 30, 35])
    /** Equity value in dollars at a price in cents, options by the treasury stock method. */
    const equity = (price: number, shares: number, itm: number) =>
      frac(price * shares - itm * K1, 100)
    const fee = (x: Fraction) => mul(tp(t), x)
    return balanced(
      {
        stem: `A listed target agrees to pay a termination fee of ${tpText(t)} of the transaction’s equity value if its board changes its recommendation. The merger agreement defines equity value as the offer price times fully diluted shares: basic shares plus restricted stock units plus in-the-money options by the treasury stock method at the offer price (exercise proceeds buy back shares at that price, the share count not rounded); out-of-the-money options are left out. The offer is ${money(frac(Pr, 100))} a share in cash; the undisturbed share price before the approach was ${money(frac(Pu, 100))}. The target has ${n(B)} basic shares, ${n(U)} restricted stock units, ${n(N1)} options with an exercise price of ${money(frac(K1, 100))} and ${n(N2)} options with an exercise price of ${money(frac(K2, 100))}, and net debt of ${dol(ND)}. What is the termination fee, ${CENTS}?`,
        show: money,
        figures: { Pr, Pu, B, N1, K1, N2, K2, U, ND, t },
        key: fee(equity(Pr, B + U + N1, N1)),
        wrong: [
          [fee(add(equity(Pr, B + U + N1, N1), ND)), 'takes the fee on the enterprise value'],
          [
            fee(frac(Pr * (B + U + N1), 100)),
            'counts the options without the treasury stock method',
          ],
          [fee(equity(Pr, B + U + N1 + N2, N1)), 'counts the out-of-the-money options as shares'],
          [fee(frac(Pr * B, 100)), 'uses basic shares only'],
          [fee(equity(Pr, B + N1, N1)), 'leaves out the restricted stock units'],
          [fee(equity(Pu, B + U + N1, N1)), 'values the shares at the undisturbed price'],
        ],
      },
      1,
    )
  }),
  apart('ebitda-cushion-under-a-first-lien-leverage-covenant', (rng) => {
    const E = rng.int(400, 1500)
    const A = near((E * rng.int(5, 15)) / 100, 1)
    const CE = E + A
    const L1 = rng.pick([600, 575, 550])
    const L2 = L1 - 25
    const L3 = L1 - 50
    // Net debt is drawn as 65% to 90% of the maximum in ten-thousandths, so the cushion is no
    // whole percentage in disguise.
    const net = near((CE * L2 * rng.int(6500, 9000)) / 1000000, 1)
    const room = (CE * L2) / 100 - net
    const C = near((room * rng.int(20, 70)) / 100, 1)
    const V = near((CE * rng.int(2, 6)) / 10, 1)
    const F = net + C - V
    const S2 = near((room * rng.int(20, 70)) / 100, 1)
    const U = near((CE * rng.int(5, 15)) / 10, 1)
    const cushion = (debt: number, e: number, level: number) =>
      sub(1, div(frac(debt, 10), mul(frac(e, 10), frac(level, 100))))
    return balanced({
      stem: `A borrower’s credit agreement sets a maximum First Lien Net Leverage Ratio of ${x2Text(L1)} for test dates up to June 30, 2026, ${x2Text(L2)} for September 30, 2026 and ${x2Text(L3)} from December 31, 2026. The ratio is first-lien debt (the first-lien term loan and drawn revolver) less unrestricted cash, divided by Consolidated EBITDA, which is reported LTM EBITDA plus the add-backs the agreement permits. At the September 30, 2026 test date: first-lien term loan ${mText(F)}, revolver drawn ${mText(V)}, second-lien term loan ${mText(S2)}, senior unsecured notes ${mText(U)}, unrestricted cash ${mText(C)}; reported LTM EBITDA ${mText(E)} and permitted add-backs ${mText(A)}. With debt and cash unchanged, by what share could Consolidated EBITDA at this test date fall before the covenant is breached (a ratio equal to the maximum is not a breach), ${PCT2}?`,
      show: pct2,
      figures: { E, A, L1, F, V, S2, U, C },
      key: cushion(F + V - C, CE, L2),
      wrong: [
        [
          sub(div(mul(frac(CE, 10), frac(L2, 100)), frac(F + V - C, 10)), 1),
          'gives the headroom in debt, not EBITDA',
        ],
        [cushion(F - C, CE, L2), 'leaves out the drawn revolver'],
        [cushion(F + V - C, CE, L1), 'uses the level for the quarter before'],
        [cushion(F + V - C, CE, L3), 'uses the level for the quarter after'],
        [cushion(F + V + S2 - C, CE, L2), 'counts the second-lien loan as first-lien debt'],
        [cushion(F + V, CE, L2), 'leaves out the cash'],
        [cushion(F + V - C, E, L2), 'uses reported EBITDA without the add-backs'],
      ],
    })
  }),
  apart('post-closing-true-up-against-the-closing-estimates', (rng) => {
    const P = rng.int(100, 400) * 100000
    const Ne = P + part(rng, P, 1, 4, 100)
    const Nf = P - part(rng, P, 1, 4, 100)
    const X = part(rng, P, 0.3, 1, 100)
    const Nb = Nf - X
    const Ce = part(rng, P, 5, 20, 100)
    const dc = part(rng, Ne - Nf, 10, 40, 100)
    const Cf = Ce + dc
    const De = part(rng, P, 50, 150, 1000)
    const dd = part(rng, Ne - Nf, 10, 40, 100)
    const Df = De + dd
    const owed = (nwc: number, debt: number, cash: number) => frac(nwc + debt - cash)
    const dn = Ne - Nf
    return balanced(
      {
        stem: `A company was sold for an enterprise value plus cash, less debt, plus net working capital above its peg of ${dol(P)} (less any shortfall). At closing the price was paid on the seller’s estimates: net working capital ${dol(Ne)}, cash ${dol(Ce)} and debt ${dol(De)}. After closing the buyer’s closing statement showed net working capital of ${dol(Nb)}, cash of ${dol(Cf)} and debt of ${dol(Df)}; the seller disputed one working capital item and the independent accountant decided it in the seller’s favour, adding ${dol(X)} to net working capital, and cash and debt were agreed. The true-up settles the difference between the price on the final figures and the price paid at closing. How much does the seller pay the buyer, ${DOLLAR}?`,
        show: whole,
        figures: { P, Ne, Nb, X, Ce, Cf, De, Df },
        key: owed(dn, dd, dc),
        wrong: [
          [
            owed(P - Nf, dd, dc),
            'compares the final working capital with the peg, not the estimate',
          ],
          [owed(dn, 0, dc), 'leaves out the debt true-up'],
          [owed(dn, -dd, dc), 'signs the debt true-up the wrong way'],
          [owed(dn, dd, 0), 'leaves out the cash true-up'],
          [owed(dn, dd, -dc), 'signs the cash true-up the wrong way'],
          [owed(dn + X, dd, dc), 'uses the buyer’s statement before the accountant’s decision'],
        ],
      },
      1,
    )
  }),
]
