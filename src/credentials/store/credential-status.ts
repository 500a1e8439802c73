import type { CredentialRecord } from './credential-records.js'

/** Where a stored credential stands: revocation is final and outranks a suspension. */
export type CredentialStatus = 'active' | 'revoked' | 'suspended'

/** @example credentialStatus(record) // 'suspended' */
export function credentialStatus(record: CredentialRecord): CredentialStatus {
  if (record.revokedAt) return 'revoked'
  return record.suspended ? 'suspended' : 'active'
}
