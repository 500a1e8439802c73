import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerAccount, startSession } from '../../src/accounts/index.js'
import { buildApp } from '../../src/api/index.js'
import { createRng } from '../../src/assessment/index.js'
import { migrateToLatest, openDatabase } from '../../src/db/index.js'
import type { Database, PlatformDatabase, PlatformServices } from '../../src/platform/index.js'
import { call, hiredContract, type MarketHarness, type Member } from '../marketplace/support.js'
import { GOOD_PASSWORD, testServices } from '../support/app.js'
import { createTestSchema, engine, openTestDatabase } from '../support/database.js'

/** One request as a client sends it, retried with the same key while the server says 503. */
interface MoneyRequest {
  readonly who: Member
  readonly url: string
  readonly body: Record<string, unknown>
  readonly key: string
}

const CONTRACTS = 20
const MILESTONES = 10
const REQUESTS = 500
const REPEATED_SHARE = 0.2
const MAX_TRIES = 30

describe(`money under ${REQUESTS} concurrent requests on ${engine}`, () => {
  let database: PlatformDatabase
  let app: FastifyInstance
  let services: PlatformServices
  let h: MarketHarness
  let dropSchema: (() => Promise<void>) | undefined
  const appName = `skillsignal_money_${process.pid}`

  beforeAll(async () => {
    if (engine === 'postgres') {
      // Its own sessions, named, so the killer below terminates this test's and nobody else's.
      const schema = await createTestSchema()
      const url = new URL(schema.url)
      url.searchParams.set('application_name', appName)
      database = await openDatabase<Database>({ kind: 'postgres', url: url.toString() })
      await migrateToLatest(database.db)
      dropSchema = schema.drop
    } else {
      database = await openTestDatabase()
    }
    services = await testServices(database.db)
    app = await buildApp(services)
    h = {
      t: { app, database, services, close: async () => {} },
      clock: { now: new Date() },
      close: async () => {},
    }
  }, 120_000)
  afterAll(async () => {
    await app.close()
    await services.close()
    await database.close()
    await dropSchema?.()
  })

  it('applies every acknowledged request exactly once and the ledger balances', async () => {
    const clients: Member[] = []
    const freelancers: Member[] = []
    for (let i = 0; i < 10; i++) {
      clients.push(await signUp(`client${i}`))
      freelancers.push(await signUp(`freelancer${i}`))
    }
    const admin = await signUp('admin', 'administrator')

    // Each contract: milestones 1–3 approved (1 also released, for payouts), 4–6 funded, 7–10
    // proposed.
    const approved: { client: Member; id: string }[] = []
    const funded: { freelancer: Member; id: string }[] = []
    const proposed: { client: Member; id: string }[] = []
    for (let c = 0; c < CONTRACTS; c++) {
      const client = clients[c % 10]!
      const freelancer = freelancers[(c * 3) % 10]!
      const { milestoneIds } = await hiredContract(
        h,
        client,
        freelancer,
        Array.from({ length: MILESTONES }, (_, m) => ({
          title: `M${m + 1}`,
          amountCents: 1_000 + 137 * ((c * MILESTONES + m) % 29),
        })),
      )
      for (const [m, id] of milestoneIds.entries()) {
        if (m < 6) await ok(call(h, client, 'POST', `/milestones/${id}/fund`, {}, `setup-${id}`))
        if (m < 3) {
          await ok(call(h, freelancer, 'POST', `/milestones/${id}/submit`, {}))
          await ok(call(h, client, 'POST', `/milestones/${id}/approve`, {}))
        }
        if (m === 0) {
          await ok(call(h, client, 'POST', `/milestones/${id}/release`, {}, `setup-r-${id}`))
        } else if (m < 3) approved.push({ client, id })
        else if (m < 6) funded.push({ freelancer, id })
        else proposed.push({ client, id })
      }
    }
    const before = await counts()

    // Unique requests: every proposed milestone funded, half of them twice with another key;
    // every approved milestone released, half twice; funded milestones refunded; payouts of 500.
    const rng = createRng(20260302)
    const unique: MoneyRequest[] = []
    const push = (who: Member, url: string, body: Record<string, unknown>) =>
      unique.push({ who, url, body, key: `k-${unique.length}` })
    for (const [i, m] of proposed.entries()) {
      push(m.client, `/milestones/${m.id}/fund`, {})
      if (i % 2 === 0) push(m.client, `/milestones/${m.id}/fund`, {})
    }
    for (const [i, m] of approved.entries()) {
      push(m.client, `/milestones/${m.id}/release`, {})
      if (i % 2 === 0) push(m.client, `/milestones/${m.id}/release`, {})
    }
    for (const m of funded) push(m.freelancer, `/milestones/${m.id}/refund`, {})
    const uniqueCount = Math.round(REQUESTS * (1 - REPEATED_SHARE))
    while (unique.length < uniqueCount) {
      push(freelancers[rng.int(0, 9)]!, '/me/payouts', { amountCents: 500 })
    }
    const requests: MoneyRequest[] = [...unique.slice(0, uniqueCount)]
    // A fifth re-send a key with the same body; a few reuse a key with another body.
    for (let i = 0; i < REQUESTS - uniqueCount; i++) {
      const original = requests[rng.int(0, uniqueCount - 1)]!
      requests.push(
        i % 20 === 0 && original.url === '/me/payouts'
          ? { ...original, body: { amountCents: 501 } }
          : original,
      )
    }
    expect(requests).toHaveLength(REQUESTS)
    const shuffled = rng.shuffle(requests)

    const statuses: number[] = []
    const killer = engine === 'postgres' ? startKiller() : undefined
    const answers = await Promise.all(
      shuffled.map(async (request) => {
        for (let attempt = 1; ; attempt++) {
          const answer = await call(h, request.who, 'POST', request.url, request.body, request.key)
          statuses.push(answer.status)
          const retry =
            answer.status === 503 ||
            (answer.status === 409 && answer.body.error.code === 'idempotency_key_in_flight')
          if (!retry || attempt >= MAX_TRIES) return { request, answer }
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt))
        }
      }),
    )
    const killed = await killer?.stop()

    expect(statuses.filter((s) => s >= 500 && s !== 503)).toEqual([])
    expect(answers.filter((a) => a.answer.status === 503)).toEqual([])
    expect(
      [...new Set(answers.map((a) => a.answer.status))].sort(),
      'only success, a refused move, or a reused key',
    ).toEqual(expect.arrayContaining([200, 409]))
    for (const a of answers) expect([200, 409, 422]).toContain(a.answer.status)

    // Every answer to one key is the same answer; each acknowledged key is one ledger transaction.
    const byKey = new Map<string, string>()
    for (const { request, answer } of answers) {
      if (answer.status !== 200) continue
      const id = `${request.who.id} ${request.url} ${request.key}`
      const body = JSON.stringify(answer.body)
      expect(byKey.get(id) ?? body).toBe(body)
      byKey.set(id, body)
    }
    const acknowledged = new Set([...byKey.values()].map((b) => JSON.parse(b).transactionId))
    const after = await counts()
    expect(after.transactions - before.transactions).toBe(acknowledged.size)
    const written = await database.db
      .withTables<{ ledger_transactions: { id: string } }>()
      .selectFrom('ledger_transactions')
      .select('id')
      .execute()
    const allIds = new Set(written.map((r) => r.id))
    for (const id of acknowledged) expect(allIds.has(id)).toBe(true)
    expect(after.transactions - before.transactions).toBeGreaterThan(150)

    const check = await call(h, admin, 'GET', '/ledger/check')
    expect(check.body).toMatchObject({ imbalanced: 0, balance_mismatches: 0 })
    if (engine === 'postgres') expect(killed).toBeGreaterThan(0)
  }, 600_000)

  async function signUp(name: string, role: 'member' | 'administrator' = 'member') {
    const email = `${name}@example.org`
    const account = await registerAccount(
      database.db,
      { email, password: GOOD_PASSWORD, displayName: name },
      role,
    )
    // A session straight from accounts: the login route's rate limit is not what this measures.
    const { token } = await startSession(database.db, account.id, 'bearer')
    return { id: account.id, auth: `Bearer ${token}` }
  }

  async function counts(): Promise<{ transactions: number }> {
    const rows = await database.db
      .withTables<{ ledger_transactions: { id: string } }>()
      .selectFrom('ledger_transactions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    return { transactions: Number(rows.n) }
  }

  /** Terminates this test's database sessions every 250 ms; returns how many it ended. */
  function startKiller(): { stop(): Promise<number> } {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL })
    admin.on('error', () => {})
    let killed = 0
    let running = true
    const loop = (async () => {
      await admin.connect()
      while (running) {
        const { rows } = await admin.query(
          `select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity
            where application_name = $1 and pid <> pg_backend_pid()) t`,
          [appName],
        )
        killed += rows[0].n as number
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
      await admin.end()
    })()
    return {
      async stop() {
        running = false
        await loop
        return killed
      },
    }
  }
})

async function ok(response: Promise<{ status: number; body: unknown }>): Promise<void> {
  const answer = await response
  if (answer.status !== 200) throw new Error(`setup failed: ${JSON.stringify(answer.body)}`)
}
