import { describe, expect, it } from 'vitest'
import {
  DEFAULT_WORKERS,
  MARKET_CATEGORIES,
  simulateMarket,
  simulationParameters,
} from '../../src/simulation/index.js'

/** The paper's platform: 467,455 projects among 46,791 workers. */
const PAPER_PROJECTS_PER_WORKER = 467_455 / 46_791

describe('a simulated market of 12,000 workers', () => {
  const params = simulationParameters({ workers: 12_000, seed: 1 })
  const perCategory = new Map<string, number>()
  const tests = new Set<string>()
  let projects = 0
  let workers = 0
  for (const history of simulateMarket(params)) {
    workers++
    projects += history.projects.length
    perCategory.set(history.category, (perCategory.get(history.category) ?? 0) + 1)
    for (const award of history.awards) tests.add(award.testId)
  }

  it('has the paper’s projects per worker within 2 %', () => {
    expect(workers).toBe(12_000)
    expect(Math.abs(projects / workers / PAPER_PROJECTS_PER_WORKER - 1)).toBeLessThan(0.02)
  })

  it('has each category’s share of workers within one point of the paper’s', () => {
    for (const category of MARKET_CATEGORIES) {
      const share = (perCategory.get(category.name) ?? 0) / workers
      expect(Math.abs(share - category.workerShare), category.name).toBeLessThan(0.01)
    }
  })

  it('awards more than 300 distinct tests', () => {
    expect(tests.size).toBeGreaterThan(300)
  })

  it('defaults to the paper’s size', () => {
    expect(DEFAULT_WORKERS).toBe(46_791)
    expect(MARKET_CATEGORIES.map((c) => [c.name, c.workerShare])).toEqual([
      ['Technology', 0.429],
      ['Design & Creative', 0.195],
      ['Writing & Translation', 0.138],
      ['Virtual Assistant', 0.135],
      ['Sales & Marketing', 0.081],
      ['Finance', 0.019],
      ['Other', 0.003],
    ])
  })
})
