import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { bpText, cap, client, count, dec, family, n, numeric, pct, pp } from './abtest-text.js'

// Pitfalls and validity: sample ratio mismatch, multiple comparisons, Simpson's paradox, novelty,
// the winner's curse and false discoveries. Every critical value or correction rule is stated.

const POOL = [20, 40, 70, 90, 110, 130, 160, 180, 240, 260, 300, 420, 480, 520, 700, 1200] as const

/** `m` distinct p-values in ten-thousandths, sorted ascending. */
function pValues(rng: Rng, m: number): number[] {
  return rng
    .shuffle(POOL)
    .slice(0, m)
    .sort((a, b) => a - b)
}
const p4 = (p: number) => (p / 1e4).toFixed(4)
const ORD = ['smallest', 'second smallest', 'third smallest', 'fourth smallest', 'fifth smallest']

export const PITFALL_FAMILIES = [
  family('srm-chi-square-for-a-planned-uneven-split', (rng) => {
    const w = rng.pick([10, 20, 25, 30, 40])
    const total = rng.int(40, 200) * 100
    const e2 = (total * w) / 100
    const o2 = Math.round(e2) + rng.int(-120, 120)
    const o1 = total - o2
    const e1 = total - e2
    const chi = (a: number, b: number) => (o1 - a) ** 2 / a + (o2 - b) ** 2 / b
    if (o2 === e2) throw new VariantError('no mismatch')
    return numeric(
      `${cap(client(rng))} planned ${100 - w}/${w} control/treatment and got ${n(o1)} and ${n(o2)} users. The SRM check is χ² = Σ (observed − expected)² ÷ expected, expected from the planned split; the 1-df critical value at 0.001 is 10.83. What is χ², to two decimals?`,
      dec(2),
      chi(e1, e2),
      [
        [chi(total / 2, total / 2), 'expects a 50/50 split'],
        [(o1 - e1) ** 2 / o1 + (o2 - e2) ** 2 / o2, 'divides by the observed counts'],
        [(o2 - e2) ** 2 / e2, 'counts only the treatment cell'],
        [Math.abs(o1 - e1) / e1 + Math.abs(o2 - e2) / e2, 'leaves the differences unsquared'],
        [((o1 - e1) ** 2 + (o2 - e2) ** 2) / total, 'divides by the total, not each expected'],
      ],
      { w, o1, o2 },
    )
  }),
  family('srm-chi-square-across-three-arms', (rng) => {
    const e = rng.int(30, 150) * 100
    const o = [e + rng.int(-90, 90), e + rng.int(-90, 90)]
    const o3 = 3 * e - o[0]! - o[1]!
    const os = [o[0]!, o[1]!, o3]
    const chi = os.reduce((s, x) => s + (x - e) ** 2 / e, 0)
    if (chi === 0) throw new VariantError('no mismatch')
    return numeric(
      `A three-arm test planned equal thirds and got ${os.map(n).join(', ')} users. SRM check: χ² = Σ (observed − expected)² ÷ expected over all arms; the 2-df critical value at 0.001 is 13.82. What is χ², to two decimals?`,
      dec(2),
      chi,
      [
        [os.reduce((s, x) => s + (x - e) ** 2 / x, 0), 'divides by the observed counts'],
        [os.slice(0, 2).reduce((s, x) => s + (x - e) ** 2 / e, 0), 'leaves out the third arm'],
        [
          os.reduce((s, x) => s + (x - e) ** 2, 0) / (3 * e),
          'divides by the total, not each expected',
        ],
        [os.reduce((s, x) => s + Math.abs(x - e) / e, 0), 'leaves the differences unsquared'],
      ],
      { e, a: os[0]!, b: os[1]!, c: o3 },
    )
  }),
  family('users-missing-from-the-short-arm', (rng) => {
    const w = rng.pick([20, 25, 40])
    const long = rng.int(5, 20) * (100 - w) * 10
    const exp = (long * w) / (100 - w)
    if (!Number.isInteger(exp)) throw new VariantError('expected count not whole')
    const short = exp - rng.int(100, Math.max(100, Math.floor(exp / 3)))
    const total = long + short
    return numeric(
      `A test planned ${100 - w} % control and ${w} % treatment. Control logged ${n(long)} users and is known to be complete; treatment logged ${n(short)}, short because a redirect dropped some. Assuming control is right, how many treatment users went missing?`,
      count('users'),
      exp - short,
      [
        [Math.round((total * w) / 100) - short, 'takes the planned share of the logged total'],
        [long - short, 'expects the arms to be equal'],
        [Math.round((exp - short) / 2), 'splits the gap between the arms'],
        [exp, 'gives the expected treatment count, not the gap'],
        [Math.round((long * (100 - w)) / w) - short, 'swaps the planned shares'],
      ],
      { w, long, short },
    )
  }),
  family('holm-threshold-for-a-ranked-p', (rng) => {
    const m = rng.int(4, 8)
    const k = rng.int(2, Math.min(5, m - 1))
    return numeric(
      `An analyst tests ${m} metrics with Holm’s step-down method at family-wise α 0.05: sort the p-values ascending and compare the k-th smallest with α ÷ (m − k + 1). What threshold does the ${ORD[k - 1]} p-value face, to five decimals?`,
      dec(5),
      0.05 / (m - k + 1),
      [
        [0.05 / m, 'uses the Bonferroni α/m for every rank'],
        [0.05 / k, 'divides by the rank'],
        [(0.05 * k) / m, 'uses the Benjamini–Hochberg kα/m'],
        [0.05 / (m - k), 'divides by m − k'],
        [0.05 / (m - k + 2), 'counts the ranks from zero'],
      ],
      { m, k },
    )
  }),
  family('holm-adjusted-p-with-monotonicity', (rng) => {
    const m = rng.int(3, 5)
    const ps = pValues(rng, m)
    const k = rng.int(2, m)
    const raw = (j: number) => Math.min(1, (m - j) * (ps[j]! / 1e4))
    let adj = 0
    for (let j = 0; j < k; j++) adj = Math.max(adj, raw(j))
    return numeric(
      `Holm-adjusted p-values: for the k-th smallest of m p-values, take (m − k + 1) × p₍ₖ₎, capped at 1, and then the largest of that and every smaller rank’s adjusted value. The ${m} p-values are ${ps.map(p4).join(', ')}. What is the adjusted p of the ${ORD[k - 1]}, to four decimals?`,
      dec(4),
      adj,
      [
        [raw(k - 1), 'skips the running maximum'],
        [Math.min(1, (m * ps[k - 1]!) / 1e4), 'uses the Bonferroni m × p'],
        [ps[k - 1]! / 1e4, 'leaves the p-value unadjusted'],
        [Math.min(1, (k * ps[k - 1]!) / 1e4), 'multiplies by the rank'],
        [Math.min(1, (m * ps[k - 1]!) / k / 1e4), 'uses the Benjamini–Hochberg m × p ÷ k'],
        [Math.max(...ps.map((_, j) => raw(j))), 'takes the running maximum over every rank'],
        [Math.min(1, ((m - k + 2) * ps[k - 1]!) / 1e4), 'counts the ranks from zero'],
      ],
      { m, k, ps: ps.join(' ') },
    )
  }),
  family('bonferroni-adjusted-p', (rng) => {
    const m = rng.int(3, 8)
    const p = rng.int(5, 110) * 1
    return numeric(
      `A dashboard tracks ${m} metrics. One has a raw p of ${(p / 1e4).toFixed(4)}. The report shows Bonferroni-adjusted p-values, min(1, m × p). What adjusted p does it show, to four decimals?`,
      dec(4),
      Math.min(1, (m * p) / 1e4),
      [
        [p / m / 1e4, 'divides the p-value by m'],
        [p / 1e4, 'leaves the p-value unadjusted'],
        [1 - (1 - p / 1e4) ** m, 'uses the Šidák adjustment'],
        [((m - 1) * p) / 1e4, 'multiplies by m − 1'],
        [((m + 1) * p) / 1e4, 'counts control as a comparison too'],
      ],
      { m, p },
    )
  }),
  family('sidak-per-comparison-alpha', (rng) => {
    const m = rng.int(2, 8)
    const a = rng.pick([5, 10])
    const alpha = a / 100
    return numeric(
      `To hold the family-wise error at ${alpha.toFixed(2)} over ${m} independent comparisons, the Šidák per-comparison α is 1 − (1 − α)^(1/${m}). What is it, to five decimals?`,
      dec(5),
      1 - (1 - alpha) ** (1 / m),
      [
        [alpha / m, 'uses the Bonferroni α/m'],
        [1 - (1 - alpha) ** m, 'gives the family-wise error of m tests at α'],
        [alpha ** (1 / m), 'takes the root of α, not of 1 − α'],
        [(1 - alpha) ** (1 / m), 'leaves out the 1 − … step'],
        [alpha / m / 2, 'halves the Bonferroni α again for two sides'],
      ],
      { m, a },
    )
  }),
  family('family-wise-error-across-uncorrected-metrics', (rng) => {
    const m = rng.int(3, 10)
    const a = rng.pick([5, 10])
    const alpha = a / 100
    return numeric(
      `${cap(client(rng))} reads ${m} independent metrics off one test, each at α ${alpha.toFixed(2)} with no correction. If the change does nothing, the chance of at least one false winner is 1 − (1 − α)^m. What is it, as a percentage to two decimals?`,
      pct(2),
      (1 - (1 - alpha) ** m) * 100,
      [
        [m * a, 'adds the α of every metric'],
        [a, 'reads each metric’s α as the family’s rate'],
        [(1 - alpha) ** m * 100, 'gives the chance of no false winner'],
        [a / m, 'gives the Bonferroni per-metric α'],
      ],
      { m, a },
    )
  }),
  family('bh-adjusted-p-for-a-rank', (rng) => {
    const m = rng.int(3, 5)
    const ps = pValues(rng, m)
    const k = rng.int(1, m - 1)
    let q = 1
    for (let j = m - 1; j >= k - 1; j--) q = Math.min(q, (m * ps[j]!) / (j + 1) / 1e4)
    return numeric(
      `Benjamini–Hochberg adjusted p-values: for the k-th smallest of m, take m × p₍ₖ₎ ÷ k, then the smallest of that and every larger rank’s value (capped at 1). The p-values are ${ps.map(p4).join(', ')}. What is the adjusted p of the ${ORD[k - 1]}, to four decimals?`,
      dec(4),
      q,
      [
        [Math.min(1, (m * ps[k - 1]!) / k / 1e4), 'skips the running minimum from the top'],
        [Math.min(1, (m * ps[k - 1]!) / 1e4), 'uses the Bonferroni m × p'],
        [(k * ps[k - 1]!) / m / 1e4, 'turns the ratio upside down (k ÷ m)'],
        [ps[k - 1]! / 1e4, 'leaves the p-value unadjusted'],
        [Math.min(1, ((m - k + 1) * ps[k - 1]!) / 1e4), 'uses Holm’s multiplier'],
        [
          Math.min(...ps.map((p, j) => Math.min(1, (m * p) / (j + 1) / 1e4))),
          'takes the running minimum over every rank',
        ],
      ],
      { m, k, ps: ps.join(' ') },
    )
  }),
  family('simpson-mix-standardised-difference', (rng) => {
    const [va, vb] = [rng.int(10, 60) * 100, rng.int(10, 60) * 100]
    const wa = rng.int(30, 80)
    const ra = [rng.int(150, 500), rng.int(30, 140)]
    const rb = [ra[0]! + rng.int(5, 40), ra[1]! + rng.int(5, 30)]
    const ta = Math.round((va * wa) / 100)
    const ma = Math.round((vb * (100 - wa)) / 100)
    const tb = Math.round((va * (100 - wa)) / 100)
    const mb = Math.round((vb * wa) / 100)
    const mix = [(ta + tb) / (ta + ma + tb + mb), (ma + mb) / (ta + ma + tb + mb)]
    const std = (mix[0]! * (rb[0]! - ra[0]!) + mix[1]! * (rb[1]! - ra[1]!)) / 100
    const pooled =
      ((ta * ra[0]! + ma * ra[1]!) / (ta + ma) - (tb * rb[0]! + mb * rb[1]!) / (tb + mb)) / 100
    const cD = (ta * ra[0]! + ma * ra[1]!) / (ta + ma)
    const tD = (tb * rb[0]! + mb * rb[1]!) / (tb + mb)
    return numeric(
      `Desktop converts far better than mobile, and the arms got different mixes. Control: desktop ${n(ta)} users at ${bpText(ra[0]!)}, mobile ${n(ma)} at ${bpText(ra[1]!)}. Treatment: desktop ${n(tb)} at ${bpText(rb[0]!)}, mobile ${n(mb)} at ${bpText(rb[1]!)}. Weight each segment’s difference (treatment − control) by that segment’s share of all users in both arms. What is the mix-adjusted difference, in percentage points to three decimals?`,
      pp(3),
      std,
      [
        [(tD - cD) / 100, 'compares the pooled rates, ignoring the mix'],
        [(rb[0]! - ra[0]! + rb[1]! - ra[1]!) / 200, 'averages the segments unweighted'],
        [
          ((ta * (rb[0]! - ra[0]!)) / (ta + ma) + (ma * (rb[1]! - ra[1]!)) / (ta + ma)) / 100,
          'weights by the control arm’s mix only',
        ],
        [(rb[0]! - ra[0]!) / 100, 'reports the desktop difference only'],
        [pooled, 'takes control minus treatment'],
      ],
      { ta, ma, tb, mb, ca: ra[0]!, cm: ra[1]!, tda: rb[0]!, tm: rb[1]! },
    )
  }),
  family('novelty-steady-state-lift', (rng) => {
    const last = [rng.int(0, 30) / 10, 0]
    last[1] = last[0]! + rng.int(-5, 5) / 10
    const w2 = last[0]! + rng.int(5, 30) / 10
    const w1 = w2 + rng.int(5, 40) / 10
    const ws = [w1, w2, last[0]!, last[1]!]
    return numeric(
      `A redesigned menu showed weekly relative lifts of ${ws.map((x) => `${x.toFixed(1)} %`).join(', ')} over four weeks. Expecting a novelty effect, the plan said to report the steady-state lift as the mean of the last two weeks. What lift is reported, to two decimals?`,
      pct(2),
      (ws[2]! + ws[3]!) / 2,
      [
        [(ws[0]! + ws[1]! + ws[2]! + ws[3]!) / 4, 'averages all four weeks'],
        [ws[0]!, 'reports the first week'],
        [(ws[0]! + ws[1]!) / 2, 'averages the first two weeks'],
        [ws[3]!, 'reports the last week alone'],
        [(ws[1]! + ws[2]! + ws[3]!) / 3, 'averages the last three weeks'],
      ],
      {
        w1: Math.round(w1 * 10),
        w2: Math.round(w2 * 10),
        w3: Math.round(ws[2]! * 10),
        w4: Math.round(ws[3]! * 10),
      },
    )
  }),
  family('winners-curse-shrinkage', (rng) => {
    const obs = rng.int(20, 150) / 10
    const tau = rng.int(10, 50) / 10
    const se = rng.int(10, 50) / 10
    const s = (a: number, b: number) => (obs * a) / (a + b)
    return numeric(
      `A winning test showed a ${obs.toFixed(1)} % lift with standard error ${se.toFixed(1)} points. Past tests suggest true lifts spread around 0 with standard deviation ${tau.toFixed(1)} points. The shrunk estimate is observed × τ² ÷ (τ² + SE²). What lift should the client plan on, to two decimals?`,
      pct(2),
      s(tau * tau, se * se),
      [
        [obs, 'takes the observed lift at face value'],
        [s(se * se, tau * tau), 'swaps τ² and SE² in the weight'],
        [s(tau, se), 'uses τ and SE unsquared'],
        [obs - s(tau * tau, se * se), 'gives the amount shrunk away'],
      ],
      { obs: Math.round(obs * 10), tau: Math.round(tau * 10), se: Math.round(se * 10) },
    )
  }),
  family('share-of-winners-that-are-false', (rng) => {
    const tests = rng.int(4, 20) * 10
    const nul = rng.pick([50, 60, 70, 80, 90])
    const power = rng.pick([50, 60, 70, 80, 90])
    const fp = (tests * nul * 5) / 10000
    const tp = (tests * (100 - nul) * power) / 10000
    return numeric(
      `A programme ran ${tests} tests. Past work suggests ${nul} % of ideas have no real effect; tests use α 0.05 and have ${power} % power for the real ones. Expected false winners = tests × share null × α; true winners = tests × share real × power. What share of winners is expected to be false, as a percentage to one decimal?`,
      pct(1),
      (fp / (fp + tp)) * 100,
      [
        [5, 'reads α as the share of false winners'],
        [(fp / tests) * 100, 'divides by all tests, not by winners'],
        [(fp / tp) * 100, 'divides by the true winners only'],
        [
          ((tests * nul * (100 - power)) / (tests * nul * (100 - power) + tp * 1e4)) * 100,
          'gives the nulls the miss rate 1 − power in place of α',
        ],
        [100 - power, 'reads the miss rate as the false share'],
      ],
      { tests, nul, power },
    )
  }),
  family('full-week-rate-from-weekday-and-weekend', (rng) => {
    const vd = rng.int(10, 60) * 100
    const ve = rng.int(5, 40) * 100
    const rd = rng.int(150, 600)
    const re = rng.int(50, 400)
    if (rd === re) throw new VariantError('equal rates')
    const full = (5 * vd * rd + 2 * ve * re) / (5 * vd + 2 * ve) / 100
    return numeric(
      `A test ran Monday to Friday only: ${n(vd)} visitors a weekday converting ${bpText(rd)}. Weekend days bring ${n(ve)} visitors each, converting ${bpText(re)}. What is the full-week conversion rate (all seven days, traffic-weighted), to three decimals?`,
      pct(3),
      full,
      [
        [rd / 100, 'keeps the weekday rate'],
        [(rd + re) / 200, 'averages the two rates unweighted'],
        [(5 * rd + 2 * re) / 700, 'weights by days, not visitors'],
        [(vd * rd + ve * re) / (vd + ve) / 100, 'weights one weekday against one weekend day'],
      ],
      { vd, ve, rd, re },
    )
  }),
  family('rate-corrected-for-dropped-users', (rng) => {
    const n2 = rng.int(40, 150) * 100
    const x2 = Math.round((n2 * rng.int(200, 600)) / 1e4)
    const lost = rng.int(3, 20) * 50
    const lr = rng.int(50, 300)
    const xl = (lost * lr) / 1e4
    return numeric(
      `A redirect bug dropped ${n(lost)} treatment users before logging; a back-fill shows they converted at ${bpText(lr)}. Treatment logged ${n(x2)} conversions from ${n(n2)} users. What is the corrected treatment rate, as a percentage to three decimals?`,
      pct(3),
      ((x2 + xl) / (n2 + lost)) * 100,
      [
        [(x2 / n2) * 100, 'ignores the dropped users'],
        [(x2 / (n2 + lost)) * 100, 'adds the users but not their conversions'],
        [((x2 + xl) / n2) * 100, 'adds the conversions but not the users'],
        [((x2 / n2 + lr / 1e4) / 2) * 100, 'averages the two rates'],
      ],
      { n2, x2, lost, lr },
    )
  }),
]
