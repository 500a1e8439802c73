import { evaluateFormula } from '../../engines/spreadsheet/evaluate-formula.js'
import { FormulaError } from '../../engines/spreadsheet/formula-ast.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { copyFormula } from './copy-formula.js'

const SHEET = 'In a spreadsheet (Excel or Google Sheets)'
const NAMES = ['Ada', 'Ben', 'Chen', 'Dara', 'Eli', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jo']
const REGIONS = ['North', 'South', 'East', 'West']

/** What a formula shows over `cells`, or its error code. */
function evaluateOr(formula: string, cells: Readonly<Record<string, number | string>>): unknown {
  try {
    return evaluateFormula(formula, cells)
  } catch (error) {
    if (error instanceof FormulaError) return error.message
    throw error
  }
}

/** `count` distinct whole numbers in [low, high]. */
function distinct(rng: Rng, count: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < count) out.add(rng.int(low, high))
  return [...out]
}

/**
 * Spreadsheet formulas a virtual assistant writes for clients: references that survive being
 * filled, lookups, conditional counts and sums, text and rounding functions. Each formula
 * family carries its sheet, so the tests fill every option and evaluate it.
 */
export const FORMULA_FAMILIES: readonly ScenarioFamily[] = [
  {
    id: 'absolute-reference-to-a-rate',
    draw: (rng) => {
      const rate = rng.pick([5, 8, 10, 15, 20]) / 100
      const prices = distinct(rng, 4, 10, 400)
      const cells: Record<string, number | string> = { A1: 'Rate', B1: rate }
      prices.forEach((p, i) => {
        cells[`A${i + 3}`] = p
      })
      return {
        stem: `${SHEET}, B1 holds a tax rate and A3:A6 hold prices. A formula in B3 works out the tax on A3 and is filled down to B6. Which formula gives the right tax in every row?`,
        key: '=A3*$B$1',
        wrong: [
          ['=A3*B1', 'a relative reference to the rate cell, which moves down when filled'],
          ['=$A$3*$B$1', 'anchors the price cell that must move with each row'],
          ['=A3*$B1', 'anchors only the column of the rate cell, so its row still moves'],
          [
            '=$A3*B1',
            'anchors the column that was never going to move and leaves the rate row free',
          ],
        ],
        sheet: { cells, at: 'B3', copies: prices.map((p, i) => [`B${i + 3}`, p * rate] as const) },
      }
    },
  },
  {
    id: 'mixed-references-in-a-grid',
    draw: (rng) => {
      const across = distinct(rng, 3, 2, 12)
      const down = distinct(rng, 3, 2, 12)
      const cells: Record<string, number> = {}
      across.forEach((v, i) => {
        cells[`${'BCD'[i]}1`] = v
      })
      down.forEach((v, i) => {
        cells[`A${i + 2}`] = v
      })
      const copies = down.flatMap((d, r) =>
        across.map((a, c) => [`${'BCD'[c]}${r + 2}`, a * d] as const),
      )
      return {
        stem: `${SHEET}, B1:D1 hold quantities and A2:A4 hold unit prices. A formula in B2 multiplies its column's quantity by its row's price and is filled across and down to D4. Which formula does that?`,
        key: '=B$1*$A2',
        wrong: [
          ['=B1*A2', 'relative references that both move when filled'],
          ['=$B$1*$A$2', 'fully absolute references that show the first product everywhere'],
          ['=$B1*A$2', 'anchors the column of the quantity row and the row of the price column'],
          ['=B$1*A$2', 'anchors the rows of both references, so the price never moves down'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
  {
    id: 'running-total',
    draw: (rng) => {
      const values = distinct(rng, 5, 10, 300)
      const cells: Record<string, number> = {}
      values.forEach((v, i) => {
        cells[`B${i + 2}`] = v
      })
      let sum = 0
      const copies = values.map((v, i) => {
        sum += v
        return [`C${i + 2}`, sum] as const
      })
      return {
        stem: `${SHEET}, B2:B6 hold daily sales. A formula in C2, filled down to C6, should show the running total to date. Which formula works?`,
        key: '=SUM($B$2:B2)',
        wrong: [
          ['=SUM(B2:B2)', 'a relative start, so the range moves instead of growing'],
          ['=SUM($B$2:$B$2)', 'anchors the end of the range, so it never grows'],
          ['=SUM($B$2:$B$6)', 'sums the whole column on every row'],
          [
            '=SUM(B2:$B$6)',
            'anchors the end and lets the start move, so it sums the rows still to come',
          ],
        ],
        sheet: { cells, at: 'C2', copies },
      }
    },
  },
  {
    id: 'share-of-a-total',
    draw: (rng) => {
      const values = distinct(rng, 4, 10, 300)
      const total = values.reduce((s, v) => s + v, 0)
      const cells: Record<string, number> = { B7: total }
      values.forEach((v, i) => {
        cells[`B${i + 2}`] = v
      })
      return {
        stem: `${SHEET}, B2:B5 hold each region's sales and B7 their total. A formula in C2, filled down to C5, shows each region's share of the total. Which formula works?`,
        key: '=B2/$B$7',
        wrong: [
          ['=B2/B7', 'a relative reference to the total, which moves off it when filled'],
          ['=$B$2/$B$7', "anchors the region's own cell, so every row shows the first share"],
          ['=$B$7/B2', 'divides the total by the part'],
          ['=B2/SUM(B2:B5)', 'a relative total range, which shrinks and moves when filled'],
        ],
        sheet: { cells, at: 'C2', copies: values.map((v, i) => [`C${i + 2}`, v / total] as const) },
      }
    },
  },
  {
    id: 'what-a-copied-formula-becomes',
    draw: (rng) => {
      const down = rng.int(1, 4)
      const across = rng.int(1, 3)
      const formula = rng.pick(['=$A5*B$1', '=A5+$B$1', '=SUM($A5:A$1)', '=A$5-$B1'])
      const key = copyFormula(formula, down, across)
      return {
        stem: `${SHEET}, C5 holds \`${formula}\`. It is copied ${down} row${down > 1 ? 's' : ''} down and ${across} column${across > 1 ? 's' : ''} across. What does the copy hold?`,
        key,
        wrong: [
          [formula, 'believes a copy keeps its references as written'],
          [
            copyFormula(formula.replaceAll('$', ''), down, across),
            'moves every reference, anchored or not',
          ],
          [copyFormula(formula, 0, across), 'moves the references across but not down'],
          [copyFormula(formula, down, 0), 'moves the references down but not across'],
          [copyFormula(formula, across, down), 'swaps the rows and columns moved'],
        ],
      }
    },
  },
  {
    id: 'exact-match-lookup',
    draw: (rng) => {
      const ids = distinct(rng, 5, 100, 999)
      const hours = distinct(rng, 5, 10, 99)
      const cells: Record<string, number | string> = {}
      ids.forEach((id, i) => {
        cells[`A${i + 2}`] = id
        cells[`B${i + 2}`] = NAMES[i]!
        cells[`C${i + 2}`] = hours[i]!
      })
      const target = rng.int(0, 4)
      cells.E1 = ids[target]!
      // An approximate match on unsorted ids must land on a wrong row, or it is no mistake here.
      const approximate = evaluateOr('=VLOOKUP(E1,A2:C6,3,TRUE)', cells)
      if (approximate === hours[target]) throw new VariantError('lookup: approximate match agrees')
      return {
        stem: `${SHEET}, A2:C6 list client ids (not sorted), names and hours. E1 holds a client id. Which formula in E2 returns that client's hours?`,
        key: '=VLOOKUP(E1,A2:C6,3,FALSE)',
        wrong: [
          [
            '=VLOOKUP(E1,A2:C6,2,FALSE)',
            'counts the lookup column as column 0 and returns the names',
          ],
          ['=VLOOKUP(E1,B2:C6,2,FALSE)', 'starts the table right of the id column it must search'],
          ['=VLOOKUP(E1,A2:C6,3,TRUE)', 'an approximate match on unsorted ids'],
          ['=VLOOKUP("E1",A2:C6,3,FALSE)', 'quotes the cell address, so it looks up the text E1'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', hours[target]!]] },
      }
    },
  },
  {
    id: 'approximate-match-bands',
    draw: (rng) => {
      const bands = [0, 1000, 5000, 10000]
      const rates = [0, 2, 5, 8]
      const cells: Record<string, number> = {}
      bands.forEach((b, i) => {
        cells[`A${i + 2}`] = b
        cells[`B${i + 2}`] = rates[i]!
      })
      const sale = rng.pick([rng.int(1001, 4999), rng.int(5001, 9999), rng.int(10001, 20000)])
      cells.D1 = sale
      const band = bands.filter((b) => b <= sale).length - 1
      return {
        stem: `${SHEET}, A2:B5 is a commission table: sales from 0, 1000, 5000 and 10000 upward (sorted) earn 0 %, 2 %, 5 % and 8 %. D1 holds a sale of ${sale}. Which formula returns the sale's commission rate?`,
        key: '=VLOOKUP(D1,A2:B5,2,TRUE)',
        wrong: [
          [
            '=VLOOKUP(D1,A2:B5,2,FALSE)',
            'an exact match, which finds no band for a sale between thresholds',
          ],
          ['=VLOOKUP(D1,A2:B5,1,TRUE)', 'returns the threshold column instead of the rate'],
          ['=VLOOKUP(D1,B2:B5,1,TRUE)', 'searches the rates instead of the thresholds'],
          ['=VLOOKUP(D1,A2:A5,2,TRUE)', 'a one-column table with no rate column to return'],
        ],
        sheet: { cells, at: 'D2', copies: [['D2', rates[band]!]] },
      }
    },
  },
  {
    id: 'sum-by-criterion',
    draw: (rng) => {
      const cells: Record<string, number | string> = {}
      for (let i = 2; i <= 9; i++) {
        cells[`A${i}`] = rng.pick(REGIONS)
        cells[`B${i}`] = rng.int(10, 500)
      }
      const region = cells.A2 as string
      cells.E1 = region
      let total = 0
      for (let i = 2; i <= 9; i++) if (cells[`A${i}`] === region) total += cells[`B${i}`] as number
      return {
        stem: `${SHEET}, A2:A9 hold regions and B2:B9 sales. E1 holds a region name. Which formula totals that region's sales?`,
        key: '=SUMIF(A2:A9,E1,B2:B9)',
        wrong: [
          ['=SUMIF(B2:B9,E1,A2:A9)', 'swaps the criteria range and the sum range'],
          ['=COUNTIF(A2:A9,E1)', 'counts the matching rows instead of summing their sales'],
          ['=SUMIF(A2:A9,"E1",B2:B9)', 'quotes the cell address, so it matches the text E1'],
          ['=SUM(B2:B9)', 'totals every region'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', total]] },
      }
    },
  },
  {
    id: 'count-above-a-cell-value',
    draw: (rng) => {
      const values = distinct(rng, 8, 1, 100)
      const cells: Record<string, number> = {}
      values.forEach((v, i) => {
        cells[`B${i + 2}`] = v
      })
      const limit = values[rng.int(0, 7)]!
      cells.E1 = limit
      return {
        stem: `${SHEET}, B2:B9 hold order values and E1 a threshold. Which formula counts the orders above the threshold?`,
        key: '=COUNTIF(B2:B9,">"&E1)',
        wrong: [
          ['=COUNTIF(B2:B9,">E1")', 'puts the cell address inside the quoted criterion'],
          ['=COUNTIF(B2:B9,">="&E1)', 'counts orders equal to the threshold as above it'],
          ['=SUMIF(B2:B9,">"&E1)', 'sums the orders instead of counting them'],
          ['=COUNTIF(B2:B9,E1)', 'counts orders equal to the threshold'],
        ],
        sheet: { cells, at: 'E2', copies: [['E2', values.filter((v) => v > limit).length]] },
      }
    },
  },
  {
    id: 'nested-if-order',
    draw: (rng) => {
      const scores = [rng.int(0, 59), 60, rng.int(61, 79), 80, rng.int(81, 100)]
      const cells: Record<string, number> = {}
      scores.forEach((s, i) => {
        cells[`B${i + 2}`] = s
      })
      const grade = (s: number) => (s >= 80 ? 'A' : s >= 60 ? 'B' : 'C')
      return {
        stem: `${SHEET}, B2:B6 hold test scores. A formula in C2, filled down, should grade 80 or more as A, 60 to 79 as B and the rest as C. Which formula works?`,
        key: '=IF(B2>=80,"A",IF(B2>=60,"B","C"))',
        wrong: [
          [
            '=IF(B2>=60,"B",IF(B2>=80,"A","C"))',
            'tests the lower threshold first, so A never shows',
          ],
          [
            '=IF(B2>80,"A",IF(B2>60,"B","C"))',
            'strict comparisons that drop the boundary scores a grade',
          ],
          ['=IF(B2>=80,"A",IF(B2<60,"B","C"))', 'reverses the second test'],
          ['=IF(B2>=80,"A","B")', 'leaves out the third grade'],
        ],
        sheet: { cells, at: 'C2', copies: scores.map((s, i) => [`C${i + 2}`, grade(s)] as const) },
      }
    },
  },
  {
    id: 'and-versus-or',
    draw: (rng) => {
      const cells: Record<string, number> = {}
      // The first row sits exactly on both thresholds, where strict comparisons go wrong.
      const rows = [
        [100, 20],
        [rng.int(110, 150), rng.int(20, 23)],
        [rng.int(110, 150), rng.int(10, 19)],
        [rng.int(50, 99), rng.int(20, 23)],
        [rng.int(50, 99), rng.int(10, 19)],
      ]
      rows.forEach(([sales, days], i) => {
        cells[`B${i + 2}`] = sales!
        cells[`C${i + 2}`] = days!
      })
      return {
        stem: `${SHEET}, B holds each person's sales as a percentage of target and C their days worked. A bonus is due only when sales are at least 100 and days worked at least 20. Which formula in D2, filled down, shows Yes or No?`,
        key: '=IF(AND(B2>=100,C2>=20),"Yes","No")',
        wrong: [
          ['=IF(OR(B2>=100,C2>=20),"Yes","No")', 'OR where both conditions must hold'],
          ['=IF(AND(B2>=100,C2>=20),"No","Yes")', 'swaps the true and false results'],
          ['=IF(B2>=100,"Yes",IF(C2>=20,"Yes","No"))', 'nests the tests so either one is enough'],
          ['=IF(AND(B2>100,C2>20),"Yes","No")', 'strict comparisons that exclude the thresholds'],
        ],
        sheet: {
          cells,
          at: 'D2',
          copies: rows.map(
            ([s, d], i) => [`D${i + 2}`, s! >= 100 && d! >= 20 ? 'Yes' : 'No'] as const,
          ),
        },
      }
    },
  },
  {
    id: 'join-text-with-a-space',
    draw: (rng) => {
      const [first, last] = rng.pick([
        ['Ada', 'Okafor'],
        ['Li', 'Wei'],
        ['Maria', 'Silva'],
        ['Tom', 'Berg'],
      ] as const)
      return {
        stem: `${SHEET}, A2 holds a first name and B2 a last name. Which formula in C2 shows them as one name with a space between?`,
        key: '=A2&" "&B2',
        wrong: [
          ['=A2&B2', 'joins the names with no space'],
          ['="A2 B2"', 'quotes the addresses, so the text A2 B2 shows'],
          ['=A2&" "&A2', 'repeats the first name'],
          ['=B2&" "&A2', 'puts the last name first'],
        ],
        sheet: { cells: { A2: first, B2: last }, at: 'C2', copies: [['C2', `${first} ${last}`]] },
      }
    },
  },
  {
    id: 'extract-with-mid',
    draw: (rng) => {
      const code = `${rng.pick(['AB', 'QX', 'LM'])}-${rng.int(1000, 9999)}-${rng.pick(['UK', 'DE', 'FR'])}`
      return {
        stem: `${SHEET}, A2 holds a product code such as \`${code}\`: two letters, a hyphen, four digits, a hyphen and a country. Which formula in B2 returns the four digits?`,
        key: '=MID(A2,4,4)',
        wrong: [
          ['=MID(A2,3,4)', 'counts character positions from zero'],
          ['=MID(A2,4,7)', 'gives the end position where MID wants a length'],
          ['=LEFT(A2,7)', 'keeps the letters and hyphen in front of the digits'],
          ['=RIGHT(A2,4)', 'takes the last four characters'],
        ],
        sheet: { cells: { A2: code }, at: 'B2', copies: [['B2', code.slice(3, 7)]] },
      }
    },
  },
  {
    id: 'count-versus-counta',
    draw: (rng) => {
      const cells: Record<string, number | string> = {}
      const n = rng.int(5, 8)
      for (let i = 2; i < 2 + n; i++) cells[`A${i}`] = NAMES[i - 2]!
      const numeric = rng.int(1, 2)
      for (let i = 0; i < numeric; i++) cells[`A${2 + n + i}`] = rng.int(100, 999)
      return {
        stem: `${SHEET}, A2:A12 list the names of people who signed up (some entered as staff numbers), and the rest of the range is empty. Which formula counts the sign-ups?`,
        key: '=COUNTA(A2:A12)',
        wrong: [
          ['=COUNT(A2:A12)', 'COUNT counts only numbers'],
          ['=SUM(A2:A12)', 'adds the staff numbers instead of counting entries'],
          ['=COUNTIF(A2:A12,">0")', 'a numeric criterion that skips the names'],
          ['=ROWS(A2:A12)', 'counts the rows of the range, empty ones included'],
        ],
        sheet: { cells, at: 'B1', copies: [['B1', n + numeric]] },
      }
    },
  },
  {
    id: 'round-up-to-quarter-hours',
    draw: (rng) => {
      const hours = [rng.int(101, 112) / 100, rng.int(226, 237) / 100, rng.int(351, 362) / 100]
      const cells: Record<string, number> = {}
      hours.forEach((h, i) => {
        cells[`B${i + 2}`] = h
      })
      return {
        stem: `${SHEET}, B2:B4 hold hours worked as decimals. The client is billed in whole quarter hours, always rounding up. Which formula in C2, filled down, gives the billable hours?`,
        key: '=ROUNDUP(B2*4,0)/4',
        wrong: [
          ['=ROUND(B2*4,0)/4', 'rounds to the nearest quarter instead of up'],
          ['=ROUNDUP(B2,2)', 'rounds up to hundredths of an hour'],
          ['=ROUNDDOWN(B2*4,0)/4', 'rounds down'],
          ['=ROUNDUP(B2/4,0)*4', 'rounds up to whole blocks of four hours'],
        ],
        sheet: {
          cells,
          at: 'C2',
          copies: hours.map(
            (h, i) => [`C${i + 2}`, Math.ceil(Math.round(h * 400) / 100) / 4] as const,
          ),
        },
      }
    },
  },
  {
    id: 'average-skips-blanks-not-zeros',
    draw: (rng) => {
      const values = distinct(rng, 3, 10, 90)
      const cells: Record<string, number> = {
        B2: values[0]!,
        B3: 0,
        B5: values[1]!,
        B6: values[2]!,
      }
      const key = (values[0]! + values[1]! + values[2]!) / 4
      const show = (x: number) => String(Math.round(x * 100) / 100)
      return {
        stem: `${SHEET}, B2:B6 hold ${values[0]}, 0, an empty cell, ${values[1]} and ${values[2]}. What does \`=AVERAGE(B2:B6)\` return (to two decimals)?`,
        key: show(key),
        wrong: [
          [show((key * 4) / 5), 'counts the empty cell as a zero'],
          [show((key * 4) / 3), 'skips the zero as if it were empty'],
          [show(key * 4), 'returns the sum'],
          [show((Math.max(...values) + 0) / 2), 'averages the largest and smallest values'],
        ],
        sheet: { cells, at: 'C1', copies: [['C1', key]] },
      }
    },
  },
  {
    id: 'sheet-name-with-spaces',
    draw: (rng) => {
      const name = rng.pick(['Jan Sales', 'Q1 Costs', 'Team Hours'])
      const cell = rng.pick(['B2', 'C7', 'D4'])
      return {
        stem: `${SHEET}, which formula refers to cell ${cell} of another sheet named ${name}?`,
        key: `='${name}'!${cell}`,
        wrong: [
          [`=${name}!${cell}`, 'leaves out the quotes a sheet name with a space needs'],
          [`="${name}"!${cell}`, 'double quotes, which make the name a text value'],
          [`='${name}!${cell}'`, 'closes the quote after the cell address'],
          [`=[${name}]${cell}`, 'the brackets that name a workbook, not a sheet'],
        ],
      }
    },
  },
  {
    id: 'lookup-to-the-left',
    draw: (rng) => {
      const what = rng.pick(['client id', 'order number'])
      return {
        stem: `${SHEET}, column A holds names and column C the ${what}s (A2:C50). E1 holds a ${what}. Which formula returns the matching name?`,
        key: '=INDEX(A2:A50,MATCH(E1,C2:C50,0))',
        wrong: [
          ['=VLOOKUP(E1,A2:C50,1,FALSE)', 'expects VLOOKUP to search column C and look left'],
          ['=INDEX(C2:C50,MATCH(E1,A2:A50,0))', 'swaps the range searched and the range returned'],
          ['=INDEX(A2:A50,MATCH(E1,C2:C50,1))', 'an approximate match on unsorted values'],
          ['=MATCH(E1,C2:C50,0)', 'returns the position of the match, not the name'],
        ],
      }
    },
  },
  {
    id: 'percentage-change',
    draw: (rng) => {
      const pairs = [0, 1, 2].map(() => distinct(rng, 2, 50, 400) as [number, number])
      const cells: Record<string, number> = {}
      pairs.forEach(([before, after], i) => {
        cells[`B${i + 2}`] = before
        cells[`C${i + 2}`] = after
      })
      return {
        stem: `${SHEET}, B2:B4 hold last year's sales and C2:C4 this year's. A formula in D2, filled down and formatted as a percentage, shows the change on last year. Which formula works?`,
        key: '=(C2-B2)/B2',
        wrong: [
          ['=C2-B2/B2', 'leaves out the brackets, so only B2/B2 is divided'],
          ['=(C2-B2)/C2', 'divides by this year instead of last year'],
          ['=C2/B2', 'gives the ratio, not the change'],
          ['=(B2-C2)/B2', 'subtracts the wrong way round'],
        ],
        sheet: {
          cells,
          at: 'D2',
          copies: pairs.map(
            ([before, after], i) => [`D${i + 2}`, (after - before) / before] as const,
          ),
        },
      }
    },
  },
]
