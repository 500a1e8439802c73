import { type Kysely, sql } from 'kysely'
import { transact } from '../../db/index.js'
import type { PoolCounts } from '../catalog/domain-pools.js'
import type { Item } from '../item.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import { itemFromRow, rowFromItem } from './item-rows.js'

/** An image stored with an item. */
export interface StoredAsset {
  readonly itemId: string
  readonly path: string
  readonly mediaType: string
  readonly bytes: Uint8Array
}

/**
 * Writes tests (inserted, or replaced when their version rose) in one transaction.
 *
 * @example await saveTests(db, CATALOG)
 */
export async function saveTests(
  db: Kysely<AssessmentDatabase>,
  tests: readonly TestDefinition[],
): Promise<void> {
  if (tests.length === 0) return
  await transact(db, async (trx) => {
    for (let i = 0; i < tests.length; i += 200) {
      await trx
        .insertInto('assessment_tests')
        .values(
          tests.slice(i, i + 200).map((t) => ({
            id: t.id,
            title: t.title,
            category: t.category,
            version: t.version,
            definition: JSON.stringify(t),
          })),
        )
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet({
              title: (eb) => eb.ref('excluded.title'),
              category: (eb) => eb.ref('excluded.category'),
              version: (eb) => eb.ref('excluded.version'),
              definition: (eb) => eb.ref('excluded.definition'),
              updated_at: sql`now()`,
            })
            .where('assessment_tests.version', '<', (eb) => eb.ref('excluded.version')),
        )
        .execute()
    }
  })
}

/**
 * Stores items and their images in one transaction: all of them or, on any error, none. An item
 * already in the bank (same id) is replaced, so importing a file again changes nothing.
 */
export async function saveItems(
  db: Kysely<AssessmentDatabase>,
  items: readonly Item[],
  assets: readonly StoredAsset[] = [],
): Promise<void> {
  await transact(db, async (trx) => {
    for (let i = 0; i < items.length; i += 200) {
      await trx
        .insertInto('assessment_items')
        .values(items.slice(i, i + 200).map(rowFromItem))
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            test_id: (eb) => eb.ref('excluded.test_id'),
            domain: (eb) => eb.ref('excluded.domain'),
            kind: (eb) => eb.ref('excluded.kind'),
            stem: (eb) => eb.ref('excluded.stem'),
            options: (eb) => eb.ref('excluded.options'),
            keys: (eb) => eb.ref('excluded.keys'),
            lifecycle: (eb) => eb.ref('excluded.lifecycle'),
            source: (eb) => eb.ref('excluded.source'),
            model_id: (eb) => eb.ref('excluded.model_id'),
            updated_at: sql`now()`,
          }),
        )
        .execute()
    }
    for (const asset of assets) {
      await trx
        .insertInto('assessment_item_assets')
        .values({
          item_id: asset.itemId,
          path: asset.path,
          media_type: asset.mediaType,
          bytes: asset.bytes,
        })
        .onConflict((oc) =>
          oc.columns(['item_id', 'path']).doUpdateSet({
            media_type: (eb) => eb.ref('excluded.media_type'),
            bytes: (eb) => eb.ref('excluded.bytes'),
          }),
        )
        .execute()
    }
  })
}

/** Items of the bank, optionally of one test, in a stable order. */
export async function listItems(
  db: Kysely<AssessmentDatabase>,
  filter: { readonly testId?: string } = {},
): Promise<Item[]> {
  let query = db.selectFrom('assessment_items').selectAll()
  if (filter.testId) query = query.where('test_id', '=', filter.testId)
  const rows = await query.orderBy('test_id').orderBy('domain').orderBy('id').execute()
  return rows.map(itemFromRow)
}

export async function listAssets(db: Kysely<AssessmentDatabase>): Promise<StoredAsset[]> {
  const rows = await db
    .selectFrom('assessment_item_assets')
    .selectAll()
    .orderBy('item_id')
    .orderBy('path')
    .execute()
  return rows.map((r) => ({
    itemId: r.item_id,
    path: r.path,
    mediaType: r.media_type,
    bytes: r.bytes,
  }))
}

/** Operational authored items per test and domain: what makes a test offered. */
export async function operationalPoolCounts(db: Kysely<AssessmentDatabase>): Promise<PoolCounts> {
  const rows = await db
    .selectFrom('assessment_items')
    .select(['test_id', 'domain', (eb) => eb.fn.countAll<string>().as('n')])
    .where('lifecycle', '=', 'operational')
    .groupBy(['test_id', 'domain'])
    .execute()
  const counts = new Map<string, Map<string, number>>()
  for (const r of rows) {
    const byDomain = counts.get(r.test_id) ?? new Map<string, number>()
    byDomain.set(r.domain, Number(r.n))
    counts.set(r.test_id, byDomain)
  }
  return counts
}

/** The stored catalog definitions. */
export async function listStoredTests(db: Kysely<AssessmentDatabase>): Promise<TestDefinition[]> {
  const rows = await db.selectFrom('assessment_tests').select('definition').orderBy('id').execute()
  return rows.map((r) => r.definition)
}
