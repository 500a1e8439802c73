import type { Kysely } from 'kysely'
import { newId, type Queryable, transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { CredentialsDatabase } from '../tables.js'
import { type CredentialRecord, recordOf } from './credential-records.js'
import type { CredentialsRuntime } from './runtime.js'
import {
  allPartsActive,
  lastChangeCameFromAPart,
  PART_REASON_PREFIX,
  stacksContaining,
} from './stacks-follow-parts.js'
import { setStatusBit } from './status-repo.js'

/** What an administrator can do to a credential's status. Revocation is final. */
export type StatusAction = 'revoke' | 'suspend' | 'reinstate'

/** Longest reason kept in the audit log. */
export const MAX_REASON_LENGTH = 2000

/**
 * Revokes, suspends or reinstates a credential: the row, the status list bit (re-signed list) and
 * the audit entry with its reason, in one transaction (the caller's, when given one).
 *
 * @example await changeCredentialStatus(db, runtime, { credentialId, action: 'revoke', reason: 'confirmed answer sharing', actorId })
 */
export async function changeCredentialStatus(
  db: Queryable<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  change: {
    readonly credentialId: string
    readonly action: StatusAction
    readonly reason: string
    readonly actorId: string | null
  },
): Promise<CredentialRecord> {
  const reason = change.reason.trim()
  if (reason === '' || reason.length > MAX_REASON_LENGTH) {
    throw new DomainError(
      'invalid',
      'reason_required',
      `a reason of 1 to ${MAX_REASON_LENGTH} characters is required`,
    )
  }
  // Inside a caller's transaction (a certification revoked with its credential) run in it;
  // otherwise open one.
  const inTransaction = (work: (trx: Kysely<CredentialsDatabase>) => Promise<CredentialRecord>) =>
    db.isTransaction ? work(db) : transact(db, work)
  return inTransaction(async (trx) => {
    const row = await trx
      .selectFrom('issued_credentials')
      .selectAll()
      .where('id', '=', change.credentialId)
      .forUpdate()
      .executeTakeFirst()
    if (!row) {
      throw new DomainError(
        'not_found',
        'credential_not_found',
        `no credential ${change.credentialId}`,
      )
    }
    if (row.revoked_at !== null) {
      throw new DomainError('conflict', 'credential_revoked', 'the credential is revoked for good')
    }
    const updated = await apply(trx, runtime, row.id, change.action, row.suspended)
    await trx
      .insertInto('credential_status_events')
      .values({
        id: newId(),
        credential_id: row.id,
        user_id: row.user_id,
        action: change.action,
        reason,
        actor_id: change.actorId,
      })
      .execute()
    if (row.kind === 'open-badge') {
      await followInStacks(trx, runtime, { id: row.id, userId: row.user_id }, change, reason)
    }
    return updated
  })
}

/**
 * A CLR claims the learner holds every part: revoking a part revokes it, suspending a part
 * suspends it, and reinstating the last inactive part reinstates a CLR its parts had suspended.
 */
async function followInStacks(
  trx: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  part: { readonly id: string; readonly userId: string },
  change: { readonly action: StatusAction; readonly actorId: string | null },
  reason: string,
): Promise<void> {
  const because = `${PART_REASON_PREFIX}${part.id} ${PAST[change.action]}: ${reason}`.slice(
    0,
    MAX_REASON_LENGTH,
  )
  for (const stack of await stacksContaining(trx, runtime, part)) {
    const follow =
      change.action === 'revoke' ||
      (change.action === 'suspend' && !stack.suspended) ||
      (change.action === 'reinstate' &&
        stack.suspended &&
        (await allPartsActive(trx, stack.partIds)) &&
        (await lastChangeCameFromAPart(trx, stack.id)))
    if (follow) {
      await changeCredentialStatus(trx, runtime, {
        credentialId: stack.id,
        action: change.action,
        reason: because,
        actorId: change.actorId,
      })
    }
  }
}

const PAST: Readonly<Record<StatusAction, string>> = {
  revoke: 'revoked',
  suspend: 'suspended',
  reinstate: 'reinstated',
}

async function apply(
  trx: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  id: string,
  action: StatusAction,
  suspended: boolean,
): Promise<CredentialRecord> {
  switch (action) {
    case 'revoke':
      await setStatusBit(trx, runtime, id, 'revocation', true)
      return update(trx, id, { revoked_at: new Date() })
    case 'suspend':
      if (suspended)
        throw new DomainError(
          'conflict',
          'already_suspended',
          'the credential is already suspended',
        )
      await setStatusBit(trx, runtime, id, 'suspension', true)
      return update(trx, id, { suspended: true })
    case 'reinstate':
      if (!suspended)
        throw new DomainError('conflict', 'not_suspended', 'the credential is not suspended')
      await setStatusBit(trx, runtime, id, 'suspension', false)
      return update(trx, id, { suspended: false })
  }
}

async function update(
  trx: Kysely<CredentialsDatabase>,
  id: string,
  changes: { revoked_at?: Date; suspended?: boolean },
): Promise<CredentialRecord> {
  const row = await trx
    .updateTable('issued_credentials')
    .set(changes)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return recordOf(row)
}

/** The audit trail of a credential's status, oldest first. */
export async function credentialStatusEvents(
  db: Kysely<CredentialsDatabase>,
  credentialId: string,
) {
  return db
    .selectFrom('credential_status_events')
    .select(['action', 'reason', 'actor_id as actorId', 'at'])
    .where('credential_id', '=', credentialId)
    .orderBy('at')
    .orderBy('id')
    .execute()
}
