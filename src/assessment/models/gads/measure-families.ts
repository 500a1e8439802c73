import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import {
  calc,
  cap,
  client,
  clientAnd,
  drawn,
  type GadsFamily,
  plain,
  rule,
  text,
} from './gads-text.js'

const ATTR = 'support.google.com/google-ads/answer/6259715 (About attribution models)'
const ATTR_GONE =
  'support.google.com/google-ads/answer/13427716 (First click, linear, time decay and position-based attribution models are going away)'
const WINDOW = 'support.google.com/google-ads/answer/3123169 (About conversion windows)'
const COUNT =
  'support.google.com/google-ads help page “About conversion counting options” (Every for purchases, One for leads)'
const PRIMARY =
  'support.google.com/google-ads help page “About primary and secondary conversion actions”'
const QS = 'support.google.com/google-ads help page “About Quality Score”'
const AD_RANK = 'support.google.com/google-ads help page “About Ad Rank”'
const AUTOTAG = 'support.google.com/google-ads/answer/3095550 (About auto-tagging)'
const REPORT_DATE =
  'support.google.com/google-ads help page “About conversion tracking data” (conversions are reported on the date of the ad interaction, not the conversion)'

// Conversions are reported on the date of the ad interaction: REPORT_DATE.
export const REPORT_DATE_SOURCE = REPORT_DATE

export const TRACKING_FAMILIES: readonly GadsFamily[] = [
  rule('attribution-models-available', {
    source: `${ATTR} and ${ATTR_GONE}: data-driven and last click remain; first click, linear, time decay and position-based were removed`,
    answer: 'dda-last-click',
    stem: (rng) =>
      `Setting up a new conversion action for ${client(rng)}, which attribution models can you choose?`,
    keys: ['Data-driven or last click', 'Last click or data-driven'],
    wrong: [
      [
        'Data-driven, last click, first click, linear, time decay or position-based',
        'lists the models removed in 2023',
      ],
      ['Last click only', 'forgets data-driven'],
      ['Linear or time decay', 'picks removed models'],
      ['First click or last click', 'keeps a removed model'],
      ['Data-driven only', 'forgets last click'],
    ],
  }),
  rule('data-driven-default', {
    source: `${ATTR}: data-driven attribution is the default model for most conversion actions`,
    answer: 'dda-default',
    stem: () =>
      'A new website conversion action is created and the attribution setting left alone. Which model does it use?',
    keys: ['Data-driven', 'Data-driven attribution'],
    wrong: [
      ['Last click', 'remembers the old default'],
      ['Linear', 'picks a removed model'],
      ['Position-based', 'picks a removed model'],
      ['First click', 'picks a removed model'],
      ['Time decay', 'picks a removed model'],
      [
        'Last click, until enough data builds up for data-driven',
        'remembers an old data threshold',
      ],
      ['Linear, spreading credit across clicks', 'picks a removed model'],
    ],
  }),
  rule('removed-model-switched', {
    source: `${ATTR_GONE}: conversion actions still using first click, linear, time decay or position-based were switched to data-driven attribution`,
    answer: 'switched-dda',
    stem: () =>
      'An old conversion action was set to time decay before 2023. What does it use now, unless someone changed it?',
    keys: ['Data-driven attribution', 'Data-driven: the removed models were switched to it'],
    wrong: [
      ['Time decay, kept for existing actions', 'thinks old settings were kept'],
      ['Last click', 'thinks the fallback was last click'],
      ['Linear', 'thinks removed models became linear'],
      ['No model: the action stopped recording', 'thinks the action broke'],
      ['Position-based', 'picks another removed model'],
    ],
  }),
  rule('conversion-window-change-forward', {
    source: `${WINDOW}: a changed conversion window applies only to conversions from that day forward`,
    answer: 'forward',
    stem: () =>
      'You cut a conversion action’s window from 30 to 10 days. What happens to conversions already reported?',
    keys: [
      'Nothing: the new window applies from now on',
      'They stay; only future conversions use 10 days',
    ],
    wrong: [
      ['Those after 10 days are removed from past reports', 'applies the change backwards'],
      ['All past conversions are recounted', 'applies the change backwards'],
      ['They move to All conv.', 'invents a column move'],
      ['The action restarts learning from zero', 'invents a reset'],
      ['They are deleted', 'invents a deletion'],
    ],
  }),
  rule('count-one-for-leads', {
    source: `${COUNT}`,
    answer: 'one',
    stem: (rng) =>
      `${cap(clientAnd(rng).who)} tracks quote-form leads; some people submit the form twice after one click. Which count setting?`,
    keys: ['One conversion per click', 'One: count a single lead per ad interaction'],
    wrong: [
      ['Every conversion', 'counts repeat submissions'],
      ['Every, then divide by two', 'invents a correction'],
      ['Unique users per month', 'invents a setting'],
      ['One per day', 'invents a setting'],
      ['Every, as Google recommends for leads', 'reverses the recommendation'],
    ],
  }),
  rule('primary-secondary', {
    source: `${PRIMARY}: primary actions are reported in the Conversions column and used for bidding; secondary actions only in All conv.`,
    answer: 'primary',
    stem: (rng) =>
      `${cap(client(rng))} wants newsletter sign-ups seen in reports but not optimised for by Smart Bidding. How do you set that action?`,
    keys: ['As a secondary action', 'Secondary: it shows in All conv. only'],
    wrong: [
      ['As a primary action with a zero value', 'still bids on it'],
      ['As primary with Count: One', 'still bids on it'],
      ['Delete the action and read Analytics', 'loses the report'],
      ['As primary with a 1-day window', 'still bids on it'],
      ['Add it as a negative keyword', 'confuses tracking with keywords'],
    ],
  }),
  rule('auto-tagging-gclid', {
    source: `${AUTOTAG}: auto-tagging adds the Google Click Identifier (GCLID) to your URLs`,
    answer: 'gclid',
    stem: () =>
      'To import offline sales tied back to ad clicks, what must auto-tagging add to the landing page URLs?',
    keys: ['The GCLID (Google Click Identifier)', 'A gclid parameter'],
    wrong: [
      ['utm_source and utm_medium', 'describes manual tagging'],
      ['The keyword text', 'confuses with ValueTrack'],
      ['A session cookie only', 'confuses with storage'],
      ['The customer ID', 'confuses with account IDs'],
      ['The campaign name', 'describes manual tagging'],
    ],
  }),
  text('conversion-reported-on-click-date', 'clickdate', (rng) => {
    const m = rng.int(0, 10)
    const lag = rng.int(1, 1)
    const clickDay = drawn(rng, 24, 28)
    const convDay = drawn(rng, 2, 9)
    return {
      stem: `A searcher clicks ${clientAnd(rng).who}’s ad on ${clickDay} ${MONTH_NAMES[m]} and buys on ${convDay} ${MONTH_NAMES[m + lag]}, within the 30-day window. In which month’s Conversions column does the sale appear?`,
      in: { m, lag, clickDay, convDay },
      key: MONTH_NAMES[m]!,
      wrong: [
        ['conversion-month', MONTH_NAMES[m + lag]!, 'reports by the date of the conversion'],
        ['next', MONTH_NAMES[(m + lag + 1) % 12]!, 'reports by when the data is processed'],
        ['before', MONTH_NAMES[(m + 11) % 12]!, 'counts the window back from the sale'],
      ],
    }
  }),
  calc('conversions-counted', (rng) => {
    const setting = rng.pick(['One', 'Every'] as const)
    const k = drawn(rng, 20, 60)
    const s = k + drawn(rng, 8, 25)
    const c = s + drawn(rng, 200, 600)
    if (s - k === k) throw new VariantError('repeats equal converters')
    return {
      stem: `${cap(client(rng))}’s ads got ${plain(0)(c)} clicks; ${plain(0)(k)} of the clicks led to at least one form submission, ${plain(0)(s)} submissions in all. The form conversion action counts ${setting}. How many conversions are reported?`,
      in: { one: setting === 'One' ? 1 : 0, k, s, c },
      key: setting === 'One' ? k : s,
      show: plain(0),
      wrong: [
        [
          'other',
          setting === 'One' ? s : k,
          `counts as if the setting were ${setting === 'One' ? 'Every' : 'One'}`,
        ],
        ['clicks', c, 'counts clicks as conversions'],
        ['repeats', s - k, 'counts only the repeat submissions'],
        ['non-converting', c - k, 'counts the clicks with no submission'],
      ],
    }
  }),
]

