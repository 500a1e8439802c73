import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { registerAccount, startSession } from '../src/accounts/index.js'
import { buildApp } from '../src/api/index.js'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import { createServices, seedDatabase } from '../src/platform/index.js'
import { loadAverage, openBenchDatabase, openLoop, reportOpenLoop } from './open-loop.js'

/** The offered load and how long each scenario holds it (`API_BENCH_RATE`, `API_BENCH_SECONDS`). */
const RATE_PER_SECOND = Number(process.env.API_BENCH_RATE ?? 300)
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 30)
const REQUESTS = RATE_PER_SECOND * SECONDS
/** Candidates answering at once, each in a live attempt of their own. */
const CANDIDATES = 60

const WORDS = ['javascript', 'sql', 'python', 'design', 'data', 'security', 'react', 'writing']

interface LiveAttempt {
  readonly auth: string
  readonly id: string
  readonly items: readonly { position: number; options: readonly { id: string }[] }[]
}

/**
 * The two hottest API paths under an open-loop load (300 requests a second for 30 s by default),
 * over HTTP, on the PostgreSQL server named by DATABASE_URL (PGlite when unset): many candidates
 * answering items of live attempts, and catalog search. Latency counts from when a request was due.
 */
export const apiBenchmark = {
  name: 'api',
  async run(): Promise<void> {
    const database = await openBenchDatabase('api')
    await seedDatabase(database.db)
    // A throwaway key secret: the benchmark keeps nothing it signs.
    const credentials = credentialsRuntimeFrom({
      SKILLSIGNAL_KEY_SECRET: randomBytes(24).toString('base64url'),
    })
    const services = await createServices(database.db, { publicUrl: null, credentials })
    const app = await buildApp(services)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
    try {
      const catalog = (await (await fetch(`${base}/catalog/tests?offered=true`)).json()) as {
        tests: { id: string; startable: boolean }[]
      }
      const testIds = catalog.tests.map((t) => t.id)
      if (testIds.length === 0) throw new Error('no offered test to attempt')
      const live: LiveAttempt[] = []
      for (let c = 0; c < CANDIDATES; c++) {
        const account = await registerAccount(
          database.db,
          {
            email: `bench-candidate-${c}@example.org`,
            password: 'correct horse battery staple',
            displayName: `Candidate ${c}`,
          },
          'member',
          { emailVerified: true },
        )
        const { token } = await startSession(database.db, account.id, 'bearer')
        const auth = `Bearer ${token}`
        const started = await fetch(`${base}/attempts`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify({ testId: testIds[c % testIds.length] }),
        })
        if (started.status !== 201)
          throw new Error(`start: ${started.status} ${await started.text()}`)
        const { attempt } = (await started.json()) as { attempt: LiveAttempt }
        live.push({ auth, id: attempt.id, items: attempt.items })
      }
      process.stdout.write(
        `engine: ${database.kind}; ${testIds.length} offered tests; ${CANDIDATES} live attempts; ` +
          `load average before: ${await loadAverage()}\n`,
      )

      const answers = await openLoop(RATE_PER_SECOND, REQUESTS, (i) => {
        const attempt = live[i % live.length]!
        const round = Math.floor(i / live.length)
        const item = attempt.items[round % attempt.items.length]!
        const option = item.options[Math.floor(round / attempt.items.length) % item.options.length]!
        return {
          url: `${base}/attempts/${attempt.id}/items/${item.position}/answer`,
          method: 'PUT',
          headers: { authorization: attempt.auth, 'content-type': 'application/json' },
          body: JSON.stringify({ optionIds: [option.id] }),
        }
      })
      reportOpenLoop('attempt answers (PUT /attempts/…/items/…/answer)', RATE_PER_SECOND, answers)
      process.stdout.write(`load average: ${await loadAverage()}\n`)
      const search = await openLoop(RATE_PER_SECOND, REQUESTS, (i) => ({
        url: `${base}/catalog/tests?q=${WORDS[i % WORDS.length]}&limit=20`,
        headers: { 'accept-encoding': 'gzip, br' },
      }))
      reportOpenLoop('catalog search (GET /catalog/tests?q=…)', RATE_PER_SECOND, search)
      process.stdout.write(`load average: ${await loadAverage()}\n`)
    } finally {
      await app.close()
      await services.close()
      await database.close()
    }
  },
}
