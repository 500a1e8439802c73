import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { computed, retrying } from './calc.js'
import { type Band, GRID, type RuleCalc } from './rules.js'

export const CLIENTS = ['Amara', 'Jonas', 'Mei', 'Rafael', 'Sofia', 'Tomasz', 'Leila', 'Owen']
const pickClient = (rng: Rng) => rng.pick(CLIENTS)

/** A family whose key and wrong answers are written out; the stem states the rule that decides. */
export function judged(
  id: string,
  draw: (rng: Rng) => { stem: string; key: string; wrong: [string, string][] },
): ScenarioFamily {
  return { id, draw }
}

/** Alternative wordings of one answer, of different lengths: one is drawn for each item. */
export type Say = readonly string[]

/**
 * A judged family whose options are drawn from its scenario: each answer is said in one of its
 * wordings, and three of the named mistakes are drawn from a larger pool, so that neither the
 * key's length nor its likeness to the others, nor the set of mistakes, is the same in every draw.
 */
export function varied(
  id: string,
  draw: (rng: Rng) => {
    stem: string
    key: Say
    wrong: readonly (readonly [Say, string])[]
  },
): ScenarioFamily {
  return {
    id,
    draw(rng) {
      const s = draw(rng)
      const wrong = rng
        .shuffle([...s.wrong])
        .slice(0, 3)
        .map(([say, mistake]) => [rng.pick(say), mistake] as [string, string])
      return { stem: s.stem, key: rng.pick(s.key), wrong }
    },
  }
}

/** Two to four different people drawn from the client's team. */
export const team = (rng: Rng, n: number): string[] => rng.shuffle(CLIENTS).slice(0, n)

const RAID_RULES =
  'The client’s RAID log defines: a risk is an uncertain event that has not happened and might affect the project; an issue is something that has happened or is happening now and needs action; an assumption is something the plan takes as true without proof; a dependency is something the project needs from other work or another party before it can go on.'

const AS = {
  risk: 'log it as a risk',
  issue: 'log it as an issue',
  assumption: 'log it as an assumption',
  dependency: 'log it as a dependency',
}

type Kind = keyof typeof AS

const ENTRIES: Record<Kind, readonly string[]> = {
  risk: [
    'the printer might close for a week in August, which would hold up the brochures',
    'a key speaker may cancel if her flight is disrupted by the forecast strike',
    'the exchange rate could move before the overseas supplier invoices',
    'the designer might leave for a full-time job before the mock-ups are done',
    'heavy rain could flood the car park on the event day',
  ],
  issue: [
    'the hosting provider has been down since this morning and the test site is unreachable',
    'the venue has just told us the main hall is double-booked on our date',
    'the copywriter missed yesterday’s deadline and the draft has not arrived',
    'the payment gateway rejected every test order today',
    'the shipment of badges arrived with the wrong logo',
  ],
  assumption: [
    'the plan takes it that the client’s staff will be free for two training sessions',
    'we are planning on the basis that the current prices hold until the order is placed',
    'the schedule takes it that the brand guidelines will not change this quarter',
    'the budget takes it that the venue includes audio-visual kit at no extra charge',
    'the timeline is built on the client approving each draft within two days',
  ],
  dependency: [
    'the page build cannot start until the client’s IT team opens access to the server',
    'the print run needs the accountant’s final prices before the layout is locked',
    'the newsletter cannot go out until the marketing agency delivers the new logo',
    'the removal firm needs the landlord’s loading-bay permit before the move',
    'the course platform set-up waits on the client’s payment account being verified',
  ],
}

const CONFUSIONS: Record<Kind, Record<Exclude<Kind, never>, string>> = {
  risk: {
    risk: '',
    issue: 'logged a possible future event as if it had happened',
    assumption: 'took an uncertainty for something the plan relies on',
    dependency: 'read a possible event as an input the project waits for',
  },
  issue: {
    risk: 'logged something already happening as a possible future event',
    issue: '',
    assumption: 'logged a present problem as a planning belief',
    dependency: 'logged a present problem as an input the project waits for',
  },
  assumption: {
    risk: 'logged a planning belief as an uncertain event',
    issue: 'logged a planning belief as a present problem',
    assumption: '',
    dependency: 'logged a planning belief as an input from another party',
  },
  dependency: {
    risk: 'logged a needed input as an uncertain event',
    issue: 'logged a needed input as a present problem',
    assumption: 'logged a needed input as a planning belief',
    dependency: '',
  },
}

