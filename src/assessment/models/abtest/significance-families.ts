import { VariantError } from '../assemble-variant.js'
import { dec, family, n, numeric, pct, pp, zText } from './abtest-text.js'

// Significance and intervals for two arms of unequal size. Counts are drawn so each arm's rate
// is x/n; the stem names the standard error (pooled or unpooled), the z-value and the rounding.

const Z2 = 1960
const Z1 = 1645

/** Two arms: visitors and conversions, control first; the treatment usually a little ahead. */
function arms(rng: { int(a: number, b: number): number }) {
  const n1 = rng.int(20, 150) * 100
  const n2 = n1 + rng.int(-15, 15) * 100
  const r1 = rng.int(20, 120) * 10
  const r2 = r1 + rng.int(-3, 25) * 10
  const x1 = Math.round((n1 * r1) / 1e4) + rng.int(0, 9)
  const x2 = Math.round((n2 * r2) / 1e4) + rng.int(0, 9)
  if (x1 === 0 || x2 === 0 || x1 * n2 === x2 * n1) throw new VariantError('equal or empty arms')
  return { n1, n2, x1, x2, p1: x1 / n1, p2: x2 / n2 }
}
const said = (a: ReturnType<typeof arms>) =>
  `control ${n(a.x1)} conversions from ${n(a.n1)} visitors, treatment ${n(a.x2)} from ${n(a.n2)}`
const v = (p: number, m: number) => (p * (1 - p)) / m

