import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { CredentialsRuntime } from '../store/runtime.js'
import type { CredentialsDatabase } from '../tables.js'
import { newSecret, sameHash, secretHash, signedNonce } from './offer-secrets.js'

/** How long an access token may wait for the credential request. */
export const ACCESS_TOKEN_TTL_SECONDS = 300

/** Wrong transaction codes after which an offer is dead (a 6-digit code, so guessing fails). */
export const MAX_TX_CODE_FAILURES = 5

/** The token response (RFC 6749 §5.1), with a nonce for wallets before OpenID4VCI 1.0. */
export interface TokenResponse {
  readonly access_token: string
  readonly token_type: 'Bearer'
  readonly expires_in: number
  readonly c_nonce: string
  readonly c_nonce_expires_in: number
}

/** An OAuth error of the wallet endpoints (`code` is the RFC 6749 / OpenID4VCI error code). */
function grantError(message: string): DomainError {
  return new DomainError('invalid', 'invalid_grant', message)
}

/**
 * Redeems a pre-authorized code for an access token, once: the row is locked, checked (expiry,
 * use, transaction code) and marked in one transaction, so two wallets racing get one token.
 *
 * @example await redeemPreAuthorizedCode(db, runtime, { code, txCode: '123456' })
 */
export async function redeemPreAuthorizedCode(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  request: { readonly code: string; readonly txCode: string | undefined },
  now = new Date(),
): Promise<TokenResponse> {
  const outcome = await transact(db, async (trx) => {
    const offer = await trx
      .selectFrom('credential_wallet_offers')
      .select(['id', 'tx_code_hash', 'tx_code_failures', 'expires_at', 'redeemed_at'])
      .where('code_hash', '=', secretHash(request.code))
      .forUpdate()
      .executeTakeFirst()
    if (!offer) return grantError('unknown pre-authorized code')
    if (offer.redeemed_at) return grantError('the pre-authorized code was already used')
    if (offer.expires_at.getTime() <= now.getTime()) {
      return grantError('the credential offer has expired')
    }
    if (offer.tx_code_hash) {
      if (offer.tx_code_failures >= MAX_TX_CODE_FAILURES) {
        return grantError('too many wrong transaction codes: make a new offer')
      }
      if (!request.txCode || !sameHash(secretHash(request.txCode), offer.tx_code_hash)) {
        await trx
          .updateTable('credential_wallet_offers')
          .set({ tx_code_failures: offer.tx_code_failures + 1 })
          .where('id', '=', offer.id)
          .execute()
        return grantError(
          request.txCode ? 'wrong transaction code' : 'this offer needs its tx_code',
        )
      }
    }
    const accessToken = newSecret()
    await trx
      .updateTable('credential_wallet_offers')
      .set({
        redeemed_at: now,
        access_token_hash: secretHash(accessToken),
        access_token_expires_at: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
      })
      .where('id', '=', offer.id)
      .execute()
    return accessToken
  })
  // The failure count is committed before the refusal is thrown.
  if (outcome instanceof DomainError) throw outcome
  return {
    access_token: outcome,
    token_type: 'Bearer',
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    c_nonce: signedNonce(
      runtime.keySecret,
      new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    ),
    c_nonce_expires_in: ACCESS_TOKEN_TTL_SECONDS,
  }
}

/** A fresh nonce from the nonce endpoint (OpenID4VCI 1.0 §7). */
export function walletNonce(runtime: CredentialsRuntime, now = new Date()): { c_nonce: string } {
  return {
    c_nonce: signedNonce(
      runtime.keySecret,
      new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    ),
  }
}
