import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { clientAnd, type GadsFamily, plain, rule, text } from './gads-text.js'

const RSA = 'support.google.com/google-ads/answer/7684791 (About responsive search ads)'
const SITELINK = 'support.google.com/google-ads/answer/2375416 (Create and edit sitelink assets)'
const CALLOUT = 'support.google.com/google-ads help page “About callout assets”'
const SNIPPET = 'support.google.com/google-ads help page “About structured snippet assets”'
export const DKI_SOURCE = 'support.google.com/google-ads help page “About keyword insertion”'

const _n = (v: number) => `${v}`

// Responsive search ads: up to 15 headlines of 30 characters and up to 4 descriptions of 90
// characters, at least 3 headlines and 2 descriptions, up to 3 headlines and 2 descriptions shown
// at a time, two path fields of 15 characters, and up to 3 enabled RSAs per ad group (RSA page).
export const RSA_FAMILIES: readonly GadsFamily[] = [
  rule('rsa-max-headlines', {
    source: `${RSA}: up to 15 headlines`,
    answer: '15',
    stem: (rng) =>
      `How many headlines can one responsive search ad for ${clientAnd(rng).who} hold at most?`,
    keys: ['15'],
    wrong: [
      ['3', 'gives how many headlines show at once'],
      ['5', 'takes the Performance Max limit of 5 long headlines'],
      ['4', 'gives the description limit'],
      ['30', 'gives the headline character limit'],
      ['25', 'gives the sitelink text character limit'],
      ['90', 'gives the description character limit'],
    ],
  }),
  rule('rsa-max-descriptions', {
    source: `${RSA}: up to 4 descriptions`,
    answer: '4',
    stem: (rng) =>
      `How many descriptions can one responsive search ad for ${clientAnd(rng).who} hold at most?`,
    keys: ['4', '4 descriptions'],
    wrong: [
      ['2', 'gives how many descriptions show at once'],
      ['3', 'gives the number of ads per ad group'],
      ['5', 'takes the Performance Max limit of 5 long headlines'],
      ['15', 'gives the headline limit'],
      ['90', 'gives the description character limit'],
    ],
  }),
  rule('rsa-headline-characters', {
    source: `${RSA}: headlines up to 30 characters`,
    answer: '30',
    stem: () => 'What is the character limit of one responsive search ad headline?',
    keys: ['30 characters', '30'],
    wrong: [
      ['25 characters', 'gives the sitelink text limit'],
      ['15 characters', 'gives the display path limit'],
      ['35 characters', 'gives the sitelink description limit'],
      ['90 characters', 'gives the description limit'],
    ],
  }),
  rule('rsa-description-characters', {
    source: `${RSA}: descriptions up to 90 characters`,
    answer: '90',
    stem: () => 'What is the character limit of one responsive search ad description?',
    keys: ['90 characters', '90'],
    wrong: [
      ['80 characters', 'remembers an old text ad limit'],
      ['35 characters', 'gives the sitelink description line limit'],
      ['30 characters', 'gives the headline limit'],
      ['100 characters', 'rounds the limit up to 100'],
    ],
  }),
  rule('rsa-minimum-assets', {
    source: `${RSA}: at least 3 headlines and 2 descriptions`,
    answer: '3-2',
    stem: (rng) =>
      `A draft responsive search ad for ${clientAnd(rng).who} needs the fewest assets it can be saved with. How many?`,
    keys: ['3 headlines and 2 descriptions', 'Three headlines, two descriptions'],
    wrong: [
      ['1 headline and 1 description', 'thinks one of each will do'],
      ['15 headlines and 4 descriptions', 'gives the maximums'],
      [
        '5 headlines and 5 descriptions',
        'takes Performance Max’s 5 long headlines and 5 descriptions',
      ],
      ['2 headlines and 1 description', 'remembers expanded text ads'],
      ['8 headlines and 4 descriptions', 'takes a best practice for a minimum'],
    ],
  }),
  rule('rsa-shown-at-once', {
    source: `${RSA}: up to 3 headlines and 2 descriptions can show`,
    answer: 'shown-3-2',
    stem: () =>
      'A responsive search ad holds 12 headlines and 4 descriptions. At most how many of each can show in one ad?',
    keys: ['3 headlines and 2 descriptions', 'Up to three headlines and two descriptions'],
    wrong: [
      ['12 headlines and 4 descriptions', 'thinks every asset shows'],
      ['2 headlines and 1 description', 'remembers old text ads'],
      ['1 headline and 1 description', 'thinks one of each shows'],
      ['15 headlines and 4 descriptions', 'gives the limits of the ad'],
      ['4 headlines and 2 descriptions', 'overcounts headline slots'],
    ],
  }),
  rule('rsa-path-field', {
    source: `${RSA}: display URL path fields, up to 15 characters each`,
    answer: '15-path',
    stem: () => 'How long can each of a responsive search ad’s two display path fields be?',
    keys: ['15 characters', '15 characters each'],
    wrong: [
      ['30 characters', 'gives the headline limit'],
      ['25 characters', 'gives the sitelink limit'],
      ['90 characters', 'gives the description limit'],
      ['No limit, as the path is not a URL', 'thinks paths are free text'],
      ['15 for both fields together', 'thinks the limit is shared'],
      ['25 characters', 'gives the sitelink limit'],
    ],
  }),
  rule('rsa-per-ad-group', {
    source: `${RSA}: up to 3 enabled responsive search ads per ad group`,
    answer: '3-rsas',
    stem: () => 'How many enabled responsive search ads can one ad group have?',
    keys: ['Up to 3', '3'],
    wrong: [
      ['1', 'thinks one RSA replaces all ads'],
      ['2', 'thinks an ad group holds only an A/B pair'],
      ['15', 'gives the headline limit'],
      ['50', 'remembers an old text ad limit'],
      ['4', 'gives the description limit'],
      ['1 per ad group since RSAs replaced text ads', 'thinks one RSA replaces all ads'],
      ['Up to 50 per ad group', 'remembers an old text ad limit'],
    ],
  }),
  rule('rsa-pinning', {
    source: `${RSA}: pinning a headline to a position makes only pinned headlines show there and reduces combinations`,
    answer: 'pin',
    stem: (rng) =>
      `${clientAnd(rng).who.replace(/^a/, 'A')}’s legal team insists one disclaimer headline appears in every ad, in position 1. What do you do, and at what cost?`,
    keys: [
      'Pin it to position 1; fewer combinations',
      'Pin it to Headline 1, at a cost in variety',
    ],
    wrong: [
      ['Put it first in the list: order decides position', 'thinks list order is kept'],
      ['Repeat it in all 15 headline fields', 'thinks duplicates are allowed'],
      ['Pin it; pinning has no effect on performance', 'ignores the lost combinations'],
      ['Put it in a description', 'descriptions don’t show in headline 1'],
      ['Add it as a callout', 'callouts may not show'],
      [
        'Put it first in the headline list, since the list order is kept in ads',
        'thinks list order is kept',
      ],
      [
        'Pin it to position 1, which costs nothing since other slots still rotate',
        'ignores the lost combinations',
      ],
    ],
  }),
]

