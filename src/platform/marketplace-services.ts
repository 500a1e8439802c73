import type { Kysely } from 'kysely'
import type { Attempts } from '../assessment/index.js'
import { learnerCredentials } from '../credentials/index.js'
import {
  createMarketplace,
  DEFAULT_PLATFORM_FEE_BASIS_POINTS,
  type Marketplace,
  mergeCertifications,
  type PaymentProvider,
  sandboxPaymentProvider,
} from '../marketplace/index.js'
import type { Database } from './database.js'

export interface MarketplaceOptions {
  readonly now?: () => Date
  readonly feeBasisPoints?: number
  readonly payments?: PaymentProvider
}

/**
 * The marketplace over the platform's database, told who holds which certification by assessment
 * (passes, expiry, revocation) and credentials (suspension, the badge to verify), and paid through
 * the sandbox provider unless another is given.
 */
export function platformMarketplace(
  db: Kysely<Database>,
  attempts: Attempts,
  options: MarketplaceOptions = {},
): Marketplace {
  return createMarketplace({
    db,
    now: options.now ?? (() => new Date()),
    feeBasisPoints: options.feeBasisPoints ?? DEFAULT_PLATFORM_FEE_BASIS_POINTS,
    payments: options.payments ?? sandboxPaymentProvider(),
    certifications: {
      heldBy: async (userId) =>
        mergeCertifications(
          await attempts.listCertifications(db, userId),
          await learnerCredentials(db, userId),
        ),
    },
  })
}
