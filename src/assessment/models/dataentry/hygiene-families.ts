import { Client, client, digits, family, three } from './records.js'

/** Text as a program shows UTF-8 bytes it reads as Windows-1252 (Latin-1 for these letters). */
export function asLatin1(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) => CP1252_HIGH[b] ?? String.fromCharCode(b))
    .join('')
}
// Windows-1252 differs from Latin-1 in 0x80–0x9F; the bytes these names produce there.
const CP1252_HIGH: Readonly<Record<number, string>> = Object.fromEntries(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c, i) => [0x80 + i, c]),
)

const ACCENTED = ['Müller', 'José', 'François', 'Zoë', 'Søren', 'Renée', 'Gonçalves', 'Åsa']
const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace('ø', 'o')

/** Spreadsheet and file hygiene: spaces, text numbers, columns, CSV, encodings, lost digits. */
export const HYGIENE_FAMILIES = [
  family('utf8-read-as-windows-1252', (rng) => {
    const name = rng.pick(ACCENTED)
    return three(rng, {
      stem: `${Client(rng)}’s CSV was saved as UTF-8 and opened in a program that reads it as Windows-1252. How does the name “${name}” appear?`,
      key: asLatin1(name),
      wrong: [
        [asLatin1(asLatin1(name)), 'showed the text encoded twice'],
        [strip(name), 'showed accents stripped, not misread'],
        [name.replace(/[^\x20-\x7e]/g, '?'), 'showed an ASCII export’s question marks'],
      ],
      facts: { name, shown: 'once' },
    })
  }),
  family('repair-double-encoded-text', (rng) => {
    const name = rng.pick(ACCENTED)
    const twice = asLatin1(asLatin1(name))
    return three(rng, {
      stem: `A contact list passed through two systems reads “${twice}” in a name field. What did the customer type?`,
      key: name,
      wrong: [
        [asLatin1(name), 'undid only one of the two encodings'],
        [strip(name), 'stripped the accent instead of repairing it'],
        [name.replace(/[^\x20-\x7e]/g, '?'), 'replaced the bad bytes with question marks'],
      ],
      facts: { name, shown: 'twice', text: twice },
    })
  }),
  family('csv-field-with-comma', (rng) => {
    const [surname, suffix] = rng.pick([
      ['Okafor', 'Jr.'],
      ['Lee', 'MBE'],
      ['Garcia', 'PhD'],
    ])
    const field = `${surname}, ${suffix}`
    return three(rng, {
      stem: `${Client(rng)}’s CSV export (comma-separated, standard quoting) has a name field holding ${field}. How must the field be written?`,
      key: `"${field}"`,
      wrong: [
        [`${surname}\\, ${suffix}`, 'escaped the comma with a backslash'],
        [`'${field}'`, 'quoted with single quotes'],
        [`"${surname}", ${suffix}`, 'quoted only the part before the comma'],
        [`${surname}; ${suffix}`, 'swapped the comma for a semicolon'],
        [`'${surname}', ${suffix}`, 'quoted only the first part, with single quotes'],
        [`"${surname}; ${suffix}"`, 'quoted the field but also changed its comma'],
      ],
      facts: { field },
    })
  }),
  family('csv-field-with-quotes', (rng) => {
    const nick = rng.pick(['Bud', 'Kit', 'Jo', 'Sam'])
    const field = `Tom "${nick}" Hale`
    return three(rng, {
      stem: `A contact’s name holds quotation marks: ${field}. How is the field written in a standard CSV file?`,
      key: `"Tom ""${nick}"" Hale"`,
      wrong: [
        [`"Tom \\"${nick}\\" Hale"`, 'escaped the quotes with backslashes'],
        [`"Tom "${nick}" Hale"`, 'quoted the field without doubling inner quotes'],
        [`'Tom "${nick}" Hale'`, 'wrapped the field in apostrophes'],
        [`Tom "${nick}" Hale`, 'left the field as typed'],
        [`Tom ""${nick}"" Hale`, 'doubled the quotes but left the field unquoted'],
      ],
      facts: { field },
    })
  }),
  family('csv-line-field-count', (rng) => {
    const id = rng.int(1000, 9999)
    const amount = `${rng.int(1, 9)},${rng.int(100, 999)}.${rng.int(10, 99)}`
    const line = `${id},"Lee, Anna","12 High St, Leeds",${rng.pick(['paid', 'due'])},"${amount}"`
    return three(rng, {
      stem: `A line of ${client(rng)}’s standard comma-separated file reads: ${line}. How many fields does it hold?`,
      key: '5',
      wrong: [
        ['8', 'split at every comma, ignoring the quotes'],
        ['7', 'counted every comma as a separator'],
        ['6', 'honoured quotes on text but not on the amount'],
        ['4', 'counted the separators, not the fields'],
      ],
      facts: { line },
    })
  }),
  family('leading-zeros-lost-by-number-format', (rng) => {
    // Puerto Rico's codes open with two zeros, so a fix that adds one zero is not enough.
    const zip = `00${rng.int(6, 9)}${rng.int(1, 9)}${digits(rng, 1)}`
    const lost = String(Number(zip))
    return three(rng, {
      stem: `${Client(rng)}’s ZIP codes from New England and Puerto Rico were opened as numbers: ${zip} now shows as ${lost}. Which formula in a helper column gives them back as text?`,
      key: '=TEXT(A2,"00000")',
      wrong: [
        ['="0"&A2', 'added one zero, wrong for codes that lost two'],
        ['=VALUE(A2)', 'converted to a number again'],
        ['=LEFT(A2,5)', 'cut text that is already too short'],
        ['=TEXT(A2,"#####")', 'used a format that keeps no zeros'],
        ['=TEXT(A2,"0")', 'used a one-digit format, which pads nothing'],
        ['=VALUE(TEXT(A2,"00000"))', 'padded, then turned the text back into a number'],
        ['=VALUE("0"&A2)', 'added a zero, then turned it back into a number'],
      ],
      code: true,
      facts: { zip, lost },
    })
  }),
  family('lookup-fails-on-trailing-space', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s VLOOKUP of product codes returns #N/A for codes you can see in the price list; the codes pasted in column A end with a space. Which formula finds them?`,
      key: '=VLOOKUP(TRIM(A2),Prices!A:B,2,FALSE)',
      wrong: [
        ['=VLOOKUP(A2,Prices!A:B,2,TRUE)', 'switched to approximate match'],
        ['=VLOOKUP(CLEAN(A2),Prices!A:B,2,FALSE)', 'used CLEAN, which keeps spaces'],
        ['=XLOOKUP(A2,Prices!A:A,Prices!B:B)', 'changed function but kept the space'],
        [
          '=INDEX(Prices!B:B,MATCH(A2,Prices!A:A,0))',
          'rewrote as INDEX and MATCH, keeping the space',
        ],
        ['=TRIM(VLOOKUP(A2,Prices!A:B,2,FALSE))', 'trimmed the result, not the code looked up'],
      ],
      code: true,
    }),
  ),
  family('web-copy-non-breaking-space', (rng) =>
    three(rng, {
      stem: `Names copied from ${client(rng)}’s website still fail to match after TRIM; the gaps are non-breaking spaces (character 160). Which formula cleans them?`,
      key: '=TRIM(SUBSTITUTE(A2,CHAR(160)," "))',
      wrong: [
        ['=TRIM(CLEAN(A2))', 'trusted CLEAN to remove character 160'],
        ['=SUBSTITUTE(A2," ","")', 'removed the ordinary spaces instead'],
        ['=TRIM(SUBSTITUTE(A2,CHAR(32)," "))', 'replaced character 32 instead of 160'],
        ['=TRIM(SUBSTITUTE(A2,CHAR(160),""))', 'deleted the spaces, joining the words'],
        ['=SUBSTITUTE(TRIM(A2),CHAR(160)," ")', 'trimmed before replacing character 160'],
        ['=SUBSTITUTE(CLEAN(A2)," ","")', 'trusted CLEAN and removed the ordinary spaces'],
        ['=SUBSTITUTE(A2,CHAR(32),"")', 'deleted character 32, the ordinary space'],
        ['=TRIM(SUBSTITUTE(A2,CHAR(160)," ",1))', 'replaced only the first character 160'],
        ['=TRIM(CLEAN(SUBSTITUTE(A2,CHAR(32)," ")))', 'replaced character 32 and trusted CLEAN'],
      ],
      code: true,
    }),
  ),
  family('numbers-stored-as-text-sum-zero', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s imported amounts sit left-aligned with green triangles, and =SUM(C2:C200) returns 0. What do you do?`,
      key: 'Convert the text to numbers, then sum',
      wrong: [
        ['Format the column as Number, then sum', 'thought a format change converts text'],
        ['Widen the column so the amounts show', 'took a text problem for a display one'],
        ['Use =SUM(C2:C200)*1 instead', 'multiplied the total, not each cell'],
        ['Sort the column from smallest to largest, then sum', 'thought sorting converts text'],
        [
          'Retype the =SUM(C2:C200) formula and press Enter',
          're-entered the formula, not the data',
        ],
      ],
    }),
  ),
  family('split-full-name-last-word-surname', (rng) => {
    const [g1, g2, s] = rng.pick([
      ['Mary', 'Ann', 'Lee'],
      ['Jean', 'Paul', 'Roux'],
      ['Anna', 'Maria', 'Costa'],
      ['John', 'Paul', 'Hart'],
    ])
    return three(rng, {
      stem: `${Client(rng)}’s rule for splitting full names: the last word is the surname, everything before it the given names. How do you split “${g1} ${g2} ${s}”?`,
      key: `Given: ${g1} ${g2}; surname: ${s}`,
      wrong: [
        [`Given: ${g1}; surname: ${g2} ${s}`, 'split at the first space'],
        [`Given: ${g1}; surname: ${s}`, 'dropped the middle word'],
        [`Given: ${g2} ${s}; surname: ${g1}`, 'took the first word as the surname'],
      ],
      facts: { full: `${g1} ${g2} ${s}` },
    })
  }),
  family('join-address-skipping-blanks', (rng) => {
    const street = `${rng.int(2, 98)} ${rng.pick(['High St', 'Mill Lane', 'Park Road'])}`
    const [town, pc] = rng.pick([
      ['Leeds', 'LS1 4AB'],
      ['York', 'YO1 7HT'],
      ['Bath', 'BA1 1LW'],
    ] as const)
    return three(rng, {
      stem: `${Client(rng)}’s address columns are street, line 2, town, postcode; one row holds “${street}”, a blank line 2, “${town}” and “${pc}”. You join them with comma and space, skipping blanks. What is the result?`,
      key: `${street}, ${town}, ${pc}`,
      wrong: [
        [`${street}, , ${town}, ${pc}`, 'joined the blank line too'],
        [`${street},, ${town}, ${pc}`, 'joined the blank line with a bare comma'],
        [`${street}${town}${pc}`, 'joined with no separator'],
        [`${street}, ${town} ${pc}`, 'dropped the separator before the postcode'],
        [`${street}, , ${town} ${pc}`, 'joined the blank line and dropped the last separator'],
        [`${street} ${town} ${pc}`, 'joined with spaces only'],
      ],
      facts: { parts: [street, '', town, pc] },
    })
  }),
  family('long-id-loses-digits-past-fifteen', (rng) => {
    const id = `${rng.int(1, 9)}${digits(rng, 14)}${rng.int(1, 9)}`
    return three(rng, {
      stem: `${Client(rng)} pasted 16-digit membership numbers into an Excel column formatted as General. Which value does the cell hold for ${id}?`,
      key: `${id.slice(0, 15)}0`,
      wrong: [
        [id, 'thought the number is kept whole'],
        [
          `${String(Math.floor(Number(id.slice(0, 15)) + (Number(id[15]) >= 5 ? 1 : 0)))}0`,
          'rounded at the 15th digit; Excel sets later digits to 0 without rounding',
        ],
        [`${id.slice(0, 15)}`, 'thought the last digit is dropped'],
        [Number(id).toExponential(5).toUpperCase(), 'took the General display for the value held'],
      ],
      facts: { id },
    })
  }),
  family('semicolon-csv-from-decimal-comma-locale', (rng) =>
    three(rng, {
      stem: `${Client(rng)}’s German shop system exports CSV files that open in a single column A, with amounts like 12,50. How do you import them?`,
      key: 'Semicolon delimiter and comma as decimal separator',
      wrong: [
        ['Comma delimiter and point as decimal separator', 'kept the English defaults'],
        [
          'Semicolon delimiter and point as decimal separator',
          'fixed the columns but not the amounts',
        ],
        ['Comma delimiter and comma as decimal separator', 'fixed the amounts but not the columns'],
        ['Tab delimiter and comma as decimal separator', 'took the file for tab-separated'],
        [
          'Tab delimiter and point as decimal separator',
          'took the file for tab-separated, English style',
        ],
      ],
    }),
  ),
  family('proper-function-result', (rng) => {
    const raw = rng.pick(['MCDONALD', "O'BRIEN", 'VAN DER BERG', 'SMITH-JONES'])
    // What the spreadsheet function does: a capital after every non-letter, lower case elsewhere.
    const proper = raw.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, a, b) => a + b.toUpperCase())
    const first = raw[0] + raw.slice(1).toLowerCase()
    const styled: Record<string, string> = {
      MCDONALD: 'McDonald',
      "O'BRIEN": "O'brien",
      'VAN DER BERG': 'van der Berg',
      'SMITH-JONES': 'Smith-jones',
    }
    return three(rng, {
      stem: `You clean ${client(rng)}’s surnames with =PROPER(A2). What does it return for “${raw}”?`,
      key: proper,
      wrong: [
        [first, 'capitalised only the first letter'],
        [styled[raw]!, 'expected a name style sheet from a text function'],
        [raw.toLowerCase(), 'expected lower case from PROPER'],
        [raw, 'thought PROPER leaves capitals alone'],
      ],
      facts: { raw },
    })
  }),
  family('spreadsheet-serial-number-to-date', (rng) => {
    const serial = rng.int(44000, 46500)
    const mac = rng.next() < 0.5
    const day = (epoch: number) => new Date(epoch + serial * 86_400_000).toISOString().slice(0, 10)
    const e1900 = Date.UTC(1899, 11, 30)
    const e1904 = Date.UTC(1904, 0, 1)
    return three(rng, {
      stem: `A date column in ${client(rng)}’s ${mac ? 'old Mac workbook (1904 date system)' : 'workbook (1900 date system)'} was pasted as plain numbers; one reads ${serial}. Which date is it?`,
      key: day(mac ? e1904 : e1900),
      wrong: mac
        ? [
            [day(e1900), 'read it in the 1900 date system'],
            [day(e1904 - 86_400_000), 'counted 1 January 1904 as serial 1'],
            [day(e1900 + 86_400_000), 'read it as 1900 system without the phantom 29 February'],
          ]
        : [
            [day(e1904), 'read it in the 1904 date system'],
            [day(e1900 + 86_400_000), 'left out the phantom 29 February 1900'],
            [day(e1900 + 2 * 86_400_000), 'counted 1 January 1900 as serial 0'],
          ],
      facts: { serial, system: mac ? 1904 : 1900 },
    })
  }),
  family('drop-down-list-at-entry', (rng) =>
    three(rng, {
      stem: `Colleagues at ${client(rng)} type country names into a shared sheet in many spellings (UK, U.K., Britain). What stops this at the point of entry?`,
      key: 'A drop-down list fed from a sheet of allowed names',
      wrong: [
        [
          'Conditional formatting that turns odd spellings red',
          'flagged bad entries instead of preventing them',
        ],
        [
          'A note in the header row asking for full names',
          'relied on an instruction nobody enforces',
        ],
        [
          'A weekly Find and Replace of the known variants',
          'cleaned after entry instead of at entry',
        ],
      ],
    }),
  ),
  family('sorting-one-column-breaks-records', (rng) =>
    three(rng, {
      stem: `A colleague at ${client(rng)} selected only the surname column of a contact list and sorted it A to Z, answering “continue with the current selection”. What happened?`,
      key: 'Surnames now sit beside other contacts’ details',
      wrong: [
        ['Nothing, since the rows were sorted by surname', 'thought the whole rows moved'],
        ['Only the header row moved to the bottom', 'blamed the header for a split sort'],
        ['The list is sorted but Undo is now impossible', 'thought a sort cannot be undone'],
        [
          'Every column moved with the surnames, as a sort always expands',
          'thought the sort expanded despite the answer',
        ],
      ],
    }),
  ),
  family('csv-save-keeps-one-sheet-of-values', (rng) =>
    three(rng, {
      stem: `You save ${client(rng)}’s cleaned workbook (three sheets, formulas, ZIP codes formatted as text) as CSV for its import. What does the CSV file hold?`,
      key: 'The active sheet’s shown values only, as plain text',
      wrong: [
        ['All three sheets, one after the other', 'thought CSV keeps every sheet'],
        ['The formulas, recalculated when the file is opened', 'thought CSV stores formulas'],
        [
          'The values, with the text formats kept for the import',
          'thought CSV stores cell formats',
        ],
        ['The active sheet’s formulas only, as plain text', 'thought CSV stores formulas'],
        ['Every sheet’s shown values, as plain text', 'thought CSV keeps every sheet'],
      ],
    }),
  ),
]
