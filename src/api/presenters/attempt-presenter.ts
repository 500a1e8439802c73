import { z } from 'zod'
import type {
  AttemptReport,
  AttemptState,
  Certification,
  RecordedAnswer,
} from '../../assessment/index.js'

/**
 * The fields of an attempt that leave the server. Items carry their stem, their options under
 * this attempt's opaque ids and the candidate's own choice: never a key, never correctness.
 */
export const attemptView = z.object({
  id: z.string(),
  testId: z.string(),
  testVersion: z.number().int(),
  status: z.enum(['active', 'scored']),
  mode: z.enum(['linear', 'adaptive']),
  startedAt: z.string(),
  deadline: z.string(),
  finishedAt: z.string().nullable(),
  items: z.array(
    z.object({
      position: z.number().int(),
      kind: z.enum(['single', 'multiple']),
      stem: z.string(),
      options: z.array(z.object({ id: z.string(), markdown: z.string() })),
      chosenOptionIds: z.array(z.string()).nullable(),
    }),
  ),
})

export function presentAttempt(state: AttemptState): z.infer<typeof attemptView> {
  return {
    id: state.id,
    testId: state.testId,
    testVersion: state.testVersion,
    status: state.status,
    mode: state.mode,
    startedAt: state.startedAt.toISOString(),
    deadline: state.deadline.toISOString(),
    finishedAt: state.finishedAt?.toISOString() ?? null,
    items: state.items.map((item) => ({
      position: item.position,
      kind: item.kind,
      stem: item.stem,
      options: item.options.map((o) => ({ id: o.id, markdown: o.markdown })),
      chosenOptionIds: item.chosenOptionIds ? [...item.chosenOptionIds] : null,
    })),
  }
}

export const answerView = z.object({
  position: z.number().int(),
  chosenOptionIds: z.array(z.string()),
  answeredAt: z.string(),
  nextPosition: z.number().int().nullable(),
  attemptStatus: z.enum(['active', 'scored']),
})

export function presentAnswer(answer: RecordedAnswer): z.infer<typeof answerView> {
  return {
    position: answer.position,
    chosenOptionIds: [...answer.chosenOptionIds],
    answeredAt: answer.answeredAt.toISOString(),
    nextPosition: answer.nextPosition,
    attemptStatus: answer.attemptStatus,
  }
}

/** A scored attempt's report: scores and per-domain feedback, never which item was right. */
export const reportView = z.object({
  attemptId: z.string(),
  testId: z.string(),
  endedBy: z.enum(['submission', 'expiry']),
  rawScore: z.number().int(),
  scoredItems: z.number().int(),
  percentScore: z.number(),
  cutPercent: z.number(),
  passed: z.boolean(),
  percentile: z.number().nullable(),
  ability: z.object({ theta: z.number(), se: z.number() }).nullable(),
  domains: z.array(
    z.object({
      domain: z.string(),
      title: z.string(),
      correct: z.number().int(),
      scored: z.number().int(),
      percent: z.number(),
      standing: z.enum(['strength', 'adequate', 'gap']),
    }),
  ),
  certification: z
    .object({
      id: z.string(),
      validUntil: z.string(),
      status: z.enum(['active', 'expired', 'revoked']),
    })
    .nullable(),
  integrityReview: z
    .object({ status: z.enum(['held', 'released', 'rejected']), heldAt: z.string() })
    .nullable()
    .describe('a pass held for review gets its credential only once an administrator releases it'),
  nextAttempt: z
    .object({
      allowed: z.boolean(),
      reason: z.enum(['waiting-period', 'attempt-limit', 'certified']).nullable(),
      notBefore: z.string().nullable().describe('UTC instant the next attempt may start'),
    })
    .nullable()
    .describe('whether, and from when, the candidate may take this test again'),
})

export function presentReport(report: AttemptReport): z.infer<typeof reportView> {
  return {
    attemptId: report.attemptId,
    testId: report.testId,
    endedBy: report.result.endedBy,
    rawScore: report.result.rawScore,
    scoredItems: report.result.scoredItems,
    percentScore: report.result.percentScore,
    cutPercent: report.result.cutPercent,
    passed: report.result.passed,
    percentile: report.percentile,
    ability: report.result.ability
      ? { theta: report.result.ability.theta, se: report.result.ability.se }
      : null,
    domains: report.domains.map((d) => ({
      domain: d.domain,
      title: d.title,
      correct: d.correct,
      scored: d.scored,
      percent: d.percent,
      standing: d.standing,
    })),
    certification: report.certification
      ? {
          id: report.certification.id,
          validUntil: report.certification.validUntil.toISOString(),
          status: report.certification.status,
        }
      : null,
    integrityReview: report.integrityReview
      ? {
          status: report.integrityReview.status,
          heldAt: report.integrityReview.heldAt.toISOString(),
        }
      : null,
    nextAttempt: report.nextAttempt
      ? report.nextAttempt.allowed
        ? { allowed: true, reason: null, notBefore: null }
        : {
            allowed: false,
            reason: report.nextAttempt.reason,
            notBefore: report.nextAttempt.notBefore.toISOString(),
          }
      : null,
  }
}

export const certificationView = z.object({
  id: z.string(),
  testId: z.string(),
  testVersion: z.number().int(),
  scorePercent: z.number(),
  passedAt: z.string(),
  validUntil: z.string(),
  status: z.enum(['active', 'expired', 'revoked']),
  revokedAt: z.string().nullable(),
  /** The administrator's reason, shown to the holder: a revocation is never left unexplained. */
  revocationReason: z.string().nullable(),
})

export function presentCertification(c: Certification): z.infer<typeof certificationView> {
  return {
    id: c.id,
    testId: c.testId,
    testVersion: c.testVersion,
    scorePercent: c.scorePercent,
    passedAt: c.passedAt.toISOString(),
    validUntil: c.validUntil.toISOString(),
    status: c.status,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revocationReason: c.revocationReason,
  }
}
