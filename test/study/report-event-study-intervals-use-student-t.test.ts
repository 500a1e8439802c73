import { describe, expect, it } from 'vitest'
import type { ModelEstimate, StudyEstimates } from '../../src/study/index.js'
import { CONFIDENCE_LEVEL, eventStudyPoints } from '../../src/study/report/event-study-points.js'

function dynamic(clusters: number, coef: number, se: number): ModelEstimate {
  const names = ['k::-2', 'k::0', 'avg_rating']
  const record = (value: number) => Object.fromEntries(names.map((name) => [name, value]))
  return {
    formula: 'y ~ i(k, ref = -1) | event_id',
    nobs: 100,
    n_singletons_removed: 0,
    n_clusters: clusters,
    coef: record(coef),
    se: record(se),
    t: record(coef / se),
    p: record(0.5),
    r2: 0.5,
    adj_r2: 0.4,
    within_r2: 0.1,
    dropped_collinear: [],
  }
}

describe('event-study intervals', () => {
  it('are 95 % intervals', () => {
    expect(CONFIDENCE_LEVEL).toBe(0.95)
  })

  it('use the Student t quantile with G − 1 degrees of freedom, one point per period dummy', () => {
    // Closed forms of the 97.5 % quantile: tan(π · 0.475) with one degree of freedom,
    // (2p − 1)·√(2 / (4p(1 − p))) with two.
    const estimates = {
      'dynamic.n_projects.event': dynamic(2, 1, 0.5),
      'dynamic.any_project.event': dynamic(3, 0, 1),
      'dynamic.earnings.event': dynamic(1e9, -2, 1),
    } as unknown as StudyEstimates
    const points = eventStudyPoints(estimates)
    expect(points.map((p) => p.k)).toEqual([-2, -1, 0, -2, -1, 0, -2, -1, 0])
    const [projects, reference, , any, , , earnings] = points
    expect(reference).toMatchObject({ k: -1, coef: 0, lower: 0, upper: 0, reference: true })
    expect(projects!.upper).toBeCloseTo(1 + 0.5 * Math.tan(Math.PI * 0.475), 10)
    expect(projects!.lower).toBeCloseTo(1 - 0.5 * Math.tan(Math.PI * 0.475), 10)
    expect(any!.upper).toBeCloseTo(0.95 * Math.sqrt(2 / (4 * 0.975 * 0.025)), 10)
    expect(earnings!.upper).toBeCloseTo(-2 + 1.959963984540054, 8)
  })
})
