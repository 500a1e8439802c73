import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { checked, distinct, PEOPLE, SHEETS, type SheetsFamily, tf } from './sheets-case.js'

const CITIES = ['London', 'Leeds', 'Lisbon', 'Lyon', 'Lagos', 'Lima']
const SURNAMES = ['Smith', 'Okafor', 'Silva', 'Novak', 'Reyes', 'Haddad']

/** Names with a hyphen, so SPLIT's split-at-each-character default cuts them apart. */
function hyphenated(rng: Rng): string {
  const [a, b] = rng.shuffle(PEOPLE).slice(0, 2)
  return `${a}-${b}`
}

/**
 * Sheets-only text and array functions (SPLIT, REGEXEXTRACT, REGEXMATCH, REGEXREPLACE, UNIQUE,
 * COUNTUNIQUE, SORT), each key evaluated on the drawn sheet and each wrong formula shown to miss.
 */
const FAMILIES: readonly SheetsFamily[] = [
  {
    // SPLIT help: split_by_each defaults to TRUE, so " - " splits at every space and hyphen.
    id: 'split-by-each-default',
    source: 'SPLIT function',
    draw: (rng) => {
      const cells: Record<string, string> = {}
      const copies: [string, string][] = []
      for (let r = 2; r <= 4; r++) {
        const city = rng.pick(CITIES)
        cells[`A${r}`] = `${hyphenated(rng)} ${rng.pick(SURNAMES)} - ${city}`
        copies.push([`B${r}`, city])
      }
      return {
        stem: `${SHEETS}, A2:A4 hold entries such as "${cells.A2}": a contact's full name, then a space, a hyphen and a space, then a city. Which formula in B2, filled down, returns the city alone?`,
        key: '=INDEX(SPLIT(A2," - ",FALSE),1,2)',
        wrong: [
          ['=INDEX(SPLIT(A2," - ",FALSE,FALSE),1,3)', 'asks for a third piece, and there are two'],
          ['=INDEX(SPLIT(A2,"-",FALSE),1,2)', 'splits at every hyphen, the one in the name first'],
          [
            '=INDEX(SPLIT(A2," - ",TRUE),1,2)',
            'sets split_by_each TRUE, so every space and hyphen splits',
          ],
          [
            '=INDEX(SPLIT(A2," - "),1,2)',
            'leaves split_by_each at TRUE, so every space and hyphen splits',
          ],
          [
            '=INDEX(SPLIT(A2,"-"),1,2)',
            'splits at every hyphen, including the one inside the name',
          ],
          ['=INDEX(SPLIT(A2," - ",FALSE),1,1)', 'takes the first piece, the name'],
          [
            '=INDEX(SPLIT(A2," "),1,2)',
            'splits at spaces, so the second piece is part of the name',
          ],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    // REGEXEXTRACT help: with capture groups it returns what the groups matched.
    id: 'regexextract-capture-group',
    source: 'REGEXEXTRACT function',
    draw: (rng) => {
      const cells: Record<string, string> = {}
      const copies: [string, string][] = []
      const words = ['Paid', 'Sent', 'Overdue', 'Draft']
      for (let r = 2; r <= 4; r++) {
        const n = String(rng.int(1000, 9999))
        cells[`A${r}`] = `${rng.pick(words)} INV-${n} ${rng.pick(['(card)', '(bank)', '2026'])}`
        copies.push([`B${r}`, n])
      }
      return {
        stem: `${SHEETS}, A2:A4 hold payment notes such as "${cells.A2}". Which formula in B2, filled down, returns only the digits of the invoice number that follows INV-?`,
        key: '=REGEXEXTRACT(A2,"INV-(\\d+)")',
        wrong: [
          ['=REGEXEXTRACT(A2,"(INV)-(\\d+)")', 'two groups, so INV and the digits fill two cells'],
          [
            '=REGEXREPLACE(A2,"INV-(\\d+)","$1")',
            'replaces the number in place and keeps the rest of the note',
          ],
          ['=REGEXEXTRACT(A2,"INV-([A-Z]+)")', 'captures letters where digits follow'],
          [
            '=REGEXEXTRACT(A2,"INV-\\d+")',
            'no capture group, so the whole match INV-… is returned',
          ],
          ['=REGEXEXTRACT(A2,"\\d")', 'matches one digit only'],
          ['=REGEXMATCH(A2,"INV-(\\d+)")', 'REGEXMATCH, which returns TRUE or FALSE'],
          [
            '=REGEXEXTRACT(A2,"(\\d+)$")',
            'anchors at the end, where the note is not the invoice number',
          ],
          ['=MID(A2,FIND("-",A2),4)', 'starts at the hyphen itself and takes a fixed width'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    // REGEXMATCH help: the function works with text only; a number input needs TO_TEXT.
    id: 'regexmatch-text-only',
    source: 'REGEXMATCH function',
    draw: (rng) => {
      const prefix = rng.int(30, 89)
      const codes = [
        prefix * 1000 + rng.int(100, 999),
        rng.int(10, 29) * 1000 + prefix * 10 + rng.int(0, 9),
        rng.int(90, 99) * 1000 + rng.int(100, 999),
      ]
      const cells: Record<string, number> = {}
      rng.shuffle(codes).forEach((c, i) => {
        cells[`A${i + 2}`] = c
      })
      const copies = [2, 3, 4].map(
        (r) => [`B${r}`, tf(String(cells[`A${r}`]).startsWith(String(prefix)))] as [string, string],
      )
      return {
        stem: `${SHEETS}, A2:A4 hold five-digit postal codes typed as numbers. Which formula in B2, filled down, returns TRUE when the code starts with ${prefix}?`,
        key: `=REGEXMATCH(TO_TEXT(A2),"^${prefix}")`,
        wrong: [
          [
            `=REGEXMATCH(TO_TEXT(A2),"^${prefix}\\d{4}")`,
            'expects four more digits, though the codes have five in all',
          ],
          [
            `=REGEXMATCH(A2,"^${prefix}")`,
            'passes a number to REGEXMATCH, which accepts text only',
          ],
          [`=REGEXMATCH(TO_TEXT(A2),"${prefix}")`, 'no ^ anchor, so the digits match anywhere'],
          [`=REGEXMATCH(TO_TEXT(A2),"${prefix}$")`, 'anchors at the end instead of the start'],
          [`=A2="${prefix}*"`, 'an equals test, which treats * as a literal character'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    // REGEXREPLACE help: every match is replaced; \D is any character but a digit.
    id: 'regexreplace-non-digits',
    source: 'REGEXREPLACE function',
    draw: (rng) => {
      const cells: Record<string, string> = {}
      const copies: [string, string][] = []
      for (let r = 2; r <= 4; r++) {
        const [a, b, c] = [rng.int(200, 989), rng.int(200, 999), rng.int(1000, 9999)]
        cells[`A${r}`] = rng.pick([`(${a}) ${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`])
        copies.push([`B${r}`, `${cells[`A${r}`]!.startsWith('+1') ? '1' : ''}${a}${b}${c}`])
      }
      return {
        stem: `${SHEETS}, A2:A4 hold phone numbers typed in mixed styles, such as "${cells.A2}". Which formula in B2, filled down, keeps the digits and drops every other character?`,
        key: '=REGEXREPLACE(A2,"\\D","")',
        wrong: [
          ['=REGEXREPLACE(A2,"\\d","")', 'lower-case \\d, which removes the digits instead'],
          ['=SUBSTITUTE(A2,"-","")', 'removes hyphens only'],
          ['=REGEXEXTRACT(A2,"\\d+")', 'extracts the first run of digits only'],
          ['=REGEXREPLACE(A2,"[()-]","")', 'leaves the spaces, dots and plus sign in'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    // COUNTUNIQUE counts distinct values; UNIQUE returns each distinct row once.
    id: 'countunique-distinct-clients',
    source: 'COUNTUNIQUE function',
    draw: (rng) => {
      const pool = rng.shuffle(PEOPLE).slice(0, rng.int(3, 5))
      const rows = [...pool, ...Array.from({ length: 8 - pool.length }, () => rng.pick(pool))]
      const list = rng.shuffle(rows)
      const cells: Record<string, string> = {}
      list.forEach((p, i) => {
        cells[`A${i + 2}`] = p
      })
      return {
        stem: `${SHEETS}, A2:A9 list the client named on each of eight bookings; some clients booked more than once. Which formula returns how many different clients booked?`,
        key: '=COUNTUNIQUE(A2:A9)',
        wrong: [
          ['=COUNTIF(A2:A9,"<>"&A2)', "counts the rows that are not the first client's"],
          ['=COUNTA(A2:A9)', 'counts every booking, repeats included'],
          ['=COUNT(UNIQUE(A2:A9))', 'COUNT, which counts numbers and skips text names'],
          ['=COUNTIF(A2:A9,A2)', "counts the first client's bookings"],
          ['=ROWS(A2:A9)', 'counts the rows of the range'],
        ],
        sheet: { cells, at: 'C1', copies: [['C1', pool.length]] },
      }
    },
  },
  {
    // SORT help: SORT(range, sort_column, is_ascending); the column counts within the range.
    id: 'sort-descending-top-row',
    source: 'SORT function',
    draw: (rng) => {
      const names = rng.shuffle(PEOPLE).slice(0, 6)
      const sales = distinct(rng, 6, 10, 99).map((n) => n * 10)
      const cells: Record<string, number | string> = {}
      names.forEach((n, i) => {
        cells[`A${i + 2}`] = n
        cells[`B${i + 2}`] = sales[i]!
      })
      const top = names[sales.indexOf(Math.max(...sales))]!
      return {
        stem: `${SHEETS}, A2:A7 hold sellers' names and B2:B7 their sales. Which formula returns the name of the seller with the highest sales?`,
        key: '=INDEX(SORT(A2:B7,2,FALSE),1,1)',
        wrong: [
          ['=INDEX(SORT(A2:B7,2,TRUE),1,2)', 'sorts ascending and returns the figure'],
          ['=INDEX(SORT(A2:B7,1,TRUE),1,1)', 'sorts by name A to Z'],
          [
            '=INDEX(SORT(B2:B7,1,FALSE),1,1)',
            'sorts the sales alone, so the top figure comes back',
          ],
          ['=INDEX(SORT(A2:B7,2,TRUE),1,1)', 'sorts ascending, so the lowest seller comes first'],
          ['=INDEX(SORT(A2:B7,1,FALSE),1,1)', 'sorts by the name column, not the sales'],
          ['=INDEX(SORT(A2:B7,2,FALSE),1,2)', 'returns the top sales figure instead of the name'],
          ['=INDEX(A2:A7,MAX(B2:B7))', 'uses the top sales figure as a row number'],
        ],
        sheet: { cells, at: 'D1', copies: [['D1', top]] },
      }
    },
  },
  {
    // UNIQUE compares whole rows: two columns give each distinct pair once.
    id: 'unique-whole-rows',
    source: 'UNIQUE function',
    draw: (rng) => {
      const people = rng.shuffle(PEOPLE).slice(0, 3)
      const regions = ['North', 'South']
      const pairs = people.flatMap((p) => regions.map((r) => [p, r] as const))
      const chosen = rng.shuffle(pairs).slice(0, rng.int(3, 4))
      const rows = rng.shuffle([...chosen, ...chosen.slice(0, 8 - chosen.length)].slice(0, 6))
      const cells: Record<string, string> = {}
      rows.forEach(([p, r], i) => {
        cells[`A${i + 2}`] = p
        cells[`B${i + 2}`] = r
      })
      const n = new Set(rows.map((x) => x.join('|'))).size
      const names = new Set(rows.map((x) => x[0])).size
      if (n === names || n === 6) throw new VariantError('pairs equal names or rows')
      return {
        stem: `${SHEETS}, A2:A7 hold reps' names and B2:B7 their regions; a rep may appear in two regions, and some rows repeat. Which formula returns how many distinct rep-and-region pairs there are?`,
        key: '=ROWS(UNIQUE(A2:B7))',
        wrong: [
          ['=COUNTA(UNIQUE(A2:A7))', 'counts the distinct names only'],
          ['=ROWS(UNIQUE(B2:B7))', 'counts the distinct regions only'],
          ['=COUNTUNIQUE(A2:A7)', 'counts the distinct names only'],
          ['=ROWS(UNIQUE(A2:A7))', 'takes the distinct names, ignoring the region'],
          ['=COUNTUNIQUE(A2:B7)', 'counts distinct single values across both columns, not pairs'],
          ['=ROWS(A2:B7)', 'counts every row, repeats included'],
          ['=COUNTA(UNIQUE(A2:B7))', 'counts the cells of the result, two per pair'],
        ],
        sheet: { cells, at: 'D1', copies: [['D1', n]] },
      }
    },
  },
]

export const TEXT_ARRAY_FORMULA_FAMILIES: readonly SheetsFamily[] = FAMILIES.map(checked)
