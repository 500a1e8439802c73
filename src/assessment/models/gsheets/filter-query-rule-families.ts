import type { Rng } from '../../rng.js'
import { CLIENTS, REGIONS, rule, SHEETS, type SheetsFamily, TABS } from './sheets-case.js'

const client = (rng: Rng) => rng.pick(CLIENTS)
const tab = (rng: Rng) => rng.pick(TABS)
const [N, S] = ['North', 'South']

/**
 * FILTER, SORT, UNIQUE and QUERY as Google documents them: FILTER's conditions (several are
 * AND, added ones are OR), its #N/A when nothing matches and its spill; QUERY's language (clause
 * order, quoted text, date literals, Col1 names for arrays, group by, headers). Sources: the
 * FILTER, SORT, UNIQUE and QUERY function articles and the Query Language Reference.
 */
export const FILTER_QUERY_RULE_FAMILIES: readonly SheetsFamily[] = [
  rule(
    'filter-no-match',
    'FILTER function',
    (rng) =>
      `${SHEETS}, ${client(rng)}'s tab ${tab(rng)} has \`=FILTER(A2:C,B2:B="${rng.pick(REGIONS)}")\` in E2, and today no row has that region. What does E2 show?`,
    '#N/A: no matches are found in FILTER evaluation',
    [
      [
        '#VALUE!, because every row of the condition evaluates to FALSE and FILTER needs one TRUE',
        'reads a list of FALSE conditions as a type error',
      ],
      [
        'A blank result that fills again by itself as soon as a row with that region is added',
        'expects an empty result to show nothing',
      ],
      ['An empty cell, since there is nothing to list', 'expects an empty result to show nothing'],
      ['0', 'expects FILTER to return zero like a total of nothing'],
      ['#REF!, because the result has no rows to spill into', 'confuses it with the spill error'],
      ['#VALUE!, as every condition is FALSE', 'reads FALSE conditions as a type error'],
    ],
  ),
  rule(
    'filter-or-conditions',
    'FILTER function',
    (rng) =>
      `${SHEETS}, a client's ${tab(rng)} tab has names in A, regions in B and amounts in C. Which formula lists the rows whose region is ${N} or ${S}?`,
    `=FILTER(A2:C,(B2:B="${N}")+(B2:B="${S}"))`,
    [
      [
        '=FILTER(A2:C,(B2:B="North")+(B2:B="South")>1)',
        'needs both tests true, which no row passes',
      ],
      [`=FILTER(A2:C,B2:B="${N}",B2:B="${S}")`, 'extra conditions must all hold, so no row passes'],
      [`=FILTER(A2:C,OR(B2:B="${N}",B2:B="${S}"))`, 'OR returns one value for the whole range'],
      [`=FILTER(A2:C,(B2:B="${N}")*(B2:B="${S}"))`, 'multiplying conditions means AND'],
      [`=FILTER(A2:C,B2:B="${N}")`, 'keeps only one of the two regions'],
    ],
    true,
  ),
  rule(
    'filter-and-conditions',
    'FILTER function',
    (rng) => {
      const min = rng.pick([500, 750, 1000, 1200])
      return `${SHEETS}, a sales tab has reps in A, regions in B and amounts in C. Which formula lists the ${N} rows whose amount is over ${min}?`
    },
    '=FILTER(A2:C,B2:B="North",C2:C>MIN_)',
    [
      ['=FILTER(A2:C,(B2:B="North")+(C2:C>=MIN_))', 'adds the tests, which means OR'],
      ['=FILTER(A2:C,AND(B2:B="North",C2:C>=MIN_))', 'AND collapses the ranges to one value'],
      ['=FILTER(A2:C,B2:B="North",C2:C>=MIN_)', 'also keeps an amount equal to the limit'],
      ['=FILTER(A2:C,B2:B="North",B2:B>MIN_)', 'tests the region column against the number'],
      [
        '=FILTER(A2:C,(B2:B="North")+(C2:C>MIN_))',
        'adding conditions means OR, so either test passes',
      ],
      [
        '=FILTER(A2:C,AND(B2:B="North",C2:C>MIN_))',
        'AND collapses the ranges to one TRUE or FALSE',
      ],
      ['=FILTER(A2:C,B2:B="North")', 'leaves out the amount test'],
      ['=FILTER(A2:C,C2:C>MIN_)', 'leaves out the region test'],
    ],
    true,
  ),
  rule(
    'filter-spill-blocked',
    'FILTER function; ARRAYFORMULA function',
    (rng) => {
      const cell = `${rng.pick(['E', 'F', 'G'])}${rng.int(5, 12)}`
      return `${SHEETS}, a FILTER formula shows #REF! with the note "Array result was not expanded because it would overwrite data in ${cell}". What fixes it?`
    },
    'Clearing the cells the result must spill into',
    [
      [
        'Wrapping the whole FILTER formula in ARRAYFORMULA so that it is allowed to expand over the values below',
        'thinks array mode lets a result overwrite cells',
      ],
      [
        'Converting the source range to absolute references with $ so the filtered result stops moving',
        'treats it as a reference error from copying',
      ],
      ['Wrapping the FILTER in ARRAYFORMULA', 'thinks the formula lacks array mode'],
      ['Pressing Ctrl+Shift+Enter on the formula', 'the Excel habit for legacy array formulas'],
      [
        'Making every range in the formula absolute with $',
        'treats it as a reference error from copying',
      ],
      [
        'Wrapping it in IFERROR so the #REF! is hidden',
        'hides the error, and the list still does not appear',
      ],
    ],
  ),
  rule(
    'filter-mismatched-sizes',
    'FILTER function',
    (rng) =>
      `${SHEETS}, \`=FILTER(A2:C40,D2:D41="${rng.pick(['Paid', 'Open', 'Booked'])}")\` on the ${tab(rng)} tab shows an error instead of a list. Why?`,
    'The condition has 40 rows and the range 39; they must be the same height',
    [
      [
        'A FILTER condition compares text, so it needs ARRAYFORMULA wrapped around the whole of the condition range',
        'thinks array conditions need array mode',
      ],
      [
        'Text in a FILTER condition must go in single quotes, as in a QUERY string, not in double quotes',
        'mixes up QUERY strings with formulas',
      ],
      [
        'A FILTER condition needs ARRAYFORMULA around it',
        'thinks array conditions need array mode',
      ],
      ['Text in a condition must be in single quotes', 'mixes up QUERY strings with formulas'],
      [
        'FILTER returns one column only, and A2:C40 has three',
        'thinks FILTER cannot return several columns',
      ],
      [
        'The condition column must sit inside the filtered range',
        'thinks conditions must come from the range',
      ],
    ],
  ),
  rule(
    'sort-two-keys',
    'SORT function',
    (rng) =>
      `${SHEETS}, a ${tab(rng)} tab has client names in A, cities in B and amounts in C (rows 2 down). Which formula lists the rows by amount, highest first, with equal amounts in name order A to Z?`,
    '=SORT(A2:C,3,FALSE,1,TRUE)',
    [
      ['=SORT(A2:C,3,TRUE,1,FALSE)', 'lowest amounts first, tied names Z to A'],
      ['=SORT(A2:C,1,FALSE,3,TRUE)', 'sorts by name Z to A, then lowest amounts'],
      ['=SORT(A2:C,3,FALSE,1,FALSE)', 'orders tied names Z to A'],
      ['=SORT(A2:C,1,TRUE)', 'sorts by name only'],
      ['=SORT(A2:C,3,FALSE)', 'sorts by amount only, leaving ties unordered'],
      ['=SORT(A2:C,1,TRUE,3,FALSE)', 'makes the name the first sort key'],
      ['=SORT(A2:C,3,TRUE,1,TRUE)', 'sorts the amounts lowest first'],
      [
        '=SORT(A2:C,"Amount",FALSE,"Name",TRUE)',
        'names header texts where SORT takes column numbers',
      ],
    ],
    true,
  ),
  rule(
    'unique-exactly-once',
    'UNIQUE function',
    (rng) =>
      `${SHEETS}, A2:A hold the emails on ${client(rng)}'s waiting list; some people signed up twice. Which formula lists only the emails that appear exactly once?`,
    '=UNIQUE(A2:A,FALSE,TRUE)',
    [
      ['=UNIQUE(A2:A,FALSE,FALSE)', 'exactly_once FALSE, the default, lists repeated emails once'],
      ['=FILTER(A2:A,COUNTIF(A2:A,A2:A)>1)', 'keeps the repeated emails instead'],
      ['=UNIQUE(A2:A)', 'lists every distinct email, the repeated ones once'],
      ['=UNIQUE(A2:A,TRUE)', 'by_column TRUE compares columns, not rows'],
      ['=COUNTUNIQUE(A2:A)', 'counts the distinct emails instead of listing them'],
      ['=UNIQUE(A2:A,TRUE,FALSE)', 'sets by_column where exactly_once was meant'],
    ],
    true,
  ),
  rule(
    'query-text-in-single-quotes',
    'QUERY function; Query Language Reference',
    (rng) =>
      `${SHEETS}, a ${tab(rng)} tab has a header row and client names in A, regions in B and amounts in D. Which formula lists the name and amount of the ${N} rows?`,
    `=QUERY(A1:D,"select A, D where B = '${N}'",1)`,
    [
      ['=QUERY(A1:D,"select A, C where B = North",1)', 'unquoted text and the wrong amount column'],
      ['=QUERY(A1:D,"select A, D where Region = North",1)', 'a header name and unquoted text'],
      ['=QUERY(A1:D,"select A, C where B = \'North\'",1)', 'selects column C, not the amount'],
      [
        '=QUERY(A1:D,"select B, D where B = \'North\'",1)',
        'selects the region instead of the name',
      ],
      ['=QUERY(A1:D,"select A, D where A = \'North\'",1)', 'tests the name column'],
      [
        '=QUERY(A1:D,"select A, D where B = \'north\'",1)',
        'lower-cases the text, and the query language compares case-sensitively',
      ],
      [
        `=QUERY(A1:D,"select A, D where B = ${N}",1)`,
        'unquoted text, which QUERY reads as a column',
      ],
      [
        `=QUERY(A1:D,"select A, D where Region = '${N}'",1)`,
        'names the header where QUERY wants the column letter',
      ],
      [
        `=QUERY(A1:D,"select A, D where B == '${N}'",1)`,
        'a doubled equals sign, which the query language does not have',
      ],
      [`=QUERY(A1:D,"select A, D if B = '${N}'",1)`, 'writes if where the language needs where'],
    ],
    true,
  ),
  rule(
    'query-clause-order',
    'Query Language Reference (Language clauses)',
    () =>
      `${SHEETS}, a QUERY on an orders tab (client in A, status in C, amount in D) should total each client's amounts over 100 and show the five largest totals. Which query string is valid?`,
    'select A, sum(D) where D > 100 group by A order by sum(D) desc limit 5',
    [
      [
        'select A, sum(D) group by A where D > 100 order by sum(D) desc limit 5',
        'puts group by before where',
      ],
      [
        'select A, sum(D) where D > 100 order by sum(D) desc group by A limit 5',
        'puts order by before group by',
      ],
      [
        'select A, sum(D) where D > 100 group by A limit 5 order by sum(D) desc',
        'puts limit before order by',
      ],
      [
        'select A, sum(D) where D > 100 order by sum(D) desc limit 5',
        'aggregates without grouping by A',
      ],
    ],
    true,
  ),
  rule(
    'query-group-by-needed',
    'Query Language Reference (Group By)',
    (rng) =>
      `${SHEETS}, \`=QUERY(A1:D,"select B, sum(D)",1)\` on ${client(rng)}'s sheet shows an error. What makes it total the amounts for each value in column B?`,
    'Adding group by B',
    [
      ['Adding limit 1', 'limits the rows; groups nothing'],
      ['Adding pivot B', 'pivot spreads values into columns and still needs B grouped'],
      [
        'Adding order by B to the query, so the amounts are listed per value of B',
        'ordering does not group rows',
      ],
      ['Adding order by B to the query', 'ordering does not group rows'],
      ['Changing the header argument from 1 to 0', 'blames the header row'],
      ['Writing sum(D:D) instead of sum(D)', 'uses sheet range syntax inside the query'],
      ["Adding label sum(D) 'Total' to the query", 'renames the column, which groups nothing'],
    ],
  ),
  rule(
    'query-cell-value',
    'QUERY function',
    (rng) =>
      `${SHEETS}, F1 holds a region typed by ${client(rng)}'s manager. Which formula lists the names (A) and amounts (D) of the rows whose region (B) equals F1?`,
    `=QUERY(A1:D,"select A, D where B = '"&F1&"'",1)`,
    [
      [
        `=QUERY(A1:D,"select A, D where B = 'F1'",0)`,
        'looks for the text F1 and reads the header row as data',
      ],
      [
        '=QUERY(A1:D,"select A, D where B = F1",0)',
        'reads F1 as a column and the header row as data',
      ],
      [
        `=QUERY(A1:D,"select A, B where B = '"&F1&"'",1)`,
        'selects the region column instead of the amount',
      ],
      [
        `=QUERY(A1:D,"select A, D where A = '"&F1&"'",1)`,
        'tests the name column against the region',
      ],
      [
        '=QUERY(A1:D,"select A, D where B = \'"&F1&"\' limit 1",1)',
        'limit 1 keeps only the first matching row',
      ],
      [
        '=QUERY(A1:D,"select A, D where B = \'"&"F1"&"\'",1)',
        'joins the text F1 rather than the cell',
      ],
      [
        '=QUERY(A1:D,"select A, D where B = F1",1)',
        'a cell address inside the string is read as a column',
      ],
      [`=QUERY(A1:D,"select A, D where B = 'F1'",1)`, 'looks for the text F1'],
      [
        '=QUERY(A1:D,"select A, D where B = "&F1,1)',
        'joins the value without quotes, so it reads as a column',
      ],
      [
        `=QUERY(A1:D,"select A, D where B = '&F1&'",1)`,
        'the & sits inside the string, so nothing is joined',
      ],
    ],
    true,
  ),
  rule(
    'query-date-literal',
    'Query Language Reference (Literals)',
    (rng) => {
      const [d, month] = rng.pick([
        [31, 'January'],
        [28, 'February'],
        [31, 'March'],
        [30, 'April'],
        [31, 'May'],
        [30, 'June'],
      ] as const)
      return `${SHEETS}, column C of a bookings tab holds real dates. Which query string keeps the rows after ${d} ${month} 2026?`
    },
    "select * where C > date 'YMD'",
    [
      ["select * where C > 'DMYTEXT'", 'a day-first text string, not a date'],
      ["select * where C >= 'YMD'", 'a text string, and the day itself too'],
      ["select * where C >= date 'YMD'", 'also keeps the day itself'],
      ["select * where C > date 'DMYTEXT'", 'writes the date literal day first'],
      ["select * where C > 'YMD'", 'compares dates with a text string'],
      ['select * where C > DATE(Y,M,D)', 'puts a sheet function inside the query string'],
      ['select * where C > DMY', 'an unquoted date, read as division'],
      ["select * where C > datetime 'YMD'", 'a datetime literal needs a time as well'],
    ],
    true,
  ),
  rule(
    'query-col-names-for-arrays',
    'QUERY function',
    (rng) =>
      `${SHEETS}, a formula queries IMPORTRANGE's output from ${client(rng)}'s file (name in the first column, status in the second, amount in the fourth). Which query string names the columns correctly?`,
    "select Col1, Col4 where Col2 = 'Paid'",
    [
      ["select A, D where B = 'Paid'", 'letters only work when the data is a range of this sheet'],
      ["select Name, Amount where Status = 'Paid'", 'header names are not column ids'],
      ["select 1, 4 where 2 = 'Paid'", 'numbers are values, not columns'],
      ['select Col1, Col4 where Col2 = Paid', 'leaves the text unquoted, so it reads as a column'],
    ],
    true,
  ),
  rule(
    'query-headers-argument',
    'QUERY function',
    (rng) =>
      `${SHEETS}, \`=QUERY(A1:C,"select A, sum(C) group by A",0)\` on the ${tab(rng)} tab returns a row for each client and also a row for the header text "Client". What fixes it?`,
    'Setting the last argument to 1',
    [
      [
        'Adding where A is not null to the query, which removes the header row from the groups',
        'the header row is not empty, so it stays',
      ],
      [
        "Adding label A '' to the query so the header text is renamed to nothing and disappears",
        'renames a column, which does not remove a row',
      ],
      ['Adding order by A to the query', 'ordering keeps every group, the header one too'],
      ['Adding where A is not null', 'the header row is not empty, so it stays'],
      ["Adding label A '' to the query", 'renames a column, which does not remove a row'],
      ['Adding offset 1 to the query', 'skips the first group, not the header'],
    ],
  ),
  rule(
    'query-contains',
    'Query Language Reference (Where)',
    (rng) =>
      `${SHEETS}, column A of a supplier tab holds company names. Which query string keeps the rows whose name includes the text ${rng.pick(['Ltd', 'GmbH', 'Group', 'Studio'])} anywhere?`,
    "select * where A contains 'WORD'",
    [
      ["select * where A like 'WORD'", 'like without % matches only the whole name'],
      ["select * where A = '*WORD*'", 'wildcards do not work with an equals test'],
      [
        "select * where A matches 'WORD'",
        'matches needs the regular expression to fit the whole name',
      ],
      ["select * where A starts with 'WORD'", 'keeps only names that begin with it'],
    ],
    true,
  ),
  rule(
    'arrayformula-blank-rows',
    'ARRAYFORMULA function',
    (rng) =>
      `${SHEETS}, a form fills ${client(rng)}'s order rows from row 2 down, quantity in B and price in C. One formula in D2 should show each order's total, and nothing on rows not yet filled. Which formula?`,
    '=ARRAYFORMULA(IF(B2:B="",,B2:B*C2:C))',
    [
      [
        '=ARRAYFORMULA(IF(B2:B="","",B2:B*C2:C)*1)',
        'multiplies the empty text by 1, giving #VALUE! on the empty rows',
      ],
      ['=ARRAYFORMULA(IF(B2="",,B2:B*C2:C))', 'tests B2 alone, so every row follows row 2'],
      ['=ARRAYFORMULA(B2:B*C2:C)', 'fills a 0 on every empty row below the data'],
      ['=ARRAYFORMULA(SUM(B2:B*C2:C))', 'SUM folds the products into one total'],
      ['=ARRAYFORMULA(B2*C2)', 'single cells, so only row 2 is computed'],
      ['=IF(B2:B="",,B2*C2)', 'without ARRAYFORMULA, only one value comes back'],
    ],
    true,
  ),
  rule(
    'arrayformula-shortcut',
    'ARRAYFORMULA function',
    (rng) =>
      `${SHEETS}, while editing a formula in ${client(rng)}'s sheet, which keys wrap it in ARRAYFORMULA( ) automatically?`,
    'Ctrl+Shift+Enter',
    [
      ['Ctrl+Alt+Shift+Enter', 'adds a key that is not part of the shortcut'],
      ['Shift+Enter', 'leaves out Ctrl'],
      ['Ctrl+Shift+Alt+A', 'an invented shortcut for ARRAYFORMULA'],
      ['F4', 'F4 cycles a reference through $ anchors'],
      ['Ctrl+Enter', 'confirms the entry, with no array wrap'],
      ['Alt+Enter', 'starts a new line inside the cell'],
      ['Ctrl+D', 'fills the cell above down'],
    ],
  ),
  rule(
    're2-no-lookahead',
    'REGEXMATCH function (RE2 syntax)',
    (rng) =>
      `${SHEETS}, \`=REGEXMATCH(A2,"^(?=.*\\d)[A-Z]{${rng.int(6, 9)}}")\` copied from a JavaScript tutorial returns an error for every cell. Why?`,
    'Sheets uses RE2, which has no lookahead like (?=…)',
    [
      [
        'REGEXMATCH needs the pattern between slashes',
        'writes the pattern as a JavaScript literal',
      ],
      [
        'The backslash must be doubled inside a Sheets string',
        'applies escaping rules from code to formula text',
      ],
      ['REGEXMATCH only accepts patterns from a cell', 'thinks literal patterns are refused'],
      ['Curly-brace counts are not supported in Sheets', 'blames the repetition count'],
    ],
  ),
].map((f) => withFilledNumbers(f))

