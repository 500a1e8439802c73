import { describe, expect, it } from 'vitest'
import { type RecordProblem, RecordsError } from '../../src/study/index.js'
import { loadRecordTables } from '../../src/study/records/load-records.js'
import { VALID_TABLES, withLine, withTables, writeRecordsDir } from './support/records-dir.js'

async function problemsOf(dir: string): Promise<RecordProblem[]> {
  try {
    await loadRecordTables(dir)
  } catch (error) {
    if (error instanceof RecordsError) return [...error.problems]
    throw error
  }
  throw new Error('the records were accepted')
}

const where = (p: RecordProblem) => `${p.file}:${p.line}:${p.column}`

describe('loading records', () => {
  it('accepts the valid tables', async () => {
    const tables = await loadRecordTables(writeRecordsDir(VALID_TABLES))
    expect(tables.projects[1]).toEqual({
      projectId: 'p2',
      workerId: 'w1',
      employerId: 'e2',
      startedAt: Date.UTC(2016, 2, 5) / 1000,
      completedAt: null,
      valueUsd: 80,
      rating: null,
    })
    expect(tables.payments[1]?.projectId).toBeNull()
    expect(tables.awards[1]?.score).toBeNull()
  })

  it.each([
    [
      'an unknown worker',
      'credential_awards',
      3,
      'a2,w9,t2,2016-03-20T12:00:00Z,',
      2,
      /unknown worker w9/,
    ],
    [
      'an unparseable time',
      'projects',
      2,
      'p1,w1,e1,2016-02-30T00:00:00Z,,120.5,4',
      4,
      /not a time/,
    ],
    ['a local time', 'workers', 2, 'w1,2015-01-05T10:00:00', 2, /not a time/],
    [
      'a value of zero',
      'projects',
      3,
      'p2,w1,e2,2016-03-05T00:00:00Z,,0,',
      6,
      /value_usd must be > 0/,
    ],
    ['a negative value', 'projects', 3, 'p2,w1,e2,2016-03-05T00:00:00Z,,-3,', 6, /> 0, got -3/],
    [
      'a rating of 6',
      'projects',
      4,
      'p3,w2,e1,2016-04-25T08:00:00Z,2016-05-03T00:00:00Z,300,6',
      7,
      /rating must be 1–5/,
    ],
    [
      'a rating of 0.5',
      'projects',
      4,
      'p3,w2,e1,2016-04-25T08:00:00Z,2016-05-03T00:00:00Z,300,0.5',
      7,
      /rating/,
    ],
    [
      'a completion before its start',
      'projects',
      2,
      'p1,w1,e1,2016-02-20T00:00:00Z,2016-02-19T23:59:59Z,120.5,4',
      5,
      /before started_at/,
    ],
    ['a duplicate id', 'payments', 3, 'y1,,w1,2016-03-10T00:00:00Z,15', 1, /duplicate id y1/],
    [
      'a number that is not one',
      'payments',
      3,
      'y2,,w1,2016-03-10T00:00:00Z,15 USD',
      5,
      /not a number/,
    ],
    ['a hexadecimal number', 'payments', 3, 'y2,,w1,2016-03-10T00:00:00Z,0x10', 5, /not a number/],
    [
      'a score above 100',
      'credential_awards',
      2,
      'a1,w1,t1,2016-03-01T12:00:00Z,101',
      5,
      /score must be 0–100/,
    ],
    [
      'an unknown project',
      'payments',
      2,
      'y1,p7,w1,2016-02-25T00:00:00Z,120.5',
      2,
      /unknown project p7/,
    ],
    [
      "another worker's project",
      'payments',
      2,
      'y1,p3,w1,2016-02-25T00:00:00Z,120.5',
      2,
      /belongs to worker w2/,
    ],
    ['an empty id', 'workers', 3, ',2015-02-01T00:00:00Z', 1, /worker_id is empty/],
    [
      'a short row',
      'payments',
      2,
      'y1,p1,w1,2016-02-25T00:00:00Z',
      0,
      /has 4 fields, the header 5/,
    ],
  ] as const)(
    'refuses %s with file, line and column',
    async (_, table, line, text, column, message) => {
      const problems = await problemsOf(withLine(table, line, text))
      expect(problems.map(where)).toContain(`${table}.csv:${line}:${column}`)
      expect(problems.map((p) => p.message).join('\n')).toMatch(message)
    },
  )

  it('refuses a missing column and an unknown one on the header line', async () => {
    const dir = withTables({
      workers: 'worker_id\nw1\nw2\n',
      credential_awards: VALID_TABLES.credential_awards.replace('score', 'score,grade'),
    })
    const problems = await problemsOf(dir)
    expect(problems.map((p) => [where(p), p.columnName])).toEqual(
      expect.arrayContaining([
        ['workers.csv:1:0', 'registered_at'],
        ['credential_awards.csv:1:6', 'grade'],
      ]),
    )
  })

  it('refuses a NUL byte at its line and field', async () => {
    const dir = withLine('projects', 3, 'p2,w1,e\u00002,2016-03-05T00:00:00Z,,80,')
    const problems = await problemsOf(dir)
    expect(problems.map(where)).toContain('projects.csv:3:3')
    expect(problems[0]?.message).toMatch(/NUL/)
  })

  it('refuses a missing table', async () => {
    const { payments: _, ...rest } = VALID_TABLES
    const problems = await problemsOf(writeRecordsDir(rest))
    expect(problems.map((p) => p.file)).toEqual(['payments.csv'])
  })

  it('reports every problem of every file at once, and loads nothing', async () => {
    const dir = withTables({
      workers: VALID_TABLES.workers.replace('2015-02-01T00:00:00Z', 'yesterday'),
      projects: VALID_TABLES.projects.replace(',80,', ',-80,'),
    })
    const error = await loadRecordTables(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RecordsError)
    const message = (error as RecordsError).message
    expect(message).toContain('workers.csv:3:2 (registered_at)')
    expect(message).toContain('projects.csv:3:6 (value_usd)')
  })

  it('reads quoted fields (through csv-parse) to the same records as plain ones', async () => {
    const quoted = VALID_TABLES.projects.replace('p2,w1,e2,', '"p2","w1","e2"",x",')
    const tables = await loadRecordTables(withTables({ projects: quoted }))
    expect(tables.projects[1]?.employerId).toBe('e2",x')
    expect(tables.projects[2]?.valueUsd).toBe(300)
  })

  it('reads CRLF line ends and a byte-order mark', async () => {
    const crlf = `\uFEFF${VALID_TABLES.payments.replaceAll('\n', '\r\n')}`
    const tables = await loadRecordTables(withTables({ payments: crlf }))
    expect(tables.payments.map((p) => p.amountUsd)).toEqual([120.5, 15, 300])
  })
})
