import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  rest,
  sub,
  usd,
} from './frm-text.js'

// Capital, liquidity and operational risk. The slips are a weight, conversion factor, haircut,
// run-off or funding factor of another class applied (a Basel II factor for its Basel III
// successor, stable for less stable, operational for non-operational), an off-balance-sheet item
// at its full amount or left out, a buffer, cap, deduction, floor or threshold left out, read on
// the wrong base or taken at its announced rather than its in-force level, a capital requirement
// mixed with its risk-weighted assets (12.5 left out or put in), CET1, Tier 1 and total capital
// confused, the wrong quartile, bucket or window, a marginal coefficient applied to the whole
// amount, a loss year kept or averaged over, recoveries, small losses or credit-related losses
// counted, expected loss, funding, costs or the return on capital left out of RAROC, and a
// quantile, expected shortfall or unweighted mean read for the figure the stem names.

const money = usd(2)
/** Millions of a currency to two places: `$1,234.57 million`. */
const mil = (x: Fraction): string => `$${fixed(x, 2)} million`
const eur = (x: Fraction): string => `€${fixed(x, 2)} million`
const MIL = 'in millions to two decimal places (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** Whole millions as a stem writes them. */
const $m = (d: number): string => `$${n(d)} million`
const em = (d: number): string => `€${n(d)} million`
/** Hundredths of a million euros as a stem writes them: 1234 → `€12.34 million`. */
const eh = (h: number): string => `€${fixed(frac(h, 100), 2)} million`
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${n(d)}`
/** A whole percent and a basis-point rate as fractions of one. */
const pc = (p: number): Fraction => frac(p, 100)
const bp = (b: number): Fraction => frac(b, 10000)
/** Basis points as a stem writes the rate: 150 → `1.5%`, 1234 → `12.34%`. */
const bpText = (b: number): string =>
  `${fixed(frac(b, 100), b % 100 === 0 ? 0 : b % 10 === 0 ? 1 : 2)}%`
/** Hundredths of a percent as a stem writes a probability: 5 → `0.05%`. */
const probText = (h: number): string => `${fixed(frac(h, 100), 2)}%`
/** `x` scaled by a drawn percentage from `low` to `high`, to a whole number. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** The larger of two fractions. */
const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
const max = (a: Fraction, b: Fraction): Fraction => (below(a, b) ? b : a)
const min = (a: Fraction, b: Fraction): Fraction => (below(a, b) ? a : b)

/** The payout share of earnings each MDA quartile allows (1 the lowest), 5 above the buffer. */
const PAYOUT = [0, 0, 20, 40, 60, 100] as const
/**
 * The quartile of the combined buffer a CET1 ratio `r` (basis points) falls in, the buffer being
 * `b` basis points above 4.5 %: a ratio on a boundary belongs to the lower quartile, and one above
 * the buffer is unrestricted (5). Compared in quarters of a basis point, so no edge is rounded.
 */
function quartile(r: number, b: number): number {
  for (let k = 1; k <= 4; k++) if (4 * r <= 4 * 450 + k * b) return k
  return 5
}

export const CAPITAL_FAMILIES: ScenarioFamily[] = [
  apart('credit-rwa-under-standardised-weights-and-conversion-factors', (rng) => {
    const S = rng.int(800, 3000)
    const B = rng.int(300, 1500)
    const C = rng.int(1500, 5000)
    const Mo = rng.int(1000, 4000)
    const R = rng.int(500, 2000)
    const U = rng.int(500, 2000)
    const Uc = rng.int(500, 3000)
    const T = rng.int(100, 600)
    const onBs = add(mul(B, pc(20)), C, mul(Mo, pc(30)), mul(R, pc(75)))
    // Each off-balance-sheet line: amount × CCF × weight.
    const off = (cu: number, cuc: number, ct: number) =>
      add(mul(U, pc(cu)), mul(Uc, pc(cuc), pc(75)), mul(T, pc(ct)))
    const key = add(onBs, off(40, 10, 20))
    return balanced({
      stem: `A bank works out its credit risk-weighted assets under the Basel III standardised approach (2017 final framework), with the weights and credit conversion factors (CCFs) stated for this exercise. On balance sheet it holds central government bonds of ${$m(S)} (weight 0%), exposures to banks rated AA− of ${$m(B)} (20%), corporate loans of ${$m(C)} (100%), residential mortgages with loan-to-value ratios between 60% and 80% of ${$m(Mo)} (30%) and regulatory retail loans of ${$m(R)} (75%). Off balance sheet it has undrawn committed facilities to corporates with an original maturity of one year or less, not unconditionally cancellable, of ${$m(U)} (CCF 40%, weight 100%), unconditionally cancellable retail credit card lines of ${$m(Uc)} (CCF 10%, weight 75%) and short-term self-liquidating trade letters of credit of ${$m(T)} (CCF 20%, weight 100%). Each off-balance-sheet amount times its CCF is the exposure that takes the weight. What are the bank's credit risk-weighted assets, ${MIL}?`,
      show: mil,
      figures: { S, B, C, Mo, R, U, Uc, T },
      key,
      wrong: [
        [
          add(onBs, U, mul(Uc, pc(75)), T),
          'weights the off-balance-sheet items at their full amount',
        ],
        [onBs, 'leaves the off-balance-sheet items out'],
        [add(onBs, off(40, 0, 20)), 'gives the cancellable card lines the Basel II CCF of 0%'],
        [
          add(onBs, off(20, 10, 20)),
          'gives the commitment the Basel II 20% CCF for a year or less',
        ],
        [add(key, mul(Mo, pc(70))), 'weights the mortgages at 100% like corporate loans'],
        [mul(key, pc(8)), 'gives the 8% capital requirement instead of the RWA'],
        [
          add(S, B, C, Mo, R, mul(U, pc(40)), mul(Uc, pc(10)), mul(T, pc(20))),
          'sums the exposures without their weights',
        ],
      ],
    })
  }),
  apart('tier-1-capital-ratio-after-deductions-with-market-and-operational-charges', (rng) => {
    const Rc = rng.int(30, 90) * 1000 + rng.int(0, 999)
    const Km = rng.int(300, 1500)
    const Ko = rng.int(800, 3000)
    const SH = rng.int(2000, 6000)
    const RE = rng.int(3000, 9000)
    const A = rng.int(100, 800)
    const GW = rng.int(300, 1500)
    const IN = rng.int(100, 600)
    const DL = rng.int(50, 300)
    const DT = rng.int(100, 500)
    const AT = rng.int(800, 2500)
    const T2 = rng.int(1000, 3500)
    const W = add(Rc, mul(frac(25, 2), Km + Ko))
    const TA = Math.round((Rc + 12.5 * (Km + Ko)) * (rng.int(200, 320) / 100))
    const cet1 = SH + RE + A - GW - IN - DL
    return balanced({
      stem: `A bank reports common shares and share premium ${$m(SH)}, retained earnings ${$m(RE)}, accumulated other comprehensive income ${$m(A)}, goodwill ${$m(GW)}, other intangible assets ${$m(IN)}, deferred tax assets arising from tax loss carryforwards ${$m(DL)}, deferred tax assets arising from temporary differences ${$m(DT)}, Additional Tier 1 instruments ${$m(AT)}, Tier 2 subordinated debt ${$m(T2)} and total assets ${$m(TA)}. Its credit risk-weighted assets are ${$m(Rc)}; its capital requirements are ${$m(Km)} for market risk and ${$m(Ko)} for operational risk. As stated for this exercise, goodwill, other intangibles and the loss-carryforward deferred tax assets are deducted in full from CET1 (ignore any related deferred tax liabilities); the temporary-difference deferred tax assets are below the threshold, so they are not deducted and are already risk-weighted in credit RWA; a capital requirement becomes risk-weighted assets at 12.5 times. What is the bank's Tier 1 capital ratio, ${PCT2}?`,
      show: pct2,
      figures: { Rc, Km, Ko, SH, RE, A, GW, IN, DL, DT, AT, T2, TA },
      key: div(cet1 + AT, W),
      wrong: [
        [div(cet1, W), 'gives the CET1 ratio, leaving out the AT1'],
        [div(cet1 + AT, TA), 'divides by total assets'],
        [div(cet1 + AT - DT, W), 'also deducts the temporary-difference tax assets'],
        [div(cet1 + AT + T2, W), 'gives the total capital ratio, counting the Tier 2'],
        [div(cet1 + AT + GW + IN + DL, W), 'makes no deductions'],
        [div(cet1 + AT, Rc + Km + Ko), 'adds the capital requirements without the 12.5 times'],
      ],
    })
  }),
  apart('cet1-to-raise-for-the-minimum-and-combined-buffer-in-a-stress', (rng) => {
    const W = rng.int(40, 160) * 1000 + rng.int(0, 999)
    const c = rng.pick([50, 100, 150, 200])
    const c2 = Math.min(250, c + rng.pick([50, 100]))
    const g = rng.pick([100, 150, 200, 250])
    const Q = 450 + 250 + c + g
    const r0 = Q - g - rng.int(60, 180)
    const CET1 = Math.round((r0 * W) / 10000)
    const D = Math.round((W * rng.int(30, 90)) / 10000)
    const G = CET1 + D
    // Additional Tier 1 of at least 1.5% of RWA leaves no CET1 tied up in the Tier 1 minimum.
    const AT = Math.ceil((W * rng.int(150, 200)) / 10000)
    const need = (req: number, capital: number) => sub(mul(W, bp(req)), capital)
    return balanced({
      stem: `In a stress scenario a global systemically important bank projects risk-weighted assets of ${$m(W)} and CET1 capital of ${$m(G)} before regulatory adjustments, with ${$m(D)} of goodwill and intangibles to deduct; it also has ${$m(AT)} of Additional Tier 1 instruments and more than 2% of RWA in Tier 2 capital, so its Tier 1 (6%) and total capital (8%) minimums need no CET1 beyond the 4.5%. Its CET1 requirement is the 4.5% minimum plus the combined buffer, all met with CET1: the 2.5% capital conservation buffer, the countercyclical buffer of ${bpText(c)} now in force (a rise to ${bpText(c2)} has been announced to apply in 12 months) and its G-SIB surcharge of ${bpText(g)}. How much CET1 must the bank add to meet its CET1 minimum plus combined buffer at the rates in force today, ${MIL}?`,
      show: mil,
      figures: { W, c, c2, g, G, D, AT },
      key: need(Q, CET1),
      wrong: [
        [need(Q - g, CET1), 'leaves out the G-SIB surcharge'],
        [need(Q, CET1 + AT), 'counts the AT1 toward the CET1'],
        [need(Q, G), 'leaves the deductions out'],
        [need(Q - c + c2, CET1), 'uses the announced countercyclical rate'],
        [need(Q + 150, CET1), 'stacks the buffers on the 6% Tier 1 minimum'],
        [need(Q + 350, CET1), 'stacks the buffers on the 8% total capital minimum'],
      ],
    })
  }),
  apart('maximum-distributable-amount-from-the-buffer-quartile', (rng) => {
    const c = rng.pick([50, 100, 150])
    const dc = rng.pick([50, 100])
    const g = rng.pick([100, 150, 200])
    const b = 250 + c + g
    const b2 = b + dc
    const k = rng.int(3, 4)
    // The ratio net of the AT1 shortfall sits low enough in quartile k that the announced
    // countercyclical rate drops it a quartile.
    const lo = Math.floor((1800 + (k - 1) * b) / 4) + 1
    const hi = Math.ceil((1800 + (k - 1) * b2) / 4) - 1
    if (hi < lo) rest()
    const rEff = rng.int(lo, hi)
    const sLo = Math.floor((1800 + k * b) / 4) + 1 - rEff
    if (sLo > 140) rest()
    const s = rng.int(Math.max(sLo, 20), 140)
    const a = 150 - s
    const r1 = rEff + s
    const kd = quartile(rEff, b2)
    const ku = quartile(r1, b)
    if (quartile(rEff, b) !== k || kd >= k || ku <= k) rest()
    const E = rng.int(800, 5000)
    const t = rng.int(20, 30)
    const Tx = Math.round((E * t) / (100 - t))
    const Cp = part(rng, E, 5, 15)
    const Res = part(rng, E, 300, 800)
    const p = pc(PAYOUT[k]!)
    return balanced({
      stem: `A G-SIB’s CET1 ratio is ${bpText(r1)} and its Additional Tier 1 is ${bpText(a)} of risk-weighted assets; its Tier 2 capital is more than 2% of risk-weighted assets. Its combined buffer, all in CET1 above the 4.5% minimum, is the 2.5% conservation buffer, the countercyclical buffer of ${bpText(c)} in force (a rise to ${bpText(c + dc)} has been announced to apply in 12 months) and a G-SIB surcharge of ${bpText(g)}. CET1 used to make up Additional Tier 1 short of 1.5% of RWA (to meet the 6% Tier 1 minimum) cannot count toward the buffer. As stated for this exercise, the buffer is split into four equal quartiles, a ratio on a boundary belonging to the lower one; within the lowest the bank may pay out 0% of its earnings, then 20%, 40% and 60% in the highest, and above the buffer it is unrestricted. Earnings are the year’s distributable profit after tax, before any distribution: its profit before tax was ${$m(E + Tx)} and the tax on it ${$m(Tx)}. It plans AT1 coupons of ${$m(Cp)} and its distributable reserves are ${$m(Res)}. What is its maximum distributable amount for the year (the cap on dividends, AT1 coupons and variable pay together), ${MIL}?`,
      show: mil,
      figures: { c, dc, g, r1, a, E, Tx, Cp, Res },
      key: mul(p, E),
      wrong: [
        [mul(p, E - Cp), 'applies the payout share to earnings after the AT1 coupons'],
        [sub(mul(p, E), Cp), 'takes the AT1 coupons off the cap'],
        [mul(pc(PAYOUT[kd]!), E), 'sizes the buffer with the announced countercyclical rate'],
        [mul(pc(PAYOUT[ku]!), E), 'counts the CET1 filling the AT1 shortfall toward the buffer'],
        [mul(p, E + Tx), 'applies the payout share to profit before tax'],
        [mul(p, Res), 'applies the payout share to the distributable reserves'],
      ],
    })
  }),
  apart('tier-1-needed-for-the-leverage-ratio-with-the-g-sib-buffer', (rng) => {
    const g = rng.pick([100, 150, 200, 250])
    const req = 300 + g / 2
    const O = rng.int(150, 600) * 1000 + rng.int(0, 999)
    const Dx = rng.int(16, 80) * 250
    const S = rng.int(20, 120) * 250
    const U = rng.int(10, 50) * 500
    const Uc = rng.int(20, 120) * 500
    const T = rng.int(2, 10) * 500
    const GW = rng.int(10, 60) * 100
    const offB = (cu: number, cuc: number, ct: number) =>
      (U * cu) / 100 + (Uc * cuc) / 100 + (T * ct) / 100
    const onB = O + Dx + S - GW
    const E = onB + offB(40, 10, 20)
    const top = Math.floor((req * (E - offB(40, 10, 20))) / E) - 3
    if (top < 306) rest()
    const x = rng.int(305, top)
    const T1 = Math.round((E * x) / 10000)
    const AT = Math.round((E * rng.int(40, 90)) / 10000)
    const need = (rate: number, exposure: number, capital: number) =>
      sub(mul(bp(rate), exposure), capital)
    return balanced({
      stem: `A G-SIB with a risk-based G-SIB surcharge of ${bpText(g)} measures its Basel III leverage ratio, Tier 1 capital ÷ exposure measure, against the 3% minimum plus a leverage ratio buffer of half its G-SIB surcharge. Its exposures: on-balance-sheet assets other than derivatives and securities financing transactions ${$m(O)} (goodwill included), derivative exposure ${$m(Dx)}, securities financing exposure ${$m(S)}; off balance sheet, undrawn committed facilities with an original maturity of one year or less, not unconditionally cancellable, ${$m(U)} (CCF 40%), unconditionally cancellable credit card lines ${$m(Uc)} (CCF 10%) and trade letters of credit ${$m(T)} (CCF 20%), each taken at its CCF. Goodwill of ${$m(GW)} is deducted from Tier 1 and so also from the exposure measure. Its Tier 1 capital, after that deduction, is ${$m(T1)}, of which ${$m(AT)} is Additional Tier 1. If the exposure measure stays as it is (the proceeds repay funding), how much more Tier 1 capital does it need to meet the minimum plus its leverage buffer, ${MIL}?`,
      show: mil,
      figures: { g, O, Dx, S, U, Uc, T, GW, T1, AT },
      key: need(req, E, T1),
      wrong: [
        [need(req, onB, T1), 'leaves the off-balance-sheet items out'],
        [need(req, onB + offB(40, 0, 20), T1), 'gives the cancellable lines a CCF of 0%'],
        [need(req, onB + offB(20, 10, 20), T1), 'gives the commitment the Basel II 20% CCF'],
        [need(req, onB + U + Uc + T, T1), 'takes the off-balance-sheet items at their full amount'],
        [need(300 + g, E, T1), 'sets the leverage buffer at the whole G-SIB surcharge'],
        [need(req, E, T1 - AT), 'counts only CET1 as capital'],
        [need(req, E + GW, T1), 'leaves the goodwill in the exposure measure'],
      ],
    })
  }),
  apart('lcr-with-level-2-haircuts-and-caps', (rng) => {
    const L1 = rng.int(8000, 20000)
    const A2 = Math.round((L1 * rng.int(10, 38)) / 100)
    const B2 = Math.round((L1 * rng.int(50, 90)) / 100)
    const a = mul(A2, pc(85))
    const core = add(L1, a)
    const hqla = mul(core, frac(100, 85))
    // Outflows of 2.35 to 3.8 times the stock put the ratio between about 105% and 170%.
    const O = Math.round((Number(hqla.n) * rng.int(2350, 3800)) / Number(hqla.d) / 1000)
    const I = Math.round((O * rng.int(78, 95)) / 100)
    const nco = frac(O, 4)
    return balanced({
      stem: `A bank computes its liquidity coverage ratio, stock of high-quality liquid assets (HQLA) ÷ total net cash outflows over the next 30 days, with the Basel III rules as stated for this exercise. Level 1 assets count at market value, Level 2A assets after a 15% haircut and Level 2B assets after a 50% haircut. After haircuts, Level 2B assets may be at most 15% of the stock of HQLA and Level 2 assets (2A and 2B) at most 40%, the stock being that after the caps; any amount above a cap is left out. The bank has no secured funding or collateral swaps to unwind. Total net cash outflows are stressed outflows − the smaller of stressed inflows and 75% of stressed outflows. It holds Level 1 assets of ${$m(L1)}, Level 2A of ${$m(A2)} and Level 2B of ${$m(B2)} (market values); its stressed outflows are ${$m(O)} and its stressed inflows ${$m(I)}. What is its liquidity coverage ratio, ${PCT2}?`,
      show: pct2,
      figures: { L1, A2, B2, O, I },
      key: div(hqla, nco),
      wrong: [
        [div(mul(add(L1, A2), frac(100, 85)), nco), 'takes the Level 2 assets without haircuts'],
        [div(add(core, mul(B2, pc(50))), nco), 'leaves the caps out'],
        [
          div(add(core, mul(pc(15), add(core, mul(B2, pc(50))))), nco),
          'caps Level 2B at 15% of the uncapped stock',
        ],
        [div(hqla, O - I), 'leaves the inflow cap out'],
        [div(hqla, O), 'divides by the outflows without inflows'],
        [div(mul(core, pc(115)), nco), 'caps Level 2B at 15% of Level 1 and 2A'],
        [div(add(core, mul(core, frac(15, 85), pc(50))), nco), 'applies the haircut after the cap'],
      ],
    })
  }),
  apart('lcr-net-cash-outflows-from-run-off-and-inflow-rates', (rng) => {
    const Dr = rng.int(6000, 20000)
    const Ds = part(rng, Dr, 40, 70)
    const Dk = rng.int(3000, 9000)
    const Do = part(rng, Dk, 25, 55)
    const Df = rng.int(300, 1500)
    const U = rng.int(1500, 6000)
    const Ul = part(rng, U, 10, 30)
    const In = rng.int(400, 2000)
    const If = rng.int(100, 800)
    const Dl = Dr - Ds
    const Dc = Dk - Do
    // Outflows from the run-off rates of stable retail, less stable retail, operational and
    // other corporate deposits, financial funding, credit and liquidity facilities (percent).
    const out = (s: number, l: number, o: number, cn: number, f: number, cf: number, lf: number) =>
      add(
        mul(Ds, pc(s)),
        mul(Dl, pc(l)),
        mul(Do, pc(o)),
        mul(Dc, pc(cn)),
        mul(Df, pc(f)),
        mul(U - Ul, pc(cf)),
        mul(Ul, pc(lf)),
      )
    const net = (o: Fraction, i: Fraction) => sub(o, min(i, mul(o, pc(75))))
    const O = out(5, 10, 25, 40, 100, 10, 30)
    const I = add(mul(In, pc(50)), If)
    return balanced({
      stem: `A bank works out the total net cash outflows of its liquidity coverage ratio for the next 30 days with the Basel III rates as stated for this exercise: run-off of 5% on stable retail deposits and 10% on less stable ones, 25% on operational deposits and 40% on other deposits of non-financial corporates, 100% on unsecured funding from financial institutions; drawdowns of 10% of undrawn committed credit facilities and 30% of undrawn committed liquidity facilities to non-financial corporates; inflows of 50% of contractual inflows from performing loans to retail and non-financial customers and 100% of those from financial institutions; net outflows are outflows − the smaller of inflows and 75% of outflows. It has retail deposits of ${$m(Dr)}, of which ${$m(Ds)} are stable; deposits of non-financial corporates of ${$m(Dk)}, of which ${$m(Do)} are operational (held for clearing, custody or cash management); ${$m(Df)} of unsecured funding from financial institutions maturing within 30 days; undrawn committed facilities to non-financial corporates of ${$m(U)}, of which ${$m(Ul)} are liquidity facilities; and contractual inflows within 30 days of ${$m(In)} from performing retail and corporate loans and ${$m(If)} from financial institutions. What are its total net cash outflows, ${MIL}?`,
      show: mil,
      figures: { Dr, Ds, Dk, Do, Df, U, Ul, In, If },
      key: net(O, I),
      wrong: [
        [net(O, add(In, If)), 'takes the loan inflows at 100%'],
        [net(out(5, 5, 25, 40, 100, 10, 30), I), 'treats every retail deposit as stable'],
        [net(out(5, 10, 25, 40, 40, 10, 30), I), 'runs the financial funding off at 40%'],
        [O, 'leaves the inflows out'],
        [
          net(out(5, 10, 40, 40, 100, 10, 30), I),
          'treats the operational deposits as non-operational',
        ],
        [net(out(5, 10, 25, 40, 100, 30, 30), I), 'draws every facility at the liquidity rate'],
      ],
    })
  }),
  apart('nsfr-from-available-and-required-stable-funding-factors', (rng) => {
    const K = rng.int(3000, 8000)
    const W = rng.int(2000, 8000)
    const Dr = rng.int(15000, 40000)
    const Ds = part(rng, Dr, 40, 70)
    const Dc = rng.int(5000, 15000)
    const Df = rng.int(2000, 8000)
    const C = rng.int(2000, 6000)
    const L1 = rng.int(3000, 10000)
    const L2 = rng.int(1000, 4000)
    const Lf = rng.int(1000, 5000)
    const M = rng.int(15000, 35000)
    const Lc = rng.int(10000, 25000)
    const F = rng.int(1000, 3000)
    const U = rng.int(5000, 20000)
    const Dl = Dr - Ds
    // Available stable funding: capital and term funding, stable and less stable retail, corporate
    // and financial short-term funding, each at its factor (percent).
    const asf = (k: number, s: number, l: number, f: number) =>
      add(mul(K + W, pc(k)), mul(Ds, pc(s)), mul(Dl, pc(l)), mul(Dc, pc(50)), mul(Df, pc(f)))
    const rsf = (m: number, u: number) =>
      add(
        mul(L1, pc(5)),
        mul(L2, pc(15)),
        mul(Lf, pc(10)),
        mul(M, pc(m)),
        mul(Lc, pc(85)),
        F,
        mul(U, pc(u)),
      )
    const A = asf(100, 95, 90, 0)
    const Rq = rsf(65, 5)
    return balanced({
      stem: `A bank works out its net stable funding ratio, available stable funding (ASF) ÷ required stable funding (RSF), with the Basel III factors as stated for this exercise. ASF factors: regulatory capital and wholesale funding with a residual maturity of a year or more 100%, stable retail deposits 95%, less stable retail deposits 90%, funding from non-financial corporates maturing within a year 50%, funding from financial institutions maturing within six months 0%. RSF factors: cash and central bank reserves 0%, unencumbered Level 1 securities 5%, Level 2A securities 15%, loans to financial institutions maturing within six months secured by Level 1 assets 10%, residential mortgages of a year or more with a risk weight of 35% or less 65%, other performing loans of a year or more with a risk weight above 35% 85%, fixed and other assets 100%, undrawn committed facilities 5%. It has regulatory capital ${$m(K)}, wholesale funding over a year ${$m(W)}, retail deposits ${$m(Dr)} (of which ${$m(Ds)} stable), non-financial corporate deposits within a year ${$m(Dc)}, funding from financial institutions within six months ${$m(Df)}; cash and reserves ${$m(C)}, Level 1 securities ${$m(L1)}, Level 2A securities ${$m(L2)}, loans to financial institutions maturing within six months secured by Level 1 assets ${$m(Lf)}, residential mortgages of a year or more (risk weight 35%) ${$m(M)}, corporate loans over a year (risk weight 100%) ${$m(Lc)}, fixed and other assets ${$m(F)} and undrawn committed facilities ${$m(U)}. What is its net stable funding ratio, ${PCT2}?`,
      show: pct2,
      figures: { K, W, Dr, Ds, Dc, Df, C, L1, L2, Lf, M, Lc, F, U },
      key: div(A, Rq),
      wrong: [
        [div(A, rsf(65, 0)), 'leaves the undrawn facilities out'],
        [div(asf(100, 95, 95, 0), Rq), 'treats every retail deposit as stable'],
        [div(asf(100, 95, 90, 50), Rq), 'gives the financial funding the 50% corporate factor'],
        [div(asf(100, 90, 90, 0), Rq), 'treats every retail deposit as less stable'],
        [div(sub(A, K), Rq), 'leaves the regulatory capital out'],
        [div(A, rsf(85, 5)), 'gives the mortgages the 85% factor of other loans'],
      ],
    })
  }),
  apart('business-indicator-from-its-components', (rng) => {
    const IEA = rng.int(20, 80) * 1000 + rng.int(0, 999)
    const TA = Math.round((IEA * rng.int(115, 140)) / 100)
    const NII = Math.round((TA * 225 * rng.int(105, 140)) / 1000000)
    const IE = part(rng, NII, 40, 120)
    const II = NII + IE
    const DI = rng.int(10, 150)
    const FI = rng.int(300, 2000)
    const FE = part(rng, FI, 30, 70)
    const OOI = rng.int(20, 200)
    const OOE = part(rng, OOI, 130, 300)
    const TB = rng.int(50, 500)
    const BB = rng.int(20, 300)
    const cap = (base: number) => mul(base, bp(225))
    const bi = (ildc: Fraction | number, sc: number, fc: number) => add(ildc, DI, sc, fc)
    const key = bi(cap(IEA), OOE + FI, TB + BB)
    return balanced({
      stem: `A bank works out its business indicator (BI) under the Basel III standardised approach for operational risk: BI = ILDC + SC + FC, where the interest, leases and dividend component ILDC = min(|interest income − interest expense|, 2.25% × interest-earning assets) + dividend income; the services component SC = max(other operating income, other operating expense) + max(fee and commission income, fee and commission expense); and the financial component FC = |net profit or loss on the trading book| + |net profit or loss on the banking book|. Its three-year averages are interest income ${em(II)}, interest expense ${em(IE)}, interest-earning assets ${em(IEA)}, total assets ${em(TA)}, dividend income ${em(DI)}, fee and commission income ${em(FI)}, fee and commission expense ${em(FE)}, other operating income ${em(OOI)}, other operating expense ${em(OOE)}, a net loss on the trading book of ${em(TB)} and a net profit on the banking book of ${em(BB)}. Each year’s figures had the same sign as their average, so the averages may be used directly. What is its business indicator, ${MIL}?`,
      show: eur,
      figures: { IEA, TA, II, IE, DI, FI, FE, OOI, OOE, TB, BB },
      key,
      wrong: [
        [bi(NII, OOE + FI, TB + BB), 'leaves the cap on net interest out'],
        [bi(cap(TA), OOE + FI, TB + BB), 'caps net interest at 2.25% of total assets'],
        [bi(cap(IEA), OOE + FI + FE, TB + BB), 'adds the fee expense to the fee income'],
        [bi(cap(IEA), OOE + FI - FE, TB + BB), 'nets the fee expense off the fee income'],
        [bi(cap(IEA), OOI + FI, TB + BB), 'takes the other operating income, not the larger item'],
        [bi(cap(IEA), OOE + FI, BB - TB), 'counts the trading loss as a negative'],
      ],
    })
  }),
  apart('operational-risk-capital-from-marginal-bic-coefficients', (rng) => {
    const BI = rng.int(31000, 90000)
    // Marginal coefficients (percent) on the slices up to €1bn, €1–30bn and above €30bn.
    const bic = (c1: number, c2: number, c3: number) =>
      add(mul(1000, pc(c1)), mul(29000, pc(c2)), mul(BI - 30000, pc(c3)))
    const key = bic(12, 15, 18)
    return balanced({
      stem: `A bank’s business indicator (BI) is ${em(BI)}. Under the Basel III standardised approach for operational risk (2017), its business indicator component (BIC) applies marginal coefficients to the BI: 12% to the part up to €1 billion, 15% to the part from €1 billion to €30 billion and 18% to the part above €30 billion. Its jurisdiction sets the internal loss multiplier to 1 for all banks (a national discretion in Basel III that the EU’s CRR3 takes), so the operational risk capital requirement equals the BIC. What is the bank’s operational risk capital requirement, ${MIL}?`,
      show: eur,
      figures: { BI },
      key,
      wrong: [
        [mul(BI, pc(18)), 'applies the 18% of its bucket to the whole BI'],
        [mul(BI, pc(12)), 'applies 12% to the whole BI'],
        [mul(BI, pc(15)), 'applies 15% to the whole BI'],
        [bic(12, 15, 15), 'applies 15% to everything above €1 billion'],
        [bic(12, 18, 18), 'applies 18% to everything above €1 billion'],
        [mul(key, frac(25, 2)), 'gives the risk-weighted assets, 12.5 times the capital'],
      ],
    })
  }),
  apart('basic-indicator-approach-capital-with-a-loss-year', (rng) => {
    const lossAt = rng.int(1, 3)
    const nii: number[] = []
    const nnii: number[] = []
    const rg: number[] = []
    const gi: number[] = []
    for (let i = 0; i < 4; i++) {
      nii.push(rng.int(300, 900))
      rg.push(rng.int(10, 60))
      const target =
        i === lossAt ? -rng.int(100, 400) : i === 0 ? rng.int(250, 600) : rng.int(450, 1200)
      nnii.push(target - nii[i]! + rg[i]!)
      gi.push(target)
    }
    const pos = [1, 2, 3].filter((i) => i !== lossAt)
    const sumPos = pos.reduce((s, i) => s + gi[i]!, 0)
    // The oldest year, outside the window, earned less than the window's positive years.
    if (gi[0]! * 2 >= sumPos) rest()
    const alpha = pc(15)
    const key = mul(alpha, frac(sumPos, 2))
    const year = (i: number) =>
      `${2022 + i}: net interest income ${em(nii[i]!)}, net non-interest income ${nnii[i]! < 0 ? `a loss of ${em(-nnii[i]!)}` : em(nnii[i]!)} (including realised gains on sales of banking-book securities of ${em(rg[i]!)})`
    return balanced({
      stem: `Under the Basel II Basic Indicator Approach (the framework before Basel III’s standardised approach, as stated for this exercise), operational risk capital at the end of 2025 is 15% of the average annual gross income of the previous three years (2023 to 2025), counting only years with positive gross income: a year with negative or zero gross income is left out of both the sum and the count. Gross income is net interest income plus net non-interest income, excluding realised gains or losses on sales of banking-book securities. A bank reports for ${[0, 1, 2, 3].map(year).join('; ')}. What is its operational risk capital at the end of 2025, ${MIL}?`,
      show: eur,
      figures: {
        lossAt,
        n0: nii[0]!,
        n1: nii[1]!,
        n2: nii[2]!,
        n3: nii[3]!,
        m0: nnii[0]!,
        m1: nnii[1]!,
        m2: nnii[2]!,
        m3: nnii[3]!,
        g0: rg[0]!,
        g1: rg[1]!,
        g2: rg[2]!,
        g3: rg[3]!,
      },
      key,
      wrong: [
        [mul(alpha, frac(sumPos + gi[lossAt]!, 3)), 'keeps the loss year in the average'],
        [mul(alpha, frac(sumPos, 3)), 'counts the loss year as zero over three years'],
        [mul(alpha, frac(sumPos + gi[0]!, 3)), 'averages the positive years of all four years'],
        [
          mul(alpha, frac(sumPos + pos.reduce((s, i) => s + rg[i]!, 0), 2)),
          'leaves the realised securities gains in',
        ],
        [mul(alpha, Math.max(...pos.map((i) => gi[i]!))), 'takes the highest year'],
        [mul(alpha, sumPos), 'sums the positive years without averaging'],
      ],
    })
  }),
  apart('loss-component-from-ten-years-of-operational-losses', (rng) => {
    const G = rng.int(2000, 20000)
    const M = part(rng, G, 3, 15)
    const R = part(rng, G, 5, 25)
    const C = part(rng, G, 5, 30)
    const S = part(rng, G, 3, 12)
    const N = Math.round(G / rng.int(8, 25))
    // Ten-year losses in hundredths of a million euros; LC = 15 × the yearly average.
    const lc = (h: number) => frac(15 * h, 1000)
    return balanced({
      stem: `Under the Basel III standardised approach for operational risk, a bank’s loss component is LC = 15 × its average annual operational risk losses over the previous ten years. As stated for this exercise, losses count net of recoveries (insurance included); only loss events of €20,000 or more count, the threshold being a cut-off rather than a deductible; losses related to credit risk that are already in credit risk-weighted assets are left out; operational losses related to market risk are included. Over the last ten years the bank recorded ${n(N)} operational loss events of €20,000 or more, with gross losses of ${eh(G)} (of which ${eh(M)} related to market risk), on which it recovered ${eh(R)}. It also recorded ${eh(C)} of losses related to credit risk and included in credit risk-weighted assets, and ${eh(S)} of losses on events under €20,000. What is its loss component, ${MIL}?`,
      show: eur,
      figures: { G, M, R, C, S, N },
      key: lc(G - R),
      wrong: [
        [lc(G), 'leaves the recoveries in'],
        [lc(G - R + S), 'counts the events under the threshold'],
        [lc(G - R + C), 'counts the credit-related losses'],
        [lc(G - R - M), 'leaves the market-related losses out'],
        [lc(G - R - 2 * N), 'takes €20,000 off each event as a deductible'],
        [frac(G - R, 1000), 'leaves out the factor of 15'],
      ],
    })
  }),
  apart('expected-annual-operational-loss-net-of-per-event-insurance', (rng) => {
    const Y = rng.pick([4, 5, 8, 10])
    const N = Y * rng.int(3, 25) + rng.int(1, Y - 1)
    const s1 = rng.int(10, 80) * 500
    const d = rng.int(10, 30) * 5000
    const s2 = d + rng.int(10, 120) * 5000
    const L = rng.int(10, 30) * 100000
    const s3 = d + L + rng.int(20, 60) * 100000
    const p1 = rng.int(70, 85)
    const p3 = rng.int(3, 8)
    const p2 = 100 - p1 - p3
    const lam = frac(N, Y)
    const mean = (a: number, b: number, c: number) => div(p1 * a + p2 * b + p3 * c, 100)
    const kept = mean(s1, d, s3 - L)
    const ex = mean(s1, s2, s3)
    const paidOnMean = min(max(sub(ex, d), frac(0)), frac(L))
    return balanced({
      stem: `Over the last ${Y} years a bank’s payments business recorded ${N} external fraud loss events. As stated for this exercise, events keep arriving at that average yearly rate, and each event, independently of how many occur, loses ${$(s1)} with probability ${p1}%, ${$(s2)} with probability ${p2}% and ${$(s3)} with probability ${p3}%. An insurance policy pays the part of each loss above a deductible of ${$(d)} per event, up to a limit of ${$(L)} per event. What is the expected annual loss the bank keeps after insurance, ${CENTS}?`,
      show: money,
      figures: { Y, N, s1, d, s2, L, s3, p1, p3 },
      key: mul(lam, kept),
      wrong: [
        [mul(lam, ex), 'leaves the insurance out'],
        [mul(N, kept), 'uses every event of the period as one year’s'],
        [
          mul(lam, frac(s1 + d + s3 - L, 3)),
          'averages the kept losses without their probabilities',
        ],
        [mul(lam, mean(s1, d, d)), 'leaves the policy limit out'],
        [mul(lam, s1), 'uses the most likely loss as the mean'],
        [mul(lam, sub(ex, paidOnMean)), 'applies the deductible and limit to the mean loss'],
      ],
    })
  }),
  apart('raroc-of-a-loan', (rng) => {
    const A = rng.int(20, 400) * 1_000_000
    const f = rng.int(300, 450)
    const i = f + rng.int(180, 400)
    const op = rng.int(40, 110)
    // Even the probability of default taken as the loss leaves the loan a positive margin.
    const PD = rng.int(30, Math.min(250, i - f - op - 20))
    const LGD = rng.int(25, 60)
    const ec = rng.int(60, 120)
    const rf = rng.int(300, 450)
    const Int = (A / 10000) * i
    const Fund = (A / 10000) * f
    const Op = (A / 10000) * op
    const EL = (A / 1_000_000) * PD * LGD
    const EC = (A / 1000) * ec
    const RoC = mul(EC, bp(rf))
    const raroc = (el: number, roc: Fraction | number, fund: number, cost: number, base: number) =>
      div(add(Int - fund - cost - el, roc), base)
    return balanced({
      stem: `A bank prices ${an($(A))} one-year loan at ${bpText(i)} a year. It funds the whole loan at ${bpText(f)}, its operating costs for the loan are ${$(Op)} a year, and the borrower’s probability of default is ${bpText(PD)} with a loss given default of ${LGD}% of the loan. The bank allocates economic capital of ${$(EC)} to the loan and earns ${bpText(rf)} on that capital invested risk-free. Before tax, RAROC = (interest income − funding cost − operating costs − expected loss + return on economic capital) ÷ economic capital. What is the loan’s RAROC, ${PCT2}?`,
      show: pct2,
      figures: { A, f, i, op, PD, LGD, ec, rf },
      key: raroc(EL, RoC, Fund, Op, EC),
      wrong: [
        [raroc(0, RoC, Fund, Op, EC), 'leaves the expected loss out'],
        [raroc(EL, 0, Fund, Op, EC), 'leaves the return on economic capital out'],
        [raroc(EL, RoC, Fund, Op, A), 'divides by the loan amount'],
        [raroc((A / 10000) * PD, RoC, Fund, Op, EC), 'takes the expected loss without the LGD'],
        [raroc(EL, RoC, 0, Op, EC), 'leaves the funding cost out'],
        [raroc(EL, RoC, Fund, 0, EC), 'leaves the operating costs out'],
      ],
    })
  }),
  apart('loan-rate-that-meets-a-raroc-hurdle', (rng) => {
    const A = rng.int(20, 400) * 1_000_000
    const f = rng.int(300, 450)
    const op = rng.int(40, 110)
    const PD = rng.int(40, 250)
    const LGD = rng.int(25, 60)
    const ec = rng.int(60, 120)
    const rf = rng.int(300, 450)
    const h = rng.int(10, 20)
    const Op = (A / 10000) * op
    const EC = (A / 1000) * ec
    const capShare = frac(ec, 1000)
    const el = frac(PD * LGD, 1_000_000)
    // The rate covers funding, costs and expected loss, and the hurdle less the risk-free return
    // on the capital share of the loan.
    const rate = (fund: number, cost: number, loss: Fraction, hurdle: Fraction, credit: Fraction) =>
      add(bp(fund + cost), loss, hurdle, mul(-1, credit))
    const hurdleOnCap = mul(pc(h), capShare)
    const credit = mul(bp(rf), capShare)
    return balanced({
      stem: `A bank will lend ${$(A)} for one year. It funds the whole loan at ${bpText(f)}, its operating costs for the loan are ${$(Op)} a year, the borrower’s probability of default is ${bpText(PD)} and the loss given default ${LGD}% of the loan. It allocates economic capital of ${$(EC)}, which earns ${bpText(rf)} invested risk-free, and its hurdle RAROC is ${h}%. Before tax, RAROC = (interest income − funding cost − operating costs − expected loss + return on economic capital) ÷ economic capital. What interest rate on the loan gives a RAROC exactly at the hurdle, ${PCT2}?`,
      show: pct2,
      figures: { A, f, op, PD, LGD, ec, rf, h },
      key: rate(f, op, el, hurdleOnCap, credit),
      wrong: [
        [rate(f, op, frac(0), hurdleOnCap, credit), 'leaves the expected loss out'],
        [rate(f, 0, el, hurdleOnCap, credit), 'leaves the operating costs out'],
        [rate(0, op, el, hurdleOnCap, credit), 'leaves the funding cost out'],
        [rate(f, op, el, hurdleOnCap, frac(0)), 'gives no credit for the return on capital'],
        [rate(f, op, bp(PD), hurdleOnCap, credit), 'takes the expected loss without the LGD'],
        [rate(f, op, el, pc(h), credit), 'applies the hurdle to the whole loan'],
      ],
    })
  }),
  apart('economic-capital-at-a-quantile-of-a-loss-distribution', (rng) => {
    const L1 = rng.int(5, 20)
    const L2 = L1 + rng.int(10, 40)
    const L3 = L2 + rng.int(30, 100)
    const L4 = L3 + rng.int(100, 300)
    const L5 = L4 + rng.int(200, 600)
    const L6 = L5 + rng.int(200, 800)
    const p6 = rng.int(2, 9)
    const p5 = rng.int(Math.max(3, 11 - p6), 30)
    const p4 = rng.int(Math.max(70, 101 - p5 - p6), 250)
    const p3 = rng.int(400, 1500)
    const p2 = rng.int(1500, 3500)
    const p1 = 10000 - p2 - p3 - p4 - p5 - p6
    const EL = frac(p1 * L1 + p2 * L2 + p3 * L3 + p4 * L4 + p5 * L5 + p6 * L6, 10000)
    const es = frac(p6 * L6 + (10 - p6) * L5, 10)
    const rows = [
      [L1, p1],
      [L2, p2],
      [L3, p3],
      [L4, p4],
      [L5, p5],
      [L6, p6],
    ].map(([l, p]) => `${$m(l!)} with probability ${probText(p!)}`)
    const table = `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)!}`
    return balanced({
      stem: `A bank’s model gives the annual credit loss on a loan portfolio as ${table}. It sets the portfolio’s economic capital at the 99.9% quantile of annual loss (the smallest loss whose cumulative probability is at least 99.9%) minus the expected loss. What is the economic capital, ${MIL}?`,
      show: mil,
      figures: { L1, L2, L3, L4, L5, L6, p2, p3, p4, p5, p6 },
      key: sub(L5, EL),
      wrong: [
        [sub(L4, EL), 'takes the 99% quantile'],
        [
          sub(L5, frac(L1 + L2 + L3 + L4 + L5 + L6, 6)),
          'takes the expected loss as the plain mean of the losses',
        ],
        [EL, 'gives the expected loss'],
        [sub(L6, EL), 'takes the worst loss in the table'],
        [frac(L5 - L1), 'takes the most likely loss as the expected loss'],
        [sub(es, EL), 'takes the expected shortfall beyond 99.9%'],
      ],
    })
  }),
  apart('cet1-ratio-under-the-output-floor', (rng) => {
    const Cs = rng.int(40, 120) * 1000 + rng.int(0, 999)
    const Ci = part(rng, Cs, 45, 62)
    const Ms = rng.int(3000, 12000)
    const Mi = part(rng, Ms, 40, 70)
    const Op = rng.int(5000, 15000)
    const Cv = rng.int(1000, 4000)
    const Tm = Ci + Mi + Op + Cv
    const Ts = Cs + Ms + Op + Cv
    // The fully phased-in floor binds, and so would the 2026 floor.
    if (Tm * 100 >= Ts * 65) rest()
    const floor = (share: number, base: number) => mul(pc(share), base)
    const K = Math.round((Ts * 0.725 * rng.int(1100, 1500)) / 10000)
    const AT = Math.round((Ts * 0.725 * rng.int(100, 200)) / 10000)
    const rwa = mul(frac(725, 1000), Ts)
    return balanced({
      stem: `Under the Basel III output floor, fully phased in, a bank’s risk-weighted assets are the higher of its RWA with its approved internal models and 72.5% of the RWA it would have with standardised approaches alone, both totals including every risk type. Its RWA: credit risk ${$m(Ci)} with internal ratings (${$m(Cs)} standardised), market risk ${$m(Mi)} with internal models (${$m(Ms)} standardised), operational risk ${$m(Op)} and credit valuation adjustment risk ${$m(Cv)} (both standardised only). Its CET1 capital is ${$m(K)} and its Additional Tier 1 ${$m(AT)}. What is its CET1 ratio after the output floor, ${PCT2}?`,
      show: pct2,
      figures: { Cs, Ci, Ms, Mi, Op, Cv, K, AT },
      key: div(K, rwa),
      wrong: [
        [div(K, Tm), 'leaves the output floor out'],
        [div(K, floor(65, Ts)), 'uses the 65% floor of Basel’s 2026 transition'],
        [div(K + AT, rwa), 'counts the Additional Tier 1 as CET1'],
        [
          div(K, add(mul(frac(725, 1000), Cs + Ms), Op + Cv)),
          'floors only the modelled risks and adds the others in full',
        ],
        [div(K, Ts), 'uses the standardised RWA in full'],
        [div(K, add(mul(frac(725, 1000), Cs), Mi + Op + Cv)), 'floors the credit risk RWA alone'],
      ],
    })
  }),
  apart('countercyclical-buffer-from-jurisdictional-rates', (rng) => {
    const Rh = rng.int(20000, 60000)
    const Ra = part(rng, Rh, 15, 40)
    const Rb = part(rng, Rh, 5, 20)
    const Rc = part(rng, Rh, 10, 30)
    const S = part(rng, Rh, 20, 50)
    const P = Rh + Ra + Rb + Rc
    const W = Math.round(((P + S) * rng.int(120, 150)) / 100)
    const a = rng.pick([100, 150, 200, 250])
    const c = rng.pick([50, 100])
    const c2 = c + rng.pick([50, 100])
    const Eh = Math.round((Rh * 100) / rng.int(35, 50))
    const Ea = Math.round((Ra * 100) / rng.int(80, 100))
    const Eb = Math.round((Rb * 100) / rng.int(80, 100))
    const Ec = Math.round((Rc * 100) / rng.int(80, 100))
    // The buffer: total RWA × the weighted rate (basis points) of the private-sector exposures.
    const buffer = (rated: number, weights: number, base: number) =>
      mul(base, frac(rated, weights * 10000))
    const key = buffer(a * Ra + c * Rc, P, W)
    return balanced({
      stem: `A bank’s countercyclical capital buffer rate is the average of the buffer rates in force in the jurisdictions of its private-sector credit exposures, weighted by the credit risk-weighted assets of those exposures; exposures to banks and the public sector are left out of the weighting, and the buffer, held in CET1, is that rate × the bank’s total risk-weighted assets. A rise in a rate applies 12 months after it is announced. Its private-sector credit RWA (exposure amounts in brackets): home country, rate 0%, ${$m(Rh)} (${$m(Eh)}); Country A, rate ${bpText(a)}, ${$m(Ra)} (${$m(Ea)}); Country B, rate 0%, ${$m(Rb)} (${$m(Eb)}); Country C, rate ${bpText(c)}, with a rise to ${bpText(c2)} announced last month, ${$m(Rc)} (${$m(Ec)}). Its credit RWA on home banks and the public sector is ${$m(S)}, and its total RWA are ${$m(W)}. How much CET1 must it hold for its countercyclical buffer, ${MIL}?`,
      show: mil,
      figures: { Rh, Ra, Rb, Rc, S, W, a, c, c2, Eh, Ea, Eb, Ec },
      key,
      wrong: [
        [buffer(a + c, 4, W), 'takes the plain average of the four rates'],
        [buffer(a * Ra + c * Rc, P + S, W), 'weights in the bank and public-sector RWA'],
        [buffer(a * Ra + c * Rc, P, P), 'applies the rate to the private-sector credit RWA only'],
        [buffer(a * Ra + c2 * Rc, P, W), 'uses the announced rate for Country C'],
        [buffer(a * Ra + c * Rc, Ra + Rc, W), 'leaves the 0% jurisdictions out of the weights'],
        [buffer(a * Ea + c * Ec, Eh + Ea + Eb + Ec, W), 'weights by exposure rather than RWA'],
      ],
    })
  }),
]
