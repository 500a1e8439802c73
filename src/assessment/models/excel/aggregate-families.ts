import type { Rng } from '../../rng.js'
import {
  checked,
  distinct,
  EXCEL,
  PEOPLE,
  REGIONS,
  rule,
  serialOf,
  type WorkbookFamily,
} from './workbook.js'

const STATUSES = ['Open', 'Closed', 'Pending']

/** Eight order rows: region in A, rep in B, amount in C, with every region used at least twice. */
function orders(rng: Rng) {
  const regions = rng.shuffle([...REGIONS, ...REGIONS])
  const reps = regions.map(() => rng.pick(PEOPLE.slice(0, 3)))
  const amounts = distinct(rng, 8, 20, 900)
  const cells: Record<string, number | string> = {}
  regions.forEach((r, i) => {
    cells[`A${i + 2}`] = r
    cells[`B${i + 2}`] = reps[i]!
    cells[`C${i + 2}`] = amounts[i]!
  })
  return { regions, reps, amounts, cells }
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/**
 * Conditional aggregation: SUMIFS, COUNTIFS, AVERAGEIFS and MAXIFS with several criteria, date
 * windows, wildcards and not-equal tests, OR by adding, weighted averages, SUBTOTAL over
 * filtered and hidden rows, and counting blanks and zeros.
 */
const FAMILIES: readonly WorkbookFamily[] = [
  {
    id: 'sumifs-two-criteria-pairs',
    draw: (rng) => {
      const { regions, reps, amounts, cells } = orders(rng)
      const i = rng.int(0, 7)
      cells.F1 = regions[i]!
      cells.F2 = reps[i]!
      const sum = total(amounts.filter((_, k) => regions[k] === regions[i] && reps[k] === reps[i]))
      return {
        stem: `${EXCEL}, an order list has regions in A2:A9, sales reps in B2:B9 and amounts in C2:C9. F1 holds a region and F2 a rep. Which formula in F3 totals that rep's orders in that region?`,
        key: '=SUMIFS(C2:C9,A2:A9,F1,B2:B9,F2)',
        wrong: [
          [
            '=SUMIFS(C2:C9,A2:A9,F1)',
            'drops the second criterion, so every rep in the region counts',
          ],
          ['=SUMIFS(C2:C9,A2:A9,F2,B2:B9,F1)', 'pairs each criterion with the other range'],
          [
            '=SUMIF(A2:A9,F1,C2:C9)+SUMIF(B2:B9,F2,C2:C9)',
            'adds two single-criterion sums, counting rows that meet either and both twice',
          ],
          ['=SUMIFS(A2:A9,F1,C2:C9,B2:B9,F2)', 'puts the sum range where SUMIF has it, last'],
        ],
        sheet: { cells, at: 'F3', copies: [['F3', sum]] },
      }
    },
  },
  {
    id: 'countifs-date-window-inclusive',
    draw: (rng) => {
      const y = rng.pick([2026, 2027, 2028])
      const m = rng.int(1, 10)
      const from = serialOf(y, m, rng.int(3, 9))
      const to = from + rng.int(10, 20)
      // Dates on both ends of the window and on either side of it.
      const dates = rng.shuffle([from, to, from - 1, to + 1, from + 3, to - 2, from - 6, to + 5])
      const cells: Record<string, number> = { F1: from, F2: to }
      dates.forEach((d, i) => {
        cells[`A${i + 2}`] = d
      })
      return {
        stem: `${EXCEL}, A2:A9 hold order dates. F1 holds a start date and F2 an end date. Which formula counts the orders dated from the start date to the end date, both included?`,
        key: '=COUNTIFS(A2:A9,">="&F1,A2:A9,"<="&F2)',
        wrong: [
          [
            '=COUNTIFS(A2:A9,">="&F1,A2:A9,"<"&F2)',
            'a strict test at the end that leaves out the end date',
          ],
          [
            '=COUNTIFS(A2:A9,">=F1",A2:A9,"<=F2")',
            'puts the cell addresses inside the quoted criteria',
          ],
          [
            '=COUNTIF(A2:A9,">="&F1)+COUNTIF(A2:A9,"<="&F2)',
            'adds two counts, so dates outside the window count once and inside it twice',
          ],
          ['=COUNTIFS(A2:A9,">"&F1,A2:A9,"<"&F2)', 'strict tests at both ends'],
        ],
        sheet: {
          cells,
          at: 'F3',
          copies: [['F3', dates.filter((d) => d >= from && d <= to).length]],
        },
      }
    },
  },
  {
    id: 'averageifs-with-status',
    draw: (rng) => {
      const { regions, amounts, cells } = orders(rng)
      const statuses = regions.map(() => rng.pick(['Won', 'Lost']))
      statuses[regions.indexOf(regions[0]!)] = 'Won'
      statuses[regions.lastIndexOf(regions[0]!)] = 'Lost'
      statuses.forEach((s, i) => {
        cells[`B${i + 2}`] = s
      })
      cells.F1 = regions[0]!
      const won = amounts.filter((_, k) => regions[k] === regions[0] && statuses[k] === 'Won')
      return {
        stem: `${EXCEL}, a deal list has regions in A2:A9, status (Won or Lost) in B2:B9 and deal values in C2:C9. F1 holds a region. Which formula gives the average value of the deals won in that region?`,
        key: '=AVERAGEIFS(C2:C9,A2:A9,F1,B2:B9,"Won")',
        wrong: [
          ['=AVERAGEIF(B2:B9,"Won",C2:C9)', 'ignores the region, averaging every deal won'],
          ['=AVERAGEIFS(C2:C9,B2:B9,"<>Won")', 'averages the lost deals of every region'],
          ['=AVERAGE(C2:C9)', 'averages every deal, ignoring both criteria'],
          [
            '=SUMIFS(C2:C9,A2:A9,F1,B2:B9,"Won")/COUNTIF(A2:A9,F1)',
            'divides by all the region’s deals, lost ones too',
          ],
          ['=AVERAGEIF(A2:A9,F1,C2:C9)', 'averages every deal in the region, lost ones too'],
          [
            '=SUMIFS(C2:C9,A2:A9,F1,B2:B9,"Won")/COUNTA(C2:C9)',
            'divides by the count of all deals',
          ],
          [
            '=AVERAGEIFS(C2:C9,A2:A9,F1,B2:B9,"<>Won")',
            'a not-equal test that keeps the lost deals',
          ],
          ['=AVERAGEIFS(C2:C9,B2:B9,"Won")', 'leaves out the region criterion'],
        ],
        sheet: { cells, at: 'F2', copies: [['F2', total(won) / won.length]] },
      }
    },
  },
  {
    id: 'countifs-not-equal-text',
    draw: (rng) => {
      const owners = PEOPLE.slice(0, 3)
      const rows = Array.from({ length: 8 }, () => [rng.pick(owners), rng.pick(STATUSES)] as const)
      const cells: Record<string, number | string> = {}
      rows.forEach(([o, s], i) => {
        cells[`A${i + 2}`] = o
        cells[`B${i + 2}`] = s
      })
      const owner = rows[0]![0]
      // The owner has a closed and an open ticket, so each mistake miscounts.
      rows[1] = [owner, 'Closed']
      rows[2] = [owner, 'Open']
      rows.forEach(([o, st], i) => {
        cells[`A${i + 2}`] = o
        cells[`B${i + 2}`] = st
      })
      cells.F1 = owner
      return {
        stem: `${EXCEL}, a ticket list has owners in A2:A9 and status (Open, Closed or Pending) in B2:B9. F1 holds an owner's name. Which formula counts that owner's tickets that are not Closed?`,
        key: '=COUNTIFS(A2:A9,F1,B2:B9,"<>Closed")',
        wrong: [
          [
            '=COUNTIFS(A2:A9,F1,B2:B9,"Open",B2:B9,"Pending")',
            'joins the two other statuses with AND, which no ticket meets',
          ],
          [
            '=COUNTIF(A2:A9,F1)-COUNTIF(B2:B9,"Closed")',
            'subtracts every closed ticket, not only the owner’s',
          ],
          ['=COUNTIFS(A2:A9,F1,B2:B9,"<>")', 'a bare <> counts every non-empty status'],
          ['=COUNTIFS(A2:A9,F1,B2:B9,"Closed")', 'counts the closed tickets'],
          ['=COUNTIF(B2:B9,"<>Closed")', 'ignores the owner'],
        ],
        sheet: {
          cells,
          at: 'F2',
          copies: [['F2', rows.filter(([o, s]) => o === owner && s !== 'Closed').length]],
        },
      }
    },
  },
  {
    id: 'countif-contains-wildcard',
    draw: (rng) => {
      const word = rng.pick(['refund', 'delay', 'damage'])
      const cap = word[0]!.toUpperCase() + word.slice(1)
      const notes = rng.shuffle([
        cap,
        `${cap} requested`,
        `Partial ${word}`,
        `Asked about ${word} status`,
        'Address change',
        'Invoice copy',
        `Second ${word}`,
        'Thank-you note',
      ])
      const cells: Record<string, string> = { E1: word }
      notes.forEach((n, i) => {
        cells[`A${i + 2}`] = n
      })
      const count = notes.filter((n) => n.toLowerCase().includes(word)).length
      return {
        stem: `${EXCEL}, A2:A9 hold support notes and E1 holds a word (${word}). Which formula counts the notes that contain the word anywhere, in any case?`,
        key: '=COUNTIF(A2:A9,"*"&E1&"*")',
        wrong: [
          ['=COUNTIF(A2:A9,E1)', 'no wildcards, so only notes that are exactly the word count'],
          [
            '=COUNTIF(A2:A9,"*E1*")',
            'puts the cell address inside the quotes, so it looks for the text E1',
          ],
          ['=COUNTIF(A2:A9,E1&"*")', 'counts only notes that begin with the word'],
          ['=COUNTIF(A2:A9,"*"&E1)', 'counts only notes that end with the word'],
          [
            '=COUNTIF(A2:A9,"%"&E1&"%")',
            'uses the % wildcard of SQL, which Excel reads as a literal %',
          ],
          [
            '=SUMIF(A2:A9,"*"&E1&"*")',
            'sums the matching notes, which are text, instead of counting them',
          ],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', count]] },
      }
    },
  },
  {
    id: 'sumifs-calendar-month-window',
    draw: (rng) => {
      const y = rng.pick([2026, 2027])
      const m = rng.int(1, 10)
      const first = serialOf(y, m, 1)
      const last = serialOf(y, m + 1, 1) - 1
      const dates = rng.shuffle([
        first,
        last,
        first - 1,
        last + 1,
        first + rng.int(5, 20),
        serialOf(y, m + 1, rng.int(5, 25)),
        first - rng.int(5, 25),
        last - rng.int(1, 4),
      ])
      const amounts = distinct(rng, 8, 50, 900)
      const cells: Record<string, number> = { F1: first }
      dates.forEach((d, i) => {
        cells[`A${i + 2}`] = d
        cells[`B${i + 2}`] = amounts[i]!
      })
      const sum = total(amounts.filter((_, i) => dates[i]! >= first && dates[i]! <= last))
      return {
        stem: `${EXCEL}, A2:A9 hold sale dates and B2:B9 amounts. F1 holds the first day of a month. Which formula totals the sales in that whole calendar month?`,
        key: '=SUMIFS(B2:B9,A2:A9,">="&F1,A2:A9,"<="&EOMONTH(F1,0))',
        wrong: [
          [
            '=SUMIFS(B2:B9,A2:A9,">="&F1,A2:A9,"<="&EOMONTH(F1,0))-SUMIFS(B2:B9,A2:A9,F1)',
            'subtracts the first day’s sales, reading from the first as after the first',
          ],
          [
            '=SUMIFS(B2:B9,A2:A9,">="&F1,A2:A9,"<"&EOMONTH(F1,0))',
            'a strict test on the month end that drops its last day',
          ],
          [
            '=SUMIFS(B2:B9,A2:A9,">="&F1,A2:A9,"<="&EOMONTH(F1,1))',
            'EOMONTH with 1 month, which runs to the end of the next month',
          ],
          ['=SUMIFS(B2:B9,A2:A9,F1)', 'matches only sales on the first day'],
          [
            '=SUMIFS(B2:B9,A2:A9,">="&F1,A2:A9,"<="&EDATE(F1,1))',
            'ends at EDATE one month on, which is the first day of the next month',
          ],
        ],
        sheet: { cells, at: 'F2', copies: [['F2', sum]] },
      }
    },
  },
  {
    id: 'weighted-average-with-sumproduct',
    draw: (rng) => {
      const prices = distinct(rng, 5, 4, 60)
      const qty = distinct(rng, 5, 1, 40)
      const cells: Record<string, number> = {}
      prices.forEach((p, i) => {
        cells[`B${i + 2}`] = p
        cells[`C${i + 2}`] = qty[i]!
      })
      const w = total(prices.map((p, i) => p * qty[i]!)) / total(qty)
      return {
        stem: `${EXCEL}, B2:B6 hold the unit price of each purchase and C2:C6 the quantity bought. Which formula gives the average price paid per unit across all purchases?`,
        key: '=SUMPRODUCT(B2:B6,C2:C6)/SUM(C2:C6)',
        wrong: [
          ['=AVERAGE(B2:B6)', 'averages the prices without weighting them by quantity'],
          ['=SUMPRODUCT(B2:B6,C2:C6)', 'leaves out the division, giving the total spend'],
          ['=AVERAGE(B2:B6*C2:C6)', 'averages the line totals'],
          ['=SUMPRODUCT(B2:B6,C2:C6)/COUNT(C2:C6)', 'divides the spend by the number of purchases'],
          ['=SUMPRODUCT(B2:B6,C2:C6)/SUM(B2:B6)', 'divides the spend by the sum of the prices'],
          [
            '=SUM(B2:B6)/SUM(C2:C6)',
            'divides the summed prices by the units, ignoring the pairing',
          ],
        ],
        sheet: { cells, at: 'E1', copies: [['E1', w]] },
      }
    },
  },
  {
    id: 'maxifs-largest-in-a-group',
    draw: (rng) => {
      const { regions, amounts, cells } = orders(rng)
      const region = regions[rng.int(0, 7)]!
      cells.F1 = region
      const best = Math.max(...amounts.filter((_, k) => regions[k] === region))
      return {
        stem: `${EXCEL}, A2:A9 hold regions and C2:C9 order amounts. F1 holds a region. Which formula returns the largest order in that region?`,
        key: '=MAXIFS(C2:C9,A2:A9,F1)',
        wrong: [
          ['=MAXIFS(A2:A9,C2:C9,F1)', 'swaps the max range and the criteria range'],
          ['=XLOOKUP(F1,A2:A9,C2:C9)', 'returns the region’s first order, not its largest'],
          ['=MAX(C2:C9)', 'takes the largest order of every region'],
          ['=MINIFS(C2:C9,A2:A9,F1)', 'returns the smallest order in the region'],
          [
            '=MAXIFS(C2:C9,A2:A9,"F1")',
            'quotes the cell address, so no region matches and it shows 0',
          ],
          ['=SUMIFS(C2:C9,A2:A9,F1)', "totals the region's orders"],
        ],
        sheet: { cells, at: 'F2', copies: [['F2', best]] },
      }
    },
  },
  {
    id: 'count-either-of-two-values',
    draw: (rng) => {
      const { regions, cells } = orders(rng)
      const [a, b] = rng.shuffle(REGIONS).slice(0, 2) as [string, string]
      const count = regions.filter((r) => r === a || r === b).length
      return {
        stem: `${EXCEL}, A2:A9 hold the region of each order. Which formula counts the orders from ${a} or ${b}?`,
        key: `=COUNTIF(A2:A9,"${a}")+COUNTIF(A2:A9,"${b}")`,
        wrong: [
          [
            `=COUNTIFS(A2:A9,"${a}",B2:B9,"${b}")`,
            'tests the second region against the rep column, joined with AND',
          ],
          [
            `=COUNTIFS(A2:A9,"${a}")+COUNTIFS(B2:B9,"${b}")`,
            'tests the second region against the rep column',
          ],
          [
            `=COUNTA(A2:A9)-COUNTIF(A2:A9,"${a}")`,
            'subtracts one region from the whole list instead of adding the two',
          ],
          [
            `=COUNTIFS(A2:A9,"${a}",A2:A9,"${b}")`,
            'COUNTIFS joins criteria with AND, so no cell meets both',
          ],
          [
            `=COUNTIF(A2:A9,"${a} or ${b}")`,
            'writes OR inside the criterion, which matches that literal text',
          ],
          [`=COUNTIF(A2:A9,"${a}")`, 'counts only the first region'],
        ],
        sheet: { cells, at: 'F1', copies: [['F1', count]] },
      }
    },
  },
  rule(
    'subtotal-after-a-filter',
    (rng) =>
      `${EXCEL}, a client filters an expense list (amounts in C2:C300) to one ${rng.pick(['project', 'supplier', 'month'])} and wants a total under the list that shows only the rows left visible by the filter. Which formula does that?`,
    '=SUBTOTAL(9,C2:C300)',
    [
      ['=SUM(C2:C300)', 'SUM keeps adding the rows the filter hides'],
      ['=SUBTOTAL(2,C2:C300)', 'function 2 counts the visible rows instead of adding them'],
      ['=SUBTOTAL(1,C2:C300)', 'function 1 averages the visible rows'],
      ['=AGGREGATE(9,4,C2:C300)', 'AGGREGATE option 4 ignores nothing, so hidden rows are added'],
      ['=SUMIF(C2:C300,"<>0")', 'a criterion cannot test whether a row is visible'],
    ],
    true,
  ),
  rule(
    'subtotal-109-for-hidden-rows',
    (rng) =>
      `${EXCEL}, a client hides some rows of a budget by hand (right-click, Hide; no filter) and wants the total of C2:C${rng.int(40, 300)} to leave the hidden rows out. Which function number does SUBTOTAL need?`,
    '109: the 100s versions also skip rows hidden by hand',
    [
      [
        '109 or 9, either: both leave out rows hidden by hand and differ only for filtered rows',
        'reverses which series covers which hidden rows',
      ],
      [
        '209: the 200s versions skip hidden rows and error values alike',
        'invents a third series of function numbers',
      ],
      [
        '9: SUBTOTAL skips every hidden row',
        'believes 9 skips rows hidden by hand as well as filtered ones',
      ],
      ['101: it ignores hidden values', 'picks the 100s number of AVERAGE instead of SUM'],
      [
        'None: hidden rows are left out only when filtered, so use a filter',
        'believes no function number skips rows hidden by hand',
      ],
    ],
  ),
  {
    id: 'countblank-versus-zeros-and-text',
    draw: (rng) => {
      const kinds = rng.shuffle(['n', 'n', 'n', 'z', 'b', 'b', 't', rng.pick(['b', 'n'])])
      const cells: Record<string, number | string> = {}
      kinds.forEach((k, i) => {
        if (k === 'n') cells[`B${i + 2}`] = rng.int(1, 90)
        if (k === 'z') cells[`B${i + 2}`] = 0
        if (k === 't') cells[`B${i + 2}`] = 'n/a'
      })
      return {
        stem: `${EXCEL}, B2:B9 hold survey scores; some cells are empty, one holds 0 and one holds the text n/a. Which formula counts the empty cells?`,
        key: '=COUNTBLANK(B2:B9)',
        wrong: [
          ['=COUNTA(B2:B9)', 'counts the cells that are filled'],
          ['=COUNTIF(B2:B9,0)', 'counts the zeros as if they were empty'],
          ['=COUNT(B2:B9)', 'counts the numbers, not the empty cells'],
          ['=ROWS(B2:B9)-COUNT(B2:B9)', 'counts the text entry as empty along with the blanks'],
          [
            '=COUNTBLANK(B2:B9)-COUNTIF(B2:B9,0)',
            'takes the zero off, as if COUNTBLANK had counted it',
          ],
          ['=COUNTIF(B2:B9,"<>")', 'a bare <> counts the filled cells'],
          [
            '=COUNTBLANK(B2:B9)+COUNTIF(B2:B9,"n/a")',
            'adds the n/a entry, as if text marked a cell empty',
          ],
        ],
        sheet: { cells, at: 'D1', copies: [['D1', kinds.filter((k) => k === 'b').length]] },
      }
    },
  },
  {
    id: 'averageif-leaving-out-zeros',
    draw: (rng) => {
      const values = distinct(rng, 5, 2, 50)
      const slots = rng.shuffle([0, 1, 2, 3, 4, 'z', 'z', 'b'] as const)
      const cells: Record<string, number> = {}
      slots.forEach((s, i) => {
        if (s === 'z') cells[`B${i + 2}`] = 0
        else if (s !== 'b') cells[`B${i + 2}`] = values[s]!
      })
      return {
        stem: `${EXCEL}, B2:B9 hold weekly hours per volunteer; a 0 means the volunteer did not come that week and one cell is empty. Which formula gives the average of the weeks actually worked (leaving out the zeros)?`,
        key: '=AVERAGEIF(B2:B9,"<>0")',
        wrong: [
          ['=AVERAGE(B2:B9)', 'averages the zeros in with the hours'],
          ['=AVERAGEIF(B2:B9,"<>")', 'a bare <> leaves out only empty cells, not zeros'],
          ['=AVERAGEA(B2:B9)', 'AVERAGEA still counts the zeros'],
          ['=SUM(B2:B9)/COUNTA(B2:B9)', 'divides by every filled cell, zeros included'],
          ['=SUM(B2:B9)/ROWS(B2:B9)', 'divides by every row, the empty one too'],
        ],
        sheet: { cells, at: 'D1', copies: [['D1', total(values) / 5]] },
      }
    },
  },
  {
    id: 'countifs-on-a-shown-list',
    draw: (rng) => {
      const threshold = rng.pick([100, 200, 250])
      // Six rows: k East above the threshold (the key), one East at it, e East below it, w West
      // above it and the rest West at or below it; the counts of the other readings then fall
      // on both sides of the key.
      const [k, e, w] = rng.pick([
        [3, 1, 1],
        [2, 1, 1],
        [2, 2, 1],
        [2, 1, 2],
      ] as const)
      const above = () => threshold + rng.int(5, 150)
      const below = () => threshold - rng.int(5, 90)
      const rows: [string, number][] = [
        ...Array.from({ length: k }, () => ['East', above()] as [string, number]),
        ['East', threshold],
        ...Array.from({ length: e }, () => ['East', below()] as [string, number]),
        ...Array.from({ length: w }, () => ['West', above()] as [string, number]),
        ...Array.from(
          { length: 6 - k - 1 - e - w },
          () => ['West', rng.pick([threshold, below()])] as [string, number],
        ),
      ]
      rows.splice(0, rows.length, ...rng.shuffle(rows))
      const cells: Record<string, number | string> = {}
      rows.forEach(([r, v], i) => {
        cells[`A${i + 2}`] = r
        cells[`B${i + 2}`] = v
      })
      const formula = `=COUNTIFS(A2:A7,"East",B2:B7,">${threshold}")`
      const both = rows.filter(([r, v]) => r === 'East' && v > threshold).length
      return {
        stem: `${EXCEL}, A2:A7 hold ${rows.map(([r]) => r).join(', ')} and B2:B7 hold ${rows.map(([, v]) => v).join(', ')}. What does ${formula} return?`,
        key: String(both),
        wrong: [
          [
            String(rows.filter(([r, v]) => r === 'East' && v >= threshold).length),
            'counts a value equal to the threshold as above it',
          ],
          [String(rows.filter(([r]) => r === 'East').length), 'applies only the region criterion'],
          [
            String(rows.filter(([, v]) => v > threshold).length),
            'applies only the amount criterion',
          ],
          [
            String(rows.filter(([r, v]) => r === 'East' || v > threshold).length),
            'counts rows meeting either criterion',
          ],
          [
            String(rows.filter(([r, v]) => r === 'East' && v <= threshold).length),
            'reads > as at most, counting the East rows up to the threshold',
          ],
          [
            String(rows.filter(([r, v]) => r !== 'East' && v > threshold).length),
            'reads "East" as not East',
          ],
        ],
        returns: { formula, cells },
      }
    },
  },
  {
    id: 'sumifs-ranges-of-different-sizes',
    draw: (rng) => {
      const { regions, amounts: whole, cells } = orders(rng)
      // Amounts with cents, so the totals a misreading gives read like the totals they are.
      const amounts = whole.map((v) => v * 40 + rng.int(1, 99) / 100)
      amounts.forEach((v, k) => {
        cells[`C${k + 2}`] = v
      })
      const region = regions[7]!
      const formula = `=SUMIFS(C2:C9,A2:A8,"${region}")`
      return {
        stem: `${EXCEL}, A2:A9 hold regions and C2:C9 amounts; the row-9 order is from ${region}. A colleague's total is ${formula}. What does it show?`,
        key: '#VALUE!',
        wrong: [
          ['#SPILL!', 'expects the unmatched rows to spill'],
          ['#REF!', 'expects a reference error for ranges out of line'],
          [
            total(amounts.filter((_, k) => k < 7 && regions[k] === region)).toFixed(2),
            'expects SUMIFS to add the rows its shorter range covers',
          ],
          [
            total(amounts.filter((_, k) => regions[k] === region)).toFixed(2),
            'expects SUMIFS to stretch the criteria range to fit, as SUMIF does',
          ],
          ['#N/A', 'expects the not-found error'],
        ],
        returns: { formula, cells },
      }
    },
  },
  {
    id: 'sumifs-criterion-against-a-cell',
    draw: (rng) => {
      const { regions, amounts, cells } = orders(rng)
      const at = rng.int(0, 7)
      const limit = amounts[at]!
      cells.F1 = limit
      const region = regions[at]!
      cells.F2 = region
      const sum = total(amounts.filter((v, k) => v >= limit && regions[k] === region))
      return {
        stem: `${EXCEL}, A2:A9 hold regions and C2:C9 order amounts. F1 holds a minimum amount and F2 a region. Which formula totals the region's orders of at least the minimum?`,
        key: '=SUMIFS(C2:C9,C2:C9,">="&F1,A2:A9,F2)',
        wrong: [
          [
            '=SUMIF(C2:C9,">="&F1,C2:C9)+SUMIF(A2:A9,F2,C2:C9)',
            'adds two single-criterion totals, counting orders that meet both twice',
          ],
          ['=SUMIFS(C2:C9,A2:A9,">="&F1,C2:C9,F2)', 'pairs each criterion with the other range'],
          ['=SUMIFS(C2:C9,C2:C9,">=F1",A2:A9,F2)', 'puts the cell address inside the quotes'],
          [
            '=SUMIFS(C2:C9,C2:C9,">"&F1,A2:A9,F2)',
            'a strict test that drops orders equal to the minimum',
          ],
          ['=SUMIFS(C2:C9,C2:C9,">="&F1)', 'leaves out the region'],
          ['=COUNTIFS(C2:C9,">="&F1,A2:A9,F2)', 'counts the orders instead of totalling them'],
          ['=SUMIF(A2:A9,F2,C2:C9)', 'leaves out the minimum'],
          [
            '=SUMIFS(C2:C9,C2:C9,">"&F1)',
            'leaves out the region and drops orders equal to the minimum',
          ],
        ],
        sheet: { cells, at: 'F3', copies: [['F3', sum]] },
      }
    },
  },
  rule(
    'sum-of-numbers-stored-as-text',
    (rng) => {
      const n = rng.int(20, 190)
      return `${EXCEL}, a client pastes ${n} amounts from a bank export into C2:C${n + 1}; some show a green triangle and sit at the left of their cells. =SUM(C2:C${n + 1}) comes out lower than the bank's total. Why?`
    },
    'SUM skips numbers stored as text; converting them to numbers fixes the total',
    [
      [
        'SUM counts each text-number as zero but adds a rounding difference for each green triangle it meets',
        'invents a rounding step',
      ],
      [
        'The bank export uses a different currency format, and SUM converts those amounts at the default exchange rate',
        'invents a currency conversion',
      ],
      ['SUM rounds each amount to a whole number first', 'blames rounding for skipped cells'],
      ['The range has hidden rows, which SUM leaves out', 'believes SUM skips hidden rows'],
      ['The left-aligned amounts are negative numbers', 'reads alignment as a sign'],
    ],
  ),
]

export const AGGREGATE_FAMILIES: readonly WorkbookFamily[] = FAMILIES.map(checked)
