import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { Client, cited, family, figures, pct, plain, worked } from './ba-text.js'

// Prioritisation and traceability: MoSCoW by the DSDM rules, weighted scoring, the Kano model,
// cumulative voting, value/effort quadrants, and coverage and impact from a traceability matrix.

/** DSDM MoSCoW definitions, by the situation a stakeholder describes. */
const MOSCOW = {
  Must: [
    'Without it the release would be illegal: the regulator requires it from the launch date.',
    'Without it the solution does not work at all: no order could be paid for.',
  ],
  Should: [
    'It matters a lot, but a manual workaround exists for the first months, painful as it is.',
    'Important, and leaving it out hurts, yet the release is still viable without it.',
  ],
  Could: [
    'Nice to have: it would please users, but leaving it out has little impact.',
    'A small convenience that goes in only if time allows this timebox.',
  ],
  "Won't have this time": [
    'Everyone agrees it is valuable but it is out of this release and will be looked at later.',
    'Agreed not to deliver in this timebox; it stays on the list for a future one.',
  ],
} as const
const MOSCOW_SLIPS: Record<keyof typeof MOSCOW, string> = {
  Must: 'makes anything important a Must',
  Should: 'makes anything with a workaround a Should, even if trivial',
  Could: 'downgrades whatever could wait',
  "Won't have this time": 'treats a low priority as dropped for this timebox',
}

/** The Kano evaluation table (Kano et al. 1984; Berger et al. 1993): functional row, dysfunctional column. */
const ANSWERS = [
  'I like it',
  'I expect it',
  'I am neutral',
  'I can live with it',
  'I dislike it',
] as const
const KANO = [
  ['Questionable', 'Attractive', 'Attractive', 'Attractive', 'One-dimensional'],
  ['Reverse', 'Indifferent', 'Indifferent', 'Indifferent', 'Must-be'],
  ['Reverse', 'Indifferent', 'Indifferent', 'Indifferent', 'Must-be'],
  ['Reverse', 'Indifferent', 'Indifferent', 'Indifferent', 'Must-be'],
  ['Reverse', 'Reverse', 'Reverse', 'Reverse', 'Questionable'],
] as const
const KANO_SLIPS: Record<string, string> = {
  Attractive: 'reads any “I like it” when present as a delighter',
  'One-dimensional': 'reads a strong answer either way as a performance feature',
  'Must-be': 'reads any dislike of its absence as a basic need',
  Indifferent: 'reads a mild answer on one side as indifference',
  Reverse: 'reads a negative answer anywhere as a reverse feature',
  Questionable: 'calls any mixed pair of answers contradictory',
}

const FEATURES = [
  'Saved carts',
  'Live chat',
  'Dark mode',
  'One-click reorder',
  'Delivery tracking',
  'Gift wrapping',
] as const
const REQS = (n: number) => Array.from({ length: n }, (_, k) => `REQ-${k + 1}`)
const TESTS = (n: number) => Array.from({ length: n }, (_, k) => `TC-${k + 1}`)

/** A traceability matrix: each test lists the requirements it verifies. */
function rtm(rng: Rng, nr: number, nt: number) {
  const reqs = REQS(nr)
  const tests = TESTS(nt)
  const links = tests.map(() => rng.shuffle(reqs).slice(0, rng.int(1, 2)))
  return {
    reqs,
    tests,
    links,
    text: tests.map((t, k) => `${t} → ${links[k]!.join(', ')}`).join('; '),
  }
}

