import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { cap, choose, client, family, type GaFamily, n, pct } from './ga-text.js'

const FUNNEL = '[GA4] Funnel exploration'
const EXPLORE = '[GA4] About explorations'
const SEGMENTS = '[GA4] About segments in explorations'

const STEPS = [
  ['view_item', 'add_to_cart', 'begin_checkout', 'purchase'],
  ['view pricing', 'start trial form', 'submit trial form', 'activate account'],
  ['view course', 'add to basket', 'enter payment', 'enrol'],
] as const

/** Users at each of four funnel steps, each step a drawn share of the one before. */
function funnel(rng: Rng) {
  const names = rng.pick(STEPS)
  const users = [rng.int(20, 90) * 100 + rng.int(0, 99)]
  for (let i = 1; i < 4; i++) users.push(Math.round(users[i - 1]! * (0.25 + rng.int(0, 50) / 100)))
  const table = names.map((s, i) => `${i + 1}. ${s}: ${n(users[i]!)}`).join('; ')
  return { names, users, table }
}

/** Techniques of Explore and the question each answers. */
const TECHNIQUES: readonly (readonly [question: string, technique: string])[] = [
  ['which pages users view after landing on the homepage', 'Path exploration'],
  ['what users did just before reaching the thank-you page', 'Path exploration'],
  ['how many mobile users are also returning purchasers', 'Segment overlap'],
  ['what share of users first acquired each week come back in later weeks', 'Cohort exploration'],
  ['the event stream of one user who reported a checkout bug', 'User explorer'],
  ['at which checkout step users drop out', 'Funnel exploration'],
  ['the revenue users bring over their lifetime, by first campaign', 'User lifetime'],
]
const TECHNIQUE_MISTAKE: Record<string, string> = {
  'Path exploration': 'uses a path view for a question about a set or a cohort',
  'Segment overlap': 'uses a segment comparison for a sequence question',
  'Cohort exploration': 'groups by acquisition date where no cohort is asked',
  'User explorer': 'looks at single users for a population question',
  'Funnel exploration': 'forces a fixed sequence of steps on the question',
  'User lifetime': 'reaches for lifetime value where none is asked',
  'Free form': 'uses a plain table, which cannot show the sequence, overlap or cohort',
}

const SEGMENT_CASES: readonly (readonly [want: string, scope: string])[] = [
  ['every session of people who have ever purchased', 'User segment'],
  ['only the sessions that began from a paid social ad', 'Session segment'],
  ['only the add_to_cart events on mobile devices', 'Event segment'],
  ['all activity of users whose membership tier is gold', 'User segment'],
  ['only the sessions that included the pricing page', 'Session segment'],
]

const SEGMENT_MISTAKE: Record<string, string> = {
  'User segment': 'widens the segment to all of a user’s activity',
  'Session segment': 'keeps whole sessions where events or users are asked',
  'Event segment': 'keeps only matching events where sessions or users are asked',
}

/**
 * Funnel explorations worked from step counts, and which Explore technique or segment scope
 * answers a client's question. The named mistakes are the usual base errors (rates against the
 * first step, averages of step rates) and open funnels read as closed.
 */
