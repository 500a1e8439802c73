import {
  type HeldCertification,
  type ShownStatus,
  scoreBand,
  shownStatus,
} from '../certifications.js'
import type { MarketContext } from '../context.js'
import { meanRating, publishedReviewsOf } from './reviews.js'

/** A certification as shown to clients: a score band and dates, not the exact score. */
export interface ShownCertification {
  readonly testId: string
  readonly status: ShownStatus
  readonly scoreBand: string
  readonly passedAt: string
  readonly validUntil: string
  readonly credentialId: string | null
}

/** A freelancer's track record on the platform. */
export interface FreelancerRecord {
  readonly certifications: readonly ShownCertification[]
  readonly completedContracts: number
  readonly activeContracts: number
  /** Mean of published client reviews; null until the first is published. */
  readonly rating: number | null
  readonly reviews: number
}

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
