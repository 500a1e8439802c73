import { checked, dateWords, PEOPLE, SHEETS, type SheetsFamily, serialOf } from './sheets-case.js'

const LAST = ['smith', 'OKAFOR', 'silva', 'NOVAK', 'reyes']

/**
 * Cleaning text and working with dates by formula: TRIM with PROPER, month ends, working days
 * and whole months, each evaluated on the drawn sheet (dates are serial numbers from 30 December
 * 1899, as Sheets stores them).
 */
const FAMILIES: readonly SheetsFamily[] = [
  {
    // TRIM help: removes leading, trailing and repeated spaces; PROPER capitalises each word.
    id: 'trim-then-proper',
    source: 'TRIM function; PROPER function',
    draw: (rng) => {
      const cells: Record<string, string> = {}
      const copies: [string, string][] = []
      for (let r = 2; r <= 4; r++) {
        const first = rng.pick(PEOPLE)
        const last = rng.pick(LAST)
        const raw = `${rng.pick(['  ', ' ', ''])}${first.toLowerCase()}${rng.pick(['   ', '  '])}${last}${rng.pick([' ', '  '])}`
        cells[`A${r}`] = raw
        copies.push([`B${r}`, `${first} ${last[0]!.toUpperCase()}${last.slice(1).toLowerCase()}`])
      }
      return {
        stem: `${SHEETS}, A2:A4 hold imported names with stray spaces and mixed case, such as "${cells.A2}". Which formula in B2, filled down, gives each name with single spaces and each word capitalised?`,
        key: '=PROPER(TRIM(A2))',
        wrong: [
          ['=LOWER(TRIM(A2))', 'lower-cases every letter'],
          ['=PROPER(CLEAN(A2))', 'CLEAN removes non-printing characters, not spaces'],
          ['=TRIM(A2)', 'removes the spaces but leaves the case as typed'],
          ['=PROPER(A2)', 'capitalises but keeps the stray spaces'],
          ['=PROPER(SUBSTITUTE(A2," ",""))', 'removes every space, joining the two names'],
          ['=UPPER(TRIM(A2))', 'UPPER, which capitalises every letter'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    // EOMONTH returns the last day of the month a number of months away.
    id: 'eomonth-next-month-end',
    source: 'EOMONTH function',
    draw: (rng) => {
      const y = 2026 + rng.int(0, 1)
      const m = rng.int(1, 11)
      const d = rng.int(2, 27)
      const issued = serialOf(y, m, d)
      const due = serialOf(y, m + 2, 1) - 1
      return {
        stem: `${SHEETS}, A2 holds an invoice date (${dateWords(issued)}). The client's terms make invoices due on the last day of the following month. Which formula in B2 returns the due date?`,
        key: '=EOMONTH(A2,1)',
        wrong: [
          ['=EOMONTH(A2,1)+1', 'the day after, the first of the month after next'],
          [
            '=EDATE(EOMONTH(A2,0),1)',
            'moves a month end by a month, which can land before the last day',
          ],
          ['=EOMONTH(A2,-1)', 'months -1 gives the end of the month before'],
          ['=DATE(YEAR(A2),MONTH(A2)+1,1)', 'the first day of the next month, not its last'],
          ['=EOMONTH(A2,0)', 'months 0 gives the end of the invoice month'],
          ['=EDATE(A2,1)', 'EDATE gives the same day number a month later'],
          ['=A2+30', 'adds 30 days, which is not a month end'],
          ['=EOMONTH(A2,2)', 'counts two months ahead'],
        ],
        sheet: { cells: { A2: issued }, at: 'B2', copies: [['B2', due]] },
      }
    },
  },
  {
    // NETWORKDAYS counts weekdays between two dates, both ends included.
    id: 'networkdays-weekdays',
    source: 'NETWORKDAYS function',
    draw: (rng) => {
      const start = serialOf(2026, rng.int(1, 12), rng.int(1, 10))
      const end = start + rng.int(9, 40)
      let n = 0
      for (let s = start; s <= end; s++) {
        const day = new Date(Date.UTC(1899, 11, 30) + s * 86_400_000).getUTCDay()
        if (day !== 0 && day !== 6) n++
      }
      return {
        stem: `${SHEETS}, A2 holds a project's start date (${dateWords(start)}) and B2 its end date (${dateWords(end)}). Which formula returns the number of weekdays (Monday to Friday) from start to end, both days included?`,
        key: '=NETWORKDAYS(A2,B2)',
        wrong: [
          ['=NETWORKDAYS(A2,B2)-1', 'takes off a day, though both ends are meant to count'],
          ['=ROUND((B2-A2)*5/7,0)', 'estimates weekdays as five sevenths of the days'],
          ['=B2-A2', 'counts calendar days, weekends included, and leaves out one end'],
          ['=DAYS(B2,A2)+1', 'counts every calendar day including weekends'],
          ['=WORKDAY(A2,B2)', 'WORKDAY returns a date, a number of working days after a start'],
          ['=NETWORKDAYS(B2,A2)', 'swaps the dates, which gives a negative count'],
        ],
        sheet: { cells: { A2: start, B2: end }, at: 'C2', copies: [['C2', n]] },
      }
    },
  },
  {
    // DATEDIF with "M" counts complete months between the two dates.
    id: 'datedif-complete-months',
    source: 'DATEDIF function',
    draw: (rng) => {
      const y = 2024 + rng.int(0, 1)
      const m = rng.int(1, 12)
      const start = serialOf(y, m, rng.int(15, 28))
      const months = rng.int(5, 20)
      const end = serialOf(y, m + months, rng.int(1, 10))
      return {
        stem: `${SHEETS}, A2 holds the date a retainer started (${dateWords(start)}) and B2 today's date for the report (${dateWords(end)}). Which formula returns the number of complete months the retainer has run?`,
        key: '=DATEDIF(A2,B2,"M")',
        wrong: [
          ['=DATEDIF(A2,B2,"Y")', 'unit "Y" counts whole years'],
          ['=DATEDIF(A2,B2,"MD")', 'unit "MD" gives the days beyond whole months'],
          ['=DATEDIF(A2,B2,"D")', 'unit "D" counts days'],
          ['=MONTH(B2)-MONTH(A2)', 'subtracts month numbers, ignoring the years between'],
          ['=DATEDIF(A2,B2,"YM")', 'unit "YM" drops whole years before counting months'],
          ['=DATEDIF(B2,A2,"M")', 'puts the later date first, which is an error'],
        ],
        sheet: { cells: { A2: start, B2: end }, at: 'C2', copies: [['C2', months - 1]] },
      }
    },
  },
]

export const CLEAN_DATE_FORMULA_FAMILIES: readonly SheetsFamily[] = FAMILIES.map(checked)
