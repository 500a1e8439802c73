import { expect, it } from 'vitest'
import {
  GADS_ADS_FAMILIES,
  GADS_BIDDING_FAMILIES,
  GADS_KEYWORD_FAMILIES,
  GADS_MEASURE_FAMILIES,
  GADS_METRIC_FAMILIES,
} from '../../../src/assessment/models/gads/gads-models.js'
import type { GadsScenario } from '../../../src/assessment/models/gads/gads-text.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...GADS_KEYWORD_FAMILIES,
  ...GADS_ADS_FAMILIES,
  ...GADS_BIDDING_FAMILIES,
  ...GADS_METRIC_FAMILIES,
  ...GADS_MEASURE_FAMILIES,
]
const DRAWS = 30

type In = Record<string, number & string>
const n = (i: In, k: string): number => i[k] as unknown as number

/*
 * The rules, written here from the Google Ads help centre apart from the families: the answer
 * word each family files its key under, the page that states it, and a pattern every true wording
 * of the key must match. Pages by number (the review confirmed 2453972, 7684791, 2375416, 2497703,
 * 6268632, 7065882, 6259715 and 3095550 against stored copies): 7478529 About keyword matching options; 2453972 About negative keywords;
 * 2756257 About keyword and search theme prioritization; 7684791 About responsive search ads;
 * 2375416 Create and edit sitelink assets; 6385083 About average daily budgets (2× a day, 30.4× a
 * month); 2497703 About impression share; 6268632 Target CPA; 7065882 About Smart Bidding;
 * 6259715 and 13427716 attribution models; 3123169 conversion windows; 3095550 auto-tagging.
 * Pages by title (number not confirmed): About callout assets, About structured snippet assets,
 * About Target ROAS bidding, About Maximize conversions bidding, About Quality Score, About
 * Performance Max campaigns.
 */
