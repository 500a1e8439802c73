import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/**
 * `npm run build:cli` (run by `prepare`, so `npm ci` leaves it built): bundles the server and
 * command-line sources, with the libraries they use, into a few JavaScript files in
 * `build/bundle/`, and copies the data files they read beside themselves to the same places under
 * `build/` as under `src/` (see `inCodeTree`). `bin/skillsignal.js` runs the bundle only while no
 * source is newer than the moment recorded in `build/.built-at`.
 *
 * Bundled, not compiled file by file: from a file-per-module build a start of `skillsignal serve`
 * resolved, read and compiled thousands of modules (ours and the libraries'), about a third of
 * its CPU in a `node --cpu-prof` profile; `npm run bench serve-start` times the start, and tests
 * start servers and commands many times. Commands stay split (`splitting`), so each still loads
 * only the code it runs.
 */
const root = fileURLToPath(new URL('../', import.meta.url))
const sources = join(root, 'src')
const out = join(root, 'build')
/** The browser app is built by vite into dist/web; the server only serves it. */
const BROWSER_APP = join(sources, 'web')

/**
 * Left to Node's own loading: native addons and WebAssembly (argon2, resvg, the embedded
 * database) and packages that read their own files beside themselves at run time (the API docs'
 * pages, static serving, the logger's worker transports, the bundler itself).
 */
const EXTERNAL = [
  '@electric-sql/pglite',
  '@electric-sql/pglite/*',
  '@node-rs/argon2',
  '@resvg/resvg-js',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  '@fastify/static',
  'esbuild',
  'pino',
  'thread-stream',
  'tsx',
  'tsx/*',
]

const startedAt = Date.now()
rmSync(out, { recursive: true, force: true })
await build({
  entryPoints: {
    main: join(sources, 'cli/main.ts'),
    // Started as a worker thread by path (see partition-handle.ts), so an entry of its own.
    'partition-thread': join(sources, 'study/pipeline/partition-thread.ts'),
  },
  outdir: join(out, 'bundle'),
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // The libraries written as CommonJS call `require`, which an ES module lacks.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
})
for (const file of dataFiles(sources)) {
  cpSync(file, join(out, relative(sources, file)))
}
// Written last: a build that stopped halfway has no stamp and is never run.
writeFileSync(join(out, '.built-at'), `${startedAt}\n`)

/** Files the bundled modules read (JSON-LD contexts, the authored bank). */
function dataFiles(dir: string): string[] {
  if (dir === BROWSER_APP) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return dataFiles(path)
    return /\.tsx?$/.test(entry.name) ? [] : [path]
  })
}
