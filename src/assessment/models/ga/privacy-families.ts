import type { Wrong } from '../scenario/scenario-model.js'
import { cap, choose, client, family, type GaFamily, ruled } from './ga-text.js'

const CONSENT = '[GA4] Consent mode reference'
const MODELING = '[GA4] Behavioral modeling for consent mode'
const RETENTION = '[GA4] Data retention'
const THRESHOLDS = '[GA4] Data thresholds'
const SAMPLING = '[GA4] About data sampling'
const FILTERS = '[GA4] Data filters'

type Signal = 'ad_storage' | 'analytics_storage' | 'ad_user_data' | 'ad_personalization'

/** What each consent mode v2 parameter governs, as Google's reference states it. */
const PURPOSES: readonly (readonly [purpose: string, signal: Signal])[] = [
  ['storing analytics cookies such as _ga on the device', 'analytics_storage'],
  ['storing advertising cookies on the device', 'ad_storage'],
  ['sending user data to Google for online advertising', 'ad_user_data'],
  ['using the data for personalised advertising such as remarketing', 'ad_personalization'],
]
const SIGNAL_MISTAKE: Record<Signal | 'functionality_storage', string> = {
  ad_storage: 'takes the advertising-cookie signal for it',
  analytics_storage: 'takes the analytics-cookie signal for it',
  ad_user_data: 'takes the user-data signal for it',
  ad_personalization: 'takes the personalisation signal for it',
  functionality_storage: 'picks a site-function signal that Google tags do not read for it',
}

/**
 * Consent mode, retention, thresholds, sampling, filters and personal data: the privacy and
 * data-quality settings a consultant is asked about. The named mistakes are Universal Analytics
 * numbers (26-month retention, 500,000-session sampling) and the basic/advanced consent mix-up.
 */
