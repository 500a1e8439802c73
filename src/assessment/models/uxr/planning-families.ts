import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { choose } from '../scenario/scenario-text.js'
import { count, family, figures, grouped, Product, product, uxrRule } from './uxr-text.js'

// Study planning and sampling. Sources for the rules the keys follow:
// - Problem discovery: Virzi (1992) and Nielsen & Landauer (1993), the share of problems of
//   probability p that n participants find is 1 − (1 − p)^n; Sauro & Lewis, Quantifying the User
//   Experience (2nd ed., 2016), ch. 7, solve it for n as ln(1 − goal) / ln(1 − p), rounded up.
// - Carry-over balancing: Williams (1949), a balanced Latin square needs n orders for an even
//   number n of conditions and 2n (the square and its mirror) for an odd n.
// - Method choice: the Nielsen Norman Group's "When to Use Which User-Experience Research
//   Methods" (Rohrer, 2022) and Sauro & Lewis ch. 1: attitudinal versus behavioural and
//   qualitative versus quantitative questions.

const ceilN = (v: number) => Math.ceil(v - 1e-9)

/** The smallest n for which at least two of n participants meet a problem with chance `goal`. */
function twoHits(p: number, goal: number): number {
  let n = 2
  while (1 - (1 - p) ** n - n * p * (1 - p) ** (n - 1) < goal) n++
  return n
}

const discoveryMinUsers = family('discovery-min-users', (rng) => {
  const p = rng.pick([0.1, 0.15, 0.2, 0.25, 0.3, 0.35])
  const goal = rng.pick([0.8, 0.85, 0.9, 0.95, 0.99])
  const show = count('participants')
  return figures(rng, show, {
    stem: `${Product(rng)} will be tested in rounds of think-aloud sessions. The problems the team cares most about are each met by about ${grouped(p * 100, 0)}% of users. Under the model that n participants uncover a share 1 − (1 − p)ⁿ of such problems, what is the smallest number of participants that uncovers at least ${grouped(goal * 100, 0)}% of them?`,
    in: { p, goal },
    key: ceilN(Math.log(1 - goal) / Math.log(1 - p)),
    wrong: [
      ['linear', ceilN(goal / p), 'adds p for each participant instead of compounding the misses'],
      ['pInLog', ceilN(Math.log(1 - goal) / Math.log(p)), 'raises p, not 1 − p, to the power n'],
      [
        'goalInLog',
        ceilN(Math.log(goal) / Math.log(1 - p)),
        'solves (1 − p)ⁿ for the goal, not for the share missed',
      ],
      ['once', ceilN(1 / p), 'counts the participants needed to see a problem once on average'],
      ['fiveUsers', 5, 'applies the five-user rule whatever p and the goal are'],
      [
        'twoHits',
        twoHits(p, goal),
        'requires each problem to be seen by at least two participants',
      ],
      [
        'rateApprox',
        ceilN(-Math.log(1 - goal) / p),
        'treats p as a rate, putting p where −ln(1 − p) belongs',
      ],
      ['threeRounds', 15, 'runs three rounds of five users whatever p and the goal are'],
    ],
  })
})

/** A screener respondent: how often they use the product, their job and their last study. */
interface Respondent {
  readonly use: 'daily' | 'weekly' | 'monthly' | 'rarely'
  readonly job: string
  readonly recent: boolean
}
const JOBS = [
  'teacher',
  'nurse',
  'market researcher',
  'plumber',
  'UX designer',
  'accountant',
  'chef',
  'student',
]
const EXCLUDED_JOBS = new Set(['market researcher', 'UX designer'])

/** How many respondents meet the rules: use weekly or more, no excluded job, no recent study. */
export function qualifies(
  r: Respondent,
  rules: { monthlyCounts?: boolean; ignoreJob?: boolean; ignoreRecent?: boolean } = {},
): boolean {
  const often =
    r.use === 'daily' || r.use === 'weekly' || (rules.monthlyCounts === true && r.use === 'monthly')
  return (
    often &&
    (rules.ignoreJob === true || !EXCLUDED_JOBS.has(r.job)) &&
    (rules.ignoreRecent === true || !r.recent)
  )
}

