import { type CatalogRow, row } from './catalog-row.js'

/** Office software as a virtual assistant uses it for clients: sheets, documents, decks. */
export const OFFICE_SOFTWARE_ROW: CatalogRow = row(
  'office-software',
  'Office software: spreadsheets, documents and presentations',
  'Virtual Assistant',
  3,
  20,
  [
    ['officeSheetFormulas', 30],
    ['officeSheetTools', 20],
    ['officeDocuments', 30],
    ['officePresentations', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant or office-software assistant builds and tidies the files a ' +
      "small business runs on, in the client's suite (Microsoft 365 or Google Workspace). Client " +
      'requests fall into four tasks: writing spreadsheet formulas that stay right when filled ' +
      'or copied (absolute and mixed references, lookups, conditional sums and counts, text and ' +
      'rounding): 30 %; setting up the sheet around them (conditional formatting rules, data ' +
      'validation, pivot summaries, sorting, de-duplication, freezing, protection, imports): ' +
      '20 %; producing and editing documents (styles and contents, tracked changes and ' +
      'comments, mail merge, sections, headers and page numbers, layout that survives edits): ' +
      '30 %; and building or tidying presentations (masters and layouts, accessibility, ' +
      'presenter tools, linked and embedded charts, file size and delivery formats): 20 %. ' +
      'Where the suites name a feature differently the stem names the product; keyboard ' +
      'shortcuts and menu paths that change between versions are not tested.',
  },
)
