import type { RetakePolicy } from '../test-definition.js'
import { DAY_MS } from './validity.js'

export interface PastAttempt {
  readonly startedAt: Date
  /** null while active. */
  readonly finishedAt: Date | null
  readonly passed: boolean | null
}

export interface HeldCertification {
  readonly validUntil: Date
  readonly revokedAt: Date | null
}

export type RetakeDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false
      readonly reason: 'waiting-period' | 'attempt-limit' | 'certified'
      /** The earliest moment a new attempt can start. */
      readonly notBefore: Date
    }

/**
 * May a candidate start another attempt at a test? After the 1st, 2nd and 3rd (and later)
 * failure since the last pass they wait `waitDays` (14, 30, 90); at most `maxAttemptsPerWindow`
 * (4) attempts start in any `windowDays` (365); while certified only in the last
 * `renewalWindowDays` (60) before the certification expires.
 *
 * @example decideRetake(DEFAULT_RETAKE_POLICY, attempts, certifications, new Date())
 */
export function decideRetake(
  policy: RetakePolicy,
  attempts: readonly PastAttempt[],
  certifications: readonly HeldCertification[],
  now: Date,
): RetakeDecision {
  const blocks: { reason: 'waiting-period' | 'attempt-limit' | 'certified'; notBefore: number }[] =
    []
  const t = now.getTime()
  const valid = certifications.filter((c) => !c.revokedAt && c.validUntil.getTime() > t)
  if (valid.length > 0) {
    const renewalOpens =
      Math.max(...valid.map((c) => c.validUntil.getTime())) - policy.renewalWindowDays * DAY_MS
    if (t < renewalOpens) blocks.push({ reason: 'certified', notBefore: renewalOpens })
  }
  const finished = attempts
    .filter((a): a is PastAttempt & { finishedAt: Date } => a.finishedAt !== null)
    .sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime())
  let failures = 0
  for (const attempt of finished) failures = attempt.passed ? 0 : failures + 1
  const last = finished.at(-1)
  if (failures > 0 && last) {
    const wait = policy.waitDays[Math.min(failures, policy.waitDays.length) - 1] ?? 0
    const opens = last.finishedAt.getTime() + wait * DAY_MS
    if (t < opens) blocks.push({ reason: 'waiting-period', notBefore: opens })
  }
  const windowStart = t - policy.windowDays * DAY_MS
  const inWindow = attempts
    .map((a) => a.startedAt.getTime())
    .filter((s) => s > windowStart)
    .sort((a, b) => a - b)
  if (inWindow.length >= policy.maxAttemptsPerWindow) {
    const oldestThatMustAge = inWindow[inWindow.length - policy.maxAttemptsPerWindow]!
    blocks.push({
      reason: 'attempt-limit',
      notBefore: oldestThatMustAge + policy.windowDays * DAY_MS,
    })
  }
  if (blocks.length === 0) return { allowed: true }
  const latest = blocks.reduce((a, b) => (b.notBefore > a.notBefore ? b : a))
  return { allowed: false, reason: latest.reason, notBefore: new Date(latest.notBefore) }
}
