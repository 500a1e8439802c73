import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { computed, retrying } from './calc.js'
import { writeMoney } from './earned-value.js'
import { CLIENTS, judged, team, varied } from './raid-families.js'
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

/** Action lines of a meeting: who, what, by when. */
const ACTION_LINES: readonly (readonly [string, string])[] = [
  ['send the revised floor plan to the landlord', 'Friday'],
  ['book the load test with the host', 'the 14th'],
  ['draft the speaker brief and circulate it', 'Wednesday'],
  ['request three quotes from removal firms', 'next Tuesday'],
  ['update the seating chart', 'Monday'],
  ['confirm the caterer’s final numbers', 'the 21st'],
]

/**
 * The action line of the minutes with its options drawn from the line: the three bare "record it
 * as …" answers kept the key the option most like the others in every draw.
 */
function actionLine(): ScenarioFamily {
  return varied('minutes-line-that-is-an-action', (rng) => {
    const [owner, chair] = team(rng, 2) as [string, string]
    const [task, when] = rng.pick(ACTION_LINES)
    return {
      stem: `${MINUTES_RULES} A line in your notes of ${chair}’s project meeting reads: “${owner} to ${task} by ${when}.” How do you write it up?`,
      key: [
        'an action',
        `an action for ${owner}, due ${when}`,
        'an action, with its owner and due date',
      ],
      wrong: [
        [
          [
            'a decision',
            `a decision ${owner} made`,
            'a decision of the meeting, settling the matter',
          ],
          'took a task for an agreement',
        ],
        [
          ['information', `information reported by ${owner}`, 'information only, nothing to do'],
          'took a task for a reported fact',
        ],
        [['leave it out', 'leave it out of the minutes'], 'dropped a line the template records'],
        [
          [`an action for ${chair}`, `an action for the chair, ${chair}`],
          'gave the task to the chair, not the person named in it',
        ],
      ],
    }
  })
}

