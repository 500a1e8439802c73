import type { ModelDomain } from './model-domains.js'

/** The internationalisation test's domains, each served by one scenario model of its own families. */
export const I18N_DOMAINS = {
  i18nNumbers: {
    id: 'i18n-numbers',
    title: 'Locale-aware number and currency formatting',
    itemModelIds: ['i18n-numbers'],
    outcome:
      'Predict what Intl.NumberFormat writes for a named locale and options, and handle currency minor units and localised input',
  },
  i18nPlurals: {
    id: 'i18n-plurals',
    title: 'Plural rules and message formatting',
    itemModelIds: ['i18n-plurals'],
    outcome:
      'Apply CLDR plural categories by language and predict ICU MessageFormat output, including exact matches, offsets and missing branches',
  },
  i18nText: {
    id: 'i18n-text',
    title: 'Unicode text handling',
    itemModelIds: ['i18n-text'],
    outcome:
      'Count code units, code points, graphemes and bytes, normalise, map case by locale and sort by collation',
  },
  i18nTime: {
    id: 'i18n-time',
    title: 'Time zones, calendars and date display',
    itemModelIds: ['i18n-time'],
    outcome:
      'Convert between UTC and IANA zones across daylight-saving changes and predict week numbers and locale date and time output',
  },
  i18nLocales: {
    id: 'i18n-locales',
    title: 'Locale tags, fallback and the localisation workflow',
    itemModelIds: ['i18n-locales'],
    outcome:
      'Canonicalise and negotiate BCP 47 tags, resolve resource fallback and size files, expansion and pseudo-localisation',
  },
} as const satisfies Record<string, ModelDomain>
