import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const run = promisify(execFile)
const PROCESSES = 6

// Each child waits for one shared instant, so all of them meet the empty directory together,
// then resolves the secret of that data directory and prints it.
const child = `
import { resolveKeySecret } from './src/credentials/keys/key-secret.ts'
const at = Number(process.argv[2])
while (Date.now() < at) {}
process.stdout.write(resolveKeySecret({}, process.argv[1]))
`

describeEngineIndependent('the key secret file on a first start', () => {
  it('gives every process starting at once the same whole secret and leaves one file', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'key-secret-race-')), 'data')
    // Far enough ahead for every child to have loaded, whatever the machine's load.
    const at = String(Date.now() + 8_000)
    const outcomes = await Promise.allSettled(
      Array.from({ length: PROCESSES }, () =>
        run(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', child, dataDir, at],
          { cwd: process.cwd() },
        ).then((out) => out.stdout),
      ),
    )
    const failed = outcomes.filter((o) => o.status === 'rejected')
    expect(failed.map((o) => String(o.reason).split('\n')[0])).toEqual([])
    const secrets = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : ''))
    expect(new Set(secrets).size).toBe(1)
    expect(secrets[0]).toMatch(/^[\w-]{43}$/)
    // No draft is left behind beside the secret.
    expect(readdirSync(dataDir)).toHaveLength(1)
  })
})
