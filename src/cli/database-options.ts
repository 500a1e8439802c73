import { join, resolve } from 'node:path'
import type { Command } from 'commander'
import { type DatabaseConfig, DEFAULT_DATA_DIR, databaseConfigFrom } from '../db/index.js'
import { openPlatform, type PlatformDatabase } from '../platform/index.js'

/** Adds `--data-dir` to a command that uses the database (DATABASE_URL, when set, wins). */
export function withDataDirOption(command: Command): Command {
  return command.option(
    '--data-dir <dir>',
    'directory of the embedded database (ignored when DATABASE_URL is set)',
    process.env.SKILLSIGNAL_DATA_DIR,
  )
}

export function databaseConfigOf(options: { dataDir?: string }): DatabaseConfig {
  return databaseConfigFrom({ dataDir: options.dataDir }, process.env)
}

/**
 * Where a command keeps the review fingerprints of named-skill families between runs:
 * `SKILLSIGNAL_CACHE_DIR`, else `cache` in the data directory.
 */
export function cacheDirOf(options: { dataDir?: string }): string {
  return resolve(
    process.env.SKILLSIGNAL_CACHE_DIR || join(options.dataDir ?? DEFAULT_DATA_DIR, 'cache'),
  )
}

/** Opens the platform's database (migrated and seeded), runs `work`, and always closes it. */
export async function usingPlatform<T>(
  options: { dataDir?: string },
  work: (platform: PlatformDatabase) => Promise<T>,
): Promise<T> {
  const platform = await openPlatform(databaseConfigOf(options))
  try {
    return await work(platform)
  } finally {
    await platform.close()
  }
}
