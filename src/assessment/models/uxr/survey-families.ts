import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { choose } from '../scenario/scenario-text.js'
import { count, family, figures, num, product, uxrRule } from './uxr-text.js'

// Survey and questionnaire design for UX studies. Sources:
// - Question faults (leading, double-barrelled, presumptive, absolute, hypothetical): Dillman,
//   Smyth & Christian, Internet, Phone, Mail, and Mixed-Mode Surveys (4th ed., 2014), ch. 4–5;
//   the Pew Research Center's "Questionnaire design" guide.
// - Response options mutually exclusive and exhaustive, balanced scales, "don't know" options:
//   Dillman et al. (2014), guidelines 5.x; Krosnick & Presser, "Question and Questionnaire
//   Design" (Handbook of Survey Research, 2010).
// - Reverse-keyed items are rescored (scale points + 1) − answer before averaging (Spector,
//   Summated Rating Scale Construction, 1992).
// - Straight-lining and speeding as quality exclusions: the rules are stated in each stem.

/** A product feature pair that survey questions ask about. */
const FEATURES: readonly (readonly [a: string, b: string])[] = [
  ['search results', 'product filters'],
  ['checkout', 'delivery options'],
  ['account settings', 'privacy controls'],
  ['booking calendar', 'reminder emails'],
  ['dashboard', 'export feature'],
  ['onboarding tour', 'help articles'],
]

type Fault = 'neutral' | 'leading' | 'double' | 'presumes' | 'absolute' | 'hypothetical'
/** Drafts of one question, each with one fault (or none), as clients' drafts come in. */
const drafts = (a: string, b: string): Readonly<Record<Fault, readonly string[]>> => ({
  neutral: [
    `How easy or difficult was it to use the ${a}?`,
    `How satisfied or dissatisfied are you with the ${a}?`,
  ],
  leading: [
    `Most people find the ${a} easy. How easy did you find it?`,
    `Don’t you agree the new ${a} is easier to use?`,
  ],
  double: [
    `How fast and easy to use was the ${a}?`,
    `How satisfied are you with the ${a} and ${b}?`,
  ],
  presumes: [
    `How many times each week do you use the ${a}?`,
    `Which device do you usually use when you open the ${a}?`,
  ],
  absolute: [
    `Do you always use the ${a} when you visit?`,
    `Do you use the ${a} every single time you visit?`,
  ],
  hypothetical: [
    `Would you use the ${a} more if it were redesigned?`,
    `If the ${a} were faster, would you pay more?`,
  ],
})
const FAULT_MISTAKE: Readonly<Record<Fault, string>> = {
  neutral: 'picks the sound, balanced question that asks one thing',
  leading: 'picks a leading question that signals the wanted answer',
  double: 'picks a double-barrelled question that asks about two things at once',
  presumes: 'picks a question that presumes a behaviour the respondent may not have',
  absolute: 'picks an absolute question that forces a yes or no on always or ever',
  hypothetical: 'picks a hypothetical question about future behaviour people predict badly',
}

const whichQuestion = (id: string, want: Fault, ask: string) =>
  family(id, (rng) => {
    const [a, b] = rng.pick(FEATURES)
    const d = drafts(a, b)
    const key = rng.pick(d[want])
    const wrong: Wrong[] = (Object.keys(d) as Fault[])
      .filter((f) => f !== want)
      .map((f) => [rng.pick(d[f]), FAULT_MISTAKE[f]])
    return choose(rng, {
      stem: `A client's draft survey about ${product(rng)} includes these questions. ${ask}`,
      key,
      wrong,
      facts: { kind: 'question-fault', fault: want },
    })
  })

/** Age bands as respondents see them, from their [low, high] years (high null: "or older"). */
const showBands = (bands: readonly (readonly [number, number | null])[]) =>
  bands.map(([lo, hi]) => (hi === null ? `${lo} or older` : `${lo}–${hi}`)).join(', ')

