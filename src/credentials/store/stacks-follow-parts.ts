import type { Kysely } from 'kysely'
import { credentialUrl } from '../issue/open-badge-credential.js'
import type { CredentialsDatabase } from '../tables.js'
import type { CredentialsRuntime } from './runtime.js'

/** Why a CLR changed with its part: kept in its audit trail, and told apart from an admin's own. */
export const PART_REASON_PREFIX = 'part '

/** A live CLR of the learner that embeds the credential, and the ids of all its parts. */
export interface StackOfPart {
  readonly id: string
  readonly suspended: boolean
  readonly partIds: readonly string[]
}

/**
 * The learner's unrevoked CLRs that embed the credential. A learner holds few CLRs, so their
 * documents are read and matched by the embedded credentials' ids.
 */
export async function stacksContaining(
  trx: Kysely<CredentialsDatabase>,
  runtime: CredentialsRuntime,
  part: { readonly id: string; readonly userId: string },
): Promise<readonly StackOfPart[]> {
  const rows = await trx
    .selectFrom('issued_credentials')
    .select(['id', 'suspended', 'document'])
    .where('user_id', '=', part.userId)
    .where('kind', '=', 'clr')
    .where('revoked_at', 'is', null)
    .forUpdate()
    .execute()
  const prefix = credentialUrl(runtime.config, '')
  const partUrl = credentialUrl(runtime.config, part.id)
  return rows
    .map((row) => ({
      id: row.id,
      suspended: row.suspended,
      urls: embeddedIds(JSON.parse(row.document) as Record<string, unknown>),
    }))
    .filter((stack) => stack.urls.includes(partUrl))
    .map((stack) => ({
      id: stack.id,
      suspended: stack.suspended,
      partIds: stack.urls
        .filter((url) => url.startsWith(prefix))
        .map((url) => decodeURIComponent(url.slice(prefix.length))),
    }))
}

/** True when every part is neither revoked nor suspended. */
export async function allPartsActive(
  trx: Kysely<CredentialsDatabase>,
  partIds: readonly string[],
): Promise<boolean> {
  if (partIds.length === 0) return true
  const inactive = await trx
    .selectFrom('issued_credentials')
    .select('id')
    .where('id', 'in', partIds)
    .where((eb) => eb.or([eb('revoked_at', 'is not', null), eb('suspended', '=', true)]))
    .executeTakeFirst()
  return inactive === undefined
}

/** Whether the CLR's latest status change came from one of its parts, not an administrator. */
export async function lastChangeCameFromAPart(
  trx: Kysely<CredentialsDatabase>,
  clrId: string,
): Promise<boolean> {
  const last = await trx
    .selectFrom('credential_status_events')
    .select(['action', 'reason'])
    .where('credential_id', '=', clrId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  return last?.action === 'suspend' && last.reason.startsWith(PART_REASON_PREFIX)
}

function embeddedIds(clr: Record<string, unknown>): string[] {
  const subject = clr.credentialSubject as Record<string, unknown> | undefined
  const embedded = subject?.verifiableCredential
  const list = Array.isArray(embedded) ? embedded : embedded === undefined ? [] : [embedded]
  return list
    .map((component) => (component as Record<string, unknown>).id)
    .filter((id): id is string => typeof id === 'string')
}
