import { describe, expect, it } from 'vitest'
import { estimateStudy } from '../../src/study/estimate/study-estimates.js'
import { STUDY_MODELS } from '../../src/study/estimate/study-models.js'
import {
  expectedEstimates,
  expectedPeriodPanel,
  expectedProjectPanel,
  recordCount,
} from './estimate-fixtures.js'

const RELATIVE = 1e-8

const reference = expectedEstimates() as Record<string, Record<string, unknown>>
const ours = estimateStudy(
  {
    project: expectedProjectPanel(),
    period: expectedPeriodPanel('periods.csv'),
    periodDynamic: expectedPeriodPanel('periods_dynamic.csv'),
  },
  {
    workers: recordCount('workers'),
    awards: recordCount('credential_awards'),
    projects: recordCount('projects'),
    payments: recordCount('payments'),
  },
) as unknown as Record<string, Record<string, unknown>>

function relativeError(got: unknown, want: unknown): number {
  if (typeof got !== 'number' || typeof want !== 'number') return Number.POSITIVE_INFINITY
  return want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want)
}

function expectClose(got: Record<string, unknown>, want: Record<string, unknown>, what: string) {
  expect(Object.keys(got), what).toEqual(Object.keys(want))
  for (const key of Object.keys(want)) {
    expect(relativeError(got[key], want[key]), `${what} ${key}`).toBeLessThan(RELATIVE)
  }
}

describe('every model of the study equals fixest on the fixtures', () => {
  it('lists the same models, headlines and sample in the same order', () => {
    const keys = Object.keys(reference).filter((key) => key !== 'timing_s')
    expect(Object.keys(ours)).toEqual(keys)
    expect(STUDY_MODELS.map((m) => m.key)).toEqual(keys.slice(0, -3))
  })

  for (const model of STUDY_MODELS) {
    it(`${model.key}: counts exactly, numbers within 1e-8`, () => {
      const got = ours[model.key]!
      const want = reference[model.key]!
      expect(got.formula).toBe(want.formula)
      for (const field of ['nobs', 'n_singletons_removed', 'n_clusters', 'dropped_collinear']) {
        expect(got[field], field).toEqual(want[field])
      }
      for (const field of ['coef', 'se', 't', 'p']) {
        expectClose(
          got[field] as Record<string, unknown>,
          want[field] as Record<string, unknown>,
          field,
        )
      }
      for (const field of ['r2', 'adj_r2', 'within_r2']) {
        expect(relativeError(got[field], want[field]), field).toBeLessThan(RELATIVE)
      }
    })
  }

  it('gives the headline figures within 1e-8', () => {
    expectClose(ours.headline!, reference.headline!, 'headline')
  })

  it("gives the design check's headline figures within 1e-8", () => {
    expectClose(ours.headline_design_check!, reference.headline_design_check!, 'design check')
  })

  it('is in fact within 1e-11 on every non-integer number, each on its own scale', () => {
    let worst = 0
    const visit = (got: unknown, want: unknown): void => {
      if (typeof want === 'number' && !Number.isInteger(want)) {
        worst = Math.max(worst, relativeError(got, want))
      } else if (typeof want === 'object' && want !== null && !Array.isArray(want)) {
        for (const key of Object.keys(want)) {
          visit((got as Record<string, unknown>)[key], (want as Record<string, unknown>)[key])
        }
      }
    }
    // A coefficient near zero (t = 0.001) is the difference of large sums: its rounding is small
    // on the scale of its standard error, not of itself; likewise t on the scale of 1. An R² near
    // 0 is 1 − (a ratio near 1), so the ratio is compared.
    const onScale = (value: number, scale: number) => (Math.abs(value) >= scale ? value : scale)
    for (const key of Object.keys(ours)) {
      const got = ours[key] as Record<string, unknown>
      const want = reference[key] as Record<string, unknown>
      if (!('coef' in want)) {
        visit(got, want)
        continue
      }
      const se = want.se as Record<string, number>
      for (const field of ['coef', 't'] as const) {
        const g = got[field] as Record<string, number>
        const w = want[field] as Record<string, number>
        for (const name of Object.keys(w)) {
          const scale = field === 'coef' ? se[name]! : 1
          const error = Math.abs(g[name]! - w[name]!) / Math.abs(onScale(w[name]!, scale))
          worst = Math.max(worst, error)
        }
      }
      visit(got.se, want.se)
      visit(got.p, want.p)
      for (const field of ['r2', 'adj_r2', 'within_r2']) {
        worst = Math.max(
          worst,
          relativeError(1 - (got[field] as number), 1 - (want[field] as number)),
        )
      }
    }
    expect(worst).toBeGreaterThan(0)
    expect(worst).toBeLessThan(1e-11)
  })

  it('counts the sample exactly', () => {
    expect(ours.sample).toEqual(reference.sample)
  })
})
