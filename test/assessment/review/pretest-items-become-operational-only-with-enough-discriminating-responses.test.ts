import { expect, it } from 'vitest'
import {
  analyseItems,
  type FinishedAttempt,
  MIN_RESPONSES_FOR_OPERATIONAL,
  operationalGate,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const SCORED = Array.from({ length: 10 }, (_, i) => `s${i}`)

/**
 * Candidates of spread ability answering ten scored items and one pretest item `p`, which the
 * able get right (`discriminating`) or which everyone gets right by chance alone.
 */
function attempts(count: number, discriminating: boolean): FinishedAttempt[] {
  let seed = 7
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  return Array.from({ length: count }, (_, n) => {
    const ability = n / count
    const right = (chance: number) => random() < chance
    const responses = SCORED.map((itemId) => {
      const correct = right(0.2 + 0.7 * ability)
      return { itemId, chosen: [correct ? 'A' : 'B'], correct, scored: true, timeMs: null }
    })
    const correct = right(discriminating ? 0.1 + 0.8 * ability : 0.5)
    responses.push({
      itemId: 'p',
      chosen: [correct ? 'A' : 'B'],
      correct,
      scored: false,
      timeMs: null,
    })
    return { attemptId: `a${n}`, candidateId: `c${n}`, finishedAt: n, responses }
  })
}

const keyInfo = new Map(
  [...SCORED, 'p'].map((id) => [id, { optionIds: ['A', 'B', 'C'], keys: ['A'] }]),
)
const analysisOfP = (count: number, discriminating: boolean) =>
  analyseItems(attempts(count, discriminating), keyInfo).get('p')

describeEngineIndependent('the gate from pretest to operational', () => {
  it('opens for an item with enough responses that separates able from less able candidates', () => {
    const analysis = analysisOfP(MIN_RESPONSES_FOR_OPERATIONAL + 50, true)!
    expect(analysis.correctedPointBiserial).toBeGreaterThan(0.2)
    expect(operationalGate(analysis)).toBeUndefined()
  })

  it('stays shut below the responses it needs, naming how many there are', () => {
    expect(operationalGate(analysisOfP(60, true))).toBe(
      `60 pretest responses; at least ${MIN_RESPONSES_FOR_OPERATIONAL} are needed`,
    )
    expect(operationalGate(undefined)).toMatch(/^0 pretest responses/)
  })

  it('stays shut for an item answered right by chance, naming its point-biserial', () => {
    const verdict = operationalGate(analysisOfP(MIN_RESPONSES_FOR_OPERATIONAL + 50, false))
    expect(verdict).toMatch(/corrected point-biserial -?0\.\d\d is below 0\.2/)
  })
})
