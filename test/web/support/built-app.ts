import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { WEB_APP_DIR } from '../../../src/api/routes/web-app.js'

/** The app's sources: its own and the shared module it imports with the server. */
const SOURCES = ['../../../src/web', '../../../src/shared'].map((dir) =>
  fileURLToPath(new URL(dir, import.meta.url)),
)
const CONFIG = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url))
/** Test files run in parallel; one builds while the others wait on this directory. */
const LOCK = `${WEB_APP_DIR}.build-lock`

async function newestSource(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const time = entry.isDirectory() ? await newestSource(path) : (await stat(path)).mtimeMs
    newest = Math.max(newest, time)
  }
  return newest
}

async function isFresh(): Promise<boolean> {
  const built = await stat(join(WEB_APP_DIR, 'index.html')).then(
    (s) => s.mtimeMs,
    () => 0,
  )
  const newest = Math.max(...(await Promise.all(SOURCES.map(newestSource))))
  return built > newest
}

/**
 * The app as `npm run build` makes it. Vite takes NODE_ENV from the environment when it is set,
 * and the test runner sets it to "test": that build would carry React's development code (twice
 * the size), so the tests would weigh and drive an app nobody ships.
 */
async function buildForProduction(): Promise<void> {
  const before = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: CONFIG, logLevel: 'warn', mode: 'production' })
  } finally {
    if (before === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = before
  }
}

/** Builds the browser app unless `dist/web` is newer than every source file, so tests see the current app. */
export async function ensureBuiltApp(): Promise<void> {
  await mkdir(dirname(LOCK), { recursive: true })
  for (;;) {
    if (await isFresh()) return
    const locked = await mkdir(LOCK, { recursive: false }).then(
      () => true,
      () => false,
    )
    if (!locked) {
      await sleep(200)
      continue
    }
    try {
      if (!(await isFresh())) await buildForProduction()
      return
    } finally {
      await rm(LOCK, { recursive: true, force: true })
    }
  }
}
