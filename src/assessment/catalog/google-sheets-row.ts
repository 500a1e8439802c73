import { type CatalogRow, row } from './catalog-row.js'

/** Google Sheets as a freelance virtual assistant uses it in clients' shared spreadsheets. */
export const GOOGLE_SHEETS_ROW: CatalogRow = row(
  'google-sheets',
  'Google Sheets',
  'Virtual Assistant',
  4,
  20,
  [
    ['gsArrays', 25],
    ['gsLookups', 20],
    ['gsClean', 15],
    ['gsRules', 15],
    ['gsShare', 25],
  ],
  {
    jobTaskAnalysis:
      'A freelance virtual assistant keeps clients’ Google Sheets: trackers, lead and ' +
      'invoice lists, rotas and reports that several people edit at once. The work splits ' +
      'five ways. Building live lists and summaries with the functions Sheets has beyond ' +
      'Excel (FILTER, SORT, UNIQUE, QUERY and its query language, ARRAYFORMULA, SPLIT, the ' +
      'REGEX functions): 25 %, the requests that make a client’s sheet update itself and ' +
      'the ones most often done wrong. Lookups and conditional totals, references across ' +
      'tabs and open-ended ranges, and importing from other files and Google services ' +
      '(IMPORTRANGE and its access step, GOOGLEFINANCE, GOOGLETRANSLATE): 20 %. Sharing ' +
      'with the right roles and link access, protecting ranges, recovering from version ' +
      'history, filter views and pivot tables: 25 %, because a shared file’s safety and ' +
      'the client’s summaries depend on them and mistakes there leak or lose data. Cleaning ' +
      'imported data (trimming, splitting, duplicates) and dates under the file’s locale ' +
      'and time zone: 15 %. Data validation and conditional formatting rules: 15 %. Items ' +
      'ask which formula gives a stated result on a shown sheet, what a formula or feature ' +
      'does, or which setting meets a client’s request, in Google Sheets on the web as ' +
      'Google’s help documents it in 2026. Not tested: Apps Script and macros, charts, ' +
      'connected sheets and BigQuery, Gemini features, the mobile apps, and keyboard ' +
      'shortcuts beyond the one that adds ARRAYFORMULA.',
  },
)
