import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import { checked, dateWords, EXCEL, rule, serialOf, type WorkbookFamily } from './workbook.js'

const FIRST = ['ada', 'Bram', 'chloe', 'DEV', 'Esme', 'farid', 'Greta', 'hugo']
const LAST = ['LOVELACE', 'van Dijk', 'okafor', 'Silva', 'NAKAMURA', 'berg', 'Moreau', 'KOWALSKI']
const proper = (w: string) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()
const pad2 = (n: number) => String(n).padStart(2, '0')
const DAY_MS = 86_400_000
const dateOf = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * DAY_MS)
/** 0 Sunday … 6 Saturday, as JavaScript counts, for the families' own expected values. */
const dow = (serial: number) => dateOf(serial).getUTCDay()

/**
 * Text and date functions on a client's lists: names split and recased, codes cleaned, lists
 * joined, dates built from parts, month ends, renewals, working days, weekdays, whole years,
 * and dates shown inside text.
 */
const FAMILIES: readonly WorkbookFamily[] = [
  {
    id: 'proper-case-for-names',
    draw: (rng) => {
      const first = rng.pick(
        FIRST.filter((f) => f !== f[0]!.toUpperCase() + f.slice(1).toLowerCase()),
      )
      const last = rng.pick(LAST.filter((l) => !l.includes(' ')))
      const raw = `${first} ${last}`
      return {
        stem: `${EXCEL}, A2 holds a client name typed as "${raw}". Which formula in B2 shows it with each word capitalised and the rest in lower case?`,
        key: '=PROPER(A2)',
        wrong: [
          ['=UPPER(A2)', 'puts every letter in capitals'],
          [
            '=UPPER(LEFT(A2,1))&LOWER(MID(A2,2,99))',
            'capitalises only the first letter of the whole cell',
          ],
          [
            '=UPPER(LEFT(A2,1))&MID(A2,2,99)',
            'capitalises the first letter and leaves the rest as typed',
          ],
          ['=LOWER(A2)', 'puts every letter in lower case'],
          [
            '=PROPER(LEFT(A2,1))&MID(A2,2,99)',
            'applies PROPER to the first letter only, leaving the rest as typed',
          ],
        ],
        sheet: {
          cells: { A2: raw },
          at: 'B2',
          copies: [['B2', `${proper(first)} ${proper(last)}`]],
        },
      }
    },
  },
  {
    id: 'first-name-before-the-space',
    draw: (rng) => {
      const first = proper(rng.pick(FIRST))
      const last = proper(rng.pick(LAST.filter((l) => !l.includes(' '))))
      return {
        stem: `${EXCEL}, A2 holds a full name such as "${first} ${last}" (first name, one space, last name; names differ in length). Which formula in B2 returns the first name alone?`,
        key: '=LEFT(A2,FIND(" ",A2)-1)',
        wrong: [
          ['=LEFT(A2,FIND(" ",A2))', 'takes the space along with the name'],
          ['=MID(A2,FIND(" ",A2)+1,99)', 'returns what follows the space, the last name'],
          ['=LEFT(A2,FIND(" ",A2)+1)', 'takes the space and the next letter'],
          ['=LEFT(A2,LEN(A2)-FIND(" ",A2))', "takes the last name's length from the left"],
        ],
        sheet: { cells: { A2: `${first} ${last}` }, at: 'B2', copies: [['B2', first]] },
      }
    },
  },
  {
    id: 'last-name-from-the-right',
    draw: (rng) => {
      const first = proper(rng.pick(FIRST))
      const last = proper(rng.pick(LAST.filter((l) => !l.includes(' '))))
      if (first.length === last.length || first.length + 1 === last.length) return drawAgain()
      return {
        stem: `${EXCEL}, A2 holds a full name such as "${first} ${last}" (first name, one space, last name). Which formula in C2 returns the last name alone, using RIGHT?`,
        key: '=RIGHT(A2,LEN(A2)-FIND(" ",A2))',
        wrong: [
          [
            '=MID(A2,FIND(" ",A2),LEN(A2))',
            'starts MID at the space itself, so the result keeps it',
          ],
          [
            '=RIGHT(A2,LEN(A2)-LEN(" "))',
            'subtracts the length of the space instead of its position',
          ],
          ['=RIGHT(A2,FIND(" ",A2))', "uses the space's position as the number of characters"],
          ['=RIGHT(A2,LEN(A2)-FIND(" ",A2)+1)', 'keeps the space in front of the last name'],
          ['=RIGHT(A2,FIND(" ",A2)-1)', "takes the first name's length from the right"],
          ['=LEFT(A2,FIND(" ",A2)-1)', 'LEFT where RIGHT was meant, so it returns the first name'],
        ],
        sheet: { cells: { A2: `${first} ${last}` }, at: 'C2', copies: [['C2', last]] },
      }
    },
  },
  {
    id: 'substitute-every-separator',
    draw: (rng) => {
      const groups = [rng.int(100, 999), rng.int(100, 999), rng.int(1000, 9999)]
      const phone = groups.join('-')
      return {
        stem: `${EXCEL}, A2 holds a phone number typed with hyphens, such as ${phone}. Which formula in B2 returns the digits with every hyphen removed?`,
        key: '=SUBSTITUTE(A2,"-","")',
        wrong: [
          ['=SUBSTITUTE(A2,"-","",1)', 'the instance number 1 removes only the first hyphen'],
          ['=TRIM(A2)', 'TRIM removes extra spaces, not hyphens'],
          ['=SUBSTITUTE(A2," ","")', 'removes spaces instead of hyphens'],
          ['=SUBSTITUTE(A2,"","-")', 'swaps the old and new text'],
          ['=SUBSTITUTE(A2,"-"," ")', 'puts a space where each hyphen was'],
          ['=CLEAN(A2)', 'CLEAN removes non-printing characters, not hyphens'],
        ],
        sheet: { cells: { A2: phone }, at: 'B2', copies: [['B2', groups.join('')]] },
      }
    },
  },
  {
    id: 'textjoin-skipping-blanks',
    draw: (rng) => {
      const tags = rng.shuffle(['urgent', 'vip', 'overdue', 'new', 'wholesale']).slice(0, 3)
      const slots = rng.shuffle([0, 1, 2, -1, -1])
      const cells: Record<string, string> = {}
      slots.forEach((s, i) => {
        if (s >= 0) cells[`A${i + 2}`] = tags[s]!
      })
      const shownOrder = slots.filter((s) => s >= 0).map((s) => tags[s]!)
      return {
        stem: `${EXCEL}, A2:A6 hold a client's tags, with some cells empty. Which formula in B2 lists the tags separated by a comma and a space, with no doubled commas for the empty cells?`,
        key: '=TEXTJOIN(", ",TRUE,A2:A6)',
        wrong: [
          ['=TEXTJOIN(",",TRUE,A2:A6)', 'a comma with no space after it'],
          [
            '=A2&", "&A3&", "&A4&", "&A5&", "&A6',
            'joins each cell by hand, leaving commas for the empty ones',
          ],
          [
            '=TEXTJOIN(", ",FALSE,A2:A6)',
            'FALSE keeps the empty cells, which leave doubled commas',
          ],
          ['=CONCAT(A2:A6)', 'joins the tags with no separator'],
          ['=TEXTJOIN(TRUE,", ",A2:A6)', 'swaps the delimiter and ignore_empty arguments'],
          [
            '=CONCAT(A2,", ",A3,", ",A4,", ",A5,", ",A6)',
            'lists each cell with its own separator, leaving doubled commas for the empty ones',
          ],
          [
            '=TEXTJOIN(", ",TRUE,A2,A6)',
            'a comma where the colon of a range was meant, so only A2 and A6 are joined',
          ],
        ],
        sheet: { cells, at: 'B2', copies: [['B2', shownOrder.join(', ')]] },
      }
    },
  },
  rule(
    'find-versus-search',
    (rng) =>
      `${EXCEL}, a client's ${rng.pick(['order notes', 'product descriptions', 'email subjects'])} mix upper and lower case. A formula must find where "ref" appears in A2 whether it is typed ref, Ref or REF. Which function fits, and why?`,
    'SEARCH, because it ignores case (and accepts wildcards); FIND matches case exactly',
    [
      [
        'FIND, because SEARCH is meant for searching a whole range of cells while FIND looks inside one cell',
        'confuses SEARCH with a range search',
      ],
      [
        'LOOKUP, because it compares text in any case and returns the position of the first match inside the cell',
        'LOOKUP searches a range, not inside text',
      ],
      ['FIND, because it ignores case; SEARCH matches case exactly', 'swaps the two functions'],
      ['Either: both ignore case and differ only in speed', 'believes FIND ignores case'],
      [
        'MATCH, because it returns the position of text inside a cell',
        'MATCH finds an item in a range, not text in a cell',
      ],
    ],
  ),
  {
    id: 'date-from-day-month-year-columns',
    draw: (rng) => {
      const y = rng.int(2025, 2029)
      const m = rng.int(1, 12)
      const d = rng.int(13, 28)
      return {
        stem: `${EXCEL}, an import split a date into three cells: A2 holds the day (${d}), B2 the month (${m}) and C2 the year (${y}). Which formula in D2 returns the date as a real date value?`,
        key: '=DATE(C2,B2,A2)',
        wrong: [
          ['=DATE(A2,B2,C2)', 'passes the day where DATE wants the year'],
          ['=DATE(C2,A2,B2)', 'passes the day as the month, as in US order'],
          ['=A2&"/"&B2&"/"&C2', 'builds text that looks like a date but is not one'],
        ],
        sheet: { cells: { A2: d, B2: m, C2: y }, at: 'D2', copies: [['D2', serialOf(y, m, d)]] },
      }
    },
  },
  {
    id: 'due-at-end-of-next-month',
    draw: (rng) => {
      const y = rng.int(2025, 2028)
      const m = rng.int(1, 12)
      const d = rng.int(2, 27)
      const invoice = serialOf(y, m, d)
      const due = serialOf(y, m + 2, 1) - 1
      return {
        stem: `${EXCEL}, A2 holds an invoice date (${dateWords(invoice)}). The client's terms make an invoice due on the last day of the month after the month it is dated. Which formula in B2 returns the due date?`,
        key: '=EOMONTH(A2,1)',
        wrong: [
          ['=EOMONTH(A2,0)', 'returns the end of the invoice month itself'],
          ['=EDATE(A2,1)', 'returns the same day next month'],
          ['=A2+30', 'adds 30 days instead of going to the month end'],
          ['=EOMONTH(A2,2)', 'counts two months on'],
        ],
        sheet: { cells: { A2: invoice }, at: 'B2', copies: [['B2', due]] },
      }
    },
  },
  {
    id: 'renewal-twelve-months-on',
    draw: (rng) => {
      // Starts in the year before a leap day, so a year of 365 days falls a day short.
      const y = rng.pick([2027, 2031, 2035])
      const starts = [
        serialOf(y, rng.int(3, 12), rng.int(1, 28)),
        serialOf(y, rng.int(3, 12), rng.int(1, 28)),
      ]
      const cells: Record<string, number> = {}
      const copies = starts.map((s, i) => {
        cells[`A${i + 2}`] = s
        const d = dateOf(s)
        return [
          `B${i + 2}`,
          serialOf(d.getUTCFullYear() + 1, d.getUTCMonth() + 1, d.getUTCDate()),
        ] as const
      })
      return {
        stem: `${EXCEL}, A2:A3 hold contract start dates (for example ${dateWords(starts[0]!)}). Each contract renews on the same day of the month twelve months later. Which formula in B2, filled down, returns the renewal date?`,
        key: '=EDATE(A2,12)',
        wrong: [
          ['=A2+365', 'adds 365 days, which falls a day short across a 29 February'],
          ['=EOMONTH(A2,12)', 'returns the month end twelve months on'],
          ['=A2+12', 'adds twelve days'],
          ['=EDATE(A2,1)', 'adds one month, reading the 12 as a year'],
          ['=EDATE(A2,12)-1', 'gives the last day of the term, not the renewal date'],
          ['=A2+52*7', 'adds 52 weeks, which falls a day or two short of a year'],
          ['=EDATE(12,A2)', 'swaps the start date and the number of months'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    id: 'working-days-between-dates',
    draw: (rng) => {
      const start = serialOf(rng.int(2025, 2028), rng.int(1, 12), rng.int(1, 28))
      const end = start + rng.int(9, 40)
      let n = 0
      for (let d = start; d <= end; d++) if (dow(d) !== 0 && dow(d) !== 6) n++
      return {
        stem: `${EXCEL}, A2 holds a project's start date and B2 its end date. The client bills per working day (Monday to Friday, both end dates included, no holidays). Which formula in C2 counts the working days?`,
        key: '=NETWORKDAYS(A2,B2)',
        wrong: [
          ['=B2-A2', 'counts calendar days and leaves out the start day'],
          ['=DAYS(B2,A2)+1', 'counts calendar days, weekends included'],
          ['=NETWORKDAYS(B2,A2)', 'swaps the dates, which returns the count as a negative'],
          [
            '=NETWORKDAYS.INTL(A2,B2,11)',
            'weekend code 11 is Sunday only, so Saturdays are counted as working days',
          ],
          ['=DATEDIF(A2,B2,"D")', 'counts calendar days and leaves out the start day'],
        ],
        sheet: { cells: { A2: start, B2: end }, at: 'C2', copies: [['C2', n]] },
      }
    },
  },
  {
    id: 'working-days-less-holidays',
    draw: (rng) => {
      const y = rng.int(2025, 2028)
      const m = rng.int(1, 11)
      const start = serialOf(y, m, 1)
      const end = serialOf(y, m + 1, 1) - 1
      const weekday = (s: number) => dow(s) !== 0 && dow(s) !== 6
      const days = Array.from({ length: end - start + 1 }, (_, i) => start + i)
      const weekdays = days.filter(weekday)
      const weekend = days.filter((d) => !weekday(d))
      const holidays = [...rng.shuffle(weekdays).slice(0, 2), rng.pick(weekend)]
      const cells: Record<string, number> = { A2: start, B2: end, A3: start, B3: end }
      holidays.forEach((h, i) => {
        cells[`E${i + 2}`] = h
      })
      const n = weekdays.length - 2
      return {
        stem: `${EXCEL}, A2 and B2 hold the first and last day of a month; E2:E4 list the client's public holidays for that month (one falls on a weekend). A formula in C2, filled down to C3 for the next row's dates, counts the working days (Monday to Friday) less the holidays. Which formula works?`,
        key: '=NETWORKDAYS(A2,B2,$E$2:$E$4)',
        wrong: [
          ['=NETWORKDAYS(A2,B2)-COUNT($E$2:$E$4)', 'subtracts every holiday, the weekend one too'],
          ['=NETWORKDAYS.INTL(A2,B2,1)', 'sets the weekend but leaves out the holiday list'],
          ['=NETWORKDAYS(A2,B2)', 'leaves out the holiday list'],
          ['=NETWORKDAYS(A2,B2,E2:E4)', 'a relative holiday range that slides down when filled'],
          ['=NETWORKDAYS(A2,B2)-3', 'subtracts the weekend holiday too'],
        ],
        sheet: {
          cells,
          at: 'C2',
          copies: [
            ['C2', n],
            ['C3', n],
          ],
        },
      }
    },
  },
  {
    id: 'deadline-in-working-days',
    draw: (rng) => {
      const start = serialOf(rng.int(2025, 2028), rng.int(1, 12), rng.int(1, 28))
      const days = rng.pick([5, 10, 15])
      const isWork = (s: number) => dow(s) !== 0 && dow(s) !== 6
      // One holiday lands inside the window, so ignoring it moves the deadline.
      const inside: number[] = []
      for (let d = start + 1; inside.length < days; d++) if (isWork(d)) inside.push(d)
      const holiday = inside[rng.int(0, days - 2)]!
      let left = days
      let d = start
      while (left > 0) {
        d++
        if (isWork(d) && d !== holiday) left--
      }
      const cells: Record<string, number> = { A2: start, B2: days, E2: holiday }
      return {
        stem: `${EXCEL}, A2 holds the date a client's request came in, B2 the number of working days allowed (${days}) and E2 a public holiday. Which formula in C2 returns the deadline, counting Monday to Friday only and skipping the holiday?`,
        key: '=WORKDAY(A2,B2,E2)',
        wrong: [
          ['=WORKDAY(B2,A2,E2)', 'swaps the start date and the number of days'],
          ['=EDATE(A2,B2)', 'adds months instead of working days'],
          ['=NETWORKDAYS(A2,A2+B2,E2)', 'counts working days instead of returning a date'],
          ['=WORKDAY(A2,B2-1,E2)', 'counts the day the request came in as the first working day'],
          ['=WORKDAY(A2,B2)', 'leaves out the holiday'],
          ['=A2+B2', 'adds calendar days'],
          ['=A2+B2/5*7', 'converts working days to calendar weeks, ignoring the holiday'],
        ],
        sheet: { cells, at: 'C2', copies: [['C2', d]] },
      }
    },
  },
  {
    id: 'weekday-monday-first',
    draw: (rng) => {
      const dates = Array.from({ length: 3 }, () =>
        serialOf(rng.int(2025, 2028), rng.int(1, 12), rng.int(1, 28)),
      )
      const cells: Record<string, number> = {}
      dates.forEach((s, i) => {
        cells[`A${i + 2}`] = s
      })
      return {
        stem: `${EXCEL}, A2:A4 hold shift dates. A formula in B2, filled down, should number the weekday with Monday as 1 and Sunday as 7. Which formula works?`,
        key: '=WEEKDAY(A2,2)',
        wrong: [
          ['=TEXT(A2,"dddd")', 'returns the name of the day, not a number'],
          ['=WEEKDAY(A2,1)', 'type 1 counts Sunday as 1'],
          ['=WEEKDAY(A2)', 'the default type counts Sunday as 1'],
          ['=WEEKDAY(A2,3)', 'type 3 counts Monday as 0'],
          ['=DAY(A2)', 'returns the day of the month'],
        ],
        sheet: {
          cells,
          at: 'B2',
          copies: dates.map((s, i) => [`B${i + 2}`, ((dow(s) + 6) % 7) + 1] as const),
        },
      }
    },
  },
  {
    id: 'whole-years-of-service',
    draw: (rng) => {
      const y = rng.int(2012, 2020)
      const m = rng.int(4, 12)
      const d = rng.int(1, 28)
      const start = serialOf(y, m, d)
      // The review date falls before the anniversary, so the year in progress is not complete.
      const ry = rng.int(2026, 2028)
      const review = serialOf(ry, rng.int(1, m - 1), rng.int(1, 28))
      return {
        stem: `${EXCEL}, A2 holds a staff member's start date (${dateWords(start)}) and B2 a review date (${dateWords(review)}). Which formula in C2 returns the number of complete years of service?`,
        key: '=DATEDIF(A2,B2,"Y")',
        wrong: [
          ['=YEARFRAC(A2,B2)', 'returns years with a fraction, not complete years'],
          ['=DATEDIF(A2,B2,"YM")', 'unit YM gives the months beyond the whole years'],
          ['=YEAR(B2)-YEAR(A2)', 'subtracts the years, counting the year not yet completed'],
          ['=DATEDIF(B2,A2,"Y")', 'puts the later date first, which gives #NUM!'],
          ['=DATEDIF(A2,B2,"M")', 'unit M counts complete months'],
        ],
        sheet: { cells: { A2: start, B2: review }, at: 'C2', copies: [['C2', ry - y - 1]] },
      }
    },
  },
  {
    id: 'date-inside-text',
    draw: (rng) => {
      const y = rng.int(2025, 2028)
      const m = rng.int(1, 12)
      // A day under 10, where a padded day would show a leading zero.
      const d = rng.int(1, 9)
      const s = serialOf(y, m, d)
      return {
        stem: `${EXCEL}, A2 holds an invoice's due date (${dateWords(s)}). Which formula in B2 shows a reminder reading "Due ${d} ${MONTH_NAMES[m - 1]} ${y}"?`,
        key: '="Due "&TEXT(A2,"d mmmm yyyy")',
        wrong: [
          [
            '="Due "&TEXT(A2,"dd mm yy")',
            'pads the day, shows the month as a number and the year in two digits',
          ],
          [
            '="Due "&DAY(A2)&" "&MONTH(A2)&" "&YEAR(A2)',
            'joins the parts, so the month shows as a number',
          ],
          ['="Due "&A2', 'joins the date as its serial number'],
          ['="Due "&TEXT(A2,"d mm yyyy")', 'mm shows the month as a number'],
          ['="Due "&TEXT(A2,"dd mmmm yyyy")', 'dd pads the day with a leading zero'],
          ['="Due "&TEXT(A2,"d mmm yyyy")', 'mmm shows the short month name'],
          ['="Due "&TEXT(A2,"dddd mmmm yyyy")', 'dddd shows the weekday name, not the day number'],
          ['="Due "&TEXT(A2,"dd/mm/yyyy")', 'a numeric date code, so no month name shows'],
        ],
        sheet: {
          cells: { A2: s },
          at: 'B2',
          copies: [['B2', `Due ${d} ${MONTH_NAMES[m - 1]} ${y}`]],
        },
      }
    },
  },
  {
    id: 'month-label-for-grouping',
    draw: (rng) => {
      const y = rng.int(2025, 2028)
      // A month under 10, where an unpadded month number shows a single digit.
      const m = rng.int(1, 9)
      const s = serialOf(y, m, rng.int(1, 28))
      return {
        stem: `${EXCEL}, A2 holds a sale date in ${MONTH_NAMES[m - 1]} ${y}. A helper column should show a label such as ${y}-${pad2(m)} so the sales can be grouped and sorted by month. Which formula in B2 does that?`,
        key: '=TEXT(A2,"yyyy-mm")',
        wrong: [
          ['=TEXT(A2,"yyyy-mmm")', 'mmm shows the month name, which sorts alphabetically'],
          ['=YEAR(A2)&"-"&MONTH(A2)', 'leaves single-digit months unpadded, so 10 sorts before 2'],
          ['=TEXT(A2,"yy-mm")', 'yy shows only two digits of the year'],
          ['=MONTH(A2)', 'returns only the month number, mixing years'],
          ['=TEXT(A2,"mm-yyyy")', 'puts the month first, so labels sort by month before year'],
          ['=TEXT(A2,"yyyy-m")', 'm leaves single-digit months unpadded'],
          ['=TEXT(A2,"yyyy-mm-dd")', 'keeps the day, so each date is its own group'],
        ],
        sheet: { cells: { A2: s }, at: 'B2', copies: [['B2', `${y}-${pad2(m)}`]] },
      }
    },
  },
  {
    id: 'len-counts-every-space',
    draw: (rng) => {
      const word = rng.pick(['Order', 'Client', 'Ref'])
      const num = rng.int(10, 9999)
      const text = `  ${word}  ${num} `
      const formula = '=LEN(A2)'
      return {
        stem: `${EXCEL}, A2 holds text pasted from a web form: two spaces, the word ${word}, two spaces, the number ${num} and one trailing space. What does ${formula} return?`,
        key: String(text.length),
        wrong: [
          [String(`${word} ${num}`.length), 'counts the text as TRIM would leave it'],
          [String(`${word}${num}`.length), 'counts only the letters and digits'],
          [String(text.length - 1), 'ignores the trailing space'],
        ],
        returns: { formula, cells: { A2: text } },
      }
    },
  },
]

/** A drawn name pair whose lengths let a mistake land on the right answer: draw again. */
function drawAgain(): never {
  throw new VariantError('names of lengths that make a mistake harmless')
}

export const TEXT_DATE_FAMILIES: readonly WorkbookFamily[] = FAMILIES.map(checked)
