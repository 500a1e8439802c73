import type { ModelDomain } from './model-domains.js'

/** The data-entry test's domains, each served by one scenario model of its own families. */
export const DATA_ENTRY_DOMAINS = {
  deFormats: {
    id: 'dataentry-formats',
    title: 'Formats and standardisation',
    itemModelIds: ['dataentry-formats'],
    outcome:
      'Convert dates, times, phone numbers, names, postcodes, numbers and codes into the format a client’s system or style sheet states, reading ambiguous source values by their stated locale',
  },
  deValidation: {
    id: 'dataentry-validation',
    title: 'Validation and check digits',
    itemModelIds: ['dataentry-validation'],
    outcome:
      'Compute and check EAN, UPC, ISBN, Luhn and IBAN check digits, know which keying slips each catches, and judge email addresses by a standard syntax check',
  },
  deMatching: {
    id: 'dataentry-matching',
    title: 'De-duplication and matching',
    itemModelIds: ['dataentry-matching'],
    outcome:
      'Find duplicates by a client’s stated matching rule after normalising values, count distinct records, and apply the stated merge and survivor rules',
  },
  deReconcile: {
    id: 'dataentry-reconcile',
    title: 'Keying accuracy and reconciliation',
    itemModelIds: ['dataentry-reconcile'],
    outcome:
      'Reconcile keyed batches against control totals, counts and hash totals, trace transpositions, slides and sign errors from the difference, and measure keying accuracy and speed',
  },
  deHygiene: {
    id: 'dataentry-hygiene',
    title: 'Spreadsheet and file hygiene',
    itemModelIds: ['dataentry-hygiene'],
    outcome:
      'Repair spaces, text numbers, lost leading zeros and digits, split and joined columns, CSV quoting and delimiters, serial dates and mis-decoded text',
  },
} as const satisfies Record<string, ModelDomain>
