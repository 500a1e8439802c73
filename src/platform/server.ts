import type { FastifyInstance } from 'fastify'
import { buildApp } from '../api/index.js'
import { configureCredentialsRuntime, credentialsRuntimeFrom } from '../credentials/index.js'
import type { DatabaseConfig } from '../db/index.js'
import { platformMarketplace } from './marketplace-services.js'
import { openPlatform } from './open-platform.js'

/** How often the marketplace's scheduled work (auto-approval) runs in a serving process. */
export const MARKETPLACE_SCHEDULE_MS = 60 * 60 * 1000

export interface ServerOptions {
  readonly database: DatabaseConfig
  /** Local files beside the database: the embedded database, the key secret file. */
  readonly dataDir: string
  readonly port: number
  readonly host: string
  readonly publicUrl: string | null
  readonly logLevel: string
}

export interface RunningServer {
  readonly app: FastifyInstance
  readonly url: string
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  stop(): Promise<void>
}

/** Opens the platform and serves it until `stop()` (or SIGTERM/SIGINT, see the serve command). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  // Read (and checked) before anything listens: a bad key secret stops the start, not a request.
  configureCredentialsRuntime(
    credentialsRuntimeFrom({ ...process.env, SKILLSIGNAL_DATA_DIR: options.dataDir }),
  )
  const platform = await openPlatform(options.database)
  const marketplace = platformMarketplace(platform.db)
  let app: FastifyInstance
  try {
    app = await buildApp({
      db: platform.db,
      marketplace,
      publicUrl: options.publicUrl,
      logger: { level: options.logLevel },
    })
    await app.listen({ port: options.port, host: options.host })
  } catch (error) {
    await platform.close()
    throw error
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const scheduled = setInterval(() => {
    marketplace.runScheduledWork().catch((error: unknown) => {
      app.log.error({ err: error }, 'marketplace scheduled work failed')
    })
  }, MARKETPLACE_SCHEDULE_MS)
  scheduled.unref()
  let stopping: Promise<void> | undefined
  return {
    app,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    stop() {
      clearInterval(scheduled)
      stopping ??= app.close().finally(() => platform.close())
      return stopping
    },
  }
}
