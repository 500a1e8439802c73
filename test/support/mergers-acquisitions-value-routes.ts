import {
  add,
  at1,
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
import { dp, writtenAs } from './written-half-up.js'

/*
 * Valuation for a deal worked again from each draw: amounts in tenths of a million dollars,
 * prices in cents and share counts in thousands as BigInt ratios, every bridge summed in one
 * signed list of claims, every share count built tranche by tranche, each answer written once
 * (millions to one place, prices and multiples to two, shares in millions to three).
 */

const at3 = writtenAs((x) => dp(x, 3))
/** Tenths of a million dollars, as millions. */
const m10 = (t: number): R => r(t, 10)
/** Cents, as dollars. */
const c100 = (c: number): R => r(c, 100)
/** Thousands of shares, as millions. */
const k1000 = (k: number): R => r(k, 1000)
/** The sum of rationals. */
const total = (xs: readonly R[]): R => add(r(0), ...xs)
/** The middle of a list of whole numbers, exactly. */
function middle(xs: readonly number[]): R {
  const s = [...xs].sort((a, b) => a - b)
  const i = s.length >> 1
  return s.length & 1 ? r(s[i]!) : r(s[i - 1]! + s[i]!, 2)
}
/** `base` to the whole power `k`. */
const raised = (base: R, k: number): R => mul(r(1), ...Array.from({ length: k }, () => base))
/** What a tranche of `k` thousand options at strike `K` adds at price `p` (cents), in millions. */
const netOf = (k: number, K: number, p: number): R => r(k * (p - K), 1000 * p)

export const VALUE_ROUTES: Readonly<Record<string, Route>> = {
  'equity-value-from-enterprise-value-through-the-bridge': (f) => {
    const [EV, D, C, P, M, A] = figuresOf(f, 'EV', 'D', 'C', 'P', 'M', 'A')
    // Claims ahead of the common, net of what the enterprise value leaves out.
    const claims = D - C + P + M - A
    const eq = (extra: number) => m10(EV - claims + extra)
    return at1(eq(0), eq(-C), eq(-2 * C), eq(-A), eq(-2 * A), eq(P), eq(M), eq(P + M))
  },
  'enterprise-value-from-the-share-price-and-diluted-shares': (f) => {
    const [Pc, B, Nd, D, Pf, M, C, A] = figuresOf(f, 'Pc', 'B', 'Nd', 'D', 'Pf', 'M', 'C', 'A')
    // Price in cents × thousands of shares = tens of dollars: ÷ 100,000 for millions.
    const ev = (k: number, tenths: number) => add(r(Pc * k, 100000), m10(tenths))
    const net = D + Pf + M - C - A
    return at1(
      ev(B + Nd, net),
      ev(B, net),
      ev(B + Nd, D + Pf - C - A),
      ev(B + Nd, D + M - C - A),
      ev(B + Nd, D + Pf + M + C - A),
      ev(B + Nd, D + Pf + M - C),
      ev(B + Nd, D + Pf + M - C + A),
    )
  },
  'diluted-shares-by-the-treasury-stock-method-at-the-offer-price': (f) => {
    const [U, O, B, n1, K1, n2, K2, n3, K3, n4, K4, R0, Pt, F, CP] = figuresOf(
      f,
      'U',
      'O',
      'B',
      'n1',
      'K1',
      'n2',
      'K2',
      'n3',
      'K3',
      'n4',
      'K4',
      'R',
      'Pt',
      'F',
      'CP',
    )
    // Face in tenths of $m over a price in cents: F × 10 ÷ CP million shares.
    const notes = r(10 * F, CP)
    const fixedPart = add(k1000(B + R0 + Pt), notes)
    const tranches: [number, number][] = [
      [n1, K1],
      [n2, K2],
      [n3, K3],
      [n4, K4],
    ]
    const atPrice = (p: number) =>
      total(tranches.filter(([, K]) => K < p).map(([k, K]) => netOf(k, K, p)))
    const key = add(fixedPart, atPrice(O))
    return at3(
      key,
      add(fixedPart, k1000(n1 + n2 + n3)),
      add(fixedPart, k1000(n1 + n2 + n3 + n4)),
      add(key, k1000(Pt)),
      sub(key, k1000(R0)),
      sub(key, r(n4 * (K4 - O), 1000 * O)),
      add(fixedPart, atPrice(U)),
      sub(key, notes),
    )
  },
  'implied-share-price-from-the-median-trading-multiple': (f) => {
    const m = figuresOf(f, 'm0', 'm1', 'm2', 'm3', 'm4', 'm5')
    const [x, E, D, C, P, M, A, Sd, Sb] = figuresOf(
      f,
      'x',
      'E',
      'D',
      'C',
      'P',
      'M',
      'A',
      'Sd',
      'Sb',
    )
    const set = m.filter((_, i) => i !== x)
    // Multiple in tenths × EBITDA in tenths of $m: hundredths of $m.
    const price = (mult: R, adj: number, k: number) =>
      div(add(div(mul(mult, r(E)), r(100)), m10(adj)), k1000(k))
    const adj = C + A - D - P - M
    const med = middle(set)
    return at2(
      price(med, adj, Sd),
      price(middle(m), adj, Sd),
      price(med, adj + P, Sd),
      price(med, adj, Sb),
      price(med, adj + M, Sd),
      price(med, adj - C, Sd),
      price(med, adj - 2 * C, Sd),
      price(med, adj - A, Sd),
    )
  },
  'ltm-ebitda-multiple-from-the-annual-and-year-to-date-reports': (f) => {
    const [F, Yp, Yc, q3, EV] = figuresOf(f, 'F', 'Yp', 'Yc', 'q3', 'EV')
    const x = (ebitda: R) => div(r(EV), ebitda)
    return at2(
      x(r(Yc + (F - Yp))),
      x(r(F)),
      x(r(Yc)),
      x(r(F + Yp - Yc)),
      x(r(F + Yc)),
      x(r(4 * Yc, 3)),
      x(r(4 * q3)),
    )
  },
  'adjusted-ebitda-with-stated-add-backs': (f) => {
    const [OI, DA, RS, TC, OS, MS, G, SB, RF] = figuresOf(
      f,
      'OI',
      'DA',
      'RS',
      'TC',
      'OS',
      'MS',
      'G',
      'SB',
      'RF',
    )
    const ebitda = OI + DA
    const adj = RS + TC + (OS - MS) - G
    const w = (x: number) => dp(r(x), 0)
    return {
      key: w(ebitda + adj),
      wrong: [
        w(ebitda + adj + MS),
        w(ebitda + adj + SB),
        w(ebitda + adj + G),
        w(ebitda + adj + RF),
        w(OI + adj),
        w(ebitda + RS + TC - G),
        w(ebitda + RS + OS - MS - G),
      ],
    }
  },
  'premium-implied-by-the-median-precedent-multiple': (f) => {
    const k = figuresOf(f, 'k0', 'k1', 'k2', 'k3', 'k4', 'k5')
    const e = figuresOf(f, 'e0', 'e1', 'e2', 'e3', 'e4', 'e5')
    const [z, E, Efy, D, C, Sd, Sb, U] = figuresOf(f, 'z', 'E', 'Efy', 'D', 'C', 'Sd', 'Sb', 'U')
    // Each deal's multiple from its stated value and EBITDA, both in tenths of $m.
    const mults = k.map((v, i) => div(m10(e[i]! * v), m10(e[i]! * 10)))
    const kept = mults.filter((_, i) => i !== z)
    const sorted = (xs: readonly R[]) => [...xs].sort((a, b) => Number(a[0] * b[1] - b[0] * a[1]))
    const mid = (xs: readonly R[]) => {
      const s = sorted(xs)
      const i = s.length >> 1
      return s.length & 1 ? s[i]! : div(add(s[i - 1]!, s[i]!), r(2))
    }
    const per = (mult: R, ebitda: number, debt: boolean, k: number) =>
      div(add(mul(mult, m10(ebitda)), debt ? m10(C - D) : r(0)), k1000(k))
    const over = (p: R) => sub(div(p, c100(U)), r(1))
    const med = mid(kept)
    const price = per(med, E, true, Sd)
    return pct2(
      over(price),
      over(per(div(total(kept), r(5)), E, true, Sd)),
      over(per(med, E, true, Sb)),
      over(per(med, E, false, Sd)),
      over(per(mid(mults), E, true, Sd)),
      div(sub(price, c100(U)), price),
      over(per(med, Efy, true, Sd)),
    )
  },
  'present-value-of-a-gordon-growth-terminal-value': (f) => {
    const [F5, W, g, w] = figuresOf(f, 'F5', 'W', 'g', 'w')
    const one = r(1000 + w, 1000)
    const pv = (x: R, t: number) => div(x, raised(one, t))
    // Gordon value with the rates in tenths of a percent: flow × (1000 + g) ÷ (w − g).
    const tv = (flow: number, grow: number, less: number) =>
      div(mul(m10(flow), r(1000 + grow)), r(w - less))
    const base = tv(F5 - W, g, g)
    return at1(
      pv(base, 5),
      base,
      pv(base, 4),
      pv(tv(F5, g, g), 5),
      pv(tv(F5 - W, 0, g), 5),
      pv(tv(F5 - W, g, 0), 5),
      pv(base, 6),
    )
  },
  'perpetual-growth-implied-by-an-exit-multiple': (f) => {
    const [E5, DA, t, CX, N, m, w, ke] = figuresOf(f, 'E5', 'DA', 't', 'CX', 'N', 'm', 'w', 'ke')
    // Everything in tenths of $m; rates in tenths of a percent.
    const nopat = r((E5 - DA) * (100 - t), 100)
    const fcf = sub(nopat, r(CX + N - DA))
    const tv = r(m * E5, 10)
    const g = (T: R, flow: R, rate: number) => div(sub(mul(T, r(rate, 1000)), flow), add(T, flow))
    return pct2(
      g(tv, fcf, w),
      sub(r(w, 1000), div(fcf, tv)),
      g(tv, fcf, ke),
      g(tv, sub(fcf, r(DA)), w),
      g(tv, nopat, w),
      g(r(m * (E5 - DA), 10), fcf, w),
      g(tv, add(fcf, r(N)), w),
    )
  },
  'enterprise-value-from-a-dcf-with-mid-year-factors': (f) => {
    const Fs = figuresOf(f, 'F1', 'F2', 'F3', 'F4', 'F5')
    const d = figuresOf(f, 'd1', 'd2', 'd3', 'd4', 'd5')
    const h = figuresOf(f, 'h1', 'h2', 'h3', 'h4', 'h5')
    const [E5, m, w] = figuresOf(f, 'E5', 'm', 'w')
    // Tenths of $m times factors in ten-thousandths: ÷ 100,000 for millions.
    const pvOf = (fac: readonly number[]) =>
      r(
        Fs.reduce((s, x, i) => s + x * fac[i]!, 0),
        100000,
      )
    const tvAt = (flow: number, fac: number) => r(m * flow * fac, 1000000)
    const mid = pvOf(h)
    return at1(
      add(mid, tvAt(E5, d[4]!)),
      add(mid, tvAt(E5, h[4]!)),
      add(mid, tvAt(E5, 10000)),
      add(m10(Fs.reduce((a, b) => a + b, 0)), tvAt(E5, d[4]!)),
      add(pvOf(d), tvAt(E5, d[4]!)),
      add(mid, tvAt(Fs[4]!, d[4]!)),
      // The exit value taken a year later than it falls: six whole years at the WACC.
      add(mid, div(r(m * E5, 100), raised(r(1000 + w, 1000), 6))),
    )
  },
  'control-premium-on-the-unaffected-price': (f) => {
    const [U, W, Wk, H, L, Oc, Cp, V] = figuresOf(f, 'U', 'W', 'Wk', 'H', 'L', 'Oc', 'Cp', 'V')
    const over = (offer: number, base: number) => r(offer - base, base)
    return pct2(
      over(Oc, U),
      over(Oc, Cp),
      over(Oc, H),
      r(Oc - U, Oc),
      over(Oc, W),
      over(Oc, Wk),
      over(Oc + V, U),
      over(Oc, L),
    )
  },
  'offer-enterprise-value-to-ltm-ebitda': (f) => {
    const [O, B, n1, K1, n2, K2, , , R0, D, C, P, M, A, E] = figuresOf(
      f,
      'O',
      'B',
      'n1',
      'K1',
      'n2',
      'K2',
      'n3',
      'K3',
      'R',
      'D',
      'C',
      'P',
      'M',
      'A',
      'E',
    )
    const diluted = add(k1000(B + R0), netOf(n1, K1, O), netOf(n2, K2, O))
    const x = (sh: R, claims: number) => div(add(mul(c100(O), sh), m10(claims)), m10(E))
    return at2(
      x(diluted, D + P + M - C - A),
      x(k1000(B + R0 + n1 + n2), D + P + M - C - A),
      x(diluted, D + P + M + C - A),
      x(diluted, D + P + M - C),
      x(k1000(B), D + P + M - C - A),
      x(diluted, 0),
      x(diluted, D - C - A),
    )
  },
  'net-debt-with-debt-like-items': (f) => {
    const [TL, NF, NB, RV, RU, FL, OL, PD, t, CA, RC] = figuresOf(
      f,
      'TL',
      'NF',
      'NB',
      'RV',
      'RU',
      'FL',
      'OL',
      'PD',
      't',
      'CA',
      'RC',
    )
    // In thousandths of $m, so the pension after tax stays whole.
    const afterTax = PD * (100 - t)
    const core = 100 * (TL + NF + RV + FL - (CA - RC)) + afterTax
    const w = (x: number) => r(x, 1000)
    return at1(
      w(core),
      w(core + 100 * OL),
      w(core + PD * t),
      w(core + 100 * RU),
      w(core - 100 * FL),
      w(core - 100 * RC),
      w(core - 100 * (NF - NB)),
      w(core - afterTax),
    )
  },
  'implied-share-price-with-circular-treasury-dilution': (f) => {
    const [EV, D, C, P, A, B, n0, K, R0] = figuresOf(
      f,
      'EV',
      'D',
      'C',
      'P',
      'A',
      'B',
      'n0',
      'K',
      'R',
    )
    const E = EV - D + C - P + A
    // Equity in tenths of $m is E × 100,000 dollars; proceeds n0 thousand × K cents = 10·n0·K dollars.
    const price = (eq: number, proceeds: boolean, k: number) =>
      r(100000 * eq + (proceeds ? 10 * n0 * K : 0), 1000 * k)
    const all = B + n0 + R0
    return at2(
      price(E, true, all),
      price(E, false, B),
      price(E, true, B + n0),
      price(E + P, true, all),
      price(E, false, all),
      price(E - C, true, all),
      price(E - 2 * A, true, all),
    )
  },
  'calendarised-ebitda-multiple-for-an-off-cycle-year-end': (f) => {
    const [mo, e1, e2, e3, MC, D, C] = figuresOf(f, 'mo', 'e1', 'e2', 'e3', 'MC', 'D', 'C')
    const EV = MC + D - C
    // Month-weighted EBITDA in tenths × 12: the ratio of value to it, both scaled the same.
    const x = (value: number, weighted: number) => r(12 * value, weighted)
    return at2(
      x(EV, mo * e1 + (12 - mo) * e2),
      x(EV, 12 * e1),
      x(EV, 6 * (e1 + e2)),
      x(EV, (12 - mo) * e1 + mo * e2),
      x(EV, 12 * e2),
      x(MC, mo * e1 + (12 - mo) * e2),
      x(EV, mo * e2 + (12 - mo) * e3),
    )
  },
  'sum-of-the-parts-equity-value-per-share': (f) => {
    const m = figuresOf(f, 'm0', 'm1', 'm2')
    const e = figuresOf(f, 'e0', 'e1', 'e2')
    const [CC, gm, D, C, Sd, Sb] = figuresOf(f, 'CC', 'gm', 'D', 'C', 'Sd', 'Sb')
    // Segment values in hundredths of $m (tenths × tenths).
    const gross = m.reduce((s, x, i) => s + x * e[i]!, 0)
    const eTot = e.reduce((a, b) => a + b, 0)
    // Corporate costs at a multiple `mult` in tenths: CC × mult hundredths.
    const ev = (costs: R) => sub(r(gross, 100), costs)
    const blendedCost = r(CC * gross, 100 * eTot)
    const per = (v: R, cash: boolean, k: number) => div(add(v, m10(cash ? C - D : -D)), k1000(k))
    return at2(
      per(ev(blendedCost), true, Sd),
      per(r(gross, 100), true, Sd),
      per(ev(blendedCost), true, Sb),
      per(ev(r(CC * Math.min(...m), 100)), true, Sd),
      per(r(gm * (eTot - CC), 100), true, Sd),
      per(ev(r(CC * Math.max(...m), 100)), true, Sd),
      per(ev(blendedCost), false, Sd),
    )
  },
  'diluted-shares-with-net-share-settled-convertible-notes': (f) => {
    const [O, r0, y, N, B, R0, n0, K] = figuresOf(f, 'O', 'r0', 'y', 'N', 'B', 'R', 'n0', 'K')
    // Per note, shares (rate × price − 1,000) ÷ price with the rate in ten-thousandths and the
    // price in cents: (rate × O − 10⁹) ÷ (10⁴ × O); over the conversion price 10⁷ ÷ r0 instead.
    const big = (x: number) => BigInt(x)
    const perNote = (rate: number) => r(big(rate) * big(O) - 10n ** 9n, 10000n * big(O))
    const notes = (each: R) => mul(r(N, 1000000), each)
    const others = add(k1000(B + R0), netOf(n0, K, O))
    const key = add(others, notes(perNote(r0 + y)))
    return at3(
      key,
      add(others, notes(r(r0 + y, 10000))),
      add(k1000(B + R0 + n0), notes(perNote(r0 + y))),
      add(others, notes(r((big(r0 + y) * big(O) - 10n ** 9n) * big(r0), 10n ** 13n))),
      add(others, notes(perNote(r0))),
      others,
      sub(key, k1000(R0)),
    )
  },
}
