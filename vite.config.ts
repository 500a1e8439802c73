import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { apiPathSegments, firstPathSegment } from './src/shared/index.js'

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url))
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url))

/**
 * `npx vite` serves the app with hot reload and passes API paths to a running server
 * (`npm start`, or SKILLSIGNAL_API); every other path is the app's. Which paths are the API's is
 * read from the server's own /openapi.json, the rule the server itself applies.
 */
const api = process.env.SKILLSIGNAL_API ?? 'http://127.0.0.1:3000'

let apiSegments: Promise<ReadonlySet<string> | null> | undefined

/**
 * The API's first path segments, asked of the server once it answers; null while it does not
 * (then the app's paths are served and the question is asked again on the next request).
 */
function readApiSegments(): Promise<ReadonlySet<string> | null> {
  apiSegments ??= fetch(`${api}/openapi.json`)
    .then((response) => response.json() as Promise<{ paths?: Record<string, unknown> }>)
    .then((document) => apiPathSegments(Object.keys(document.paths ?? {})))
    .catch((error: unknown) => {
      apiSegments = undefined
      process.stderr.write(
        `the API at ${api} does not answer (start it with npm start): ${error}\n`,
      )
      return null
    })
  return apiSegments
}

// Vite reads its configuration from a default export; this is the one file that needs it.
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  server: {
    proxy: {
      // Every path is offered to the proxy; those outside the API's stay with the app.
      '^/': {
        target: api,
        changeOrigin: false,
        bypass: async (request) => {
          const segments = await readApiSegments()
          return segments?.has(firstPathSegment(request.url ?? '/')) ? undefined : request.url
        },
      },
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    // The API's CSP allows scripts from 'self' only: nothing may be inlined into index.html.
    assetsInlineLimit: 0,
    // Names each page's chunk and what it imports, so a test can weigh what a first load fetches.
    manifest: true,
  },
})
