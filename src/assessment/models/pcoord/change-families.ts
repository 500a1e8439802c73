import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { computed, retrying } from './calc.js'
import { writeMoney } from './earned-value.js'
import { CLIENTS, judged } from './raid-families.js'
import type { ActionItem, ChangeRequest, RuleCalc } from './rules.js'

const MONTHS = ['March', 'May', 'June', 'September', 'October']

const CHANGE_RULES = (currency: string) =>
  `The client’s change control: the project manager approves a change costing up to ${currency}1,000 and adding up to 3 working days; the sponsor approves up to ${currency}5,000 and 10 days; the change board up to ${currency}20,000 and 20 days; anything larger, or anything that moves a contracted milestone, goes to the client’s directors.`

const MINUTES_RULES =
  'The client’s minutes template records a decision (something agreed that settles a question), an action (a task with an owner and a due date), and information (a fact reported, with nothing to do or decide).'

type Minute = 'decision' | 'action' | 'information'
const MINUTE_AS: Record<Minute, string> = {
  decision: 'record it as a decision',
  action: 'record it as an action',
  information: 'record it as information',
}
const MINUTE_LINES: Record<Minute, readonly string[]> = {
  decision: [
    'The group agreed to use the second venue and drop the first.',
    'It was agreed that the launch moves to the first Monday of the month.',
    'The owner chose the blue logo option; the others are closed.',
    'The team settled on monthly, not weekly, newsletters.',
  ],
  action: [
    'Mei to send the revised floor plan to the landlord by Friday.',
    'Rafael to book the load test with the host by the 14th.',
    'Sofia to draft the speaker brief and circulate it by Wednesday.',
    'Jonas to request three quotes from removal firms by next Tuesday.',
  ],
  information: [
    'Jonas reported that the deposit cleared on Monday.',
    'Mei said the printer confirmed receipt of the files.',
    'Owen noted that last year’s event had 140 attendees.',
    'Sofia reported that the newsletter list now has 2,300 contacts.',
  ],
}
const MINUTE_SLIPS: Record<Minute, Record<Minute, string>> = {
  decision: {
    decision: '',
    action: 'took an agreement for a task',
    information: 'took an agreement for a reported fact',
  },
  action: {
    decision: 'took a task for an agreement',
    action: '',
    information: 'took a task for a reported fact',
  },
  information: {
    decision: 'took a reported fact for an agreement',
    action: 'took a reported fact for a task',
    information: '',
  },
}

function minute(kind: Minute): ScenarioFamily {
  return judged(
    `minutes-line-that-is-${kind === 'information' ? '' : kind === 'action' ? 'an-' : 'a-'}${kind}`.replace(
      'is-information',
      'is-information-only',
    ),
    (rng) => ({
      stem: `${MINUTES_RULES} A line in your notes of ${rng.pick(CLIENTS)}’s project meeting reads: “${rng.pick(MINUTE_LINES[kind])}” How do you write it up?`,
      key: MINUTE_AS[kind],
      wrong: [
        ...(['decision', 'action', 'information'] as const)
          .filter((k) => k !== kind)
          .map((k) => [MINUTE_AS[k], MINUTE_SLIPS[kind][k]] as [string, string]),
        ['leave it out of the minutes', 'dropped a line the template records'],
      ],
    }),
  )
}

const TASKS = [
  'send the venue the final headcount',
  'confirm the printer’s delivery slot',
  'update the risk log after the call',
  'chase the designer for the banner files',
]

/**
 * Change control and meeting follow-up as a coordinator runs them: who approves a change, what a
 * budget becomes after the change log, how a meeting line is written up, and which actions are late.
 */
