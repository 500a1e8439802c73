import type { ItemBank } from '../attempts/item-bank.js'
import { CATALOG, catalogTest } from '../catalog/catalog.js'
import { itemModel } from '../models/registry.js'
import { listItems } from './item-bank-repo.js'

/**
 * The item bank attempts should use once the bank tables exist: the catalog's tests, the
 * authored and imported items stored in `assessment_items`, and the registered item models.
 *
 * @example createAttempts({ bank: DATABASE_ITEM_BANK, passHooks: [], revocationHooks: [], now: () => new Date() })
 */
export const DATABASE_ITEM_BANK: ItemBank = {
  tests: async () => CATALOG,
  test: async (_db, testId) => catalogTest(testId) ?? null,
  items: (db, testId) => listItems(db, { testId }),
  itemModel: (modelId) => itemModel(modelId) ?? null,
}
