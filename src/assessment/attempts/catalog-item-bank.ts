import { CATALOG, catalogTest } from '../catalog/catalog.js'
import { itemModel } from '../models/registry.js'
import type { ItemBank } from './item-bank.js'

/**
 * The bank attempts start with: the catalog's tests and the registered item models. The code
 * catalog carries no authored items (those live in the item bank's tables), so its tests deliver
 * generated variants in the domains item models serve; a domain without one refuses to start.
 */
export const CATALOG_ITEM_BANK: ItemBank = {
  tests: async () => CATALOG,
  test: async (_db, testId) => catalogTest(testId) ?? null,
  items: async () => [],
  itemModel: (modelId) => itemModel(modelId) ?? null,
}
