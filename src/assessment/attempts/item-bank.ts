import type { Kysely } from 'kysely'
import type { Item } from '../item.js'
import type { ItemModel } from '../item-model.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'

/**
 * What attempts need from the item bank: test definitions, a test's authored items (in every
 * lifecycle; attempts keep the operational and pretest ones) and item models by id. The catalog
 * side implements it over its tables; attempts never read those tables directly.
 */
export interface ItemBank {
  tests(db: Kysely<AssessmentDatabase>): Promise<readonly TestDefinition[]>
  test(db: Kysely<AssessmentDatabase>, testId: string): Promise<TestDefinition | null>
  items(db: Kysely<AssessmentDatabase>, testId: string): Promise<readonly Item[]>
  itemModel(modelId: string): ItemModel | null
}

/** A bank with no tests: what attempts see until the catalog registers its own. */
export const EMPTY_ITEM_BANK: ItemBank = {
  tests: async () => [],
  test: async () => null,
  items: async () => [],
  itemModel: () => null,
}
