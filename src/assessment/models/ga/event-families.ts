import { cap, choose, client, family, type GaFamily, ruled } from './ga-text.js'

const NAMING = '[GA4] Event naming rules'
const ENHANCED = '[GA4] Enhanced event measurement'
const RECOMMENDED = '[GA4] Recommended events'

const CUSTOM_NAMES = [
  'quote_request',
  'brochure_download',
  'demo_booked',
  'calculator_used',
  'room_enquiry',
  'donation_started',
  'course_preview',
]

/**
 * What a client's action should do to its name to pass GA4's naming rules: start with a letter,
 * only letters, digits and underscores, at most 40 characters, no reserved prefix or name.
 */
const BREAKS: readonly ((name: string) => readonly [string, string])[] = [
  (x) => [x.replace(/_/g, '-'), 'uses hyphens, which event names may not contain'],
  (x) => [x.replace(/_/g, ' '), 'uses spaces, which event names may not contain'],
  (x) => [`2nd_${x}`, 'starts the name with a digit instead of a letter'],
  (x) => [`ga_${x}`, 'uses the reserved ga_ prefix'],
  (x) => [`google_${x}`, 'uses the reserved google_ prefix'],
  (x) => [`firebase_${x}`, 'uses the reserved firebase_ prefix'],
  (x) => [`${x}_from_the_main_navigation_menu`, 'exceeds the 40-character limit'],
  () => ['session_start', 'reuses a name GA4 reserves for its own event'],
]

/** Which verb-action a recommended event describes, for the recommended-event family. */
const ACTIONS: readonly (readonly [action: string, key: string, wrong: readonly string[]])[] = [
  [
    'submits the contact form that the sales team follows up',
    'generate_lead',
    ['form_submit', 'lead_form_submit', 'contact'],
  ],
  ['creates an account', 'sign_up', ['signup', 'registration', 'account_created']],
  ['logs in to the member area', 'login', ['log_in', 'user_login', 'session_start']],
  ['starts the checkout', 'begin_checkout', ['checkout_start', 'start_checkout', 'checkout']],
  ['opens a product detail page', 'view_item', ['product_view', 'view_product', 'page_view']],
  ['adds a product to the basket', 'add_to_cart', ['cart_add', 'add_to_basket', 'addtocart']],
  ['completes an order', 'purchase', ['transaction', 'order_complete', 'checkout_complete']],
  [
    'removes an item from the basket',
    'remove_from_cart',
    ['cart_remove', 'delete_from_cart', 'remove_item'],
  ],
]

/**
 * Events and their parameters as a practitioner names and sends them: the naming rules, the
 * recommended events' names, enhanced measurement's automatic events and the purchase fields
 * revenue depends on. The named mistakes are custom names where a recommended one exists, and
 * Universal Analytics expectations (category/action/label, scroll thresholds, bounce plug-ins).
 */