/** Fills the placeholders a family's answers share with its drawn stem (thresholds, dates, words). */
function withFilledNumbers(family: SheetsFamily): SheetsFamily {
  return {
    ...family,
    draw: (rng) => {
      const s = family.draw(rng)
      const min = /over (\d+)\?/.exec(s.stem)?.[1]
      const word = /the text (\w+) anywhere/.exec(s.stem)?.[1]
      const date = /after (\d+) (\w+) 2026/.exec(s.stem)
      const fill = (t: string) => {
        let out = t
        if (min) out = out.replaceAll('MIN_', min)
        if (word) out = out.replaceAll('WORD', word)
        if (date) {
          const m = MONTH_NUMBERS[date[2]!]!
          const [d, mm] = [date[1]!.padStart(2, '0'), String(m).padStart(2, '0')]
          out = out
            .replace('DMYTEXT', `${d}-${mm}-2026`)
            .replace('YMD', `2026-${mm}-${d}`)
            .replace('DATE(Y,M,D)', `DATE(2026,${m},${Number(d)})`)
            .replace('DMY', `${d}/${mm}/2026`)
        }
        return out
      }
      return { ...s, key: fill(s.key), wrong: s.wrong.map(([t, m]) => [fill(t), m] as const) }
    },
  }
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
}
