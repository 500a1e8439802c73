import { Worker } from 'node:worker_threads'
import { migrateToLatest, type OpenOptions, openDatabase } from '../src/db/index.js'
import type { PlatformDatabase } from '../src/platform/index.js'

/** One request of a run, as plain data so that it can cross to the client's thread. */
export interface PlannedRequest {
  readonly url: string
  readonly method?: string
  readonly headers?: Record<string, string>
  readonly body?: string
}

/** What one open-loop run saw: each request's latency from when it was due, and the statuses. */
export interface OpenLoopRun {
  readonly latenciesMs: number[]
  readonly statuses: Map<number, number>
  /** Requests that never got an answer (connection refused or reset). */
  readonly failures: number
  readonly seconds: number
  /** CPU time the process (client thread and server alike) spent per request, in milliseconds. */
  readonly cpuMsPerRequest: number
}

/** What the client thread sends back (a Map does not survive the structured clone as a count). */
export interface ClientReport {
  readonly latenciesMs: number[]
  readonly statuses: [number, number][]
  readonly failures: number
  readonly seconds: number
}

/**
 * Sends request `i` at `i / rate` seconds, whatever happened to the earlier ones, so a stalled
 * server shows in the latencies instead of slowing the load (coordinated omission). The client
 * runs on a thread of its own: sharing the server's event loop, its own timers and response
 * handling would queue behind the server's work and count as the server's latency, which no
 * client on another machine would see.
 */
export async function openLoop(
  rate: number,
  requests: number,
  plan: (i: number) => PlannedRequest,
): Promise<OpenLoopRun> {
  const planned = Array.from({ length: requests }, (_, i) => plan(i))
  const cpuBefore = process.cpuUsage()
  // The client is TypeScript like the rest: the thread registers tsx before importing it.
  const client = new URL('./open-loop-client.ts', import.meta.url).href
  const worker = new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(client)}) })`,
    { eval: true, workerData: { rate, planned } },
  )
  const report = await new Promise<ClientReport>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the load client exited with ${code}`)))
  })
  await worker.terminate()
  const cpu = process.cpuUsage(cpuBefore)
  return {
    latenciesMs: report.latenciesMs,
    statuses: new Map(report.statuses),
    failures: report.failures,
    seconds: report.seconds,
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
export async function openBenchDatabase(
  label: string,
  options: OpenOptions = {},
): Promise<PlatformDatabase> {
  const url = process.env.DATABASE_URL
  const schema = `bench_${label}_${process.pid}`
  const opened = url
    ? await openDatabase({ kind: 'postgres', url, schema }, options)
    : await openDatabase({ kind: 'pglite', dataDir: null }, options)
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
