import type { HeldCertification } from '../certifications.js'
import { showCertification } from '../services/freelancer-record.js'
import { meanRating, REVIEW_WINDOW_DAYS } from '../services/reviews.js'
import type { FreelancerRecord } from '../shown-record.js'

/** A contract of the freelancer as it stood at some moment. */
export interface ContractAsItStood {
  readonly ended: boolean
  readonly endedAt: Date | null
  readonly completed: boolean
  /** The client's rating, if they reviewed it by then. */
  readonly clientRating: number | null
}

/**
 * The record `freelancerRecord` shows at `now`, from facts in memory instead of the database: the
 * same certification display, counts and mean of published client reviews (a client review alone is
 * published once the review window after the contract's end has passed).
 */
export function freelancerRecordAt(
  certifications: readonly HeldCertification[],
  contracts: readonly ContractAsItStood[],
  now: Date,
): FreelancerRecord {
  const windowStart = now.getTime() - REVIEW_WINDOW_DAYS * 86_400_000
  const published = contracts.filter(
    (c) => c.clientRating !== null && c.endedAt !== null && c.endedAt.getTime() <= windowStart,
  )
  return {
    certifications: certifications
      .filter((c) => c.status !== 'revoked')
      .map((c) => showCertification(c, now)),
    completedContracts: contracts.filter((c) => c.completed).length,
    activeContracts: contracts.filter((c) => !c.ended).length,
    rating: meanRating(published.map((c) => ({ rating: c.clientRating! }))),
    reviews: published.length,
  }
}
