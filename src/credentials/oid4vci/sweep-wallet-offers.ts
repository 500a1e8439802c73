import type { Kysely } from 'kysely'
import type { CredentialsDatabase } from '../tables.js'

/** Offers one sweep deletes at most: a short statement, so requests are never held up behind it. */
export const WALLET_OFFER_SWEEP_BATCH = 500

/**
 * Deletes wallet offers that can never be used again, at most `limit` of them (oldest first), and
 * returns how many it deleted. An offer is dead once its code has expired (redeemed or not: a
 * redeemed code is spent) and any access token it gave has expired too (delivered or not: a token
 * delivers once and lives minutes). Kept until then, so the learner's recent-offers limit, which
 * counts offers made within the code's lifetime, still counts every one.
 *
 * @example await sweepWalletOffers(db, { now: new Date() })
 */
export async function sweepWalletOffers(
  db: Kysely<CredentialsDatabase>,
  options: { readonly now: Date; readonly limit?: number },
): Promise<number> {
  const limit = options.limit ?? WALLET_OFFER_SWEEP_BATCH
  const dead = db
    .selectFrom('credential_wallet_offers')
    .select('id')
    .where('expires_at', '<=', options.now)
    .where((eb) =>
      eb.or([
        eb('access_token_expires_at', 'is', null),
        eb('access_token_expires_at', '<=', options.now),
      ]),
    )
    .orderBy('expires_at')
    .limit(limit)
  const deleted = await db
    .deleteFrom('credential_wallet_offers')
    .where('id', 'in', dead)
    .executeTakeFirst()
  return Number(deleted.numDeletedRows)
}
