import type { Kysely } from 'kysely'
import { importedAccountRows } from '../../accounts/index.js'
import { type Attempts, certificationStatus, importedPassRows } from '../../assessment/index.js'
import { newId, transact } from '../../db/index.js'
import {
  appendBonus,
  type ContractAsItStood,
  type HeldCertification,
  sandboxPaymentProvider,
} from '../../marketplace/index.js'
import { CATEGORIES } from '../../shared/index.js'
import {
  type SimulatedHistory,
  type SimulationParameters,
  simulateMarket,
} from '../../simulation/index.js'
import type { Database } from '../database.js'
import { type ChunkRows, emptyChunk, insertChunk } from './chunk-rows.js'
import { LOADED_CONTRACT_FEE_BASIS_POINTS } from './loaded-fee.js'
import { platformTestsFor } from './platform-tests.js'
import { appendProject, type Hire } from './project-rows.js'

/**
 * Workers written per database transaction: large enough that a chunk is a few big INSERTs per
 * table, small enough that its rows (about 120 ledger entries per worker) stay a few MB in memory.
 */
export const LOAD_WORKERS_PER_TRANSACTION = 200

export { LOADED_CONTRACT_FEE_BASIS_POINTS } from './loaded-fee.js'

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
  readonly tests: ReturnType<typeof platformTestsFor>
  readonly params: SimulationParameters
  /** Simulated employer id → the account standing for it, as committed. */
  readonly employers: Map<string, string>
  /** Simulated worker ids already on the platform (an interrupted load resumes after them). */
  readonly loadedWorkers: ReadonlySet<string>
}

/** The address of a simulated person: the seed keeps two loaded markets apart. */
export const simulatedEmail = (id: string, seed: number) => `${id}.s${seed}@simulated.example.org`

