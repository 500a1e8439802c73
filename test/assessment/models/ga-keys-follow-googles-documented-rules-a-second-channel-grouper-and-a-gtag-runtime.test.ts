import vm from 'node:vm'
import { expect, it } from 'vitest'
import { ATTRIBUTION_FAMILIES } from '../../../src/assessment/models/ga/attribution-families.js'
import { BIGQUERY_FAMILIES } from '../../../src/assessment/models/ga/bigquery-families.js'
import { CHANNEL_FAMILIES } from '../../../src/assessment/models/ga/channel-families.js'
import { EVENT_FAMILIES } from '../../../src/assessment/models/ga/event-families.js'
import { EXPLORATION_FAMILIES } from '../../../src/assessment/models/ga/exploration-families.js'
import type { GaScenario } from '../../../src/assessment/models/ga/ga-text.js'
import { METRIC_FAMILIES } from '../../../src/assessment/models/ga/metrics-families.js'
import { PRIVACY_FAMILIES } from '../../../src/assessment/models/ga/privacy-families.js'
import { SESSION_FAMILIES } from '../../../src/assessment/models/ga/session-families.js'
import { SETUP_FAMILIES } from '../../../src/assessment/models/ga/setup-families.js'
import { TAGGING_FAMILIES } from '../../../src/assessment/models/ga/tagging-families.js'
import {
  type Drawn,
  drawFamilies,
  familiesNeverDrawn,
  optionSetProblems,
} from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...EVENT_FAMILIES,
  ...SETUP_FAMILIES,
  ...METRIC_FAMILIES,
  ...SESSION_FAMILIES,
  ...CHANNEL_FAMILIES,
  ...TAGGING_FAMILIES,
  ...ATTRIBUTION_FAMILIES,
  ...EXPLORATION_FAMILIES,
  ...PRIVACY_FAMILIES,
  ...BIGQUERY_FAMILIES,
]
const DRAWS = 50
const DRAWN = drawFamilies<GaScenario>(FAMILIES, DRAWS, 2026_12_05)

/**
 * Each conceptual family's Google help article and the rule it documents, written again here as
 * words the key must carry and no distractor may. Families keyed by computation have only the
 * article; their keys are worked out below.
 */
