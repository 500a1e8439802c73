import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { Wrong } from '../scenario/scenario-model.js'
import {
  checked,
  dateWords,
  EXCEL,
  rule,
  serialOf,
  type WorkbookFamily,
  type WorkbookScenario,
} from './workbook.js'

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/**
 * A number-format item: the cell's value and the custom format code, the text the cell shows
 * as the key and the text each misreading of the code shows. The same display is asked of
 * TEXT, so the tests format it again.
 */
function shows(
  stem: string,
  value: number,
  code: string,
  key: string,
  wrong: readonly Wrong[],
): WorkbookScenario {
  return {
    stem: `${EXCEL}, ${stem} It has the custom number format \`${code}\`. What does the cell show?`,
    key,
    wrong,
    format: { value, code },
    returns: { formula: `=TEXT(A1,"${code.replaceAll('"', '""')}")`, cells: { A1: value } },
  }
}

/** A whole-number amount with a given number of digits and a non-zero hundreds digit. */
function amount(rng: Rng, digits: number): number {
  return rng.int(10 ** (digits - 1), 10 ** digits - 1)
}

/**
 * Number formats read from their codes (separators, scaling, padding, percent, sections, dates
 * and elapsed time), how typing meets a format, conditional formatting rules and their order,
 * and data validation: custom rules, what validation does not stop.
 */
