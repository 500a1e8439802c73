import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jsonErrorPosition } from '../../../src/credentials/index.js'
import { runCli } from '../../support/run-cli.js'

const dataDir = mkdtempSync(join(tmpdir(), 'skillsignal-credentials-cli-'))
const env = { DATABASE_URL: '', SKILLSIGNAL_KEY_SECRET: '' }

describe('skillsignal credentials', () => {
  it('rotate-key retires the active key and names the new issuer', async () => {
    const first = await runCli(['credentials', 'rotate-key', '--data-dir', dataDir], { env })
    expect(first.stderr).not.toContain('Error')
    expect(first.code).toBe(0)
    const [, firstKey] = /active\s+(z6Mk\w+)/.exec(first.stdout)!
    const second = await runCli(['credentials', 'rotate-key', '--data-dir', dataDir], { env })
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(`retired ${firstKey}`)
    expect(second.stdout).toMatch(/issuer\s+did:key:z6Mk/)
  }, 60_000)

  it('verify exits 1 with the failed checks for a credential that does not verify', async () => {
    const file = join(dataDir, 'forged.json')
    writeFileSync(
      file,
      JSON.stringify({
        '@context': ['https://www.w3.org/ns/credentials/v2'],
        type: ['VerifiableCredential'],
      }),
    )
    const result = await runCli(['credentials', 'verify', file, '--data-dir', dataDir], { env })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('verdict: malformed')
  }, 60_000)

  it('verify exits 2 naming the file, line and column of bad JSON', async () => {
    const file = join(dataDir, 'broken.json')
    writeFileSync(file, '{\n  "type": [\n    "VerifiableCredential",,\n  ]\n}')
    const result = await runCli(['credentials', 'verify', file, '--data-dir', dataDir], { env })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`${file}:3:28: not valid JSON`)
  }, 60_000)
})

describe('jsonErrorPosition', () => {
  it('points at the first character JSON does not allow, and at nothing in valid JSON', () => {
    expect(jsonErrorPosition('{\n  "a": ,\n}')).toEqual({ line: 2, column: 8 })
    expect(jsonErrorPosition('[1, 2')).toEqual({ line: 1, column: 6 })
    expect(jsonErrorPosition('{"a": [true, null, -1.5e3, "x\\"y"]}')).toBeUndefined()
  })
})
