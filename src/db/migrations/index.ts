import type { Migration } from 'kysely'
import * as accounts from './0001-accounts.js'
import * as platformSeeds from './0002-platform-seeds.js'
import * as loginThrottle from './0003-login-throttle.js'
import * as accountSelfService from './0004-account-self-service.js'
import * as mailAndAccountTokens from './0005-mail-and-account-tokens.js'
import * as assessmentItemBank from './0100-assessment-item-bank.js'
import * as assessmentAttempts from './0110-assessment-attempts.js'
import * as assessmentAdaptive from './0111-assessment-adaptive.js'
import * as assessmentIntegrityHolds from './0120-assessment-integrity-holds.js'
import * as assessmentItemReview from './0140-assessment-item-review.js'
import * as assessmentRatingRounds from './0150-assessment-rating-rounds.js'
import * as assessmentFamilyCalibration from './0151-assessment-family-calibration.js'
import * as assessmentLiveCuts from './0152-assessment-live-cuts.js'
import * as assessmentFamilyPretest from './0153-assessment-family-pretest.js'
import * as credentialsTables from './0200-credentials-tables.js'
import * as credentialsMessageStatus from './0210-credentials-message-status.js'
import * as credentialsWalletOffers from './0220-credentials-wallet-offers.js'
import * as credentialsShowHolderName from './0221-credentials-show-holder-name.js'
import * as credentialsWalletOfferExpiry from './0230-credentials-wallet-offer-expiry.js'
import * as credentialsHolderDids from './0231-credentials-holder-dids.js'
import * as marketplace from './0300-marketplace.js'
import * as marketplaceLedger from './0310-marketplace-ledger.js'
import * as marketplaceReviews from './0320-marketplace-reviews-notifications.js'
import * as marketplaceStudyViews from './0330-marketplace-study-views.js'
import * as marketplaceHourly from './0340-marketplace-hourly.js'
import * as marketplaceContractEnd from './0350-marketplace-contract-end.js'
import * as marketplaceBonuses from './0360-marketplace-bonuses-and-completion.js'
import * as studyRuns from './0400-study-runs.js'
import * as studyRunCancel from './0401-study-run-cancel.js'
import * as studyWorkersAreFreelancers from './0402-study-workers-are-freelancers.js'
import * as studyRunsByRequester from './0420-study-runs-by-requester.js'

/**
 * The one migration history of both engines, in order. Names sort as they apply; each part keeps
 * its own range (0001 accounts, 0100 assessment, 0200 credentials, 0300 marketplace, 0400 study).
 */
export const migrations: Record<string, Migration> = {
  '0001-accounts': accounts,
  '0002-platform-seeds': platformSeeds,
  '0003-login-throttle': loginThrottle,
  '0004-account-self-service': accountSelfService,
  '0005-mail-and-account-tokens': mailAndAccountTokens,
  '0100-assessment-item-bank': assessmentItemBank,
  '0110-assessment-attempts': assessmentAttempts,
  '0111-assessment-adaptive': assessmentAdaptive,
  '0120-assessment-integrity-holds': assessmentIntegrityHolds,
  '0140-assessment-item-review': assessmentItemReview,
  '0150-assessment-rating-rounds': assessmentRatingRounds,
  '0151-assessment-family-calibration': assessmentFamilyCalibration,
  '0152-assessment-live-cuts': assessmentLiveCuts,
  '0153-assessment-family-pretest': assessmentFamilyPretest,
  '0200-credentials-tables': credentialsTables,
  '0210-credentials-message-status': credentialsMessageStatus,
  '0220-credentials-wallet-offers': credentialsWalletOffers,
  '0221-credentials-show-holder-name': credentialsShowHolderName,
  '0230-credentials-wallet-offer-expiry': credentialsWalletOfferExpiry,
  '0231-credentials-holder-dids': credentialsHolderDids,
  '0300-marketplace': marketplace,
  '0310-marketplace-ledger': marketplaceLedger,
  '0320-marketplace-reviews-notifications': marketplaceReviews,
  '0330-marketplace-study-views': marketplaceStudyViews,
  '0340-marketplace-hourly': marketplaceHourly,
  '0350-marketplace-contract-end': marketplaceContractEnd,
  '0360-marketplace-bonuses-and-completion': marketplaceBonuses,
  '0400-study-runs': studyRuns,
  '0401-study-run-cancel': studyRunCancel,
  '0402-study-workers-are-freelancers': studyWorkersAreFreelancers,
  '0420-study-runs-by-requester': studyRunsByRequester,
}
