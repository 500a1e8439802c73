import { describe, expect, it } from 'vitest'
import { estimate } from '../../src/study/estimate/estimate-model.js'
import { modelSpec } from '../../src/study/estimate/model-spec.js'
import { expectedPeriodPanel, sliceRows } from './estimate-fixtures.js'

describe('the score models (Table 8) use only rows whose award has a score', () => {
  const panel = expectedPeriodPanel('periods.csv')
  // Every third event's award loses its score.
  const events = [...new Set(panel.event_id)]
  const unscored = new Set(events.filter((_, i) => i % 3 === 0))
  const scoreZ = panel.score_z!.map((z, i) => (unscored.has(panel.event_id[i]!) ? Number.NaN : z))
  const partlyScored = { ...panel, score_z: scoreZ }
  const scoredRows = [...Array(panel.rows).keys()].filter((i) => !Number.isNaN(scoreZ[i]!))

  it('equals the same model on the scored rows alone', () => {
    const model = modelSpec('score', 'earnings', 'test')
    const got = estimate(model, partlyScored)
    const want = estimate(model, sliceRows(partlyScored, scoredRows))
    expect(got.nobs + got.n_singletons_removed).toBe(scoredRows.length)
    expect(got.nobs).toBeLessThan(panel.rows)
    expect(got.coef).toEqual(want.coef)
    expect(got.se).toEqual(want.se)
  })

  it('leaves the models that need no score on every row', () => {
    const model = modelSpec('design_check', 'earnings', 'event')
    expect(estimate(model, partlyScored).nobs).toBe(panel.rows)
  })
})
