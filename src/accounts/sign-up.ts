import { type Kysely, sql } from 'kysely'
import { newId, transact } from '../db/index.js'
import { issueToken } from './account-tokens.js'
import { audit } from './audit.js'
import { parseDisplayName } from './display-name.js'
import { parseEmail } from './email.js'
import { queueMail } from './mail-outbox.js'
import { hashPassword } from './password-hash.js'
import { assertStrongPassword } from './password-policy.js'
import type { NewAccount } from './register.js'
import type { AccountsDatabase } from './tables.js'

/**
 * Hours after one "someone tried to sign up with your address" mail in which further tries are
 * only recorded: anyone can type an address into the form, and the mail must not become a way to
 * flood its owner's inbox.
 */
export const SIGN_UP_ATTEMPT_MAIL_COOLDOWN_HOURS = 24

/** What a sign-up tells the caller: the same whether or not the address already had an account. */
export interface SignUpReceipt {
  /** The address as it was read (trimmed); the link to finish signing up went there. */
  readonly email: string
}

/**
 * Public sign-up that does not reveal who has an account. Input is checked (address, password
 * policy, name) and the password hashed whatever the address, then in one transaction either a
 * new unverified account is created and mailed a link that proves its address, or, when the
 * address already has an account, its owner is mailed that someone tried to sign up with it (at
 * most once per `SIGN_UP_ATTEMPT_MAIL_COOLDOWN_HOURS`).
 * The caller answers the same in both cases and signs nobody in.
 *
 * @example await signUp(db, { email, password, displayName }, 'https://skillsignal.example')
 */
export async function signUp(
  db: Kysely<AccountsDatabase>,
  input: NewAccount,
  origin: string,
): Promise<SignUpReceipt> {
  const { email, key } = parseEmail(input.email)
  assertStrongPassword(input.password, email)
  const displayName = parseDisplayName(input.displayName)
  // Hashed for existing addresses too: skipping the slowest step would tell them apart by time.
  const passwordHash = await hashPassword(input.password)
  await transact(db, async (trx) => {
    // ON CONFLICT, not a lookup first: concurrent sign-ups for one address still make one account,
    // and no unique violation aborts the transaction the owner's mail is written in.
    const created = await trx
      .insertInto('users')
      .values({
        id: newId(),
        email,
        email_key: key,
        display_name: displayName,
        password_hash: passwordHash,
        role: 'member',
      })
      .onConflict((oc) => oc.column('email_key').doNothing())
      .returning(['id'])
      .executeTakeFirst()
    if (created) {
      await audit(trx, created.id, 'account.registered', { role: 'member' })
      const token = await issueToken(trx, created.id, 'verify_email', email)
      await queueMail(trx, {
        to: email,
        subject: 'Confirm your email address for SkillSignal',
        body: `Confirm that this address is yours to finish creating your SkillSignal account; credentials you earn will name it:\n\n${origin}/verify-email?token=${token}\n\nThe link works for 24 hours. If you did not create an account, ignore this mail.`,
      })
      return
    }
    // Locked, so concurrent tries for one address take turns and see each other's mail.
    const owner = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email_key', '=', key)
      .where('deleted_at', 'is', null)
      .forUpdate()
      .executeTakeFirst()
    if (!owner) return
    const recentlyMailed = await trx
      .selectFrom('audit_log')
      .select('id')
      .where('subject', '=', `user:${owner.id}`)
      .where('action', '=', 'account.sign_up_attempted')
      .where(sql<boolean>`(details->>'mailed')::boolean`)
      .where(
        'at',
        '>',
        sql<Date>`now() - make_interval(hours => ${SIGN_UP_ATTEMPT_MAIL_COOLDOWN_HOURS})`,
      )
      .executeTakeFirst()
    await audit(trx, owner.id, 'account.sign_up_attempted', { mailed: !recentlyMailed }, null)
    if (recentlyMailed) return
    await queueMail(trx, {
      to: owner.email,
      subject: 'Someone tried to create a SkillSignal account with your address',
      body: `Someone tried to create a new SkillSignal account with this address, which already has one. No account was created and nothing about yours changed.\n\nIf it was you, sign in instead: ${origin}/signin\nForgot the password? Reset it from the sign-in page.\n\nIf it was not you, you need not do anything.`,
    })
  })
  return { email }
}
