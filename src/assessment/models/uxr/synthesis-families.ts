import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { choose } from '../scenario/scenario-text.js'
import {
  cap,
  count,
  family,
  figures,
  num,
  Product,
  percent,
  pid,
  product,
  uxrRule,
  worked,
} from './uxr-text.js'

// Synthesis and analysis of UX research data. Sources:
// - Severity: Nielsen, "Severity Ratings for Usability Problems" (NN/g, 1995): a 0–4 scale, the
//   mean of several evaluators' ratings; heuristic evaluators inspect alone, then aggregate
//   (Nielsen, "How to Conduct a Heuristic Evaluation", 1994).
// - Card-sort similarity: the share of participants who put two cards in the same group
//   (Spencer, Card Sorting, 2009, ch. 10; Optimal Workshop's similarity matrix).
// - Tree testing: Optimal Workshop Treejack definitions, success (ended on a correct node),
//   directness (no backtracking); Spencer & O'Brien on tree testing.
// - First click: Bailey & Wolfson (2009): success is far likelier after a correct first click.
// - Coder agreement: Cohen (1960), κ = (pₒ − pₑ) / (1 − pₑ).
// - Saturation: Guest, Bunce & Johnson, "How many interviews are enough?" (Field Methods, 2006).

const THEMES = [
  'pricing is unclear',
  'search misses items',
  'sign-in fails',
  'too many emails',
  'delivery slots run out',
  'app is slow',
] as const

/** Notes from an affinity wall: for each theme, the participant behind each sticky note. */
function wall(rng: Rng, n: number) {
  const themes = rng.shuffle(THEMES).slice(0, 4)
  return themes.map((t) => ({
    theme: t,
    notes: Array.from({ length: rng.int(3, 9) }, () => rng.int(0, n - 1)),
  }))
}
const distinct = (xs: readonly number[]) => new Set(xs).size
/** Participants behind exactly one of the notes. */
const once = (xs: readonly number[]) =>
  [...new Set(xs)].filter((p) => xs.filter((q) => q === p).length === 1).length
const showWall = (w: ReturnType<typeof wall>) =>
  w.map((t) => `"${t.theme}": ${t.notes.map(pid).join(', ')}`).join('; ')

const participantsPerTheme = family('participants-raising-a-theme', (rng) => {
  const n = rng.int(8, 12)
  const w = wall(rng, n)
  const t = rng.pick(w)
  const repeats = [...new Set(t.notes)].filter(
    (p) => t.notes.filter((q) => q === p).length > 1,
  ).length
  return figures(rng, count('participants'), {
    stem: `After ${n} interviews about ${product(rng)}, the affinity wall has these themes, each note labelled with the participant who said it: ${showWall(w)}. How many participants raised "${t.theme}"?`,
    in: { w, theme: t.theme, n },
    key: distinct(t.notes),
    wrong: [
      ['notes', t.notes.length, 'counts sticky notes, not people'],
      ['everyone', distinct(w.flatMap((x) => x.notes)), 'counts participants who raised any theme'],
      ['repeaters', repeats, 'counts only participants who raised it more than once'],
      ['missing', n - distinct(t.notes), 'counts participants who did not raise it'],
      ['once', once(t.notes), 'counts only participants who raised it exactly once'],
      [
        'onlyThis',
        distinct(t.notes.filter((p) => !w.some((o) => o !== t && o.notes.includes(p)))),
        'counts only participants who raised no other theme',
      ],
      ['interviewed', n, 'counts everyone interviewed'],
      [
        'otherThemes',
        distinct(w.filter((o) => o !== t).flatMap((o) => o.notes)),
        'counts participants behind the other themes',
      ],
    ],
  })
})

