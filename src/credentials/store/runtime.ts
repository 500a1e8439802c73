import { resolve } from 'node:path'
import { DEFAULT_DATA_DIR } from '../../db/index.js'
import { type CredentialsConfig, credentialsConfigFrom } from '../config.js'
import type { SigningKey } from '../keys/issuer-key.js'
import { resolveKeySecret } from '../keys/key-secret.js'
import {
  type CachedDocument,
  DEFAULT_REMOTE_FETCH_POLICY,
  type RemoteFetchPolicy,
} from '../remote/remote-documents.js'

/**
 * What the stored side of credentials needs besides the database: names and the key secret, and
 * the issuer keys already unsealed with that secret. Unsealing costs a deliberate scrypt run and a
 * key row never changes, so the platform's one runtime keeps each key's plaintext once unsealed.
 */
export interface CredentialsRuntime {
  /**
   * Replaced once, by {@link atListeningOrigin}, when the server learns the origin it really
   * listens on and no public URL is configured.
   */
  config: CredentialsConfig
  readonly keySecret: string
  readonly unsealedKeys: Map<string, SigningKey>
  /** How far verification may reach for other issuers' DID documents and status lists. */
  readonly remoteFetch: RemoteFetchPolicy
  /** Other issuers' documents fetched lately, by URL. */
  readonly remoteDocuments: Map<string, CachedDocument>
}

/**
 * A runtime with these names and this secret, nothing unsealed yet.
 *
 * @example credentialsRuntime(credentialsConfigFrom({}), secret)
 */
export function credentialsRuntime(
  config: CredentialsConfig,
  keySecret: string,
  remoteFetch: RemoteFetchPolicy = DEFAULT_REMOTE_FETCH_POLICY,
): CredentialsRuntime {
  return { config, keySecret, unsealedKeys: new Map(), remoteFetch, remoteDocuments: new Map() }
}

/**
 * The runtime from the environment: `SKILLSIGNAL_PUBLIC_URL`, `SKILLSIGNAL_ISSUER_*`, and the key
 * secret from `SKILLSIGNAL_KEY_SECRET` or else the 0600 file in the local data directory
 * (`SKILLSIGNAL_DATA_DIR`, default `./.skillsignal`). The file lives on the application's host,
 * never in the database, so a copy of the database alone does not unseal the keys; with a
 * PostgreSQL server, production sets the environment secret.
 *
 * @example const runtime = credentialsRuntimeFrom(process.env)
 */
export function credentialsRuntimeFrom(env: NodeJS.ProcessEnv): CredentialsRuntime {
  const dataDir = resolve(env.SKILLSIGNAL_DATA_DIR ?? DEFAULT_DATA_DIR)
  return credentialsRuntime(credentialsConfigFrom(env), resolveKeySecret(env, dataDir))
}

/**
 * Makes the runtime sign links under the origin the server really listens on, when no public URL
 * was configured; a configured public URL is kept.
 *
 * @example atListeningOrigin(runtime, 'http://localhost:41234')
 */
export function atListeningOrigin(runtime: CredentialsRuntime, origin: string): void {
  if (runtime.config.didMethod === 'web') return
  runtime.config = { ...runtime.config, baseUrl: origin.replace(/\/+$/, '') }
}
