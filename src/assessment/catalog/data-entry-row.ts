import { type CatalogRow, row } from './catalog-row.js'

/** Data entry and cleaning as a freelance virtual assistant does it for small businesses. */
export const DATA_ENTRY_ROW: CatalogRow = row(
  'data-entry',
  'Data entry and data cleaning',
  'Virtual Assistant',
  3,
  20,
  [
    ['deFormats', 25],
    ['deValidation', 20],
    ['deMatching', 20],
    ['deReconcile', 15],
    ['deHygiene', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant is hired by small businesses to key in, clean, standardise ' +
      'and check their records: CRM contacts, product catalogues, invoices and supplier details, ' +
      'survey returns. Most of the work is putting values into the one format the client’s system ' +
      'or style sheet states: dates read by the locale they came from and written as ISO 8601 or ' +
      'the stated form, phone numbers in E.164, names, postcodes, amounts with decimal commas or ' +
      'points, country and currency codes: 25 %. Barcodes, ISBNs, card test numbers and IBANs ' +
      'carry check digits, and a keyer who computes and trusts them catches slips before a payment ' +
      'or listing fails; email addresses are judged by a standard syntax check: 20 %. Cleaning a ' +
      'client list is mostly finding duplicates by the client’s matching rule after normalising ' +
      'values, and merging them by the stated survivor rule: 20 %. Keyed batches are proved ' +
      'against control totals, counts and hash totals, and the difference points to the slip ' +
      '(a transposition, a slid decimal, a reversed sign); accuracy and speed are measured as ' +
      'clients contract them: 15 %. Spreadsheets and CSV files break in known ways: spaces, ' +
      'numbers stored as text, lost leading zeros and digits, quoting and delimiters, serial ' +
      'dates and mis-decoded UTF-8: 20 %. Typing speed itself, any one CRM’s menus, data ' +
      'protection law and database design are not tested; every rule a key depends on (a ' +
      'matching rule, a merge rule, a style sheet, the source locale) is stated in the stem. ' +
      'An entry-level test of five narrow domains: a 20-item form gives each three to five items.',
    scoredItems: 20,
  },
)
