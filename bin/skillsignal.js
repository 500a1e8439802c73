#!/usr/bin/env node
// Runs the bundled JavaScript in build/ (which `npm ci` makes) when no source is newer than it,
// so the command starts without compiling TypeScript; otherwise, or when there is no build, runs
// the TypeScript sources directly, so an edited source is never shadowed by a stale build.
import { readdirSync, readFileSync, statSync } from 'node:fs'

const root = new URL('../', import.meta.url)

/** The moment the build began (a source saved after it makes the build stale), or null. */
function builtAt() {
  try {
    return Number(readFileSync(new URL('build/.built-at', root), 'utf8'))
  } catch {
    return null
  }
}

/** Whether any file under dir (a URL ending in /) was modified after `since`. */
function changedSince(dir, since) {
  return readdirSync(dir, { withFileTypes: true }).some((entry) => {
    const url = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir)
    return entry.isDirectory() ? changedSince(url, since) : statSync(url).mtimeMs > since
  })
}

const since = builtAt()
const sources = new URL('src/', root)
let main
if (since !== null && !Number.isNaN(since) && !changedSince(sources, since)) {
  ;({ main } = await import('../build/bundle/main.js'))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
await main(process.argv)
