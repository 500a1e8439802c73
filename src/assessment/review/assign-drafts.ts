import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import { saveTests } from '../bank/item-bank-repo.js'
import { rowFromItem } from '../bank/item-rows.js'
import { catalogTest } from '../catalog/catalog.js'
import { mappingRuleFor } from '../interchange/import-mapping.js'
import type { MappingRule } from '../interchange/import-types.js'
import { contentItemId } from '../interchange/item-fingerprint.js'
import type { AssessmentDatabase } from '../tables.js'

export interface AssignReport {
  /** Unassigned drafts now in a test's domain (still drafts). */
  readonly assigned: number
  /** Unassigned drafts no rule matched. */
  readonly left: number
}

/**
 * Places unassigned drafts in tests: each draft goes where the longest mapping rule matching its
 * source file says (a rule with suffix `''` matches every file). Assigned items stay drafts,
 * with their images and author, under the id an import with the same test would have given
 * them, so importing the file again later changes nothing. One transaction.
 *
 * @example await assignDrafts(db, [{ suffix: 'css/css-quiz.md', testId: 'css', domain: 'selectors' }])
 */
export async function assignDrafts(
  db: Kysely<AssessmentDatabase>,
  rules: readonly MappingRule[],
): Promise<AssignReport> {
  for (const rule of rules) {
    const test = catalogTest(rule.testId)
    if (!test) throw new DomainError('invalid', 'unknown_test', `unknown test "${rule.testId}"`)
    if (!test.blueprint.some((d) => d.id === rule.domain))
      throw new DomainError(
        'invalid',
        'unknown_domain',
        `test ${test.id} has no domain "${rule.domain}" (it has ${test.blueprint.map((d) => d.id).join(', ')})`,
      )
  }
  return transact(db, async (trx) => {
    const drafts = await trx.selectFrom('assessment_unassigned_items').selectAll().execute()
    let assigned = 0
    const tests = new Set<string>()
    for (const draft of drafts) {
      const rule = mappingRuleFor(draft.source_file, rules)
      if (!rule) continue
      if (!tests.has(rule.testId)) {
        await saveTests(trx, [catalogTest(rule.testId)!])
        tests.add(rule.testId)
      }
      const options = draft.options.map((o) => ({ id: o.id, markdown: o.markdown }))
      const id = contentItemId(
        'md',
        rule.testId,
        draft.stem,
        options.map((o) => o.markdown),
      )
      await trx
        .insertInto('assessment_items')
        .values({
          ...rowFromItem({
            id,
            testId: rule.testId,
            domain: rule.domain,
            kind: draft.kind,
            stem: draft.stem,
            options,
            keys: [...draft.keys],
            lifecycle: 'draft',
            source: 'authored',
          }),
          author_id: draft.author_id,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute()
      const assets = await trx
        .selectFrom('assessment_unassigned_assets')
        .selectAll()
        .where('item_id', '=', draft.id)
        .execute()
      for (const asset of assets) {
        await trx
          .insertInto('assessment_item_assets')
          .values({
            item_id: id,
            path: asset.path,
            media_type: asset.media_type,
            bytes: asset.bytes,
          })
          .onConflict((oc) => oc.columns(['item_id', 'path']).doNothing())
          .execute()
      }
      await trx.deleteFrom('assessment_unassigned_items').where('id', '=', draft.id).execute()
      assigned++
    }
    return { assigned, left: drafts.length - assigned }
  })
}
