import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clusterScores, mergeClusterScores } from '../../src/study/estimate/cluster-scores.js'
import { crossProducts, mergeCrossProducts } from '../../src/study/estimate/cross-products.js'
import { demeanPartition } from '../../src/study/estimate/demean.js'
import { buildDesign } from '../../src/study/estimate/design.js'
import { estimate, yearsOf } from '../../src/study/estimate/estimate-model.js'
import { finishEstimate } from '../../src/study/estimate/finish-estimate.js'
import {
  type LevelTotals,
  levelTotals,
  mergeLevelTotals,
} from '../../src/study/estimate/level-totals.js'
import { groupModels, type ModelGroup } from '../../src/study/estimate/model-groups.js'
import { solveModel } from '../../src/study/estimate/solve.js'
import { STUDY_MODELS } from '../../src/study/estimate/study-models.js'
import type { ModelEstimate } from '../../src/study/index.js'
import type { PeriodPanel, ProjectPanel } from '../../src/study/panel/panel-columns.js'
import { expectedPeriodPanel, expectedProjectPanel, sliceByWorkers } from './estimate-fixtures.js'

const panels = {
  project: expectedProjectPanel(),
  period: expectedPeriodPanel('periods.csv'),
  period_dynamic: expectedPeriodPanel('periods_dynamic.csv'),
}
const workers = [...new Set(panels.period.worker_id)]

/**
 * The pipeline's passes over partitions (shared fixed-effect levels merged first, then the two
 * passes); every message crosses a structured clone.
 */
function partitioned(group: ModelGroup, parts: readonly (PeriodPanel | ProjectPanel)[]) {
  const years = yearsOf(panels[group.panel])
  const designs = parts.map((part) => buildDesign(group, part, years))
  const levels = designs.map((design) => structuredClone(levelTotals(design)))
  const totals = levels.every((l) => l !== null)
    ? (levels as LevelTotals[]).reduce(mergeLevelTotals)
    : null
  const demeaned = designs.map((design) => demeanPartition(design, totals))
  const stats = demeaned.map((d) => structuredClone(crossProducts(d))).reduce(mergeCrossProducts)
  return group.models.map((model) => {
    const solution = structuredClone(solveModel(model, stats))
    const scores = demeaned
      .map((d) => structuredClone(clusterScores(d, solution)))
      .reduce(mergeClusterScores)
    return finishEstimate(model, stats, solution, scores)
  })
}

const groups = groupModels(STUDY_MODELS)

function maxRelativeDifference(a: ModelEstimate, b: ModelEstimate): number {
  let worst = 0
  const compare = (x: number, y: number) => {
    const scale = Math.max(Math.abs(x), Math.abs(y))
    if (scale > 0) worst = Math.max(worst, Math.abs(x - y) / scale)
  }
  for (const field of ['coef', 'se', 't', 'p'] as const) {
    for (const name of Object.keys(a[field])) compare(a[field][name]!, b[field][name]!)
  }
  for (const field of ['r2', 'adj_r2', 'within_r2'] as const) compare(a[field], b[field])
  return worst
}

function split(assignment: readonly number[], partitions: number) {
  return Array.from({ length: partitions }, (_, part) => {
    return new Set(workers.filter((_, w) => assignment[w]! % partitions === part))
  }).filter((set) => set.size > 0)
}

describe('summing partitions of whole workers equals the single pass', () => {
  it('for every model, with workers dealt round-robin to three partitions, within 1e-12', () => {
    const parts = split(
      workers.map((_, w) => w),
      3,
    )
    for (const group of groups) {
      const panel = panels[group.panel]
      const merged = partitioned(
        group,
        parts.map((workerSet) => sliceByWorkers(panel, workerSet)),
      )
      group.models.forEach((model, i) => {
        const single = estimate(model, panel)
        const ours = merged[i]!
        expect(ours.nobs).toBe(single.nobs)
        expect(ours.n_singletons_removed).toBe(single.n_singletons_removed)
        expect(ours.n_clusters).toBe(single.n_clusters)
        expect(ours.dropped_collinear).toEqual(single.dropped_collinear)
        expect(maxRelativeDifference(ours, single), model.key).toBeLessThan(1e-12)
      })
    }
  })

  it('for any assignment of workers to up to five partitions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(4), { minLength: workers.length, maxLength: workers.length }),
        fc.integer({ min: 1, max: 5 }),
        (assignment, partitions) => {
          const parts = split(assignment, partitions)
          for (const group of groups) {
            const panel = panels[group.panel]
            const merged = partitioned(
              group,
              parts.map((workerSet) => sliceByWorkers(panel, workerSet)),
            )
            group.models.forEach((model, i) => {
              const single = estimate(model, panel)
              expect(maxRelativeDifference(merged[i]!, single), model.key).toBeLessThan(1e-12)
            })
          }
        },
      ),
      { numRuns: 10 },
    )
  })
})
