import { type CatalogRow, row } from './catalog-row.js'

/** Copy editing as a freelance copy-editor practises it on a publisher's or client's manuscript. */
export const COPYEDIT_ROW: CatalogRow = row(
  'copy-editing',
  'Copy editing',
  'Writing & Translation',
  5,
  20,
  [
    ['copyeditStyle', 20],
    ['copyeditChecks', 18],
    ['copyeditNumbering', 16],
    ['copyeditCitations', 14],
    ['copyeditQueries', 16],
    ['copyeditLanguage', 16],
  ],
  {
    jobTaskAnalysis:
      'A freelance copy-editor takes a manuscript from a publisher, journal, charity or author ' +
      'before it is typeset, and makes it consistent, correct and clear without changing what ' +
      'the author says: applies the client’s house style sheet line by line, checks facts and ' +
      'figures that can be checked, keeps numbering and cross-references straight, matches ' +
      'citations to the reference list, queries the author where the brief says to, and marks ' +
      'every change in tracked changes. Applying the style sheet (numbers as words or figures ' +
      'by its threshold and exceptions, the serial comma, headline capitalisation, ' +
      'abbreviations at first mention, compound modifiers), the bulk of every job: 20 %. ' +
      'Consistency and fact checks (a date and its weekday by the calendar, spans across ' +
      'months and eras, totals, means, percentages and changes against their tables, rounded ' +
      'shares, conversions, ranks, name spellings): 18 %, since a wrong figure is the error ' +
      'most often missed. Numbering and cross-references (figures, tables, notes, steps, ' +
      'appendices and decimal sections after cuts, insertions, merges and moves; heading ' +
      'levels; page and year ranges; prelims folios; index order): 16 %. Author–date ' +
      'citations against the reference list: 14 %. Querying versus fixing by the editorial ' +
      'brief (slips, suspected errors, quotations, defamation and permissions, the author’s ' +
      'preferences): 16 %. Plain and bias-free language by a stated guide, recasting wordy, ' +
      'passive and dangling sentences, and tracked changes: 16 %. Every rule an item relies on ' +
      '(the sheet’s number threshold, the capitalisation rule, the citation forms, the brief, ' +
      'the guide’s word list, the elision and renumbering rules, the tracked-change notation) ' +
      'is stated in its stem; no item asks which of two style guides says what. Not tested: ' +
      'proofreading marks and typeset pages (the proofreading test), grammar and usage in ' +
      'themselves (the English spelling and usage test), developmental editing of structure ' +
      'and argument, indexing beyond alphabetical order, and any one word processor’s menus.',
  },
)