const screenerQualifiers = family('screener-qualifiers', (rng) => {
  const rows: Respondent[] = Array.from({ length: rng.int(9, 12) }, () => ({
    use: rng.pick(['daily', 'weekly', 'monthly', 'rarely'] as const),
    job: rng.pick(JOBS),
    recent: rng.int(0, 3) === 0,
  }))
  const n = (f: (r: Respondent) => boolean) => rows.filter(f).length
  const list = rows
    .map(
      (r, i) =>
        `R${i + 1}: ${r.use}, ${r.job}, ${r.recent ? 'took part in a study 2 months ago' : 'no study in the past year'}`,
    )
    .join('; ')
  return figures(rng, count('respondents'), {
    stem: `A screener for ${product(rng)} accepts people who use it at least weekly, do not work in market research or UX, and have not taken part in a study in the past 6 months. Answers: ${list}. How many respondents qualify?`,
    in: { rows },
    key: n((r) => qualifies(r)),
    wrong: [
      [
        'monthly',
        n((r) => qualifies(r, { monthlyCounts: true })),
        'counts monthly users as at least weekly',
      ],
      ['job', n((r) => qualifies(r, { ignoreJob: true })), 'lets the excluded professions through'],
      [
        'recent',
        n((r) => qualifies(r, { ignoreRecent: true })),
        'ignores the six-month rule on recent studies',
      ],
      [
        'usage',
        n((r) => r.use === 'daily' || r.use === 'weekly'),
        'checks only how often they use it',
      ],
      [
        'any',
        n((r) => r.use === 'daily' || r.use === 'weekly' || !EXCLUDED_JOBS.has(r.job) || !r.recent),
        'accepts anyone who meets any one rule',
      ],
      [
        'dailyOnly',
        n((r) => r.use === 'daily' && !EXCLUDED_JOBS.has(r.job) && !r.recent),
        'reads “at least weekly” as more often than weekly, so weekly users fail',
      ],
      ['rejected', rows.length - n((r) => qualifies(r)), 'counts the respondents screened out'],
    ],
  })
})

const overRecruit = family('over-recruit-for-no-shows', (rng) => {
  const s = rng.int(6, 24)
  const r = rng.pick([0.1, 0.15, 0.2, 0.25, 0.3])
  return figures(rng, count('recruits'), {
    stem: `A client needs ${s} completed remote sessions on ${product(rng)}. The recruiting agency's no-show rate for this audience is ${grouped(r * 100, 0)}%. How many people should be booked so that the expected number who turn up is at least ${s}?`,
    in: { s, r },
    key: ceilN(s / (1 - r)),
    wrong: [
      [
        'addRate',
        ceilN(s * (1 + r)),
        'adds the no-show rate to the sessions instead of dividing by the show rate',
      ],
      ['divRate', ceilN(s / r), 'divides by the no-show rate, not the show rate'],
      ['none', s, 'books exactly the sessions needed, with no spares'],
      ['double', 2 * s, 'books two people for every slot'],
      ['timesShow', ceilN(s * (1 - r)), 'multiplies by the show rate instead of dividing by it'],
      [
        'roundDown',
        Math.floor(s / (1 - r) + 1e-9),
        'rounds down, so the expected turn-out falls short',
      ],
      ['percentAsHeads', s + Math.round(r * 100), 'adds the no-show percentage as a head count'],
    ],
  })
})

const incentiveBudget = family('incentive-budget', (rng) => {
  const n = rng.int(8, 20)
  const f = rng.int(2, 4)
  const k = rng.int(1, f)
  const inc = rng.pick([40, 50, 60, 75, 100])
  const fee = rng.pick([45, 60, 80, 90, 120])
  const sym = rng.pick(['$', '€', '£'])
  const money = (v: number) => `${sym}${grouped(v, 0)}`
  const booked = n + f
  return figures(rng, money, {
    stem: `For ${product(rng)} you book ${booked} people (${n} sessions plus ${f} floaters). The agency charges ${money(fee)} for each person booked. Everyone who turns up is paid a ${money(inc)} incentive, floaters who are not needed included; no-shows are paid nothing. If ${k} ${k === 1 ? 'person does' : 'people do'} not turn up, what is the total of fees and incentives?`,
    in: { n, f, k, inc, fee },
    key: booked * fee + (booked - k) * inc,
    wrong: [
      [
        'sessionsOnly',
        booked * fee + n * inc,
        'pays incentives only for the sessions run, not the floaters who came',
      ],
      ['paysNoShows', booked * (fee + inc), 'pays the no-shows their incentive too'],
      [
        'feeForShows',
        (booked - k) * (fee + inc),
        'charges the agency fee only for people who turned up',
      ],
      ['noFee', (booked - k) * inc, 'leaves the agency fees out'],
      ['noFloaters', n * (fee + inc), 'budgets for the sessions alone, without the floaters'],
    ],
  })
})