export const PRIORITY_FAMILIES: readonly ScenarioFamily[] = [
  family('moscow-category', (rng) => {
    const labels = Object.keys(MOSCOW) as (keyof typeof MOSCOW)[]
    const label = rng.pick(labels)
    const text = rng.pick(MOSCOW[label])
    return cited(rng, {
      stem: `${Client(rng)}’s sponsor says of a requirement: “${text}” Under DSDM’s MoSCoW definitions, which priority fits?`,
      table: 'moscow',
      situation: text,
      key: [label, label],
      wrong: labels.map((l) => [l, l, MOSCOW_SLIPS[l]] as const),
    })
  }),
  family('moscow-must-effort-share', (rng) => {
    const [m, s, c, w] = [rng.int(20, 70), rng.int(10, 40), rng.int(5, 30), rng.int(5, 30)]
    const [nm, ns, nc, nw] = [rng.int(4, 12), rng.int(3, 10), rng.int(2, 8), rng.int(2, 8)]
    return figures(rng, pct(1), {
      stem: `A timebox plan lists Musts (${nm} items, ${m} days), Shoulds (${ns} items, ${s} days), Coulds (${nc} items, ${c} days) and Won’t-haves (${nw} items, ${w} days). DSDM advises Musts take no more than 60% of the effort planned for the timebox. What share do the Musts take, to one decimal place?`,
      in: { m, s, c, w, nm, ns, nc, nw },
      key: m / (m + s + c),
      wrong: [
        ['withWont', m / (m + s + c + w), 'counts the Won’t-haves in the timebox effort'],
        ['items', nm / (nm + ns + nc), 'counts items instead of effort'],
        [
          'itemsWithWont',
          nm / (nm + ns + nc + nw),
          'counts items instead of effort, Won’t-haves included',
        ],
        ['mustShould', (m + s) / (m + s + c), 'adds the Shoulds to the Musts'],
        ['ofRest', m / (s + c), 'divides by the effort of the other priorities only'],
      ],
    })
  }),
  family('weighted-score-of-an-option', (rng) => {
    const crit = ['Fit to process', 'Cost', 'Support', 'Ease of use']
    const w = rng.pick([
      [40, 30, 20, 10],
      [35, 25, 25, 15],
      [30, 30, 25, 15],
      [50, 20, 20, 10],
    ] as const)
    const sc = crit.map(() => rng.int(1, 5))
    const sum = (ws: readonly number[]) => sc.reduce((a, s, k) => a + s * ws[k]!, 0) / 100
    return figures(rng, (v) => `${plain(2)(v)} points`, {
      stem: `Criteria weights: ${crit.map((c, k) => `${c} ${w[k]}%`).join(', ')}. A vendor scores (1–5): ${crit.map((c, k) => `${c} ${sc[k]}`).join(', ')}. What is its weighted score, to two decimal places?`,
      in: {
        ...Object.fromEntries(w.map((x, k) => [`w${k}`, x])),
        ...Object.fromEntries(sc.map((x, k) => [`s${k}`, x])),
      },
      key: sum(w),
      wrong: [
        ['unweighted', sc.reduce((a, b) => a + b, 0) / 4, 'averages the scores without weights'],
        ['reversedWeights', sum([...w].reverse()), 'applies the weights in reverse order'],
        [
          'percentPoints',
          sc.reduce((a, s, k) => a + s * w[k]!, 0) / 10,
          'divides the weighted sum by 10 instead of 100',
        ],
        ['total', sc.reduce((a, b) => a + b, 0), 'adds the raw scores'],
        ['topWeightOnly', sc[0]!, 'takes the score on the heaviest criterion alone'],
        ['lowestScore', Math.min(...sc), 'takes the weakest score as the overall score'],
        ['bestScore', Math.max(...sc), 'takes the best score as the overall score'],
      ],
    })
  }),
  family('kano-category-of-an-answer-pair', (rng) => {
    const f = rng.int(0, 4)
    const d = rng.int(0, 4)
    const key = KANO[f]![d]!
    const labels = Object.keys(KANO_SLIPS)
    return cited(rng, {
      stem: `In a Kano survey about “${rng.pick(FEATURES)}”, a respondent answers the functional question (if the feature is there) with “${ANSWERS[f]}” and the dysfunctional question (if it is not) with “${ANSWERS[d]}”. Using the Kano evaluation table, how is this answer classified?`,
      table: 'kano',
      situation: `${f}|${d}`,
      key: [key, key],
      wrong: labels.map((l) => [l, l, KANO_SLIPS[l]!] as const),
    })
  }),
  family('kano-satisfaction-coefficient', (rng) => {
    const [A, O, M, I] = [rng.int(5, 40), rng.int(5, 40), rng.int(5, 40), rng.int(5, 40)]
    const [R, Q] = [rng.int(2, 9), rng.int(1, 6)]
    const tot = A + O + M + I
    return figures(rng, plain(2), {
      stem: `Kano results for “${rng.pick(FEATURES)}”: ${A} attractive, ${O} one-dimensional, ${M} must-be and ${I} indifferent answers, with ${R} reverse and ${Q} questionable answers that the coefficient sets aside. What is its satisfaction coefficient, (A + O) ÷ (A + O + M + I), to two decimal places?`,
      in: { A, O, M, I, R, Q },
      key: (A + O) / tot,
      wrong: [
        [
          'dissatisfaction',
          (O + M) / tot,
          'works out the size of the dissatisfaction coefficient from one-dimensional and must-be answers',
        ],
        ['attractiveOnly', A / tot, 'counts only the attractive answers'],
        [
          'withReverse',
          (A + O) / (tot + R + Q),
          'keeps the reverse and questionable answers in the total',
        ],
        ['noIndifferent', (A + O) / (A + O + M), 'leaves indifferent answers out of the total'],
        ['ratio', (A + O) / (M + I), 'divides by the other answers rather than by all of them'],
        ['withMustBe', (A + O + M) / tot, 'counts must-be answers as satisfying too'],
      ],
    })
  }),
  family('kano-majority-category', (rng) => {
    const cats = ['Attractive', 'One-dimensional', 'Must-be', 'Indifferent'] as const
    const counts = rng.shuffle([rng.int(30, 45), rng.int(16, 29), rng.int(8, 15), rng.int(1, 7)])
    const top = (k: number) =>
      [...cats].sort((a, b) => counts[cats.indexOf(b)]! - counts[cats.indexOf(a)]!)[k]!
    return worked(rng, {
      stem: `A Kano survey on “${rng.pick(FEATURES)}” gives ${cats.map((c, k) => `${counts[k]} ${c.toLowerCase()}`).join(', ')} answers. Classified by the most frequent answer, which category is the feature?`,
      in: { ...Object.fromEntries(cats.map((c, k) => [c, counts[k]!])) },
      key: top(0),
      wrong: [
        ['second', top(1), 'takes the second most frequent answer'],
        ['least', top(3), 'takes the least frequent answer'],
        ['split', 'Indifferent', 'reads answers spread over several categories as indifference'],
        [
          'basic',
          'Must-be',
          'assumes a feature customers are used to is a basic need, whatever the answers',
        ],
      ],
    })
  }),
  family('wsjf-score', (rng) => {
    const [bv, tc, rr] = [
      rng.pick([1, 2, 3, 5, 8, 13, 20]),
      rng.pick([1, 2, 3, 5, 8, 13]),
      rng.pick([1, 2, 3, 5, 8]),
    ]
    const size = rng.pick([1, 2, 3, 5, 8, 13])
    return figures(rng, plain(2), {
      stem: `A feature is scored in Fibonacci points: user and business value ${bv}, time criticality ${tc}, risk reduction and opportunity enablement ${rr}, job size ${size}. What is its weighted shortest job first (WSJF) score, cost of delay over job size, to two decimal places?`,
      in: { bv, tc, rr, size },
      key: (bv + tc + rr) / size,
      wrong: [
        ['valueOnly', bv / size, 'takes business value alone as the cost of delay'],
        [
          'sizeInDelay',
          (bv + tc + rr) / (bv + tc + rr + size),
          'divides by the cost of delay plus job size',
        ],
        ['costOfDelay', bv + tc + rr, 'stops at the cost of delay'],
        ['sizeInCost', (bv + tc + rr + size) / size, 'adds job size into the cost of delay'],
        ['averaged', (bv + tc + rr) / 3 / size, 'averages the three parts of the cost of delay'],
        ['sizeOverCost', size / (bv + tc + rr), 'divides job size by the cost of delay'],
      ],
    })
  }),
  family('requirement-without-a-test', (rng) => {
    const t = rtm(rng, 6, 7)
    const gap = rng.pick(t.reqs)
    const links = t.links.map((l) => l.filter((r) => r !== gap))
    for (const l of links) if (l.length === 0) l.push(rng.pick(t.reqs.filter((r) => r !== gap)))
    // Every other requirement gets a test, so the drawn one is the only gap.
    for (const r of t.reqs)
      if (r !== gap && !links.some((l) => l.includes(r))) rng.pick(links).push(r)
    const count = (r: string) => links.filter((l) => l.includes(r)).length
    const covered = t.reqs.filter((r) => r !== gap)
    const single = covered.find((r) => count(r) === 1)
    const shared = covered.find((r) => links.every((l) => !l.includes(r) || l.length > 1))
    const leastOther = covered.reduce((a, b) => (count(b) < count(a) ? b : a))
    return worked(rng, {
      stem: `A requirements traceability matrix lists, for each test case, the requirements it verifies: ${t.tests.map((x, k) => `${x} → ${links[k]!.join(', ')}`).join('; ')}. The requirements are ${t.reqs.join(', ')}. Which requirement has no test?`,
      in: { reqs: t.reqs.join('|'), links: links.map((l) => l.join(',')).join('|') },
      key: gap,
      wrong: [
        ['single', single ?? '', 'takes a requirement with a single test for an untested one'],
        ['shared', shared ?? '', 'discounts tests that also cover another requirement'],
        ['least', leastOther, 'picks the requirement with the fewest tests'],
        [
          'last',
          t.reqs[t.reqs.length - 1] === gap ? '' : t.reqs[t.reqs.length - 1]!,
          'looks only for the requirement missing from the last test rows',
        ],
      ].filter(([, x]) => x !== '') as [string, string, string][],
    })
  }),
  family('tests-to-rerun-after-a-change', (rng) => {
    const t = rtm(rng, 5, 7)
    const ch = rng.pick([...new Set(t.links.flat())])
    const hit = t.tests.filter((_, k) => t.links[k]!.includes(ch))
    const nb = t.tests.filter((_, k) =>
      t.links[k]!.some((r) => hit.some((h) => t.links[t.tests.indexOf(h)]!.includes(r))),
    )
    const only = t.tests.filter((_, k) => t.links[k]!.length === 1 && t.links[k]![0] === ch)
    const show = (xs: string[]) => (xs.length ? xs.join(', ') : 'None')
    return worked(rng, {
      stem: `${ch} changes. The traceability matrix: ${t.text}. Which test cases must be re-run to verify the change, by the matrix alone?`,
      in: { ch, links: t.links.map((l) => l.join(',')).join('|') },
      key: show(hit),
      wrong: [
        ['neighbours', show(nb), 'adds every test of the requirements those tests also cover'],
        ['onlyExclusive', show(only), 'leaves out tests that also cover other requirements'],
        ['first', show(hit.slice(0, 1)), 'stops at the first test found'],
        ['all', show(t.tests), 're-runs every test'],
      ],
    })
  }),
]