const ageBands = family('age-bands-exclusive-and-exhaustive', (rng) => {
  const start = rng.pick([16, 18, 21])
  const w = rng.pick([5, 10])
  const k = rng.int(4, 5)
  const edges = Array.from({ length: k }, (_, i) => start + i * w)
  const good = edges.map((lo, i) => [lo, i === k - 1 ? null : lo + w - 1] as const)
  const overlap = edges.map((lo, i) => [i === 0 ? lo : lo, i === k - 1 ? null : lo + w] as const)
  const gap = edges.map(
    (lo, i) => [i === 0 ? lo : lo + 1, i === k - 1 ? null : lo + w - 1] as const,
  )
  const noTop = edges.slice(0, k).map((lo) => [lo, lo + w - 1] as const)
  const noBottom = good.slice(1)
  return choose(rng, {
    stem: `A screener for ${product(rng)} must accept anyone aged ${start} or older and place each respondent in exactly one age band. Which set of answer options does that?`,
    key: showBands(good),
    wrong: [
      [showBands(overlap), 'lets band edges overlap, so some ages fit two bands'],
      [showBands(gap), 'leaves a gap between bands, so some ages fit none'],
      [showBands(noTop), 'stops at a closed top band, so older respondents fit none'],
      [
        showBands([[start + 1, good[0]![1]], ...good.slice(1)]),
        'leaves out the youngest eligible age',
      ],
      [showBands(noBottom), 'drops the youngest band'],
      [
        showBands(overlap.slice(0, k - 1).concat([[edges[k - 1]!, edges[k - 1]! + w]])),
        'overlaps band edges and closes the top band',
      ],
      [
        showBands(gap.slice(0, k - 1).concat([[edges[k - 1]! + 1, edges[k - 1]! + w - 1]])),
        'leaves gaps between bands and closes the top band',
      ],
    ],
    facts: { kind: 'bands', from: start },
  })
})

const skipLogic = family('skip-logic-questions-seen', (rng) => {
  const N = rng.int(9, 14)
  const a = rng.int(2, 4)
  const b = a + rng.int(2, 4)
  const c = b + rng.int(1, N - b - 1)
  const jump = rng.int(0, 1) === 1
  const end = rng.int(0, 2) > 0
  // The questions a respondent sees: 1 … a, then b … (c or N), or a+1 … when no jump.
  const seen = (useJump: boolean, useEnd: boolean, always = false) => {
    const shown: number[] = []
    let q = 1
    while (q <= N) {
      shown.push(q)
      if (useEnd && q === c && (end || always)) break
      q = useJump && q === a && (jump || always) ? b : q + 1
    }
    return shown.length
  }
  return figures(rng, count('questions'), {
    stem: `A ${N}-question survey about ${product(rng)} has two rules: at Q${a}, answering "No" skips to Q${b}; at Q${c}, answering "Never" ends the survey. A respondent answers "${jump ? 'No' : 'Yes'}" at Q${a} and "${end ? 'Never' : 'Weekly'}" at Q${c}. How many questions does this respondent see, Q${a} and Q${c} included?`,
    in: { N, a, b, c, jump: jump ? 1 : 0, end: end ? 1 : 0 },
    key: seen(true, true),
    wrong: [
      ['all', N, 'counts every question, ignoring the routing'],
      ['noJump', seen(false, true), 'ignores the skip at the first rule'],
      ['noEnd', seen(true, false), 'ignores the early end at the second rule'],
      ['skipped', N - seen(true, true), 'counts the questions the respondent does not see'],
      ['bothRules', seen(true, true, true), 'applies both rules whatever the answers'],
    ],
  })
})

const reverseKeyed = family('reverse-keyed-scale-mean', (rng) => {
  const P = rng.pick([5, 7])
  const k = rng.int(5, 6)
  const rev = new Set(rng.shuffle(Array.from({ length: k }, (_, i) => i)).slice(0, rng.int(2, 3)))
  const x = Array.from({ length: k }, (_, i) => (rev.has(i) ? rng.int(1, 3) : rng.int(P - 2, P)))
  const m = (f: (v: number, i: number) => number) => x.reduce((s, v, i) => s + f(v, i), 0) / k
  const revList = [...rev].sort((p, q) => p - q).map((i) => `${i + 1}`)
  return figures(rng, num(2), {
    stem: `A ${k}-item trust scale in a survey about ${product(rng)} uses a ${P}-point agreement scale (1 = strongly disagree). Items ${revList.join(' and ')} are negatively worded and must be reverse-scored. One respondent answered ${x.map((v, i) => `item ${i + 1}: ${v}`).join(', ')}. What is their scale mean?`,
    in: { P, x, rev: [...rev] },
    key: m((v, i) => (rev.has(i) ? P + 1 - v : v)),
    wrong: [
      ['noReverse', m((v) => v), 'averages the raw answers without reversing'],
      ['pMinus', m((v, i) => (rev.has(i) ? P - v : v)), 'reverses as points − answer, one short'],
      [
        'otherItems',
        m((v, i) => (rev.has(i) ? v : P + 1 - v)),
        'reverses the positively worded items instead',
      ],
      ['allReversed', m((v) => P + 1 - v), 'reverses every item'],
    ],
  })
})

