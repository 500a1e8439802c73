import type { AccountsTables } from './tables/accounts.js'
import type { AssessmentTables } from './tables/assessment.js'
import type { AssessmentAttemptsTables } from './tables/assessment-attempts.js'
import type { CredentialsTables } from './tables/credentials.js'
import type { StudyTables } from './tables/study.js'

/** Every table of the platform, composed from each part's table types. */
export interface Database
  extends AccountsTables,
    AssessmentTables,
    AssessmentAttemptsTables,
    CredentialsTables,
    StudyTables {}