const RULES: Record<string, readonly [answer: string, page: string, marker: RegExp]> = {
  'phrase-match-syntax': ['quotes', '7478529', /"keyword"/],
  'exact-match-syntax': ['brackets', '7478529', /\[keyword\]/],
  'broad-match-is-the-default': ['broad-default', '7478529', /^Broad match/],
  'broad-match-reaches-related-searches': [
    'related',
    '7478529',
    /[Rr]elated( searches|.*without|.*none)/,
  ],
  'phrase-match-meaning': ['includes-meaning', '7478529', /include.*meaning.*implied/],
  'exact-match-same-meaning': ['same-meaning', '7478529', /same.(meaning|intent)/],
  'broad-match-modifier-retired': ['bmm-phrase', '7478529', /phrase match/],
  'smart-bidding-with-broad-match': [
    'smart-bidding',
    '7478529',
    /Smart Bidding|Maximize conversions/,
  ],
  'negatives-ignore-close-variants': ['no-close-variants', '2453972', /[Cc]lose variants/],
  'negative-broad-all-terms': [
    'all-terms-any-order',
    '2453972',
    /(all|every one of) its (terms|words).*(any|whatever the) order/,
  ],
  'negative-levels': [
    'list-or-account',
    '2453972',
    /account-level negative|negative keyword list applied to every campaign/,
  ],
  'identical-exact-keyword-first': ['identical-exact', '2756257', /exact/],
  'identical-search-theme-beats-non-identical-phrase': [
    'identical-theme',
    '2756257',
    /identical search theme|search theme, as it is identical/,
  ],
  'search-beats-pmax-when-identical': ['search-identical', '7478529', /^Search|Search campaign/],
  'own-keywords-dont-compete': ['one-keyword', '2756257', /[Oo]nly one|one keyword/],
  'search-terms-report': ['search-terms', 'search terms report', /[Ss]earch terms/],
  'rsa-max-headlines': ['15', '7684791', /^15( headlines)?$/],
  'rsa-max-descriptions': ['4', '7684791', /^4( descriptions)?$/],
  'rsa-headline-characters': ['30', '7684791', /^30( characters)?$/],
  'rsa-description-characters': ['90', '7684791', /^90( characters)?$/],
  'rsa-minimum-assets': ['3-2', '7684791', /^(3|Three) headlines,? (and )?(2|two) descriptions$/],
  'rsa-shown-at-once': ['shown-3-2', '7684791', /(3|three) headlines and (2|two) descriptions/],
  'rsa-path-field': ['15-path', '7684791', /^15 characters/],
  'rsa-per-ad-group': ['3-rsas', '7684791', /^(Up to 3|3)$/],
  'rsa-pinning': ['pin', '7684791', /[Pp]in it.*(combinations|variety)/],
  'sitelink-limits': ['25-35', '2375416', /25.*35/],
  'callout-limit': [
    'callout-25',
    'About callout assets',
    /25 characters.*no link|25 characters; they don’t link/,
  ],
  'structured-snippet-header': [
    'predefined-header',
    'About structured snippet assets',
    /(predefined|Google’s list).*3/,
  ],
  'assets-not-guaranteed': ['not-guaranteed', '2375416', /Ad Rank/],
  'sitelink-not-callout-for-links': ['sitelink', '2375416', /^Sitelink/],
  'budget-at-campaign-level': ['campaign-budget', '6385083', /campaign/i],
  'keywords-in-ad-groups': ['ad-group', 'About ad groups', /^(An ad group|Ad groups)/],
  'pmax-asset-groups-no-keywords': [
    'asset-groups',
    'About Performance Max campaigns',
    /^Asset groups/,
  ],
  'location-presence-option': ['presence', 'advanced location options', /^Presence(:|$)/],
  'ad-schedule-account-time-zone': ['account-tz', 'ad scheduling', /account’s (time )?zone/],
  'target-cpa-goal': ['tcpa', '6268632', /[Tt]arget CPA/],
  'target-roas-goal': ['troas', 'About Target ROAS bidding', /[Tt]arget ROAS/],
  'maximize-conversions-goal': [
    'maxconv',
    'About Maximize conversions bidding',
    /^Maximize conversions/,
  ],
  'maximize-clicks-goal': ['maxclicks', 'bid strategy', /^Maximize clicks/],
  'manual-cpc-control': ['manual', 'bid strategy', /^Manual CPC/],
  'target-impression-share-goal': ['tis', 'bid strategy', /^Target impression share/],
  'target-cpa-is-an-average': ['average', '6268632', /average/],
  'target-roas-needs-values': ['values', 'About Target ROAS bidding', /[Vv]alues/],
  'higher-troas-less-volume': [
    'less-volume',
    'About Target ROAS bidding',
    /volume (may )?(drop|fall)/,
  ],
  'smart-bidding-ignores-adjustments': ['device-minus-100', '7065882', /-100%/],
  'ad-group-device-adjustment-overrides': ['ad-group-level', 'editor', /ad group’s −10%/],
  'portfolio-bid-strategy': ['portfolio', 'bid strategy', /portfolio/i],
  'impression-share-definition': ['eligible', '2497703', /eligible/],
  'lost-is-budget-fix': ['budget', '2497703', /budget/i],
  'overdelivery-up-to-double': ['double-day', '6385083', /(2×|double).*30\.4×/],
  'attribution-models-available': [
    'dda-last-click',
    '13427716',
    /^(Data-driven or last click|Last click or data-driven)$/,
  ],
  'data-driven-default': ['dda-default', '6259715', /^Data-driven/],
  'removed-model-switched': ['switched-dda', '13427716', /^Data-driven/],
  'conversion-window-change-forward': ['forward', '3123169', /from now on|only future/],
  'count-one-for-leads': ['one', 'conversion counting', /^One/],
  'primary-secondary': ['primary', 'primary and secondary', /[Ss]econdary/],
  'auto-tagging-gclid': ['gclid', '3095550', /GCLID|gclid/],
  'quality-score-components': [
    'three-components',
    'About Quality Score',
    /(?=.*[Ee]xpected (CTR|clickthrough rate))(?=.*ad relevance)(?=.*[Ll]anding page experience)/,
  ],
  'quality-score-scale': ['1-10', 'About Quality Score', /1(–| to )10.*keyword/],
  'quality-score-diagnostic': ['diagnostic', 'About Quality Score', /diagnos/],
  'quality-score-no-data': ['null', 'About Quality Score', /enough (data|impressions)/],
  'landing-page-component': ['landing', 'About Quality Score', /page/],
  'ad-relevance-component': ['ad-relevance', 'About Quality Score', /theme/],
  'ad-rank-factors': ['ad-rank', 'Ad Rank', /(?=.*[Bb]id)(?=.*quality)(?=.*threshold)/],
}

