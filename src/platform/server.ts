import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { FastifyInstance } from 'fastify'
import { createTransport } from 'nodemailer'
import { relayMail } from '../accounts/index.js'
import { buildApp, type TrustProxy } from '../api/index.js'
import {
  type ReviewStandingOf,
  retirePublicSourceItems,
  storedFamilyReviewStanding,
} from '../assessment/index.js'
import { atListeningOrigin, credentialsRuntimeFrom } from '../credentials/index.js'
import type { DatabaseConfig } from '../db/index.js'
import { loadDemoMarket } from './demo-market.js'
import { issueDeferredCredentials } from './load-market/deferred-credentials.js'
import type { LoadedMarket } from './load-market/load-simulated-market.js'
import { signWhileServing } from './load-market/signing-while-serving.js'
import { openPlatform } from './open-platform.js'
import { createServices, type PlatformServices } from './services.js'
import { startWalletOfferSweep } from './wallet-offer-sweep.js'

/** How often the marketplace's scheduled work (auto-approval) runs in a serving process. */
export const MARKETPLACE_SCHEDULE_MS = 60 * 60 * 1000

export interface ServerOptions {
  readonly database: DatabaseConfig
  /** Local files beside the database: the embedded database, the key secret file. */
  readonly dataDir: string
  /**
   * Where the named-skill families' review fingerprints are kept between starts, so a restart of
   * unchanged code does not draw them all again (default: `cache` in the data directory).
   */
  readonly cacheDir?: string
  readonly port: number
  readonly host: string
  readonly publicUrl: string | null
  readonly logLevel: string
  /** Proxies whose X-Forwarded-For names the client (see `trustProxyFrom`). */
  readonly trustProxy?: TrustProxy
  /** Where outbox mail is delivered (an smtp:// or smtps:// URL) and from whom; none: kept. */
  readonly smtp?: { readonly url: string; readonly from: string }
  /**
   * Bring the demo: its accounts and, on the first start, a simulated market of `workers`
   * freelancers, loaded before the server answers. Absent: the catalog alone.
   */
  readonly demo?: {
    readonly workers: number
    readonly onProgress?: (loaded: number, total: number) => void
  }
  /** Told what the demo's first start loaded, and when its credentials are all signed. */
  readonly onDemoLoaded?: (loaded: LoadedMarket) => void
  readonly onCredentialsSigned?: (signed: number) => void
  /**
   * Computes the named-skill tests' review standing, which the server starts as soon as it listens
   * and aborts through `signal` when it stops (default: the fingerprints stored in `cacheDir`,
   * drawing those missing).
   */
  readonly reviewStanding?: (signal: AbortSignal) => Promise<ReviewStandingOf>
}

/** Seconds between passes of the mail relay. */
export const MAIL_RELAY_SECONDS = 5

export interface RunningServer {
  readonly app: FastifyInstance
  readonly url: string
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  stop(): Promise<void>
}

