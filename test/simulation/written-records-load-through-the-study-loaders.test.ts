import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parquetMetadata } from 'hyparquet'
import { afterAll, describe, expect, it } from 'vitest'
import {
  PARQUET_ROW_GROUP,
  simulateMarket,
  simulationParameters,
  writeMarket,
} from '../../src/simulation/index.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { groupHistories } from '../../src/study/records/record-source.js'

const root = mkdtempSync(join(tmpdir(), 'simulation-load-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('records written as parquet', () => {
  it('come in row groups of PARQUET_ROW_GROUP rows, so memory stays bounded', async () => {
    expect(PARQUET_ROW_GROUP).toBe(10_000)
    const dir = join(root, 'row-groups')
    const manifest = await writeMarket(simulationParameters({ workers: 300, seed: 2 }), dir, {
      format: 'parquet',
    })
    const file = readFileSync(join(dir, 'payments.parquet'))
    const bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)
    const metadata = parquetMetadata(bytes)
    const sizes = metadata.row_groups.map((group) => Number(group.num_rows))
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(manifest.rows.payments)
    expect(sizes.length).toBeGreaterThan(1)
    for (const size of sizes.slice(0, -1)) expect(size).toBe(PARQUET_ROW_GROUP)
  })
})

describe.each(['csv', 'parquet'] as const)('records written as %s', (format) => {
  it('load through the study loaders without a problem and equal the histories in memory', async () => {
    const params = simulationParameters({ workers: 400, seed: 5 })
    const dir = join(root, format)
    const manifest = await writeMarket(params, dir, { format })
    const tables = await loadRecordTables(dir)
    expect(tables.workers.length).toBe(manifest.rows.workers)
    expect(tables.awards.length).toBe(manifest.rows.credential_awards)
    expect(tables.projects.length).toBe(manifest.rows.projects)
    expect(tables.payments.length).toBe(manifest.rows.payments)
    const inMemory = [...simulateMarket(params)].map(
      ({ category: _category, ...history }) => history,
    )
    expect(groupHistories(tables)).toEqual(inMemory)
  })
})
