import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  CENTS,
  div,
  type Fraction,
  frac,
  mul,
  pct2,
  rest,
  sub,
  usd,
  worked,
} from './bko-text.js'

// Liquidity and funding. The slips are a haircut, cap, run-off rate or funding factor of another
// asset, deposit or regime (Basel's 5% for stable retail, a Level 2A factor for Level 1, one less
// the LCR run-off as a funding factor), a cap taken on the wrong base or before the haircut, a
// share kept taken as the haircut, the 365-day year or a day counted inclusive, a holiday or the
// target balance left out, a Federal Reserve account flow taken the wrong way, an item the rule
// excludes counted in (pledged securities, a past-due loan, listing-service or capped reciprocal
// deposits) and a ratio taken over the wrong base.

const cents = usd(2)
/** Millions of dollars to two places: `$412.35 million`. */
const mn = (x: Fraction): string => `${cents(x)} million`
/** Millions to one place, for a ladder drawn in tenths of a million. */
const mn1 = (x: Fraction): string => `${usd(1)(x)} million`
/** A drawn tenth of a million as a stem writes it: 6124 → `$612.4 million`. */
const m = (t: number): string =>
  `$${(t / 10).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} million`
/** Tenths of a million at whole percents, summed: [[6124, 85], ...] → millions. */
const at = (...parts: readonly (readonly [number, number])[]): Fraction =>
  frac(
    parts.reduce((s, [t, p]) => s + t * p, 0),
    1000,
  )
/** Whole cents as dollars. */
const $c = (c: number): Fraction => frac(c, 100)
/** A stem's amount from whole cents: `$1,234,567.89`. */
const dc = (c: number): string => cents($c(c))
/** A stem's whole-dollar amount. */
const dd = (d: number): string => `$${d.toLocaleString('en-US')}`
/** Basis points as a stem writes a rate: 433 → `4.33%`. */
const bps = (b: number): string => `${(b / 100).toFixed(2)}%`
const TWO = 'in millions of dollars to two decimal places (a half rounded up)'
const RATIO = 'as a percentage to two decimal places (a half rounded up)'

/**
 * A family whose named slips must also differ from one another as printed: a draw where two
 * coincide leaves a duplicate option, and is drawn again.
 */
const liq = (id: string, draw: (rng: Rng) => ReturnType<Parameters<typeof worked>[1]>) =>
  worked(id, (rng) => {
    const w = draw(rng)
    const shown = w.wrong.map(([x]) => w.show(x))
    if (new Set(shown).size !== shown.length) rest()
    return w
  })

const HAIRCUTS =
  'Under the liquidity coverage ratio (LCR) rule as stated for this exercise, high-quality liquid assets (HQLA) count at fair value less a haircut: none for Level 1 assets (reserve balances, Treasuries), 15% for Level 2A assets (GSE debt and GSE-guaranteed MBS) and 50% for Level 2B assets (investment-grade corporate bonds, S&P 500 equities). Level 2 assets after haircuts may make up at most 40% of the HQLA amount, and Level 2B assets after haircuts at most 15%.'

const CAP = 'Inflows count only up to 75% of total outflows.'

