import type { ItemModel } from '../item-model.js'
import type { TestDefinition } from '../test-definition.js'
import { NAMED_SKILL_ROWS } from './named-skill-rows.js'

/** Ids of the tests built from `NAMED_SKILL_ROWS`: each measures one named skill's own work. */
export const NAMED_SKILL_TEST_IDS: readonly string[] = NAMED_SKILL_ROWS.map((r) => r.id)

/**
 * The item families a test's model-backed domains draw on: a model that names its families
 * contributes each, a model that does not counts as one family (its variants share one template
 * set), and authored items (`authoredIds`, operational ones of this test) count one each.
 *
 * @example itemFamilies(catalogTest('english-grammar')!, itemModel).size // 96
 */
export function itemFamilies(
  test: TestDefinition,
  modelOf: (id: string) => ItemModel | undefined,
  authoredIds: readonly string[] = [],
): Set<string> {
  const out = new Set<string>(authoredIds)
  for (const domain of test.blueprint) {
    for (const id of domain.itemModelIds) {
      for (const family of modelOf(id)?.families ?? [id]) out.add(family)
    }
  }
  return out
}

/** Share of `a`'s families that `b` also draws on. */
export function sharedFamilyShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0
  let shared = 0
  for (const f of a) if (b.has(f)) shared++
  return shared / a.size
}
