import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cited, family, worked } from './ba-text.js'

// User stories and acceptance criteria: which INVEST quality a story lacks, the story form, and
// putting a drawn rule's precondition, event and outcome in Given/When/Then.

/** Bill Wake’s INVEST (2003): stories by the quality each one lacks. */
const INVEST = {
  Independent: [
    'The “edit a saved address” story cannot start until the “save an address” story is finished by another team.',
    'This story only makes sense if the team also builds the “export basket” story in the same sprint.',
  ],
  Negotiable: [
    'The story fixes the exact database tables and screen pixels, and the client says none of it may change.',
    'The story is written as a signed contract clause, its design settled down to the button colour.',
  ],
  Valuable: [
    'As a developer, I want to upgrade the logging library, so that it is upgraded.',
    'The story delivers a database schema change that no user or buyer will notice on its own.',
  ],
  Estimable: [
    'The team cannot size “integrate with the new tax authority API” because nobody knows yet what the API offers.',
    'Nobody on the team has seen the legacy format, so they cannot say how big the import story is.',
  ],
  Small: [
    'As a customer, I want to manage my whole account, so that I am in control (estimated at three sprints).',
    'The “entire checkout” story is bigger than the team’s velocity for a full sprint.',
  ],
  Testable: [
    'As a user, I want the site to feel fast, so that I enjoy it.',
    'As a manager, I want the reports to be intuitive, so that I like them.',
  ],
} as const
const INVEST_SLIPS: Record<keyof typeof INVEST, string> = {
  Independent: 'reads any mention of another story as a dependency',
  Negotiable: 'reads any detail in a story as fixed',
  Valuable: 'reads any technical wording as lacking value',
  Estimable: 'reads any unknown as making a story unsizable',
  Small: 'reads any broad goal as too big',
  Testable: 'reads any adjective as untestable',
}

const _ROLES = [
  ['returning customer', 'reorder my last basket in one step', 'I save time on my weekly shop'],
  [
    'claims handler',
    'see a claim’s full history on one screen',
    'I can answer the customer on the first call',
  ],
  [
    'warehouse supervisor',
    'get an alert when a pick is late',
    'I can move staff before the courier arrives',
  ],
  [
    'finance clerk',
    'match a payment to several invoices',
    'customer balances are right at month end',
  ],
] as const

/** Rules whose precondition, trigger and outcome go in Given, When and Then. */
const RULES = [
  [
    'a customer has 3 failed sign-in attempts',
    'they fail a fourth time',
    'the account is locked for 30 minutes',
  ],
  [
    'a basket worth 120 with free delivery from 100',
    'the customer checks out',
    'no delivery fee is charged',
  ],
  [
    'a library member with 5 books on loan, the limit',
    'they try to borrow another',
    'the loan is refused with the limit shown',
  ],
  [
    'an invoice 31 days past due',
    'the nightly run completes',
    'a reminder is emailed to the customer',
  ],
] as const

export const STORY_FAMILIES: readonly ScenarioFamily[] = [
  family('invest-quality-lacking', (rng) => {
    const labels = Object.keys(INVEST) as (keyof typeof INVEST)[]
    const label = rng.pick(labels)
    const text = rng.pick(INVEST[label])
    return cited(rng, {
      stem: `Refining the backlog, you read: “${text}” Which INVEST quality does this story most clearly lack?`,
      table: 'invest',
      situation: text,
      key: [label, label],
      wrong: labels.map((l) => [l, l, INVEST_SLIPS[l]] as const),
    })
  }),
  family('given-when-then-from-a-rule', (rng) => {
    const k = rng.int(0, RULES.length - 1)
    const [g, w, t] = RULES[k]!
    const gwt = (a: string, b: string, c: string) => `Given ${a}, When ${b}, Then ${c}`
    return worked(rng, {
      stem: `The product owner states a rule: “${t[0]!.toUpperCase()}${t.slice(1)} if ${w}, in this situation: ${g}.” Which acceptance criterion puts each part in its place?`,
      in: { k },
      key: gwt(g, w, t),
      wrong: [
        [
          'eventAsGiven',
          gwt(w, g, t),
          'puts the triggering event in Given and the precondition in When',
        ],
        ['outcomeAsWhen', gwt(g, t, w), 'puts the outcome in When and the event in Then'],
        ['outcomeFirst', gwt(t, w, g), 'states the outcome as the precondition'],
      ],
    })
  }),
]
