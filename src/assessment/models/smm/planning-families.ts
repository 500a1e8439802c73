import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  client,
  count,
  drawn,
  family,
  figures,
  pct,
  qty,
  ruled,
  symbol,
  worked,
} from './smm-text.js'

// The rest of the planning and reporting work: a month's posting slots on set weekdays, the
// last day a draft can reach the client under a business-day approval rule, splitting a month's
// posts across content pillars by stated shares; a few more reporting ratios; and the choices
// of ad objective and audience type as the ad platforms document them.

const DAY = 86_400_000
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export const CALENDAR_FAMILIES: readonly ScenarioFamily[] = [
  family('posting-slots-in-month', (rng) => {
    const month = rng.int(0, 11)
    const days = rng.pick([
      [1, 3, 5],
      [2, 4],
      [1, 2, 3, 4, 5],
      [2, 4, 6],
    ] as const)
    const inMonth = new Date(Date.UTC(2026, month + 1, 0)).getUTCDate()
    let slots = 0
    for (let d = 1; d <= inMonth; d++)
      if ((days as readonly number[]).includes(new Date(Date.UTC(2026, month, d)).getUTCDay()))
        slots++
    return figures(rng, qty('posts'), {
      stem: `${Client(rng)} posts every ${days.map((d) => WEEKDAYS[d]).join(', ')} in ${MONTH_NAMES[month]} 2026 (${inMonth} days; 1 ${MONTH_NAMES[month]} is a ${WEEKDAYS[new Date(Date.UTC(2026, month, 1)).getUTCDay()]}). How many posts does the content calendar need?`,
      in: { month, mask: days.reduce((s, d) => s + 2 ** d, 0) },
      key: slots,
      wrong: [
        ['fourWeeks', days.length * 4, 'assumes every month has exactly four weeks'],
        ['weeksAvg', Math.round((days.length * 52) / 12), 'uses the year’s average per month'],
        ['fiveWeeks', days.length * 5, 'assumes five of each weekday'],
        ['perDay', inMonth, 'schedules one post every day'],
      ],
    })
  }),
  family('approval-deadline-business-days', (rng) => {
    const start = Date.UTC(2026, 0, 5) + rng.int(0, 300) * DAY
    const live = new Date(start)
    while (live.getUTCDay() === 0 || live.getUTCDay() === 6) live.setTime(live.getTime() + DAY)
    const n = rng.pick([2, 3, 4, 5])
    const back = (k: number, skip: boolean) => {
      const d = new Date(live)
      let left = k
      while (left > 0) {
        d.setTime(d.getTime() - DAY)
        if (!skip || (d.getUTCDay() !== 0 && d.getUTCDay() !== 6)) left--
      }
      return d
    }
    const text = (d: Date) =>
      `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]}`
    return worked(rng, {
      stem: `The contract says a draft must reach the client ${n} business days (Monday to Friday, no holidays that week) before it goes live. A post goes live on ${text(live)} 2026. What is the latest day to send the draft?`,
      in: { live: live.getTime(), n },
      key: text(back(n, true)),
      wrong: [
        ['calendar', text(back(n, false)), 'counts calendar days, weekends included'],
        ['offByOne', text(back(n - 1, true)), 'counts the go-live day as one of the business days'],
        [
          'calendarOffByOne',
          text(back(n - 1, false)),
          'counts calendar days and the go-live day as one of them',
        ],
        [
          'sendDay',
          text(back(n + 1, true)),
          'counts the sending day as well, so sends a business day earlier than needed',
        ],
      ],
    })
  }),
  family('content-pillar-split', (rng) => {
    const posts = rng.pick([20, 24, 30, 36, 40])
    const shares = rng.pick([
      [40, 30, 20, 10],
      [50, 25, 15, 10],
      [35, 35, 20, 10],
    ] as const)
    const k = rng.int(0, 3)
    const names = ['educational', 'behind-the-scenes', 'community', 'promotional']
    const exact = (posts * shares[k]!) / 100
    return figures(rng, qty('posts', 1), {
      stem: `The content strategy for ${client(rng)} splits ${posts} posts a month across pillars: ${names.map((n, i) => `${n} ${shares[i]}%`).join(', ')}. How many ${names[k]} posts is that (one decimal place, before rounding to whole posts)?`,
      in: { posts, share: shares[k]!, k },
      key: exact,
      wrong: [
        ['perWeek', exact / 4, 'works it out per week'],
        ['equal', posts / 4, 'splits the posts equally across pillars'],
        ['shareAsCount', shares[k]! / 10, 'reads the percentage as a count per ten posts'],
        ['rest', posts - exact, 'gives the posts outside this pillar'],
      ],
    })
  }),
]

