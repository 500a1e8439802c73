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
 * Revenue cycle metrics worked again from each draw: whole dollars and counts as BigInt ratios,
 * rates as part ÷ whole, days as a balance over daily charges, each answer written once (rates to
 * two places of a percent, days to one place, money to the cent).
 */

/** Calendar days of the three months of each quarter the families draw (2026), and before it. */
const QUARTER_DAYS = [
  [30 + 31 + 30, 31 + 28 + 31],
  [31 + 31 + 30, 30 + 31 + 30],
  [31 + 30 + 31, 31 + 31 + 30],
] as const
/** The last month's days of each quarter. */
const LAST_MONTH = [30, 30, 31] as const
/** A balance over the daily average of `charges` across `period` days. */
const daysOf = (balance: R, charges: number, period: number): R => div(balance, r(charges, period))
/** A whole percent. */
const pc = (p: number): R => r(p, 100)

export const REVENUE_ROUTES: Readonly<Record<string, Route>> = {
  'days-in-ar-on-a-quarter-of-gross-charges': (f) => {
    const [qi, c1, c2, c3, e1, e2, e3, K, P, E, B0] = figuresOf(
      f,
      'qi',
      'c1',
      'c2',
      'c3',
      'e1',
      'e2',
      'e3',
      'K',
      'P',
      'E',
      'B0',
    )
    const [D, Dp] = QUARTER_DAYS[qi]!
    const C = c1 + c2 + c3
    return at1(
      daysOf(r(E), C, D),
      daysOf(r(E), C, 90),
      daysOf(r(E), c3, LAST_MONTH[qi]!),
      daysOf(r(E + B0, 2), C, D),
      daysOf(r(E), C - K, D),
      daysOf(r(E), P, D),
      daysOf(r(E), C + e1 + e2 + e3, D + Dp),
    )
  },
  'gross-collection-rate-of-a-quarter': (f) => {
    const [C, K, W, Pi, Pm, Ps, Rf] = figuresOf(f, 'C', 'K', 'W', 'Pi', 'Pm', 'Ps', 'Rf')
    const net = Pi + Pm + Ps - Rf
    return pct2(
      r(net, C),
      r(net, C - K),
      r(net + Rf, C),
      r(net, C - W),
      r(Pi - Rf, C),
      r(net - Ps, C),
      r(net - W, C),
    )
  },
  'net-collection-rate-with-the-adjustments-it-excludes': (f) => {
    const [C, K, W, SB, TF, Pi, Pp, RC, Rf] = figuresOf(
      f,
      'C',
      'K',
      'W',
      'SB',
      'TF',
      'Pi',
      'Pp',
      'RC',
      'Rf',
    )
    const paid = Pi + Pp + RC - Rf
    const base = C - K
    return pct2(
      r(paid, base),
      r(paid, C),
      r(paid - Pp, base),
      r(paid - RC, base),
      r(paid, base - W),
      r(paid, base - W - SB - TF),
      r(paid + Rf, base),
    )
  },
  'payments-needed-to-reach-a-target-net-collection-rate': (f) => {
    const [C, K, t, Rf, P, W] = figuresOf(f, 'C', 'K', 't', 'Rf', 'P', 'W')
    const kept = P - Rf
    // The target share of a base, less what is already kept.
    const short = (base: number, have: number) => sub(mul(pc(t), r(base)), r(have))
    const gap = sub(pc(t), r(kept, C - K))
    return at2(
      short(C - K, kept),
      short(C, kept),
      r(C - K - kept),
      mul(gap, r(C)),
      short(C - K, P),
      short(C - K - W, kept),
      mul(gap, r(kept)),
    )
  },
  'clean-claim-rate-of-first-submissions': (f) => {
    const [N, r1, r2, wn, d, S] = figuresOf(f, 'N', 'r1', 'r2', 'wn', 'd', 'S')
    const accepted = N - r1 - r2
    return pct2(
      r(accepted, N),
      r(N - r1, N),
      r(N - r2, N),
      r(accepted + S, N + S),
      r(accepted - d, N),
      r(accepted, N + S),
      r(accepted - wn, N),
    )
  },
  'initial-denial-rate-by-dollars': (f) => {
    const [nC, A, k, D, Rj, Pd, O] = figuresOf(f, 'nC', 'A', 'k', 'D', 'Rj', 'Pd', 'O')
    return pct2(
      r(D, A),
      r(D, A - D),
      r(D + Rj, A),
      r(k, nC),
      r(D - O, A),
      r(D, A + Pd),
      r(D, A + D),
    )
  },
  'first-pass-resolution-rate-of-adjudicated-claims': (f) => {
    const [p, z, q, d, ap, rj, s] = figuresOf(f, 'p', 'z', 'q', 'd', 'ap', 'rj', 's')
    const resolved = p + z
    const all = p + z + q + d
    return pct2(
      r(resolved, all),
      r(resolved + q, all),
      r(resolved + ap, all),
      r(resolved, all - q),
      r(p, all),
      r(resolved, all + rj),
      r(resolved, all + s),
    )
  },
  'share-of-accounts-receivable-over-90-days': (f) => {
    const ins = figuresOf(f, 'i0', 'i1', 'i2', 'i3', 'i4')
    const pat = figuresOf(f, 'p0', 'p1', 'p2', 'p3', 'p4')
    const tot = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
    const all = tot(ins) + tot(pat)
    const from = (i: number) => tot(ins.slice(i)) + tot(pat.slice(i))
    return pct2(
      r(from(3), all),
      r(from(2), all),
      r(from(3), all - from(3)),
      r(tot(pat.slice(3)), tot(pat)),
      r(from(4), all),
      r(ins[3]! + pat[3]!, all),
      r(tot(ins.slice(3)), tot(ins)),
    )
  },
  'bad-debt-rate-of-net-patient-revenue': (f) => {
    const [C, K, CH, W, SB, RC] = figuresOf(f, 'C', 'K', 'CH', 'W', 'SB', 'RC')
    const net = C - K - CH
    return pct2(
      r(W, net),
      r(W + CH, net),
      r(W + SB, net),
      r(W, net - W),
      r(W, C),
      r(W, C - K),
      r(W - RC, net),
    )
  },
  'cost-to-collect-of-a-month': (f) => {
    const [S, Bn, CL, ST, AG, SWy, X, Pi, Pp, Rf, C] = figuresOf(
      f,
      'S',
      'Bn',
      'CL',
      'ST',
      'AG',
      'SWy',
      'X',
      'Pi',
      'Pp',
      'Rf',
      'C',
    )
    // Costs in twelfths of a dollar, so the software's monthly share stays whole.
    const cost = (others: number, software: number) => r(12 * others + software, 12)
    const core = S + Bn + CL + ST + AG
    const cash = Pi + Pp - Rf
    const over = (x: R, base: number) => div(x, r(base))
    return pct2(
      over(cost(core, SWy), cash),
      over(cost(core + X, SWy), cash),
      over(cost(core, 12 * SWy), cash),
      over(cost(core, SWy), Pi - Rf),
      over(cost(core - Bn, SWy), cash),
      over(cost(core - AG, SWy), cash),
      over(cost(core, SWy), C),
    )
  },
  'point-of-service-collection-rate': (f) => {
    const [CD, CC, ED, EC, PB, PBo, LM, PR] = figuresOf(
      f,
      'CD',
      'CC',
      'ED',
      'EC',
      'PB',
      'PBo',
      'LM',
      'PR',
    )
    const got = CC + EC
    const due = CD + ED
    return pct2(
      r(got, due),
      r(got + PB, due),
      r(got + LM, due),
      r(CC, CD),
      r(EC, ED),
      r(got, due + PBo),
      r(got, PR),
    )
  },
  'days-in-ar-rolled-forward-after-a-month': (f) => {
    const [c1, c2, c3, c4, E0, k4, pi, pp, w4, rf, rc] = figuresOf(
      f,
      'c1',
      'c2',
      'c3',
      'c4',
      'E0',
      'k4',
      'pi',
      'pp',
      'w4',
      'rf',
      'rc',
    )
    // July 31: the rolled-forward balance over May to July (31 + 30 + 31 days).
    const E1 = E0 + c4 - pi - pp - k4 - w4 + rf
    const mayToJuly = c2 + c3 + c4
    return at1(
      daysOf(r(E1), mayToJuly, 92),
      daysOf(r(E1 + k4), mayToJuly, 92),
      daysOf(r(E1 + w4), mayToJuly, 92),
      daysOf(r(E1 + pp), mayToJuly, 92),
      daysOf(r(E1), c1 + c2 + c3, 91),
      daysOf(r(E1 - 2 * rf), mayToJuly, 92),
      daysOf(r(E1 - rc), mayToJuly, 92),
    )
  },
  'expected-collections-from-aged-receivables': (f) => {
    const b = figuresOf(f, 'b0', 'b1', 'b2', 'b3', 'b4')
    const p = figuresOf(f, 'p0', 'p1', 'p2', 'p3', 'p4')
    const [CR] = figuresOf(f, 'CR')
    // Hundredths of a dollar: each balance times its whole percent.
    const cents = (xs: readonly [number, number][]) =>
      r(
        xs.reduce((a, [x, y]) => a + x * y, 0),
        100,
      )
    const pairs = b.map((x, i) => [x, p[i]!] as [number, number])
    const all = b.reduce((a, x) => a + x, 0)
    const over60 = b[2]! + b[3]! + b[4]!
    return at2(
      cents(pairs),
      cents([[all, p[0]!]]),
      cents([pairs[0]!, pairs[1]!, [over60, p[2]!]]),
      add(cents(pairs), r(CR)),
      mul(
        r(all),
        r(
          p.reduce((a, x) => a + x, 0),
          500,
        ),
      ),
      cents(pairs.slice(0, 4)),
      cents(pairs.slice(0, 3)),
    )
  },
  'ar-reduction-needed-to-reach-target-days-in-ar': (f) => {
    const [qi, c1, c2, c3, T, E, B0, K, P] = figuresOf(
      f,
      'qi',
      'c1',
      'c2',
      'c3',
      'T',
      'E',
      'B0',
      'K',
      'P',
    )
    const [D] = QUARTER_DAYS[qi]!
    const C = c1 + c2 + c3
    const allowed = (charges: number, period: number) => r(T * charges, period)
    return at2(
      sub(r(E), allowed(C, D)),
      allowed(C, D),
      sub(r(E), allowed(C - K, D)),
      sub(r(E), allowed(P, D)),
      sub(r(E), allowed(C, 90)),
      sub(r(E), allowed(c3, LAST_MONTH[qi]!)),
      sub(r(E + B0, 2), allowed(C, D)),
    )
  },
  'collection-agency-net-recovery-rate': (f) => {
    const [PL, RCL, AC, DP, ACp, PLo, fee] = figuresOf(
      f,
      'PL',
      'RCL',
      'AC',
      'DP',
      'ACp',
      'PLo',
      'f',
    )
    const keep = pc(100 - fee)
    const base = PL - RCL
    return pct2(
      div(mul(r(AC + DP), keep), r(base)),
      r(AC + DP, base),
      div(add(mul(r(AC), keep), r(DP)), r(base)),
      div(mul(r(AC + DP + ACp), keep), r(base)),
      div(mul(r(AC), keep), r(base)),
      div(mul(r(AC + DP), keep), r(PL)),
      div(mul(r(AC + DP), keep), r(base + PLo)),
    )
  },
  'patient-collection-rate-on-patient-responsibility': (f) => {
    const [CP, DC, SPc, SD, POS, ST, PP, Rfp, RC] = figuresOf(
      f,
      'CP',
      'DC',
      'SPc',
      'SD',
      'POS',
      'ST',
      'PP',
      'Rfp',
      'RC',
    )
    const owed = CP + DC + SPc - SD
    const paid = POS + ST + PP - Rfp
    return pct2(
      r(paid, owed),
      r(paid + RC, owed),
      r(paid + Rfp, owed),
      r(paid, CP + DC),
      r(paid, CP + DC + SPc),
      r(paid - POS, owed),
      r(paid - PP, owed),
    )
  },
  'denied-dollars-to-prevent-to-reach-a-target-denial-rate': (f) => {
    const [A, t, D, Rj, Pd, O] = figuresOf(f, 'A', 't', 'D', 'Rj', 'Pd', 'O')
    // Dollars above the target share of a base, in hundredths.
    const excess = (denied: number, base: number) => r(100 * denied - t * base, 100)
    return at2(
      excess(D, A),
      r(t * A, 100),
      excess(D, A - D),
      excess(D + Rj, A),
      excess(D, A + Rj),
      excess(D, A + Pd),
      excess(D - O, A),
    )
  },
}
