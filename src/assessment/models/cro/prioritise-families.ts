import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { family, figures, fmt, worded } from './cro-calc.js'

const IDEAS = [
  'Shorter checkout form',
  'Delivery date on product pages',
  'Trust badges by the card fields',
  'Sticky add-to-cart on mobile',
  'Reviews above the fold',
  'Simplified pricing table',
  'Guest checkout option',
  'Bigger product photos',
] as const

const scores = (rng: Rng) => [rng.int(2, 10), rng.int(2, 10), rng.int(2, 10)] as const

/** The idea scoring best by `score`, or undefined when two tie. */
function top(ideas: readonly string[], values: readonly number[]): string | undefined {
  const best = Math.max(...values)
  const at = values.filter((v) => Math.abs(v - best) < 1e-9)
  return at.length === 1 ? ideas[values.indexOf(best)] : undefined
}

/**
 * Prioritising a test backlog as the client's framework scores it: ICE (impact, confidence,
 * ease), PIE (potential, importance, ease) or RICE, each stated with how scores combine.
 */
export const PRIORITISE_FAMILIES: readonly ScenarioFamily[] = [
  family('ice-score-as-a-mean', (rng) => {
    const [i, c, e] = scores(rng)
    return figures(rng, {
      stem: `The client's ICE score is the mean of impact, confidence and ease, each 1–10. An idea scores impact ${i}, confidence ${c}, ease ${e}. What is its ICE score?`,
      key: ['mean', [i, c, e]],
      wrong: [
        [['sum', [i, c, e]], 'adds the three scores'],
        [['product', [i, c, e]], 'multiplies the scores'],
        [['mean', [i, e]], 'leaves out confidence'],
        [['mean', [i, c]], 'leaves out ease'],
        [['mean', [c, e]], 'leaves out impact'],
        [['mean', [[i, c, e].sort((x, y) => x - y)[1]!]], 'takes the median, not the mean'],
      ],
      dp: 2,
    })
  }),
  family('ice-ranking-picks-the-first-test', (rng) => {
    const ideas = rng.shuffle(IDEAS).slice(0, 4)
    // One all-round idea, and three that each lead on one score but trail on the mean.
    const low = () => rng.int(2, 4)
    const s = rng.shuffle([
      [rng.int(7, 8), rng.int(7, 8), rng.int(7, 8)],
      [10, low(), low()],
      [low(), 10, low()],
      [low(), low(), 10],
    ])
    const mean = s.map(([i, c, e]) => (i! + c! + e!) / 3)
    const key = top(ideas, mean)
    const impact = top(
      ideas,
      s.map(([i]) => i!),
    )
    const conf = top(
      ideas,
      s.map(([, c]) => c!),
    )
    const ease = top(
      ideas,
      s.map(([, , e]) => e!),
    )
    if (!key || !impact || !ease || !conf) throw new VariantError('a tie')
    return worded(rng, {
      stem: `ICE scores (impact/confidence/ease, each 1–10; ranked by their mean): ${ideas.map((d, k) => `${d} ${s[k]!.join('/')}`).join('; ')}. Which idea is tested first?`,
      key,
      wrong: [
        [impact, 'ranks by impact alone'],
        [ease, 'ranks by ease alone, the quick win'],
        [conf, 'ranks by confidence alone'],
      ],
      facts: { ideas, s },
    })
  }),
  family('pie-ranking-picks-the-first-page', (rng) => {
    const pages = rng
      .shuffle(['Home page', 'Category page', 'Product page', 'Cart', 'Checkout', 'Pricing page'])
      .slice(0, 4)
    const low = () => rng.int(2, 4)
    const s = rng.shuffle([
      [rng.int(7, 8), rng.int(7, 8), rng.int(7, 8)],
      [10, low(), low()],
      [low(), 10, low()],
      [low(), low(), 10],
    ])
    const key = top(
      pages,
      s.map(([p, i, e]) => (p! + i! + e!) / 3),
    )
    const pot = top(
      pages,
      s.map(([p]) => p!),
    )
    const imp = top(
      pages,
      s.map(([, i]) => i!),
    )
    const ease = top(
      pages,
      s.map(([, , e]) => e!),
    )
    if (!key || !pot || !imp || !ease) throw new VariantError('a tie')
    return worded(rng, {
      stem: `PIE scores each page on potential, importance and ease (1–10) and ranks by their average: ${pages.map((d, k) => `${d} ${s[k]!.join('/')}`).join('; ')}. Which page is tested first?`,
      key,
      wrong: [
        [pot, 'ranks by potential alone'],
        [imp, 'ranks by importance (traffic value) alone'],
        [ease, 'ranks by ease alone'],
      ],
      facts: { pages, s },
    })
  }),
  family('rice-score', (rng) => {
    const reach = rng.int(2, 40) * 1000
    const impact = rng.pick([0.5, 1, 2, 3])
    const conf = rng.pick([50, 80, 100])
    const effort = rng.int(1, 6)
    return figures(rng, {
      stem: `RICE = reach × impact × confidence ÷ effort. An idea reaches ${fmt(reach, 0)} visitors a month, impact ${impact}, confidence ${conf} %, effort ${effort} person-weeks. What is its RICE score?`,
      key: ['product', [reach, impact, conf / 100, 1 / effort]],
      wrong: [
        [['product', [reach, impact, conf / 100]], 'leaves out the effort divisor'],
        [['product', [reach, impact, conf, 1 / effort]], 'uses confidence as a whole number'],
        [['product', [reach, impact, conf / 100, effort]], 'multiplies by effort'],
        [['product', [reach, conf / 100, 1 / effort]], 'leaves out impact'],
      ],
      dp: 0,
    })
  }),
  family('weighted-ice-score', (rng) => {
    const [i, c, e] = scores(rng)
    const [wi, wc, we] = rng.pick([
      [50, 30, 20],
      [40, 40, 20],
      [60, 20, 20],
    ] as const)
    return figures(rng, {
      stem: `The client weights ICE as ${wi} % impact, ${wc} % confidence, ${we} % ease. An idea scores impact ${i}, confidence ${c}, ease ${e}. What is its weighted score?`,
      key: ['sum', [(wi * i) / 100, (wc * c) / 100, (we * e) / 100]],
      wrong: [
        [['mean', [i, c, e]], 'ignores the weights'],
        [
          ['sum', [(wi * e) / 100, (wc * c) / 100, (we * i) / 100]],
          'swaps the impact and ease weights',
        ],
        [['sum', [wi * i, wc * c, we * e]], 'uses the weights as whole numbers'],
        [['sum', [i, c, e]], 'adds the raw scores'],
      ],
      dp: 2,
    })
  }),
  family('expected-value-ranking', (rng) => {
    const ideas = rng.shuffle(IDEAS).slice(0, 4)
    // The best expected value, the biggest prize, the safest bet and the cheapest build.
    const rows = rng.shuffle([
      { prob: rng.pick([40, 50]), gain: rng.int(20, 30) * 1000, weeks: rng.int(6, 8) },
      { prob: 10, gain: rng.int(50, 70) * 1000, weeks: rng.int(4, 6) },
      { prob: rng.pick([70, 80]), gain: rng.int(5, 8) * 1000, weeks: rng.int(3, 5) },
      { prob: 30, gain: rng.int(12, 15) * 1000, weeks: 1 },
    ])
    const ev = rows.map((r) => (r.prob * r.gain) / 100)
    const key = top(ideas, ev)
    const byGain = top(
      ideas,
      rows.map((r) => r.gain),
    )
    const byProb = top(
      ideas,
      rows.map((r) => r.prob),
    )
    const perWeek = top(
      ideas,
      ev.map((v, k) => v / rows[k]!.weeks),
    )
    if (!key || !byGain || !byProb || !perWeek) throw new VariantError('a tie')
    return worded(rng, {
      stem: `The client ranks ideas by expected value alone: chance of a win × monthly gain if it wins (build effort is listed for planning only). ${ideas.map((d, k) => `${d}: ${rows[k]!.prob} % chance, ${fmt(rows[k]!.gain, 0)} a month, ${rows[k]!.weeks} ${rows[k]!.weeks === 1 ? 'week' : 'weeks'} to build`).join('; ')}. Which ranks first?`,
      key,
      wrong: [
        [byGain, 'ranks by the gain if it wins'],
        [byProb, 'ranks by the chance of a win'],
        [perWeek, 'divides by build effort, which this ranking leaves out'],
      ],
      facts: { ideas, rows },
    })
  }),
  family('tests-a-year-from-capacity', (rng) => {
    const weeksPer = rng.pick([3, 5, 6, 7])
    const lanes = rng.int(2, 4)
    return figures(rng, {
      stem: `Each test occupies a traffic lane for ${weeksPer} weeks including setup; the site has ${lanes} non-overlapping lanes (distinct pages), each running tests back to back. How many complete tests fit in a 52-week year?`,
      key: ['product', [lanes, Math.floor(52 / weeksPer)]],
      wrong: [
        [['product', [1, Math.floor(52 / weeksPer)]], 'counts one lane only'],
        [
          ['product', [lanes, Math.ceil(52 / weeksPer)]],
          'counts the part test at year end as complete',
        ],
        [['product', [lanes, 12]], 'assumes one test a month'],
        [
          ['product', [lanes, Math.floor(52 / (weeksPer + 1))]],
          'adds a setup week already counted',
        ],
      ],
      dp: 0,
      show: (f) => `${f} tests`,
    })
  }),
  family('confidence-score-from-evidence', (rng) => {
    const [sources, key] = rng.pick([
      [
        'analytics drop-off, five session recordings and a survey theme all point the same way',
        'High: several independent sources agree',
      ],
      [
        'one stakeholder’s opinion and a competitor’s design',
        'Low: no evidence from the client’s own users',
      ],
      ['a single heatmap from a week of low traffic', 'Low: one thin, small sample'],
    ] as const)
    return worded(rng, {
      stem: `An idea on the ICE backlog rests on ${sources}. How should its C (confidence) be scored?`,
      key,
      wrong: [
        ['High: the team feels strongly about it', 'scores conviction instead of evidence'],
        ['Medium: every idea starts at the midpoint', 'ignores the evidence given'],
        ['By ease, since easy ideas are safe bets', 'mixes ease into confidence'],
        ['High: competitors ship this design', 'treats copying as evidence'],
        ['Medium by default', 'ignores the evidence given'],
      ],
      facts: { sources },
    })
  }),
  family('potential-from-a-page-gap', (rng) => {
    const traffic = rng.int(10, 60) * 1000
    const cr = rng.int(10, 30) / 1000
    const bench = cr + rng.int(5, 20) / 1000
    return figures(rng, {
      stem: `A page gets ${fmt(traffic, 0)} visitors a month and converts ${fmt(cr * 100, 1)} %; comparable pages on the site convert ${fmt(bench * 100, 1)} %. How many extra conversions a month would closing the gap bring?`,
      key: ['product', [traffic, bench - cr]],
      wrong: [
        [['product', [traffic, bench]], 'counts all benchmark conversions as extra'],
        [['product', [traffic, (bench - cr) / cr]], 'multiplies by the relative gap'],
        [['product', [traffic, cr]], 'gives current conversions'],
        [
          ['product', [traffic * (1 - cr), bench - cr]],
          'applies the gap to the visitors who did not convert only',
        ],
      ],
      dp: 0,
      show: (f) => `${f} conversions`,
    })
  }),
  family('ease-score-reads-effort', (rng) => {
    const [effort, key] = rng.pick([
      ['a copy change in the CMS, no developer needed', 'High ease: little effort'],
      ['a new checkout step needing backend and payment-provider work', 'Low ease: much effort'],
    ] as const)
    return worded(rng, {
      stem: `An idea on the ICE backlog is ${effort}. How should its E be scored?`,
      key,
      wrong: [
        [
          key.startsWith('High') ? 'Low ease: much effort' : 'High ease: little effort',
          'reads the scale backwards',
        ],
        ['High ease if the expected lift is large', 'mixes impact into ease'],
        ['Ease equals confidence for copy changes', 'mixes confidence into ease'],
        ['Ease is left out of ICE', 'forgets what the E stands for'],
        ['Medium', 'scores every idea at the midpoint'],
      ],
      facts: { effort },
    })
  }),
]