const themeShare = family('theme-share-of-participants', (rng) => {
  const n = rng.int(8, 12)
  const w = wall(rng, n)
  const t = rng.pick(w)
  const all = w.flatMap((x) => x.notes)
  return figures(rng, percent(0), {
    stem: `A study of ${product(rng)} interviewed ${n} participants (${pid(0)}–${pid(n - 1)}). Affinity themes with the participant behind each note: ${showWall(w)}. What share of the participants interviewed raised "${t.theme}"?`,
    in: { w, theme: t.theme, n },
    key: distinct(t.notes) / n,
    wrong: [
      ['notesShare', t.notes.length / all.length, 'gives the theme’s share of all notes'],
      ['notesPerPerson', t.notes.length / n, 'divides the theme’s notes by participants'],
      [
        'ofRaisers',
        distinct(t.notes) / distinct(all),
        'divides by the participants who raised any theme',
      ],
      ['ofThemes', 1 / w.length, 'splits the themes evenly'],
      ['missingShare', (n - distinct(t.notes)) / n, 'gives the share who did not raise it'],
      ['onceShare', once(t.notes) / n, 'counts only participants who raised it exactly once'],
      [
        'notesOfRaisers',
        t.notes.length / distinct(all),
        'divides the theme’s notes by the participants who raised any theme',
      ],
      [
        'onlyThisShare',
        distinct(t.notes.filter((p) => !w.some((o) => o !== t && o.notes.includes(p)))) / n,
        'counts only participants who raised no other theme',
      ],
    ].filter(([, v]) => (v as number) <= 1) as [string, number, string][],
  })
})

const PROBLEMS = [
  'the date picker rejects typed dates',
  'the promo-code field is hidden',
  'error messages appear at the top only',
  'the Save button is below the fold',
  'the filter resets after sorting',
  'the progress bar jumps backwards',
] as const

const priorityRanking = family('problem-priority-by-frequency-and-impact', (rng) => {
  const n = rng.int(8, 12)
  const list = rng
    .shuffle(PROBLEMS)
    .slice(0, 5)
    .map((p) => ({ p, f: rng.int(1, n), i: rng.int(1, 3) }))
  const top = (score: (x: (typeof list)[number]) => number) =>
    [...list].sort((a, b) => score(b) - score(a))
  const first = (score: (x: (typeof list)[number]) => number) => {
    const s = top(score)
    return score(s[0]!) === score(s[1]!) ? '' : s[0]!.p
  }
  // Integer scores (n is the same for every problem), so a tie is seen as one.
  const key = first((x) => x.f * x.i)
  if (key === '') throw new VariantError('two problems tie for first place')
  const show = (p: string) => (p === '' ? '' : cap(p))
  return worked(rng, {
    stem: `The team ranks usability problems in ${product(rng)} by impact (1 low, 2 medium, 3 high) × share of the ${n} participants affected. Problems: ${list.map((x) => `${x.p} (${x.f} of ${n}, impact ${x.i})`).join('; ')}. Which problem is ranked first?`,
    in: { list, n },
    key: show(key),
    wrong: [
      [
        'frequency',
        show(first((x) => x.f)),
        'ranks by how many participants met it, ignoring impact',
      ],
      [
        'impact',
        show(first((x) => x.i * 100 + x.f)),
        'ranks by impact first, frequency only breaking ties',
      ],
      ['sum', show(first((x) => x.f + x.i)), 'adds impact points to participant counts'],
      ['least', show(first((x) => -x.f * x.i)), 'reads the ranking from the wrong end'],
      [
        'unaffected',
        show(first((x) => (n - x.f) * x.i)),
        'multiplies impact by the share not affected',
      ],
    ].filter(([, t]) => t !== '') as [string, string, string][],
  })
})

const cardSimilarity = family('card-sort-pair-similarity', (rng) => {
  const n = rng.int(8, 12)
  const GROUPS = ['Money', 'Account', 'Payments', 'Help', 'Settings']
  const rows = Array.from({ length: n }, () => {
    const a = rng.pick(GROUPS)
    return { a, b: rng.int(0, 2) > 0 ? a : rng.pick(GROUPS) }
  })
  const together = rows.filter((r) => r.a === r.b).length
  const labels = new Set(rows.flatMap((r) => [r.a, r.b])).size
  return figures(rng, percent(0), {
    stem: `In an open card sort for ${product(rng)}, each participant named their own groups. Where ${n} participants put the cards "Refunds" and "Invoices": ${rows.map((r, i) => `${pid(i)} ${r.a}/${r.b}`).join(', ')} (Refunds group / Invoices group). What is the pair's similarity score, the share of participants who grouped them together?`,
    in: { rows },
    key: together / n,
    wrong: [
      ['apart', (n - together) / n, 'gives the share who split the pair'],
      ['odds', together / (n - together || 1), 'divides by the participants who split them'],
      ['perLabel', together / labels / n, 'spreads the score over the group labels used'],
      [
        'modal',
        rows.filter((r) => r.a === 'Money' && r.b === 'Money').length / n,
        'counts only the pairs in one popular group',
      ],
    ].filter(([, v]) => (v as number) <= 1) as [string, number, string][],
  })
})

