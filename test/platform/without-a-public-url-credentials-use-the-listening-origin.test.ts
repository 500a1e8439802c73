import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { startServer } from '../../src/platform/index.js'
import { runFingerprintStore } from '../support/run-scratch.js'

const dirs: string[] = []
const savedEnv = { ...process.env }

/** Sets environment variables for one test; `afterEach` puts the saved environment back. */
function withEnv(values: Record<string, string>): void {
  Object.assign(process.env, values)
}

afterEach(async () => {
  for (const name of Object.keys(process.env)) {
    if (!(name in savedEnv)) delete process.env[name]
  }
  Object.assign(process.env, savedEnv)
  vi.restoreAllMocks()
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function options() {
  const dataDir = await mkdtemp(join(tmpdir(), 'skillsignal-origin-'))
  dirs.push(dataDir)
  return {
    database: { kind: 'pglite' as const, dataDir: null },
    dataDir,
    // The run's review fingerprints (filled before the first file), not a cold store to draw.
    cacheDir: process.env.SKILLSIGNAL_CACHE_DIR ?? runFingerprintStore(),
    port: 0,
    host: '127.0.0.1',
    publicUrl: null,
    logLevel: 'warn',
  }
}

describe('a server with no SKILLSIGNAL_PUBLIC_URL', () => {
  it('signs links under the origin it really listens on, and warns that they resolve nowhere else', async () => {
    withEnv({ SKILLSIGNAL_KEY_SECRET: 'a-test-secret-of-enough-length-1234' })
    const written: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    const server = await startServer(await options())
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.url).not.toBe('http://127.0.0.1:3000')
      expect(server.app.platform.credentials.config.baseUrl).toBe(server.url)
      expect(written.join('')).toContain(`credentials are issued with links under ${server.url}`)
    } finally {
      await server.stop()
    }
  })

  it('refuses to start in production, where such links could never be fixed', async () => {
    withEnv({ NODE_ENV: 'production' })
    await expect(startServer(await options())).rejects.toThrow(/SKILLSIGNAL_PUBLIC_URL/)
  })
})
