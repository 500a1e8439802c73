import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { CLIENTS, FILES, rule, SHEETS, type SheetsFamily, TABS } from './sheets-case.js'

const client = (rng: Rng) => rng.pick(CLIENTS)
const file = (rng: Rng) => rng.pick(FILES)

const LANGUAGES = [
  ['English', 'en'],
  ['Spanish', 'es'],
  ['French', 'fr'],
  ['German', 'de'],
  ['Portuguese', 'pt'],
  ['Italian', 'it'],
] as const

const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY'] as const

/** A family whose stem draws two different items and whose answers are built from them. */
function paired<T>(
  id: string,
  source: string,
  items: readonly T[],
  build: (a: T, b: T, rng: Rng) => { stem: string; key: string; wrong: readonly Wrong[] },
): SheetsFamily {
  return {
    id,
    source,
    draw: (rng) => {
      const [a, b] = rng.shuffle(items).slice(0, 2) as [T, T]
      return { ...build(a, b, rng), code: true }
    },
  }
}

/**
 * Pulling data from other files and the web, and writing references: IMPORTRANGE and its access
 * step, GOOGLEFINANCE's tables, delays and limits, GOOGLETRANSLATE's language codes, sheet names
 * in references, open-ended ranges and named ranges. Sources: the IMPORTRANGE, GOOGLEFINANCE and
 * GOOGLETRANSLATE function articles, "Name a range" and the Sheets function list.
 */
