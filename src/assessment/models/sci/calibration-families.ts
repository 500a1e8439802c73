import {
  add,
  DP2,
  DP3,
  div,
  type Fraction,
  frac,
  h,
  hf,
  indexed,
  listed,
  log10At,
  mul,
  plain,
  rest,
  rootRounded,
  squares,
  sub,
  th,
  thf,
  worked,
} from './sci-text.js'

// Calibration and data transformation as a lab data assistant applies them between the
// instrument export and the results table. Each stem states the line, the blank, the dilution and
// the definition it uses, because the slips are the ones that reach a report: an intercept left
// out, a dilution factor forgotten, a blank not subtracted, a detection limit from the wrong
// multiplier or a population SD, a recovery against the wrong base, a ratio inverted.

const sq = (x: Fraction): Fraction => mul(x, x)
/**
 * ln x to six places, for a slip shown to two: a draw whose third to sixth places sit within a
 * millionth of a half is redrawn, so the two places shown are safe from floating error.
 */
function lnMillionths(x: Fraction): Fraction {
  const v = Math.log(Number(x.n) / Number(x.d)) * 1000000
  const frac3 = (((v % 10000) + 10000) % 10000) - 5000
  if (Math.abs(frac3) < 2) rest()
  return frac(Math.round(v), 1000000)
}
const draws = (rng: { int: (a: number, b: number) => number }, k: number, lo: number, hi: number) =>
  Array.from({ length: k }, () => rng.int(lo, hi))

