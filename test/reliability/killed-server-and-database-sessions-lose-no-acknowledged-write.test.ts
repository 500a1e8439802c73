import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { credentialsRuntimeFrom } from '../../src/credentials/index.js'
import type { DatabaseConfig } from '../../src/db/index.js'
import { createServices, openPlatform } from '../../src/platform/index.js'
import { createTestSchema, engine } from '../support/database.js'
import { exited, startServerProcess } from '../support/server-process.js'
import { type CrashFixture, prepareCrashFixture } from './support/crash-fixture.js'

/**
 * Each round's kill falls at one of three delays (`round % 3`) and, every other round, only after a
 * submission was acknowledged (`round % 2`): six rounds meet each of the six pairings once. Ten
 * met some twice and took the longest file of the suite past 100 s on two cores.
 */
const ROUNDS = 6

/** What a client saw of one write: acknowledged, or sent and never answered (the kill came first). */
interface Ledgered {
  acknowledged: boolean
}

/**
 * Six times: start `skillsignal serve`, pour in answers, submissions and escrow fundings and
 * releases, and kill -9 the server mid-load (on PostgreSQL also terminating the server's database
 * sessions during the load). Afterwards every write the server acknowledged is there, every pass
 * has its credential (or is held for review), and the ledger balances.
 */
