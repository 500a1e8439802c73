import type { Rng } from '../../rng.js'
import { checked, distinct, EXCEL, REGIONS, rule, type WorkbookFamily } from './workbook.js'

/** Eight sales rows, region in A and amount in B, every region present. */
function salesRows(rng: Rng) {
  const regions = rng.shuffle([
    ...REGIONS,
    ...REGIONS.slice(0, 2),
    ...rng.shuffle(REGIONS).slice(0, 2),
  ])
  const amounts = distinct(rng, 8, 10, 99).map((v) => v * 10)
  const cells: Record<string, number | string> = {}
  regions.forEach((r, i) => {
    cells[`A${i + 2}`] = r
    cells[`B${i + 2}`] = amounts[i]!
  })
  const listed = regions.map((r, i) => `${r} ${amounts[i]}`).join(', ')
  return { regions, amounts, cells, listed }
}

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`

/**
 * Tables, sorting and filtering, pivot summaries, and sharing and protecting a client's
 * workbook: what a pivot's value settings show, how tables and dynamic-array functions keep up
 * with data, and which protection or sharing feature does what the client asks.
 */
const FAMILIES: readonly WorkbookFamily[] = [
  {
    id: 'pivot-percent-of-grand-total',
    draw: (rng) => {
      const { regions, amounts, cells, listed } = salesRows(rng)
      const region = rng.pick(REGIONS)
      const mine = amounts.filter((_, i) => regions[i] === region)
      const sum = mine.reduce((a, b) => a + b, 0)
      const all = amounts.reduce((a, b) => a + b, 0)
      const rows = regions.filter((r) => r === region).length
      return {
        stem: `${EXCEL}, a sales list (region, amount) holds: ${listed}. A PivotTable puts Region in Rows and Sum of Amount in Values, with Show Values As set to % of Grand Total and one decimal place. What does the ${region} row show?`,
        key: pct(sum / all),
        wrong: [
          [pct(rows / regions.length), 'takes the share of rows (a count) instead of the amounts'],
          ['100.0%', 'reads % of Grand Total as % of the row total'],
          [pct(Math.max(...mine) / all), 'takes only the largest sale of the region'],
        ],
        returns: {
          formula: `=TEXT(SUMIF(A2:A9,"${region}",B2:B9)/SUM(B2:B9),"0.0%")`,
          cells,
        },
        code: false,
      }
    },
  },
  {
    id: 'pivot-average-summary',
    draw: (rng) => {
      const { regions, amounts, cells, listed } = salesRows(rng)
      const region = rng.pick(REGIONS.filter((r) => regions.filter((x) => x === r).length >= 2))
      const mine = amounts.filter((_, i) => regions[i] === region)
      const sum = mine.reduce((a, b) => a + b, 0)
      const avg = Math.round((sum / mine.length) * 10) / 10
      return {
        stem: `${EXCEL}, a sales list (region, amount) holds: ${listed}. A PivotTable puts Region in Rows and Amount in Values, with Summarize Values By set to Average and one decimal place. What does the ${region} row show?`,
        key: avg.toFixed(1),
        wrong: [
          [sum.toFixed(1), 'keeps the default Sum'],
          [mine.length.toFixed(1), 'reads the summary as Count'],
          [
            (Math.round((sum / regions.length) * 10) / 10).toFixed(1),
            'divides the region’s total by every row of the list',
          ],
          [Math.max(...mine).toFixed(1), 'reads the summary as Max'],
          [Math.min(...mine).toFixed(1), 'reads the summary as Min'],
        ],
        returns: { formula: `=TEXT(AVERAGEIF(A2:A9,"${region}",B2:B9),"0.0")`, cells },
        code: false,
      }
    },
  },
  rule(
    'pivot-counts-a-column-with-text',
    (rng) =>
      `${EXCEL}, a client drags ${rng.pick(['Amount', 'Hours', 'Fee'])} into a PivotTable's Values area and it appears as "Count of" rather than "Sum of". The column has a few cells that say "TBC". Why?`,
    'A value field defaults to Count when its column holds text or blanks; clearing them (or choosing Sum) gives totals',
    [
      [
        'The field was added from the Rows list rather than dragged from the field list, and fields added that way are always counted until the pivot is rebuilt',
        'invents a rule about how fields are added',
      ],
      [
        'PivotTables always count first; Sum is only offered for tables',
        'believes Count is the default for every field',
      ],
      ['The field is too long for Sum, which stops at 1,000 rows', 'invents a row limit'],
      [
        'The pivot was not refreshed after the data changed',
        'blames a stale cache for the summary type',
      ],
      [
        'A value field defaults to Count when its column is formatted as Text; setting the format to Number gives totals',
        'blames the number format rather than the text entries',
      ],
    ],
  ),
  rule(
    'pivot-group-dates-by-month',
    (rng) =>
      `${EXCEL}, a PivotTable has ${rng.pick(['Order Date', 'Invoice Date', 'Visit Date'])} in Rows, one row per day over two years. The client wants one row per month of each year. What does that?`,
    'Group the date field by Months and Years',
    [
      [
        'Add a Month field to the source with =TEXT(date,"mmm") and use it in Rows, which keeps the years apart',
        'a month name alone merges the two years',
      ],
      ['Group the date field by Months only', 'merges the same month of both years into one row'],
      [
        'Change the date column’s number format to mmm yyyy',
        'changes the display but keeps one row per date',
      ],
      ['Sort the Rows field by month', 'orders the rows without combining them'],
    ],
  ),
  rule(
    'pivot-distinct-count',
    (rng) =>
      `In Excel for Microsoft 365 for Windows, a client wants a PivotTable to show how many different ${rng.pick(['customers', 'clients', 'buyers'])} placed orders in each region, where each name appears on many order rows. How?`,
    'Add the data to the Data Model when creating the pivot and summarise the field by Distinct Count',
    [
      [
        'Put the name field in Values twice, once as Count and once as Count Numbers, and subtract the second from the first to leave the distinct names',
        'invents arithmetic that does not remove repeats',
      ],
      ['Summarise the name field by Count', 'Count counts order rows, repeats included'],
      [
        'Summarise the name field by Count Numbers',
        'Count Numbers counts numeric cells, and names are text',
      ],
      [
        'Put the name field in Rows and read off the grand total',
        'the grand total still counts the rows',
      ],
      [
        'Summarise the name field by Distinct Count in Value Field Settings of an ordinary PivotTable, with no other step',
        'misses that Distinct Count is offered only for data in the Data Model',
      ],
      [
        'Put the name field in Values as Count, then set Show Values As to % of Parent Total',
        'a share of rows is not a count of names',
      ],
    ],
  ),
  rule(
    'table-grows-with-new-rows',
    (rng) =>
      `${EXCEL}, a client's ${rng.pick(['expenses', 'timesheet', 'orders'])} list is formatted as a table with a calculated column. Someone types a new entry in the first empty row right below the table. What happens?`,
    'The table extends to take in the row, and the calculated column fills its formula into it',
    [
      [
        'The entry is moved into the table’s last row, overwriting it, because a table cannot have a cell directly beneath it that is not part of it',
        'invents an overwrite',
      ],
      [
        'The row stays outside the table until Resize Table is used',
        'believes tables never grow on their own',
      ],
      [
        'The row joins the table but the formula column stays empty',
        'misses that calculated columns fill new rows',
      ],
      ['Excel inserts a new blank row and moves the entry below it', 'invents a row insertion'],
    ],
  ),
  {
    // The stem's column names are the ones every option uses.
    id: 'table-this-row-reference',
    draw: (rng) => {
      const [q, p] = rng.pick([
        ['Qty', 'Price'],
        ['Hours', 'Rate'],
        ['Units', 'Cost'],
      ] as const)
      return {
        stem: `${EXCEL}, a table named Table1 has columns ${q} and ${p}. Which formula in a new column multiplies the two values of the same row and fills itself down the table?`,
        key: `=[@${q}]*[@${p}]`,
        wrong: [
          [
            `=Table1[${q}]*Table1[${p}]`,
            'whole-column references with the table name, which give every row’s product',
          ],
          ['=PRODUCT(Table1[@])', 'multiplies every cell of the row, other columns too'],
          [`=[${q}]*[${p}]`, 'whole-column references, which multiply columns, not one row'],
          [`=SUM([@${q}],[@${p}])`, 'adds the two values instead of multiplying'],
          [`=@${q}*@${p}`, 'the @ without the brackets of a column name'],
        ],
        code: true,
      }
    },
  },
  rule(
    'filter-function-shape',
    (rng) =>
      `${EXCEL}, A2:C200 list invoices (client, date, amount). A client wants a live list, starting in E2, of the invoices over ${rng.pick(['1,000', '2,500', '5,000'])} (the threshold is in H1), and the word None if there are none. Which formula works?`,
    '=FILTER(A2:C200,C2:C200>H1,"None")',
    [
      ['=FILTER(A2:A200,C2:C200>H1,"None")', 'returns only the client column'],
      ['=IF(C2:C200>H1,A2:C200,"None")', 'keeps every row, writing None beside the small invoices'],
      ['=FILTER(A2:C200,C2:C200,">"&H1)', 'writes the condition as a SUMIF-style criterion'],
      ['=FILTER(C2:C200>H1,A2:C200,"None")', 'swaps the array and the condition'],
      ['=FILTER(A2:C200,A2:A200>H1,"None")', 'tests the client column instead of the amounts'],
    ],
    true,
  ),
  rule(
    'unique-exactly-once',
    (rng) =>
      `${EXCEL}, A2:A500 list the email of every order, from ${rng.pick(['a web shop', 'a booking form', 'an invoice export'])}. The client wants the customers who ordered exactly once, each listed once. Which formula does that?`,
    '=UNIQUE(A2:A500,,TRUE)',
    [
      ['=FILTER(A2:A500,COUNTIF(A2:A500,A2:A500)>1)', 'keeps the repeat buyers, each row of them'],
      ['=UNIQUE(A2:A500)', 'lists every customer once, repeat buyers included'],
      ['=UNIQUE(A2:A500,TRUE)', 'by_col TRUE compares columns, not rows'],
      ['=COUNTIF(A2:A500,A2)=1', 'tests one email instead of listing the customers'],
    ],
    true,
  ),
  rule(
    'sort-function-descending',
    (rng) =>
      `${EXCEL}, A2:C50 hold ${rng.pick(['product', 'service', 'course'])}, units and revenue. The client wants a second list, updating on its own, of the same rows ordered by revenue from highest to lowest. Which formula works?`,
    '=SORT(A2:C50,3,-1)',
    [
      ['=SORT(A2:C50,3)', 'the default order is ascending'],
      ['=SORT(A2:C50,-1,3)', 'swaps sort_index and sort_order'],
      ['=SORT(C2:C50,1,-1)', 'sorts only the revenue column, losing the products'],
    ],
    true,
  ),
  rule(
    'custom-list-sort-for-months',
    (rng) =>
      `${EXCEL}, a summary has a column of month names (${rng.pick(['Jan, Feb, Mar', 'January, February, March'])} and so on, as text). Sorting A to Z puts April first. How is it put in calendar order?`,
    'Sort with Order set to Custom List and pick the month list',
    [
      [
        'Add a helper column with =MONTH(A2) on each month name and sort by it, which Excel reads as the month number',
        'MONTH cannot read a month name alone as a date',
      ],
      [
        'Sort A to Z with the option My data has headers turned off, so Excel compares the months as dates',
        'believes the header option changes the comparison',
      ],
      ['Sort Z to A instead', 'reverses the alphabetical order rather than fixing it'],
      [
        'Format the column as a date and sort A to Z',
        'a format cannot turn month-name text into dates',
      ],
      ['Sort by cell colour', 'colour does not carry calendar order'],
    ],
  ),
  {
    // The grouping column the stem names is the one every option sorts.
    id: 'sort-by-two-levels',
    draw: (rng) => {
      const [g, gs] = rng.pick([
        ['department', 'departments'],
        ['office', 'offices'],
        ['team', 'teams'],
      ] as const)
      return {
        stem: `${EXCEL}, a client wants a staff list ordered by ${g} (A to Z) and, within each ${g}, by salary from highest to lowest. How is the Sort dialog set?`,
        key: `First level the ${g} column A to Z, then a second level (Then by) salary Largest to Smallest`,
        wrong: [
          [
            `One level on ${g} A to Z; salaries inside each ${g} are already kept largest first by Excel`,
            'believes a sort orders the other columns on its own',
          ],
          [
            `First level salary Largest to Smallest, then by ${g} A to Z`,
            `puts the inner order first, which mixes the ${gs}`,
          ],
          [
            `Sort the ${g} column alone, then the salary column alone`,
            'the second sort undoes the first',
          ],
          [
            `One level on salary; ${gs} group themselves`,
            'believes rows group without being sorted',
          ],
        ],
      }
    },
  },
  rule(
    'protect-workbook-structure',
    (rng) =>
      `${EXCEL} for Windows, a client wants ${rng.pick(['the team', 'the bookkeeper', 'other staff'])} to be unable to add, delete, rename or move sheets in a shared budget, while still editing cells. What does that?`,
    'Review > Protect Workbook (structure)',
    [
      [
        'Review > Allow Edit Ranges, listing the sheets that must not change',
        'edit ranges open cells for editing; they do not lock sheets',
      ],
      [
        'Review > Protect Sheet on every sheet',
        'sheet protection locks cells, not the set of sheets',
      ],
      ['File > Info > Mark as Final', 'makes the whole file read-only, cells too'],
      [
        'Hide the sheets that must not change',
        'hidden sheets can still be unhidden, deleted or renamed',
      ],
    ],
  ),
  rule(
    'hide-formulas-from-the-bar',
    (rng) =>
      `${EXCEL} for Windows, a client wants the ${rng.pick(['pricing', 'commission', 'margin'])} formulas in column F to calculate as usual but not show in the formula bar to other users. What does that?`,
    'Format Cells > Protection > Hidden for column F, then Review > Protect Sheet',
    [
      [
        'Set the number format of column F to ;;; and then protect the sheet',
        'hides the results while the formulas still show in the bar',
      ],
      [
        'Tick Locked on the Protection tab of Format Cells for those cells and leave the sheet unprotected, which hides the formula text from other users',
        'confuses Locked with Hidden and skips protection',
      ],
      [
        'Tick Hidden and leave the sheet unprotected',
        'Hidden takes effect only once the sheet is protected',
      ],
      ['Format the cells with ;;;', 'hides the results, not the formulas'],
      ['Hide column F', 'the results vanish too, and the column is easily unhidden'],
    ],
  ),
  rule(
    'co-authoring-needs-the-cloud',
    (rng) =>
      `${EXCEL}, a client emails a workbook to ${rng.pick(['two colleagues', 'a bookkeeper', 'the team'])} so they can edit it together at the same time. Edits end up in separate copies. What lets them co-author one file?`,
    'Save it to OneDrive or SharePoint and share a link with edit rights',
    [
      [
        'Email it again as a read-only attachment so that every person’s changes are sent back and merged into the original automatically',
        'believes emailed copies merge',
      ],
      [
        'Turn on Track Changes in each copy so that Excel combines the copies into one file the next time any of them is opened',
        'believes tracked copies combine themselves',
      ],
      [
        'Turn on the legacy Shared Workbook setting and email it again',
        'an emailed file is still a separate copy',
      ],
      ['Protect the workbook so only one copy exists', 'protection does not merge copies'],
      [
        'Save it as .xlsb so several people can open it',
        'the file type does not enable co-authoring',
      ],
    ],
  ),
  rule(
    'sheet-view-while-co-authoring',
    (rng) =>
      `${EXCEL}, with a workbook saved in OneDrive or SharePoint, several people edit a shared ${rng.pick(['order log', 'project tracker', 'stock list'])} at once. A client wants to filter and sort it for herself without changing what the others see. What does that?`,
    'A Sheet View (View > Sheet View > New), which keeps her own filter and sort out of the others’ view',
    [
      [
        'Apply the filter normally: in a shared workbook each person’s filters and sorts are kept to their own screen',
        'believes normal filters are personal in co-authoring',
      ],
      [
        'A Custom View (View > Custom Views > Add)',
        'Custom Views change the window for everyone and are off in workbooks with tables',
      ],
      ['A new window (View > New Window)', 'a second window shows the same filters to everyone'],
      [
        'A filtered copy of the sheet (Move or Copy > Create a copy)',
        'a copy splits the data, so others’ later edits never reach it',
      ],
      [
        'Apply the filter normally; filters are per user',
        'in co-authoring a normal filter changes everyone’s view',
      ],
      ['Protect the sheet first, then filter', 'protection blocks filtering unless allowed'],
      ['Freeze the top row, then filter', 'freezing panes does not separate views'],
    ],
  ),
  rule(
    'paste-into-a-filtered-list',
    (rng) =>
      `${EXCEL} for Windows, a list is filtered to show ${rng.pick(['only overdue invoices', 'one region', 'open tickets'])}. A client copies a block of new statuses from elsewhere and pastes it over the visible cells of the status column. What happens?`,
    'The paste fills consecutive rows, hidden ones included, so some values land in rows the filter hides',
    [
      [
        'Excel detects the filter and spreads the pasted values over the visible rows only, leaving the hidden rows unchanged as they were',
        'believes a paste skips filtered rows',
      ],
      [
        'Excel pastes the block below the last visible row of the list, outside the filtered range, so nothing in the list changes',
        'invents a relocation',
      ],
      ['Excel pastes into the visible rows only', 'believes a paste skips filtered rows'],
      ['Excel refuses to paste into a filtered range', 'expects an error that does not appear'],
      [
        'The filter is cleared and the paste lands as on an unfiltered list',
        'believes pasting removes the filter',
      ],
    ],
  ),
  rule(
    'flash-fill-does-not-update',
    (rng) =>
      `${EXCEL}, a client used Flash Fill to pull ${rng.pick(['first names', 'postcodes', 'order numbers'])} out of column A into column B. Later some entries in column A are corrected. What happens to column B?`,
    'Nothing: Flash Fill wrote values, not formulas, so B must be filled again',
    [
      [
        'Column B updates as soon as the workbook recalculates, because Flash Fill records the pattern it learned with the workbook',
        'believes Flash Fill keeps a live pattern',
      ],
      [
        'Column B updates at once for the changed rows only, since Flash Fill links each result to the cell it came from',
        'believes Flash Fill leaves links',
      ],
      ['Column B updates, as a formula would', 'believes Flash Fill leaves formulas'],
      ['Column B clears itself and shows a Flash Fill prompt', 'invents an automatic prompt'],
      [
        'Column B updates the next time the workbook recalculates',
        'believes recalculation re-runs Flash Fill',
      ],
    ],
  ),
]

export const TABLE_FAMILIES: readonly WorkbookFamily[] = FAMILIES.map(checked)
