import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestSchema, engine } from '../support/database.js'
import { runCli } from '../support/run-cli.js'

describe(`skillsignal simulate --load on ${engine}`, () => {
  let dataDir: string
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-load-'))
    schema = engine === 'postgres' ? await createTestSchema() : undefined
    env = { DATABASE_URL: schema?.url ?? '' }
  })
  afterAll(async () => {
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('loads a market with progress on stderr and leaves a ledger that checks', async () => {
    const load = await runCli(
      ['simulate', '--workers', '3', '--seed', '19', '--load', '--data-dir', dataDir],
      { env },
    )
    expect(load.stderr).toContain('load [')
    expect(load.stdout).toMatch(
      /^loaded 3 workers, \d+ clients, \d+ certifications, \d+ contracts/m,
    )
    expect(load.code, load.stderr).toBe(0)
    const check = await runCli(['ledger', 'check', '--data-dir', dataDir, '--json'], { env })
    expect(check.code, `${check.stdout}\n${check.stderr}`).toBe(0)
    const report = JSON.parse(check.stdout)
    expect(report.transactions).toBeGreaterThan(0)
    expect(report).toMatchObject({ imbalanced: 0, balance_mismatches: 0 })
  }, 300_000)

  it('refuses a study given both records and the platform', async () => {
    const result = await runCli(
      ['study', '--records', dataDir, '--platform', '--out', join(dataDir, 'out')],
      { env },
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('give either --records DIR or --platform')
  })
})