/** Opens the platform and serves it until `stop()` (or SIGTERM/SIGINT, see the serve command). */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  if (options.publicUrl === null && process.env.NODE_ENV === 'production') {
    throw new Error(
      'NODE_ENV=production needs SKILLSIGNAL_PUBLIC_URL: credentials sign their links, and links ' +
        'to a local origin could never be fixed',
    )
  }
  // Read (and checked) before anything listens: a bad key secret stops the start, not a request.
  const credentials = credentialsRuntimeFrom({
    ...process.env,
    SKILLSIGNAL_DATA_DIR: options.dataDir,
  })
  const platform = await openPlatform(options.database, { demo: options.demo !== undefined })
  let app: FastifyInstance
  let services: PlatformServices | undefined
  // Aborts the review standing's warm-up (and any computation a request started) on stop.
  const stoppingWarmUp = new AbortController()
  let retired: readonly string[] = []
  try {
    retired =
      process.env.NODE_ENV === 'production' ? await retirePublicSourceItems(platform.db) : []
    const cacheDir = options.cacheDir ?? join(options.dataDir, 'cache')
    const reviewStanding =
      options.reviewStanding ??
      ((signal: AbortSignal) =>
        storedFamilyReviewStanding(cacheDir, {
          signal,
          onStoreError: (error) =>
            app.log.warn({ err: error }, `review fingerprints not kept in ${cacheDir}`),
        }))
    services = await createServices(platform.db, {
      publicUrl: options.publicUrl,
      credentials,
      reviewStanding: () => reviewStanding(stoppingWarmUp.signal),
    })
    if (options.demo) {
      const loaded = await loadDemoMarket(platform.db, services, {
        workers: options.demo.workers,
        now: new Date(),
        ...(options.demo.onProgress ? { onProgress: options.demo.onProgress } : {}),
      })
      if (loaded) options.onDemoLoaded?.(loaded)
    }
    app = await buildApp({
      ...services,
      logger: { level: options.logLevel },
      ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    })
    await app.listen({ port: options.port, host: options.host })
  } catch (error) {
    await services?.close()
    await platform.close()
    throw error
  }
  const started = services
  // On a cold fingerprint store the review standing takes seconds of drawing (minutes on a busy
  // machine): start it now, so the first catalog visitor or attempt finds it done, or waits for
  // this same computation. It yields between draws, so requests are answered meanwhile; a failure
  // is logged, and the next request that needs the standing tries again.
  const warmingSince = performance.now()
  const warmUp = started.attempts.reviewStanding().then(
    () =>
      app.log.info(
        { ms: Math.round(performance.now() - warmingSince) },
        'review standing ready (named-skill families fingerprinted)',
      ),
    (error: unknown) => {
      if (stoppingWarmUp.signal.aborted) return
      app.log.error(
        { err: error },
        'warming the review standing failed; the next request that needs it tries again',
      )
    },
  )
  if (retired.length > 0) {
    app.log.warn(
      `operational items whose keys are in the public source were retired, so these tests are not offered until a private bank is imported: ${retired.join(', ')}`,
    )
  }
  const marketplace = services.marketplace
  const relay = options.smtp ? startMailRelay(app, platform.db, options.smtp) : null
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  const url = `http://${urlHost(options.host)}:${port}`
  if (options.publicUrl === null) {
    atListeningOrigin(credentials, url)
    app.log.warn(
      `SKILLSIGNAL_PUBLIC_URL is not set: credentials are issued with links under ${url}, ` +
        'which will not resolve anywhere else',
    )
  }
  const scheduled = setInterval(() => {
    marketplace.runScheduledWork().catch((error: unknown) => {
      app.log.error({ err: error }, 'marketplace scheduled work failed')
    })
  }, MARKETPLACE_SCHEDULE_MS)
  scheduled.unref()
  const offerSweep = startWalletOfferSweep(platform.db, (error) =>
    app.log.warn({ err: error }, 'sweeping dead wallet offers failed'),
  )
  // Passes recorded without their credential (a loaded market's) are signed while serving.
  const signing = signWhileServing(
    (stopped) => issueDeferredCredentials(platform.db, started, { stopped }),
    {
      signed: (count) => options.onCredentialsSigned?.(count),
      failed: (error, retryInMs) =>
        retryInMs === null
          ? app.log.error(
              { err: error },
              'signing deferred credentials failed and is not tried again until the next start',
            )
          : app.log.warn(
              { err: error },
              `signing deferred credentials failed; trying again in ${retryInMs / 1000} s`,
            ),
    },
  )
  let stopping: Promise<void> | undefined
  return {
    app,
    url,
    stop() {
      clearInterval(scheduled)
      offerSweep.stop()
      relay?.stop()
      signing.stop()
      // The warm-up stops at its next turn, so neither it nor a request waiting on it holds the
      // close for the rest of the drawing.
      stoppingWarmUp.abort(new Error('the server is stopping'))
      stopping ??= app
        .close()
        .finally(() => warmUp)
        .finally(() => signing.settled)
        .finally(() => started.close())
        .finally(() => platform.close())
      return stopping
    },
  }
}

/** Delivers the outbox over SMTP every few seconds; a failed pass is logged and retried. */
function startMailRelay(
  app: FastifyInstance,
  db: Parameters<typeof relayMail>[0],
  smtp: { readonly url: string; readonly from: string },
): { stop(): void } {
  const transport = createTransport(smtp.url)
  let running = false
  const timer = setInterval(() => {
    if (running) return
    running = true
    relayMail(db, transport, smtp.from)
      .catch((error: unknown) => app.log.warn({ err: error }, 'mail relay pass failed'))
      .finally(() => {
        running = false
      })
  }, MAIL_RELAY_SECONDS * 1000)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      transport.close()
    },
  }
}

/** How the listening address is written in a URL: a wildcard address is reached as localhost. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}
