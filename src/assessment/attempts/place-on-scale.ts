import { estimateAbility, logistic } from '../psychometrics/index.js'
import type { TestCalibration } from './calibrate-test.js'

export interface ScalePlacement {
  /** EAP ability in logits on the test's calibrated scale. */
  readonly theta: number
  readonly se: number
  /** Expected percent correct over every calibrated item at `theta`. */
  readonly poolPercent: number
}

/**
 * Places an attempt on its test's Rasch scale from the answers to calibrated items, so attempts
 * on different forms compare; null when none of its items is calibrated.
 *
 * @example placeOnScale(calibration, [{ itemRef: 'q1', correct: true }])?.theta
 */
export function placeOnScale(
  calibration: TestCalibration,
  answers: readonly { readonly itemRef: string; readonly correct: boolean }[],
): ScalePlacement | null {
  const difficulty = new Map(calibration.items.map((i) => [i.itemRef, i.difficulty]))
  const responses = answers.flatMap((a) => {
    const b = difficulty.get(a.itemRef)
    return b === undefined ? [] : [{ difficulty: b, correct: a.correct }]
  })
  if (responses.length === 0) return null
  const { theta, se } = estimateAbility(responses, { mean: 0, sd: calibration.abilitySd })
  const expected = calibration.items.reduce((sum, i) => sum + logistic(theta - i.difficulty), 0)
  return { theta, se, poolPercent: (100 * expected) / calibration.items.length }
}