/** Figures as the items print them, by an Intl formatter of this test's own. */
const fixed = (v: number, dp: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp }).format(v)
type Fmt = 'pct0' | 'pct1' | 'pct2' | 'money' | 'int'
const format = (f: Fmt, v: number, i: In): string => {
  if (f === 'money') return `${v < 0 ? '-' : ''}${i.sym}${fixed(Math.abs(v), 2)}`
  if (f === 'int') return fixed(v, 0)
  return `${fixed(v * 100, Number(f.slice(3)))}%`
}

/** The days in an average month that the budget page multiplies by: 365 ÷ 12, as it prints it. */
const MONTH = 30.4
type Fn = (i: In) => number
/** Each computed family's key and named slips, worked again from the drawn figures. */
const CALC: Record<string, { fmt: Fmt; key: Fn; slips: Record<string, Fn> }> = {
  ctr: {
    fmt: 'pct2',
    key: (i) => n(i, 'clicks') / n(i, 'impr'),
    slips: {
      'conv-rate': (i) => n(i, 'conv') / n(i, 'clicks'),
      'conv-per-impr': (i) => n(i, 'conv') / n(i, 'impr'),
      eligible: (i) => n(i, 'clicks') / (n(i, 'impr') / n(i, 'is')),
      'non-clicked': (i) => n(i, 'clicks') / (n(i, 'impr') - n(i, 'clicks')),
    },
  },
  'average-cpc': {
    fmt: 'money',
    key: (i) => n(i, 'cost') / n(i, 'clicks'),
    slips: {
      cpa: (i) => n(i, 'cost') / n(i, 'conv'),
      'max-bid': (i) => n(i, 'max'),
      'per-impr': (i) => n(i, 'cost') / n(i, 'impr'),
    },
  },
  'conversion-rate': {
    fmt: 'pct2',
    key: (i) => n(i, 'conv') / n(i, 'clicks'),
    slips: {
      'per-impr': (i) => n(i, 'conv') / n(i, 'impr'),
      ctr: (i) => n(i, 'clicks') / n(i, 'impr'),
      'all-conv': (i) => n(i, 'all') / n(i, 'clicks'),
      inverted: (i) => n(i, 'clicks') / n(i, 'conv'),
    },
  },
  'cost-per-conversion': {
    fmt: 'money',
    key: (i) => n(i, 'cost') / n(i, 'conv'),
    slips: {
      'per-click': (i) => n(i, 'cost') / n(i, 'clicks'),
      'all-conv': (i) => n(i, 'cost') / n(i, 'all'),
      'value-per-conv': (i) => n(i, 'value') / n(i, 'conv'),
      'over-value': (i) => n(i, 'cost') / n(i, 'value'),
      'by-rate': (i) => (n(i, 'cost') * n(i, 'clicks')) / n(i, 'conv'),
      'profit-per-conv': (i) => n(i, 'value') / n(i, 'conv') - n(i, 'cost') / n(i, 'conv'),
    },
  },
  roas: {
    fmt: 'pct0',
    key: (i) => n(i, 'value') / n(i, 'cost'),
    slips: {
      inverted: (i) => n(i, 'cost') / n(i, 'value'),
      profit: (i) => n(i, 'value') / n(i, 'cost') - 1,
      'all-value': (i) => n(i, 'all') / n(i, 'cost'),
      'all-profit': (i) => n(i, 'all') / n(i, 'cost') - 1,
    },
  },
  cpm: {
    fmt: 'money',
    key: (i) => n(i, 'cost') / (n(i, 'impr') / 1000),
    slips: {
      'per-impr': (i) => n(i, 'cost') / n(i, 'impr'),
      'per-hundred': (i) => n(i, 'cost') / (n(i, 'impr') / 100),
      'cpc-thousand': (i) => n(i, 'cost') / (n(i, 'clicks') / 1000),
      cpc: (i) => n(i, 'cost') / n(i, 'clicks'),
      'cpc-hundred': (i) => (n(i, 'cost') * 100) / n(i, 'clicks'),
      'per-ten-thousand': (i) => n(i, 'cost') / (n(i, 'impr') / 10000),
    },
  },
  'weighted-ctr': {
    fmt: 'pct2',
    key: (i) => (n(i, 'c1') + n(i, 'c2')) / (n(i, 'i1') + n(i, 'i2')),
    slips: {
      mean: (i) => (n(i, 'c1') / n(i, 'i1') + n(i, 'c2') / n(i, 'i2')) / 2,
      sum: (i) => n(i, 'c1') / n(i, 'i1') + n(i, 'c2') / n(i, 'i2'),
      high: (i) => n(i, 'c1') / n(i, 'i1'),
      low: (i) => n(i, 'c2') / n(i, 'i2'),
    },
  },
  'blended-cpa': {
    fmt: 'money',
    key: (i) => (n(i, 'cost1') + n(i, 'cost2')) / (n(i, 'v1') + n(i, 'v2')),
    slips: {
      mean: (i) => (n(i, 'cost1') / n(i, 'v1') + n(i, 'cost2') / n(i, 'v2')) / 2,
      sum: (i) => n(i, 'cost1') / n(i, 'v1') + n(i, 'cost2') / n(i, 'v2'),
      low: (i) => n(i, 'cost1') / n(i, 'v1'),
      high: (i) => n(i, 'cost2') / n(i, 'v2'),
      'generic-only': (i) => (n(i, 'cost1') + n(i, 'cost2')) / n(i, 'v2'),
    },
  },
  'clicks-for-conversions': {
    fmt: 'int',
    key: (i) => n(i, 'goal') / n(i, 'cr'),
    slips: {
      times: (i) => n(i, 'goal') * n(i, 'cr'),
      ctr: (i) => n(i, 'goal') / n(i, 'ctr'),
      impressions: (i) => n(i, 'goal') / (n(i, 'cr') * n(i, 'ctr')),
      same: (i) => n(i, 'goal'),
      'non-converting': (i) => n(i, 'goal') / n(i, 'cr') - n(i, 'goal'),
      'plus-goal': (i) => n(i, 'goal') * (1 + 1 / n(i, 'cr')),
    },
  },
  'impression-share-from-lost': {
    fmt: 'pct0',
    key: (i) => 1 - (n(i, 'lb') + n(i, 'lr')),
    slips: {
      'only-budget': (i) => 1 - n(i, 'lb'),
      'only-rank': (i) => 1 - n(i, 'lr'),
      top: (i) => n(i, 'top'),
      'lost-sum': (i) => n(i, 'lb') + n(i, 'lr'),
      rank: (i) => n(i, 'lr'),
      budget: (i) => n(i, 'lb'),
      chained: (i) => 1 - n(i, 'lb') - n(i, 'lr') + n(i, 'lb') * n(i, 'lr'),
    },
  },
  'eligible-impressions': {
    fmt: 'int',
    key: (i) => n(i, 'impr') / n(i, 'is'),
    slips: {
      times: (i) => n(i, 'impr') * n(i, 'is'),
      won: (i) => n(i, 'impr'),
      'lost-share': (i) => n(i, 'impr') / (1 - n(i, 'is')),
      missed: (i) => n(i, 'impr') / n(i, 'is') - n(i, 'impr'),
      'won-plus-eligible': (i) => n(i, 'impr') * (1 + 1 / n(i, 'is')),
      squared: (i) => n(i, 'impr') / n(i, 'is') ** 2,
      'lost-times': (i) => n(i, 'impr') - n(i, 'impr') * n(i, 'is'),
      'plus-lost': (i) => n(i, 'impr') + n(i, 'impr') * (1 - n(i, 'is')),
    },
  },
  'missed-to-budget': {
    fmt: 'int',
    key: (i) => (n(i, 'impr') * n(i, 'lb')) / n(i, 'is'),
    slips: {
      'of-won': (i) => n(i, 'impr') * n(i, 'lb'),
      'all-missed': (i) => (n(i, 'impr') * (1 - n(i, 'is'))) / n(i, 'is'),
      rank: (i) => (n(i, 'impr') * n(i, 'lr')) / n(i, 'is'),
    },
  },
  'absolute-top-rate': {
    fmt: 'pct1',
    key: (i) => n(i, 'abs') / n(i, 'impr'),
    slips: {
      top: (i) => n(i, 'top') / n(i, 'impr'),
      'of-top': (i) => n(i, 'abs') / n(i, 'top'),
      'below-first': (i) => (n(i, 'top') - n(i, 'abs')) / n(i, 'impr'),
      eligible: (i) => (n(i, 'abs') * n(i, 'is')) / n(i, 'impr'),
    },
  },
  'daily-spend-limit': {
    fmt: 'money',
    key: (i) => n(i, 'b') + n(i, 'b'),
    slips: {
      cap: (i) => n(i, 'b'),
      twenty: (i) => n(i, 'b') * 1.2,
      meta: (i) => n(i, 'b') + n(i, 'b') * 0.75,
      month: (i) => n(i, 'b') * MONTH,
      'double-month': (i) => n(i, 'b') * MONTH * 2,
      week: (i) => n(i, 'b') * 7,
      'on-top': (i) => n(i, 'b') + n(i, 'b') * 2,
    },
  },
  'monthly-charge-limit': {
    fmt: 'money',
    key: (i) => n(i, 'b') * MONTH,
    slips: {
      days: (i) => n(i, 'b') * n(i, 'days'),
      thirty: (i) => n(i, 'b') * 30,
      'thirty-one': (i) => n(i, 'b') * 31,
      double: (i) => n(i, 'b') * MONTH * 2,
    },
  },
  'daily-budget-from-monthly': {
    fmt: 'money',
    key: (i) => n(i, 'm') / MONTH,
    slips: {
      days: (i) => n(i, 'm') / n(i, 'days'),
      thirty: (i) => n(i, 'm') / 30,
      'thirty-one': (i) => n(i, 'm') / 31,
      halved: (i) => n(i, 'm') / (2 * MONTH),
    },
  },
  'charged-over-monthly-limit': {
    fmt: 'money',
    key: (i) => Math.min(n(i, 'accrued'), n(i, 'b') * MONTH),
    slips: {
      accrued: (i) => n(i, 'accrued'),
      thirty: (i) => n(i, 'b') * 30,
      double: (i) => n(i, 'b') * MONTH * 2,
      'thirty-one': (i) => n(i, 'b') * 31,
    },
  },
  'remaining-this-month': {
    fmt: 'money',
    key: (i) => {
      const month = n(i, 'b') * MONTH - n(i, 'spent')
      const days = n(i, 'b') * 2 * n(i, 'left')
      return Math.min(month, days)
    },
    slips: {
      days: (i) => n(i, 'b') * n(i, 'left'),
      'ignores-spent': (i) => n(i, 'b') * MONTH,
      'double-days': (i) => n(i, 'b') * 2 * n(i, 'left'),
      thirty: (i) => n(i, 'b') * 30 - n(i, 'spent'),
    },
  },
  'bid-adjustments-multiply': {
    fmt: 'money',
    key: (i) => n(i, 'bid') * (1 + n(i, 'up')) * (1 - n(i, 'down')),
    slips: {
      added: (i) => n(i, 'bid') * (1 + n(i, 'up') - n(i, 'down')),
      'only-up': (i) => n(i, 'bid') * (1 + n(i, 'up')),
      'only-down': (i) => n(i, 'bid') * (1 - n(i, 'down')),
      unchanged: (i) => n(i, 'bid'),
      'by-pct': (i) => n(i, 'bid') * n(i, 'down') * (1 + n(i, 'up')),
      sign: (i) => n(i, 'bid') * (1 + n(i, 'down')) * (1 + n(i, 'up')),
    },
  },
  'monthly-conversions-at-target-cpa': {
    fmt: 'int',
    key: (i) => (n(i, 'b') * MONTH) / n(i, 't'),
    slips: {
      day: (i) => n(i, 'b') / n(i, 't'),
      thirty: (i) => (n(i, 'b') * 30) / n(i, 't'),
      double: (i) => (n(i, 'b') * 2 * MONTH) / n(i, 't'),
      'thirty-one': (i) => (n(i, 'b') * 31) / n(i, 't'),
    },
  },
  'cpa-implied-by-target-roas': {
    fmt: 'money',
    key: (i) => n(i, 'v') / n(i, 'r'),
    slips: {
      times: (i) => n(i, 'v') * n(i, 'r'),
      value: (i) => n(i, 'v'),
      roi: (i) => n(i, 'v') / (n(i, 'r') + 1),
      minus: (i) => n(i, 'v') * (1 - 1 / n(i, 'r')),
      percent: (i) => n(i, 'v') / (n(i, 'r') * 100),
    },
  },
  'conversions-counted': {
    fmt: 'int',
    key: (i) => (n(i, 'one') === 1 ? n(i, 'k') : n(i, 's')),
    slips: {
      other: (i) => (n(i, 'one') === 1 ? n(i, 's') : n(i, 'k')),
      clicks: (i) => n(i, 'c'),
      repeats: (i) => n(i, 's') - n(i, 'k'),
      'non-converting': (i) => n(i, 'c') - n(i, 'k'),
    },
  },
}

