import type { IntegritySignal } from './integrity-signals.js'
import { type FinishedAttempt, rawScore } from './response-records.js'

/** Fewer identical wrong answers than this are never evidence, whatever the odds say. */
export const MIN_SHARED_WRONG = 5
/**
 * A pair is linked when independent candidates would share that many identical wrong answers
 * with at most this probability: among 20,000 pairs (200 takers) about 0.2 false links.
 */
export const SHARED_WRONG_MAX_CHANCE = 1e-5
/** A leaked answer sheet shows up as this many candidates or more sharing its mistakes. */
export const MIN_SHARED_GROUP = 3

/**
 * Groups attempts of different candidates that share improbably many identical wrong answers,
 * transitively; each group of `MIN_SHARED_GROUP` or more is one signal. Under independence, a
 * pair gives the same wrong option on item i with probability wₐ·w_b·Σπ², where w is each
 * candidate's error rate and π the shares of wrong answers going to each option of i; the count
 * is then about Poisson, and its upper tail is compared with `SHARED_WRONG_MAX_CHANCE`.
 *
 * @example sharedWrongAnswerSignals(recentAttempts).length
 */
export function sharedWrongAnswerSignals(attempts: readonly FinishedAttempt[]): IntegritySignal[] {
  const errorRates = attempts.map((attempt) => {
    const { correct, scored } = rawScore(attempt)
    return scored === 0 ? 0 : 1 - correct / scored
  })
  const coincidence = coincidenceByItem(attempts)
  const sharedCounts = countSharedWrong(attempts)
  const parent = attempts.map((_, i) => i)
  const find = (i: number): number => {
    let root = i
    while (parent[root] !== root) root = parent[root]!
    return root
  }
  const linked = new Map<number, number>()
  for (const [key, shared] of sharedCounts) {
    if (shared < MIN_SHARED_WRONG) continue
    const [a, b] = key.split(':').map(Number) as [number, number]
    const items = new Set(attempts[a]!.responses.map((r) => r.itemId))
    let expected = 0
    for (const response of attempts[b]!.responses) {
      if (items.has(response.itemId)) {
        expected += errorRates[a]! * errorRates[b]! * (coincidence.get(response.itemId) ?? 0)
      }
    }
    if (poissonUpperTail(shared, expected) > SHARED_WRONG_MAX_CHANCE) continue
    parent[find(a)] = find(b)
    linked.set(a, Math.max(linked.get(a) ?? 0, shared))
    linked.set(b, Math.max(linked.get(b) ?? 0, shared))
  }
  const groups = new Map<number, number[]>()
  for (const index of linked.keys()) {
    const root = find(index)
    groups.set(root, [...(groups.get(root) ?? []), index])
  }
  return [...groups.values()]
    .filter((members) => members.length >= MIN_SHARED_GROUP)
    .map((members) => ({
      kind: 'shared-wrong-answers' as const,
      attemptIds: members.map((i) => attempts[i]!.attemptId),
      sharedWrong: Math.min(...members.map((i) => linked.get(i)!)),
    }))
}

function wrongAnswerKey(itemId: string, chosen: readonly string[]): string {
  return `${itemId}\u0000${[...chosen].sort().join(',')}`
}

/** Per item: Σπ², the chance two wrong answers to it pick the same option(s). */
function coincidenceByItem(attempts: readonly FinishedAttempt[]): Map<string, number> {
  const counts = new Map<string, Map<string, number>>()
  for (const attempt of attempts) {
    for (const r of attempt.responses) {
      if (r.correct || r.chosen.length === 0) continue
      const options = counts.get(r.itemId) ?? new Map<string, number>()
      const key = wrongAnswerKey(r.itemId, r.chosen)
      options.set(key, (options.get(key) ?? 0) + 1)
      counts.set(r.itemId, options)
    }
  }
  const result = new Map<string, number>()
  for (const [itemId, options] of counts) {
    const total = [...options.values()].reduce((s, n) => s + n, 0)
    result.set(
      itemId,
      [...options.values()].reduce((s, n) => s + (n / total) ** 2, 0),
    )
  }
  return result
}

/** Identical wrong answers per pair of attempts (of different candidates) that share any. */
function countSharedWrong(attempts: readonly FinishedAttempt[]): Map<string, number> {
  const byWrongAnswer = new Map<string, number[]>()
  attempts.forEach((attempt, index) => {
    for (const r of attempt.responses) {
      if (r.correct || r.chosen.length === 0) continue
      const key = wrongAnswerKey(r.itemId, r.chosen)
      byWrongAnswer.set(key, [...(byWrongAnswer.get(key) ?? []), index])
    }
  })
  const pairs = new Map<string, number>()
  for (const list of byWrongAnswer.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!
        const b = list[j]!
        if (attempts[a]!.candidateId === attempts[b]!.candidateId) continue
        const key = `${a}:${b}`
        pairs.set(key, (pairs.get(key) ?? 0) + 1)
      }
    }
  }
  return pairs
}

/** P(X ≥ k) for X ~ Poisson(mean). */
function poissonUpperTail(k: number, mean: number): number {
  if (mean <= 0) return 0
  let term = Math.exp(-mean)
  let below = 0
  for (let j = 0; j < k; j++) {
    below += term
    term = (term * mean) / (j + 1)
  }
  return Math.max(0, 1 - below)
}