const straightLiners = family('straight-liners-excluded', (rng) => {
  const rows = Array.from({ length: rng.int(8, 11) }, () => {
    const kind = rng.int(0, 3)
    const v = rng.int(1, 5)
    if (kind === 0) return Array.from({ length: 6 }, () => v)
    if (kind === 1) return Array.from({ length: 6 }, (_, i) => (i === 3 ? (v % 5) + 1 : v))
    return Array.from({ length: 6 }, () => rng.int(1, 5))
  })
  const same = (r: readonly number[]) => r.every((v) => v === r[0])
  const nearly = (r: readonly number[]) => r.some((v) => r.filter((u) => u === v).length >= 5)
  const n = (f: (r: readonly number[]) => boolean) => rows.filter(f).length
  return figures(rng, count('respondents'), {
    stem: `A six-statement grid in a survey about ${product(rng)} (1–5 agreement). The quality rule drops respondents who gave the identical answer to all six statements. Grids: ${rows.map((r, i) => `R${i + 1} ${r.join(' ')}`).join('; ')}. How many respondents are dropped?`,
    in: { rows },
    key: n(same),
    wrong: [
      ['nearly', n(nearly), 'also drops respondents who varied only one answer'],
      [
        'extremes',
        n((r) => same(r) && (r[0] === 1 || r[0] === 5)),
        'drops only those who straight-lined at a scale end',
      ],
      ['kept', n((r) => !same(r)), 'gives the respondents kept'],
      ['repeats', n((r) => new Set(r).size < 6), 'drops anyone who used an answer twice'],
    ],
  })
})

const speeders = family('speeders-excluded', (rng) => {
  const times = Array.from({ length: rng.int(9, 12) }, () =>
    rng.int(0, 3) === 0 ? rng.int(60, 150) : rng.int(240, 720),
  )
  const sorted = [...times].sort((p, q) => p - q)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  const mean = times.reduce((s, t) => s + t, 0) / times.length
  const n = (limit: number) => times.filter((t) => t < limit).length
  return figures(rng, count('respondents'), {
    stem: `Completion times (seconds) for a survey about ${product(rng)}: ${times.join(', ')}. The agreed rule drops "speeders" who took less than half the median time. How many respondents are dropped?`,
    in: { times },
    key: n(median / 2),
    wrong: [
      ['mean', n(mean / 2), 'takes half the mean time, which slow respondents pull up'],
      ['third', n(median / 3), 'uses a third of the median instead of half'],
      ['median', n(median), 'drops everyone faster than the median'],
      ['kept', times.length - n(median / 2), 'gives the respondents kept'],
    ],
  })
})

const randomiseNominal = uxrRule('randomise-nominal-not-ordinal', {
  source: 'Krosnick & Presser (2010), response-order effects; Dillman et al. (2014), guideline 5.9',
  answer: 'randomise-nominal',
  stem: (rng) =>
    `A survey about ${product(rng)} has a question listing ${rng.int(6, 9)} competitor apps to pick from, and a 5-point satisfaction scale. How should the answer order be handled?`,
  keys: [
    'Randomise the apps; keep the scale in order',
    'Shuffle the app list, never the scale points',
    'Rotate the apps and leave the scale ordered',
  ],
  wrong: [
    [
      'Randomise both the app list and the scale points',
      'scrambles an ordinal scale, which confuses respondents',
    ],
    ['Keep both lists in one fixed order', 'leaves primacy effects in the app list'],
    [
      'Randomise both lists for each respondent so that no order effect remains',
      'scrambles an ordinal scale along with the list',
    ],
    [
      'Randomise the scale points and fix the app list',
      'randomises the one list whose order carries meaning',
    ],
    [
      'Sort the apps by market share, largest first',
      'builds a fixed order that favours the top apps',
    ],
    [
      'Reverse the scale for half the respondents only',
      'changes the ordinal scale instead of the nominal list',
    ],
  ],
})

