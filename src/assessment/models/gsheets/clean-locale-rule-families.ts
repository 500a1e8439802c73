import type { Rng } from '../../rng.js'
import { CLIENTS, FILES, rule, SHEETS, type SheetsFamily, TABS } from './sheets-case.js'

const client = (rng: Rng) => rng.pick(CLIENTS)
const tab = (rng: Rng) => rng.pick(TABS)

/**
 * Cleaning imported data with the Data cleanup tools and split text to columns, and the
 * spreadsheet locale and time zone that decide how typed dates and decimals are read. Sources:
 * "Remove duplicates" and "Trim whitespace" (Data cleanup), "Split text to columns", and "Set a
 * spreadsheet's locale & time zone, calculation & function language".
 */
export const CLEAN_LOCALE_RULE_FAMILIES: readonly SheetsFamily[] = [
  rule(
    'remove-duplicates-keeps-first',
    'Data cleanup: Remove duplicates',
    (rng) =>
      `${SHEETS}, you run Data > Data cleanup > Remove duplicates on ${client(rng)}'s ${tab(rng)} tab, where three rows are identical. What happens to them?`,
    'The first stays; the other two are deleted',
    [
      ['The last stays; the earlier two are deleted', 'thinks the newest entry wins'],
      [
        'The three rows are deleted, so no copy of the repeated record is left in the list',
        'thinks every copy goes',
      ],
      ['The three rows are deleted', 'thinks every copy goes'],
      [
        'The last of the three stays and the earlier two are deleted',
        'thinks the newest entry wins',
      ],
      ['The three rows are hidden, not deleted', 'confuses it with a filter'],
      [
        'The copies are coloured for you to delete by hand',
        'confuses it with conditional formatting',
      ],
    ],
  ),
  rule(
    'remove-duplicates-by-column',
    'Data cleanup: Remove duplicates',
    (rng) =>
      `${SHEETS}, a mailing list in ${rng.pick(FILES)} has Name, Email and Signed-up columns. The same email appears on rows whose names are spelt differently; each email must stay once. What do you choose in Remove duplicates?`,
    'Only Email, under Columns to analyse',
    [
      [
        'Keep every column ticked, so that Sheets compares whole rows across Name, Email and Signed-up',
        'rows with different names then never count as duplicates',
      ],
      [
        'Tick Name and Email together, so rows are duplicates only when both the name and the email match',
        'the differing names still keep both rows',
      ],
      ['Keep every column ticked', 'rows with different names then never count as duplicates'],
      ['Tick only the Name column', 'analyses the column that differs'],
      ['Untick Data has header row', 'the header row is not the problem'],
      ['Tick Name and Email', 'the differing names still keep both rows'],
    ],
  ),
  rule(
    'remove-duplicates-header-row',
    'Data cleanup: Remove duplicates',
    (rng) =>
      `${SHEETS}, before running Remove duplicates on ${client(rng)}'s list, whose first row holds column titles, which box keeps the titles out of the comparison?`,
    'Data has header row',
    [
      [
        'Select all, under Columns to analyse',
        'chooses columns, and the titles still count as data',
      ],
      ['Trim whitespace', 'a separate cleanup tool'],
      ['Freeze row 1 (View > Freeze)', 'freezing only fixes the row on screen'],
      ['Sort range A to Z first', 'sorting leaves the titles in the data'],
    ],
  ),
  rule(
    'trim-whitespace-menu',
    'Data cleanup: Trim whitespace',
    (rng) =>
      `${SHEETS}, names pasted into ${client(rng)}'s ${tab(rng)} tab carry spaces before and after the text. Which menu command removes them in place, without a helper column?`,
    'Data > Data cleanup > Trim whitespace',
    [
      ['Format > Clear formatting', 'clears formats, not characters'],
      [
        'Edit > Find and replace, replacing a space with nothing',
        'also removes the space between first and last name',
      ],
      ['Data > Split text to columns', 'splits at the spaces instead of removing them'],
      ['Format > Text wrapping > Clip', 'changes display only'],
    ],
  ),
  rule(
    'split-text-menu-or-formula',
    'Split text to columns; SPLIT function',
    (rng) =>
      `${SHEETS}, column A of ${client(rng)}'s ${tab(rng)} tab holds entries such as "Lisbon, Portugal" that staff keep editing. The client wants A left as it is and the city and country in B and C, updating whenever A changes. What do you use?`,
    'A SPLIT formula in B2',
    [
      ['Smart Fill in B', 'fills fixed values that never update'],
      ['A filter view', 'changes which rows show; splits nothing'],
      [
        'Data > Split text to columns on a copy of column A pasted into B, redone whenever A changes',
        'the pieces are fixed values that never update',
      ],
      ['Data > Split text to columns on column A', 'writes fixed values over column A itself'],
      [
        'Data > Split text to columns on a pasted copy in B',
        'the pieces are fixed values that never update',
      ],
      ['Data > Data cleanup > Trim whitespace', 'removes spaces and splits nothing'],
      ['Format > Text wrapping > Overflow', 'changes display only'],
    ],
  ),
  rule(
    'locale-reads-typed-dates',
    "Set a spreadsheet's locale & time zone",
    (rng) => {
      // Day and month differ, so the day-first and month-first readings are different dates.
      const d = rng.int(2, 12)
      const n = rng.int(1, 11)
      const m = n >= d ? n + 1 : n
      return `${SHEETS}, ${client(rng)}'s file has its locale set to United Kingdom. You type ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/2026. How is it read?`
    },
    'DAY_MONTH',
    [
      ['MONTH_DAY', 'reads it month first, as the United States locale does'],
      ['As text, since Sheets stores typed dates as text', 'thinks typed dates stay text'],
      ['By the computer’s regional settings, whatever the file says', 'thinks the device decides'],
      ['By the Google account’s language setting', 'thinks the display language decides'],
    ],
  ),
  rule(
    'locale-setting-location',
    "Set a spreadsheet's locale & time zone",
    (rng) =>
      `${SHEETS}, ${client(rng)}'s team in Germany sees dates and currency in US style in the shared file. Where do you change what the file uses?`,
    'File > Settings > Locale',
    [
      [
        'Format > Number > Custom date and time, on every column',
        'changes single formats, not the file’s locale',
      ],
      ['The Google account’s language', 'the account language does not set the file’s locale'],
      ['The browser’s language', 'the browser does not set the file’s locale'],
      ['Tools > Spelling', 'spelling does not change formats'],
    ],
  ),
  rule(
    'locale-separators-in-formulas',
    "Set a spreadsheet's locale & time zone",
    (rng) => {
      const rate = rng.pick(['1,19', '1,07', '1,21', '1,16'])
      return `${SHEETS}, a file's locale is Germany, which writes decimals with a comma. Which formula multiplies A2 by ${rate} and rounds to 2 decimals?`
    },
    '=ROUND(A2*RATE;2)',
    [
      ['=ROUND(A2*RATE;2;0)', 'passes a third argument ROUND does not take'],
      ['=ROUND(A2*RATE,2)', 'a comma both as decimal mark and argument separator'],
      ['=ROUND(A2*RATEDOT,2)', 'US style, which this locale does not read'],
      ['=ROUND(A2*RATEDOT;2)', 'a point as the decimal mark'],
      ['=ROUND(A2*"RATE";2)', 'quotes the number, making it text'],
    ],
    true,
  ),
  rule(
    'time-zone-for-now',
    "Set a spreadsheet's locale & time zone",
    (rng) =>
      `${SHEETS}, \`=NOW()\` in ${client(rng)}'s file shows a time ${rng.int(3, 9)} hours off from the office clock, though the locale is right. What fixes it?`,
    'The time zone in File > Settings',
    [
      [
        'Changing the locale in File > Settings to the office’s country, which also sets its clock',
        'the locale sets formats, not the clock',
      ],
      [
        'Adding the hour difference inside the formula, such as =NOW()+5/24',
        'breaks when daylight saving changes',
      ],
      ['Changing the locale in File > Settings', 'the locale sets formats, not the clock'],
      ['Formatting the cell as Time', 'changes display, not the hour'],
      ['Adding the hours to the formula', 'breaks when daylight saving changes'],
      ['Turning on iterative calculation', 'has nothing to do with time'],
    ],
  ),
  rule(
    'numbers-stored-as-text',
    'SUM function; VALUE function',
    (rng) =>
      `${SHEETS}, amounts pasted into ${client(rng)}'s sheet sit at the left of their cells, and \`=SUM(C2:C20)\` returns 0. Why?`,
    'They are text, which SUM skips',
    [
      ['SUM rounds them', 'invents rounding'],
      ['The rows are hidden', 'SUM still adds hidden rows'],
      [
        'SUM needs ARRAYFORMULA around a range of pasted values before it can add them together',
        'thinks ranges need array mode',
      ],
      [
        'Automatic calculation is turned off for pasted values until the file is reloaded in the browser',
        'thinks Sheets stops recalculating',
      ],
      ['SUM needs ARRAYFORMULA around a range', 'thinks ranges need array mode'],
      ['The cells are formatted as currency', 'formats do not stop SUM'],
      ['The range must be written C2:C to include them', 'blames the range end'],
      ['Automatic calculation is off for pasted values', 'thinks Sheets stops recalculating'],
    ],
  ),
  rule(
    'date-subtraction-days',
    'DAYS function',
    (rng) =>
      `${SHEETS}, A2 holds a start date and B2 an end date, both real dates. What does \`=B2-A2\` return in ${client(rng)}'s sheet?`,
    'The number of days between them (start day not counted)',
    [
      [
        'The number of days between them with both the start day and the end day counted',
        'adds one for the start day',
      ],
      [
        'The number of weekdays (Monday to Friday) between the two dates',
        'confuses it with NETWORKDAYS',
      ],
      ['The number of months between them', 'thinks dates subtract in months'],
      ['#VALUE!, since dates cannot be subtracted', 'thinks dates are text'],
      ['The days between them with both ends counted', 'adds one for the start day'],
      ['The weekdays between them', 'confuses it with NETWORKDAYS'],
    ],
  ),
].map(fillLocale)

/** Fills the drawn date and rate into the locale families' answers. */
function fillLocale(family: SheetsFamily): SheetsFamily {
  return {
    ...family,
    draw: (rng) => {
      const s = family.draw(rng)
      const typed = /You type (\d+)\/(\d+)\/2026/.exec(s.stem)
      const rate = /by (1,\d+) and/.exec(s.stem)?.[1]
      const months = [
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
      const fill = (t: string) => {
        let out = t
        if (typed) {
          const [a, b] = [Number(typed[1]), Number(typed[2])]
          out = out
            .replace('DAY_MONTH', `As ${a} ${months[b - 1]} 2026`)
            .replace('MONTH_DAY', `As ${b} ${months[a - 1]} 2026`)
        }
        if (rate) out = out.replaceAll('RATEDOT', rate.replace(',', '.')).replaceAll('RATE', rate)
        return out
      }
      return { ...s, key: fill(s.key), wrong: s.wrong.map(([t, m]) => [fill(t), m] as const) }
    },
  }
}
