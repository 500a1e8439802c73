import { describe, expect, it } from 'vitest'
import {
  ATTEMPT_WINDOW_DAYS,
  decideRetake,
  MAX_ATTEMPTS_PER_WINDOW,
  RENEWAL_WINDOW_DAYS,
  RETAKE_WAIT_DAYS,
  type RetakePolicy,
} from '../../../src/assessment/index.js'

const DAY = 86_400_000
const policy: RetakePolicy = {
  waitDays: RETAKE_WAIT_DAYS,
  maxAttemptsPerWindow: MAX_ATTEMPTS_PER_WINDOW,
  windowDays: ATTEMPT_WINDOW_DAYS,
  renewalWindowDays: RENEWAL_WINDOW_DAYS,
}
const t0 = Date.UTC(2026, 0, 1)
const at = (days: number) => new Date(t0 + days * DAY)
const failed = (day: number) => ({ startedAt: at(day), finishedAt: at(day), passed: false })
const passed = (day: number) => ({ startedAt: at(day), finishedAt: at(day), passed: true })

describe('retake rules', () => {
  it('pins the ladder of the spec: 14, 30, 90 days; 4 attempts in 365 days; 60-day renewal window', () => {
    expect([...RETAKE_WAIT_DAYS]).toEqual([14, 30, 90])
    expect([MAX_ATTEMPTS_PER_WINDOW, ATTEMPT_WINDOW_DAYS, RENEWAL_WINDOW_DAYS]).toEqual([
      4, 365, 60,
    ])
  })

  it('lets a first attempt through', () => {
    expect(decideRetake(policy, [], [], at(0))).toEqual({ allowed: true })
  })

  it('makes each further failure wait longer, and the 90 days repeat after the third', () => {
    const cases: [ReturnType<typeof failed>[], number][] = [
      [[failed(0)], 14],
      [[failed(0), failed(20)], 20 + 30],
      [[failed(0), failed(20), failed(60)], 60 + 90],
    ]
    for (const [history, opensOn] of cases) {
      expect(decideRetake(policy, history, [], at(opensOn - 0.001))).toMatchObject({
        allowed: false,
        reason: 'waiting-period',
        notBefore: at(opensOn),
      })
      expect(decideRetake(policy, history, [], at(opensOn)).allowed).toBe(true)
    }
  })

  it('starts the ladder again after a pass', () => {
    const history = [failed(0), failed(20), passed(60), failed(900)]
    expect(decideRetake(policy, history, [], at(913)).allowed).toBe(false)
    expect(decideRetake(policy, history, [], at(914)).allowed).toBe(true)
  })

  it('allows at most 4 attempts in any 365 days, reporting when the oldest ages out', () => {
    const history = [failed(0), failed(14), failed(44), failed(134)]
    expect(decideRetake(policy, history, [], at(300))).toMatchObject({
      allowed: false,
      reason: 'attempt-limit',
      notBefore: at(365),
    })
    expect(decideRetake(policy, history, [], at(365)).allowed).toBe(true)
  })

  it('refuses a certified candidate until the renewal window, and ignores revoked or lapsed certifications', () => {
    const valid = { validUntil: at(730), revokedAt: null }
    expect(decideRetake(policy, [passed(0)], [valid], at(669))).toMatchObject({
      allowed: false,
      reason: 'certified',
      notBefore: at(670),
    })
    expect(decideRetake(policy, [passed(0)], [valid], at(670)).allowed).toBe(true)
    expect(
      decideRetake(policy, [passed(0)], [{ ...valid, revokedAt: at(10) }], at(11)).allowed,
    ).toBe(true)
    expect(decideRetake(policy, [passed(0)], [valid], at(731)).allowed).toBe(true)
  })
})
