import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  memoryRecordSource,
  openFileRecordSource,
  type RecordSource,
  runStudy,
  type StudyRun,
  studySettings,
} from '../../src/study/index.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { groupHistories } from '../../src/study/records/record-source.js'
import { estimateDifferences } from './support/compare-estimates.js'
import {
  EXPECTED_DIR,
  FIXTURE_OBS_END,
  FIXTURE_OBS_START,
  RECORDS_DIR,
} from './support/fixture-files.js'

const settings = studySettings({ obsStart: FIXTURE_OBS_START, obsEnd: FIXTURE_OBS_END })
const { timing_s: _, ...expected } = JSON.parse(
  readFileSync(`${EXPECTED_DIR}/estimates.json`, 'utf8'),
) as Record<string, unknown>

describe('runStudy on the fixture records', () => {
  let source: RecordSource
  let single: StudyRun
  beforeAll(async () => {
    source = await openFileRecordSource(RECORDS_DIR)
    single = await runStudy(source, settings)
  })

  it('gives every model, headline and sample of fixest within 1e-8', () => {
    expect(estimateDifferences(single.estimates, expected)).toEqual([])
  })

  it('gives the same bits when run again', async () => {
    const again = await runStudy(source, settings)
    expect(again.estimates).toEqual(single.estimates)
  })

  it('agrees within 1e-12 when three worker threads share the workers', async () => {
    const threaded = await runStudy(source, settings, { partitions: 3 })
    expect(estimateDifferences(threaded.estimates, single.estimates, 1e-12)).toEqual([])
    expect(threaded.panels?.period.rows).toBe(single.panels?.period.rows)
  })

  it('gives the same bits from record objects as from the loaded columns', async () => {
    const tables = await loadRecordTables(RECORDS_DIR)
    const fromObjects = await runStudy(memoryRecordSource(groupHistories(tables)), settings)
    expect(fromObjects.estimates).toEqual(single.estimates)
    expect(fromObjects.counts).toEqual(single.counts)
  })

  it('gives the same bits on a thread as in this thread for one partition', async () => {
    const threaded = await runStudy(source, settings, { workerThreads: true })
    expect(threaded.estimates).toEqual(single.estimates)
  })
})
