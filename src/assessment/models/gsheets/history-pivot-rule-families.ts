import type { Rng } from '../../rng.js'
import { CLIENTS, FILES, PEOPLE, rule, SHEETS, type SheetsFamily } from './sheets-case.js'

const client = (rng: Rng) => rng.pick(CLIENTS)
const file = (rng: Rng) => `"${rng.pick(FILES)}"`

/**
 * Version and edit history, pivot tables and notifications. Sources: "Check activity & file
 * versions" (version history, named versions, Show edit history), "Create & use pivot tables",
 * "Customize your pivot table", and "Turn notifications on or off".
 */
export const HISTORY_PIVOT_RULE_FAMILIES: readonly SheetsFamily[] = [
  rule(
    'restore-keeps-later-versions',
    'Check activity & file versions',
    (rng) =>
      `${SHEETS}, ${client(rng)} asks you to restore ${file(rng)} to last Monday's version. What happens to the edits made since then?`,
    'They stay in version history',
    [
      [
        'They are deleted for good once the older version is restored, so export them first',
        'thinks restoring erases later versions',
      ],
      [
        'They are merged into the restored version, cell by cell, wherever they do not clash',
        'thinks restoring combines versions',
      ],
      ['They are deleted for good', 'thinks restoring erases later versions'],
      ['They are merged into the restored version', 'thinks restoring combines versions'],
      ['They move to a copy of the file', 'confuses restoring with Make a copy'],
      ['They are kept for 24 hours, then deleted', 'invents an expiry'],
    ],
  ),
  rule(
    'name-current-version',
    'Check activity & file versions',
    (rng) =>
      `${SHEETS}, before a big clean-up of ${client(rng)}'s file, you want a version easy to find later. What do you do?`,
    'File > Version history > Name current version',
    [
      [
        'File > Version history > See version history, then star today’s entry',
        'versions cannot be starred; they are named',
      ],
      ['Download it', 'leaves the copy outside version history'],
      ['File > Make a copy, then delete the copy later', 'makes a separate file, not a version'],
      ['File > Download as .xlsx and keep it locally', 'leaves the copy outside version history'],
      ['Insert > Comment saying "before clean-up"', 'a comment marks a cell, not a version'],
      ['Edit > Undo history', 'there is no undo history menu'],
    ],
  ),
  rule(
    'cell-edit-history',
    'Check activity & file versions',
    (rng) =>
      `${SHEETS}, a figure in ${client(rng)}'s budget cell looks wrong. What shows, on that cell itself, who changed it, when, and its earlier values?`,
    'Show edit history',
    [
      ['Insert note', 'a note is text you add'],
      ['Undo', 'undoes your own edits only'],
      [
        'Right-click the cell and choose Insert note, then read the note’s history',
        'a note is text you add',
      ],
      [
        'Tools > Notification settings, then turn on edit notifications for the file',
        'sets future alerts',
      ],
      ['Insert > Note on the cell', 'a note is text you add'],
      ['Data > Data validation', 'shows the cell’s rule, not its history'],
      ['Tools > Notification settings', 'sets future alerts'],
      ['View > Show > Formulas', 'shows formulas, not edits'],
    ],
  ),
  rule(
    'version-history-needs-edit',
    'Check activity & file versions',
    (rng) =>
      `${SHEETS}, ${rng.pick(PEOPLE)} has comment access to ${client(rng)}'s file and asks why File > Version history is not available. Why?`,
    'Version history needs edit access',
    [
      ['Only the owner sees it', 'editors can see it too'],
      ['It is turned off', 'there is no switch for it'],
      ['It is turned off until the owner names a version', 'thinks naming enables it'],
      ['It needs a paid Workspace account', 'thinks it is a paid feature'],
      ['It is shown only on the desktop app', 'Sheets has no desktop app'],
      ['It opens only after 30 days of edits', 'invents a waiting period'],
    ],
  ),
  rule(
    'pivot-updates-with-data',
    'Create & use pivot tables',
    (rng) =>
      `${SHEETS}, a pivot table in ${client(rng)}'s file sums a source range A1:E500. Someone corrects a figure inside that range. What must you do to update the pivot table?`,
    'Nothing; it updates by itself',
    [
      ['Click Refresh on the pivot table', 'brings an Excel habit to Sheets'],
      ['Recreate the pivot table', 'thinks pivots are static copies'],
      ['Reload the browser tab', 'thinks the pivot updates on load'],
      ['Turn on iterative calculation', 'unrelated to pivot tables'],
    ],
  ),
  rule(
    'pivot-countunique',
    'Customize your pivot table',
    (rng) =>
      `${SHEETS}, a pivot table of ${client(rng)}'s orders has months in Rows and the Customer column in Values. Each cell should show how many different customers ordered that month. Which Summarize by?`,
    'COUNTUNIQUE',
    [
      ['COUNTA', 'counts orders, repeat customers included'],
      ['COUNTA, shown as % of column', 'gives shares of orders, not a count of customers'],
      ['COUNT', 'counts numbers, and names are text'],
      ['SUM', 'adds numbers, and names are text'],
      ['MAX', 'takes the largest number'],
    ],
  ),
  rule(
    'pivot-percent-of-grand-total',
    'Customize your pivot table',
    (rng) =>
      `${SHEETS}, a pivot table has regions in Rows, months in Columns and SUM of Sales in Values. ${client(rng)} wants each cell as its share of all sales in the table. Which Show as?`,
    '% of grand total',
    [
      ['% of column', 'each month sums to 100 %'],
      ['% of row', 'each region sums to 100 %'],
      ['Default', 'shows the amounts'],
      ['% of column, with a Grand total row', 'still divides by the month’s total'],
    ],
  ),
  rule(
    'pivot-calculated-margin',
    'Customize your pivot table',
    (rng) =>
      `${SHEETS}, a pivot table of ${client(rng)}'s sales has Revenue and Profit columns. A calculated field should show each product's margin, total profit over total revenue. Which formula, summarised by Custom?`,
    '=SUM(Profit)/SUM(Revenue)',
    [
      ['=Profit/Revenue, summarised by SUM', 'adds up each row’s margin'],
      ['=Profit/Revenue, summarised by AVERAGE', 'averages the rows’ margins without weighting'],
      ['=SUM(Profit/Revenue)', 'adds up each row’s margin'],
      ['=SUM(C2:C)/SUM(B2:B)', 'cell ranges give the whole sheet’s margin in every row'],
    ],
    true,
  ),
  rule(
    'pivot-filter-status',
    'Customize your pivot table',
    (rng) =>
      `${SHEETS}, a pivot table totals ${client(rng)}'s invoices by client. Only invoices with the status Paid should count, and Status should not appear as rows. Where does Status go?`,
    'Filters, showing only Paid',
    [
      ['Rows, under Client', 'adds a row per status'],
      ['Columns', 'adds a column per status'],
      ['Values, summarised by COUNTA', 'counts statuses instead of filtering them'],
      ['A filter view on the pivot table', 'hides pivot rows but totals stay the same'],
    ],
  ),
  rule(
    'pivot-source-grows',
    'Create & use pivot tables',
    (rng) =>
      `${SHEETS}, a pivot table built on ${client(rng)}'s A1:E${rng.int(200, 500)} misses the rows added below since. What keeps future rows included?`,
    'Set the source range to A1:E',
    [
      [
        'Clicking Refresh on the pivot table each time new rows are added',
        'Sheets pivots have no refresh for new rows',
      ],
      [
        'Making the source range $A$1:$E$500 so it stays fixed as rows are added',
        'absolute references fix the same end row',
      ],
      ['Clicking Refresh', 'Sheets pivots have no refresh for new rows'],
      ['Sorting the data', 'sorting does not change the range'],
      ['Adding a filter to the pivot table', 'filters narrow the data'],
      ['Making the range $A$1:$E$500', 'absolute references fix the same end row'],
    ],
  ),
  rule(
    'notify-on-changes',
    'Turn notifications on or off',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants an email whenever anyone changes ${file(rng)}. What do you set?`,
    'Edit notifications',
    [
      ['A comment', 'notifies about the comment only'],
      ['Filter views', 'views send no email'],
      [
        'Data > Data validation, with Show a warning, so the client hears of every change',
        'warnings show to the editor, not by email',
      ],
      [
        'A comment on A1 mentioning the client, which emails them whenever any cell changes',
        'notifies about the comment only',
      ],
      ['Data > Data validation with Show a warning', 'warnings show to the editor, not by email'],
      ['A comment with the client mentioned', 'notifies about the comment only'],
      ['Protect the sheet with Show a warning', 'asks editors to confirm; sends no email'],
      ['File > Version history > Name current version', 'marks a version; sends nothing'],
    ],
  ),
  rule(
    'assign-comment',
    'Assign tasks & action items with comments',
    (rng) =>
      `${SHEETS}, you need ${rng.pick(PEOPLE)} at ${client(rng)} to check one cell and mark it done. What do you do?`,
    'A comment, with @mention and Assign to',
    [
      [
        'Add a note with their name on the cell, which sends them an email to check it',
        'notes send no notification',
      ],
      [
        'Protect the cell so that only they can edit it, which tells them it is theirs',
        'restricts editing, assigns nothing',
      ],
      ['Add a note with their name', 'notes send no notification'],
      ['Colour the cell yellow', 'nobody is told'],
      ['Protect the cell for them only', 'restricts editing, assigns nothing'],
      ['Add a checkbox next to the cell', 'nobody is told to tick it'],
    ],
  ),
]
