import { newId } from '../../db/index.js'
import {
  appendContractHistory,
  type ContractAsItStood,
  freelancerRecordAt,
  type HeldCertification,
  type HistoricPart,
  type HistoryRows,
  sandboxPaymentProvider,
} from '../../marketplace/index.js'
import type { PaymentRecord, ProjectRecord } from '../../study/index.js'
import { LOADED_CONTRACT_FEE_BASIS_POINTS } from './loaded-fee.js'

/** Who hired whom, for what kind of work, and when the offer was accepted. */
export interface Hire {
  readonly freelancerId: string
  readonly clientId: string
  readonly category: string
  readonly hiredAt: Date
}

const payments = sandboxPaymentProvider()
const dateOf = (seconds: number) => new Date(seconds * 1000)

/**
 * One simulated project as a contract: hired a few days before it starts, every part funded when
 * it starts (the project's start on the platform is its first funding), each payment a part
 * released on its date, and what was never paid one more part that stays in escrow. A completed
 * project's work is all approved by its completion date, and its rating is the client's review.
 * Returns the contract as it finally stands, for the records later applications show.
 */
export async function appendProject(
  rows: HistoryRows,
  hire: Hire,
  project: ProjectRecord,
  paid: readonly PaymentRecord[],
  seen: {
    readonly certifications: readonly HeldCertification[]
    readonly contracts: readonly ContractAsItStood[]
  },
): Promise<ContractAsItStood & { readonly reviewedAt: number | null }> {
  const valueCents = Math.round(project.valueUsd * 100)
  const paidCents = paid.map((p) => Math.round(p.amountUsd * 100))
  const remaining = valueCents - paidCents.reduce((a, b) => a + b, 0)
  if (remaining < 0) throw new RangeError(`project ${project.projectId} is paid beyond its value`)
  if (remaining === 0 && project.completedAt === null) {
    throw new RangeError(`project ${project.projectId} is paid in full but not completed`)
  }
  const amounts = remaining > 0 ? [...paidCents, remaining] : paidCents
  const last = amounts.length - 1
  const completedAt = project.completedAt
  const parts: HistoricPart[] = amounts.map((amountCents, i) => {
    const payment = paid[i]
    // The last part's approval completes the project; earlier parts are approved when paid.
    const approvedAt =
      completedAt === null
        ? payment?.paidAt
        : i === last
          ? completedAt
          : Math.min(payment!.paidAt, completedAt)
    return {
      title: `Part ${i + 1}`,
      amountCents,
      approvedAt: approvedAt === undefined ? null : dateOf(approvedAt),
      releasedAt: payment ? dateOf(payment.paidAt) : null,
    }
  })
  const reviewedAt =
    project.rating !== null && completedAt !== null
      ? Math.max(completedAt, paid[paid.length - 1]?.paidAt ?? 0)
      : null
  await appendContractHistory(
    rows,
    {
      clientId: hire.clientId,
      freelancerId: hire.freelancerId,
      job: {
        title: `Project ${project.projectId}`,
        description: `Work for client ${project.employerId}, delivered in ${amounts.length} parts`,
        category: hire.category,
        visibility: 'unlisted',
      },
      coverLetter: 'I can start right away.',
      hiredAt: hire.hiredAt,
      fundedAt: dateOf(project.startedAt),
      parts,
      feeBasisPoints: LOADED_CONTRACT_FEE_BASIS_POINTS,
      snapshot: freelancerRecordAt(seen.certifications, seen.contracts, hire.hiredAt),
      clientReview:
        reviewedAt === null
          ? null
          : { rating: project.rating!, body: 'Delivered as agreed.', at: dateOf(reviewedAt) },
    },
    newId,
    payments,
  )
  const allReleased = parts.every((p) => p.releasedAt !== null)
  const endedAt = allReleased
    ? new Date(Math.max(...parts.map((p) => p.releasedAt!.getTime())))
    : null
  return {
    ended: endedAt !== null,
    endedAt,
    completed: endedAt !== null,
    clientRating: project.rating,
    reviewedAt,
  }
}