const sessionDays = family('fieldwork-days', (rng) => {
  const n = rng.int(18, 48)
  const L = rng.pick([45, 60, 75, 90])
  const B = rng.pick([15, 20, 30])
  const H = rng.pick([6, 7, 8])
  const fits = (len: number, gap: number) => {
    let k = 0
    while ((k + 1) * len + k * gap <= H * 60) k++
    return k
  }
  const perDay = fits(L, B)
  return figures(rng, count('days'), {
    stem: `You must run ${n} moderated sessions of ${L} minutes on ${product(rng)}, with a ${B}-minute break between consecutive sessions (none after the day's last). Each day offers ${H === 8 ? 'an' : 'a'} ${H}-hour window. A session cannot be split across days. How many days of fieldwork are needed?`,
    in: { n, L, B, H },
    key: ceilN(n / perDay),
    wrong: [
      ['noBreak', ceilN(n / fits(L, 0)), 'leaves the breaks out of the day'],
      [
        'breakAfterLast',
        ceilN(n / Math.floor((H * 60) / (L + B))),
        'also fits a break after the last session of the day',
      ],
      [
        'pooled',
        ceilN((n * L + (n - 1) * B) / (H * 60)),
        'pools the minutes as if sessions could run over into the next day',
      ],
      ['hoursAsSessions', ceilN(n / H), 'fits one session per hour of the window'],
      ['perDay', perDay, 'gives the sessions that fit in a day, not the days'],
    ],
  })
})

const latinSquare = family('balanced-latin-square-orders', (rng) => {
  const k = rng.pick([3, 4, 5, 6])
  const fact = (m: number): number => (m <= 1 ? 1 : m * fact(m - 1))
  return figures(rng, count('orders'), {
    stem: `A within-subjects study of ${product(rng)} compares ${k} design variants. To balance first-order carry-over (each variant follows every other equally often), you use a Williams balanced Latin square. How many distinct presentation orders does it need?`,
    in: { k },
    key: k % 2 === 0 ? k : 2 * k,
    wrong: [
      ['factorial', fact(k), 'uses every possible order (full counterbalancing)'],
      ['square', k * k, 'counts the cells of the square, not its rows'],
      ['k', k, 'uses a single k-row square, which balances carry-over only for an even count'],
      ['twoK', 2 * k, 'mirrors the square although an even count needs no mirror'],
      ['pairs', (k * (k - 1)) / 2, 'counts the pairs of variants'],
      ['abba', 2, 'uses one order and its reverse (ABBA counterbalancing)'],
      ['sameOrder', 1, 'gives every participant the same order'],
      [
        'orderedPairs',
        k * (k - 1),
        'counts the ordered pairs, one order for each variant following each other one',
      ],
    ],
  })
})

const interlockingQuotas = family('interlocking-quota-total', (rng) => {
  const segments = rng.int(2, 4)
  const devices = rng.int(2, 3)
  const m = rng.int(2, 5)
  return figures(rng, count('participants'), {
    stem: `A study of ${product(rng)} has interlocking quotas: each of ${segments} user segments must be seen on each of ${devices} device types, with at least ${m} participants in every segment-by-device cell. What is the smallest total sample?`,
    in: { segments, devices, m },
    key: segments * devices * m,
    wrong: [
      [
        'additive',
        (segments + devices) * m,
        'fills each dimension’s quota separately and adds them',
      ],
      [
        'largest',
        Math.max(segments, devices) * m,
        'sets non-interlocking quotas, one participant counting in both dimensions',
      ],
      ['segmentsOnly', segments * m, 'sets quotas for the segments only'],
      ['devicesOnly', devices * m, 'sets quotas for the device types only'],
      ['cellsOnly', segments * devices, 'fills each cell with one participant, not the minimum'],
      [
        'bothDimensions',
        2 * segments * devices * m,
        'counts each cell’s participants once for the segment and again for the device',
      ],
      ['squared', segments * devices * m * m, 'multiplies the cell minimum in twice'],
      [
        'withMargins',
        (segments * devices + segments + devices) * m,
        'adds a quota group for each dimension’s total on top of the cells',
      ],
    ],
  })
})

