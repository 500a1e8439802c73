import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { copyFormula } from './copy-formula.js'
import { fact } from './fact-family.js'

const SHEET = 'In a spreadsheet (Excel or Google Sheets)'

/**
 * Spreadsheet tools beyond formulas: conditional formatting rules (checked by applying the rule
 * to every cell of its range), data validation, pivot summaries, sorting and filtering, freezing,
 * protection and the difference between a stored value and how it is shown.
 */
export const DATA_TOOL_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'highlight-whole-row-rule',
    draw: (rng) => {
      const [word, col] = rng.pick([
        ['Overdue', 'D'],
        ['Cancelled', 'E'],
        ['Urgent', 'C'],
      ] as const)
      const statuses = ['Paid', word, 'Open', word, 'Paid']
      const cells: Record<string, string> = {}
      statuses.forEach((s, i) => {
        cells[`${col}${i + 2}`] = s
        for (const c of ['A', 'B', 'F']) cells[`${c}${i + 2}`] = `x${i}`
      })
      const copies = statuses.flatMap((s, i) =>
        ['A', 'B', 'F'].map((c) => [`${c}${i + 2}`, s === word ? 'TRUE' : 'FALSE'] as const),
      )
      return {
        stem: `${SHEET}, a conditional formatting rule applied to A2:F6 should shade every row whose status in column ${col} is ${word}. Which custom formula does the rule use?`,
        key: `=$${col}2="${word}"`,
        wrong: [
          [`=${col}2="${word}"`, 'a relative column, so each cell tests a different column'],
          [`=$${col}$2="${word}"`, 'anchors the row, so every row follows the first row'],
          [`=${col}$2="${word}"`, 'anchors the row instead of the column'],
          [`=$A2="${word}"`, 'tests the first column instead of the status column'],
        ],
        code: true,
        sheet: { cells, at: 'A2', copies },
      }
    },
  },
  {
    id: 'above-average-rule',
    draw: (rng) => {
      // The largest value comes last: a range that slides with the cell shrinks to it alone there.
      const values = [
        rng.int(10, 20),
        rng.int(60, 70),
        rng.int(40, 50),
        rng.int(1, 9),
        rng.int(90, 99),
      ]
      const cells: Record<string, number> = {}
      values.forEach((v, i) => {
        cells[`B${i + 2}`] = v
      })
      const mean = values.reduce((s, v) => s + v, 0) / values.length
      return {
        stem: `${SHEET}, a conditional formatting rule on B2:B6 should highlight values above the average of B2:B6. Which custom formula does the rule use?`,
        key: '=B2>AVERAGE($B$2:$B$6)',
        wrong: [
          ['=B2>AVERAGE(B2:B6)', 'a relative range, which slides down with each cell'],
          ['=$B$2>AVERAGE($B$2:$B$6)', 'anchors the tested cell, so every cell follows the first'],
          ['=B2<AVERAGE($B$2:$B$6)', 'highlights the values below the average'],
          ['=B2>AVERAGE($B2:$B6)', 'anchors the columns but lets the rows of the range slide'],
        ],
        code: true,
        sheet: {
          cells,
          at: 'B2',
          copies: values.map((v, i) => [`B${i + 2}`, v > mean ? 'TRUE' : 'FALSE'] as const),
        },
      }
    },
  },
  fact(
    'validation-list-source',
    (rng) =>
      `In Excel, staff must pick a ${rng.pick(['project code', 'cost centre', 'status'])} in B2:B200 from the list kept in Lists!A1:A6, and nothing else. What is set up?`,
    'Data validation on B2:B200: a list from =Lists!$A$1:$A$6',
    [
      [
        'Data validation on B2:B200: a list from =Lists!A1:A6',
        'a relative source, which moves down the list sheet cell by cell',
      ],
      [
        'Conditional formatting on B2:B200 that colours other entries red',
        'flags a wrong entry instead of preventing it',
      ],
      [
        'A filter on column B showing only the six allowed values',
        'hides rows instead of limiting what can be typed',
      ],
      [
        'Protection on Lists!A1:A6 so the list itself cannot change',
        'protects the list but not the cells typed into',
      ],
    ],
  ),
  fact(
    'validation-whole-number-range',
    (rng) =>
      `In Excel, a booking sheet must accept only whole numbers of ${rng.pick(['guests', 'tickets', 'rooms'])} from 1 to 10 in C2:C100. Which data validation rule does that?`,
    'Allow whole number, between 1 and 10',
    [
      ['Allow decimal, between 1 and 10', 'a decimal rule, which accepts 2.5'],
      ['Allow text length, between 1 and 10', 'limits the characters typed, not the value'],
      ['Allow whole number, greater than 1', 'no upper limit, and 1 itself refused'],
      [
        'Allow any value, with an input message of 1 to 10',
        'a message that advises but refuses nothing',
      ],
    ],
  ),
  fact(
    'pivot-sum-by-two-fields',
    (rng) =>
      `${SHEET}, a ${rng.pick(['sales', 'orders'])} list has columns Date, Month, Region and Amount. The client wants total amount per region for each month in one table. How is the pivot table set up?`,
    'Region in rows, Month in columns, Sum of Amount in values',
    [
      [
        'Region in rows, Month in columns, Count of Amount in values',
        'counts the orders instead of summing their amounts',
      ],
      [
        'Amount in rows, Month in columns, Count of Region in values',
        'puts the measure in rows and counts a label',
      ],
      [
        'Region and Month in filters, Sum of Amount in values',
        'filters to one region and month instead of grouping by them',
      ],
      [
        'Date in rows, Region in columns, Sum of Amount in values',
        'groups by each date instead of by month',
      ],
    ],
  ),
  fact(
    'pivot-refresh',
    (rng) =>
      `In Excel, the client corrected ${rng.pick(['several amounts', 'a few regions', 'some dates'])} in the source data of a pivot table, but the pivot still shows the old totals. What brings it up to date?`,
    'Refresh the pivot table',
    [
      ['Recalculate the workbook', 'expects recalculation to rebuild the pivot cache'],
      ['Sort the source data again', 'expects sorting the source to rebuild the pivot'],
      ['Wait: it updates on save', 'expects the pivot to update on its own'],
      ['Undo the corrections and redo them', 'repeats the edits the pivot has not picked up'],
    ],
  ),
  fact(
    'pivot-source-grows',
    (rng) =>
      `In Excel, ${rng.pick(['each week', 'each month'])} the client pastes new rows under a list that feeds a pivot table, and the new rows never appear in it. What fixes this for good?`,
    'Format the list as a table and pivot the table',
    [
      [
        'Refresh the pivot table after each paste of the new rows',
        'refreshes a source range that still ends above the new rows',
      ],
      ['Sort the list so the new rows come first', 'moves rows but keeps the fixed source range'],
      ['Insert a blank row between old and new rows', 'a blank row that breaks the list in two'],
      [
        'Rebuild a new pivot table every week',
        'repeats the work instead of letting the source grow',
      ],
    ],
  ),
  fact(
    'sort-whole-table',
    (rng) =>
      `${SHEET}, a client list has names in A, emails in B and ${rng.pick(['phone numbers', 'cities'])} in C. The client wants it sorted by surname in column A. What keeps each row together?`,
    'Sort the whole list by column A',
    [
      [
        'Select column A only and sort it A to Z',
        'sorts one column and detaches it from the rest of each row',
      ],
      ['Sort each column on its own, A to Z', 'scrambles every row'],
      ['Apply a filter and hide the rows out of order', 'hides rows instead of ordering them'],
      ['Cut and paste rows by hand into order', 'a manual reorder that is slow and error-prone'],
    ],
  ),
  fact(
    'remove-duplicates-by-key',
    (rng) =>
      `${SHEET}, a mailing list has Name, Email and Signup date. The same person signed up ${rng.pick(['twice', 'several times'])} on different dates with one email. Which columns should Remove duplicates compare?`,
    'Email only',
    [
      ['Name, Email and Signup date', 'compares the dates too, so no repeat is found'],
      ['Name only', 'merges different people who share a name'],
      ['Signup date only', 'merges different people who signed up the same day'],
      ['Name and Signup date', 'misses the repeats made on different dates'],
    ],
  ),
  fact(
    'freeze-header-and-first-column',
    (rng) =>
      `${SHEET}, a long ${rng.pick(['timesheet', 'price list'])} should keep row 1 (headings) and column A (names) in view while scrolling. Which cell is selected before choosing Freeze Panes in Excel?`,
    'B2',
    [
      ['A1', 'freezes nothing at the top-left cell'],
      ['A2', 'freezes only the heading row'],
      ['B1', 'freezes only the first column'],
      ['C3', 'freezes two rows and two columns'],
    ],
  ),
  fact(
    'displayed-versus-stored-value',
    (rng) =>
      `${SHEET}, cells formatted to two decimals show ${rng.pick(['prices after a discount', 'hourly rates times hours'])}, but their SUM is 0.01 off the total of the amounts shown. Why, and what fixes it?`,
    'The cells hold more decimals; use ROUND(…,2)',
    [
      [
        'The SUM function rounds badly; add the cells with + instead',
        'blames the function for the stored decimals',
      ],
      [
        'The format is wrong; set the cells to the Currency format',
        'expects a format to change stored values',
      ],
      [
        'The column is too narrow; widen it to show all decimals',
        'confuses display width with stored value',
      ],
      [
        'The sheet needs recalculating; press F9 to correct it',
        'expects recalculation to change the values',
      ],
    ],
  ),
  fact(
    'numbers-stored-as-text',
    (rng) =>
      `${SHEET}, amounts pasted from a ${rng.pick(['bank export', 'web page', 'PDF'])} sit left-aligned and SUM ignores them. What makes them count?`,
    'Convert the text to numbers',
    [
      [
        'Select the cells and set their format to Number with two decimals',
        'a new format that leaves existing text as text',
      ],
      ['Right-align the cells', 'changes the alignment, not the data type'],
      ['Use COUNT instead of SUM', 'counts numbers, and text is still skipped'],
      ['Widen the column until they fit', 'confuses display width with data type'],
    ],
  ),
  fact(
    'leading-zeros-on-import',
    (rng) =>
      `${SHEET}, opening a CSV of ${rng.pick(['postcodes', 'staff ids', 'phone numbers'])} drops their leading zeros (00123 shows as 123). How is the file brought in without losing them?`,
    'Import it and set that column to Text',
    [
      ['Open it, then format the column as Text', 'formats after the zeros are already lost'],
      [
        'Open it, then add a custom format of 00000',
        'pads the display while the stored value stays 123',
      ],
      ['Open it and widen the column', 'confuses display width with stored value'],
      [
        'Save the CSV as a workbook first, then open it',
        'converts the file after the zeros are lost',
      ],
    ],
  ),
  fact(
    'dates-are-numbers',
    (rng) =>
      `${SHEET}, A2 holds a start date and B2 an end date. What does =B2-A2 give when C2 is formatted as a General number (${rng.pick(['a project', 'a booking', 'a loan'])} length)?`,
    'The number of days between the dates',
    [
      ['An error, because dates cannot be subtracted', 'believes dates are text'],
      ['The number of months between the dates', 'expects subtraction to count months'],
      ['A date in early 1900', 'reads the result in a date format instead of General'],
      [
        'The number of working days between them',
        'confuses subtraction with a working-day function',
      ],
    ],
  ),
  fact(
    'protect-formulas-allow-inputs',
    (rng) =>
      `${SHEET}, a client's ${rng.pick(['quote template', 'budget sheet'])} should let staff type in the input cells but not change the formulas. What does that in Excel?`,
    'Unlock the input cells, then protect the sheet',
    [
      [
        'Lock the formula cells; no sheet protection is needed',
        'forgets locking takes effect only once the sheet is protected',
      ],
      ['Protect the sheet with every cell left locked', 'blocks the input cells as well'],
      ['Hide the formula columns', 'hides the cells but leaves them editable'],
      [
        'Password-protect the file so it cannot be opened',
        'blocks the whole file instead of some cells',
      ],
    ],
  ),
  fact(
    'split-text-into-columns',
    (rng) =>
      `${SHEET}, column A holds names written "Surname, First name" ${rng.pick(['for 800 clients', 'for a whole mailing list'])}. The client wants surname and first name in two columns. What does it in one step?`,
    'Text to Columns, delimited by comma',
    [
      [
        'Text to Columns, fixed width at 10 characters',
        'cuts at a fixed position although surnames differ in length',
      ],
      [
        'Find and replace the comma with nothing',
        'removes the separator instead of splitting on it',
      ],
      ['Sort column A by surname', 'orders the names without splitting them'],
      ['Wrap text in column A', 'changes the display, not the data'],
    ],
  ),
  fact(
    'chart-for-a-trend',
    (rng) =>
      `${SHEET}, the client wants to show ${rng.pick(['monthly revenue', 'weekly website visits'])} over the last two years, to see the trend. Which chart suits?`,
    'A line chart with time on the horizontal axis',
    [
      ['A pie chart with one slice per month', 'a part-of-a-whole chart for a change over time'],
      ['A scatter chart of each month against its rank', 'plots rank instead of time'],
      ['A stacked bar chart with one bar per year', 'hides the movement within each year'],
      ['A doughnut chart with one ring per year', 'a part-of-a-whole chart for a change over time'],
    ],
  ),
  {
    id: 'structured-table-reference',
    draw: (rng) => {
      const [table, column] = rng.pick([
        ['Sales', 'Amount'],
        ['Orders', 'Total'],
        ['Hours', 'Billable'],
      ] as const)
      return {
        stem: `${SHEET} (Excel), a list is formatted as a table named ${table} with a column ${column}. Which formula totals that column and keeps up as rows are added?`,
        code: true,
        key: `=SUM(${table}[${column}])`,
        wrong: [
          [`=SUM(${column}[${table}])`, 'swaps the table and column names'],
          [`=SUM(${table}!${column})`, 'sheet syntax for a table name'],
          [`=SUM("${table}[${column}]")`, 'quotes the reference, so it is text'],
          [`=SUM(${table}.${column})`, 'a dot where the column name goes in brackets'],
        ],
      }
    },
  },
  {
    id: 'copied-rule-anchor',
    draw: (rng) => {
      const down = rng.int(2, 9)
      const rule = rng.pick(['=C$2<$H1', '=$C2>H$1', '=C2=MAX(C$2:C$20)'])
      return {
        stem: `${SHEET}, a conditional formatting rule written for the top-left cell A2 of its range is \`${rule}\`. Which formula does the spreadsheet apply to cell B${2 + down}?`,
        code: true,
        key: copyFormula(rule, down, 1),
        wrong: [
          [rule, 'believes the rule is tested as written in every cell'],
          [copyFormula(rule, 0, 1), 'moves the rule across but not down'],
          [
            copyFormula(rule.replaceAll('$', ''), down, 1),
            'moves every reference, anchored or not',
          ],
          [copyFormula(rule, down, 0), 'moves the rule down but not across'],
        ],
      }
    },
  },
  fact(
    'share-for-comments-only',
    (rng) =>
      `In Google Sheets, a client's ${rng.pick(['accountant', 'manager', 'partner'])} should add comments to a shared sheet but not change any cell. Which access is given?`,
    'Commenter',
    [
      ['Editor', 'lets them change every cell'],
      ['Viewer', 'lets them read but not comment'],
      ['Owner', 'hands over the file'],
      ['Editor, with the sheet protected', 'edit rights that still reach unprotected parts'],
    ],
  ),
]
