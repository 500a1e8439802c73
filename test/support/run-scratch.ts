import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The test run's scratch directory, named by the vitest process: the platform's local files (the
 * key secret) and the run's store of review fingerprints go there, never into the checkout.
 */
export const runScratchDir = (): string => join(tmpdir(), `skillsignal-test-${process.pid}`)

/** The one review fingerprint store every test process and server of the run shares. */
export const runFingerprintStore = (): string => join(runScratchDir(), 'cache')