const balancedScale = uxrRule('balanced-satisfaction-scale', {
  source: 'Dillman et al. (2014), guideline 5.x on balanced scales; Krosnick & Presser (2010)',
  answer: 'balanced',
  stem: (rng) => `Which answer scale should a survey about ${product(rng)} use for satisfaction?`,
  keys: [
    'Very dissatisfied, Dissatisfied, Neutral, Satisfied, Very satisfied',
    'Very dissatisfied, Somewhat dissatisfied, Neither, Somewhat satisfied, Very satisfied',
  ],
  wrong: [
    [
      'Poor, Fair, Good, Very good, Excellent, Outstanding',
      'uses a scale with more positive than negative points',
    ],
    [
      'Dissatisfied, Satisfied, Very satisfied, Extremely satisfied',
      'gives one negative point against three positive',
    ],
    [
      'Not satisfied, Slightly satisfied, Satisfied, Very satisfied',
      'labels every point but the first as satisfied',
    ],
    ['Very dissatisfied, Satisfied, Very satisfied, Delighted', 'skips the mild negative point'],
    [
      'Terrible, Bad, Fine, Good, Very good, Great, Amazing',
      'piles more positive labels than negative ones',
    ],
    [
      'Dissatisfied, Neutral, Satisfied, Very satisfied, Extremely satisfied, Delighted',
      'offers one negative point against four positive',
    ],
    [
      'Very dissatisfied, Somewhat satisfied, Satisfied, Very satisfied, Extremely satisfied, Delighted',
      'puts one negative point against five positive',
    ],
  ],
})

const dontKnow = uxrRule('dont-know-for-unfamiliar-features', {
  source: 'Krosnick & Presser (2010), "no-opinion" filters; Dillman et al. (2014), ch. 5',
  answer: 'offer-not-used',
  stem: (rng) =>
    `A survey sent to every customer of ${product(rng)} asks them to rate a feature that only about ${rng.pick(['a third', 'a quarter', 'one in five'])} of them have used. How should the rating question be built?`,
  keys: [
    'Offer a separate "Haven’t used it" option outside the scale',
    'Ask first whether they used it, and rate only if so',
    'Add a "Not used" answer kept apart from the rating points',
  ],
  wrong: [
    ['Force a rating from everyone so the base stays large', 'makes non-users invent ratings'],
    [
      'Treat the scale midpoint as meaning "haven’t used it"',
      'mixes non-use with a neutral opinion',
    ],
    ['Make the question optional and count blanks as 1s', 'scores non-use as dissatisfaction'],
    [
      'Drop the question, since most people have not used it',
      'loses the users’ ratings altogether',
    ],
    ['Count unanswered ratings as the average score', 'invents ratings for non-users'],
  ],
})

const screenerGiveaway = uxrRule('screener-hides-what-qualifies', {
  source:
    'Nielsen Norman Group, "Screener Questions: Writing Effective Participant Screeners" (2018)',
  answer: 'hide-target',
  stem: (rng) =>
    `A screener must find people who use ${product(rng)} at least weekly. Which first question works best?`,
  keys: [
    '"Which of these apps have you used lately?" (list)',
    '"Which of these apps do you use?" with a list',
    '"Which of the following apps do you use?" (list)',
  ],
  wrong: [
    [
      '"Do you use our app at least once a week?" (Yes / No)',
      'reveals the qualifying answer in a yes-or-no question',
    ],
    ['"We are looking for weekly users. Are you one?"', 'tells respondents what qualifies them'],
    ['"How much do you like our app?" (1–5)', 'asks for an opinion that does not screen behaviour'],
    ['"Would you be happy to test our app for a fee?"', 'screens on willingness, not on use'],
    ['"You use our app weekly, don’t you?"', 'leads respondents to the qualifying answer'],
    [
      '"Do you use our app at least weekly, and would you like to join a paid study?"',
      'reveals the qualifying answer and the incentive',
    ],
  ],
})

const openQuestion = uxrRule('open-question-for-exploration', {
  source: 'Dillman et al. (2014), ch. 4, open- versus closed-ended questions',
  answer: 'open',
  stem: (rng) =>
    `Early in a project for ${product(rng)}, nobody knows why customers cancel. The client wants to learn the range of reasons from a short survey of people who cancelled. What question type suits that?`,
  keys: [
    'An open question asking, in their words, why they cancelled',
    'An open-ended "What made you cancel?" question',
    'A free-text question on their reasons for cancelling',
  ],
  wrong: [
    [
      'A closed list of the reasons the team already suspects',
      'limits answers to the reasons already guessed',
    ],
    ['A 1–10 rating of how likely they are to return', 'measures intent, not reasons'],
    ['A yes or no question: "Was price the reason?"', 'tests one guessed reason and leads'],
    ['A ranking of five reasons the client chose', 'forces a ranking of guessed reasons'],
    ['A matrix rating every feature from 1 to 5', 'rates features instead of asking for reasons'],
  ],
})

