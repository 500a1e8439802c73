import type { StoredDomainScore } from '../tables.js'

export interface AnsweredItem {
  readonly position: number
  readonly domain: string
  readonly scored: boolean
  readonly keyOptionIds: readonly string[]
  /** null: never answered, which scores as wrong. */
  readonly chosenOptionIds: readonly string[] | null
}

export interface AttemptScore {
  readonly raw: number
  readonly scoredItems: number
  /** 100 · raw / scored items, unrounded. */
  readonly percent: number
  readonly passed: boolean
  readonly domains: readonly StoredDomainScore[]
  /** Correctness per position, pretest items included (kept server-side, for statistics). */
  readonly correctByPosition: ReadonlyMap<number, boolean>
}

/** Right only when exactly the keys were chosen: a multiple-answer item has no partial credit. */
export function isCorrect(keys: readonly string[], chosen: readonly string[] | null): boolean {
  if (!chosen || chosen.length !== keys.length) return false
  const set = new Set(chosen)
  return set.size === keys.length && keys.every((k) => set.has(k))
}

/**
 * Scores an attempt as it stands: unanswered items count as wrong, pretest items never count,
 * and the pass needs a percent score at or above the cut.
 *
 * @example scoreAttempt(items, 70).passed
 */
export function scoreAttempt(
  items: readonly AnsweredItem[],
  cutPercent: number,
  domainOrder: readonly string[] = [],
): AttemptScore {
  const correctByPosition = new Map<number, boolean>()
  const domains = new Map<string, { correct: number; scored: number }>(
    domainOrder.map((d) => [d, { correct: 0, scored: 0 }]),
  )
  let raw = 0
  let scoredItems = 0
  for (const item of items) {
    const correct = isCorrect(item.keyOptionIds, item.chosenOptionIds)
    correctByPosition.set(item.position, correct)
    if (!item.scored) continue
    scoredItems++
    if (correct) raw++
    const domain = domains.get(item.domain) ?? { correct: 0, scored: 0 }
    domain.scored++
    if (correct) domain.correct++
    domains.set(item.domain, domain)
  }
  const percent = scoredItems === 0 ? 0 : (100 * raw) / scoredItems
  return {
    raw,
    scoredItems,
    percent,
    passed: scoredItems > 0 && percent >= cutPercent,
    domains: [...domains].filter(([, d]) => d.scored > 0).map(([domain, d]) => ({ domain, ...d })),
    correctByPosition,
  }
}
