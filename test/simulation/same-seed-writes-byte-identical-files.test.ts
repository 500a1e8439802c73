import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { simulationParameters, writeMarket } from '../../src/simulation/index.js'

const root = mkdtempSync(join(tmpdir(), 'simulation-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

function filesOf(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {}
  for (const name of readdirSync(dir).sort()) files[name] = readFileSync(join(dir, name))
  return files
}

describe.each(['csv', 'parquet'] as const)('writing a market as %s', (format) => {
  it('gives byte-identical files for the same seed and different files for another', async () => {
    const params = simulationParameters({ workers: 300, seed: 11 })
    await writeMarket(params, join(root, `${format}-a`), { format })
    await writeMarket(params, join(root, `${format}-b`), { format })
    await writeMarket({ ...params, seed: 12 }, join(root, `${format}-c`), { format })
    const a = filesOf(join(root, `${format}-a`))
    expect(Object.keys(a)).toEqual([
      `credential_awards.${format}`,
      'manifest.json',
      `payments.${format}`,
      `projects.${format}`,
      `workers.${format}`,
    ])
    const b = filesOf(join(root, `${format}-b`))
    expect(Object.keys(b)).toEqual(Object.keys(a))
    // Buffer.equals compares bytes at once; a deep equality would walk megabytes element by element.
    for (const name of Object.keys(a)) expect(b[name]!.equals(a[name]!), name).toBe(true)
    const c = filesOf(join(root, `${format}-c`))
    expect(c[`projects.${format}`]!.equals(a[`projects.${format}`]!)).toBe(false)
  })
})
