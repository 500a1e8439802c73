import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  family,
  figures,
  grouped,
  num,
  Product,
  percent,
  product,
  type Slip,
  seconds,
  uxrRule,
} from './uxr-text.js'

// Usability metrics, each computed the way its source defines it:
// - SUS: Brooke (1996), "SUS: a quick and dirty usability scale": odd items score − 1, even items
//   5 − score, the sum × 2.5. The all-positive version (Sauro & Lewis, CHI 2011) scores every
//   item score − 1. A SUS of 68 is about the 50th percentile (Sauro, A Practical Guide to the
//   System Usability Scale, 2011; Lewis & Sauro, JUS 13(3), 2018).
// - Adjusted-Wald interval for a completion rate: Sauro & Lewis, "Estimating completion rates
//   from small samples using binomial confidence intervals" (HFES 2005); Agresti & Coull (1998):
//   add z²/2 successes and z² trials, then the Wald formula on the adjusted figures.
// - Task time: Sauro & Lewis, "Average task times in usability tests: what to report?" (CHI 2010):
//   the geometric mean for samples under about 25.
// - SEQ: Sauro & Dumas (CHI 2009), one 7-point item after each task, 7 = very easy.
// - UMUX-LITE: Lewis, Utesch & Maher (CHI 2013): (item 1 + item 2 − 2) × 100 / 12.
// - NASA-TLX: Hart & Staveland (1988), weights from 15 pairwise comparisons, the weighted
//   workload Σ weight × rating / 15; Hart (2006) on the unweighted "raw TLX".
// - Lostness: Smith (1996), L = √((N/S − 1)² + (R/N − 1)²).
// - Time-based efficiency: ISO/IEC 25022:2016, 8.2; mean over participants of goal / time.

const SUS_ITEMS = 10
/** Ten drawn SUS answers, 1–5, leaning the way a study of a fair product does. */
const susAnswers = (rng: Rng) =>
  Array.from({ length: SUS_ITEMS }, (_, i) => (i % 2 === 0 ? rng.int(2, 5) : rng.int(1, 4)))
const sumOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const susOf = (r: readonly number[], reverse: (i: number) => boolean) =>
  2.5 * sumOf(r.map((v, i) => (reverse(i) ? 5 - v : v - 1)))
const even = (i: number) => i % 2 === 1
const listed = (r: readonly number[]) => r.map((v, i) => `item ${i + 1}: ${v}`).join(', ')
/** Mistakes giving a score outside 0–100 are ones no candidate keeps. */
const onScale = (xs: readonly Slip[]) => xs.filter(([, v]) => v >= 0 && v <= 100)

const susScore = family('sus-score', (rng) => {
  const r = susAnswers(rng)
  return figures(rng, num(1), {
    stem: `A participant's answers to the standard 10-item System Usability Scale for ${product(rng)} (1 = strongly disagree, 5 = strongly agree; odd items positively worded, even items negatively) are ${listed(r)}. What is their SUS score?`,
    in: { r },
    key: susOf(r, even),
    wrong: onScale([
      [
        'noReverse',
        susOf(r, () => false),
        'scores every item as answer − 1, not reversing the negative items',
      ],
      ['swapped', susOf(r, (i) => !even(i)), 'reverses the odd items instead of the even ones'],
      ['rawSum', 2.5 * sumOf(r), 'multiplies the raw answers by 2.5 without the item adjustments'],
      ['noScale', susOf(r, even) / 2.5, 'forgets to multiply the summed contributions by 2.5'],
      [
        'mean',
        (susOf(r, even) / 2.5 / SUS_ITEMS) * 20,
        'averages the contributions and scales by 20 as for a 5-point item',
      ],
    ]),
  })
})

const susAllPositive = family('sus-all-positive-version', (rng) => {
  const r = Array.from({ length: SUS_ITEMS }, () => rng.int(2, 5))
  return figures(rng, num(1), {
    stem: `A client used the all-positive version of the SUS for ${product(rng)}, in which all 10 items are worded positively (1 = strongly disagree, 5 = strongly agree). One participant answered ${listed(r)}. What is their SUS score?`,
    in: { r },
    key: susOf(r, () => false),
    wrong: onScale([
      ['standard', susOf(r, even), 'reverses the even items as in the standard version'],
      ['allReversed', susOf(r, () => true), 'reverses every item'],
      ['rawSum', 2.5 * sumOf(r), 'multiplies the raw answers by 2.5 without subtracting 1'],
      ['percentOfMax', 2 * sumOf(r), 'reads the raw total as a share of the 50-point maximum'],
      [
        'noScale',
        susOf(r, () => false) / 2.5,
        'forgets to multiply the summed contributions by 2.5',
      ],
    ]),
  })
})

