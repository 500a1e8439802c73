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
  it('prints at least 300 tests as JSON, and at least 120 with --offered', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'catalog-list-'))
    const all = JSON.parse(await run(['catalog', 'list', '--json', '--data-dir', dataDir])) as {
      id: string
      offered: boolean
      blueprint: unknown[]
    }[]
    const offered = JSON.parse(
      await run(['catalog', 'list', '--offered', '--json', '--data-dir', dataDir]),
    ) as typeof all
    expect(all.length).toBeGreaterThanOrEqual(300)
    expect(offered.length).toBeGreaterThanOrEqual(120)
    expect(offered.every((t) => t.offered)).toBe(true)
    expect(offered.map((t) => t.id)).toEqual(all.filter((t) => t.offered).map((t) => t.id))
    expect(process.exitCode ?? 0).toBe(0)
  })
})
