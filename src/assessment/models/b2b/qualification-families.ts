import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap } from '../scenario/scenario-text.js'
import { b2b, buyer, count, NAMES, product, rule } from './b2b-calc.js'

// Qualification frameworks applied to an account's discovery notes.
// BANT: Budget, Authority, Need, Timeline (or timing), the opportunity-qualification checklist
// that IBM's sales organisation is credited with, usually dated to the 1950s (every sales glossary
// repeats it; no IBM document of the time was found to quote).
// MEDDIC: Metrics, Economic buyer, Decision criteria, Decision process, Identify pain, Champion
// (written down at PTC in 1996 by Dick Dunkel, working under John McMahon with Jack Napoli);
// MEDDICC adds Competition and MEDDPICC adds Paper process (Andy Whyte, MEDDICC, 2020, whose
// definitions are used here: the economic buyer has the overall authority in the buying decision
// and can veto the spend; a champion has power and influence in the account and sells on your
// behalf when you are not in the room, unlike a coach, who only gives information and guidance;
// the paper process is the account's contracting, legal and procurement steps from a decision to
// a signed contract).

export const ELEMENTS = {
  budget: 'Budget',
  authority: 'Authority',
  need: 'Need',
  timeline: 'Timeline',
  metrics: 'Metrics',
  economicBuyer: 'Economic buyer',
  decisionCriteria: 'Decision criteria',
  decisionProcess: 'Decision process',
  paperProcess: 'Paper process',
  identifyPain: 'Identify pain',
  champion: 'Champion',
  competition: 'Competition',
} as const
type Element = keyof typeof ELEMENTS

const BANT: readonly Element[] = ['budget', 'authority', 'need', 'timeline']
const MEDDIC: readonly Element[] = [
  'metrics',
  'economicBuyer',
  'decisionCriteria',
  'decisionProcess',
  'identifyPain',
  'champion',
]
const MEDDPICC: readonly Element[] = [...MEDDIC, 'paperProcess', 'competition']

/** Discovery notes that record each element, in words that never name it. */
const NOTES: Readonly<Record<Element, readonly string[]>> = {
  budget: [
    'finance has set aside money for this in next year’s plan',
    'the spend is already approved in the current operating plan',
    'they have funds earmarked for a tool like this from a cancelled project',
  ],
  authority: [
    'the managing director who signs contracts of this size joined the last call',
    'we are talking to the person who can approve the purchase',
    'the owner, who approves every supplier, asked for the proposal herself',
  ],
  need: [
    'their spreadsheets cause missed deliveries every week',
    'they cannot see which field jobs are late until customers complain',
    'they lose hours each month re-keying orders between two systems',
  ],
  timeline: [
    'they want it live before the peak season starts in three months',
    'the old contract expires at the end of the quarter and must be replaced by then',
    'they plan to sign this quarter to start rollout in the new year',
  ],
  metrics: [
    'they expect to cut invoice handling time by 40% and agreed how to measure it',
    'the business case targets saving 600 staff hours a year, measured from the ticket log',
    'success means raising on-time delivery from 88% to 96% within six months',
  ],
  economicBuyer: [
    'the CFO, who has the final say on the spend and can veto it, has met us',
    'we have met the COO, who releases the funds and signs off the purchase',
    'the group finance director, who approves all spend of this size, joined the demo',
  ],
  decisionCriteria: [
    'they shared the scorecard of requirements every vendor will be judged on',
    'we know they will rank vendors on integration, security review and total cost',
    'their evaluation checklist, with weights for each requirement, is in our hands',
  ],
  decisionProcess: [
    'we know the steps: a pilot, then a steering-committee vote, then sign-off',
    'they mapped out who evaluates, who recommends and when the final vote is',
    'the approval route is agreed: IT review in May, board approval in June',
  ],
  paperProcess: [
    'legal has walked us through their contract review, purchase order and vendor onboarding',
    'procurement confirmed their redlining turnaround and the purchase-order steps to signature',
    'we know the security questionnaire, legal review and PO steps and how long each takes',
  ],
  identifyPain: [
    'late deliveries are costing them penalties and a key customer is threatening to leave',
    'failed audits from manual record-keeping put their certification at risk',
    'overtime to fix billing errors is eating into margins the owners care about',
  ],
  champion: [
    'an operations director with real influence is selling the project internally and coaching us on objections',
    'the head of service, respected by the board, is pushing for us in meetings we are not in',
    'a senior manager with sway over the purchase is actively making our case to colleagues',
  ],
  competition: [
    'they are also evaluating two other vendors and an in-house build',
    'we know a rival vendor is in the deal and the incumbent is bidding to keep it',
    'their IT team is comparing us with extending their current supplier’s product',
  ],
}

