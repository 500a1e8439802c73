import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import { holderBoundCopy } from '../holder/holder-bound-copy.js'
import { credentialRecord } from '../store/credential-records.js'
import type { CredentialsRuntime } from '../store/runtime.js'
import type { CredentialsDatabase } from '../tables.js'
import { CREDENTIAL_CONFIGURATIONS } from './issuer-metadata.js'
import { secretHash } from './offer-secrets.js'
import { verifyProofOfPossession } from './proof-of-possession.js'

/** A credential request, reduced to what the issuer reads (`proof` of drafts, `proofs` of 1.0). */
export interface WalletCredentialRequest {
  readonly accessToken: string
  readonly credentialConfigurationId: string | undefined
  readonly proofJwt: string
}

function tokenError(message: string): DomainError {
  return new DomainError('unauthenticated', 'invalid_token', message)
}

/**
 * Delivers the offered credential to the wallet that redeemed the code: the proof of possession
 * names the wallet's did:key, the credential comes back bound to it (`credentialSubject.id`),
 * signed as an `ldp_vc` Data Integrity credential. One delivery per access token.
 *
 * @example await deliverToWallet(db, runtime, { accessToken, credentialConfigurationId, proofJwt })
 */
export async function deliverToWallet(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  request: WalletCredentialRequest,
  now = new Date(),
): Promise<{ credentials: { credential: Record<string, unknown> }[] }> {
  return transact(db, async (trx) => {
    const offer = await trx
      .selectFrom('credential_wallet_offers')
      .select(['id', 'credential_id', 'access_token_expires_at', 'delivered_at'])
      .where('access_token_hash', '=', secretHash(request.accessToken))
      .forUpdate()
      .executeTakeFirst()
    if (!offer?.access_token_expires_at) throw tokenError('unknown access token')
    if (offer.delivered_at) throw tokenError('the credential of this token was already delivered')
    if (offer.access_token_expires_at.getTime() <= now.getTime()) {
      throw tokenError('the access token has expired')
    }
    const record = await credentialRecord(trx, offer.credential_id)
    const configurationId = CREDENTIAL_CONFIGURATIONS[record.kind]
    if (request.credentialConfigurationId !== configurationId) {
      throw new DomainError(
        'invalid',
        'invalid_credential_request',
        `this token is for credential_configuration_id ${configurationId}`,
      )
    }
    if (record.revokedAt || record.suspended) {
      throw new DomainError(
        'conflict',
        'credential_not_active',
        'the credential is no longer active',
      )
    }
    const holder = await verifyProofOfPossession(request.proofJwt, {
      audience: runtime.config.baseUrl,
      keySecret: runtime.keySecret,
      now,
    })
    const credential = await holderBoundCopy(trx, runtime, record, holder.did)
    await trx
      .updateTable('credential_wallet_offers')
      .set({ delivered_at: now, holder_did: holder.did })
      .where('id', '=', offer.id)
      .execute()
    return { credentials: [{ credential }] }
  })
}
