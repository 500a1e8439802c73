import { sql } from 'kysely'
import { meetsRequirement } from '../certifications.js'
import type { MarketContext } from '../context.js'
import { type Profile, viewProfile } from './profiles.js'

/** How many profiles one search reads before filtering by certification and rating. */
export const FREELANCER_SEARCH_SCAN = 500

export interface FreelancerSearch {
  readonly skill?: string | undefined
  /** Only freelancers who hold this test's certification now. */
  readonly testId?: string | undefined
  readonly minRating?: number | undefined
  readonly page: number
  readonly pageSize: number
}

/**
 * Freelancers by skill (an index on the profile's skills), then by a certification held now and a
 * minimum rating, best rated first. Certifications are asked of the source that owns them, so the
 * scan is bounded (`FREELANCER_SEARCH_SCAN` most recently updated profiles with the skill).
 */
export async function searchFreelancers(
  ctx: MarketContext,
  search: FreelancerSearch,
): Promise<{ freelancers: Profile[]; total: number }> {
  const rows = await ctx.db
    .selectFrom('marketplace_profiles')
    .select('user_id')
    .$if(Boolean(search.skill), (q) =>
      q.where(sql<boolean>`skills @> ${JSON.stringify([search.skill])}::jsonb`),
    )
    .orderBy('updated_at', 'desc')
    .limit(FREELANCER_SEARCH_SCAN)
    .execute()
  const matching: Profile[] = []
  for (const { user_id } of rows) {
    if (search.testId) {
      const held = await ctx.certifications.heldBy(user_id)
      if (!held.some((c) => c.testId === search.testId && meetsRequirement(c))) continue
    }
    const profile = await viewProfile(ctx, user_id)
    if (search.minRating !== undefined && (profile.record.rating ?? 0) < search.minRating) continue
    matching.push(profile)
  }
  matching.sort((a, b) => (b.record.rating ?? 0) - (a.record.rating ?? 0))
  const start = (search.page - 1) * search.pageSize
  return {
    freelancers: matching.slice(start, start + search.pageSize),
    total: matching.length,
  }
}
