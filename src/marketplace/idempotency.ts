import { createHash } from 'node:crypto'
import { DomainError } from '../shared/index.js'
import { type MarketDb, type MarketTrx, marketTransact } from './market-db.js'

/** The longest Idempotency-Key accepted (Stripe's limit). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255

export interface IdempotentRequest {
  readonly principalId: string
  /** The operation, route and target included (`POST /milestones/m1/fund`). */
  readonly endpoint: string
  readonly key: string | undefined
  readonly body: unknown
}

export interface IdempotentAnswer<T> {
  readonly status: number
  readonly body: T
  /** True when this is the saved answer to an earlier request with the same key. */
  readonly replayed: boolean
}

/**
 * Runs a money-moving effect at most once per (principal, endpoint, key), as Stripe and Formance
 * define it. The key row is inserted first, in the effect's own transaction: a concurrent
 * duplicate waits on the primary key until the first commits (then gets its saved answer) or rolls
 * back (then runs itself); a failed first attempt saves nothing, so a retry runs. The same key
 * with another body is refused with 422 and no effect.
 */
export async function idempotent<T>(
  db: MarketDb,
  request: IdempotentRequest,
  now: Date,
  effect: (trx: MarketTrx) => Promise<{ status: number; body: T }>,
): Promise<IdempotentAnswer<T>> {
  const key = checkedKey(request.key)
  const hash = requestHash(request.body)
  return marketTransact(db, async (trx) => {
    const claimed = await trx
      .insertInto('marketplace_idempotency_keys')
      .values({
        principal_id: request.principalId,
        endpoint: request.endpoint,
        key,
        request_hash: hash,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['principal_id', 'endpoint', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst()
    if (!claimed) return replay<T>(trx, request, key, hash)
    const answer = await effect(trx)
    // Saved as JSON text, so a replay sends exactly what the first answer sent.
    const saved = JSON.parse(JSON.stringify(answer.body)) as T
    await trx
      .updateTable('marketplace_idempotency_keys')
      .set({ status_code: answer.status, response: JSON.stringify(saved) })
      .where('principal_id', '=', request.principalId)
      .where('endpoint', '=', request.endpoint)
      .where('key', '=', key)
      .execute()
    return { status: answer.status, body: saved, replayed: false }
  })
}

async function replay<T>(
  trx: MarketTrx,
  request: IdempotentRequest,
  key: string,
  hash: string,
): Promise<IdempotentAnswer<T>> {
  const saved = await trx
    .selectFrom('marketplace_idempotency_keys')
    .select(['request_hash', 'status_code', 'response'])
    .where('principal_id', '=', request.principalId)
    .where('endpoint', '=', request.endpoint)
    .where('key', '=', key)
    .executeTakeFirstOrThrow()
  if (saved.request_hash !== hash) {
    throw new DomainError(
      'unprocessable',
      'idempotency_key_reused',
      'this Idempotency-Key was already used with a different request body; use a new key for a new request',
    )
  }
  if (saved.status_code === null) {
    throw new DomainError(
      'conflict',
      'idempotency_key_in_flight',
      'a request with this Idempotency-Key is still being processed; retry shortly',
    )
  }
  return { status: saved.status_code, body: saved.response as T, replayed: true }
}

function checkedKey(key: string | undefined): string {
  if (key === undefined || key === '') {
    throw new DomainError(
      'invalid',
      'idempotency_key_required',
      'a request that moves money needs an Idempotency-Key header (a unique string per request)',
    )
  }
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    throw new DomainError(
      'invalid',
      'idempotency_key_invalid',
      `the Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters`,
    )
  }
  return key
}

/** SHA-256 of the body in canonical JSON (keys sorted), so key order does not change the hash. */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(body ?? null))
    .digest('hex')
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