const treeCounts = (rng: Rng) => {
  const ds = rng.int(8, 30)
  const is = rng.int(3, 15)
  const df = rng.int(2, 12)
  const inf = rng.int(2, 12)
  const sk = rng.int(1, 5)
  return { ds, is, df, inf, sk, n: ds + is + df + inf + sk }
}
const treeStem = (rng: Rng, c: ReturnType<typeof treeCounts>) =>
  `A tree test of ${product(rng)}'s menu, one task, ${c.n} participants: ${c.ds} direct success (correct answer, no backtracking), ${c.is} indirect success (correct after backtracking), ${c.df} direct fail, ${c.inf} indirect fail, ${c.sk} skipped. Skips count in the total.`

const treeSuccess = family('tree-test-success-rate', (rng) => {
  const c = treeCounts(rng)
  return figures(rng, percent(1), {
    stem: `${treeStem(rng, c)} What is the task's success rate?`,
    in: c,
    key: (c.ds + c.is) / c.n,
    wrong: [
      ['directOnly', c.ds / c.n, 'counts only direct successes'],
      ['noSkips', (c.ds + c.is) / (c.n - c.sk), 'leaves the skips out of the total'],
      ['directness', (c.ds + c.df) / c.n, 'gives directness, not success'],
      ['failRate', (c.df + c.inf) / c.n, 'gives the failure rate without skips'],
    ],
  })
})

const treeDirectness = family('tree-test-directness', (rng) => {
  const c = treeCounts(rng)
  return figures(rng, percent(1), {
    stem: `${treeStem(rng, c)} Directness is the share of all participants who answered without backtracking (skips are not direct). What is it?`,
    in: c,
    key: (c.ds + c.df) / c.n,
    wrong: [
      ['directSuccess', c.ds / c.n, 'counts only the direct successes'],
      ['success', (c.ds + c.is) / c.n, 'gives the success rate'],
      ['ofSuccesses', c.ds / (c.ds + c.is), 'gives the direct share of successes'],
      ['indirect', (c.is + c.inf) / c.n, 'gives the share who backtracked'],
      ['noSkips', (c.ds + c.df) / (c.n - c.sk), 'leaves the skips out of the total'],
    ],
  })
})

const firstClick = family('first-click-conditional-success', (rng) => {
  const rs = rng.int(10, 30)
  const rf = rng.int(2, 8)
  const ws = rng.int(3, 10)
  const wf = rng.int(5, 15)
  const n = rs + rf + ws + wf
  return figures(rng, percent(1), {
    stem: `In a first-click test of ${product(rng)} with ${n} participants: ${rs} clicked the right place first and completed the task, ${rf} clicked right first but failed, ${ws} clicked wrong first but completed, ${wf} clicked wrong first and failed. Of those whose first click was right, what share completed the task?`,
    in: { rs, rf, ws, wf },
    key: rs / (rs + rf),
    wrong: [
      ['ofAll', rs / n, 'divides by every participant'],
      ['overall', (rs + ws) / n, 'gives the overall completion rate'],
      ['ofCompleters', rs / (rs + ws), 'gives the share of completers who clicked right first'],
      ['wrongFirst', ws / (ws + wf), 'gives the rate after a wrong first click'],
    ],
  })
})

