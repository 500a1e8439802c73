import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/**
 * Names through which a test reaches a database: its own (PGlite or a server schema), services,
 * an app or a server opened on one, the CLI run in-process or a child process (the CLI, a
 * server), either of which opens one from `DATABASE_URL`. A file that uses none of them, itself
 * or through the test helpers it imports, runs the same code whichever engine is configured.
 */
const DATABASE_ENTRY =
  /\b(openTestDatabase|createTestSchema|openDatabase|openPlatform|startServer|createServices|buildApp|migratedTemplate|spawn|spawnSync|execFile|execFileSync|fork)\b|@electric-sql\/pglite|['"]pg['"]|\/cli\/main\.js/

/** Relative imports of a test source (`../support/app.js` → `../support/app.ts`). */
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g

/**
 * Whether a test file reaches a database, directly or through the test helpers it imports (read
 * transitively; imports of `src/` are not followed, since the names above are how a test gets a
 * database from them).
 *
 * @example touchesDatabase('test/marketplace/escrow-….test.ts') // true: imports support/app.ts
 */
export function touchesDatabase(file: string, seen = new Set<string>()): boolean {
  const path = resolve(file)
  if (seen.has(path)) return false
  seen.add(path)
  // Comments name these words without calling them (a helper explaining when it skips).
  const text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
  if (DATABASE_ENTRY.test(text)) return true
  for (const [, spec] of text.matchAll(RELATIVE_IMPORT)) {
    const base = resolve(dirname(path), spec!.replace(/\.js$/, ''))
    if (base.includes('/src/')) continue
    const target = [`${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate))
    if (target && touchesDatabase(target, seen)) return true
  }
  return false
}
