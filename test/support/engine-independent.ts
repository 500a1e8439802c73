import { describe } from 'vitest'

/**
 * `describe` for tests that never open a database: item models re-executed by the thousand and the
 * guessing harness. CI runs the whole suite once per database engine; these would give the same
 * answer twice at minutes of CPU each, so they run in the embedded (PGlite) run only.
 */
export const describeEngineIndependent = describe.skipIf(Boolean(process.env.DATABASE_URL))
