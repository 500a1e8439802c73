import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { LogEvent } from 'kysely'
import { registerAccount, startSession } from '../src/accounts/index.js'
import { buildApp } from '../src/api/index.js'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import { createServices, seedDatabase } from '../src/platform/index.js'
import { openBenchDatabase, type PlannedRequest } from './open-loop.js'

/** Candidates answering at once, each in a live attempt of their own. */
const CANDIDATES = 60

const WORDS = ['javascript', 'sql', 'python', 'design', 'data', 'security', 'react', 'writing']

interface LiveAttempt {
  readonly auth: string
  readonly id: string
  readonly items: readonly { position: number; options: readonly { id: string }[] }[]
}

/** The seeded platform listening over HTTP, with live attempts to answer, as both API benchmarks use it. */
export interface ApiBench {
  readonly kind: string
  readonly offeredTests: number
  readonly candidates: number
  /** Request `i` of the answers scenario: candidates in turn, each walking its items and options. */
  answer(i: number): PlannedRequest
  /** Request `i` of the search scenario: one of a few words, a page of 20. */
  search(i: number): PlannedRequest
  /** Statements the server sent to the database so far (`BEGIN` and `COMMIT` included). */
  statements(): number
  close(): Promise<void>
}

/** Seeds a bench database, builds the app as the server does and starts an attempt per candidate. */
export async function openApiBench(label: string): Promise<ApiBench> {
  let statements = 0
  const database = await openBenchDatabase(label, {
    log: (event: LogEvent) => {
      if (event.level === 'query' || event.level === 'error') statements++
    },
  })
  await seedDatabase(database.db)
  // A throwaway key secret: the benchmark keeps nothing it signs.
  const credentials = credentialsRuntimeFrom({
    SKILLSIGNAL_KEY_SECRET: randomBytes(24).toString('base64url'),
  })
  const services = await createServices(database.db, { publicUrl: null, credentials })
  const app = await buildApp(services)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const close = async () => {
    await app.close()
    await services.close()
    await database.close()
  }
  try {
    const catalog = (await (await fetch(`${base}/catalog/tests?offered=true`)).json()) as {
      tests: { id: string }[]
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
    return {
      kind: database.kind,
      offeredTests: testIds.length,
      candidates: CANDIDATES,
      answer(i) {
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
      },
      search: (i) => ({
        url: `${base}/catalog/tests?q=${WORDS[i % WORDS.length]}&limit=20`,
        headers: { 'accept-encoding': 'gzip, br' },
      }),
      statements: () => statements,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
