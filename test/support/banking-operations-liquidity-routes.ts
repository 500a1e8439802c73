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

/*
 * Liquidity and funding worked again from each draw's figures: balances drawn in tenths of a
 * million become millions, each weighted by its haircut, run-off or funding factor in whole
 * percents; money drawn in cents or whole dollars stays in dollars.
 */

/** Tenths of a million as millions. */
const tm = (t: number): R => r(t, 10)
/** Millions from tenths at a whole percent. */
const w = (t: number, p: number): R => mul(tm(t), r(p, 100))
/** The weighted sum of [tenths, percent] pairs, in millions. */
const ws = (...ps: readonly (readonly [number, number])[]): R =>
  add(r(0), ...ps.map(([t, p]) => w(t, p)))
/** Whole cents as dollars. */
const cd = (c: number): R => r(c, 100)
/** `a − b` in plain numbers, kept exact. */
const minus = (a: number, b: number): R => r(a - b)

/** Liquidity and funding families worked again from each draw's balances and factors. */
export const LIQUIDITY_ROUTES: Readonly<Record<string, Route>> = {
  'hqla-amount-after-level-2-haircuts': (f) => {
    const [L1, A, B] = figuresOf(f, 'L1', 'A', 'B')
    return at2(
      ws([L1, 100], [A, 85], [B, 50]),
      ws([L1, 100], [A, 100], [B, 100]),
      ws([L1, 100], [A, 100], [B, 50]),
      ws([L1, 100], [A, 85], [B, 100]),
      ws([L1, 100], [A, 50], [B, 85]),
      ws([L1, 100], [A, 15], [B, 50]),
      tm(L1),
    )
  },
  'liquidity-coverage-ratio-with-haircuts': (f) => {
    const [L1, A, B, O, I] = figuresOf(f, 'L1', 'A', 'B', 'O', 'I')
    const net = sub(tm(O), tm(I))
    const hq = ws([L1, 100], [A, 85], [B, 50])
    return pct2(
      div(hq, net),
      div(ws([L1, 100], [A, 100], [B, 100]), net),
      div(ws([L1, 100], [A, 100], [B, 50]), net),
      div(ws([L1, 100], [A, 85], [B, 100]), net),
      div(tm(L1), net),
      div(ws([L1, 100], [A, 50], [B, 85]), net),
      div(hq, tm(O)),
    )
  },
  'liquidity-coverage-ratio-with-the-inflow-cap': (f) => {
    const [L1, A, O, I] = figuresOf(f, 'L1', 'A', 'O', 'I')
    // inflows over 75% of outflows are capped, so net outflows are a quarter of outflows
    const capped = sub(tm(O), w(O, 75))
    const raw = sub(tm(O), tm(I))
    const hq = ws([L1, 100], [A, 85])
    const full = ws([L1, 100], [A, 100])
    return pct2(
      div(hq, capped),
      div(hq, raw),
      div(full, capped),
      div(full, raw),
      div(hq, tm(O)),
      div(hq, sub(tm(O), w(I, 75))),
      div(ws([L1, 100], [A, 15]), capped),
    )
  },
  'level-2-cap-at-40-percent-of-hqla': (f) => {
    const [L1, A] = figuresOf(f, 'L1', 'A')
    // Level 2 at most 40% of HQLA is at most 40/60 of Level 1
    const cap = mul(tm(L1), r(40, 60))
    const l2 = w(A, 85)
    return at2(
      add(tm(L1), cap),
      add(tm(L1), l2),
      add(tm(L1), tm(A)),
      add(tm(L1), mul(r(40, 100), add(tm(L1), l2))),
      add(tm(L1), w(L1, 40)),
      add(tm(L1), mul(cap, r(85, 100))),
      tm(L1),
    )
  },
  'level-2b-cap-at-15-percent-of-hqla': (f) => {
    const [L1, A, B] = figuresOf(f, 'L1', 'A', 'B')
    const base = add(tm(L1), w(A, 85))
    // Level 2B at most 15% of HQLA is at most 15/85 of Level 1 and Level 2A
    const cap = mul(base, r(15, 85))
    return at2(
      add(base, cap),
      add(base, w(B, 50)),
      add(base, tm(B)),
      add(tm(L1), tm(A), mul(add(tm(L1), tm(A)), r(15, 85))),
      add(base, mul(base, r(15, 100))),
      add(base, mul(cap, r(50, 100))),
      base,
    )
  },
  'lcr-outflows-by-deposit-category': (f) => {
    const [S, R_, Op, C, Fi] = figuresOf(f, 'S', 'R', 'Op', 'C', 'Fi')
    const o = (s: number, rr: number, op: number, c: number, fi: number) =>
      ws([S, s], [R_, rr], [Op, op], [C, c], [Fi, fi])
    return at2(
      o(3, 10, 25, 40, 100),
      o(5, 10, 25, 40, 100),
      o(3, 10, 40, 40, 100),
      o(10, 10, 25, 40, 100),
      o(3, 10, 25, 40, 40),
      o(3, 10, 25, 25, 100),
      o(3, 3, 25, 40, 100),
    )
  },
  'lcr-secured-funding-outflows': (f) => {
    const [T, G, C, F, N] = figuresOf(f, 'T', 'G', 'C', 'F', 'N')
    // Treasuries, Level 2A, Level 2B, the FHLB advance and the loan repos, each at its rate
    const o = (g: number, c: number, fh: number, nn: number) =>
      ws([T, 0], [G, g], [C, c], [F, fh], [N, nn])
    return at2(
      o(15, 50, 25, 100),
      o(15, 50, 100, 100),
      o(100 - 15, 50, 25, 100),
      o(15, 100, 25, 100),
      o(15, 50, 0, 100),
      o(15, 15, 25, 100),
      o(15, 50, 25, 50),
    )
  },
  'nsfr-available-stable-funding': (f) => {
    const [K, S, R_, C, F] = figuresOf(f, 'K', 'S', 'R', 'C', 'F')
    const a = (k: number, s: number, rr: number, c: number, fi: number) =>
      ws([K, k], [S, s], [R_, rr], [C, c], [F, fi])
    return at2(
      a(100, 95, 90, 50, 0),
      a(100, 95, 95, 50, 0),
      a(100, 95, 90, 50, 50),
      a(100, 100 - 3, 100 - 10, 100 - 40, 0),
      a(100, 90, 90, 50, 0),
      a(100, 95, 90, 0, 0),
      a(0, 95, 90, 50, 0),
    )
  },
  'nsfr-required-stable-funding': (f) => {
    const [Ca, T, G, Rl, Mo, Ol] = figuresOf(f, 'Ca', 'T', 'G', 'Rl', 'Mo', 'Ol')
    const q = (t: number, g: number, rl: number, mo: number, ol: number) =>
      ws([Ca, 0], [T, t], [G, g], [Rl, rl], [Mo, mo], [Ol, ol])
    return at2(
      q(5, 15, 50, 65, 85),
      q(5, 15, 50, 85, 85),
      q(5, 15, 85, 65, 85),
      q(15, 5, 50, 65, 85),
      q(0, 15, 50, 65, 85),
      q(5, 15, 50, 50, 85),
      q(5, 15, 50, 65, 65),
    )
  },
  'federal-reserve-account-overnight-borrowing': (f) => {
    const [O, Wi, Wo, C, D, L, M, T] = figuresOf(f, 'O', 'Wi', 'Wo', 'C', 'D', 'L', 'M', 'T')
    const close = (c: number, d: number, l: number, m: number) => cd(O + Wi - Wo + c - d + l + m)
    // the borrowing brings the projected close up to the target
    const need = (bal: R) => sub(cd(T), bal)
    return at2(
      need(close(C, D, -L, M)),
      need(close(C, D, -L, 0)),
      need(close(D, C, -L, M)),
      need(close(C, D, -L, -M)),
      need(close(C, D, 0, M)),
      need(close(C, D, L, M)),
      sub(r(0), close(C, D, -L, M)),
    )
  },
  'overnight-fed-funds-interest-over-a-holiday-weekend': (f) => {
    const [lo, k, P] = figuresOf(f, 'lo', 'k', 'P')
    // Friday to Tuesday: Friday, Saturday, Sunday and the holiday Monday
    const i = (bp: number, days: number, year: number) => mul(r(P), r(bp, 10000), r(days, year))
    return at2(
      i(k, 4, 360),
      i(k, 4, 365),
      i(k, 1, 360),
      i(k, 3, 360),
      i(k, 5, 360),
      i(lo + 15, 4, 360),
      i(lo + 25, 4, 360),
    )
  },
  'daylight-overdraft-fee-for-a-two-week-period': (f) => {
    const [A1, A2, A3, D] = figuresOf(f, 'A1', 'A2', 'A3', 'D')
    const dollars = (t: number) => r(t * 100_000)
    const daily = (bp: number, hours: R, year: number) =>
      mul(r(bp, 10000), div(hours, r(24)), r(1, year))
    const day = daily(50, r(43, 2), 360)
    const days = [A1, A2, A3]
    const fee = (rate: R, ded: number) => mul(add(r(0), ...days.map((a) => dollars(a - ded))), rate)
    const key = fee(day, D)
    return at2(
      key,
      fee(daily(50, r(24), 360), D),
      fee(day, 0),
      mul(sub(add(r(0), ...days.map(dollars)), dollars(D)), day),
      fee(daily(50, r(43, 2), 365), D),
      fee(daily(36, r(43, 2), 360), D),
      sub(key, r(150)),
    )
  },
  'fhlb-remaining-borrowing-capacity': (f) => {
    const [Mo, Cr, S, Adv] = figuresOf(f, 'Mo', 'Cr', 'S', 'Adv')
    const left = (mo: number, cr: number, s: number, adv: boolean) =>
      sub(ws([Mo, mo], [Cr, cr], [S, s]), adv ? tm(Adv) : r(0))
    return at2(
      left(75, 60, 95, true),
      left(75, 60, 95, false),
      left(100, 100, 100, true),
      left(75, 75, 95, true),
      left(100 - 75, 100 - 60, 100 - 95, true),
      left(75, 60, 75, true),
      left(75, 0, 95, true),
    )
  },
  'cumulative-liquidity-gap-through-30-days': (f) => {
    const [I1, I2, I3, I4, O1, O2, O3, O4, X] = figuresOf(
      f,
      'I1',
      'I2',
      'I3',
      'I4',
      'O1',
      'O2',
      'O3',
      'O4',
      'X',
    )
    const gap = [I1 - O1, I2 - O2, I3 - X - O3, I4 - O4]
    const short = (from: number, to: number, g = gap) =>
      tm(-g.slice(from, to).reduce((a, b) => a + b, 0))
    const listed = [gap[0]!, gap[1]!, I3 - O3, gap[3]!]
    return at1(
      short(0, 3),
      short(2, 3),
      short(0, 2),
      short(0, 3, listed),
      short(0, 4),
      short(1, 3),
      tm(O1 + O2 + O3),
    )
  },
  'loan-to-deposit-ratio': (f) => {
    const [Gl, Al, Dt, B, Fh, Fp, Fs, OL] = figuresOf(
      f,
      'Gl',
      'Al',
      'Dt',
      'B',
      'Fh',
      'Fp',
      'Fs',
      'OL',
    )
    const net = minus(Gl, Al)
    return pct2(
      div(net, r(Dt)),
      div(r(Gl), r(Dt)),
      div(net, minus(Dt, B)),
      div(add(net, r(Fs)), r(Dt)),
      div(net, r(Dt + Fh)),
      div(net, r(Dt + Fp)),
      div(net, r(Dt + Fh + Fp + OL)),
    )
  },
  'brokered-deposit-share-with-the-reciprocal-cap': (f) => {
    const [TL, Dt, Bk, Ls, R_, E] = figuresOf(f, 'TL', 'Dt', 'Bk', 'Ls', 'R', 'E')
    // reciprocal deposits above the lesser of $5 billion and 20% of liabilities are brokered
    const cap = Math.min(50_000, TL / 5)
    const over = R_ - cap
    const share = (x: R, base: number) => div(x, r(base))
    return pct2(
      share(r(Bk + over), Dt),
      share(r(Bk), Dt),
      share(r(Bk + R_), Dt),
      share(r(Bk + over + Ls), Dt),
      share(sub(r(Bk + R_), mul(r(Dt), r(20, 100))), Dt),
      share(r(Bk + over), TL),
      share(r(Bk + over), TL + E),
    )
  },
  'liquid-assets-to-total-assets': (f) => {
    const [Cd, Fs, U, Ua, Pf, TA, Dt] = figuresOf(f, 'Cd', 'Fs', 'U', 'Ua', 'Pf', 'TA', 'Dt')
    const q = (x: number, base: number) => div(r(x), r(base))
    return pct2(
      q(Cd + Fs + U, TA),
      q(Cd + Fs + U + Pf, TA),
      q(Cd + Fs + Ua, TA),
      q(Cd + Fs + U, Dt),
      q(Cd + U, TA),
      q(Fs + U, TA),
      q(Cd + Fs, TA),
    )
  },
  'lcr-stable-retail-deposits-entirely-insured': (f) => {
    const [b1, b2, b3, b4] = figuresOf(f, 'b1', 'b2', 'b3', 'b4')
    // [balance, insurance limit, relationship or transactional]
    const deps = [
      [b1, 250_000, true],
      [b2, 500_000, true],
      [b3, 250_000, true],
      [b4, 250_000, false],
    ] as const
    type Rule = { stable: number; joint?: number; relation?: boolean; split?: boolean }
    const outflow = ({ stable, joint = 500_000, relation = true, split = false }: Rule) =>
      add(
        r(0),
        ...deps.map(([b, lim, rel], i) => {
          const limit = i === 1 ? joint : lim
          const ok = rel || !relation
          const st = !ok ? 0 : b <= limit ? b : split ? limit : 0
          return add(mul(r(st), r(stable, 100)), mul(r(b - st), r(10, 100)))
        }),
      )
    return at2(
      outflow({ stable: 3 }),
      outflow({ stable: 5 }),
      outflow({ stable: 3, joint: 250_000 }),
      outflow({ stable: 10 }),
      add(r(0), ...[b1, b2, b3, b4].map((b) => mul(r(b), r(3, 100)))),
      outflow({ stable: 3, relation: false }),
      outflow({ stable: 3, split: true }),
    )
  },
}
