import type { Rng } from '../../rng.js'
import {
  checked,
  dateWords,
  distinct,
  PEOPLE,
  REGIONS,
  SHEETS,
  type SheetsFamily,
  serialOf,
} from './sheets-case.js'

/** A client list: unsorted ids in A2:A9, names in B and hours in C. */
function clientList(rng: Rng) {
  const ids = distinct(rng, 8, 100, 999)
  const hours = distinct(rng, 8, 5, 95)
  const names = rng.shuffle(PEOPLE).slice(0, 8)
  const cells: Record<string, number | string> = {}
  ids.forEach((id, i) => {
    cells[`A${i + 2}`] = id
    cells[`B${i + 2}`] = names[i]!
    cells[`C${i + 2}`] = hours[i]!
  })
  return { ids, hours, names, cells }
}

/**
 * Lookups and conditional totals as Sheets documents them: VLOOKUP's is_sorted default, XLOOKUP's
 * missing_value and search_mode, SUMIFS and COUNTIFS with cell criteria and date windows, and
 * counting ticked checkboxes. Every formula is evaluated on the drawn sheet.
 */
const FAMILIES: readonly SheetsFamily[] = [
  {
    // VLOOKUP help: is_sorted is TRUE by default; FALSE is recommended for an exact match.
    id: 'vlookup-is-sorted-false',
    source: 'VLOOKUP function',
    draw: (rng) => {
      const { ids, hours, cells } = clientList(rng)
      const t = rng.int(0, 7)
      cells.E1 = ids[t]!
      return {
        stem: `${SHEETS}, A2:A9 hold client ids in no particular order, B2:B9 names and C2:C9 hours. E1 holds a client id from the list. Which formula in E2 returns that client's hours?`,
        key: '=VLOOKUP(E1,A2:C9,3,FALSE)',
        wrong: [
          ['=VLOOKUP(E1,A2:C9,3)', 'leaves is_sorted at its default TRUE on an unsorted list'],
          ['=VLOOKUP(E1,A2:C9,2,FALSE)', 'index 2 returns the name column'],
          ['=VLOOKUP(E1,B2:C9,2,FALSE)', 'starts the range at the names, so the id is never found'],
          ['=VLOOKUP(E1,A2:C9,3,TRUE)', 'is_sorted TRUE on a list that is not sorted'],
          ['=INDEX(C2:C9,E1)', 'uses the id itself as the row number'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', hours[t]!]] },
      }
    },
  },
  {
    // XLOOKUP help: missing_value is returned when no match is found, instead of #N/A.
    id: 'xlookup-missing-value',
    source: 'XLOOKUP function',
    draw: (rng) => {
      const { ids, names, cells } = clientList(rng)
      const asked = [ids[rng.int(2, 7)]!, rng.int(1000, 1999), ids[rng.int(0, 1)]!]
      asked.forEach((id, i) => {
        cells[`E${i + 2}`] = id
      })
      const name = (id: number) => (ids.includes(id) ? names[ids.indexOf(id)]! : 'Unknown')
      return {
        stem: `${SHEETS}, A2:A9 hold client ids and B2:B9 names. E2:E4 hold ids to check. A formula in F2, filled down to F4, should show each client's name, or the text Unknown when the id is not listed. Which formula works?`,
        key: '=XLOOKUP(E2,$A$2:$A$9,$B$2:$B$9,"Unknown")',
        wrong: [
          [
            '=XLOOKUP(E2,A$2:A$9,B$2:B$9)',
            'leaves out missing_value, so an unlisted id shows #N/A',
          ],
          ['=XLOOKUP($E$2,A2:A9,B2:B9,"Unknown")', 'anchors the id and lets the ranges slide'],
          [
            '=IFERROR(VLOOKUP(E2,$A$2:$B$9,2),"Unknown")',
            'an approximate VLOOKUP, which returns a neighbour for an unlisted id',
          ],
          [
            '=XLOOKUP(E2,$A$2:$A$9,$B$2:$B$9)',
            'leaves out missing_value, so an unlisted id shows #N/A',
          ],
          ['=XLOOKUP(E2,A2:A9,B2:B9,"Unknown")', 'relative ranges that slide down when filled'],
          [
            '=XLOOKUP($E$2,$A$2:$A$9,$B$2:$B$9,"Unknown")',
            'anchors E2, so every row checks the first id',
          ],
          ['=XLOOKUP(E2,$B$2:$B$9,$A$2:$A$9,"Unknown")', 'searches the names and returns ids'],
        ],
        sheet: { cells, at: 'F2', copies: asked.map((id, i) => [`F${i + 2}`, name(id)] as const) },
      }
    },
  },
  {
    // XLOOKUP help: search_mode -1 searches from the last entry to the first.
    id: 'xlookup-search-last-first',
    source: 'XLOOKUP function',
    draw: (rng) => {
      const who = rng.pick(PEOPLE)
      const others = rng.shuffle(PEOPLE.filter((p) => p !== who)).slice(0, 4)
      const rows = rng.shuffle([who, who, who, ...others])
      const rates = distinct(rng, 7, 20, 90)
      const cells: Record<string, number | string> = { E1: who }
      rows.forEach((p, i) => {
        cells[`A${i + 2}`] = p
        cells[`B${i + 2}`] = rates[i]!
      })
      const mine = rows.flatMap((p, i) => (p === who ? [i] : []))
      const sorted = mine.map((i) => rates[i]!).sort((a, b) => a - b)
      // The latest rate is the middle one of three, so neither MAX nor MIN stands in for it.
      const order = rng.shuffle([sorted[0]!, sorted[2]!])
      mine.forEach((i, j) => {
        cells[`B${i + 2}`] = j === 2 ? sorted[1]! : order[j]!
      })
      return {
        stem: `${SHEETS}, a rate log lists freelancers' names in A2:A8 and hourly rates in B2:B8, one row per change, oldest first. E1 holds a name. Which formula returns that person's latest rate?`,
        key: '=XLOOKUP(E1,A2:A8,B2:B8,"",0,-1)',
        wrong: [
          [
            '=XLOOKUP(E1,A2:A8,B2:B8,"Not listed",-1,1)',
            'sets match_mode -1 and searches from the oldest row',
          ],
          ['=INDEX(B2:B8,MATCH(E1,A2:A8,0))', 'MATCH stops at the first (oldest) match'],
          [
            '=XLOOKUP(E1,A2:A8,B2:B8,"Not found",0,1)',
            'search_mode 1 searches from the oldest row',
          ],
          [
            '=XLOOKUP(E1,A2:A8,B2:B8)',
            'the default search runs first to last, so it finds the oldest rate',
          ],
          ['=VLOOKUP(E1,A2:B8,2,FALSE)', 'VLOOKUP stops at the first (oldest) match'],
          ['=MAXIFS(B2:B8,A2:A8,E1)', 'takes the highest rate as the latest'],
          ['=XLOOKUP(E1,A2:A8,B2:B8,"",-1)', 'sets match_mode to -1 where search_mode was meant'],
          ['=MINIFS(B2:B8,A2:A8,E1)', 'takes the lowest rate as the latest'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', Number(cells[`B${mine[2]! + 2}`])]] },
      }
    },
  },
  {
    // SUMIFS help: SUMIFS(sum_range, criteria_range1, criterion1, ...); every pair must match.
    id: 'sumifs-two-cell-criteria',
    source: 'SUMIFS function',
    draw: (rng) => {
      const reps = rng.shuffle(PEOPLE).slice(0, 3)
      const cells: Record<string, number | string> = {}
      const rows = Array.from(
        { length: 8 },
        () => [rng.pick(reps), rng.pick(REGIONS.slice(0, 2)), rng.int(2, 60) * 5] as const,
      )
      rows.forEach(([p, r, v], i) => {
        cells[`A${i + 2}`] = p
        cells[`B${i + 2}`] = r
        cells[`C${i + 2}`] = v
      })
      const [p, r] = rows[rng.int(0, 7)]!
      cells.E1 = p
      cells.E2 = r
      const total = rows.filter((x) => x[0] === p && x[1] === r).reduce((a, x) => a + x[2], 0)
      return {
        stem: `${SHEETS}, A2:A9 hold sales reps, B2:B9 regions and C2:C9 amounts. E1 holds a rep's name and E2 a region. Which formula in E3 totals that rep's amounts in that region?`,
        key: '=SUMIFS(C2:C9,A2:A9,E1,B2:B9,E2)',
        wrong: [
          [
            '=SUMIFS(C2:C9,A2:A9,E1,B2:B9,"E2")',
            'quotes the region cell, so it looks for the text E2',
          ],
          [
            '=SUMIFS(C2:C9,A2:A9,"E1",B2:B9,E2)',
            'quotes the rep cell, so it looks for the text E1',
          ],
          ['=SUMIF(B2:B9,E2,C2:C9)', "totals the region's amounts for every rep"],
          ['=SUMIF(A2:A9,E1,C2:C9)', "totals the rep's amounts in every region"],
          [
            '=SUMIFS(C2:C9,A2:A9,"E1",B2:B9,"E2")',
            'quotes the cell addresses, so it looks for the text E1',
          ],
          ['=SUMIFS(C2:C9,A2:A9,E2,B2:B9,E1)', 'pairs each criteria range with the other cell'],
          ['=COUNTIFS(A2:A9,E1,B2:B9,E2)', 'counts the matching rows instead of totalling them'],
          ['=SUMIFS(C2:C9,B2:B9,E2)', "totals the region's amounts for every rep"],
        ],
        sheet: { cells, at: 'E3', copies: [['E3', total]] },
      }
    },
  },
  {
    // COUNTIFS help: a criterion built from a cell joins the operator as text: ">="&E1.
    id: 'countifs-date-window',
    source: 'COUNTIFS function',
    draw: (rng) => {
      const start = serialOf(2026, rng.int(1, 10), 1)
      const end = start + rng.int(20, 27)
      const dates = [
        start,
        end,
        start + rng.int(3, 15),
        start - rng.int(1, 20),
        end + 1,
        start + rng.int(2, 18),
        end - 1,
        start + 1,
      ]
      const cells: Record<string, number> = { E1: start, E2: end }
      rng.shuffle(dates).forEach((d, i) => {
        cells[`B${i + 2}`] = d
      })
      const n = dates.filter((d) => d >= start && d <= end).length
      return {
        stem: `${SHEETS}, B2:B9 hold booking dates. E1 holds ${dateWords(start)} and E2 ${dateWords(end)}. Which formula counts the bookings from E1 to E2, both days included?`,
        key: '=COUNTIFS(B2:B9,">="&E1,B2:B9,"<="&E2)',
        wrong: [
          [
            '=COUNTIFS(B2:B9,">="&"E1",B2:B9,"<="&"E2")',
            'joins the texts E1 and E2, not the dates',
          ],
          ['=COUNTIFS(B2:B9,">="&E1,B2:B9,"<="&E2+1)', 'adds a day to an end already included'],
          ['=COUNTIFS(B2:B9,">="&E1,B2:B9,"<"&E2)', 'a strict end, which leaves out the last day'],
          [
            '=COUNTIFS(B2:B9,">"&E1,B2:B9,"<="&E2)',
            'a strict start, which leaves out the first day',
          ],
          [
            '=COUNTIFS(B2:B9,">=E1",B2:B9,"<=E2")',
            'puts the addresses inside the quotes, so they are text',
          ],
          [
            '=COUNTIFS(B2:B9,">"&E1,B2:B9,"<"&E2)',
            'strict comparisons, which leave out both end days',
          ],
          ['=COUNTIF(B2:B9,">="&E1)', 'has no end date, so later bookings count too'],
          [
            '=COUNTIFS(B2:B9,"<="&E1,B2:B9,">="&E2)',
            'reverses the comparisons, so no date can match both',
          ],
        ],
        sheet: { cells, at: 'E3', copies: [['E3', n]] },
      }
    },
  },
  {
    // Checkboxes help: a ticked box holds TRUE and an unticked one FALSE.
    id: 'countif-ticked-checkboxes',
    source: 'Add & use checkboxes',
    draw: (rng) => {
      const ticks = Array.from({ length: 8 }, () => rng.next() < 0.5)
      if (ticks.every(Boolean) || !ticks.some(Boolean)) ticks[rng.int(0, 7)] = !ticks[0]
      const cells: Record<string, boolean | string> = {}
      ticks.forEach((t, i) => {
        cells[`B${i + 2}`] = t
        cells[`A${i + 2}`] = PEOPLE[i]!
      })
      return {
        stem: `${SHEETS}, B2:B9 hold checkboxes a client ticks when each guest in A2:A9 confirms. Which formula counts the confirmed guests?`,
        key: '=COUNTIF(B2:B9,TRUE)',
        wrong: [
          ['=COUNTA(B2:B9)', 'counts every checkbox, since an unticked one holds FALSE'],
          ['=COUNTIF(B2:B9,FALSE)', 'counts the unticked boxes'],
          ['=COUNTBLANK(B2:B9)', 'treats unticked boxes as empty, but they hold FALSE'],
          ['=COUNTA(A2:A9)', 'counts the guests, confirmed or not'],
        ],
        sheet: {
          cells: cells as Record<string, number | string>,
          at: 'D1',
          copies: [['D1', ticks.filter(Boolean).length]],
        },
      }
    },
  },
  {
    // COUNTIFS help: "<>" matches cells that are not empty.
    id: 'countifs-not-empty',
    source: 'COUNTIFS function',
    draw: (rng) => {
      const cells: Record<string, number | string> = {}
      let n = 0
      for (let r = 2; r <= 9; r++) {
        cells[`A${r}`] = PEOPLE[r - 2]!
        const region = rng.pick(REGIONS.slice(0, 2))
        cells[`B${r}`] = region
        if (rng.next() < 0.5) {
          cells[`C${r}`] = `INV-${rng.int(100, 999)}`
          if (region === 'North') n++
        }
      }
      return {
        stem: `${SHEETS}, B2:B9 hold each client's region and C2:C9 an invoice number, left empty until the client is invoiced. Which formula counts the North clients already invoiced?`,
        key: '=COUNTIFS(B2:B9,"North",C2:C9,"<>")',
        wrong: [
          ['=COUNTIFS(B2:B9,"North",C2:C9,"<>0")', 'not-zero also matches empty cells'],
          [
            '=COUNTIFS(B2:B9,"North",C2:C9,"")',
            'counts the North clients whose invoice cell is empty',
          ],
          ['=COUNTIF(B2:B9,"North")', 'counts every North client, invoiced or not'],
          [
            '=COUNTIFS(B2:B9,"North",C2:C9,">0")',
            'a numeric test, which text invoice numbers never pass',
          ],
          ['=COUNTA(C2:C9)', 'counts invoiced clients in every region'],
        ],
        sheet: { cells, at: 'E1', copies: [['E1', n]] },
      }
    },
  },
]

export const LOOKUP_FORMULA_FAMILIES: readonly SheetsFamily[] = FAMILIES.map(checked)
