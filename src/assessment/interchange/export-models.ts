import type { TaskEngines } from '../engines/task-engines.js'
import { generateVariants, type ItemModel } from '../item-model.js'
import { createRng } from '../rng.js'
import { modelToQtiTemplate } from './qti-template-writer.js'

/**
 * Variants per template by default: enough that a candidate retaking a test rarely meets the same
 * one (with 20, two draws coincide 5 % of the time), few enough that a template stays readable.
 */
export const DEFAULT_TEMPLATE_VARIANTS = 20
/** At most this many variants per template: each is a branch every delivery system evaluates. */
export const MAX_TEMPLATE_VARIANTS = 100
/**
 * At most this many variants in one export, all templates together: every model of the registry
 * at the default fits (about 160 × 20); generation runs our engines, so the total bounds its time.
 */
export const MAX_EXPORTED_VARIANTS = 5_000
/** The seed each model's variants are drawn with unless the export names one. */
export const DEFAULT_TEMPLATE_SEED = 1

/** An item model written as a QTI template item. */
export interface ModelTemplate {
  readonly modelId: string
  readonly xml: string
}

/**
 * Each model as a QTI template of `variants` variants, drawn from a generator seeded with `seed`
 * (afresh per model, so a model's template does not depend on which others are exported).
 * Throws a `RangeError` outside the bounds above.
 *
 * @example await modelTemplates([itemModel('fin-vat')!], engines, { variants: 20, seed: 1 })
 */
export async function modelTemplates(
  models: readonly ItemModel[],
  engines: TaskEngines,
  options: { readonly variants: number; readonly seed: number },
): Promise<ModelTemplate[]> {
  const { variants, seed } = options
  if (!Number.isInteger(variants) || variants < 1 || variants > MAX_TEMPLATE_VARIANTS)
    throw new RangeError(`variants per template must be 1 to ${MAX_TEMPLATE_VARIANTS}`)
  if (models.length * variants > MAX_EXPORTED_VARIANTS)
    throw new RangeError(
      `${models.length} models × ${variants} variants exceeds ${MAX_EXPORTED_VARIANTS} variants per export`,
    )
  const out: ModelTemplate[] = []
  for (const model of models) {
    const drawn = await generateVariants(model, createRng(seed), variants, engines)
    out.push({ modelId: model.id, xml: modelToQtiTemplate(model, drawn, { seed }) })
  }
  return out
}