const susFromTotals = family('sus-from-item-totals', (rng) => {
  const odd = rng.int(14, 24)
  const evenSum = rng.int(6, 15)
  return figures(rng, num(1), {
    stem: `On the standard SUS (1–5 answers; items 1, 3, 5, 7, 9 positive and 2, 4, 6, 8, 10 negative), one participant's answers to ${product(rng)} total ${odd} on the odd items and ${evenSum} on the even items. What is their SUS score?`,
    in: { odd, even: evenSum },
    key: 2.5 * (odd - 5 + (25 - evenSum)),
    wrong: onScale([
      [
        'noReverse',
        2.5 * (odd - 5 + (evenSum - 5)),
        'takes 1 from every answer without reversing the even items',
      ],
      [
        'swapped',
        2.5 * (evenSum - 5 + (25 - odd)),
        'reverses the odd items instead of the even ones',
      ],
      ['difference', 2.5 * (odd - evenSum), 'subtracts the even total from the odd total'],
      ['noScale', odd - 5 + (25 - evenSum), 'forgets to multiply by 2.5'],
      ['rawSum', 2.5 * (odd + evenSum), 'multiplies the raw totals by 2.5'],
    ]),
  })
})

/** Adjusted-Wald bound, truncated to 0–1 as reported. */
const clamp01 = (v: number) => Math.min(1, Math.max(0, v))
const wald = (
  x: number,
  n: number,
  z: number,
  side: 1 | -1,
  adjust: boolean,
  opts: { seN?: number; ses?: number } = {},
) => {
  const nn = adjust ? n + z * z : n
  const p = adjust ? (x + (z * z) / 2) / nn : x / n
  return clamp01(p + side * (opts.ses ?? z) * Math.sqrt((p * (1 - p)) / (opts.seN ?? nn)))
}
const Z = { 90: 1.645, 95: 1.96 } as const

const adjustedWald = (side: 1 | -1) =>
  family(`adjusted-wald-${side < 0 ? 'lower' : 'upper'}-bound`, (rng) => {
    const n = rng.int(5, 20)
    const x = rng.int(Math.ceil(n / 3), n - 1)
    const level = rng.pick([90, 95] as const)
    const z = Z[level]
    const other = Z[level === 90 ? 95 : 90]
    const word = side < 0 ? 'lower' : 'upper'
    return figures(rng, percent(1), {
      stem: `In a test of ${product(rng)}, ${x} of ${n} participants completed the task. Using the adjusted-Wald method (add z²/2 successes and z² trials, then the Wald interval; z = ${z} for ${level}% confidence; bounds truncated to 0–100%), what is the ${word} bound of the ${level}% confidence interval for the completion rate?`,
      in: { x, n, z },
      key: wald(x, n, z, side, true),
      wrong: [
        ['wald', wald(x, n, z, side, false), 'uses the plain Wald interval without the adjustment'],
        [
          'rawN',
          wald(x, n, z, side, true, { seN: n }),
          'adjusts the rate but divides by the original n in the error',
        ],
        [
          'otherBound',
          wald(x, n, z, side === 1 ? -1 : 1, true),
          `gives the ${side < 0 ? 'upper' : 'lower'} bound`,
        ],
        [
          'oneSE',
          wald(x, n, z, side, true, { ses: 1 }),
          'adds one standard error instead of z of them',
        ],
        [
          'otherLevel',
          wald(x, n, other, side, true),
          `uses ${other}, the z of the other confidence level`,
        ],
        ['observed', x / n, 'reports the observed completion rate'],
      ],
    })
  })

