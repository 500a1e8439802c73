import type { Kysely } from 'kysely'
import { CATALOG } from '../catalog/catalog.js'
import type { AssessmentDatabase } from '../tables.js'
import { readAuthoredBank } from './authored-bank.js'

/**
 * What a production start runs: every operational item of the bank whose test and stem are in the
 * public source (the demo pools, however they got in: a database seeded in development, an import
 * of the wrong files) is retired, so no form draws an item whose key anyone can read. A test left
 * without a full operational pool is then not offered. Returns the tests whose items were retired.
 *
 * @example const tests = await retirePublicSourceItems(db) // ['nodejs', 'react'] on a demo database
 */
export async function retirePublicSourceItems(db: Kysely<AssessmentDatabase>): Promise<string[]> {
  const published = readAuthoredBank(new Map(CATALOG.map((t) => [t.id, t])), { demo: true })
  const keys = new Set(published.map((p) => `${p.item.testId}\u0000${p.item.stem}`))
  const operational = await db
    .selectFrom('assessment_items')
    .select(['id', 'test_id', 'stem'])
    .where('lifecycle', '=', 'operational')
    .where('test_id', 'in', [...new Set(published.map((p) => p.item.testId))])
    .execute()
  const exposed = operational.filter((row) => keys.has(`${row.test_id}\u0000${row.stem}`))
  if (exposed.length === 0) return []
  await db
    .updateTable('assessment_items')
    .set({ lifecycle: 'retired' })
    .where(
      'id',
      'in',
      exposed.map((row) => row.id),
    )
    .execute()
  return [...new Set(exposed.map((row) => row.test_id))].sort()
}
