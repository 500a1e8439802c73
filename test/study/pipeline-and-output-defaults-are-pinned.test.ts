import { describe, expect, it } from 'vitest'
import { REFERENCE_PERIOD } from '../../src/study/estimate/model-spec.js'
import { DEFAULT_PARTITIONS } from '../../src/study/index.js'
import { CSV_SIGNIFICANT_DIGITS, formatCsvNumber } from '../../src/study/panel/panel-csv.js'
import { BATCHES_IN_FLIGHT, WORKERS_PER_BATCH } from '../../src/study/pipeline/run-study.js'
import { MAX_REPORTED_PROBLEMS } from '../../src/study/records/record-problem.js'
import { PROGRESS_INTERVAL_MS, STUDY_RUN_PARTITIONS } from '../../src/study/runs/study-runner.js'

describe('pipeline and output defaults', () => {
  it('run one partition in the calling thread unless told otherwise', () => {
    expect(DEFAULT_PARTITIONS).toBe(1)
  })

  it('deal workers to partitions 256 at a time, at most 4 batches queued per partition', () => {
    expect(WORKERS_PER_BATCH).toBe(256)
    expect(BATCHES_IN_FLIGHT).toBe(4)
  })

  it('run a server study on two worker threads, writing progress at most every half second', () => {
    expect(STUDY_RUN_PARTITIONS).toBe(2)
    expect(PROGRESS_INTERVAL_MS).toBe(500)
  })

  it('measure the event study against the period before the credential', () => {
    expect(REFERENCE_PERIOD).toBe(-1)
  })

  it('list up to 100 problems of bad records before stopping', () => {
    expect(MAX_REPORTED_PROBLEMS).toBe(100)
  })

  it('write numbers as R does: integers whole, others to 15 significant digits', () => {
    expect(CSV_SIGNIFICANT_DIGITS).toBe(15)
    expect(formatCsvNumber(2017)).toBe('2017')
    expect(formatCsvNumber(Math.log(2))).toBe('0.693147180559945')
    expect(formatCsvNumber(Math.log(1 + 2))).toBe('1.09861228866811')
    expect(formatCsvNumber(3.2)).toBe('3.2')
    expect(formatCsvNumber(569.07)).toBe('569.07')
  })
})
