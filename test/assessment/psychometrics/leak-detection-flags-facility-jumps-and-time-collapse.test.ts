import { describe, expect, it } from 'vitest'
import {
  createRng,
  detectLeak,
  LEAK_MIN_FACILITY_JUMP,
  LEAK_MIN_HISTORY,
  LEAK_MIN_Z,
  LEAK_RECENT_WINDOW,
  LEAK_TIME_COLLAPSE_RATIO,
  type TimedResponse,
} from '../../../src/assessment/index.js'

function responses(
  seed: number,
  phases: readonly { count: number; facility: number; medianMs: number }[],
): TimedResponse[] {
  const rng = createRng(seed)
  const out: TimedResponse[] = []
  for (const phase of phases) {
    for (let i = 0; i < phase.count; i++) {
      out.push({
        at: out.length * 60_000,
        correct: rng.next() < phase.facility,
        timeMs: Math.round(phase.medianMs * (0.6 + 0.8 * rng.next())),
      })
    }
  }
  return out
}

describe('leak detection', () => {
  it('pins its defaults: last 50 responses against ≥ 100 before, jump ≥ 0.20 at z ≥ 3, time below half', () => {
    expect([LEAK_RECENT_WINDOW, LEAK_MIN_HISTORY, LEAK_MIN_FACILITY_JUMP, LEAK_MIN_Z]).toEqual([
      50, 100, 0.2, 3,
    ])
    expect(LEAK_TIME_COLLAPSE_RATIO).toBe(0.5)
  })

  it('flags an item whose facility jumps from 0.4 to 0.9', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const history = responses(seed, [
        { count: 300, facility: 0.4, medianMs: 40_000 },
        { count: 50, facility: 0.9, medianMs: 40_000 },
      ])
      const signals = detectLeak(history)
      expect(signals.map((s) => s.kind)).toContain('facility-jump')
      const jump = signals.find((s) => s.kind === 'facility-jump')
      expect(jump?.kind === 'facility-jump' && jump.recentFacility).toBeGreaterThan(0.75)
    }
  })

  it('flags an item whose answer time collapses while facility holds', () => {
    const signals = detectLeak(
      responses(3, [
        { count: 200, facility: 0.6, medianMs: 45_000 },
        { count: 50, facility: 0.6, medianMs: 8_000 },
      ]),
    )
    expect(signals.map((s) => s.kind)).toEqual(['time-collapse'])
  })

  it('leaves a stable item alone in at least 99 of 100 histories', () => {
    let flagged = 0
    for (let seed = 100; seed < 200; seed++) {
      const stable = responses(seed, [{ count: 400, facility: 0.5, medianMs: 40_000 }])
      if (detectLeak(stable).length > 0) flagged++
    }
    expect(flagged).toBeLessThanOrEqual(1)
  })

  it('says nothing before the item has a history', () => {
    const young = responses(4, [
      { count: 60, facility: 0.2, medianMs: 40_000 },
      { count: 50, facility: 1, medianMs: 1_000 },
    ])
    expect(detectLeak(young)).toEqual([])
  })
})
