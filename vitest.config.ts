import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'
import { KEY_MARKER } from './test/support/key-marker-scan.js'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // A guard against hangs, not a speed check: with two files at a time on two cores, a browser
    // test that walks a form twice with the keyboard was seen past one minute.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest keeps one core free by default, which on a 2-core machine runs the files one at a
    // time while the second core idles; every file has a database (a PGlite of its own, or a
    // schema of its own on the server) and a data directory safe to share, so files run two at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Fails any test during which the API sent an answer-key marker (test/support/key-marker-scan.ts).
    setupFiles: ['test/support/no-key-marker-leaks.ts'],
    env: {
      // Local files the platform keeps (the key secret) go to a scratch directory, not the checkout.
      SKILLSIGNAL_DATA_DIR: join(tmpdir(), `skillsignal-test-${process.pid}`),
      // Every app the tests build, in this process or a server process, checks its responses for
      // the test banks' answer-key marker (src/api/key-marker-guard.ts).
      SKILLSIGNAL_TEST_KEY_MARKER: KEY_MARKER,
    },
  },
})
