import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { runStudy, type StudyEstimates, studySettings } from '../../src/study/index.js'
import type { IndexedRecordTables, RecordTables } from '../../src/study/records/decode-tables.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { tablesRecordSource } from '../../src/study/records/record-source.js'
import { estimateDifferences } from './support/compare-estimates.js'
import { FIXTURE_OBS_END, FIXTURE_OBS_START, RECORDS_DIR } from './support/fixture-files.js'

const settings = studySettings({ obsStart: FIXTURE_OBS_START, obsEnd: FIXTURE_OBS_END })
const EXACT_ENOUGH = 1e-12

let tables: IndexedRecordTables
let reference: StudyEstimates

async function estimatesOf(records: RecordTables, partitions = 1): Promise<StudyEstimates> {
  const run = await runStudy(tablesRecordSource(records), settings, {
    partitions,
    workerThreads: false,
    keepPanels: false,
  })
  return run.estimates
}

/** A permutation of `rows` drawn from `seeds` (one sort key per row). */
function permute<T>(rows: readonly T[], seeds: readonly number[]): T[] {
  return rows
    .map((row, i) => ({ row, key: seeds[i % seeds.length]! * 7919 + i }))
    .sort((a, b) => (a.key % 10007) - (b.key % 10007) || a.key - b.key)
    .map(({ row }) => row)
}

const seeds = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 64 })

beforeAll(async () => {
  tables = await loadRecordTables(RECORDS_DIR)
  reference = await estimatesOf(tables)
})

describe('the estimates', () => {
  it('do not change beyond 1e-12 when the rows of every table are shuffled', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (s) => {
        const shuffled: RecordTables = {
          workers: permute(tables.workers, s),
          awards: permute(tables.awards, s.slice().reverse()),
          projects: permute(tables.projects, s),
          payments: permute(tables.payments, [...s, 3]),
        }
        expect(estimateDifferences(await estimatesOf(shuffled), reference, EXACT_ENOUGH)).toEqual(
          [],
        )
      }),
      { numRuns: 4 },
    )
  })

  it('do not change beyond 1e-12 when workers are renamed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (tag, flip) => {
          const rename = new Map(
            tables.workers.map((w, i) => [
              w.workerId,
              flip ? `${tag}${tables.workers.length - i}` : `${i}${tag}`,
            ]),
          )
          const to = <T extends { workerId: string }>(row: T): T => ({
            ...row,
            workerId: rename.get(row.workerId)!,
          })
          const renamed: RecordTables = {
            workers: tables.workers.map(to),
            awards: tables.awards.map(to),
            projects: tables.projects.map(to),
            payments: tables.payments.map(to),
          }
          expect(estimateDifferences(await estimatesOf(renamed), reference, EXACT_ENOUGH)).toEqual(
            [],
          )
        },
      ),
      { numRuns: 4 },
    )
  })

  it('agree within 1e-12 between a single run and any number of partitions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 7 }), seeds, async (partitions, s) => {
        const reordered: RecordTables = { ...tables, workers: permute(tables.workers, s) }
        const ours = await estimatesOf(reordered, partitions)
        expect(estimateDifferences(ours, reference, EXACT_ENOUGH)).toEqual([])
      }),
      { numRuns: 4 },
    )
  })
})
