import type { MarketContext, MarketplaceDependencies } from './context.js'
import { checkLedger } from './ledger/check-ledger.js'
import { autoApproveDue } from './services/auto-approval.js'
import { balancesFor, requestPayout } from './services/balances.js'
import { payBonus } from './services/bonuses.js'
import { myContracts, viewContract } from './services/contracts.js'
import { endContract } from './services/end-contract.js'
import { searchFreelancers } from './services/freelancer-search.js'
import { changeJobStatus, createJob, searchJobs, viewJob } from './services/jobs.js'
import { listMessages, postMessage } from './services/messages.js'
import {
  fundMilestone,
  refundMilestone,
  releaseMilestone,
  resolveDispute,
} from './services/milestone-money.js'
import { changeMilestone } from './services/milestone-work.js'
import { listNotifications, markNotificationsRead } from './services/notifications.js'
import { acceptOffer, offerContract } from './services/offers.js'
import { saveProfile, viewProfile } from './services/profiles.js'
import {
  applyToJob,
  changeProposal,
  myProposals,
  proposalsForJob,
  viewProposal,
} from './services/proposals.js'
import { publishedReviewsOf, submitReview } from './services/reviews.js'
import { logTime, timeLogsOf } from './services/time-logs.js'
import { invoiceFinishedWeeks } from './services/weekly-invoices.js'

type Bound<F> = F extends (ctx: MarketContext, ...args: infer A) => infer R
  ? (...args: A) => R
  : never

const bind = <F extends (ctx: MarketContext, ...args: never[]) => unknown>(
  ctx: MarketContext,
  f: F,
): Bound<F> => ((...args: never[]) => f(ctx, ...args)) as Bound<F>

/**
 * The marketplace's services over the dependencies the platform hands in. Nothing is kept between
 * calls but what the database holds, so two marketplaces over two databases never meet.
 *
 * @example const marketplace = createMarketplace({ db, now: () => new Date(), certifications, payments: sandboxPaymentProvider(), feeBasisPoints: 1000 })
 */
export function createMarketplace(dependencies: MarketplaceDependencies) {
  const ctx: MarketContext = dependencies
  return {
    feeBasisPoints: dependencies.feeBasisPoints,
    paymentProvider: dependencies.payments.name,
    saveProfile: bind(ctx, saveProfile),
    viewProfile: bind(ctx, viewProfile),
    createJob: bind(ctx, createJob),
    viewJob: bind(ctx, viewJob),
    changeJobStatus: bind(ctx, changeJobStatus),
    searchJobs: bind(ctx, searchJobs),
    applyToJob: bind(ctx, applyToJob),
    viewProposal: bind(ctx, viewProposal),
    proposalsForJob: bind(ctx, proposalsForJob),
    myProposals: bind(ctx, myProposals),
    changeProposal: bind(ctx, changeProposal),
    offerContract: bind(ctx, offerContract),
    acceptOffer: bind(ctx, acceptOffer),
    postMessage: bind(ctx, postMessage),
    listMessages: bind(ctx, listMessages),
    viewContract: bind(ctx, viewContract),
    myContracts: bind(ctx, myContracts),
    endContract: bind(ctx, endContract),
    changeMilestone: bind(ctx, changeMilestone),
    fundMilestone: bind(ctx, fundMilestone),
    releaseMilestone: bind(ctx, releaseMilestone),
    refundMilestone: bind(ctx, refundMilestone),
    resolveDispute: bind(ctx, resolveDispute),
    balancesFor: bind(ctx, balancesFor),
    requestPayout: bind(ctx, requestPayout),
    payBonus: bind(ctx, payBonus),
    searchFreelancers: bind(ctx, searchFreelancers),
    submitReview: bind(ctx, submitReview),
    reviewsOf: (userId: string) => publishedReviewsOf(ctx.db, userId, ctx.now()),
    listNotifications: bind(ctx, listNotifications),
    markNotificationsRead: bind(ctx, markNotificationsRead),
    checkLedger: () => checkLedger(ctx.db),
    logTime: bind(ctx, logTime),
    timeLogsOf: bind(ctx, timeLogsOf),
    /**
     * The scheduled work: weekly invoices of hourly time, then auto-approval of submitted
     * milestones left unanswered.
     */
    runScheduledWork: async () => {
      const invoiced = await invoiceFinishedWeeks(ctx)
      return { invoiced, autoApproved: await autoApproveDue(ctx) }
    },
  }
}

export type Marketplace = ReturnType<typeof createMarketplace>