const partialCredit = family('completion-rate-with-partial-credit', (rng) => {
  const n = rng.int(8, 16)
  const q = rng.int(1, 4)
  const s = rng.int(2, n - q - 1)
  return figures(rng, percent(1), {
    stem: `Of ${n} participants testing ${product(rng)}, ${s} completed the task fully, ${q} completed it partially and the rest failed. The client's scoring scheme counts a partial completion as half a success. What completion rate should be reported?`,
    in: { n, q, s },
    key: (s + q / 2) / n,
    wrong: [
      ['partialZero', s / n, 'counts partial completions as failures'],
      ['partialFull', (s + q) / n, 'counts partial completions as full successes'],
      ['dropPartial', s / (n - q), 'leaves the partial completions out of the count'],
      ['failRate', (n - s - q) / n, 'reports the failure rate'],
      [
        'partialShare',
        (s + q / 2) / (s + q),
        'divides by the participants who completed at least partly',
      ],
    ],
  })
})

const geo = (xs: readonly number[]) => Math.exp(sumOf(xs.map(Math.log)) / xs.length)
const mean = (xs: readonly number[]) => sumOf(xs) / xs.length
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

const geometricTime = family('time-on-task-geometric-mean', (rng) => {
  const ok = Array.from({ length: rng.int(6, 9) }, () =>
    Math.round(Math.exp(rng.int(320, 520) / 100)),
  )
  const failed = Array.from({ length: rng.int(2, 3) }, () => rng.int(150, 400))
  const times = rng.shuffle([...ok.map((t) => `${t} s ✓`), ...failed.map((t) => `${t} s ✗`)])
  return figures(rng, seconds, {
    stem: `Task times on ${product(rng)} (✓ completed, ✗ failed): ${times.join(', ')}. The report gives the geometric mean time of completed attempts only, as recommended for small samples. What is it?`,
    in: { ok, failed },
    key: geo(ok),
    wrong: [
      ['arith', mean(ok), 'gives the arithmetic mean, which long times pull up'],
      ['geoAll', geo([...ok, ...failed]), 'includes the failed attempts'],
      ['median', median(ok), 'gives the median of the completed times'],
      ['arithAll', mean([...ok, ...failed]), 'gives the arithmetic mean of every attempt'],
      ['harmonic', ok.length / sumOf(ok.map((t) => 1 / t)), 'gives the harmonic mean'],
    ],
  })
})

const seqMean = family('seq-mean-rating', (rng) => {
  const rows = Array.from({ length: rng.int(8, 12) }, () => {
    const done = rng.int(0, 3) > 0
    return { done, r: done ? rng.int(4, 7) : rng.int(1, 4) }
  })
  if (rows.every((w) => w.done) || rows.every((w) => !w.done))
    rows[0] = { done: !rows[0]!.done, r: 3 }
  const all = rows.map((w) => w.r)
  return figures(rng, num(2), {
    stem: `After one task in a test of ${product(rng)}, each participant answered the Single Ease Question (1 = very difficult, 7 = very easy), whether or not they completed the task: ${rows.map((w) => `${w.r}${w.done ? ' (completed)' : ' (failed)'}`).join(', ')}. What is the task's mean SEQ?`,
    in: { rows },
    key: mean(all),
    wrong: [
      ['reversed', 8 - mean(all), 'reads the scale backwards, 1 as very easy'],
      [
        'successOnly',
        mean(rows.filter((w) => w.done).map((w) => w.r)),
        'averages only the participants who completed',
      ],
      ['median', median(all), 'gives the median rating'],
      [
        'failedOnly',
        mean(rows.filter((w) => !w.done).map((w) => w.r)),
        'averages only the participants who failed',
      ],
    ],
  })
})

const lostness = family('lostness', (rng) => {
  const R = rng.int(3, 6)
  const N = R + rng.int(1, 5)
  const S = N + rng.int(1, 8)
  const L = (a: number, b: number) => Math.sqrt(a * a + b * b)
  return figures(rng, num(2), {
    stem: `In a navigation test of ${product(rng)}, the shortest path to the target takes ${R} pages. A participant viewed ${S} pages in all, ${N} of them different. Using Smith's lostness measure L = √((N/S − 1)² + (R/N − 1)²), with N the different pages viewed, S the total pages viewed and R the pages on the shortest path, what is this participant's lostness?`,
    in: { R, N, S },
    key: L(N / S - 1, R / N - 1),
    wrong: [
      ['noRoot', (N / S - 1) ** 2 + (R / N - 1) ** 2, 'leaves out the square root'],
      ['swapNS', L(S / N - 1, R / N - 1), 'divides total pages by different pages'],
      ['RoverS', L(N / S - 1, R / S - 1), 'divides the shortest path by total pages'],
      ['oneTerm', Math.abs(R / N - 1), 'uses only the second term'],
      ['firstTerm', Math.abs(N / S - 1), 'uses only the first term'],
      [
        'meanTerms',
        (Math.abs(N / S - 1) + Math.abs(R / N - 1)) / 2,
        'averages the two distances instead of combining them',
      ],
      [
        'sumTerms',
        Math.abs(N / S - 1) + Math.abs(R / N - 1),
        'adds the two distances instead of combining them',
      ],
    ],
  })
})

