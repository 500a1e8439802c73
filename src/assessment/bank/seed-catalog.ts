import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { CATALOG } from '../catalog/catalog.js'
import type { AssessmentDatabase } from '../tables.js'
import { readAuthoredBank } from './authored-bank.js'
import { saveItems, saveTests } from './item-bank-repo.js'

/**
 * First-start data of the assessment part: every catalog test and the public authored bank
 * (with its demo pools only when `demo`: never in production), in one transaction. Safe to run
 * again: tests are replaced only when their version rose, items are keyed by content.
 *
 * @example await seedCatalog(db, { demo: process.env.NODE_ENV !== 'production' })
 */
export async function seedCatalog(
  db: Kysely<AssessmentDatabase>,
  options: { readonly demo: boolean },
): Promise<{ tests: number; items: number }> {
  const items = readAuthoredBank(new Map(CATALOG.map((t) => [t.id, t])), options).map((p) => p.item)
  await transact(db, async (trx) => {
    await saveTests(trx, CATALOG)
    await saveItems(trx, items)
  })
  return { tests: CATALOG.length, items: items.length }
}