/** Each kind of entry as an answer, said short, with its next step, or with its owner. */
const LOG_AS: Record<Kind, (owner: string) => Say> = {
  risk: (owner) => [
    'a risk',
    'a risk, scored for probability and impact',
    `a risk, with ${owner} watching for it`,
  ],
  issue: (owner) => [
    'an issue',
    `an issue for ${owner} to act on now`,
    'an issue, with an owner and a date to fix it by',
  ],
  assumption: (owner) => [
    'an assumption',
    `an assumption that ${owner} is to confirm`,
    'an assumption, to be checked before it is relied on',
  ],
  dependency: (owner) => [
    'a dependency',
    'a dependency, with the date it is needed by',
    `a dependency that ${owner} chases`,
  ],
}

/** Keeping the statement off the log, as each kind tempts a coordinator to. */
const LEFT_OFF: Record<Kind, (owner: string) => readonly [Say, string]> = {
  risk: (owner) => [
    ['nothing until it happens', `nothing yet; ${owner} raises it if it happens`],
    'waited for a possible event to happen before logging it',
  ],
  issue: (owner) => [
    ['nothing unless it lasts', `nothing; ${owner} checks again tomorrow`],
    'left a present problem without an owner or an action',
  ],
  assumption: () => [
    ['nothing', 'nothing, the plan already takes it as true'],
    'left an unproven belief of the plan unrecorded',
  ],
  dependency: (owner) => [
    ['nothing; they will deliver', `nothing, the other party will tell ${owner}`],
    'left an input the work waits on untracked',
  ],
}

function classify(kind: Kind): ScenarioFamily {
  return varied(
    `raid-entry-that-is-${kind === 'issue' || kind === 'risk' ? 'an' : 'a'}-${kind}`
      .replace('an-risk', 'a-risk')
      .replace('a-assumption', 'an-assumption'),
    (rng) => {
      const [teller, owner] = team(rng, 2) as [string, string]
      return {
        stem: `${RAID_RULES} ${teller} tells you: “${rng.pick(ENTRIES[kind])}.” ${owner} will own the entry. What do you enter in the log?`,
        key: LOG_AS[kind](owner),
        wrong: [
          ...(Object.keys(AS) as Kind[])
            .filter((k) => k !== kind)
            .map((k) => [LOG_AS[k](owner), CONFUSIONS[kind][k]] as const),
          LEFT_OFF[kind](owner),
        ],
      }
    },
  )
}

const RESPONSES = {
  avoid: 'avoid the risk',
  mitigate: 'mitigate the risk',
  transfer: 'transfer the risk',
  accept: 'accept the risk',
}
type Response = keyof typeof RESPONSES

const RESPONSE_RULES =
  'The client’s risk procedure names four responses: avoid (change the plan so the risk cannot occur), mitigate (reduce its likelihood or impact), transfer (pass the impact to a third party, such as an insurer or a contract clause) and accept (take no action beyond watching it).'

const ACTIONS: Record<Response, readonly string[]> = {
  avoid: [
    'move the outdoor launch indoors so the weather cannot affect it',
    'drop the untested plug-in from the scope so it cannot break the site',
    'switch the event date away from the week of the rail strike',
  ],
  mitigate: [
    'book a second photographer on standby to reduce the effect of a no-show',
    'send drafts to the client two days earlier to lower the chance of late approval',
    'order the badges a week early so a misprint can still be reprinted',
  ],
  transfer: [
    'buy event cancellation insurance for the venue deposit',
    'add a late-delivery penalty clause to the printer’s contract',
    'have the hosting company take on the cost of any outage under its service agreement',
  ],
  accept: [
    'note a small chance of a one-day courier delay and take no action',
    'record that a minor price rise is possible and absorb it if it comes',
    'leave the low-rated risk of a font licence change on the log and watch it',
  ],
}

