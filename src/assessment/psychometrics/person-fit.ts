import { logistic } from './statistics.js'

/**
 * lz* at or below this (one-sided 1 % under the standard normal) calls a response pattern
 * implausible for a person of its ability: right where such a person fails, wrong where they win.
 */
export const PERSON_MISFIT_LZ_STAR = -2.33
/** Newton steps for the ML ability; Rasch's likelihood is concave, so this is plenty. */
const ML_ITERATIONS = 50

export interface RaschResponse {
  readonly difficulty: number
  readonly correct: boolean
}

/**
 * Snijders' (2001) lz*, the person-fit statistic lz corrected for the ability being estimated from
 * the same answers, for the Rasch model at the maximum-likelihood ability. With P = logistic(θ − b)
 * and w = θ − b, the weights are centred by c = Σ P(1−P)·w / Σ P(1−P), and
 * lz* = Σ (u − P)(w − c) / √(Σ (w − c)² P(1−P)), asymptotically standard normal. Null when the ML
 * ability does not exist (all right or all wrong: such a pattern cannot misfit) or there are fewer
 * than two items.
 *
 * @example lzStar([{ difficulty: -2, correct: false }, { difficulty: 2, correct: true }, …])
 */
export function lzStar(responses: readonly RaschResponse[]): number | null {
  const right = responses.filter((r) => r.correct).length
  if (responses.length < 2 || right === 0 || right === responses.length) return null
  const theta = mlAbility(responses, right)
  let pq = 0
  let pqw = 0
  for (const r of responses) {
    const p = logistic(theta - r.difficulty)
    pq += p * (1 - p)
    pqw += p * (1 - p) * (theta - r.difficulty)
  }
  const c = pqw / pq
  let numerator = 0
  let variance = 0
  for (const r of responses) {
    const p = logistic(theta - r.difficulty)
    const w = theta - r.difficulty - c
    numerator += ((r.correct ? 1 : 0) - p) * w
    variance += w * w * p * (1 - p)
  }
  return variance > 0 ? numerator / Math.sqrt(variance) : null
}

/** The ability at which the expected number right equals the number right (Rasch's ML equation). */
function mlAbility(responses: readonly RaschResponse[], right: number): number {
  let theta = 0
  for (let i = 0; i < ML_ITERATIONS; i++) {
    let expected = 0
    let information = 0
    for (const r of responses) {
      const p = logistic(theta - r.difficulty)
      expected += p
      information += p * (1 - p)
    }
    const step = (right - expected) / information
    theta += Math.max(-1, Math.min(1, step))
    if (Math.abs(step) < 1e-10) break
  }
  return theta
}
