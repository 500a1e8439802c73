import { describe, expect, it } from 'vitest'
import {
  addScoreSample,
  mergeScoreSamples,
  type ScoreSamples,
  scoreScale,
  scoreZ,
} from '../../src/study/panel/score-scale.js'

const samples = (byTest: Record<string, number[]>): ScoreSamples =>
  new Map(Object.entries(byTest).map(([test, scores]) => [test, [...scores]]))

describe('score_z: the standardized rank of a score within its test', () => {
  it('gives tied scores their average rank, standardized by the ranks’ sample deviation', () => {
    const scale = scoreScale(samples({ t: [70, 60, 80, 70] }))
    // Ranks 1, 2.5, 2.5, 4: mean 2.5, sample deviation √(4.5 / 3).
    const sd = Math.sqrt(4.5 / 3)
    expect(scoreZ(scale, 't', 60)).toBeCloseTo(-1.5 / sd, 15)
    expect(scoreZ(scale, 't', 70)).toBe(0)
    expect(scoreZ(scale, 't', 80)).toBeCloseTo(1.5 / sd, 15)
  })

  it('ranks within each test alone', () => {
    const scale = scoreScale(samples({ a: [10, 20, 30], b: [90, 95, 99] }))
    expect(scoreZ(scale, 'a', 30)).toBe(1)
    expect(scoreZ(scale, 'b', 99)).toBe(1)
    expect(scoreZ(scale, 'b', 90)).toBe(-1)
  })

  it('is 0 for a test with one scored event or only ties', () => {
    const scale = scoreScale(samples({ one: [55], ties: [80, 80, 80] }))
    expect(scoreZ(scale, 'one', 55)).toBe(0)
    expect(scoreZ(scale, 'ties', 80)).toBe(0)
  })

  it('is empty (NaN) for an award without a score or outside the sample', () => {
    const scale = scoreScale(samples({ t: [60, 70] }))
    expect(scoreZ(scale, 't', Number.NaN)).toBeNaN()
    expect(scoreZ(scale, 't', 65)).toBeNaN()
    expect(scoreZ(scale, 'other', 60)).toBeNaN()
  })

  it('does not depend on how the events are split between partitions', () => {
    const left: ScoreSamples = new Map()
    const right: ScoreSamples = new Map()
    for (const [i, score] of [50, 70, 60, 70, 90, 40, 70].entries()) {
      addScoreSample(i % 2 === 0 ? left : right, 't', score)
    }
    addScoreSample(left, 't', Number.NaN)
    const whole = scoreScale(samples({ t: [50, 70, 60, 70, 90, 40, 70] }))
    const merged = scoreScale(mergeScoreSamples(right, left))
    for (const score of [40, 50, 60, 70, 90]) {
      expect(scoreZ(merged, 't', score)).toBe(scoreZ(whole, 't', score))
    }
  })
})
