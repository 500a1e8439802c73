import type { ColumnType } from 'kysely'
import type { AccountsTables } from '../accounts/tables.js'
import type { AssessmentTables } from './tables/assessment.js'
import type { AssessmentAttemptsTables } from './tables/assessment-attempts.js'
import type { CredentialsTables } from './tables/credentials.js'
import type { StudyTables } from './tables/study.js'

interface PlatformSeedsTable {
  name: string
  applied_at: ColumnType<Date, Date | string | undefined, Date | string>
}

/** Every table of the platform, composed from each part's table types. */
export interface Database
  extends AccountsTables,
    AssessmentTables,
    AssessmentAttemptsTables,
    CredentialsTables,
    StudyTables {
  platform_seeds: PlatformSeedsTable
}