/** Negative keyword matching by regular expressions over the search, per the negatives page. */
const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
function blocked(type: string, words: readonly string[], search: string): boolean {
  const q = ` ${search.trim()} `
  if (type === 'exact') return search.trim() === words.join(' ')
  if (type === 'phrase') return new RegExp(` ${words.map(esc).join(' ')} `).test(q)
  return words.every((w) => new RegExp(` ${esc(w)} `).test(q))
}

const graphemes = (s: string) =>
  [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length
const CUT_LIMITS: Record<string, number> = {
  'rsa-headline-cut-to-30': 30,
  'sitelink-text-cut-to-25': 25,
}
const SLIP_LIMITS: Record<string, number> = {
  'sitelink-25': 25,
  'path-15': 15,
  'desc-35': 35,
  'guess-40': 40,
  'headline-30': 30,
  'callout-20': 20,
}
const titleCase = (s: string) =>
  s
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ')
const inserted = (tag: string, kw: string): string =>
  tag === 'KeyWord'
    ? titleCase(kw)
    : tag === 'Keyword'
      ? kw.charAt(0).toUpperCase() + kw.slice(1)
      : kw
const monthName = (m: number) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, m, 15)),
  )

/** The longest run of leading whole words within `room` characters. */
function leadingWords(text: string, room: number): string {
  const words = text.split(' ')
  let n = words.length
  while (n > 1 && graphemes(words.slice(0, n).join(' ')) > room) n--
  return words.slice(0, n).join(' ')
}

