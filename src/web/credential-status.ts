import { RENEWAL_WINDOW_DAYS } from '../shared/index.js'
import type { Credential } from './api/types.js'

/**
 * Days before `validUntil` from which a credential shows as expiring: the assessment's renewal
 * window (a certified candidate may retake the test in it), 60 days by default.
 */
export const EXPIRING_WITHIN_DAYS = RENEWAL_WINDOW_DAYS

const DAY_MS = 24 * 60 * 60 * 1000

export type ShownStatus = 'active' | 'expiring' | 'expired' | 'revoked' | 'suspended'

/** The status a learner sees: the issuer's (revoked, suspended) first, then the dates. */
export function shownStatus(
  status: Credential['status'] | 'expired',
  validUntil: string | null,
  now: number,
): ShownStatus {
  if (status !== 'active') return status
  if (validUntil === null) return 'active'
  const end = Date.parse(validUntil)
  if (end <= now) return 'expired'
  return end - now <= EXPIRING_WITHIN_DAYS * DAY_MS ? 'expiring' : 'active'
}

export const STATUS_TEXT: Readonly<Record<ShownStatus, string>> = {
  active: 'Active',
  expiring: 'Expiring soon',
  expired: 'Expired',
  revoked: 'Revoked',
  suspended: 'Suspended',
}