const RESPONSE_SLIPS: Record<Response, Record<Response, string>> = {
  avoid: {
    avoid: '',
    mitigate: 'took removing the cause for reducing it',
    transfer: 'took changing the plan for passing on the impact',
    accept: 'took a plan change for doing nothing',
  },
  mitigate: {
    avoid: 'took reducing the risk for removing it entirely',
    mitigate: '',
    transfer: 'took a standby measure for passing the impact on',
    accept: 'took a preventive action for doing nothing',
  },
  transfer: {
    avoid: 'took passing on the impact for removing the risk',
    mitigate: 'took passing on the impact for reducing it',
    transfer: '',
    accept: 'took passing on the impact for doing nothing',
  },
  accept: {
    avoid: 'took watching the risk for removing it',
    mitigate: 'took watching the risk for reducing it',
    transfer: 'took watching the risk for passing it on',
    accept: '',
  },
}

function response(kind: Response): ScenarioFamily {
  return judged(`risk-response-that-is-to-${kind}`, (rng) => ({
    stem: `${RESPONSE_RULES} ${pickClient(rng)} decides to ${rng.pick(ACTIONS[kind])}. Which response is recorded on the log?`,
    key: RESPONSES[kind],
    wrong: (Object.keys(RESPONSES) as Response[])
      .filter((k) => k !== kind)
      .map((k) => [RESPONSES[k], RESPONSE_SLIPS[kind][k]] as [string, string]),
  }))
}

/** Each response as an answer, said as the bare word, with its meaning, or with its owner. */
const RESPONSE_SAID: Record<Response, (owner: string) => Say> = {
  avoid: (owner) => [
    'avoid',
    'avoid: the plan changes so it cannot occur',
    `avoid, with ${owner} recording the changed plan`,
  ],
  mitigate: (owner) => [
    'mitigate',
    'mitigate: it becomes less likely or less harmful',
    `mitigate, with ${owner} tracking the reduction`,
  ],
  transfer: (owner) => [
    'transfer',
    'transfer: a third party bears the impact',
    `transfer, with ${owner} holding the contract`,
  ],
  accept: (owner) => [
    'accept',
    'accept: no action beyond watching it',
    `accept, with ${owner} keeping watch on it`,
  ],
}

/**
 * The avoid and accept families with their options drawn from the case: the bare words alone
 * made the key the same option, of the same length and likeness, in every draw.
 */
function respondedAs(kind: 'avoid' | 'accept'): ScenarioFamily {
  return varied(`risk-response-that-is-to-${kind}`, (rng) => {
    const [client, owner] = team(rng, 2) as [string, string]
    return {
      stem: `${RESPONSE_RULES} ${client} decides to ${rng.pick(ACTIONS[kind])}, and ${owner} owns the risk. Which response is recorded on the log?`,
      key: RESPONSE_SAID[kind](owner),
      wrong: [
        ...(Object.keys(RESPONSES) as Response[])
          .filter((k) => k !== kind)
          .map((k) => [RESPONSE_SAID[k](owner), RESPONSE_SLIPS[kind][k]] as const),
        [
          ['escalate it as an issue', `an issue for ${owner} to escalate`],
          'treated a risk that has not happened as an issue to escalate',
        ],
      ],
    }
  })
}

const BANDS: readonly Band[] = [
  { min: 15, label: 'the sponsor owns it, reviewed weekly' },
  { min: 8, label: 'the manager owns it, reviewed weekly' },
  { min: 4, label: 'a team member owns it, reviewed weekly' },
  { min: 1, label: 'a team member owns it, reviewed monthly' },
]

const REVIEW_RISKS = [
  'a late venue contract',
  'a supplier price rise',
  'a speaker cancelling',
  'a data migration error',
  'a courier delay',
  'the designer leaving',
  'a payment gateway outage',
  'a refused street permit',
  'a hosting outage on launch day',
]

const RISKS = [
  'a late venue contract',
  'a supplier price rise',
  'a speaker cancelling',
  'a data migration error',
  'a courier delay',
]

