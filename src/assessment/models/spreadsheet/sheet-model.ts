import { formatNumber } from '../../engines/number-format.js'
import { evaluateFormula } from '../../engines/spreadsheet/evaluate-formula.js'
import { FormulaError } from '../../engines/spreadsheet/formula-ast.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import type { NumberFormat } from '../../task.js'
import { type Candidate, singleAnswer } from '../assemble-variant.js'
import { acceptedVariant } from '../batched-generation.js'

/** A question whose answer a spreadsheet formula over the given cells computes. */
export interface SheetQuestion {
  readonly stem: string
  readonly cells: Readonly<Record<string, number | string | boolean>>
  readonly formula: string
  readonly format: NumberFormat
  /**
   * The key computed exactly (integer cents, fractions) where money is involved; the property
   * tests then check the formula, evaluated in floating point, agrees to the digits shown.
   */
  readonly exact?: number
  /** Mistakes as formulas (evaluated over the same cells) or as exactly computed values. */
  readonly mistakes: readonly (string | number)[]
}

/**
 * An item model whose key is a computed number: finance and accounting, marketing metrics,
 * statistics, conversions, spreadsheet formulas.
 */
export function sheetModel(spec: {
  readonly id: string
  readonly title: string
  readonly build: (rng: Rng) => SheetQuestion
}): ItemModel {
  return {
    id: spec.id,
    title: spec.title,
    engine: 'spreadsheet',
    kind: 'single',
    generate: (rng) => acceptedVariant(() => draft(rng)),
  }
  function draft(rng: Rng): ItemVariant {
    const q = buildEvaluable(spec.build, rng)
    const show = (v: number | string | boolean): Candidate => ({
      value: formatNumber(v, q.format),
    })
    const keyValue = q.exact ?? evaluateFormula(q.formula, q.cells)
    const distractors: Candidate[] = []
    for (const mistake of q.mistakes) {
      try {
        distractors.push(
          typeof mistake === 'number'
            ? { ...show(mistake), mistake: `${spec.id}: a computed mistaken answer` }
            : { ...show(evaluateFormula(mistake, q.cells)), mistake },
        )
      } catch (error) {
        if (!(error instanceof FormulaError)) throw error
      }
    }
    return singleAnswer({
      modelId: spec.id,
      stem: q.stem,
      task: { kind: 'spreadsheet', cells: q.cells, formula: q.formula, format: q.format },
      key: show(keyValue),
      distractors,
      rng,
    })
  }
}

// Random data can leave a formula undefined (an AVERAGEIF that matches nothing): draw again.
function buildEvaluable(build: (rng: Rng) => SheetQuestion, rng: Rng): SheetQuestion {
  for (let attempt = 0; ; attempt++) {
    const q = build(rng)
    try {
      evaluateFormula(q.formula, q.cells)
      return q
    } catch (error) {
      if (!(error instanceof FormulaError) || attempt >= 20) throw error
    }
  }
}

/** A Markdown table of cells, columns A… and rows 1…, as a spreadsheet shows them. */
export function cellTable(cells: Readonly<Record<string, number | string | boolean>>): string {
  const refs = Object.keys(cells).map((ref) => /^([A-Z]+)(\d+)$/.exec(ref)!)
  const cols = [...new Set(refs.map((m) => m[1]!))].sort()
  const rows = [...new Set(refs.map((m) => Number(m[2])))].sort((a, b) => a - b)
  const header = `|   | ${cols.join(' | ')} |\n|---|${cols.map(() => '---').join('|')}|`
  const body = rows
    .map((r) => `| ${r} | ${cols.map((c) => String(cells[`${c}${r}`] ?? '')).join(' | ')} |`)
    .join('\n')
  return `${header}\n${body}`
}
