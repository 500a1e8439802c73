import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url))
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url))

/**
 * `npx vite` serves the app with hot reload and passes API paths to a running server
 * (`npm start`, or SKILLSIGNAL_API); every other path is the app's.
 */
const api = process.env.SKILLSIGNAL_API ?? 'http://127.0.0.1:3000'
const API_PATHS =
  '^/(me|auth|catalog|attempts|credentials|presentations|status|study|contexts|\\.well-known|docs|openapi\\.json|health)(/|\\?|$)'

// Vite reads its configuration from a default export; this is the one file that needs it.
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  server: { proxy: { [API_PATHS]: { target: api, changeOrigin: false } } },
  build: {
    outDir,
    emptyOutDir: true,
    // The API's CSP allows scripts from 'self' only: nothing may be inlined into index.html.
    assetsInlineLimit: 0,
  },
})
