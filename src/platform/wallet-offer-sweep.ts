import type { Kysely } from 'kysely'
import { sweepWalletOffers, WALLET_OFFER_SWEEP_BATCH } from '../credentials/index.js'
import type { Database } from './database.js'

/** How often a serving process deletes the wallet offers that can no longer be used. */
export const WALLET_OFFER_SWEEP_MS = 10 * 60 * 1000

/**
 * Batches one sweep deletes at most: a backlog (a process that was down for days) is cleared over
 * a few sweeps instead of in one long run of statements.
 */
export const WALLET_OFFER_SWEEP_MAX_BATCHES = 10

/**
 * Deletes dead wallet offers every `intervalMs`, in bounded batches, until stopped. One sweep runs
 * at a time; a failed sweep is reported and the next one tries again.
 *
 * @example const sweep = startWalletOfferSweep(db, (error) => log.warn({ err: error }))
 */
export function startWalletOfferSweep(
  db: Kysely<Database>,
  onError: (error: unknown) => void,
  intervalMs = WALLET_OFFER_SWEEP_MS,
): { stop(): void } {
  let running = false
  const sweep = async () => {
    for (let batch = 0; batch < WALLET_OFFER_SWEEP_MAX_BATCHES; batch++) {
      const deleted = await sweepWalletOffers(db, { now: new Date() })
      if (deleted < WALLET_OFFER_SWEEP_BATCH) return
    }
  }
  const timer = setInterval(() => {
    if (running) return
    running = true
    sweep()
      .catch(onError)
      .finally(() => {
        running = false
      })
  }, intervalMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
    },
  }
}
