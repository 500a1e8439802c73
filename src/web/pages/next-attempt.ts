import type { AttemptReport } from '../api/types.js'
import { formatDate } from '../format.js'

/**
 * When the candidate can take the test again, in words, as the server's retake rules decide it:
 * after a failure the waiting period, past the attempts allowed in a year the limit, while
 * certified the renewal window.
 */
export function nextAttemptText(report: AttemptReport): string | null {
  const next = report.nextAttempt
  if (!next) return null
  if (next.allowed || next.notBefore === null) return 'You can take this test again now.'
  const date = formatDate(next.notBefore)
  switch (next.reason) {
    case 'waiting-period':
      return `You can take this test again from ${date}: a wait after each failed attempt gives time to study the areas below, and it grows after repeated failures.`
    case 'attempt-limit':
      return `You can take this test again from ${date}, when your earliest attempt of the last year no longer counts against the yearly limit.`
    case 'certified':
      return `You hold this certification; you can renew it by taking the test again from ${date}.`
    default:
      return `You can take this test again from ${date}.`
  }
}