const diaryEntries = family('diary-study-expected-entries', (rng) => {
  const n = rng.int(8, 20)
  const d = rng.pick([7, 10, 14, 21])
  const k = rng.int(2, 3)
  const c = rng.pick([0.6, 0.7, 0.75, 0.8, 0.85])
  return figures(rng, count('entries'), {
    stem: `A diary study of ${product(rng)} runs for ${d} days with ${n} participants, each prompted ${k} times a day. Past studies suggest ${grouped(c * 100, 0)}% of prompts get an entry. How many entries should the analysis plan expect?`,
    in: { n, d, k, c },
    key: Math.round(n * d * k * c),
    wrong: [
      [
        'noPrompts',
        Math.round(n * d * c),
        'counts one entry per participant a day, ignoring the prompts',
      ],
      ['noCompliance', n * d * k, 'assumes every prompt gets an entry'],
      ['missed', Math.round(n * d * k * (1 - c)), 'gives the prompts expected to go unanswered'],
      ['perParticipant', Math.round(d * k * c), 'gives one participant’s entries, not the study’s'],
      [
        'divideRate',
        Math.round((n * d * k) / c),
        'divides by the response rate instead of multiplying by it',
      ],
      [
        'percentAsNumber',
        n * d * k * Math.round(c * 100),
        'multiplies by the percentage as a whole number, not as a fraction',
      ],
    ],
  })
})

/** A research question, the method that answers it, and the method each other option is. */
const METHOD_QUESTIONS: readonly (readonly [question: string, method: string])[] = [
  [
    'whether people can find 12 key services in a proposed menu structure, before any visual design exists',
    'A tree test of the proposed menu',
  ],
  [
    'how their customers themselves would group 40 help articles, with no categories decided yet',
    'An open card sort of the articles',
  ],
  [
    'where first-time users get stuck while setting up an account, and why',
    'Moderated usability testing',
  ],
  [
    'what share of its 30,000 subscribers would pay for an add-on, within a stated margin',
    'A survey of a random sample',
  ],
  [
    'how field engineers plan their working day today, before anything is designed',
    'Contextual inquiry on site',
  ],
  [
    'which of two sign-up button labels converts more visitors on the live site',
    'An A/B test on live traffic',
  ],
  [
    'how people’s use of the product changes over their first three weeks',
    'A diary study over three weeks',
  ],
]
const METHODS: Readonly<Record<string, string>> = {
  'A tree test of the proposed menu':
    'tests findability in a hierarchy, not the task this question asks',
  'An open card sort of the articles':
    'shows how people group content, not what this question asks',
  'Moderated usability testing': 'observes task attempts, not what this question asks',
  'A survey of a random sample': 'measures stated attitudes at scale, not what this question asks',
  'Contextual inquiry on site': 'observes current work in context, not what this question asks',
  'An A/B test on live traffic': 'compares live variants by outcome, not what this question asks',
  'A diary study over three weeks': 'tracks behaviour over time, not what this question asks',
}

const methodForQuestion = family('method-for-the-question', (rng) => {
  const [question, method] = rng.pick(METHOD_QUESTIONS)
  const wrong: Wrong[] = Object.entries(METHODS)
    .filter(([m]) => m !== method)
    .map(([m, why]) => [m, `chooses a method that ${why}`])
  return choose(rng, {
    stem: `A client running ${product(rng)} wants to learn ${question}. Which research method fits that question best?`,
    key: method,
    wrong,
    facts: { kind: 'method', question },
  })
})

/** A UI label and a realistic goal that needs it, for task wording. */
const TASK_GOALS: readonly (readonly [label: string, goal: string])[] = [
  [
    'Manage subscriptions',
    'You no longer want the monthly magazine. Stop it arriving from next month.',
  ],
  ['Delivery preferences', 'You will be away next week. Arrange for parcels to go to a neighbour.'],
  ['Payment methods', 'Your card has expired. Make sure your next order can still be paid for.'],
  [
    'Order history',
    'You want to buy the same coffee you bought in March. Find out which one it was.',
  ],
  ['Notification settings', 'You keep getting text messages about offers. Make them stop.'],
]

