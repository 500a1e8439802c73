import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { DatabaseConfig } from '../../src/db/index.js'
import { DEMO_MARKET_SEED, demoWanted, startServer } from '../../src/platform/index.js'
import { createTestSchema, engine } from '../support/database.js'
import { runFingerprintStore } from '../support/run-scratch.js'

/** Small enough to load in seconds, large enough for the study to find credential events. */
const WORKERS = 40

describe(`a first start with the demo on ${engine}`, () => {
  const savedSecret = process.env.SKILLSIGNAL_KEY_SECRET
  let dataDir: string
  let database: DatabaseConfig
  let dropSchema: (() => Promise<void>) | undefined

  beforeAll(async () => {
    process.env.SKILLSIGNAL_KEY_SECRET = 'a-test-secret-of-enough-length-1234'
    dataDir = await mkdtemp(join(tmpdir(), 'skillsignal-demo-'))
    if (engine === 'postgres') {
      const schema = await createTestSchema()
      database = { kind: 'postgres', url: schema.url }
      dropSchema = schema.drop
    } else {
      database = { kind: 'pglite', dataDir: join(dataDir, 'db') }
    }
  })
  afterAll(async () => {
    if (savedSecret === undefined) delete process.env.SKILLSIGNAL_KEY_SECRET
    else process.env.SKILLSIGNAL_KEY_SECRET = savedSecret
    vi.restoreAllMocks()
    await dropSchema?.()
    await rm(dataDir, { recursive: true, force: true })
  })

  const options = (demo: boolean) => ({
    database,
    dataDir,
    // The run's review fingerprints (filled before the first file), not a cold store to draw.
    cacheDir: process.env.SKILLSIGNAL_CACHE_DIR ?? runFingerprintStore(),
    port: 0,
    host: '127.0.0.1',
    publicUrl: null,
    logLevel: 'error',
    ...(demo ? { demo: { workers: WORKERS } } : {}),
  })

  it('has open jobs, freelancers with certifications and credentials, and a study with data; a second start loads nothing again', async () => {
    const printed: string[] = []
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk))
      return true
    })
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const loads: number[] = []
    let signedAll: () => void = () => {}
    const signed = new Promise<void>((resolve) => {
      signedAll = resolve
    })
    const server = await startServer({
      ...options(true),
      onDemoLoaded: (loaded) => loads.push(loaded.workers),
      onCredentialsSigned: () => signedAll(),
    })
    try {
      expect(loads).toEqual([WORKERS])
      const { app } = server
      const jobs = (await app.inject({ url: '/jobs' })).json()
      expect(jobs.total).toBeGreaterThan(0)
      await signed
      const freelancers = (await app.inject({ url: '/freelancers?pageSize=100' })).json()
      const certified = freelancers.freelancers.filter(
        (f: { record: { certifications: { credentialId: string | null }[] } }) =>
          f.record.certifications.length > 0 &&
          f.record.certifications.every((c) => c.credentialId !== null),
      )
      expect(certified.length).toBeGreaterThan(0)

      const login = printed.join('').match(/analyst@demo\.skillsignal\.test\s+(\S+)/)
      expect(login).not.toBeNull()
      const token = (
        await app.inject({
          method: 'POST',
          url: '/auth/tokens',
          payload: { email: 'analyst@demo.skillsignal.test', password: login![1] },
        })
      ).json().token
      const now = new Date()
      const iso = (d: Date) => `${d.toISOString().slice(0, 19)}Z`
      const started = await app.inject({
        method: 'POST',
        url: '/study/runs',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          source: 'platform',
          obsStart: iso(new Date(now.getTime() - 3 * 365 * 86_400_000)),
          obsEnd: iso(now),
        },
      })
      expect(started.statusCode).toBe(202)
      await app.platform.studyRuns.idle()
      const run = (
        await app.inject({
          url: `/study/runs/${started.json().run.id}`,
          headers: { authorization: `Bearer ${token}` },
        })
      ).json().run
      expect(run.status).toBe('succeeded')
      expect(run.estimates.sample.events_main).toBeGreaterThan(0)
    } finally {
      await server.stop()
    }

    const again = await startServer({
      ...options(true),
      onDemoLoaded: (l) => loads.push(l.workers),
    })
    try {
      expect(loads).toEqual([WORKERS])
      const users = await again.app.platform.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('email', 'like', `w%.s${DEMO_MARKET_SEED}@simulated.example.org`)
        .executeTakeFirstOrThrow()
      expect(Number(users.n)).toBe(WORKERS)
    } finally {
      await again.stop()
    }
  }, 120_000)
})

describe(`a start without the demo on ${engine}`, () => {
  it('is what production, SKILLSIGNAL_DEMO=0 and --empty get: the catalog, no jobs, no demo accounts', async () => {
    expect(demoWanted({ NODE_ENV: 'production' })).toBe(false)
    expect(demoWanted({ SKILLSIGNAL_DEMO: '0' })).toBe(false)
    expect(demoWanted({})).toBe(true)
    const dataDir = await mkdtemp(join(tmpdir(), 'skillsignal-empty-'))
    const schema = engine === 'postgres' ? await createTestSchema() : undefined
    const savedSecret = process.env.SKILLSIGNAL_KEY_SECRET
    process.env.SKILLSIGNAL_KEY_SECRET = 'a-test-secret-of-enough-length-1234'
    const server = await startServer({
      database: schema ? { kind: 'postgres', url: schema.url } : { kind: 'pglite', dataDir: null },
      dataDir,
      cacheDir: process.env.SKILLSIGNAL_CACHE_DIR ?? runFingerprintStore(),
      port: 0,
      host: '127.0.0.1',
      publicUrl: null,
      logLevel: 'error',
    })
    try {
      const { app } = server
      expect((await app.inject({ url: '/jobs' })).json().total).toBe(0)
      expect((await app.inject({ url: '/freelancers' })).json().total).toBe(0)
      const demo = await app.platform.db
        .selectFrom('users')
        .select('email')
        .where('email', 'like', '%demo.skillsignal.test')
        .execute()
      expect(demo).toEqual([])
      expect((await app.inject({ url: '/catalog/tests' })).statusCode).toBe(200)
    } finally {
      await server.stop()
      if (savedSecret === undefined) delete process.env.SKILLSIGNAL_KEY_SECRET
      else process.env.SKILLSIGNAL_KEY_SECRET = savedSecret
      await schema?.drop()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
