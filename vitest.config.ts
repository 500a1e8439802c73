import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Fails any test during which the API sent an answer-key marker (test/support/key-marker-scan.ts).
    setupFiles: ['test/support/no-key-marker-leaks.ts'],
    // Local files the platform keeps (the key secret) go to a scratch directory, not the checkout.
    env: { SKILLSIGNAL_DATA_DIR: join(tmpdir(), `skillsignal-test-${process.pid}`) },
  },
})
