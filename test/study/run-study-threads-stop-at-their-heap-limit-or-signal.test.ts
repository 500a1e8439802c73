import { describe, expect, it } from 'vitest'
import {
  DEFAULT_OBS_END,
  DEFAULT_OBS_START,
  simulateMarket,
  simulationParameters,
} from '../../src/simulation/index.js'
import { memoryRecordSource, runStudy, studySettings } from '../../src/study/index.js'

const settings = studySettings({ obsStart: DEFAULT_OBS_START, obsEnd: DEFAULT_OBS_END })
const market = (workers: number) =>
  memoryRecordSource(simulateMarket(simulationParameters({ workers, seed: 3 })))

describe('partition threads of a study run', () => {
  it('end the run, not the process, when they outgrow their heap limit', async () => {
    const run = runStudy(market(3000), settings, {
      partitions: 2,
      workerThreads: true,
      keepPanels: true,
      threadLimits: { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 },
    })
    await expect(run).rejects.toThrow(/memory|exited/i)
  })

  it('stop at once when the run is aborted, with the abort reason', async () => {
    const controller = new AbortController()
    const run = runStudy(market(20_000), settings, {
      partitions: 2,
      workerThreads: true,
      keepPanels: false,
      signal: controller.signal,
      onProgress: ({ workers }) => {
        if (workers > 0) controller.abort(new Error('stopped by the test'))
      },
    })
    await expect(run).rejects.toThrow('stopped by the test')
  })
})