const noteOf = (rng: Rng, e: Element) => rng.pick(NOTES[e])
const listed = (parts: readonly string[]) => `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}`

/** Notes covering every element but one; the key is the one left out. */
function missing(rng: Rng, frame: readonly Element[], from: readonly Element[], name: string) {
  const gap = rng.pick(from)
  const present = rng.shuffle(frame.filter((e) => e !== gap))
  const notes = present.map((e) => [e, noteOf(rng, e)] as const)
  return {
    stem: `A contract AE's discovery notes on ${buyer(rng)}, a prospect for ${product(rng)}, say: ${listed(notes.map(([, n]) => n))}. Which ${name} element is still open?`,
    table: name,
    key: [gap, ELEMENTS[gap]] as const,
    wrong: rng
      .shuffle(notes)
      .slice(0, 4)
      .map(
        ([e, n]) =>
          [
            e,
            ELEMENTS[e],
            `calls ${ELEMENTS[e].toLowerCase()} open though the notes record it (${n})`,
          ] as const,
      ),
    in: { present: present as readonly string[] },
  }
}

/** One note; the key is the element it records, the rest are elements it is mistaken for. */
function noteElement(
  rng: Rng,
  frame: readonly Element[],
  name: string,
  confusions: Partial<Record<Element, readonly Element[]>>,
) {
  const e = rng.pick(frame.filter((x) => confusions[x]))
  const others = confusions[e]!
  return {
    stem: `Under ${name}, which element does this note on ${buyer(rng)} record: “${cap(noteOf(rng, e))}.”`,
    table: name,
    key: [e, ELEMENTS[e]] as const,
    wrong: others.map(
      (o) =>
        [
          o,
          ELEMENTS[o],
          `files the note under ${ELEMENTS[o].toLowerCase()}, a neighbouring element`,
        ] as const,
    ),
    in: { note: e as string },
  }
}

// Contacts in an account by the part they play (Whyte, MEDDICC: champion, coach, economic buyer).
const ROLES = {
  champion: 'has influence with the purchase and argues for the project in internal meetings',
  coach: 'shares useful inside information with us but has little influence over the purchase',
  economicBuyer: 'controls the money and can approve or veto the purchase, but has not taken sides',
  user: 'will use the product daily and likes the demo, but has no say in the purchase',
  blocker: 'has influence and prefers the incumbent supplier',
} as const
type Role = keyof typeof ROLES
const ROLE_MISTAKES: Readonly<Record<Role, string>> = {
  champion: 'takes an influential advocate for someone else',
  coach: 'takes a friendly source of information for someone with power to act',
  economicBuyer: 'takes the person who controls the money for an advocate',
  user: 'takes an enthusiastic user for someone with influence over the purchase',
  blocker: 'takes an influential contact for an ally without checking which side they are on',
}
const ROLE_WORDS: Readonly<Record<Role, string>> = {
  champion: 'champion',
  coach: 'coach',
  economicBuyer: 'economic buyer',
  user: 'end user',
  blocker: 'blocker',
}

function whoIs(rng: Rng, target: Role) {
  const roles = rng.shuffle(Object.keys(ROLES) as Role[]).slice(0, 4)
  if (!roles.includes(target)) roles[0] = target
  const people = rng.shuffle([...NAMES]).slice(0, 4)
  const line = (r: Role, j: number) => `${people[j]} ${ROLES[r]}`
  const cast = rng.shuffle(roles.map((r, j) => [r, j] as const))
  return {
    stem: `In ${buyer(rng)}'s evaluation of ${product(rng)}: ${listed(cast.map(([r, j]) => line(r, j)))}. Who is the ${ROLE_WORDS[target]}?`,
    table: 'roles',
    key: [target, people[roles.indexOf(target)]!] as const,
    wrong: roles
      .map((r, j) => [r, j] as const)
      .filter(([r]) => r !== target)
      .map(([r, j]) => [r, people[j]!, ROLE_MISTAKES[r]] as const),
    in: { roles: Object.fromEntries(roles.map((r, j) => [people[j]!, r])) },
  }
}