const FAMILIES: readonly WorkbookFamily[] = [
  {
    id: 'format-separators-and-decimals',
    draw: (rng) => {
      const whole = amount(rng, 7)
      const cents = rng.int(1, 99)
      const third = rng.int(1, 4)
      const c = String(cents).padStart(2, '0')
      const value = Number(`${whole}.${c}${third}`)
      return shows(
        `a cell holds ${whole}.${c}${third}.`,
        value,
        '#,##0.00',
        `${group(whole)}.${c}`,
        [
          [`${whole}.${c}`, 'reads the comma as a literal that never shows'],
          [
            `${whole}.${c}${third}`,
            'drops the separators and expects every stored decimal to show',
          ],
          [
            `${group(whole).replaceAll(',', '.')},${c}`,
            'expects continental separators, a point for thousands and a comma for decimals',
          ],
          [`${group(whole)}.${c}${third}`, 'expects every stored decimal to show'],
          [`${group(whole + (cents >= 50 ? 1 : 0))}`, 'reads .00 as no decimal places'],
        ],
      )
    },
  },
  {
    id: 'format-thousands-scaling',
    draw: (rng) => {
      // The last three digits are 500 or more, so rounding and cutting differ.
      const truncated = rng.int(1000, 9999)
      const value = truncated * 1000 + rng.int(500, 999)
      const k = truncated + 1
      return shows(`a cell holds ${value}.`, value, '#,##0,"K"', `${group(k)}K`, [
        [`${group(value)}K`, 'ignores the trailing comma, which divides by a thousand'],
        [`${group(truncated)}K`, 'expects the scaled figure cut, not rounded'],
        [`${(value / 1000).toFixed(3)}K`, 'expects the scaled figure with its decimals'],
        [`${k}K`, 'expects scaling to drop the thousands separator'],
        [`${Math.round(value / 1e6)}K`, 'reads each comma in the code as dividing by a thousand'],
      ])
    },
  },
  {
    id: 'format-millions-one-decimal',
    draw: (rng) => {
      const value = amount(rng, 8)
      const m = Math.round(value / 100_000) / 10
      return shows(`a cell holds ${value}.`, value, '0.0,,"M"', `${m.toFixed(1)}M`, [
        [
          `${(Math.round(value / 100) / 10).toFixed(1)}M`,
          'reads two commas as one, dividing by a thousand',
        ],
        [`${Math.round(value / 1_000_000)}M`, 'drops the decimal place the code asks for'],
        [`${value}.0M`, 'ignores the scaling commas'],
        [
          `${(Math.round(value / 10_000) / 100).toFixed(2)}M`,
          'reads each comma as a decimal place',
        ],
      ])
    },
  },
  {
    id: 'format-zero-padding',
    draw: (rng) => {
      const width = rng.pick([5, 6])
      const value = rng.int(10, 999)
      const code = '0'.repeat(width)
      return shows(
        `a cell holds the client number ${value}.`,
        value,
        code,
        String(value).padStart(width, '0'),
        [
          [String(value), 'expects the zeros to show only when typed'],
          [String(value).padEnd(width, '0'), 'pads on the right'],
          [`${value}.${'0'.repeat(width)}`, 'reads the zeros as decimal places'],
          [`${'0'.repeat(width)}${value}`, 'puts every zero of the code in front of the number'],
        ],
      )
    },
  },
  {
    id: 'format-percent-of-a-fraction',
    draw: (rng) => {
      const per = rng.int(1, 60)
      const tenth = rng.pick([1, 2, 3, 6, 7, 8])
      const hundredth = rng.int(1, 4)
      // The stored fraction, written from its digits so the stem shows it exactly.
      const text = String(Number(((per * 100 + tenth * 10 + hundredth) / 10_000).toFixed(6)))
      const value = Number(text)
      return shows(
        `a cell holds the rate ${text} (a fraction, not a percentage).`,
        value,
        '0.0%',
        `${per}.${tenth}%`,
        [
          [`${value.toFixed(1)}%`, 'expects the % sign added without multiplying by 100'],
          [`${per}.${tenth}${hundredth}%`, 'counts two decimal places'],
          [`${per + (tenth > 5 ? 1 : 0)}.0%`, 'rounds to a whole percentage first'],
        ],
      )
    },
  },
  {
    id: 'format-negative-section-in-brackets',
    draw: (rng) => {
      const v = amount(rng, rng.pick([4, 5, 6]))
      return shows(`a cell holds −${v} (a refund).`, -v, '#,##0;(#,##0)', `(${group(v)})`, [
        [`-${group(v)}`, 'ignores the second section, which is the one for negatives'],
        [`(-${group(v)})`, 'expects the minus sign inside the brackets as well'],
        [`${group(v)}`, 'expects the sign dropped with no brackets'],
        [`(${v})`, 'expects the brackets without the thousands separator'],
        [
          `(${group(v).replaceAll(',', '.')})`,
          'expects a point for thousands, as continental formats show',
        ],
        [`(${group(v)}.00)`, 'expects two decimal places the code does not have'],
      ])
    },
  },
  {
    id: 'format-zero-section-dash',
    draw: (rng) => {
      const v = amount(rng, 4)
      const zero = rng.pick([true, false])
      const value = zero ? 0 : -v
      const code = '#,##0;-#,##0;"–"'
      return zero
        ? shows('a cell holds 0 (a client with no sales).', 0, code, '–', [
            ['0', 'ignores the third section, which is the one for zero'],
            ['-0', 'applies the negative section to zero'],
            ['"–"', 'expects the quotes of a literal to show'],
          ])
        : shows(`a cell holds −${v}.`, value, code, `-${group(v)}`, [
            ['–', 'takes the third section for negatives'],
            [`--${group(v)}`, 'adds the cell’s own minus to the one the section writes'],
            [`${group(v)}`, 'drops the sign the negative section writes'],
          ])
    },
  },
  {
    id: 'format-month-first-date',
    draw: (rng) => {
      const y = rng.int(2025, 2029)
      const m = rng.int(1, 9)
      const d = rng.int(13, 28)
      const s = serialOf(y, m, d)
      return shows(`a cell holds the date ${dateWords(s)}.`, s, 'mm/dd/yyyy', `0${m}/${d}/${y}`, [
        [`${d}/0${m}/${y}`, 'reads the code in day-first order'],
        [`${m}/${d}/${y}`, 'expects single-digit months unpadded with mm'],
        [`${MONTH_NAMES[m - 1]!.slice(0, 3)}/${d}/${y}`, 'reads mm as the short month name'],
        [`${y}/0${m}/${d}`, 'expects a date always to show year first'],
        [`0${m}/${d}/${String(y).slice(2)}`, 'reads yyyy as a two-digit year'],
      ])
    },
  },
  {
    id: 'format-weekday-and-short-month',
    draw: (rng) => {
      const y = rng.int(2025, 2029)
      const m = rng.int(1, 12)
      const d = rng.int(1, 9)
      const s = serialOf(y, m, d)
      const day = DAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!
      const mon = MONTH_NAMES[m - 1]!
      return shows(
        `a cell holds the date ${dateWords(s)}.`,
        s,
        'ddd d mmm',
        `${day} ${d} ${mon.slice(0, 3)}`,
        [
          [`${day} 0${d} ${mon.slice(0, 3)}`, 'reads d as a padded day'],
          [`${day} ${d} ${mon}`, 'reads mmm as the full month name'],
          [`${d} ${d} ${mon.slice(0, 3)}`, 'reads ddd as the day number'],
          [
            `${new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })} ${d} ${mon.slice(0, 3)}`,
            'reads ddd as the full day name',
          ],
          [`${day} ${d} ${String(m).padStart(2, '0')}`, 'reads mmm as the month number'],
          [
            `${new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })} ${d} ${mon}`,
            'reads ddd and mmm as the full names',
          ],
        ],
      )
    },
  },
  {
    id: 'format-elapsed-hours',
    draw: (rng) => {
      const hours = rng.int(25, 70)
      const minutes = rng.pick([15, 30, 45])
      const value = (hours * 60 + minutes) / 1440
      const code = '[h]:mm'
      return {
        ...shows(
          `a timesheet total adds up a week's shifts to ${hours} hours ${minutes} minutes (stored as ${value.toFixed(6)} days).`,
          value,
          code,
          `${hours}:${minutes}`,
          [
            [`${hours % 24}:${minutes}`, 'expects [h] to roll over at 24 hours like h'],
            [
              `${Math.floor(hours / 24)}:${hours % 24}:${minutes}`,
              'expects days, hours and minutes',
            ],
            [`${(value * 24).toFixed(2)}`, 'expects decimal hours'],
            [`${hours}:${minutes}:00`, 'expects seconds, as an h:mm:ss time shows them'],
          ],
        ),
      }
    },
  },
  {
    id: 'format-clock-time-twelve-hour',
    draw: (rng) => {
      const h = rng.int(13, 22)
      const mi = rng.pick([5, 10, 20, 40, 50])
      const value = (h * 60 + mi) / 1440
      return shows(
        `a cell holds a meeting time of ${h}:${String(mi).padStart(2, '0')} (stored as the fraction ${value.toFixed(6)} of a day).`,
        value,
        'h:mm AM/PM',
        `${h - 12}:${String(mi).padStart(2, '0')} PM`,
        [
          [`${h}:${String(mi).padStart(2, '0')} PM`, 'keeps the 24-hour clock with AM/PM'],
          [
            `0${h - 12}:${String(mi).padStart(2, '0')} PM`,
            'reads h as an hour padded to two digits',
          ],
          [
            `${h}:${String(mi).padStart(2, '0')}`,
            'expects the 24-hour clock whatever the code says',
          ],
          [`${h - 12}:${String(mi).padStart(2, '0')} AM`, 'takes every afternoon hour as AM'],
          [
            `${h - 12}:${String(mi).padStart(2, '0')}`,
            'expects AM/PM to change the clock without showing',
          ],
        ],
      )
    },
  },
  {
    id: 'format-optional-decimals',
    draw: (rng) => {
      const whole = rng.int(2, 999)
      const tenth = rng.int(1, 9)
      // A second decimal that is sometimes 0, which the optional place then hides.
      const hundredth = rng.pick([0, 0, rng.int(1, 9)])
      const thousandth = rng.int(1, 4)
      const value = Number(`${whole}.${tenth}${hundredth}${thousandth}`)
      const key = hundredth === 0 ? `${whole}.${tenth}` : `${whole}.${tenth}${hundredth}`
      return shows(`a cell holds ${value}.`, value, '0.0#', key, [
        hundredth === 0
          ? [`${whole}.${tenth}0`, 'reads # as a digit that always shows']
          : [`${whole}.${tenth}`, 'reads # as hiding the second decimal'],
        [`${whole}.${tenth}${hundredth}${thousandth}`, 'expects every stored decimal to show'],
        [`${whole}`, 'reads the code as whole numbers only'],
        [`${key}#`, 'expects the # to show as a character'],
      ])
    },
  },
  {
    // Percentage shows two decimal places unless they are changed; the typed figure is 1 or more.
    id: 'typing-into-a-percent-cell',
    draw: (rng) => {
      const n = rng.int(3, 40)
      const pc = (x: number) => `${x.toFixed(2)}%`
      const both = (b: number, c: number) => `B2 shows ${pc(b)}; C2 shows ${pc(c)}`
      return {
        stem: `${EXCEL}, cell B2 is empty and already formatted as Percentage (two decimal places). A client types ${n} into it. In C2, which was empty and held General format, the client types ${n} and then applies the same Percentage format. What do B2 and C2 show?`,
        key: both(n, n * 100),
        wrong: [
          [both(n / 100, n / 100), 'believes the format divides what it shows'],
          [both(n, n), 'expects formatting an existing number to leave it as typed'],
          [
            both(n * 100, n * 100),
            'misses that typing into a percent cell is read as a percentage',
          ],
          [both(n * 100, n), 'swaps the two cases'],
        ],
      }
    },
  },
  rule(
    'hidden-by-three-semicolons',
    (rng) =>
      `${EXCEL}, a client's ${rng.pick(['cost', 'margin', 'helper'])} column looks empty, but the formula bar shows a number for each cell, and their custom format is ;;; (three semicolons). What is going on?`,
    'The empty sections hide every value on the sheet; the numbers are still there and still calculate',
    [
      [
        'The cells are protected and locked, which hides their values on the sheet until the sheet is unprotected again',
        'confuses the Hidden protection flag with the format',
      ],
      [
        'The format turned the numbers into empty text, so anything that adds them up now returns 0 and needs retyping',
        'believes a number format changes the stored value',
      ],
      [
        'The values were deleted; the formula bar shows the last saved value',
        'reads the format as deleting the values',
      ],
      [
        'The values are text, which ;;; turns into blanks for formulas too',
        'believes a number format changes the value',
      ],
      [
        'The font colour is white; the format code plays no part',
        'blames the font for what the format does',
      ],
    ],
  ),
  rule(
    'conditional-rules-order',
    (rng) => {
      const [a, b] = rng.pick([
        [100, 500],
        [50, 200],
        [1000, 5000],
      ] as const)
      return `${EXCEL}, a range has two conditional formatting rules: "Cell Value > ${a}, fill yellow" is listed first and "Cell Value > ${b}, fill red" second, neither with Stop If True. A cell holds ${b + 1}. Which fill does it show?`
    },
    'Yellow: both rules are true, and where their formats clash the rule higher in the list wins',
    [
      [
        'Red: when two rules are true Excel always applies the one whose threshold the value exceeds by the most',
        'invents a rule of closeness',
      ],
      [
        'Orange: two true fill rules blend their colours, which is why Stop If True exists to prevent the mixing',
        'believes clashing fills mix',
      ],
      [
        'Red: the later rule overrides the earlier one',
        'believes rules apply top to bottom, the last winning',
      ],
      [
        'Red: the stricter rule always takes priority',
        'believes Excel ranks rules by how narrow they are',
      ],
      ['Neither: two true rules cancel out', 'believes clashing rules cancel'],
    ],
  ),
  rule(
    'duplicate-values-rule-marks-all',
    (rng) =>
      `${EXCEL}, a client applies Highlight Cells Rules > Duplicate Values to a column of ${rng.pick(['invoice numbers', 'email addresses', 'order ids'])}. One value appears in ${rng.pick(['A4 and A17', 'A9 and A30', 'A2 and A11'])}. Which cells are highlighted?`,
    'Each of the two cells: the rule marks every occurrence of a repeated value',
    [
      [
        'Only the cell further down, because the rule compares each cell with the cells above it and marks later copies',
        'expects the rule to mark what Remove Duplicates would delete',
      ],
      [
        'Neither cell, because the rule compares whole rows and the two rows differ in their other columns',
        'confuses the cell rule with row de-duplication',
      ],
      [
        'Only the second cell, the copy that came later',
        'expects the rule to mark what Remove Duplicates would delete',
      ],
      ['Only the first cell, the original', 'expects the rule to keep track of which came first'],
      [
        'Neither, until the data is sorted so the copies are adjacent',
        'believes the rule needs sorted data',
      ],
    ],
  ),
  {
    id: 'validation-rule-rejects-repeats',
    draw: (rng) => {
      const ids = Array.from({ length: 5 }, () => `INV-${rng.int(1000, 9999)}`)
      const dup = rng.int(2, 4)
      ids[dup] = ids[rng.int(0, dup - 1)]!
      const cells: Record<string, string> = {}
      ids.forEach((v, i) => {
        cells[`A${i + 2}`] = v
      })
      const copies = ids.map(
        (v, i) =>
          [`B${i + 2}`, ids.filter((w) => w === v).length === 1 ? 'TRUE' : 'FALSE'] as const,
      )
      return {
        stem: `${EXCEL}, a custom data validation rule on A2:A500 must reject an invoice number already in that range. The rule is written for A2, the active cell, and Excel adjusts it for each cell of the range as it does a filled formula. Which rule formula works (TRUE allows the entry)?`,
        key: '=COUNTIF($A$2:$A$500,A2)=1',
        wrong: [
          ['=COUNTIF(A2:A500,A2)=1', 'a relative range that shrinks for each lower cell'],
          ['=COUNTIF($A$2:$A$500,$A$2)=1', 'anchors the tested cell, so every cell tests A2'],
          [
            '=ISERROR(MATCH(A2,$A$2:$A$500,0))',
            'the entry always finds itself, so every entry is refused',
          ],
          ['=COUNTIF($A$2:$A$500,A2)>1', 'allows only entries that are repeats'],
          ['=COUNTIF(A2:A500,$A$2)=1', 'anchors the tested cell instead of the range'],
          ['=COUNTIF(A2:A500,A2)>1', 'a sliding range and a test that allows only repeats'],
          [
            '=COUNTIF($A$2:$A$500,A2)<1',
            'allows only entries not yet in the range, but the entry counts itself',
          ],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  rule(
    'validation-misses-pasted-values',
    (rng) =>
      `${EXCEL}, B2:B${rng.int(100, 500)} has a data validation list of ${rng.pick(['project codes', 'cost centres', 'status values'])}. A colleague copies a block of cells from another workbook and pastes it over the range with an ordinary paste (Ctrl+V); some of the entries are not on the list. What happens?`,
    'The paste replaces the cells and their validation; Circle Invalid Data then flags nothing there, so the entries must be checked another way',
    [
      [
        'Excel keeps the validation and shows the stop message for each pasted value that is not on the list, one after another, so the colleague can fix them',
        'believes validation checks pasted values',
      ],
      [
        'Excel rejects the paste with the validation error message',
        'believes validation checks pasted values',
      ],
      [
        'The invalid values are pasted but show a red circle at once',
        'expects the circles to appear without being asked for',
      ],
      [
        'Excel pastes only the values that are on the list',
        'believes a paste is filtered by validation',
      ],
      [
        'The paste keeps the range’s validation rule; Circle Invalid Data then circles the entries not on the list',
        'believes an ordinary paste keeps the validation of the cells it replaces',
      ],
    ],
  ),
  rule(
    'day-month-typed-in-a-uk-locale',
    (rng) => {
      const d = rng.int(2, 12)
      const m = rng.pick([1, 2, 3, 4, 5].filter((x) => x !== d))
      return `${EXCEL}, the computer's region is the United Kingdom (day/month/year). A client types ${d}/${m} into an empty cell with General format. What is stored?`
    },
    'A date: the day typed first and the month second, in the current year',
    [
      [
        'A date with the month typed first and the day second, because Excel reads short dates in US order whatever the region',
        'reads the entry in US order',
      ],
      [
        'The text as typed, because a date entered without a year is never recognised as a date by Excel',
        'believes a date needs a year',
      ],
      [
        'The text as typed, since no year was given',
        'believes a date needs a year to be recognised',
      ],
      ['A date with the month typed first, in US order', 'reads the entry in US order'],
      ['The fraction, as a decimal number', 'believes a slash always means division on entry'],
    ],
  ),
  rule(
    'top-percent-rule',
    (rng) => {
      const n = rng.pick([40, 60, 80, 120])
      return `${EXCEL}, a client wants the largest tenth of ${n} sales figures highlighted, and the highlight must update as figures change. Which conditional formatting rule does that?`
    },
    'Top/Bottom Rules > Top 10%',
    [
      ['Sort Largest to Smallest', 'sorting reorders the rows but highlights nothing'],
      ['Top/Bottom Rules > Top 10 Items', 'Top 10 Items marks ten cells, not a tenth'],
      ['Top/Bottom Rules > Bottom 10%', 'picks the bottom rule, which marks the smallest tenth'],
      [
        'Color Scales > Green-Yellow-Red, whose green marks the largest tenth',
        'a colour scale shades every cell by size rather than marking a tenth',
      ],
      [
        'Data Bars, whose longest bars pick out the largest tenth of the figures',
        'data bars draw a bar in every cell',
      ],
      [
        'Highlight Cells Rules > Greater Than the tenth-largest figure typed in',
        'a fixed threshold that does not follow changes',
      ],
      [
        'Top/Bottom Rules > Above Average',
        'above average marks about half the figures, not a tenth',
      ],
    ],
  ),
  rule(
    'rule-formula-for-due-soon',
    (rng) =>
      `${EXCEL}, due dates are in ${rng.pick(['D2:D200', 'D2:D300', 'D2:D150'])}. A conditional formatting rule, written for D2, should highlight dates from today to seven days ahead. Which rule formula works?`,
    '=AND(D2>=TODAY(),D2<=TODAY()+7)',
    [
      ['=AND($D$2>=TODAY(),$D$2<=TODAY()+7)', 'anchors D2, so every cell copies its result'],
      ['=OR(D2>=TODAY(),D2<=TODAY()+7)', 'OR, which is true for every date'],
      ['=AND(D2>TODAY(),D2<TODAY()+7)', 'strict tests that leave out today and the seventh day'],
      ['=D2-TODAY()<=7', 'also true for every date already past'],
      ['=D2=TODAY()+7', 'marks only the seventh day ahead'],
      ['=D2<=TODAY()+7', 'also highlights every overdue date'],
    ],
    true,
  ),
]

export const FORMAT_FAMILIES: readonly WorkbookFamily[] = FAMILIES.map(checked)
