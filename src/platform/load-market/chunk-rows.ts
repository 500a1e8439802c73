import type { Insertable, Transaction } from 'kysely'
import type { AccountsTables } from '../../accounts/index.js'
import type { AssessmentTables } from '../../assessment/index.js'
import {
  emptyHistoryRows,
  type HistoryRows,
  type MarketplaceTables,
} from '../../marketplace/index.js'
import type { Database } from '../database.js'
import { insertRows } from './insert-rows.js'

/** Every row one chunk of a loaded market writes, gathered before the chunk's one transaction. */
export interface ChunkRows {
  readonly users: Insertable<AccountsTables['users']>[]
  readonly audit: Insertable<AccountsTables['audit_log']>[]
  readonly profiles: Insertable<MarketplaceTables['marketplace_profiles']>[]
  readonly attempts: Insertable<AssessmentTables['assessment_attempts']>[]
  readonly certifications: Insertable<AssessmentTables['certifications']>[]
  readonly history: HistoryRows
}

export function emptyChunk(): ChunkRows {
  return {
    users: [],
    audit: [],
    profiles: [],
    attempts: [],
    certifications: [],
    history: emptyHistoryRows(),
  }
}

/** Writes a chunk's rows, each table in a few multi-row INSERTs, parents before children. */
export async function insertChunk(trx: Transaction<Database>, chunk: ChunkRows): Promise<void> {
  const { history } = chunk
  await insertRows(trx, 'users', chunk.users)
  await insertRows(trx, 'audit_log', chunk.audit)
  await insertRows(trx, 'marketplace_profiles', chunk.profiles)
  await insertRows(trx, 'assessment_attempts', chunk.attempts)
  await insertRows(trx, 'certifications', chunk.certifications)
  await insertRows(
    trx,
    'ledger_accounts',
    [...history.accounts.values()].map((a) => ({
      id: a.id,
      kind: a.kind,
      owner_id: a.owner,
      created_at: a.firstAt,
    })),
    { ignoreDuplicateIds: true },
  )
  await insertRows(trx, 'marketplace_jobs', history.jobs)
  await insertRows(trx, 'marketplace_proposals', history.proposals)
  await insertRows(trx, 'marketplace_contracts', history.contracts)
  await insertRows(trx, 'marketplace_milestones', history.milestones)
  await insertRows(trx, 'ledger_transactions', history.transactions)
  await insertRows(trx, 'ledger_entries', history.entries)
  await insertRows(trx, 'marketplace_reviews', history.reviews)
}
