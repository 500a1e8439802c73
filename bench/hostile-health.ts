import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { buildApp } from '../src/api/index.js'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import { createServices, seedDatabase } from '../src/platform/index.js'
import {
  loadAverage,
  openBenchDatabase,
  openLoop,
  type PlannedRequest,
  reportOpenLoop,
} from './open-loop.js'

/** Hostile requests a second and for how long (`HOSTILE_BENCH_RATE`, `HOSTILE_BENCH_SECONDS`). */
const HOSTILE_RATE = Number(process.env.HOSTILE_BENCH_RATE ?? 50)
const SECONDS = Number(process.env.HOSTILE_BENCH_SECONDS ?? 20)
/** How often the health probe asks meanwhile, as a load balancer would. */
const HEALTH_RATE = 10
/** The reliability spec's bound on /health while the server is attacked. */
const HEALTH_P99_LIMIT_MS = 250

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`
const json = { 'content-type': 'application/json' }

/**
 * The kinds of request that once stalled the server (issue findings 1–3 and 6), each sent by
 * someone without an account: deep arrays at login (3,000 levels blocked the event loop for
 * 1–2 s; 5,000 gave a 500), ten-kilobyte deep bodies, a body just over the limit, a study upload
 * without a session, text where JSON belongs, NUL and lone surrogates, and malformed JSON.
 */
function hostile(base: string): (i: number) => PlannedRequest {
  const login = `${base}/auth/login`
  // Megabyte bodies are planned as one string each and copied to the client's thread, so they
  // come one request in twenty: enough to occupy the body reader, without the copies (not the
  // server) dominating the run.
  const large: ((i: number) => PlannedRequest)[] = [
    () => ({
      url: `${base}/auth/register`,
      method: 'POST',
      headers: json,
      body: 'x'.repeat(1 << 20),
    }),
    () => ({
      url: `${base}/study/runs`,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ source: 'upload', rows: 'x'.repeat(900_000) }),
    }),
  ]
  const small: ((i: number) => PlannedRequest)[] = [
    () => ({ url: login, method: 'POST', headers: json, body: nested(3_000) }),
    () => ({ url: login, method: 'POST', headers: json, body: nested(5_000) }),
    () => ({
      url: login,
      method: 'POST',
      headers: json,
      body: `{"email":${nested(5_000)},"password":"x"}`,
    }),
    () => ({ url: login, method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' }),
    (i) => ({
      url: login,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: `a\u0000${i}@example.org`, password: '\ud800x' }),
    }),
    () => ({ url: login, method: 'POST', headers: json, body: '{"email": "a@example.org", ' }),
  ]
  return (i) => (i % 20 === 0 ? large[(i / 20) % large.length]!(i) : small[i % small.length]!(i))
}

/**
 * `/health` latency while the server is attacked with the requests that once stalled it, both
 * as open loops over HTTP: the reliability tier proves no attack gets a 5xx, and this measures
 * what a load balancer's health probe meets meanwhile.
 */
export const hostileHealthBenchmark = {
  name: 'hostile-health',
  async run(): Promise<void> {
    const database = await openBenchDatabase('hostile')
    await seedDatabase(database.db)
    const credentials = credentialsRuntimeFrom({
      SKILLSIGNAL_KEY_SECRET: randomBytes(24).toString('base64url'),
    })
    const services = await createServices(database.db, { publicUrl: null, credentials })
    const app = await buildApp(services)
    try {
      await app.listen({ port: 0, host: '127.0.0.1' })
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
      const attackRequest = hostile(base)
      process.stdout.write(
        `engine: ${database.kind}; load average before: ${await loadAverage()}\n`,
      )
      const [attack, health] = await Promise.all([
        openLoop(HOSTILE_RATE, HOSTILE_RATE * SECONDS, attackRequest),
        openLoop(HEALTH_RATE, HEALTH_RATE * SECONDS, () => ({ url: `${base}/health` })),
      ])
      reportOpenLoop('hostile requests', HOSTILE_RATE, attack)
      reportOpenLoop(`/health meanwhile (limit p99 ${HEALTH_P99_LIMIT_MS} ms)`, HEALTH_RATE, health)
      process.stdout.write(
        '(both loops ran at once: each CPU figure is the whole process over that loop)\n',
      )
      const serverErrors = [...attack.statuses].filter(([s]) => s >= 500)
      if (serverErrors.length > 0)
        process.stdout.write(`SERVER ERRORS: ${JSON.stringify(serverErrors)}\n`)
      process.stdout.write(`load average: ${await loadAverage()}\n`)
    } finally {
      await app.close()
      await services.close()
      await database.close()
    }
  },
}