export const MORE_METRIC_FAMILIES: readonly ScenarioFamily[] = [
  family('reach-rate', (rng) => {
    const followers = drawn(rng, 2000, 80000, 100)
    const reach = Math.round(followers * rng.pick([0.05, 0.09, 0.15, 0.3]))
    const impressions = Math.round(reach * rng.pick([1.3, 1.8]))
    return figures(rng, pct(2), {
      stem: `A post reached ${count(reach)} people and made ${count(impressions)} impressions; the account has ${count(followers)} followers. Reach rate is reach ÷ followers. What is it (two decimal places)?`,
      in: { followers, reach, impressions },
      key: reach / followers,
      wrong: [
        ['impressions', impressions / followers, 'uses impressions instead of reach'],
        ['inverse', followers / reach / 100, 'divides followers by reach'],
        ['perImpression', reach / impressions, 'divides reach by impressions'],
      ],
    })
  }),
  family('save-rate', (rng) => {
    const reach = drawn(rng, 1000, 60000, 10)
    const saves = Math.round(reach * rng.pick([0.004, 0.01, 0.02]))
    const likes = Math.round(reach * rng.pick([0.03, 0.05]))
    const followers = Math.round(reach * rng.pick([2, 4, 6]))
    return figures(rng, pct(2), {
      stem: `A carousel reached ${count(reach)} of ${client(rng)}’s ${count(followers)} followers and got ${count(likes)} likes and ${count(saves)} saves. Save rate is saves ÷ reach. What is it (two decimal places)?`,
      in: { reach, saves, likes, followers },
      key: saves / reach,
      wrong: [
        ['followers', saves / followers, 'divides by followers'],
        ['withLikes', (saves + likes) / reach, 'adds likes to saves'],
        ['perLike', saves / likes, 'divides saves by likes'],
      ],
    })
  }),
  family('profile-visit-follow-rate', (rng) => {
    const visits = drawn(rng, 300, 20000)
    const follows = Math.round(visits * rng.pick([0.03, 0.06, 0.1, 0.15]))
    const reach = visits * rng.pick([8, 15, 25])
    return figures(rng, pct(1), {
      stem: `This month the account was reached by ${count(reach)} people, had ${count(visits)} profile visits and gained ${count(follows)} follows. What share of profile visits turned into a follow (one decimal place)?`,
      in: { visits, follows, reach },
      key: follows / visits,
      wrong: [
        ['reach', follows / reach, 'divides by reach'],
        ['visitRate', visits / reach, 'gives the visit rate from reach'],
        ['inverse', visits / follows / 100, 'divides visits by follows'],
      ],
    })
  }),
  family('cpc-from-cpm-and-ctr', (rng) => {
    const s = symbol(rng)
    const cpm = drawn(rng, 40, 250) / 10
    const ctr = rng.pick([0.005, 0.008, 0.01, 0.015, 0.02])
    return figures(rng, cash(s), {
      stem: `An audience costs ${cash(s)(cpm)} CPM and the ad’s link CTR is ${(ctr * 100).toFixed(1)}%. What cost per link click does that imply?`,
      in: { cpm, ctr },
      key: cpm / (1000 * ctr),
      wrong: [
        ['noThousand', cpm / ctr / 100, 'treats CPM as per hundred impressions'],
        ['times', cpm * ctr, 'multiplies CPM by CTR'],
        [
          'ctrAsPercent',
          cpm / 1000 / (ctr * 100),
          'divides the cost per impression by the CTR’s percentage figure instead of the rate',
        ],
        ['cpmOnly', cpm / 1000, 'gives the cost per impression'],
        [
          'perThousandClicks',
          cpm / ctr,
          'divides the CPM by the CTR but not by 1,000, giving the cost of a thousand clicks',
        ],
      ],
    })
  }),
  family('impressions-from-spend', (rng) => {
    const s = symbol(rng)
    const spend = drawn(rng, 100, 5000, 10)
    const cpm = drawn(rng, 40, 200) / 10
    return figures(rng, qty('impressions'), {
      stem: `At a CPM of ${cash(s)(cpm)}, how many impressions does a ${cash(s, 0)(spend)} boost buy (nearest whole impression)?`,
      in: { spend, cpm },
      key: Math.round((spend / cpm) * 1000),
      wrong: [
        ['noThousand', Math.round(spend / cpm), 'forgets that CPM is per thousand'],
        ['times', Math.round(spend * cpm), 'multiplies spend by CPM'],
        ['hundred', Math.round((spend / cpm) * 100), 'treats CPM as per hundred'],
        [
          'tenThousand',
          Math.round((spend / cpm) * 10000),
          'treats CPM as per ten thousand impressions',
        ],
        ['inverted', Math.round((cpm / spend) * 1000), 'divides the CPM by the spend'],
      ],
    })
  }),
]