const TASKS = [
  'send the venue the final headcount',
  'confirm the printer’s delivery slot',
  'update the risk log after the call',
  'chase the designer for the banner files',
  'book the photographer for the launch',
  'send the caterer the dietary list',
  'renew the domain before it lapses',
  'collect the signed room contract',
  'test the booking form on mobiles',
  'circulate the revised agenda',
  'order the name badges',
  'confirm the speakers’ travel',
  'send the sponsor the weekly report',
  'book the AV technician',
  'check the venue’s insurance certificate',
  'reply to the printer’s paper query',
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
        // The owner's open overdue actions, some of them due only yesterday (which a day's
        // grace leaves out, so one mistake counts fewer than the key); due-today, done and other
        // owners' actions in drawn numbers, so that the three mistakes drawn land at different
        // distances on either side of the key.
        const other = () => people[rng.int(1, 2)]!
        const some = (n: number, make: () => ActionItem) => Array.from({ length: n }, make)
        const actions: ActionItem[] = rng.shuffle([
          ...some(rng.int(1, 3), () => ({ owner, due: today - rng.int(2, 6), done: false })),
          ...some(rng.int(1, 2), () => ({ owner, due: today - 1, done: false })),
          ...some(rng.int(1, 2), () => ({ owner, due: today, done: false })),
          ...some(rng.int(1, 3), () => ({ owner, due: today - rng.int(1, 5), done: true })),
          { owner, due: today + rng.int(1, 4), done: rng.next() < 0.5 },
          ...some(rng.int(1, 4), () => ({
            owner: other(),
            due: today - rng.int(1, 5),
            done: false,
          })),
          { owner: other(), due: today + rng.int(0, 4), done: false },
        ])
        const c = (
          slip?: 'dueTodayLate' | 'countedDone' | 'everyOwner' | 'graceDay',
        ): RuleCalc => ({
          op: 'rule',
          kind: 'overdue',
          actions,
          today,
          owner,
          ...(slip ? { slip } : {}),
        })
        const slips = rng
          .shuffle([
            [c('dueTodayLate'), 'counted actions due today as overdue'],
            [c('countedDone'), 'counted actions already done'],
            [c('everyOwner'), 'counted overdue actions of every owner'],
            [c('graceDay'), 'gave a day’s grace the rule does not give'],
          ] as const)
          .slice(0, 3)
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
          slips,
        )
      },
    },
    minute('decision'),
    actionLine(),
    minute('information'),
    varied('emergency-change-by-the-stated-route', (rng) => {
      const [sponsor, dev] = team(rng, 2) as [string, string]
      const page = rng.pick([
        'the payment page',
        'the booking form',
        'the login page',
        'the ticket shop',
      ])
      return {
        stem: `The client’s change control names an emergency route: when waiting for the weekly change board would cause harm, the sponsor (${sponsor}) may approve by email, and the request is logged and taken to the next board for the record. On launch day ${page} shows a security flaw that a small fix by ${dev} would close. What do you do?`,
        key: [
          'get the sponsor’s approval by email, then log it',
          `email ${sponsor} for approval; log it for the board`,
          `${sponsor} approves by email; the request is logged`,
        ],
        wrong: [
          [
            [
              `${dev} fixes it now; log it later`,
              'have the developer fix it now and log it afterwards',
            ],
            'let work start before any approval',
          ],
          [
            ['hold it for next week’s board', `put ${page} to the change board next week`],
            'ignored the emergency route the control names',
          ],
          [
            [`let ${dev} decide, as it is urgent`, 'leave it to the developer'],
            'let the person doing the work approve it',
          ],
          [
            [
              `approve it yourself, tell ${sponsor}`,
              'approve it yourself since the emergency is clear',
            ],
            'approved a change the coordinator has no authority for',
          ],
        ],
      }
    }),
    varied('impact-assessed-before-the-decision', (rng) => {
      const sponsor = rng.pick(CLIENTS)
      const cr = rng.pick(['CR-05', 'CR-09', 'CR-12', 'CR-14', 'CR-17'])
      return {
        stem: `The client’s change control requires each request’s impact on scope, cost, dates and risk to be written up before it goes to the approver. The sponsor, ${sponsor}, meets you in the corridor and wants to approve ${cr} at once; its impact has not been assessed yet. What do you do?`,
        key: [
          'assess its impact, then take it to the sponsor',
          `write up ${cr}’s impact, then bring it to ${sponsor}`,
          `impact first; ${sponsor} decides after`,
        ],
        wrong: [
          [
            [`log ${cr} approved, assess later`, 'record it as approved and assess it afterwards'],
            'put a decision before the impact it rests on',
          ],
          [
            [
              'start the work while it is assessed',
              `let the team start on ${cr} during the write-up`,
            ],
            'let work begin before a decision',
          ],
          [
            [
              `reject ${cr} as it skipped the form`,
              'reject it because it skipped the written form',
            ],
            'refused a change that was never assessed',
          ],
          [
            [`give ${sponsor} the cost alone now`, 'assess its cost now and the rest later'],
            'assessed cost alone where the control asks for scope, cost, dates and risk',
          ],
        ],
      }
    }),
    judged('approved-change-revises-the-baseline', (rng) => ({
      stem: `The client’s change control says an approved change revises the baseline, which takes a new version number in the change log; progress is then measured against the revised baseline. The sponsor approves ${rng.pick(['CR-03', 'CR-06', 'CR-10'])}, adding a page and four working days. What do you do with the plan?`,
      key: 'issue a revised baseline and log its version',
      wrong: [
        ['keep the old baseline and report the overrun', 'measured approved work as a slip'],
        ['add the days as float without a new version', 'changed the plan without a record'],
        ['wait for the project end to fold changes in', 'left progress measured on an old plan'],
      ],
    })),
    varied('decision-reversed-in-a-later-meeting', (rng) => {
      const thing = rng.pick([
        'original launch date',
        'first venue',
        'old price list',
        'first caterer',
      ])
      const day = rng.int(2, 26)
      const month = rng.pick(MONTHS)
      const owner = rng.pick(CLIENTS)
      return {
        stem: `${MINUTES_RULES} The client’s template adds: approved minutes are never edited; a later decision that replaces an earlier one is minuted as new and refers to it. This week the team agrees to go back to the ${thing}, reversing a decision in the approved minutes of ${day} ${month}. How do you record it?`,
        key: [
          'a new decision citing the old one',
          `a new decision, citing ${day} ${month}`,
          `minute the return to the ${thing} as a new decision`,
        ],
        wrong: [
          [
            [
              `edit the ${day} ${month} minutes`,
              `edit the minutes of ${day} ${month} to show the ${thing}`,
            ],
            'rewrote an approved record',
          ],
          [
            [
              'leave it out; it restores the old plan',
              `nothing, as the ${thing} was the plan before ${day} ${month}`,
            ],
            'left a decision unrecorded',
          ],
          [
            [`an action for ${owner}`, `an action for ${owner} to go back to the ${thing}`],
            'wrote a decision up as a task',
          ],
          [
            [
              `a new decision, with no reference back`,
              `minute it as new without citing ${day} ${month}`,
            ],
            'left out the link the template asks a replacing decision to make',
          ],
        ],
      }
    }),
    varied('changes-over-the-running-total', (rng) => {
      const currency = rng.pick(['£', '€', '$'])
      const [pm, sponsor] = team(rng, 2) as [string, string]
      const before = rng.int(41, 48) * 100
      // Small enough for the project manager alone, large enough to take the total past the cap.
      const request = rng.int(Math.max(6, 51 - before / 100), 15) * 100
      const total = writeMoney(before + request, currency)
      return {
        stem: `The client’s change control: the project manager (${pm}) approves a request up to ${currency}2,000, unless the approved changes since the baseline would then total more than ${currency}5,000, in which case the sponsor (${sponsor}) approves it. Approved changes since the baseline total ${writeMoney(before, currency)}. A new request adds ${writeMoney(request, currency)}. Who approves it?`,
        key: [
          `${sponsor}, the sponsor`,
          'the sponsor, as the total passes the cap',
          `${sponsor}, as the total would be ${total}`,
        ],
        wrong: [
          [
            [
              `${pm}, the project manager`,
              'the project manager, as it is under the limit',
              `${pm}, as it is under ${currency}2,000`,
            ],
            'judged the request alone, not the total',
          ],
          [
            ['the change board', 'the change board, as a second review'],
            'sent it to a body the rule does not name',
          ],
          [
            ['you, as coordinator', 'you, since it is small and already costed'],
            'approved a change the coordinator cannot',
          ],
          [
            [`${pm} and ${sponsor} together`, `${pm} for the request, ${sponsor} for the total`],
            'split one approval between two approvers',
          ],
        ],
      }
    }),
    {
      id: 'well-formed-action-item',
      draw(rng) {
        const [who, other] = team(rng, 2) as [string, string]
        const task = rng.pick(TASKS)
        const day = rng.int(3, 27)
        const month = rng.pick(MONTHS)
        // Each line written in one of three layouts, drawn for each option, so the complete
        // line is not the one that the others each edit in one place.
        const line = (owner: string, what: string, when: string) =>
          rng.pick([
            `${owner} to ${what} ${when}`,
            `${owner}: ${what}, ${when}`,
            `Action (${owner}): ${what} ${when}`,
          ])
        // The date said one of three ways in each line, drawn line by line.
        const due = () =>
          rng.pick([`by ${day} ${month}`, `due ${day} ${month}`, `before ${day} ${month}`])
        // The line with two owners holds everything the key holds and more, so it is drawn in
        // every item, and so is the line with an optional date, which does too: otherwise the
        // complete line was the one most like the others.
        const wrong = [
          [line(`${who} or ${other}`, task, due()), 'left it open which of two people owns it'],
          [
            `${line(who, task, due())}, or later if busy`,
            'made the due date optional, so none is set',
          ],
          ...rng
            .shuffle([
              [
                line(who, task, rng.pick(['soon', 'when possible', 'as soon as they can'])),
                'left the action without a due date',
              ],
              [line('The team', task, due()), 'left the action without a named owner'],
              [
                line(who, rng.pick(['look into it', 'follow up on this']), due()),
                'wrote no task anyone could finish',
              ],
              [`${who} said we should ${task}`, 'wrote a remark, with no owner committed or date'],
            ] as [string, string][])
            .slice(0, 1),
        ] as [string, string][]
        return {
          stem: `${MINUTES_RULES} Which line is written up as the template requires an action to be?`,
          key: line(who, task, due()),
          wrong,
        }
      },
    },
    varied('verbal-scope-change-in-a-meeting', (rng) => {
      const [client, dev] = team(rng, 2) as [string, string]
      const feature = rng.pick(['booking form', 'second language', 'gift-card page', 'live chat'])
      return {
        stem: `The client’s change control says no change to scope, cost or dates is worked on until a written change request has been assessed for impact and approved. In a call ${client} asks ${dev}, the developer, to “just add” a ${feature}. What do you do first?`,
        key: [
          'log a change request; assess its impact first',
          `raise a change request for the ${feature} and have it assessed`,
          'a written change request, assessed before any work',
        ],
        wrong: [
          [
            [`ask ${dev} to start now`, 'ask the developer to start so no time is lost'],
            'let work begin before approval',
          ],
          [
            [`add the ${feature} to the plan`, `add the ${feature} to the plan and move the dates`],
            'changed the baseline without approval',
          ],
          [
            [`decline ${client}’s request`, 'decline the request on the client’s behalf'],
            'refused a change that was never assessed',
          ],
          [
            [
              `have ${client} email it, then start`,
              'ask for the request in writing and let work begin',
            ],
            'took a written request for an approved one',
          ],
        ],
      }
    }),
    varied('rejected-change-and-the-baseline', (rng) => {
      const cr = rng.pick(['CR-04', 'CR-07', 'CR-11', 'CR-15'])
      const weeks = rng.int(2, 5)
      const sponsor = rng.pick(CLIENTS)
      return {
        stem: `The client’s change control says only approved change requests alter the baseline; every request is kept in the change log with its outcome. The sponsor, ${sponsor}, rejects ${cr}, which would have added ${weeks} weeks. What happens to the plan?`,
        key: [
          'baseline unchanged; rejection logged',
          `keep the baseline; log ${cr} as rejected`,
          `the plan stays as it is and ${sponsor}’s rejection of ${cr} is logged`,
        ],
        wrong: [
          [
            [
              `add ${weeks} weeks of buffer`,
              `add the ${weeks} weeks as a buffer in case ${cr} returns`,
            ],
            'changed the baseline for a rejected request',
          ],
          [
            [`delete ${cr} from the log`, 'delete the request from the change log'],
            'lost the record of the request and its outcome',
          ],
          [
            [`keep ${cr} open for review`, 'keep the request open until the next review'],
            'left a decided request looking undecided',
          ],
          [
            ['issue a new baseline version', `a new baseline version that notes ${cr}`],
            'revised the baseline though no approved change altered it',
          ],
        ],
      }
    }),
    varied('work-done-outside-change-control', (rng) => {
      const [who, pm] = team(rng, 2) as [string, string]
      const role = rng.pick(['designer', 'developer', 'copywriter'])
      const days = rng.int(2, 5)
      return {
        stem: `The client’s change control says all scope changes need an approved change request, and the RAID log defines an issue as something that has happened and needs action. You find that ${who}, the ${role}, has spent ${days} days on extra pages nobody requested. ${pm} is the project manager. How do you log it?`,
        key: [
          'an issue for the project manager',
          `an issue: ${days} days of unrequested pages`,
          `raise it as an issue for ${pm} to act on`,
        ],
        wrong: [
          [
            ['a risk of future scope creep', `a risk that ${who} may add more`],
            'logged something that has happened as a possible event',
          ],
          [
            [
              'approve it as a change, as it is done',
              'a change request you approve after the fact',
            ],
            'approved a change the coordinator cannot approve',
          ],
          [
            ['an assumption in the plan', 'assume the extra pages stay in scope'],
            'logged a present problem as a planning belief',
          ],
          [
            [`nothing; the ${days} days are spent`, 'nothing, since the work is already done'],
            'left an unapproved scope change with no record or action',
          ],
        ],
      }
    }),
    varied('action-of-someone-who-leaves-the-project', (rng) => {
      const [leaver, pm, next] = team(rng, 3) as [string, string, string]
      const open = rng.int(2, 5)
      const day = rng.int(3, 26)
      const month = rng.pick(MONTHS)
      return {
        stem: `The client’s rule for the action log: when someone leaves the project, the project manager (${pm}) reassigns each of their open actions to a named new owner, and the log keeps the old owner and the date of the change; no action is deleted. ${leaver} leaves on ${day} ${month} with ${open} open actions, and ${pm} names ${next} to take them over. How do you update the log?`,
        key: [
          `reassign to ${next}, noted`,
          `${next} takes the ${open}; ${leaver} kept on record`,
          `reassign them to ${next}, noting ${leaver} and the date`,
        ],
        wrong: [
          [
            [
              `close the ${open} actions`,
              `close ${leaver}’s ${open} open actions on ${day} ${month}`,
            ],
            'closed work that is still open',
          ],
          [
            [
              `delete ${leaver}’s actions`,
              `delete the ${open} actions and let ${next} start afresh`,
            ],
            'deleted actions the log keeps',
          ],
          [
            [
              `overwrite the owner with ${next}`,
              `change each owner from ${leaver} to ${next}, with no note`,
            ],
            'lost the record of the old owner and the change',
          ],
          [
            [
              `give them to ${pm} for now`,
              `put the ${open} actions under ${pm}, the project manager`,
            ],
            'gave the actions to the manager, not the owner the manager named',
          ],
        ],
      }
    }),
    varied('action-closed-only-when-confirmed-done', (rng) => {
      const [owner, chair] = team(rng, 2) as [string, string]
      const task = rng.pick(TASKS)
      const pct = rng.pick([80, 90, 95])
      return {
        stem: `The client’s rule for the action log: an action is closed only when its owner confirms it is done and the evidence (a file, an email, a booking) is linked; until then it stays open with its due date. At ${chair}’s meeting ${owner} says the action to ${task} is “about ${pct} % done” and will be finished this week. How do you update the log?`,
        key: [
          'keep it open',
          `keep it open; note ${owner}’s ${pct} %`,
          'leave it open, noting the progress',
        ],
        wrong: [
          [
            [
              'close it as done',
              `close it on ${owner}’s word`,
              `close it now, as ${owner} says it will be finished`,
            ],
            'closed an action on a promise, with no evidence',
          ],
          [
            [
              `close it at ${pct} %`,
              'mark it closed, as nearly done',
              `mark it closed, since ${pct} % is as good as done`,
            ],
            'took nearly done for done',
          ],
          [
            [
              'move its due date out',
              `move ${owner}’s due date a week on`,
              'keep it open and move its due date to next week',
            ],
            'moved a due date nobody asked to move',
          ],
          [
            [
              `reassign it to ${chair}`,
              `give it to ${chair} to finish`,
              `reassign it to ${chair} so that it is finished this week`,
            ],
            'took an action from an owner who is doing it',
          ],
        ],
      }
    }),
    varied('decision-made-between-meetings', (rng) => {
      const [sponsor, owner] = team(rng, 2) as [string, string]
      const what = rng.pick([
        'to use the second printer',
        'to drop the evening session',
        'to move the launch a week later',
        'to raise the ticket price',
      ])
      const day = rng.int(3, 26)
      const month = rng.pick(MONTHS)
      return {
        stem: `${MINUTES_RULES} The client’s template adds: a decision taken between meetings by the person entitled to take it is minuted at the next meeting as a decision, with who took it and when. On ${day} ${month} the sponsor, ${sponsor}, who is entitled to, decided by email ${what}. How do you record it at the next meeting?`,
        key: [
          `a decision: ${sponsor}, ${day} ${month}`,
          'a decision, with who took it and when',
          `minute ${sponsor}’s decision of ${day} ${month} ${what}`,
        ],
        wrong: [
          [
            ['information only', `information: ${sponsor} sent an email`],
            'took a decision for a reported fact',
          ],
          [
            ['put it to the meeting again', `ask the meeting to decide again ${what}`],
            'reopened a decision its owner was entitled to take',
          ],
          [
            [`an action for ${owner}`, `an action for ${owner} to carry it out`],
            'wrote a decision up as a task',
          ],
          [
            ['a decision, no name or date', `minute that it was decided ${what}`],
            'left out who took it and when, which the template asks for',
          ],
        ],
      }
    }),
  ] as ScenarioFamily[]
).map(retrying)
