import { migrateToLatest, openDatabase } from '../src/db/index.js'
import type { PlatformDatabase } from '../src/platform/index.js'

/** What one open-loop run saw: each request's latency from when it was due, and the statuses. */
export interface OpenLoopRun {
  readonly latenciesMs: number[]
  readonly statuses: Map<number, number>
  /** Requests that never got an answer (connection refused or reset). */
  readonly failures: number
  readonly seconds: number
  /** CPU time this process (client and server alike) spent per request, in milliseconds. */
  readonly cpuMsPerRequest: number
}

/**
 * Sends request `i` at `i / rate` seconds, whatever happened to the earlier ones, so a stalled
 * server shows in the latencies instead of slowing the load (coordinated omission).
 */
export async function openLoop(
  rate: number,
  requests: number,
  send: (i: number) => Promise<Response>,
): Promise<OpenLoopRun> {
  const latenciesMs: number[] = []
  const statuses = new Map<number, number>()
  let failures = 0
  const cpuBefore = process.cpuUsage()
  const start = performance.now()
  const pending: Promise<void>[] = []
  for (let i = 0; i < requests; i++) {
    const due = start + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(
      send(i).then(
        async (response) => {
          await response.arrayBuffer()
          latenciesMs.push(performance.now() - due)
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        },
        () => {
          failures++
        },
      ),
    )
  }
  await Promise.all(pending)
  const cpu = process.cpuUsage(cpuBefore)
  return {
    latenciesMs,
    statuses,
    failures,
    seconds: (performance.now() - start) / 1000,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / requests,
  }
}

/** One line: rate, p50/p99/max and the statuses seen. */
export function reportOpenLoop(name: string, rate: number, run: OpenLoopRun): void {
  const sorted = [...run.latenciesMs].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  const statuses = [...run.statuses].map(([s, n]) => `${s}×${n}`).join(', ')
  const failed = run.failures > 0 ? `, ${run.failures} without an answer` : ''
  process.stdout.write(
    `${name}: ${sorted.length + run.failures} requests at ${rate}/s in ${run.seconds.toFixed(1)} s; ` +
      `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms; ` +
      `${statuses}${failed}; ${run.cpuMsPerRequest.toFixed(2)} ms CPU a request\n`,
  )
}

/**
 * A migrated database for one benchmark: a schema of its own on the PostgreSQL server named by
 * DATABASE_URL (dropped on close), else an in-memory PGlite.
 */
export async function openBenchDatabase(label: string): Promise<PlatformDatabase> {
  const url = process.env.DATABASE_URL
  const schema = `bench_${label}_${process.pid}`
  const opened = url
    ? await openDatabase({ kind: 'postgres', url, schema })
    : await openDatabase({ kind: 'pglite', dataDir: null })
  if (url) await opened.db.schema.createSchema(schema).ifNotExists().execute()
  await migrateToLatest(opened.db)
  return {
    ...opened,
    async close() {
      if (url) await opened.db.schema.dropSchema(schema).cascade().execute()
      await opened.close()
    },
  }
}

/** Load average of the machine (1, 5, 15 minutes), for the figures' context. */
export async function loadAverage(): Promise<string> {
  const { loadavg } = await import('node:os')
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')
}