export const EXPLORATION_FAMILIES: readonly GaFamily[] = [
  family('funnel-step-completion-rate', (rng) => {
    const f = funnel(rng)
    const k = rng.int(1, 2)
    const u = f.users
    return choose(rng, {
      stem: `A closed funnel exploration for ${client(rng)} shows active users per step: ${f.table}. What is the completion rate of step ${k + 1} (${f.names[k]}), to one decimal place?`,
      key: pct(u[k + 1]!, u[k]!),
      wrong: [
        [pct(u[k + 1]!, u[0]!), 'divides by the first step instead of this one'],
        [pct(u[k]! - u[k + 1]!, u[k]!), 'gives the abandonment rate'],
        [pct(u[k]!, u[k - 1]!), 'gives the rate into this step from the one before'],
      ],
      facts: { source: FUNNEL, users: u, step: k },
    })
  }),
  family('funnel-abandonments', (rng) => {
    const f = funnel(rng)
    const k = rng.int(0, 2)
    const u = f.users
    return choose(rng, {
      stem: `A closed funnel exploration for ${client(rng)} shows active users per step: ${f.table}. How many abandonments does it report at step ${k + 1} (${f.names[k]})?`,
      key: n(u[k]! - u[k + 1]!),
      wrong: [
        [n(u[k + 1]!), 'gives the users who went on, not those who left'],
        [n(u[0]! - u[k + 1]!), 'counts everyone lost since the first step'],
        [n(u[k]! - u[3]!), 'counts everyone lost by the last step'],
      ],
      facts: { source: FUNNEL, users: u, step: k },
    })
  }),
  family('funnel-overall-completion', (rng) => {
    const f = funnel(rng)
    const u = f.users
    const mean = (u[1]! / u[0]! + u[2]! / u[1]! + u[3]! / u[2]!) / 3
    return choose(rng, {
      stem: `A closed funnel exploration for ${client(rng)} shows active users per step: ${f.table}. What share of users who started the funnel completed it, to one decimal place?`,
      key: pct(u[3]!, u[0]!),
      wrong: [
        [`${(mean * 100).toFixed(1)}%`, 'averages the step completion rates'],
        [pct(u[3]!, u[1]!), 'starts from step 2'],
        [pct(u[0]! - u[3]!, u[0]!), 'gives the overall abandonment'],
        [pct(u[3]!, u[2]!), 'gives the last step’s rate only'],
        [pct(u[2]!, u[0]!), 'stops at the third step'],
      ],
      facts: { source: FUNNEL, users: u },
    })
  }),
  family('open-or-closed-funnel-count', (rng) => {
    const fromStart = rng.int(8, 40) * 10
    const midEntry = rng.int(3, 30) * 10
    const kind = rng.pick(['closed', 'open'] as const)
    const key = kind === 'closed' ? fromStart : fromStart + midEntry
    const other = kind === 'closed' ? fromStart + midEntry : fromStart
    const wrong: Wrong[] = [
      [
        n(other),
        kind === 'closed'
          ? 'counts mid-funnel entrants, as an open funnel does'
          : 'drops mid-funnel entrants, as a closed funnel does',
      ],
      [n(midEntry), 'counts only the users who entered at step 2'],
      [n(Math.abs(fromStart - midEntry)), 'subtracts the mid-funnel entrants'],
    ]
    return choose(rng, {
      stem: `In ${client(rng)}’s data, ${n(fromStart)} users completed step 1 and then step 2 of a funnel; another ${n(midEntry)} reached step 2 from a direct link without step 1. How many users does an ${kind} funnel exploration show at step 2?`,
      key: n(key),
      wrong,
      facts: { source: FUNNEL, kind, fromStart, midEntry },
    })
  }),
  family('exploration-technique', (rng) => {
    const [question, technique] = rng.pick(TECHNIQUES)
    const wrong: Wrong[] = Object.keys(TECHNIQUE_MISTAKE)
      .filter((t) => t !== technique)
      .map((t) => [t, TECHNIQUE_MISTAKE[t]!] as const)
    return choose(rng, {
      stem: `${cap(client(rng))} wants to see ${question}. Which Explore technique fits?`,
      key: technique,
      wrong,
      facts: { source: EXPLORE, question },
    })
  }),
  family('segment-scope', (rng) => {
    const [want, scope] = rng.pick(SEGMENT_CASES)
    const wrong: Wrong[] = [
      ...['User segment', 'Session segment', 'Event segment']
        .filter((s) => s !== scope)
        .map((s) => [s, SEGMENT_MISTAKE[s]!] as const),
      [
        'A comparison on the report',
        'uses a report comparison where an exploration segment is asked',
      ],
    ]
    return choose(rng, {
      stem: `In an exploration for ${client(rng)}, the analyst wants a segment holding ${want}. Which segment type is it?`,
      key: scope,
      wrong,
      facts: { source: SEGMENTS, want },
    })
  }),
]
