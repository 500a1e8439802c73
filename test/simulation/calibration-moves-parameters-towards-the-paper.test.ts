import { describe, expect, it } from 'vitest'
import {
  CALIBRATION_TARGETS,
  calibrateMarket,
  DEFAULT_PARAMETERS,
  simulationParameters,
} from '../../src/simulation/index.js'

describe('the calibration search', () => {
  it('aims at the paper’s figures', () => {
    expect(CALIBRATION_TARGETS).toEqual({
      projectsPerWorker: 467_455 / 46_791,
      projectValuePct: 9.7,
      projectsPct: 5.5,
      newEntrantRatio: 1.5,
    })
  })

  it('brings a market with half the project rate back to the paper’s projects per worker', async () => {
    const workers = 3000
    const start = simulationParameters({
      workers,
      baseProjectsPerDay: DEFAULT_PARAMETERS.baseProjectsPerDay / 2,
    })
    const lines: string[] = []
    const result = await calibrateMarket(start, { rounds: 2, log: (line) => lines.push(line) })
    expect(result.rounds).toHaveLength(2)
    expect(lines).toHaveLength(2)
    const target = CALIBRATION_TARGETS.projectsPerWorker * workers
    const [first, second] = result.rounds
    expect(Math.abs(second!.projects - target)).toBeLessThan(Math.abs(first!.projects - target) / 4)
    expect(result.parameters.baseProjectsPerDay).toBeGreaterThan(start.baseProjectsPerDay * 1.5)
    for (const value of Object.values(result.parameters)) expect(Number.isFinite(value)).toBe(true)
  })
})
