import { type AbilityEstimate, estimateFamilyAbility } from '../psychometrics/index.js'
import type { StoredFamilyCalibration } from './calibrate-families.js'

/**
 * EAP ability and its standard error for a finished attempt from its answers to calibrated item
 * families (each variant a draw from its family), so generated-item tests get an ability on one
 * scale across forms; null when none of its families is calibrated.
 *
 * @example placeOnFamilyScale(calibration, [{ family: 'fin-vat', correct: true }])?.se
 */
export function placeOnFamilyScale(
  calibration: StoredFamilyCalibration,
  answers: readonly { readonly family: string; readonly correct: boolean }[],
): AbilityEstimate | null {
  const responses = answers.flatMap((a) => {
    const family = calibration.byFamily.get(a.family)
    return family ? [{ family, correct: a.correct }] : []
  })
  if (responses.length === 0) return null
  return estimateFamilyAbility(responses, { mean: 0, sd: calibration.abilitySd })
}
