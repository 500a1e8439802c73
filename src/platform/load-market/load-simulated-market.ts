import type { Kysely, Transaction } from 'kysely'
import { createImportedAccount } from '../../accounts/index.js'
import type { Attempts } from '../../assessment/index.js'
import { transact } from '../../db/index.js'
import type { Marketplace } from '../../marketplace/index.js'
import { CATEGORIES } from '../../shared/index.js'
import {
  type SimulatedHistory,
  type SimulationParameters,
  simulateMarket,
} from '../../simulation/index.js'
import type { PaymentRecord, ProjectRecord } from '../../study/index.js'
import type { Database } from '../database.js'
import { platformMarketplace } from '../marketplace-services.js'
import { platformTestsFor } from './platform-tests.js'

/** Workers written per database transaction: few round trips to commit, little to roll back. */
export const LOAD_WORKERS_PER_TRANSACTION = 20

/**
 * The fee loaded contracts are signed at. The simulator's payments are what workers received, so
 * a fee-free contract releases exactly them; a fee would shrink every payment the study reads.
 */
export const LOADED_CONTRACT_FEE_BASIS_POINTS = 0

/** How long before a project starts its job is posted, applied to and the offer accepted. */
const HIRING_LEAD_SECONDS = 3 * 86_400

export interface LoadMarketOptions {
  readonly params: SimulationParameters
  readonly workersPerTransaction?: number
  /** Called after each transaction with the workers written so far. */
  readonly onProgress?: (loaded: number, total: number) => void
}

export interface LoadedMarket {
  readonly workers: number
  readonly employers: number
  readonly awards: number
  readonly projects: number
  readonly payments: number
}

interface LoaderState {
  readonly attempts: Attempts
  readonly tests: ReadonlyMap<string, { readonly id: string }>
  readonly params: SimulationParameters
  /** Simulated employer id → the account standing for it. */
  readonly employers: Map<string, string>
  readonly clock: { now: Date }
}

/**
 * Writes a simulated market into the platform as real rows, through the functions the API uses:
 * accounts (unusable passwords) registered when the simulator says, freelancer profiles, passes
 * with their certifications and signed credentials, and for each project a job, a proposal, an
 * offer accepted, milestones funded, submitted, approved and released on the simulator's dates,
 * the client's review and bonuses. The marketplace runs on a clock the loader moves to each
 * event, so the study read back from the platform has the simulator's records: same projects,
 * values, ratings, awards and payment dates. Workers go in transactions of
 * `workersPerTransaction`; a failure rolls back that batch alone.
 *
 * @example await loadSimulatedMarket(db, services.attempts, { params: simulationParameters({ workers: 60, seed: 7 }) })
 */
export async function loadSimulatedMarket(
  db: Kysely<Database>,
  attempts: Attempts,
  options: LoadMarketOptions,
): Promise<LoadedMarket> {
  const { params } = options
  const perTransaction = options.workersPerTransaction ?? LOAD_WORKERS_PER_TRANSACTION
  const state: LoaderState = {
    attempts,
    tests: platformTestsFor(await attempts.tests(db)),
    params,
    employers: new Map(),
    clock: { now: new Date(params.obsStart * 1000) },
  }
  const counts = { workers: 0, employers: 0, awards: 0, projects: 0, payments: 0 }
  let batch: SimulatedHistory[] = []
  const flush = async () => {
    const employersBefore = new Map(state.employers)
    try {
      await transact(db, async (trx) => {
        // A retried transaction starts again from the employers committed before it.
        state.employers.clear()
        for (const [k, v] of employersBefore) state.employers.set(k, v)
        const market = platformMarketplace(trx, attempts, {
          now: () => state.clock.now,
          feeBasisPoints: LOADED_CONTRACT_FEE_BASIS_POINTS,
        })
        for (const history of batch) await loadWorker(trx, market, state, history)
      })
    } catch (error) {
      state.employers.clear()
      for (const [k, v] of employersBefore) state.employers.set(k, v)
      throw error
    }
    for (const history of batch) {
      counts.workers++
      counts.awards += history.awards.length
      counts.projects += history.projects.length
      counts.payments += history.payments.length
    }
    counts.employers = state.employers.size
    batch = []
    options.onProgress?.(counts.workers, params.workers)
  }
  for (const history of simulateMarket(params)) {
    batch.push(history)
    if (batch.length >= perTransaction) await flush()
  }
  if (batch.length > 0) await flush()
  return counts
}

const at = (state: LoaderState, seconds: number) => {
  state.clock.now = new Date(seconds * 1000)
}

/** The address of a simulated person: the seed keeps two loaded markets apart. */
const emailOf = (id: string, seed: number) => `${id}.s${seed}@simulated.example.org`

