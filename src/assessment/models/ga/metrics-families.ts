import type { Rng } from '../../rng.js'
import { cap, choose, client, family, type GaFamily, mmss, n, pct, quotient } from './ga-text.js'

const METRICS = '[GA4] Analytics dimensions and metrics'
const ENGAGEMENT = '[GA4] Engagement rate and bounce rate'

/** A report row's counts, drawn so the rates between them are plausible for a small site. */
function reportRow(rng: Rng) {
  const users = rng.int(8, 60) * 100 + rng.int(0, 99)
  const sessions = Math.round(users * (1.15 + rng.int(0, 60) / 100))
  const engaged = Math.round(sessions * (0.35 + rng.int(0, 40) / 100))
  const views = Math.round(sessions * (1.6 + rng.int(0, 150) / 100))
  const events = Math.round(views * (3 + rng.int(0, 30) / 10))
  return { users, sessions, engaged, views, events }
}

const counts = (r: ReturnType<typeof reportRow>) =>
  `${n(r.users)} active users, ${n(r.sessions)} sessions, ${n(r.engaged)} engaged sessions, ${n(r.views)} views and ${n(r.events)} events`

/**
 * GA4's engagement metrics worked out from a report row's counts, as the metric definitions
 * state them. The named mistakes are Universal Analytics definitions (bounce as a single-page
 * session), the wrong denominator (users for sessions) and the complement of the asked rate.
 */