const RULE: Record<string, readonly [article: string, gist?: RegExp]> = {
  // [GA4] Event naming rules: letters, digits, underscores; a letter first; 40 characters;
  // reserved prefixes and names; names are case-sensitive.
  'event-name-valid': ['[GA4] Event naming rules'],
  'event-names-case-sensitive': ['[GA4] Event naming rules', /two separate events/i],
  // [GA4] Recommended events: the names Google defines, and purchase's currency and items.
  'recommended-event-name': ['[GA4] Recommended events'],
  'purchase-value-needs-currency': ['[GA4] Recommended events', /requires currency/],
  'items-need-id-or-name': ['[GA4] Recommended events', /^item_id or item_name$/],
  'transaction-id-dedup': [
    '[GA4] Minimize duplicate key events with transaction IDs',
    /transaction_id/,
  ],
  // [GA4] Enhanced event measurement: scroll at 90 %, click with outbound, site-search query
  // parameters, file_download, video_progress at 10/25/50/75 %.
  'scroll-event-threshold': ['[GA4] Enhanced event measurement', /^Once, .*90%/],
  'outbound-click-event': ['[GA4] Enhanced event measurement', /^click, with outbound/],
  'site-search-parameter': ['[GA4] Enhanced event measurement', /^Add \w+ to the search query/],
  'file-download-event': ['[GA4] Enhanced event measurement', /^file_download$/],
  'video-progress-thresholds': ['[GA4] Enhanced event measurement', /^10%, 25%, 50% and 75%/],
  // [GA4] Automatically collected events.
  'first-visit-event': ['[GA4] Automatically collected events', /^first_visit$/],
  'user-engagement-event': ['[GA4] Automatically collected events', /^user_engagement$/],
  // [GA4] About key events: marking, the Ads conversion import, 30 on a standard property,
  // once-per-event and once-per-session counting.
  'key-event-counting-method': ['[GA4] About key events'],
  'mark-key-event': ['[GA4] About key events', /key event in Admin/],
  'key-events-versus-ads-conversions': ['[GA4] About key events', /key events imported into Ads/],
  'key-event-quota': ['[GA4] About key events', /^30$/],
  // [GA4] Custom dimensions and metrics: scopes, quotas, not retroactive.
  'custom-dimension-scope': ['[GA4] Custom dimensions and metrics'],
  'custom-definition-quota': ['[GA4] Custom dimensions and metrics'],
  'custom-dimension-not-retroactive': [
    '[GA4] Custom dimensions and metrics',
    /^Only from registration/,
  ],
  // [GA4] Event collection limits: 100-character values, 25 parameters per event.
  'parameter-value-length': ['[GA4] Event collection limits', /^100 characters$/],
  'parameters-per-event': ['[GA4] Event collection limits', /^25$/],
  // Google tag and Tag Manager set-up.
  'measurement-id-in-tag': [
    '[GA4] Set up Analytics for a website and/or app',
    /measurement ID, G-[A-Z0-9]{10}$/,
  ],
  'gtm-google-tag-trigger': [
    '[GA4] Set up Analytics for a website and/or app',
    /^Initialization – All Pages$/,
  ],
  'gtm-custom-event-trigger': ['[GA4] Set up Analytics for a website and/or app', /Custom Event/],
  'gtag-event-call': ['[GA4] Set up events'],
  'debugview-needs-debug-mode': ['[GA4] Monitor events in DebugView', /debug_mode/],
  // Metrics and sessions.
  'engagement-rate-from-counts': ['[GA4] Engagement rate and bounce rate'],
  'bounce-rate-from-counts': ['[GA4] Engagement rate and bounce rate'],
  'bounced-sessions-from-rate': ['[GA4] Engagement rate and bounce rate'],
  'engaged-sessions-in-a-log': ['[GA4] Engagement rate and bounce rate'],
  'engaged-session-definition': [
    '[GA4] Engagement rate and bounce rate',
    /^Over 10 s, a key event, or 2\+ page views$/,
  ],
  'long-single-page-visit': ['[GA4] Engagement rate and bounce rate', /^Engaged/],
  'engagement-time-in-focus': ['[GA4] Engagement rate and bounce rate', /only in-focus/],
  'engaged-sessions-per-user': ['[GA4] Analytics dimensions and metrics'],
  'views-per-active-user': ['[GA4] Analytics dimensions and metrics'],
  'events-per-session': ['[GA4] Analytics dimensions and metrics'],
  'average-engagement-time-per-user': ['[GA4] Analytics dimensions and metrics'],
  'session-key-event-rate': ['[GA4] Analytics dimensions and metrics'],
  'user-key-event-rate': ['[GA4] Analytics dimensions and metrics'],
  'sessions-from-event-times': ['[GA4] About Analytics sessions'],
  'engaged-timer-range': ['[GA4] Adjust session timeout', /^From 10 to 60 seconds$/],
  'session-timeout-maximum': ['[GA4] Adjust session timeout', /^7 hours 55 minutes$/],
  'users-metric-is-active-users': ['[GA4] User metrics', /^Active users$/],
  'realtime-report-window': ['[GA4] Realtime report', /30 minutes/],
  // [GA4] Default channel group: every channel family is worked out by the grouper below.
  ...Object.fromEntries(
    CHANNEL_FAMILIES.map((f) => [f.id, ['[GA4] Default channel group'] as const]),
  ),
  'untagged-no-referrer-is-direct': ['[GA4] Default channel group', /^Direct$/],
  'channel-dimension-scope': ['[GA4] Default channel group'],
  // Tagging, cross-domain and referrals.
  'utm-on-internal-links': ['[GA4] Collect campaign data with custom URLs', /untagged/],
  'utm-content-tells-links-apart': [
    '[GA4] Collect campaign data with custom URLs',
    /^utm_content$/,
  ],
  'utm-id-joins-cost-data': ['[GA4] About cost data import', /^utm_id/],
  'google-ads-auto-tagging': ['[GA4] Link Google Ads to Analytics', /auto-tagging on/],
  'cross-domain-where': [
    '[GA4] Set up cross-domain measurement',
    /Configure your domains, listing both/,
  ],
  'subdomains-need-no-cross-domain': ['[GA4] Set up cross-domain measurement', /^Nothing/],
  'payment-gateway-unwanted-referral': [
    '[GA4] Identify unwanted referrals',
    /as an unwanted referral$/,
  ],
  // Attribution: three models since November 2023, data-driven by default, lookback windows.
  'paid-and-organic-last-click': ['[GA4] Select attribution settings'],
  'google-paid-channels-last-click': ['[GA4] Select attribution settings'],
  'lookback-touchpoints-in-window': ['[GA4] Select attribution settings'],
  'lookback-default-window': ['[GA4] Select attribution settings'],
  'default-attribution-model': ['[GA4] Select attribution settings', /^Data-driven$/],
  'attribution-change-retroactive': [
    '[GA4] Select attribution settings',
    /^Past and future data alike, under the new model$/,
  ],
  'attribution-models-offered': [
    '[GA4] Get started with attribution',
    /^Data-driven or one of two last-click models$/,
  ],
  'data-driven-how-it-credits': ['[GA4] Get started with attribution', /modelled effect/],
  // Explorations.
  'funnel-step-completion-rate': ['[GA4] Funnel exploration'],
  'funnel-abandonments': ['[GA4] Funnel exploration'],
  'funnel-overall-completion': ['[GA4] Funnel exploration'],
  'open-or-closed-funnel-count': ['[GA4] Funnel exploration'],
  'exploration-technique': ['[GA4] About explorations'],
  'segment-scope': ['[GA4] About segments in explorations'],
  // Consent, retention, thresholds, sampling, filters, redaction, User-ID.
  'consent-signal-for-purpose': ['[GA4] Consent mode reference'],
  'consent-default-before-tags': ['[GA4] Consent mode reference', /^Before any Google tag/],
  'consent-update-on-accept': ['[GA4] Consent mode reference'],
  'advanced-consent-mode-pings': ['[GA4] About consent mode', /^Advanced consent mode$/],
  'behavioral-modeling-eligibility': [
    '[GA4] Behavioral modeling for consent mode',
    /^Advanced consent mode; 1,000 denied events a day for 7 days and 1,000 granted users a day on 7 of 28 days$/,
  ],
  'retention-options': ['[GA4] Data retention', /^2 months or 14 months$/],
  'retention-default-two-months': ['[GA4] Data retention', /defaults to 2 months/],
  'thresholding-fix': ['[GA4] Data thresholds', /^Device-based reporting identity$/],
  'exploration-sampling-limit': ['[GA4] About data sampling', /^10 million events$/],
  'standard-reports-unsampled': ['[GA4] About data sampling', /^Only the exploration$/],
  'internal-traffic-filter': ['[GA4] Data filters', /internal-traffic filter/],
  'data-filter-not-retroactive': ['[GA4] Data filters', /from activation on/],
  'pii-in-query-strings': ['[GA4] Data redaction', /query-parameter redaction/],
  'user-id-not-pii': [
    '[GA4] Measure activity across platforms with User-ID',
    /internal customer number/,
  ],
  // BigQuery export: daily tables, microsecond UTC timestamps, nested parameters, limits.
  'bigquery-daily-table-name': ['[GA4] BigQuery Export'],
  'bigquery-daily-export-limit': ['[GA4] BigQuery Export', /^1 million events a day/],
  'bigquery-no-backfill': ['[GA4] BigQuery Export', /no history$/],
  'bigquery-timestamp-unit': ['[GA4] BigQuery Export schema', /^TIMESTAMP_MICROS\(/],
  'bigquery-event-param': ['[GA4] BigQuery Export schema'],
  'bigquery-date-time-zones': [
    '[GA4] BigQuery Export schema',
    /^Date: property zone; timestamp: UTC$/,
  ],
}

// ---- A second default-channel grouper: the article's table as data, read top to bottom.
type Utm = { source: string; medium: string; campaign: string }
type Cond = (u: Utm) => boolean
const SEARCH = ['google', 'bing', 'duckduckgo', 'baidu', 'yahoo']
const SOCIAL = ['facebook', 'instagram', 'linkedin', 'pinterest', 'reddit']
const VIDEO = ['youtube', 'vimeo']
const PAID = /^(.*cp.*|ppc|retargeting|paid.*)$/
const SHOP = /^(.*(([^a-df-z]|^)shop|shopping).*)$/
const all =
  (...cs: Cond[]): Cond =>
  (u) =>
    cs.every((c) => c(u))
const any =
  (...cs: Cond[]): Cond =>
  (u) =>
    cs.some((c) => c(u))
const source =
  (test: (v: string) => boolean): Cond =>
  (u) =>
    test(u.source)
const medium =
  (test: (v: string) => boolean): Cond =>
  (u) =>
    test(u.medium)
const campaign =
  (test: (v: string) => boolean): Cond =>
  (u) =>
    test(u.campaign)
const oneOf =
  (...vs: string[]) =>
  (v: string) =>
    vs.includes(v)
const re = (r: RegExp) => (v: string) => r.test(v)
const EMAILS = oneOf('email', 'e-mail', 'e_mail', 'e mail')
const CHANNEL_TABLE: readonly (readonly [string, Cond])[] = [
  ['Direct', all(source(oneOf('(direct)')), medium(oneOf('(none)', '(not set)')))],
  ['Cross-network', campaign((v) => v.includes('cross-network'))],
  ['Paid Shopping', all(campaign(re(SHOP)), medium(re(PAID)))],
  ['Paid Search', all(source(oneOf(...SEARCH)), medium(re(PAID)))],
  ['Paid Social', all(source(oneOf(...SOCIAL)), medium(re(PAID)))],
  ['Paid Video', all(source(oneOf(...VIDEO)), medium(re(PAID)))],
  ['Display', medium(oneOf('display', 'banner', 'expandable', 'interstitial', 'cpm'))],
  ['Paid Other', medium(re(PAID))],
  ['Organic Shopping', campaign(re(SHOP))],
  [
    'Organic Social',
    any(
      source(oneOf(...SOCIAL)),
      medium(
        oneOf('social', 'social-network', 'social-media', 'sm', 'social network', 'social media'),
      ),
    ),
  ],
  ['Organic Video', any(source(oneOf(...VIDEO)), medium(re(/^(.*video.*)$/)))],
  ['Organic Search', any(source(oneOf(...SEARCH)), medium(oneOf('organic')))],
  ['Referral', medium(oneOf('referral', 'app', 'link'))],
  ['Email', any(source(EMAILS), medium(EMAILS))],
  ['Affiliates', medium(oneOf('affiliate'))],
  ['Audio', medium(oneOf('audio'))],
  ['SMS', any(source(oneOf('sms')), medium(oneOf('sms')))],
  [
    'Mobile Push Notifications',
    any(medium(re(/push$/)), medium(re(/mobile|notification/)), source(oneOf('firebase'))),
  ],
]
const channelOf = (u: Utm) => CHANNEL_TABLE.find(([, c]) => c(u))?.[0] ?? 'Unassigned'

// ---- The Google tag's own queue: `gtag` pushes its arguments onto dataLayer, as the snippet
// Google gives does; a call is run in a fresh context and what it queued is read back.
function queued(call: string): unknown[][] | 'throws' {
  const context = { dataLayer: [] as unknown[] }
  try {
    vm.runInNewContext(`function gtag(){dataLayer.push(arguments)}\n${call}`, context)
  } catch {
    return 'throws'
  }
  return JSON.parse(
    JSON.stringify(context.dataLayer.map((a) => Array.from(a as ArrayLike<unknown>))),
  )
}

// ---- Rates by integer arithmetic, rounding half up as the stems state.
const roundedShare = (num: number, den: number, dp: number) => {
  const scale = 10 ** (dp + 2)
  const q = Math.floor((2 * num * scale + den) / (2 * den))
  return `${(q / 10 ** dp).toFixed(dp)}%`
}
const ratio = (num: number, den: number) => {
  const q = Math.floor((2 * num * 100 + den) / (2 * den))
  return (q / 100).toFixed(2)
}
const count = (v: number) => new Intl.NumberFormat('en-US').format(v)
const minutes = (s: number) => `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`

const RESERVED_NAMES = [
  'session_start',
  'first_visit',
  'user_engagement',
  'first_open',
  'app_remove',
]
const validEventName = (x: string) =>
  /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(x) &&
  !/^(ga_|google_|firebase_)/.test(x) &&
  !RESERVED_NAMES.includes(x)

/** Google's recommended events for the actions the stems describe. */
const RECOMMENDED: readonly (readonly [RegExp, string])[] = [
  [/contact form/, 'generate_lead'],
  [/creates an account/, 'sign_up'],
  [/logs in/, 'login'],
  [/starts the checkout/, 'begin_checkout'],
  [/product detail page/, 'view_item'],
  [/adds a product/, 'add_to_cart'],
  [/completes an order/, 'purchase'],
  [/removes an item/, 'remove_from_cart'],
]
const SCOPE_OF: readonly (readonly [RegExp, string])[] = [
  [/author|form submitted|filter/, 'Event'],
  [/tier|trade or retail|subscription plan/, 'User'],
  [/colour|supplier|size/, 'Item'],
]
/** Standard-property quotas: 50 event-scoped, 25 user-scoped, 10 item-scoped, 50 metrics. */
const QUOTAS: Record<string, string> = {
  'event-scoped custom dimensions': '50',
  'user-scoped custom dimensions': '25',
  'item-scoped custom dimensions': '10',
  'custom metrics': '50',
}
const TECHNIQUE_OF: readonly (readonly [RegExp, string])[] = [
  [/after landing|just before reaching/, 'Path exploration'],
  [/also returning/, 'Segment overlap'],
  [/first acquired each week/, 'Cohort exploration'],
  [/one user/, 'User explorer'],
  [/checkout step users drop/, 'Funnel exploration'],
  [/over their lifetime/, 'User lifetime'],
]
const SEGMENT_OF: readonly (readonly [RegExp, string])[] = [
  [/ever purchased|membership tier/, 'User segment'],
  [/only the sessions/, 'Session segment'],
  [/events on mobile/, 'Event segment'],
]
const SIGNAL_OF: readonly (readonly [RegExp, string])[] = [
  [/analytics cookies/, 'analytics_storage'],
  [/advertising cookies/, 'ad_storage'],
  [/sending user data/, 'ad_user_data'],
  [/personalised advertising/, 'ad_personalization'],
]
const DIMENSION_OF: readonly (readonly [RegExp, string])[] = [
  [/new users/, 'First user default channel group'],
  [/started the most visits/, 'Session default channel group'],
  [/credit for purchases/, 'Default channel group'],
]
const lookup = (table: readonly (readonly [RegExp, string])[], text: unknown) => {
  const hit = table.filter(([r]) => r.test(text as string))
  expect(hit, `one rule for ${text}`).toHaveLength(1)
  return hit[0]![1]
}

/** The drawn facts the computed families record, by name. */
interface Facts {
  utm: Utm
  action: string
  what: string
  kind: string
  question: string
  want: string
  purpose: string
  event: string
  method: string
  currency: string
  signal: string
  param: string
  sends: number[]
  rows: { seconds: number; views: number; key: boolean }[]
  times: number[]
  path: string[]
  days: number[]
  engaged: number
  sessions: number
  users: number
  views: number
  events: number
  seconds: number
  withKey: number
  usersWithKey: number
  rate: number
  window: number
  step: number
  fromStart: number
  midEntry: number
  y: number
  m: number
  d: number
  value: number
}

/** The key a computed family must show, from its drawn facts; `undefined` for the others. */
function computedKey({ family, s }: Drawn<GaScenario>): string | undefined {
  const f = s.facts as unknown as Facts
  if (family.startsWith('channel-') && family !== 'channel-dimension-scope') {
    return channelOf(f.utm)
  }
  switch (family) {
    case 'recommended-event-name':
      return lookup(RECOMMENDED, f.action)
    case 'custom-dimension-scope':
      return lookup(SCOPE_OF, f.what)
    case 'custom-definition-quota':
      return QUOTAS[f.kind]
    case 'exploration-technique':
      return lookup(TECHNIQUE_OF, f.question)
    case 'segment-scope':
      return lookup(SEGMENT_OF, f.want)
    case 'consent-signal-for-purpose':
      return lookup(SIGNAL_OF, f.purpose)
    case 'channel-dimension-scope':
      return lookup(DIMENSION_OF, f.question)
    case 'lookback-default-window':
      // Acquisition key events (first_visit, first_open): 30 days; all others: 90 days.
      return ['first_visit', 'first_open'].includes(f.event) ? '30 days' : '90 days'
    case 'key-event-counting-method': {
      const sends = f.sends as number[]
      return String(
        f.method === 'Once per event'
          ? sends.reduce((a, b) => a + b, 0)
          : sends.filter((x) => x > 0).length,
      )
    }
    case 'engagement-rate-from-counts':
      return roundedShare(f.engaged, f.sessions, 1)
    case 'bounce-rate-from-counts':
      return roundedShare(f.sessions - f.engaged, f.sessions, 1)
    case 'engaged-sessions-per-user':
      return ratio(f.engaged, f.users)
    case 'views-per-active-user':
      return ratio(f.views, f.users)
    case 'events-per-session':
      return ratio(f.events, f.sessions)
    case 'average-engagement-time-per-user':
      return minutes(Math.floor((2 * f.seconds + f.users) / (2 * f.users)))
    case 'session-key-event-rate':
      return roundedShare(f.withKey, f.sessions, 2)
    case 'user-key-event-rate':
      return roundedShare(f.usersWithKey, f.users, 2)
    case 'bounced-sessions-from-rate':
      return count(Math.floor((2 * f.sessions * (100 - f.rate) + 100) / 200))
    case 'engaged-sessions-in-a-log': {
      const rows = f.rows as { seconds: number; views: number; key: boolean }[]
      const engaged = rows.filter((r) => r.key || r.views > 1 || r.seconds > 10)
      return `${engaged.length} of ${rows.length}`
    }
    case 'sessions-from-event-times': {
      // Only inactivity over the timeout ends a GA4 session; midnight and campaigns do not.
      const t = f.times as number[]
      return String(t.slice(1).filter((x, i) => x - t[i]! > 30).length + 1)
    }
    case 'paid-and-organic-last-click':
      return (f.path as string[]).filter((c) => c !== 'Direct').at(-1)
    case 'google-paid-channels-last-click':
      return (f.path as string[]).filter((c) => c.includes('Google Ads')).at(-1)
    case 'lookback-touchpoints-in-window':
      return String((f.days as number[]).filter((d) => d <= f.window).length)
    case 'funnel-step-completion-rate': {
      const u = f.users as unknown as number[]
      return roundedShare(u[f.step + 1]!, u[f.step]!, 1)
    }
    case 'funnel-abandonments': {
      const u = f.users as unknown as number[]
      return count(u[f.step]! - u[f.step + 1]!)
    }
    case 'funnel-overall-completion': {
      const u = f.users as unknown as number[]
      return roundedShare(u[3]!, u[0]!, 1)
    }
    case 'open-or-closed-funnel-count':
      // A closed funnel counts only users who entered at step 1; an open one, any entrant.
      return count(f.kind === 'closed' ? f.fromStart : f.fromStart + f.midEntry)
    case 'bigquery-daily-table-name': {
      const day = new Date(Date.UTC(f.y, f.m - 1, f.d))
      return `events_${day.toISOString().slice(0, 10).replaceAll('-', '')}`
    }
    default:
      return undefined
  }
}

describeEngineIndependent('Google Analytics 4 keys', () => {
  it('draws every family, each with three distinct named mistakes', () => {
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
    expect(Object.keys(RULE).sort()).toEqual(FAMILIES.map((f) => f.id).sort())
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
  })

  it('cites, in every draw, the Google article its family is keyed to', () => {
    for (const { family, s } of DRAWN) expect(s.facts.source, family).toBe(RULE[family]![0])
  })

  it('keys state the documented rule and no distractor does', () => {
    for (const { family, s } of DRAWN) {
      const gist = RULE[family]![1]
      if (!gist) continue
      expect.soft(s.key, family).toMatch(gist)
      for (const [text] of s.wrong) expect.soft(text, `${family}: ${text}`).not.toMatch(gist)
    }
  })

  it('computed keys agree with a second implementation and no distractor does', () => {
    let computed = 0
    for (const drawn of DRAWN) {
      const key = computedKey(drawn)
      if (key === undefined) continue
      computed++
      expect(drawn.s.key, `${drawn.family}: ${drawn.s.stem}`).toBe(key)
      expect(
        drawn.s.wrong.map(([t]) => t),
        drawn.family,
      ).not.toContain(key)
    }
    expect(computed).toBeGreaterThan(40 * (DRAWS / 2))
  })

  it('event names: the key passes the naming rules and every distractor breaks one', () => {
    for (const { family, s } of DRAWN.filter((d) => d.family === 'event-name-valid')) {
      expect(validEventName(s.key), s.key).toBe(true)
      for (const [text] of s.wrong) expect(validEventName(text), `${family}: ${text}`).toBe(false)
    }
  })

  it('gtag calls: only the key queues the event or consent update the stem asks for', () => {
    const calls = DRAWN.filter(
      (d) => d.family === 'gtag-event-call' || d.family === 'consent-update-on-accept',
    )
    expect(calls.length).toBeGreaterThan(DRAWS)
    for (const { family, s } of calls) {
      const f = s.facts as unknown as Facts
      const wanted =
        family === 'gtag-event-call'
          ? [['event', 'generate_lead', { value: f.value, currency: f.currency }]]
          : [['consent', 'update', { [f.signal]: 'granted' }]]
      expect(queued(s.key), s.key).toEqual(wanted)
      for (const [text] of s.wrong) expect(queued(text), `${family}: ${text}`).not.toEqual(wanted)
    }
  })

  it('BigQuery parameter reads take the value slot of the parameter’s type', () => {
    const TYPE: Record<string, string> = {
      page_location: 'string_value',
      page_title: 'string_value',
      ga_session_id: 'int_value',
      engagement_time_msec: 'int_value',
    }
    for (const { s } of DRAWN.filter((d) => d.family === 'bigquery-event-param')) {
      const param = s.facts.param as string
      expect(s.key).toBe(
        `(SELECT value.${TYPE[param]} FROM UNNEST(event_params) WHERE key = '${param}')`,
      )
    }
  })
})
