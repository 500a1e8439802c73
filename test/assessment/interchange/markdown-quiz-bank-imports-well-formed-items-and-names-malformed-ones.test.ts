import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  CATALOG,
  importIntoBank,
  listAssets,
  listItems,
  readImport,
} from '../../../src/assessment/index.js'
import { main } from '../../../src/cli/main.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'

const BANK = join(import.meta.dirname, '../../fixtures/markdown-quiz')
const TESTS = new Map(CATALOG.map((t) => [t.id, t]))
const MARK = '<!-- refused -->'

interface Expected {
  readonly refusals: Set<string>
  readonly items: { readonly file: string; readonly line: number; readonly keys: number }[]
}

/** What the fixture files say about themselves: marked lines are refusals, other items load. */
function expectations(): Expected {
  const refusals = new Set<string>()
  const items: Expected['items'] = []
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name)
      return statSync(full).isDirectory() ? walk(full) : full.endsWith('.md') ? [full] : []
    })
  for (const file of walk(BANK)) {
    const lines = readFileSync(file, 'utf8').split('\n')
    let span: { line: number; keys: number; bad: boolean } | undefined
    const close = () => {
      if (span && !span.bad) items.push({ file, line: span.line, keys: span.keys })
    }
    lines.forEach((text, i) => {
      if (text.includes(MARK)) refusals.add(`${file}:${i + 1}`)
      if (/^#### /.test(text)) {
        close()
        span = /^#### Q\d+\. /.test(text) ? { line: i + 1, keys: 0, bad: false } : undefined
      }
      if (span && text.includes(MARK)) span.bad = true
      if (span && /^- \[[xX]\]/.test(text)) span.keys++
    })
    close()
  }
  return { refusals, items }
}

describe('a Markdown quiz bank of many files', () => {
  const expected = expectations()
  const plan = readImport([BANK], TESTS, {})

  it('has well-formed and malformed items to import', () => {
    expect(plan.files).toBeGreaterThanOrEqual(6)
    expect(expected.items.length).toBeGreaterThanOrEqual(20)
    expect(expected.refusals.size).toBeGreaterThanOrEqual(4)
  })

  it('reads every well-formed item with its keys, single and multiple answer', () => {
    const found = plan.items.map((p) => ({ file: p.file, line: p.line, keys: p.item.keys.length }))
    expect(found).toEqual(expect.arrayContaining(expected.items))
    expect(found).toHaveLength(expected.items.length)
    for (const p of plan.items) {
      expect(p.item.kind).toBe(p.item.keys.length === 1 ? 'single' : 'multiple')
      for (const key of p.item.keys) expect(p.item.options.map((o) => o.id)).toContain(key)
    }
    expect(new Set(plan.items.map((p) => p.item.kind))).toEqual(new Set(['single', 'multiple']))
  })

  it('keeps code blocks in stems and options', () => {
    const stems = plan.items.map((p) => p.item.stem)
    expect(stems.some((s) => s.includes('```sql\nSELECT c.id, o.id'))).toBe(true)
    const options = plan.items.flatMap((p) => p.item.options.map((o) => o.markdown))
    expect(options.some((o) => o.startsWith('Snippet B\n\n```js\nfor (let i = 0;'))).toBe(true)
  })

  it('names the file and line of each malformed item', () => {
    expect(new Set(plan.refused.map((r) => `${r.file}:${r.line}`))).toEqual(expected.refusals)
    for (const r of plan.refused) expect(r.reason.length).toBeGreaterThan(10)
  })

  it('stores images under their path without the query string, and refuses items whose image is missing', () => {
    expect(plan.assets.map((a) => a.path)).toEqual(['images/vlookup-table.png'])
    expect(plan.assets[0]!.mediaType).toBe('image/png')
    const shown = plan.items.find((p) => p.item.stem.includes('P-104'))!.item.stem
    expect(shown).toContain('](images/vlookup-table.png)')
    const missing = plan.refused.filter((r) => r.reason.includes('monthly-sales.png'))
    expect(missing.map((r) => relative(BANK, r.file))).toEqual(['excel/lookups.md'])
  })
})

describe('loading a bank with malformed items', () => {
  let platform: PlatformDatabase
  beforeAll(async () => {
    platform = await openTestDatabase()
  })
  afterAll(async () => platform.close())

  it('loads nothing by default', async () => {
    const report = await importIntoBank(platform.db, readImport([BANK], TESTS, {}), {
      skipInvalid: false,
    })
    expect(report.items).toBe(0)
    expect(report.refused.length).toBeGreaterThan(0)
    expect(await listItems(platform.db)).toEqual([])
  })

  it('loads every well-formed item as a draft, images included, with --skip-invalid', async () => {
    const plan = readImport([BANK], TESTS, {})
    const report = await importIntoBank(platform.db, plan, { skipInvalid: true })
    const stored = await listItems(platform.db)
    expect(report.items).toBe(plan.items.length)
    // Files may say "review" or "operational": an import still only ever makes drafts.
    expect(new Set(plan.items.map((p) => p.item.lifecycle)).size).toBeGreaterThan(1)
    expect(stored).toEqual(
      expect.arrayContaining(plan.items.map((p) => ({ ...p.item, lifecycle: 'draft' }))),
    )
    expect(stored).toHaveLength(plan.items.length)
    expect((await listAssets(platform.db)).map((a) => a.path)).toEqual(['images/vlookup-table.png'])
  })
})

describe('skillsignal items import', () => {
  it('without --skip-invalid refuses with exit code 2, prints the JSON report, and loads nothing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'items-import-'))
    const out: string[] = []
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk))
      return true
    })
    const error = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      await main(['node', 'skillsignal', 'items', 'import', BANK, '--json', '--data-dir', dataDir])
      const report = JSON.parse(out.join('')) as {
        files: number
        items: number
        refused: { file: string; line: number; reason: string }[]
      }
      expect(process.exitCode).toBe(2)
      expect(report.items).toBe(0)
      expect(report.files).toBeGreaterThanOrEqual(6)
      expect(Object.keys(report.refused[0]!).sort()).toEqual(['file', 'line', 'reason'])
      expect(new Set(report.refused.map((r) => `${r.file}:${r.line}`))).toEqual(
        expectations().refusals,
      )
    } finally {
      write.mockRestore()
      error.mockRestore()
      process.exitCode = 0
    }
  })
})
