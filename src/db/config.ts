import { resolve } from 'node:path'

/** Where the platform keeps its data: an embedded PGlite directory, or a PostgreSQL server. */
export type DatabaseConfig =
  | {
      readonly kind: 'pglite'
      /** null: in memory. */
      readonly dataDir: string | null
      /** A data directory dumped by PGlite (`dumpDataDir`) to start from, such as a backup. */
      readonly loadDataDir?: Blob
    }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string }

/** The embedded database's directory when neither `--data-dir` nor `DATABASE_URL` says otherwise. */
export const DEFAULT_DATA_DIR = '.skillsignal'

/**
 * `DATABASE_URL` wins; otherwise PGlite in `dataDir` (default `./.skillsignal`).
 *
 * @example databaseConfigFrom({ dataDir: undefined }, process.env)
 */
export function databaseConfigFrom(
  flags: { readonly dataDir?: string | undefined },
  env: NodeJS.ProcessEnv,
): DatabaseConfig {
  const url = env.DATABASE_URL?.trim()
  if (url) return { kind: 'postgres', url }
  return { kind: 'pglite', dataDir: resolve(flags.dataDir ?? DEFAULT_DATA_DIR) }
}