async function loadWorker(
  trx: Transaction<Database>,
  market: Marketplace,
  state: LoaderState,
  history: SimulatedHistory,
): Promise<void> {
  const { worker } = history
  const account = await createImportedAccount(trx, {
    email: emailOf(worker.workerId, state.params.seed),
    displayName: `Freelancer ${worker.workerId}`,
    registeredAt: new Date(worker.registeredAt * 1000),
  })
  at(state, worker.registeredAt)
  await market.saveProfile(account.id, {
    headline: `${history.category} freelancer`,
    hourlyRateCents: null,
    skills: [history.category.toLowerCase()],
    organisation: null,
  })
  for (const award of history.awards) {
    const test = state.tests.get(award.testId)
    if (!test) throw new RangeError(`no platform test stands for ${award.testId}`)
    await state.attempts.recordImportedPass(trx, {
      candidateId: account.id,
      testId: test.id,
      passedAt: new Date(award.awardedAt * 1000),
      scorePercent: award.score ?? state.params.passMark,
      cutPercent: state.params.passMark,
    })
  }
  const clients = new Map<string, string>()
  const category = CATEGORIES.find((c) => c.startsWith(history.category)) ?? 'Other'
  for (const project of history.projects) {
    const clientId = await employerAccount(trx, state, project.employerId)
    clients.set(project.projectId, clientId)
    const paid = history.payments.filter((p) => p.projectId === project.projectId)
    await loadProject(
      market,
      state,
      { freelancerId: account.id, clientId, category },
      project,
      paid,
    )
  }
  for (const bonus of history.payments.filter((p) => p.projectId === null)) {
    // A bonus thanks the client of the worker's latest project begun before it.
    const before = history.projects.filter((p) => p.startedAt <= bonus.paidAt)
    const last = before[before.length - 1]
    if (!last) throw new RangeError(`bonus ${bonus.paymentId} comes before any project`)
    at(state, bonus.paidAt)
    await market.payBonus({
      clientId: clients.get(last.projectId)!,
      freelancerId: account.id,
      amountCents: Math.round(bonus.amountUsd * 100),
      idempotencyKey: `load-bonus-${bonus.paymentId}`,
      body: {},
    })
  }
}

async function employerAccount(
  trx: Transaction<Database>,
  state: LoaderState,
  employerId: string,
): Promise<string> {
  const known = state.employers.get(employerId)
  if (known) return known
  // Clients are on the platform before the first worker: any of them may hire anyone.
  const account = await createImportedAccount(trx, {
    email: emailOf(employerId, state.params.seed),
    displayName: `Client ${employerId}`,
    registeredAt: new Date((state.params.obsStart - 365 * 86_400) * 1000),
  })
  state.employers.set(employerId, account.id)
  return account.id
}

/**
 * One project: hired a few days before it starts, every milestone funded when it starts (the
 * project's start on the platform is its first funding), each payment a milestone released on
 * its date, and what was never paid one more milestone that stays in escrow. A completed
 * project's work is all approved by its completion date, and its rating is the client's review.
 */
async function loadProject(
  market: Marketplace,
  state: LoaderState,
  people: { readonly freelancerId: string; readonly clientId: string; readonly category: string },
  project: ProjectRecord,
  paid: readonly PaymentRecord[],
): Promise<void> {
  const { freelancerId, clientId, category } = people
  const valueCents = Math.round(project.valueUsd * 100)
  const paidCents = paid.map((p) => Math.round(p.amountUsd * 100))
  const remaining = valueCents - paidCents.reduce((a, b) => a + b, 0)
  if (remaining < 0) throw new RangeError(`project ${project.projectId} is paid beyond its value`)
  if (remaining === 0 && project.completedAt === null) {
    throw new RangeError(`project ${project.projectId} is paid in full but not completed`)
  }
  at(state, project.startedAt - HIRING_LEAD_SECONDS)
  const job = await market.createJob(clientId, {
    title: `Project ${project.projectId}`,
    description: `Work for client ${project.employerId}, delivered in ${paid.length + (remaining > 0 ? 1 : 0)} parts`,
    category,
    skills: [],
    requiredTests: [],
    kind: 'fixed',
    budgetCents: valueCents,
    visibility: 'unlisted',
    open: true,
  })
  const proposal = await market.applyToJob(freelancerId, job.id, {
    coverLetter: 'I can start right away.',
    bidCents: valueCents,
  })
  await market.changeProposal(clientId, proposal.id, 'shortlist')
  const parts = paidCents.map((amountCents, i) => ({ title: `Part ${i + 1}`, amountCents }))
  if (remaining > 0) parts.push({ title: `Part ${parts.length + 1}`, amountCents: remaining })
  await market.offerContract(clientId, proposal.id, { milestones: parts })
  const { contractId } = await market.acceptOffer(freelancerId, proposal.id)
  const contract = await market.viewContract({ id: clientId, administrator: false }, contractId)
  const client = { kind: 'member', id: clientId } as const
  const freelancer = { kind: 'member', id: freelancerId } as const
  at(state, project.startedAt)
  for (const milestone of contract.milestones) {
    await market.fundMilestone({
      actor: client,
      milestoneId: milestone.id,
      idempotencyKey: `load-fund-${milestone.id}`,
      body: {},
    })
  }
  const last = contract.milestones.length - 1
  for (const [i, milestone] of contract.milestones.entries()) {
    const payment = paid[i]
    const completedAt = project.completedAt
    // The last part's approval completes the project; earlier parts are approved when paid.
    const approvedAt =
      completedAt === null
        ? payment?.paidAt
        : i === last
          ? completedAt
          : Math.min(payment!.paidAt, completedAt)
    if (approvedAt === undefined) continue
    at(state, approvedAt)
    await market.changeMilestone(freelancer, milestone.id, 'submit', null)
    await market.changeMilestone(client, milestone.id, 'approve', null)
    if (!payment) continue
    at(state, payment.paidAt)
    await market.releaseMilestone({
      actor: client,
      milestoneId: milestone.id,
      idempotencyKey: `load-release-${milestone.id}`,
      body: {},
    })
  }
  if (project.rating !== null && project.completedAt !== null) {
    at(state, Math.max(project.completedAt, paid[paid.length - 1]?.paidAt ?? 0))
    await market.submitReview(clientId, contractId, {
      rating: project.rating,
      body: 'Delivered as agreed.',
    })
  }
}
