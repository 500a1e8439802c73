import { type CatalogRow, row } from './catalog-row.js'

/** Microsoft Word as a virtual assistant or document specialist produces client documents in it. */
export const MSWORD_ROW: CatalogRow = row(
  'microsoft-word',
  'Microsoft Word',
  'Virtual Assistant',
  3,
  10,
  [
    ['wordStyles', 18],
    ['wordLayout', 18],
    ['wordFields', 22],
    ['wordMerge', 16],
    ['wordReview', 13],
    ['wordReferences', 13],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant or document specialist turns clients’ drafts into ' +
      'finished Word documents (Microsoft 365 on Windows; Mac keystrokes differ and are not ' +
      'asked): letters and templates, proposals, reports, manuals and merged mailings. ' +
      'Fields and their switches, the part of the work clients most often get wrong and ask ' +
      'for help with (dates in templates that change or do not, date-time and numeric ' +
      'pictures on DATE and MERGEFIELD, SECTIONPAGES against NUMPAGES, REF and SEQ, and ' +
      'updating, toggling, locking and unlinking): 22 %. Styles and structure (what text ' +
      'shows through Normal, based-on chains, paragraph, character and linked styles and ' +
      'direct formatting; heading styles feeding the Navigation pane, the table of contents ' +
      'and multilevel numbering; managing styles and the Normal template), on which every ' +
      'long document rests: 18 %. Sections and page layout (section break types, page ' +
      'numbers that restart and change format, Link to Previous, different first pages, ' +
      'landscape pages, margins and pagination): 18 %. Mail merge (Excel data sources, ' +
      'merge types, field mapping, rules, filtering and sorting, number and date formats, ' +
      'labels and email): 16 %. Review and collaboration (tracked changes by reviewer, ' +
      'compare and combine, restricted editing, comments, co-authoring, the Document ' +
      'Inspector): 13 %. Long documents and references (tables of contents and figures, ' +
      'captions and cross-references, footnotes and endnotes, citation styles, index ' +
      'entries, bookmarks): 13 %. Every date, value, page count and setting an item depends ' +
      'on is stated in it. Not tested: typing speed and basic text editing, Word for the web ' +
      'and mobile, VBA macros, content controls and legacy forms, SmartArt and drawing ' +
      'tools, and other word processors (the existing office-software test covers Office ' +
      'basics across applications).',
  },
)
