import { describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.js'
import { loadRecordTexts, RecordsError } from '../../src/study/index.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { VALID_TABLES, withLine } from './support/records-dir.js'

function problemsOf(load: () => unknown) {
  try {
    load()
  } catch (error) {
    if (error instanceof RecordsError) return error.problems
    throw error
  }
  throw new Error('the records were accepted')
}

describe('CSV with a quote never closed', () => {
  it('is refused naming the file and the line where the quote opened', async () => {
    const dir = withLine('projects', 3, 'p2,w1,"e2,2016-03-05T00:00:00Z,,80,')
    const error = await loadRecordTables(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RecordsError)
    expect((error as RecordsError).problems[0]).toMatchObject({
      file: 'projects.csv',
      line: 3,
      column: 3,
    })
    expect((error as RecordsError).message).toMatch(/projects\.csv.*3.*never closed/s)
  })

  it('finds the opening line past earlier well-quoted fields', () => {
    const workers = 'worker_id,registered_at\n"w1",2015-01-05T10:00:00Z\n"w2,2015-02-01T00:00:00Z\n'
    const problems = problemsOf(() => loadRecordTexts({ ...VALID_TABLES, workers }))
    expect(problems[0]).toMatchObject({ file: 'workers.csv', line: 3 })
  })

  it('names other malformed quoting with its line', () => {
    const workers = 'worker_id,registered_at\n"w1"x,2015-01-05T10:00:00Z\n'
    const problems = problemsOf(() => loadRecordTexts({ ...VALID_TABLES, workers }))
    expect(problems[0]).toMatchObject({ file: 'workers.csv', line: 2 })
    expect(problems[0]?.message).toMatch(/not well-formed CSV/)
  })

  it('makes `skillsignal study` exit 2 with the file and line, not 1', async () => {
    const dir = withLine('payments', 2, 'y1,"p1,w1,2016-02-25T00:00:00Z,120.5')
    const errors: string[] = []
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      errors.push(String(chunk))
      return true
    })
    process.exitCode = 0
    await main([
      'node',
      'skillsignal',
      'study',
      '--records',
      dir,
      '--out',
      `${dir}/out`,
      '--obs-start',
      '2015-01-01T00:00:00Z',
      '--obs-end',
      '2018-01-01T00:00:00Z',
    ])
    spy.mockRestore()
    const code = process.exitCode
    process.exitCode = 0
    expect(code).toBe(2)
    expect(errors.join('')).toMatch(/payments\.csv.*2/s)
  })
})
