import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inCodeTree } from '../../shared/index.js'
import type { FamilySource, TestFamilyReview } from './family-review.js'
import { FAMILY_REVIEWS } from './family-reviews/index.js'
import { type ReviewStandingOf, warmedFamilyReviewStanding } from './review-standing.js'
import { REVIEWED_FAMILY_SOURCES } from './reviewed-family-sources.js'

/**
 * The code a family's draws run: the TypeScript sources when they sit beside this module's tree,
 * else the tree this module sits in (a deployment of the compiled code alone). Hashing all of it,
 * not just the models, means an edit anywhere (a shared helper, the random generator) is never
 * served a fingerprint it did not compute. The compiled build runs only while no source is newer
 * than it (`bin/skillsignal.js`), so beside its sources it is the same code, and a compiled
 * server and a process running the sources share one store.
 */
const OWN_TREE = fileURLToPath(inCodeTree(''))
const SOURCE_TREE = fileURLToPath(inCodeTree('../src/'))

async function codeRoot(): Promise<string> {
  const sources = await stat(SOURCE_TREE).catch(() => null)
  return sources?.isDirectory() ? SOURCE_TREE : OWN_TREE
}

/** A stored file larger than this is not read (about 70 bytes a family; 9,000 families ≈ 0.6 MB). */
const MAX_STORED_BYTES = 16 * 1024 * 1024

const FILE_PREFIX = 'family-fingerprints-'
/** Stores of different code kept side by side (see `writeStored`). */
const KEPT_STORES = 4
const FINGERPRINT = /^[0-9a-f]{16}$/

export interface StoredStandingOptions {
  readonly sources?: ReadonlyMap<string, FamilySource>
  readonly reviews?: ReadonlyMap<string, TestFamilyReview>
  /** Fingerprints this process already holds; filled with what is read and what is computed. */
  readonly fingerprints?: Map<FamilySource, string>
  /** Told when the store could not be written (the standing is still returned). */
  readonly onStoreError?: (error: unknown) => void
  /** Stops drawing the missing fingerprints at the next turn (see `warmedFamilyReviewStanding`). */
  readonly signal?: AbortSignal
}

/**
 * `warmedFamilyReviewStanding`, with the fingerprints kept in `dir` between processes. Drawing every
 * named-skill family (about 9,000, each 24 times) takes seconds of CPU, many times that on a busy
 * machine, paid by every server start before its first catalog page or attempt; a restart of
 * unchanged code now reads them back. The file is named by a hash of the code and the runtime's
 * Unicode, ICU and time-zone data (families that format dates or text with `Intl` depend on those),
 * so code or a runtime that could draw differently never reads another's fingerprints; the oldest
 * files of other hashes are removed when a new one is written. The store is as trusted as the data
 * directory it sits in, beside the database and the key secret.
 *
 * @example const standing = await storedFamilyReviewStanding('.skillsignal/cache')
 */
export async function storedFamilyReviewStanding(
  dir: string,
  options: StoredStandingOptions = {},
): Promise<ReviewStandingOf> {
  const sources = options.sources ?? REVIEWED_FAMILY_SOURCES
  const reviews = options.reviews ?? FAMILY_REVIEWS
  const fingerprints = options.fingerprints ?? new Map<FamilySource, string>()
  const name = `${FILE_PREFIX}${await codeStamp()}.json`
  const stored = await readStored(join(dir, name))
  for (const [key, fingerprint] of stored) {
    const family = sources.get(key)
    if (family !== undefined && !fingerprints.has(family)) fingerprints.set(family, fingerprint)
  }
  const standing = await warmedFamilyReviewStanding(
    sources,
    reviews,
    fingerprints,
    options.signal ? { signal: options.signal } : {},
  )
  const known = [...sources].flatMap(([key, family]) => {
    const fingerprint = fingerprints.get(family)
    return fingerprint === undefined ? [] : [[key, fingerprint] as const]
  })
  if (known.some(([key, fingerprint]) => stored.get(key) !== fingerprint)) {
    await writeStored(dir, name, Object.fromEntries(known)).catch((error: unknown) =>
      options.onStoreError?.(error),
    )
  }
  return standing
}

/** A hex hash of every file of the code (see `codeRoot`) and of the runtime data `Intl` draws on. */
async function codeStamp(): Promise<string> {
  const hash = createHash('sha256')
  const { node, icu, unicode, tz, cldr } = process.versions as Record<string, string | undefined>
  hash.update(JSON.stringify({ node, icu, unicode, tz, cldr }))
  const root = await codeRoot()
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) {
    hash.update(`\0${relative(root, file)}\0`)
    hash.update(await readFile(file))
  }
  return hash.digest('hex').slice(0, 32)
}

/** The stored fingerprints by family key, or none when the file is missing, too large or malformed. */
async function readStored(path: string): Promise<Map<string, string>> {
  try {
    if ((await stat(path)).size > MAX_STORED_BYTES) return new Map()
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'))
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return new Map()
    return new Map(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && FINGERPRINT.test(entry[1]),
      ),
    )
  } catch {
    // Missing or unreadable: the fingerprints are drawn again, which is what the store saves.
    return new Map()
  }
}

/**
 * Writes the file whole under a temporary name and renames it, so a process reading at the same
 * moment sees the old file or the new one, never half of one; then drops all but the newest
 * `KEPT_STORES` files. More than one is kept because processes of different code can share a
 * store (two checkouts, or a deployment beside its next version), and a store that kept only its
 * own would have each delete the other's on every start.
 */
async function writeStored(
  dir: string,
  name: string,
  fingerprints: Record<string, string>,
): Promise<void> {
  await mkdir(dir, { recursive: true })
  const partial = join(dir, `${name}.${process.pid}.partial`)
  await writeFile(partial, JSON.stringify(fingerprints))
  await rename(partial, join(dir, name))
  const stores = await Promise.all(
    (await readdir(dir))
      .filter((other) => other.startsWith(FILE_PREFIX) && other.endsWith('.json'))
      .map(async (other) => ({
        path: join(dir, other),
        // A file another process removed meanwhile counts as oldest (and is removed again, harmlessly).
        written: (await stat(join(dir, other)).catch(() => null))?.mtimeMs ?? 0,
      })),
  )
  stores.sort((a, b) => b.written - a.written)
  for (const old of stores.slice(KEPT_STORES)) await rm(old.path, { force: true })
}
