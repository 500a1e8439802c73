import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServe } from './serve-process.js'

const STARTS = 7

/**
 * `skillsignal serve` on the embedded database, timed from the spawn to "listening": what every
 * restart costs, and what each test that starts a server pays. All starts share one data
 * directory, so the first runs the migrations and the rest are restarts.
 */
async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now()
  const server = await startServe({
    SKILLSIGNAL_DATA_DIR: dataDir,
    SKILLSIGNAL_DEMO: '0',
    DATABASE_URL: '',
  })
  const seconds = performance.now() - started
  await server.stop()
  return seconds
}

export const serveStartBenchmark = {
  name: 'serve-start',
  async run(): Promise<void> {
    const scratch = mkdtempSync(join(tmpdir(), 'skillsignal-serve-start-'))
    try {
      const times: number[] = []
      for (let i = 0; i < STARTS; i++) {
        times.push(await timeStart(join(scratch, 'data')))
      }
      times.sort((a, b) => a - b)
      process.stdout.write(
        `serve, spawn to listening (${STARTS} starts): median ${(times[STARTS >> 1]! / 1000).toFixed(2)} s, ` +
          `fastest ${(times[0]! / 1000).toFixed(2)} s, slowest ${(times[STARTS - 1]! / 1000).toFixed(2)} s\n`,
      )
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
  },
}