export const QUALITY_FAMILIES: readonly GadsFamily[] = [
  rule('quality-score-components', {
    source: `${QS}: Quality Score is based on expected clickthrough rate, ad relevance and landing page experience`,
    answer: 'three-components',
    stem: () => 'Which three components make up a keyword’s Quality Score?',
    keys: [
      'Expected CTR, ad relevance, landing page experience',
      'Landing page experience, ad relevance, expected CTR',
    ],
    wrong: [
      ['Bid, CTR and ad relevance', 'mixes Ad Rank’s bid in'],
      ['Expected CTR, bid and budget', 'mixes money into quality'],
      ['Ad Strength, CTR and conversion rate', 'mixes in Ad Strength and conversions'],
      ['Historical CTR, account age and keyword length', 'repeats myths'],
      ['Impression share, CTR and landing page speed', 'invents components'],
      ['Historical CTR, account age, keyword length and the bid you set', 'repeats myths'],
      [
        'Expected CTR, Ad Strength and the landing page’s conversion rate',
        'mixes in Ad Strength and conversions',
      ],
    ],
  }),
  rule('quality-score-scale', {
    source: `${QS}: Quality Score is reported on a 1–10 scale at the keyword level`,
    answer: '1-10',
    stem: () => 'On what scale, and for what, does Google Ads report Quality Score?',
    keys: ['1 to 10, for each keyword', 'A 1–10 score per keyword'],
    wrong: [
      ['0 to 100, for each ad', 'invents a percentage'],
      ['1 to 5, for each ad group', 'invents a scale'],
      ['Poor to Excellent, for each ad', 'describes Ad Strength'],
      ['1 to 10, for each campaign', 'reports it at the wrong level'],
      ['Above average to below average, overall', 'gives component ratings'],
    ],
  }),
  rule('quality-score-diagnostic', {
    source: `${QS}: Quality Score is a diagnostic tool, not an input in the ad auction`,
    answer: 'diagnostic',
    stem: () => 'How is the Quality Score you see in the account used?',
    keys: ['As a diagnostic tool', 'To diagnose; the auction doesn’t use it'],
    wrong: [
      ['Multiplied by the bid to set Ad Rank', 'repeats an old simplification'],
      ['To set the actual CPC directly', 'thinks the score sets prices'],
      ['To decide if a keyword may serve', 'thinks low scores block serving'],
      ['As the Smart Bidding target', 'invents a bidding input'],
      ['To compute the account’s budget', 'invents a budget input'],
      [
        'Multiplied by the max. CPC bid to give the Ad Rank in each auction',
        'repeats an old simplification',
      ],
      [
        'To decide whether a keyword may serve at all, below 3 it stops',
        'thinks low scores block serving',
      ],
    ],
  }),
  rule('quality-score-no-data', {
    source: `${QS}: Quality Score shows "—" (null) when there aren't enough impressions to determine it`,
    answer: 'null',
    stem: () => 'A new keyword shows “—” in the Quality Score column. Why?',
    keys: ['Not enough data yet to score it', 'It lacks enough impressions for a score'],
    wrong: [
      ['It scored 0', 'reads the dash as zero'],
      ['It scored below 1, which the column shows as a dash', 'reads the dash as a score'],
      ['It is disapproved', 'confuses with policy status'],
      ['Quality Score is off for broad match', 'invents a match type rule'],
      ['Smart Bidding hides it', 'invents a bidding rule'],
      ['The landing page is broken', 'reads a dash as one component'],
    ],
  }),
  rule('landing-page-component', {
    source: `${QS}: landing page experience: how relevant and useful the landing page is to people who click the ad`,
    answer: 'landing',
    stem: (rng) =>
      `${cap(clientAnd(rng).who)}’s keyword has Landing page exp. “Below average”, the others “Average”. What addresses that component?`,
    keys: ['A more relevant, useful landing page', 'A page that answers the search'],
    wrong: [
      ['Raising the bid', 'bids are not a quality component'],
      ['Adding headlines with the keyword', 'fixes ad relevance'],
      ['Adding sitelinks', 'assets don’t change the landing page'],
      ['Switching to exact match', 'changes matching, not the page'],
      ['Adding more keywords to the ad group', 'dilutes relevance'],
      [
        'Adding headlines that repeat the keyword, which lifts every component',
        'fixes ad relevance',
      ],
      [
        'Raising the bid so the keyword wins more auctions and gains history',
        'bids are not a quality component',
      ],
    ],
  }),
  rule('ad-relevance-component', {
    source: `${QS}: ad relevance: how closely the ad matches the intent behind the search`,
    answer: 'ad-relevance',
    stem: () =>
      'A keyword’s Ad relevance is “Below average” because its ad group mixes unrelated themes. What helps?',
    keys: ['Tightly themed ad groups', 'Split it by theme, with matching ads'],
    wrong: [
      ['Raise the bid', 'bids are not a quality component'],
      ['Speed up the landing page', 'fixes landing page experience'],
      ['Add a callout', 'assets don’t change ad relevance'],
      ['Lower the budget', 'budget is not a quality component'],
      ['Add more keywords to the same ad group', 'dilutes relevance further'],
      [
        'Add more keywords to the same ad group so ads match more searches',
        'dilutes relevance further',
      ],
      [
        'Raise the bid so the ad shows higher and looks more relevant',
        'bids are not a quality component',
      ],
    ],
  }),
  rule('ad-rank-factors', {
    source: `${AD_RANK}: Ad Rank uses the bid, the quality of the ad, Ad Rank thresholds, the auction’s competitiveness, the search’s context and the expected impact of assets`,
    answer: 'ad-rank',
    stem: () => 'Which of these goes into Ad Rank at auction time?',
    keys: ['Bid, ad quality, thresholds and context', 'The bid with ad quality and thresholds'],
    wrong: [
      ['Only the bid', 'forgets quality'],
      ['The bid times the reported Quality Score', 'repeats an old simplification'],
      ['Budget and account age', 'invents factors'],
      ['Only Quality Score', 'forgets the bid'],
      ['The bid and the daily budget', 'confuses budget with bid'],
      [
        'The bid multiplied by the Quality Score shown in the account',
        'repeats an old simplification',
      ],
      ['The bid, the daily budget and how long the account has run', 'invents factors'],
    ],
  }),
]
