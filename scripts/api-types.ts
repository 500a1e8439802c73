import { randomBytes } from 'node:crypto'
import openapiTS, { type OpenAPI3 } from 'openapi-typescript'
import { buildApp } from '../src/api/index.js'
import { credentialsRuntimeFrom } from '../src/credentials/index.js'
import { migrateToLatest, openDatabase } from '../src/db/index.js'
import { createServices } from '../src/platform/index.js'

/** Where the browser app's API types are written, relative to the repository. */
export const API_TYPES_FILE = 'src/web/api/openapi-types.ts'

/**
 * The OpenAPI document the API serves at /openapi.json, from the app built as the server builds
 * it, over a throwaway in-memory database.
 */
export async function servedOpenApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null })
  try {
    await migrateToLatest(database.db)
    const services = await createServices(database.db, {
      publicUrl: null,
      credentials: credentialsRuntimeFrom({
        SKILLSIGNAL_KEY_SECRET: randomBytes(24).toString('base64url'),
      }),
    })
    const app = await buildApp(services)
    try {
      const response = await app.inject({ method: 'GET', url: '/openapi.json' })
      return response.json() as OpenAPI3
    } finally {
      await app.close()
      await services.close()
    }
  } finally {
    await database.close()
  }
}

/**
 * The TypeScript the browser app reads the API's shapes from: openapi-typescript's rendering of
 * the document, every property read-only, under a header that says how to regenerate it.
 */
export async function apiTypesSource(document: OpenAPI3): Promise<string> {
  const types = await openapiTS(document, { immutableTypes: true })
  return `// Generated from the API's /openapi.json by \`npm run generate:api\`; a test fails when it is stale.\n${types}`
}
