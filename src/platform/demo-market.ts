import { type Kysely, sql } from 'kysely'
import { transact } from '../db/index.js'
import { CATEGORIES } from '../shared/index.js'
import { type SimulationParameters, simulationParameters } from '../simulation/index.js'
import type { Database } from './database.js'
import {
  type LoadedMarket,
  loadSimulatedMarket,
  simulatedEmail,
} from './load-market/load-simulated-market.js'
import type { PlatformServices } from './services.js'

/** A newcomer's market: about 2,000 freelancers, enough to browse and to study. */
export const DEMO_MARKET_WORKERS = 2_000
/** The demo market's seed: every first start shows the same people. */
export const DEMO_MARKET_SEED = 1
/** Years of history the demo market has, ending on the day of the first start. */
export const DEMO_MARKET_YEARS = 3
/** Open jobs the demo's clients post in the last weeks, for a newcomer to browse and apply to. */
export const DEMO_OPEN_JOBS = 24
/** The seed row that says this database has had its demo market. */
const DEMO_MARKET_SEED_NAME = 'demo-market'

/** Whether a start brings the demo: not in production, not with `SKILLSIGNAL_DEMO=0`. */
export function demoWanted(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV !== 'production' && env.SKILLSIGNAL_DEMO !== '0'
}

/**
 * The demo market's simulation: the calibrated market, dated to end `now`. Its projects are
 * fixed-price (`hourlyShare` 0): the loader writes every project as a fixed-price contract paid in
 * milestones, and a simulated hourly project's weekly payments would become a dozen milestones
 * each, eight times the ledger rows of the same market paid per milestone, and a first start far
 * beyond its 90 seconds.
 */
export function demoMarketParameters(workers: number, now: Date): SimulationParameters {
  const obsEnd = Math.floor(now.getTime() / 1000)
  return simulationParameters({
    workers,
    seed: DEMO_MARKET_SEED,
    obsEnd,
    obsStart: obsEnd - DEMO_MARKET_YEARS * 365 * 86_400,
    hourlyShare: 0,
  })
}

/**
 * Loads the demo market once per database: the simulated freelancers and clients with their
 * history, then a few open jobs posted through the marketplace as any client posts one. An
 * interrupted load resumes where it stopped on the next start; a completed one is never loaded
 * again. Credentials are signed afterwards (`issueDeferredCredentials`). Returns null when the
 * database had its demo market already.
 */
export async function loadDemoMarket(
  db: Kysely<Database>,
  services: Pick<PlatformServices, 'attempts' | 'marketplace'>,
  options: {
    readonly workers: number
    readonly now: Date
    readonly onProgress?: (loaded: number, total: number) => void
  },
): Promise<LoadedMarket | null> {
  const done = await db
    .selectFrom('platform_seeds')
    .select('name')
    .where('name', '=', DEMO_MARKET_SEED_NAME)
    .executeTakeFirst()
  if (done) return null
  const params = demoMarketParameters(options.workers, options.now)
  const loaded = await loadSimulatedMarket(db, services.attempts, {
    params,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  })
  const clients = await db
    .selectFrom('users')
    .select('id')
    .where('email', 'like', simulatedEmail('e%', DEMO_MARKET_SEED))
    .orderBy('email')
    .limit(DEMO_OPEN_JOBS)
    .execute()
  for (const [i, client] of clients.entries()) {
    const category = CATEGORIES[i % CATEGORIES.length]!
    await services.marketplace.createJob(client.id, {
      title: `${category}: a project starting soon`,
      description: `A client of the demo market looks for a ${category.toLowerCase()} freelancer for a fixed-price project in two milestones.`,
      category,
      skills: [category.toLowerCase()],
      requiredTests: [],
      kind: 'fixed',
      budgetCents: 50_000 + i * 12_500,
      visibility: 'public',
      open: true,
    })
  }
  await transact(db, (trx) =>
    sql`insert into platform_seeds (name) values (${DEMO_MARKET_SEED_NAME})
      on conflict (name) do nothing`.execute(trx),
  )
  return loaded
}
