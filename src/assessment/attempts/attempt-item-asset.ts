import type { Kysely } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'

/**
 * An image a question of the caller's own attempt shows, found through the attempt (whose items
 * name bank items only on the server), so the address reveals nothing about the bank.
 *
 * @example await attemptItemAsset(db, { attemptId, candidateId, position: 3, path: 'images/q4.png' })
 */
export async function attemptItemAsset(
  db: Kysely<AssessmentDatabase>,
  where: {
    readonly attemptId: string
    readonly candidateId: string
    readonly position: number
    readonly path: string
  },
): Promise<{ readonly mediaType: string; readonly bytes: Uint8Array }> {
  const asset = await db
    .selectFrom('assessment_attempt_items as ai')
    .innerJoin('assessment_item_assets as a', 'a.item_id', 'ai.item_ref')
    .select(['a.media_type', 'a.bytes'])
    .where('ai.attempt_id', '=', where.attemptId)
    .where('ai.candidate_id', '=', where.candidateId)
    .where('ai.position', '=', where.position)
    .where('ai.source', '=', 'item')
    .where('a.path', '=', where.path)
    .executeTakeFirst()
  if (!asset)
    throw new DomainError(
      'not_found',
      'asset_not_found',
      `question ${where.position} of this attempt shows no image ${where.path}`,
    )
  return { mediaType: asset.media_type, bytes: asset.bytes }
}
