import {
  add,
  DP2,
  DP3,
  div,
  type Fraction,
  fixed,
  frac,
  h,
  hf,
  indexed,
  listed,
  mean,
  mul,
  num,
  plain,
  rest,
  rootRounded,
  squares,
  sub,
  total,
  worked,
} from './sci-text.js'

// Descriptive statistics of replicates as a lab data assistant summarises and screens them. Each
// stem states the convention (n − 1 or n, the quartile method, the outlier rule), because the slips
// are the ones a results sheet shows: a population formula for a sample, an unsorted middle value,
// a fence from the wrong quartile or multiplier, a suspect value left in its own statistics.

const sq = (x: Fraction): Fraction => mul(x, x)
const root = (x: Fraction, dp: number): Fraction => rootRounded(x, dp)
/** |a − b|. */
const gap = (a: Fraction, b: Fraction): Fraction => (num(a) >= num(b) ? sub(a, b) : sub(b, a))
const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b)
/** The median of whole numbers, as a fraction of the unit they are drawn in. */
const medianOf = (xs: readonly number[]): Fraction => {
  const s = sorted(xs)
  const k = s.length
  return k % 2 ? frac(s[(k - 1) / 2]!) : frac(s[k / 2 - 1]! + s[k / 2]!, 2)
}
const draws = (rng: { int: (a: number, b: number) => number }, k: number, lo: number, hi: number) =>
  Array.from({ length: k }, () => rng.int(lo, hi))

