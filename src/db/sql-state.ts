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