export const CHANGE_FAMILIES: readonly ScenarioFamily[] = (
  [
    {
      id: 'change-request-approver-by-thresholds',
      draw(rng) {
        const currency = rng.pick(['£', '€', '$'])
        const levels = [
          { who: 'the project manager decides', cost: 1000, days: 3 },
          { who: 'the project sponsor decides', cost: 5000, days: 10 },
          { who: 'the change board decides', cost: 20000, days: 20 },
        ]
        const cost =
          rng.next() < 0.5
            ? rng.pick([1000, 5000, 20000])
            : rng.pick([600, 1200, 4000, 6500, 18000, 25000])
        const days = rng.next() < 0.5 ? rng.pick([3, 10, 20]) : rng.pick([1, 2, 4, 6, 12, 25])
        const milestone = rng.next() < 0.3
        const c = (
          slip?: 'costOnly' | 'daysOnly' | 'ignoredMilestone' | 'straightToTop' | 'exclusiveLimits',
        ): RuleCalc => ({
          op: 'rule',
          kind: 'approver',
          cost,
          days,
          milestone,
          levels,
          board: 'the client’s directors decide',
          ...(slip ? { slip } : {}),
        })
        return computed(
          `${CHANGE_RULES(currency)} A change request adds ${writeMoney(cost, currency)} and ${days} working day${days === 1 ? '' : 's'}${milestone ? ' and moves the contracted go-live' : ' and moves no milestone'}. Who approves it?`,
          c(),
          [
            [c('costOnly'), 'checked the cost limit alone'],
            [c('daysOnly'), 'checked the days limit alone'],
            [c('ignoredMilestone'), 'overlooked the rule on contracted milestones'],
            [c('straightToTop'), 'sent anything beyond the first limit straight to the top'],
            [c('exclusiveLimits'), 'read “up to” a limit as below it'],
          ],
        )
      },
    },
    {
      id: 'budget-after-the-change-log',
      draw(rng) {
        const currency = rng.pick(['£', '€', '$'])
        const baseline = rng.int(150, 600) * 100
        const statuses: ChangeRequest['status'][] = rng.shuffle([
          'approved',
          'approved',
          'pending',
          'rejected',
          rng.pick(['approved', 'pending', 'rejected'] as const),
        ])
        const changes: ChangeRequest[] = statuses.map((status, i) => ({
          id: `CR-${String(i + 1).padStart(2, '0')}`,
          amount: rng.int(-10, 40) * 100 || 500,
          status,
        }))
        const c = (slip?: 'withPending' | 'everyRequest' | 'baselineOnly'): RuleCalc => ({
          op: 'rule',
          kind: 'changedBudget',
          baseline,
          changes,
          currency,
          ...(slip ? { slip } : {}),
        })
        const log = changes
          .map(
            (r) =>
              `${r.id} ${r.amount < 0 ? '−' : '+'}${writeMoney(Math.abs(r.amount), currency)} ${r.status}`,
          )
          .join('; ')
        return computed(
          `The client’s budget baseline is ${writeMoney(baseline, currency)}; by the change-control rule only approved changes enter the baseline. The change log reads: ${log}. What is the current budget baseline?`,
          c(),
          [
            [c('withPending'), 'added the pending requests before they were approved'],
            [c('everyRequest'), 'added every logged request, rejected ones too'],
            [c('baselineOnly'), 'kept the original baseline, leaving out approved changes'],
          ],
        )
      },
    },
    {
      id: 'overdue-actions-for-one-owner',
      draw(rng) {
        const month = rng.pick(MONTHS)
        const today = rng.int(10, 20)
        const people = rng.shuffle(CLIENTS).slice(0, 3)
        const owner = people[0]!
        // Each slip miscounts by a different number: two or three open overdue actions of the owner, one due today, two
        // done ones past their date, and three overdue ones of other owners.
        const other = () => people[rng.int(1, 2)]!
        const actions: ActionItem[] = rng.shuffle([
          ...Array.from({ length: rng.int(2, 3) }, () => ({
            owner,
            due: today - rng.int(1, 5),
            done: false,
          })),
          { owner, due: today, done: false },
          { owner, due: today - rng.int(1, 5), done: true },
          { owner, due: today - rng.int(1, 5), done: true },
          { owner, due: today + rng.int(1, 4), done: rng.next() < 0.5 },
          ...Array.from({ length: 3 }, () => ({
            owner: other(),
            due: today - rng.int(1, 5),
            done: false,
          })),
          { owner: other(), due: today + rng.int(0, 4), done: false },
        ])
        const c = (slip?: 'dueTodayLate' | 'countedDone' | 'everyOwner'): RuleCalc => ({
          op: 'rule',
          kind: 'overdue',
          actions,
          today,
          owner,
          ...(slip ? { slip } : {}),
        })
        const list = rng
          .shuffle(actions.map((a, i) => ({ a, task: TASKS[i % TASKS.length]! })))
          .map(
            ({ a, task }) =>
              `${a.owner}: ${task}, due ${a.due} ${month}, ${a.done ? 'done' : 'open'}`,
          )
          .join('; ')
        return computed(
          `You chase overdue actions: an action is overdue when it is open after its due date (due today is not yet overdue). Today is ${today} ${month}. The action log: ${list}. How many overdue actions do you chase ${owner} for?`,
          c(),
          [
            [c('dueTodayLate'), 'counted actions due today as overdue'],
            [c('countedDone'), 'counted actions already done'],
            [c('everyOwner'), 'counted overdue actions of every owner'],
          ],
        )
      },
    },
    minute('decision'),
    minute('action'),
    minute('information'),
    judged('emergency-change-by-the-stated-route', (rng) => ({
      stem: `The client’s change control names an emergency route: when waiting for the weekly change board would cause harm, the sponsor may approve by email, and the request is logged and taken to the next board for the record. On launch day ${rng.pick(['the payment page', 'the booking form', 'the login page'])} shows a security flaw that a small fix would close. What do you do?`,
      key: 'get the sponsor’s approval by email, then log it',
      wrong: [
        ['have the developer fix it now and log it later', 'let work start before any approval'],
        [
          'hold the fix for next week’s change board',
          'ignored the emergency route the control names',
        ],
        ['let the developer decide since it is urgent', 'let the person doing the work approve it'],
      ],
    })),
    judged('impact-assessed-before-the-decision', (rng) => ({
      stem: `The client’s change control requires each request’s impact on scope, cost, dates and risk to be written up before it goes to the approver. The sponsor meets you in the corridor and wants to approve ${rng.pick(['CR-05', 'CR-09', 'CR-12'])} at once; its impact has not been assessed yet. What do you do?`,
      key: 'assess its impact first, then take it to the sponsor',
      wrong: [
        [
          'record it as approved and assess it afterwards',
          'put a decision before the impact it rests on',
        ],
        ['start the work while the assessment is written', 'let work begin before a decision'],
        [
          'reject it because it skipped the written form',
          'refused a change that was never assessed',
        ],
      ],
    })),
    judged('approved-change-revises-the-baseline', (rng) => ({
      stem: `The client’s change control says an approved change revises the baseline, which takes a new version number in the change log; progress is then measured against the revised baseline. The sponsor approves ${rng.pick(['CR-03', 'CR-06', 'CR-10'])}, adding a page and four working days. What do you do with the plan?`,
      key: 'issue a revised baseline and log its version',
      wrong: [
        ['keep the old baseline and report the overrun', 'measured approved work as a slip'],
        ['add the days as float without a new version', 'changed the plan without a record'],
        ['wait for the project end to fold changes in', 'left progress measured on an old plan'],
      ],
    })),
    judged('decision-reversed-in-a-later-meeting', (rng) => ({
      stem: `${MINUTES_RULES} The client’s template adds: approved minutes are never edited; a later decision that replaces an earlier one is minuted as new and refers to it. This week the team agrees to go back to the ${rng.pick(['original launch date', 'first venue', 'old price list'])}, reversing a decision minuted last week. How do you record it?`,
      key: 'minute a new decision that refers to the old one',
      wrong: [
        ['edit last week’s minutes to show the new choice', 'rewrote an approved record'],
        ['leave it out since it restores the old plan', 'left a decision unrecorded'],
        ['write it up as an action for the project owner', 'wrote a decision up as a task'],
      ],
    })),
    judged('changes-over-the-running-total', (rng) => {
      const currency = rng.pick(['£', '€', '$'])
      const before = rng.int(41, 48) * 100
      // Small enough for the project manager alone, large enough to take the total past the cap.
      const request = rng.int(Math.max(6, 51 - before / 100), 15) * 100
      return {
        stem: `The client’s change control: the project manager approves a request up to ${currency}2,000, unless the approved changes since the baseline would then total more than ${currency}5,000, in which case the sponsor approves it. Approved changes since the baseline total ${writeMoney(before, currency)}. A new request adds ${writeMoney(request, currency)}. Who approves it?`,
        key: 'the sponsor, as the total passes the cap',
        wrong: [
          [
            'the project manager, as it is under the limit',
            'judged the request alone, not the total',
          ],
          [
            'the change board, as a second change review',
            'sent it to a body the rule does not name',
          ],
          ['you, since it is small and already costed', 'approved a change the coordinator cannot'],
        ],
      }
    }),
    judged('well-formed-action-item', (rng) => {
      const who = rng.pick(CLIENTS)
      const task = rng.pick(TASKS)
      const day = rng.int(3, 27)
      const month = rng.pick(MONTHS)
      return {
        stem: `${MINUTES_RULES} Which line is written up as the template requires an action to be?`,
        key: `${who} to ${task} by ${day} ${month}`,
        wrong: [
          [`${who} to ${task} soon`, 'left the action without a due date'],
          [`Someone to ${task} by ${day} ${month}`, 'left the action without a named owner'],
          [`${who} to look into it by ${day} ${month}`, 'wrote no task anyone could finish'],
        ],
      }
    }),
    judged('verbal-scope-change-in-a-meeting', (rng) => ({
      stem: `The client’s change control says no change to scope, cost or dates is worked on until a written change request has been assessed for impact and approved. In a call ${rng.pick(CLIENTS)} asks the developer to “just add” a booking form. What do you do first?`,
      key: 'log a change request and have its impact assessed first',
      wrong: [
        ['ask the developer to start so no time is lost', 'let work begin before approval'],
        ['add the form to the plan and update the dates', 'changed the baseline without approval'],
        ['decline the request on the client’s behalf', 'refused a change that was never assessed'],
      ],
    })),
    judged('rejected-change-and-the-baseline', (rng) => ({
      stem: `The client’s change control says only approved change requests alter the baseline; every request is kept in the change log with its outcome. The sponsor rejects ${rng.pick(['CR-04', 'CR-07', 'CR-11'])}, which would have added two weeks. What happens to the plan?`,
      key: 'baseline unchanged; rejection logged',
      wrong: [
        [
          'add the two weeks as a buffer in case it returns',
          'changed the baseline for a rejected request',
        ],
        [
          'delete the request from the change log',
          'lost the record of the request and its outcome',
        ],
        ['keep the request open until the next review', 'left a decided request looking undecided'],
      ],
    })),
    judged('work-done-outside-change-control', (rng) => ({
      stem: `The client’s change control says all scope changes need an approved change request, and the RAID log defines an issue as something that has happened and needs action. You find ${rng.pick(['the designer', 'the developer', 'the copywriter'])} has spent three days on extra pages nobody requested. How do you log it?`,
      key: 'log it as an issue for the project manager',
      wrong: [
        [
          'log it as a risk of future scope creep',
          'logged something that has happened as a possible event',
        ],
        [
          'approve it as a change since it is done',
          'approved a change the coordinator cannot approve',
        ],
        ['log it as an assumption in the plan', 'logged a present problem as a planning belief'],
      ],
    })),
  ] as ScenarioFamily[]
).map(retrying)
