import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { Kysely } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import { migrateToLatest } from '../../src/db/index.js'

const MIGRATIONS_DIR = fileURLToPath(new URL('../../src/db/migrations/', import.meta.url))

/**
 * A migrated PGlite data directory as a tarball, made once per migration history and shared by
 * every test file: starting PGlite from it skips initdb and the migrations, seconds per file.
 */
export async function migratedTemplate(): Promise<Blob> {
  const path = join(tmpdir(), `skillsignal-pglite-template-${migrationsFingerprint()}.tar`)
  if (!existsSync(path)) {
    const client = await PGlite.create()
    const db = new Kysely({ dialect: new PGliteDialect(client) })
    await migrateToLatest(db as never)
    const dump = await client.dumpDataDir('none')
    await db.destroy()
    // Written under another name first: a test file starting meanwhile never reads half a file.
    const partial = `${path}.${process.pid}.partial`
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, path)
  }
  return new Blob([readFileSync(path)])
}

function migrationsFingerprint(): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(MIGRATIONS_DIR).sort()) {
    hash.update(name).update(readFileSync(join(MIGRATIONS_DIR, name)))
  }
  return hash.digest('hex').slice(0, 16)
}
