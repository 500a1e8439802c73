import { describe, expect, it } from 'vitest'
import {
  createRng,
  type FinishedAttempt,
  MIN_ANSWER_MS,
  MIN_READING_MS_PER_WORD,
  MIN_SHARED_GROUP,
  MIN_SHARED_WRONG,
  minimumAnswerMs,
  SCORE_JUMP_POINTS,
  SHARED_WRONG_MAX_CHANCE,
  scoreJumpSignals,
  sharedWrongAnswerSignals,
  TOO_FAST_SHARE,
  tooFastSignal,
} from '../../../src/assessment/index.js'

const itemIds = Array.from({ length: 30 }, (_, i) => `item-${i}`)

function attempt(
  attemptId: string,
  candidateId: string,
  answers: readonly { chosen: string; correct: boolean; timeMs?: number }[],
  finishedAt = 0,
): FinishedAttempt {
  return {
    attemptId,
    candidateId,
    finishedAt,
    responses: answers.map((a, i) => ({
      itemId: itemIds[i]!,
      chosen: [a.chosen],
      correct: a.correct,
      scored: true,
      timeMs: a.timeMs ?? 40_000,
    })),
  }
}

/** An honest candidate: right with probability `skill`, otherwise a random distractor. */
function honest(seed: number, skill: number, timeMs = 40_000) {
  const rng = createRng(seed)
  return itemIds.map(() => {
    const correct = rng.next() < skill
    return { chosen: correct ? 'A' : rng.pick(['B', 'C', 'D']), correct, timeMs }
  })
}

describe('integrity signals', () => {
  it('pins its defaults', () => {
    expect([MIN_READING_MS_PER_WORD, MIN_ANSWER_MS, TOO_FAST_SHARE, SCORE_JUMP_POINTS]).toEqual([
      100, 2000, 0.2, 30,
    ])
    expect([MIN_SHARED_WRONG, SHARED_WRONG_MAX_CHANCE, MIN_SHARED_GROUP]).toEqual([5, 1e-5, 3])
    expect(minimumAnswerMs(5)).toBe(2000)
    expect(minimumAnswerMs(60)).toBe(6000)
  })

  it('flags an attempt answered faster than the items can be read', () => {
    const words = new Map(itemIds.map((id) => [id, 60]))
    const rushed = honest(1, 0.9).map((a, i) => ({ ...a, timeMs: i < 10 ? 1500 : 40_000 }))
    expect(tooFastSignal(attempt('a1', 'c1', rushed), words)).toMatchObject({
      kind: 'too-fast',
      tooFast: 10,
      answered: 30,
    })
    expect(tooFastSignal(attempt('a2', 'c2', honest(2, 0.9)), words)).toBeNull()
  })

  it('flags a jump of 30 points or more between consecutive attempts, not a steady climb', () => {
    const signals = scoreJumpSignals([
      attempt('first', 'c1', honest(3, 0.3), 1),
      attempt('second', 'c1', honest(4, 0.95), 2),
      attempt('x1', 'c2', honest(5, 0.5), 1),
      attempt('x2', 'c2', honest(6, 0.6), 2),
    ])
    expect(signals).toHaveLength(1)
    expect(signals[0]).toMatchObject({
      kind: 'score-jump',
      attemptId: 'second',
      previousAttemptId: 'first',
    })
  })

  it('groups candidates who share a leaked sheet’s wrong answers and leaves honest ones alone', () => {
    const sheet = honest(7, 0.6)
    const copies = [11, 12, 13, 14].map((seed, n) => {
      const rng = createRng(seed)
      const answers = sheet.map((a) => (rng.next() < 0.1 ? { chosen: 'A', correct: true } : a))
      return attempt(`copy-${n}`, `copier-${n}`, answers)
    })
    const honestAttempts = Array.from({ length: 200 }, (_, n) =>
      attempt(`h${n}`, `h${n}`, honest(100 + n, 0.55)),
    )
    const signals = sharedWrongAnswerSignals([...honestAttempts, ...copies])
    expect(signals).toHaveLength(1)
    const group = signals[0]!
    expect(group.kind === 'shared-wrong-answers' && [...group.attemptIds].sort()).toEqual(
      copies.map((c) => c.attemptId),
    )
  })
})
