import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { expect } from 'vitest'
import { parseIsoSeconds } from '../../../src/study/records/iso-time.js'

/** The impact-study fixtures (records and the panels and estimates computed with R). */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/impact-study/', import.meta.url))
export const RECORDS_DIR = `${FIXTURE_DIR}records`
export const EXPECTED_DIR = `${FIXTURE_DIR}expected`

/** The fixtures' observed span: 2015-01-01 to 2018-01-01. */
export const FIXTURE_OBS_START = parseIsoSeconds('2015-01-01T00:00:00Z')
export const FIXTURE_OBS_END = parseIsoSeconds('2018-01-01T00:00:00Z')

/** Relative tolerance the spec allows for non-integer numbers. */
export const RELATIVE_TOLERANCE = 1e-8

export function readCsv(path: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(readFileSync(path)) as string[][]
  return { header: header!, rows }
}

const INTEGER_COLUMNS = new Set([
  'k',
  'post',
  'year',
  'n_creds',
  'no_rating',
  'cum_completed',
  'new_entrant',
  'n_projects',
  'any_project',
])
const TIME_COLUMNS = new Set(['period_start', 'started_at'])
const ID_COLUMNS = new Set(['event_id', 'worker_id', 'test_id', 'project_id'])

/**
 * Asserts that a panel, given as named columns in the expected row order, equals an expected CSV:
 * ids and integers exactly, times to the second, other numbers within a relative 1e-8.
 */
export function expectPanelEqualsCsv(
  actual: (name: string, row: number) => string | number,
  rows: number,
  expectedPath: string,
): void {
  const expected = readCsv(expectedPath)
  expect(rows).toBe(expected.rows.length)
  expected.header.forEach((name, j) => {
    const mismatches: string[] = []
    expected.rows.forEach((row, i) => {
      const want = row[j]!
      const got = actual(name, i)
      if (!cellMatches(name, got, want)) mismatches.push(`row ${i + 2}: got ${got}, want ${want}`)
    })
    expect(mismatches.slice(0, 5), `column ${name}`).toEqual([])
  })
}

function cellMatches(name: string, got: string | number, want: string): boolean {
  if (ID_COLUMNS.has(name)) return got === want
  if (TIME_COLUMNS.has(name)) return got === parseIsoSeconds(want)
  const value = Number(want)
  if (INTEGER_COLUMNS.has(name)) return got === value
  const scale = Math.max(Math.abs(value), Math.abs(got as number))
  return Math.abs((got as number) - value) <= RELATIVE_TOLERANCE * scale
}
