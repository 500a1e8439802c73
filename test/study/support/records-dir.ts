import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type CsvTables = {
  workers: string
  credential_awards: string
  projects: string
  payments: string
}

/** A small valid set of records: two workers, three awards, three projects, three payments. */
export const VALID_TABLES: CsvTables = {
  workers: 'worker_id,registered_at\nw1,2015-01-05T10:00:00Z\nw2,2015-02-01T00:00:00Z\n',
  credential_awards: [
    'award_id,worker_id,test_id,awarded_at,score',
    'a1,w1,t1,2016-03-01T12:00:00Z,90',
    'a2,w1,t2,2016-03-20T12:00:00Z,',
    'a3,w2,t1,2016-05-01T00:00:00Z,75',
    '',
  ].join('\n'),
  projects: [
    'project_id,worker_id,employer_id,started_at,completed_at,value_usd,rating',
    'p1,w1,e1,2016-02-20T00:00:00Z,2016-02-25T00:00:00Z,120.5,4',
    'p2,w1,e2,2016-03-05T00:00:00Z,,80,',
    'p3,w2,e1,2016-04-25T08:00:00Z,2016-05-03T00:00:00Z,300,5',
    '',
  ].join('\n'),
  payments: [
    'payment_id,project_id,worker_id,paid_at,amount_usd',
    'y1,p1,w1,2016-02-25T00:00:00Z,120.5',
    'y2,,w1,2016-03-10T00:00:00Z,15',
    'y3,p3,w2,2016-05-03T00:00:00Z,300',
    '',
  ].join('\n'),
}

/** Writes tables as `<name>.csv` into a fresh temporary directory and returns it. */
export function writeRecordsDir(tables: Partial<Record<string, string | Buffer>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'study-records-'))
  for (const [name, text] of Object.entries(tables)) {
    if (text !== undefined)
      writeFileSync(join(dir, name.includes('.') ? name : `${name}.csv`), text)
  }
  return dir
}

/** VALID_TABLES with one line of one table replaced (line 1 is the header). */
export function withLine(table: keyof CsvTables, line: number, text: string): string {
  return withTables({ [table]: replaceLine(VALID_TABLES[table], line, text) })
}

export function withTables(changes: Partial<CsvTables>): string {
  return writeRecordsDir({ ...VALID_TABLES, ...changes })
}

function replaceLine(csv: string, line: number, text: string): string {
  const lines = csv.split('\n')
  lines[line - 1] = text
  return lines.join('\n')
}
