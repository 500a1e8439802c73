import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  across,
  Client,
  client,
  col,
  drawn,
  family,
  figure,
  formulas,
  pc,
  purse,
  rateOf,
  words,
} from './model-text.js'

const SHEET = 'In a spreadsheet model (Excel or Google Sheets)'
/**
 * Scenarios, sensitivities and checks: switches that pick a case, data tables and goal seek,
 * sensitivity grids built with mixed references, error traps, and which formulas survive a
 * row being inserted.
 */
export const SCENARIO_FAMILIES: readonly ScenarioFamily[] = [
  family('choose-scenario-switch', (rng) => {
    const rows = [0, 1, 2].map(() => [
      drawn(rng, 100, 200),
      drawn(rng, 100, 200),
      drawn(rng, 100, 200),
    ])
    const sw = rng.int(1, 3)
    const cells = {
      C2: sw,
      ...across(10, rows[0]!),
      ...across(11, rows[1]!),
      ...across(12, rows[2]!),
    }
    return formulas(rng, {
      stem: `${SHEET}, C2 holds the scenario switch (1 base, 2 upside, 3 downside) and rows 10, 11 and 12 hold the base, upside and downside volumes from column E. The live volume row starts in E14 and is filled right to G14. Which formula belongs in E14?`,
      key: '=CHOOSE($C$2,E10,E11,E12)',
      wrong: [
        ['=CHOOSE(C2,E10,E11,E12)', 'leaves the switch relative, so it slides right on filling'],
        [
          '=CHOOSE($C$2,E10,E12,E11)',
          'lists the cases in a different order from the switch’s labels',
        ],
        [
          '=CHOOSE($C$2,$E$10,$E$11,$E$12)',
          'anchors the case cells, so every year shows the first year',
        ],
        ['=INDEX(E10:E12,$C$2+1)', 'adds one to a switch that already counts from one'],
        ['=CHOOSE(C2,E10,E12,E11)', 'leaves the switch relative and lists the cases out of order'],
        ['=CHOOSE($C$2,E11,E12,E10)', 'starts the list at the upside case'],
        ['=INDEX($E$10:$E$12,C2)', 'anchors the cases and leaves the switch relative'],
        ['=CHOOSE(C2,$E$10,$E$11,$E$12)', 'anchors the cases and leaves the switch relative'],
        ['=INDEX(E10:E12,C2+1)', 'adds one to the switch and leaves it relative'],
      ],
      sheet: {
        cells,
        at: 'E14',
        copies: [0, 1, 2].map((i) => [`${col(i)}14`, rows[sw - 1]![i]!] as const),
      },
    })
  }),
  family('index-scenario-switch', (rng) => {
    const rows = [0, 1, 2].map(() => [rateOf(rng, 1, 12), rateOf(rng, 1, 12), rateOf(rng, 1, 12)])
    const sw = rng.int(1, 3)
    const cells = {
      C3: sw,
      ...across(20, rows[0]!),
      ...across(21, rows[1]!),
      ...across(22, rows[2]!),
    }
    return formulas(rng, {
      stem: `${SHEET}, C3 holds the scenario number (1 to 3) and rows 20 to 22 hold the growth rate of each scenario in order, one column per year from E. The live growth row starts in E24 and is filled right to G24. Which formula belongs in E24?`,
      key: '=INDEX(E20:E22,$C$3)',
      wrong: [
        [
          '=INDEX($E$20:$E$22,$C$3)',
          'anchors the range, so every year shows the first year’s rate',
        ],
        ['=INDEX(E20:E22,C3)', 'leaves the switch relative, so it slides right on filling'],
        ['=INDEX(E20:E22,$C$3-1)', 'counts the switch from zero'],
        [
          '=INDEX(E20:G20,$C$3)',
          'indexes across the years of the first scenario instead of down the scenarios',
        ],
        ['=INDEX($E$20:$E$22,C3)', 'anchors the range and leaves the switch relative'],
        ['=INDEX(E20:E22,C3-1)', 'counts the switch from zero and leaves it relative'],
        ['=CHOOSE($C$3,E21,E22,E20)', 'lists the scenarios starting from the second'],
      ],
      sheet: {
        cells,
        at: 'E24',
        copies: [0, 1, 2].map((i) => [`${col(i)}24`, rows[sw - 1]![i]!] as const),
      },
    })
  }),
  family('what-the-live-line-shows', (rng) => {
    const m = purse(rng)
    const price = [drawn(rng, 20, 40), drawn(rng, 41, 60), drawn(rng, 10, 19)]
    const vol = [
      drawn(rng, 1000, 3000, 100),
      drawn(rng, 3100, 5000, 100),
      drawn(rng, 400, 900, 100),
    ]
    const ps = rng.int(1, 3)
    let vs = rng.int(1, 3)
    if (vs === ps) vs = (vs % 3) + 1
    const key = price[ps - 1]! * vol[vs - 1]!
    return figure(rng, m, {
      stem: `${Client(rng)}’s model has a price switch in C2 set to ${ps} and a volume switch in C3 set to ${vs}. Prices for cases 1, 2 and 3 are ${price.map(m).join(', ')} and volumes ${vol.map((v) => v.toLocaleString('en-US')).join(', ')}. Revenue is =CHOOSE($C$2,E10,E11,E12)*CHOOSE($C$3,E14,E15,E16), with prices in E10:E12 and volumes in E14:E16. What revenue does the line show?`,
      key,
      wrong: [
        [price[ps - 1]! * vol[ps - 1]!, 'reads both cases from the price switch'],
        [price[vs - 1]! * vol[vs - 1]!, 'reads both cases from the volume switch'],
        [price[0]! * vol[0]!, 'shows the base case whatever the switches say'],
        [price[vs - 1]! * vol[ps - 1]!, 'swaps which switch drives which line'],
      ],
      formula: '=CHOOSE(C2,E10,E11,E12)*CHOOSE(C3,E14,E15,E16)',
      cells: {
        C2: ps,
        C3: vs,
        E10: price[0]!,
        E11: price[1]!,
        E12: price[2]!,
        E14: vol[0]!,
        E15: vol[1]!,
        E16: vol[2]!,
      },
    })
  }),
  family('two-way-sensitivity-grid', (rng) => {
    const prices = [drawn(rng, 10, 20), drawn(rng, 21, 30), drawn(rng, 31, 40)]
    const vols = [drawn(rng, 100, 300, 10), drawn(rng, 310, 600, 10), drawn(rng, 610, 900, 10)]
    const unit = drawn(rng, 3, 9)
    const fixed = drawn(rng, 500, 2000, 10)
    const cells = {
      C2: unit,
      C3: fixed,
      B6: prices[0]!,
      B7: prices[1]!,
      B8: prices[2]!,
      C5: vols[0]!,
      D5: vols[1]!,
      E5: vols[2]!,
    }
    const copies = prices.flatMap((p, r) =>
      vols.map((v, c) => [`${col(c, 'C')}${6 + r}`, (p - unit) * v - fixed] as const),
    )
    return formulas(rng, {
      stem: `${SHEET}, a profit grid has prices in B6:B8 and volumes in C5:E5; C2 holds the variable cost per unit and C3 the fixed costs. The formula written in C6 is filled across to E6 and down to row 8. Which formula fills the whole grid correctly?`,
      key: '=($B6-$C$2)*C$5-$C$3',
      wrong: [
        ['=(B6-$C$2)*C5-$C$3', 'leaves price and volume unanchored, so they drift when filled'],
        ['=($B$6-$C$2)*C$5-$C$3', 'pins the first price row, so every row uses it'],
        ['=($B6-C2)*C$5-C3', 'leaves the cost inputs relative'],
        ['=(B$6-$C$2)*$C5-$C$3', 'anchors price’s row and volume’s column, the wrong way round'],
      ],
      sheet: { cells, at: 'C6', copies },
    })
  }),
  family('data-table-input-cells', (rng) =>
    words(rng, {
      stem: `In Excel, a modeller builds a two-way data table of NPV with discount rates down the left column and growth rates across the top row. In the Data Table dialog, what goes in each box?`,
      key: 'Row: the growth input cell; column: the discount-rate input cell',
      wrong: [
        [
          'Row: the discount-rate input cell; column: the growth input cell',
          'matches the boxes to the wrong axes',
        ],
        [
          'Row: the discount-rate input cell; column: left blank',
          'builds a one-way table, and on the wrong axis',
        ],
        [
          'Row: the NPV output cell; column: the growth input cell',
          'points a box at the output and the other at the wrong axis',
        ],
        [
          'Row: the top row of growth rates; column: the left column of rates',
          'selects the table’s own values instead of the model’s inputs',
        ],
        [
          'Row: the growth input cell; column: left blank',
          'builds a one-way table for a two-way grid',
        ],
      ],
    }),
  ),
  family('data-table-same-sheet', (rng) =>
    words(rng, {
      stem: `In Excel, ${client(rng)}’s model keeps inputs on one sheet and its sensitivity data tables on the outputs sheet. Setting a data table’s input cell to a cell on the inputs sheet fails. What is the usual fix?`,
      key: 'Move the table onto the inputs sheet, beside the inputs',
      wrong: [
        [
          'Copy the inputs sheet’s values onto the outputs sheet as numbers',
          'breaks the link between inputs and model',
        ],
        [
          'Switch calculation to manual so the table can read the other sheet',
          'thinks calculation mode controls where input cells may be',
        ],
        [
          'Use an absolute reference to the other sheet in the dialog',
          'thinks anchoring lifts the same-sheet rule',
        ],
        [
          'Replace the data table with Goal Seek',
          'swaps a grid of results for a single solved input',
        ],
      ],
    }),
  ),
  family('goal-seek-break-even-price', (rng) =>
    words(rng, {
      stem: `${Client(rng)} wants the lowest price at which its project’s NPV is zero. NPV is in Outputs!D8, worked from a typed price input in Inputs!C12. What should Goal Seek be given?`,
      key: 'Set D8 to 0 by changing C12',
      wrong: [
        ['Set C12 to 0 by changing D8', 'swaps the target and the changing cell'],
        [
          'Set D8 to 0 by changing the revenue line',
          'changes a formula cell, which Goal Seek cannot do',
        ],
        ['Set D8 to the current price by changing C12', 'targets the price instead of zero NPV'],
        ['Set D8 to 1 by changing C12', 'reads a zero NPV as a ratio of one'],
        [
          'Set D8 to 0 by changing the discount rate',
          'changes the discount rate instead of the price',
        ],
        ['Set C12 to 1 by changing D8', 'swaps the target and the changing cell and aims at one'],
      ],
    }),
  ),
  family('break-even-volume', (rng) => {
    const price = drawn(rng, 20, 90)
    const vc = drawn(rng, 5, price - 5)
    const fixed = drawn(rng, 50, 500) * 1000
    const key = fixed / (price - vc)
    const m = purse(rng)
    return figure(rng, (v) => `${Math.ceil(v - 1e-9).toLocaleString('en-US')} units`, {
      stem: `${Client(rng)} sells at ${m(price)} a unit with variable cost of ${m(vc)} a unit and fixed costs of ${m(fixed)} a year. What is the smallest whole number of units at which profit is not negative (what Goal Seek on profit = 0 points to)?`,
      key,
      wrong: [
        [fixed / price, 'divides fixed costs by price, ignoring variable cost'],
        [fixed / vc, 'divides by variable cost instead of the contribution'],
        [fixed / (price + vc), 'adds variable cost to price'],
        [(fixed / (price - vc)) * price, 'gives break-even revenue instead of units'],
      ],
      formula: '=ROUNDUP(B3/(B1-B2),0)',
      cells: { B1: price, B2: vc, B3: fixed },
    })
  }),
  family('probability-weighted-npv', (rng) => {
    const m = purse(rng)
    const p = rng.pick([
      [0.5, 0.25, 0.25],
      [0.6, 0.2, 0.2],
      [0.5, 0.2, 0.3],
      [0.4, 0.3, 0.3],
    ])
    const npv = [drawn(rng, 100, 800), drawn(rng, 900, 1600), -drawn(rng, 100, 700)].map(
      (v) => v * 1000,
    )
    const key = p.reduce((s, q, i) => s + q * npv[i]!, 0)
    return figure(rng, m, {
      stem: `${Client(rng)}’s scenario summary gives NPVs of ${npv.map(m).join(', ')} for the base, upside and downside cases, with probabilities of ${p.map((q) => pc(q, 0)).join(', ')}. What is the probability-weighted NPV?`,
      key,
      wrong: [
        [(npv[0]! + npv[1]! + npv[2]!) / 3, 'weights the cases equally'],
        [npv[0]!, 'reports the base case alone'],
        [
          p[0]! * npv[0]! + p[1]! * npv[1]! - p[2]! * npv[2]!,
          'subtracts the negative downside, adding it back',
        ],
        [p[0]! * npv[0]! + p[1]! * npv[1]!, 'leaves out the downside case'],
      ],
      formula: '=SUMPRODUCT(B1:B3,C1:C3)',
      cells: { B1: p[0]!, B2: p[1]!, B3: p[2]!, C1: npv[0]!, C2: npv[1]!, C3: npv[2]! },
    })
  }),
  family('tornado-largest-swing', (rng) => {
    const names = rng.shuffle(['price', 'volume', 'unit cost', 'capex', 'discount rate'])
    // The widest range, the lowest low and the highest high belong to three different inputs,
    // so ranking by either end alone picks a different input from ranking by the range.
    const kLow = drawn(rng, 600, 800)
    const kHigh = kLow + drawn(rng, 1000, 1200)
    const aLow = drawn(rng, 100, 300)
    const bHigh = kHigh + drawn(rng, 100, 300)
    const ranges: [number, number][] = [
      [kLow, kHigh],
      [aLow, aLow + drawn(rng, 300, 600)],
      [bHigh - drawn(rng, 400, 700), bHigh],
      ...[0, 1].map((): [number, number] => {
        const low = drawn(rng, 400, 900)
        return [low, low + drawn(rng, 200, 700)]
      }),
    ]
    const swing = ranges.map(([lo, hi]) => hi - lo)
    const byRange = [...swing.keys()].sort((x, y) => swing[y]! - swing[x]!)
    const m = purse(rng)
    return words(rng, {
      stem: `${Client(rng)}’s sensitivity run flexes each input in turn between its low and high case. NPV ranges: ${names.map((n, i) => `${n} ${m(ranges[i]![0] * 1000)} to ${m(ranges[i]![1] * 1000)}`).join('; ')}. Which input goes at the top of a tornado chart?`,
      key: names[0]!,
      wrong: [
        [names[1]!, 'ranks by the lowest low instead of the widest range'],
        [names[2]!, 'ranks by the highest high instead of the widest range'],
        [names[byRange[4]!]!, 'puts the narrowest range at the top'],
        [names[byRange[1]!]!, 'takes the second-widest range'],
      ],
    })
  }),
  family('sum-survives-row-insert', (rng) => {
    const first = rng.int(5, 8)
    const last = first + rng.int(3, 5)
    // Inserted strictly inside the block, below its first row, so every range over the block
    // stretches and every reference that names a cell only moves.
    const ins = rng.int(first + 1, last)
    const cellsOf = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `E${from + i}`)
    const key = rng.pick([
      `=SUM(E${first}:E${last})`,
      `=SUBTOTAL(9,E${first}:E${last})`,
      `=SUM(E$${first}:E${last})`,
      `=SUMIF(D${first}:D${last},"Cost",E${first}:E${last})`,
    ])
    return words(rng, {
      stem: `${SHEET}, cost lines sit in E${first}:E${last}, each labelled “Cost” in column D. A new cost line is inserted at row ${ins}, inside the block. Which total, written before the insert, then includes the new line?`,
      key,
      wrong: [
        [
          `=${cellsOf(first, last).join('+')}`,
          'names each cell, so the inserted row is never referenced',
        ],
        [
          `=SUM(${cellsOf(first, last).join(',')})`,
          'lists the cells one by one inside SUM, which does not stretch',
        ],
        [
          `=SUM(E${first}:E${ins - 1})+SUM(E${ins}:E${last})`,
          'splits the range at the insert point, so neither part stretches over it',
        ],
        [
          `=SUM(E${first}:E${ins - 1},E${ins}:E${last})`,
          'gives SUM two ranges that meet at the insert point, so neither stretches over it',
        ],
      ],
      code: true,
    })
  }),
  family('insert-below-last-row', (rng) => {
    const first = rng.int(5, 8)
    const last = first + rng.int(3, 5)
    return words(rng, {
      stem: `${SHEET}, revenue lines sit in E${first}:E${last}, a blank spacer row ${last + 1} sits under them and the total is in row ${last + 2}. A new line is inserted directly under row ${last}. Which total, written before the insert, picks it up?`,
      key: rng.pick([`=SUM(E${first}:E${last + 1})`, `=SUBTOTAL(9,E${first}:E${last + 1})`]),
      wrong: [
        [
          `=SUM(E${first}:E${last})`,
          'thinks a range stretches for a row inserted just after its end',
        ],
        [
          `=SUM(E${first + 1}:E${last})`,
          'starts the range a row late as well as missing the insert',
        ],
        [
          `=E${first}+SUM(E${first + 1}:E${last})`,
          'splits the sum but still ends it on the last line',
        ],
        [`=SUM(E$${first}:E$${last})`, 'thinks anchoring makes a range grow'],
        [
          `=SUBTOTAL(9,E${first}:E${last})`,
          'thinks SUBTOTAL picks up a row inserted below its range',
        ],
      ],
      code: true,
    })
  }),
  family('iferror-masks-errors', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s marketing-to-revenue row is =IFERROR(E8/E5,0), with marketing cost in row 8 and revenue in row 5. A modeller auditing it objects. Why?`,
      key: 'It also hides #REF! and other errors',
      wrong: [
        [
          'IFERROR is slower than IF on large models',
          'argues speed where the issue is hidden errors',
        ],
        [
          'A ratio must never be shown as zero, even in a year when the business has no revenue at all',
          'objects to the fallback value, not to what it hides',
        ],
        ['IFERROR does not work on division', 'thinks the function cannot trap a division error'],
        [
          'The formula needs absolute references to fill right',
          'objects to anchoring that a per-year ratio does not need',
        ],
      ],
    }),
  ),
  family('error-trap-division', (rng) => {
    const rev = [drawn(rng, 100, 900), 0, drawn(rng, 100, 900)]
    const cost = [drawn(rng, 10, 90), drawn(rng, 10, 90), drawn(rng, 10, 90)]
    const cells = { ...across(5, rev), ...across(8, cost) }
    return formulas(rng, {
      stem: `${SHEET}, row 5 holds revenue and row 8 marketing cost from column E; some years have no revenue. A ratio of marketing cost to revenue in E10, filled right to G10, must show 0 when revenue is 0 and the ratio otherwise, without hiding any other error. Which formula belongs in E10?`,
      key: '=IF(E5=0,0,E8/E5)',
      wrong: [
        ['=E8/E5', 'leaves a #DIV/0! error in years without revenue'],
        ['=IF(E8=0,0,E8/E5)', 'tests the numerator instead of the divisor'],
        ['=IF(E5=0,0,E5/E8)', 'inverts the ratio'],
        ['=IF(E5=0,E8/E5,0)', 'swaps the branches, dividing only when revenue is zero'],
        ['=IF(E5>0,E8/E5)', 'returns FALSE instead of 0 when revenue is zero'],
        ['=IF(E5=0,"",E8/E5)', 'returns empty text, which breaks later arithmetic'],
        ['=IF(E8=0,0,E5/E8)', 'tests the numerator and inverts the ratio'],
        ['=IF(E5>0,E5/E8)', 'inverts the ratio and returns FALSE when revenue is zero'],
        ['=IF(E8>0,E8/E5)', 'tests the numerator and returns FALSE when it is zero'],
      ],
      sheet: {
        cells,
        at: 'E10',
        copies: rev.map((r, i) => [`${col(i)}10`, r === 0 ? 0 : cost[i]! / r] as const),
      },
    })
  }),
  family('npv-sensitivity-percent-change', (rng) => {
    const base = drawn(rng, 400, 2000) * 1000
    const flex = drawn(rng, 100, 600) * 1000
    const lower = rng.next() < 0.5
    const npv = lower ? base - flex : base + flex
    const key = (npv - base) / base
    const m = purse(rng)
    return figure(rng, (v) => pc(v, 1), {
      stem: `${Client(rng)}’s base-case NPV is ${m(base / 1000)}k. With price 5% ${lower ? 'lower' : 'higher'}, the data table shows NPV of ${m(npv / 1000)}k. By what percentage does NPV change from the base case?`,
      key,
      wrong: [
        [(npv - base) / npv, 'divides by the flexed NPV instead of the base'],
        [(base - npv) / base, 'reverses the sign of the change'],
        [(npv - base) / base / 0.05, 'divides by the 5% flex, giving a sensitivity ratio instead'],
        [npv / base, 'gives the ratio of the two NPVs instead of the change'],
        [((npv - base) / base) * 100, 'multiplies by 100 before the percentage format does'],
      ],
      formula: '=(B2-B1)/B1',
      cells: { B1: base, B2: npv },
    })
  }),
  family('check-summary-flag', (rng) => {
    const checks = Array.from({ length: 4 }, (): number => (rng.next() < 0.3 ? 1 : 0))
    if (!checks.includes(1)) checks[rng.int(0, 3)] = 1
    const cells = { ...across(70, checks) }
    const errors = checks.reduce((s, c) => s + c, 0)
    return formulas(rng, {
      stem: `${SHEET}, row 70 holds the balance check for each year from E to H (0 when a year balances, 1 when it does not). The master check in C1 must show 1 if any year fails, else 0. Which formula belongs in C1?`,
      key: '=IF(SUM(E70:H70)>0,1,0)',
      wrong: [
        ['=SUM(E70:H70)', 'counts the failing years instead of flagging any'],
        ['=IF(SUM(E70:H70)=0,1,0)', 'flags the model when every year balances'],
        ['=E70', 'checks only the first year'],
        ['=IF(H70>0,1,0)', 'checks only the last year'],
        ['=IF(SUM(E70:H70)>0,0,1)', 'swaps the flag values'],
        ['=IF(SUM(E70:H70)>1,1,0)', 'flags only when more than one year fails'],
        ['=IF(E70+H70>0,1,0)', 'checks only the first and last years'],
        ['=IF(SUM(E70:G70)>0,1,0)', 'leaves the last year out of the range'],
        ['=IF(SUM(E70:G70)>0,0,1)', 'leaves the last year out and swaps the flag values'],
        ['=IF(E70+H70>0,0,1)', 'checks the first and last years only and swaps the flag values'],
        ['=IF(E70+H70>1,1,0)', 'checks the first and last years only and needs both to fail'],
        ['=IF(SUM(E70:H70)>1,0,1)', 'needs two failures and swaps the flag values'],
      ],
      sheet: { cells, at: 'C1', copies: [['C1', errors > 0 ? 1 : 0]] },
    })
  }),
  family('iterative-calculation-setting', (rng) =>
    words(rng, {
      stem: `${Client(rng)}’s model deliberately charges interest on average cash balances, and opening it shows a circular-reference warning. What must the modeller set so it calculates?`,
      key: 'Enable iterative calculation',
      wrong: [
        [
          'Switch calculation to manual and press F9 until it settles',
          'thinks manual calculation resolves a loop',
        ],
        ['Turn on error checking', 'confuses error checking with iteration'],
        ['Protect the sheet', 'confuses protection with calculation'],
        [
          'Convert the interest line to values each month',
          'hard-codes the result instead of letting it iterate',
        ],
      ],
    }),
  ),
  family('flex-input-not-formula', (rng) => {
    const m = purse(rng)
    const vol = drawn(rng, 1000, 9000, 100)
    const price = drawn(rng, 10, 80)
    const up = rng.pick([5, 10, 15])
    const fixed = drawn(rng, 5, 50) * 1000
    const key = vol * price * (1 + up / 100) - fixed
    if (key <= 0) throw new VariantError('a loss case')
    return figure(rng, m, {
      stem: `${Client(rng)}’s profit is volume × price less fixed costs of ${m(fixed)}. At ${vol.toLocaleString('en-US')} units and ${m(price)} each, the sensitivity case raises price by ${up}% and leaves everything else unchanged. What profit does the sensitivity case show?`,
      key,
      wrong: [
        [(vol * price - fixed) * (1 + up / 100), 'flexes profit instead of price'],
        [vol * (1 + up / 100) * price * (1 + up / 100) - fixed, 'flexes volume as well as price'],
        [vol * price * (1 + up / 100), 'leaves out the fixed costs'],
        [vol * (price + up) - fixed, 'adds the percentage as currency units'],
      ],
      formula: '=B1*B2*(1+B3/100)-B4',
      cells: { B1: vol, B2: price, B3: up, B4: fixed },
    })
  }),
  family('negative-cash-check', (rng) => {
    // One middle year dips below zero while the others are healthy: the case a check on the
    // total, the first or the last year lets through.
    const dip = rng.int(1, 2)
    const cash = [0, 1, 2, 3].map((i) => (i === dip ? -drawn(rng, 5, 60) : drawn(rng, 100, 400)))
    const cells = { ...across(30, cash) }
    return formulas(rng, {
      stem: `${SHEET}, row 30 holds the closing cash balance each year from E to H. A check in C5 must show 1 if cash goes below zero in any year, else 0. Which formula belongs in C5?`,
      key: rng.pick([
        '=IF(MIN(E30:H30)<0,1,0)',
        '=IF(COUNTIF(E30:H30,"<0")>0,1,0)',
        '=(MIN(E30:H30)<0)*1',
      ]),
      wrong: [
        ['=IF(SUM(E30:H30)<0,1,0)', 'tests the total, which a good year can offset'],
        ['=IF(H30<0,1,0)', 'tests only the final year'],
        ['=IF(MAX(E30:H30)<0,1,0)', 'flags only when every year is negative'],
        ['=IF(MIN(E30:H30)<0,0,1)', 'swaps the flag values'],
        ['=IF(E30<0,1,0)', 'tests only the first year'],
        ['=IF(SUM(E30:H30)<0,0,1)', 'tests the total and swaps the flag values'],
        ['=IF(H30<0,0,1)', 'tests only the final year and swaps the flag values'],
        ['=MIN(E30:H30)', 'shows the lowest balance instead of a flag'],
      ],
      sheet: { cells, at: 'C5', copies: [['C5', Math.min(...cash) < 0 ? 1 : 0]] },
    })
  }),
]
