import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  client,
  evaluate,
  family,
  figures,
  fmt,
  percent,
  points,
  purse,
  worded,
  Z,
} from './cro-calc.js'

const n = (v: number) => fmt(v, 0)

/** Two arms' visitors and conversions: control near `p`, the variant a drawn lift above. */
function arms(rng: Rng): { c1: number; n1: number; c2: number; n2: number } {
  const n1 = rng.int(30, 160) * 100 + rng.int(0, 99)
  const n2 = n1 + rng.int(-300, 300)
  const p = rng.int(20, 70) / 1000
  const lift = rng.int(4, 22) / 100
  return { c1: Math.round(n1 * p), n1, c2: Math.round(n2 * p * (1 + lift)), n2 }
}
const armText = (a: { c1: number; n1: number; c2: number; n2: number }) =>
  `Control: ${n(a.c1)} conversions from ${n(a.n1)} visitors; variant: ${n(a.c2)} from ${n(a.n2)}.`

/**
 * Reading a finished test: absolute and relative lift, the two-proportion z-test, confidence
 * intervals, sample ratio mismatch, multiple comparisons, segments and revenue outliers.
 */
export const ANALYSIS_FAMILIES: readonly ScenarioFamily[] = [
  family('absolute-lift-in-points', (rng) => {
    const a = arms(rng)
    const [r1, r2] = [a.c1 / a.n1, a.c2 / a.n2]
    return figures(rng, {
      stem: `${armText(a)} What is the absolute lift in conversion rate (variant minus control)?`,
      key: ['diff', [r1 * 100, r2 * 100]],
      wrong: [
        [['div', [(r2 - r1) * 100, r1]], 'reports the relative lift as points'],
        [['div', [(r2 - r1) * 100, r2]], 'gives the change relative to the variant’s rate'],
        [
          ['diff', [r1 * 100, (a.c2 / a.n1) * 100]],
          'divides the variant’s conversions by control’s visitors',
        ],
        [
          ['div', [(a.c2 - a.c1) * 100, a.n1 + a.n2]],
          'subtracts the counts and divides by all visitors',
        ],
      ],
      dp: 2,
      signed: true,
      show: points,
    })
  }),
  family('relative-lift-in-percent', (rng) => {
    const a = arms(rng)
    const [r1, r2] = [a.c1 / a.n1, a.c2 / a.n2]
    if (r2 <= r1) throw new VariantError('no lift')
    return figures(rng, {
      stem: `${armText(a)} What is the variant's relative lift over control?`,
      key: ['relChange', [r1, r2]],
      wrong: [
        [['diff', [r1, r2]], 'gives the absolute change in points as the relative lift'],
        [['div', [r2 - r1, r2]], 'divides by the variant’s rate'],
        [['relChange', [a.c1, a.c2]], 'compares conversion counts across unequal arms'],
        [['div', [r2, r1]], 'gives the ratio of the rates as the lift'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('two-proportion-z-statistic', (rng) => {
    const a = arms(rng)
    const args = [a.c1, a.n1, a.c2, a.n2]
    return figures(rng, {
      stem: `${armText(a)} The client's test uses the pooled two-proportion z statistic: (p₂ − p₁) ÷ √(p̂(1 − p̂)(1/n₁ + 1/n₂)), p̂ the combined rate. What is z?`,
      key: ['zPooled', args],
      wrong: [
        [['zUnpooled', args], 'uses the unpooled standard error'],
        [
          ['zPooled', [a.c1, a.n1 + a.n2, a.c2, a.n1 + a.n2]],
          'uses the total visitors as each arm’s',
        ],
        [
          [
            'div',
            [a.c2 / a.n2 - a.c1 / a.n1, Math.sqrt(((a.c1 / a.n1) * (1 - a.c1 / a.n1)) / a.n1)],
          ],
          'uses the control arm’s standard error alone',
        ],
        [
          [
            'div',
            [
              a.c2 / a.n2 - a.c1 / a.n1,
              ((a.c1 + a.c2) / (a.n1 + a.n2)) *
                (1 - (a.c1 + a.c2) / (a.n1 + a.n2)) *
                (1 / a.n1 + 1 / a.n2),
            ],
          ],
          'divides by the variance, not its square root',
        ],
        [['div', [evaluate('zPooled', args), 2]], 'halves z for a two-sided test'],
      ],
      dp: 2,
    })
  }),
  family('two-sided-p-value', (rng) => {
    const a = arms(rng)
    const args = [a.c1, a.n1, a.c2, a.n2]
    const z = evaluate('zPooled', args)
    if (z < 0.8 || z > 3.3) throw new VariantError('p outside the reported range')
    return figures(rng, {
      stem: `${armText(a)} The pooled two-proportion z statistic is ${z.toFixed(3)}. What is the two-sided p-value?`,
      key: ['pTwoPooled', args],
      wrong: [
        [['pOnePooled', args], 'gives the one-sided p-value'],
        [['diff', [evaluate('pTwoPooled', args), 1]], 'gives 1 − p, the “confidence”'],
        [['product', [4, evaluate('pOnePooled', args)]], 'doubles the two-sided p again'],
        [['div', [evaluate('pOnePooled', args), 2]], 'halves an already one-sided p'],
      ],
      dp: 4,
    })
  }),
  family('significance-decision-at-alpha', (rng) => {
    const a = arms(rng)
    const args = [a.c1, a.n1, a.c2, a.n2]
    const p = evaluate('pTwoPooled', args)
    const alpha = rng.pick([0.05, 0.1, 0.01])
    if (Math.abs(p - alpha) < 0.002 || p > 0.5) throw new VariantError('too close to call')
    const pOne = p / 2
    const sig = p < alpha
    const oneSig = pOne < alpha
    const key = sig ? 'Significant at the planned α' : 'Not significant at the planned α'
    const other = sig ? 'Not significant at the planned α' : 'Significant at the planned α'
    const wrong: [string, string][] = [
      [
        `The variant is ${fmt((1 - p) * 100, 1)} % likely to be better`,
        'reads 1 − p as the chance the variant is better',
      ],
      [
        `There is a ${fmt(p * 100, 1)} % chance control is better`,
        'reads p as the chance of the opposite result',
      ],
      ['Inconclusive until the lift exceeds the MDE', 'mixes the planning MDE into the decision'],
      ['Too early to say', 'refuses to read a test that ran its planned course'],
    ]
    if (sig !== oneSig) wrong.push([other, 'judges the one-sided p against a two-sided α'])
    else wrong.push([other, 'compares p with 1 − α'])
    return worded(rng, {
      stem: `${armText(a)} The pooled two-sided z-test gives p = ${p.toFixed(4)}; the plan set two-sided α = ${alpha}. What does the report conclude?`,
      key,
      wrong,
      facts: { p, alpha },
    })
  }),
  family('confidence-interval-lower-bound', (rng) => {
    const a = arms(rng)
    const args = [a.c1, a.n1, a.c2, a.n2]
    return figures(rng, {
      stem: `${armText(a)} The report gives a 95 % confidence interval for the difference in rates (variant − control) using the unpooled standard error √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂) and z = 1.960. What is the interval's lower bound?`,
      key: ['ciLow', [...args, Z.twoSided5]],
      wrong: [
        [['ciLow', [...args, Z.oneSided5]], 'uses 1.645, the z of a 90 % interval'],
        [['ciHigh', [...args, Z.twoSided5]], 'gives the upper bound'],
        [
          [
            'diff',
            [
              0,
              a.c2 / a.n2 -
                a.c1 / a.n1 -
                Z.twoSided5 * Math.sqrt(((a.c2 / a.n2) * (1 - a.c2 / a.n2)) / a.n2),
            ],
          ],
          'uses the variant’s standard error alone',
        ],
        [
          [
            'diff',
            [
              0,
              a.c2 / a.n2 -
                a.c1 / a.n1 -
                (Z.twoSided5 *
                  Math.sqrt(
                    ((a.c1 / a.n1) * (1 - a.c1 / a.n1)) / a.n1 +
                      ((a.c2 / a.n2) * (1 - a.c2 / a.n2)) / a.n2,
                  )) /
                  2,
            ],
          ],
          'halves the margin',
        ],
      ],
      dp: 3,
      scale: 100,
      signed: true,
      show: points,
    })
  }),
  family('confidence-interval-upper-bound', (rng) => {
    const a = arms(rng)
    const args = [a.c1, a.n1, a.c2, a.n2]
    return figures(rng, {
      stem: `${armText(a)} Using the unpooled standard error and z = 2.576 for the 99 % interval the client asked for (1.960 gives 95 %), what is the upper bound of the interval for variant − control?`,
      key: ['ciHigh', [...args, Z.twoSided1]],
      wrong: [
        [['ciHigh', [...args, Z.twoSided5]], 'gives the 95 % interval'],
        [['ciLow', [...args, Z.twoSided1]], 'gives the lower bound'],
        [
          ['ciHigh', [a.c1, a.n1 + a.n2, a.c2, a.n1 + a.n2, Z.twoSided1]],
          'uses the total visitors in each arm’s rate',
        ],
      ],
      dp: 3,
      scale: 100,
      signed: true,
      show: points,
    })
  }),
  family('interval-including-zero', (rng) => {
    // A symmetric interval whose centre, the point estimate, is above zero: the distractors
    // read that positive estimate or the negative bound.
    const lo = rng.int(-60, -5) / 100
    const hi = rng.int(Math.round(-lo * 100) + 4, 90) / 100
    return worded(rng, {
      stem: `A test's 95 % confidence interval for the absolute lift is ${fmt(lo, 2)} to ${fmt(hi, 2)} percentage points; the point estimate is +${fmt((lo + hi) / 2, 2)}. What does the specialist report?`,
      key: 'Not significant at 5 %: the interval spans zero',
      wrong: [
        ['A significant win, since the estimate is positive', 'reads the point estimate alone'],
        ['The variant is better in 95 % of visits', 'reads the interval as a share of visits'],
        [
          `The true lift is ${fmt(hi, 2)} points at best, so ship`,
          'reads the upper bound as the effect',
        ],
        [
          'A significant loss, since the interval dips below zero',
          'reads any negative bound as harm',
        ],
      ],
      facts: { lo, hi },
    })
  }),
  family('srm-chi-square-statistic', (rng) => {
    const total = rng.int(20, 120) * 1000
    const skew = rng.int(3, 15) / 1000
    const a1 = Math.round(total * (0.5 + skew))
    const a2 = total - a1
    return figures(rng, {
      stem: `A 50/50 test has ${n(a1)} visitors in control and ${n(a2)} in the variant. A sample-ratio check uses χ² = Σ (observed − expected)² ÷ expected over the two arms. What is χ²?`,
      key: ['chiSquare', [a1, a2, 0.5, 0.5]],
      wrong: [
        [['div', [(a1 - total / 2) ** 2, total / 2]], 'sums over one arm only'],
        [
          ['div', [(a1 - a2) ** 2, total / 2]],
          'squares the gap between the arms, not from expected',
        ],
        [
          ['div', [2 * Math.abs(a1 - total / 2), total / 2]],
          'adds absolute deviations without squaring',
        ],
        [
          ['div', [(a1 - total / 2) ** 2, Math.sqrt(total / 2)]],
          'divides by the root of the expected count',
        ],
        [['product', [2, (a1 - total / 2) ** 2]], 'forgets to divide by the expected count'],
        [
          ['div', [(a1 - total / 2) ** 2 * 2, total]],
          'divides by the total, not each expected count',
        ],
      ],
      dp: 2,
    })
  }),
  family('srm-p-value-and-decision', (rng) => {
    const total = rng.int(20, 120) * 1000
    const skew = rng.int(2, 12) / 1000
    const a1 = Math.round(total * (0.5 + skew))
    const a2 = total - a1
    const args = [a1, a2, 0.5, 0.5]
    const p = evaluate('srmP', args)
    if (p < 1e-9 || Math.abs(Math.log10(p / 0.001)) < 0.1) throw new VariantError('not readable')
    const chi = evaluate('chiSquare', args)
    const srm = p < 0.001
    return worded(rng, {
      stem: `A 50/50 test has ${n(a1)} visitors in control and ${n(a2)} in the variant: χ² = ${chi.toFixed(2)} on 1 degree of freedom, p = ${p < 0.0001 ? p.toExponential(1) : p.toFixed(4)}. The team flags a sample ratio mismatch when p < 0.001. What follows?`,
      key: srm ? 'Mismatch: find the allocation fault first' : 'No mismatch: read the results',
      wrong: [
        srm
          ? ['No mismatch: read the results', 'judges the split by eye, not by the test']
          : ['Mismatch: find the allocation fault first', 'compares p with 0.05 instead of 0.001'],
        [
          'Reweight the arms to 50/50 and read the results',
          'patches a mismatch instead of finding its cause',
        ],
        ['Drop visitors from the bigger arm until they match', 'removes data non-randomly'],
        ['Read p as the chance the lift is real', 'confuses the SRM test with the lift test'],
        ['Ignore it: SRM checks are optional', 'skips the check the team set'],
        ['Rerun it', 'discards the data without finding the cause'],
      ],
      facts: { a1, a2, srm },
    })
  }),
  family('expected-count-for-an-uneven-split', (rng) => {
    const total = rng.int(10, 90) * 1000 + rng.int(0, 999)
    const v = rng.pick([10, 20, 30])
    return figures(rng, {
      stem: `A test was set to send ${v} % of its visitors to the variant and ${100 - v} % to control. ${n(total)} visitors entered it. For the sample-ratio check, how many visitors are expected in the variant?`,
      key: ['product', [total, v / 100]],
      wrong: [
        [['product', [total, 0.5]], 'expects a 50/50 split'],
        [['product', [total, (100 - v) / 100]], 'uses control’s share'],
        [['div', [total, v]], 'divides the visitors by the percentage'],
        [['product', [total, v / (100 - v)]], 'uses the variant-to-control ratio as its share'],
      ],
      dp: 0,
    })
  }),
  family('bonferroni-per-comparison-alpha', (rng) => {
    const k = rng.int(3, 6)
    const alpha = rng.pick([5, 10])
    return figures(rng, {
      stem: `A test compares ${k} variants with one control, each variant against control only, and must keep the family-wise error at ${alpha} % by Bonferroni. What α does each comparison use?`,
      key: ['div', [alpha, k]],
      wrong: [
        [['div', [alpha, k + 1]], 'counts the control as a comparison'],
        [['div', [alpha, (k * (k + 1)) / 2]], 'corrects for every pair of arms'],
        [['div', [alpha, 1]], 'applies no correction'],
        [['div', [alpha, 2 * k]], 'halves again for two sides'],
      ],
      dp: 2,
      show: percent,
    })
  }),
  family('familywise-error-without-correction', (rng) => {
    const m = rng.int(3, 10)
    const alpha = rng.pick([0.05, 0.1])
    return figures(rng, {
      stem: `A test reports ${m} independent metrics, each at α = ${alpha}, with no correction and no true effects. What is the chance at least one comes out significant?`,
      key: ['familywise', [alpha, m]],
      wrong: [
        [['discovery', [alpha, m]], 'adds the α values'],
        [['discovery', [alpha, 1]], 'keeps α for the family'],
        [['familywise', [alpha, 1]], 'takes one metric’s chance'],
        [['diff', [evaluate('familywise', [alpha, m]), 1]], 'gives the chance none is significant'],
      ],
      dp: 1,
      scale: 100,
      show: percent,
    })
  }),
  family('bonferroni-which-variants-win', (rng) => {
    // Arms named by their change, not by letter: options listing letters read as letter references.
    const names = ['Green', 'Orange', 'Purple', 'Teal']
    const alpha = 0.05
    const per = alpha / names.length
    // One p below α/4, one between α/4 and α, two drawn from anywhere: the correction matters.
    const low = rng.shuffle([0.001, 0.002, 0.004, 0.006, 0.009, 0.011])
    const mid = rng.shuffle([0.014, 0.018, 0.022, 0.03, 0.036, 0.041, 0.047])
    const any = rng.shuffle([0.003, 0.007, 0.016, 0.026, 0.044, 0.08, 0.2, 0.35, 0.6])
    const pool = [low[0]!, mid[0]!, ...any.filter((p) => p !== low[0] && p !== mid[0]).slice(0, 2)]
    const ps = rng.shuffle(pool)
    const winners = names.filter((_, i) => ps[i]! < per)
    const raw = names.filter((_, i) => ps[i]! < alpha)
    const loose = names.filter((_, i) => ps[i]! < alpha / 3)
    if (winners.length === 0 || raw.length === winners.length) throw new VariantError('no contrast')
    const list = (xs: readonly string[]) =>
      xs.length === 0
        ? 'None of them'
        : xs.length === 1
          ? `${xs[0]} only`
          : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`
    const best = names[ps.indexOf(Math.min(...ps))]!
    return worded(rng, {
      stem: `Four variants, ${names.slice(0, -1).join(', ')} and ${names.at(-1)} (each a button colour), are each compared with control; their two-sided p-values are ${names.map((v, i) => `${v} ${ps[i]}`).join(', ')}. The family-wise α is 0.05 with Bonferroni over the four comparisons. Which variants are significant?`,
      key: list(winners),
      wrong: [
        [list(raw), 'compares each p with 0.05, uncorrected'],
        [list(loose), 'divides α by three, leaving out one comparison'],
        [list(names.filter((_, i) => ps[i]! < alpha / 10)), 'divides α over all ten pairs of arms'],
        [
          list(names.filter((_, i) => ps[i]! < alpha / 5)),
          'counts the control as a fifth comparison',
        ],
        [
          list(names.filter((_, i) => ps[i]! >= per)),
          'reads the test backwards, keeping p above α/4',
        ],
        ...(winners.length === 1 && winners[0] === best
          ? []
          : [[list([best]), 'keeps only the lowest p'] as [string, string]]),
      ],
      facts: { ps, alpha, m: names.length },
    })
  }),
  family('simpsons-paradox-pooled-rate', (rng) => {
    // Variant wins in each device but gets more of the low-converting device.
    const mc = rng.int(2, 6) * 1000
    const dc = rng.int(6, 12) * 1000
    const mv = rng.int(8, 14) * 1000
    const dv = rng.int(1, 4) * 1000
    const rm = rng.int(10, 20) / 1000
    const rd = rng.int(40, 70) / 1000
    const cmc = Math.round(mc * rm)
    const cdc = Math.round(dc * rd)
    const cmv = Math.round(mv * rm * 1.15)
    const cdv = Math.round(dv * rd * 1.15)
    return figures(rng, {
      stem: `A faulty targeting rule sent more mobile traffic to the variant. Control: mobile ${n(cmc)}/${n(mc)}, desktop ${n(cdc)}/${n(dc)} (conversions/visitors). Variant: mobile ${n(cmv)}/${n(mv)}, desktop ${n(cdv)}/${n(dv)}. What is the variant's overall conversion rate, pooled over devices?`,
      key: ['div', [cmv + cdv, mv + dv]],
      wrong: [
        [['mean', [cmv / mv, cdv / dv]], 'averages the device rates unweighted'],
        [['div', [cmc + cdc, mc + dc]], 'gives control’s pooled rate'],
        [['div', [cmv + cdv, mc + dc]], 'divides by control’s visitors'],
        [['sum', [cmv / mv, cdv / dv]], 'adds the device rates'],
      ],
      dp: 2,
      scale: 100,
      show: percent,
    })
  }),
  family('simpsons-paradox-explanation', (rng) => {
    const mc = rng.int(2, 6) * 1000
    const dc = rng.int(6, 12) * 1000
    const mv = rng.int(8, 14) * 1000
    const dv = rng.int(1, 4) * 1000
    const rm = rng.int(10, 20) / 1000
    const rd = rng.int(40, 70) / 1000
    const c = [
      Math.round(mc * rm),
      Math.round(dc * rd),
      Math.round(mv * rm * 1.15),
      Math.round(dv * rd * 1.15),
    ]
    const wins = c[2]! / mv > c[0]! / mc && c[3]! / dv > c[1]! / dc
    const loses = (c[2]! + c[3]!) / (mv + dv) < (c[0]! + c[1]!) / (mc + dc)
    if (!wins || !loses) throw new VariantError('the draw shows no paradox')
    return worded(rng, {
      stem: `Control converted mobile ${n(c[0]!)}/${n(mc)} and desktop ${n(c[1]!)}/${n(dc)}; the variant mobile ${n(c[2]!)}/${n(mv)} and desktop ${n(c[3]!)}/${n(dv)}. The variant is ahead in both segments yet behind overall. Why?`,
      key: 'More low-converting mobile traffic went to the variant',
      wrong: [
        [
          'The overall figures must be miscalculated',
          'denies the paradox instead of explaining it',
        ],
        ['Desktop visitors dislike the variant', 'contradicts the desktop figures'],
        ['Mobile results are noise and should be dropped', 'discards a segment to fit a story'],
        [
          'The variant wins overall once the segment rates are averaged',
          'averages segment rates without weights',
        ],
        [
          'The two segments were measured in different weeks of the test',
          'invents a timing cause the data do not show',
        ],
      ],
      facts: { c, n: [mc, dc, mv, dv] },
    })
  }),
  family('revenue-per-visitor-with-capped-orders', (rng) => {
    const { m, show } = purse(rng)
    const visitors = rng.int(5, 20) * 100
    const cap = rng.pick([500, 750, 1000])
    const orders = Array.from({ length: 6 }, () => rng.int(40, 240))
    const whales = [cap + rng.int(800, 4000), cap + rng.int(200, 1500)]
    const all = [...orders, ...whales]
    const rest = orders.reduce((s, o) => s + o, 0)
    return figures(rng, {
      stem: `A variant's ${n(visitors)} visitors placed orders of ${all.map((o) => m(o)).join(', ')}. The analysis plan caps (winsorises) each order at ${m(cap)} to damp outliers, keeping every order. What is the capped revenue per visitor?`,
      key: ['capMean', [cap, visitors, ...all]],
      wrong: [
        [['div', [rest + whales[0]! + whales[1]!, visitors]], 'leaves the outliers uncapped'],
        [['div', [rest, visitors]], 'drops the outlier orders entirely'],
        [['div', [rest + cap + whales[1]!, visitors]], 'caps only the largest order'],
        [
          ['div', [rest + 2 * Math.max(...orders), visitors]],
          'replaces the outliers with the largest other order, not the cap',
        ],
        [
          ['div', [rest + whales[0]! + whales[1]!, all.length]],
          'gives the uncapped average order value',
        ],
        [['div', [rest + 2 * cap, all.length]], 'divides by orders, not visitors'],
      ],
      dp: 2,
      show,
    })
  }),
  family('segment-hunting-false-positives', (rng) => {
    const segs = rng.pick([12, 16, 20, 24, 30, 40])
    const alpha = rng.pick([5, 10])
    return figures(rng, {
      stem: `After a flat test, ${client(rng)} slices it into ${segs} segments and tests each at α = ${alpha} %. If the variant truly changed nothing, how many segments are expected to look significant?`,
      key: ['discovery', [segs, alpha / 100]],
      wrong: [
        [['discovery', [segs, 0]], 'expects none when nothing changed'],
        [
          ['discovery', [segs, 1 - alpha / 100]],
          'counts the segments expected to be non-significant',
        ],
        [['discovery', [1, 1]], 'expects exactly one whatever the count'],
        [['familywise', [alpha / 100, segs]], 'gives the chance of at least one, not the count'],
      ],
      dp: 2,
      show: (f) => `${f} segments`,
    })
  }),
  family('one-sided-test-after-the-fact', (rng) => {
    const p = rng.pick([0.06, 0.07, 0.08, 0.09])
    return worded(rng, {
      stem: `A test planned as two-sided at α = 0.05 ends with a positive lift and two-sided p = ${p}. A stakeholder proposes re-running the analysis one-sided so p becomes ${(p / 2).toFixed(3)}. What should the specialist say?`,
      key: 'No: picking one side after the data inflates errors',
      wrong: [
        [
          'Yes: the lift is positive, so one-sided is correct',
          'chooses the test’s sidedness after the data',
        ],
        ['Yes, as long as α is raised to 0.10', 'changes the threshold after the data'],
        ['Yes, if the sample is extended by a week first', 'mixes peeking with re-analysis'],
        ['No: one-sided tests are never allowed', 'rejects a valid pre-planned design'],
        [
          'Yes: a one-sided test is what the stakeholder wanted to know all along',
          'lets the stakeholder pick the test after the data',
        ],
      ],
      facts: { p },
    })
  }),
  family('pooled-versus-unpooled-p', (rng) => {
    // An uneven split with a sizeable lift, where the pooled and unpooled standard errors give
    // p-values that differ well beyond rounding; draws where they nearly agree are refused.
    const n1 = rng.int(120, 300) * 100 + rng.int(0, 99)
    const n2 = Math.round((n1 * rng.int(20, 35)) / 100)
    const base = rng.int(20, 70) / 1000
    const lift = rng.int(10, 30) / 100
    const a = { c1: Math.round(n1 * base), n1, c2: Math.round(n2 * base * (1 + lift)), n2 }
    const args = [a.c1, a.n1, a.c2, a.n2]
    if (Math.abs(evaluate('pTwoPooled', args) - evaluate('pTwoUnpooled', args)) < 0.003)
      throw new VariantError('pooled and unpooled p agree within rounding')
    return figures(rng, {
      stem: `The variant was given the smaller share of traffic. ${armText(a)} The client's tool reports the two-sided p-value of the unpooled (Wald) z statistic, (p₂ − p₁) ÷ √(p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂). To reproduce it, what p-value do you get?`,
      key: ['pTwoUnpooled', args],
      wrong: [
        [['div', [evaluate('pTwoUnpooled', args), 2]], 'gives the one-sided p-value'],
        [['diff', [evaluate('pTwoUnpooled', args), 1]], 'gives 1 − p'],
        [['product', [2, evaluate('pTwoUnpooled', args)]], 'doubles the two-sided p again'],
        [['pTwoPooled', args], 'uses the pooled standard error, which the tool does not'],
      ],
      dp: 4,
    })
  }),
  family('primary-win-with-a-guardrail', (rng) => {
    const lift = rng.int(3, 12)
    const limit = rng.pick([5, 10])
    const rise = rng.pick([2, 3, 4, 7, 8, 12, 15])
    const breach = rise > limit
    return worded(rng, {
      stem: `A variant won on its primary metric (+${lift} % conversion, significant). Its guardrail, the refund rate, may rise by at most ${limit} % relative; it rose ${rise} % relative. What does the specialist recommend?`,
      key: breach
        ? 'Do not ship: the guardrail limit was breached'
        : 'Ship: the primary won and the guardrail held',
      wrong: [
        breach
          ? [
              'Ship: the primary won and the guardrail held',
              'ignores the guardrail once the primary wins',
            ]
          : [
              'Do not ship: the guardrail limit was breached',
              'treats any rise as a breach of the limit',
            ],
        ['Ship, and drop the guardrail from future tests', 'discards the safety metric'],
        ['Rerun until the refund rate stops rising', 'keeps testing until the answer suits'],
        [`Net the two: ${lift - rise} % overall`, 'subtracts unlike metrics'],
      ],
      facts: { limit, rise },
    })
  }),
]
