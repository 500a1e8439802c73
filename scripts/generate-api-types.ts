import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { API_TYPES_FILE, apiTypesSource, servedOpenApiDocument } from './api-types.js'

// Regenerates the browser app's API types after a route's schema changes: `npm run generate:api`.
const target = fileURLToPath(new URL(`../${API_TYPES_FILE}`, import.meta.url))
await writeFile(target, await apiTypesSource(await servedOpenApiDocument()))
process.stdout.write(`wrote ${API_TYPES_FILE}\n`)
