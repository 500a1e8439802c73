import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDatabase } from '../../../src/db/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { createTestSchema } from '../../support/database.js'
import { exited, type ServerProcess, startServerProcess } from '../../support/server-process.js'

/**
 * `skillsignal serve` as a separate process on a database of its own (a temporary PGlite
 * directory, or a fresh schema when DATABASE_URL is set), with a way to read the database
 * that only a test may have: the keys of an attempt.
 */
export interface PlatformServer {
  readonly url: string
  /** Runs `read` on the server's database; PGlite allows one process, so the server pauses. */
  withDatabase<T>(read: (db: PlatformDatabase['db']) => Promise<T>): Promise<T>
  stop(): Promise<void>
  /** What the server process wrote to stderr since it last started. */
  stderr(): string
}

/** `env` adds to the server's environment (e.g. `SKILLSIGNAL_DEMO: '1'` for a first start with the demo). */
export async function startPlatformServer(
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<PlatformServer> {
  const schema = process.env.DATABASE_URL ? await createTestSchema() : null
  const dataDir = await mkdtemp(join(tmpdir(), 'skillsignal-web-data-'))
  const env = { ...extraEnv, ...(schema ? { DATABASE_URL: schema.url } : {}) }
  const start = () => startServerProcess(['--data-dir', dataDir], env)
  let server: ServerProcess = await start()
  const stopProcess = async () => {
    server.child.kill('SIGTERM')
    await exited(server.child)
  }
  return {
    get url() {
      return server.url
    },
    async withDatabase(read) {
      if (schema) {
        const opened = await openDatabase({ kind: 'postgres', url: schema.url })
        try {
          return await read(opened.db)
        } finally {
          await opened.close()
        }
      }
      await stopProcess()
      const opened = await openDatabase({ kind: 'pglite', dataDir })
      try {
        return await read(opened.db)
      } finally {
        await opened.close()
        server = await start()
      }
    },
    stderr: () => server.stderr(),
    async stop() {
      await stopProcess()
      await rm(dataDir, { recursive: true, force: true })
      await schema?.drop()
    },
  }
}
