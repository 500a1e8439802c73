import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReviewStandingOf } from '../../src/assessment/index.js'
import { type ServerOptions, startServer } from '../../src/platform/index.js'

const dirs: string[] = []
const savedSecret = process.env.SKILLSIGNAL_KEY_SECRET

afterEach(async () => {
  if (savedSecret === undefined) delete process.env.SKILLSIGNAL_KEY_SECRET
  else process.env.SKILLSIGNAL_KEY_SECRET = savedSecret
  vi.restoreAllMocks()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function options(reviewStanding: ServerOptions['reviewStanding']): Promise<ServerOptions> {
  process.env.SKILLSIGNAL_KEY_SECRET = 'a-test-secret-of-enough-length-1234'
  const dataDir = await mkdtemp(join(tmpdir(), 'skillsignal-warm-'))
  dirs.push(dataDir)
  return {
    database: { kind: 'pglite', dataDir: null },
    dataDir,
    port: 0,
    host: '127.0.0.1',
    publicUrl: 'http://skillsignal.test',
    logLevel: 'warn',
    ...(reviewStanding ? { reviewStanding } : {}),
  }
}

/** A promise the test settles itself, so the order of events, not the clock, is what is checked. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** No named-skill test under review: enough for the catalog to answer. */
const NO_STANDING: ReviewStandingOf = () => undefined

describe('a starting server and the review standing of the named-skill families', () => {
  it('starts the one computation as it listens, answers /health while it runs, and serves every catalog request from it', async () => {
    let computations = 0
    const standing = deferred<ReviewStandingOf>()
    const server = await startServer(
      await options(() => {
        computations += 1
        return standing.promise
      }),
    )
    try {
      // Started by the start itself, before any request asked for it.
      expect(computations).toBe(1)
      let catalogAnswered = false
      const catalog = fetch(`${server.url}/catalog/tests`).then((response) => {
        catalogAnswered = true
        return response
      })
      // The cheap requests are answered while the standing is still being computed.
      const health = await fetch(`${server.url}/health`)
      expect(health.status).toBe(200)
      const openapi = await fetch(`${server.url}/openapi.json`)
      expect(openapi.status).toBe(200)
      expect(catalogAnswered).toBe(false)

      // The catalog request waited for the same computation, not a second one of its own.
      standing.resolve(NO_STANDING)
      expect((await catalog).status).toBe(200)
      expect((await fetch(`${server.url}/catalog/tests?q=sql`)).status).toBe(200)
      expect(computations).toBe(1)
    } finally {
      await server.stop()
    }
  })

  it('logs a failed warm-up, keeps serving, and computes the standing again for the next request', async () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    let computations = 0
    const failing = deferred<ReviewStandingOf>()
    const server = await startServer(
      await options(() => {
        computations += 1
        return computations === 1 ? failing.promise : Promise.resolve(NO_STANDING)
      }),
    )
    try {
      failing.reject(new Error('drawing a family failed'))
      // Let the rejection reach the server's handler before the next request.
      await nextTurn()
      expect((await fetch(`${server.url}/health`)).status).toBe(200)
      expect(written.join('')).toContain('warming the review standing failed')
      expect((await fetch(`${server.url}/catalog/tests`)).status).toBe(200)
      expect(computations).toBe(2)
      expect((await fetch(`${server.url}/catalog/tests`)).status).toBe(200)
      expect(computations).toBe(2)
    } finally {
      await server.stop()
    }
  })

  it('stops without waiting for a warm-up that is still running: the warm-up is aborted', async () => {
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    let given: AbortSignal | undefined
    const server = await startServer(
      await options(
        (signal) =>
          new Promise<ReviewStandingOf>((_, reject) => {
            // Never done on its own: only the abort ends it.
            given = signal
            signal.addEventListener('abort', () => reject(signal.reason))
          }),
      ),
    )
    expect(given?.aborted).toBe(false)
    await server.stop()
    expect(given?.aborted).toBe(true)
    // Stopping is not a failure worth an error line.
    expect(written.join('')).not.toContain('warming the review standing failed')
  })
})
