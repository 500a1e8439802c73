import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  assignDrafts,
  CATALOG,
  importIntoBank,
  listAssets,
  listItems,
  readImport,
} from '../../../src/assessment/index.js'
import { main } from '../../../src/cli/main.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { engine, openTestDatabase } from '../../support/database.js'

const FIXTURES = join(import.meta.dirname, '../../fixtures/markdown-quiz-plain')
const TESTS = new Map(CATALOG.map((t) => [t.id, t]))
const MARK = ' <!-- refused -->'

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? markdownFiles(full) : full.endsWith('.md') ? [full] : []
  })

/** The fixture bank with its marks removed (lines stay where they were), as a user would have it. */
const BANK = mkdtempSync(join(tmpdir(), 'quiz-plain-'))
cpSync(FIXTURES, BANK, { recursive: true })
for (const file of markdownFiles(BANK))
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(MARK, ''))

/** Where the fixture files mark a refusal (`dir/file.md:line`), and how many items they hold. */
function marked(): { refusals: Set<string>; questions: number } {
  const refusals = new Set<string>()
  let questions = 0
  for (const file of markdownFiles(FIXTURES)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.includes(MARK)) refusals.add(`${relative(FIXTURES, file)}:${i + 1}`)
        if (/^#### Q\d+\. /.test(text)) questions++
      })
  }
  return { refusals, questions }
}

const placeOf = (r: { file: string; line: number }) => `${relative(BANK, r.file)}:${r.line}`

describe('quiz files without front matter', () => {
  const plan = readImport([BANK], TESTS, {})
  const { refusals, questions } = marked()

  it('read as unassigned drafts, each malformed item named by file and line', () => {
    expect(plan.items).toEqual([])
    expect(new Set(plan.refused.map(placeOf))).toEqual(refusals)
    // Every item is either loaded or refused; the heading without "Q" is refused but no item.
    expect(plan.unassigned.length + refusals.size - 1).toBe(questions)
    expect(plan.unassigned.length).toBe(5)
  })

  it('say why in words: web images, missing files, "of the above", letters, answer marks, duplicates', () => {
    const reasons = plan.refused.map((r) => r.reason).join('\n')
    expect(reasons).toContain('image file images/conflict.png not found')
    expect(reasons).toContain('https://example.org/remote.png is a web address')
    expect(reasons).toContain('option D refers to the other options ("All of the above")')
    expect(reasons).toMatch(/option C names options by letter/)
    expect(reasons).toContain('answer-revealing text "(correct)"')
    expect(reasons).toMatch(/options A and C read the same/)
    expect(reasons).toMatch(/the same item as .*git-quiz\.md:3/)
    expect(reasons).toContain('no option is marked correct')
  })

  it('store an image under its path without the query string, and show it by that path', () => {
    const graph = plan.unassigned.find((p) => p.draft.stem.includes('graph'))!
    expect(graph.draft.stem).toContain('](images/log-graph.png)')
    expect(plan.assets.map((a) => [a.itemId, a.path])).toEqual([
      [graph.draft.id, 'images/log-graph.png'],
    ])
  })

  it('go to the test and domain a mapping names, front matter absent', () => {
    const mapped = readImport([BANK], TESTS, {
      mapping: [{ suffix: 'git/git-quiz.md', testId: 'git', domain: 'commits-and-history' }],
      testId: 'regular-expressions',
      domain: 'regex-validation',
    })
    expect(mapped.unassigned).toEqual([])
    expect(new Set(mapped.items.map((p) => `${p.item.testId}/${p.item.domain}`))).toEqual(
      new Set(['git/commits-and-history', 'regular-expressions/regex-validation']),
    )
  })
})

describe(`loading unassigned drafts on ${engine}`, () => {
  let platform: PlatformDatabase
  beforeAll(async () => {
    platform = await openTestDatabase()
  })
  afterAll(async () => platform.close())

  it('keeps them out of the bank until assigned, then makes them drafts of that test with their images', async () => {
    const plan = readImport([BANK], TESTS, {})
    const report = await importIntoBank(platform.db, plan, { skipInvalid: true })
    expect(report).toMatchObject({ items: 5, unassigned: 5 })
    expect(await listItems(platform.db)).toEqual([])

    const assigned = await assignDrafts(platform.db, [
      { suffix: 'git-quiz.md', testId: 'git', domain: 'branching-and-merging' },
    ])
    expect(assigned).toEqual({ assigned: 3, left: 2 })
    const bank = await listItems(platform.db)
    expect(bank.map((i) => [i.testId, i.domain, i.lifecycle])).toEqual(
      Array(3).fill(['git', 'branching-and-merging', 'draft']),
    )
    // The same id an import with --test would give: importing the file again adds nothing.
    const again = readImport([BANK], TESTS, { testId: 'git', domain: 'branching-and-merging' })
    expect(new Set(again.items.map((p) => p.item.id))).toEqual(
      new Set([...bank.map((i) => i.id), ...again.items.map((p) => p.item.id)]),
    )
    const graph = bank.find((i) => i.stem.includes('graph'))!
    expect((await listAssets(platform.db)).map((a) => [a.itemId, a.path])).toEqual([
      [graph.id, 'images/log-graph.png'],
    ])
  })
})

// The command opens its own embedded database; on the server run the functions above cover it.
describe.skipIf(engine === 'postgres')('skillsignal items import --skip-invalid', () => {
  let dataDir: string
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'items-plain-'))
  })
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(BANK, { recursive: true, force: true })
  })

  it('exits 0 when anything loaded and names every refusal by file and line', async () => {
    const out: string[] = []
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk))
      return true
    })
    const error = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      process.exitCode = undefined
      await main([
        'node',
        'skillsignal',
        'items',
        'import',
        BANK,
        '--skip-invalid',
        '--json',
        '--data-dir',
        dataDir,
      ])
      expect(process.exitCode ?? 0).toBe(0)
    } finally {
      write.mockRestore()
      error.mockRestore()
    }
    const report = JSON.parse(out.join('')) as {
      items: number
      unassigned: number
      refused: { file: string; line: number; reason: string }[]
    }
    expect(report).toMatchObject({ items: 5, unassigned: 5 })
    expect(new Set(report.refused.map(placeOf))).toEqual(marked().refusals)
  })
})
