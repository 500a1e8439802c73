import type { Kysely } from 'kysely'
import { registerAccount, startSession } from '../../../src/accounts/index.js'
import type { Marketplace } from '../../../src/marketplace/index.js'
import type { Database, PlatformServices } from '../../../src/platform/index.js'
import { GOOD_PASSWORD } from '../../support/app.js'

/** Seconds a careful person spends per item, uneven as reading is, so integrity lets a pass by. */
const HUMAN_PACE_SECONDS = [34, 51, 22, 47, 29, 63, 38, 25, 56, 41]

export interface Member {
  readonly id: string
  readonly auth: string
}

/** What the crash rounds work on, prepared in-process before the server first starts. */
export interface CrashFixture {
  /** Candidates answering items of a live attempt of their own. */
  readonly answering: readonly (Member & {
    readonly attemptId: string
    readonly items: readonly { position: number; optionIds: readonly string[] }[]
  })[]
  /** Attempts answered right at a person's pace, waiting for their candidate to submit. */
  readonly toSubmit: readonly (Member & { readonly attemptId: string })[]
  readonly client: Member
  /** Milestones offered but not yet funded. */
  readonly toFund: readonly string[]
  /** Milestones funded, submitted and approved, ready to release. */
  readonly toRelease: readonly string[]
}

export async function member(db: Kysely<Database>, name: string): Promise<Member> {
  const account = await registerAccount(
    db,
    { email: `${name}@example.org`, password: GOOD_PASSWORD, displayName: name },
    'member',
    { emailVerified: true },
  )
  const { token } = await startSession(db, account.id, 'bearer')
  return { id: account.id, auth: `Bearer ${token}` }
}

/**
 * Prepares the fixture with `services`, whose clock `clock` the caller set a while back so the
 * right answers can be given at a person's pace and still be inside each attempt's time.
 */
export async function prepareCrashFixture(
  db: Kysely<Database>,
  services: PlatformServices,
  clock: { now: Date },
  sizes: { answering: number; submitting: number; milestones: number },
): Promise<CrashFixture> {
  const { attempts, marketplace } = services
  const offered = await attempts.searchTests(db, { offered: true, limit: 200, offset: 0 })
  const testIds = offered.tests.map((t) => t.test.id)
  const answering: CrashFixture['answering'][number][] = []
  // The live attempts start now, not at the caller's earlier clock: a test with a time limit
  // under an hour would otherwise be over before the first answer is sent.
  const earlier = clock.now
  clock.now = new Date()
  for (let n = 0; n < sizes.answering; n++) {
    const candidate = await member(db, `crash-answering-${n}`)
    const attempt = await attempts.startAttempt(db, {
      candidateId: candidate.id,
      testId: testIds[n % testIds.length]!,
    })
    answering.push({
      ...candidate,
      attemptId: attempt.id,
      items: attempt.items.map((i) => ({
        position: i.position,
        optionIds: i.options.map((o) => o.id),
      })),
    })
  }
  clock.now = earlier
  const toSubmit: CrashFixture['toSubmit'][number][] = []
  for (let n = 0; n < sizes.submitting; n++) {
    const candidate = await member(db, `crash-submitting-${n}`)
    const attempt = await attempts.startAttempt(db, {
      candidateId: candidate.id,
      testId: testIds[n % testIds.length]!,
    })
    const keys = await db
      .selectFrom('assessment_attempt_items')
      .select(['position', 'key_option_ids'])
      .where('attempt_id', '=', attempt.id)
      .orderBy('position')
      .execute()
    for (const [index, key] of keys.entries()) {
      clock.now = new Date(clock.now.getTime() + HUMAN_PACE_SECONDS[index % 10]! * 1000)
      await attempts.answerItem(db, {
        attemptId: attempt.id,
        candidateId: candidate.id,
        position: key.position,
        optionIds: key.key_option_ids,
      })
    }
    toSubmit.push({ ...candidate, attemptId: attempt.id })
  }
  const client = await member(db, 'crash-client')
  const freelancer = await member(db, 'crash-freelancer')
  const toFund = await offeredMilestones(marketplace, client.id, freelancer.id, sizes.milestones)
  const toRelease = await offeredMilestones(marketplace, client.id, freelancer.id, sizes.milestones)
  for (const milestoneId of toRelease) {
    const asClient = { kind: 'member', id: client.id } as const
    await marketplace.fundMilestone({
      actor: asClient,
      milestoneId,
      idempotencyKey: `setup-${milestoneId}`,
      body: {},
    })
    await marketplace.changeMilestone(
      { kind: 'member', id: freelancer.id },
      milestoneId,
      'submit',
      null,
    )
    await marketplace.changeMilestone(asClient, milestoneId, 'approve', null)
  }
  return { answering, toSubmit, client, toFund, toRelease }
}

/** One accepted contract of `count` milestones between the two, none funded yet. */
async function offeredMilestones(
  marketplace: Marketplace,
  clientId: string,
  freelancerId: string,
  count: number,
): Promise<string[]> {
  const job = await marketplace.createJob(clientId, {
    title: 'Crash rounds contract',
    description: 'Work paid in milestones while the server is killed',
    category: 'Technology & IT',
    skills: [],
    requiredTests: [],
    kind: 'fixed',
    budgetCents: 1_000_000,
    visibility: 'unlisted',
    open: true,
  })
  const proposal = await marketplace.applyToJob(freelancerId, job.id, {
    coverLetter: 'I will do it',
    bidCents: 100_000,
  })
  await marketplace.changeProposal(clientId, proposal.id, 'shortlist')
  await marketplace.offerContract(clientId, proposal.id, {
    milestones: Array.from({ length: count }, (_, m) => ({
      title: `Milestone ${m}`,
      amountCents: 1_000 + m,
    })),
  })
  const { contractId } = await marketplace.acceptOffer(freelancerId, proposal.id)
  const contract = await marketplace.viewContract(
    { id: clientId, administrator: false },
    contractId,
  )
  return contract.milestones.map((m) => m.id)
}