/** The next question to ask for each element. */
const QUESTIONS: Readonly<Record<Element, string>> = {
  budget: 'Has money been set aside for this yet?',
  authority: 'Who besides you will approve this purchase?',
  need: 'What problem are you trying to solve?',
  timeline: 'By when does this have to be in place?',
  metrics: 'How will you measure whether this succeeded?',
  economicBuyer: 'Who has the final say over this spend?',
  decisionCriteria: 'What requirements will you judge vendors on?',
  decisionProcess: 'What steps lead from here to a final approval?',
  paperProcess: 'What happens between a verbal yes and a signed order?',
  identifyPain: 'What is the problem costing you today?',
  champion: 'Who inside is pushing for this change?',
  competition: 'Which other options are you considering?',
}

export const QUALIFICATION_FAMILIES: readonly ScenarioFamily[] = [
  rule('b2b-bant-missing-element', (rng) => missing(rng, BANT, BANT, 'BANT')),
  rule('b2b-meddic-missing-element', (rng) => missing(rng, MEDDIC, MEDDIC, 'MEDDIC')),
  rule('b2b-meddpicc-missing-added-element', (rng) =>
    missing(rng, MEDDPICC, ['paperProcess', 'competition'], 'MEDDPICC'),
  ),
  rule('b2b-meddpicc-element-of-a-note', (rng) =>
    noteElement(rng, MEDDPICC, 'MEDDPICC', {
      metrics: ['identifyPain', 'decisionCriteria', 'economicBuyer'],
      economicBuyer: ['champion', 'decisionProcess', 'metrics'],
      decisionCriteria: ['decisionProcess', 'metrics', 'competition'],
      decisionProcess: ['paperProcess', 'decisionCriteria', 'economicBuyer'],
      paperProcess: ['decisionProcess', 'decisionCriteria', 'economicBuyer'],
      identifyPain: ['metrics', 'champion', 'decisionCriteria'],
      champion: ['economicBuyer', 'identifyPain', 'decisionProcess'],
      competition: ['decisionCriteria', 'paperProcess', 'identifyPain'],
    }),
  ),
  rule('b2b-bant-element-of-a-note', (rng) =>
    noteElement(rng, BANT, 'BANT', {
      budget: ['authority', 'need', 'timeline'],
      authority: ['budget', 'need', 'timeline'],
      need: ['budget', 'timeline', 'authority'],
      timeline: ['need', 'budget', 'authority'],
    }),
  ),
  rule('b2b-discovery-question-for-the-gap', (rng) => {
    const m = missing(rng, MEDDPICC, MEDDPICC, 'MEDDPICC')
    const gap = m.key[0]
    return {
      stem: m.stem.replace(
        /Which MEDDPICC element is still open\?$/,
        'Which question should the next call ask?',
      ),
      table: 'questions',
      key: [gap, QUESTIONS[gap]] as const,
      wrong: m.wrong.map(
        ([e]) =>
          [
            e,
            QUESTIONS[e as Element],
            `asks about ${ELEMENTS[e as Element].toLowerCase()}, which the notes already record`,
          ] as const,
      ),
      in: m.in,
    }
  }),
  rule('b2b-who-is-the-champion', (rng) => whoIs(rng, 'champion')),
  rule('b2b-who-is-the-economic-buyer', (rng) => whoIs(rng, 'economicBuyer')),
  rule('b2b-who-is-only-a-coach', (rng) => whoIs(rng, 'coach')),
  b2b('b2b-lead-score-with-cap-and-decay', (rng) => {
    const level = rng.pick([10, 15, 20])
    const size = rng.pick([5, 10, 15])
    const pricing = rng.pick([15, 20, 25])
    const k = rng.pick([3, 5])
    const capPts = k * rng.int(3, 4)
    const n = rng.int(capPts / k + 2, capPts / k + 5)
    const decay = rng.pick([5, 10])
    const months = rng.int(2, 3)
    return {
      stem: `A lead-scoring model gives ${level} points for the contact's job level, ${size} for company size, ${pricing} for a pricing-page visit and ${k} per email click up to ${capPts} points, and takes ${decay} points off for each full month without activity. A lead from ${buyer(rng)} has the job level and size, visited pricing, clicked ${n} emails and has been inactive ${months} full months. What is the score?`,
      shape: count('points'),
      key: ['sub', ['add', level, size, pricing, Math.min(n * k, capPts)], decay * months],
      wrong: [
        [
          'partialMonthDecayed',
          ['sub', ['add', level, size, pricing, Math.min(n * k, capPts)], decay * (months + 1)],
          'takes the decay for the current partial month too',
        ],
        [
          'capIgnoredNoDecay',
          ['add', level, size, pricing, n * k],
          'ignores both the cap and the decay',
        ],
        [
          'ignoresCap',
          ['sub', ['add', level, size, pricing, n * k], decay * months],
          'scores every click, ignoring the cap',
        ],
        [
          'ignoresDecay',
          ['add', level, size, pricing, Math.min(n * k, capPts)],
          'forgets the inactivity decay',
        ],
        [
          'clicksOnce',
          ['sub', ['add', level, size, pricing, k], decay * months],
          'scores the clicks once instead of per click',
        ],
        [
          'decayOnce',
          ['sub', ['add', level, size, pricing, Math.min(n * k, capPts)], decay],
          'takes the decay once instead of per inactive month',
        ],
      ],
    }
  }),
  b2b('b2b-weighted-icp-fit-score', (rng) => {
    const w = rng.pick([
      [30, 25, 25, 20],
      [40, 20, 20, 20],
      [35, 30, 20, 15],
      [25, 25, 30, 20],
    ])
    const r = Array.from({ length: 4 }, () => rng.int(1, 5))
    const names = ['industry', 'company size', 'tech stack', 'region']
    return {
      stem: `An ideal-customer-profile score weights ${names.map((n, j) => `${n} ${w[j]}%`).join(', ')}, each rated 1 to 5. ${cap(buyer(rng))} rates ${names.map((n, j) => `${n} ${r[j]}`).join(', ')}. What is its weighted fit score on the 1–5 scale?`,
      shape: count('', 2),
      key: ['add', ...r.map((x, j) => x * (w[j]! / 100))],
      wrong: [
        ['unweighted', ['div', ['add', ...r], 4], 'averages the ratings without the weights'],
        ['sumOfRatings', ['add', ...r], 'adds the ratings instead of weighting them'],
        [
          'normalisedToOne',
          ['div', ['add', ...r.map((x, j) => x * (w[j]! / 100))], 5],
          'divides by five, reporting on a 0–1 scale',
        ],
        [
          'averagedAfterWeighting',
          ['div', ['add', ...r.map((x, j) => x * (w[j]! / 100))], 4],
          'divides the weighted sum by the four criteria as if averaging it',
        ],
        [
          'percentOfMaximum',
          ['mul', ['add', ...r.map((x, j) => x * (w[j]! / 100))], 20],
          'reports the score as a percentage of the maximum, not on the 1–5 scale',
        ],
        [
          'heaviestOnly',
          r[w.indexOf(Math.max(...w))]!,
          'takes the rating of the most heavily weighted criterion alone',
        ],
      ],
    }
  }),
  b2b('b2b-points-short-of-mql', (rng) => {
    const threshold = rng.pick([60, 70, 75, 80])
    const title = rng.pick([10, 15, 20])
    const webinar = rng.pick([10, 15])
    const demoPage = rng.pick([20, 25])
    const opens = rng.int(3, 8)
    const perOpen = 2
    const neg = rng.pick([10, 15, 20])
    return {
      stem: `A lead becomes an MQL at ${threshold} points. It has earned ${title} for title, ${webinar} for a webinar, ${demoPage} for viewing the demo page and ${perOpen} for each of ${opens} email opens, and lost ${neg} for a free email domain. How many more points does it need?`,
      shape: count('points'),
      key: ['sub', threshold, ['sub', ['add', title, webinar, demoPage, opens * perOpen], neg]],
      wrong: [
        [
          'ignoresNegative',
          ['sub', threshold, ['add', title, webinar, demoPage, opens * perOpen]],
          'forgets the negative points',
        ],
        [
          'opensOnce',
          ['sub', threshold, ['sub', ['add', title, webinar, demoPage, perOpen], neg]],
          'scores the email opens once',
        ],
        [
          'negativeAdded',
          ['sub', threshold, ['add', title, webinar, demoPage, opens * perOpen, neg]],
          'adds the negative points instead of taking them off',
        ],
        [
          'scoreNotGap',
          ['sub', ['add', title, webinar, demoPage, opens * perOpen], neg],
          'gives the current score, not the gap to the threshold',
        ],
        [
          'negativeTwice',
          ['sub', threshold, ['sub', ['add', title, webinar, demoPage, opens * perOpen], 2 * neg]],
          'takes the negative points off twice',
        ],
        [
          'ignoresTitle',
          ['sub', threshold, ['sub', ['add', webinar, demoPage, opens * perOpen], neg]],
          'leaves out the points for the job title',
        ],
      ],
    }
  }),
]
