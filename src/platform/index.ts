export type { Database, PlatformDatabase } from './database.js'
export {
  DEMO_MARKET_SEED,
  DEMO_MARKET_WORKERS,
  demoMarketParameters,
  demoWanted,
  loadDemoMarket,
} from './demo-market.js'
export {
  DEFERRED_CREDENTIALS_PER_TRANSACTION,
  issueDeferredCredentials,
} from './load-market/deferred-credentials.js'
export {
  LOAD_WORKERS_PER_TRANSACTION,
  LOADED_CONTRACT_FEE_BASIS_POINTS,
  type LoadedMarket,
  type LoadMarketOptions,
  loadSimulatedMarket,
} from './load-market/load-simulated-market.js'
export { type MarketplaceOptions, platformMarketplace } from './marketplace-services.js'
export { openPlatform } from './open-platform.js'
export { seedDatabase } from './seed.js'
export type { Seeder } from './seeder.js'
export { seeders, seedersFor } from './seeders.js'
export { type RunningServer, type ServerOptions, startServer } from './server.js'
export { createServices, type PlatformServices, type ServicesOptions } from './services.js'
