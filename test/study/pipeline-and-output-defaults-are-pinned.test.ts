import { describe, expect, it } from 'vitest'
import {
  BATCHES_IN_FLIGHT,
  CSV_SIGNIFICANT_DIGITS,
  DEFAULT_PARTITIONS,
  formatCsvNumber,
  MAX_REPORTED_PROBLEMS,
  WORKERS_PER_BATCH,
} from '../../src/study/index.js'

describe('pipeline and output defaults', () => {
  it('run one partition in the calling thread unless told otherwise', () => {
    expect(DEFAULT_PARTITIONS).toBe(1)
  })

  it('deal workers to partitions 256 at a time, at most 4 batches queued per partition', () => {
    expect(WORKERS_PER_BATCH).toBe(256)
    expect(BATCHES_IN_FLIGHT).toBe(4)
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
