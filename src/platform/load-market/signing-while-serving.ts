import pRetry from 'p-retry'

/**
 * How a serving process retries signing a loaded market's passes after a failure: a database
 * that was briefly out of connections, disk or memory recovers within minutes, so waits grow from
 * five seconds to five minutes; after eight failed retries (about twenty minutes) it gives up and
 * says so, and the next start signs what is left.
 */
export const SIGNING_RETRY = {
  retries: 8,
  minTimeout: 5_000,
  maxTimeout: 5 * 60_000,
  factor: 2,
} as const

export interface SigningWhileServing {
  /** Settles once signing has finished, given up or stopped, and no attempt is still running. */
  readonly settled: Promise<void>
  /** Stops at the running attempt's next turn, or at once while waiting to retry. */
  stop(): void
}

/**
 * Runs `sign` (which signs passes until none is left or `stopped()` says so, and returns how many
 * it signed) while the server answers, retrying it after a failure on `SIGNING_RETRY`'s schedule.
 * Each attempt starts over from the passes still unsigned, so a retry never signs one twice.
 */
export function signWhileServing(
  sign: (stopped: () => boolean) => Promise<number>,
  report: {
    readonly signed: (count: number) => void
    /** An attempt failed; it is tried again in `retryInMs`, or never again (null). */
    readonly failed: (error: unknown, retryInMs: number | null) => void
  },
  schedule: typeof SIGNING_RETRY | Record<keyof typeof SIGNING_RETRY, number> = SIGNING_RETRY,
): SigningWhileServing {
  const stopping = new AbortController()
  const stopped = () => stopping.signal.aborted
  let attempt: Promise<number> = Promise.resolve(0)
  let signed = 0
  const retried = pRetry(
    () => {
      attempt = sign(stopped).then((count) => {
        signed += count
        return count
      })
      return attempt
    },
    {
      ...schedule,
      // Timers between attempts must not keep a stopping process alive.
      unref: true,
      signal: stopping.signal,
      onFailedAttempt: (error) => {
        if (!stopped() && error.retriesLeft > 0)
          report.failed(error, retryDelay(schedule, error.attemptNumber))
      },
    },
  )
  const settled = retried
    .then(
      () => undefined,
      (error: unknown) => {
        if (!stopped()) report.failed(error, null)
      },
    )
    // An abort settles the retry at once; the attempt in flight still finishes its transaction.
    .then(() => attempt.catch(() => 0))
    .then(() => {
      if (signed > 0) report.signed(signed)
    })
  return {
    settled,
    stop: () => stopping.abort(new Error('the server is stopping')),
  }
}

/** The wait before retry `n` (1-based), as the schedule computes it without randomisation. */
function retryDelay(schedule: Record<keyof typeof SIGNING_RETRY, number>, n: number): number {
  return Math.min(schedule.minTimeout * schedule.factor ** (n - 1), schedule.maxTimeout)
}
