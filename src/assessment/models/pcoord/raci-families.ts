import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { computed, retrying } from './calc.js'
import { judged, type Say, team, varied } from './raid-families.js'
import type { Letter, RuleCalc } from './rules.js'

const PEOPLE = [
  'Amara (owner)',
  'Jonas (finance lead)',
  'Mei (designer)',
  'Rafael (developer)',
  'Sofia (marketing lead)',
  'Tomasz (office manager)',
  'Leila (legal adviser)',
  'Owen (sales lead)',
]

const DELIVERABLES = [
  'the supplier contract',
  'the launch email',
  'the venue booking',
  'the new price list',
  'the homepage copy',
  'the staff rota',
]

const RACI_RULES =
  'In the client’s RACI matrix R does the work, A approves it and answers for it, C is asked for input before it is decided, and I is told once it is done.'

type Row = [string, Letter][]

function row(rng: Rng, letters: readonly Letter[]): Row {
  const people = rng.shuffle(PEOPLE).slice(0, letters.length)
  return rng.shuffle(letters.map((l, i) => [people[i]!, l] as [string, Letter]))
}

const rowText = (r: Row) => r.map(([p, l]) => `${p} ${l}`).join(', ')

const SLIP: Record<Letter, string> = {
  R: 'went to the person who does the work',
  A: 'went to the person who approves it',
  C: 'went to the person asked for input',
  I: 'went to the person only told afterwards',
}

function whoHolds(id: string, ask: Letter, question: string): ScenarioFamily {
  return {
    id,
    draw(rng) {
      const r = row(rng, ['R', 'A', 'C', 'I'])
      const deliverable = rng.pick(DELIVERABLES)
      const c = (slip?: Letter): RuleCalc => ({
        op: 'rule',
        kind: 'raci',
        row: r,
        ask,
        ...(slip ? { slip } : {}),
      })
      return computed(
        `${RACI_RULES} The row for ${deliverable} reads: ${rowText(r)}. ${question.replace('$D', deliverable)}`,
        c(),
        (['R', 'A', 'C', 'I'] as const)
          .filter((l) => l !== ask)
          .map((l) => [c(l), SLIP[l]] as const),
      )
    },
  }
}

function countOf(
  id: string,
  ask: Letter[],
  question: string,
  slips: [Letter[], string][],
): ScenarioFamily {
  return {
    id,
    draw(rng) {
      const letters: Letter[] = [
        'R',
        'A',
        ...rng.shuffle(['C', 'C', 'C', 'I', 'I', 'I', 'R'] as Letter[]).slice(0, rng.int(3, 5)),
      ]
      const r = row(rng, letters)
      const deliverable = rng.pick(DELIVERABLES)
      const c = (slip?: Letter[]): RuleCalc => ({
        op: 'rule',
        kind: 'raciCount',
        row: r,
        ask,
        ...(slip ? { slip } : {}),
      })
      return computed(
        `${RACI_RULES} The row for ${deliverable} reads: ${rowText(r)}. ${question}`,
        c(),
        slips.map(([l, m]) => [c(l), m] as const),
      )
    },
  }
}

const STAKEHOLDERS = [
  'the landlord',
  'the client’s bank manager',
  'the franchise head office',
  'the regular customers',
  'the local council’s events officer',
  'the part-time staff',
]

const GRID_RULES =
  'The client’s stakeholder plan uses a power/interest grid: high power and high interest, manage closely; high power and low interest, keep satisfied; low power and high interest, keep informed; low power and low interest, monitor.'

/** The grid stated as the client's rule, for the families whose options are drawn from the case. */
const GRID_RULE =
  'The client’s stakeholder rule is a power/interest grid: high power and high interest, manage closely; high power and low interest, keep satisfied; low power and high interest, keep informed; low power and low interest, monitor.'

/** Each strategy of the grid as an answer: its name alone, or what it means for this party. */
const STRATEGY = (who: string): Record<'closely' | 'satisfied' | 'informed' | 'monitor', Say> => ({
  closely: [
    'manage closely',
    `manage ${who} closely, involving them in decisions`,
    'manage closely: involve them in each decision',
  ],
  satisfied: [
    'keep satisfied',
    `keep ${who} satisfied without detail`,
    'keep satisfied: brief, on their terms',
  ],
  informed: [
    'keep informed',
    `keep ${who} informed with regular updates`,
    'keep informed: regular updates, no say in decisions',
  ],
  monitor: ['monitor', `monitor ${who}, with little effort`, 'monitor: watch, no regular contact'],
})

/**
 * Who is who on a project: the RACI matrix a coordinator keeps and reads before asking, sending
 * or chasing anything, and the stakeholder plan that says how each party is kept in touch.
 */
