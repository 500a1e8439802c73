import { cmp } from './bigint-rationals.js'
import {
  add,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Capital, liquidity and operational risk worked again from each draw's figures, sharing nothing
 * with the families' helpers: weights and factors as whole basis points over 10,000, the LCR caps
 * through the Basel adjustment formulas rather than their closed form, quartiles, buckets and
 * quantiles found by their general rule, and every answer written once (money to two places of a
 * million or to the cent, ratios to two places of a percent).
 */

const ZERO = r(0)
const hi = (a: R, b: R): R => (cmp(a, b) < 0 ? b : a)
const lo = (a: R, b: R): R => (cmp(a, b) < 0 ? a : b)
/** A sum of amounts times basis points, as a rational. */
const bps = (...pairs: readonly (readonly [number, number])[]): R =>
  r(
    pairs.reduce((s, [x, w]) => s + BigInt(x) * BigInt(w), 0n),
    10000n,
  )
/** `x` times a whole number of basis points. */
const atBp = (x: R, w: number): R => mul(x, r(w, 10000))

/** The payout share (percent) of a CET1 ratio `c` (bp) over a buffer of `b` bp above 4.5 %. */
function payout(c: number, b: number): number {
  const x = 4 * (c - 450)
  const k = x <= 0 ? 1 : Math.ceil(x / b)
  return [0, 0, 20, 40, 60][k] ?? 100
}

/** Basel III HQLA from Level 1 and haircut Level 2A and 2B, with both cap adjustments. */
function hqla(l1: R, l2a: R, l2b: R): R {
  const adj15 = hi(hi(sub(l2b, mul(r(15, 85), add(l1, l2a))), sub(l2b, mul(r(15, 60), l1))), ZERO)
  const adj40 = hi(sub(sub(add(l2a, l2b), adj15), mul(r(2, 3), l1)), ZERO)
  return sub(sub(add(l1, l2a, l2b), adj15), adj40)
}

/** The Basel III business indicator component with marginal coefficients (bp) by bucket. */
function bicOf(bi: number, c: readonly [number, number, number]): R {
  const edges = [0, 1000, 30000, Number.POSITIVE_INFINITY]
  let out = ZERO
  for (let j = 0; j < 3; j++) {
    const slice = Math.max(0, Math.min(bi, edges[j + 1]!) - edges[j]!)
    out = add(out, r(slice * c[j]!, 10000))
  }
  return out
}

export const CAPITAL_ROUTES: Readonly<Record<string, Route>> = {
  'credit-rwa-under-standardised-weights-and-conversion-factors': (f) => {
    const [S, B, C, Mo, R_, U, Uc, T] = figuresOf(f, 'S', 'B', 'C', 'Mo', 'R', 'U', 'Uc', 'T')
    const on: [number, number][] = [
      [B, 2000],
      [C, 10000],
      [Mo, 3000],
      [R_, 7500],
    ]
    // Off-balance-sheet lines as CCF × weight in basis points of the amount.
    const key = bps(...on, [U, 4000], [Uc, 750], [T, 2000])
    return at2(
      key,
      bps(...on, [U, 10000], [Uc, 7500], [T, 10000]),
      bps(...on),
      bps(...on, [U, 4000], [T, 2000]),
      bps(...on, [U, 2000], [Uc, 750], [T, 2000]),
      bps([B, 2000], [C, 10000], [Mo, 10000], [R_, 7500], [U, 4000], [Uc, 750], [T, 2000]),
      mul(key, r(8, 100)),
      bps([S + B + C + Mo + R_, 10000], [U, 4000], [Uc, 1000], [T, 2000]),
    )
  },
  'tier-1-capital-ratio-after-deductions-with-market-and-operational-charges': (f) => {
    const [Rc, Km, Ko, SH, RE, A, GW, IN, DL, DT, AT, T2, TA] = figuresOf(
      f,
      'Rc',
      'Km',
      'Ko',
      'SH',
      'RE',
      'A',
      'GW',
      'IN',
      'DL',
      'DT',
      'AT',
      'T2',
      'TA',
    )
    const rwa = r(2 * Rc + 25 * (Km + Ko), 2)
    const gross = SH + RE + A
    const deducted = GW + IN + DL
    const t1 = gross - deducted + AT
    const over = (x: number) => div(r(x), rwa)
    return pct2(
      over(t1),
      over(t1 - AT),
      r(t1, TA),
      over(t1 - DT),
      over(t1 + T2),
      over(gross + AT),
      r(t1, Rc + Km + Ko),
    )
  },
  'cet1-to-raise-for-the-minimum-and-combined-buffer-in-a-stress': (f) => {
    const [W, c, c2, g, G, D, AT] = figuresOf(f, 'W', 'c', 'c2', 'g', 'G', 'D', 'AT')
    const cet1 = G - D
    // The requirement in basis points of RWA, less the capital counted.
    const gap = (reqBp: number, have: number) => r(W * reqBp - have * 10000, 10000)
    const base = 450 + 250 + c + g
    return at2(
      gap(base, cet1),
      gap(450 + 250 + c, cet1),
      gap(base, cet1 + AT),
      gap(base, G),
      gap(450 + 250 + c2 + g, cet1),
      gap(600 + 250 + c + g, cet1),
      gap(800 + 250 + c + g, cet1),
    )
  },
  'maximum-distributable-amount-from-the-buffer-quartile': (f) => {
    const [c, dc, g, r1, a, E, Tx, Cp, Res] = figuresOf(
      f,
      'c',
      'dc',
      'g',
      'r1',
      'a',
      'E',
      'Tx',
      'Cp',
      'Res',
    )
    const buffer = 250 + c + g
    const net = r1 - Math.max(0, 150 - a)
    const share = payout(net, buffer)
    const of = (p: number, x: number) => r(p * x, 100)
    return at2(
      of(share, E),
      of(share, E - Cp),
      r(share * E - 100 * Cp, 100),
      of(payout(net, buffer + dc), E),
      of(payout(r1, buffer), E),
      of(share, E + Tx),
      of(share, Res),
    )
  },
  'tier-1-needed-for-the-leverage-ratio-with-the-g-sib-buffer': (f) => {
    const [g, O, Dx, S, U, Uc, T, GW, T1, AT] = figuresOf(
      f,
      'g',
      'O',
      'Dx',
      'S',
      'U',
      'Uc',
      'T',
      'GW',
      'T1',
      'AT',
    )
    const on = O + Dx + S - GW
    // Exposure in hundredths, with each off-balance-sheet CCF in percent.
    const exposure = (base: number, cu: number, cuc: number, ct: number) =>
      r(100 * base + U * cu + Uc * cuc + T * ct, 100)
    // Requirement in twentieths of a basis point: 3 % + g / 2.
    const short = (x: R, reqTwentieths: number, capital: number) =>
      sub(mul(x, r(reqTwentieths, 200000)), r(capital))
    const req = 6000 + 10 * g
    const E = exposure(on, 40, 10, 20)
    return at2(
      short(E, req, T1),
      short(exposure(on, 0, 0, 0), req, T1),
      short(exposure(on, 40, 0, 20), req, T1),
      short(exposure(on, 20, 10, 20), req, T1),
      short(exposure(on, 100, 100, 100), req, T1),
      short(E, 6000 + 20 * g, T1),
      short(E, req, T1 - AT),
      short(exposure(on + GW, 40, 10, 20), req, T1),
    )
  },
  'lcr-with-level-2-haircuts-and-caps': (f) => {
    const [L1, A2, B2, O, I] = figuresOf(f, 'L1', 'A2', 'B2', 'O', 'I')
    const l1 = r(L1)
    const a = r(85 * A2, 100)
    const b = r(B2, 2)
    const out = r(O)
    const nco = sub(out, lo(r(I), mul(out, r(3, 4))))
    const stock = hqla(l1, a, b)
    const core = add(l1, a)
    return pct2(
      div(stock, nco),
      div(hqla(l1, r(A2), r(B2)), nco),
      div(add(core, b), nco),
      div(add(core, mul(r(15, 100), add(core, b))), nco),
      div(stock, r(O - I)),
      div(stock, out),
      div(add(core, mul(r(15, 100), core)), nco),
      div(add(core, mul(lo(r(B2), mul(r(15, 85), core)), r(1, 2))), nco),
    )
  },
  'lcr-net-cash-outflows-from-run-off-and-inflow-rates': (f) => {
    const [Dr, Ds, Dk, Do, Df, U, Ul, In, If] = figuresOf(
      f,
      'Dr',
      'Ds',
      'Dk',
      'Do',
      'Df',
      'U',
      'Ul',
      'In',
      'If',
    )
    // Outflows in percent of each balance: stable and less stable retail, operational and other
    // corporate, financial, credit and liquidity facilities.
    const out = (rs: number, rl: number, ro: number, rf: number, rcf: number) =>
      r(
        rs * Ds + rl * (Dr - Ds) + ro * Do + 40 * (Dk - Do) + rf * Df + rcf * (U - Ul) + 30 * Ul,
        100,
      )
    const netOf = (o: R, inflow: R) => sub(o, lo(inflow, mul(o, r(3, 4))))
    const inflow = r(50 * In + 100 * If, 100)
    const O = out(5, 10, 25, 100, 10)
    return at2(
      netOf(O, inflow),
      netOf(O, r(In + If)),
      netOf(out(5, 5, 25, 100, 10), inflow),
      netOf(out(5, 10, 25, 40, 10), inflow),
      O,
      netOf(out(5, 10, 40, 100, 10), inflow),
      netOf(out(5, 10, 25, 100, 30), inflow),
    )
  },
  'nsfr-from-available-and-required-stable-funding-factors': (f) => {
    const [K, W, Dr, Ds, Dc, Df, , L1, L2, Lf, M, Lc, F, U] = figuresOf(
      f,
      'K',
      'W',
      'Dr',
      'Ds',
      'Dc',
      'Df',
      'C',
      'L1',
      'L2',
      'Lf',
      'M',
      'Lc',
      'F',
      'U',
    )
    const Dl = Dr - Ds
    // Factors in percent.
    const asf = (capital: number, stable: number, less: number, fin: number) =>
      r(capital * K + 100 * W + stable * Ds + less * Dl + 50 * Dc + fin * Df, 100)
    const rsf = (mort: number, undrawn: number) =>
      r(5 * L1 + 15 * L2 + 10 * Lf + mort * M + 85 * Lc + 100 * F + undrawn * U, 100)
    const A = asf(100, 95, 90, 0)
    const Rq = rsf(65, 5)
    return pct2(
      div(A, Rq),
      div(A, rsf(65, 0)),
      div(asf(100, 95, 95, 0), Rq),
      div(asf(100, 95, 90, 50), Rq),
      div(asf(100, 90, 90, 0), Rq),
      div(asf(0, 95, 90, 0), Rq),
      div(A, rsf(85, 5)),
    )
  },
  'business-indicator-from-its-components': (f) => {
    const [IEA, TA, II, IE, DI, FI, FE, OOI, OOE, TB, BB] = figuresOf(
      f,
      'IEA',
      'TA',
      'II',
      'IE',
      'DI',
      'FI',
      'FE',
      'OOI',
      'OOE',
      'TB',
      'BB',
    )
    const netInt = r(Math.abs(II - IE))
    const ildc = (base: number) => add(lo(netInt, r(225 * base, 10000)), r(DI))
    const services = (other: number, fees: number) => r(other + fees)
    const sc = services(Math.max(OOI, OOE), Math.max(FI, FE))
    // The trading book's net loss enters as its absolute value.
    const fc = r(Math.abs(-TB) + Math.abs(BB))
    return at2(
      add(ildc(IEA), sc, fc),
      add(netInt, r(DI), sc, fc),
      add(ildc(TA), sc, fc),
      add(ildc(IEA), sc, r(FE), fc),
      add(ildc(IEA), services(Math.max(OOI, OOE), FI - FE), fc),
      add(ildc(IEA), services(OOI, Math.max(FI, FE)), fc),
      add(ildc(IEA), sc, r(BB - TB)),
    )
  },
  'operational-risk-capital-from-marginal-bic-coefficients': (f) => {
    const [BI] = figuresOf(f, 'BI')
    const key = bicOf(BI, [1200, 1500, 1800])
    return at2(
      key,
      r(BI * 18, 100),
      r(BI * 12, 100),
      r(BI * 15, 100),
      bicOf(BI, [1200, 1500, 1500]),
      bicOf(BI, [1200, 1800, 1800]),
      mul(key, r(125, 10)),
    )
  },
  'basic-indicator-approach-capital-with-a-loss-year': (f) => {
    const n = figuresOf(f, 'n0', 'n1', 'n2', 'n3')
    const m = figuresOf(f, 'm0', 'm1', 'm2', 'm3')
    const g = figuresOf(f, 'g0', 'g1', 'g2', 'g3')
    const gi = n.map((x, i) => x + m[i]! - g[i]!)
    const window = [1, 2, 3]
    const pos = window.filter((i) => gi[i]! > 0)
    const sumOf = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
    const sPos = sumOf(pos.map((i) => gi[i]!))
    // 15 % of an average: 15 × total ÷ (100 × years).
    const alphaAvg = (total: number, years: number) => r(15 * total, 100 * years)
    return at2(
      alphaAvg(sPos, pos.length),
      alphaAvg(sumOf(window.map((i) => gi[i]!)), 3),
      alphaAvg(sPos, 3),
      alphaAvg(sumOf([0, 1, 2, 3].filter((i) => gi[i]! > 0).map((i) => gi[i]!)), 3),
      alphaAvg(sumOf(pos.map((i) => gi[i]! + g[i]!)), pos.length),
      alphaAvg(Math.max(...pos.map((i) => gi[i]!)), 1),
      alphaAvg(sPos, 1),
    )
  },
  'loss-component-from-ten-years-of-operational-losses': (f) => {
    const [G, M, R_, C, S, N] = figuresOf(f, 'G', 'M', 'R', 'C', 'S', 'N')
    // Hundredths of a million over ten years: the yearly average in millions is ÷ 1,000.
    const yearly = (h: number) => r(h, 1000)
    const lc = (h: number) => mul(r(15), yearly(h))
    return at2(
      lc(G - R_),
      lc(G),
      lc(G - R_ + S),
      lc(G - R_ + C),
      lc(G - M - R_),
      lc(G - R_ - N * 2),
      yearly(G - R_),
    )
  },
  'expected-annual-operational-loss-net-of-per-event-insurance': (f) => {
    const [Y, N, s1, d, s2, L, s3, p1, p3] = figuresOf(
      f,
      'Y',
      'N',
      's1',
      'd',
      's2',
      'L',
      's3',
      'p1',
      'p3',
    )
    const p2 = 100 - p1 - p3
    const paid = (x: R) => lo(hi(sub(x, r(d)), ZERO), r(L))
    const keep = (x: number) => sub(r(x), paid(r(x)))
    const weighted = (a: R, b: R, c: R) =>
      add(mul(a, r(p1, 100)), mul(b, r(p2, 100)), mul(c, r(p3, 100)))
    const perEvent = weighted(keep(s1), keep(s2), keep(s3))
    const gross = weighted(r(s1), r(s2), r(s3))
    const yearly = (x: R) => mul(x, r(N, Y))
    return at2(
      yearly(perEvent),
      yearly(gross),
      mul(perEvent, r(N)),
      yearly(div(add(keep(s1), keep(s2), keep(s3)), r(3))),
      yearly(weighted(r(s1), r(d), r(d))),
      yearly(r(s1)),
      yearly(sub(gross, paid(gross))),
    )
  },
  'raroc-of-a-loan': (f) => {
    const [, fr, i, op, PD, LGD, ec, rf] = figuresOf(
      f,
      'A',
      'f',
      'i',
      'op',
      'PD',
      'LGD',
      'ec',
      'rf',
    )
    // Per dollar of loan: margins in basis points, capital as a share of the loan.
    const cap = r(ec, 1000)
    const el = r(PD * LGD, 1000000)
    const ret = (loss: R, roc: boolean, fund: number, cost: number) =>
      add(r(i - fund - cost, 10000), mul(r(-1), loss), roc ? mul(cap, r(rf, 10000)) : ZERO)
    const onCap = (x: R) => div(x, cap)
    return pct2(
      onCap(ret(el, true, fr, op)),
      onCap(ret(ZERO, true, fr, op)),
      onCap(ret(el, false, fr, op)),
      ret(el, true, fr, op),
      onCap(ret(r(PD, 10000), true, fr, op)),
      onCap(ret(el, true, 0, op)),
      onCap(ret(el, true, fr, 0)),
    )
  },
  'loan-rate-that-meets-a-raroc-hurdle': (f) => {
    const [A, fr, op, PD, LGD, ec, rf, h] = figuresOf(
      f,
      'A',
      'f',
      'op',
      'PD',
      'LGD',
      'ec',
      'rf',
      'h',
    )
    // Dollars a year on the loan, then over the loan: the rate that leaves the hurdle on capital.
    const EC = r(A * ec, 1000)
    const el = mul(r(A), r(PD * LGD, 1000000))
    const need = (fund: number, cost: number, loss: R, hurdleBase: R, credit: boolean) =>
      div(
        add(
          r(A * (fund + cost), 10000),
          loss,
          mul(hurdleBase, r(h, 100)),
          credit ? mul(EC, r(-rf, 10000)) : ZERO,
        ),
        r(A),
      )
    return pct2(
      need(fr, op, el, EC, true),
      need(fr, op, ZERO, EC, true),
      need(fr, 0, el, EC, true),
      need(0, op, el, EC, true),
      need(fr, op, el, EC, false),
      need(fr, op, r(A * PD, 10000), EC, true),
      need(fr, op, el, r(A), true),
    )
  },
  'economic-capital-at-a-quantile-of-a-loss-distribution': (f) => {
    const L = figuresOf(f, 'L1', 'L2', 'L3', 'L4', 'L5', 'L6')
    const rest = figuresOf(f, 'p2', 'p3', 'p4', 'p5', 'p6')
    const p = [10000 - rest.reduce((s, x) => s + x, 0), ...rest]
    // The smallest loss whose cumulative probability reaches `q` (hundredths of a percent).
    const quantile = (q: number) => {
      let cum = 0
      for (let j = 0; j < 6; j++) {
        cum += p[j]!
        if (cum >= q) return L[j]!
      }
      return L[5]!
    }
    const el = r(
      L.reduce((s, x, j) => s + x * p[j]!, 0),
      10000,
    )
    const v999 = quantile(9990)
    // The worst 0.1 % (ten hundredths of a percent), averaged.
    let left = 10
    let tail = 0
    for (let j = 5; j >= 0 && left > 0; j--) {
      const take = Math.min(left, p[j]!)
      tail += take * L[j]!
      left -= take
    }
    const modal = L[p.indexOf(Math.max(...p))]!
    return at2(
      sub(r(v999), el),
      sub(r(quantile(9900)), el),
      sub(
        r(v999),
        r(
          L.reduce((s, x) => s + x, 0),
          6,
        ),
      ),
      el,
      sub(r(L[5]!), el),
      r(v999 - modal),
      sub(r(tail, 10), el),
    )
  },
  'cet1-ratio-under-the-output-floor': (f) => {
    const [Cs, Ci, Ms, Mi, Op, Cv, K, AT] = figuresOf(
      f,
      'Cs',
      'Ci',
      'Ms',
      'Mi',
      'Op',
      'Cv',
      'K',
      'AT',
    )
    const modelled = r(Ci + Mi + Op + Cv)
    const standard = Cs + Ms + Op + Cv
    const floored = (bp: number) => hi(modelled, atBp(r(standard), bp))
    const rwa = floored(7250)
    return pct2(
      div(r(K), rwa),
      div(r(K), modelled),
      div(r(K), floored(6500)),
      div(r(K + AT), rwa),
      div(r(K), add(atBp(r(Cs + Ms), 7250), r(Op + Cv))),
      r(K, standard),
      div(r(K), add(hi(r(Ci), atBp(r(Cs), 7250)), r(Mi + Op + Cv))),
    )
  },
  'countercyclical-buffer-from-jurisdictional-rates': (f) => {
    const [Rh, Ra, Rb, Rc, S, W, a, c, c2, Eh, Ea, Eb, Ec] = figuresOf(
      f,
      'Rh',
      'Ra',
      'Rb',
      'Rc',
      'S',
      'W',
      'a',
      'c',
      'c2',
      'Eh',
      'Ea',
      'Eb',
      'Ec',
    )
    // Rates in basis points weighted by amounts, each jurisdiction listed as [rate, weight].
    const rate = (xs: readonly (readonly [number, number])[]) =>
      r(
        xs.reduce((s, [b, w]) => s + b * w, 0),
        10000 * xs.reduce((s, [, w]) => s + w, 0),
      )
    const byRwa: [number, number][] = [
      [0, Rh],
      [a, Ra],
      [0, Rb],
      [c, Rc],
    ]
    const key = rate(byRwa)
    return at2(
      mul(key, r(W)),
      mul(
        rate([
          [0, 1],
          [a, 1],
          [0, 1],
          [c, 1],
        ]),
        r(W),
      ),
      mul(rate([...byRwa, [0, S]]), r(W)),
      mul(key, r(Rh + Ra + Rb + Rc)),
      mul(
        rate([
          [0, Rh],
          [a, Ra],
          [0, Rb],
          [c2, Rc],
        ]),
        r(W),
      ),
      mul(
        rate([
          [a, Ra],
          [c, Rc],
        ]),
        r(W),
      ),
      mul(
        rate([
          [0, Eh],
          [a, Ea],
          [0, Eb],
          [c, Ec],
        ]),
        r(W),
      ),
    )
  },
}