describe(`kill -9 of the server under mixed load on ${engine}`, () => {
  const secret = randomBytes(24).toString('base64url')
  const applicationName = `crash_${process.pid}_${randomBytes(4).toString('hex')}`
  let dataDir: string
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
  let config: DatabaseConfig
  let env: NodeJS.ProcessEnv
  let fixture: CrashFixture

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-kill-'))
    if (engine === 'postgres') {
      schema = await createTestSchema()
      const url = new URL(schema.url)
      // Names this run's sessions, so the test terminates its own and nobody else's.
      url.searchParams.set('application_name', applicationName)
      config = { kind: 'postgres', url: url.toString() }
      env = { DATABASE_URL: url.toString(), SKILLSIGNAL_KEY_SECRET: secret }
    } else {
      config = { kind: 'pglite', dataDir }
      env = { DATABASE_URL: '', SKILLSIGNAL_KEY_SECRET: secret }
    }
    const platform = await openPlatform(config)
    // Answers given at a person's pace over the last hour, so the prepared passes are no bot's.
    const clock = { now: new Date(Date.now() - 60 * 60_000) }
    const services = await createServices(platform.db, {
      publicUrl: null,
      credentials: credentialsRuntimeFrom({ SKILLSIGNAL_KEY_SECRET: secret }),
      now: () => clock.now,
    })
    try {
      fixture = await prepareCrashFixture(platform.db, services, clock, {
        answering: 4,
        submitting: ROUNDS,
        milestones: 2 * ROUNDS,
      })
    } finally {
      await services.close()
      await platform.close()
    }
  }, 120_000)
  afterAll(async () => {
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('loses no acknowledged answer, submission or escrow move, and no pass lacks its credential', async () => {
    /** Per attempt item: the last acknowledged choice and every choice sent after it. */
    const answers = new Map<string, { acknowledged: string | null; since: string[] }>()
    const submitted = new Map<string, Ledgered>()
    const funded = new Map<string, Ledgered>()
    const released = new Map<string, Ledgered>()
    const submitQueue = [...fixture.toSubmit]
    const fundQueue = [...fixture.toFund]
    const releaseQueue = [...fixture.toRelease]
    let terminated = 0

    for (let round = 0; round < ROUNDS; round++) {
      const server = await startServerProcess(['--data-dir', dataDir], env)
      let killed = false
      let answered = 0
      const post = (path: string, auth: string, headers: Record<string, string> = {}) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json', ...headers },
          body: '{}',
        })

      const answerers = fixture.answering.map(async (candidate, c) => {
        for (let n = 0; !killed; n++) {
          const item = candidate.items[(round * 7 + n * 3 + c) % candidate.items.length]!
          const option = item.optionIds[(n + round) % item.optionIds.length]!
          const key = `${candidate.attemptId}/${item.position}`
          const seen = answers.get(key) ?? { acknowledged: null, since: [] }
          answers.set(key, seen)
          seen.since.push(option)
          try {
            const response = await fetch(
              `${server.url}/attempts/${candidate.attemptId}/items/${item.position}/answer`,
              {
                method: 'PUT',
                headers: { authorization: candidate.auth, 'content-type': 'application/json' },
                body: JSON.stringify({ optionIds: [option] }),
              },
            )
            answered++
            if (response.status === 200) answers.set(key, { acknowledged: option, since: [] })
            else expect(response.status, await response.text()).toBe(503)
          } catch {
            return
          }
        }
      })
      // One queue per kind of money move and for submissions: what the kill left unanswered is
      // sent again next round with the same idempotency key, as a client would.
      const drain = async <T>(
        queue: T[],
        record: Map<string, Ledgered>,
        id: (entry: T) => string,
        send: (entry: T) => Promise<Response>,
        accepted: (status: number, code: string | undefined) => boolean,
      ) => {
        while (!killed && queue.length > 0) {
          const entry = queue[0]!
          record.set(id(entry), record.get(id(entry)) ?? { acknowledged: false })
          try {
            const response = await send(entry)
            const body = (await response.json()) as { error?: { code?: string } }
            answered++
            if (accepted(response.status, body.error?.code)) {
              record.get(id(entry))!.acknowledged = true
              queue.shift()
            } else {
              expect(response.status, JSON.stringify(body)).toBe(503)
            }
          } catch {
            return
          }
        }
      }
      const movers = [
        drain(
          submitQueue,
          submitted,
          (s) => s.attemptId,
          (s) => post(`/attempts/${s.attemptId}/submit`, s.auth),
          // A resent submission of an attempt the kill had already scored is refused as finished.
          (status, code) => status === 200 || (status === 409 && code === 'attempt_finished'),
        ),
        drain(
          fundQueue,
          funded,
          (m) => m,
          (m) =>
            post(`/milestones/${m}/fund`, fixture.client.auth, { 'idempotency-key': `f-${m}` }),
          (status) => status === 200,
        ),
        drain(
          releaseQueue,
          released,
          (m) => m,
          (m) =>
            post(`/milestones/${m}/release`, fixture.client.auth, { 'idempotency-key': `r-${m}` }),
          (status) => status === 200,
        ),
      ]
      // A fresh process answers slowly at first: the kill waits until writes are being answered,
      // then falls at a different moment each round. Every other round it also waits for a
      // submission to be acknowledged (a submission issues a credential, which on a busy machine
      // took longer than the kill's delay in every round, so none was ever checked).
      const since = Date.now()
      const acknowledgedSubmissions = () => [...submitted.values()].filter((s) => s.acknowledged)
      const before = acknowledgedSubmissions().length
      const waitForSubmission = round % 2 === 0 && submitQueue.length > 0
      while (
        (answered < 6 || (waitForSubmission && acknowledgedSubmissions().length === before)) &&
        Date.now() - since < 20_000
      )
        await sleep(20)
      await sleep(100 + (round % 3) * 100)
      if (engine === 'postgres') terminated += await terminateSessions(applicationName)
      await sleep(150)
      server.child.kill('SIGKILL')
      await exited(server.child)
      killed = true
      await Promise.all([...answerers, ...movers])
    }

    const platform = await openPlatform(config)
    const services = await createServices(platform.db, {
      publicUrl: null,
      credentials: credentialsRuntimeFrom({ SKILLSIGNAL_KEY_SECRET: secret }),
    })
    try {
      const db = platform.db
      const acknowledged = (record: Map<string, Ledgered>) =>
        [...record].filter(([, r]) => r.acknowledged).map(([id]) => id)
      expect(acknowledged(submitted).length).toBeGreaterThan(0)
      expect(acknowledged(funded).length).toBeGreaterThan(0)
      expect(acknowledged(released).length).toBeGreaterThan(0)
      if (engine === 'postgres') expect(terminated).toBeGreaterThan(0)

      const stored = await db
        .selectFrom('assessment_attempt_items')
        .select(['attempt_id', 'position', 'chosen_option_ids'])
        .where(
          'attempt_id',
          'in',
          fixture.answering.map((a) => a.attemptId),
        )
        .execute()
      const lost = stored.flatMap((row) => {
        const seen = answers.get(`${row.attempt_id}/${row.position}`)
        if (!seen) return []
        const allowed = [seen.acknowledged, ...seen.since]
        const chosen = row.chosen_option_ids?.[0] ?? null
        return allowed.includes(chosen) ? [] : [{ ...row, allowed }]
      })
      expect(lost).toEqual([])

      const attempts = await db
        .selectFrom('assessment_attempts')
        .leftJoin('certifications', 'certifications.attempt_id', 'assessment_attempts.id')
        .leftJoin('issued_credentials', 'issued_credentials.certification_id', 'certifications.id')
        .leftJoin(
          'assessment_integrity_holds',
          'assessment_integrity_holds.attempt_id',
          'assessment_attempts.id',
        )
        .select([
          'assessment_attempts.id',
          'assessment_attempts.status',
          'assessment_attempts.passed',
          'certifications.id as certification',
          'issued_credentials.certification_id as credential',
          'assessment_integrity_holds.attempt_id as hold',
        ])
        .execute()
      const byId = new Map(attempts.map((a) => [a.id, a]))
      expect(acknowledged(submitted).filter((id) => byId.get(id)?.status !== 'scored')).toEqual([])
      // The prepared attempts were answered right: their submissions are passes.
      expect(acknowledged(submitted).filter((id) => !byId.get(id)?.passed)).toEqual([])
      const passWithoutCredential = attempts.filter(
        (a) => a.passed && !a.hold && (!a.certification || !a.credential),
      )
      expect(passWithoutCredential).toEqual([])
      expect(attempts.filter((a) => a.certification && !a.credential)).toEqual([])

      const milestones = new Map(
        (
          await db
            .selectFrom('marketplace_milestones')
            .select(['id', 'status'])
            .where('id', 'in', [...fixture.toFund, ...fixture.toRelease])
            .execute()
        ).map((m) => [m.id, m.status]),
      )
      expect(acknowledged(funded).filter((id) => milestones.get(id) !== 'funded')).toEqual([])
      expect(acknowledged(released).filter((id) => milestones.get(id) !== 'released')).toEqual([])

      const ledger = await services.marketplace.checkLedger()
      expect(ledger.imbalanced).toBe(0)
      expect(ledger.balance_mismatches).toBe(0)
    } finally {
      await services.close()
      await platform.close()
    }
  }, 240_000)
})

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Terminates the PostgreSQL sessions this run's server holds (named by `applicationName`). */
async function terminateSessions(applicationName: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  client.on('error', () => {})
  await client.connect()
  try {
    const { rowCount } = await client.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = $1 and pid <> pg_backend_pid()`,
      [applicationName],
    )
    return rowCount ?? 0
  } finally {
    await client.end()
  }
}