type Choice = readonly [says: string, text: string, mistake: string]
const OBJECTIVES: Record<string, string> = {
  awareness: 'Awareness',
  traffic: 'Traffic',
  engagement: 'Engagement',
  leads: 'Leads',
  app: 'App promotion',
  sales: 'Sales',
}
/** What each objective optimises delivery for, in Meta's own terms. */
const OPTIMISES: Record<string, string> = {
  awareness: 'reach and ad recall',
  traffic: 'link clicks and landing-page views',
  engagement: 'interactions, messages and video views',
  leads: 'form fills and calls from interested people',
  app: 'app installs and in-app events',
  sales: 'purchases and other conversions',
}
/** An objective as an option: its name alone, or its name with what it optimises for. */
const objectiveOption = (rng: Rng, k: string): string =>
  rng.next() < 0.5 ? OBJECTIVES[k]! : `${OBJECTIVES[k]!}, optimising for ${OPTIMISES[k]!}`
const objective = (
  id: string,
  goals: readonly string[],
  key: string,
  mistakes: Record<string, string>,
): ScenarioFamily =>
  family(id, (rng) =>
    ruled(rng, {
      rule: id,
      stem: `In Meta Ads Manager’s six objectives (Awareness, Traffic, Engagement, Leads, App promotion, Sales), which fits ${client(rng)}’s goal: ${rng.pick(goals)}?`,
      key: [key, objectiveOption(rng, key)],
      wrong: Object.entries(mistakes).map(([k, m]) => [k, objectiveOption(rng, k), m] as Choice),
    }),
  )

export const AD_SETUP_FAMILIES: readonly ScenarioFamily[] = [
  objective(
    'objective-for-awareness',
    [
      'show a new brand video to as many people in the city as possible, at low cost per person reached',
      'make people nearby remember the brand’s name, with no clicks or sales asked for',
    ],
    'awareness',
    {
      engagement: 'optimises for interactions, not for reach',
      traffic: 'optimises for link clicks the goal does not ask for',
      sales: 'optimises for purchases from a goal about being seen',
      leads: 'optimises for form fills, not for being seen',
      app: 'optimises for installs of an app the goal does not mention',
    },
  ),
  objective(
    'objective-for-instant-forms',
    [
      'collect sign-ups through a form inside the app, without a website',
      'gather names and phone numbers of people who want a call back, in a form that opens in the app',
    ],
    'leads',
    {
      traffic: 'sends people to a website the client does not have',
      engagement: 'optimises for reactions instead of sign-ups',
      awareness: 'optimises for reach, not for completed forms',
      sales: 'optimises for shop purchases, not sign-ups',
      app: 'optimises for app installs instead of sign-ups',
    },
  ),
  objective(
    'objective-for-purchases',
    [
      'get online purchases tracked by the pixel on the shop’s checkout',
      'sell more gift cards on its website, where the pixel records each completed order',
    ],
    'sales',
    {
      traffic: 'optimises for clicks, not for purchases',
      leads: 'optimises for forms instead of checkouts',
      awareness: 'optimises for reach, not for conversions',
      engagement: 'optimises for likes and comments, not purchases',
      app: 'optimises for app installs, not web checkouts',
    },
  ),
  family('audience-type-for-task', (rng) => {
    const task = rng.pick([
      ['custom', 'show an offer to people who visited the booking page in the last 30 days'],
      ['lookalike', 'find new people who resemble the client’s existing customer list'],
      [
        'saved',
        'target 25–40-year-olds within 10 km who are interested in yoga, with no customer data',
      ],
    ] as const)
    const names: Record<string, string> = {
      custom: 'A custom audience (website visitors or a customer list)',
      lookalike: 'A lookalike audience seeded from a source audience',
      saved: 'A saved audience of demographics, location and interests',
      broad: 'Broad targeting with no restrictions at all',
    }
    const why: Record<string, string> = {
      custom: 'reaches only people already known to the client',
      lookalike: 'finds new people rather than the ones already known',
      saved: 'describes people by traits instead of by their actions',
      broad: 'drops the targeting the task names',
    }
    return ruled(rng, {
      rule: `audience:${task[0]}`,
      stem: `For ${client(rng)} you need to ${task[1]}. Which Meta audience type does that?`,
      key: [task[0], names[task[0]]!],
      wrong: Object.keys(names)
        .filter((k) => k !== task[0])
        .map((k) => [k, names[k]!, why[k]!] as Choice),
    })
  }),
]
