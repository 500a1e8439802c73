import type { ColumnType } from 'kysely'
import type { AccountsTables } from '../accounts/tables.js'
import type { AssessmentTables } from '../assessment/tables.js'
import type { CredentialsTables } from '../credentials/tables.js'
import type { StudyTables } from '../study/tables.js'

interface PlatformSeedsTable {
  name: string
  applied_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** Every table of the platform, composed from each part's table types. */
export interface Database extends AccountsTables, AssessmentTables, CredentialsTables, StudyTables {
  platform_seeds: PlatformSeedsTable
}
