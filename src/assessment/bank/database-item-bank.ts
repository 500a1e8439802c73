import type { ItemBank } from '../attempts/item-bank.js'
import { CATALOG, catalogTest } from '../catalog/catalog.js'
import { itemModel } from '../models/registry.js'
import { liveCuts, withLiveCut } from '../standards/live-cuts.js'
import { listItems } from './item-bank-repo.js'

/**
 * The item bank attempts should use once the bank tables exist: the catalog's tests (each with its
 * live cut), the
 * authored and imported items stored in `assessment_items`, and the registered item models.
 *
 * @example createAttempts({ bank: DATABASE_ITEM_BANK, passHooks: [], revocationHooks: [], now: () => new Date() })
 */
export const DATABASE_ITEM_BANK: ItemBank = {
  // Each test with its live cut: a recorded panel round moves the cut scoring, the test page and
  // the credential use.
  tests: async (db) => {
    const cuts = await liveCuts(db)
    return CATALOG.map((test) => withLiveCut(test, cuts.get(test.id)))
  },
  test: async (db, testId) => {
    const test = catalogTest(testId)
    return test ? withLiveCut(test, (await liveCuts(db, testId)).get(testId)) : null
  },
  items: (db, testId) => listItems(db, { testId }),
  itemModel: (modelId) => itemModel(modelId) ?? null,
}
