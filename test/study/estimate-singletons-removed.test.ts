import { describe, expect, it } from 'vitest'
import { demeanPartition } from '../../src/study/estimate/demean.js'
import { estimate } from '../../src/study/estimate/estimate-model.js'
import { modelSpec } from '../../src/study/estimate/model-spec.js'
import { expectedProjectPanel, sliceRows } from './estimate-fixtures.js'

describe('singletons are dropped before estimating', () => {
  it('drops rows whose fixed-effect level has one row and demeans the rest within levels', () => {
    // Levels 0 (two rows), 1 (one row), 2 (three rows); clusters 0, 0, 1, 1, 2, 2.
    const part = demeanPartition({
      rows: 6,
      names: ['x', 'y'],
      z: new Float64Array([1, 10, 3, 20, 5, 30, 2, 1, 4, 2, 9, 6]),
      fe: new Int32Array([0, 0, 1, 2, 2, 2]),
      levelNames: null,
      cluster: new Int32Array([0, 0, 1, 1, 2, 2]),
    })
    expect(part.rows).toBe(5)
    expect(part.singletonsRemoved).toBe(1)
    expect(part.levels).toBe(2)
    expect(part.clusters).toBe(3)
    expect(Array.from(part.cluster)).toEqual([0, 0, 1, 2, 2])
    expect(Array.from(part.z)).toEqual([-1, -5, 1, 5, -3, -2, -1, -1, 4, 3])
    expect(Array.from(part.mean)).toEqual([19 / 5, 39 / 5])
  })

  it('counts in nobs and clusters only what remains, and reports how many went', () => {
    const panel = expectedProjectPanel()
    const rowsPerEvent = new Map<string, number>()
    for (const id of panel.event_id) rowsPerEvent.set(id, (rowsPerEvent.get(id) ?? 0) + 1)
    const singletons = [...rowsPerEvent.values()].filter((n) => n === 1).length
    const fitted = estimate(modelSpec('main', 'log_value', 'event'), panel)
    expect(fitted.n_singletons_removed).toBe(singletons)
    expect(fitted.nobs).toBe(panel.rows - singletons)
  })

  it('gives the same estimate as a panel from which the singletons were removed beforehand', () => {
    const panel = expectedProjectPanel()
    const rowsPerEvent = new Map<number, number>()
    for (const e of panel.event_index) rowsPerEvent.set(e, (rowsPerEvent.get(e) ?? 0) + 1)
    const kept: number[] = []
    panel.event_index.forEach((e, i) => {
      if (rowsPerEvent.get(e)! > 1) kept.push(i)
    })
    const model = modelSpec('quadratic', 'log_value', 'event')
    const withSingletons = estimate(model, panel)
    const without = estimate(model, sliceRows(panel, kept))
    expect(without.n_singletons_removed).toBe(0)
    expect(without.nobs).toBe(withSingletons.nobs)
    expect(without.n_clusters).toBe(withSingletons.n_clusters)
    for (const name of Object.keys(withSingletons.coef)) {
      expect(without.coef[name]).toBeCloseTo(withSingletons.coef[name]!, 12)
      expect(without.se[name]).toBeCloseTo(withSingletons.se[name]!, 12)
    }
    expect(without.within_r2).toBeCloseTo(withSingletons.within_r2, 12)
  })
})