/**
 * Writes a simulated market into the platform as real rows: accounts (unusable passwords)
 * registered when the simulator says, freelancer profiles, passes with their certifications, and
 * for each project a job, a proposal, an offer accepted, milestones funded, approved and released
 * on the simulator's dates, the client's review and bonuses. The rows come from the marketplace's
 * own pure rules (state machines, ledger postings, fee rounding, the record a client sees; see
 * `appendContractHistory`) and are written many workers per transaction in multi-row INSERTs:
 * going through the API's functions one event at a time measured 0.04–0.2 workers/s, far from a
 * first start's 2,000 workers. The study read back has the simulator's records: same projects,
 * values, ratings, awards and payment dates.
 *
 * Credentials are not signed here: each eddsa-rdfc-2022 signature costs tens of milliseconds of
 * JSON-LD canonicalisation, minutes for a market's thousands of passes. `issueDeferredCredentials`
 * signs them afterwards, through the same issuance every pass uses.
 *
 * A chunk is one transaction, so a failed or interrupted load leaves whole workers; loading the
 * same seed again skips the workers already there and reuses their clients.
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
  const present = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'like', `%.s${params.seed}@simulated.example.org`)
    .execute()
  const local = (email: string) => email.slice(0, email.indexOf('.s'))
  const state: LoaderState = {
    tests: platformTestsFor(await attempts.tests(db)),
    params,
    employers: new Map(
      present.filter((u) => u.email.startsWith('e')).map((u) => [local(u.email), u.id]),
    ),
    loadedWorkers: new Set(
      present.filter((u) => u.email.startsWith('w')).map((u) => local(u.email)),
    ),
  }
  const counts = {
    workers: 0,
    employers: state.employers.size,
    awards: 0,
    projects: 0,
    payments: 0,
  }
  let batch: SimulatedHistory[] = []
  let seen = 0
  const flush = async () => {
    const chunk = emptyChunk()
    const hired = new Map<string, string>()
    for (const history of batch) await appendWorker(chunk, state, hired, history)
    await transact(db, (trx) => insertChunk(trx, chunk))
    for (const [employer, id] of hired) state.employers.set(employer, id)
    for (const history of batch) {
      counts.workers++
      counts.awards += history.awards.length
      counts.projects += history.projects.length
      counts.payments += history.payments.length
    }
    counts.employers = state.employers.size
    batch = []
    options.onProgress?.(seen, params.workers)
  }
  for (const history of simulateMarket(params)) {
    seen++
    if (!state.loadedWorkers.has(history.worker.workerId)) batch.push(history)
    if (batch.length >= perTransaction) await flush()
  }
  if (batch.length > 0) await flush()
  else if (seen > 0 && counts.workers === 0) options.onProgress?.(seen, params.workers)
  return counts
}

const dateOf = (seconds: number) => new Date(seconds * 1000)

/** One worker's rows, and the rows of any client first met in this chunk. */
async function appendWorker(
  chunk: ChunkRows,
  state: LoaderState,
  hired: Map<string, string>,
  history: SimulatedHistory,
): Promise<void> {
  const { worker } = history
  const { params } = state
  const freelancerId = newId()
  const account = importedAccountRows(
    {
      email: simulatedEmail(worker.workerId, params.seed),
      displayName: `Freelancer ${worker.workerId}`,
      registeredAt: dateOf(worker.registeredAt),
    },
    { user: freelancerId, audit: newId() },
  )
  chunk.users.push(account.user)
  chunk.audit.push(account.audit)
  chunk.profiles.push({
    user_id: freelancerId,
    headline: `${history.category} freelancer`,
    hourly_rate_cents: null,
    skills: JSON.stringify([history.category.toLowerCase()]),
    organisation: null,
    updated_at: dateOf(worker.registeredAt),
  })
  const held: HeldCertification[] = []
  for (const award of history.awards) {
    const test = state.tests.get(award.testId)
    if (!test) throw new RangeError(`no platform test stands for ${award.testId}`)
    const certificationId = newId()
    const rows = importedPassRows(
      test,
      {
        candidateId: freelancerId,
        passedAt: dateOf(award.awardedAt),
        scorePercent: award.score ?? params.passMark,
        cutPercent: params.passMark,
      },
      { attempt: newId(), certification: certificationId },
    )
    chunk.attempts.push(rows.attempt)
    chunk.certifications.push(rows.certification)
    held.push({
      certificationId,
      testId: test.id,
      scorePercent: Number(rows.certification.score_percent),
      passedAt: dateOf(award.awardedAt),
      validUntil: rows.certification.valid_until as Date,
      status: 'active',
      credentialId: null,
    })
  }
  const category = CATEGORIES.find((c) => c.startsWith(history.category)) ?? 'Other'
  const clientOf = new Map<string, string>()
  const past: (ContractAsItStood & {
    readonly hiredAt: number
    readonly reviewedAt: number | null
  })[] = []
  for (const project of history.projects) {
    const clientId = employerAccount(chunk, state, hired, project.employerId)
    clientOf.set(project.projectId, clientId)
    const paid = history.payments.filter((p) => p.projectId === project.projectId)
    const hiredAt = project.startedAt - HIRING_LEAD_SECONDS
    const at = dateOf(hiredAt)
    // What the client saw: passes and contracts as they stood when the freelancer applied.
    const certifications = held
      .filter((c) => c.passedAt.getTime() <= at.getTime())
      .map((c) => ({ ...c, status: certificationStatus({ ...c, revokedAt: null }, at) }))
    const contracts = past
      .filter((c) => c.hiredAt <= hiredAt)
      .map((c) => {
        const ended = c.endedAt !== null && c.endedAt.getTime() <= at.getTime()
        return {
          ended,
          endedAt: ended ? c.endedAt : null,
          completed: ended,
          clientRating: c.reviewedAt !== null && c.reviewedAt <= hiredAt ? c.clientRating : null,
        }
      })
    const hire: Hire = { freelancerId, clientId, category, hiredAt: at }
    const written = await appendProject(chunk.history, hire, project, paid, {
      certifications,
      contracts,
    })
    past.push({ ...written, hiredAt })
  }
  for (const bonus of history.payments.filter((p) => p.projectId === null)) {
    // A bonus thanks the client of the worker's latest project begun before it.
    const before = history.projects.filter((p) => p.startedAt <= bonus.paidAt)
    const last = before[before.length - 1]
    if (!last) throw new RangeError(`bonus ${bonus.paymentId} comes before any project`)
    await appendBonusPayment(chunk, {
      clientId: clientOf.get(last.projectId)!,
      freelancerId,
      amountCents: Math.round(bonus.amountUsd * 100),
      paidAt: dateOf(bonus.paidAt),
      idempotencyKey: `load-bonus-${bonus.paymentId}`,
    })
  }
}

const payments = sandboxPaymentProvider()

async function appendBonusPayment(
  chunk: ChunkRows,
  bonus: {
    readonly clientId: string
    readonly freelancerId: string
    readonly amountCents: number
    readonly paidAt: Date
    readonly idempotencyKey: string
  },
): Promise<void> {
  await appendBonus(
    chunk.history,
    { ...bonus, feeBasisPoints: LOADED_CONTRACT_FEE_BASIS_POINTS },
    newId,
    payments,
  )
}

function employerAccount(
  chunk: ChunkRows,
  state: LoaderState,
  hired: Map<string, string>,
  employerId: string,
): string {
  const known = state.employers.get(employerId) ?? hired.get(employerId)
  if (known) return known
  const id = newId()
  // Clients are on the platform before the first worker: any of them may hire anyone.
  const account = importedAccountRows(
    {
      email: simulatedEmail(employerId, state.params.seed),
      displayName: `Client ${employerId}`,
      registeredAt: dateOf(state.params.obsStart - 365 * 86_400),
    },
    { user: id, audit: newId() },
  )
  chunk.users.push(account.user)
  chunk.audit.push(account.audit)
  hired.set(employerId, id)
  return id
}
