import type { Kysely, Transaction } from 'kysely'

/**
 * A connection or a transaction over the tables `DB`: what a part's function takes when another
 * part may call it inside its own transaction. Kysely relates `Transaction<A & B>` to
 * `Transaction<A>` but not to `Kysely<A>`, so the union lets a wider transaction in.
 */
export type Queryable<DB> = Kysely<DB> | Transaction<DB>
