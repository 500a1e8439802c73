import type { Rng } from '../../rng.js'
import {
  checked,
  distinct,
  EXCEL,
  PEOPLE,
  PRODUCTS,
  rule,
  type WorkbookFamily,
} from './workbook.js'

/** A client list: ids in A2:A9 (unsorted), names in B and hours in C. */
export function clientList(rng: Rng) {
  const ids = distinct(rng, 8, 100, 999)
  const hours = distinct(rng, 8, 5, 95)
  const names = rng.shuffle(PEOPLE).slice(0, 8)
  const cells: Record<string, number | string> = { A1: 'Id', B1: 'Name', C1: 'Hours' }
  ids.forEach((id, i) => {
    cells[`A${i + 2}`] = id
    cells[`B${i + 2}`] = names[i]!
    cells[`C${i + 2}`] = hours[i]!
  })
  return { ids, hours, names, cells }
}

/**
 * Lookups a client's workbook lives on: XLOOKUP and its match and search modes, INDEX/MATCH
 * across two headers, and the ways VLOOKUP goes wrong (text ids, stray spaces, sliding tables,
 * duplicates, inserted columns). Formula families carry their sheet and are evaluated.
 */
const FAMILIES: readonly WorkbookFamily[] = [
  {
    id: 'xlookup-lookup-and-return-arrays',
    draw: (rng) => {
      const { ids, hours, cells } = clientList(rng)
      const t = rng.int(0, 7)
      cells.E1 = ids[t]!
      return {
        stem: `${EXCEL}, A2:A9 hold client ids, B2:B9 names and C2:C9 hours worked. E1 holds a client id. Which formula in E2 returns that client's hours?`,
        key: '=XLOOKUP(E1,A2:A9,C2:C9)',
        wrong: [
          ['=INDEX(C2:C9,E1)', 'uses the id itself as the row number'],
          ['=XLOOKUP(E1,A2:A9,B2:B9)', 'returns the name column instead of the hours'],
          ['=XLOOKUP(E1,C2:C9,A2:A9)', 'swaps the lookup array and the return array'],
          ['=XLOOKUP(E1,A2:C9,C2:C9)', 'passes the whole table as the lookup array'],
          ['=XLOOKUP(E1,A2:A9,C3:C10)', 'return array one row out of line with the ids'],
          ['=XLOOKUP("E1",A2:A9,C2:C9)', 'quotes the cell address, so it looks up the text E1'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', hours[t]!]] },
      }
    },
  },
  {
    id: 'xlookup-if-not-found-text',
    draw: (rng) => {
      const { ids, names, cells } = clientList(rng)
      // The last id asked for sits near the top, where a sliding range no longer reaches.
      const asked = [ids[rng.int(0, 7)]!, rng.int(1000, 1999), ids[rng.int(0, 1)]!]
      asked.forEach((id, i) => {
        cells[`E${i + 2}`] = id
      })
      const name = (id: number) => {
        const i = ids.indexOf(id)
        return i < 0 ? 'Not listed' : names[i]!
      }
      return {
        stem: `${EXCEL}, A2:A9 hold client ids and B2:B9 their names. E2:E4 hold ids to check. A formula in F2, filled down to F4, should show each client's name, or the text Not listed when the id is not in the list. Which formula works?`,
        key: '=XLOOKUP(E2,$A$2:$A$9,$B$2:$B$9,"Not listed")',
        wrong: [
          [
            '=XLOOKUP(E2,A$2:A$9,B$2:B$9)',
            'anchors the rows but leaves out if_not_found, so a missing id shows #N/A',
          ],
          [
            '=IFERROR(VLOOKUP(E2,$A$2:$B$9,2,TRUE),"Not listed")',
            'an approximate VLOOKUP, which returns a neighbour for a missing id',
          ],
          [
            '=XLOOKUP(E2,$A$2:$A$9,$B$2:$B$9)',
            'leaves out if_not_found, so a missing id shows #N/A',
          ],
          [
            '=XLOOKUP(E2,A2:A9,B2:B9,"Not listed")',
            'relative ranges that slide down the list when filled',
          ],
          [
            '=XLOOKUP($E$2,$A$2:$A$9,$B$2:$B$9,"Not listed")',
            'anchors the id cell, so every row checks the first id',
          ],
          [
            '=XLOOKUP(E2,$B$2:$B$9,$A$2:$A$9,"Not listed")',
            'searches the names and returns the ids',
          ],
        ],
        sheet: { cells, at: 'F2', copies: asked.map((id, i) => [`F${i + 2}`, name(id)] as const) },
      }
    },
  },
  {
    id: 'xlookup-search-last-to-first',
    draw: (rng) => {
      const product = rng.pick(PRODUCTS)
      const others = PRODUCTS.filter((p) => p !== product)
      const prices = distinct(rng, 8, 20, 300)
      const rows = rng.shuffle([product, product, product, ...rng.shuffle(others).slice(0, 5)])
      const cells: Record<string, number | string> = { E1: product }
      rows.forEach((p, i) => {
        cells[`A${i + 2}`] = p
        cells[`C${i + 2}`] = prices[i]!
      })
      const last = rows.lastIndexOf(product)
      // The current price is the middle one of the product's three, so neither its highest nor
      // its lowest price stands in for it.
      const at = rows.flatMap((p, i) => (p === product ? [i] : []))
      const [low, mid, high] = at.map((i) => prices[i]!).sort((a, b) => a - b) as [
        number,
        number,
        number,
      ]
      const [older, old] = rng.shuffle([low, high])
      at.forEach((i, j) => {
        prices[i] = j === 2 ? mid : j === 0 ? older! : old!
        cells[`C${i + 2}`] = prices[i]!
      })
      return {
        stem: `${EXCEL}, a price log lists product names in A2:A9 and prices in C2:C9, one row per price change, oldest first. E1 holds a product name. Which formula in E2 returns the product's current (most recent) price?`,
        key: '=XLOOKUP(E1,A2:A9,C2:C9,"",0,-1)',
        wrong: [
          [
            '=XLOOKUP(E1,A2:A9,C2:C9,"Not found",0,1)',
            'search_mode 1 searches from the first (oldest) row',
          ],
          ['=INDEX(C2:C9,MATCH(E1,A2:A9,0))', 'MATCH with 0 stops at the first (oldest) match'],
          ['=XLOOKUP(E1,A2:A9,C2:C9)', 'searches first to last, so it returns the oldest price'],
          [
            '=XLOOKUP(E1,A2:A9,C2:C9,"",-1)',
            'sets match_mode to -1 where search_mode was meant, so the first match still wins',
          ],
          ['=MAXIFS(C2:C9,A2:A9,E1)', 'takes the highest price as the latest'],
          ['=VLOOKUP(E1,A2:C9,3,FALSE)', 'VLOOKUP, which stops at the first (oldest) match'],
          ['=MINIFS(C2:C9,A2:A9,E1)', 'takes the lowest price as the latest'],
          ['=XLOOKUP(E1,C2:C9,A2:A9,"",0,-1)', 'swaps the lookup and return arrays'],
          [
            '=INDEX(C2:C9,COUNTIF(A2:A9,E1))',
            "takes the count of the product's rows as the row of its latest price",
          ],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', prices[last]!]] },
      }
    },
  },
  {
    id: 'xlookup-next-smaller-band',
    draw: (rng) => {
      const bands = [0, rng.pick([2, 3]), rng.pick([5, 6]), rng.pick([10, 12]), 20]
      const costs = distinct(rng, 5, 4, 40).sort((a, b) => a - b)
      const cells: Record<string, number> = {}
      bands.forEach((b, i) => {
        cells[`A${i + 2}`] = b
        cells[`B${i + 2}`] = costs[i]!
      })
      const gap = rng.int(1, 3)
      const weight = bands[gap]! + rng.int(1, bands[gap + 1]! - bands[gap]! - 1)
      cells.D1 = weight
      return {
        stem: `${EXCEL}, A2:A6 hold parcel weight bands in kg, sorted ascending (${bands.join(', ')}), each the lowest weight of its band, and B2:B6 the shipping cost of each band. D1 holds a parcel's weight (${weight} kg). Which formula returns the parcel's shipping cost?`,
        key: '=XLOOKUP(D1,A2:A6,B2:B6,"None",-1)',
        wrong: [
          [
            '=IFERROR(VLOOKUP(D1,A2:B6,2,FALSE),"None")',
            'an exact VLOOKUP wrapped to show None between thresholds',
          ],
          [
            '=XLOOKUP(D1,A2:A6,B2:B6)',
            'the default exact match, which shows #N/A between thresholds',
          ],
          [
            '=VLOOKUP(D1,A2:B6,2,FALSE)',
            'an exact VLOOKUP, which finds no band between thresholds',
          ],
          ['=XLOOKUP(D1,A2:A6,B2:B6,"None",1)', 'match_mode 1 takes the next larger band'],
          [
            '=XLOOKUP(D1,A2:A6,B2:B6,"None",0)',
            'an exact match, which finds no band between thresholds',
          ],
          ['=XLOOKUP(D1,B2:B6,A2:A6,"None",-1)', 'searches the costs and returns a weight'],
          [
            '=XLOOKUP(D1,A2:A6,B2:B6,"None",2)',
            'wildcard mode, which matches only equal values here',
          ],
        ],
        sheet: { cells, at: 'D2', copies: [['D2', costs[gap]!]] },
      }
    },
  },
  {
    id: 'index-match-row-and-column',
    draw: (rng) => {
      const months = ['Jan', 'Feb', 'Mar', 'Apr']
      const products = rng.shuffle(PRODUCTS).slice(0, 5)
      const cells: Record<string, number | string> = {}
      months.forEach((m, c) => {
        cells[`${'BCDE'[c]}1`] = m
      })
      const grid = products.map(() => distinct(rng, 4, 10, 500))
      products.forEach((p, r) => {
        cells[`A${r + 2}`] = p
        grid[r]!.forEach((v, c) => {
          cells[`${'BCDE'[c]}${r + 2}`] = v
        })
      })
      const r = rng.int(0, 4)
      const c = rng.int(0, 3)
      cells.H1 = products[r]!
      cells.H2 = months[c]!
      return {
        stem: `${EXCEL}, a sales grid has products in A2:A6, months in B1:E1 and units in B2:E6. H1 holds a product and H2 a month. Which formula in H3 returns that product's units in that month?`,
        key: '=INDEX(B2:E6,MATCH(H1,A2:A6,0),MATCH(H2,B1:E1,0))',
        wrong: [
          [
            '=INDEX(B2:E6,MATCH(H1,A2:A6),MATCH(H2,B1:E1))',
            'leaves out match_type, so both searches assume sorted headers',
          ],
          [
            '=VLOOKUP(H1,A2:E6,MATCH(H2,B1:E1,0),FALSE)',
            'counts the month position from B while VLOOKUP counts from A',
          ],
          [
            '=INDEX(B2:E6,MATCH(H2,B1:E1,0),MATCH(H1,A2:A6,0))',
            'gives the column position as the row and the row position as the column',
          ],
          [
            '=INDEX(B2:E6,MATCH(H1,A1:A6,0),MATCH(H2,B1:E1,0))',
            'matches against a range that includes the header, so the row is one too far',
          ],
          [
            '=INDEX(A1:E6,MATCH(H1,A2:A6,0),MATCH(H2,B1:E1,0))',
            'indexes the grid with its headers, so both positions land one short',
          ],
          [
            '=INDEX(B2:E6,MATCH(H1,A2:A6,0),MATCH(H2,A1:E1,0))',
            'matches the month in a header range that starts at column A',
          ],
        ],
        sheet: { cells, at: 'H3', copies: [['H3', grid[r]![c]!]] },
      }
    },
  },
  {
    id: 'match-type-zero-for-unsorted',
    draw: (rng) => {
      const { ids, cells } = clientList(rng)
      const t = rng.int(0, 7)
      cells.E1 = ids[t]!
      return {
        stem: `${EXCEL}, A2:A9 hold client ids in no particular order. E1 holds one of the ids. Which formula in E2 returns the id's position in the list (1 for A2)?`,
        key: '=MATCH(E1,A2:A9,0)',
        wrong: [
          [
            '=XMATCH(E1,A1:A9)',
            'XMATCH over a range that starts at the header, so every position is one more',
          ],
          [
            '=COUNTIF(A2:A9,"<"&E1)+1',
            'ranks the id among the ids, which is its position only in a sorted list',
          ],
          ['=MATCH(E1,A2:A9)', 'omits match_type, which defaults to 1: a search of a sorted list'],
          ['=MATCH(E1,A1:A9,0)', 'starts the range at the header, so every position is one more'],
          ['=MATCH(E1,A2:A9,-1)', 'match_type -1, meant for a list sorted descending'],
          ['=COUNTIF(A2:A9,E1)', 'counts how often the id occurs instead of where'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', t + 1]] },
      }
    },
  },
  {
    id: 'vlookup-column-index-after-insert',
    draw: (rng) => {
      const col = rng.pick(['Phone', 'Email', 'Rate'])
      return {
        stem: `${EXCEL}, a client sheet uses =VLOOKUP(E2,A:D,4,FALSE) to fetch each client's ${col} from column D. Someone inserts a new column between B and C, so ${col} moves to column E. What happens to the lookup, and how is it made to survive such edits?`,
        key: `It returns column D, which now holds the old column C; XLOOKUP or INDEX/MATCH aimed at the ${col} column itself moves with such edits`,
        wrong: [
          [
            `Excel shifts the range to A:E and the index to 5 together, so the formula still returns ${col}; only a lookup typed by hand since needs changing`,
            'believes the typed column number moves like a reference',
          ],
          [
            `The formula keeps returning ${col} because VLOOKUP reads the header of the column it was set up on; inserting columns never affects it`,
            'believes VLOOKUP follows a header',
          ],
          [
            'It returns column C, the new empty column, so it shows 0; XLOOKUP or INDEX/MATCH aimed at the Rate column itself moves with such edits',
            'counts the inserted column as the one the index now points at',
          ],
          [
            `Excel raises the index to 5 with the range, so it still returns ${col}; nothing needs changing`,
            'believes the typed column number moves like a reference',
          ],
          [
            'The formula shows #REF! until the inserted column is deleted again',
            'confuses an inserted column with a deleted one',
          ],
          [
            'The range stays A:D, so it returns #N/A for every client until it is retyped',
            'believes ranges ignore inserted columns',
          ],
        ],
        code: false,
      }
    },
  },
  {
    id: 'vlookup-id-stored-as-text',
    draw: (rng) => {
      const { ids, hours, cells } = clientList(rng)
      const t = rng.int(0, 7)
      cells.E1 = String(ids[t]!)
      const formula = '=VLOOKUP(E1,A2:C9,3,FALSE)'
      return {
        stem: `${EXCEL}, A2:A9 hold client ids entered as numbers and C2:C9 hours. E1 holds ${ids[t]}, pasted in from an email as text (the cell is formatted as Text and shows a green triangle). What does E2 show with ${formula}?`,
        key: '#N/A',
        wrong: [
          [String(hours[t]!), 'believes text that looks like a number matches the number'],
          ['#VALUE!', 'expects a type error where a lookup simply finds nothing'],
          ['0', 'expects a failed lookup to show zero'],
        ],
        returns: { formula, cells },
        code: true,
      }
    },
  },
  {
    id: 'vlookup-trailing-space',
    draw: (rng) => {
      const { names, hours, cells } = clientList(rng)
      const t = rng.int(0, 7)
      // The names sit in A for this lookup: shift the sheet so names are the first column.
      const sheet: Record<string, number | string> = {}
      names.forEach((n, i) => {
        sheet[`A${i + 2}`] = n
        sheet[`B${i + 2}`] = cells[`A${i + 2}`]!
        sheet[`C${i + 2}`] = hours[i]!
      })
      sheet.E1 = `${names[t]!} `
      return {
        stem: `${EXCEL}, A2:A9 hold client names, B2:B9 ids and C2:C9 hours. E1 holds a name typed by hand with a stray space after it ("${names[t]} "). Which formula in E2 still returns that client's hours?`,
        key: '=VLOOKUP(TRIM(E1),A2:C9,3,FALSE)',
        wrong: [
          [
            '=VLOOKUP(E1,TRIM(A2:C9),3,FALSE)',
            'trims the table, whose names were never the problem, and not the typed name',
          ],
          [
            '=VLOOKUP(TRIM(E1),$A$2:$C$9,3,TRUE)',
            'an approximate match on names that are not sorted',
          ],
          ['=VLOOKUP(E1,A2:C9,3,FALSE)', 'looks up the name with its trailing space, so #N/A'],
          ['=VLOOKUP(TRIM(E1),A2:C9,2,FALSE)', 'returns the id column'],
          [
            '=VLOOKUP(TRIM(E1),B2:C9,2,FALSE)',
            'starts the table at the ids, so the name is not found',
          ],
          ['=VLOOKUP(CLEAN(E1),A2:C9,3,FALSE)', 'CLEAN strips non-printing characters, not spaces'],
        ],
        sheet: { cells: sheet, at: 'E2', copies: [['E2', hours[t]!]] },
      }
    },
  },
  {
    id: 'vlookup-first-of-duplicates',
    draw: (rng) => {
      const { ids, hours, cells } = clientList(rng)
      const [a, b] = rng
        .shuffle([0, 1, 2, 3, 4, 5, 6, 7])
        .slice(0, 2)
        .sort((x, y) => x - y)
      cells[`A${b! + 2}`] = ids[a!]!
      cells.E1 = ids[a!]!
      const formula = '=VLOOKUP(E1,A2:C9,3,FALSE)'
      return {
        stem: `${EXCEL}, A2:C9 list client ids, names and hours; by mistake the id ${ids[a!]} appears twice, in A${a! + 2} (hours ${hours[a!]}) and A${b! + 2} (hours ${hours[b!]}). E1 holds ${ids[a!]}. What does ${formula} return?`,
        key: String(hours[a!]!),
        wrong: [
          [String(hours[b!]!), 'believes a lookup returns the last match'],
          [String(hours[a!]! + hours[b!]!), 'believes a lookup adds up every match'],
          ['#N/A', 'believes duplicates make the lookup fail'],
        ],
        returns: { formula, cells },
        code: true,
      }
    },
  },
  rule(
    'ifna-versus-iferror',
    (rng) =>
      `${EXCEL}, a client wants the lookup of ${rng.pick(['invoice numbers', 'staff ids', 'product codes'])} to show "Missing" for codes not in the table, but still to show an error if the formula itself breaks (a deleted column, a misspelt function). Which wrapper does that?`,
    'IFNA(lookup,"Missing"): it replaces only #N/A, the error of a value not found',
    [
      [
        'IFERROR(lookup,"Missing"), since it is the newer function and handles each error type separately when asked to',
        'believes IFERROR can be limited to #N/A',
      ],
      [
        'ISNA(lookup), which shows Missing in place of the #N/A a code not in the table gives',
        'ISNA returns TRUE or FALSE, not a replacement',
      ],
      [
        'IFERROR(lookup,"Missing"): it replaces only the not-found error',
        'believes IFERROR is limited to #N/A, when it hides #REF! and #NAME? too',
      ],
      [
        'ISBLANK(lookup): it shows TRUE for codes not found',
        'tests for an empty result, which a failed lookup is not',
      ],
      [
        'IF(lookup="","Missing",lookup): it catches the empty answer',
        'expects a failed lookup to return empty text rather than #N/A',
      ],
    ],
  ),
  rule(
    'xlookup-spills-several-columns',
    (rng) => {
      const n = rng.int(9, 200)
      return `${EXCEL}, E2 holds =XLOOKUP(E1,A2:A${n},B2:D${n}), where A holds ${rng.pick(['client', 'staff', 'supplier'])} ids and B:D name, email and phone, and the cells right of E2 are empty. What does it show?`
    },
    'The matching name, email and phone, spilled into E2:G2',
    [
      [
        'Only the phone number from column D, because XLOOKUP returns the last column of the return array',
        'believes a wide return array gives its last column',
      ],
      [
        'The name, email and phone joined into one text in E2',
        'believes several results are concatenated',
      ],
      ['Only the name from column B', 'expects the single value a VLOOKUP column index gives'],
      [
        '#VALUE!, because the return array is wider than one column',
        'believes XLOOKUP returns only one column',
      ],
      [
        '#SPILL!, because an XLOOKUP result cannot spill',
        'reads #SPILL! as a rule rather than blocked cells',
      ],
    ],
  ),
  rule(
    'spill-error-blocked-range',
    (rng) =>
      `${EXCEL}, ${rng.pick(['F2', 'H3', 'C10'])} holds a formula that returns a list of ${rng.pick(['names', 'open orders', 'unique regions'])} and shows #SPILL!. What is the usual cause?`,
    'A cell in the range the result would fill holds a value, so the result cannot spill',
    [
      [
        'The formula refers to a whole column, and whole-column references always give #SPILL!',
        'blames whole-column references as such',
      ],
      [
        'A cell in the range the result would fill is formatted, so the result cannot spill',
        'believes formatting alone blocks a spill, when only entries or merged cells do',
      ],
      [
        'The result is longer than the sheet allows for one cell, so Excel cuts it and flags the overflow',
        'confuses spilling with a text-length limit',
      ],
      [
        'The formula returns more than one value, which one cell cannot show',
        'believes dynamic arrays are not allowed',
      ],
      [
        'The workbook is in manual calculation mode',
        'confuses a stale result with a blocked spill',
      ],
      ['A value the formula looks up is missing from the list', 'confuses #SPILL! with #N/A'],
    ],
  ),
  {
    id: 'xlookup-wildcard-mode',
    draw: (rng) => {
      const companies = rng.shuffle([
        'Northwind Traders',
        'Blue Harbor Foods',
        'Acme Tooling',
        'Greenfield Farms',
        'Summit Legal',
        'Orchid Studio',
      ])
      const contacts = rng.shuffle(PEOPLE).slice(0, 6)
      const cells: Record<string, number | string> = {}
      companies.forEach((c, i) => {
        cells[`A${i + 2}`] = c
        cells[`B${i + 2}`] = contacts[i]!
      })
      const t = rng.int(0, 5)
      const word = companies[t]!.split(' ')[1]!
      cells.E1 = word
      return {
        stem: `${EXCEL}, A2:A7 hold company names and B2:B7 contacts. E1 holds one word of a company's name (${word}). Which formula in E2 returns the contact of the company whose name contains that word, or None?`,
        key: '=XLOOKUP("*"&E1&"*",A2:A7,B2:B7,"None",2)',
        wrong: [
          [
            '=IFERROR(VLOOKUP(E1,A2:B7,2,FALSE),"None")',
            'an exact VLOOKUP of one word, wrapped so every company shows None',
          ],
          [
            '=XLOOKUP(E1&"*",A2:A7,B2:B7,"None",2)',
            'a wildcard only after the word, so it finds names that begin with it',
          ],
          ['=VLOOKUP(E1,A2:B7,2,FALSE)', 'an exact VLOOKUP of one word against whole names'],
          [
            '=XLOOKUP("*"&E1&"*",A2:A7,B2:B7,"None")',
            'uses wildcards without match_mode 2, so * is read literally',
          ],
          [
            '=XLOOKUP(E1,A2:A7,B2:B7,"None",2)',
            'wildcard mode without wildcards, so only the whole name matches',
          ],
          ['=XLOOKUP("*E1*",A2:A7,B2:B7,"None",2)', 'quotes the cell address inside the wildcards'],
          [
            '=XLOOKUP("*"&E1&"*",B2:B7,A2:A7,"None",2)',
            'searches the contacts and returns the company',
          ],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', contacts[t]!]] },
      }
    },
  },
  {
    id: 'match-position-within-range',
    draw: (rng) => {
      const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']
      const start = rng.pick(['C', 'D', 'E'])
      const cols = [...'ABCDEFGHIJKL']
      const at = cols.indexOf(start)
      const cells: Record<string, number | string> = {}
      months.forEach((m, i) => {
        cells[`${cols[at + i]}1`] = m
      })
      const k = rng.int(1, 5)
      const formula = `=MATCH("${months[k]}",${start}1:${cols[at + 5]}1,0)`
      return {
        stem: `${EXCEL}, the month names Jan to Jun sit in ${start}1:${cols[at + 5]}1. What does ${formula} return?`,
        key: String(k + 1),
        wrong: [
          [
            String(at + k + 1),
            'counts the column number from A instead of the position in the range',
          ],
          [months[k]!, 'expects the matching value rather than its position'],
          [`${cols[at + k]}1`, 'expects the address of the matching cell'],
          ['1', 'expects the row number of the match, the range being one row'],
        ],
        returns: { formula, cells },
        code: true,
      }
    },
  },
  {
    id: 'index-row-then-column',
    draw: (rng) => {
      const cells: Record<string, number> = {}
      const values = distinct(rng, 16, 10, 99)
      for (let r = 0; r < 4; r++)
        for (let c = 0; c < 4; c++) cells[`${'BCDE'[c]}${r + 2}`] = values[r * 4 + c]!
      // Rows and columns 2 to 4, so a count from the sheet's row 1 or column A still lands inside.
      const [r, c] = rng.shuffle([2, 3, 4]).slice(0, 2) as [number, number]
      const formula = `=INDEX(B2:E5,${r},${c})`
      return {
        stem: `${EXCEL}, B2:E5 hold the figures below (row 2 first, columns B to E): ${[2, 3, 4, 5].map((row) => [...'BCDE'].map((col) => cells[`${col}${row}`]).join(' ')).join(' / ')}. What does ${formula} return?`,
        key: String(values[(r - 1) * 4 + (c - 1)]!),
        wrong: [
          [
            String(values[(c - 1) * 4 + (r - 1)]!),
            'reads the first number as the column and the second as the row',
          ],
          [
            String(values[(r - 2) * 4 + (c - 1)]!),
            'counts the row from the sheet row 1, not the range',
          ],
          [String(values[(r - 1) * 4 + (c - 2)]!), 'counts the column from A, not from B'],
        ],
        returns: { formula, cells },
        code: true,
      }
    },
  },
  {
    id: 'vlookup-table-anchored-when-filled',
    draw: (rng) => {
      const { ids, hours, cells } = clientList(rng)
      // Later rows ask for ids higher up the list, where a sliding table no longer reaches.
      const picks = rng
        .shuffle([0, 1, 2, 3, 4, 5, 6, 7])
        .slice(0, 4)
        .sort((a, b) => b - a)
      picks.forEach((p, i) => {
        cells[`E${i + 2}`] = ids[p]!
      })
      return {
        stem: `${EXCEL}, A2:C9 list client ids, names and hours. E2:E5 hold ids to look up. A formula in F2, filled down to F5, should return each id's hours. Which formula works?`,
        key: '=VLOOKUP(E2,$A$2:$C$9,3,FALSE)',
        wrong: [
          ['=XLOOKUP(E2,A2:A9,C2:C9)', 'relative XLOOKUP ranges that slide down when filled'],
          [
            '=INDEX(C2:C9,MATCH(E2,A2:A9,0))',
            'relative INDEX and MATCH ranges that slide down when filled',
          ],
          [
            '=VLOOKUP(E2,A$2:C$9,3)',
            'anchors the rows but leaves out FALSE, so the match is approximate on unsorted ids',
          ],
          ['=VLOOKUP($E2,$A$2:$C$9,2,FALSE)', 'returns the names column instead of the hours'],
          [
            '=VLOOKUP(E2,A2:C9,3,FALSE)',
            'a relative table range that slides down past the top rows',
          ],
          [
            '=VLOOKUP($E$2,$A$2:$C$9,3,FALSE)',
            'anchors the lookup value, so every row returns the first id',
          ],
          ['=VLOOKUP(E2,$A$2:$C$9,3,TRUE)', 'an approximate match on unsorted ids'],
          ['=VLOOKUP(E2,$A2:$C9,3,FALSE)', 'anchors only the columns, so the rows still slide'],
        ],
        sheet: { cells, at: 'F2', copies: picks.map((p, i) => [`F${i + 2}`, hours[p]!] as const) },
      }
    },
  },
  rule(
    'default-match-of-vlookup-and-xlookup',
    (rng) => {
      const end = rng.int(50, 400)
      return `${EXCEL}, a colleague writes =VLOOKUP(E1,A2:C${end},3) and =XLOOKUP(E1,A2:A${end},C2:C${end}) over an unsorted list of order numbers, leaving out the last optional argument of each. How does each match?`
    },
    'VLOOKUP approximately (its default assumes a sorted first column); XLOOKUP exactly',
    [
      [
        'Each exactly, because any lookup over unsorted data switches to an exact match by itself',
        'believes Excel detects unsorted data',
      ],
      [
        'VLOOKUP exactly, XLOOKUP approximately (next smaller item), since XLOOKUP was built to replace banded lookups',
        'swaps the defaults with a reason',
      ],
      ['Each exactly; the last argument only changes speed', 'believes both defaults are exact'],
      [
        'Each approximately, since neither was told to match exactly',
        'believes XLOOKUP shares VLOOKUP’s default',
      ],
      [
        'VLOOKUP exactly; XLOOKUP approximately, to the next smaller item',
        'swaps the two defaults',
      ],
    ],
  ),
  rule(
    'lookup-finds-an-empty-cell',
    (rng) =>
      `${EXCEL}, =VLOOKUP(E1,A2:D${rng.int(20, 90)},4,FALSE) shows 0 for a client whose ${rng.pick(['phone', 'email', 'notes'])} cell in column D is empty. Why?`,
    'The id was found; a lookup that returns an empty cell shows it as 0',
    [
      [
        'The id was not found, and an exact VLOOKUP shows 0 rather than #N/A when the table has empty cells',
        'confuses an empty result with a failed lookup',
      ],
      [
        'The cell holds a space, which VLOOKUP converts to 0 because column D is numeric',
        'invents a conversion',
      ],
      [
        'The id was not found, and a failed exact match returns 0',
        'confuses an empty result with #N/A',
      ],
      [
        'Column D is formatted as a number, which turns text into 0',
        'blames the number format for the value',
      ],
      ['FALSE makes VLOOKUP return 0 when it cannot decide', 'misreads the range_lookup argument'],
    ],
  ),
  {
    id: 'xlookup-horizontal-header-row',
    draw: (rng) => {
      const weeks = ['W1', 'W2', 'W3', 'W4', 'W5', 'W6']
      const hours = distinct(rng, 6, 10, 60)
      const budget = distinct(rng, 6, 61, 120)
      const cells: Record<string, number | string> = { A2: 'Budget', A3: 'Hours' }
      weeks.forEach((w, i) => {
        cells[`${'BCDEFG'[i]}1`] = w
        cells[`${'BCDEFG'[i]}2`] = budget[i]!
        cells[`${'BCDEFG'[i]}3`] = hours[i]!
      })
      const k = rng.int(0, 5)
      cells.J1 = weeks[k]!
      return {
        stem: `${EXCEL}, week labels run across B1:G1, each week's budget is in row 2 (B2:G2) and hours logged in row 3 (B3:G3). J1 holds a week label. Which formula in J2 returns the hours logged that week?`,
        key: '=XLOOKUP(J1,B1:G1,B3:G3)',
        wrong: [
          [
            '=HLOOKUP(J1,B1:G3,2,FALSE)',
            'HLOOKUP row 2, which is the budget row: the labels are row 1',
          ],
          [
            '=XLOOKUP(J1,B1:G1,B2:G3)',
            'returns both rows, so the budget shows in J2 and the hours spill below it',
          ],
          ['=XLOOKUP(J1,B1:G1,B2:G2)', 'returns the budget row'],
          ['=XLOOKUP(J1,B1:G1,A3:F3)', 'a return row shifted one column left of the labels'],
          ['=XLOOKUP(J1,B3:G3,B1:G1)', 'searches the hours and returns a label'],
          ['=XLOOKUP(J1,A1:A3,B3:G3)', 'searches down the row labels instead of across the weeks'],
        ],
        sheet: { cells, at: 'J2', copies: [['J2', hours[k]!]] },
      }
    },
  },
]

export const LOOKUP_FAMILIES: readonly WorkbookFamily[] = FAMILIES.map(checked)
