export {
  type CertificationFact,
  type CertificationSource,
  type CredentialFact,
  EXPIRING_WINDOW_DAYS,
  type HeldCertification,
  mergeCertifications,
  SCORE_BAND_WIDTH,
  scoreBand,
} from './certifications.js'
export type { MarketplaceDependencies } from './context.js'
export { createMarketplace, type Marketplace } from './create-marketplace.js'
export { CONTRACT_MOVES } from './domain/contract-state.js'
export { JOB_MOVES, type JobAction } from './domain/job-state.js'
export { ESCROWED, MILESTONE_MOVES, type MilestoneAction } from './domain/milestone-state.js'
export { PROPOSAL_MOVES, type ProposalAction } from './domain/proposal-state.js'
export { type Machine, type Move, nextStatus } from './domain/transition.js'
export {
  appendBonus,
  appendContractHistory,
  emptyHistoryRows,
  type HistoricContract,
  type HistoricPart,
  type HistoryRows,
  type TouchedAccount,
} from './history/contract-history.js'
export { type ContractAsItStood, freelancerRecordAt } from './history/record-at.js'
export { type IdempotentAnswer, MAX_IDEMPOTENCY_KEY_LENGTH, requestHash } from './idempotency.js'
export { checkLedger, type LedgerReport } from './ledger/check-ledger.js'
export {
  DEFAULT_PLATFORM_FEE_BASIS_POINTS,
  MAX_MOVEMENT_CENTS,
  platformFee,
} from './ledger/platform-fee.js'
export { imbalance, type Movement, type Posting, postingsFor } from './ledger/postings.js'
export {
  type PaymentProvider,
  type ProviderReceipt,
  type ProviderRequest,
  sandboxPaymentProvider,
} from './payment-provider.js'
export { AUTO_APPROVE_DAYS } from './services/auto-approval.js'
export type { Balances, PayoutAnswer } from './services/balances.js'
export type { BonusAnswer } from './services/bonuses.js'
export type { Contract, Milestone } from './services/contracts.js'
export type { EndAnswer } from './services/end-contract.js'
export { FREELANCER_SEARCH_SCAN, type FreelancerSearch } from './services/freelancer-search.js'
export type { Job, JobSearch, NewJob } from './services/jobs.js'
export type { Message } from './services/messages.js'
export type { Actor } from './services/milestone-lock.js'
export type { MilestoneMoneyAnswer } from './services/milestone-money.js'
export type { WorkAction } from './services/milestone-work.js'
export type { Notification } from './services/notifications.js'
export type { Profile, ProfileInput } from './services/profiles.js'
export type { Offer, Proposal } from './services/proposals.js'
export { type PublishedReview, REVIEW_WINDOW_DAYS, type Review } from './services/reviews.js'
export type { TimeLog } from './services/time-logs.js'
export { chargeFor, weekStart } from './services/weekly-invoices.js'
export type { MarketplaceTables } from './tables.js'
