import type { ModelDomain } from './model-domains.js'

/** The office-software test's domains, each served by one scenario model of its own families. */
export const OFFICE_DOMAINS = {
  officeSheetFormulas: {
    id: 'office-sheet-formulas',
    title: 'Spreadsheet formulas and references',
    itemModelIds: ['office-sheet-formulas'],
    outcome:
      'Write spreadsheet formulas that stay right when filled: absolute and mixed references, lookups, conditional counts and sums, text and rounding functions',
  },
  officeSheetTools: {
    id: 'office-sheet-tools',
    title: 'Spreadsheet data tools',
    itemModelIds: ['office-sheet-tools'],
    outcome:
      'Set up conditional formatting rules, data validation, pivot tables, sorting, freezing and protection so a client sheet works as intended',
  },
  officeDocuments: {
    id: 'office-documents',
    title: 'Word processing',
    itemModelIds: ['office-documents'],
    outcome:
      'Build documents with styles, contents, tracked changes, mail merge, sections and page numbering that keep working as they are edited',
  },
  officePresentations: {
    id: 'office-presentations',
    title: 'Presentations',
    itemModelIds: ['office-presentations'],
    outcome:
      'Build accessible, consistent presentations with masters, layouts, linked or embedded content and the right delivery settings',
  },
} as const satisfies Record<string, ModelDomain>
