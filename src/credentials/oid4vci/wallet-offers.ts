import type { Kysely } from 'kysely'
import QRCode from 'qrcode'
import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { CredentialRecord } from '../store/credential-records.js'
import type { CredentialsRuntime } from '../store/runtime.js'
import type { CredentialsDatabase } from '../tables.js'
import { CREDENTIAL_CONFIGURATIONS, PRE_AUTHORIZED_CODE_GRANT } from './issuer-metadata.js'
import { newSecret, newTxCode, secretHash, TX_CODE_DIGITS } from './offer-secrets.js'

/** How long an offer may wait for the wallet: long enough to find the phone, short enough to leak little. */
export const OFFER_TTL_SECONDS = 600

/** Offers one learner may have made in the last {@link OFFER_TTL_SECONDS}. */
export const MAX_RECENT_OFFERS = 20

/** An offer as the learner sees it: the URI, its QR code and the transaction code to type. */
export interface WalletOffer {
  readonly offerUri: string
  /** The offer URI as an SVG QR code, for a phone's camera. */
  readonly qrSvg: string
  readonly txCode: string | null
  readonly expiresAt: Date
}

/**
 * Offers one of the learner's credentials to a wallet (OpenID4VCI pre-authorized code flow). The
 * code is single use and expires; with `withTxCode` the wallet must also send the digits shown
 * to the learner, so a photographed QR code alone redeems nothing.
 *
 * @example await createWalletOffer(db, runtime, record, { withTxCode: true })
 */
export async function createWalletOffer(
  db: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  record: CredentialRecord,
  options: { readonly withTxCode: boolean },
  now = new Date(),
): Promise<WalletOffer> {
  if (record.revokedAt || record.suspended) {
    throw new DomainError(
      'conflict',
      'credential_not_active',
      `credential ${record.id} is ${record.revokedAt ? 'revoked' : 'suspended'}: a wallet would hold a dead credential`,
    )
  }
  const since = new Date(now.getTime() - OFFER_TTL_SECONDS * 1000)
  const recent = await db
    .selectFrom('credential_wallet_offers')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('user_id', '=', record.userId)
    .where('created_at', '>', since)
    .executeTakeFirstOrThrow()
  if (Number(recent.count) >= MAX_RECENT_OFFERS) {
    throw new DomainError(
      'rate_limited',
      'too_many_offers',
      `at most ${MAX_RECENT_OFFERS} wallet offers in ${OFFER_TTL_SECONDS / 60} minutes`,
      { retryAfterSeconds: OFFER_TTL_SECONDS },
    )
  }
  const code = newSecret()
  const txCode = options.withTxCode ? newTxCode() : null
  const expiresAt = new Date(now.getTime() + OFFER_TTL_SECONDS * 1000)
  await db
    .insertInto('credential_wallet_offers')
    .values({
      id: newId(),
      credential_id: record.id,
      user_id: record.userId,
      code_hash: secretHash(code),
      tx_code_hash: txCode ? secretHash(txCode) : null,
      expires_at: expiresAt,
      redeemed_at: null,
      access_token_hash: null,
      access_token_expires_at: null,
      holder_did: null,
      delivered_at: null,
      created_at: now,
    })
    .execute()
  const offer = {
    credential_issuer: runtime.config.baseUrl,
    credential_configuration_ids: [CREDENTIAL_CONFIGURATIONS[record.kind]],
    grants: {
      [PRE_AUTHORIZED_CODE_GRANT]: {
        'pre-authorized_code': code,
        ...(txCode
          ? {
              tx_code: {
                input_mode: 'numeric',
                length: TX_CODE_DIGITS,
                description: 'The code shown next to the QR code on "My credentials"',
              },
            }
          : {}),
      },
    },
  }
  // By value rather than by reference: no endpoint has to serve offers to anonymous callers.
  const offerUri = `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(offer))}`
  const qrSvg = await QRCode.toString(offerUri, {
    type: 'svg',
    errorCorrectionLevel: 'L',
    margin: 2,
  })
  return { offerUri, qrSvg, txCode, expiresAt }
}
