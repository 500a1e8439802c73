/**
 * The rule each conceptual Google Sheets family is keyed to, as the named Google Docs Editors
 * Help article (or function page, or the Query Language Reference) states it, written as a test
 * on an answer: the key must state the rule and no distractor may. Written from the articles,
 * not from the families' text.
 */
export interface DocumentedRule {
  readonly article: string
  readonly says: (answer: string, stem: string) => boolean
}

const re = (article: string, pattern: RegExp): DocumentedRule => ({
  article,
  says: (answer) => pattern.test(answer),
})

// ISO 639-1 codes, which GOOGLETRANSLATE's article says the language arguments take.
const ISO_639_1: Readonly<Record<string, string>> = {
  English: 'en',
  Spanish: 'es',
  French: 'fr',
  German: 'de',
  Portuguese: 'pt',
  Italian: 'it',
}
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export const DOCUMENTED: Readonly<Record<string, DocumentedRule>> = {
  // FILTER: no match is #N/A; conditions must match the range's height; several conditions
  // must all hold (AND), added conditions give OR; a result needs empty cells to expand into.
  'filter-no-match': re('FILTER function', /^#N\/A/),
  'filter-or-conditions': re(
    'FILTER function',
    /^=FILTER\(A2:C,\(B2:B="North"\)\+\(B2:B="South"\)\)$/,
  ),
  'filter-and-conditions': re('FILTER function', /^=FILTER\(A2:C,B2:B="North",C2:C>\d+\)$/),
  'filter-spill-blocked': re('FILTER function', /\bclear/i),
  'filter-mismatched-sizes': re('FILTER function', /same height/),
  // SORT takes (sort_column, is_ascending) pairs in priority order.
  'sort-two-keys': re('SORT function', /^=SORT\(A2:C,3,FALSE,1,TRUE\)$/),
  // UNIQUE(range, by_column, exactly_once).
  'unique-exactly-once': re('UNIQUE function', /^=UNIQUE\(A2:A,FALSE,TRUE\)$/),
  // Query language: string literals in quotes, columns by letter (Col1… for arrays), clause
  // order select, where, group by, pivot, order by, limit; aggregates need group by;
  // date 'yyyy-MM-dd' literals; contains matches anywhere; headers counts header rows.
  'query-text-in-single-quotes': re(
    'Query Language Reference',
    /^=QUERY\(A1:D,"select A, D where B = 'North'",1\)$/,
  ),
  'query-clause-order': re(
    'Query Language Reference',
    /^select .+ where .+ group by .+ order by .+ limit \d+$/,
  ),
  'query-group-by-needed': re('Query Language Reference', /group by B/),
  'query-cell-value': re('QUERY function', /^=QUERY\(A1:D,"select A, D where B = '"&F1&"'",1\)$/),
  // The date the stem names, written as a yyyy-MM-dd date literal, with a strict "after".
  'query-date-literal': {
    article: 'Query Language Reference',
    says: (answer, stem) => {
      const [, d, month, y] = /after (\d+) (\w+) (\d{4})\?/.exec(stem)!
      const m = String(MONTHS.indexOf(month!) + 1).padStart(2, '0')
      return answer === `select * where C > date '${y}-${m}-${d!.padStart(2, '0')}'`
    },
  },
  'query-col-names-for-arrays': re('QUERY function', /^select Col1, Col4 where Col2 = 'Paid'$/),
  'query-headers-argument': re('QUERY function', /to 1\b/),
  'query-contains': re('Query Language Reference', / contains '/),
  // ARRAYFORMULA: Ctrl+Shift+Enter adds it; ranges fill every row, so blank rows need IF.
  'arrayformula-blank-rows': re(
    'ARRAYFORMULA function',
    /^=ARRAYFORMULA\(IF\(B2:B="",,B2:B\*C2:C\)\)$/,
  ),
  'arrayformula-shortcut': re('ARRAYFORMULA function', /^Ctrl\+Shift\+Enter$/),
  // Google's REGEX functions use RE2, which has no lookaround.
  're2-no-lookahead': re('REGEXMATCH function', /RE2/),
  // IMPORTRANGE: Allow access on first use; range_string is text "sheet!range"; once granted,
  // any editor of the destination can import any part of the source until the granter is removed.
  'importrange-allow-access': re('IMPORTRANGE function', /Allow access/),
  // The URL cell unquoted; the tab the stem names and the range in one text "tab!range".
  'importrange-range-string': {
    article: 'IMPORTRANGE function',
    says: (answer, stem) => {
      const [, range, tab] = /show ([A-Z]+\d+:[A-Z]+\d+) of the (\w+) tab/.exec(stem)!
      return answer === `=IMPORTRANGE(B1,"${tab}!${range}")`
    },
  },
  'importrange-access-scope': re('IMPORTRANGE function', /any (part|range)/),
  // GOOGLEFINANCE: history returns a table with a header row; quotes may be delayed up to 20
  // minutes; historical data is not available to Apps Script or the API; CURRENCY:<from><to>.
  'googlefinance-historical-table': re('GOOGLEFINANCE function', /,2,2\)$/),
  'googlefinance-delay': re('GOOGLEFINANCE function', /20 minutes/),
  'googlefinance-api-history': re('GOOGLEFINANCE function', /Apps Script or the Sheets API/),
  'googlefinance-currency-direction': {
    article: 'GOOGLEFINANCE function',
    says: (answer, stem) => {
      const [, from, to] = /amount in (\w+)\. .* converts it to (\w+) /.exec(stem)!
      return answer === `=A2*GOOGLEFINANCE("CURRENCY:${from}${to}")`
    },
  },
  // GOOGLETRANSLATE(text, source_language, target_language), codes, "auto" to detect.
  'googletranslate-language-order': {
    article: 'GOOGLETRANSLATE function',
    says: (answer, stem) => {
      const [, from, to] = /description in (\w+)\. .* into (\w+)\?/.exec(stem)!
      return answer === `=GOOGLETRANSLATE(A2,"${ISO_639_1[from!]}","${ISO_639_1[to!]}")`
    },
  },
  'googletranslate-auto-detect': re(
    'GOOGLETRANSLATE function',
    /^=GOOGLETRANSLATE\(A2,"auto","en"\)$/,
  ),
  // A sheet name with spaces goes in single quotes before the !.
  'sheet-name-with-space': {
    article: 'Reference data from other sheets',
    says: (answer, stem) => {
      const [, cell, tab] = /returns ([A-Z]+\d+) of the tab named (.+)\?$/.exec(stem)!
      return answer === `='${tab}'!${cell}`
    },
  },
  'open-ended-range': re('Sheets function list', /^=COUNTA\(C2:C\)$/),
  // Names: letters, numbers and underscores, not starting with a number, not a cell address.
  'named-range-rules': {
    article: 'Name a range',
    says: (answer) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(answer) && !/^[A-Za-z]{1,3}\d+$/.test(answer),
  },
  // Hours column fixed, row free; rate row fixed, column free; the first rate column as stated.
  'mixed-reference-fill': {
    article: 'Sheets function list',
    says: (answer, stem) => {
      const [, col] = /\(([A-Z])1 onwards\)/.exec(stem)!
      return answer === `=$A2*${col}$1`
    },
  },
  // Data cleanup: Remove duplicates keeps the first of each set, compares the ticked columns,
  // and skips a header row when told; Trim whitespace removes leading and trailing spaces.
  'remove-duplicates-keeps-first': re('Remove duplicates', /^The first stays/),
  'remove-duplicates-by-column': re('Remove duplicates', /^Only Email/),
  'remove-duplicates-header-row': re('Remove duplicates', /^Data has header row$/),
  'trim-whitespace-menu': re('Trim whitespace', /Trim whitespace/),
  'split-text-menu-or-formula': re('SPLIT function', /SPLIT formula/),
  // The spreadsheet's locale (File > Settings) sets date order, decimal marks and argument
  // separators; its time zone sets NOW and TODAY.
  'locale-reads-typed-dates': {
    article: "Set a spreadsheet's locale",
    says: (answer, stem) => {
      const [, d, m] = /You type (\d+)\/(\d+)\/2026/.exec(stem)!
      return answer === `As ${Number(d)} ${MONTHS[Number(m) - 1]} 2026`
    },
  },
  'locale-setting-location': re("Set a spreadsheet's locale", /^File > Settings > Locale$/),
  // The stem's comma-decimal rate kept as written, arguments separated by semicolons.
  'locale-separators-in-formulas': {
    article: "Set a spreadsheet's locale",
    says: (answer, stem) => {
      const [, rate] = /by (1,\d+) and/.exec(stem)!
      return answer === `=ROUND(A2*${rate};2)`
    },
  },
  'time-zone-for-now': re("Set a spreadsheet's locale", /time zone/),
  // SUM skips text in a range; numbers stored as text need VALUE.
  'numbers-stored-as-text': re('SUM function', /are text/),
  // Dates are day numbers: end minus start counts the days between.
  'date-subtraction-days': re('DAYS function', /number of days .*start day not/),
  // Data validation: dropdown from a range, Reject the input, checkbox custom values,
  // custom formulas returning TRUE, valid email, help text.
  'dropdown-from-range': re('Create an in-cell dropdown list', /^Dropdown \(from a range\)/),
  'validation-reject-input': re('Apply data validation rules to cells', /Reject the input/),
  'checkbox-custom-values': re('Add & use checkboxes', /custom cell values/),
  'validation-unique-ids': re(
    'Apply data validation rules to cells',
    /^=COUNTIF\(\$A\$2:\$A,A2\)=1$/,
  ),
  'validation-email': re('Apply data validation rules to cells', /^Text is valid email$/),
  'validation-help-text': re('Apply data validation rules to cells', /Show help text/),
  // Conditional formatting: other tabs only through INDIRECT; the first true rule in the list
  // decides; colour scales; custom formulas return TRUE or FALSE, written for the first cell.
  // The address is text naming the tab, and B2 stays relative so each cell tests its own amount.
  'format-rule-other-tab': re('Use conditional formatting rules', /^=B2>INDIRECT\("Targets!B1"\)$/),
  'format-rule-order': re('Use conditional formatting rules', /first true rule/),
  'format-colour-scale': re('Use conditional formatting rules', /^Color scale$/),
  'format-next-seven-days': re(
    'Use conditional formatting rules',
    /^=AND\(D2>=TODAY\(\),D2<=TODAY\(\)\+7\)$/,
  ),
  'format-custom-formula-boolean': re('Use conditional formatting rules', /^TRUE or FALSE$/),
  'format-duplicates-across-columns': re(
    'Use conditional formatting rules',
    /^=COUNTIF\(\$F\$2:\$F,A2\)>0$/,
  ),
  // Sharing: roles, general access, editors' and viewers' sharing settings, ownership transfer.
  'role-commenter': re('Share files from Google Drive', /^Commenter$/),
  'general-access-restricted': re('Share files from Google Drive', /^Restricted$/),
  'editors-cannot-reshare': re(
    'Stop, limit, or change sharing',
    /untick Editors can change permissions and share/,
  ),
  'viewers-no-download': re(
    'Stop, limit, or change sharing',
    /^Untick the download, print and copy option for viewers$/,
  ),
  'ownership-transfer-accept': re('Make someone else the owner', /accepts/),
  // Protection: not a security measure; owners can always edit; whole sheets with exceptions;
  // a warning instead of a restriction.
  'protection-not-security': re(
    'Protect, hide, and edit sheets',
    /^No: viewers can still see, copy and print/,
  ),
  'protection-who-can-edit': re('Protect, hide, and edit sheets', /editor and the owner/i),
  'protect-sheet-except-cells': re(
    'Protect, hide, and edit sheets',
    /except C4:C20|Except certain cells/i,
  ),
  'protection-show-warning': re('Protect, hide, and edit sheets', /^Show a warning/),
  // Filter views: private to each person; view-only users get temporary ones.
  'filter-view-for-one': re('filter view', /^Filter views$/),
  'filter-view-viewer-temporary': re('filter view', /temporary/),
  // Version history: restoring keeps later versions; named versions; cell edit history; edit
  // access needed.
  'restore-keeps-later-versions': re('Check activity & file versions', /stay in version history/),
  'name-current-version': re('Check activity & file versions', /Name current version/),
  'cell-edit-history': re('Check activity & file versions', /Show edit history/),
  'version-history-needs-edit': re('Check activity & file versions', /edit access/),
  // Pivot tables: update with their source, COUNTUNIQUE, % of grand total, calculated fields
  // summarised by Custom, Filters, and the source range set when built.
  'pivot-updates-with-data': re('Create & use pivot tables', /^Nothing/),
  'pivot-countunique': re('Customize your pivot table', /^COUNTUNIQUE$/),
  'pivot-percent-of-grand-total': re('Customize your pivot table', /^% of grand total$/),
  'pivot-calculated-margin': re('Customize your pivot table', /^=SUM\(Profit\)\/SUM\(Revenue\)$/),
  'pivot-filter-status': re('Customize your pivot table', /^Filters/),
  'pivot-source-grows': re('Create & use pivot tables', /A1:E$/),
  'notify-on-changes': re('notifications', /notifications/),
  'assign-comment': re('Assign tasks', /Assign to/),
}
