import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'

/** File, in the embedded setup's data directory, holding the key-encryption secret. */
export const KEY_SECRET_FILE = 'issuer-key-secret'

/** Shortest secret accepted from the environment: 32 characters, about 128 bits if random. */
export const MIN_KEY_SECRET_LENGTH = 32

/**
 * The secret the issuer keys are encrypted under: `SKILLSIGNAL_KEY_SECRET` when set; otherwise,
 * for the embedded setup, a random secret in a 0600 file of the data directory (created on first
 * start). A server database without the environment secret is refused: the secret must not live
 * beside the data it protects on a shared server.
 *
 * @example resolveKeySecret(process.env, '.skillsignal')
 */
export function resolveKeySecret(env: NodeJS.ProcessEnv, dataDir: string | null): string {
  const fromEnv = env.SKILLSIGNAL_KEY_SECRET
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_KEY_SECRET_LENGTH) {
      throw new Error(`SKILLSIGNAL_KEY_SECRET must be at least ${MIN_KEY_SECRET_LENGTH} characters`)
    }
    return fromEnv
  }
  if (dataDir === null) {
    throw new Error('set SKILLSIGNAL_KEY_SECRET: the issuer key must be encrypted at rest')
  }
  const path = join(dataDir, KEY_SECRET_FILE)
  if (!existsSync(path)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    // Two processes may start on one data directory at once (a server and a CLI command, parallel
    // test workers): the secret is written whole under a private name and linked into place, so
    // no reader sees a half-written file and the loser of the race keeps the winner's secret.
    const draft = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`
    writeFileSync(draft, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' })
    try {
      linkSync(draft, path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    } finally {
      unlinkSync(draft)
    }
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600)
  return readFileSync(path, 'utf8').trim()
}
