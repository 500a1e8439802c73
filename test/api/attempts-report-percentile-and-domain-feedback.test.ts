import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { domainQuotas, STRENGTH_PERCENT } from '../../src/assessment/index.js'
import { FIXTURE_TEST } from '../assessment/attempts/fixture-bank.js'
import { engine } from '../support/database.js'
import {
  type AttemptsHarness,
  answerAll,
  type Caller,
  openAttemptsHarness,
  scoredPositions,
} from './attempts-support.js'

/** Takes the JavaScript fixture test, right on exactly `right` scored items. */
async function take(h: AttemptsHarness, who: Caller, right: number) {
  const attempt = (await who.call('POST', '/attempts', { testId: 'fixture-js' })).json().attempt
  const chosen = new Set((await scoredPositions(h, attempt.id)).slice(0, right))
  await answerAll(h, who, attempt, (position) => chosen.has(position))
  const submitted = await who.call('POST', `/attempts/${attempt.id}/submit`)
  expect(submitted.statusCode).toBe(200)
  return submitted.json().report
}

describe(`the report of a scored attempt on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness()
  })
  afterAll(() => h.close())

  it('gives raw and percent score, pass against the 70 % cut, and the mid-rank percentile among recent takers', async () => {
    const first = await take(h, await h.signUp('ada'), 10)
    expect(first.percentile).toBeNull()
    await take(h, await h.signUp('bo'), 20)
    await take(h, await h.signUp('cy'), 25)
    const report = await take(h, await h.signUp('di'), 20)
    expect(report).toMatchObject({
      rawScore: 20,
      scoredItems: 30,
      cutPercent: 70,
      passed: false,
      endedBy: 'submission',
    })
    expect(report.percentScore).toBeCloseTo(200 / 3, 10)
    // Others scored 10, 20 and 25 of 30: one below, one equal → (1 + ½) / 3.
    expect(report.percentile).toBeCloseTo(50, 10)
    const best = await take(h, await h.signUp('ed'), 21)
    expect(best.passed).toBe(true)
    expect(best.percentile).toBeCloseTo(75, 10)
  })

  it('leaves takers older than a year out of the percentile', async () => {
    h.clock.advance(400 * 86_400_000)
    const report = await take(h, await h.signUp('fy'), 15)
    expect(report.percentile).toBeNull()
  })

  it('reports every blueprint domain with its title, its share correct and a standing', async () => {
    const report = await take(h, await h.signUp('gu'), 27)
    const quotas = domainQuotas(FIXTURE_TEST.blueprint, 30)
    expect(report.domains.map((d: { domain: string }) => d.domain)).toEqual(
      FIXTURE_TEST.blueprint.map((d) => d.id),
    )
    for (const domain of report.domains) {
      const blueprint = FIXTURE_TEST.blueprint.find((d) => d.id === domain.domain)!
      expect(domain.title).toBe(blueprint.title)
      expect(domain.scored).toBe(quotas.get(domain.domain))
      expect(domain.percent).toBeCloseTo((100 * domain.correct) / domain.scored, 10)
      const expected =
        domain.percent >= STRENGTH_PERCENT ? 'strength' : domain.percent >= 70 ? 'adequate' : 'gap'
      expect(domain.standing).toBe(expected)
    }
    expect(report.domains.reduce((s: number, d: { correct: number }) => s + d.correct, 0)).toBe(27)
    expect(STRENGTH_PERCENT).toBe(85)
  })
})
