import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { type ServeProcess, startServe } from './serve-process.js'

/**
 * A freshly started server's first catalog answer, which reads the named tests' review standing
 * (every named-skill family drawn), and the slowest `/health` answer while that read runs: other
 * requests must not wait behind it.
 */
async function measureColdCatalog(): Promise<{
  catalogSeconds: number
  secondCatalogMs: number
  healthChecks: number
  slowestHealthMs: number
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-cold-catalog-'))
  let server: ServeProcess | undefined
  try {
    server = await startServe({
      SKILLSIGNAL_DATA_DIR: dataDir,
      SKILLSIGNAL_DEMO: '0',
      DATABASE_URL: '',
    })
    const { url } = server
    const timed = async (path: string) => {
      const started = performance.now()
      const response = await fetch(`${url}${path}`)
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${path} answered ${response.status}`)
      return performance.now() - started
    }
    let done = false
    const catalog = timed('/catalog/tests/regular-expressions').finally(() => {
      done = true
    })
    const health: number[] = []
    while (!done) {
      await sleep(250)
      if (!done) health.push(await timed('/health'))
    }
    const catalogMs = await catalog
    return {
      catalogSeconds: catalogMs / 1000,
      secondCatalogMs: await timed('/catalog/tests/regular-expressions'),
      healthChecks: health.length,
      slowestHealthMs: Math.max(0, ...health),
    }
  } finally {
    await server?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

export const coldCatalogBenchmark = {
  name: 'cold-catalog',
  async run(): Promise<void> {
    const m = await measureColdCatalog()
    process.stdout.write(
      `first catalog answer after start: ${m.catalogSeconds.toFixed(1)} s; the next: ` +
        `${m.secondCatalogMs.toFixed(0)} ms; /health meanwhile: slowest ` +
        `${m.slowestHealthMs.toFixed(0)} ms of ${m.healthChecks}\n`,
    )
  },
}
