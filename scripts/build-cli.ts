import { spawnSync } from 'node:child_process'
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `npm run build:cli` (run by `prepare`, so `npm ci` leaves it built): compiles the server and
 * command-line sources to JavaScript in `build/`, beside the data files they read, so that
 * `skillsignal` starts without compiling TypeScript. `bin/skillsignal.js` runs `build/` only while
 * no source is newer than the moment recorded in `build/.built-at`.
 */
const root = fileURLToPath(new URL('../', import.meta.url))
const sources = join(root, 'src')
const out = join(root, 'build')
/** The browser app is built by vite into dist/web; the server only serves it. */
const BROWSER_APP = join(sources, 'web')

const startedAt = Date.now()
rmSync(out, { recursive: true, force: true })
const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.cli.json')],
  {
    stdio: 'inherit',
  },
)
if (tsc.status !== 0) process.exit(tsc.status ?? 1)
for (const file of dataFiles(sources)) {
  cpSync(file, join(out, relative(sources, file)))
}
// Written last: a build that stopped halfway has no stamp and is never run.
writeFileSync(join(out, '.built-at'), `${startedAt}\n`)

/** Files the compiled modules read beside themselves (JSON-LD contexts, the authored bank). */
function dataFiles(dir: string): string[] {
  if (dir === BROWSER_APP) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return dataFiles(path)
    return /\.tsx?$/.test(entry.name) ? [] : [path]
  })
}
