import { evaluateFormula } from '../../engines/spreadsheet/evaluate-formula.js'
import { FormulaError } from '../../engines/spreadsheet/formula-ast.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { copyFormula } from './copy-formula.js'

/** A formula's result as an option compares it: booleans as TRUE/FALSE, errors by code. */
function shown(formula: string, cells: Readonly<Record<string, number | string>>): string {
  try {
    const value = evaluateFormula(formula, cells)
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
    return typeof value === 'number' ? String(Number(value.toPrecision(12))) : String(value)
  } catch (error) {
    if (error instanceof FormulaError) return `#${error.message}`
    throw error
  }
}

const expected = (v: number | string) =>
  typeof v === 'number' ? String(Number(v.toPrecision(12))) : v

/** Whether `formula`, written in `sheet.at` and copied to each cell, shows every expected value. */
export function showsEverywhere(formula: string, sheet: NonNullable<Scenario['sheet']>): boolean {
  const [, atCol, atRow] = /^([A-Z]+)(\d+)$/.exec(sheet.at)!
  return sheet.copies.every(([cell, value]) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!
    const cols = col!.charCodeAt(0) - atCol!.charCodeAt(0)
    const copied = copyFormula(formula, Number(row) - Number(atRow), cols)
    return shown(copied, sheet.cells) === expected(value)
  })
}

/**
 * The family with each draw checked on its own sheet: the key must show every expected value
 * and each wrong formula must miss one. Random data can make a mistake harmless (an
 * approximate lookup that happens to land on the right row); such a draw is drawn again.
 */
export function sheetChecked(family: ScenarioFamily): ScenarioFamily {
  return {
    id: family.id,
    draw: (rng) => {
      const s = family.draw(rng)
      if (!s.sheet) return s
      if (!showsEverywhere(s.key, s.sheet))
        throw new Error(`${family.id}: the key ${s.key} is wrong`)
      if (s.wrong.some(([w]) => showsEverywhere(w, s.sheet!))) {
        throw new VariantError(`${family.id}: a mistake is harmless on this data`)
      }
      return s
    },
  }
}
