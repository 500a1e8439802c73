import { describe } from 'vitest'

/**
 * `describe` for tests that never open a database: item models re-executed by the thousand and the
 * guessing harness. CI runs the whole suite once per database engine; these would give the same
 * answer twice at minutes of CPU each, so they run in the embedded (PGlite) run only.
 */
export const describeEngineIndependent = describe.skipIf(Boolean(process.env.DATABASE_URL))

/**
 * `describe` for browser tests: they prove how pages behave in Chromium, which does not depend on
 * the database engine behind the server, and every route they drive is tested on both engines by
 * the API tests. A browser test costs up to a minute and a half, so these too run in the embedded
 * run only, keeping CI within its time.
 */
export const describeInBrowser = describe.skipIf(Boolean(process.env.DATABASE_URL))
