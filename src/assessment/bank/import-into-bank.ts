import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { catalogTest } from '../catalog/catalog.js'
import type { Refusal } from '../interchange/import-types.js'
import type { ImportPlan } from '../interchange/read-import.js'
import type { AssessmentDatabase } from '../tables.js'
import { saveItems, saveTests } from './item-bank-repo.js'

/** What an import did: the shape `items import --json` prints. */
export interface ImportReport {
  readonly files: number
  /** Items loaded into the bank (0 when the import was refused). */
  readonly items: number
  readonly refused: readonly Refusal[]
  readonly missingImages: ImportPlan['missingImages']
}

/**
 * Loads a read import into the bank in one transaction. All or nothing by default: any refused
 * item loads nothing. With `skipInvalid`, every well-formed item loads and the refused ones are
 * reported.
 *
 * @example await importIntoBank(db, readImport(['quiz/'], tests, {}), { skipInvalid: false })
 */
export async function importIntoBank(
  db: Kysely<AssessmentDatabase>,
  plan: ImportPlan,
  options: { readonly skipInvalid: boolean },
): Promise<ImportReport> {
  const load = plan.refused.length === 0 || options.skipInvalid
  if (load && plan.items.length > 0) {
    const tests = [...new Set(plan.items.map((p) => p.item.testId))].map((id) => catalogTest(id)!)
    // The items' tests are written first, in the same transaction, in case the catalog seed has
    // not run on this database yet.
    await transact(db, async (trx) => {
      await saveTests(trx, tests)
      await saveItems(
        trx,
        plan.items.map((p) => p.item),
        plan.assets,
      )
    })
  }
  return {
    files: plan.files,
    items: load ? plan.items.length : 0,
    refused: plan.refused,
    missingImages: plan.missingImages,
  }
}
