import { describe, expect, it } from 'vitest'
import { BODY_LIMIT_BYTES } from '../../src/api/app.js'
import { MAX_SIMULATED_WORKERS, STUDY_UPLOAD_LIMIT_BYTES } from '../../src/api/routes/study-runs.js'
import {
  CATALOG_PAGE_SIZE as DEFAULT_PAGE_SIZE,
  MAX_CATALOG_PAGE_SIZE as MAX_PAGE_SIZE,
} from '../../src/assessment/index.js'

describe('request limits and page sizes of the API', () => {
  it('are the documented values', () => {
    expect(BODY_LIMIT_BYTES).toBe(1024 * 1024)
    expect([DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE]).toEqual([50, 200])
    // A market of a million projects as CSV text is about 150 MB.
    expect(STUDY_UPLOAD_LIMIT_BYTES).toBe(256 * 1024 * 1024)
    // About twice the paper's platform (46,791 workers).
    expect(MAX_SIMULATED_WORKERS).toBe(100_000)
  })
})