const errorRate = family('error-rate-per-opportunity', (rng) => {
  const n = rng.int(8, 15)
  const k = rng.int(4, 9)
  const m = rng.int(3, n - 1)
  const E = m + rng.int(2, 3 * m)
  return figures(rng, percent(1), {
    stem: `A data-entry task in ${product(rng)} has ${k} fields, each an opportunity for an error. Across ${n} participants, ${E} errors were logged; ${m} participants made at least one. What is the error rate per opportunity?`,
    in: { n, k, m, E },
    key: E / (n * k),
    wrong: (
      [
        ['participants', m / n, 'gives the share of participants with at least one error'],
        ['extraOpportunity', E / (n * k + E), 'counts each error as one more opportunity'],
        ['erroredOnly', E / (m * k), 'divides only by the participants who made errors'],
        ['correct', 1 - E / (n * k), 'gives the share of fields entered correctly'],
      ] satisfies Slip[]
    ).filter(([, v]) => v <= 1),
  })
})

const umuxLite = family('umux-lite-score', (rng) => {
  const a = rng.int(45, 66) / 10
  const b = rng.int(45, 66) / 10
  return figures(rng, num(1), {
    stem: `The UMUX-LITE for ${product(rng)} has two 7-point items (1 = strongly disagree, 7 = strongly agree), scored (item 1 + item 2 − 2) × 100 / 12. The study's mean answers were ${grouped(a, 1)} and ${grouped(b, 1)}. What is the study's UMUX-LITE score?`,
    in: { a, b },
    key: ((a + b - 2) * 100) / 12,
    wrong: onScale([
      ['noMinus', ((a + b) * 100) / 12, 'leaves out the − 2 that makes the scale start at 0'],
      ['over14', ((a + b) * 100) / 14, 'divides the raw sum by 14 points'],
      ['fivePoint', ((a + b - 2) * 100) / 8, 'scores the items as if they had five points'],
      ['itemOne', ((a - 1) * 100) / 6, 'scores only the first item'],
      [
        'regressed',
        0.65 * (((a + b - 2) * 100) / 12) + 22.9,
        'reports the SUS-equivalent from the regression, not the score',
      ],
    ]),
  })
})

const TLX_SCALES = [
  'mental',
  'physical',
  'temporal',
  'performance',
  'effort',
  'frustration',
] as const
const weightedTlx = family('nasa-tlx-weighted', (rng) => {
  const ratings = TLX_SCALES.map(() => rng.int(2, 18) * 5)
  // Fifteen pairwise choices split across six scales: each weight 0–5, summing to 15.
  let w: number[]
  do w = TLX_SCALES.map(() => rng.int(0, 5))
  while (sumOf(w) !== 15)
  const ws = sumOf(ratings.map((r, i) => r * w[i]!))
  return figures(rng, num(1), {
    stem: `A participant's NASA-TLX after a task on ${product(rng)}: ratings (0–100) ${TLX_SCALES.map((s, i) => `${s} ${ratings[i]}`).join(', ')}; weights from the 15 pairwise comparisons ${TLX_SCALES.map((s, i) => `${s} ${w[i]}`).join(', ')}. What is the weighted workload score?`,
    in: { ratings, w },
    key: ws / 15,
    wrong: [
      ['raw', mean(ratings), 'gives the unweighted raw TLX'],
      ['bySix', ws / 6, 'divides the weighted sum by the six scales'],
      ['sumOver15', sumOf(ratings) / 15, 'divides the unweighted ratings by 15'],
      ['peak', Math.max(...ratings), 'reports the highest subscale rating'],
    ],
  })
})

