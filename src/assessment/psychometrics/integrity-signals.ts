import type { FinishedAttempt } from './response-records.js'
import { rawScore } from './response-records.js'

/**
 * Reading at 600 words a minute is skimming speed; answering faster than that cannot include
 * reading the stem and options.
 */
export const MIN_READING_MS_PER_WORD = 100
/** Even a one-word item takes this long to see, decide and click. */
export const MIN_ANSWER_MS = 2000
/** An attempt is flagged when at least this share of its answers came faster than reading. */
export const TOO_FAST_SHARE = 0.2
/** Percentage points between consecutive attempts of one candidate at one test that call for review. */
export const SCORE_JUMP_POINTS = 30

/** Fastest plausible answer to an item of `words` words (stem and options). */
export function minimumAnswerMs(words: number): number {
  return Math.max(MIN_ANSWER_MS, words * MIN_READING_MS_PER_WORD)
}

export type IntegritySignal =
  | {
      readonly kind: 'too-fast'
      readonly attemptId: string
      readonly tooFast: number
      readonly answered: number
    }
  | {
      readonly kind: 'score-jump'
      readonly attemptId: string
      readonly previousAttemptId: string
      readonly fromPercent: number
      readonly toPercent: number
    }
  | {
      readonly kind: 'shared-wrong-answers'
      readonly attemptIds: readonly string[]
      /** Wrong answers (item and option) all of them gave. */
      readonly sharedWrong: number
    }

/**
 * Answers too fast to have read the item: `words` gives each item's word count.
 *
 * @example tooFastSignal(attempt, wordsByItem)?.kind // 'too-fast'
 */
export function tooFastSignal(
  attempt: FinishedAttempt,
  words: ReadonlyMap<string, number>,
): IntegritySignal | null {
  const answered = attempt.responses.filter((r) => r.chosen.length > 0 && r.timeMs !== null)
  const tooFast = answered.filter(
    (r) => r.timeMs! < minimumAnswerMs(words.get(r.itemId) ?? 0),
  ).length
  if (answered.length === 0 || tooFast < TOO_FAST_SHARE * answered.length) return null
  return { kind: 'too-fast', attemptId: attempt.attemptId, tooFast, answered: answered.length }
}

/** Score jumps of at least `SCORE_JUMP_POINTS` between a candidate's consecutive attempts at one test. */
export function scoreJumpSignals(attempts: readonly FinishedAttempt[]): IntegritySignal[] {
  const byCandidate = new Map<string, FinishedAttempt[]>()
  for (const attempt of attempts) {
    const list = byCandidate.get(attempt.candidateId) ?? []
    list.push(attempt)
    byCandidate.set(attempt.candidateId, list)
  }
  const signals: IntegritySignal[] = []
  for (const list of byCandidate.values()) {
    list.sort((a, b) => a.finishedAt - b.finishedAt)
    for (let i = 1; i < list.length; i++) {
      const fromPercent = percent(list[i - 1]!)
      const toPercent = percent(list[i]!)
      if (toPercent - fromPercent >= SCORE_JUMP_POINTS) {
        signals.push({
          kind: 'score-jump',
          attemptId: list[i]!.attemptId,
          previousAttemptId: list[i - 1]!.attemptId,
          fromPercent,
          toPercent,
        })
      }
    }
  }
  return signals
}

function percent(attempt: FinishedAttempt): number {
  const { correct, scored } = rawScore(attempt)
  return scored === 0 ? 0 : (100 * correct) / scored
}
