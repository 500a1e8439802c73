import type { ModelDomain } from './model-domains.js'

/** The Google Sheets test's domains, each served by one scenario model of its own families. */
export const GOOGLE_SHEETS_DOMAINS = {
  gsArrays: {
    id: 'gs-arrays',
    title: 'Sheets array, QUERY and REGEX functions',
    itemModelIds: ['gs-arrays'],
    outcome:
      'List, sort and de-duplicate data with FILTER, SORT and UNIQUE, summarise it with QUERY and its query language, fill columns with ARRAYFORMULA, and split and match text with SPLIT and the REGEX functions',
  },
  gsLookups: {
    id: 'gs-lookups',
    title: 'Lookups, conditional totals, references and imported data',
    itemModelIds: ['gs-lookups'],
    outcome:
      'Look values up with VLOOKUP and XLOOKUP, total and count with SUMIFS and COUNTIFS, write references across tabs and open-ended ranges, and pull data with IMPORTRANGE, GOOGLEFINANCE and GOOGLETRANSLATE',
  },
  gsClean: {
    id: 'gs-clean',
    title: 'Cleaning data, dates and locales',
    itemModelIds: ['gs-clean'],
    outcome:
      'Clean imported data (trimming, splitting, removing duplicates), compute with dates, and set the locale and time zone that decide how dates and numbers are read',
  },
  gsRules: {
    id: 'gs-rules',
    title: 'Data validation and conditional formatting',
    itemModelIds: ['gs-rules'],
    outcome:
      'Set dropdowns, checkboxes and validation rules that reject bad entries, and write conditional formatting custom formulas that colour the right cells',
  },
  gsShare: {
    id: 'gs-share',
    title: 'Sharing, protection, version history and pivot tables',
    itemModelIds: ['gs-share'],
    outcome:
      'Share files with the right roles and access, protect sheets and ranges, recover work from version history, and summarise data in pivot tables',
  },
} as const satisfies Record<string, ModelDomain>
