export { openPlatform } from './open-platform.js'
export { seedDatabase } from './seed.js'
export { type Seeder, seeders } from './seeders.js'
export { type RunningServer, type ServerOptions, startServer } from './server.js'
