import {
  add,
  DP2,
  DP3,
  div,
  type Fraction,
  frac,
  h,
  hf,
  mean,
  mul,
  num,
  plain,
  rest,
  rootRounded,
  squares,
  sub,
  th,
  thf,
  worked,
} from './sci-text.js'

// Measurement uncertainty as a lab data assistant propagates it into a results table. Each stem
// states that the uncertainties are independent standard uncertainties (or names the tolerance
// and its distribution) and how to combine them, because the slips are the habits the rules
// correct: absolute uncertainties added for a product, relative ones for a sum, a linear sum where
// quadrature applies, a tolerance used as a standard uncertainty, s/n for s/√n, z for t.

const DP4 = 'to four decimal places (a half rounded up)'
const sq = (x: Fraction): Fraction => mul(x, x)
/** √x rounded half up to `dp` places. */
const root = (x: Fraction, dp: number): Fraction => rootRounded(x, dp)
/** A reading in ten-thousandths as the stem writes it. */
const tt = (x: number): string => (x / 10000).toFixed(4)
const ttf = (x: number): Fraction => frac(x, 10000)
/** Student's t at 95 % two-sided, by degrees of freedom, as the stems quote it. */
const T95: Readonly<Record<number, number>> = {
  2: 4303,
  3: 3182,
  4: 2776,
  5: 2571,
  6: 2447,
  7: 2365,
  8: 2306,
  9: 2262,
}