const recallPeriod = uxrRule('specific-recall-period', {
  source:
    'Dillman et al. (2014), ch. 4, reference periods; Tourangeau, Rips & Rasinski, The Psychology of Survey Response (2000)',
  answer: 'specific-period',
  stem: (rng) =>
    `Which question about use of ${product(rng)} will give the most accurate frequency answers?`,
  keys: [
    '"In the past 7 days, on how many days did you use it?"',
    '"On how many of the last 7 days did you use it?"',
    '"How many days in the past week did you use it?"',
  ],
  wrong: [
    [
      '"How often do you use it: rarely, sometimes or often?"',
      'uses vague quantifiers people read differently',
    ],
    [
      '"How many times have you used it since you signed up?"',
      'asks for recall over too long a period',
    ],
    ['"Do you use it regularly?"', 'leaves “regularly” undefined'],
    [
      '"Would you say you use it more than most people?"',
      'asks for a comparison respondents cannot make',
    ],
    ['"How many times a day do you use it, usually?"', 'presumes daily use'],
  ],
})

const surveyLength = family('survey-length-estimate', (rng) => {
  const closed = rng.int(8, 20)
  const grids = rng.int(1, 3)
  const rows = rng.int(4, 8)
  const open = rng.int(1, 4)
  const sc = rng.pick([10, 12, 15])
  const sr = rng.pick([5, 6, 8])
  const so = rng.pick([45, 60, 90])
  return figures(rng, count('minutes'), {
    stem: `A survey about ${product(rng)} has ${closed} single closed questions, ${grids} grid question${grids > 1 ? 's' : ''} of ${rows} rows${grids > 1 ? ' each' : ''} and ${open} open question${open > 1 ? 's' : ''}. The team budgets ${sc} s per closed question, ${sr} s per grid row and ${so} s per open question. Rounded up to whole minutes, how long is the survey?`,
    in: { closed, grids, rows, open, sc, sr, so },
    key: Math.ceil((closed * sc + grids * rows * sr + open * so) / 60 - 1e-9),
    wrong: [
      [
        'gridAsOne',
        Math.ceil((closed * sc + grids * sc + open * so) / 60 - 1e-9),
        'times each grid as one closed question',
      ],
      [
        'openAsClosed',
        Math.ceil(((closed + open) * sc + grids * rows * sr) / 60 - 1e-9),
        'times open questions like closed ones',
      ],
      [
        'oneGrid',
        Math.ceil((closed * sc + rows * sr + open * so) / 60 - 1e-9),
        'counts the rows of one grid only',
      ],
      [
        'seconds100',
        Math.ceil((closed * sc + grids * rows * sr + open * so) / 100 - 1e-9),
        'divides seconds by 100 as if minutes were decimal',
      ],
    ],
  })
})

const itemSpecific = uxrRule('item-specific-not-agree-disagree', {
  source:
    'Saris, Revilla, Krosnick & Shaeffer, Survey Research Methods 4(1), 2010; Krosnick & Presser (2010), acquiescence',
  answer: 'item-specific',
  stem: (rng) =>
    `Which version of a question about the ${rng.pick(['checkout', 'sign-up form', 'search'])} of ${product(rng)} is least prone to acquiescence (agreeing whatever is asked)?`,
  keys: [
    '"How easy or difficult was it?" (very easy … very difficult)',
    '"How easy or difficult did you find it?" with five labelled points',
    '"Was it easy or difficult?" rated from very easy to very difficult',
  ],
  wrong: [
    ['"It was easy." Agree or disagree', 'uses an agree–disagree statement that invites agreement'],
    [
      '"It was easy to use." Strongly agree … strongly disagree',
      'keeps the agree–disagree format, only with more points',
    ],
    ['"Was it easy?" Yes / No', 'asks a one-sided yes-or-no question'],
    [
      '"It was not difficult." Agree or disagree',
      'adds a double negative to an agree–disagree item',
    ],
    [
      '"Most people found it easy. Do you agree?" Agree / Disagree / Not sure',
      'leads and invites agreement at once',
    ],
  ],
})

/** Survey and questionnaire design for UX studies. */
export const SURVEY_FAMILIES: readonly ScenarioFamily[] = [
  whichQuestion(
    'question-without-faults',
    'neutral',
    'Which one is free of common question-writing faults?',
  ),
  whichQuestion('question-double-barrelled', 'double', 'Which one is double-barrelled?'),
  whichQuestion('question-leading', 'leading', 'Which one is a leading question?'),
  whichQuestion(
    'question-presumes',
    'presumes',
    'Which one presumes a behaviour the respondent may not have?',
  ),
  whichQuestion(
    'question-hypothetical',
    'hypothetical',
    'Which one asks respondents to predict their own future behaviour?',
  ),
  ageBands,
  skipLogic,
  reverseKeyed,
  straightLiners,
  speeders,
  randomiseNominal,
  balancedScale,
  dontKnow,
  screenerGiveaway,
  openQuestion,
  recallPeriod,
  surveyLength,
  itemSpecific,
]
