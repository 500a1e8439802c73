import type { Kysely } from 'kysely'
import { registerAccount, startSession } from '../../src/accounts/index.js'
import { newId } from '../../src/db/index.js'
import type { Database } from '../../src/platform/index.js'
import { GOOD_PASSWORD, openTestApp, type TestApp } from '../support/app.js'

export interface MarketHarness {
  readonly t: TestApp
  /** The marketplace's clock; tests move it forward. */
  readonly clock: { now: Date }
  close(): Promise<void>
}

export interface Member {
  readonly id: string
  readonly auth: string
}

export async function openMarket(): Promise<MarketHarness> {
  const clock = { now: new Date('2026-03-02T09:00:00Z') }
  const t = await openTestApp({ marketplace: { now: () => clock.now } })
  return { t, clock, close: () => t.close() }
}

/** Registers an account and signs it in with a bearer token. */
export async function member(
  h: MarketHarness,
  name: string,
  role: 'member' | 'administrator' = 'member',
): Promise<Member> {
  const email = `${name}@example.org`
  const account = await registerAccount(
    h.t.database.db,
    { email, password: GOOD_PASSWORD, displayName: name },
    role,
  )
  // A session straight from accounts: tests sign in many members, past the login rate limit.
  const { token } = await startSession(h.t.database.db, account.id, 'bearer')
  return { id: account.id, auth: `Bearer ${token}` }
}

/** A passed attempt and its certification, valid for two years from `passedAt`. */
export async function certify(
  db: Kysely<Database>,
  userId: string,
  testId: string,
  passedAt = new Date(),
  revokedAt: Date | null = null,
  scorePercent = 86.7,
): Promise<void> {
  const attemptId = newId()
  await db
    .insertInto('assessment_attempts')
    .values({
      id: attemptId,
      candidate_id: userId,
      test_id: testId,
      test_version: 1,
      status: 'scored',
      ended_by: 'submission',
      started_at: passedAt,
      deadline: passedAt,
      finished_at: passedAt,
      cut_percent: 70,
      raw_score: 26,
      scored_items: 30,
      percent_score: scorePercent,
      passed: true,
      domain_scores: null,
    })
    .execute()
  await db
    .insertInto('certifications')
    .values({
      id: newId(),
      candidate_id: userId,
      test_id: testId,
      test_version: 1,
      attempt_id: attemptId,
      score_percent: scorePercent,
      passed_at: passedAt,
      valid_until: new Date(passedAt.getTime() + 730 * 86_400_000),
      revoked_at: revokedAt,
      revocation_reason: revokedAt ? 'integrity case' : null,
    })
    .execute()
}

/** Calls the API as `who` and returns status and parsed body. */
// biome-ignore lint/suspicious/noExplicitAny: each test reads the JSON of many response shapes
type Json = any

export async function call(
  h: MarketHarness,
  who: Member | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
  key?: string,
): Promise<{ status: number; body: Json; headers: Record<string, unknown> }> {
  const response = await h.t.app.inject({
    method,
    url,
    headers: {
      ...(who ? { authorization: who.auth } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
    ...(payload === undefined ? {} : { payload: payload as object }),
  })
  return { status: response.statusCode, body: response.json(), headers: response.headers }
}

/** A client's open job, a certified freelancer's accepted offer: a contract waiting for funding. */
export async function hiredContract(
  h: MarketHarness,
  client: Member,
  freelancer: Member,
  milestones: readonly { title: string; amountCents: number }[],
): Promise<{ contractId: string; milestoneIds: string[] }> {
  const job = await call(h, client, 'POST', '/jobs', {
    title: 'Build a landing page',
    description: 'A React landing page with a signup form',
    category: 'Technology & IT',
    skills: ['react'],
    kind: 'fixed',
    budgetCents: 100_000,
  })
  const proposal = await call(h, freelancer, 'POST', `/jobs/${job.body.job.id}/proposals`, {
    coverLetter: 'I build these every week.',
    bidCents: 90_000,
  })
  const id = proposal.body.proposal.id
  await call(h, client, 'POST', `/proposals/${id}/shortlist`)
  await call(h, client, 'POST', `/proposals/${id}/offer`, { milestones })
  const accepted = await call(h, freelancer, 'POST', `/proposals/${id}/accept`)
  const contract = await call(h, client, 'GET', `/contracts/${accepted.body.contractId}`)
  return {
    contractId: accepted.body.contractId,
    milestoneIds: contract.body.contract.milestones.map((m: { id: string }) => m.id),
  }
}
