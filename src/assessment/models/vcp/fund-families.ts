import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  CENTS,
  cap,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  power,
  rest,
  sub,
  usd,
} from './vcp-text.js'

// Fund economics and returns. The slips are a fee on the wrong base or at the rate of another
// period, fees, expenses or recycling left out or uncapped, carry on the whole distribution or on
// profit before the hurdle, the catch-up left out, counted twice or stopped short, capital
// committed taken for capital contributed, carry already paid forgotten, a deal-by-deal priority
// missing a tier, an unrealised write-down or tax counted where the agreement does not, DPI or RVPI
// counting value they leave out or dividing by commitments, gross multiples for net, dilution
// ignored, multiplied or summed, the pre-money taken for the post-money, and index growth applied
// to one side of the PME or the wrong way round.

const money = usd(2)
/** A multiple to two places: `2.35x`. */
const mult = (x: Fraction): string => `${fixed(x, 2)}x`
/** A plain ratio to two places. */
const ratio = (x: Fraction): string => fixed(x, 2)
const X2 = 'as a multiple to two decimal places (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** Basis points as a rate. */
const bp = (b: number): Fraction => frac(b, 10000)
/** Basis points as a stem writes a rate: 200 → `2%`, 175 → `1.75%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), b % 100 === 0 ? 0 : 2)}%`
/** Cents as a stem writes a share price. */
const cents = (c: number): string => money(frac(c, 100))
/** `x` rounded to the nearest `step`. */
const near = (x: number, step: number): number => Math.round(x / step) * step
/** `x` as a plain number, for comparisons inside a draw (never shown). */
const num = (x: Fraction): number => Number(x.n) / Number(x.d)
/** The sum of whole numbers. */
const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

/** The catch-up tier as a stem states it: the GP's share `s` until it has `c` of the profit. */
const catchUp = (s: number, c: number): string =>
  s === 100
    ? `a catch-up of 100% to the GP until the GP has received ${c}% of all profit distributed (the second and third tiers)`
    : `a catch-up of ${s}% to the GP and ${100 - s}% to the LPs until the GP has received ${c}% of all profit distributed (the second and third tiers)`

