import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  confText,
  drawn,
  family,
  figures,
  n,
  pct,
  plain,
  pts,
  Z_CRIT,
} from './mres-text.js'

// Survey analysis as a freelance researcher reports it: margins of error z√(p(1−p)/n), intervals
// for means x̄ ± z s/√n, the standard error of a difference √(p1q1/n1 + p2q2/n2), post-
// stratification weights (population share / sample share), column and row percentages,
// Pearson's chi-square Σ(O − E)²/E with E = row total × column total / n and (r − 1)(c − 1)
// degrees of freedom, Net Promoter Score (promoters 9–10 minus detractors 0–6, per Reichheld,
// "The One Number You Need to Grow", HBR 2003), top-2-box shares and index scores (segment % /
// total % × 100).

const zDraw = (rng: Rng) => rng.pick(Z_CRIT)

export const ANALYSIS_FAMILIES: readonly ScenarioFamily[] = [
  family('margin-of-error-proportion', (rng) => {
    const [c, z] = zDraw(rng)
    const N = drawn(rng, 200, 1500, 50)
    const p = drawn(rng, 12, 40) / 100
    const se = Math.sqrt((p * (1 - p)) / N)
    return figures(rng, pts(1), {
      stem: `${Client(rng)}'s survey of ${n(N)} customers (simple random sample) finds ${pct(0)(p)} would switch supplier. At ${confText(c)} confidence (z = ${z}), what is the margin of error on that share (one decimal place, in points)?`,
      in: { z, N, p },
      key: z * se,
      wrong: [
        ['se', se, 'gives the standard error without multiplying by z'],
        [
          'worstCase',
          z * Math.sqrt(0.25 / N),
          'uses the worst-case p of 0.5, not the observed share',
        ],
        ['width', 2 * z * se, 'gives the full width of the interval, not the ± margin'],
        [
          'noSqrt',
          z * ((p * (1 - p)) / Math.sqrt(N)),
          'divides p(1 − p) by √n instead of taking √(p(1 − p)/n)',
        ],
      ],
    })
  }),
  family('confidence-interval-proportion-lower', (rng) => {
    const [c, z] = zDraw(rng)
    const N = drawn(rng, 300, 1500, 50)
    const p = drawn(rng, 20, 60) / 100
    const se = Math.sqrt((p * (1 - p)) / N)
    return figures(rng, pct(1), {
      stem: `In a random sample of ${n(N)} adults, ${pct(0)(p)} have heard of the client's brand. What is the lower end of the ${confText(c)} confidence interval (z = ${z}), one decimal place?`,
      in: { z, N, p },
      key: p - z * se,
      wrong: [
        ['upper', p + z * se, 'gives the upper end of the interval'],
        ['se', p - se, 'subtracts one standard error, leaving out z'],
        ['width', p - 2 * z * se, 'subtracts the full interval width'],
        [
          'noRoot',
          p - (z * p * (1 - p)) / Math.sqrt(N),
          'divides p(1 − p) by √n instead of taking √(p(1 − p)/n)',
        ],
      ],
    })
  }),
  family('confidence-interval-mean-upper', (rng) => {
    const [c, z] = zDraw(rng)
    const N = drawn(rng, 100, 900, 25)
    const mean = drawn(rng, 20, 90)
    const s = drawn(rng, 8, 40)
    const se = s / Math.sqrt(N)
    return figures(rng, plain(2), {
      stem: `${n(N)} respondents report average weekly spend of ${mean}.00 with a standard deviation of ${s}. Using z = ${z} for ${confText(c)} confidence, what is the upper limit of the interval for the mean (two decimal places)?`,
      in: { z, N, mean, s },
      key: mean + z * se,
      wrong: [
        ['lower', mean - z * se, 'gives the lower limit'],
        ['noRoot', mean + (z * s) / N, 'divides the SD by n instead of √n'],
        ['se', mean + se, 'adds one standard error, leaving out z'],
        ['width', mean + 2 * z * se, 'adds the full interval width'],
      ],
    })
  }),
  family('difference-two-proportions-margin', (rng) => {
    const n1 = drawn(rng, 200, 800, 50)
    const n2 = drawn(rng, 200, 800, 50)
    const p1 = drawn(rng, 20, 60) / 100
    const p2 = drawn(rng, 20, 60) / 100
    const v1 = (p1 * (1 - p1)) / n1
    const v2 = (p2 * (1 - p2)) / n2
    return figures(rng, pts(1), {
      stem: `Two independent samples: ${pct(0)(p1)} of ${n1} men and ${pct(0)(p2)} of ${n2} women prefer pack A. At 95% confidence (z = 1.96), what is the margin of error on the difference between the two shares (one decimal place, in points)?`,
      in: { n1, n2, p1, p2 },
      key: 1.96 * Math.sqrt(v1 + v2),
      wrong: [
        [
          'addSE',
          1.96 * (Math.sqrt(v1) + Math.sqrt(v2)),
          'adds the two standard errors instead of the variances',
        ],
        ['oneGroup', 1.96 * Math.sqrt(v1), 'uses the margin of the men’s share only'],
        [
          'total',
          1.96 * Math.sqrt((((p1 + p2) / 2) * (1 - (p1 + p2) / 2)) / (n1 + n2)),
          'treats the pooled sample as one group',
        ],
        ['average', (1.96 * (Math.sqrt(v1) + Math.sqrt(v2))) / 2, 'averages the two margins'],
      ],
    })
  }),
  family('post-stratification-weight', (rng) => {
    const pop = drawn(rng, 20, 45) / 100
    const samp = drawn(rng, 10, 45) / 100
    if (Math.abs(pop - samp) < 0.03) throw new VariantError('shares too close')
    return figures(rng, plain(2), {
      stem: `Census figures put 18–34s at ${pct(0)(pop)} of adults; in the achieved sample they are ${pct(0)(samp)}. What post-stratification weight does each 18–34 respondent get (two decimal places)?`,
      in: { pop, samp },
      key: pop / samp,
      wrong: [
        ['inverted', samp / pop, 'divides the sample share by the population share'],
        ['difference', 1 + (pop - samp), 'adds the gap in shares to 1'],
        ['ratioPct', (pop - samp) / samp, 'gives the relative gap, not the weight'],
        ['otherGroups', (1 - pop) / (1 - samp), 'gives the weight for everyone else'],
        [
          'odds',
          pop / (1 - pop) / (samp / (1 - samp)),
          'divides the odds, not the shares, taking p/(1 − p) for p',
        ],
      ],
    })
  }),
  family('weighted-estimate', (rng) => {
    const sa = drawn(rng, 35, 65) / 100
    const pa = sa + (rng.pick([-1, 1]) * drawn(rng, 6, 25)) / 100
    const ya = drawn(rng, 30, 70) / 100
    const yb = ya + (rng.pick([-1, 1]) * drawn(rng, 10, 25)) / 100
    return figures(rng, pct(1), {
      stem: `Online users are ${pct(0)(sa)} of the achieved sample but ${pct(0)(pa)} of the target population; ${pct(0)(ya)} of online users and ${pct(0)(yb)} of offline users would try the product. Weighted to the population, what share would try it (one decimal place)?`,
      in: { sa, pa, ya, yb },
      key: pa * ya + (1 - pa) * yb,
      wrong: [
        ['unweighted', sa * ya + (1 - sa) * yb, 'reports the unweighted sample figure'],
        ['simpleMean', (ya + yb) / 2, 'averages the two groups’ shares equally'],
        ['swapped', pa * yb + (1 - pa) * ya, 'applies each population share to the other group'],
        [
          'invertedWeights',
          (sa * (sa / pa) * ya + (1 - sa) * ((1 - sa) / (1 - pa)) * yb) /
            (sa * (sa / pa) + (1 - sa) * ((1 - sa) / (1 - pa))),
          'weights each group by sample share over population share, the weight inverted',
        ],
      ],
    })
  }),
  family('column-percentage', (rng) => {
    const a = drawn(rng, 40, 200)
    const b = drawn(rng, 40, 200)
    const c = drawn(rng, 40, 200)
    const d = drawn(rng, 40, 200)
    const total = a + b + c + d
    return figures(rng, pct(1), {
      stem: `A cross-tab with gender in the columns: ${a} women and ${b} men chose brand X; ${c} women and ${d} men chose brand Y. What percentage of women chose brand X (one decimal place)?`,
      in: { a, b, c, d },
      key: a / (a + c),
      wrong: [
        [
          'row',
          a / (a + b),
          'gives the row percentage: the share of brand X choosers who are women',
        ],
        ['table', a / total, 'gives the share of the whole table'],
        ['men', b / (b + d), 'gives the men’s column percentage'],
        ['ratio', a / (b + c + d), 'divides by everyone else in the table'],
      ],
    })
  }),
  family('chi-square-2x2', (rng) => {
    const a = drawn(rng, 20, 120)
    const b = drawn(rng, 20, 120)
    const c = drawn(rng, 20, 120)
    const d = drawn(rng, 20, 120)
    const N = a + b + c + d
    const O = [a, b, c, d]
    const E = [
      ((a + b) * (a + c)) / N,
      ((a + b) * (b + d)) / N,
      ((c + d) * (a + c)) / N,
      ((c + d) * (b + d)) / N,
    ]
    const sum = (f: (o: number, e: number) => number) => O.reduce((s, o, k) => s + f(o, E[k]!), 0)
    return figures(rng, plain(2), {
      stem: `A 2 × 2 cross-tab of region (rows) by purchase (columns): North ${a} bought, ${b} did not; South ${c} bought, ${d} did not. What is Pearson's chi-square statistic, Σ(O − E)²/E, without continuity correction (two decimal places)?`,
      in: { a, b, c, d },
      key: sum((o, e) => (o - e) ** 2 / e),
      wrong: [
        [
          'byO',
          sum((o, e) => (o - e) ** 2 / o),
          'divides by the observed counts instead of the expected',
        ],
        [
          'yates',
          sum((o, e) => Math.max(0, Math.abs(o - e) - 0.5) ** 2 / e),
          'applies Yates’s continuity correction though the stem says not to',
        ],
        [
          'noSquare',
          sum((o, e) => Math.abs(o - e) / e),
          'sums the absolute gaps over E without squaring them',
        ],
        [
          'equalE',
          sum((o) => (o - N / 4) ** 2 / (N / 4)),
          'takes every expected count as a quarter of the total',
        ],
      ],
    })
  }),
  family('chi-square-degrees-of-freedom', (rng) => {
    const r = rng.int(2, 6)
    const c = rng.int(3, 7)
    return figures(rng, plain(0), {
      stem: `A researcher tests independence in a cross-tab of ${r} age bands (rows) by ${c} preferred channels (columns). How many degrees of freedom does the chi-square test have?`,
      in: { r, c },
      key: (r - 1) * (c - 1),
      wrong: [
        ['cells', r * c, 'counts the cells'],
        ['cellsLessOne', r * c - 1, 'counts the cells less one'],
        ['sum', r + c - 2, 'adds (r − 1) and (c − 1) instead of multiplying'],
        ['rowsOnly', r - 1, 'uses the rows only'],
        ['colsOnly', c - 1, 'uses the columns only'],
        ['rowsWhole', r * (c - 1), 'forgets to subtract 1 from the rows'],
        ['colsWhole', (r - 1) * c, 'forgets to subtract 1 from the columns'],
      ],
    })
  }),
  family('net-promoter-score', (rng) => {
    const det = drawn(rng, 20, 120)
    const s7 = drawn(rng, 20, 80)
    const s8 = drawn(rng, 20, 80)
    const s9 = drawn(rng, 20, 80)
    const s10 = drawn(rng, 20, 120)
    const N = det + s7 + s8 + s9 + s10
    return figures(rng, plain(1), {
      stem: `${Client(rng)} asked customers how likely they are to recommend it (0–10): ${det} scored 0–6, ${s7} scored 7, ${s8} scored 8, ${s9} scored 9 and ${s10} scored 10. What is the Net Promoter Score (one decimal place)?`,
      in: { det, s7, s8, s9, s10 },
      key: ((s9 + s10 - det) / N) * 100,
      wrong: [
        ['eightPromoter', ((s8 + s9 + s10 - det) / N) * 100, 'counts 8s as promoters'],
        ['sevenDetractor', ((s9 + s10 - det - s7) / N) * 100, 'counts 7s as detractors'],
        ['noPassives', ((s9 + s10 - det) / (N - s7 - s8)) * 100, 'leaves passives out of the base'],
        [
          'promoters',
          ((s9 + s10) / N) * 100,
          'gives the share of promoters without subtracting detractors',
        ],
        ['tenOnly', ((s10 - det) / N) * 100, 'counts only 10s as promoters'],
      ],
    })
  }),
  family('top-two-box', (rng) => {
    const c = [
      drawn(rng, 10, 80),
      drawn(rng, 20, 90),
      drawn(rng, 30, 120),
      drawn(rng, 30, 150),
      drawn(rng, 10, 100),
    ]
    const N = c.reduce((s, v) => s + v, 0)
    return figures(rng, pct(1), {
      stem: `Agreement with "I would buy this again", on a 5-point scale from 1 = strongly disagree to 5 = strongly agree: ${c.map((v, k) => `${k + 1}: ${v}`).join(', ')}. What is the top-2-box score (one decimal place)?`,
      in: { c1: c[0]!, c2: c[1]!, c3: c[2]!, c4: c[3]!, c5: c[4]! },
      key: (c[3]! + c[4]!) / N,
      wrong: [
        ['topBox', c[4]! / N, 'counts only the top box'],
        ['top3', (c[2]! + c[3]! + c[4]!) / N, 'includes the neutral midpoint'],
        ['bottom2', (c[0]! + c[1]!) / N, 'reads the bottom two boxes'],
        ['net', (c[3]! + c[4]! - c[0]! - c[1]!) / N, 'gives the net score, top-2 minus bottom-2'],
      ],
    })
  }),
  family('mean-score-excluding-dont-know', (rng) => {
    const c = [
      drawn(rng, 5, 40),
      drawn(rng, 10, 60),
      drawn(rng, 20, 80),
      drawn(rng, 20, 90),
      drawn(rng, 10, 60),
    ]
    const dk = drawn(rng, 10, 60)
    const base = c.reduce((s, v) => s + v, 0)
    const sum = c.reduce((s, v, k) => s + v * (k + 1), 0)
    return figures(rng, plain(2), {
      stem: `Satisfaction on a 1–5 scale (5 = very satisfied): ${c.map((v, k) => `${k + 1}: ${v}`).join(', ')}; ${dk} said "don't know". Excluding don't-knows, what is the mean score (two decimal places)?`,
      in: { c1: c[0]!, c2: c[1]!, c3: c[2]!, c4: c[3]!, c5: c[4]!, dk },
      key: sum / base,
      wrong: [
        ['dkZero', sum / (base + dk), 'keeps the don’t-knows in the base, scoring them 0'],
        ['dkMid', (sum + 3 * dk) / (base + dk), 'codes don’t know as the midpoint 3'],
        ['reversed', 6 - sum / base, 'reverses the coding, scoring very satisfied as 1'],
        ['median', median(c), 'gives the median score instead of the mean'],
      ],
    })
  }),
  family('points-versus-percent-change', (rng) => {
    const a = drawn(rng, 10, 40) / 100
    const b = a + drawn(rng, 2, 15) / 100
    const ask = rng.pick(['points', 'percent'] as const)
    const show = ask === 'points' ? plain(1) : pct(1)
    return figures(rng, show, {
      stem: `Brand awareness rose from ${pct(0)(a)} to ${pct(0)(b)} between two waves. ${ask === 'points' ? 'By how many percentage points did it rise (one decimal place)?' : 'By what percentage of its earlier level did it rise (one decimal place)?'}`,
      in: { a, b, points: ask === 'points' ? 1 : 0 },
      key: ask === 'points' ? (b - a) * 100 : (b - a) / a,
      wrong:
        ask === 'points'
          ? [
              ['relative', ((b - a) / a) * 100, 'gives the relative (percent) change'],
              ['ofNew', ((b - a) / b) * 100, 'gives the change as a share of the new level'],
              ['newLevel', b * 100, 'gives the new level instead of the change'],
            ]
          : [
              ['points', b - a, 'gives the change in points as if it were a percent change'],
              ['ofNew', (b - a) / b, 'divides the change by the new level'],
              ['ratio', b / a, 'gives the new level as a percentage of the old'],
            ],
    })
  }),
  family('index-score', (rng) => {
    const seg = drawn(rng, 10, 60) / 100
    const tot = drawn(rng, 10, 60) / 100
    if (Math.abs(seg - tot) < 0.03) throw new VariantError('shares too close')
    return figures(rng, plain(0), {
      stem: `${pct(0)(seg)} of 18–24s and ${pct(0)(tot)} of all adults listen to podcasts weekly. What is the index for 18–24s against all adults (nearest whole number)?`,
      in: { seg, tot },
      key: (seg / tot) * 100,
      wrong: [
        ['inverted', (tot / seg) * 100, 'divides the total by the segment'],
        ['difference', 100 + (seg - tot) * 100, 'adds the gap in points to 100'],
        ['share', seg * 100, 'gives the segment’s percentage'],
        ['gap', Math.abs(seg - tot) * 100, 'gives the gap in points'],
      ],
    })
  }),
  family('weighting-efficiency', (rng) => {
    const a = drawn(rng, 100, 400, 10)
    const b = drawn(rng, 100, 400, 10)
    const wa = rng.pick([0.5, 0.6, 0.75, 0.8])
    const wb = rng.pick([1.25, 1.5, 1.6, 2])
    const sw = a * wa + b * wb
    const sw2 = a * wa * wa + b * wb * wb
    const N = a + b
    return figures(rng, pct(1), {
      stem: `${a} respondents have weight ${wa} and ${b} have weight ${wb}. What is the weighting efficiency, the effective sample size (Σw)²/Σw² as a share of the unweighted base (one decimal place)?`,
      in: { a, b, wa, wb },
      key: (sw * sw) / sw2 / N,
      wrong: [
        ['deff', (N * sw2) / (sw * sw), 'gives the design effect of weighting, n Σw²/(Σw)²'],
        ['sumShare', sw / N, 'gives the mean weight'],
        ['bigShare', b / N, 'gives the share of respondents weighted up'],
        ['ofSum', (sw * sw) / sw2 / sw, 'divides the effective base by the sum of weights'],
      ],
    })
  }),
  family('standard-error-of-mean', (rng) => {
    const N = rng.pick([100, 144, 225, 400, 625, 900])
    const s = drawn(rng, 6, 40)
    return figures(rng, plain(2), {
      stem: `${n(N)} respondents rate a concept 0–100; the standard deviation is ${s}. What is the standard error of the mean (two decimal places)?`,
      in: { N, s },
      key: s / Math.sqrt(N),
      wrong: [
        ['byN', s / N, 'divides by n instead of √n'],
        ['moe', (1.96 * s) / Math.sqrt(N), 'gives the 95% margin of error'],
        ['variance', (s * s) / N, 'gives the variance of the mean, s²/n'],
        ['sd', s, 'gives the standard deviation of the ratings, not of the mean'],
      ],
    })
  }),
]

/** The median score of a 1–5 distribution given as counts per point. */
function median(counts: readonly number[]): number {
  const xs = counts.flatMap((c, k) => Array.from({ length: c }, () => k + 1))
  const m = xs.length / 2
  return xs.length % 2 ? xs[Math.floor(m)]! : (xs[m - 1]! + xs[m]!) / 2
}