/** The answer each shown text should be, by its slip, worked out by this test; null: no rule. */
function textAnswer(family: string, kind: string, i: Record<string, unknown>, slip: string) {
  if (kind === 'cut') {
    const chars = graphemes(i.draft as string)
    expect(i.limit, family).toBe(CUT_LIMITS[family])
    const right = CUT_LIMITS[family]!
    const draft = i.draft as string
    if (slip === 'no-spaces') return fixed(graphemes(draft.split(' ').join('')) - right, 0)
    if (slip === 'bytes') return fixed(chars + 2 * (draft.split('–').length - 1) - right, 0)
    const limit = slip === 'key' ? right : SLIP_LIMITS[slip]!
    return fixed(chars - limit, 0)
  }
  if (kind === 'dki') {
    const kw = i.kw as string
    const best = (s: string) => `Best ${s}`
    const fits = graphemes(best(inserted(i.tag as string, kw))) <= 30
    const slips: Record<string, string> = {
      key: fits ? best(inserted(i.tag as string, kw)) : best(i.def as string),
      lower: best(kw),
      sentence: best(inserted('Keyword', kw)),
      title: best(titleCase(kw)),
      default: best(i.def as string),
      upper: best(kw.toUpperCase()),
      cut: best(titleCase(kw)).slice(0, 30),
      blank: 'Best',
      code: `Best {KeyWord:${i.def as string}}`,
      words: best(leadingWords(titleCase(kw), 30 - graphemes('Best '))),
    }
    return slips[slip] ?? null
  }
  if (kind === 'clickdate') {
    const m = i.m as number
    const click = Date.UTC(2026, m, i.clickDay as number)
    const conv = Date.UTC(2026, m + (i.lag as number), i.convDay as number)
    const days = (conv - click) / 86_400_000
    expect(days > 0 && days <= 30, family).toBe(true)
    const slips: Record<string, string> = {
      key: monthName(m),
      'conversion-month': monthName(m + (i.lag as number)),
      next: monthName(m + (i.lag as number) + 1),
      before: monthName(m - 1),
    }
    return slips[slip] ?? null
  }
  if (kind === 'count') {
    const shown = i.shown as string[]
    const neg = i.negative as string[]
    const variantWord = (i.variant as string).split(' ')[1]!
    const count = (type: string, variants = false) =>
      shown.filter(
        (q) => blocked(type, neg, q) || (variants && blocked(type, [neg[0]!, variantWord], q)),
      ).length
    const slips: Record<string, number> = {
      key: count(i.type as string),
      'close-variants': count(i.type as string, true),
      'as-exact': count('exact'),
      'as-broad': count('broad'),
      'as-phrase': count('phrase'),
      all: shown.length,
    }
    return slip in slips ? fixed(slips[slip]!, 0) : null
  }
  return null
}

