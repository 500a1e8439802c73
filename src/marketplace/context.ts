import type { CertificationSource } from './certifications.js'
import type { MarketDb } from './market-db.js'
import type { PaymentProvider } from './payment-provider.js'

/** What the marketplace is built from; the platform hands each of these in. */
export interface MarketplaceDependencies {
  readonly db: MarketDb
  /** The server's clock: every deadline (auto-approval, review windows) is measured on it. */
  readonly now: () => Date
  readonly certifications: CertificationSource
  readonly payments: PaymentProvider
  /** The platform's fee on released money, in basis points (1000 = 10 %). */
  readonly feeBasisPoints: number
}

/** The dependencies as services use them. */
export type MarketContext = MarketplaceDependencies
