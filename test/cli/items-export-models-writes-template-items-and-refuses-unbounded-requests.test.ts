import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readQtiFile } from '../../src/assessment/index.js'
import { createTestSchema, engine } from '../support/database.js'
import { runCli } from '../support/run-cli.js'

describe(`items export --models on ${engine}`, () => {
  let dataDir: string
  let out: string
  let schema: Awaited<ReturnType<typeof createTestSchema>> | undefined
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-export-'))
    out = mkdtempSync(join(tmpdir(), 'skillsignal-export-out-'))
    schema = engine === 'postgres' ? await createTestSchema() : undefined
    env = { DATABASE_URL: schema?.url ?? '' }
  })
  afterAll(async () => {
    await schema?.drop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(out, { recursive: true, force: true })
  })

  it('writes each named model as a template item of the asked number of variants, listed in the manifest', async () => {
    const args = ['--models', 'fin-vat,tr-en-de-lexis', '--variants', '3', '--seed', '9']
    const result = await runCli(['items', 'export', '--out', out, ...args, '--data-dir', dataDir], {
      env,
    })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^exported \d+ items and 2 model templates of 3 variants \(\d+ files\) to /,
    )
    expect(readdirSync(join(out, 'templates')).sort()).toEqual([
      'fin-vat.xml',
      'tr-en-de-lexis.xml',
    ])
    expect(readFileSync(join(out, 'imsmanifest.xml'), 'utf8')).toContain(
      'href="templates/fin-vat.xml"',
    )
    const read = readQtiFile(
      readFileSync(join(out, 'templates/fin-vat.xml'), 'utf8'),
      'fin-vat.xml',
      {},
      new Map(),
    )
    expect(read.kind === 'template' && read.template).toMatchObject({
      modelId: 'fin-vat',
      seed: 9,
      draws: [1, 2, 3],
    })
  })

  it.each([
    [
      ['--models', 'fin-vat', '--variants', '0'],
      '--variants must be a whole number from 1 to 100, not "0"',
    ],
    [
      ['--models', 'fin-vat', '--variants', '101'],
      '--variants must be a whole number from 1 to 100, not "101"',
    ],
    [['--variants', '5'], '--variants and --seed go with --models'],
    [['--models', 'fin-vat,no-such-model'], 'no such item model: no-such-model'],
    [
      ['--models', 'all', '--variants', '100'],
      'variants is over 5000 variants per export: name fewer models or lower --variants',
    ],
  ])('refuses %j with exit 2 and says why', async (args, message) => {
    const result = await runCli(['items', 'export', '--out', out, ...args, '--data-dir', dataDir], {
      env,
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
  })
})