export const CALIBRATION_FAMILIES = [
  worked('concentration-from-a-calibration-line-and-dilution', (rng) => {
    const m = rng.int(1500, 9000)
    const b = rng.int(20, 400)
    const y = rng.int(5000, 60000)
    const d = rng.pick([2, 5, 10, 20])
    const [M, B, Y] = [thf(m), thf(b), thf(y)]
    if (y <= b * 3) rest()
    return {
      stem: `A calibration line is signal = ${th(m)} × concentration (mg/L) + ${th(b)}. A sample diluted ${d}-fold before measurement gives a signal of ${th(y)}. What is the concentration in the undiluted sample, in mg/L ${DP3}?`,
      show: plain(3, 'mg/L'),
      figures: { m, b, y, d },
      key: div(mul(sub(Y, B), d), M),
      wrong: [
        [div(sub(Y, B), M), 'leaves out the dilution factor'],
        [div(mul(Y, d), M), 'leaves out the intercept'],
        [div(mul(add(Y, B), d), M), 'adds the intercept instead of subtracting it'],
        [mul(add(mul(M, Y), B), d), 'puts the signal into the line as if it were a concentration'],
      ],
    }
  }),
  worked('reading-a-sample-between-two-standards', (rng) => {
    const x1 = rng.int(1, 10)
    const x2 = x1 + rng.int(5, 40)
    const y0 = rng.int(5, 60)
    const k = rng.int(800, 3000)
    const y1 = y0 + x1 * k
    const y2 = y0 + x2 * k + rng.int(-200, 200)
    const y = rng.int(y1 + 50, y2 - 50)
    if (y2 <= y1 + 200) rest()
    const X1 = frac(x1)
    return {
      stem: `Two standards bracket a sample: ${x1} µg/mL gives ${y1} counts and ${x2} µg/mL gives ${y2} counts. The lab reads the sample off the straight line through the two standards. The sample gives ${y} counts. What is its concentration, in µg/mL ${DP3}?`,
      show: plain(3, 'µg/mL'),
      figures: { x1, x2, y1, y2, y },
      key: add(X1, div(mul(y - y1, x2 - x1), y2 - y1)),
      wrong: [
        [frac(y * x2, y2), 'uses the upper standard alone, through the origin'],
        [frac(y * x1, y1), 'uses the lower standard alone, through the origin'],
        [
          div(mul(y, x2 - x1), y2 - y1),
          'takes the slope but forgets the line does not pass through zero',
        ],
        [
          frac(y * (x1 + x2), y1 + y2),
          'pools the two standards into one response factor through zero',
        ],
      ],
    }
  }),
  worked('beer-lambert-with-a-reagent-blank', (rng) => {
    const a = rng.int(200, 1200)
    const ab = rng.int(10, 90)
    const e = rng.int(20, 160) * 100
    // No 10 mm cuvette, where leaving out the path length would give the key.
    const mm = rng.pick([5, 20, 50])
    const [A, AB] = [thf(a), thf(ab)]
    const cm = frac(mm, 10)
    return {
      stem: `A sample reads an absorbance of ${th(a)} against a reagent blank reading ${th(ab)}, in a ${mm} mm cuvette. The molar absorptivity is ${e.toLocaleString('en-US')} L mol⁻¹ cm⁻¹ and A = ε × l × c. What is the concentration, in µmol/L ${DP2}?`,
      show: plain(2, 'µmol/L'),
      figures: { a, ab, e, mm },
      key: div(mul(sub(A, AB), 1000000), mul(e, cm)),
      wrong: [
        [div(mul(A, 1000000), mul(e, cm)), 'leaves the blank in'],
        [div(mul(sub(A, AB), 1000000), mul(e, mm)), 'puts the path length in millimetres'],
        [div(mul(add(A, AB), 1000000), mul(e, cm)), 'adds the blank instead of subtracting it'],
        [
          div(mul(sub(A, AB), 1000000), e),
          'leaves out the path length, as if the cuvette were 1 cm',
        ],
        [div(mul(sub(A, AB), 1000), mul(e, cm)), 'gives mmol/L, written as µmol/L'],
        [div(mul(sub(A, AB), 1000000000), mul(e, cm)), 'gives nmol/L, written as µmol/L'],
      ],
    }
  }),
  worked('detection-limit-from-blank-replicates', (rng) => {
    const xs = draws(rng, 7, 100, 180)
    const m = rng.int(500, 3000)
    const ss = squares(xs.map(thf))
    if (ss.n === 0n) rest()
    const M = thf(m)
    const blankMean = div(
      xs.reduce((p, x) => p + x, 0),
      7000,
    )
    return {
      stem: `Seven reagent blanks give signals of ${listed(xs.map(th))}. The calibration slope is ${th(m)} signal units per µg/L. The lab's detection limit is 3 × s(blank) ÷ slope, with s the sample standard deviation (n − 1). What is the detection limit, in µg/L ${DP3}?`,
      show: plain(3, 'µg/L'),
      figures: { ...indexed('x', xs), m },
      key: rootRounded(div(mul(9, ss), mul(6, sq(M))), 3),
      wrong: [
        [rootRounded(div(mul(9, ss), mul(7, sq(M))), 3), 'uses the population standard deviation'],
        [rootRounded(div(mul(100, ss), mul(6, sq(M))), 3), 'uses 10 × s, the quantitation limit'],
        [rootRounded(div(ss, mul(6, sq(M))), 3), 'leaves out the factor of 3'],
        [div(mul(3, blankMean), M), 'uses the mean blank signal instead of its standard deviation'],
      ],
    }
  }),
  worked('quantitation-limit-in-a-solid-sample', (rng) => {
    const s = rng.int(5, 60)
    const m = rng.int(500, 3000)
    const v = rng.pick([10, 20, 25, 50])
    const g = rng.int(5, 50)
    const [S, M] = [thf(s), thf(m)]
    const inExtract = div(mul(10, S), M)
    // µg/L in the extract × litres of extract ÷ kg of sample gives µg/kg.
    const solid = div(mul(inExtract, frac(v, 1000)), frac(g, 10000))
    return {
      stem: `The blank standard deviation is ${th(s)} signal units and the slope ${th(m)} signal units per µg/L. The quantitation limit in the extract is 10 × s ÷ slope. ${g / 10} g of soil is extracted into ${v} mL. What is the quantitation limit in the soil, in µg/kg ${DP2}?`,
      show: plain(2, 'µg/kg'),
      figures: { s, m, v, g },
      key: solid,
      wrong: [
        [div(mul(3, solid), 10), 'uses 3 × s, the detection limit'],
        [inExtract, 'reports the limit in the extract, per litre, not in the soil'],
        [
          div(mul(inExtract, frac(g, 10000)), frac(v, 1000)),
          'multiplies by the mass and divides by the volume',
        ],
        [div(mul(inExtract, v), frac(g, 10000)), 'leaves the extract volume in mL'],
        [
          div(mul(10, S, frac(v, 1000)), frac(g, 10000)),
          'forgets to divide by the slope, leaving a signal',
        ],
      ],
    }
  }),
  worked('spike-recovery', (rng) => {
    const u = rng.int(200, 3000)
    const add_ = rng.int(500, 3000)
    const sp = u + Math.round((add_ * rng.int(75, 120)) / 100)
    const [U, A, S] = [hf(u), hf(add_), hf(sp)]
    if (sp === u + add_) rest()
    return {
      stem: `An unspiked sample reads ${h(u)} µg/L. A portion spiked with ${h(add_)} µg/L of the analyte (volume change negligible) reads ${h(sp)} µg/L. Recovery is (spiked − unspiked) ÷ added × 100. What is the recovery, as a percentage ${DP2}?`,
      show: plain(2, '%'),
      figures: { u, a: add_, sp },
      key: mul(div(sub(S, U), A), 100),
      wrong: [
        [mul(div(S, A), 100), 'leaves out the unspiked result'],
        [mul(div(sub(S, U), S), 100), 'divides by the spiked result'],
        [mul(div(S, add(U, A)), 100), 'compares the spiked result with the expected total'],
        [mul(div(A, sub(S, U)), 100), 'inverts the ratio, added over found'],
      ],
    }
  }),
  worked('henderson-hasselbalch-buffer-ph', (rng) => {
    const pka = rng.int(300, 1000)
    const base = rng.int(5, 200)
    const acid = rng.int(5, 200)
    if (base === acid) rest()
    const PKA = hf(pka)
    const ph = add(PKA, log10At(frac(base, acid), 2))
    if (ph.n <= 0n) rest()
    return {
      stem: `A buffer holds ${base} mM of the conjugate base and ${acid} mM of the weak acid, whose pKa is ${h(pka)}. With pH = pKa + log₁₀([base] ÷ [acid]), what is the pH ${DP2}?`,
      show: plain(2),
      figures: { pka, base, acid },
      key: ph,
      wrong: [
        [add(PKA, log10At(frac(acid, base), 2)), 'inverts the ratio, acid over base'],
        [add(PKA, frac(base, acid)), 'adds the ratio without taking its logarithm'],
        [PKA, 'takes the pH as the pKa'],
        [
          add(PKA, log10At(frac(base + acid, acid), 2)),
          'uses the total buffer concentration over the acid',
        ],
      ],
    }
  }),
  worked('log-reduction-of-a-treatment', (rng) => {
    const a = rng.int(11, 99)
    const p = rng.int(5, 8)
    const b = rng.int(11, 99)
    const q = rng.int(1, p - 2)
    const n0 = frac(a * 10 ** p, 10)
    const n1 = frac(b * 10 ** q, 10)
    const ratio = div(n0, n1)
    return {
      stem: `A disinfection trial starts at ${a / 10} × 10${sup(p)} CFU/mL and ends at ${b / 10} × 10${sup(q)} CFU/mL. The log reduction is log₁₀(N₀ ÷ N). What is it ${DP2}?`,
      show: plain(2),
      figures: { a, p, b, q },
      key: log10At(ratio, 2),
      wrong: [
        [frac(p - q), 'subtracts the exponents and ignores the leading figures'],
        [mul(sub(1, div(n1, n0)), 100), 'gives the percentage reduction'],
        [log10At(sub(n0, n1), 2), 'takes the logarithm of the difference'],
        [lnMillionths(ratio), 'takes the natural logarithm, ln(N₀ ÷ N), instead of log₁₀'],
      ],
    }
  }),
  worked('concentration-by-internal-standard', (rng) => {
    const aa = rng.int(1000, 9000)
    const ai = rng.int(1000, 9000)
    const ci = rng.int(10, 100)
    const rrf = rng.int(50, 200)
    const d = rng.pick([2, 5, 10])
    if (aa === ai || rrf === 100) rest()
    const ratio = frac(aa, ai)
    const RRF = hf(rrf)
    return {
      stem: `In a GC run the analyte peak area is ${aa} and the internal standard's is ${ai}. The sample was diluted ${d}-fold before the internal standard was added at ${ci} ng/mL, and the relative response factor (analyte response ÷ IS response per unit concentration) is ${h(rrf)}. In the vial C = (A_analyte ÷ A_IS) × C_IS ÷ RRF. What is the analyte concentration in the undiluted sample, in ng/mL ${DP2}?`,
      show: plain(2, 'ng/mL'),
      figures: { aa, ai, ci, rrf, d },
      key: div(mul(ratio, ci, d), RRF),
      wrong: [
        [div(mul(ratio, ci), RRF), 'reports the vial concentration, leaving out the dilution'],
        [mul(ratio, ci, d), 'leaves out the response factor'],
        [mul(ratio, ci, RRF, d), 'multiplies by the response factor'],
        [div(mul(frac(ai, aa), ci, d), RRF), 'inverts the area ratio'],
      ],
    }
  }),
  worked('min-max-normalisation-of-a-reading', (rng) => {
    const xs = draws(rng, 6, 100, 900)
    const lo = Math.min(...xs)
    const hi = Math.max(...xs)
    const others = xs.filter((x) => x !== lo && x !== hi)
    if (others.length < 2) rest()
    const x = others[0]!
    return {
      stem: `A plate reader gives ${listed(xs.map((v) => String(v)))} RFU across six wells. Each well is rescaled to 0–1 by (x − min) ÷ (max − min). What is the rescaled value of the well that read ${x} ${DP3}?`,
      show: plain(3),
      figures: { ...indexed('x', xs), x },
      key: frac(x - lo, hi - lo),
      wrong: [
        [frac(x, hi), 'divides by the maximum only'],
        [frac(x - lo, hi), 'subtracts the minimum but divides by the maximum'],
        [frac(hi - x, hi - lo), 'measures the distance from the maximum'],
        [frac(x, hi - lo), 'divides by the range without subtracting the minimum'],
      ],
    }
  }),
  worked('percent-of-control-after-blank-subtraction', (rng) => {
    const bl = rng.int(50, 300)
    const c = rng.int(2000, 5000)
    const s = rng.int(bl + 200, c - 100)
    const [B, C, S] = [thf(bl), thf(c), thf(s)]
    return {
      stem: `In a viability assay, treated wells read ${th(s)}, untreated control wells ${th(c)} and medium-only blank wells ${th(bl)} (absorbance). Viability is (treated − blank) ÷ (control − blank) × 100. What is the viability, as a percentage ${DP2}?`,
      show: plain(2, '%'),
      figures: { bl, c, s },
      key: mul(div(sub(S, B), sub(C, B)), 100),
      wrong: [
        [mul(div(S, C), 100), 'leaves the blank in both readings'],
        [mul(div(sub(S, B), C), 100), 'subtracts the blank from the treated wells only'],
        [
          sub(100, mul(div(sub(S, B), sub(C, B)), 100)),
          'gives the inhibition, 100 minus viability',
        ],
        [mul(div(S, sub(C, B)), 100), 'subtracts the blank from the control only'],
      ],
    }
  }),
  worked('standard-addition-single-spike', (rng) => {
    const s0 = rng.int(1000, 5000)
    const dc = rng.int(5, 50)
    const s1 = s0 + rng.int(500, 5000)
    const [S0, S1] = [thf(s0), thf(s1)]
    return {
      stem: `By standard addition, a sample gives a signal of ${th(s0)}; the same sample with ${dc} µg/L of analyte added (volume change negligible) gives ${th(s1)}. The response is linear through zero. What is the analyte concentration in the sample, in µg/L ${DP3}?`,
      show: plain(3, 'µg/L'),
      figures: { s0, dc, s1 },
      key: div(mul(S0, dc), sub(S1, S0)),
      wrong: [
        [div(mul(S0, dc), S1), 'divides by the spiked signal, not the increase'],
        [div(mul(S1, dc), sub(S1, S0)), 'uses the spiked signal on top'],
        [div(mul(sub(S1, S0), dc), S0), 'inverts the ratio of signal to increase'],
        [
          div(S0, sub(S1, S0)),
          'stops at the ratio of the signal to its increase, leaving out the added concentration',
        ],
        [div(mul(S0, dc, 1000), sub(S1, S0)), 'gives ng/L, written as µg/L'],
      ],
    }
  }),
  worked('dry-weight-concentration-from-an-extract', (rng) => {
    const c = rng.int(50, 900)
    const v = rng.pick([20, 25, 50, 100])
    const g = rng.int(20, 100)
    const w = rng.int(5, 40)
    const C = hf(c)
    const dryKg = mul(frac(g, 10000), frac(100 - w, 100))
    return {
      stem: `An extract reads ${h(c)} µg/L. It came from ${g / 10} g of wet sediment extracted into ${v} mL, and the sediment is ${w}% moisture by mass. What is the concentration on a dry-weight basis, in µg/kg ${DP2}?`,
      show: plain(2, 'µg/kg'),
      figures: { c, v, g, w },
      key: div(mul(C, frac(v, 1000)), dryKg),
      wrong: [
        [div(mul(C, frac(v, 1000)), frac(g, 10000)), 'reports on the wet-weight basis'],
        [
          div(mul(C, frac(v, 1000), frac(100 - w, 100)), frac(g, 10000)),
          'multiplies by the dry fraction instead of dividing',
        ],
        [
          div(mul(C, frac(v, 1000)), mul(frac(g, 10000), frac(w, 100))),
          'divides by the moisture fraction, not the dry fraction',
        ],
        [
          div(mul(C, frac(g, 10000)), mul(frac(v, 1000), frac(100 - w, 100))),
          'swaps the extract volume and the sample mass',
        ],
        [div(mul(C, v), dryKg), 'leaves the extract volume in mL'],
      ],
    }
  }),
  worked('single-point-response-factor-with-dilution', (rng) => {
    const cs = rng.int(5, 50)
    const as = rng.int(10000, 90000)
    const ax = rng.int(5000, 90000)
    const d = rng.pick([2, 5, 10])
    if (ax === as) rest()
    const rf = frac(as, cs)
    return {
      stem: `A ${cs} mg/L standard gives a peak area of ${as}; the lab uses a single-point response factor (area ÷ concentration) through zero. A sample diluted ${d}-fold gives ${ax}. What is the concentration in the undiluted sample, in mg/L ${DP3}?`,
      show: plain(3, 'mg/L'),
      figures: { cs, as, ax, d },
      key: mul(div(ax, rf), d),
      wrong: [
        [div(ax, rf), 'leaves out the dilution factor'],
        [mul(div(ax, rf), d + 1), 'reads the dilution as 1 part sample to d parts diluent'],
        [mul(frac(cs * as, ax), d), 'inverts the area ratio'],
        [div(div(ax, rf), d), 'divides by the dilution factor'],
        [
          mul(ax, div(as, cs), d),
          'takes the response factor as concentration per area and divides by it',
        ],
      ],
    }
  }),
  worked('absorbance-from-percent-transmittance', (rng) => {
    const t = rng.int(50, 950)
    const T = frac(t, 1000)
    return {
      stem: `An older photometer reports ${t / 10}% transmittance. Absorbance is A = −log₁₀(T) with T as a fraction, which is 2 − log₁₀(%T). What is the absorbance ${DP3}?`,
      show: plain(3),
      figures: { t },
      key: log10At(div(1, T), 3),
      wrong: [
        [sub(1, T), 'takes absorbance as one minus the transmittance'],
        [log10At(frac(t, 10), 3), 'takes log₁₀ of the percentage without the sign or the 2'],
        [div(1, T), 'inverts the transmittance without taking the logarithm'],
        [
          log10At(div(1, sub(1, T)), 3),
          'takes the logarithm of the light absorbed, not transmitted',
        ],
      ],
    }
  }),
] as const

/** A small power of ten's exponent in superscript: 10⁶. */
function sup(k: number): string {
  return String(k).replace(/\d/g, (c) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(c)]!)
}