export const UNCERTAINTY_FAMILIES = [
  worked('uncertainty-of-a-sum-in-quadrature', (rng) => {
    const a = rng.int(50000, 400000)
    const b = rng.int(5000, 90000)
    const ua = rng.int(10, 300)
    const ub = rng.int(10, 300)
    if (ua === ub) rest()
    const [A, B, UA, UB] = [ttf(a), ttf(b), ttf(ua), ttf(ub)]
    return {
      stem: `Two portions weighed on different balances are ${tt(a)} ± ${tt(ua)} g and ${tt(b)} ± ${tt(ub)} g (independent standard uncertainties). For a sum, the lab combines absolute uncertainties in quadrature. What is the standard uncertainty of the total mass, in g ${DP4}?`,
      show: plain(4, 'g'),
      figures: { a, b, ua, ub },
      key: root(add(sq(UA), sq(UB)), 4),
      wrong: [
        [add(UA, UB), 'adds the uncertainties linearly'],
        [ua > ub ? UA : UB, 'keeps only the larger uncertainty'],
        [
          root(mul(sq(add(A, B)), add(sq(div(UA, A)), sq(div(UB, B)))), 4),
          'combines relative uncertainties, the rule for a product',
        ],
        [
          mul(add(A, B), add(div(UA, A), div(UB, B))),
          'adds relative uncertainties and scales them to the total',
        ],
      ],
    }
  }),
  worked('uncertainty-of-a-product-from-relative-parts', (rng) => {
    const c = rng.int(500, 2000)
    const uc = rng.int(2, 20)
    const v = rng.int(1000, 5000)
    const uv = rng.int(2, 10)
    const [C, UC, V, UV] = [ttf(c), ttf(uc), hf(v), hf(uv)]
    return {
      stem: `A titrant of ${tt(c)} ± ${tt(uc)} mol/L is delivered as ${h(v)} ± ${h(uv)} mL (independent standard uncertainties). The amount is n = c × V in mmol, and for a product the lab combines relative uncertainties in quadrature. What is the standard uncertainty of n, in mmol ${DP4}?`,
      show: plain(4, 'mmol'),
      figures: { c, uc, v, uv },
      key: root(add(sq(mul(UC, V)), sq(mul(C, UV))), 4),
      wrong: [
        [add(mul(UC, V), mul(C, UV)), 'adds the relative uncertainties linearly'],
        [mul(C, UV), 'keeps only the volume term'],
        [mul(UC, V), 'keeps only the concentration term'],
        [
          root(mul(10000, add(sq(div(UC, C)), sq(div(UV, V)))), 4),
          'stops at the relative uncertainty, as a percentage',
        ],
        [root(add(sq(UC), sq(UV)), 4), 'combines the absolute uncertainties, the rule for a sum'],
      ],
    }
  }),
  worked('relative-uncertainty-of-a-quotient', (rng) => {
    const m = rng.int(10000, 90000)
    const um = rng.int(2, 30)
    const v = rng.int(1000, 5000)
    const uv = rng.int(2, 20)
    const rm = div(ttf(um), ttf(m))
    const rv = div(hf(uv), hf(v))
    if (rm.n * rv.d === rv.n * rm.d) rest()
    const pc = (x: Fraction) => mul(x, 100)
    return {
      stem: `A density is worked from a mass of ${tt(m)} ± ${tt(um)} g and a volume of ${h(v)} ± ${h(uv)} mL (independent standard uncertainties). For a quotient the lab combines relative uncertainties in quadrature. What is the relative standard uncertainty of the density, as a percentage ${DP3}?`,
      show: plain(3, '%'),
      figures: { m, um, v, uv },
      key: root(mul(10000, add(sq(rm), sq(rv))), 3),
      wrong: [
        [pc(add(rm, rv)), 'adds the relative uncertainties linearly'],
        [
          pc(num(rm) > num(rv) ? sub(rm, rv) : sub(rv, rm)),
          'subtracts the relative uncertainties because it is a quotient',
        ],
        [pc(num(rm) > num(rv) ? rm : rv), 'keeps only the larger relative uncertainty'],
        [
          root(add(sq(rm), sq(rv)), 3),
          'gives the relative uncertainty as a fraction, not a percentage',
        ],
        [
          root(div(mul(10000, add(sq(ttf(um)), sq(hf(uv)))), sq(div(ttf(m), hf(v)))), 3),
          'combines the absolute uncertainties, the rule for a sum, then divides by the density',
        ],
      ],
    }
  }),
  worked('standard-error-from-a-stated-sd', (rng) => {
    const s = rng.int(5, 400)
    const n = rng.int(3, 12)
    const S = hf(s)
    return {
      stem: `A set of ${n} replicate measurements has a sample standard deviation of ${h(s)} µg/L. What is the standard error of their mean, in µg/L ${DP3}?`,
      show: plain(3, 'µg/L'),
      figures: { s, n },
      key: root(div(sq(S), n), 3),
      wrong: [
        [div(S, n), 'divides by n instead of √n'],
        [root(div(sq(S), n - 1), 3), 'divides by √(n − 1)'],
        [S, 'reports the standard deviation itself'],
        [root(mul(sq(S), n), 3), 'multiplies by √n'],
      ],
    }
  }),
  worked('standard-error-from-replicates', (rng) => {
    const k = rng.int(4, 6)
    const xs = Array.from({ length: k }, () => rng.int(1000, 1400))
    const X = xs.map(hf)
    const ss = squares(X)
    if (ss.n === 0n) rest()
    return {
      stem: `Replicate readings of a control sample are ${xs.map(h).join(', ')} mg/L. Using the sample standard deviation (n − 1), what is the standard error of the mean, in mg/L ${DP3}?`,
      show: plain(3, 'mg/L'),
      figures: Object.fromEntries(xs.map((x, i) => [`x${i}`, x])),
      key: root(div(ss, (k - 1) * k), 3),
      wrong: [
        [root(div(ss, k * k), 3), 'uses the population standard deviation (n)'],
        [root(div(ss, k - 1), 3), 'reports the sample standard deviation, not the standard error'],
        [root(div(ss, (k - 1) * k * k), 3), 'divides the standard deviation by n instead of √n'],
        [root(div(ss, k), 3), 'reports the population standard deviation'],
        [root(div(ss, (k - 1) * (k - 1)), 3), 'divides the standard deviation by √(n − 1)'],
        [div(ss, (k - 1) * k), 'stops at the squared standard error, without the root'],
      ],
    }
  }),
  worked('percent-error-against-a-certified-value', (rng) => {
    const cert = rng.int(500, 5000)
    const meas = cert + rng.pick([-1, 1]) * rng.int(5, Math.floor(cert / 8))
    const [C, M] = [hf(cert), hf(meas)]
    const d = meas > cert ? sub(M, C) : sub(C, M)
    return {
      stem: `A certified reference material is certified at ${h(cert)} mg/kg, and the lab measures ${h(meas)} mg/kg. Percent error is |measured − certified| ÷ certified × 100. What is the percent error, ${DP2}?`,
      show: plain(2, '%'),
      figures: { cert, meas },
      key: mul(div(d, C), 100),
      wrong: [
        [mul(div(d, M), 100), 'divides by the measured value'],
        [
          mul(div(d, div(add(C, M), 2)), 100),
          'divides by the mean of the two, a percent difference',
        ],
        [mul(div(M, C), 100), 'gives the measured value as a percentage of the certified one'],
        [d, 'stops at the absolute difference in mg/kg'],
      ],
    }
  }),
  worked('uncertainty-of-a-cubed-length', (rng) => {
    const l = rng.int(1000, 5000)
    const u = rng.int(1, 20)
    const [L, U] = [hf(l), hf(u)]
    return {
      stem: `A cube-shaped sample's edge is measured as ${h(l)} ± ${h(u)} mm (standard uncertainty). Its volume is V = L³, and to first order the relative uncertainty of a power is the power times the relative uncertainty of the base. What is the standard uncertainty of V, in mm³ ${DP2}?`,
      show: plain(2, 'mm³'),
      figures: { l, u },
      key: mul(3, sq(L), U),
      wrong: [
        [mul(sq(L), U), 'carries the relative uncertainty over without the power of three'],
        [root(mul(3, sq(sq(L)), sq(U)), 2), 'combines three edges in quadrature as if independent'],
        [
          sub(mul(add(L, U), sq(add(L, U))), mul(sub(L, U), sq(sub(L, U)))),
          'gives the full width of the volume between the edge less u and the edge plus u',
        ],
        [mul(3, L, U), 'multiplies by 3L instead of 3L²'],
        [
          mul(3, L, sq(L), U),
          'multiplies the volume by 3u, taking the absolute uncertainty as the relative one',
        ],
      ],
    }
  }),
  worked('uncertainty-scaled-by-an-exact-dilution', (rng) => {
    const c = rng.int(200, 900)
    const u = rng.int(3, 40)
    const d = rng.pick([5, 10, 20, 25, 50])
    const U = hf(u)
    return {
      stem: `A sample diluted exactly ${d}-fold reads ${h(c)} ± ${h(u)} µg/L (standard uncertainty); the dilution factor is taken as exact. What is the standard uncertainty of the undiluted concentration, in µg/L ${DP2}?`,
      show: plain(2, 'µg/L'),
      figures: { c, u, d },
      key: mul(d, U),
      wrong: [
        [U, 'keeps the diluted reading\u2019s uncertainty unscaled'],
        [root(mul(d, sq(U)), 2), 'scales by √d, as for repeated independent readings'],
        [mul(d * d, U), 'scales by the square of the factor'],
        [div(U, d), 'divides by the dilution factor'],
        [mul(d + 1, U), 'scales by one more than d, reading the dilution as 1 part to d parts'],
      ],
    }
  }),
  worked('repeated-deliveries-with-a-rectangular-tolerance', (rng) => {
    const k = rng.int(3, 10)
    const a = rng.int(5, 40)
    const A = frac(a, 10)
    return {
      stem: `A volume is made up from ${k} deliveries of the same pipette, whose tolerance is ±${a / 10} µL per delivery. The lab treats each tolerance as a rectangular distribution (standard uncertainty = half-width ÷ √3) and the deliveries as independent. What is the standard uncertainty of the total volume, in µL ${DP3}?`,
      show: plain(3, 'µL'),
      figures: { k, a },
      key: root(div(mul(k, sq(A)), 3), 3),
      wrong: [
        [mul(k, A), 'adds the tolerances linearly and uses them as standard uncertainties'],
        [root(mul(k, sq(A)), 3), 'combines in quadrature but leaves out the √3'],
        [root(div(mul(k * k, sq(A)), 3), 3), 'adds the standard uncertainties linearly'],
        [root(div(sq(A), 3), 3), 'gives the uncertainty of one delivery'],
        [root(div(mul(k, sq(A)), 6), 3), 'divides by √6, the triangular distribution'],
      ],
    }
  }),
  worked('standard-uncertainty-from-a-glassware-tolerance', (rng) => {
    const a = rng.int(15, 300)
    const A = thf(a)
    return {
      stem: `A volumetric flask is marked ± ${th(a)} mL. With no other information, the lab takes the tolerance as a rectangular distribution, so the standard uncertainty is the half-width ÷ √3. What standard uncertainty is entered in the budget, in mL ${DP3}?`,
      show: plain(3, 'mL'),
      figures: { a },
      key: root(div(sq(A), 3), 3),
      wrong: [
        [A, 'enters the tolerance itself'],
        [div(A, 2), 'halves the tolerance'],
        [root(div(sq(A), 6), 3), 'divides by √6, the triangular distribution'],
        [root(div(sq(mul(2, A)), 3), 3), 'takes the full width, twice the tolerance, over √3'],
        [root(div(sq(A), 12), 3), 'divides the half-width by √12, as for a full-width resolution'],
        [root(mul(sq(A), 3), 3), 'multiplies by √3 instead of dividing'],
      ],
    }
  }),
  worked('confidence-interval-half-width-with-t', (rng) => {
    const n = rng.int(3, 10)
    const s = rng.int(10, 300)
    const t = T95[n - 1]!
    const [S, Tt] = [hf(s), thf(t)]
    return {
      stem: `${n} replicate results have a sample standard deviation of ${h(s)} ng/mL. For ${n - 1} degrees of freedom the two-sided 95% t value is ${th(t)}. What is the half-width of the 95% confidence interval of the mean, in ng/mL ${DP2}?`,
      show: plain(2, 'ng/mL'),
      figures: { n, s, t },
      key: root(div(mul(sq(Tt), sq(S)), n), 2),
      wrong: [
        [mul(Tt, S), 'multiplies t by the standard deviation, not the standard error'],
        [root(div(mul(sq(frac(196, 100)), sq(S)), n), 2), 'uses the normal 1.96 instead of t'],
        [div(mul(Tt, S), n), 'divides by n instead of √n'],
        [root(div(mul(sq(Tt), sq(S)), n - 1), 2), 'divides by √(n − 1)'],
      ],
    }
  }),
  worked('relative-uncertainty-of-a-difference', (rng) => {
    const a = rng.int(3000, 9000)
    const b = a - rng.int(200, 1500)
    const ua = rng.int(5, 40)
    const ub = rng.int(5, 40)
    const [A, B, UA, UB] = [hf(a), hf(b), hf(ua), hf(ub)]
    const d = sub(A, B)
    return {
      stem: `A net signal is a gross reading of ${h(a)} ± ${h(ua)} counts/s minus a background of ${h(b)} ± ${h(ub)} counts/s (independent standard uncertainties). For a difference the lab combines absolute uncertainties in quadrature. What is the relative standard uncertainty of the net signal, as a percentage ${DP2}?`,
      show: plain(2, '%'),
      figures: { a, b, ua, ub },
      key: root(div(mul(10000, add(sq(UA), sq(UB))), sq(d)), 2),
      wrong: [
        [
          root(div(mul(10000, add(sq(UA), sq(UB))), sq(A)), 2),
          'divides by the gross reading, not the net signal',
        ],
        [
          root(mul(10000, add(sq(div(UA, A)), sq(div(UB, B)))), 2),
          'combines relative uncertainties, the rule for a product',
        ],
        [mul(div(add(UA, UB), d), 100), 'adds the absolute uncertainties linearly'],
        [mul(div(UA, d), 100), 'leaves out the background uncertainty'],
      ],
    }
  }),
  worked('inverse-variance-weighted-mean', (rng) => {
    const x1 = rng.int(1000, 2000)
    const x2 = x1 + rng.pick([-1, 1]) * rng.int(10, 120)
    const u1 = rng.int(5, 30)
    const u2 = rng.int(5, 30)
    if (u1 === u2) rest()
    const [X1, X2, U1, U2] = [hf(x1), hf(x2), hf(u1), hf(u2)]
    const weighted = (w1: Fraction, w2: Fraction) => div(add(mul(w1, X1), mul(w2, X2)), add(w1, w2))
    return {
      stem: `Two labs report the same analyte as ${h(x1)} ± ${h(u1)} mg/L and ${h(x2)} ± ${h(u2)} mg/L (standard uncertainties). The combined value is the mean weighted by 1/u². What is it, in mg/L ${DP3}?`,
      show: plain(3, 'mg/L'),
      figures: { x1, x2, u1, u2 },
      key: weighted(div(1, sq(U1)), div(1, sq(U2))),
      wrong: [
        [mean([X1, X2]), 'takes the plain mean'],
        [weighted(div(1, U1), div(1, U2)), 'weights by 1/u, not 1/u²'],
        [weighted(sq(U1), sq(U2)), 'weights by u², favouring the less precise result'],
        [weighted(U1, U2), 'weights by u'],
      ],
    }
  }),
  worked('relative-uncertainty-of-a-three-factor-result', (rng) => {
    const [rm, rM, rv] = [rng.int(5, 60), rng.int(1, 5), rng.int(5, 60)]
    if (rm === rv) rest()
    const [Rm, RM, Rv] = [frac(rm, 100), frac(rM, 100), frac(rv, 100)]
    return {
      stem: `A concentration is c = m ÷ (M × V). The relative standard uncertainties are ${h(rm)}% for the mass m, ${h(rM)}% for the molar mass M and ${h(rv)}% for the volume V, all independent. Combining relative uncertainties in quadrature, what is the relative standard uncertainty of c, as a percentage ${DP3}?`,
      show: plain(3, '%'),
      figures: { rm, rM, rv },
      key: root(add(sq(Rm), sq(RM), sq(Rv)), 3),
      wrong: [
        [add(Rm, RM, Rv), 'adds the relative uncertainties linearly'],
        [root(add(sq(Rm), sq(Rv)), 3), 'leaves out the molar mass term'],
        [rm > rv ? Rm : Rv, 'keeps only the largest term'],
        [
          root(mul(4, add(sq(Rm), sq(RM), sq(Rv))), 3),
          'reports it expanded with a coverage factor of 2',
        ],
        [
          root(add(sq(add(Rm, Rv)), sq(RM)), 3),
          'adds the mass and volume terms linearly before the quadrature',
        ],
      ],
    }
  }),
  worked('en-number-for-a-proficiency-test', (rng) => {
    const ref = rng.int(1000, 5000)
    const lab = ref + rng.pick([-1, 1]) * rng.int(5, 150)
    const ul = rng.int(10, 120)
    const ur = rng.int(5, 60)
    if (ul === ur) rest()
    const [D, UL, UR] = [hf(Math.abs(lab - ref)), hf(ul), hf(ur)]
    return {
      stem: `In a proficiency test the lab reports ${h(lab)} ± ${h(ul)} µg/L and the reference value is ${h(ref)} ± ${h(ur)} µg/L (both expanded uncertainties). The En number is |lab − reference| ÷ √(U_lab² + U_ref²). What is En, ${DP3}?`,
      show: plain(3),
      figures: { lab, ref, ul, ur },
      key: root(div(sq(D), add(sq(UL), sq(UR))), 3),
      wrong: [
        [div(D, add(UL, UR)), 'adds the expanded uncertainties linearly'],
        [div(D, UL), 'divides by the lab uncertainty only'],
        [div(D, UR), 'divides by the reference uncertainty only'],
        [
          root(div(mul(4, sq(D)), add(sq(UL), sq(UR))), 3),
          'halves the expanded uncertainties to standard ones first',
        ],
      ],
    }
  }),
] as const