export const REPLICATES_FAMILIES = [
  worked('sample-standard-deviation-of-replicates', (rng) => {
    const k = rng.int(4, 6)
    const xs = draws(rng, k, 1000, 1300)
    const ss = squares(xs.map(hf))
    if (ss.n === 0n) rest()
    return {
      stem: `Replicate determinations of a standard give ${listed(xs.map(h))} mg/L. What is their sample standard deviation (dividing by n − 1), in mg/L ${DP3}?`,
      show: plain(3, 'mg/L'),
      figures: indexed('x', xs),
      key: root(div(ss, k - 1), 3),
      wrong: [
        [root(div(ss, k), 3), 'uses the population formula, dividing by n'],
        [div(ss, k - 1), 'stops at the variance'],
        [root(ss, 3), 'takes the root of the sum of squares without dividing'],
        [
          div(total(xs.map((x) => gap(hf(x), mean(xs.map(hf))))), k),
          'gives the mean absolute deviation',
        ],
        [div(frac(Math.max(...xs) - Math.min(...xs)), 100), 'reports the range as the spread'],
      ],
    }
  }),
  worked('coefficient-of-variation-of-replicates', (rng) => {
    const k = rng.int(4, 6)
    const xs = draws(rng, k, 2000, 2600)
    const X = xs.map(hf)
    const ss = squares(X)
    if (ss.n === 0n) rest()
    const m = mean(X)
    const s = sorted(xs)
    return {
      stem: `Replicate injections give peak areas of ${listed(xs.map(h))} (×1,000 counts). Using the sample standard deviation (n − 1), what is the coefficient of variation, as a percentage ${DP2}?`,
      show: plain(2, '%'),
      figures: indexed('x', xs),
      key: root(div(mul(10000, ss), mul(k - 1, sq(m))), 2),
      wrong: [
        [root(div(mul(10000, ss), mul(k, sq(m))), 2), 'uses the population standard deviation'],
        [root(div(ss, mul(k - 1, sq(m))), 2), 'leaves the ratio as a fraction, not a percentage'],
        [mul(div(hf(s[k - 1]! - s[0]!), m), 100), 'divides the range by the mean'],
        [
          root(div(mul(10000, ss), mul(k * (k - 1), sq(m))), 2),
          'divides the standard error by the mean',
        ],
        [div(mul(100, ss), mul(k - 1, m)), 'divides the variance by the mean'],
      ],
    }
  }),
  worked('median-of-an-even-number-of-replicates', (rng) => {
    const k = rng.pick([6, 8])
    const xs = draws(rng, k, 300, 900)
    const s = sorted(xs)
    const med = medianOf(xs)
    const asWritten = frac(xs[k / 2 - 1]! + xs[k / 2]!, 2)
    if (num(asWritten) === num(med)) rest()
    return {
      stem: `A field team records ${k} nitrate readings: ${listed(xs.map(String))} µg/L. What is the median (the mean of the two middle values once sorted), in µg/L ${DP2}?`,
      show: plain(2, 'µg/L'),
      figures: indexed('x', xs),
      key: med,
      wrong: [
        [asWritten, 'takes the two middle readings in recorded order, unsorted'],
        [frac(s[k / 2]!), 'takes the upper of the two middle values'],
        [frac(s[k / 2 - 1]!), 'takes the lower of the two middle values'],
        [mean(xs.map((x) => frac(x))), 'gives the mean'],
      ],
    }
  }),
  worked('interquartile-range-by-the-halves-method', (rng) => {
    const k = rng.pick([7, 9, 11])
    const xs = draws(rng, k, 100, 600)
    const s = sorted(xs)
    const half = (k - 1) / 2
    const q1 = medianOf(s.slice(0, half))
    const q3 = medianOf(s.slice(half + 1))
    const q1in = medianOf(s.slice(0, half + 1))
    const q3in = medianOf(s.slice(half))
    // The quartiles read off the halves of the list in recorded order, without sorting it.
    const mid = (ys: readonly number[]) => {
      const j = ys.length
      return j % 2 ? frac(ys[(j - 1) / 2]!) : frac(ys[j / 2 - 1]! + ys[j / 2]!, 2)
    }
    const unsorted = sub(mid(xs.slice(half + 1)), mid(xs.slice(0, half)))
    const key = sub(q3, q1)
    const unsortedShows = unsorted.n > 0n && unsorted.n * key.d !== key.n * unsorted.d
    return {
      stem: `${k} replicate counts are ${listed(xs.map(String))}. The lab takes Q1 and Q3 as the medians of the lower and upper halves, leaving the overall median out of both halves. What is the interquartile range ${DP2}?`,
      show: plain(2),
      figures: indexed('x', xs),
      key,
      wrong: [
        [frac(s[k - 1]! - s[0]!), 'gives the range'],
        [sub(q3in, q1in), 'includes the overall median in both halves'],
        [div(key, 2), 'gives the semi-interquartile range'],
        [sub(q3, medianOf(s)), 'measures from the median to Q3 only'],
        ...(unsortedShows
          ? [
              [
                unsorted,
                'takes the quartiles from the readings in recorded order, unsorted',
              ] as const,
            ]
          : []),
      ],
    }
  }),
  worked('upper-fence-for-outliers', (rng) => {
    const q1 = rng.int(1000, 3000)
    const med = q1 + rng.int(100, 400)
    const q3 = med + rng.int(100, 400)
    const [Q1, M, Q3] = [hf(q1), hf(med), hf(q3)]
    const iqr = sub(Q3, Q1)
    return {
      stem: `A set of replicate readings has Q1 = ${h(q1)}, median = ${h(med)} and Q3 = ${h(q3)} ng/mL. Values above Q3 + 1.5 × IQR are flagged as outliers. What is the upper fence, in ng/mL ${DP2}?`,
      show: plain(2, 'ng/mL'),
      figures: { q1, med, q3 },
      key: add(Q3, mul(frac(3, 2), iqr)),
      wrong: [
        [add(Q3, iqr), 'adds one IQR, not 1.5'],
        [add(Q3, mul(3, iqr)), 'uses the 3 × IQR fence for extreme outliers'],
        [add(M, mul(frac(3, 2), iqr)), 'builds the fence from the median'],
        [add(Q3, mul(frac(3, 2), sub(Q3, M))), 'takes the IQR as Q3 minus the median'],
        [add(Q1, mul(frac(3, 2), iqr)), 'adds 1.5 × IQR to Q1, the base of the lower fence'],
        [mul(add(Q3, frac(3, 2)), iqr), 'adds 1.5 to Q3 before multiplying by the IQR'],
      ],
    }
  }),
  worked('z-score-of-a-reading', (rng) => {
    const m = rng.int(5000, 9000)
    const s = rng.int(100, 600)
    const n = rng.int(5, 20)
    const x = m + rng.int(50, 1500)
    const [M, S, X] = [hf(m), hf(s), hf(x)]
    return {
      stem: `A QC chart is built from ${n} runs with mean ${h(m)} µg/L and standard deviation ${h(s)} µg/L. Today's control reads ${h(x)} µg/L. What is its z-score (how many standard deviations it lies from the mean) ${DP2}?`,
      show: plain(2),
      figures: { m, s, n, x },
      key: div(sub(X, M), S),
      wrong: [
        [div(sub(X, M), sq(S)), 'divides by the variance'],
        [root(div(mul(sq(sub(X, M)), n), sq(S)), 2), 'divides by the standard error of the mean'],
        [sub(X, M), 'stops at the difference in µg/L'],
        [div(X, S), 'divides the reading itself by the standard deviation'],
      ],
    }
  }),
  worked('grubbs-statistic-for-a-high-value', (rng) => {
    const k = rng.int(6, 8)
    const xs = draws(rng, k - 1, 1000, 1200)
    const hi = Math.max(...xs) + rng.int(30, 150)
    const all = rng.shuffle([...xs, hi])
    const X = all.map(hf)
    const m = mean(X)
    const d = sub(hf(hi), m)
    const ss = squares(X)
    const rest6 = xs.map(hf)
    const second = Math.max(...xs)
    return {
      stem: `Replicates of a certified material read ${listed(all.map(h))} mg/kg. Grubbs' statistic for the highest value is G = (highest − mean) ÷ s, with the mean and sample standard deviation (n − 1) of all ${k} values. What is G ${DP3}?`,
      show: plain(3),
      figures: { ...indexed('x', xs), hi },
      key: root(div(mul(sq(d), k - 1), ss), 3),
      wrong: [
        [root(div(mul(sq(d), k), ss), 3), 'uses the population standard deviation'],
        [
          root(div(mul(sq(sub(hf(hi), mean(rest6))), k - 2), squares(rest6)), 3),
          'leaves the suspect value out of the mean and standard deviation',
        ],
        [
          root(div(mul(sq(hf(hi - second)), k - 1), ss), 3),
          'divides the gap to the next value by s',
        ],
        [root(div(mul(sq(hf(hi - Math.min(...xs))), k - 1), ss), 3), 'divides the range by s'],
      ],
    }
  }),
  worked('dixon-q-for-a-high-value', (rng) => {
    const xs = draws(rng, rng.int(4, 6), 500, 700)
    const top = Math.max(...xs)
    const hi = top + rng.int(20, 120)
    const lo = Math.min(...xs)
    if (top === lo) rest()
    const all = rng.shuffle([...xs, hi])
    return {
      stem: `Replicate titres are ${listed(all.map(h))} mL. Dixon's Q for the highest value is the gap to its nearest neighbour divided by the range of all the values. What is Q ${DP3}?`,
      show: plain(3),
      figures: { ...indexed('x', xs), hi },
      key: frac(hi - top, hi - lo),
      wrong: [
        [frac(hi - top, top - lo), 'divides by the range without the suspect value'],
        [frac(hi - lo, hi - top), 'divides the range by the gap'],
        [frac(hi - top, hi), 'divides the gap by the suspect value'],
        [div(hf(hi - top), mean(all.map(hf))), 'divides the gap by the mean'],
      ],
    }
  }),
  worked('mean-after-rejecting-a-flagged-outlier', (rng) => {
    const xs = draws(rng, rng.int(5, 7), 800, 1000)
    const hi = Math.max(...xs) + rng.int(100, 400)
    const all = rng.shuffle([...xs, hi])
    const k = all.length
    return {
      stem: `A QC reviewer rejects the reading ${h(hi)} from the replicates ${listed(all.map(h))} µmol/L after a failed outlier test. What mean should be reported for the remaining replicates, in µmol/L ${DP3}?`,
      show: plain(3, 'µmol/L'),
      figures: { ...indexed('x', xs), hi },
      key: mean(xs.map(hf)),
      wrong: [
        [mean(all.map(hf)), 'keeps the rejected reading in the mean'],
        [div(total(xs.map(hf)), k), 'divides the remaining sum by the original count'],
        [
          mean(sorted(xs).slice(1).map(hf)),
          'also drops the lowest reading to balance the rejection',
        ],
        [div(medianOf(all), 100), 'reports the median of all the readings'],
        [
          mean(sorted(xs).slice(0, -1).map(hf)),
          'also rejects the highest of the remaining readings',
        ],
      ],
    }
  }),
  worked('pooled-standard-deviation-of-two-runs', (rng) => {
    const n1 = rng.int(3, 10)
    const n2 = rng.int(3, 10)
    const s1 = rng.int(10, 90)
    const s2 = rng.int(10, 90)
    if (n1 === n2 || s1 === s2) rest()
    const [S1, S2] = [hf(s1), hf(s2)]
    const v1 = sq(S1)
    const v2 = sq(S2)
    return {
      stem: `Two runs of the same QC material gave n = ${n1} with s = ${h(s1)} µg/L and n = ${n2} with s = ${h(s2)} µg/L. The pooled standard deviation weights each variance by its degrees of freedom (n − 1). What is it, in µg/L ${DP3}?`,
      show: plain(3, 'µg/L'),
      figures: { n1, n2, s1, s2 },
      key: root(div(add(mul(n1 - 1, v1), mul(n2 - 1, v2)), n1 + n2 - 2), 3),
      wrong: [
        [div(add(S1, S2), 2), 'averages the two standard deviations'],
        [root(div(add(v1, v2), 2), 3), 'averages the variances without weighting'],
        [root(div(add(mul(n1, v1), mul(n2, v2)), n1 + n2), 3), 'weights by n rather than n − 1'],
        [root(add(v1, v2), 3), 'adds the variances, as for a difference of means'],
      ],
    }
  }),
  worked('grand-mean-of-batches-of-different-size', (rng) => {
    const ns = [rng.int(3, 12), rng.int(3, 12), rng.int(3, 12)]
    const ms = draws(rng, 3, 4000, 6000)
    if (new Set(ns).size < 3) rest()
    const M = ms.map(hf)
    const N = ns.reduce((a, b) => a + b, 0)
    return {
      stem: `Three batches of a soil extract were analysed: ${ns[0]} replicates with mean ${h(ms[0]!)} mg/kg, ${ns[1]} with mean ${h(ms[1]!)} mg/kg and ${ns[2]} with mean ${h(ms[2]!)} mg/kg. What is the mean of all the replicates together, in mg/kg ${DP3}?`,
      show: plain(3, 'mg/kg'),
      figures: { n0: ns[0]!, n1: ns[1]!, n2: ns[2]!, m0: ms[0]!, m1: ms[1]!, m2: ms[2]! },
      key: div(total(M.map((m, i) => mul(m, ns[i]!))), N),
      wrong: [
        [mean(M), 'averages the batch means without weighting'],
        [div(total(M.map((m, i) => mul(m, ns[i]! - 1))), N - 3), 'weights each batch by n − 1'],
        [div(medianOf(ms), 100), 'takes the median batch mean'],
        [
          div(total(M.map((m, i) => div(m, ns[i]!))), total(ns.map((x) => frac(1, x)))),
          'weights each batch by 1/n',
        ],
      ],
    }
  }),
  worked('median-absolute-deviation', (rng) => {
    const xs = draws(rng, 7, 200, 500)
    const med = medianOf(xs)
    const dev = xs.map((x) => gap(frac(x), med))
    const devNum = dev.map((d) => Number(d.n) / Number(d.d))
    const order = devNum.map((_, i) => i).sort((a, b) => devNum[a]! - devNum[b]!)
    const mad = dev[order[3]!]!
    const m = mean(xs.map((x) => frac(x)))
    const fromMean = xs.map((x) => gap(frac(x), m))
    const fmNum = fromMean.map(num)
    const fmOrder = fmNum.map((_, i) => i).sort((a, b) => fmNum[a]! - fmNum[b]!)
    if (mad.n === 0n) rest()
    return {
      stem: `Seven replicate particle counts are ${listed(xs.map(String))}. The lab's robust spread is the raw median absolute deviation: the median of |x − median|, with no scaling factor. What is it ${DP2}?`,
      show: plain(2),
      figures: indexed('x', xs),
      key: mad,
      wrong: [
        [div(total(fromMean), 7), 'gives the mean absolute deviation from the mean'],
        [fromMean[fmOrder[3]!]!, 'measures the deviations from the mean, not the median'],
        [mul(mad, frac(14826, 10000)), 'scales by 1.4826 to estimate a standard deviation'],
        [
          div(total(dev), 7),
          'averages the deviations from the median instead of taking their median',
        ],
      ],
    }
  }),
  worked('percentile-by-the-nearest-rank', (rng) => {
    const k = rng.int(12, 20)
    const p = rng.pick([75, 80, 90, 95])
    const xs = [...new Set(draws(rng, k, 100, 999))]
    if (xs.length !== k) rest()
    const s = sorted(xs)
    const rank = Math.ceil((p * k) / 100)
    const low = Math.floor((p * k) / 100)
    if (low === rank || low < 1) rest()
    // The (n + 1) rule puts the percentile at rank p(n + 1)/100 and interpolates.
    const pos = frac(p * (k + 1), 100)
    const i = Number(pos.n / pos.d)
    const interp =
      i >= k ? frac(s[k - 1]!) : add(frac(s[i - 1]!), mul(sub(pos, i), s[i]! - s[i - 1]!))
    return {
      stem: `A logger stores ${k} hourly turbidity readings: ${listed(xs.map((x) => (x / 10).toFixed(1)))} NTU. The client wants the ${p}th percentile by the nearest-rank method: sort the values and take the one at rank ⌈${p}/100 × n⌉. What is it, in NTU ${DP2}?`,
      show: plain(2, 'NTU'),
      figures: { p, ...indexed('x', xs) },
      key: frac(s[rank - 1]!, 10),
      wrong: [
        [frac(s[low - 1]!, 10), 'rounds the rank down'],
        [div(interp, 10), 'interpolates at the rank p/100 × (n plus one)'],
        [frac(xs[rank - 1]!, 10), 'counts the rank in the unsorted list'],
        [frac(p * s[k - 1]!, 1000), 'takes the percentage of the maximum'],
      ],
    }
  }),
  worked('relative-percent-difference-of-duplicates', (rng) => {
    const a = rng.int(1000, 9000)
    const b = a + rng.pick([-1, 1]) * rng.int(20, 900)
    const [A, B] = [hf(a), hf(b)]
    const d = gap(A, B)
    return {
      stem: `A sample and its field duplicate read ${h(a)} and ${h(b)} µg/L. The relative percent difference is |x₁ − x₂| ÷ ((x₁ + x₂)/2) × 100. What is the RPD, as a percentage ${DP2}?`,
      show: plain(2, '%'),
      figures: { a, b },
      key: div(mul(d, 200), add(A, B)),
      wrong: [
        [div(mul(d, 100), A), 'divides by the first result'],
        [div(mul(d, 100), B), 'divides by the duplicate'],
        [div(mul(d, 100), add(A, B)), 'divides by the sum without halving it'],
        [
          root(div(mul(sq(d), 20000), sq(add(A, B))), 2),
          'gives the relative standard deviation of the pair',
        ],
      ],
    }
  }),
  worked('standard-deviation-from-running-sums', (rng) => {
    const k = rng.int(5, 8)
    const xs = draws(rng, k, 1000, 1500)
    const X = xs.map(hf)
    const sx = total(X)
    const sxx = total(X.map(sq))
    const ss = sub(sxx, div(sq(sx), k))
    if (ss.n === 0n) rest()
    return {
      stem: `An instrument exports only running totals for ${k} replicates: Σx = ${fixed(sx, 2)} and Σx² = ${fixed(sxx, 4)} (mg/L and mg²/L²). Using s = √((Σx² − (Σx)²/n) ÷ (n − 1)), what is the sample standard deviation, in mg/L ${DP3}?`,
      show: plain(3, 'mg/L'),
      figures: indexed('x', xs),
      key: root(div(ss, k - 1), 3),
      wrong: [
        [root(div(ss, k), 3), 'divides by n, the population formula'],
        [div(ss, k - 1), 'stops at the variance'],
        [root(div(ss, k * (k - 1)), 3), 'gives the standard error of the mean'],
        [root(ss, 3), 'takes the root of the corrected sum of squares without dividing by n − 1'],
      ],
    }
  }),
] as const
