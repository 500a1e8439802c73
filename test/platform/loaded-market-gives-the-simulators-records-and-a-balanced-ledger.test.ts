import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate, UNUSABLE_PASSWORD_HASH } from '../../src/accounts/index.js'
import type { PlatformDatabase } from '../../src/platform/index.js'
import {
  issueDeferredCredentials,
  loadSimulatedMarket,
  type PlatformServices,
} from '../../src/platform/index.js'
import { platformTestsFor } from '../../src/platform/load-market/platform-tests.js'
import {
  type SimulationParameters,
  simulateMarket,
  simulationParameters,
} from '../../src/simulation/index.js'
import {
  memoryRecordSource,
  platformRecordSource,
  runStudy,
  studySettings,
  type WorkerHistory,
} from '../../src/study/index.js'
import { estimateDifferences } from '../study/support/compare-estimates.js'
import { GOOD_PASSWORD, testServices } from '../support/app.js'
import { engine, openTestDatabase } from '../support/database.js'

/** What the study reads of a history, without the ids each side gives its rows. */
function comparable(history: WorkerHistory) {
  const projectOrder = [...history.projects].sort(
    (a, b) => a.startedAt - b.startedAt || a.valueUsd - b.valueUsd,
  )
  const position = new Map(projectOrder.map((p, i) => [p.projectId, i]))
  return {
    registeredAt: history.worker.registeredAt,
    awards: history.awards
      .map((a) => ({ testId: a.testId, awardedAt: a.awardedAt, score: a.score }))
      .sort((a, b) => a.awardedAt - b.awardedAt || a.testId.localeCompare(b.testId)),
    projects: projectOrder.map((p) => ({
      startedAt: p.startedAt,
      completedAt: p.completedAt,
      valueUsd: p.valueUsd,
      rating: p.rating,
    })),
    payments: history.payments
      .map((p) => ({
        project: p.projectId === null ? null : position.get(p.projectId),
        paidAt: p.paidAt,
        amountUsd: p.amountUsd,
      }))
      .sort((a, b) => a.paidAt - b.paidAt || a.amountUsd - b.amountUsd),
  }
}

describe(`a simulated market loaded into the platform on ${engine}`, () => {
  let database: PlatformDatabase
  let services: PlatformServices
  const params: SimulationParameters = simulationParameters({ workers: 16, seed: 19 })
  const settings = studySettings({
    obsStart: params.obsStart,
    obsEnd: params.obsEnd,
    windowDays: 14,
  })
  const progress: number[] = []
  /** Certifications left unsigned while their test was out of the catalog, and all of that test's. */
  let leftWhileAbsent = 0
  let ofAbsentTest = 0

  beforeAll(async () => {
    database = await openTestDatabase()
    services = await testServices(database.db)
    await loadSimulatedMarket(database.db, services.attempts, {
      params,
      workersPerTransaction: 5,
      onProgress: (loaded) => progress.push(loaded),
    })
    // First with the most passed test gone from the catalog: its passes must wait, not stop the rest.
    const [absent] = await database.db
      .selectFrom('certifications')
      .select((eb) => ['test_id', eb.fn.countAll<string>().as('n')])
      .groupBy('test_id')
      .orderBy('n', 'desc')
      .orderBy('test_id')
      .limit(1)
      .execute()
    ofAbsentTest = Number(absent!.n)
    const withoutAbsent = {
      tests: async (db: Parameters<PlatformServices['attempts']['tests']>[0]) =>
        (await services.attempts.tests(db)).filter((t) => t.id !== absent!.test_id),
    }
    await issueDeferredCredentials(
      database.db,
      { attempts: withoutAbsent, credentials: services.credentials },
      { perTransaction: 7, pauseMs: 0 },
    )
    leftWhileAbsent = await unsignedCertifications()
    await issueDeferredCredentials(database.db, services, { perTransaction: 50, pauseMs: 0 })
  }, 600_000)
  afterAll(async () => {
    await services.close()
    await database.close()
  })

  async function unsignedCertifications(): Promise<number> {
    const row = await database.db
      .selectFrom('certifications as c')
      .leftJoin('issued_credentials as i', 'i.certification_id', 'c.id')
      .where('c.revoked_at', 'is', null)
      .where('i.id', 'is', null)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  /** The simulator's histories with each test named as the platform names it. */
  async function simulated(): Promise<WorkerHistory[]> {
    const tests = platformTestsFor(await services.attempts.tests(database.db))
    return [...simulateMarket(params)].map((h) => ({
      ...h,
      awards: h.awards.map((a) => ({ ...a, testId: tests.get(a.testId)!.id })),
    }))
  }

  it('writes workers in batched transactions and reports each', () => {
    expect(progress).toEqual([5, 10, 15, 16])
  })

  it("reads back the simulator's records: projects, values, ratings, awards and payment dates", async () => {
    const emails = await database.db
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email', 'like', 'w%.s19@simulated.example.org')
      .execute()
    const simulatedId = new Map(emails.map((u) => [u.id, u.email.split('.')[0]!]))
    const fromPlatform = new Map<string, ReturnType<typeof comparable>>()
    for await (const history of (await platformRecordSource(database.db)).histories()) {
      fromPlatform.set(simulatedId.get(history.worker.workerId)!, comparable(history))
    }
    const expected = await simulated()
    expect(fromPlatform.size).toBe(params.workers)
    expect(expected.flatMap((h) => h.projects).length).toBeGreaterThan(20)
    for (const history of expected) {
      expect(fromPlatform.get(history.worker.workerId), history.worker.workerId).toEqual(
        comparable(history),
      )
    }
  })

  it('gives the estimates of the simulated market in memory', async () => {
    const platform = await runStudy(await platformRecordSource(database.db), settings)
    const memory = await runStudy(memoryRecordSource(await simulated()), settings)
    expect(platform.estimates.sample.events_main).toBeGreaterThan(0)
    expect(estimateDifferences(platform.estimates, memory.estimates)).toEqual([])
  })

  it('leaves the ledger balanced, every credential signed', async () => {
    const report = await services.marketplace.checkLedger()
    expect(report).toMatchObject({ imbalanced: 0, balance_mismatches: 0, violations: [] })
    expect(report.transactions).toBeGreaterThan(0)
    const certifications = await database.db
      .selectFrom('certifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    const credentials = await database.db
      .selectFrom('issued_credentials')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(certifications.n)).toBeGreaterThan(0)
    // One credential per pass, and a CLR for each completed pathway.
    expect(Number(credentials.n)).toBeGreaterThanOrEqual(Number(certifications.n))
  })

  it('signs every other pass while a test is out of the catalog, and its passes once it is back', async () => {
    expect(ofAbsentTest).toBeGreaterThan(0)
    expect(leftWhileAbsent).toBe(ofAbsentTest)
    expect(await unsignedCertifications()).toBe(0)
  })

  it('gives accounts that no password opens', async () => {
    const rows = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', 'like', '%@simulated.example.org')
      .execute()
    expect(rows.length).toBeGreaterThan(params.workers)
    expect(new Set(rows.map((r) => r.password_hash))).toEqual(new Set([UNUSABLE_PASSWORD_HASH]))
    const login = await database.db
      .selectFrom('users')
      .select('email')
      .where('email', 'like', 'w%.s19@simulated.example.org')
      .executeTakeFirstOrThrow()
    await expect(
      authenticate(database.db, { email: login.email, password: GOOD_PASSWORD }, '127.0.0.1'),
    ).rejects.toThrow(/email or the password is wrong/)
  })
})