const TOWNS = ['Leeds', 'Bristol', 'Dublin', 'Austin', 'Denver', 'Perth', 'Toronto'] as const
const OFFERS = [
  'Book Online Today',
  'Free Quotes Available',
  '20% Off This Week',
  'Call Us Now 24/7',
] as const
const TITLES = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase())

/** A slip's count: a wrong limit, or a wrong way to count the draft (cut to the right limit). */
type CutSlip = [string, number | ((draft: string) => number), string]

function cut(id: string, field: string, limit: number, slips: CutSlip[]) {
  return text(id, 'cut', (rng: Rng) => {
    const { what } = clientAnd(rng)
    const draft =
      field === 'headline'
        ? `${TITLES(what)} in ${rng.pick(TOWNS)} – ${rng.pick(OFFERS)}`
        : `${TITLES(what)} ${rng.pick(['Prices & Packages', 'Opening Hours Today', 'Meet Our Friendly Team', 'Reviews From Customers'])}`
    const chars = [...draft].length
    if (chars <= limit) throw new VariantError('the draft fits')
    const v = plain(0)
    return {
      stem: `Your draft ${field} is “${draft}” (spaces and punctuation count as characters, each one character). How many characters must you cut for it to fit the ${field} limit?`,
      in: { draft, limit },
      key: v(chars - limit),
      wrong: slips
        .map(([s, l, m]) => [s, typeof l === 'number' ? chars - l : l(draft) - limit, m] as const)
        .filter(([, n]) => n > 0)
        .map(([s, n, m]) => [s, v(n), m] as const),
    }
  })
}

