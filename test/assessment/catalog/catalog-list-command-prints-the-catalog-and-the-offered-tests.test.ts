import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../../../src/cli/main.js'

async function run(args: string[]): Promise<string> {
  const out: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk))
    return true
  })
  const error = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    await main(['node', 'skillsignal', ...args])
    return out.join('')
  } finally {
    write.mockRestore()
    error.mockRestore()
  }
}

describe('skillsignal catalog list', () => {
  it('prints at least 300 tests as JSON, the offered ones with --offered, and why the rest are not', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'catalog-list-'))
    const all = JSON.parse(await run(['catalog', 'list', '--json', '--data-dir', dataDir])) as {
      id: string
      offered: boolean
      offerReason: string | null
      blueprint: unknown[]
    }[]
    const offered = JSON.parse(
      await run(['catalog', 'list', '--offered', '--json', '--data-dir', dataDir]),
    ) as typeof all
    expect(all.length).toBeGreaterThanOrEqual(300)
    expect(offered.length).toBeGreaterThan(0)
    expect(offered.every((t) => t.offered && t.offerReason === null)).toBe(true)
    expect(offered.map((t) => t.id)).toEqual(all.filter((t) => t.offered).map((t) => t.id))
    const withdrawn = all.filter((t) => !t.offered)
    expect(withdrawn.every((t) => t.offerReason?.startsWith('Not offered: '))).toBe(true)
    // The text listing puts each reason under its test.
    const repeat = withdrawn.find((t) => t.offerReason?.includes('of its item families with'))!
    const text = await run(['catalog', 'list', '--data-dir', dataDir])
    expect(text).toContain(`${repeat.id.padEnd(36)}`)
    expect(text).toContain(repeat.offerReason)
    expect(text).toContain(`${all.length} tests, ${offered.length} offered`)
    expect(process.exitCode ?? 0).toBe(0)
    // Three runs each open the data directory's database: a guard against a hang, not a speed check.
  }, 240_000)
})