export const EVENT_FAMILIES: readonly GaFamily[] = [
  family('event-name-valid', (rng) => {
    const [key, base] = rng.shuffle(CUSTOM_NAMES)
    const wrong = rng.shuffle(BREAKS).map((b, i) => b(i % 2 === 0 ? base! : key!))
    return choose(rng, {
      stem: `A freelance analyst is adding custom events for ${client(rng)}. Which of these event names follows GA4’s event naming rules?`,
      key: key!,
      wrong,
      facts: { source: NAMING },
    })
  }),
  family('recommended-event-name', (rng) => {
    const [action, key, wrong] = rng.pick(ACTIONS)
    return choose(rng, {
      stem: `On the website of ${client(rng)}, a user ${action}. Which event name should the analyst send so that GA4 treats it as the recommended event for that action?`,
      key,
      wrong: wrong.map(
        (w) => [w, 'uses a custom or automatic name instead of the recommended event'] as const,
      ),
      facts: { source: RECOMMENDED, action },
    })
  }),
  ruled('event-names-case-sensitive', NAMING, (rng, who) => {
    const name = rng.pick(CUSTOM_NAMES)
    const upper = name.replace(/(^|_)([a-z])/g, (_, s: string, c: string) => s + c.toUpperCase())
    return {
      stem: `Two developers at ${who} send the same action, one as \`${name}\` and one as \`${upper}\`. How does GA4 report them?`,
      key: 'As two separate events',
      wrong: [
        ['As one event', 'assumes event names are case-insensitive'],
        [
          'As one event, once a custom dimension maps them',
          'thinks a dimension merges event names',
        ],
        [
          'As one event, since names are matched ignoring case',
          'assumes event names are case-insensitive',
        ],
        ['As one event under the name first received', 'assumes GA4 merges look-alike names'],
        [
          'It rejects the capitalised one as invalid',
          'thinks capital letters break the naming rules',
        ],
      ],
    }
  }),
  ruled('scroll-event-threshold', ENHANCED, (_rng, who) => ({
    stem: `${cap(who)} has enhanced measurement on with default settings. When does GA4 log the automatic scroll event on a page?`,
    key: 'Once, on first reaching 90% depth',
    wrong: [
      ['Once, on first reaching 75% depth', 'picks a three-quarter threshold'],
      [
        'At 25%, 50%, 75% and 90% of the page’s depth',
        'expects scroll-depth thresholds of a tag plug-in',
      ],
      ['Every time the user scrolls at all', 'reads scroll as any scrolling'],
      ['Once, at 50% of the page’s depth', 'picks a half-page threshold'],
      [
        'At 10%, 25%, 50% and 75%, like video progress',
        'takes video progress thresholds for scroll',
      ],
    ],
  })),
  ruled('outbound-click-event', ENHANCED, (rng, who) => ({
    stem: `A visitor to ${who}’s site clicks a link to ${rng.pick(['a partner’s website', 'a supplier’s catalogue', 'a booking platform on another domain'])}. With enhanced measurement on, which event does GA4 log for it?`,
    key: 'click, with outbound set to true',
    wrong: [
      [
        'outbound_link, with link_url and link_domain set',
        'expects a dedicated outbound event name',
      ],
      [
        'exit, when the visitor leaves the site for the link',
        'expects an exit event like UA exit pages',
      ],
      ['outbound_click, with the link URL', 'expects a dedicated outbound event name'],
      ['select_content, with content_type link', 'takes a recommended event for an automatic one'],
      ['page_view, on the destination domain', 'expects GA4 to measure the other site'],
      ['link_click, with link_domain set', 'invents an event from the parameter names'],
    ],
  })),
  ruled('site-search-parameter', ENHANCED, (rng, who) => {
    const param = rng.pick(['term', 'kw', 'find', 'suche'])
    return {
      stem: `${cap(who)}’s site search puts the query in the URL as \`?${param}=…\`, and no view_search_results events appear. What does the analyst do?`,
      key: `Add ${param} to the search query parameters`,
      wrong: [
        [
          `Send a custom search event with ${param} as its term`,
          'rebuilds what enhanced measurement already does',
        ],
        [
          `Register ${param} as an event-scoped custom dimension`,
          'registers a dimension for a parameter never sent',
        ],
        ['Nothing: GA4 detects any query parameter', 'assumes site search reads every parameter'],
        [
          `Create a custom dimension for ${param}`,
          'registers a dimension for a parameter never sent',
        ],
        ['Mark view_search_results as a key event', 'confuses key events with collection'],
        ['Turn on Google signals', 'expects signals to collect site search'],
      ],
    }
  }),
  ruled('file-download-event', ENHANCED, (rng, who) => ({
    stem: `${cap(who)}’s visitors click a link to ${rng.pick(['a price list in PDF', 'a spreadsheet of rates (.xlsx)', 'a zipped press kit', 'an .mp4 product video file'])}. Which event does enhanced measurement log?`,
    key: 'file_download',
    wrong: [
      ['file_download_click', 'guesses an event name from the link type'],
      ['select_content, with content_type file', 'takes a recommended event for an automatic one'],
      ['click', 'takes a download for an outbound click'],
      ['page_view', 'treats the file as a page'],
      ['select_content', 'takes a recommended event for an automatic one'],
      ['download', 'guesses an event name'],
    ],
  })),
  ruled('video-progress-thresholds', ENHANCED, (_rng, who) => ({
    stem: `${cap(who)} embeds YouTube videos with the JS API enabled and enhanced measurement on. At which points of a video does GA4 log video_progress?`,
    key: '10%, 25%, 50% and 75% of its duration',
    wrong: [
      [
        '25%, 50%, 75% and 100% of its duration',
        'takes video_complete’s point for a progress point',
      ],
      ['Every 10% of its duration', 'assumes a progress event per tenth'],
      ['At 50% only', 'assumes a single halfway event'],
      ['Every 30 seconds of play', 'assumes a time-based heartbeat'],
    ],
  })),
  ruled('first-visit-event', '[GA4] Automatically collected events', (_rng, who) => ({
    stem: `A person opens ${who}’s website for the first time. Which automatically collected event marks that first visit?`,
    key: 'first_visit',
    wrong: [
      ['first_session_start', 'guesses a name from session_start'],
      ['new_user', 'takes the metric name for an event'],
      ['first_open', 'takes the app event for the website one'],
      ['session_start', 'takes the session event for the user’s first visit'],
      ['sign_up', 'takes a recommended event for an automatic one'],
      ['page_view', 'reads any first page as the first visit'],
    ],
  })),
  ruled('purchase-value-needs-currency', RECOMMENDED, (rng, who) => ({
    stem: `${cap(who)}’s purchase events carry \`value: ${rng.int(20, 400)}\`, \`transaction_id\` and items, but no \`currency\`. What happens to revenue in GA4?`,
    key: 'It is not computed: value requires currency',
    wrong: [
      [
        'It is recorded in the currency of the linked Google Ads account',
        'assumes the Ads account supplies it',
      ],
      ['In USD', 'assumes USD when no currency is given'],
      ['It is recorded in the property’s currency', 'assumes a default currency fills in'],
      ['It is recorded in US dollars', 'assumes USD when no currency is given'],
      ['It is recorded, but only in BigQuery', 'assumes export keeps what reports drop'],
    ],
  })),
  ruled(
    'transaction-id-dedup',
    '[GA4] Minimize duplicate key events with transaction IDs',
    (rng, who) => ({
      stem: `Buyers at ${who} often ${rng.pick(['refresh', 'bookmark and reopen', 'return to'])} the order-confirmation page, which fires purchase again. How does the analyst stop double-counted revenue?`,
      key: 'Send each order’s unique transaction_id',
      wrong: [
        ['Unmark purchase as a key event', 'stops counting sales rather than repeats'],
        [
          'Count the purchase key event once per session',
          'undercounts real repeat orders in one session',
        ],
        [
          'A data filter that drops repeated page views',
          'expects data filters to deduplicate events',
        ],
        ['Fire purchase on a page_view trigger only', 'moves the tag without removing the repeat'],
        ['Mark page_view on the page as the key event', 'counts every reload as a sale'],
      ],
    }),
  ),
  ruled('items-need-id-or-name', RECOMMENDED, (rng, who) => ({
    stem: `${cap(who)} sends ${rng.pick(['view_item', 'add_to_cart', 'purchase'])} with an items array. What must each item in the array contain at least?`,
    key: 'item_id or item_name',
    wrong: [
      ['price and quantity', 'takes optional fields for the required ones'],
      ['item_category and item_brand', 'takes descriptive fields for the identifier'],
      ['currency and value', 'takes the event-level fields for item fields'],
      ['index and item_list_id', 'takes list-position fields for the identifier'],
    ],
  })),
]
