/** The SQLSTATE of a PostgreSQL error from either engine, or null for anything else. */
export function sqlState(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null
}

const RETRYABLE = new Set(['40001', '40P01', '57P01'])

/** Serialisation failure, deadlock, or a session terminated by the administrator. */
export function isRetryable(error: unknown): boolean {
  const state = sqlState(error)
  return state !== null && RETRYABLE.has(state)
}

/**
 * The session to the server was lost (terminated, reset) before an answer came. Whether a commit
 * in flight landed is unknown, so this is not retried inside `transact`; the caller is told to
 * retry (503), and money-moving requests are safe to retry because they carry idempotency keys.
 */
export function isConnectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNREFUSED') return true
  // 57P03: the server is starting or recovering from a crash and refuses sessions for now; no
  // session was opened, so nothing was written and the request may simply be tried again.
  if (code === '57P03') return true
  return (
    typeof message === 'string' &&
    /Connection terminated|connection error and is not queryable|Client was closed/.test(message)
  )
}