const taskWording = family('task-wording-without-ui-labels', (rng) => {
  const [label, goal] = rng.pick(TASK_GOALS)
  const wrong: Wrong[] = [
    [
      `Please go to ${label} now and make whatever change you need to make there.`,
      'names the UI label, so the task tests reading not finding',
    ],
    [
      `Can you find the ${label} page somewhere in the main menu for us?`,
      'asks a yes-or-no question that names the label',
    ],
    [
      `Would you ever use ${label} for this kind of thing in your own life?`,
      'asks for a hypothetical opinion instead of a behaviour',
    ],
    [
      `Click ${label}, then tell us what you think of it and why.`,
      'gives click-by-click instructions that name the label',
    ],
    [
      `Show us how easy ${label} is to use, step by step, on this page.`,
      'presumes the answer and names the label',
    ],
    [`${goal} Hint: look under ${label}.`, 'adds a hint that gives the answer away'],
    [
      `You want to use ${label.toLowerCase()}. Find where you would do that.`,
      'turns the label into the goal, so the task tests reading not finding',
    ],
  ]
  return choose(rng, {
    stem: `You are writing tasks for a usability test of ${product(rng)}. The feature under test sits under the menu label "${label}". Which task wording is best?`,
    key: goal,
    wrong,
    facts: { kind: 'task-wording', label },
  })
})

const neutralProbe = uxrRule('neutral-think-aloud-probe', {
  source:
    'Nielsen Norman Group, "Thinking Aloud: The #1 Usability Tool" (2012); Dumas & Loring, Moderating Usability Tests (2008), ch. 5',
  answer: 'neutral-open-probe',
  stem: (rng) =>
    `During a think-aloud session on ${product(rng)}, a participant goes quiet and hovers over a menu for several seconds. Which prompt should the moderator use?`,
  keys: [
    '"What are you thinking right now?"',
    '"Can you tell me what you are looking at?"',
    '"What is going through your mind?"',
  ],
  wrong: [
    ['"Is that menu confusing for you?"', 'suggests the answer it expects (a leading probe)'],
    [
      '"The option you want is on the left."',
      'helps the participant, so the task no longer measures anything',
    ],
    [
      '"Don’t worry, most people struggle here."',
      'reassures with information that biases later behaviour',
    ],
    ['"Would you prefer a search box instead?"', 'asks the participant to design the solution'],
    ['"Why didn’t you click the menu yet?"', 'puts the participant on the defensive'],
  ],
})

const pilotSession = uxrRule('pilot-session-first', {
  source:
    'Rubin & Chisnell, Handbook of Usability Testing (2nd ed., 2008), ch. 5: conduct a pilot test',
  answer: 'pilot',
  stem: (rng) =>
    `A new test plan and task script for ${product(rng)} are ready and ${rng.int(8, 12)} sessions are booked for next week. The tasks have never been tried. What should the researcher do first?`,
  keys: [
    'Run a pilot session to check the tasks and timing',
    'Pilot the script with one person before the first session',
    'Try the full session once with a stand-in participant',
  ],
  wrong: [
    [
      'Start the booked sessions and fix problems as they appear',
      'lets early sessions absorb script faults, so their data differ',
    ],
    [
      'Send the task list to the participants to read in advance',
      'primes participants with the tasks',
    ],
    [
      'Ask the client to approve the wording and skip any rehearsal',
      'treats sign-off as a test of the script',
    ],
    [
      'Add two more tasks in case some finish early',
      'lengthens an untried script instead of testing it',
    ],
    [
      'Book extra participants to make up for weak sessions',
      'pays for more sessions instead of fixing the script',
    ],
  ],
})

const moderatedOrNot = uxrRule('moderated-for-why-questions', {
  source: 'Nielsen Norman Group, "Remote Usability Tests: Moderated and Unmoderated" (2013)',
  answer: 'moderated',
  stem: (rng) =>
    `A client wants to understand why people misread the pricing page of ${product(rng)} and to follow up on what they say. Budget allows either format. Which format fits?`,
  keys: [
    'Moderated sessions, so the moderator can probe',
    'Moderated testing, remote or in person, with follow-up',
    'A moderated test, so answers can be explored live',
  ],
  wrong: [
    [
      'Unmoderated tests, because they are faster to run',
      'picks speed over the follow-up the question needs',
    ],
    [
      'An unmoderated test with a post-task rating scale',
      'collects ratings but cannot probe reasons',
    ],
    [
      'A large survey with one open question at the end',
      'asks for recalled opinions instead of observing',
    ],
    ['Web analytics on the pricing page for a month', 'shows what happens but not why'],
    ['A five-second test of the pricing page', 'measures first impressions, not misreading in use'],
  ],
})

