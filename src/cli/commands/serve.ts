import { resolve } from 'node:path'
import { SingleBar } from 'cli-progress'
import type { Command } from 'commander'
import { trustProxyFrom } from '../../api/index.js'
import { DEFAULT_DATA_DIR } from '../../db/index.js'
import { DEMO_MARKET_WORKERS, demoWanted, startServer } from '../../platform/index.js'
import { DomainError } from '../../shared/index.js'
import { cacheDirOf, databaseConfigOf, withDataDirOption } from '../database-options.js'
import { UsageError } from '../usage-error.js'

/** The port `serve` listens on when neither --port nor PORT says otherwise. */
export const DEFAULT_PORT = 3000
export const DEFAULT_HOST = '127.0.0.1'

export function registerServeCommand(program: Command): void {
  withDataDirOption(
    program
      .command('serve')
      .description('run the platform: API, web app and docs (what `npm start` runs)')
      .option(
        '--port <port>',
        `port to listen on (env PORT, default ${DEFAULT_PORT})`,
        process.env.PORT,
      )
      .option(
        '--host <host>',
        `address to listen on (env HOST, default ${DEFAULT_HOST})`,
        process.env.HOST,
      )
      .option(
        '--empty',
        'start without the demo (its accounts and simulated market): the catalog alone; ' +
          'also SKILLSIGNAL_DEMO=0, and always under NODE_ENV=production',
      ),
  ).action(async (options: { port?: string; host?: string; dataDir?: string; empty?: boolean }) => {
    const port = parsePort(options.port ?? String(DEFAULT_PORT))
    const demo = !options.empty && demoWanted(process.env)
    const workers = demoWorkers(process.env.SKILLSIGNAL_DEMO_WORKERS)
    const bar = new SingleBar({
      format: 'demo market [{bar}] {percentage}% {value}/{total} freelancers',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    })
    let barStarted = false
    const trustProxy = usage(() => trustProxyFrom(process.env.SKILLSIGNAL_TRUST_PROXY))
    const server = await startServer({
      database: databaseConfigOf(options),
      dataDir: resolve(options.dataDir ?? DEFAULT_DATA_DIR),
      cacheDir: cacheDirOf(options),
      port,
      host: options.host ?? DEFAULT_HOST,
      publicUrl: process.env.SKILLSIGNAL_PUBLIC_URL?.replace(/\/+$/, '') || null,
      logLevel: process.env.LOG_LEVEL ?? 'info',
      trustProxy,
      ...(demo
        ? {
            demo: {
              workers,
              onProgress: (loaded: number, total: number) => {
                if (!barStarted) {
                  process.stderr.write(
                    'First start: loading a simulated market with three years of history…\n',
                  )
                  bar.start(total, 0)
                  barStarted = true
                }
                bar.update(loaded)
              },
            },
          }
        : {}),
      onDemoLoaded: (loaded) => {
        bar.stop()
        process.stderr.write(
          `Demo market: ${loaded.workers} freelancers, ${loaded.employers} clients, ` +
            `${loaded.awards} certifications (their credentials are signed in the background), ` +
            `${loaded.projects} contracts, ${loaded.payments} payments. ` +
            'Sign in with the demo accounts printed above.\n',
        )
      },
      onCredentialsSigned: (signed) =>
        process.stderr.write(`Signed the credentials of ${signed} demo certifications\n`),
      ...(process.env.SKILLSIGNAL_SMTP_URL
        ? {
            smtp: {
              url: process.env.SKILLSIGNAL_SMTP_URL,
              from: process.env.SKILLSIGNAL_MAIL_FROM ?? 'SkillSignal <no-reply@localhost>',
            },
          }
        : {}),
    })
    process.stderr.write(
      `SkillSignal is listening on ${server.url} (API docs at ${server.url}/docs)\n`,
    )
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        process.stderr.write(`${signal}: finishing requests in flight, then closing the database\n`)
        server.stop().then(resolve, (error: unknown) => {
          process.stderr.write(`shutdown failed: ${String(error)}\n`)
          process.exitCode = 1
          resolve()
        })
      }
      process.once('SIGTERM', () => shutdown('SIGTERM'))
      process.once('SIGINT', () => shutdown('SIGINT'))
    })
  })
}

function usage<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof DomainError) throw new UsageError(error.message)
    throw error
  }
}

/** `SKILLSIGNAL_DEMO_WORKERS`: the demo market's size (a small one for tests), default 2,000. */
function demoWorkers(text: string | undefined): number {
  if (text === undefined || text === '') return DEMO_MARKET_WORKERS
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 100_000) {
    throw new UsageError(
      `SKILLSIGNAL_DEMO_WORKERS must be a whole number from 1 to 100000, not "${text}"`,
    )
  }
  return Number(text)
}

function parsePort(text: string): number {
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${text}"`)
  }
  return port
}
