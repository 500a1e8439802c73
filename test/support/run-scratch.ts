import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The test run's scratch directory, named by the vitest process: the platform's local files (the
 * key secret) and the run's store of review fingerprints go there, never into the checkout.
 */
export const runScratchDir = (): string => join(tmpdir(), `skillsignal-test-${process.pid}`)

/**
 * The one review fingerprint store every test process and server of the run shares. CI runs the
 * suite twice on one checkout (once per engine) and names one store for both in
 * `SKILLSIGNAL_TEST_FINGERPRINT_STORE`: entries are named by a hash of the code, so the second run
 * finds the store filled instead of drawing every family again before its first file.
 */
export const runFingerprintStore = (): string =>
  process.env.SKILLSIGNAL_TEST_FINGERPRINT_STORE || join(runScratchDir(), 'cache')
