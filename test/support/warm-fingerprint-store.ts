import { storedFamilyReviewStanding } from '../../src/assessment/index.js'
import { runFingerprintStore } from './run-scratch.js'

/**
 * Fills the run's review fingerprint store once, before any test file starts. Without it the first
 * files and servers, starting together, each drew every named-skill family (seconds of CPU each,
 * many times that on a busy machine), and a browser test's first catalog page waited behind that
 * past its time limit.
 */
export default async function warmFingerprintStore(): Promise<void> {
  await storedFamilyReviewStanding(runFingerprintStore(), {
    onStoreError: (error) => {
      throw error
    },
  })
}