const kappa = family('coder-agreement-kappa', (rng) => {
  const a = rng.int(10, 30)
  const b = rng.int(2, 8)
  const c = rng.int(2, 8)
  const d = rng.int(10, 30)
  const n = a + b + c + d
  const po = (a + d) / n
  const pe = ((a + b) / n) * ((a + c) / n) + ((c + d) / n) * ((b + d) / n)
  return figures(rng, num(2), {
    stem: `Two researchers each coded the same ${n} interview excerpts about ${product(rng)} for the theme "trust". Both coded it present in ${a}, only coder 1 in ${b}, only coder 2 in ${c}, neither in ${d}. What is Cohen's kappa?`,
    in: { a, b, c, d },
    key: (po - pe) / (1 - pe),
    wrong: [
      ['agreement', po, 'gives the raw share of agreement'],
      ['noScale', po - pe, 'subtracts chance agreement without rescaling'],
      ['halfChance', (po - 0.5) / 0.5, 'assumes chance agreement is one half'],
      ['presentOnly', a / (a + b + c), 'gives agreement on positive codes only'],
      ['chance', pe, 'gives the agreement expected by chance'],
      ['disagreement', 1 - po, 'gives the share of disagreement'],
    ],
  })
})

const SEVERITY: readonly (readonly [case_: string, level: number])[] = [
  ['every participant who tried to pay was blocked and could not finish the purchase', 4],
  ['a footer link has a typo that no participant noticed or mentioned', 1],
  [
    'several participants were slowed for half a minute by an unclear label, but all completed the task',
    2,
  ],
  ['half the participants missed the discount field and paid full price, frustrated', 3],
]
const LEVELS = [
  '0 – not a problem',
  '1 – cosmetic only',
  '2 – minor, low priority',
  '3 – major, high priority',
  '4 – usability catastrophe',
]
/** The mistake of rating at `shown` a problem whose stated effect puts it at `level`. */
const levelMistake = (shown: number, level: number) => {
  const gap = Math.abs(level - shown)
  const by = gap === 1 ? 'one level' : `${['', '', 'two', 'three', 'four'][gap]} levels`
  if (shown === 0) return 'dismisses an observed problem as none'
  return shown < level
    ? `underrates the problem’s stated effect by ${by}`
    : `overrates a milder problem by ${by}`
}

const nielsenSeverity = family('nielsen-severity-level', (rng) => {
  const [case_, level] = rng.pick(SEVERITY)
  const wrong: Wrong[] = LEVELS.map((l, i) => [l, levelMistake(i, level)] as Wrong).filter(
    (_, i) => i !== level,
  )
  return choose(rng, {
    stem: `On Nielsen's 0–4 severity scale (0 not a problem, 1 cosmetic, 2 minor, 3 major, 4 catastrophe: imperative to fix before release), which rating fits this finding from a test of ${product(rng)}: ${case_}?`,
    key: LEVELS[level]!,
    wrong,
    facts: { kind: 'severity', level },
  })
})

const oneVoice = uxrRule('single-participant-opinion-is-not-a-finding', {
  source:
    'Nielsen Norman Group, "Thematic Analysis of Qualitative User Research Data" (2022); Braun & Clarke (2006)',
  answer: 'report-as-single',
  stem: (rng) =>
    `One of ${rng.int(8, 12)} interviewees for ${product(rng)} said, forcefully, that the app "needs a dark mode"; nobody else mentioned it. How should the report treat this?`,
  keys: [
    'As one participant’s view, not a theme across the study',
    'Note it as a single comment, not a pattern',
    'Report it as one person’s request, labelled as such',
  ],
  wrong: [
    [
      'As a key finding, since the participant felt strongly',
      'weights intensity over how widely something was seen',
    ],
    [
      'As a top priority, because dark mode is popular elsewhere',
      'imports outside assumptions as study evidence',
    ],
    [
      'Leave it out entirely, since only one person said it',
      'throws away data instead of labelling its weight',
    ],
    ['As a finding shared by most users of the app', 'generalises one voice to the population'],
    [
      'As proof that the colour scheme fails accessibility',
      'reads a preference as a measured failure',
    ],
  ],
})

const saturation = uxrRule('stop-at-saturation', {
  source: 'Guest, Bunce & Johnson, Field Methods 18(1), 2006',
  answer: 'saturation',
  stem: (rng) =>
    `Interviews for ${product(rng)} are planned in batches. The last ${rng.int(3, 4)} interviews added no new themes and only repeated known ones. What does that suggest?`,
  keys: [
    'Saturation: more interviews would add little',
    'The themes have saturated for this question',
    'Enough interviews: new ones only repeat themes',
  ],
  wrong: [
    ['The sample is biased and must be replaced', 'reads agreement as a sampling fault'],
    [
      'The interview guide is leading and must be rewritten',
      'reads repeated themes as interviewer bias without evidence',
    ],
    [
      'Results are now statistically significant',
      'applies a quantitative test to qualitative saturation',
    ],
    [
      'Double the sample so the themes can be confirmed as statistically significant',
      'keeps collecting past the point of new information',
    ],
    ['Every user in the market holds these views', 'generalises saturation to the population'],
  ],
})

