import { spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'
import { text } from 'node:stream/consumers'
import { fileURLToPath } from 'node:url'
import { openApiBench } from './api-setup.js'
import { loadAverage, type PlannedRequest } from './open-loop.js'

/** Requests measured per scenario (`API_WORK_REQUESTS`), after a warm-up of a fifth as many. */
const REQUESTS = Number(process.env.API_WORK_REQUESTS ?? 3000)
/** A directory to write each scenario's CPU profile of the measured requests to (`API_WORK_PROFILE`). */
const PROFILE_DIR = process.env.API_WORK_PROFILE

const CLIENT = fileURLToPath(new URL('./closed-loop-client.ts', import.meta.url))

/** The server's work for `planned`, sent one at a time by a client process of its own. */
async function measure(
  planned: readonly PlannedRequest[],
  statements: () => number,
): Promise<{
  cpuMs: number
  statements: number
  gcMs: number
  gcs: number
  longestBlockMs: number
  statuses: Record<number, number>
  failures: number
}> {
  let gcMs = 0
  let gcs = 0
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration
      gcs++
    }
  })
  gc.observe({ entryTypes: ['gc'] })
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  const statementsBefore = statements()
  const cpuBefore = process.cpuUsage()
  const child = spawn(process.execPath, ['--import', 'tsx', CLIENT], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  child.stdin.end(JSON.stringify(planned))
  const report = JSON.parse(await text(child.stdout)) as {
    statuses: Record<number, number>
    failures: number
  }
  const cpu = process.cpuUsage(cpuBefore)
  delay.disable()
  gc.disconnect()
  return {
    cpuMs: (cpu.user + cpu.system) / 1000,
    statements: statements() - statementsBefore,
    gcMs,
    gcs,
    longestBlockMs: delay.max / 1e6,
    ...report,
  }
}

/**
 * The server's work per request on the two paths `bench api` loads, independent of how busy the
 * machine is: CPU time of the server's process (the client runs in another), statements sent to
 * the database (round trips, `BEGIN` and `COMMIT` included), garbage collection, and the longest
 * event-loop block. Requests go one at a time, so no request waits on another.
 */
export const apiWorkBenchmark = {
  name: 'api-work',
  async run(): Promise<void> {
    const bench = await openApiBench('api_work')
    try {
      process.stdout.write(
        `engine: ${bench.kind}; ${REQUESTS} requests a scenario, one at a time; ` +
          `load average before: ${await loadAverage()}\n`,
      )
      const warmUp = Math.ceil(REQUESTS / 5)
      for (const [name, plan] of [
        ['attempt answers', bench.answer],
        ['catalog search', bench.search],
      ] as const) {
        await measure(
          Array.from({ length: warmUp }, (_, i) => plan(i)),
          bench.statements,
        )
        const profiler = PROFILE_DIR ? new Session() : null
        if (profiler) {
          profiler.connect()
          await profiler.post('Profiler.enable')
          await profiler.post('Profiler.start')
        }
        const run = await measure(
          Array.from({ length: REQUESTS }, (_, i) => plan(warmUp + i)),
          bench.statements,
        )
        if (profiler && PROFILE_DIR) {
          const { profile } = await profiler.post('Profiler.stop')
          const file = join(PROFILE_DIR, `${name.replace(' ', '-')}.cpuprofile`)
          await writeFile(file, JSON.stringify(profile))
          profiler.disconnect()
        }
        const statuses = Object.entries(run.statuses)
          .map(([s, n]) => `${s}×${n}`)
          .join(', ')
        process.stdout.write(
          `${name}: ${(run.cpuMs / REQUESTS).toFixed(3)} ms CPU, ` +
            `${(run.statements / REQUESTS).toFixed(2)} statements, ` +
            `${(run.gcMs / REQUESTS).toFixed(3)} ms GC (${((run.gcs * 1000) / REQUESTS).toFixed(1)} collections a 1,000) a request; ` +
            `longest event-loop block ${run.longestBlockMs.toFixed(1)} ms; ${statuses}` +
            `${run.failures > 0 ? `, ${run.failures} without an answer` : ''}\n`,
        )
      }
      process.stdout.write(`load average after: ${await loadAverage()}\n`)
    } finally {
      await bench.close()
    }
  },
}
