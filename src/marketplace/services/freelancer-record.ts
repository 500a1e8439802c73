import { type HeldCertification, scoreBand, shownStatus } from '../certifications.js'
import type { MarketContext } from '../context.js'
import type { FreelancerRecord, ShownCertification } from '../shown-record.js'
import { meanRating, publishedReviewsOf } from './reviews.js'

export type { FreelancerRecord, ShownCertification } from '../shown-record.js'

export function showCertification(c: HeldCertification, now: Date): ShownCertification {
  return {
    testId: c.testId,
    status: shownStatus(c, now),
    scoreBand: scoreBand(c.scorePercent),
    passedAt: c.passedAt.toISOString(),
    validUntil: c.validUntil.toISOString(),
    credentialId: c.credentialId,
  }
}

export async function freelancerRecord(
  ctx: MarketContext,
  userId: string,
  held?: readonly HeldCertification[],
): Promise<FreelancerRecord> {
  const now = ctx.now()
  const certifications = held ?? (await ctx.certifications.heldBy(userId))
  const reviews = await publishedReviewsOf(ctx.db, userId, now, 'client')
  const contracts = await ctx.db
    .selectFrom('marketplace_contracts')
    .select(['status', 'end_reason'])
    .where('freelancer_id', '=', userId)
    .execute()
  return {
    certifications: certifications
      .filter((c) => c.status !== 'revoked')
      .map((c) => showCertification(c, now)),
    completedContracts: contracts.filter((c) => c.end_reason === 'completed').length,
    activeContracts: contracts.filter((c) => c.status !== 'ended').length,
    rating: meanRating(reviews),
    reviews: reviews.length,
  }
}