const observationNote = uxrRule('observation-not-interpretation', {
  source:
    'Nielsen Norman Group, "Writing Good Usability Findings" (2018); Kuniavsky, Observing the User Experience (2012), ch. 11',
  answer: 'observation',
  stem: (rng) =>
    `Which note from a session on ${product(rng)} records an observation rather than an interpretation?`,
  keys: [
    'P4 clicked Back three times on the payment page',
    'P4 scrolled past the Pay button twice',
    'P4 deleted and retyped the postcode',
  ],
  wrong: [
    ['P4 found the payment page confusing', 'records the note-taker’s reading of the behaviour'],
    ['P4 does not trust the brand with card details', 'infers a motive nobody stated'],
    [
      'P4 is not very confident with computers and needed help throughout',
      'judges the participant instead of the design',
    ],
    [
      'P4 found the payment page confusing and would not trust it with a card',
      'records the note-taker’s reading as fact',
    ],
    ['The payment page needs a redesign', 'jumps to a recommendation'],
    ['P4 clearly hated the new layout', 'states an inferred emotion as fact'],
  ],
})

const heuristicIndependent = uxrRule('heuristic-evaluators-work-alone-first', {
  source: 'Nielsen, "How to Conduct a Heuristic Evaluation" (NN/g, 1994)',
  answer: 'independent',
  stem: (rng) =>
    `Three evaluators will run a heuristic evaluation of ${product(rng)}. How should they work?`,
  keys: [
    'Each inspects alone, then they merge their findings',
    'Separately first; findings are combined only afterwards',
    'Alone at first, pooling their lists when all are done',
  ],
  wrong: [
    [
      'Together in one session, agreeing each problem aloud',
      'lets evaluators anchor on each other, finding fewer problems',
    ],
    [
      'One evaluates; the others check only the problems found',
      'loses the independent coverage extra evaluators give',
    ],
    [
      'Each takes one heuristic and ignores the rest',
      'splits the heuristics instead of the coverage',
    ],
    [
      'Each rates severity live while the others watch',
      'merges judgement before independent findings exist',
    ],
    ['With five users present to confirm each problem', 'turns an expert review into a user test'],
  ],
})

const closedSort = uxrRule('closed-card-sort-for-fixed-categories', {
  source: 'Spencer, Card Sorting: Designing Usable Categories (2009), ch. 2',
  answer: 'closed',
  stem: (rng) =>
    `${Product(rng)}'s team has settled on six top-level categories and wants to see whether people place 30 content items in them as intended. Which sort fits?`,
  keys: [
    'A closed card sort into the six agreed categories',
    'A closed sort, cards into the fixed categories',
    'Closed card sorting with the six categories given',
  ],
  wrong: [
    [
      'An open card sort where people name their own groups',
      'explores new groupings when the categories are fixed',
    ],
    ['A hybrid sort with no categories provided at all', 'mislabels an open sort as hybrid'],
    ['A five-second test of the home page', 'tests first impressions, not placement'],
    ['An A/B test of two menu layouts', 'compares layouts instead of testing placement'],
    ['A survey asking which category names people like', 'asks for preferences, not placement'],
  ],
})

const uniqueProblems = family('unique-problems-across-participants', (rng) => {
  const n = rng.int(4, 6)
  const lists = Array.from({ length: n }, () =>
    rng
      .shuffle(Array.from({ length: 12 }, (_, i) => i + 1))
      .slice(0, rng.int(2, 6))
      .sort((a, b) => a - b),
  )
  const all = lists.flat()
  const seen = new Map<number, number>()
  for (const p of all) seen.set(p, (seen.get(p) ?? 0) + 1)
  return figures(rng, count('problems'), {
    stem: `Problems (by ID) each participant met while testing ${product(rng)}: ${lists.map((l, i) => `${pid(i)} ${l.join(', ')}`).join('; ')}. How many distinct problems did the study find?`,
    in: { lists },
    key: seen.size,
    wrong: [
      ['sum', all.length, 'adds up each participant’s problems, counting repeats'],
      ['max', Math.max(...lists.map((l) => l.length)), 'takes the most any one participant met'],
      [
        'shared',
        [...seen.values()].filter((v) => v > 1).length,
        'counts only problems met by more than one participant',
      ],
      [
        'single',
        [...seen.values()].filter((v) => v === 1).length,
        'counts only problems met by one participant',
      ],
      ['highestId', Math.max(...all), 'takes the highest problem ID seen as the count'],
    ],
  })
})

