import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import { estimateDifferences } from '../study/support/compare-estimates.js'
import { EXPECTED_DIR, RECORDS_DIR, readCsv } from '../study/support/fixture-files.js'
import { withLine } from '../study/support/records-dir.js'

const outDir = () => mkdtempSync(join(tmpdir(), 'study-out-'))

async function run(...args: string[]): Promise<{ code: number; stderr: string }> {
  const errors: string[] = []
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    errors.push(String(chunk))
    return true
  })
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  process.exitCode = 0
  await main(['node', 'skillsignal', 'study', ...args])
  spy.mockRestore()
  const code = Number(process.exitCode ?? 0)
  process.exitCode = 0
  return { code, stderr: errors.join('') }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('skillsignal study', () => {
  it('writes the fixtures’ panels and estimates, with the span from manifest.json', async () => {
    const records = mkdtempSync(join(tmpdir(), 'study-records-'))
    cpSync(RECORDS_DIR, records, { recursive: true })
    const manifest = { obs_start: '2015-01-01T00:00:00Z', obs_end: '2018-01-01T00:00:00Z' }
    writeFileSync(join(records, 'manifest.json'), JSON.stringify(manifest))
    const out = outDir()
    expect((await run('--records', records, '--out', out)).code).toBe(0)
    for (const file of ['periods.csv', 'periods_dynamic.csv', 'project_panel.csv']) {
      const ours = readCsv(join(out, file))
      const theirs = readCsv(join(EXPECTED_DIR, file))
      expect(ours.header).toEqual(theirs.header)
      const numbers = (rows: string[][]) =>
        rows.map((row) =>
          row.map((cell) => (/^-?[\d.]+(e[-+]\d+)?$/.test(cell) ? Number(cell) : cell)),
        )
      expect(estimateDifferences(numbers(ours.rows), numbers(theirs.rows))).toEqual([])
    }
    const estimates = JSON.parse(readFileSync(join(out, 'estimates.json'), 'utf8'))
    const expected = JSON.parse(readFileSync(join(EXPECTED_DIR, 'estimates.json'), 'utf8'))
    expect(Object.keys(estimates)).toEqual(Object.keys(expected))
    expect(Object.keys(estimates.timing_s)).toEqual(Object.keys(expected.timing_s))
    const { timing_s: _a, ...ours } = estimates
    const { timing_s: _b, ...theirs } = expected
    expect(estimateDifferences(ours, theirs)).toEqual([])
    expect(readFileSync(join(out, 'report.md'), 'utf8').length).toBeGreaterThan(0)
  })

  it('writes the same panels, byte for byte, with two worker threads', async () => {
    const span = ['--obs-start', '2015-01-01T00:00:00Z', '--obs-end', '2018-01-01T00:00:00Z']
    const [one, two] = [outDir(), outDir()]
    expect((await run('--records', RECORDS_DIR, '--out', one, ...span)).code).toBe(0)
    expect(
      (await run('--records', RECORDS_DIR, '--out', two, ...span, '--threads', '2')).code,
    ).toBe(0)
    for (const file of ['periods.csv', 'periods_dynamic.csv', 'project_panel.csv']) {
      expect(readFileSync(join(two, file)).equals(readFileSync(join(one, file))), file).toBe(true)
    }
    const estimates = (dir: string) => {
      const { timing_s: _, ...rest } = JSON.parse(readFileSync(join(dir, 'estimates.json'), 'utf8'))
      return rest
    }
    expect(estimateDifferences(estimates(two), estimates(one), 1e-12)).toEqual([])
  })

  it('exits with 2 naming file, line and column when a record is bad', async () => {
    const records = withLine('projects', 3, 'p2,w1,e2,2016-03-05T00:00:00Z,,0,')
    const result = await run(
      '--records',
      records,
      '--out',
      outDir(),
      '--obs-start',
      '2015-01-01T00:00:00Z',
      '--obs-end',
      '2018-01-01T00:00:00Z',
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('projects.csv:3:6 (value_usd): value_usd must be > 0, got 0')
  })

  it('exits with 2 when the observed span is missing or malformed', async () => {
    expect((await run('--records', RECORDS_DIR, '--out', outDir())).stderr).toMatch(/obs-start/)
    const bad = await run(
      '--records',
      RECORDS_DIR,
      '--out',
      outDir(),
      '--obs-start',
      '2015-01-01',
      '--obs-end',
      '2018-01-01T00:00:00Z',
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--obs-start .* must be like 2015-01-01T00:00:00Z/)
  })
})
