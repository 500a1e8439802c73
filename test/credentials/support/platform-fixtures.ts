import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  type CredentialsRuntime,
  credentialsRuntime,
  type PassForCredential,
} from '../../../src/credentials/index.js'
import { newId } from '../../../src/db/index.js'
import type { Database } from '../../../src/platform/index.js'
import { samplePass, testConfig } from './in-memory-issuer.js'

/** The runtime of tests: the embedded setup's names and a fixed-length random secret. */
export function testRuntime(
  overrides: Partial<CredentialsRuntime['config']> = {},
): CredentialsRuntime {
  return credentialsRuntime({ ...testConfig, ...overrides }, randomBytes(24).toString('base64url'))
}

/**
 * A member row, written directly: these tests never sign in, and hashing a password with argon2
 * would be most of their time.
 */
export async function learner(db: Kysely<Database>) {
  const id = newId()
  const email = `learner-${randomBytes(4).toString('hex')}@example.org`
  await db
    .insertInto('users')
    .values({
      id,
      email,
      email_key: email,
      display_name: 'Ada Learner',
      password_hash: 'not-a-password-hash',
      role: 'member',
    })
    .execute()
  return { id, email }
}

/**
 * A scored, passed attempt and its certification row, inserted directly, with the pass
 * credentials are issued for.
 */
export async function certifiedPass(
  db: Kysely<Database>,
  who: { id: string; email: string },
  testId = 'javascript',
): Promise<PassForCredential> {
  const attemptId = newId()
  const certificationId = newId()
  const passedAt = new Date()
  const validUntil = new Date(passedAt.getTime() + 730 * 86_400_000)
  await db
    .insertInto('assessment_attempts')
    .values({
      id: attemptId,
      candidate_id: who.id,
      test_id: testId,
      test_version: 1,
      status: 'scored',
      ended_by: 'submission',
      started_at: passedAt,
      deadline: passedAt,
      finished_at: passedAt,
      cut_percent: 70,
      raw_score: 25,
      scored_items: 30,
      percent_score: 83.3,
      passed: true,
      domain_scores: null,
    })
    .execute()
  await db
    .insertInto('certifications')
    .values({
      id: certificationId,
      candidate_id: who.id,
      test_id: testId,
      test_version: 1,
      attempt_id: attemptId,
      score_percent: 83.3,
      passed_at: passedAt,
      valid_until: validUntil,
      revoked_at: null,
      revocation_reason: null,
    })
    .execute()
  const template = samplePass({ id: testId, title: testId })
  return {
    certification: { id: certificationId, attemptId, scorePercent: 83.3, passedAt, validUntil },
    test: template.test,
    learner: who,
  }
}