const efficiency = family('time-based-efficiency', (rng) => {
  const rows = Array.from({ length: rng.int(5, 7) }, () => ({
    ok: rng.int(0, 3) > 0 ? 1 : 0,
    t: rng.int(10, 60) / 10,
  }))
  if (rows.every((r) => r.ok === 1)) rows[0] = { ok: 0, t: rows[0]!.t }
  const shown = (v: number) => `${grouped(v, 3)} goals/min`
  const okRows = rows.filter((r) => r.ok === 1)
  return figures(rng, shown, {
    stem: `ISO/IEC 25022 time-based efficiency for one task on ${product(rng)} is the mean over participants of (goal achieved: 1 or 0) ÷ time taken. Results: ${rows.map((r, i) => `P${i + 1} ${r.ok ? 'success' : 'fail'} in ${grouped(r.t, 1)} min`).join(', ')}. What is it?`,
    in: { rows },
    key: mean(rows.map((r) => r.ok / r.t)),
    wrong: [
      [
        'ratioOfSums',
        sumOf(rows.map((r) => r.ok)) / sumOf(rows.map((r) => r.t)),
        'divides total successes by total time',
      ],
      [
        'successOnly',
        mean(okRows.map((r) => 1 / r.t)),
        'averages only the successful participants',
      ],
      ['inverseMean', 1 / mean(rows.map((r) => r.t)), 'divides one goal by the mean time'],
      [
        'inverseSuccessMean',
        1 / mean(okRows.map((r) => r.t)),
        'divides one goal by the mean time of successes',
      ],
    ],
  })
})

const reportGeometric = uxrRule('report-task-time-as-geometric-mean', {
  source: 'Sauro & Lewis, "Average task times in usability tests: what to report?", CHI 2010',
  answer: 'geometric-mean',
  stem: (rng) =>
    `${Product(rng)}: ${rng.int(8, 15)} participants completed a task in times from under a minute to one outlier of ${rng.int(6, 9)} minutes. Which average should the report give?`,
  keys: [
    'The geometric mean of the completed times',
    'The geometric mean (averaging log times)',
    'The completed times’ geometric mean',
  ],
  wrong: [
    [
      'The arithmetic mean of every time recorded',
      'lets the outlier and the skew pull the average up',
    ],
    [
      'The arithmetic mean after deleting the outlier',
      'throws away a real participant instead of using a skew-resistant mean',
    ],
    ['The fastest time recorded', 'reports one extreme, not a typical time'],
    ['The sum of all the times', 'reports a total, not an average'],
    ['The mode of the times rounded to minutes', 'reports a coarse and unstable average'],
    ['The mean of the fastest and slowest times', 'uses only the two extremes'],
  ],
})

const sus68 = uxrRule('sus-68-is-average', {
  source:
    'Sauro, A Practical Guide to the System Usability Scale (2011); Lewis & Sauro, JUS 13(3), 2018',
  answer: 'average',
  stem: (rng) =>
    `A client reads that ${product(rng)} scored 68 on the SUS and asks whether that is "68%, a poor grade". How should the researcher explain it?`,
  keys: [
    'It is about average, near the 50th percentile of studies',
    'It is close to the average SUS across published studies',
    'Roughly average: half of benchmarked products score lower',
  ],
  wrong: [
    ['It means 68% of participants found it usable', 'reads the score as a share of participants'],
    ['It is a D grade, since it is under 70%', 'reads the score as a percentage grade'],
    [
      'It is in the top third, since most products score under 50',
      'misremembers the SUS distribution',
    ],
    [
      'It means usability is 68% of the best possible',
      'reads the score as a percentage of the maximum',
    ],
    ['It is unusable, as anything below 80 fails', 'treats a stretch target as a pass mark'],
  ],
})

