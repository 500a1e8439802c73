import type { Wrong } from '../scenario/scenario-model.js'
import { cap, choose, client, family, type GaFamily, n, ruled } from './ga-text.js'

const KEY_EVENTS = '[GA4] About key events'
const CUSTOM_DIMS = '[GA4] Custom dimensions and metrics'
const LIMITS = '[GA4] Event collection limits'
const GTM = '[GA4] Set up Analytics for a website and/or app'

type Scope = 'Event' | 'User' | 'Item'

/** Values a client wants to report on, and the scope Google's article gives each kind. */
const ATTRIBUTES: readonly (readonly [what: string, scope: Scope])[] = [
  ['the author of each article read', 'Event'],
  ['the name of the form submitted', 'Event'],
  ['the filter a visitor applied to a listing', 'Event'],
  ['the customer’s membership tier', 'User'],
  ['whether the visitor is a trade or retail customer', 'User'],
  ['the account’s subscription plan', 'User'],
  ['the colour of each product in the basket', 'Item'],
  ['the supplier of each product purchased', 'Item'],
  ['the size of each garment viewed', 'Item'],
]

const SCOPE_MISTAKE: Record<Scope | 'Session', string> = {
  Event: 'ties a value that belongs to the person or product to one action',
  User: 'ties a value that changes action by action to the person',
  Item: 'ties a value that is not a product’s to the items array',
  Session: 'expects Universal Analytics’ session scope, which GA4 custom dimensions lack',
}

/** Standard-property quotas from the article, per kind of custom definition. */
const QUOTA: readonly (readonly [kind: string, limit: number])[] = [
  ['event-scoped custom dimensions', 50],
  ['user-scoped custom dimensions', 25],
  ['item-scoped custom dimensions', 10],
  ['custom metrics', 50],
]

const PEOPLE = ['Ana', 'Ben', 'Chloé', 'Dev', 'Emil', 'Farah']

/**
 * Key events, custom definitions and the tag that sends them: which counting method fits, which
 * scope a value needs, the quotas and limits a client runs into, and the gtag and Tag Manager
 * set-up. The named mistakes carry Universal Analytics habits (goals, session scope, UA IDs).
 */