const FAMILIES: readonly SheetsFamily[] = [
  rule(
    'importrange-allow-access',
    'IMPORTRANGE function',
    (rng) =>
      `${SHEETS}, you write the first IMPORTRANGE from ${client(rng)}'s file "${file(rng)}" into a new report file, and the cell shows #REF!. You can open the source file. What is the next step?`,
    'Click Allow access on the cell',
    [
      ['Reload the report', 'thinks #REF! clears on reload'],
      ['Share it by link', 'link sharing does not connect the files'],
      [
        'Ask the source file’s owner to publish it to the web, since IMPORTRANGE reads only published files',
        'thinks IMPORTRANGE reads only published files',
      ],
      [
        'Share the report file with the source file’s owner as an editor',
        'thinks the source needs access to the report',
      ],
      ['Publish the source file to the web first', 'thinks IMPORTRANGE reads only published files'],
      ['Turn on iterative calculation in File > Settings', 'reads #REF! as a circular reference'],
      ['Wrap the formula in ARRAYFORMULA', 'reads #REF! as a blocked spill'],
    ],
  ),
  {
    id: 'importrange-range-string',
    source: 'IMPORTRANGE function',
    draw: (rng) => {
      const t = rng.pick(TABS)
      const f = file(rng)
      return {
        stem: `${SHEETS}, a report file should show A1:D50 of the ${t} tab (not the first tab) of the file "${f}", whose URL is in B1 of the report. Which formula does it?`,
        key: `=IMPORTRANGE(B1,"${t}!A1:D50")`,
        wrong: [
          [`=IMPORTRANGE(B1,${t}!A1:D50)`, 'an unquoted range, read as a range of this file'],
          ['=IMPORTRANGE(B1,"A1:D50")', 'no tab name, so it reads the first tab'],
          [`=IMPORTRANGE(B1,"${t}:A1:D50")`, 'a colon where the tab name needs !'],
          [`=IMPORTRANGE("B1",${t}!A1:D50)`, 'quotes the URL cell and leaves the range unquoted'],
          [`='[${f}]${t}'!A1:D50`, "Excel's external-reference syntax"],
          [`=IMPORTRANGE("B1","${t}!A1:D50")`, 'quotes B1, so the URL is the text B1'],
        ],
        code: true,
      }
    },
  },
  rule(
    'importrange-access-scope',
    'IMPORTRANGE function',
    (rng) =>
      `${SHEETS}, you allowed access so a report imports one range from ${client(rng)}'s "${file(rng)}". What can the report's other editors now do?`,
    'Import any range of that file',
    [
      ['Nothing more', 'thinks each editor must allow access again'],
      ['Only view it', 'thinks access lets them browse, not import'],
      [
        'Nothing new: each editor must click Allow access again for every range they want to import',
        'thinks the access belongs to one person',
      ],
      [
        'Import only the range named in the first formula, and only while you keep the report open',
        'thinks access is granted per range',
      ],
      ['Import only the range in the first formula', 'thinks access is granted per range'],
      [
        'Nothing new; each editor must allow access again',
        'thinks the access belongs to one person',
      ],
      ['Import from it for 30 days, then access must be renewed', 'invents an expiry'],
      ['Edit the source file’s cells through the report', 'thinks imports write back'],
    ],
  ),
  rule(
    'googlefinance-historical-table',
    'GOOGLEFINANCE function',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants one cell to show a fund's closing price on a past date. \`=GOOGLEFINANCE(A2,"close",B2)\` fills four cells instead. Which formula puts just the price in one cell?`,
    '=INDEX(GOOGLEFINANCE(A2,"close",B2),2,2)',
    [
      [
        '=INDEX(GOOGLEFINANCE(A2,"close",B2),1,2)',
        'row 1 is the header row, so it shows the word Close',
      ],
      ['=INDEX(GOOGLEFINANCE(A2,"close",B2),2,1)', 'column 1 holds the date'],
      ['=GOOGLEFINANCE(A2,"price")', 'returns the current price, not the past close'],
      ['=ARRAYFORMULA(GOOGLEFINANCE(A2,"close",B2))', 'still returns the whole table'],
    ],
    true,
  ),
  rule(
    'googlefinance-delay',
    'GOOGLEFINANCE function',
    (rng) =>
      `${SHEETS}, ${client(rng)} asks whether GOOGLEFINANCE prices in the portfolio sheet are live enough to trade on. What does Google's help say?`,
    'Delayed by up to 20 minutes; not for trading',
    [
      ['Delayed by one day; for reference only', 'confuses quotes with daily history'],
      ['Delayed by up to 20 seconds; fine for trading', 'understates the delay and its use'],
      [
        'Prices are real time to the second on every exchange, and suitable for placing trades',
        'assumes a live trading feed',
      ],
      [
        'Prices refresh once a day at market close, so they are always yesterday’s closing price',
        'confuses quotes with daily history',
      ],
      ['Prices are real time to the second on every exchange', 'assumes a live trading feed'],
      ['Prices refresh once a day at market close', 'confuses quotes with daily history'],
      ['Prices update only when the file is opened', 'confuses it with volatile functions'],
      ['Prices are exact for trading but lag by one hour on weekends', 'invents a schedule'],
    ],
  ),
  rule(
    'googlefinance-api-history',
    'GOOGLEFINANCE function',
    (rng) =>
      `${SHEETS}, an Apps Script for ${client(rng)} reads a range filled by a historical GOOGLEFINANCE query and gets #N/A where the prices are. Why?`,
    'Apps Script or the Sheets API cannot read historical data',
    [
      [
        'The script ran before the formula had finished loading, so it should wait a few seconds and read the range again',
        'blames timing',
      ],
      [
        'Apps Script can never read any formula results and only sees the values typed into cells',
        'overgeneralises to every formula',
      ],
      ['The script ran before the formula finished loading', 'blames timing'],
      ['Apps Script cannot read any formula results', 'overgeneralises to every formula'],
      ['The script needs the range made absolute with $', 'applies formula anchoring to scripts'],
      ['Historical data must be turned on in File > Settings', 'invents a setting'],
    ],
  ),
  paired('googlefinance-currency-direction', 'GOOGLEFINANCE function', CURRENCIES, (a, b) => ({
    stem: `${SHEETS}, A2 holds an amount in ${a}. Which formula converts it to ${b} at the current rate?`,
    key: `=A2*GOOGLEFINANCE("CURRENCY:${a}${b}")`,
    wrong: [
      [`=A2*GOOGLEFINANCE("CURRENCY:${b}${a}")`, 'the reversed pair, the rate the other way'],
      [`=A2/GOOGLEFINANCE("CURRENCY:${a}${b}")`, 'divides by the rate instead of multiplying'],
      [`=A2*GOOGLEFINANCE("${a}","${b}")`, 'passes the currencies as ticker and attribute'],
      [`=A2*GOOGLEFINANCE("CURRENCY:${a}-${b}")`, 'adds a hyphen the pair code does not have'],
      [`=A2*GOOGLEFINANCE("${b}${a}")`, 'the reversed pair without the CURRENCY: prefix'],
      [`=A2/GOOGLEFINANCE("${a}","${b}")`, 'divides, with the currencies as ticker and attribute'],
    ],
  })),
  paired('googletranslate-language-order', 'GOOGLETRANSLATE function', LANGUAGES, (a, b) => ({
    stem: `${SHEETS}, A2 holds a product description in ${a[0]}. Which formula translates it into ${b[0]}?`,
    key: `=GOOGLETRANSLATE(A2,"${a[1]}","${b[1]}")`,
    wrong: [
      [`=GOOGLETRANSLATE(A2,"${b[1]}","${a[1]}")`, 'swaps the source and target languages'],
      [`=GOOGLETRANSLATE("A2","${a[1]}","${b[1]}")`, 'quotes A2, so it translates the text A2'],
      [
        `=GOOGLETRANSLATE(A2,"${b[1]}")`,
        'gives the target as the only language, where the source goes',
      ],
      [`=GOOGLETRANSLATE(A2,"${a[0]}","${b[0]}")`, 'language names where codes are needed'],
      [`=GOOGLETRANSLATE("A2","${b[1]}","${a[1]}")`, 'quotes A2 and swaps the languages'],
      [`=GOOGLETRANSLATE(A2,"${b[0]}","${a[0]}")`, 'language names, and swapped'],
    ],
  })),
  rule(
    'googletranslate-auto-detect',
    'GOOGLETRANSLATE function',
    (rng) =>
      `${SHEETS}, A2:A hold ${client(rng)}'s customer reviews in several languages. Which formula in B2 translates A2 into English whatever its language?`,
    '=GOOGLETRANSLATE(A2,"auto","en")',
    [
      ['=TRANSLATE(A2,"auto","en")', 'Excel’s TRANSLATE function, which Sheets does not have'],
      [
        '=GOOGLETRANSLATE(A2,"","english")',
        'an empty source and a language name where codes are needed',
      ],
      ['=GOOGLETRANSLATE(A2,"en","auto")', 'puts auto as the target'],
      ['=GOOGLETRANSLATE(A2,"any","en")', 'any is not a language code; auto is'],
      ['=GOOGLETRANSLATE(A2,"en","en")', 'names English as the source of every review'],
      ['=DETECTLANGUAGE(A2)', 'returns the language code, not a translation'],
    ],
    true,
  ),
  {
    id: 'sheet-name-with-space',
    source: 'Reference data from other sheets',
    draw: (rng) => {
      const name = rng.pick(['Q1 Sales', 'Team rota', 'Price list', 'Stock 2026', 'Old clients'])
      const cell = `B${rng.int(2, 40)}`
      return {
        stem: `${SHEETS}, which formula on another tab returns ${cell} of the tab named ${name}?`,
        key: `='${name}'!${cell}`,
        wrong: [
          [`=${name}!${cell}`, 'no quotes around a tab name with a space'],
          [`="${name}"!${cell}`, 'double quotes, which make a text value'],
          [`=[${name}]!${cell}`, 'square brackets, as in Excel file references'],
          [`='${name}!${cell}'`, 'puts the cell inside the quotes'],
        ],
        code: true,
      }
    },
  },
  rule(
    'open-ended-range',
    'Sheets function list (ranges such as A2:A)',
    (rng) =>
      `${SHEETS}, column C of ${client(rng)}'s sign-up tab has the header Name in C1 and a name in each row below; new rows are added every day. Which formula counts the names, including rows added later?`,
    '=COUNTA(C2:C)',
    [
      ['=COUNTA(C1:C)', 'starts at the header'],
      ['=COUNTBLANK(C2:C)', 'counts the empty cells'],
      ['=COUNT(C:C)', 'counts numbers, and names are text'],
      ['=COUNTA(C2:C)-1', 'subtracts the header again, though C2:C already starts below it'],
      ['=COUNTA(C$2:C$1000)', 'stops at row 1000'],
      ['=COUNTA(C:C)', 'the whole column counts the header too'],
      ['=COUNTA(C2:C100)', 'stops at row 100'],
      ['=COUNT(C2:C)', 'COUNT counts numbers, and names are text'],
      ['=ROWS(C2:C)', 'counts every row of the range, empty ones too'],
    ],
    true,
  ),
  rule(
    'named-range-rules',
    'Name a range',
    (rng) =>
      `${SHEETS}, ${client(rng)} wants a named range for the 2026 tax rate in Data > Named ranges. Which name does Sheets accept?`,
    'Tax_rate_2026',
    [
      ['Tax rate 2026', 'contains spaces'],
      ['2026_tax_rate', 'starts with a number'],
      ['TR2026', 'reads as a cell address (column TR, row 2026)'],
      ['tax-rate-2026', 'contains punctuation other than underscores'],
    ],
    true,
  ),
  rule(
    'mixed-reference-fill',
    'Sheets function list (absolute and relative references)',
    (rng) => {
      const col = rng.pick(['B', 'C', 'D'])
      return `${SHEETS}, a rate table multiplies hours in column A (rows 2 down) by rates in row 1 (${col}1 onwards). The formula in ${col}2 is filled down and right. Which does it need?`
    },
    '=$A2*B$1',
    [
      ['=A2*B1', 'both references move, off the hours column and the rate row'],
      ['=$A$2*$B$1', 'every cell uses the first hours and the first rate'],
      ['=A$2*$B1', 'anchors the wrong part of each reference'],
      ['=$A2*$B1', 'anchors the rate column, so filling right keeps one rate'],
    ],
    true,
  ),
]

export const IMPORT_REFERENCE_RULE_FAMILIES: readonly SheetsFamily[] = FAMILIES.map(fillColumn)

/** The mixed-reference family names the drawn first column in its answers. */
function fillColumn(family: SheetsFamily): SheetsFamily {
  if (family.id !== 'mixed-reference-fill') return family
  return {
    ...family,
    draw: (rng) => {
      const s = family.draw(rng)
      const col = /\(([BCD])1 onwards\)/.exec(s.stem)![1]!
      const fix = (t: string) => t.replaceAll('B$1', `${col}$1`).replaceAll('B1', `${col}1`)
      return { ...s, key: fix(s.key), wrong: s.wrong.map(([t, m]) => [fix(t), m] as const) }
    },
  }
}