const incentiveFairness = uxrRule('incentive-level-not-coercive', {
  source:
    'UXPA Code of Professional Conduct (participants’ well-being and informed, voluntary participation)',
  answer: 'proportionate',
  stem: (rng) =>
    `Setting the incentive for ${rng.pick(['60', '90'])}-minute sessions with ${rng.pick(['nurses', 'small-business owners', 'students'])} on ${product(rng)}, which principle applies?`,
  keys: [
    'Pay fairly for their time, not so much it pressures them',
    'Match the time and expertise asked, without being coercive',
    'Compensate the time given, at a level that is not coercive',
  ],
  wrong: [
    [
      'Pay only those who finish every task in the session',
      'makes payment depend on performance, which pressures people to stay',
    ],
    [
      'Pay as little as possible to avoid attracting the wrong people',
      'underpays, so only the least busy people take part',
    ],
    [
      'Offer a prize draw instead, as it costs less overall',
      'swaps fair pay for a lottery most participants lose',
    ],
    [
      'Pay in product credit, since users like the product',
      'biases the sample toward fans and pays in kind',
    ],
    ['Pay more to those who give the most positive feedback', 'buys favourable answers'],
  ],
})

const earlyLeave = uxrRule('pay-participants-who-stop-early', {
  source:
    'UXPA Code of Professional Conduct; Rubin & Chisnell (2008), ch. 9: participants may stop at any time without penalty',
  answer: 'pay-in-full',
  stem: (rng) =>
    `Twenty minutes into a ${rng.pick([45, 60, 90])}-minute session on ${product(rng)}, a participant says they feel unwell and want to stop. The incentive was stated in the invitation. What should happen?`,
  keys: [
    'End the session and pay the full stated incentive',
    'Stop there and pay the incentive as promised',
    'Thank them, end the session and pay in full',
  ],
  wrong: [
    [
      'Pay a third of the incentive for the time given',
      'makes leaving cost the participant, a penalty for withdrawing',
    ],
    ['Ask them to finish the last task, then pay them', 'pressures the participant to continue'],
    [
      'Pay nothing because the session was not completed',
      'penalises withdrawal, which must be free',
    ],
    [
      'Reschedule and pay only after the second session',
      'holds back the incentive until they take part again',
    ],
    [
      'Keep their data and pay them a reduced fee',
      'penalises withdrawal and keeps data without asking',
    ],
  ],
})

const formativeOrSummative = uxrRule('formative-versus-summative-sample', {
  source: 'Sauro & Lewis, Quantifying the User Experience (2nd ed., 2016), ch. 6–7',
  answer: 'summative-needs-more',
  stem: (rng) =>
    `Two studies of ${product(rng)} are planned: a formative round to find problems in a prototype, and a summative benchmark whose completion rates must be precise to within ±${rng.pick([8, 10])} points. How do their sample sizes compare?`,
  keys: [
    'The benchmark needs far more participants than the round',
    'The summative benchmark needs the larger sample',
    'Far more for the benchmark; a handful can find problems',
  ],
  wrong: [
    [
      'Five participants are enough for each study',
      'applies the discovery rule of thumb to a precision target',
    ],
    [
      'The formative round needs more, as it must find every problem',
      'thinks problem discovery needs exhaustive samples',
    ],
    ['They need the same sample, since it is the same product', 'ignores that the goals differ'],
    ['Neither needs a sample size decided in advance', 'leaves a precision target to chance'],
    [
      'The benchmark needs fewer, because metrics are objective',
      'confuses objectivity with precision',
    ],
  ],
})

const realUsers = uxrRule('recruit-representative-users', {
  source:
    'Nielsen Norman Group, "Recruiting Test Participants for Usability Studies" (2003); Rubin & Chisnell (2008), ch. 7',
  answer: 'representative',
  stem: (rng) =>
    `To save time, a client suggests testing ${product(rng)} with ${rng.int(5, 8)} people from its own office instead of recruiting customers. What should the researcher advise?`,
  keys: [
    'Recruit people who match the real customers',
    'Test with users drawn from the target audience',
    'Recruit real customers, not the client’s staff',
  ],
  wrong: [
    [
      'Staff are fine, as they know the product best',
      'treats product knowledge as a plus when it hides first-use problems',
    ],
    [
      'Use the staff but ask them to act like customers',
      'thinks role-play removes insider knowledge',
    ],
    [
      'Staff are fine if they work in a different team',
      'thinks distance from the team removes insider bias',
    ],
    [
      'Use staff for half the sessions to save money',
      'mixes an unrepresentative group into the sample',
    ],
    ['Test with friends and family, who are not staff', 'swaps one convenience sample for another'],
    [
      'Staff are fine as long as they have never worked on this particular product',
      'thinks not having worked on it removes insider knowledge',
    ],
    ['Use staff; users vary anyway', 'dismisses whether the sample represents the users'],
  ],
})

