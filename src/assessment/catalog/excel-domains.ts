import type { ModelDomain } from './model-domains.js'

/** The Microsoft Excel test's domains, each served by one scenario model of its own families. */
export const EXCEL_DOMAINS = {
  xlLookups: {
    id: 'xl-lookups',
    title: 'Lookups: XLOOKUP, INDEX/MATCH and VLOOKUP pitfalls',
    itemModelIds: ['xl-lookups'],
    outcome:
      'Write and repair lookups that return the right row: XLOOKUP with its not-found, match and search modes, two-way INDEX/MATCH, and VLOOKUP where text ids, stray spaces, duplicates or inserted columns break it',
  },
  xlConditional: {
    id: 'xl-conditional',
    title: 'Conditional aggregation',
    itemModelIds: ['xl-conditional'],
    outcome:
      'Total, count, average and find extremes under several criteria with SUMIFS, COUNTIFS, AVERAGEIFS and MAXIFS, date windows and wildcards, weighted averages, and totals of filtered or hidden rows',
  },
  xlTextDates: {
    id: 'xl-text-dates',
    title: 'Text and date functions',
    itemModelIds: ['xl-text-dates'],
    outcome:
      'Clean and split text, build and shift dates, count working days and show dates inside text with the text and date functions',
  },
  xlFormats: {
    id: 'xl-formats',
    title: 'Number formats, conditional formatting and validation',
    itemModelIds: ['xl-formats'],
    outcome:
      'Read and write custom number formats, order conditional formatting rules and write their formulas, and set data validation knowing what it does not catch',
  },
  xlTables: {
    id: 'xl-tables',
    title: 'Tables, sorting, pivots, sharing and protection',
    itemModelIds: ['xl-tables'],
    outcome:
      'Keep lists as tables, sort and filter them with dialogs and dynamic-array functions, summarise them with PivotTables, and share and protect workbooks as the client asks',
  },
} as const satisfies Record<string, ModelDomain>