export const SETUP_FAMILIES: readonly GaFamily[] = [
  family('key-event-counting-method', (rng) => {
    const sessions = Array.from({ length: rng.int(5, 7) }, () => ({
      who: rng.pick(PEOPLE.slice(0, 4)),
      sends: rng.pick([0, 1, 1, 2, 3]),
    }))
    const perEvent = sessions.reduce((t, s) => t + s.sends, 0)
    const perSession = sessions.filter((s) => s.sends > 0).length
    const perUser = new Set(sessions.filter((s) => s.sends > 0).map((s) => s.who)).size
    const method = rng.pick(['Once per event', 'Once per session'] as const)
    const list = sessions.map((s) => `${s.who}: ${s.sends}`).join('; ')
    const [key, other] =
      method === 'Once per event' ? [perEvent, perSession] : [perSession, perEvent]
    return choose(rng, {
      stem: `${cap(client(rng))} marks generate_lead as a key event with the counting method “${method}”. In one day, its sessions sent these numbers of generate_lead events (person: events in that session): ${list}. How many key events does GA4 count that day?`,
      key: n(key),
      wrong: [
        [n(other), 'applies the other counting method'],
        [n(perUser), 'counts once per user, a method GA4 does not offer'],
        [n(sessions.length), 'counts every session, with or without the event'],
      ],
      facts: { source: KEY_EVENTS, method, sends: sessions.map((s) => s.sends) },
    })
  }),
  family('custom-dimension-scope', (rng) => {
    const [what, scope] = rng.pick(ATTRIBUTES)
    const wrong: Wrong[] = (['Event', 'User', 'Item', 'Session'] as const)
      .filter((s) => s !== scope)
      .map((s) => [s, SCOPE_MISTAKE[s]])
    if (scope !== 'Item')
      wrong.push(['Product', 'uses Universal Analytics’ product scope, which GA4 lacks'])
    if (scope !== 'Event')
      wrong.push(['Hit', 'uses Universal Analytics’ hit scope, which GA4 lacks'])
    return choose(rng, {
      stem: `${cap(client(rng))} wants reports broken down by ${what}. Which scope should the custom dimension registered for that parameter have?`,
      key: scope,
      wrong,
      facts: { source: CUSTOM_DIMS, what },
    })
  }),
  family('custom-definition-quota', (rng) => {
    const [kind, limit] = rng.pick(QUOTA)
    const wrong: Wrong[] = [
      ...QUOTA.filter(([, l]) => l !== limit).map(
        ([k, l]) => [`${l}`, `gives the quota of ${k}`] as const,
      ),
      ['125', 'gives a GA4 360 quota'],
      ['20', 'gives Universal Analytics’ custom dimension quota'],
    ]
    return choose(rng, {
      stem: `${cap(client(rng))} has a standard (not 360) GA4 property. How many ${kind} can it register?`,
      key: `${limit}`,
      wrong,
      facts: { source: CUSTOM_DIMS, kind },
    })
  }),
  ruled('custom-dimension-not-retroactive', CUSTOM_DIMS, (rng, who) => ({
    stem: `${cap(who)} has sent a \`${rng.pick(['plan_type', 'article_author', 'form_name'])}\` event parameter for ${rng.int(3, 9)} months; the analyst registers it as a custom dimension today. From when does the dimension show values in reports?`,
    key: 'Only from registration on',
    wrong: [
      ['Back to day one', 'assumes custom dimensions apply retroactively'],
      [
        'For all the months it was sent, after 24 to 48 hours of processing',
        'assumes custom dimensions apply retroactively',
      ],
      ['For all the months it was sent', 'assumes custom dimensions apply retroactively'],
      ['For the last 14 months, the retention limit', 'mixes up data retention with registration'],
      ['Only once BigQuery export is linked', 'ties reporting to the export'],
    ],
  })),
  ruled('mark-key-event', KEY_EVENTS, (rng, who) => ({
    stem: `${cap(who)} already sends a \`${rng.pick(['generate_lead', 'sign_up', 'purchase'])}\` event and wants it counted as a conversion-type success in GA4. What does the analyst do?`,
    key: 'Mark the event as a key event in Admin',
    wrong: [
      ['Create a destination goal on the thank-you URL', 'applies Universal Analytics goals'],
      ['Register the event as a custom dimension', 'confuses dimensions with key events'],
      ['Build an audience of users who sent it', 'confuses audiences with key events'],
      ['Turn on enhanced measurement for forms', 'expects automatic events to be key events'],
    ],
  })),
  ruled('key-events-versus-ads-conversions', KEY_EVENTS, (_rng, who) => ({
    stem: `${cap(who)} asks why GA4 says “key events” while Google Ads says “conversions”. What is the documented relation?`,
    key: 'Conversions are key events imported into Ads',
    wrong: [
      [
        'Key events are the Google Ads conversions that GA4 imports',
        'reverses the direction of the import',
      ],
      ['They are two names for the same GA4 setting', 'ignores the 2024 split of the terms'],
      ['Conversions are key events with a value', 'invents a value rule'],
      ['Key events are Ads conversions seen in GA4', 'reverses the direction of the import'],
    ],
  })),
  ruled('key-event-quota', KEY_EVENTS, (_rng, who) => ({
    stem: `${cap(who)} has a standard GA4 property. Up to how many events can it mark as key events?`,
    key: '30',
    wrong: [
      ['10', 'gives the item-scoped custom dimension quota'],
      ['20', 'gives Universal Analytics’ goal limit per view'],
      ['50', 'gives the GA4 360 limit'],
      ['500', 'gives the limit on distinct event names in an app'],
      ['25', 'gives the parameter-per-event limit'],
    ],
  })),
  ruled('parameter-value-length', LIMITS, (rng, who) => ({
    stem: `${cap(who)} sends a custom \`${rng.pick(['search_terms', 'error_message', 'filter_values'])}\` parameter. On a standard property, up to how many characters long may its value be?`,
    key: '100 characters',
    wrong: [
      ['24 characters', 'gives the limit for user-property names'],
      ['420 characters', 'gives page_referrer’s own limit'],
      ['40 characters', 'gives the limit for parameter names'],
      ['36 characters', 'gives the limit for user-property values'],
      ['1,000 characters', 'gives page_location’s own limit'],
      ['300 characters', 'gives page_title’s own limit'],
    ],
  })),
  ruled('parameters-per-event', LIMITS, (_rng, who) => ({
    stem: `${cap(who)} wants to attach many details to one event. How many parameters may one event carry on a standard property?`,
    key: '25',
    wrong: [
      ['50', 'gives the event-scoped custom dimension quota'],
      ['10', 'gives the item-scoped custom dimension quota'],
      ['100', 'gives the parameter value length'],
      ['40', 'gives the name length limit'],
    ],
  })),
  ruled('measurement-id-in-tag', GTM, (rng, who) => ({
    stem: `${cap(who)}’s developer adds the Google tag (gtag.js) for a new GA4 web data stream. Which identifier goes into \`gtag('config', …)\`?`,
    key: `The measurement ID, G-${rng.pick(['4KX2LM9QZT', 'B7RN3D0WPE', 'QH81VZ6CJA'])}`,
    wrong: [
      ['The Google Ads conversion ID, AW-…', 'uses the Ads conversion ID'],
      [
        'The nine-digit property ID from the property details',
        'uses the property ID for the stream',
      ],
      [
        'The numeric stream ID shown in the stream details',
        'uses the stream ID instead of the measurement ID',
      ],
      ['The property ID, a nine-digit number', 'uses the property ID for the stream'],
      ['A UA- tracking ID', 'uses a Universal Analytics ID'],
      ['The GTM- container ID', 'confuses the Tag Manager container with the stream'],
      ['The numeric stream ID', 'uses the stream ID instead of the measurement ID'],
    ],
  })),
  family('gtag-event-call', (rng) => {
    const value = rng.int(20, 300)
    const currency = rng.pick(['EUR', 'GBP', 'USD'])
    const params = `{ value: ${value}, currency: '${currency}' }`
    return {
      ...choose(rng, {
        stem: `${cap(client(rng))}’s site loads gtag.js with no Tag Manager. Which call sends a generate_lead event worth ${value} ${currency}?`,
        key: `gtag('event', 'generate_lead', ${params})`,
        wrong: [
          [`ga('send', 'event', 'generate_lead', ${value})`, 'writes a Universal Analytics call'],
          [`gtag('config', 'generate_lead', ${params})`, 'uses the config command for an event'],
          [
            `gtag('event', { event_name: 'generate_lead', value: ${value} })`,
            'passes the name inside the parameters',
          ],
          [`gtag('send', 'generate_lead', ${params})`, 'mixes analytics.js send with gtag'],
          [
            `dataLayer.push({ event: 'generate_lead', value: ${value}, currency: '${currency}' })`,
            'uses a Tag Manager push on a site without Tag Manager',
          ],
          [`gtag('event', 'generate_lead')`, 'leaves out the value and currency'],
          [`fbq('track', 'Lead', ${params})`, 'writes the Meta pixel call instead of gtag'],
          [
            `gtag('event', 'generate_lead', { event_category: 'lead', value: ${value} })`,
            'adds Universal Analytics’ category and leaves out the currency',
          ],
          [
            `_gaq.push(['_trackEvent', 'lead', 'generate_lead', '', ${value}])`,
            'writes a legacy ga.js call',
          ],
        ],
        facts: { source: '[GA4] Set up events', value, currency },
      }),
      code: true,
    }
  }),
  ruled('gtm-google-tag-trigger', GTM, (_rng, who) => ({
    stem: `The analyst adds a Google tag for ${who}’s GA4 stream in Google Tag Manager. Which trigger does Google recommend it fire on?`,
    key: 'Initialization – All Pages',
    wrong: [
      ['Window Loaded', 'fires late, so events before load miss the configuration'],
      ['A Click – All Elements trigger', 'ties page measurement to clicks'],
      ['A Custom Event named gtm.js', 'rebuilds a built-in trigger by hand'],
      ['History Change', 'fires only on single-page navigations'],
    ],
  })),
  ruled('gtm-custom-event-trigger', GTM, (rng, who) => {
    const name = rng.pick(['quote_sent', 'booking_confirmed', 'trial_started'])
    return {
      stem: `${cap(who)}’s developers run \`dataLayer.push({ event: '${name}' })\` when it happens. Which Tag Manager trigger fires the GA4 event tag at that moment?`,
      key: `A Custom Event trigger for ${name}`,
      wrong: [
        [
          'A Form Submission trigger on the form the event follows',
          'fires on the form, not the push',
        ],
        ['A Page View trigger on the thank-you URL', 'waits for a page that may not load'],
        ['A Click – All Elements trigger', 'fires on every click instead of the event'],
        ['A History Change trigger', 'fires on route changes, not the push'],
        ['An Element Visibility trigger', 'fires when something is shown, not the push'],
      ],
    }
  }),
  ruled('debugview-needs-debug-mode', '[GA4] Monitor events in DebugView', (_rng, who) => ({
    stem: `The analyst wants to watch ${who}’s events one by one in DebugView while testing. What makes them appear there?`,
    key: 'Tag Assistant preview or debug_mode',
    wrong: [
      [
        'Enhanced measurement switched on for the web data stream',
        'confuses collection with debugging',
      ],
      ['Nothing: all events show there', 'takes DebugView for the Realtime report'],
      ['Waiting 24 to 48 hours', 'applies report processing time to debugging'],
      ['An internal-traffic data filter in Testing', 'confuses filter testing with debug mode'],
    ],
  })),
]