const warmUp = uxrRule('easy-warm-up-task-first', {
  source:
    'Rubin & Chisnell, Handbook of Usability Testing (2nd ed., 2008), ch. 8, task ordering; Dumas & Loring (2008)',
  answer: 'warm-up-first',
  stem: (rng) =>
    `A ${rng.int(4, 7)}-task usability test of ${product(rng)} is being ordered. How should it start?`,
  keys: [
    'With a short, easy task that warms the participant up',
    'With a simple warm-up task before the key tasks',
    'Easy first: a brief task to settle the participant in',
  ],
  wrong: [
    [
      'With the hardest task, while the participant is fresh',
      'opens with likely failure, unsettling the rest of the session',
    ],
    [
      'With the task the client cares most about, unannounced',
      'risks the key task on a nervous start',
    ],
    [
      'With a questionnaire on the product’s brand values',
      'starts with attitudes that colour later behaviour',
    ],
    ['With a demo of the product by the moderator', 'teaches the interface before it is tested'],
    [
      'With every task listed so the participant can plan',
      'primes the participant with the whole task set',
    ],
  ],
})

const pastBehaviour = uxrRule('interview-asks-about-past-behaviour', {
  source:
    'Portigal, Interviewing Users (2nd ed., 2023), ch. 6; Flanagan (1954), the critical incident technique',
  answer: 'past-specific',
  stem: (rng) =>
    `In a discovery interview for ${product(rng)}, which question gets the most reliable evidence?`,
  keys: [
    '"Tell me about the last time you did this."',
    '"Walk me through the last time that happened."',
    '"Can you describe the most recent time you did it?"',
  ],
  wrong: [
    [
      '"Would you use a feature that did this for you?"',
      'asks for a prediction of future behaviour',
    ],
    [
      '"Don’t you find the current process frustrating?"',
      'leads the participant to the expected answer',
    ],
    [
      '"How do you usually do this, in general?"',
      'invites an idealised summary instead of a real episode',
    ],
    ['"What features should we build next?"', 'asks the participant to design the product'],
    ['"How much would you pay for an app that did this?"', 'asks for a hypothetical price'],
  ],
})

const fiveSecond = uxrRule('five-second-test-for-first-impressions', {
  source:
    'Perfetti, "5-Second Tests" (UIE, 2005); Nielsen Norman Group, "When to Use Which User-Experience Research Methods"',
  answer: 'five-second',
  stem: (rng) =>
    `A client wants to know what visitors think ${product(rng)}'s new landing page offers after a glance. Which method fits?`,
  keys: [
    'A five-second test with recall questions',
    'A five-second test, then asking what they recall',
    'Showing the page for five seconds, then asking',
  ],
  wrong: [
    [
      'A tree test of the site’s navigation',
      'tests findability in a hierarchy, not first impressions',
    ],
    [
      'A 60-minute moderated usability test of checkout',
      'studies task performance instead of a first glance',
    ],
    ['An open card sort of the page’s content', 'studies grouping, not what the page communicates'],
    ['A diary study over two weeks', 'tracks behaviour over time, not a first impression'],
    [
      'A survey asking people to imagine the page in detail',
      'asks people to picture a page they have not seen',
    ],
  ],
})

/** Study planning and sampling: how many, who, when, in what order and by which method. */
export const PLANNING_FAMILIES: readonly ScenarioFamily[] = [
  discoveryMinUsers,
  screenerQualifiers,
  overRecruit,
  incentiveBudget,
  sessionDays,
  latinSquare,
  interlockingQuotas,
  diaryEntries,
  methodForQuestion,
  taskWording,
  neutralProbe,
  pilotSession,
  moderatedOrNot,
  incentiveFairness,
  earlyLeave,
  formativeOrSummative,
  realUsers,
  warmUp,
  pastBehaviour,
  fiveSecond,
]