export const METRIC_FAMILIES: readonly GaFamily[] = [
  family('engagement-rate-from-counts', (rng) => {
    const r = reportRow(rng)
    return choose(rng, {
      stem: `A GA4 report row for ${client(rng)} shows ${counts(r)}. What is its engagement rate, to one decimal place?`,
      key: pct(r.engaged, r.sessions),
      wrong: [
        [pct(r.sessions - r.engaged, r.sessions), 'gives the bounce rate, its complement'],
        [pct(r.engaged, r.users), 'divides by active users instead of sessions'],
        [pct(r.engaged, r.views), 'divides by views instead of sessions'],
        [pct(r.engaged, r.events), 'divides by events instead of sessions'],
      ],
      facts: { source: ENGAGEMENT, ...r },
    })
  }),
  family('bounce-rate-from-counts', (rng) => {
    const r = reportRow(rng)
    const single = Math.round(r.sessions * (0.3 + rng.int(0, 25) / 100))
    return choose(rng, {
      stem: `A GA4 report row for ${client(rng)} shows ${counts(r)}; ${n(single)} of the sessions viewed a single page. What is its bounce rate as GA4 defines it, to one decimal place?`,
      key: pct(r.sessions - r.engaged, r.sessions),
      wrong: [
        [pct(r.engaged, r.sessions), 'gives the engagement rate'],
        [pct(single, r.sessions), 'applies Universal Analytics’ single-page bounce'],
        [pct(r.sessions - r.engaged, r.users), 'divides by active users instead of sessions'],
      ],
      facts: { source: ENGAGEMENT, single, ...r },
    })
  }),
  family('engaged-sessions-per-user', (rng) => {
    const r = reportRow(rng)
    return choose(rng, {
      stem: `A GA4 report row for ${client(rng)} shows ${counts(r)}. What is “engaged sessions per active user”, to two decimal places?`,
      key: quotient(r.engaged, r.users, 2),
      wrong: [
        [quotient(r.sessions, r.users, 2), 'counts every session, engaged or not'],
        [quotient(r.engaged, r.sessions, 2), 'divides by sessions, giving the engagement rate'],
        [quotient(r.views, r.users, 2), 'gives views per active user'],
      ],
      facts: { source: METRICS, ...r },
    })
  }),
  family('views-per-active-user', (rng) => {
    const r = reportRow(rng)
    return choose(rng, {
      stem: `A GA4 pages report for ${client(rng)} shows ${counts(r)}. What is “views per active user”, to two decimal places?`,
      key: quotient(r.views, r.users, 2),
      wrong: [
        [quotient(r.views, r.sessions, 2), 'divides by sessions instead of active users'],
        [quotient(r.views, r.engaged, 2), 'divides by engaged sessions'],
        [quotient(r.sessions, r.users, 2), 'gives sessions per active user'],
      ],
      facts: { source: METRICS, ...r },
    })
  }),
  family('events-per-session', (rng) => {
    const r = reportRow(rng)
    return choose(rng, {
      stem: `For ${client(rng)}, GA4 shows ${n(r.events)} events, ${n(r.views)} views, ${n(r.sessions)} sessions, ${n(r.engaged)} engaged sessions and ${n(r.users)} active users. What is “events per session”, to two decimal places?`,
      key: quotient(r.events, r.sessions, 2),
      wrong: [
        [quotient(r.events, r.users, 2), 'divides by active users'],
        [quotient(r.events, r.engaged, 2), 'divides by engaged sessions only'],
        [quotient(r.sessions, r.users, 2), 'gives sessions per active user'],
        [quotient(r.views, r.sessions, 2), 'counts views, not events'],
        [quotient(r.events, r.views, 2), 'gives events per view'],
        [quotient(r.views, r.users, 2), 'gives views per active user'],
      ],
      facts: { source: METRICS, ...r },
    })
  }),
  family('average-engagement-time-per-user', (rng) => {
    const r = reportRow(rng)
    const perUser = rng.int(35, 240)
    const seconds = r.users * perUser + rng.int(0, r.users - 1)
    const total = Math.round(r.users * (1.05 + rng.int(0, 15) / 100))
    const at = (d: number) => mmss(Math.round(seconds / d))
    return choose(rng, {
      stem: `For ${client(rng)}, users were engaged (page in focus) for ${n(seconds)} seconds in total, over ${n(r.sessions)} sessions (${n(r.engaged)} engaged) by ${n(r.users)} active users (${n(total)} total users). What is the average engagement time per active user, rounded to whole seconds?`,
      key: at(r.users),
      wrong: [
        [at(r.sessions), 'divides by sessions'],
        [at(r.engaged), 'divides by engaged sessions'],
        [at(total), 'divides by total users instead of active users'],
      ],
      facts: { source: METRICS, seconds, users: r.users },
    })
  }),
  family('session-key-event-rate', (rng) => {
    const r = reportRow(rng)
    const withKey = Math.round(r.sessions * (0.02 + rng.int(0, 60) / 1000))
    const keyEvents = Math.round(withKey * (1.2 + rng.int(0, 50) / 100))
    const usersWithKey = Math.round(withKey * (0.7 + rng.int(0, 25) / 100))
    return choose(rng, {
      stem: `For ${client(rng)}, GA4 shows ${n(r.sessions)} sessions and ${n(r.users)} active users; ${n(withKey)} sessions had at least one key event, ${n(keyEvents)} key events fired in all, and ${n(usersWithKey)} users triggered one. What is the session key event rate, to two decimal places?`,
      key: pct(withKey, r.sessions, 2),
      wrong: [
        [pct(keyEvents, r.sessions, 2), 'counts key events, not sessions with one'],
        [pct(usersWithKey, r.users, 2), 'gives the user key event rate'],
        [pct(withKey, r.users, 2), 'divides by users instead of sessions'],
        [pct(keyEvents, r.users, 2), 'counts key events over users'],
        [pct(usersWithKey, r.sessions, 2), 'counts users with one over sessions'],
      ],
      facts: { source: METRICS, withKey, keyEvents, usersWithKey, ...r },
    })
  }),
  family('user-key-event-rate', (rng) => {
    const r = reportRow(rng)
    const withKey = Math.round(r.sessions * (0.02 + rng.int(0, 60) / 1000))
    const keyEvents = Math.round(withKey * (1.2 + rng.int(0, 50) / 100))
    const usersWithKey = Math.round(withKey * (0.7 + rng.int(0, 25) / 100))
    return choose(rng, {
      stem: `For ${client(rng)}, GA4 shows ${n(r.sessions)} sessions and ${n(r.users)} active users; ${n(withKey)} sessions had at least one key event, ${n(keyEvents)} key events fired in all, and ${n(usersWithKey)} users triggered one. What is the user key event rate, to two decimal places?`,
      key: pct(usersWithKey, r.users, 2),
      wrong: [
        [pct(keyEvents, r.users, 2), 'counts key events, not users with one'],
        [pct(withKey, r.sessions, 2), 'gives the session key event rate'],
        [pct(usersWithKey, r.sessions, 2), 'divides by sessions instead of users'],
        [pct(keyEvents, r.sessions, 2), 'gives key events per session'],
        [pct(withKey, r.users, 2), 'counts sessions with one over users'],
      ],
      facts: { source: METRICS, withKey, keyEvents, usersWithKey, ...r },
    })
  }),
  family('bounced-sessions-from-rate', (rng) => {
    const sessions = rng.int(40, 400) * 25
    const users = Math.round(sessions / (1.2 + rng.int(0, 50) / 100))
    const rate = rng.int(30, 80)
    const single = Math.round((sessions * rng.int(25, 70)) / 100)
    const bounced = Math.round((sessions * (100 - rate)) / 100)
    return choose(rng, {
      stem: `${cap(client(rng))} had ${n(sessions)} sessions from ${n(users)} active users last month, an engagement rate of ${rate}%, and ${n(single)} single-page sessions. How many of those sessions does GA4 count as bounces?`,
      key: n(bounced),
      wrong: [
        [n(Math.round((sessions * rate) / 100)), 'gives the engaged sessions'],
        [
          n(Math.round((users * (100 - rate)) / 100)),
          'applies the rate to users instead of sessions',
        ],
        [n(single), 'counts single-page sessions, as Universal Analytics did'],
      ],
      facts: { source: ENGAGEMENT, sessions, rate },
    })
  }),
]
