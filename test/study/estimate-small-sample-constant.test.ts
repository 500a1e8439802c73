import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { estimate } from '../../src/study/estimate/estimate-model.js'
import { modelSpec } from '../../src/study/estimate/model-spec.js'
import { smallSampleConstant } from '../../src/study/estimate/small-sample.js'
import { expectedPeriodPanel, sliceByWorkers } from './estimate-fixtures.js'

describe("the clustered variance's small-sample constant is fixest's", () => {
  it('is G/(G−1) · (n−1)/(n−K) with K = slopes + 1', () => {
    expect(smallSampleConstant({ clusters: 10, observations: 100, slopes: 4 })).toBe(
      (10 / 9) * (99 / 95),
    )
  })

  it('exceeds one and tends to one as clusters and rows grow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (clusters, slopes, extra) => {
          const c = smallSampleConstant({ clusters, observations: slopes + 1 + extra, slopes })
          expect(c).toBeGreaterThan(1)
        },
      ),
    )
    expect(smallSampleConstant({ clusters: 1e7, observations: 1e9, slopes: 3 })).toBeCloseTo(1, 6)
  })

  it('refuses a single cluster or no residual degrees of freedom', () => {
    expect(() => smallSampleConstant({ clusters: 1, observations: 50, slopes: 2 })).toThrow(
      /two clusters/,
    )
    expect(() => smallSampleConstant({ clusters: 5, observations: 3, slopes: 2 })).toThrow(
      /more rows/,
    )
  })

  it('names the model when its data has a single worker', () => {
    const panel = expectedPeriodPanel('periods.csv')
    const one = sliceByWorkers(panel, new Set([panel.worker_id[0]!]))
    expect(() => estimate(modelSpec('main', 'n_projects', 'event'), one)).toThrow(
      /^main\.n_projects\.event: clustered variance needs two clusters/,
    )
  })
})