/**
 * The RAID log as a coordinator keeps it: what kind of entry a statement is, which response an
 * action is, how a scored risk is handled and where an issue goes, each by the rule the stem states.
 */
export const RAID_FAMILIES: readonly ScenarioFamily[] = (
  [
    classify('risk'),
    classify('issue'),
    classify('assumption'),
    classify('dependency'),
    respondedAs('avoid'),
    response('mitigate'),
    response('transfer'),
    respondedAs('accept'),
    {
      id: 'risk-handling-from-a-probability-impact-score',
      draw(rng) {
        // Half the draws sit on a band's lower edge, where "from 15" and "over 15" part.
        const pairs: [number, number][] = []
        for (let p = 1; p <= 5; p++) for (let i = 1; i <= 5; i++) pairs.push([p, i])
        const edges = pairs.filter(([p, i]) => BANDS.some((b) => b.min > 1 && b.min === p * i))
        const [probability, impact] = rng.pick(rng.next() < 0.5 ? edges : pairs)
        const c = (slip?: 'added' | 'impactOnly' | 'probabilityOnly' | 'bandAbove'): RuleCalc => ({
          op: 'rule',
          kind: 'riskBand',
          probability,
          impact,
          bands: BANDS,
          ...(slip ? { slip } : {}),
        })
        return computed(
          `The client scores each risk as probability × impact, both from 1 to 5. A score from 15 up: the sponsor owns it, reviewed weekly; from 8 to 14: the project manager owns it, reviewed weekly; from 4 to 7: a team member owns it, reviewed weekly; below 4: a team member owns it, reviewed monthly. The risk of ${rng.pick(RISKS)} has probability ${probability} and impact ${impact}. What is done with it?`,
          c(),
          [
            [c('added'), 'added probability and impact instead of multiplying'],
            [c('impactOnly'), 'scored it on impact alone'],
            [c('bandAbove'), 'read each band as starting above its lower figure'],
            [c('probabilityOnly'), 'scored it on probability alone'],
          ],
        )
      },
    },
    {
      id: 'contingency-from-expected-monetary-value',
      draw(rng) {
        const currency = rng.pick(['£', '€', '$'])
        const risks = rng
          .shuffle(RISKS)
          .slice(0, 4)
          .map((name) => ({
            name,
            p: rng.int(1, 9) / 10,
            impact: rng.int(5, 60) * 100,
          }))
        if (!risks.some((r) => r.p > 0.5) || risks.every((r) => r.p > 0.5))
          risks[0] = { ...risks[0]!, p: 0.7 }
        const c = (slip?: 'impacts' | 'largest' | 'likelyOnly' | 'largestImpact'): RuleCalc => ({
          op: 'rule',
          kind: 'emv',
          risks,
          currency,
          ...(slip ? { slip } : {}),
        })
        const list = risks
          .map(
            (r) =>
              `${r.name}, ${Math.round(r.p * 100)} % likely, ${currency}${r.impact.toLocaleString('en-GB')} if it happens`,
          )
          .join('; ')
        return computed(
          `The client sets the contingency reserve at the expected monetary value of the open risks: the sum of probability × impact. Open risks: ${list}. What contingency do you propose?`,
          c(),
          [
            [c('impacts'), 'added the full impacts as if every risk will happen'],
            [c('largest'), 'reserved for the largest single expected value'],
            [c('likelyOnly'), 'counted only the risks more likely than not'],
            // A mistake that can land above the key as well as below it: with only the first
            // three the key sat between two lower figures and the sum of impacts, a middle value.
            [c('largestImpact'), 'reserved for the worst single impact'],
          ],
        )
      },
    },
    {
      id: 'status-rating-from-the-performance-indices',
      draw(rng) {
        const spi = rng.int(80, 104) / 100
        const cpi = rng.int(80, 104) / 100
        const bands: Band[] = [
          { min: 0.98, label: 'green' },
          { min: 0.95, label: 'amber/green' },
          { min: 0.9, label: 'amber' },
          { min: 0.85, label: 'amber/red' },
          { min: 0, label: 'red' },
        ]
        const c = (
          slip?: 'costOnly' | 'scheduleOnly' | 'average' | 'better' | 'bandAbove',
        ): RuleCalc => ({
          op: 'rule',
          kind: 'rag',
          spi,
          cpi,
          bands,
          ...(slip ? { slip } : {}),
        })
        return computed(
          `The client rates the project by the lower of SPI and CPI: green from 0.98, amber/green from 0.95, amber from 0.90, amber/red from 0.85, red below that. This week SPI is ${spi.toFixed(2)} and CPI ${cpi.toFixed(2)}. Which rating do you report?`,
          c(),
          [
            [c('costOnly'), 'rated the project on CPI alone'],
            [c('scheduleOnly'), 'rated the project on SPI alone'],
            [c('average'), 'rated the average of the two indices'],
            [c('better'), 'rated the better of the two indices'],
            [c('bandAbove'), 'read each band as starting above its figure'],
          ],
        )
      },
    },
    {
      id: 'issue-escalation-by-tolerance',
      draw(rng) {
        const currency = rng.pick(['£', '€', '$'])
        const [owner, manager, sponsor, chair] = team(rng, 4) as [string, string, string, string]
        // Each level said one of three ways, with its person's name, so that the key's length
        // and its likeness to the others change from draw to draw.
        const say = (name: string, role: string) =>
          rng.pick([name, `${name}, the ${role}`, `the ${role}, ${name}, settles it`])
        const levels = [
          { who: say(owner, 'issue owner'), cost: 500, days: 2 },
          { who: say(manager, 'project manager'), cost: 3000, days: 5 },
          { who: say(sponsor, 'sponsor'), cost: 10000, days: 15 },
        ]
        const board = rng.pick([
          'the steering group',
          `the steering group chaired by ${chair}`,
          `${chair}’s steering group settles it`,
        ])
        const cost =
          rng.next() < 0.5
            ? rng.pick([500, 3000, 10000])
            : rng.pick([300, 800, 2500, 4000, 9000, 12000])
        const days = rng.next() < 0.5 ? rng.pick([2, 5, 15]) : rng.pick([1, 3, 7, 20])
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
          board,
          ...(slip ? { slip } : {}),
        })
        return computed(
          `The client’s tolerances: the issue owner (${owner}) resolves an issue costing up to ${currency}500 and delaying up to 2 days; the project manager (${manager}) decides up to ${currency}3,000 and 5 days; the sponsor (${sponsor}) up to ${currency}10,000 and 15 days; anything beyond, or anything that moves a contracted milestone, goes to the steering group chaired by ${chair}. An issue will cost ${currency}${cost.toLocaleString('en-GB')} and delay the work ${days} day${days === 1 ? '' : 's'}${milestone ? ', and it moves the contracted launch milestone' : ', with no milestone affected'}. Who settles it?`,
          c(),
          [
            [c('costOnly'), 'checked the cost tolerance alone'],
            [c('daysOnly'), 'checked the delay tolerance alone'],
            [c('ignoredMilestone'), 'overlooked the rule on contracted milestones'],
            [c('straightToTop'), 'sent anything beyond the first tolerance straight to the top'],
            [c('exclusiveLimits'), 'read “up to” a limit as below it'],
          ],
        )
      },
    },
    varied('missed-dependency-becomes-an-issue', (rng) => {
      const [needed, from] = rng.pick([
        ['the network cabling', 'the landlord’s electrician'],
        ['the product photos', 'the client’s brand team'],
        ['the speaker list', 'the partner’s events office'],
        ['the final price list', 'the finance team'],
        ['the signed floor plan', 'the venue manager'],
      ])
      const owner = rng.pick(CLIENTS)
      const late = rng.int(1, 4)
      return {
        stem: `${RAID_RULES} The log holds a dependency owned by ${owner}: ${needed} from ${from}, due ${late === 1 ? 'yesterday' : `${late} days ago`}. It has not arrived and the next activity cannot start. Under these definitions, how do you update the log?`,
        key: [
          'raise an issue linked to the dependency',
          `an issue for ${owner}, linked to the dependency`,
          `a linked issue: ${needed} is ${late} day${late === 1 ? '' : 's'} late`,
        ],
        wrong: [
          [
            ['keep the dependency open and wait', `wait another week for ${from}`],
            'left a missed input unlogged as a problem',
          ],
          [
            ['log a risk that it may be late', `a new risk that ${needed} may arrive late`],
            'logged what has happened as a possible event',
          ],
          [
            ['close the dependency', `close the dependency on ${from} as void`],
            'dropped the record the issue depends on',
          ],
          [
            [`assume ${from} delivers this week`, 'log an assumption of a new date'],
            'recorded a hoped-for date as a planning belief instead of acting',
          ],
        ],
      }
    }),
    judged('secondary-risk-from-a-response', (rng) => {
      const [response, created] = rng.pick([
        [
          'moves the launch event indoors to avoid the weather',
          'the indoor hall holds fewer guests, so some may be turned away',
        ],
        [
          'books a second printer as a standby for the brochures',
          'the standby printer’s colours may not match the first run',
        ],
        [
          'insures the venue deposit against cancellation',
          'the insurer may refuse a claim filed after 48 hours',
        ],
      ])
      // Three wordings of the same four answers, so that neither length nor likeness to the
      // others marks the key in every draw (one wording alone left the key in the middle on both).
      const [key, residual, issue, none] = rng.pick([
        [
          'log it as a new secondary risk',
          'note it as the residual risk',
          'log it as an issue to act on',
          'leave it off, the risk is handled',
        ],
        [
          'log it as a new secondary risk',
          'log it as the residual risk',
          'log it as a new issue',
          'leave it off, as the risk is handled',
        ],
        [
          'log it as a secondary risk of its own',
          'note it as the residual risk',
          'log it as an issue to act on',
          'leave it off, the risk is handled',
        ],
      ] as const)
      return {
        stem: `The client’s risk procedure defines a residual risk as what remains of a risk after its response, and a secondary risk as a new risk that the response itself creates; each secondary risk is logged as a risk of its own. ${pickClient(rng)} ${response}. You note that ${created}. How do you record that?`,
        key,
        wrong: [
          [residual, 'took a risk the response creates for what remains'],
          [issue, 'logged a possible event as having happened'],
          [none, 'took a response as closing every risk'],
        ],
      }
    }),
    varied('occurred-risk-becomes-an-issue', (rng) => {
      const [event, happened] = rng.pick([
        ['the venue might cancel', 'the venue cancelled'],
        ['the designer might leave', 'the designer left'],
        ['the printer might close', 'the printer closed'],
        ['a speaker might drop out', 'a speaker dropped out'],
        ['the courier might strike', 'the courier struck'],
      ])
      const owner = rng.pick(CLIENTS)
      return {
        stem: `${RAID_RULES} The client’s log also links each issue to the risk it came from, if any. The logged risk that ${event}, owned by ${owner}, has now happened: ${happened} this morning. How do you update the log?`,
        key: [
          'linked issue; risk closed',
          `an issue for ${owner}; the risk closed with a link`,
          'open a linked issue and close the risk',
        ],
        wrong: [
          [
            ['raise its probability to 5', `keep the risk open, its probability raised to 5 of 5`],
            'kept as a possible event what has now happened',
          ],
          [
            ['record a new assumption', `record an assumption that ${owner} can work around it`],
            'logged a present problem as a planning belief',
          ],
          [
            ['delete the risk', `delete the risk ${owner} owned, as it is no longer uncertain`],
            'lost the history that links the issue to its risk',
          ],
          [
            [`a note on the risk for ${owner}`, 'add a note to the risk and leave it open for now'],
            'left a happened event with no issue to act on',
          ],
        ],
      }
    }),
    {
      id: 'risk-to-review-first-by-its-score',
      draw(rng) {
        const risks = rng
          .shuffle(REVIEW_RISKS)
          .slice(0, 5)
          .map((name) => ({ name, p: rng.int(1, 5), i: rng.int(1, 5) }))
        // The risk a reading puts first, or nothing when it ties (a tie names no one mistake).
        const top = (score: (r: (typeof risks)[number]) => number) => {
          const best = Math.max(...risks.map(score))
          const at = risks.filter((r) => score(r) === best)
          return at.length === 1 ? at[0]!.name : undefined
        }
        const key = top((r) => r.p * r.i)
        if (key === undefined) throw new VariantError('two risks share the top score')
        const readings: [string | undefined, string][] = [
          [top((r) => r.i), 'ranked the risks by impact alone'],
          [top((r) => r.p), 'ranked the risks by probability alone'],
          [top((r) => r.p + r.i), 'added probability and impact instead of multiplying'],
          [risks[0]!.name, 'took the oldest entry first, not the highest score'],
        ]
        const wrong = rng
          .shuffle(
            readings.filter((w): w is [string, string] => w[0] !== undefined && w[0] !== key),
          )
          .slice(0, 3)
        const list = risks.map((r) => `${r.name}, probability ${r.p}, impact ${r.i}`).join('; ')
        return {
          stem: `The client’s rule: open risks are reviewed in order of score, probability × impact (each from 1 to 5), highest first. The log lists them oldest first: ${list}. Which risk do you review first?`,
          key,
          wrong,
        }
      },
    },
    varied('assumption-found-false-becomes-an-issue', (rng) => {
      const [belief, news] = rng.pick([
        [
          'the venue includes audio-visual kit at no extra charge',
          'the venue has quoted for the kit',
        ],
        [
          'the client’s staff are free for two training sessions',
          'half the staff are at a trade fair that week',
        ],
        ['prices hold until the order is placed', 'the supplier raised its prices today'],
        ['the client approves each draft within two days', 'the last two drafts took a week each'],
      ])
      const owner = rng.pick(CLIENTS)
      return {
        stem: `${RAID_RULES} The client’s log adds: an assumption found false is closed as false, and an issue, linked to it, is raised for its effect on the plan. The log holds an assumption, owned by ${owner}, that ${belief}. You learn that ${news}. How do you update the log?`,
        key: [
          'close it as false and raise a linked issue',
          `a linked issue for ${owner}; the assumption closed as false`,
          'mark it false and open an issue linked to it',
        ],
        wrong: [
          [
            ['keep the assumption as it is', `leave it open for ${owner} to recheck`],
            'kept a disproved belief in the plan',
          ],
          [
            ['log it as a new risk', 'a risk that the plan may have to change'],
            'logged what is already known as a possible event',
          ],
          [
            ['delete the assumption', `delete it and tell ${owner}`],
            'lost the record of what the plan rested on',
          ],
          [
            ['reword the assumption to fit', `rewrite it to say that ${news}`],
            'edited a belief to fit the facts instead of acting on them',
          ],
        ],
      }
    }),
    varied('risk-whose-window-has-passed', (rng) => {
      const [risk, reason] = rng.pick([
        ['heavy rain could flood the car park on the event day', 'the day stayed dry'],
        ['the printer might close for a week in August', 'the printer stayed open all August'],
        ['a key speaker may cancel before the conference', 'every speaker attended'],
        [
          'the exchange rate could move before the supplier invoices',
          'the invoice was paid at the planned rate',
        ],
      ])
      const owner = rng.pick(CLIENTS)
      return {
        stem: `${RAID_RULES} The client’s log adds: a risk whose window passes without the event is closed with the reason recorded, and no entry is ever deleted. The log holds a risk, owned by ${owner}, that ${risk}. That window has now passed: ${reason}. How do you update the log?`,
        key: [
          'close the risk and record why',
          `close it, noting that ${reason}`,
          `closed by ${owner}: ${reason}`,
        ],
        wrong: [
          [
            ['delete the risk', `delete it from ${owner}’s list, as ${reason}`],
            'deleted an entry the log keeps',
          ],
          [
            ['keep it open in case', `keep it open until ${owner}’s next monthly review`],
            'kept open a risk that can no longer happen',
          ],
          [
            ['record it as a resolved issue', `record it as an issue that ${owner} marks resolved`],
            'logged a risk that never happened as an issue',
          ],
          [
            ['close it with no note', `close it; ${owner} needs to give no reason`],
            'closed it without the reason the log asks for',
          ],
        ],
      }
    }),
  ] as ScenarioFamily[]
).map(retrying)

export { GRID }
