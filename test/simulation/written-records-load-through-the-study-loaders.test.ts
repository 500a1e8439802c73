import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { simulateMarket, simulationParameters, writeMarket } from '../../src/simulation/index.js'
import { groupHistories, loadRecordTables } from '../../src/study/index.js'

const root = mkdtempSync(join(tmpdir(), 'simulation-load-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

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
