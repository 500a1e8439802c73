import { screenOptions } from '../interchange/import-screening.js'
import type { Item, ItemLifecycle } from '../item.js'
import { lintOptions } from '../lint/lint-options.js'
import {
  type ItemAnalysis,
  MAX_FACILITY,
  MIN_FACILITY,
  MIN_POINT_BISERIAL,
} from '../psychometrics/index.js'

/**
 * Responses a pretest item needs before it may count: at 200 a point-biserial of 0.20 is
 * distinguishable from zero (its standard error is about 1/√n ≈ 0.07).
 */
export const MIN_RESPONSES_FOR_OPERATIONAL = 200

/** The steps a reviewer may take from each stage. Retiring is always open. */
export const REVIEW_STEPS: Readonly<Record<ItemLifecycle, readonly ItemLifecycle[]>> = {
  draft: ['review', 'retired'],
  review: ['pretest', 'draft', 'retired'],
  pretest: ['operational', 'draft', 'retired'],
  operational: ['retired'],
  retired: [],
}

/** Why a step is refused, in words a reviewer can act on; `undefined` when it may be taken. */
export type GateVerdict = string | undefined

/**
 * Draft → review: someone other than the author checked the item. The reviewer states the key
 * they find without being shown it, and it must be the stored key; the options must be fit to be
 * shuffled and delivered (no "all of the above", letters, answer marks or impossible options).
 */
export function reviewGate(
  item: Item,
  authorId: string | null,
  reviewerId: string,
  statedKey: readonly string[] | undefined,
): GateVerdict {
  if (authorId === reviewerId)
    return 'the author cannot review their own item: another reviewer must'
  if (!statedKey || statedKey.length === 0)
    return 'state the key you find (the option ids), so the review checks it independently'
  const stored = [...item.keys].sort().join(',')
  if ([...statedKey].sort().join(',') !== stored)
    return `the key you found (${[...statedKey].sort().join(', ')}) is not the stored key: return the item to its author or fix it`
  return optionsGate(item)
}

/** Review → pretest: the options still pass the linter that guards delivered items. */
export function optionsGate(item: Item): GateVerdict {
  const screened = screenOptions(item.options)
  if (screened) return screened.reason
  const finding = lintOptions([item]).find((f) => f.itemId === item.id && f.severity === 'error')
  return finding ? finding.message : undefined
}

/**
 * Pretest → operational: enough responses, facility within [0.20, 0.95], corrected
 * point-biserial at least 0.20, and no key correlating negatively or distractor outdoing it.
 */
export function operationalGate(
  analysis: ItemAnalysis | undefined,
  minResponses = MIN_RESPONSES_FOR_OPERATIONAL,
): GateVerdict {
  const responses = analysis?.responses ?? 0
  if (!analysis || responses < minResponses)
    return `${responses} pretest responses; at least ${minResponses} are needed`
  if (analysis.facility < MIN_FACILITY || analysis.facility > MAX_FACILITY)
    return `facility ${analysis.facility.toFixed(2)} is outside [${MIN_FACILITY}, ${MAX_FACILITY}]`
  const r = analysis.correctedPointBiserial
  if (Number.isNaN(r) || r < MIN_POINT_BISERIAL)
    return `corrected point-biserial ${Number.isNaN(r) ? 'undefined' : r.toFixed(2)} is below ${MIN_POINT_BISERIAL}`
  const keys = analysis.options.filter((o) => o.isKey)
  const weakestKey = Math.min(...keys.map((o) => o.pointBiserial))
  const rival = analysis.options.find((o) => !o.isKey && o.pointBiserial > weakestKey)
  if (keys.some((o) => o.pointBiserial < 0) || rival)
    return `a distractor${rival ? ` (${rival.optionId})` : ''} discriminates better than the key: check the key`
  return undefined
}