export const AD_TEXT_FAMILIES: readonly GadsFamily[] = [
  cut('rsa-headline-cut-to-30', 'headline', 30, [
    ['sitelink-25', 25, 'uses the sitelink text limit of 25'],
    ['path-15', 15, 'uses the display path limit of 15'],
    ['desc-35', 35, 'uses the sitelink description limit of 35'],
    ['guess-40', 40, 'thinks headlines take 40 characters'],
    ['no-spaces', (d) => [...d.replace(/ /g, '')].length, 'leaves the spaces out of the count'],
    ['bytes', (d) => new TextEncoder().encode(d).length, 'counts bytes, so the dash as three'],
  ]),
]

/** Keyword insertion: the keyword in the capitalisation the tag asks, or the default text. */
export function insert(tag: 'keyword' | 'Keyword' | 'KeyWord', keyword: string): string {
  if (tag === 'keyword') return keyword.toLowerCase()
  if (tag === 'Keyword') return keyword[0]!.toUpperCase() + keyword.slice(1).toLowerCase()
  return keyword
    .toLowerCase()
    .replace(/(^| )(\w)/g, (_m, s: string, c: string) => s + c.toUpperCase())
}

/** The keyword's leading whole words that keep the line within 30 characters. */
function fitting(keyword: string, line: (s: string) => string): string {
  let out = ''
  for (const word of keyword.split(' ')) {
    const next = out === '' ? word : `${out} ${word}`
    if ([...line(next)].length > 30) break
    out = next
  }
  return out
}

// Keyword insertion (DKI_SOURCE): {keyword:…} inserts the keyword in lower case, {Keyword:…}
// capitalises its first word, {KeyWord:…} every word; when the keyword would make the text too
// long, the default text is shown instead.
export const DKI_FAMILIES: readonly GadsFamily[] = [
  text('keyword-insertion-capitals', 'dki', (rng) => {
    const { what } = clientAnd(rng)
    const tag = rng.pick(['keyword', 'Keyword', 'KeyWord'] as const)
    const def = rng.pick(['Local Experts', 'Great Deals', 'Top Service'])
    const kw = `${what} ${rng.pick(['prices', 'near me', 'deals'])}`
    const line = (s: string) => `Best ${s}`
    return {
      stem: `A headline reads Best {${tag}:${def}}. The keyword ${kw} (written in lower case in the account) triggers the ad, and the result fits 30 characters. What does the headline show?`,
      in: { tag, kw, def },
      key: line(insert(tag, kw)),
      wrong: [
        ['lower', line(insert('keyword', kw)), 'ignores the capitals in the tag'],
        ['sentence', line(insert('Keyword', kw)), 'capitalises only the first word'],
        ['title', line(insert('KeyWord', kw)), 'capitalises every word'],
        ['default', line(def), 'shows the default text although the keyword fits'],
        ['upper', line(kw.toUpperCase()), 'writes the whole keyword in capitals'],
      ],
    }
  }),
  text('keyword-insertion-too-long', 'dki', (rng) => {
    const { what } = clientAnd(rng)
    const def = rng.pick(['Local Experts', 'Great Deals', 'Top Service'])
    const kw = `${what} ${rng.pick(['prices near me open now', 'deals for families nearby', 'reviews and prices near me'])}`
    const line = (s: string) => `Best ${s}`
    if ([...line(insert('KeyWord', kw))].length <= 30) throw new VariantError('fits')
    return {
      stem: `A headline reads Best {KeyWord:${def}}. The search ${kw} triggers the ad through the broad keyword ${kw} (lower case), making the headline over 30 characters. What does it show?`,
      in: { tag: 'KeyWord', kw, def },
      key: line(def),
      wrong: [
        ['title', line(insert('KeyWord', kw)), 'inserts the keyword past the limit'],
        [
          'cut',
          [...line(insert('KeyWord', kw))].slice(0, 30).join(''),
          'cuts the keyword at 30 characters',
        ],
        ['lower', line(insert('keyword', kw)), 'inserts it in lower case past the limit'],
        ['blank', 'Best', 'thinks nothing is inserted'],
        ['code', `Best {KeyWord:${def}}`, 'thinks the code shows as typed'],
        ['words', line(fitting(insert('KeyWord', kw), line)), 'inserts the whole words that fit'],
      ],
    }
  }),
]

