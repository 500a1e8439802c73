import type { ItemModel, ItemVariant } from '../item-model.js'
import type { Rng } from '../rng.js'
import { acceptedVariants, refusalOr } from './batched-generation.js'

/**
 * An item model whose variants come from named families: drawn from any family, or from the one a
 * form's stratum names (`model-id/family-id`), so a form can balance families as it does templates.
 * `draft` builds one variant of the given family (a random one when none is given) or throws a
 * `VariantError` to refuse it; a refused draft is drawn again.
 */
export function familyDrawnModel<F extends { readonly id: string }>(
  spec: { readonly id: string; readonly title: string; readonly families: readonly F[] },
  draft: (rng: Rng, family?: F) => ItemVariant,
): ItemModel {
  const generateMany = (rng: Rng, count: number): Promise<ItemVariant[]> =>
    acceptedVariants(count, async (n) =>
      Array.from({ length: n }, () => refusalOr(() => draft(rng))),
    )
  const families = spec.families.map((f) => `${spec.id}/${f.id}`)
  return {
    id: spec.id,
    title: spec.title,
    engine: 'edit',
    kind: 'single',
    families,
    strata: families,
    generateIn: async (stratum, rng) => {
      const family = spec.families[families.indexOf(stratum)]
      if (!family) throw new RangeError(`${spec.id} has no family ${stratum}`)
      return (await acceptedVariants(1, async () => [refusalOr(() => draft(rng, family))]))[0]!
    },
    generate: async (rng) => (await generateMany(rng, 1))[0]!,
    generateMany,
  }
}
