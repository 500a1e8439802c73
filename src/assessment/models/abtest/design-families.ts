import { VariantError } from '../assemble-variant.js'
import {
  bpText,
  cap,
  client,
  count,
  dec,
  family,
  n,
  numeric,
  pct,
  pp,
  up,
  zText,
} from './abtest-text.js'

// Design and sample size. Rates are drawn in basis points; the stem states each z-value and the
// formula convention it uses, and every count is rounded up to the whole visitor or day.

const Z2 = 1960
const Z1 = 1645
const ZB = 840
const visitors = count('visitors')
const days = count('days')
const pq = (p: number) => (p / 1e4) * (1 - p / 1e4)
const Z_STATED = `two-sided α 0.05 (zα = ${zText(Z2)}; the one-sided value would be ${zText(Z1)}) and 80 % power (zβ = ${zText(ZB)}; 90 % power would be 1.28)`

export const DESIGN_FAMILIES = [
  family('n-per-arm-from-both-arm-variances', (rng) => {
    const p1 = rng.int(20, 120) * 10
    const d = rng.int(3, 30) * 10
    const p2 = p1 + d
    const need = (z: number, vv: number) => up(((z / 1000) ** 2 * vv) / (d / 1e4) ** 2)
    const both = pq(p1) + pq(p2)
    return numeric(
      `${cap(client(rng))} converts ${bpText(p1)} of visitors and wants to detect a rise to ${bpText(p2)}. Use n per arm = (zα + zβ)² × [p₁(1 − p₁) + p₂(1 − p₂)] ÷ (p₂ − p₁)², with ${Z_STATED}. How many visitors does each arm need, rounded up?`,
      visitors,
      need(Z2 + ZB, both),
      [
        [need(Z1 + ZB, both), 'uses the one-sided zα'],
        [2 * need(Z2 + ZB, both), 'gives both arms together, not one arm'],
        [need(Z2, both), 'leaves out the power term zβ'],
        [need(Z2 + ZB, 2 * pq(p1)), 'uses the baseline variance for both arms'],
        [need(Z2 + ZB, pq(p1)), 'counts only the control arm’s variance'],
        [need(Z2 + ZB, 2 * pq(p2)), 'uses the target variance for both arms'],
      ],
      { p1, p2 },
    )
  }),
  family('total-sample-for-an-unequal-split', (rng) => {
    const total = rng.int(10, 90) * 1000
    const w = rng.pick([10, 20, 25, 30, 40])
    return numeric(
      `A test needs ${n(total)} visitors in total when traffic is split 50/50. The client wants only ${w} % of visitors in the treatment. The variance of the difference grows with 1/w + 1/(1 − w), so the total needed is the 50/50 total × (1/w + 1/(1 − w)) ÷ 4. How many visitors in total, rounded up?`,
      visitors,
      up((total * (100 / w + 100 / (100 - w))) / 4),
      [
        [total, 'keeps the 50/50 total'],
        [up((total * 100) / w / 2), 'scales by 1/w only, ignoring the control share'],
        [up((total * 4 * w * (100 - w)) / 10000), 'multiplies by 4w(1 − w) instead of dividing'],
        [up((total * 50) / w), 'scales the whole total by 0.5/w'],
        [up((total * (100 / w + 100 / (100 - w))) / 2), 'divides by 2 instead of 4'],
        [up((total * 100) / w), 'scales the total by 1/w'],
        [up((total * 100) / (100 - w) / 2), 'scales by the control share only'],
      ],
      { total, w },
    )
  }),
  family('days-from-traffic-exposure-and-arms', (rng) => {
    const per = rng.int(20, 200) * 100
    const k = rng.int(2, 4)
    const v = rng.int(20, 150) * 100
    const e = rng.pick([20, 25, 40, 50, 60, 75])
    return numeric(
      `A test with ${k} arms (control included) needs ${n(per)} visitors per arm. The page gets ${n(v)} visitors a day and ${e} % of them enter the test, split evenly across the arms. How many full days must it run, rounded up?`,
      days,
      up((k * per * 100) / (v * e)),
      [
        [up((k * per) / v), 'ignores the exposure share'],
        [up((per * 100) / (v * e)), 'fills one arm, not all of them'],
        [up((k * per * e) / (v * 100)), 'multiplies by the exposure share instead of dividing'],
        [up(((k - 1) * per * 100) / (v * e)), 'leaves out the control arm'],
        [up((2 * per * 100) / (v * e)), 'assumes two arms whatever the design'],
        [up((k * per * 100) / (v * e)) + 1, 'adds a day for the partial last day already counted'],
      ],
      { per, k, v, e },
    )
  }),
  family('absolute-mde-from-traffic', (rng) => {
    const p = rng.int(20, 150) * 10
    const v = rng.int(10, 80) * 100
    const d = rng.pick([14, 21, 28])
    const per = (v * d) / 2
    const mde = (z: number, s: number) => (z / 1000) * Math.sqrt(s) * 100
    return numeric(
      `A checkout converts ${bpText(p)}; ${n(v)} visitors a day reach it, split 50/50, for ${d} days. The smallest detectable difference is MDE = (zα + zβ) × √(2p(1 − p)/n), n the visitors per arm, with ${Z_STATED}. What is the MDE in percentage points, to two decimals?`,
      pp(2),
      mde(Z2 + ZB, (2 * pq(p)) / per),
      [
        [mde(Z1 + ZB, (2 * pq(p)) / per), 'uses the one-sided zα'],
        [mde(Z2 + ZB, pq(p) / per), 'leaves out the 2 for two arms'],
        [mde(Z2 + ZB, pq(p) / per / 2), 'uses all visitors as n, not one arm'],
        [mde(Z2, (2 * pq(p)) / per), 'leaves out the power term zβ'],
        [mde(Z2 + ZB, (2 * pq(p) * d) / per), 'uses one day’s arm as n'],
        [2 * mde(Z2 + ZB, pq(p) / per), 'adds the two arms’ SEs, not the variances'],
      ],
      { p, v, d },
    )
  }),
  family('days-limited-by-the-smaller-arm', (rng) => {
    const per = rng.int(10, 90) * 100
    const v = rng.int(10, 60) * 100
    const w = rng.pick([10, 20, 25, 30])
    return numeric(
      `A cautious client sends ${w} % of ${n(v)} daily visitors to the treatment and the rest to control. Each arm needs at least ${n(per)} visitors. How many days until both arms have enough, rounded up?`,
      days,
      up((per * 100) / (v * w)),
      [
        [up((per * 100) / (v * (100 - w))), 'times it by the larger arm'],
        [up((2 * per) / v), 'assumes a 50/50 split'],
        [up(per / v), 'uses all daily traffic for one arm'],
        [up((per * w) / (v * 100)), 'multiplies by the treatment share instead of dividing'],
        [up((2 * per * 100) / (v * w)), 'fills both arms from the treatment share'],
        [
          up((per * 100) / (v * w)) + up((per * 100) / (v * (100 - w))),
          'runs the arms one after the other',
        ],
        [Math.ceil(up((per * 100) / (v * w)) / 7) * 7, 'rounds up to whole weeks, not days'],
      ],
      { per, v, w },
    )
  }),
  family('sample-size-after-the-mde-changes', (rng) => {
    const n0 = rng.int(5, 60) * 1000
    const [a, b] = rng.pick([
      [10, 5],
      [10, 8],
      [5, 10],
      [20, 10],
      [15, 10],
      [8, 5],
      [6, 4],
    ] as const)
    return numeric(
      `A plan for a ${a} % relative MDE needs ${n(n0)} visitors per arm. Sample size scales with 1 ÷ MDE². The client now wants to detect a ${b} % relative lift instead, all else equal. Visitors per arm, rounded up?`,
      visitors,
      up((n0 * a * a) / (b * b)),
      [
        [up((n0 * a) / b), 'scales with the MDE, not its square'],
        [up((n0 * b * b) / (a * a)), 'turns the ratio upside down'],
        [n0, 'keeps the old sample size'],
        [2 * up((n0 * a * a) / (b * b)), 'gives both arms together'],
      ],
      { n0, a, b },
    )
  }),
  family('sample-size-for-a-revenue-metric', (rng) => {
    const sd = rng.int(20, 150)
    const delta = rng.int(1, 12) * 50
    const need = (z: number, s: number, k: number) =>
      up((k * (z / 1000) ** 2 * s) / (delta / 100) ** 2)
    return numeric(
      `Revenue per visitor has a standard deviation of ${sd}.00 a visitor. The client wants to detect a difference of ${(delta / 100).toFixed(2)} a visitor. Use n per arm = 2(zα + zβ)² σ² ÷ δ², with ${Z_STATED}. Visitors per arm, rounded up?`,
      visitors,
      need(Z2 + ZB, sd * sd, 2),
      [
        [need(Z2 + ZB, sd, 2), 'uses σ where the formula has σ²'],
        [need(Z2 + ZB, sd * sd, 1), 'leaves out the 2 for two arms'],
        [need(Z1 + ZB, sd * sd, 2), 'uses the one-sided zα'],
        [need(Z2 + ZB, sd * sd, 4), 'gives both arms together'],
        [need(Z2, sd * sd, 2), 'leaves out the power term zβ'],
        [need(Z2 + 1280, sd * sd, 2), 'uses the 90 % power z'],
      ],
      { sd, delta },
    )
  }),
  family('exposure-share-to-finish-by-a-deadline', (rng) => {
    const per = rng.int(10, 60) * 100
    const k = rng.int(2, 4)
    const v = rng.int(20, 90) * 100
    const d = rng.pick([7, 10, 14, 21])
    if ((k * per * 100) / (v * d) > 100) throw new VariantError('more than all traffic')
    return numeric(
      `A ${k}-arm test (control included) needs ${n(per)} visitors per arm and must finish in ${d} days. The page gets ${n(v)} visitors a day. What share of traffic must enter the test, as a percentage to one decimal?`,
      pct(1),
      (k * per * 100) / (v * d),
      [
        [(per * 100) / (v * d), 'fills one arm only'],
        [(2 * per * 100) / (v * d), 'assumes two arms'],
        [((k - 1) * per * 100) / (v * d), 'leaves out the control arm'],
        [(k * per * 100) / (v * (d + 1)), 'counts one day too many'],
        [(k * per * 100) / (v * (d - 1)), 'counts one day too few'],
      ],
      { per, k, v, d },
    )
  }),
  family('bonferroni-adjusted-sample-size', (rng) => {
    const m = rng.pick([2, 3, 4])
    const za = { 2: 2241, 3: 2394, 4: 2498 }[m]!
    const p1 = rng.int(20, 100) * 10
    const d = rng.int(4, 25) * 10
    const need = (z: number) => up(((z / 1000) ** 2 * 2 * pq(p1)) / (d / 1e4) ** 2)
    return numeric(
      `A test compares ${m} variants with control. To hold the family-wise α at 0.05 by Bonferroni, each comparison uses two-sided α = 0.05/${m} (zα = ${zText(za)}; unadjusted zα = ${zText(Z2)}), with 80 % power (zβ = ${zText(ZB)}). Baseline ${bpText(p1)}, absolute MDE ${bpText(d)}, and n per arm = 2(zα + zβ)² p(1 − p) ÷ MDE² at the baseline p. Visitors per arm, rounded up?`,
      visitors,
      need(za + ZB),
      [
        [need(Z2 + ZB), 'uses the unadjusted zα'],
        [need(za), 'leaves out the power term zβ'],
        [(m + 1) * need(za + ZB), 'gives the whole test, all arms'],
        [up(need(Z2 + ZB) * m), 'multiplies the sample size by the number of comparisons'],
        [need(Z2 + ZB) * 2, 'doubles the unadjusted size for two arms'],
      ],
      { m, za, p1, d },
    )
  }),
  family('design-effect-for-clustered-units', (rng) => {
    const ind = rng.int(5, 40) * 1000
    const m = rng.int(3, 12)
    const rho = rng.int(1, 10) * 5
    const deff = 1 + ((m - 1) * rho) / 1000
    return numeric(
      `A client randomises by store, not by shopper: about ${m} sessions per cluster, intra-cluster correlation ${(rho / 1000).toFixed(3)}. An independent-units calculation asked for ${n(ind)} sessions per arm. Using the design effect 1 + (m − 1)ρ, how many sessions per arm, rounded up?`,
      count('sessions'),
      up(ind * deff),
      [
        [ind, 'ignores the clustering'],
        [up(ind * (1 + (m * rho) / 1000)), 'uses m, not m − 1, in the design effect'],
        [up(ind / deff), 'divides by the design effect'],
        [up(ind * (1 + ((m - 1) * rho) / 1000) * 2), 'doubles for both arms'],
        [up(ind * (1 + rho / 1000)), 'inflates by ρ alone, leaving out the cluster size'],
      ],
      { ind, m, rho },
    )
  }),
  family('sample-size-after-cuped', (rng) => {
    const n0 = rng.int(5, 80) * 1000
    const r = rng.int(3, 8) * 10
    return numeric(
      `A test needs ${n(n0)} users per arm. A pre-period covariate correlates with the metric at ρ = ${(r / 100).toFixed(2)}; CUPED cuts the variance to (1 − ρ²) of what it was, and the sample size falls in proportion. Users per arm with CUPED, rounded up?`,
      count('users'),
      up((n0 * (10000 - r * r)) / 10000),
      [
        [up((n0 * (100 - r)) / 100), 'uses 1 − ρ, not 1 − ρ²'],
        [up((n0 * r * r) / 10000), 'keeps ρ² of the sample'],
        [up((n0 * 10000) / (10000 - r * r)), 'divides by 1 − ρ²'],
        [up(n0 * Math.sqrt(1 - (r * r) / 10000)), 'scales by the standard deviation factor'],
        [n0, 'keeps the sample size unchanged'],
      ],
      { n0, r },
    )
  }),
  family('days-with-a-traffic-ramp', (rng) => {
    const v = rng.int(20, 80) * 100
    const need = rng.int(20, 120) * 1000
    const ramp = [5, 20, 50] as const
    let got = 0
    let dd = 0
    while (got < need) {
      got += (v * (ramp[dd] ?? 50)) / 100
      dd++
    }
    const flat = up((need * 100) / (v * 50))
    return numeric(
      `To limit risk, a test takes 5 % of ${n(v)} daily visitors on day 1, 20 % on day 2 and 50 % from day 3 on. It needs ${n(need)} visitors in total. On which day does it reach them?`,
      count('days'),
      dd,
      [
        [flat, 'assumes 50 % from day 1'],
        [flat + 2, 'adds the two ramp days on top of a 50 % schedule'],
        [up((need * 100) / (v * 5)), 'keeps the 5 % rate throughout'],
        [up((need * 100) / (v * 20)), 'keeps the 20 % rate throughout'],
        [up(need / v), 'assumes all traffic enters from day 1'],
      ],
      { v, need },
    )
  }),
  family('lehr-rule-of-sixteen', (rng) => {
    const p = rng.int(20, 150) * 10
    const rel = rng.pick([5, 8, 10, 12, 15, 20, 25])
    const d = (p * rel) / 100
    const need = (k: number, dd: number) => up((k * pq(p)) / (dd / 1e4) ** 2)
    return numeric(
      `For a quick estimate at two-sided α 0.05 and 80 % power, Lehr’s rule gives n per arm ≈ 16 p(1 − p) ÷ δ², δ the absolute difference. Baseline ${bpText(p)}; the client hopes for a ${rel} % relative lift. Visitors per arm, rounded up?`,
      visitors,
      need(16, d),
      [
        [need(32, d), 'gives both arms together'],
        [need(8, d), 'halves the constant'],
        [up((16 * (p / 1e4)) / (d / 1e4) ** 2), 'leaves out the (1 − p) factor'],
        [need(16, rel * 100), 'takes the relative lift as the absolute δ'],
        [up((16 * pq(p)) / (d / 1e4)), 'divides by δ, not δ²'],
      ],
      { p, rel },
    )
  }),
  family('sample-size-diluted-by-untriggered-users', (rng) => {
    const nt = rng.int(3, 40) * 1000
    const t = rng.pick([20, 25, 40, 50, 60, 80])
    return numeric(
      `Only ${t} % of assigned users ever open the changed settings page. Analysed on triggered users alone, the test needs ${n(nt)} users per arm. Analysed on all assigned users, the effect is diluted to ${t} % of its size; treat the variance as unchanged, so n scales with 1 ÷ effect². How many assigned users per arm, rounded up?`,
      count('users'),
      up((nt * 10000) / (t * t)),
      [
        [up((nt * 100) / t), 'scales by the trigger share once, not squared'],
        [up((nt * t * t) / 10000), 'multiplies by the share squared'],
        [nt, 'ignores the dilution'],
        [2 * up((nt * 10000) / (t * t)), 'gives both arms together'],
        [up((nt * 10000) / (t * t)) + nt, 'adds the triggered sample on top'],
      ],
      { nt, t },
    )
  }),
  family('mde-for-a-revenue-metric', (rng) => {
    const sd = rng.int(20, 120)
    const per = rng.int(5, 60) * 1000
    const m = (z: number, k: number) => (z / 1000) * sd * Math.sqrt(k / per)
    return numeric(
      `Order value per visitor has a standard deviation of ${sd}.00 and each arm will get ${n(per)} visitors. With δ = (zα + zβ) × σ × √(2/n), n per arm, ${Z_STATED}, what is the smallest detectable difference per visitor, to the cent?`,
      dec(2),
      m(Z2 + ZB, 2),
      [
        [m(Z2 + ZB, 1), 'leaves out the 2 for two arms'],
        [m(Z1 + ZB, 2), 'uses the one-sided zα'],
        [m(Z2, 2), 'leaves out the power term zβ'],
        [m(Z2 + ZB, 1) / 2, 'uses both arms’ visitors as n'],
        [m(Z2 + ZB, 2) * sd, 'uses σ² where the formula has σ'],
        [
          ((((Z2 + ZB) / 1000) * sd * 2) / Math.sqrt(per)) * Math.SQRT2,
          'multiplies by 2 outside the root',
        ],
      ],
      { sd, per },
    )
  }),
  family('power-z-from-a-fixed-sample', (rng) => {
    const p = rng.int(30, 120) * 10
    const d = rng.int(3, 20) * 10
    const per = rng.int(5, 60) * 1000
    const se = Math.sqrt((2 * pq(p)) / per)
    const zb = d / 1e4 / se - Z2 / 1000
    if (zb < 0.05) throw new VariantError('hardly any power')
    return numeric(
      `A client can afford ${n(per)} visitors per arm. Baseline ${bpText(p)}, hoped-for difference ${bpText(d)} absolute. The power z is zβ = δ ÷ √(2p(1 − p)/n) − zα, with two-sided zα = ${zText(Z2)} (one-sided ${zText(Z1)}). What is zβ, to two decimals?`,
      dec(2),
      zb,
      [
        [d / 1e4 / se - Z1 / 1000, 'uses the one-sided zα'],
        [d / 1e4 / se, 'leaves out zα'],
        [d / 1e4 / Math.sqrt(pq(p) / per) - Z2 / 1000, 'leaves out the 2 for two arms'],
        [d / 1e4 / se + Z2 / 1000, 'adds zα instead of taking it off'],
      ],
      { p, d, per },
    )
  }),
]
