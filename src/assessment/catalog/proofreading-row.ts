import { type CatalogRow, row } from './catalog-row.js'

/** Proofreading as a freelancer does it for publishers, agencies and businesses. */
export const PROOFREADING_ROW: CatalogRow = row(
  'proofreading',
  'Proofreading: spelling, house style, typography and proof marks',
  'Writing & Translation',
  4,
  15,
  [
    ['proofSpelling', 25],
    ['proofHouseStyle', 25],
    ['proofTypography', 20],
    ['proofMarks', 15],
    ['proofLayout', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance proofreader is hired by publishers, agencies and businesses for the last ' +
      'check of typeset pages before they print or go live, after copy-editing is done. The ' +
      'brief comes with a style sheet or spec and often with the copy the pages were set from. ' +
      'Most marks are spelling: misspelled words a spell-checker let through or the author ' +
      'typed, and the wrong variety for the house style (American or British, -ise or -ize): ' +
      '25 %. Consistency with the stated style sheet (numbers in words or figures, dates, ' +
      'percentages, serial commas, quotation marks, abbreviations, word-list forms, job titles, ' +
      'times): 25 %. Typographic conventions of the spec, where keyboard forms and smart-quote ' +
      'software leave the wrong glyph (hyphens for en and em dashes, straight quotes, ' +
      'apostrophes set as opening quotes, ellipses, primes, the multiplication sign): 20 %. ' +
      'Marking the proof in BS 5261 or Chicago marks, reading it against copy and telling a ' +
      'typesetter’s error from an author’s alteration: 15 %. Errors made in page make-up ' +
      '(doubled words at line breaks, widows and orphans, bad word breaks, running heads, ' +
      'cross-references and contents pages that no longer match the pages): 15 %. Grammar and ' +
      'usage (the English grammar test), rewriting for clarity (copy-editing), fact-checking and ' +
      'the menus of any one PDF or layout program are not tested.',
  },
)
