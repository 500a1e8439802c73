import { expectedRawScore, type FormFamily } from '../psychometrics/family-ability.js'
import type { PassRule } from '../test-definition.js'
import type { CutScoreRecord } from './cut-score-record.js'

/** The pass rule a cut-score record sets. */
export function abilityCutRule(record: CutScoreRecord): Extract<PassRule, { kind: 'ability-cut' }> {
  return {
    kind: 'ability-cut',
    cutTheta: record.cutTheta,
    cutPercent: record.cutPercent,
    method: record.method,
    scale: record.scale,
  }
}

/**
 * The raw score a delivered form needs under an ability cut: its characteristic curve at the cut.
 *
 * @example formRawCut(0, [{ difficulty: 0, dispersion: 0 }, { difficulty: 0, dispersion: 0 }]) // 1
 */
export function formRawCut(cutTheta: number, form: readonly FormFamily[]): number {
  return expectedRawScore(cutTheta, form)
}

/**
 * Whether `raw` right answers on `form` pass the ability cut: the maximum-likelihood ability of
 * that raw score on that form is at or above the cut exactly when the raw score reaches the form's
 * expected score at the cut (the curve rises in θ). Classification is on the point estimate; the
 * attempt's EAP and its standard error are reported beside it, not used to widen the cut.
 *
 * @example passesAbilityCut(21, 0, form)
 */
export function passesAbilityCut(
  raw: number,
  cutTheta: number,
  form: readonly FormFamily[],
): boolean {
  return raw >= formRawCut(cutTheta, form) - 1e-9
}