// Assets (formerly extensions).
export const ASSET_FAMILIES: readonly GadsFamily[] = [
  rule('sitelink-limits', {
    source: `${SITELINK}: link text up to 25 characters; two description lines up to 35 characters each`,
    answer: '25-35',
    stem: () => 'What are a sitelink’s character limits?',
    keys: ['Link text 25; each description line 35', '25 for the text, 35 per description line'],
    wrong: [
      ['Link text 30; each description line 90', 'uses the RSA headline and description limits'],
      ['Link text 15; each description line 25', 'uses path and callout limits'],
      ['Link text 25; each description line 90', 'uses the RSA description limit'],
      ['Link text 35; each description line 25', 'swaps the two limits'],
      ['Link text 30; no description lines', 'forgets sitelink descriptions'],
    ],
  }),
  rule('callout-limit', {
    source: `${CALLOUT}: callout text up to 25 characters; callouts are not clickable links`,
    answer: 'callout-25',
    stem: (rng) =>
      `You write callouts like “Free Delivery” for ${clientAnd(rng).who}. What limit applies, and do they link anywhere?`,
    keys: [
      '25 characters; they don’t link to a page',
      'Up to 25 characters, with no link of their own',
    ],
    wrong: [
      ['30 characters; each links to its own page', 'confuses callouts with sitelinks'],
      ['25 characters; each links to its own page', 'thinks callouts are clickable'],
      ['90 characters; no link', 'uses the description limit'],
      ['15 characters; no link', 'uses the path limit'],
      ['35 characters; no link', 'uses the sitelink description limit'],
    ],
  }),
  rule('structured-snippet-header', {
    source: `${SNIPPET}: a header chosen from a predefined list (such as Brands, Services, Types) and at least 3 values, up to 25 characters each`,
    answer: 'predefined-header',
    stem: (rng) =>
      `You add a structured snippet listing ${clientAnd(rng).who}’s services. What does it need?`,
    keys: ['A predefined header and 3+ values', 'A header from Google’s list, 3 or more values'],
    wrong: [
      ['A header you write yourself and 2 values', 'thinks headers are free text'],
      ['A landing page URL for each value', 'confuses snippets with sitelinks'],
      ['A price for each value', 'confuses snippets with price assets'],
      ['One value of up to 90 characters', 'confuses snippets with descriptions'],
      ['A header you write and any number of values', 'thinks the header and count are free'],
      [
        'A header you write yourself, such as Our Services, and at least 2 values',
        'thinks headers are free text',
      ],
      [
        'A landing page URL for each value, so each service links to its page',
        'confuses snippets with sitelinks',
      ],
    ],
  }),
  rule('assets-not-guaranteed', {
    source: `${SITELINK} and ${CALLOUT}: assets are not guaranteed to show; whether they show depends on Ad Rank and expected performance`,
    answer: 'not-guaranteed',
    stem: (rng) =>
      `${clientAnd(rng).who.replace(/^a/, 'A')} complains their sitelinks don’t appear on every ad. What explains it?`,
    keys: ['Assets show only when Ad Rank allows', 'They aren’t guaranteed; Ad Rank decides'],
    wrong: [
      [
        'They were disapproved: approved assets show on every ad',
        'thinks approval guarantees showing',
      ],
      ['Sitelinks only show on desktop', 'invents a device rule'],
      ['Only one asset type can be added per campaign', 'invents a limit'],
      ['Sitelinks only show with Manual CPC', 'invents a bidding rule'],
      ['They show only on the Display Network', 'invents a network rule'],
      [
        'They were disapproved, because approved assets show on every single ad',
        'thinks approval guarantees showing',
      ],
      [
        'Only one asset type can be added per campaign, so the others are hidden',
        'invents a limit',
      ],
    ],
  }),
  rule('sitelink-not-callout-for-links', {
    source: `${SITELINK}: sitelinks take people to specific pages of your site; ${CALLOUT}: callouts add text without a link`,
    answer: 'sitelink',
    stem: (rng) =>
      `${clientAnd(rng).who.replace(/^a/, 'A')} wants extra links under the ad to its prices and contact pages. Which asset type?`,
    keys: ['Sitelinks', 'Sitelink assets'],
    wrong: [
      ['Callout assets', 'callouts have no link'],
      ['Structured snippet assets', 'snippets list values without links'],
      ['Price assets', 'shows prices, not chosen pages'],
      ['Call assets', 'adds a phone number'],
      ['Image assets', 'adds pictures'],
      ['Callouts, which link to the page they name', 'thinks callouts are clickable'],
      ['Structured snippets with one URL per value', 'thinks snippet values link'],
    ],
  }),
]