export const PRIVACY_FAMILIES: readonly GaFamily[] = [
  family('consent-signal-for-purpose', (rng) => {
    const [purpose, signal] = rng.pick(PURPOSES)
    const wrong: Wrong[] = (Object.keys(SIGNAL_MISTAKE) as (keyof typeof SIGNAL_MISTAKE)[])
      .filter((s) => s !== signal)
      .map((s) => [s, SIGNAL_MISTAKE[s]])
    return {
      ...choose(rng, {
        stem: `${cap(client(rng))}’s consent banner must control ${purpose}. Which consent mode parameter governs that?`,
        key: signal,
        wrong,
        facts: { source: CONSENT, purpose },
      }),
      code: true,
    }
  }),
  ruled('advanced-consent-mode-pings', '[GA4] About consent mode', (_rng, who) => ({
    stem: `${cap(who)} wants Google tags to send cookieless pings when a visitor declines consent, so that modelling can fill the gap. Which implementation does that?`,
    key: 'Advanced consent mode',
    wrong: [
      ['Google signals', 'confuses signals with consent pings'],
      ['Server-side tagging', 'assumes only a server container can send them'],
      ['Basic consent mode', 'mixes up basic mode, which blocks tags until consent'],
      ['Blocking the Google tag until consent', 'describes basic mode'],
      ['Setting analytics_storage to granted by default', 'sets cookies before consent'],
    ],
  })),
  ruled('consent-default-before-tags', CONSENT, (rng, who) => ({
    stem: `${cap(who)} uses gtag.js and a consent banner in the ${rng.pick(['EEA', 'UK', 'EEA and UK'])}. When must \`gtag('consent', 'default', …)\` with denied values run?`,
    key: 'Before any Google tag sends data on the page',
    wrong: [
      [
        'After any Google tag sends its first page view',
        'lets the first hits go out without a consent state',
      ],
      [
        'After the config command, when the banner shows',
        'lets the first hits go out without a consent state',
      ],
      ['Only when the visitor clicks decline', 'confuses the default with an update'],
      [
        'Once per visitor, on the first visit',
        'thinks the consent state persists without the command',
      ],
    ],
  })),
  family('consent-update-on-accept', (rng) => {
    const signal = rng.pick(['analytics_storage', 'ad_storage', 'ad_user_data'])
    return {
      ...choose(rng, {
        stem: `On ${client(rng)}’s site the visitor accepts the category that maps to ${signal}. Which call should the banner make?`,
        key: `gtag('consent', 'update', { ${signal}: 'granted' })`,
        wrong: [
          [
            `gtag('consent', 'default', { ${signal}: 'granted' })`,
            'repeats the default instead of updating',
          ],
          [
            `window.gtag && window.gtag('consent', 'default', { ${signal}: 'granted' })`,
            'repeats the default behind a guard instead of updating',
          ],
          [
            `dataLayer.push({ ${signal}: 'granted' })`,
            'pushes a plain object that gtag does not read',
          ],
          [`document.cookie = '${signal}=granted'`, 'writes a cookie the tags do not read'],
          [
            `localStorage.setItem('${signal}', 'granted')`,
            'stores consent where the tags do not read it',
          ],
          [
            `sessionStorage.setItem('${signal}', 'granted')`,
            'keeps consent in session storage, which the tags do not read',
          ],
          [
            `gtag('config', 'consent', { ${signal}: 'granted' })`,
            'uses the config command for consent',
          ],
          [`gtag('set', { ${signal}: 'granted' })`, 'sets a field instead of consent state'],
          [
            `gtag('event', 'consent_update', { ${signal}: 'granted' })`,
            'sends consent as an event',
          ],
        ],
        facts: { source: CONSENT, signal },
      }),
      code: true,
    }
  }),
  ruled('behavioral-modeling-eligibility', MODELING, (_rng, who) => ({
    stem: `${cap(who)} asks what makes its property eligible for behavioural modelling of visitors who decline analytics cookies. What does Google’s help article require?`,
    key: 'Advanced consent mode; 1,000 denied events a day for 7 days and 1,000 granted users a day on 7 of 28 days',
    wrong: [
      [
        'Basic consent mode; 1,000 denied events a day for 7 days and 1,000 granted users a day on 7 of 28 days',
        'thinks basic mode sends the cookieless pings models need',
      ],
      [
        'Advanced consent mode; 1,000 denied users a day for 7 days and 1,000 granted events a day on 7 of 28 days',
        'swaps the events and users thresholds',
      ],
      [
        'Basic or advanced consent mode; 1,000 denied events a day for 7 days and 1,000 granted users a day on 7 of 28 days',
        'thinks either consent mode implementation qualifies',
      ],
      [
        'Advanced consent mode and Google signals; 1,000 denied events a day for 7 days and 1,000 granted users a day on 7 of 28 days',
        'thinks Google signals must be on as well',
      ],
      ['Google signals turned on for the property', 'confuses signals with modelling'],
      ['A GA4 360 licence for the property', 'assumes modelling is a paid feature'],
      [
        'Basic consent mode on every page, with no traffic minimum',
        'thinks basic mode sends the pings and that no volume is needed',
      ],
    ],
  })),
  ruled('retention-options', RETENTION, (_rng, who) => ({
    stem: `${cap(who)} has a standard GA4 property. Which event-data retention periods can the analyst choose?`,
    key: '2 months or 14 months',
    wrong: [
      ['Forever', 'assumes GA4 keeps event data indefinitely'],
      ['2, 14, 26, 38 or 50 months', 'mixes GA4’s options with UA’s'],
      ['26 months', 'gives Universal Analytics’ default'],
      ['14, 26, 38 or 50 months, or no expiry', 'offers Universal Analytics’ choices'],
      ['Up to 50 months', 'offers the GA4 360 maximum'],
      ['14 months only', 'forgets the 2-month option'],
    ],
  })),
  ruled('retention-default-two-months', RETENTION, (rng, who) => ({
    stem: `${cap(who)}’s property was created ${rng.int(5, 11)} months ago and no setting was changed. A free-form exploration of its first month returns no data, though standard reports show it. Why?`,
    key: 'Retention defaults to 2 months',
    wrong: [
      ['Explorations are sampled to zero', 'blames sampling'],
      ['Thresholds hide small rows', 'blames thresholding'],
      ['Standard reports are modelled, explorations are not', 'blames modelling'],
      [
        'Retention also deleted the standard reports’ data',
        'thinks retention touches aggregated reports',
      ],
    ],
  })),
  ruled('thresholding-fix', THRESHOLDS, (rng, who) => ({
    stem: `${cap(who)}’s ${rng.pick(['demographics', 'landing-page', 'search-term'])} report shows a data-thresholding notice with Google signals on. Which setting lets the analyst see the withheld rows?`,
    key: 'Device-based reporting identity',
    wrong: [
      ['Turning off enhanced measurement on the stream', 'confuses thresholds with collection'],
      ['A larger exploration sample size', 'confuses thresholds with sampling'],
      ['A longer data retention period', 'confuses thresholds with retention'],
      ['Advanced consent mode', 'confuses thresholds with consent'],
      ['Unsampled reports in BigQuery export', 'hoping export lifts report thresholds'],
    ],
  })),
  ruled('exploration-sampling-limit', SAMPLING, (_rng, who) => ({
    stem: `${cap(who)} has a standard property. Above how many events in the date range does an exploration switch to sampled data?`,
    key: '10 million events',
    wrong: [
      ['Only when thresholds apply', 'confuses sampling with thresholds'],
      [
        '500,000 sessions, as Universal Analytics sampled',
        'applies Universal Analytics’ sampling threshold',
      ],
      ['1 billion events', 'applies the GA4 360 quota'],
      ['It never samples', 'assumes GA4 data is never sampled'],
      ['1 million events', 'takes the daily BigQuery export limit'],
    ],
  })),
  ruled('standard-reports-unsampled', SAMPLING, (_rng, who) => ({
    stem: `${cap(who)} compares a standard acquisition report with a free-form exploration over a long range. Which of them can be sampled?`,
    key: 'Only the exploration',
    wrong: [
      ['The standard one', 'reverses which reports sample'],
      ['Only reports with a comparison applied', 'thinks comparisons trigger sampling'],
      ['Either, when thresholds apply', 'confuses sampling with thresholds'],
      ['Only the standard report', 'reverses which reports sample'],
      ['Either, above 500,000 sessions', 'applies Universal Analytics’ sampling'],
      ['No report: GA4 never samples', 'assumes GA4 never samples'],
    ],
  })),
  ruled('internal-traffic-filter', FILTERS, (rng, who) => ({
    stem: `${cap(who)} wants its own staff’s visits from ${rng.pick(['the office IP range', 'two office IP addresses', 'the VPN exit IP'])} kept out of GA4. What does the analyst set up?`,
    key: 'An IP rule plus an active internal-traffic filter',
    wrong: [
      ['A developer-traffic filter', 'confuses internal with developer traffic'],
      ['Blocking the tag at the office firewall', 'loses the data instead of filtering it'],
      [
        'A segment that excludes the IPs in each exploration',
        'hides the traffic instead of filtering it',
      ],
      ['A view filter on the IP addresses', 'applies Universal Analytics view filters'],
      [
        'An unwanted-referral entry for the office domain',
        'confuses referrals with internal traffic',
      ],
    ],
  })),
  ruled('data-filter-not-retroactive', FILTERS, (_rng, who) => ({
    stem: `The analyst activates an internal-traffic data filter on ${who}’s property. What happens to the staff visits already collected?`,
    key: 'They stay: filters work from activation on',
    wrong: [
      [
        'They are removed from past reports within 24 to 48 hours',
        'assumes filters are retroactive',
      ],
      ['They are removed from all past reports', 'assumes filters are retroactive'],
      ['They are removed from the last 14 months', 'mixes filters with retention'],
      ['They move to a Testing dimension', 'confuses the Testing state with past data'],
    ],
  })),
  ruled('pii-in-query-strings', '[GA4] Data redaction', (rng, who) => {
    const param = rng.pick(['email', 'mail', 'user_email'])
    return {
      stem: `${cap(who)}’s sign-up confirmation URL carries \`?${param}=…\` with the visitor’s email address, which reaches page_location. What does the analyst do in the web stream?`,
      key: `Add ${param} to query-parameter redaction`,
      wrong: [
        ['List the URL under unwanted referrals', 'confuses referral settings with redaction'],
        ['A data filter that drops the confirmation page', 'expects data filters to match pages'],
        [
          'Hash the address with a custom dimension',
          'thinks registering a dimension changes the data',
        ],
        ['Shorten retention to 2 months', 'thinks a retention limit cures personal data'],
      ],
    }
  }),
  ruled('user-id-not-pii', '[GA4] Measure activity across platforms with User-ID', (_rng, who) => ({
    stem: `${cap(who)} wants cross-device reporting with User-ID. What should the analyst send as user_id?`,
    key: 'An internal customer number',
    wrong: [
      ['A random ID generated on each page load', 'changes the ID every page, so nothing joins'],
      ['The order number of the last purchase', 'uses an ID that changes with each order'],
      [
        'The session ID from the site’s login cookie',
        'uses a session-level ID that changes each visit',
      ],
      ['The customer’s email address', 'sends personal data that Google’s policy forbids'],
      ['The _ga cookie value', 'reuses the device identifier'],
      ['The customer’s full name', 'sends personal data that Google’s policy forbids'],
    ],
  })),
]
