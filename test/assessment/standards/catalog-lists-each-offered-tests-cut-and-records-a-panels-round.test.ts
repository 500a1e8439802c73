import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/main.js'
import { createTestSchema } from '../../support/database.js'

// On PostgreSQL the command runs in a schema of this file's own, so a round recorded by an
// earlier run of the same test (rounds are recorded once) never meets this one.
const server = process.env.DATABASE_URL
let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
beforeAll(async () => {
  if (!server) return
  schema = await createTestSchema()
  process.env.DATABASE_URL = schema.url
})
afterAll(async () => {
  if (!server) return
  process.env.DATABASE_URL = server
  await schema?.drop()
})

async function run(args: string[]): Promise<{ out: string; err: string; code: number }> {
  const out: string[] = []
  const err: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk))
    return true
  })
  const error = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk))
    return true
  })
  process.exitCode = 0
  try {
    await main(['node', 'skillsignal', ...args])
    return { out: out.join(''), err: err.join(''), code: Number(process.exitCode ?? 0) }
  } finally {
    write.mockRestore()
    error.mockRestore()
    process.exitCode = 0
  }
}

interface Listed {
  id: string
  passRule: { kind: string; cutPercent: number }
  cutScore: {
    method: string
    scale: string
    cutPercent: number
    cutTheta: number
    statement: string
    domains: { domain: string; probability: number; round: string }[]
  }
}

describe('skillsignal catalog: cut scores', () => {
  it('lists every offered test with its cut and method, and records an external round', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cut-scores-'))
    const listed = async (...only: string[]) =>
      JSON.parse(
        (await run(['catalog', 'list', ...only, '--json', '--data-dir', dataDir])).out,
      ) as Listed[]
    const before = await listed('--offered')
    expect(before.length).toBeGreaterThan(0)
    for (const t of before) {
      expect(t.cutScore.method).toBe('modified-angoff')
      expect(t.cutScore.scale).toBe('provisional')
      expect(t.passRule.kind).toBe('ability-cut')
      expect(t.cutScore.cutPercent).toBe(t.passRule.cutPercent)
    }
    const file = join(dataDir, 'round.json')
    const round = {
      id: 'external-accounting-2027',
      testId: 'accounting-fundamentals',
      panel: 'external',
      raters: ['Chartered accountant A', 'Bookkeeper B'],
      ratedOn: '2027-02-01',
      rationale: 'Two practitioners rated after discussing the borderline candidate.',
      ratings: [{ domain: 'vat', probability: 0.9, rationale: 'Daily work for a bookkeeper.' }],
    }
    writeFileSync(file, JSON.stringify(round))
    const recorded = await run(['catalog', 'record-rating-round', file, '--data-dir', dataDir])
    expect(recorded.code).toBe(0)
    expect(recorded.out).toContain('recorded rating round external-accounting-2027')
    const after = await listed()
    const accounting = after.find((t) => t.id === 'accounting-fundamentals')!
    expect(accounting.cutScore.domains.find((d) => d.domain === 'vat')).toMatchObject({
      probability: 0.9,
      round: 'external-accounting-2027',
    })
    expect(accounting.cutScore.statement).toContain('an external panel of practitioners')
    const other = after.find((t) => t.id === 'bookkeeping')
    expect(other?.cutScore.statement ?? '').not.toContain('external')

    const again = await run(['catalog', 'record-rating-round', file, '--data-dir', dataDir])
    expect(again.code).not.toBe(0)
    expect(again.err).toContain('already recorded')

    writeFileSync(file, JSON.stringify({ ...round, id: 'bad-round', raters: [] }))
    const bad = await run(['catalog', 'record-rating-round', file, '--data-dir', dataDir])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('raters must name at least one rater')

    writeFileSync(
      file,
      JSON.stringify({
        ...round,
        id: 'stray-round',
        ratings: [{ domain: 'sql-joins', probability: 0.6, rationale: 'not this test' }],
      }),
    )
    const stray = await run(['catalog', 'record-rating-round', file, '--data-dir', dataDir])
    expect(stray.code).toBe(2)
    expect(stray.err).toContain('sql-joins is no blueprint domain of accounting-fundamentals')

    // Calibration needs responses: a test nobody took is refused with the reason.
    const calibrate = await run([
      'catalog',
      'calibrate-families',
      'accounting-fundamentals',
      '--data-dir',
      dataDir,
    ])
    expect(calibrate.code).not.toBe(0)
    expect(calibrate.err).toContain('calibration needs two or more')
  }, 120_000)
})