// Campaign and ad group structure.
export const STRUCTURE_FAMILIES: readonly GadsFamily[] = [
  rule('budget-at-campaign-level', {
    source:
      'support.google.com/google-ads/answer/6385083 (About average daily budgets: you choose an average daily budget for each campaign, or a shared budget across campaigns)',
    answer: 'campaign-budget',
    stem: (rng) =>
      `${clientAnd(rng).who.replace(/^a/, 'A')} wants its brand ad group to get a fixed share of spend. At which level is a budget set?`,
    keys: ['The campaign (or a shared budget)', 'Campaign level'],
    wrong: [
      ['The ad group', 'thinks ad groups have budgets'],
      ['The keyword', 'confuses bids with budgets'],
      ['The ad', 'thinks ads have budgets'],
      ['The asset group', 'confuses Performance Max asset groups with budgets'],
      ['The account only', 'forgets campaign budgets'],
      ['The ad group, through its own daily budget setting', 'thinks ad groups have budgets'],
      ['Each keyword, through its max. CPC times expected clicks', 'confuses bids with budgets'],
    ],
  }),
  rule('keywords-in-ad-groups', {
    source:
      'support.google.com/google-ads help page “About ad groups” (an ad group contains one or more ads and a set of related keywords)',
    answer: 'ad-group',
    stem: (rng) =>
      `You split ${clientAnd(rng).who}’s Search campaign by theme so each set of keywords gets ads written for it. What holds keywords with their ads?`,
    keys: ['An ad group', 'Ad groups within the campaign'],
    wrong: [
      ['An asset group', 'confuses Performance Max with Search'],
      ['A campaign, with no level below it', 'forgets ad groups'],
      ['A shared library list', 'confuses with negative keyword lists'],
      ['A portfolio bid strategy', 'confuses with bidding'],
      ['A conversion action', 'confuses with tracking'],
    ],
  }),
  rule('pmax-asset-groups-no-keywords', {
    source:
      'support.google.com/google-ads help page “About Performance Max campaigns” ( asset groups, with audience signals and search themes; no keywords)',
    answer: 'asset-groups',
    stem: (rng) =>
      `You build a Performance Max campaign for ${clientAnd(rng).who}. What do you give it instead of keyword ad groups?`,
    keys: ['Asset groups with search themes', 'Asset groups, with signals and search themes'],
    wrong: [
      ['Ad groups with exact match keywords', 'thinks Performance Max takes keywords'],
      ['Ad groups of responsive search ads', 'confuses it with Search'],
      ['A keyword list, shared with Search', 'thinks keywords are shared'],
      ['A product feed only; no creative', 'thinks a feed is required and enough'],
      ['Placements on chosen websites', 'confuses it with Display placements'],
      [
        'Ad groups of exact and phrase match keywords, as in Search',
        'thinks Performance Max takes keywords',
      ],
      [
        'A shared keyword list that both Search and Performance Max read',
        'thinks keywords are shared',
      ],
    ],
  }),
  rule('location-presence-option', {
    source:
      'support.google.com/google-ads help page “About advanced location options” (Presence: people in or regularly in your targeted locations; the default is Presence or interest)',
    answer: 'presence',
    stem: (rng) =>
      `${clientAnd(rng).who.replace(/^a/, 'A')} serves only its own town and is getting clicks from people elsewhere who are merely interested in the town. Which location option?`,
    keys: ['Presence', 'Presence: people in the area'],
    wrong: [
      ['Presence or interest, the default', 'keeps the setting that causes it'],
      ['Search interest', 'targets interest only'],
      ['Add the town as a keyword', 'confuses keywords with targeting'],
      ['A radius of 0 km', 'invents a setting'],
      ['Exclude every other country', 'misses interest-based matching'],
      [
        'Presence or interest, which already excludes people outside the town',
        'keeps the setting that causes it',
      ],
      ['Search interest: people searching about the town from anywhere', 'targets interest only'],
    ],
  }),
  rule('ad-schedule-account-time-zone', {
    source:
      'support.google.com/google-ads help page “About ad scheduling” (schedules use the account’s time zone)',
    answer: 'account-tz',
    stem: () =>
      'An account set to London time runs a campaign targeting New York with an ad schedule of 9:00–17:00. Which clock does the schedule follow?',
    keys: ['The account’s time zone: London', 'London time, the account’s zone'],
    wrong: [
      ['New York time, where the searchers are', 'thinks schedules follow the target'],
      ['UTC', 'thinks the system clock is used'],
      ['The searcher’s device clock', 'thinks the user’s time applies'],
      ['Pacific time, Google’s headquarters', 'invents a default'],
      ['Whichever zone the campaign was created in', 'invents a campaign zone'],
    ],
  }),
]
