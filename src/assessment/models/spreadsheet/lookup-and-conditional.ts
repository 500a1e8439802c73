import type { Rng } from '../../rng.js'
import { code } from '../assemble-variant.js'
import { cellTable, sheetModel } from './sheet-model.js'

const PRODUCTS = [
  'Apple',
  'Banana',
  'Cherry',
  'Date',
  'Elder',
  'Fig',
  'Grape',
  'Kiwi',
  'Lime',
  'Mango',
]

function priceTable(rng: Rng) {
  const names = rng.shuffle(PRODUCTS).slice(0, 6).sort()
  const cells: Record<string, number | string> = { A1: 'Product', B1: 'Units', C1: 'Price' }
  names.forEach((name, i) => {
    cells[`A${i + 2}`] = name
    cells[`B${i + 2}`] = rng.int(0, 60)
    cells[`C${i + 2}`] = rng.int(100, 2_000) / 100
  })
  return { names, cells }
}

/** VLOOKUP exact and approximate, SUMIF, COUNTIF, AVERAGEIF, SUMPRODUCT and IF. */
export const lookupConditionalModel = sheetModel({
  id: 'sheet-lookup-conditional',
  title: 'Spreadsheet formulas: lookups and conditional aggregates',
  build: (rng) => {
    const { names, cells } = priceTable(rng)
    const threshold = rng.int(10, 50)
    const target = rng.pick(names)
    const asks = [
      {
        formula: `=VLOOKUP("${target}",A2:C7,3,FALSE)`,
        mistakes: [
          `=VLOOKUP("${target}",A2:C7,2,FALSE)`,
          `=VLOOKUP("${target}",A2:B7,2,FALSE)`,
          `=INDEX(C2:C7,1)`,
          // The first row read (a lookup that stops at the top), or the whole column summed.
          '=C2',
          '=SUM(C2:C7)',
        ],
      },
      {
        formula: `=SUMIF(B2:B7,">${threshold}",C2:C7)`,
        mistakes: [
          `=SUMIF(B2:B7,">=${threshold}",C2:C7)`,
          `=SUMIF(B2:B7,"<${threshold}",C2:C7)`,
          `=SUMIF(B2:B7,">${threshold}")`,
          `=SUMIF(B2:B7,"<=${threshold}",C2:C7)`,
          `=COUNTIF(B2:B7,">${threshold}")`,
          '=SUM(C2:C7)',
        ],
      },
      {
        formula: `=COUNTIF(B2:B7,">=${threshold}")`,
        mistakes: [
          `=COUNTIF(B2:B7,">${threshold}")`,
          `=COUNTIF(B2:B7,"<${threshold}")`,
          '=COUNT(B2:B7)',
          `=COUNTIF(B2:B7,"<=${threshold}")`,
          // Counting the units instead of the rows.
          `=SUMIF(B2:B7,">=${threshold}")`,
        ],
      },
      {
        formula: '=ROUND(SUMPRODUCT(B2:B7,C2:C7),2)',
        mistakes: [
          '=ROUND(SUM(B2:B7)*SUM(C2:C7),2)',
          '=ROUND(SUM(C2:C7),2)',
          '=ROUND(SUM(B2:B7)*AVERAGE(C2:C7),2)',
          '=ROUND(SUM(B2:B7)+SUM(C2:C7),2)',
          '=ROUND(SUM(B2:B7),2)',
        ],
      },
      {
        formula: '=ROUND(AVERAGE(C2:C7),2)',
        mistakes: [
          '=ROUND(SUM(C2:C7)/7,2)',
          '=ROUND(MEDIAN(C2:C7),2)',
          '=ROUND(SUMPRODUCT(B2:B7,C2:C7)/SUM(B2:B7),2)',
          '=ROUND(AVERAGE(B2:B7),2)',
          '=ROUND(SUM(C2:C7)/5,2)',
        ],
      },
      {
        formula: `=ROUND(AVERAGEIF(B2:B7,">${threshold}",C2:C7),2)`,
        mistakes: [
          `=ROUND(AVERAGEIF(B2:B7,"<=${threshold}",C2:C7),2)`,
          '=ROUND(AVERAGE(C2:C7),2)',
          `=ROUND(SUMIF(B2:B7,">${threshold}",C2:C7)/6,2)`,
          `=ROUND(AVERAGEIF(B2:B7,">=${threshold}",C2:C7),2)`,
          `=ROUND(SUMIF(B2:B7,">${threshold}",C2:C7),2)`,
        ],
      },
    ]
    const ask = rng.pick(asks)
    return {
      stem: `Given this sheet, what does ${code(ask.formula)} return?\n\n${cellTable(cells)}`,
      cells,
      formula: ask.formula,
      format: { kind: 'text' },
      mistakes: ask.mistakes,
    }
  },
})

/** ROUND, ROUNDUP, ROUNDDOWN, INT and precedence (unary minus before ^, % as a postfix). */
export const roundingPrecedenceModel = sheetModel({
  id: 'sheet-rounding-precedence',
  title: 'Spreadsheet formulas: rounding and operator precedence',
  build: (rng) => {
    const x = rng.int(-99_999, 99_999) / 1000
    const digits = rng.int(0, 2)
    const a = rng.int(2, 9)
    const b = rng.int(2, 4)
    const c = rng.int(1, 50)
    const cells = { A1: x, B1: a, C1: b, D1: c }
    const asks = [
      {
        formula: `=ROUND(A1,${digits})`,
        mistakes: [
          `=ROUNDDOWN(A1,${digits})`,
          `=ROUNDUP(A1,${digits})`,
          `=INT(A1*10^${digits})/10^${digits}`,
          // Places counted from one, or every digit after the point dropped.
          `=ROUND(A1,${digits + 1})`,
          '=ROUND(A1,0)',
        ],
      },
      {
        formula: `=ROUNDUP(A1,${digits})`,
        mistakes: [
          `=ROUND(A1,${digits})`,
          `=ROUNDDOWN(A1,${digits})`,
          `=INT(A1*10^${digits})/10^${digits}`,
          // ROUNDUP taken as rounding towards plus infinity, or to whole numbers.
          `=IF(A1<0,ROUNDDOWN(A1,${digits}),ROUNDUP(A1,${digits}))`,
          '=ROUNDUP(A1,0)',
        ],
      },
      {
        formula: '=INT(A1)',
        // INT taken as truncating, rounding, rounding away from zero or taking the ceiling.
        mistakes: ['=ROUNDDOWN(A1,0)', '=ROUND(A1,0)', '=ROUNDUP(A1,0)', '=-INT(-A1)'],
      },
      {
        formula: '=-B1^C1+D1%*B1',
        mistakes: ['=-(B1^C1)+D1%*B1', '=(-B1)^C1+D1*B1', '=-B1^C1+D1/10*B1', '=-(B1^C1)+D1*B1'],
      },
      {
        formula: '=B1+D1/C1*B1-C1',
        // Addition before division, or multiplication before division.
        mistakes: [
          '=(B1+D1)/C1*B1-C1',
          '=B1+D1/(C1*B1)-C1',
          '=B1+D1/C1*(B1-C1)',
          '=(B1+D1/C1)*B1-C1',
          '=(B1+D1)/(C1*B1)-C1',
          '=(B1+D1/C1)*(B1-C1)',
        ],
      },
    ]
    const ask = rng.pick(asks)
    return {
      stem: `With the values below, what does ${code(ask.formula)} return?\n\n${cellTable(cells)}`,
      cells,
      formula: ask.formula,
      format: { kind: 'text' },
      mistakes: ask.mistakes,
    }
  },
})
