import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { describeEngineIndependent } from '../support/engine-independent.js'
import { exited, startServerProcess } from '../support/server-process.js'

/**
 * A PGlite whose directory was deleted under it while it wrote was seen spinning at a full core
 * for over an hour, answering nothing. Only the embedded database has a data directory, so this
 * runs in the embedded run (the server below is told to use PGlite whatever the run's engine).
 */
describeEngineIndependent('a server whose data directory is deleted while it runs', () => {
  const parent = mkdtempSync(join(tmpdir(), 'skillsignal-deleted-dir-'))
  afterAll(() => rmSync(parent, { recursive: true, force: true }))

  it('stops by itself, naming the directory, instead of serving from a database without files', async () => {
    const dataDir = join(parent, 'data')
    const server = await startServerProcess(['--data-dir', dataDir], { DATABASE_URL: '' })
    expect((await fetch(`${server.url}/health`)).status).toBe(200)

    rmSync(dataDir, { recursive: true, force: true })

    expect(await exited(server.child)).toBe('SIGKILL')
    expect(server.stderr()).toContain(`fatal: the data directory ${dataDir} was deleted`)
    await expect(fetch(`${server.url}/health`)).rejects.toThrow()
  })

  it('keeps serving while its directory stays, and lets go of it on a normal stop', async () => {
    const dataDir = join(parent, 'kept')
    const server = await startServerProcess(['--data-dir', dataDir], { DATABASE_URL: '' })
    // Several of the watcher's two-second rounds pass with the lock file in place.
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    expect((await fetch(`${server.url}/health`)).status).toBe(200)

    server.child.kill('SIGTERM')
    expect(await exited(server.child)).toBe(0)
    expect(server.stderr()).not.toContain('fatal:')
    // The watcher stopped before the lock was released, so releasing it was no cause to stop.
    expect(existsSync(join(dataDir, 'skillsignal.lock'))).toBe(false)
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true)
  })
})