export const SIGNIFICANCE_FAMILIES = [
  family('pooled-z-for-unequal-arms', (rng) => {
    const a = arms(rng)
    const d = a.p2 - a.p1
    const pbar = (a.x1 + a.x2) / (a.n1 + a.n2)
    const mean = (a.p1 + a.p2) / 2
    return numeric(
      `A test shows ${said(a)}. Use the pooled test: p̄ = (x₁ + x₂) ÷ (n₁ + n₂), SE = √(p̄(1 − p̄)(1/n₁ + 1/n₂)), z = (p₂ − p₁) ÷ SE. What is z, to two decimals?`,
      dec(2),
      d / Math.sqrt(pbar * (1 - pbar) * (1 / a.n1 + 1 / a.n2)),
      [
        [d / Math.sqrt(v(a.p1, a.n1) + v(a.p2, a.n2)), 'uses the unpooled standard error'],
        [
          d / Math.sqrt(mean * (1 - mean) * (1 / a.n1 + 1 / a.n2)),
          'pools by averaging the two rates',
        ],
        [d / Math.sqrt(pbar * (1 - pbar) * (1 / a.n1)), 'keeps only 1/n₁ in the standard error'],
        [
          d / Math.sqrt(pbar * (1 - pbar) * (1 / (a.n1 + a.n2))),
          'uses one over all visitors for both arms',
        ],
        [
          d / (pbar * (1 - pbar) * (1 / a.n1 + 1 / a.n2)),
          'divides by the variance, not its square root',
        ],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('relative-lift-interval-lower-bound', (rng) => {
    const a = arms(rng)
    const d = a.p2 - a.p1
    const se = Math.sqrt(v(a.p1, a.n1) + v(a.p2, a.n2))
    return numeric(
      `A test shows ${said(a)}. The client wants the 95 % interval as a relative lift: take the interval of the difference with the unpooled SE and z = ${zText(Z2)}, then divide both ends by the control rate. What is the lower end, as a percentage to one decimal?`,
      pct(1),
      ((d - 1.96 * se) / a.p1) * 100,
      [
        [(d - 1.96 * se) * 100, 'gives the absolute difference, not relative'],
        [((d - 1.96 * se) / a.p2) * 100, 'divides by the treatment rate'],
        [((d - 1.645 * se) / a.p1) * 100, 'uses the one-sided 1.645'],
        [((d + 1.96 * se) / a.p1) * 100, 'gives the upper end'],
        [((d - 1.96 * Math.sqrt(v(a.p1, a.n1))) / a.p1) * 100, 'uses the control arm’s SE only'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('margin-of-error-of-the-difference', (rng) => {
    const a = arms(rng)
    const se = Math.sqrt(v(a.p1, a.n1) + v(a.p2, a.n2))
    return numeric(
      `A client asks for the ± margin of the 95 % interval of the difference in conversion rate for ${said(a)}. Use the unpooled SE and z = ${zText(Z2)}. What is the margin, in percentage points to three decimals?`,
      pp(3),
      1.96 * se * 100,
      [
        [1.645 * se * 100, 'uses the one-sided 1.645'],
        [2 * 1.96 * se * 100, 'gives the whole width, not the margin'],
        [1.96 * Math.sqrt(v(a.p2, a.n2)) * 100, 'uses the treatment arm’s SE only'],
        [1.96 * (Math.sqrt(v(a.p1, a.n1)) + Math.sqrt(v(a.p2, a.n2))) * 100, 'adds the two SEs'],
        [1.96 * (v(a.p1, a.n1) + v(a.p2, a.n2)) * 1e4, 'leaves out the square root'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('two-sided-p-from-a-stated-normal-table', (rng) => {
    const row = rng.pick([
      [150, 9332],
      [175, 9599],
      [188, 9699],
      [196, 9750],
      [205, 9798],
      [210, 9821],
      [233, 9901],
      [258, 9951],
      [130, 9032],
      [164, 9495],
    ] as const)
    const [z, phi] = row
    return numeric(
      `A test gives z = ${(z / 100).toFixed(2)}. The normal table says Φ(${(z / 100).toFixed(2)}) = ${(phi / 1e4).toFixed(4)}. What is the two-sided p-value, to four decimals?`,
      dec(4),
      (2 * (1e4 - phi)) / 1e4,
      [
        [(1e4 - phi) / 1e4, 'gives the one-sided p-value'],
        [phi / 1e4, 'reads Φ(z) as the p-value'],
        [(2 * phi - 1e4) / 1e4, 'gives the confidence level, not the p-value'],
        [(1e4 - phi) / 2 / 1e4, 'halves the tail instead of doubling it'],
        [(2 * (1e4 - phi)) / 1e4 / 0.05, 'divides the p-value by α'],
      ],
      { z, phi },
    )
  }),
  family('one-sided-p-from-a-two-sided-p', (rng) => {
    const p = rng.int(2, 300) * 2
    const right = rng.int(0, 1) === 1
    return numeric(
      `A tool reports a two-sided p of ${(p / 1e4).toFixed(4)}. The analysis plan said, before the test, that it would be one-sided for treatment better than control. The observed difference ${right ? 'favours the treatment' : 'favours control'}. What one-sided p-value does the plan give, to four decimals?`,
      dec(4),
      right ? p / 2 / 1e4 : 1 - p / 2 / 1e4,
      [
        [
          right ? 1 - p / 2 / 1e4 : p / 2 / 1e4,
          right ? 'takes the tail on the wrong side' : 'halves the p whatever the direction',
        ],
        [p / 1e4, 'keeps the two-sided p'],
        [(2 * p) / 1e4, 'doubles the p-value'],
        [1 - p / 1e4, 'gives one minus the two-sided p'],
      ],
      { p, right: right ? 1 : 0 },
    )
  }),
  family('welch-z-for-revenue-per-visitor', (rng) => {
    const n1 = rng.int(10, 80) * 100
    const n2 = n1 + rng.int(-8, 8) * 100
    const m1 = rng.int(200, 900)
    const m2 = m1 + rng.int(-20, 80)
    const s1 = rng.int(15, 60)
    const s2 = s1 + rng.int(-5, 10)
    if (m1 === m2) throw new VariantError('no difference')
    const d = (m2 - m1) / 100
    return numeric(
      `Revenue per visitor: control mean ${(m1 / 100).toFixed(2)} (SD ${s1}.00, ${n(n1)} visitors), treatment mean ${(m2 / 100).toFixed(2)} (SD ${s2}.00, ${n(n2)} visitors). Use z = (m₂ − m₁) ÷ √(s₁²/n₁ + s₂²/n₂). What is z, to two decimals?`,
      dec(2),
      d / Math.sqrt((s1 * s1) / n1 + (s2 * s2) / n2),
      [
        [d / Math.sqrt(s1 / n1 + s2 / n2), 'uses the SDs where the formula squares them'],
        [d / Math.sqrt((s1 * s1) / n1), 'uses only the control arm'],
        [d / (s1 / Math.sqrt(n1) + s2 / Math.sqrt(n2)), 'adds the standard errors'],
        [
          d / Math.sqrt((s1 * s1 + s2 * s2) / (n1 + n2)),
          'divides the summed variance by all visitors',
        ],
      ],
      { n1, n2, m1, m2, s1, s2 },
    )
  }),
  family('revenue-difference-interval-upper-end', (rng) => {
    const n1 = rng.int(10, 80) * 100
    const n2 = n1 + rng.int(-8, 8) * 100
    const m1 = rng.int(200, 900)
    const m2 = m1 + rng.int(-20, 80)
    const s1 = rng.int(15, 60)
    const s2 = s1 + rng.int(-5, 10)
    const d = (m2 - m1) / 100
    const se = Math.sqrt((s1 * s1) / n1 + (s2 * s2) / n2)
    return numeric(
      `Revenue per visitor: control ${(m1 / 100).toFixed(2)} (SD ${s1}.00, n ${n(n1)}), treatment ${(m2 / 100).toFixed(2)} (SD ${s2}.00, n ${n(n2)}). With SE = √(s₁²/n₁ + s₂²/n₂) and a two-sided 90 % interval (z = ${zText(Z1)}; 95 % would use ${zText(Z2)}), what is the interval’s upper end for the difference per visitor, to the cent?`,
      dec(2),
      d + 1.645 * se,
      [
        [d + 1.96 * se, 'uses the 95 % z'],
        [d - 1.645 * se, 'gives the lower end'],
        [d + 1.645 * ((s1 * s1) / n1 + (s2 * s2) / n2), 'adds z × variance, not z × SE'],
        [d + 1.645 * (s2 / Math.sqrt(n2)), 'uses the treatment arm’s SE only'],
        [d + 1.645 * (s1 / Math.sqrt(n1) + s2 / Math.sqrt(n2)), 'adds the two SEs'],
      ],
      { n1, n2, m1, m2, s1, s2 },
    )
  }),
  family('standard-error-of-one-arm-rate', (rng) => {
    const m = rng.int(10, 200) * 100
    const x = Math.round((m * rng.int(100, 1500)) / 1e4)
    const p = x / m
    return numeric(
      `One arm had ${n(x)} sign-ups from ${n(m)} visitors. What is the standard error of its rate, √(p(1 − p)/n), in percentage points to three decimals?`,
      pp(3),
      Math.sqrt(v(p, m)) * 100,
      [
        [v(p, m) * 1e4, 'leaves out the square root'],
        [(Math.sqrt(p * (1 - p)) / m) * 100, 'divides by n outside the root, not √n'],
        [Math.sqrt(p / m) * 100, 'leaves out (1 − p)'],
        [Math.sqrt(p * (1 - p)) * 100, 'gives the standard deviation, not the SE'],
        [Math.sqrt(v(p, x)) * 100, 'divides by the conversions, not the visitors'],
      ],
      { x, m },
    )
  }),
  family('difference-interval-from-z-reversed', (rng) => {
    const lo = rng.int(-20, 60) * 2
    const w = rng.int(10, 80) * 2
    const hi = lo + w
    const mid = (lo + hi) / 2
    if (mid === 0) throw new VariantError('zero estimate')
    const se = w / 2 / 1.96
    return numeric(
      `A vendor report gives only the 95 % interval of a difference in conversion, ${(lo / 100).toFixed(2)} to ${(hi / 100).toFixed(2)} percentage points, built as estimate ± 1.96 × SE. What z-statistic (estimate ÷ SE) does it imply, to two decimals?`,
      dec(2),
      mid / se,
      [
        [mid / (w / 1.96), 'takes the whole width ÷ 1.96 as the SE'],
        [mid / (w / 2), 'takes the half-width as the SE'],
        [mid / w, 'divides the estimate by the width'],
        [hi / se, 'uses the upper end as the estimate'],
        [mid / (w / 2 / 1.645), 'uses the one-sided 1.645'],
      ],
      { lo, hi },
    )
  }),
  family('pooled-rate-of-two-arms', (rng) => {
    const a = arms(rng)
    if (a.n1 === a.n2) throw new VariantError('equal arms hide the weighting')
    return numeric(
      `For a pooled z-test on ${said(a)}, what is the pooled rate p̄ = (x₁ + x₂) ÷ (n₁ + n₂), as a percentage to three decimals?`,
      pct(3),
      ((a.x1 + a.x2) / (a.n1 + a.n2)) * 100,
      [
        [((a.p1 + a.p2) / 2) * 100, 'averages the two rates'],
        [((a.x1 + a.x2) / a.n1) * 100, 'divides by the control visitors only'],
        [((a.x1 + a.x2) / a.n2) * 100, 'divides by the treatment visitors only'],
        [(a.p1 + a.p2) * 100, 'adds the two rates'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('smallest-significant-difference', (rng) => {
    const p = rng.int(20, 150) * 10
    const per = rng.int(5, 100) * 1000
    const t = (z: number, k: number) =>
      (z / 1000) * Math.sqrt((k * (p / 1e4) * (1 - p / 1e4)) / per) * 100
    return numeric(
      `Both arms will have ${n(per)} visitors and the rate is near ${(p / 100).toFixed(2)} %. Under the null the SE of the difference is √(2p(1 − p)/n). What is the smallest observed difference that reaches two-sided significance at α 0.05 (z = ${zText(Z2)}; one-sided ${zText(Z1)}; at α 0.01 it would be 2.576), in percentage points to three decimals?`,
      pp(3),
      t(Z2, 2),
      [
        [t(Z2, 1), 'leaves out the 2 for two arms'],
        [t(Z1, 2), 'uses the one-sided z'],
        [t(Z2, 1) / Math.SQRT2, 'uses both arms’ visitors as n'],
        [t(Z2 + 840, 2), 'adds the 80 % power z, as for planning'],
        [t(Z2, 4), 'adds the two arms’ SEs, not the variances'],
        [t(2576, 2), 'uses the α 0.01 z'],
      ],
      { p, per },
    )
  }),
  family('ninety-percent-interval-lower-end', (rng) => {
    const a = arms(rng)
    const d = a.p2 - a.p1
    const se = Math.sqrt(v(a.p1, a.n1) + v(a.p2, a.n2))
    const pbar = (a.x1 + a.x2) / (a.n1 + a.n2)
    return numeric(
      `For ${said(a)}, give the lower end of the two-sided 90 % interval of the difference (treatment − control) with the unpooled SE. The 90 % two-sided z is ${zText(Z1)}; 95 % would be ${zText(Z2)}, and an 80 % interval 1.282. Answer in percentage points to three decimals.`,
      pp(3),
      (d - 1.645 * se) * 100,
      [
        [(d - 1.96 * se) * 100, 'uses the 95 % z'],
        [(d - 1.282 * se) * 100, 'uses the 80 % z (one-sided 90 %)'],
        [
          (d - 1.645 * Math.sqrt(pbar * (1 - pbar) * (1 / a.n1 + 1 / a.n2))) * 100,
          'uses the pooled SE',
        ],
        [(d + 1.645 * se) * 100, 'gives the upper end'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('relative-lift-from-unequal-arms', (rng) => {
    const a = arms(rng)
    if (a.n1 === a.n2) throw new VariantError('equal arms hide the denominator')
    return numeric(
      `A test reports ${said(a)}. What is the relative lift of treatment over control, (p₂ − p₁) ÷ p₁, as a percentage to one decimal?`,
      pct(1),
      (a.p2 / a.p1 - 1) * 100,
      [
        [(a.x2 / a.x1 - 1) * 100, 'compares raw conversion counts'],
        [(a.p2 - a.p1) * 100, 'gives the difference in points'],
        [(1 - a.p1 / a.p2) * 100, 'divides by the treatment rate'],
        [(a.x2 / a.n1 / a.p1 - 1) * 100, 'divides the treatment conversions by the control n'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('chi-square-two-by-two-equals-z-squared', (rng) => {
    const a = arms(rng)
    const pbar = (a.x1 + a.x2) / (a.n1 + a.n2)
    const z = (a.p2 - a.p1) / Math.sqrt(pbar * (1 - pbar) * (1 / a.n1 + 1 / a.n2))
    const zu = (a.p2 - a.p1) / Math.sqrt(v(a.p1, a.n1) + v(a.p2, a.n2))
    return numeric(
      `A client’s tool runs a chi-square test without continuity correction on the 2 × 2 table of ${said(a)}. That statistic equals the square of the pooled z. What is it, to two decimals?`,
      dec(2),
      z * z,
      [
        [Math.abs(z), 'gives the pooled z itself'],
        [zu * zu, 'squares the unpooled z'],
        [2 * Math.abs(z), 'doubles z instead of squaring it'],
        [z * z * 2, 'doubles the statistic for two arms'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
  family('relative-lift-standard-error-by-delta-method', (rng) => {
    const a = arms(rng)
    const v1 = v(a.p1, a.n1)
    const v2 = v(a.p2, a.n2)
    const se = Math.sqrt(v2 / a.p1 ** 2 + (a.p2 ** 2 * v1) / a.p1 ** 4)
    return numeric(
      `For ${said(a)}, the client wants the standard error of the relative lift p₂/p₁ − 1. By the delta method, SE² ≈ V₂ ÷ p₁² + p₂² V₁ ÷ p₁⁴, with Vᵢ = pᵢ(1 − pᵢ)/nᵢ. What is the SE, in percentage points of lift to two decimals?`,
      pp(2),
      se * 100,
      [
        [(Math.sqrt(v1 + v2) / a.p1) * 100, 'divides the difference’s SE by p₁'],
        [(Math.sqrt(v2) / a.p1) * 100, 'leaves out the control arm’s variance'],
        [Math.sqrt(v1 + v2) * 100, 'gives the SE of the absolute difference'],
        [(Math.sqrt(v1 + v2) / a.p2) * 100, 'divides the difference’s SE by p₂'],
      ],
      { n1: a.n1, n2: a.n2, x1: a.x1, x2: a.x2 },
    )
  }),
]
