import { Matrix, solve } from 'ml-matrix'
import { describe, expect, it } from 'vitest'
import {
  COLLINEARITY_TOLERANCE,
  choleskyDropCollinear,
} from '../../src/study/estimate/collinear-cholesky.js'
import { crossProducts } from '../../src/study/estimate/cross-products.js'
import { demeanPartition } from '../../src/study/estimate/demean.js'
import { buildDesign, regressorNames } from '../../src/study/estimate/design.js'
import { estimate, yearsOf } from '../../src/study/estimate/estimate-model.js'
import { groupModels } from '../../src/study/estimate/model-groups.js'
import { modelSpec } from '../../src/study/estimate/model-spec.js'
import { solveModel } from '../../src/study/estimate/solve.js'
import { expectedProjectPanel } from './estimate-fixtures.js'

/** X'X of the given columns. */
function crossOf(columns: readonly number[][]): Float64Array {
  const p = columns.length
  const out = new Float64Array(p * p)
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      out[a * p + b] = columns[a]!.reduce((s, v, i) => s + v * columns[b]![i]!, 0)
    }
  }
  return out
}

const a = [1, 2, 0, 4, 1, 3]
const b = [0, 1, 1, 2, 5, 1]
const c = [2, 2, 3, 1, 0, 1]
const sum = a.map((v, i) => v + b[i]!)

describe('collinear regressors are dropped in order, as fixest does', () => {
  it("uses fixest's collin.tol, 1e-10, compared with the squared pivot", () => {
    expect(COLLINEARITY_TOLERANCE).toBe(1e-10)
    const justBelow = new Float64Array([1, 0, 0, 0.9e-10])
    const justAbove = new Float64Array([1, 0, 0, 1.1e-10])
    expect(choleskyDropCollinear(justBelow, 2).dropped).toEqual([1])
    expect(choleskyDropCollinear(justAbove, 2).dropped).toEqual([])
  })

  it('drops the column that completes a linear dependency, whichever position it has', () => {
    expect(choleskyDropCollinear(crossOf([a, b, sum, c]), 4).dropped).toEqual([2])
    expect(choleskyDropCollinear(crossOf([sum, a, b, c]), 4).dropped).toEqual([2])
    expect(choleskyDropCollinear(crossOf([a, c, b, sum]), 4).dropped).toEqual([3])
    expect(choleskyDropCollinear(crossOf([a, [0, 0, 0, 0, 0, 0], c]), 3).dropped).toEqual([1])
  })

  it("returns the inverse of the kept columns' cross-product", () => {
    const { kept, inverse } = choleskyDropCollinear(crossOf([a, b, sum, c]), 4)
    expect(kept).toEqual([0, 1, 3])
    const product = Matrix.from1DArray(3, 3, Array.from(crossOf([a, b, c]))).mmul(
      Matrix.from1DArray(3, 3, Array.from(inverse)),
    )
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) expect(product.get(i, j)).toBeCloseTo(i === j ? 1 : 0, 12)
    }
  })

  it('drops and reports a control that a combination of earlier ones explains', () => {
    const panel = expectedProjectPanel()
    // cum_completed made n_creds + 2·no_rating + 1: the constant is absorbed by the event.
    const cumCompleted = panel.n_creds.map((n, i) => n + 2 * panel.no_rating[i]! + 1)
    const collinear: typeof panel = { ...panel, cum_completed: cumCompleted }
    const model = modelSpec('main', 'log_value', 'event')
    const fitted = estimate(model, collinear)
    expect(fitted.dropped_collinear).toEqual(['cum_completed'])
    expect(Object.keys(fitted.coef)).toEqual([
      'n_creds',
      'avg_rating',
      'no_rating',
      'cum_earnings_asinh',
    ])

    // The same coefficients by a dense solve of the demeaned normal equations without cum_completed.
    const [group] = groupModels([model])
    const years = yearsOf(panel)
    const part = demeanPartition(buildDesign(group!, collinear, years))
    const names = regressorNames(model, years).filter(
      (name) => name !== 'cum_completed' && name !== `year::${years.at(-1)}`,
    )
    const index = names.map((name) => part.names.indexOf(name))
    const y = part.names.indexOf('log_value')
    const width = part.names.length
    const x = new Matrix(part.rows, names.length)
    const target = new Matrix(part.rows, 1)
    for (let r = 0; r < part.rows; r++) {
      index.forEach((j, col) => {
        x.set(r, col, part.z[r * width + j]!)
      })
      target.set(r, 0, part.z[r * width + y]!)
    }
    const dense = solve(x.transpose().mmul(x), x.transpose().mmul(target))
    names.forEach((name, col) => {
      if (name.startsWith('year::')) return
      const ours = fitted.coef[name]!
      expect(Math.abs(ours - dense.get(col, 0)) / Math.abs(ours)).toBeLessThan(1e-9)
    })
  })

  it('drops the last year dummy under an absorbed event but leaves year dummies out of the report', () => {
    const panel = expectedProjectPanel()
    const model = modelSpec('main', 'log_value', 'event')
    const [group] = groupModels([model])
    const years = yearsOf(panel)
    const stats = crossProducts(demeanPartition(buildDesign(group!, panel, years)))
    expect(solveModel(model, stats).dropped).toEqual([`year::${years.at(-1)}`])
    expect(estimate(model, panel).dropped_collinear).toEqual([])
  })
})
