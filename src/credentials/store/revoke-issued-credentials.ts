import { type CallerTransaction, joinCallerTransaction } from './caller-transaction.js'
import { changeCredentialStatus } from './credential-status-change.js'
import type { CredentialsRuntime } from './runtime.js'

/** A certification withdrawn after a confirmed integrity case: what its credentials follow. */
export interface WithdrawnCertification {
  readonly certificationId: string
  readonly reason: string
  readonly actorId: string
}

/**
 * The revocation hook the platform gives assessment: a revoked certification revokes the
 * credentials issued for it, in the same transaction.
 *
 * @example createAttempts({ ...services, revocationHooks: [revokeIssuedCredentials(runtime)] })
 */
export function revokeIssuedCredentials(
  runtime: CredentialsRuntime,
): (trx: CallerTransaction, revoked: WithdrawnCertification) => Promise<void> {
  return async (caller, revoked) => {
    const trx = joinCallerTransaction(caller)
    const issued = await trx
      .selectFrom('issued_credentials')
      .select('id')
      .where('certification_id', '=', revoked.certificationId)
      .where('revoked_at', 'is', null)
      .execute()
    for (const { id } of issued) {
      await changeCredentialStatus(trx, runtime, {
        credentialId: id,
        action: 'revoke',
        reason: revoked.reason,
        actorId: revoked.actorId,
      })
    }
  }
}
