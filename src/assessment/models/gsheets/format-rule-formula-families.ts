import { checked, distinct, PEOPLE, SHEETS, type SheetsFamily, tf } from './sheets-case.js'

const STATUSES = ['Paid', 'Sent', 'Draft'] as const

/**
 * Conditional formatting custom formulas, evaluated as Sheets applies them: the formula is
 * written for the first cell of the range and moves across the range as a filled formula does
 * (Google's help: "Use conditional formatting rules", custom formula is).
 */
const FAMILIES: readonly SheetsFamily[] = [
  {
    id: 'custom-formula-whole-row',
    source: 'Use conditional formatting rules in Google Sheets',
    draw: (rng) => {
      const status = rng.pick(['Overdue', 'Late', 'Unpaid'])
      const cells: Record<string, number | string> = {}
      const copies: [string, string][] = []
      const rows = rng.shuffle([status, status, ...STATUSES])
      rows.forEach((s, i) => {
        const r = i + 2
        cells[`A${r}`] = PEOPLE[i]!
        cells[`B${r}`] = rng.int(100, 900)
        cells[`C${r}`] = `INV-${rng.int(100, 999)}`
        cells[`D${r}`] = s
        for (const col of ['A', 'C', 'D']) copies.push([`${col}${r}`, tf(s === status)])
      })
      return {
        stem: `${SHEETS}, an invoice list fills A2:D6 and column D holds each invoice's status. A conditional formatting rule on A2:D6 should colour the whole row of every invoice whose status is ${status}. Which "Custom formula is" entry does that?`,
        key: `=$D2="${status}"`,
        wrong: [
          [`=D2="${status}"`, 'no $ on the column, so each cell checks a column to its right'],
          [`=$D$2="${status}"`, 'anchors the row too, so every row follows row 2'],
          [`=D$2="${status}"`, 'anchors the row instead of the column'],
          [`=$A2="${status}"`, 'checks the name column instead of the status'],
        ],
        sheet: { cells, at: 'A2', copies },
      }
    },
  },
  {
    id: 'custom-formula-duplicates',
    source: 'Use conditional formatting rules in Google Sheets',
    draw: (rng) => {
      const emails = distinct(rng, 5, 10, 99).map(
        (n) => `${rng.pick(PEOPLE).toLowerCase()}${n}@mail.com`,
      )
      const rows = rng.shuffle([...emails, emails[0]!, emails[1]!, emails[2]!])
      const cells: Record<string, string> = {}
      rows.forEach((e, i) => {
        cells[`A${i + 2}`] = e
      })
      const copies = rows.map(
        (e, i) => [`A${i + 2}`, tf(rows.filter((x) => x === e).length > 1)] as [string, string],
      )
      return {
        stem: `${SHEETS}, A2:A9 hold sign-up emails. A conditional formatting rule on A2:A9 should colour every email that appears more than once. Which "Custom formula is" entry does that?`,
        key: '=COUNTIF($A$2:$A$9,A2)>1',
        wrong: [
          ['=COUNTIF($A$2:$A$9,A2)>=1', 'every email counts itself, so all are coloured'],
          ['=COUNTIF(A$2:A$9,$A$2)>1', 'anchors the first email as the one checked'],
          ['=COUNTIF(A2:A9,A2)>1', 'a relative range that shrinks as the rule moves down'],
          ['=COUNTIF($A$2:$A$9,$A$2)>1', 'anchors the checked cell, so every row tests A2'],
          ['=COUNTIF($A$2:$A$9,A2)=1', 'colours the emails that appear once'],
          ['=COUNTIF($A$2:$A$9,A2)>2', 'needs three copies before it colours'],
        ],
        sheet: { cells, at: 'A2', copies },
      }
    },
  },
  {
    id: 'custom-formula-against-target-cell',
    source: 'Use conditional formatting rules in Google Sheets',
    draw: (rng) => {
      const target = rng.int(40, 60) * 10
      const cells: Record<string, number | string> = { F1: target }
      const copies: [string, string][] = []
      const values = [
        target + 10,
        target - 10,
        target,
        ...distinct(rng, 3, 20, 90).map((n) => n * 10),
      ]
      rng.shuffle(values).forEach((v, i) => {
        cells[`B${i + 2}`] = v
        copies.push([`B${i + 2}`, tf(v > target)])
      })
      return {
        stem: `${SHEETS}, B2:B7 hold weekly sales and F1 the target (${target}). A conditional formatting rule on B2:B7 should colour each week above the target. Which "Custom formula is" entry does that?`,
        key: '=B2>$F$1',
        wrong: [
          ['=$B2>F1', 'anchors the column but lets the target row slide'],
          ['=B$2>$F$1', 'anchors row 2, so every cell follows the first week'],
          ['=B2>F1', 'a relative target that moves down to empty cells'],
          ['=$B$2>$F$1', 'anchors B2, so every cell follows the first week'],
          ['=B2>=$F$1', 'also colours a week exactly on target'],
          ['=B2<$F$1', 'colours the weeks below target'],
        ],
        sheet: { cells, at: 'B2', copies },
      }
    },
  },
]

export const FORMAT_RULE_FORMULA_FAMILIES: readonly SheetsFamily[] = FAMILIES.map(checked)
