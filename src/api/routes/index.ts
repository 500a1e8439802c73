import { accountRoutes } from './accounts.js'
import { adminRoutes } from './admin.js'
import { attemptRoutes } from './attempts.js'
import { catalogRoutes } from './catalog.js'
import { credentialRoutes } from './credentials.js'
import { healthRoutes } from './health.js'
import { itemReviewRoutes } from './item-review.js'
import { marketplaceContractRoutes } from './marketplace-contracts.js'
import { marketplaceJobRoutes } from './marketplace-jobs.js'
import { marketplacePeopleRoutes } from './marketplace-people.js'
import { marketplaceProposalRoutes } from './marketplace-proposals.js'
import { marketplaceTimeLogRoutes } from './marketplace-time-logs.js'
import type { Router } from './router.js'
import { statusRoutes } from './status.js'
import { studyRunRoutes } from './study-runs.js'
import { walletRoutes } from './wallets.js'
import { webAppRoutes } from './web-app.js'
import { wellKnownRoutes } from './well-known.js'

/** Every resource's routes; a part adds its router here. */
export const routers: readonly Router[] = [
  healthRoutes,
  accountRoutes,
  adminRoutes,
  itemReviewRoutes,
  catalogRoutes,
  attemptRoutes,
  credentialRoutes,
  statusRoutes,
  wellKnownRoutes,
  walletRoutes,
  studyRunRoutes,
  marketplaceJobRoutes,
  marketplaceProposalRoutes,
  marketplaceContractRoutes,
  marketplacePeopleRoutes,
  marketplaceTimeLogRoutes,
  webAppRoutes,
]
