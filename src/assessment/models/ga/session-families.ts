import { VariantError } from '../assemble-variant.js'
import { cap, choose, client, family, type GaFamily, ruled } from './ga-text.js'

const SESSIONS = '[GA4] About Analytics sessions'
const ENGAGEMENT = '[GA4] Engagement rate and bounce rate'
const TIMEOUT = '[GA4] Adjust session timeout'

const clock = (minute: number) => {
  const m = ((minute % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/**
 * Sessions and engagement as GA4 defines them, worked on a client's session log and event times,
 * and the settings and metric names behind them. The named mistakes are Universal Analytics'
 * rules (single-page bounce, midnight and campaign-change session restarts, a 4-hour timeout cap).
 */
export const SESSION_FAMILIES: readonly GaFamily[] = [
  family('engaged-sessions-in-a-log', (rng) => {
    const rows = Array.from({ length: rng.int(6, 8) }, () => ({
      seconds: rng.pick([3, 5, 8, 12, 25, 48, 95, 210]),
      views: rng.pick([1, 1, 1, 2, 3]),
      key: rng.next() < 0.2,
    }))
    const engaged = rows.filter((r) => r.seconds > 10 || r.views >= 2 || r.key).length
    const byTime = rows.filter((r) => r.seconds > 10).length
    const byViews = rows.filter((r) => r.views >= 2).length
    const noKey = rows.filter((r) => r.seconds > 10 || r.views >= 2).length
    const of = (k: number) => `${k} of ${rows.length}`
    const log = rows
      .map(
        (r, i) =>
          `#${i + 1}: ${r.seconds} s, ${r.views} view${r.views > 1 ? 's' : ''}${r.key ? ', a key event' : ''}`,
      )
      .join('; ')
    return choose(rng, {
      stem: `Sessions on ${client(rng)}’s site, with the default engaged-session timer: ${log}. How many are engaged sessions?`,
      key: of(engaged),
      wrong: [
        [of(byTime), 'counts only sessions over 10 seconds'],
        [of(byViews), 'counts only sessions with two or more views, as non-bounces in UA'],
        [of(noKey), 'forgets that a key event alone makes a session engaged'],
        [of(rows.length), 'counts every session, since each logs events'],
      ],
      facts: { source: ENGAGEMENT, rows },
    })
  }),
  family('sessions-from-event-times', (rng) => {
    // Gaps between one user's events: breaks over 30 minutes, the rest well under it.
    const gaps = Array.from({ length: rng.int(5, 7) }, () =>
      rng.next() < 0.3 ? rng.int(40, 150) : rng.int(2, 24),
    )
    const inside = gaps.map((g, i) => [g, i] as const).filter(([g]) => g < 30)
    if (inside.length < 2) throw new VariantError('fewer than two short gaps')
    const [[, midGap], [, campGap]] = rng.shuffle(inside) as [
      readonly [number, number],
      readonly [number, number],
    ]
    // Start so that midnight falls inside the chosen short gap.
    const before = gaps.slice(0, midGap).reduce((t, g) => t + g, 0)
    const start = 1440 - before - rng.int(1, gaps[midGap]! - 1)
    const times = [start]
    for (const g of gaps) times.push(times.at(-1)! + g)
    const ga4 = 1 + gaps.filter((g) => g > 30).length
    const lines = times.map(
      (t, i) => `${clock(t)}${i === campGap + 1 ? ' (arrives from a new ad click)' : ''}`,
    )
    return choose(rng, {
      stem: `One user’s events on ${client(rng)}’s site, in the property’s time zone, with the default 30-minute session timeout: ${lines.join(', ')}. How many sessions does GA4 count?`,
      key: `${ga4}`,
      wrong: [
        [`${ga4 + 1}`, 'restarts the session at midnight, as Universal Analytics did'],
        [`${ga4 + 2}`, 'restarts the session at midnight and at a new campaign, as UA did'],
        [`${gaps.length + 1}`, 'counts every event as a session'],
        ...(ga4 > 1 ? ([[`${ga4 - 1}`, 'counts the long breaks, not the sessions']] as const) : []),
      ],
      facts: { source: SESSIONS, times, campaignAt: campGap + 1 },
    })
  }),
  ruled('engaged-session-definition', ENGAGEMENT, (_rng, who) => ({
    stem: `${cap(who)} asks what makes a session “engaged” in GA4 with default settings. Which definition is right?`,
    key: 'Over 10 s, a key event, or 2+ page views',
    wrong: [
      [
        'Over 10 s with 2+ page views and a key event, all three',
        'requires all three conditions at once',
      ],
      [
        'At least two page views, as Universal Analytics counted',
        'applies UA’s non-bounce definition',
      ],
      ['Two or more page views, nothing else', 'applies UA’s non-bounce definition'],
      ['Any session with a scroll event', 'takes one enhanced-measurement event for engagement'],
      ['Over 30 seconds with at least one click', 'invents a time-and-click rule'],
      ['Any session with two or more events', 'counts automatic events as engagement'],
    ],
  })),
  ruled('long-single-page-visit', ENGAGEMENT, (rng, who) => ({
    stem: `A visitor reads one article on ${who}’s site for ${rng.int(2, 6)} minutes and leaves without another page view or key event. How does GA4 count the session?`,
    key: 'Engaged: not a bounce',
    wrong: [
      ['A bounce', 'applies UA’s single-page bounce'],
      ['Not engaged', 'reads one page as no engagement'],
      [
        'A bounce with an engagement time of zero',
        'applies UA’s zero time for single-page sessions',
      ],
      ['Not engaged unless it scrolled to 90%', 'makes scroll a condition of engagement'],
      ['A bounce, since one page was viewed', 'applies UA’s single-page bounce'],
      ['Not a session, since no key event fired', 'ties sessions to key events'],
      ['A bounce unless scroll tracking is on', 'makes scroll a condition of engagement'],
    ],
  })),
  ruled('engaged-timer-range', TIMEOUT, (_rng, who) => ({
    stem: `${cap(who)} wants a stricter engaged-session timer. Within what range can the analyst set it in the data stream’s tag settings?`,
    key: 'From 10 to 60 seconds',
    wrong: [
      ['Any value up to the session timeout', 'ties the timer to the session timeout'],
      ['10, 30 or 60 seconds only', 'assumes a short list of presets'],
      ['From 0 to 30 minutes', 'confuses the timer with the session timeout'],
      ['It is fixed at 10 seconds', 'assumes the threshold cannot change'],
      ['From 5 to 120 seconds', 'guesses a wider range than the setting offers'],
      ['From 10 seconds to 7 hours 55 minutes', 'takes the session timeout’s maximum'],
    ],
  })),
  ruled('session-timeout-maximum', TIMEOUT, (_rng, who) => ({
    stem: `${cap(who)}’s users watch long training videos without interacting. What is the longest session timeout the analyst can set in GA4?`,
    key: '7 hours 55 minutes',
    wrong: [
      ['4 hours', 'gives Universal Analytics’ maximum'],
      ['30 minutes, which is fixed', 'assumes the default cannot change'],
      ['24 hours', 'assumes a session can last a whole day'],
      ['60 seconds', 'confuses the timeout with the engaged-session timer'],
    ],
  })),
  ruled('users-metric-is-active-users', '[GA4] User metrics', (_rng, who) => ({
    stem: `In ${who}’s standard GA4 reports, the column headed “Users” counts which metric?`,
    key: 'Active users',
    wrong: [
      ['Returning users', 'takes users for repeat visitors'],
      ['Everyone who triggered first_visit', 'counts only first visits'],
      ['Total users', 'assumes Users means everyone who logged an event'],
      ['New users', 'takes users for first-time visitors'],
      ['Distinct user IDs only', 'assumes only signed-in users count'],
    ],
  })),
  ruled('engagement-time-in-focus', ENGAGEMENT, (_rng, who) => ({
    stem: `A visitor leaves ${who}’s page open in a background tab for an hour. How much of that hour does GA4 add to engagement time?`,
    key: 'Nothing: only in-focus time counts',
    wrong: [
      [
        'Everything until the 30-minute session timeout ends the visit',
        'caps engagement at the timeout',
      ],
      ['The full hour', 'counts open time as engagement'],
      ['The full hour, while the tab stays open', 'counts open time as engagement'],
      ['Up to the 30-minute session timeout', 'caps engagement at the timeout'],
      ['Up to 10 seconds, the engagement timer', 'confuses the engaged-session timer with timing'],
    ],
  })),
  ruled('realtime-report-window', '[GA4] Realtime report', (_rng, who) => ({
    stem: `${cap(who)} launches a campaign and checks GA4’s Realtime report. What period does the report cover?`,
    key: 'The last 30 minutes',
    wrong: [
      ['The last 5 minutes', 'takes the freshest card for the whole report'],
      ['Today since midnight', 'takes Realtime for an intraday report'],
      ['The last 60 minutes', 'doubles the window'],
      ['The last 24 hours', 'takes Realtime for the daily view'],
    ],
  })),
  ruled('user-engagement-event', '[GA4] Automatically collected events', (_rng, who) => ({
    stem: `In ${who}’s data, which automatically collected event carries the engagement_time_msec that engagement time is summed from?`,
    key: 'user_engagement',
    wrong: [
      ['video_progress', 'takes a progress event for the engagement timer'],
      ['page_view, from its time on page', 'expects time on page from page views, as UA did'],
      ['session_start', 'expects time to be logged when a session opens'],
      ['scroll', 'takes an enhanced-measurement event for the timer'],
      ['page_view', 'expects time on page from page views, as UA did'],
      ['first_visit', 'takes the first-visit event for the timer'],
    ],
  })),
]