export const LIQUIDITY_FAMILIES: ScenarioFamily[] = [
  liq('hqla-amount-after-level-2-haircuts', (rng) => {
    const L1 = rng.int(6000, 9000)
    const A = rng.int(1500, 2500)
    const B = rng.int(400, 1000)
    return {
      stem: `${HAIRCUTS} A bank’s liquidity desk holds, all unencumbered and at fair value, ${m(L1)} of Level 1 assets, ${m(A)} of Level 2A assets and ${m(B)} of Level 2B assets. What is its HQLA amount, ${TWO}?`,
      show: mn,
      figures: { L1, A, B },
      key: at([L1, 100], [A, 85], [B, 50]),
      wrong: [
        [at([L1, 100], [A, 100], [B, 100]), 'takes no haircuts'],
        [at([L1, 100], [A, 100], [B, 50]), 'leaves out the Level 2A haircut'],
        [at([L1, 100], [A, 85], [B, 100]), 'leaves out the Level 2B haircut'],
        [at([L1, 100], [A, 50], [B, 85]), 'swaps the Level 2A and Level 2B haircuts'],
        [at([L1, 100], [A, 15], [B, 50]), 'counts the 15% haircut as the share kept'],
        [at([L1, 100]), 'counts only the Level 1 assets'],
      ],
    }
  }),
  liq('liquidity-coverage-ratio-with-haircuts', (rng) => {
    const L1 = rng.int(3000, 5000)
    const A = rng.int(800, 1500)
    const B = rng.int(200, 600)
    const H = L1 + 0.85 * A + 0.5 * B
    const t = rng.int(105, 135)
    const i = rng.int(30, 60)
    const O = Math.round(H / (t / 100) / (1 - i / 100))
    const I = Math.round((O * i) / 100)
    const net = frac(O - I, 10)
    const lcr = (...p: readonly (readonly [number, number])[]) => div(at(...p), net)
    return {
      stem: `${HAIRCUTS} The LCR is the HQLA amount divided by total net cash outflows over 30 days, which are outflows less inflows. ${CAP} A bank holds ${m(L1)} of Level 1, ${m(A)} of Level 2A and ${m(B)} of Level 2B assets at fair value; its stressed 30-day outflows are ${m(O)} and its inflows ${m(I)}. What is its LCR, ${RATIO}?`,
      show: pct2,
      figures: { L1, A, B, O, I },
      key: lcr([L1, 100], [A, 85], [B, 50]),
      wrong: [
        [lcr([L1, 100], [A, 100], [B, 100]), 'takes no haircuts'],
        [lcr([L1, 100], [A, 100], [B, 50]), 'leaves out the Level 2A haircut'],
        [lcr([L1, 100], [A, 85], [B, 100]), 'leaves out the Level 2B haircut'],
        [lcr([L1, 100]), 'counts only the Level 1 assets'],
        [lcr([L1, 100], [A, 50], [B, 85]), 'swaps the Level 2A and Level 2B haircuts'],
        [div(at([L1, 100], [A, 85], [B, 50]), frac(O, 10)), 'leaves out the inflows'],
      ],
    }
  }),
  liq('liquidity-coverage-ratio-with-the-inflow-cap', (rng) => {
    const O = rng.int(3000, 6000)
    const I = Math.round((O * rng.int(80, 94)) / 100)
    const Hs = (rng.int(88, 140) / 100) * 0.25 * O
    const A = Math.round((Hs * rng.int(15, 30)) / 100 / 0.85)
    const L1 = Math.round(Hs - 0.85 * A)
    const quarter = frac(O, 40)
    const noCap = frac(O - I, 10)
    return {
      stem: `${HAIRCUTS} The LCR is the HQLA amount divided by total net cash outflows over 30 days, which are outflows less inflows. ${CAP} A bank holds ${m(L1)} of Level 1 and ${m(A)} of Level 2A assets at fair value and no Level 2B assets; its stressed 30-day outflows are ${m(O)} and its contractual inflows ${m(I)}. What is its LCR, ${RATIO}?`,
      show: pct2,
      figures: { L1, A, O, I },
      key: div(at([L1, 100], [A, 85]), quarter),
      wrong: [
        [div(at([L1, 100], [A, 85]), noCap), 'leaves out the 75% inflow cap'],
        [div(at([L1, 100], [A, 100]), quarter), 'leaves out the Level 2A haircut'],
        [div(at([L1, 100], [A, 100]), noCap), 'leaves out both the haircut and the inflow cap'],
        [div(at([L1, 100], [A, 85]), frac(O, 10)), 'leaves out the inflows'],
        [div(at([L1, 100], [A, 85]), frac(4 * O - 3 * I, 40)), 'counts 75% of the inflows'],
        [div(at([L1, 100], [A, 15]), quarter), 'counts the 15% haircut as the share kept'],
      ],
    }
  }),
  liq('level-2-cap-at-40-percent-of-hqla', (rng) => {
    const L1 = rng.int(3000, 6000)
    const A = Math.round((L1 * rng.int(85, 118)) / 100)
    return {
      stem: `${HAIRCUTS} A bank holds ${m(L1)} of Level 1 assets and ${m(A)} of Level 2A assets at fair value, all unencumbered, and no Level 2B assets. What is its HQLA amount after the haircut and the Level 2 cap, ${TWO}?`,
      show: mn,
      figures: { L1, A },
      key: frac(5 * L1, 30),
      wrong: [
        [at([L1, 100], [A, 85]), 'leaves out the 40% cap'],
        [at([L1, 100], [A, 100]), 'leaves out both the haircut and the cap'],
        [at([L1, 140], [A, 34]), 'caps Level 2 at 40% of the uncapped total'],
        [at([L1, 140]), 'caps Level 2 at 40% of Level 1'],
        [
          add(frac(L1, 10), mul(frac(2 * L1, 30), frac(85, 100))),
          'caps Level 2 before the haircut',
        ],
        [frac(L1, 10), 'counts only the Level 1 assets'],
      ],
    }
  }),
  liq('level-2b-cap-at-15-percent-of-hqla', (rng) => {
    const L1 = rng.int(4000, 7000)
    const A = Math.round((L1 * rng.int(10, 30)) / 100)
    const X = at([L1, 100], [A, 85])
    const B = Math.round((2 * (L1 + 0.85 * A) * rng.int(25, 45)) / 100)
    const cap = mul(X, frac(15, 85))
    return {
      stem: `${HAIRCUTS} A bank holds ${m(L1)} of Level 1, ${m(A)} of Level 2A and ${m(B)} of Level 2B assets at fair value, all unencumbered. What is its HQLA amount after the haircuts and caps, ${TWO}?`,
      show: mn,
      figures: { L1, A, B },
      key: add(X, cap),
      wrong: [
        [add(X, frac(B, 20)), 'leaves out the Level 2B cap'],
        [add(X, frac(B, 10)), 'leaves out the Level 2B haircut and cap'],
        [mul(at([L1, 100], [A, 100]), frac(100, 85)), 'leaves out the Level 2A haircut'],
        [mul(X, frac(115, 100)), 'caps Level 2B at 15% of Level 1 and 2A'],
        [add(X, mul(cap, frac(1, 2))), 'caps Level 2B before its haircut'],
        [X, 'leaves out the Level 2B assets'],
      ],
    }
  }),
  liq('lcr-outflows-by-deposit-category', (rng) => {
    const S = rng.int(2000, 5000)
    const R = rng.int(1000, 3000)
    const Op = rng.int(800, 2000)
    const C = rng.int(500, 1500)
    const Fi = rng.int(100, 600)
    const out = (s: number, rr: number, o: number, c: number, f: number) =>
      at([S, s], [R, rr], [Op, o], [C, c], [Fi, f])
    return {
      stem: `Under the US LCR rule as stated for this exercise, the 30-day outflow rates on unsecured deposits are: stable retail deposits 3%, other retail deposits 10%, operational deposits 25%, non-operational deposits of non-financial corporates 40% and deposits of financial institutions 100%. A bank’s deposit book holds ${m(S)} of stable retail, ${m(R)} of other retail, ${m(Op)} of operational, ${m(C)} of non-operational corporate and ${m(Fi)} of financial institution deposits. What outflow amount does it carry into its LCR for these deposits, ${TWO}?`,
      show: mn,
      figures: { S, R, Op, C, Fi },
      key: out(3, 10, 25, 40, 100),
      wrong: [
        [out(5, 10, 25, 40, 100), 'uses the Basel 5% rate for stable retail'],
        [out(3, 10, 40, 40, 100), 'runs operational deposits off at 40%'],
        [out(10, 10, 25, 40, 100), 'runs all retail deposits off at 10%'],
        [out(3, 10, 25, 40, 40), 'treats financial institution deposits as corporate'],
        [out(3, 10, 25, 25, 100), 'runs non-operational corporate deposits off at 25%'],
        [out(3, 3, 25, 40, 100), 'runs all retail deposits off at 3%'],
      ],
    }
  }),
  liq('lcr-secured-funding-outflows', (rng) => {
    const T = rng.int(500, 1500)
    const G = rng.int(300, 1000)
    const C = rng.int(100, 400)
    const F = rng.int(300, 1000)
    const N = rng.int(50, 300)
    const out = (g: number, c: number, f: number, nn: number) =>
      at([T, 0], [G, g], [C, c], [F, f], [N, nn])
    return {
      stem: `Under the US LCR rule as stated for this exercise, secured funding maturing within 30 days runs off at a rate set by its collateral and counterparty: 0% when secured by Level 1 assets, 15% by Level 2A assets, 25% when borrowed from a US government-sponsored enterprise (such as a Federal Home Loan Bank) against other collateral, 50% by Level 2B assets and 100% by any other collateral. A bank has these borrowings maturing within 30 days: ${m(T)} of repos against Treasuries, ${m(G)} of repos against GSE-guaranteed MBS (Level 2A), ${m(C)} of repos against investment-grade corporate bonds (Level 2B), ${an(m(F))} FHLB advance secured by commercial real estate loans and ${m(N)} of repos against non-investment-grade loans. What outflow amount do these borrowings add to its LCR, ${TWO}?`,
      show: mn,
      figures: { T, G, C, F, N },
      key: out(15, 50, 25, 100),
      wrong: [
        [out(15, 50, 100, 100), 'runs the FHLB advance off at 100% for its loan collateral'],
        [out(85, 50, 25, 100), 'takes the share kept after the 15% haircut as the outflow'],
        [out(15, 100, 25, 100), 'runs the Level 2B repos off as other collateral'],
        [out(15, 50, 0, 100), 'runs the FHLB advance off at 0% like central bank funding'],
        [out(15, 15, 25, 100), 'runs the Level 2B repos off at the Level 2A rate'],
        [out(15, 50, 25, 50), 'runs the loan repos off at the Level 2B rate'],
      ],
    }
  }),
  liq('nsfr-available-stable-funding', (rng) => {
    const K = rng.int(800, 1500)
    const S = rng.int(3000, 6000)
    const R = rng.int(1500, 3000)
    const C = rng.int(800, 2000)
    const F = rng.int(200, 800)
    const asf = (k: number, s: number, rr: number, c: number, f: number) =>
      at([K, k], [S, s], [R, rr], [C, c], [F, f])
    return {
      stem: `Under the US net stable funding ratio (NSFR) rule as stated for this exercise, available stable funding (ASF) weights each liability and capital item: regulatory capital 100%, stable retail deposits 95%, other retail deposits 90%, funding from non-financial corporates maturing within a year 50% and funding from financial institutions maturing within six months 0%. (For comparison, the LCR runs stable retail off at 3%, other retail at 10% and non-operational corporate deposits at 40%.) A bank has ${m(K)} of regulatory capital, ${m(S)} of stable retail deposits, ${m(R)} of other retail deposits, ${m(C)} of corporate deposits due within a year and ${m(F)} of overnight borrowing from other banks. What is its ASF amount, ${TWO}?`,
      show: mn,
      figures: { K, S, R, C, F },
      key: asf(100, 95, 90, 50, 0),
      wrong: [
        [asf(100, 95, 95, 50, 0), 'weights other retail deposits at 95%'],
        [asf(100, 95, 90, 50, 50), 'weights the bank borrowing as corporate funding'],
        [asf(100, 97, 90, 60, 0), 'takes one less the LCR run-off rates'],
        [asf(100, 90, 90, 50, 0), 'weights all retail deposits at 90%'],
        [asf(100, 95, 90, 0, 0), 'weights the corporate funding at 0%'],
        [asf(0, 95, 90, 50, 0), 'leaves out the capital'],
      ],
    }
  }),
  liq('nsfr-required-stable-funding', (rng) => {
    const Ca = rng.int(300, 800)
    const T = rng.int(1500, 3000)
    const G = rng.int(500, 1400)
    const Rl = rng.int(500, 1500)
    const Mo = rng.int(2000, 4000)
    const Ol = rng.int(1500, 3000)
    const rsf = (t: number, g: number, rl: number, mo: number, ol: number) =>
      at([T, t], [G, g], [Rl, rl], [Mo, mo], [Ol, ol])
    return {
      stem: `Under the US NSFR rule as stated for this exercise, required stable funding (RSF) weights each asset: cash and reserve balances 0%, unencumbered Level 1 securities 5%, Level 2A securities 15%, loans to retail customers maturing within a year 50%, residential mortgages maturing after a year with a risk weight of 50% or less 65% and other performing loans maturing after a year 85%. A bank holds ${m(Ca)} of cash and reserve balances, ${m(T)} of Treasuries, ${m(G)} of agency securities (Level 2A), ${m(Rl)} of retail loans due within a year, ${m(Mo)} of qualifying residential mortgages and ${m(Ol)} of commercial loans due after a year. What is its RSF amount, ${TWO}?`,
      show: mn,
      figures: { Ca, T, G, Rl, Mo, Ol },
      key: rsf(5, 15, 50, 65, 85),
      wrong: [
        [rsf(5, 15, 50, 85, 85), 'weights the mortgages as other loans at 85%'],
        [rsf(5, 15, 85, 65, 85), 'weights the short retail loans at 85%'],
        [rsf(15, 5, 50, 65, 85), 'swaps the Level 1 and Level 2A factors'],
        [rsf(0, 15, 50, 65, 85), 'weights the Treasuries at 0% like cash'],
        [rsf(5, 15, 50, 50, 85), 'weights the mortgages at 50%'],
        [rsf(5, 15, 50, 65, 65), 'weights the commercial loans as mortgages at 65%'],
      ],
    }
  }),
  liq('federal-reserve-account-overnight-borrowing', (rng) => {
    const c = (lo: number, hi: number) => rng.int(lo, hi) * 100 + rng.int(0, 99)
    const O = c(1_500_000, 6_000_000)
    const Wi = c(8_000_000, 20_000_000)
    const C = c(2_000_000, 6_000_000)
    const D = C - c(500_000, 1_500_000)
    const L = c(300_000, 800_000)
    const M = rng.int(10, 50) * 10_000_000
    const T = rng.int(2, 5) * 100_000_000
    const s = c(500_000, 4_000_000)
    const Wo = O + Wi + C - D - L + M + s
    const need = T + s
    return {
      stem: `Late in the day the funding desk of a bank projects its Federal Reserve account: opening balance ${dc(O)}; incoming Fedwire funds transfers ${dc(Wi)}; outgoing Fedwire funds transfers ${dc(Wo)}; ACH settlement credits ${dc(C)} and ACH settlement debits ${dc(D)}; a cash letter of checks presented against the bank, charged to the account, ${dc(L)}; and a Treasury bill maturing today, its proceeds credited to the account, ${dc(M)}. The desk wants to end the day with a balance of ${dc(T)} and buys the shortfall overnight in federal funds. How much must it borrow?`,
      show: cents,
      figures: { O, Wi, Wo, C, D, L, M, T, s },
      key: $c(need),
      wrong: [
        [$c(need + M), 'leaves out the maturing Treasury bill'],
        [$c(need + 2 * (C - D)), 'swaps the ACH credits and debits'],
        [$c(need + 2 * M), 'takes the maturing bill as a purchase'],
        [$c(need - L), 'leaves out the cash letter'],
        [$c(need - 2 * L), 'takes the cash letter as a credit'],
        [$c(s), 'borrows only enough to clear the overdraft'],
      ],
    }
  }),
  liq('overnight-fed-funds-interest-over-a-holiday-weekend', (rng) => {
    const h = rng.int(0, 4)
    const [name, fri] = (
      [
        ['Martin Luther King Jr. Day', 'January 16, 2026'],
        ['Washington’s Birthday', 'February 13, 2026'],
        ['Memorial Day', 'May 22, 2026'],
        ['Labor Day', 'September 4, 2026'],
        ['Columbus Day', 'October 9, 2026'],
      ] as const
    )[h]!
    const lo = rng.pick([350, 375, 400, 425])
    const k = lo + rng.int(4, 12)
    const P = rng.int(100, 900) * 100_000
    const int = (b: number, days: number, year: number) => frac(P * b * days, 10000 * year)
    return {
      stem: `The FOMC’s target range for the federal funds rate is ${bps(lo)} to ${bps(lo + 25)} and the Federal Reserve pays interest on reserve balances at ${bps(lo + 15)}. On Friday, ${fri}, a bank buys ${dd(P)} of federal funds overnight from a correspondent at ${bps(k)}, to be repaid on the next day the Fedwire Funds Service is open; Monday is ${name}, a Federal Reserve holiday. Fed funds interest is simple interest on an actual/360 basis for each calendar day from the borrowing date up to, but not including, the repayment date. What interest does the bank pay, ${CENTS}?`,
      show: cents,
      figures: { h, lo, k, P },
      key: int(k, 4, 360),
      wrong: [
        [int(k, 4, 365), 'uses a 365-day year'],
        [int(k, 1, 360), 'charges one day'],
        [int(k, 3, 360), 'repays on the holiday Monday'],
        [int(k, 5, 360), 'counts the repayment day too'],
        [int(lo + 15, 4, 360), 'uses the rate on reserve balances'],
        [int(lo + 25, 4, 360), 'uses the top of the target range'],
      ],
    }
  }),
  liq('daylight-overdraft-fee-for-a-two-week-period', (rng) => {
    const A1 = rng.int(300, 900)
    const A2 = rng.int(300, 900)
    const A3 = rng.int(300, 900)
    const D = rng.int(50, 250)
    const over = A1 + A2 + A3 - 3 * D
    // tenths of a million at `b` bp a year, scaled by `hours` ÷ 24 over a `year`-day year
    const fee = (t: number, b: number, hours: number, year: number) =>
      frac(t * 100_000 * b * hours, 10000 * 24 * year)
    const key = fee(over, 50, 21.5 * 2, 360 * 2)
    return {
      stem: `As stated for this exercise, the Federal Reserve charges daylight overdraft fees at an annual rate of 50 basis points quoted for a 24-hour day (the rate before 2011 was 36 basis points); for the 21.5-hour Fedwire Funds day the daily rate is 0.50% × 21.5/24 ÷ 360. Each day’s fee is that daily rate times the day’s average per-minute uncollateralized daylight overdraft less the bank’s daily deductible of ${m(D)}. The fees of a two-week reserve maintenance period are added up, and a total of $150 or less is waived. In one two-week period a bank ran average per-minute uncollateralized overdrafts of ${m(A1)}, ${m(A2)} and ${m(A3)} on three days and none on the others. What is its fee for the period, ${CENTS}?`,
      show: cents,
      figures: { A1, A2, A3, D },
      key,
      wrong: [
        [fee(over, 50, 24, 360), 'leaves out the 21.5/24 adjustment'],
        [fee(A1 + A2 + A3, 50, 43, 720), 'leaves out the deductible'],
        [fee(over + 2 * D, 50, 43, 720), 'takes the deductible once for the period'],
        [fee(over, 50, 43, 730), 'uses a 365-day year'],
        [fee(over, 36, 43, 720), 'uses the pre-2011 rate of 36 basis points'],
        [sub(key, 150), 'subtracts the $150 waiver as a deductible'],
      ],
    }
  }),
  liq('fhlb-remaining-borrowing-capacity', (rng) => {
    const Mo = rng.int(1500, 4000)
    const Cr = rng.int(500, 1500)
    const S = rng.int(300, 1000)
    const Adv = Math.round(((0.25 * Mo + 0.4 * Cr + 0.05 * S) * rng.int(30, 70)) / 100)
    const cap = (mo: number, cr: number, s: number, adv: number) =>
      sub(at([Mo, mo], [Cr, cr], [S, s]), frac(Adv * adv, 10))
    return {
      stem: `A bank’s Federal Home Loan Bank lends against pledged collateral at these lendable values (the share of the collateral value it will lend), as stated for this exercise: 1–4 family residential mortgage loans 75%, commercial real estate loans 60% and agency MBS held in safekeeping 95%. The bank has pledged ${m(Mo)} of 1–4 family mortgages, ${m(Cr)} of commercial real estate loans and ${m(S)} of agency MBS, and has ${m(Adv)} of advances outstanding. How much more can it borrow from the FHLB, ${TWO}?`,
      show: mn,
      figures: { Mo, Cr, S, Adv },
      key: cap(75, 60, 95, 1),
      wrong: [
        [cap(75, 60, 95, 0), 'leaves out the advances outstanding'],
        [cap(100, 100, 100, 1), 'lends the full collateral value'],
        [cap(75, 75, 95, 1), 'lends 75% on the commercial real estate'],
        [cap(25, 40, 5, 1), 'takes the lendable values as haircuts'],
        [cap(75, 60, 75, 1), 'lends 75% on the agency MBS'],
        [cap(75, 0, 95, 1), 'leaves out the commercial real estate'],
      ],
    }
  }),
  liq('cumulative-liquidity-gap-through-30-days', (rng) => {
    const O1 = rng.int(200, 500)
    const g1 = rng.int(50, 150)
    const O2 = rng.int(600, 1000)
    const g2 = rng.int(g1 + 50, g1 + 300)
    const O3 = rng.int(600, 1200)
    const g3 = rng.int(100, 400)
    const X = rng.int(30, 120)
    const O4 = rng.int(800, 1500)
    const g4 = rng.int(100, 400)
    const I1 = O1 + g1
    const I2 = O2 - g2
    const I3 = O3 - g3 + X
    const I4 = O4 - g4
    const short = g2 + g3 - g1
    const t = (x: number) => frac(x, 10)
    return {
      stem: `A bank’s liquidity gap report for the coming 90 days shows, for the overnight, 2–7-day, 8–30-day and 31–90-day buckets, inflows of ${m(I1)}, ${m(I2)}, ${m(I3)} and ${m(I4)} and outflows of ${m(O1)}, ${m(O2)}, ${m(O3)} and ${m(O4)}. The 8–30-day inflows include ${an(m(X))} payment due on a loan already 60 days past due, which the bank’s policy says must not be counted as an inflow. Each bucket’s gap is its inflows less its outflows, and the cumulative gap through a bucket adds the gaps of every bucket up to it. What is the cumulative funding shortfall through 30 days, in millions of dollars to one decimal place?`,
      show: mn1,
      figures: { I1, I2, I3, I4, O1, O2, O3, O4, X },
      key: t(short),
      wrong: [
        [t(g3), 'takes the 8–30-day gap alone'],
        [t(g2 - g1), 'stops at 7 days'],
        [t(short - X), 'counts the past-due payment'],
        [t(short + g4), 'runs through 90 days'],
        [t(short + g1), 'leaves out the overnight surplus'],
        [t(O1 + O2 + O3), 'leaves out the inflows'],
      ],
    }
  }),
  liq('loan-to-deposit-ratio', (rng) => {
    const Gl = rng.int(6000, 9000)
    const Al = Math.round((Gl * rng.int(10, 18)) / 1000)
    const Dt = rng.int(8000, 11000)
    const B = rng.int(300, 1000)
    const Fh = rng.int(300, 1000)
    const Fp = rng.int(100, 400)
    const Fs = rng.int(100, 500)
    const OL = rng.int(50, 200)
    const TL = Dt + Fh + Fp + OL
    const ltd = (loans: number, deps: number) => frac(loans, deps)
    return {
      stem: `A bank’s liquidity policy measures the loan-to-deposit ratio as net loans (gross loans and leases less the allowance for credit losses) divided by total deposits, brokered deposits included. Its balance sheet shows gross loans of ${m(Gl)}, an allowance for credit losses of ${m(Al)}, federal funds sold of ${m(Fs)}, total deposits of ${m(Dt)} (of which ${m(B)} brokered), FHLB advances of ${m(Fh)}, federal funds purchased of ${m(Fp)} and other liabilities of ${m(OL)}. What is its loan-to-deposit ratio, ${RATIO}?`,
      show: pct2,
      figures: { Gl, Al, Dt, B, Fh, Fp, Fs, OL },
      key: ltd(Gl - Al, Dt),
      wrong: [
        [ltd(Gl, Dt), 'uses gross loans'],
        [ltd(Gl - Al, Dt - B), 'leaves out the brokered deposits'],
        [ltd(Gl - Al + Fs, Dt), 'counts the federal funds sold as loans'],
        [ltd(Gl - Al, Dt + Fh), 'counts the FHLB advances as deposits'],
        [ltd(Gl - Al, Dt + Fp), 'counts the federal funds purchased as deposits'],
        [ltd(Gl - Al, TL), 'divides by total liabilities'],
      ],
    }
  }),
  liq('brokered-deposit-share-with-the-reciprocal-cap', (rng) => {
    const TL = 5 * rng.int(1600, 3000)
    const Dt = Math.round((TL * rng.int(80, 90)) / 100)
    const Bk = rng.int(200, 800)
    const Ls = rng.int(100, 500)
    const x = rng.int(50, 400)
    const R = TL / 5 + x
    const E = rng.int(800, 1500)
    return {
      stem: `Under the FDIC’s brokered deposit rule as stated for this exercise, deposits placed through a listing service are not brokered, and reciprocal deposits of a well-capitalized, well-rated bank are not brokered up to the lesser of $5 billion or 20% of its total liabilities; reciprocal deposits above that cap count as brokered. A well-capitalized, well-rated bank with total liabilities of ${m(TL)}, equity of ${m(E)} and total deposits of ${m(Dt)} holds ${m(Bk)} of deposits placed by third-party deposit brokers, ${m(Ls)} of listing-service deposits and ${m(R)} of reciprocal deposits. What share of its total deposits is brokered, ${RATIO}?`,
      show: pct2,
      figures: { TL, Dt, Bk, Ls, R, E },
      key: frac(Bk + x, Dt),
      wrong: [
        [frac(Bk, Dt), 'leaves out all the reciprocal deposits'],
        [frac(Bk + R, Dt), 'counts all the reciprocal deposits'],
        [frac(Bk + x + Ls, Dt), 'counts the listing-service deposits'],
        [frac(5 * (Bk + R) - Dt, 5 * Dt), 'takes the cap as 20% of deposits'],
        [frac(Bk + x, TL), 'divides by total liabilities'],
        [frac(Bk + x, TL + E), 'divides by total assets'],
      ],
    }
  }),
  liq('liquid-assets-to-total-assets', (rng) => {
    const Cd = rng.int(200, 600)
    const Fs = rng.int(100, 500)
    const U = rng.int(1500, 3000)
    const Ua = U + rng.int(50, 300)
    const Pf = rng.int(400, 1200)
    const TA = rng.int(8000, 12000)
    const Dt = Math.round((TA * rng.int(80, 88)) / 100)
    return {
      stem: `A bank’s liquidity policy counts as liquid assets its cash and balances due from banks (the Federal Reserve included), federal funds sold and securities not pledged as collateral, valued at fair value, and measures them against total assets. It holds ${m(Cd)} of cash and due from banks, ${m(Fs)} of federal funds sold, unpledged available-for-sale securities with a fair value of ${m(U)} (amortized cost ${m(Ua)}) and pledged securities with a fair value of ${m(Pf)}; total assets are ${m(TA)} and total deposits ${m(Dt)}. What is its ratio of liquid assets to total assets, ${RATIO}?`,
      show: pct2,
      figures: { Cd, Fs, U, Ua, Pf, TA, Dt },
      key: frac(Cd + Fs + U, TA),
      wrong: [
        [frac(Cd + Fs + U + Pf, TA), 'counts the pledged securities'],
        [frac(Cd + Fs + Ua, TA), 'values the securities at amortized cost'],
        [frac(Cd + Fs + U, Dt), 'divides by total deposits'],
        [frac(Cd + U, TA), 'leaves out the federal funds sold'],
        [frac(Fs + U, TA), 'leaves out the cash and due from banks'],
        [frac(Cd + Fs, TA), 'leaves out the securities'],
      ],
    }
  }),
  liq('lcr-stable-retail-deposits-entirely-insured', (rng) => {
    const b1 = rng.int(260, 600) * 1000 + rng.int(0, 999)
    const b2 = rng.int(260, 490) * 1000 + rng.int(0, 999)
    const b3 = rng.int(40, 240) * 1000 + rng.int(0, 999)
    const b4 = rng.int(40, 240) * 1000 + rng.int(0, 999)
    const all = b1 + b2 + b3 + b4
    // the stable part at `s` percent and the rest at 10%, in dollars
    const out = (stable: number, s = 3) => frac(stable * s + (all - stable) * 10, 100)
    return {
      stem: `Under the US LCR rule as stated for this exercise, a retail deposit is stable (3% outflow) only if it is entirely covered by FDIC insurance and either sits in a transactional account or belongs to a depositor with another established relationship with the bank; every other retail deposit, a partly insured one included, is other retail (10% outflow). (Basel instead runs stable deposits off at 5% and lets a bank take the insured part of a larger deposit as stable.) FDIC insurance covers $250,000 per depositor in each ownership category, and a joint account $250,000 for each co-owner. To test the bank’s LCR engine an analyst takes four retail deposits: a single-owner checking account with direct deposit holding ${dd(b1)}, a joint checking account of two spouses holding ${dd(b2)}, a single-owner checking account holding ${dd(b3)}, and a single-owner certificate of deposit of ${dd(b4)} opened online by a customer with no other product at the bank. What total 30-day outflow should the engine compute for these four, ${CENTS}?`,
      show: cents,
      figures: { b1, b2, b3, b4 },
      key: out(b2 + b3),
      wrong: [
        [out(b2 + b3, 5), 'uses the Basel 5% rate for stable retail'],
        [out(b3), 'applies the single-owner limit to the joint account'],
        [out(0), 'runs every deposit off at 10%'],
        [out(all), 'runs every deposit off at 3%'],
        [out(b2 + b3 + b4), 'takes the insured CD as stable'],
        [out(250_000 + b2 + b3), 'takes the insured part of the large deposit as stable'],
      ],
    }
  }),
]
