import type { FinishedAttempt } from './response-records.js'

/**
 * Share of attempts whose form contained each item, between 0 and 1. An attempt counts once per
 * item even when it holds the item twice (two variants of one item model share its id).
 *
 * @example exposureRates(attempts).get('item-1') // 0.25
 */
export function exposureRates(attempts: readonly FinishedAttempt[]): Map<string, number> {
  const forms = new Map<string, number>()
  for (const attempt of attempts) {
    for (const itemId of new Set(attempt.responses.map((r) => r.itemId))) {
      forms.set(itemId, (forms.get(itemId) ?? 0) + 1)
    }
  }
  return new Map([...forms].map(([itemId, count]) => [itemId, count / attempts.length]))
}