describeEngineIndependent('Google Ads keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026)

  it('draw every family into a well-formed option set', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => distinctWrongs(s).length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    const lasts = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: distinctWrongs(d.s).slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
  })

  it('file every rule family under the cited rule table’s answer and page, each true wording fitting it', () => {
    const ruleDraws = drawn.filter((d) => (d.s as GadsScenario).facts.kind === 'rule')
    expect(new Set(ruleDraws.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const { family, s } of ruleDraws) {
      const f = (s as GadsScenario).facts
      const [answer, page, marker] = RULES[family]!
      expect(f.answer, family).toBe(answer)
      expect(f.source as string, family).toContain('support.google.com/google-ads')
      expect(f.source as string, family).toContain(page)
      for (const k of f.keys as string[]) expect(k, family).toMatch(marker)
      expect(f.keys as string[], family).toContain(s.key)
      for (const [t] of distinctWrongs(s)) expect(f.keys as string[], family).not.toContain(t)
    }
  })

  it('recompute every figure family’s key and each distractor by its named slip', () => {
    const problems = new Set<string>()
    let checked = 0
    const calcDraws = drawn.filter((d) => (d.s as GadsScenario).facts.kind === 'calc')
    expect(new Set(calcDraws.map((d) => d.family))).toEqual(new Set(Object.keys(CALC)))
    for (const { family, s } of calcDraws) {
      const f = (s as GadsScenario).facts as unknown as { in: In; slips: Record<string, string> }
      const spec = CALC[family]!
      expect(f.slips[s.key], family).toBe('key')
      for (const [text, slip] of Object.entries(f.slips)) {
        const fn = slip === 'key' ? spec.key : spec.slips[slip]
        if (fn === undefined) {
          problems.add(`${family}: no worked slip ${slip}`)
          continue
        }
        // A figure on a half cent or half a unit rounds either way in binary floating point.
        const v = fn(f.in)
        const want = format(spec.fmt, v, f.in)
        const near = [v * (1 - 1e-12), v * (1 + 1e-12)].map((x) => format(spec.fmt, x, f.in))
        if (want !== text && !near.includes(text))
          problems.add(`${family}: ${slip} shows ${text}, works out ${want}`)
        else checked++
      }
    }
    expect([...problems]).toEqual([])
    expect(checked).toBeGreaterThan(500)
  })

  it('work out the text families (character cuts, keyword insertion, report dates, negative counts) again', () => {
    const problems = new Set<string>()
    for (const { family, s } of drawn) {
      const f = (s as GadsScenario).facts as unknown as {
        kind: string
        in: Record<string, unknown>
        slips: Record<string, string>
      }
      if (!['cut', 'dki', 'clickdate'].includes(f.kind)) continue
      expect(f.slips[s.key], family).toBe('key')
      for (const [text, slip] of Object.entries(f.slips)) {
        const want = textAnswer(family, f.kind, f.in, slip)
        if (want === null) problems.add(`${family}: no worked slip ${slip}`)
        else if (want !== text) problems.add(`${family}: ${slip} shows ${text}, works out ${want}`)
      }
    }
    expect([...problems]).toEqual([])
  })

  it('match each negative keyword family’s searches with this test’s own matcher', () => {
    let checked = 0
    for (const { family, s } of drawn) {
      const f = (s as GadsScenario).facts
      if (f.kind !== 'match') continue
      const words = f.negative as string[]
      const want = f.want === 'blocked'
      expect(blocked(f.type as string, words, s.key), `${family}: key ${s.key}`).toBe(want)
      for (const [t] of distinctWrongs(s)) {
        expect(blocked(f.type as string, words, t), `${family}: ${t}`).toBe(!want)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(300)
  })

  it('leave no family outside the rule table, the recomputed figures, the worked texts or the matcher', () => {
    const kinds = new Set(drawn.map((d) => (d.s as GadsScenario).facts.kind))
    expect([...kinds].sort()).toEqual(['calc', 'clickdate', 'cut', 'dki', 'match', 'rule'])
  })
})