const closedPlacement = family('closed-sort-placement-agreement', (rng) => {
  const cats = ['Account', 'Billing', 'Orders', 'Help']
  const n = rng.int(10, 16)
  const want = rng.pick(cats)
  const picks = Array.from({ length: n }, () => (rng.int(0, 2) > 0 ? want : rng.pick(cats)))
  const c = (k: string) => picks.filter((p) => p === k).length
  const top = [...cats].sort((p, q) => c(q) - c(p))
  const other = top.find((k) => k !== want)!
  return figures(rng, percent(0), {
    stem: `In a closed card sort for ${product(rng)}, the team intends the card "Change delivery address" to sit under "${want}". The ${n} participants placed it: ${picks.map((p, i) => `${pid(i)} ${p}`).join(', ')}. What share placed it where the team intends?`,
    in: { picks, want },
    key: c(want) / n,
    wrong: [
      ['elsewhere', (n - c(want)) / n, 'gives the share who placed it elsewhere'],
      ['secondChoice', c(other) / n, 'gives the share for the most popular other category'],
      ['ofCategories', c(want) / n / cats.length, 'divides again by the number of categories'],
      ['vsOther', c(want) / (c(want) + c(other)), 'compares only the two most popular categories'],
    ],
  })
})

const bottomUp = uxrRule('affinity-groups-emerge-from-notes', {
  source: 'Holtzblatt & Beyer, Contextual Design (2nd ed., 2017), ch. 6, the affinity diagram',
  answer: 'bottom-up',
  stem: (rng) =>
    `The team has ${rng.int(150, 300)} notes from interviews about ${product(rng)}. How should the affinity diagram be built?`,
  keys: [
    'Bottom up: group notes by similarity, then name the groups',
    'Cluster the notes first and label the clusters afterwards',
    'Let groups emerge from the notes, naming them last',
  ],
  wrong: [
    [
      'Start from the client’s feature list and file notes under it',
      'forces the data into categories decided in advance',
    ],
    ['Group notes by which participant said them', 'organises by source, not by meaning'],
    ['Keep only notes that support the current roadmap', 'cherry-picks evidence'],
    ['Group notes by interview date', 'organises by when, not by meaning'],
    ['Name five themes first, then sort the notes into them', 'imposes themes top down'],
  ],
})

const treeDirectSuccess = family('tree-test-direct-success-rate', (rng) => {
  const c = treeCounts(rng)
  return figures(rng, percent(1), {
    stem: `${treeStem(rng, c)} Direct success is the share of all participants who reached the correct answer without backtracking. What is it?`,
    in: c,
    key: c.ds / c.n,
    wrong: [
      ['success', (c.ds + c.is) / c.n, 'counts indirect successes too'],
      ['directness', (c.ds + c.df) / c.n, 'counts direct failures too'],
      ['ofSuccesses', c.ds / (c.ds + c.is), 'divides by the successes only'],
      ['noSkips', c.ds / (c.n - c.sk), 'leaves the skips out of the total'],
      ['ofDirect', c.ds / (c.ds + c.df), 'divides by the direct answers only'],
    ],
  })
})

/** Synthesis and analysis: themes, priorities, severities, card sorts, tree tests, agreement. */
export const SYNTHESIS_FAMILIES: readonly ScenarioFamily[] = [
  participantsPerTheme,
  themeShare,
  priorityRanking,
  cardSimilarity,
  treeSuccess,
  treeDirectness,
  firstClick,
  kappa,
  nielsenSeverity,
  oneVoice,
  saturation,
  observationNote,
  heuristicIndependent,
  closedSort,
  uniqueProblems,
  closedPlacement,
  bottomUp,
  treeDirectSuccess,
]
