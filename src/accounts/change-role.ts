import type { Kysely } from 'kysely'
import { transact } from '../db/index.js'
import { DomainError } from '../shared/index.js'
import { type Account, type Role, toAccount } from './account.js'
import { audit } from './audit.js'
import type { AccountsDatabase } from './tables.js'

/**
 * An administrator gives another account a role. An administrator never changes their own role
 * (another must), so an administrator always remains; the acting and the changed account are
 * locked together, in id order, so two administrators demoting each other at once cannot both
 * succeed: the second finds it no longer acts as an administrator.
 */
export async function changeRole(
  db: Kysely<AccountsDatabase>,
  input: { readonly actorId: string; readonly userId: string; readonly role: Role },
): Promise<Account> {
  if (input.actorId === input.userId) {
    throw new DomainError(
      'conflict',
      'own_role',
      'administrators cannot change their own role: another administrator must, so the platform always keeps one',
    )
  }
  return transact(db, async (trx) => {
    const rows = await trx
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'role', 'created_at'])
      .where('id', 'in', [input.actorId, input.userId])
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .forUpdate()
      .execute()
    const actor = rows.find((row) => row.id === input.actorId)
    const target = rows.find((row) => row.id === input.userId)
    if (actor?.role !== 'administrator') {
      throw new DomainError('forbidden', 'not_administrator', 'only an administrator changes roles')
    }
    if (!target) {
      throw new DomainError('not_found', 'account_not_found', `no account ${input.userId}`)
    }
    if (target.role === input.role) return toAccount(target)
    await trx.updateTable('users').set({ role: input.role }).where('id', '=', target.id).execute()
    await audit(trx, target.id, 'role.change', { from: target.role, to: input.role }, actor.id)
    return toAccount({ ...target, role: input.role })
  })
}