export const FUND_FAMILIES: ScenarioFamily[] = [
  apart('management-fees-over-the-fund-life-with-a-step-down-to-invested-capital', (rng) => {
    const C = rng.int(60, 300) * 1000000
    const f = rng.pick([200, 225, 250])
    const f2 = f - rng.pick([25, 50, 75])
    const p = rng.int(4, 5)
    const later = 10 - p
    const N: number[] = []
    let nic = near((C * rng.int(62, 80)) / 100, 100000)
    for (let i = 0; i < later; i++) {
      N.push(nic)
      nic -= near((C * rng.int(6, 11)) / 100, 100000)
    }
    if (N.some((x) => x <= 0)) rest()
    const sumN = total(N)
    const early = mul(C, bp(f), p)
    const figures: Record<string, number> = { C, f, f2, p }
    N.forEach((x, i) => {
      figures[`n${i}`] = x
    })
    const years = N.map((x, i) => `year ${p + 1 + i}, ${dol(x)}`).join('; ')
    return {
      stem: `A venture fund has ${dol(C)} of commitments and a 10-year term. Its agreement charges a yearly management fee of ${bpText(f)} of commitments in each of the first ${p} years (the investment period) and then ${bpText(f2)} a year of net invested capital (the cost of portfolio investments not yet sold or written off) as it stands at the start of each later year. Net invested capital at the start of each later year is: ${years}. What management fees does the fund pay over its 10 years, ${CENTS}?`,
      show: money,
      figures,
      key: add(early, mul(bp(f2), sumN)),
      wrong: [
        [mul(C, bp(f), 10), 'charges the investment-period fee on commitments for all 10 years'],
        [
          add(early, mul(C, bp(f2), later)),
          'charges the step-down rate on commitments after the investment period',
        ],
        [add(early, mul(bp(f), sumN)), 'keeps the investment-period rate on net invested capital'],
        [
          add(early, mul(bp(f2), N[0]!, later)),
          'uses the first later year’s invested capital for every later year',
        ],
        [early, 'leaves out the fees after the investment period'],
        [
          add(early, mul(bp(f2), N[later - 1]!, later)),
          'uses the last year’s invested capital for every later year',
        ],
        [
          add(mul(C, bp(f2), p), mul(bp(f2), sumN)),
          'charges the step-down rate in the investment period too',
        ],
      ],
    }
  }),
  apart('investable-capital-after-fees-expenses-and-recycling', (rng) => {
    const C = rng.int(50, 250) * 1000000
    const f = rng.pick([200, 225, 250])
    const f2 = f - rng.pick([50, 75, 100])
    const p = rng.int(4, 6)
    const E = (rng.int(4, 12) * C) / 1000
    const R = rng.int(10, 20)
    const P = near((((C * R) / 100) * rng.int(125, 220)) / 100, 100000)
    const fees = (first: number, then: number, years: number) =>
      add(mul(C, bp(first), years), mul(C, bp(then), 10 - years))
    const base = sub(sub(C, fees(f, f2, p)), E)
    const cap = mul(C, pc(R))
    return {
      stem: `A venture fund has ${dol(C)} of commitments and a 10-year term. The management fee is ${bpText(f)} of commitments a year for the ${p}-year investment period and ${bpText(f2)} of commitments a year for the remaining ${10 - p} years; organisational and operating expenses over the fund’s life are budgeted at ${dol(E)}. Fees and expenses are paid out of commitments. The agreement lets the GP reinvest (recycle) exit proceeds into portfolio companies, up to ${R}% of commitments in all, and early exits are expected to return ${dol(P)} that could be reinvested. How much can the fund invest in portfolio companies over its life, counting recycled proceeds, ${CENTS}?`,
      show: money,
      figures: { C, f, f2, p, E, R, P },
      key: add(base, cap),
      wrong: [
        [base, 'leaves out the recycled proceeds'],
        [add(base, P), 'recycles all the early proceeds, past the cap'],
        [add(base, mul(base, pc(R))), 'takes the recycling cap on investable capital'],
        [
          add(sub(sub(C, fees(f, f, 10)), E), cap),
          'charges the investment-period rate for all 10 years',
        ],
        [
          add(sub(sub(C, mul(C, bp(f), p)), E), cap),
          'leaves out the fees after the investment period',
        ],
        [add(sub(C, fees(f, f2, p)), cap), 'leaves out the fund expenses'],
      ],
    }
  }),
  apart('whole-fund-carry-with-a-preferred-return-and-a-complete-catch-up', (rng) => {
    const K = rng.int(40, 200) * 1000000
    const Fe = near((K * rng.int(10, 16)) / 100, 100000)
    const U = near((K * rng.int(3, 10)) / 100, 100000)
    const C = K + U
    const h = rng.int(6, 8)
    const t = rng.int(4, 7)
    const c = rng.pick([20, 25])
    const s = rng.pick([100, 80, 50])
    const D = (K * rng.int(180, 320)) / 100
    const P = frac(K * h * t, 100)
    const Ys = div(mul(pc(c), P), pc(s - c))
    // The catch-up is complete, also when capital is (wrongly) taken as the commitments.
    if (num(sub(D - C, add(P, Ys))) < 0) rest()
    const cc = pc(c)
    return {
      stem: `Investors committed ${dol(C)} to a venture fund and contributed ${dol(K)} of it (${dol(Fe)} of that went on fees and expenses, the rest into companies). The fund is now wound up, having distributed ${dol(D)} in all. Its whole-fund (European) waterfall pays: first, the LPs’ contributed capital; second, a preferred return of ${h}% a year, simple, on contributed capital for ${t} years (as stated for this exercise); third, ${catchUp(s, c)}; then ${c}% to the GP and ${100 - c}% to the LPs. What carried interest does the GP receive in all, ${CENTS}?`,
      show: money,
      figures: { K, Fe, U, h, t, c, s, D },
      key: mul(cc, D - K),
      wrong: [
        [mul(cc, D), 'takes the carry on all distributions, capital included'],
        [mul(cc, D - (K - Fe)), 'returns only the capital invested, not the fees'],
        [
          add(mul(pc(s), Ys), mul(cc, sub(D - K, P))),
          `adds the whole catch-up to ${c}% of all profit above the hurdle`,
        ],
        [mul(cc, sub(D - K, P)), 'leaves out the catch-up'],
        [
          add(mul(cc, P), mul(cc, sub(sub(D - K, P), div(mul(cc, P), pc(s))))),
          `ends the catch-up once the GP has ${c}% of the preferred return`,
        ],
        [mul(cc, D - C), 'returns the LPs’ commitments, not their contributions'],
      ],
    }
  }),
  apart('whole-fund-carry-inside-a-split-catch-up', (rng) => {
    const [c, s] = rng.pick([
      [20, 60],
      [20, 75],
      [25, 60],
      [25, 80],
    ] as const)
    const K = rng.int(40, 200) * 1000000
    const U = near((K * rng.int(2, 6)) / 100, 100000)
    const h = rng.int(6, 8)
    const t = rng.int(3, 6)
    const P = (K * h * t) / 100
    const Ys = div(mul(pc(c), P), pc(s - c))
    const Z = near((num(Ys) * rng.int(20, 85)) / 100, 1000)
    const D = K + P + Z
    const Zc = Z - (U * h * t) / 100
    if (Zc <= 0) rest()
    return {
      stem: `Investors committed ${dol(K + U)} to a venture fund and contributed ${dol(K)} of it. The fund is now wound up, having distributed ${dol(D)} in all. Its whole-fund (European) waterfall pays: first, the LPs’ contributed capital; second, a preferred return of ${h}% a year, simple, on contributed capital for ${t} years (as stated for this exercise); third, ${catchUp(s, c)}; then ${c}% to the GP and ${100 - c}% to the LPs. What carried interest does the GP receive in all, ${CENTS}?`,
      show: money,
      figures: { K, U, h, t, c, s, D },
      key: mul(pc(s), Z),
      wrong: [
        [mul(pc(c), D - K), `takes ${c}% of all profit, as if the catch-up were complete`],
        [frac(Z), 'gives the GP all of the catch-up tier'],
        [mul(pc(c), D), 'takes the carry on all distributions, capital included'],
        [mul(pc(c), Z), `leaves out the catch-up: ${c}% of the profit above the hurdle`],
        [mul(pc(100 - s), Z), 'gives the GP the LPs’ side of the catch-up split'],
        [mul(pc(s), Zc), 'measures the preferred return on commitments'],
      ],
    }
  }),
  apart('whole-fund-carry-due-on-a-new-distribution-after-carry-already-paid', (rng) => {
    const c = rng.pick([20, 25])
    const K = rng.int(40, 200) * 1000000
    const h = rng.int(6, 8)
    const t = rng.int(5, 8)
    const t1 = rng.int(2, t - 2)
    const P = (K * h * t) / 100
    const P1 = (K * h * t1) / 100
    const cc = pc(c)
    const Xs = div(mul(cc, P), pc(100 - c))
    const X1 = div(mul(cc, P1), pc(100 - c))
    const G1 = near((num(X1) * rng.int(20, 80)) / 100, 1000)
    const D1 = K + P1 + G1
    const Dn = near((K * rng.int(60, 160)) / 100, 100000)
    const D = D1 + Dn
    if (num(sub(D - K, add(P, Xs))) < 0) rest()
    const key = sub(mul(cc, D - K), G1)
    return {
      stem: `A venture fund’s LPs have contributed ${dol(K)} in all; no more calls will be made. Its whole-fund (European) waterfall pays: first, the LPs’ contributed capital; second, a preferred return of ${h}% a year, simple, on contributed capital (as stated for this exercise, it has run ${t} years to today); third, ${catchUp(100, c)}; then ${c}% to the GP and ${100 - c}% to the LPs. The waterfall is run on all distributions to date each time the fund distributes, and the GP receives what it is then due less the carry it has already received. At an earlier distribution, when the preferred return had run ${t1} years, the fund had distributed ${dol(D1)} in all, ${dol(G1)} of it to the GP as catch-up. Today the fund distributes ${dol(Dn)} more. How much of today’s distribution goes to the GP, ${CENTS}?`,
      show: money,
      figures: { K, h, t, t1, c, G1, D1, Dn },
      key,
      wrong: [
        [mul(cc, D - K), 'forgets the carry already paid'],
        [sub(mul(cc, D), G1), 'takes the carry on all distributions, capital included'],
        [
          sub(add(Xs, mul(cc, D - K - P)), G1),
          `adds the whole catch-up to ${c}% of all profit above the hurdle`,
        ],
        [mul(cc, Dn), `splits today’s distribution ${c}/${100 - c} on its own`],
        [sub(mul(cc, D - K - P), G1), 'leaves out the catch-up'],
        [
          sub(sub(mul(cc, D - K), mul(cc, cc, P)), G1),
          `ends the catch-up once the GP has ${c}% of the preferred return`,
        ],
      ],
    }
  }),
  apart('deal-by-deal-carry-on-one-exit-after-earlier-losses', (rng) => {
    const c = rng.pick([20, 25])
    const Cx = rng.int(4, 12) * 1000000
    const Px = near((Cx * rng.int(300, 800)) / 100, 100000)
    const f = rng.int(8, 18)
    const h = rng.int(6, 8)
    const y = rng.int(3, 6)
    const A1 = rng.int(1, 5) * 1000000
    const B1 = near((A1 * rng.int(5, 40)) / 100, 100000)
    const A2 = rng.int(1, 5) * 1000000
    const B2 = near((A2 * rng.int(10, 60)) / 100, 100000)
    const Wc = rng.int(3, 10) * 1000000
    const W = near((Wc * rng.int(30, 70)) / 100, 100000)
    const L = A1 - B1 + A2 - B2
    const withFees = mul(Cx, add(1, pc(f)))
    const simple = add(1, frac(h * y, 100))
    const carry = (priority: Fraction | number) => mul(pc(c), sub(Px, priority))
    const key = carry(add(mul(withFees, simple), L))
    return {
      stem: `A venture fund pays carried interest deal by deal (an American waterfall). When a company is sold, the proceeds go to the LPs until they have received: (1) the company’s cost; (2) its allocated fees and expenses, ${f}% of its cost; (3) the net realised losses on companies sold earlier (cost less proceeds); and (4) a preferred return of ${h}% a year, simple, for the years the company was held, on (1) and (2). The GP then takes ${c}% of what is left, with no catch-up; unrealised write-downs are not deducted. Earlier the fund sold Alder Labs (cost ${dol(A1)}) for ${dol(B1)} and Birch Robotics (cost ${dol(A2)}) for ${dol(B2)}. It still holds Cedar Health (cost ${dol(Wc)}), written down by ${dol(W)}. Today it sells Dunlin Software, bought ${y} years ago for ${dol(Cx)}, for ${dol(Px)}. What carry does the GP take on this sale, ${CENTS}?`,
      show: money,
      figures: { c, Cx, Px, f, h, y, A1, B1, A2, B2, Wc, W },
      key,
      wrong: [
        [carry(add(mul(Cx, simple), L)), 'leaves out the company’s allocated fees'],
        [carry(mul(withFees, simple)), 'leaves out the earlier realised losses'],
        [carry(add(withFees, L)), 'leaves out the preferred return'],
        [carry(Cx), 'takes the carry on the company’s whole gain'],
        [sub(key, mul(pc(c), W)), 'deducts the unrealised write-down too'],
        [carry(add(mul(withFees, power(add(1, pc(h)), y)), L)), 'compounds the preferred return'],
        [carry(mul(add(withFees, L), simple)), 'runs the preferred return on the losses too'],
      ],
    }
  }),
  apart('gp-clawback-when-whole-fund-carry-falls-short-of-deal-by-deal-carry', (rng) => {
    const c = rng.pick([20, 25])
    const a1 = rng.int(4, 10) * 1000000
    const b1 = near((a1 * rng.int(300, 700)) / 100, 100000)
    const a2 = rng.int(4, 10) * 1000000
    const b2 = near((a2 * rng.int(200, 450)) / 100, 100000)
    const a3 = rng.int(5, 12) * 1000000
    const b3 = near((a3 * rng.int(5, 40)) / 100, 100000)
    const a4 = rng.int(5, 12) * 1000000
    const b4 = near((a4 * rng.int(5, 40)) / 100, 100000)
    const Fe = near(((a1 + a2 + a3 + a4) * rng.int(12, 20)) / 100, 100000)
    const K = a1 + a2 + a3 + a4 + Fe
    const U = near((K * rng.int(3, 8)) / 100, 100000)
    const h = rng.int(6, 8)
    const t = rng.int(3, 6)
    const tax = rng.int(30, 45)
    const D = b1 + b2 + b3 + b4
    const P = frac(K * h * t, 100)
    // The catch-up is complete, also when capital is (wrongly) taken as the commitments.
    if (num(sub(D - K - U, div(P, pc(100 - c)))) < 0) rest()
    const cc = pc(c)
    const received = mul(cc, b1 - a1 + b2 - a2)
    const key = sub(received, mul(cc, D - K))
    // The cap: the carry received less tax. A slip that only misstates the whole-fund carry still
    // meets it; the key never does.
    const ceiling = mul(received, pc(100 - tax))
    const capped = (x: Fraction): Fraction => (num(x) > num(ceiling) ? ceiling : x)
    if (num(key) > num(ceiling)) rest()
    const sale = (name: string, a: number, b: number) => `${name} (cost ${dol(a)}) for ${dol(b)}`
    return {
      stem: `During its life a venture fund paid carried interest deal by deal: on each company sold at a gain the GP took ${c}% of that gain (proceeds less cost), and nothing on companies sold at a loss. The fund is now wound up. LPs committed ${dol(K + U)} and contributed ${dol(K)}: the cost of four companies and ${dol(Fe)} of fees and expenses. It sold ${sale('Alder Labs', a1, b1)}, ${sale('Birch Robotics', a2, b2)}, ${sale('Cedar Health', a3, b3)} and ${sale('Dunlin Software', a4, b4)}, in that order. The clawback compares the carry received with the GP’s carry under a whole-fund waterfall on all distributions: first the LPs’ contributed capital; then a preferred return of ${h}% a year, simple, on contributed capital for ${t} years (as stated for this exercise); then a 100% GP catch-up until the GP has ${c}% of all profit distributed; then ${c}% to the GP and ${100 - c}% to the LPs. The GP must return the excess of the carry it received over that carry, but never more than the carry it received less tax of ${tax}% on it. How much must the GP return, ${CENTS}?`,
      show: money,
      figures: { c, a1, b1, a2, b2, a3, b3, a4, b4, Fe, U, h, t, tax },
      key,
      wrong: [
        [
          capped(sub(received, mul(cc, sub(D - K, P)))),
          'leaves the catch-up out of the whole-fund carry',
        ],
        [received, 'returns all the carry received'],
        [
          capped(sub(received, mul(cc, D - K - U))),
          'returns the LPs’ commitments in the whole-fund carry',
        ],
        [mul(key, pc(100 - tax)), 'takes the tax off the excess instead of using it as a cap'],
        [mul(cc, a3 - b3 + a4 - b4), 'leaves the fees out of the whole-fund profit'],
        [mul(cc, Fe), 'leaves the companies sold at a loss out of the whole-fund profit'],
      ],
    }
  }),
  apart('gp-receipts-from-its-own-commitment-and-carry', (rng) => {
    const C = rng.int(50, 250) * 1000000
    const g = rng.int(1, 5)
    const D = (C * rng.int(170, 350)) / 100
    const c = rng.pick([20, 25, 30])
    const gp = mul(pc(g), D)
    const lpProfit = mul(pc(100 - g), D - C)
    const cc = pc(c)
    return {
      stem: `A venture fund has ${dol(C)} of commitments, ${g}% of them from the GP itself; every partner has paid in its whole commitment, fees included, and shares in distributions in proportion to what it paid in. The GP’s own commitment bears no carried interest. The fund is now wound up, having distributed ${dol(D)} in all; it is far past its hurdle and the GP catch-up is complete, so the carry is ${c}% of the profit (distributions less capital paid in) on the other LPs’ interests. What does the GP receive from the fund in all, as a partner and as carry, ${CENTS}?`,
      show: money,
      figures: { C, g, D, c },
      key: add(gp, mul(cc, lpProfit)),
      wrong: [
        [add(gp, mul(cc, D - C)), 'takes the carry on the whole fund’s profit, its own included'],
        [
          add(gp, mul(cc, pc(100 - g), D)),
          'takes the carry on the LPs’ distributions, not their profit',
        ],
        [add(gp, mul(cc, D)), 'takes the carry on all distributions'],
        [mul(cc, lpProfit), 'leaves out its own commitment’s share'],
        [gp, 'leaves out the carry'],
        [add(mul(pc(g), C), mul(cc, lpProfit)), 'takes back only its own capital, not its profit'],
      ],
    }
  }),
  apart('lp-dpi-with-a-distribution-in-kind', (rng) => {
    const Cm = rng.int(50, 250) * 1000000
    const Ki = near((Cm * rng.int(68, 82)) / 100, 100000)
    const Fc = near((Cm * rng.int(8, 14)) / 100, 100000)
    const PI = Ki + Fc
    const D1 = near((PI * rng.int(35, 110)) / 100, 100000)
    const p = rng.int(1500, 6000)
    const k = near((((PI * rng.int(10, 30)) / 100) * 100) / p, 1000)
    const q = near((p * rng.int(40, 80)) / 100, 1)
    const Gc = near((D1 * rng.int(6, 14)) / 100, 10000)
    const V = near((PI * rng.int(30, 100)) / 100, 100000)
    const kind = frac(k * p, 100)
    const key = div(add(D1, kind), PI)
    return {
      stem: `LPs have committed ${dol(Cm)} to a venture fund. Capital calls to date total ${dol(Ki)} for investments and ${dol(Fc)} for management fees and expenses. The fund has paid the LPs ${dol(D1)} in cash (the GP took ${dol(Gc)} of carried interest from the same exits) and has distributed to them in kind ${n(k)} shares of a former portfolio company, now listed, at ${cents(p)} a share on the distribution date (the shares trade at ${cents(q)} today). The remaining portfolio is valued at ${dol(V)}. Distributions in kind count at their value on the day they were made. What is the LPs’ DPI, ${X2}?`,
      show: mult,
      figures: { Cm, Ki, Fc, D1, p, k, q, Gc, V },
      key,
      wrong: [
        [div(add(D1 + V, kind), PI), 'adds the remaining portfolio value (that is TVPI)'],
        [div(add(D1, kind), Ki), 'leaves the fee calls out of paid-in capital'],
        [div(add(D1 + Gc, kind), PI), 'counts the GP’s carry as paid to the LPs'],
        [div(add(D1, kind), Cm), 'divides by commitments, not paid-in capital'],
        [div(add(D1, frac(k * q, 100)), PI), 'values the shares distributed at today’s price'],
        [div(D1, PI), 'leaves out the distribution in kind'],
      ],
    }
  }),
  apart('lp-rvpi-from-a-rolled-forward-net-asset-value', (rng) => {
    const Cm = rng.int(60, 250) * 1000000
    const K = near((Cm * rng.int(70, 92)) / 100, 100000)
    const V0 = near((K * rng.int(60, 120)) / 100, 100000)
    const Q = near((K * rng.int(3, 8)) / 100, 100000)
    const B = near((V0 * rng.int(8, 20)) / 100, 100000)
    const S = near((B * rng.int(130, 250)) / 100, 100000)
    const U = near((V0 * rng.int(2, 12)) / 100, 100000)
    const A = near(((V0 + Q - B + U) * rng.int(3, 8)) / 100, 10000)
    const Dc = S + near((K * rng.int(10, 60)) / 100, 100000)
    const nav = V0 + Q - B + U - A
    return {
      stem: `At the start of a quarter a venture fund’s portfolio was valued at ${dol(V0)}. During the quarter it called ${dol(Q)} from its LPs and invested it in a new company (still held at cost), sold a company carried at ${dol(B)} for ${dol(S)} and distributed the proceeds, and wrote its other holdings up by ${dol(U)} net. At quarter end the GP’s accrued carried interest on unrealised gains is ${dol(A)}; the LPs’ net asset value is the portfolio value less that accrual. LPs have committed ${dol(Cm)} and paid in ${dol(K)} to date, this quarter’s call included; distributions to date total ${dol(Dc)}, this sale included. What is the LPs’ RVPI at quarter end, ${X2}?`,
      show: mult,
      figures: { Cm, K, V0, Q, B, S, U, A, Dc },
      key: frac(nav, K),
      wrong: [
        [frac(nav + B, K), 'leaves the company sold in the net asset value'],
        [frac(nav + A, K), 'leaves out the accrued carried interest'],
        [frac(nav + Dc, K), 'adds the distributions to date (that is TVPI)'],
        [frac(nav + B - S, K), 'takes out the sale proceeds, not the carrying value'],
        [frac(nav - Q, K), 'leaves out the new investment'],
        [frac(nav, Cm), 'divides by commitments, not paid-in capital'],
      ],
    }
  }),
  apart('net-tvpi-from-gross-value-after-fees-and-carry', (rng) => {
    const I = rng.int(40, 200) * 1000000
    const Fe = near((I * rng.int(12, 22)) / 100, 100000)
    const K = I + Fe
    const V = near((I * rng.int(170, 380)) / 100, 100000)
    const c = rng.pick([20, 25, 30])
    const net = sub(V, mul(pc(c), V - K))
    return {
      stem: `A venture fund has invested ${dol(I)} in portfolio companies and called ${dol(I + Fe)} in all from its LPs, the other ${dol(Fe)} for management fees and expenses. Its realised proceeds and the fair value of its remaining holdings total ${dol(V)}. The fund is past its hurdle with the GP catch-up complete, so the GP’s carried interest, paid and accrued, is ${c}% of the fund’s profit on the LPs’ paid-in capital. What is the LPs’ net TVPI (net of fees and carry), ${X2}?`,
      show: mult,
      figures: { I, Fe, V, c },
      key: div(net, K),
      wrong: [
        [frac(V, I), 'gives the gross multiple on invested cost'],
        [frac(V, K), 'leaves out the carried interest'],
        [div(net, I), 'divides the net value by invested cost, not paid-in capital'],
        [div(sub(V, mul(pc(c), V - I)), K), 'takes the carry on the gain over invested cost'],
        [div(mul(V, pc(100 - c)), K), 'takes the carry on the whole value'],
        [div(sub(net, Fe), K), 'deducts the fees from the value again'],
      ],
    }
  }),
  apart('deal-moic-with-a-follow-on-and-a-partial-secondary-sale', (rng) => {
    const N1 = rng.int(20, 200) * 10000
    const p1 = rng.int(50, 300)
    const N2 = near((N1 * rng.int(20, 60)) / 100, 1000)
    const p2 = near((p1 * rng.int(150, 300)) / 100, 1)
    const p3 = near((p2 * rng.int(150, 300)) / 100, 1)
    const ps = p2 + near(((p3 - p2) * rng.int(30, 80)) / 100, 1)
    const S = near(((N1 + N2) * rng.int(15, 40)) / 100, 1000)
    const held = N1 + N2 - S
    const cost = frac(N1 * p1 + N2 * p2, 100)
    const at = (x: number) => frac(x, 100)
    return {
      stem: `A venture fund bought ${n(N1)} shares of a start-up in its Series A at ${cents(p1)} a share and ${n(N2)} more in its Series B at ${cents(p2)}. Later it sold ${n(S)} of its shares in a secondary sale at ${cents(ps)} a share. The company has just closed a Series C at ${cents(p3)} a share, the price at which the fund now values the shares it still holds. What is the fund’s multiple on invested capital in the company (MOIC: proceeds received plus the value of the shares still held, over all it paid), ${X2}?`,
      show: mult,
      figures: { N1, p1, N2, p2, S, ps, p3 },
      key: div(add(at(S * ps), at(held * p3)), cost),
      wrong: [
        [div(add(at(S * ps), at(held * p3)), at(N1 * p1)), 'divides by the Series A cost only'],
        [div(at((N1 + N2) * p3), cost), 'values every share bought at the Series C price'],
        [
          div(add(at(S * ps), at((N1 + N2) * p3)), cost),
          'adds the sale proceeds but keeps the sold shares in the value',
        ],
        [div(at(held * p3), cost), 'leaves out the sale proceeds'],
        [div(at(S * ps), cost), 'leaves out the shares still held'],
        [
          div(add(at(S * ps), at(held * p2)), cost),
          'values the shares still held at the Series B price',
        ],
      ],
    }
  }),
  apart('venture-capital-method-pre-money-with-a-target-multiple-and-dilution', (rng) => {
    const Rv = rng.int(20, 150) * 1000000
    const k = rng.int(3, 8)
    const T = rng.int(5, 7)
    const M = rng.pick([8, 10, 12, 15, 20])
    const d1 = rng.int(15, 30)
    const d2 = rng.int(10, 25)
    const E = Rv * k
    const keep = mul(pc(100 - d1), pc(100 - d2))
    const post = div(mul(E, keep), M)
    const I = near((num(post) * rng.int(12, 35)) / 100, 50000)
    return {
      stem: `A seed fund prices a start-up by the venture capital method. It expects year-${T} revenue of ${dol(Rv)} and an exit then at ${k} times revenue. It will invest ${dol(I)} now and wants ${M} times its money at the exit. Before then the company is expected to raise two more rounds, selling ${d1}% and then ${d2}% of the company (each measured after its round) to new investors, in which the fund will not take part. What pre-money valuation should the fund offer today, ${CENTS}?`,
      show: money,
      figures: { Rv, k, T, M, d1, d2, I },
      key: sub(post, I),
      wrong: [
        [post, 'gives the post-money valuation'],
        [sub(frac(E, M), I), 'leaves out the later dilution'],
        [sub(div(mul(E, pc(100 - d1)), M), I), 'dilutes for the first later round only'],
        [sub(div(E, mul(M, keep)), I), 'divides by the retention ratio instead of multiplying'],
        [sub(div(mul(E, pc(100 - d1 - d2)), M), I), 'adds the two rounds’ percentages together'],
        [sub(div(mul(E, keep), M + 1), I), `divides by ${M + 1}, taking ${M} times as the gain`],
        [sub(post, div(I, keep)), 'grosses the investment up for dilution as well'],
      ],
    }
  }),
  apart('venture-capital-method-ownership-to-buy-at-a-target-rate', (rng) => {
    const NI = rng.int(5, 40) * 1000000
    const k = rng.int(12, 25)
    const Rev = NI * rng.int(5, 12)
    const r = rng.pick([30, 35, 40, 45, 50, 60])
    const T = rng.int(4, 6)
    const rho = rng.int(60, 75)
    const E = NI * k
    const grow = power(add(1, pc(r)), T)
    const I = near((num(div(mul(E, pc(rho)), grow)) * rng.int(12, 28)) / 100, 50000)
    const atExit = div(mul(I, grow), E)
    const key = div(atExit, pc(rho))
    const wrong: [Fraction, string][] = [
      [atExit, 'leaves out the later dilution'],
      [mul(atExit, pc(rho)), 'multiplies by the retention ratio instead of dividing'],
      [div(mul(I, add(1, pc(r * T))), mul(E, pc(rho))), 'grows the investment at simple interest'],
      [div(mul(I, grow), mul(Rev, k, pc(rho))), 'applies the price-earnings multiple to revenue'],
      [div(I, sub(div(mul(E, pc(rho)), grow), I)), 'divides by the pre-money valuation'],
      [add(atExit, pc(100 - rho)), 'adds the dilution to the ownership at exit'],
      [div(atExit, pc(100 - rho)), 'divides by the dilution instead of the retention'],
    ]
    if (wrong.some(([x]) => num(x) >= 1) || num(key) >= 1) rest()
    return {
      stem: `A venture fund prices a start-up by the venture capital method. It expects year-${T} net income of ${dol(NI)} (on revenue of ${dol(Rev)}) and an exit then at a price-earnings multiple of ${k}. It will invest ${dol(I)} now and targets a return of ${r}% a year, compounded yearly over the ${T} years. Later rounds are expected to leave the fund with ${rho}% of the stake it buys now (its retention ratio). What ownership must the fund buy now, ${PCT2}?`,
      show: pct2,
      figures: { NI, k, Rev, r, T, rho, I },
      key,
      wrong,
    }
  }),
  apart('exit-value-needed-for-a-target-multiple-after-dilution', (rng) => {
    const V = rng.int(8, 60) * 1000000
    const I = near((V * rng.int(15, 40)) / 100, 100000)
    const M = rng.pick([5, 8, 10, 12, 15])
    const a1 = rng.int(15, 40)
    const a2 = rng.int(15, 40)
    const post = V + I
    const grossUp = mul(add(1, pc(a1)), add(1, pc(a2)))
    return {
      stem: `A venture fund invests ${dol(I)} in a start-up at a pre-money valuation of ${dol(V)}. Before the exit the company is expected to raise two more rounds in which the fund takes no part: the first issues new shares equal to ${a1}% of the shares outstanding before it, the second new shares equal to ${a2}% of those outstanding before it. The fund wants ${M} times its money from a sale of the whole company, with every share taking the same price (as stated, no preference changes the split). What exit value must the company reach, ${CENTS}?`,
      show: money,
      figures: { V, I, M, a1, a2 },
      key: mul(M, post, grossUp),
      wrong: [
        [
          div(mul(M, post), mul(pc(100 - a1), pc(100 - a2))),
          'takes the new shares as a share of the company after each round',
        ],
        [
          div(mul(M, post), pc(100 - a1 - a2)),
          'subtracts both rounds’ percentages from 100% at once',
        ],
        [mul(M + 1, post, grossUp), `takes ${M} times as the gain, ${M + 1} times the money back`],
        [frac(M * post), 'leaves out the later dilution'],
        [mul(M, V, grossUp), 'takes the fund’s stake on the pre-money valuation'],
        [mul(M, post, add(1, pc(a1))), 'dilutes for the first later round only'],
        [
          div(mul(M, post), grossUp),
          'multiplies its stake by the growth in shares instead of dividing',
        ],
      ],
    }
  }),
  apart('portfolio-exit-value-to-return-a-target-multiple-net-of-carry', (rng) => {
    const C = rng.int(50, 300) * 1000000
    const N10 = rng.int(20, 35)
    const c = rng.pick([20, 25])
    const o = rng.int(10, 20)
    const d1 = rng.int(15, 30)
    const d2 = rng.int(10, 25)
    const N = frac(N10, 10)
    const cc = pc(c)
    const gross = div(mul(C, sub(N, cc)), sub(1, cc))
    const keep = mul(pc(100 - d1), pc(100 - d2))
    const owned = mul(pc(o), keep)
    return {
      stem: `${cap(an(dol(C)))} venture fund aims to return ${fixed(N, 1)} times its commitments to its LPs after carried interest. All commitments are called (fees included), and the GP’s carry is ${c}% of the fund’s whole profit (exit proceeds less commitments), the catch-up being complete. The fund buys ${o}% of each portfolio company, and each company is expected to raise two more rounds before its exit, selling ${d1}% and then ${d2}% of the company (each measured after its round) to new investors, without the fund. What combined exit value must its portfolio companies reach, ${CENTS}?`,
      show: money,
      figures: { C, N10, c, o, d1, d2 },
      key: div(gross, owned),
      wrong: [
        [div(mul(C, N), owned), 'leaves out the carried interest'],
        [div(gross, pc(o)), 'leaves out the later dilution'],
        [div(mul(gross, keep), pc(o)), 'multiplies by the retention ratio instead of dividing'],
        [div(mul(C, N), mul(sub(1, cc), owned)), 'takes the carry on all the proceeds'],
        [div(mul(C, N, add(1, cc)), owned), 'grosses the target up by one plus the carry rate'],
        [div(gross, mul(pc(o), pc(100 - d1 - d2))), 'adds the two rounds’ percentages together'],
      ],
    }
  }),
  apart('net-management-fee-after-the-portfolio-fee-offset', (rng) => {
    const C = rng.int(80, 300) * 1000000
    const f2 = rng.pick([150, 175, 200])
    const A = near((C * rng.int(45, 70)) / 100, 100000)
    const W = near((A * rng.int(5, 15)) / 100, 100000)
    const FV = near(((A - W) * rng.int(60, 90)) / 100, 100000)
    const o = rng.pick([65, 75, 80])
    const Tx = rng.int(200, 900) * 1000
    const phi = rng.int(50, 80)
    const Mo = rng.int(50, 300) * 1000
    const Di = rng.int(20, 120) * 1000
    const offsettable = add(mul(Tx, pc(phi)), Mo + Di)
    const off = mul(pc(o), offsettable)
    const fee = mul(bp(f2), A - W)
    return {
      stem: `In year 7 of a venture fund with ${dol(C)} of commitments (its investment period is over), the yearly management fee is ${bpText(f2)} of net invested capital: the cost of the portfolio investments still held, leaving out any written off. The fund’s holdings cost ${dol(A)}, including ${dol(W)} for a company written off to zero at the start of this year; the holdings not written off have a fair value of ${dol(FV)}. During the year the GP’s affiliates received from portfolio companies a transaction fee of ${dol(Tx)} on a deal in which the fund took ${phi}% and co-investors the rest, monitoring fees of ${dol(Mo)}, and directors’ fees of ${dol(Di)}. The agreement reduces the management fee by ${o}% of such fees attributable to the fund (its share of a deal’s fee follows its share of the deal). What net management fee does the fund pay for the year, ${CENTS}?`,
      show: money,
      figures: { C, f2, A, W, FV, o, Tx, phi, Mo, Di },
      key: sub(fee, off),
      wrong: [
        [fee, 'leaves out the fee offset'],
        [sub(mul(bp(f2), A), off), 'keeps the written-off company in net invested capital'],
        [sub(mul(bp(f2), C), off), 'charges the fee on commitments'],
        [sub(fee, mul(pc(100 - o), offsettable)), `offsets ${100 - o}% of the fees, not ${o}%`],
        [sub(fee, offsettable), 'offsets 100% of the fees'],
        [
          sub(fee, mul(pc(o), Tx + Mo + Di)),
          'offsets the co-investors’ share of the transaction fee too',
        ],
        [sub(mul(bp(f2), FV), off), 'charges the fee on fair value, not cost'],
      ],
    }
  }),
  apart('subsequent-close-equalisation-payment-of-a-new-lp', (rng) => {
    const C1 = rng.int(60, 200) * 1000000
    const Cn = rng.int(5, 30) * 1000000
    const K1 = near((C1 * rng.int(8, 15)) / 100, 100000)
    const K2 = near((C1 * rng.int(6, 12)) / 100, 100000)
    const t0 = rng.int(240, 360)
    const t1 = rng.int(180, t0 - 20)
    const t2 = rng.int(40, t1 - 60)
    const e = rng.int(6, 10)
    const f = rng.pick([200, 225, 250])
    const share = (K: number, base = C1) => mul(Cn, frac(K, base))
    const interest = (K: number, t: number, year = 365, base = C1) =>
      mul(share(K, base), pc(e), frac(t, year))
    const calls = add(share(K1), share(K2))
    const intr = add(interest(K1, t1), interest(K2, t2))
    const fees = mul(Cn, bp(f), frac(t0, 365))
    const C2 = C1 + Cn
    return {
      stem: `A venture fund held its first close ${t0} days ago with ${dol(C1)} of commitments and has since called ${dol(K1)} from those investors (paid ${t1} days ago) and ${dol(K2)} (paid ${t2} days ago). Today a new LP joins at the final close with a commitment of ${dol(Cn)}. To equalise, the new LP pays the share of each earlier call its commitment would have borne had it joined at the first close (the same percentage of commitment the others paid), plus equalisation interest of ${e}% a year, simple, actual/365, on each such share from the day that call was paid. It also pays the management fees it would have paid since the first close, ${bpText(f)} a year of its commitment (actual/365, no interest on them). What does the new LP pay today, ${CENTS}?`,
      show: money,
      figures: { C1, Cn, K1, K2, t0, t1, t2, e, f },
      key: add(calls, intr, fees),
      wrong: [
        [add(calls, fees), 'leaves out the equalisation interest'],
        [add(calls, intr), 'leaves out the back management fees'],
        [
          add(
            share(K1, C2),
            share(K2, C2),
            interest(K1, t1, 365, C2),
            interest(K2, t2, 365, C2),
            fees,
          ),
          'takes its share of the calls on the fund’s final size',
        ],
        [
          add(calls, interest(K1, t1, 360), interest(K2, t2, 360), fees),
          'counts interest on a 360-day year',
        ],
        [add(calls, intr, mul(Cn, bp(f))), 'charges a full year of back fees'],
        [
          add(calls, interest(K1, t1), interest(K2, t1), fees),
          'runs interest on both calls from the first call',
        ],
      ],
    }
  }),
  apart('preferred-return-accrued-on-staggered-calls-and-a-return-of-capital', (rng) => {
    const K1 = rng.int(20, 60) * 1000000
    const K2 = rng.int(15, 50) * 1000000
    const K3 = rng.int(10, 40) * 1000000
    const F1 = near((K1 * rng.int(8, 15)) / 100, 10000)
    const F2 = near((K2 * rng.int(8, 15)) / 100, 10000)
    const F3 = near((K3 * rng.int(8, 15)) / 100, 10000)
    const Kt = K1 + K2 + K3
    const Cm = Kt + near((Kt * rng.int(5, 15)) / 100, 100000)
    const tR = rng.int(3, 4)
    const T = rng.int(tR + 2, 8)
    const R = near((Kt * rng.int(10, 35)) / 100, 100000)
    const h = rng.int(6, 8)
    const pref = (yearsOfCapital: number) => mul(pc(h), yearsOfCapital)
    const back = R * (T - tR)
    const run = K1 * T + K2 * (T - 1) + K3 * (T - 2)
    return {
      stem: `LPs contributed ${dol(K1)} at a venture fund’s first close (year 0), ${dol(K2)} at the end of year 1 and ${dol(K3)} at the end of year 2; these calls included ${dol(F1)}, ${dol(F2)} and ${dol(F3)} of management fees. The LPs committed ${dol(Cm)} in all. At the end of year ${tR} the fund distributed ${dol(R)}, all of it a return of contributed capital; it made no other distributions. The preferred return is ${h}% a year, simple, on contributed capital (fees included) not yet returned, from the day each contribution was paid. What preferred return has accrued by the end of year ${T}, ${CENTS}?`,
      show: money,
      figures: { K1, K2, K3, F1, F2, F3, Cm, tR, T, R, h },
      key: pref(run - back),
      wrong: [
        [pref(run), 'ignores the capital returned'],
        [pref(Kt * T - back), 'runs every contribution from the first close'],
        [pref(Cm * T - back), 'runs the preferred return on commitments from the first close'],
        [pref(Kt * (T - 2) - back), 'runs every contribution from the last call'],
        [pref(run - R * T), 'takes the capital returned off from the first close'],
        [
          pref(run - F1 * T - F2 * (T - 1) - F3 * (T - 2) - back),
          'leaves the fees out of contributed capital',
        ],
      ],
    }
  }),
  apart('kaplan-schoar-public-market-equivalent-of-a-fund', (rng) => {
    const C0 = rng.int(20, 60) * 1000000
    const C1 = rng.int(10, 40) * 1000000
    const D3 = near(((C0 + C1) * rng.int(20, 60)) / 100, 100000)
    const D4 = near(((C0 + C1) * rng.int(30, 90)) / 100, 100000)
    const V = near(((C0 + C1) * rng.int(30, 100)) / 100, 100000)
    const I0 = rng.int(1000, 2000)
    const I1 = near((I0 * rng.int(104, 125)) / 100, 1)
    const I3 = near((I1 * rng.int(106, 140)) / 100, 1)
    const I4 = near((I3 * rng.int(96, 120)) / 100, 1)
    const I5 = near((I4 * rng.int(100, 118)) / 100, 1)
    const g = (x: number, at: number) => frac(x * I5, at)
    const gIn = (x: number, at: number) => frac(x * at, I5)
    const tvpi = frac(D3 + D4 + V, C0 + C1)
    return {
      stem: `An LP benchmarks a venture fund against a public index by the Kaplan–Schoar public market equivalent (PME): each capital call and distribution is carried to the valuation date by the index’s growth (the index at the valuation date ÷ the index on the cash flow’s date), and the PME is (carried-forward distributions + net asset value) ÷ carried-forward calls. The fund called ${dol(C0)} at year 0 (index ${n(I0)}) and ${dol(C1)} at year 1 (index ${n(I1)}), and distributed ${dol(D3)} at year 3 (index ${n(I3)}) and ${dol(D4)} at year 4 (index ${n(I4)}). At year 5, the valuation date, the index stands at ${n(I5)} and the fund’s net asset value is ${dol(V)}. What is the fund’s PME, to two decimal places (a half rounded up)?`,
      show: ratio,
      figures: { C0, C1, D3, D4, V, I0, I1, I3, I4, I5 },
      key: div(add(g(D3, I3), g(D4, I4), V), add(g(C0, I0), g(C1, I1))),
      wrong: [
        [tvpi, 'gives the TVPI, without the index'],
        [div(add(g(D3, I3), g(D4, I4), V), C0 + C1), 'carries forward only the distributions'],
        [
          div(add(gIn(D3, I3), gIn(D4, I4), V), add(gIn(C0, I0), gIn(C1, I1))),
          'turns the index ratios upside down',
        ],
        [div(frac(D3 + D4 + V), add(g(C0, I0), g(C1, I1))), 'carries forward only the calls'],
        [
          div(add(g(D3, I3), g(D4, I4)), add(g(C0, I0), g(C1, I1))),
          'leaves out the net asset value',
        ],
        [mul(tvpi, frac(I0, I5)), 'divides the TVPI by the index’s growth over the five years'],
      ],
    }
  }),
]
