import type { AccountsTables } from '../accounts/index.js'
import type { AssessmentTables } from '../assessment/index.js'
import type { CredentialsTables } from '../credentials/index.js'
import type { GeneratedTimestamp, OpenDatabase } from '../db/index.js'
import type { MarketplaceTables } from '../marketplace/index.js'
import type { StudyTables } from '../study/index.js'

/** Which seeders have run, so each runs once per database. */
export interface PlatformSeedsTable {
  name: string
  applied_at: GeneratedTimestamp
}

/** The platform's own table. */
export type PlatformTables = {
  platform_seeds: PlatformSeedsTable
}

/**
 * Every table the migrations make, composed from the tables each part declares: the platform
 * opens the one connection with this type and hands it down, and each part takes it as its own
 * narrower view.
 */
export type Database = AccountsTables &
  AssessmentTables &
  CredentialsTables &
  MarketplaceTables &
  StudyTables &
  PlatformTables

/** The platform's open database. */
export type PlatformDatabase = OpenDatabase<Database>
