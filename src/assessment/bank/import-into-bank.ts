import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { catalogTest } from '../catalog/catalog.js'
import type { Refusal } from '../interchange/import-types.js'
import type { ImportPlan } from '../interchange/read-import.js'
import type { AssessmentDatabase } from '../tables.js'
import { saveTests } from './item-bank-repo.js'
import { rowFromItem } from './item-rows.js'

/** What an import did: the shape `items import --json` prints. */
export interface ImportReport {
  readonly files: number
  /** Items loaded as drafts, assigned or not (0 when the import was refused). */
  readonly items: number
  /** Of `items`, those no file, mapping or flag placed in a test. */
  readonly unassigned: number
  readonly refused: readonly Refusal[]
}

/**
 * Loads a read import into the bank in one transaction. All or nothing by default: any refused
 * item loads nothing. With `skipInvalid`, every well-formed item loads and the refused ones are
 * reported.
 *
 * Every imported item is a draft, whatever its file says: only the review workflow moves an item
 * on, so crowd-sourced keys never reach a candidate unchecked. An item already in the bank (the
 * id is a hash of its content) keeps its stage and review history.
 *
 * @example await importIntoBank(db, readImport(['quiz/'], tests, {}), { skipInvalid: false })
 */
export async function importIntoBank(
  db: Kysely<AssessmentDatabase>,
  plan: ImportPlan,
  options: { readonly skipInvalid: boolean; readonly authorId?: string },
): Promise<ImportReport> {
  const load = plan.refused.length === 0 || options.skipInvalid
  const authorId = options.authorId ?? null
  const assigned = new Set(plan.items.map((p) => p.item.id))
  if (load && plan.items.length + plan.unassigned.length > 0) {
    const tests = [...new Set(plan.items.map((p) => p.item.testId))].map((id) => catalogTest(id)!)
    // The items' tests are written first, in the same transaction, in case the catalog seed has
    // not run on this database yet.
    await transact(db, async (trx) => {
      await saveTests(trx, tests)
      for (let i = 0; i < plan.items.length; i += 200) {
        await trx
          .insertInto('assessment_items')
          .values(
            plan.items.slice(i, i + 200).map((p) => ({
              ...rowFromItem({ ...p.item, lifecycle: 'draft' }),
              author_id: authorId,
            })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .execute()
      }
      for (let i = 0; i < plan.unassigned.length; i += 200) {
        await trx
          .insertInto('assessment_unassigned_items')
          .values(
            plan.unassigned.slice(i, i + 200).map((p) => ({
              id: p.draft.id,
              kind: p.draft.kind,
              stem: p.draft.stem,
              options: JSON.stringify(p.draft.options),
              keys: JSON.stringify(p.draft.keys),
              source_file: p.file,
              source_line: p.line,
              author_id: authorId,
            })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .execute()
      }
      for (const asset of plan.assets) {
        const values = {
          item_id: asset.itemId,
          path: asset.path,
          media_type: asset.mediaType,
          bytes: asset.bytes,
        }
        await trx
          .insertInto(
            assigned.has(asset.itemId) ? 'assessment_item_assets' : 'assessment_unassigned_assets',
          )
          .values(values)
          .onConflict((oc) => oc.columns(['item_id', 'path']).doNothing())
          .execute()
      }
    })
  }
  return {
    files: plan.files,
    items: load ? plan.items.length + plan.unassigned.length : 0,
    unassigned: load ? plan.unassigned.length : 0,
    refused: plan.refused,
  }
}
