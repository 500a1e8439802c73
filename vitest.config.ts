import { readdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { touchesDatabase } from './test/support/database-test-files.js'
import { KEY_MARKER } from './test/support/key-marker-scan.js'
import { runFingerprintStore, runScratchDir } from './test/support/run-scratch.js'

const ALL_TESTS = ['test/**/*.test.ts', 'test/**/*.test.tsx']

/**
 * Test files that need a process of their own: they start servers, browsers or child processes
 * and kill them, or stub the environment, the console or a module (`vi.spyOn`, `vi.mock`, an
 * assignment to `process.env`), which would leak into the next file of a shared worker.
 */
const ISOLATED = [
  'test/web/**/*.test.ts',
  'test/reliability/**/*.test.ts',
  'test/platform/**/*.test.ts',
  'test/cli/**/*.test.ts',
  'test/api/registration-answers-alike-whether-or-not-the-address-has-an-account.test.ts',
  'test/assessment/catalog/catalog-list-command-prints-the-catalog-and-the-offered-tests.test.ts',
  'test/assessment/interchange/markdown-quiz-bank-imports-well-formed-items-and-names-malformed-ones.test.ts',
  'test/assessment/interchange/quiz-files-without-front-matter-load-as-unassigned-drafts-and-malformed-items-are-named.test.ts',
  'test/assessment/standards/catalog-lists-each-offered-tests-cut-and-records-a-panels-round.test.ts',
  'test/simulation/measure-puts-each-estimate-beside-the-true-effect.test.ts',
  'test/simulation/simulate-command-writes-records-and-refuses-bad-flags.test.ts',
  'test/study/records-unclosed-quote-names-file-and-line.test.ts',
]

/**
 * CI runs the suite once per engine. A file that never reaches a database (item models, the
 * study's estimators, credential signing) runs the same code under both, so the PostgreSQL run
 * (DATABASE_URL set) leaves it out; it runs in the embedded run. `touchesDatabase` reads each file
 * and the test helpers it imports for the ways a test gets a database.
 */
const ENGINE_INDEPENDENT = process.env.DATABASE_URL
  ? readdirSync('test', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.test\.tsx?$/.test(file))
      .map((file) => join('test', file))
      .filter((file) => !touchesDatabase(file))
  : []

export default defineConfig({
  test: {
    // A guard against hangs, not a speed check: with two files at a time on two cores, a browser
    // test that walks a form twice with the keyboard was seen past one minute.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // `expect.poll` waits one second by default; a page that loads several sections at once
    // (the console) took longer on a busy machine, and a poll that will succeed may take its time.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
    // Vitest keeps one core free by default, which on a 2-core machine runs the files one at a
    // time while the second core idles; every file has a database (a PGlite of its own, or a
    // schema of its own on the server) and a data directory safe to share, so files run two at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Fails any test during which the API sent an answer-key marker (test/support/key-marker-scan.ts).
    setupFiles: ['test/support/no-key-marker-leaks.ts'],
    globalSetup: ['test/support/warm-fingerprint-store.ts'],
    env: {
      // Local files the platform keeps (the key secret) go to a scratch directory, not the checkout.
      SKILLSIGNAL_DATA_DIR: runScratchDir(),
      // One store of the named-skill families' review fingerprints for the whole run, filled
      // before the first file (`globalSetup`): each test process and server start (dozens, some
      // restarting) would otherwise draw them all again.
      SKILLSIGNAL_CACHE_DIR: runFingerprintStore(),
      // Every app the tests build, in this process or a server process, checks its responses for
      // the test banks' answer-key marker (src/api/key-marker-guard.ts).
      SKILLSIGNAL_TEST_KEY_MARKER: KEY_MARKER,
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ALL_TESTS,
          exclude: [...ISOLATED, ...ENGINE_INDEPENDENT],
          // Loading the platform's modules took about half of each file's time, once per file.
          // These files keep no state outside their own databases (the parts keep no module
          // state), so a worker loads the modules once and runs file after file with them.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED, exclude: ENGINE_INDEPENDENT },
      },
    ],
  },
})
