import { describe, expect, it } from 'vitest'
import {
  CATALOG,
  catalogTest,
  cutScoreRecord,
  expectedRawScore,
  offeredTests,
  PLATFORM_ROUND,
  type RatingRound,
  ratingRoundProblem,
  readAuthoredBank,
  roundsInPrecedence,
  STANDARD_ROUNDS,
} from '../../../src/assessment/index.js'
import { reviewStanding } from '../../support/review-standing.js'

const operational = readAuthoredBank(new Map(CATALOG.map((t) => [t.id, t])), { demo: true })
  .map((p) => p.item)
  .filter((i) => i.lifecycle === 'operational')
const counts = new Map<string, Map<string, number>>()
for (const item of operational) {
  const domains = counts.get(item.testId) ?? new Map<string, number>()
  domains.set(item.domain, (domains.get(item.domain) ?? 0) + 1)
  counts.set(item.testId, domains)
}
const offered = offeredTests(CATALOG, counts, reviewStanding())

describe('cut-score records of the offered tests', () => {
  it('gives every offered test a modified-Angoff record that its pass rule follows', () => {
    expect(offered.length).toBeGreaterThan(0)
    for (const test of offered) {
      const record = cutScoreRecord(test, roundsInPrecedence(test.id, STANDARD_ROUNDS))
      expect(record.method).toBe('modified-angoff')
      expect(record.domains.map((d) => d.domain)).toEqual(test.blueprint.map((d) => d.id))
      expect(record.domains.reduce((s, d) => s + d.items, 0)).toBe(test.form.scoredItems)
      for (const d of record.domains) {
        expect(d.probability).toBeGreaterThan(0)
        expect(d.probability).toBeLessThan(1)
        expect(d.rationale.length).toBeGreaterThan(10)
      }
      for (const panel of record.panels) {
        expect(panel.raters.length).toBeGreaterThan(0)
        expect(panel.ratedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
      expect(record.statement).toContain(
        "platform's own content authors (not an independent panel)",
      )
      expect(test.passRule).toEqual({
        kind: 'ability-cut',
        cutTheta: record.cutTheta,
        cutPercent: record.cutPercent,
        method: 'modified-angoff',
        scale: record.scale,
      })
    }
  })

  it('says a test without calibration data sits on the provisional scale the ratings imply', () => {
    const test = catalogTest('accounting-fundamentals')!
    const record = cutScoreRecord(test, [PLATFORM_ROUND])
    expect(record.scale).toBe('provisional')
    expect(record.cutTheta).toBe(0)
    expect(record.statement).toContain('No item family of this test is calibrated yet')
    // VAT 8 × 0.80, depreciation 8 × 0.75, ratios 7 × 0.75, pricing 7 × 0.70 = 22.55 of 30.
    expect(record.borderlineRawScore).toBeCloseTo(22.55, 10)
    expect(record.cutPercent).toBeCloseTo(75.1667, 3)
    // On the provisional scale each item sits at −logit(p): every blueprint form's curve gives
    // the borderline score at θ = 0, so the ability cut is the same raw cut on every form.
    const form = record.domains.flatMap((d) =>
      Array.from({ length: d.items }, () => ({
        difficulty: -Math.log(d.probability / (1 - d.probability)),
        dispersion: 0,
      })),
    )
    expect(expectedRawScore(record.cutTheta, form)).toBeCloseTo(record.borderlineRawScore, 10)
  })

  it('maps the borderline score through calibrated families: harder families, higher cut', () => {
    const test = catalogTest('accounting-fundamentals')!
    const calibrated = (shift: number) =>
      cutScoreRecord(test, [PLATFORM_ROUND], {
        attempts: 2400,
        byDomain: new Map(
          test.blueprint.map((d, i) => [
            d.id,
            [
              { difficulty: shift - 1 + 0.2 * i, dispersion: 0.4 },
              { difficulty: shift + 0.5 - 0.1 * i, dispersion: 0.2 },
            ],
          ]),
        ),
      })
    const easy = calibrated(0)
    const hard = calibrated(1)
    expect(easy.scale).toBe('calibrated')
    expect(easy.statement).toContain('random-item Rasch model from 2400 attempts')
    expect(hard.cutTheta - easy.cutTheta).toBeCloseTo(1, 6)
    expect(hard.borderlineRawScore).toBe(easy.borderlineRawScore)
  })

  it('lets a later external panel’s round for one test override the authors’ ratings', () => {
    const test = catalogTest('accounting-fundamentals')!
    const external: RatingRound = {
      id: 'external-accounting-2027',
      testId: test.id,
      panel: 'external',
      raters: ['Chartered accountant A', 'Bookkeeper B', 'Bookkeeper C'],
      ratedOn: '2027-02-01',
      rationale: 'Three practitioners rated VAT items after discussing the borderline candidate.',
      ratings: [{ domain: 'vat', probability: 0.9, rationale: 'Daily work for any bookkeeper.' }],
    }
    expect(ratingRoundProblem(external)).toBeNull()
    const rounds = roundsInPrecedence(test.id, [PLATFORM_ROUND, external])
    expect(rounds.map((r) => r.id)).toEqual(['external-accounting-2027', 'platform-2026-12'])
    const record = cutScoreRecord(test, rounds)
    expect(record.domains.find((d) => d.domain === 'vat')).toMatchObject({
      probability: 0.9,
      round: 'external-accounting-2027',
    })
    expect(record.domains.find((d) => d.domain === 'ratios')?.round).toBe('platform-2026-12')
    expect(record.borderlineRawScore).toBeCloseTo(22.55 + 8 * 0.1, 10)
    expect(record.statement).toContain('an external panel of practitioners')
    // A round for another test does not apply.
    expect(roundsInPrecedence('bookkeeping', [PLATFORM_ROUND, external])).toEqual([PLATFORM_ROUND])
  })

  it('refuses a round without raters, date, rationale or with a probability outside (0, 1)', () => {
    const good = PLATFORM_ROUND
    expect(ratingRoundProblem(good)).toBeNull()
    expect(ratingRoundProblem({ ...good, raters: [] })).toMatch(/raters/)
    expect(ratingRoundProblem({ ...good, ratedOn: 'yesterday' })).toMatch(/ratedOn/)
    expect(ratingRoundProblem({ ...good, rationale: ' ' })).toMatch(/rationale/)
    expect(
      ratingRoundProblem({
        ...good,
        ratings: [{ domain: 'vat', probability: 1, rationale: 'certain' }],
      }),
    ).toMatch(/vat: probability/)
    expect(
      ratingRoundProblem({
        ...good,
        ratings: [
          { domain: 'vat', probability: 0.8, rationale: 'one' },
          { domain: 'vat', probability: 0.7, rationale: 'two' },
        ],
      }),
    ).toMatch(/rated twice/)
  })
})
