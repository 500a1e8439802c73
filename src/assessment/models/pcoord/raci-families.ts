import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { computed, retrying } from './calc.js'
import { judged } from './raid-families.js'
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
    ...(
      [
        ['high', 'low'],
        ['low', 'high'],
      ] as const
    ).map(([power, interest]) => ({
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
    judged('consulted-party-objects-after-the-decision', (rng) => ({
      stem: `${RACI_RULES} The client’s rule adds: a C is heard before the decision but holds no veto; the A decides. For ${rng.pick(DELIVERABLES)} the A has decided, and a C who was heard still objects. What do you do?`,
      key: 'record the objection and go on as A decided',
      wrong: [
        ['hold the work until the C agrees to it', 'gave a consulted party a veto'],
        ['ask the R to choose between the two views', 'moved the decision to the doer'],
        ['go on and leave the objection unrecorded', 'lost a consulted party’s input'],
      ],
    })),
    judged('informed-party-asks-to-approve', (rng) => ({
      stem: `${RACI_RULES} The client’s rule adds: only the A signs off. The marketing lead, an I on the row for ${rng.pick(DELIVERABLES)}, asks to approve it before it goes out. What do you tell them?`,
      key: 'it goes out on A’s sign-off; they get a copy',
      wrong: [
        ['it waits until they have approved it too', 'gave an informed party a sign-off'],
        ['they are now a second A on the row', 'split accountability between two people'],
        ['they are taken off the row to save time', 'dropped someone who must be told'],
      ],
    })),
    judged('stakeholder-whose-interest-rises', (rng) => ({
      stem: `${GRID_RULES} The client’s rule adds: the plan is revised whenever a rating changes. ${rng.pick(['The landlord', 'The bank manager', 'The franchise head office'])}, rated high power and low interest, learns the project touches their contract and now follows every detail. Which approach does the plan give them now?`,
      key: 'manage closely',
      wrong: [
        ['keep satisfied', 'kept the rating from before interest rose'],
        ['keep informed', 'went by interest alone, as if power were low'],
        ['monitor', 'read the old low interest as low power too'],
      ],
    })),
    judged('milestone-slip-by-the-communication-plan', (rng) => ({
      stem: `The client’s communication plan names two routes: a change that moves a milestone goes to the sponsor by phone the same day and is then confirmed in writing; everything else waits for the weekly report. ${rng.pick(['The printer', 'The venue', 'The developer'])} tells you the launch milestone will move by ${rng.int(2, 6)} days. What do you do?`,
      key: 'phone the sponsor today, then confirm it in writing',
      wrong: [
        [
          'put it in this Friday’s weekly status report',
          'held a milestone change for the routine report',
        ],
        [
          'email the whole project list about it at once',
          'broadcast it before the sponsor heard it',
        ],
        ['wait until the supplier confirms the new date', 'sat on a known slip to a milestone'],
      ],
    })),
    judged('accountability-stays-with-one-person', (rng) => ({
      stem: `${RACI_RULES} The client’s rule adds: each row has exactly one A, and A cannot be shared. For ${rng.pick(DELIVERABLES)} both the owner and the finance lead want to approve. How do you fix the row?`,
      key: 'give one of them A and make the other C',
      wrong: [
        [
          'give both of them A and ask both to sign',
          'split accountability, which the rule forbids',
        ],
        ['give both of them R and leave A empty', 'left the row with nobody to approve'],
        [
          'make the coordinator A until they agree',
          'took accountability the coordinator does not hold',
        ],
      ],
    })),
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
