import { randomUUID } from 'node:crypto'
import {
  buildOpenBadgeCredential,
  buildStatusListCredential,
  type CredentialsConfig,
  type CredentialsRuntime,
  createDocumentLoader,
  credentialsRuntime,
  emptyEncodedList,
  generateKeyMaterial,
  issueCredentialForPass,
  issuerDid,
  type PassForCredential,
  type SigningKey,
  STATUS_LIST_LENGTH,
  signCredential,
  statusListUrl,
  statusSizeOf,
  verifyCredential,
  verifyOnPlatform,
} from '../src/credentials/index.js'
import { migrateToLatest, newId, openDatabase, transact } from '../src/db/index.js'
import type { Database } from '../src/platform/index.js'

/** Credentials per timed run: enough for a steady rate, short enough for two shared cores. */
const IN_MEMORY_COUNT = 200
const DATABASE_COUNT = 100

const config: CredentialsConfig = {
  baseUrl: 'http://localhost:3000',
  didMethod: 'key',
  issuerName: 'SkillSignal',
  issuerCountryCode: 'DE',
}

function pass(learnerId: string, certificationId: string, attemptId: string): PassForCredential {
  return {
    certification: { id: certificationId, attemptId, scorePercent: 83, passedAt: new Date() },
    test: {
      id: 'javascript',
      title: 'JavaScript',
      description: 'Core JavaScript.',
      skill: { label: 'JavaScript' },
      learningOutcomes: ['Explain closures', 'Use promises'],
      workloadHours: 20,
      eqfLevel: 5,
      passRule: { cutPercent: 70 },
      validityMonths: 24,
    },
    learner: { id: learnerId, email: 'bench@example.org' },
  }
}

/**
 * Open Badges issued (built + signed with eddsa-rdfc-2022) and verified (every check, status
 * lists included) per second: in memory, then on PGlite through the pass transaction (key,
 * status index allocation, storage) and the platform's verifier.
 */
export const credentialsBenchmark = {
  name: 'credentials',
  async run(): Promise<void> {
    const key: SigningKey = {
      id: randomUUID(),
      ...(await generateKeyMaterial()),
      status: 'active',
      createdAt: new Date(),
      retiredAt: null,
    }
    const did = issuerDid(config, key)
    const lists = new Map<string, Record<string, unknown>>()
    const loader = createDocumentLoader({
      baseUrl: config.baseUrl,
      statusList: async (url) => lists.get(url),
    })
    for (const purpose of ['message'] as const) {
      const url = statusListUrl(config, purpose)
      const unsigned = buildStatusListCredential(config, {
        url,
        issuerDid: did,
        purpose,
        encodedList: await emptyEncodedList(STATUS_LIST_LENGTH, statusSizeOf(purpose)),
        updatedAt: new Date(Date.now() - 60_000),
      })
      lists.set(url, await signCredential(config, key, unsigned, loader))
    }
    const issued: Record<string, unknown>[] = []
    await rate('issued in memory', IN_MEMORY_COUNT, async (i) => {
      const unsigned = buildOpenBadgeCredential(config, {
        credentialId: randomUUID(),
        issuerDid: did,
        pass: pass('learner', randomUUID(), randomUUID()),
        status: { listUrl: statusListUrl(config, 'message'), index: i },
        salt: 'salt',
        issuedAt: new Date(),
      })
      issued.push(await signCredential(config, key, unsigned, loader))
    })
    await rate('verified in memory', IN_MEMORY_COUNT, async (i) => {
      const report = await verifyCredential(issued[i], { documentLoader: loader })
      if (!report.verified) throw new Error(`bench credential did not verify: ${report.verdict}`)
    })
    await onPglite()
  },
}

async function onPglite(): Promise<void> {
  const { db, close } = await openDatabase<Database>({ kind: 'pglite', dataDir: null })
  try {
    await migrateToLatest(db)
    const runtime: CredentialsRuntime = credentialsRuntime(
      config,
      'bench-secret-0123456789-0123456789',
    )
    const learnerId = newId()
    await db
      .insertInto('users')
      .values({
        id: learnerId,
        email: 'bench@example.org',
        email_key: 'bench@example.org',
        display_name: 'Bench',
        password_hash: 'none',
        role: 'member',
      })
      .execute()
    const stored: Record<string, unknown>[] = []
    await rate('issued on PGlite in the pass transaction', DATABASE_COUNT, async () => {
      const attemptId = newId()
      const certificationId = newId()
      const now = new Date()
      const credential = await transact(db, async (trx) => {
        await trx
          .insertInto('assessment_attempts')
          .values({
            id: attemptId,
            candidate_id: learnerId,
            test_id: 'javascript',
            test_version: 1,
            status: 'scored',
            ended_by: 'submission',
            started_at: now,
            deadline: now,
            finished_at: now,
            cut_percent: 70,
            raw_score: 25,
            scored_items: 30,
            percent_score: 83,
            passed: true,
            domain_scores: null,
          })
          .execute()
        await trx
          .insertInto('certifications')
          .values({
            id: certificationId,
            candidate_id: learnerId,
            test_id: 'javascript',
            test_version: 1,
            attempt_id: attemptId,
            score_percent: 83,
            passed_at: now,
            valid_until: new Date(now.getTime() + 6e10),
            revoked_at: null,
            revocation_reason: null,
          })
          .execute()
        return issueCredentialForPass(trx, pass(learnerId, certificationId, attemptId), runtime)
      })
      stored.push(credential.credential.credential)
    })
    await rate('verified on PGlite (status lists from the database)', DATABASE_COUNT, async (i) => {
      const report = await verifyOnPlatform(db, runtime, stored[i])
      if (!report.verified) throw new Error(`bench credential did not verify: ${report.verdict}`)
    })
  } finally {
    await close()
  }
}

async function rate(
  label: string,
  count: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  await work(0) // warm-up: JIT, context parsing caches
  const start = process.hrtime.bigint()
  for (let i = 0; i < count; i++) await work(i)
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  process.stdout.write(
    `${label}: ${(count / seconds).toFixed(1)} credentials/s (${count} in ${seconds.toFixed(2)} s, ${((seconds / count) * 1000).toFixed(1)} ms each)\n`,
  )
}
