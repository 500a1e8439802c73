import {
  ATTEMPT_WINDOW_DAYS,
  DEFAULT_CUT_PERCENT,
  DEFAULT_SCORED_ITEMS,
  DEFAULT_SECONDS_PER_ITEM,
  MAX_ATTEMPTS_PER_WINDOW,
  MAX_PRETEST_ITEMS,
  RENEWAL_WINDOW_DAYS,
  RETAKE_WAIT_DAYS,
} from './policy-defaults.js'
import type { FormSpec, PassRule, RetakePolicy } from './test-definition.js'

export const DEFAULT_FORM: FormSpec = {
  scoredItems: DEFAULT_SCORED_ITEMS,
  maxPretestItems: MAX_PRETEST_ITEMS,
  secondsPerItem: DEFAULT_SECONDS_PER_ITEM,
}

export const DEFAULT_PASS_RULE: PassRule = { kind: 'percent-cut', cutPercent: DEFAULT_CUT_PERCENT }

export const DEFAULT_RETAKE_POLICY: RetakePolicy = {
  waitDays: RETAKE_WAIT_DAYS,
  maxAttemptsPerWindow: MAX_ATTEMPTS_PER_WINDOW,
  windowDays: ATTEMPT_WINDOW_DAYS,
  renewalWindowDays: RENEWAL_WINDOW_DAYS,
}

/**
 * The whole form's limit: every delivered item, pretest included, gets its seconds, because the
 * candidate cannot tell pretest items apart.
 *
 * @example formTimeLimitSeconds(DEFAULT_FORM) // (30 + 5) × 80 = 2800
 */
export function formTimeLimitSeconds(form: FormSpec): number {
  return (form.scoredItems + form.maxPretestItems) * form.secondsPerItem
}

/** Items a form draws from a domain: the weight's share of scored items, at least one. */
export function itemsDrawnFromDomain(form: FormSpec, weight: number): number {
  return Math.max(1, Math.round(form.scoredItems * weight))
}
