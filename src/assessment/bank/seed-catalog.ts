import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { CATALOG } from '../catalog/catalog.js'
import type { AssessmentDatabase } from '../tables.js'
import { readAuthoredBank } from './authored-bank.js'
import { saveItems, saveTests } from './item-bank-repo.js'

/**
 * First-start data of the assessment part: every catalog test and the shipped authored bank,
 * in one transaction. Safe to run again: tests are replaced only when their version rose, items
 * are keyed by content.
 *
 * @example await seedCatalog(db)
 */
export async function seedCatalog(
  db: Kysely<AssessmentDatabase>,
): Promise<{ tests: number; items: number }> {
  const items = readAuthoredBank(new Map(CATALOG.map((t) => [t.id, t]))).map((p) => p.item)
  await transact(db, async (trx) => {
    await saveTests(trx, CATALOG)
    await saveItems(trx, items)
  })
  return { tests: CATALOG.length, items: items.length }
}