const smallSampleInterval = uxrRule('small-sample-completion-interval', {
  source: 'Sauro & Lewis, HFES 2005; Quantifying the User Experience (2nd ed., 2016), ch. 3',
  answer: 'adjusted-wald',
  stem: (rng) =>
    `${rng.int(7, 9)} of 10 participants completed a key task on ${product(rng)}. The client wants an interval for the completion rate. Which method should the researcher use?`,
  keys: [
    'The adjusted-Wald (Agresti–Coull) interval',
    'An adjusted-Wald binomial interval',
    'Agresti–Coull’s adjusted-Wald interval',
  ],
  wrong: [
    ['The Wald interval, p ± z√(p(1 − p)/n)', 'uses an interval that covers too rarely at small n'],
    ['A t interval on the 0/1 outcomes', 'treats a binary outcome as a continuous mean'],
    ['No interval; ten is too few to say anything', 'discards what a small sample can show'],
    ['The observed rate plus or minus 10 points', 'invents a fixed margin'],
    ['A chi-square test against a 50% rate', 'tests a hypothesis instead of estimating a rate'],
  ],
})

const seqTiming = uxrRule('seq-asked-after-each-task', {
  source:
    'Sauro & Dumas, "Comparison of three one-question, post-task usability questionnaires", CHI 2009',
  answer: 'after-each-task',
  stem: (rng) =>
    `A test plan for ${product(rng)} uses the Single Ease Question for ${rng.int(4, 7)} tasks. When should participants answer it?`,
  keys: [
    'Right after each task attempt, pass or fail',
    'Immediately after every task, whatever the outcome',
    'Once per task, just after the participant attempts it',
  ],
  wrong: [
    ['Once at the end of the session, for all tasks', 'asks for recall of every task at once'],
    ['Only after tasks the participant completed', 'leaves the hardest tasks unrated'],
    ['Before each task, to gauge expectations', 'measures expected ease, not experienced ease'],
    ['In a follow-up email the next day', 'relies on memory of the tasks'],
    [
      'Only when the participant says a task was hard',
      'rates only the tasks a participant complains about',
    ],
  ],
})

const successCriteria = uxrRule('success-criteria-before-sessions', {
  source:
    'Rubin & Chisnell (2008), ch. 5, success criteria in the test plan; ISO/IEC 25062:2006 (Common Industry Format)',
  answer: 'define-first',
  stem: (rng) =>
    `A test plan for ${product(rng)} measures task completion. When should what counts as a success be decided?`,
  keys: [
    'Before the sessions, in the test plan, for each task',
    'In the plan, task by task, before anyone is tested',
    'Up front: each task’s success criterion agreed in advance',
  ],
  wrong: [
    ['After the sessions, from what most participants did', 'fits the criterion to the results'],
    [
      'During each session, by the moderator’s judgement',
      'lets the criterion drift between participants',
    ],
    [
      'Only for tasks that turn out to be hard',
      'defines success selectively after seeing outcomes',
    ],
    [
      'By asking each participant whether they succeeded',
      'replaces an observed outcome with self-report',
    ],
    ['When the client reviews the clips', 'leaves success to a later, biased viewing'],
    [
      'After the pilot session, once the team has seen which tasks participants can actually finish',
      'fits the criteria to observed performance',
    ],
  ],
})

const susWhen = uxrRule('sus-after-the-session-seq-after-tasks', {
  source: 'Brooke (1996); Sauro & Dumas, CHI 2009',
  answer: 'post-test',
  stem: (rng) => `A study of ${product(rng)} uses both the SUS and the SEQ. When is each given?`,
  keys: [
    'The SEQ after each task, the SUS once after all tasks',
    'SUS at the end of the session; SEQ after every task',
    'SEQ task by task, then the SUS once at the end',
  ],
  wrong: [
    [
      'The SUS after each task, the SEQ once at the end',
      'swaps the post-task and post-test questionnaires',
    ],
    ['Each of them after every task', 'asks the ten-item SUS about each task'],
    ['Each of them once, before the first task', 'rates the product before it has been used'],
    ['The SUS in a follow-up email a week later', 'relies on memory of the session'],
    ['Only the SUS; the SEQ duplicates it', 'drops the task-level measure'],
    [
      'The SEQ and the SUS together after every task, while it is fresh',
      'asks the ten-item SUS, a whole-product questionnaire, about each task',
    ],
    [
      'The SUS before the first task, the SEQ after all the tasks',
      'rates the product before use and the tasks only from memory',
    ],
  ],
})

