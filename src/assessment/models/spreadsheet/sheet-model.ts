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
  /** Which of the model's templates the question was built from, where it names them. */
  readonly template?: string
}

/**
 * The template a build uses: the one form assembly asked for, else one drawn at random (the draw
 * happens where the build always made it, so seeded variants stay as they were).
 */
export function chooseTemplate<T extends string>(
  asked: string | undefined,
  templates: readonly T[],
  rng: Rng,
): T {
  return templates.find((t) => t === asked) ?? rng.pick(templates)
}

/**
 * An item model whose key is a computed number: finance and accounting, marketing metrics,
 * statistics, conversions, spreadsheet formulas.
 */
export function sheetModel(spec: {
  readonly id: string
  readonly title: string
  /**
   * The templates (asks) `build` chooses among, where it names them: one template set, so they
   * stay one family for a pool's breadth, but forms hold each in a fixed share.
   */
  readonly templates?: readonly string[]
  readonly build: (rng: Rng, template?: string) => SheetQuestion
}): ItemModel {
  const strata = spec.templates?.map((t) => `${spec.id}/${t}`)
  return {
    id: spec.id,
    title: spec.title,
    engine: 'spreadsheet',
    kind: 'single',
    generate: (rng) => acceptedVariant(() => draft(rng)),
    ...(strata
      ? {
          strata,
          generateIn: (stratum: string, rng: Rng) => {
            const template = spec.templates![strata.indexOf(stratum)]
            if (template === undefined)
              throw new RangeError(`${spec.id} has no template ${stratum}`)
            return acceptedVariant(() => draft(rng, template))
          },
        }
      : {}),
  }
  function draft(rng: Rng, template?: string): ItemVariant {
    const q = buildEvaluable(spec.build, rng, template)
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
    const variant = singleAnswer({
      modelId: spec.id,
      stem: q.stem,
      task: { kind: 'spreadsheet', cells: q.cells, formula: q.formula, format: q.format },
      key: show(keyValue),
      distractors,
      rng,
    })
    return q.template === undefined ? variant : { ...variant, family: `${spec.id}/${q.template}` }
  }
}

// Random data can leave a formula undefined (an AVERAGEIF that matches nothing): draw again.
function buildEvaluable(
  build: (rng: Rng, template?: string) => SheetQuestion,
  rng: Rng,
  template: string | undefined,
): SheetQuestion {
  for (let attempt = 0; ; attempt++) {
    const q = build(rng, template)
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