export const RACI_FAMILIES: readonly ScenarioFamily[] = (
  [
    whoHolds(
      'raci-who-signs-off-a-deliverable',
      'A',
      'Whose sign-off do you need before $D counts as done?',
    ),
    whoHolds('raci-who-does-the-work', 'R', 'Whom do you chase for progress on the work itself?'),
    whoHolds(
      'raci-whom-to-ask-before-the-decision',
      'C',
      'Before $D is decided, whose input must you ask for?',
    ),
    whoHolds(
      'raci-whom-to-tell-afterwards',
      'I',
      'Once $D is done, who must be told but was not asked beforehand?',
    ),
    countOf(
      'raci-how-many-to-ask-for-input',
      ['C'],
      'How many people do you ask for input before the decision?',
      [
        [['C', 'I'], 'asked the people only told afterwards as well'],
        [['C', 'A'], 'counted the approver among those asked for input'],
        [['R', 'A', 'C', 'I'], 'counted everyone on the row'],
      ],
    ),
    countOf(
      'raci-how-many-to-tell-once-done',
      ['I'],
      'The rule is that those asked beforehand hear the outcome at the review meeting; the update email goes only to those told afterwards. How many people get the email?',
      [
        [['C', 'I'], 'sent it to those asked beforehand as well'],
        [['R', 'A', 'C', 'I'], 'sent it to everyone on the row'],
        [['A', 'I'], 'added the approver to the email'],
      ],
    ),
    ...([['high', 'low']] as const).map(([power, interest]) => ({
      id: `stakeholder-with-${power}-power-and-${interest}-interest`,
      draw(rng: Rng) {
        const c = (slip?: 'swappedAxes' | 'powerOnly' | 'interestOnly'): RuleCalc => ({
          op: 'rule',
          kind: 'grid',
          power,
          interest,
          ...(slip ? { slip } : {}),
        })
        const who = rng.pick(STAKEHOLDERS)
        return computed(
          `${GRID_RULES} You rate ${who} as having ${power} power over the project and ${interest} interest in it. Which approach does the plan give them?`,
          c(),
          [
            [c('swappedAxes'), 'read power as interest and interest as power'],
            [c('powerOnly'), 'went by power alone, as if interest matched it'],
            [c('interestOnly'), 'went by interest alone, as if power matched it'],
          ],
        )
      },
    })),
    varied('stakeholder-with-low-power-and-high-interest', (rng) => {
      const who = rng.pick(STAKEHOLDERS)
      const why = rng.pick([
        'they ask about every change',
        'they read every update and often write back',
        'they are affected by the work but decide nothing on it',
      ])
      return {
        stem: `${GRID_RULE} You rate ${who} as having low power over the project and high interest in it: ${why}. Which approach does the plan give them?`,
        key: STRATEGY(who).informed,
        wrong: [
          [STRATEGY(who).satisfied, 'read power as interest and interest as power'],
          [STRATEGY(who).monitor, 'went by power alone, as if interest matched it'],
          [STRATEGY(who).closely, 'went by interest alone, as if power matched it'],
          [
            ['a C on every decision', `make ${who} a C on each row`],
            'took high interest for a right to be asked before decisions',
          ],
        ],
      }
    }),
    judged('raci-row-without-an-approver', (rng) => {
      const [doer, asked, told] = rng.shuffle(PEOPLE).slice(0, 3)
      return {
        stem: `${RACI_RULES} The client’s rule adds: every row needs exactly one A before work starts. The row for ${rng.pick(DELIVERABLES)} reads: ${doer} R, ${asked} C, ${told} I. What do you do before the work starts?`,
        key: 'ask the owner to name one A for the row',
        wrong: [
          ['let the R approve the work when it is done', 'let the doer approve their own work'],
          ['start now and settle the A at sign-off', 'started work with nobody accountable'],
          ['put yourself down as the A for now', 'took accountability the coordinator lacks'],
        ],
      }
    }),
    varied('consulted-party-objects-after-the-decision', (rng) => {
      const [a, r, c] = team(rng, 3) as [string, string, string]
      const deliverable = rng.pick(DELIVERABLES)
      return {
        stem: `${RACI_RULES} The client’s rule adds: a C is heard before the decision but holds no veto, and an objection that stands after the decision is minuted; the A decides. For ${deliverable} ${a} is A, ${r} is R and ${c} is C. ${a} has decided, and ${c}, who was heard, still objects. What do you do?`,
        key: [
          'record the objection; go on as decided',
          `minute ${c}’s objection and go on with ${a}’s decision`,
          `go on as ${a} decided, the objection on record`,
        ],
        wrong: [
          [
            ['hold the work until the C agrees', `pause until ${c} agrees`],
            'gave a consulted party a veto',
          ],
          [
            [`let ${r} choose between the views`, 'ask the R to decide'],
            'moved the decision to the doer',
          ],
          [
            ['go on, leaving the objection out', `go on as ${a} decided and drop the objection`],
            'lost a consulted party’s input',
          ],
          [
            [
              'reopen the decision next week',
              `put ${deliverable} back on the agenda for a new decision`,
            ],
            'reopened a settled decision for a party without a veto',
          ],
        ],
      }
    }),
    varied('informed-party-asks-to-approve', (rng) => {
      const [a, i] = team(rng, 2) as [string, string]
      const deliverable = rng.pick(DELIVERABLES)
      return {
        stem: `${RACI_RULES} The client’s rule adds: only the A signs off. On the row for ${deliverable} ${a} is A and ${i} is I. ${i} asks to approve it before it goes out. What do you tell ${i}?`,
        key: [
          'it goes out on A’s sign-off; you get a copy',
          `${a} signs it off and ${i} gets a copy`,
          `it goes on ${a}’s approval alone, and you are told`,
        ],
        wrong: [
          [
            ['it waits for your approval too', `it waits until ${i} approves it as well`],
            'gave an informed party a sign-off',
          ],
          [
            [`you become a second A`, `you join ${a} as a second A on the row`],
            'split accountability between two people',
          ],
          [
            [`you come off the row`, 'you are taken off the row to save time'],
            'dropped someone who must be told',
          ],
          [
            [`you sign off if ${a} is busy`, 'you may approve it when the A is unavailable'],
            'took an informed party for a deputy of the A',
          ],
        ],
      }
    }),
    varied('stakeholder-whose-interest-rises', (rng) => {
      const who = rng.pick([
        'the landlord',
        'the bank manager',
        'the franchise head office',
        'the council’s licensing officer',
      ])
      const s = STRATEGY(who)
      return {
        stem: `${GRID_RULE} The client’s rule adds: the plan is revised whenever a rating changes. ${who.replace(/^the/, 'The')}, rated high power and low interest, learns the project touches their contract and now follows every detail. Which approach does the plan give them now?`,
        key: s.closely,
        wrong: [
          [s.satisfied, 'kept the rating from before interest rose'],
          [s.informed, 'went by interest alone, as if power were low'],
          [s.monitor, 'read the old low interest as low power too'],
          [
            ['the A on the rows their contract touches', `make ${who} the A for their part`],
            'took interest in a contract for accountability for the work',
          ],
        ],
      }
    }),
    varied('milestone-slip-by-the-communication-plan', (rng) => {
      const [sponsor] = team(rng, 1) as [string]
      const supplier = rng.pick(['The printer', 'The venue', 'The developer', 'The caterer'])
      const days = rng.int(2, 6)
      const list = rng.int(8, 20)
      return {
        stem: `The client’s communication plan names ${sponsor} as sponsor and two routes: a change that moves a milestone goes to the sponsor by phone the same day and is then confirmed in writing; everything else waits for the weekly report. ${supplier} tells you the launch milestone will move by ${days} days. What do you do?`,
        key: [
          'phone the sponsor today, then confirm in writing',
          `call ${sponsor} today, then email to confirm`,
          `phone ${sponsor}; written note after`,
        ],
        wrong: [
          [
            [
              'put it in Friday’s weekly report',
              `report the ${days}-day slip in this week’s report`,
            ],
            'held a milestone change for the routine report',
          ],
          [
            [
              'email the whole project list now',
              `email all ${list} people on the project list at once`,
            ],
            'broadcast it before the sponsor heard it',
          ],
          [
            [
              'wait for the new date to be confirmed',
              `wait until ${supplier.toLowerCase()} confirms the new date`,
            ],
            'sat on a known slip to a milestone',
          ],
          [
            [`email ${sponsor} and await a reply`, 'send the sponsor an email only'],
            'wrote where the plan asks for a call first',
          ],
        ],
      }
    }),
    varied('accountability-stays-with-one-person', (rng) => {
      const [holder, other] = team(rng, 2) as [string, string]
      const deliverable = rng.pick(DELIVERABLES)
      return {
        stem: `${RACI_RULES} The client’s rule adds: each row has exactly one A, never shared, and the A goes to whoever holds the budget for the deliverable. For ${deliverable} both ${holder}, who holds its budget, and ${other} want to approve. How do you fix the row?`,
        key: [
          `${holder} A, ${other} C`,
          `give ${holder} the A and make ${other} a C`,
          `one A, ${holder}; ${other} is consulted`,
        ],
        wrong: [
          [
            [`an A each`, `give ${holder} and ${other} an A each`],
            'split accountability, which the rule forbids',
          ],
          [
            [`R for each, no A`, `make both R and leave the A empty`],
            'left the row with nobody to approve',
          ],
          [
            ['you as A until they agree', 'make the coordinator A for now'],
            'took accountability the coordinator does not hold',
          ],
          [
            [`${other} A, ${holder} C`, `give ${other} the A and make ${holder} a C`],
            'gave the A to the one without the budget the rule names',
          ],
        ],
      }
    }),
    judged('approver-away-when-sign-off-is-due', (rng) => ({
      stem: `${RACI_RULES} The client’s rule adds: only the A of a row, or a deputy that A names in writing, may sign off. The work on ${rng.pick(DELIVERABLES)} is finished, and the A is on leave for a week without naming a deputy. What do you do?`,
      key: 'wait for A or a deputy A names in writing',
      wrong: [
        ['ask the R to sign off, since they did the work', 'let the doer approve their own work'],
        ['ask a C to sign off, since they gave input', 'took input as authority to approve'],
        ['mark it approved and tell A on return', 'signed off without anyone entitled to'],
      ],
    })),
  ] as ScenarioFamily[]
).map(retrying)