const laplace = family('completion-rate-best-point-estimate', (rng) => {
  const n = rng.int(5, 15)
  const x = rng.int(Math.ceil(0.9 * n), n)
  return figures(rng, percent(1), {
    stem: `${x} of ${n} participants completed a task on ${product(rng)}. For small samples where the observed rate is 90% or more, the report uses the Laplace estimate (add one success and one failure) as the best point estimate of the completion rate. What is it?`,
    in: { x, n },
    key: (x + 1) / (n + 2),
    wrong: [
      ['observed', x / n, 'reports the observed rate'],
      ['adjustedWald', (x + 1.92) / (n + 3.84), 'uses the adjusted-Wald centre'],
      ['oneSuccess', (x + 1) / (n + 1), 'adds a success but no failure'],
      ['oneFailure', x / (n + 1), 'adds a failure but no success'],
      ['jeffreys', (x + 0.5) / (n + 1), 'adds half a success and half a failure'],
      [
        'waldLower',
        (x + 1.353) / (n + 2.706) -
          1.645 *
            Math.sqrt(
              (((x + 1.353) / (n + 2.706)) * (1 - (x + 1.353) / (n + 2.706))) / (n + 2.706),
            ),
        'gives the lower bound of the 90% adjusted-Wald interval, not a point estimate',
      ],
      ['failures', (n - x + 1) / (n + 2), 'gives the Laplace estimate of the failure rate'],
    ],
  })
})

const timeRatio = family('geometric-mean-time-saving', (rng) => {
  const draw = () =>
    Array.from({ length: rng.int(6, 8) }, () => Math.round(Math.exp(rng.int(330, 500) / 100)))
  const a = draw()
  const b = draw().map((t) => Math.max(10, Math.round(t * 0.7)))
  const g = (xs: readonly number[]) => Math.exp(xs.reduce((s, t) => s + Math.log(t), 0) / xs.length)
  const m = (xs: readonly number[]) => xs.reduce((s, t) => s + t, 0) / xs.length
  if (g(b) >= g(a)) throw new VariantError('the redesign is not faster')
  return figures(rng, percent(1), {
    stem: `Completed task times (seconds) on ${product(rng)}: current design ${a.join(', ')}; redesign ${b.join(', ')}. Comparing geometric means, by what percentage is the redesign faster than the current design?`,
    in: { a, b },
    key: 1 - g(b) / g(a),
    wrong: [
      ['arith', 1 - m(b) / m(a), 'compares arithmetic means'],
      ['overNew', g(a) / g(b) - 1, 'divides the saving by the redesign’s time'],
      ['ratio', g(b) / g(a), 'gives the ratio, not the saving'],
      [
        'sumTimes',
        1 - b.reduce((s, t) => s + t, 0) / a.reduce((s, t) => s + t, 0),
        'compares total times across unequal groups',
      ],
    ],
  })
})

const unassisted = family('unassisted-completion-rate', (rng) => {
  const n = rng.int(8, 16)
  const a = rng.int(1, 4)
  const u = rng.int(2, n - a - 1)
  return figures(rng, percent(1), {
    stem: `In a test of ${product(rng)}, ${u} of ${n} participants completed the task on their own and ${a} more completed it only after the moderator helped; the rest failed. The report gives the unassisted completion rate, as ISO/IEC 25062 sets out. What is it?`,
    in: { n, a, u },
    key: u / n,
    wrong: [
      ['assistedCount', (u + a) / n, 'counts assisted completions as successes'],
      ['dropAssisted', u / (n - a), 'leaves the assisted participants out of the total'],
      ['half', (u + a / 2) / n, 'gives assisted completions half credit'],
      ['assistedShare', a / n, 'gives the share who needed help'],
      ['ofCompleters', u / (u + a), 'divides by everyone who completed'],
    ],
  })
})

/** Usability metrics: SUS, completion rates with intervals, times, ratings and efficiency. */
export const METRICS_FAMILIES: readonly ScenarioFamily[] = [
  susScore,
  susAllPositive,
  susFromTotals,
  adjustedWald(-1),
  adjustedWald(1),
  partialCredit,
  geometricTime,
  seqMean,
  lostness,
  errorRate,
  umuxLite,
  weightedTlx,
  efficiency,
  reportGeometric,
  sus68,
  smallSampleInterval,
  seqTiming,
  successCriteria,
  susWhen,
  laplace,
  timeRatio,
  unassisted,
]
