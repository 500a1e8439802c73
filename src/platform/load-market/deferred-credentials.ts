import type { Kysely } from 'kysely'
import { assuranceAt } from '../../accounts/index.js'
import type { Attempts } from '../../assessment/index.js'
import { type CredentialsRuntime, issueCredentialForPass } from '../../credentials/index.js'
import { transact } from '../../db/index.js'
import type { Database } from '../database.js'

/**
 * Passes signed per transaction: a short transaction (each signature is tens of milliseconds),
 * so requests waiting for the embedded database's one connection are served between two.
 */
export const DEFERRED_CREDENTIALS_PER_TRANSACTION = 4

/** The pause between two transactions, in which waiting requests take the connection. */
const PAUSE_MS = 20

/**
 * Issues the Open Badge (and any CLR it completes) of every unrevoked certification that has none
 * yet: the passes a market load recorded in bulk. Issuance is the one every pass goes through
 * (`issueCredentialForPass`), signed when it runs, so the credential says truthfully when it was
 * issued and is stored once, served the same every time after.
 *
 * Why deferred rather than signed during the load or on first request: an eddsa-rdfc-2022
 * signature is tens of milliseconds of JSON-LD canonicalisation, so a 2,000-worker market's 4,000
 * passes are minutes of CPU on two cores. Worker threads would still take that CPU from the load
 * itself; signing on first request would make a search page sign hundreds at once and leave every
 * read path to know about unsigned passes. A certification without its badge yet already shows
 * as such (`credentialId: null`), so the platform can serve while this runs.
 *
 * Certifications are claimed `for update skip locked`, so two processes sharing a database never
 * sign one pass twice. Returns how many passes it signed.
 */
export async function issueDeferredCredentials(
  db: Kysely<Database>,
  services: {
    readonly attempts: Pick<Attempts, 'tests'>
    readonly credentials: CredentialsRuntime
  },
  options: {
    readonly perTransaction?: number
    readonly onProgress?: (issued: number, total: number) => void
    /** Milliseconds to wait between transactions (default 20; 0 when nothing else runs). */
    readonly pauseMs?: number
    /** Checked between transactions: stop early (the server is shutting down). */
    readonly stopped?: () => boolean
  } = {},
): Promise<number> {
  const perTransaction = options.perTransaction ?? DEFERRED_CREDENTIALS_PER_TRANSACTION
  const tests = new Map((await services.attempts.tests(db)).map((t) => [t.id, t]))
  // A pass of a test no longer in the catalog cannot be described, so it is left unsigned rather
  // than failing every batch it would fall in (and, retried, every pass signed after it).
  const known = [...tests.keys()]
  if (known.length === 0) return 0
  const pending = () =>
    db
      .selectFrom('certifications as c')
      .where('c.revoked_at', 'is', null)
      .where('c.test_id', 'in', known)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('issued_credentials as i')
              .select('i.id')
              .whereRef('i.certification_id', '=', 'c.id'),
          ),
        ),
      )
  const total = Number(
    (
      await pending()
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
  let issued = 0
  while (!options.stopped?.()) {
    const signed = await transact(db, async (trx) => {
      const rows = await trx
        .selectFrom('certifications as c')
        .innerJoin('users as u', 'u.id', 'c.candidate_id')
        .select([
          'c.id',
          'c.attempt_id',
          'c.candidate_id',
          'c.test_id',
          'c.test_version',
          'c.score_percent',
          'c.passed_at',
          'c.valid_until',
          'u.email',
          'u.email_verified_at',
          'u.totp_enabled_at',
        ])
        .where('c.revoked_at', 'is', null)
        .where('c.test_id', 'in', known)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('issued_credentials as i')
                .select('i.id')
                .whereRef('i.certification_id', '=', 'c.id'),
            ),
          ),
        )
        .orderBy('c.passed_at')
        .orderBy('c.id')
        .limit(perTransaction)
        .forUpdate('c')
        .skipLocked()
        .execute()
      for (const row of rows) {
        const test = tests.get(row.test_id)
        if (!test) throw new Error(`certification ${row.id}'s test ${row.test_id} left the catalog`)
        await issueCredentialForPass(
          trx,
          {
            certification: {
              id: row.id,
              attemptId: row.attempt_id,
              scorePercent: Number(row.score_percent),
              passedAt: row.passed_at,
              validUntil: row.valid_until,
            },
            test,
            learner: {
              id: row.candidate_id,
              email: row.email,
              assurance: assuranceAt(row.email_verified_at, row.totp_enabled_at, row.passed_at),
            },
          },
          services.credentials,
        )
      }
      return rows.length
    })
    if (signed === 0) break
    issued += signed
    options.onProgress?.(issued, total)
    await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? PAUSE_MS))
  }
  return issued
}
