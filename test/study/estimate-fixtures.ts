import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import type {
  PanelColumnsBase,
  PeriodPanel,
  ProjectPanel,
} from '../../src/study/panel/panel-columns.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/impact-study/', import.meta.url))

type Row = Record<string, string>

function readRows(relative: string): Row[] {
  return parse(readFileSync(FIXTURES + relative, 'utf8'), { columns: true }) as Row[]
}

function denseCodes(values: readonly string[]): Int32Array {
  const codes = new Map<string, number>()
  return Int32Array.from(values, (v) => {
    let code = codes.get(v)
    if (code === undefined) {
      code = codes.size
      codes.set(v, code)
    }
    return code
  })
}

const ints = (rows: Row[], name: string) => Int32Array.from(rows, (r) => Number(r[name]))
const floats = (rows: Row[], name: string) => Float64Array.from(rows, (r) => Number(r[name]))
/** An empty cell (an award without a score) is NaN, as the panels hold it. */
const optionalFloats = (rows: Row[], name: string) =>
  Float64Array.from(rows, (r) => (r[name] === '' ? Number.NaN : Number(r[name])))
const epoch = (rows: Row[], name: string) =>
  Float64Array.from(rows, (r) => Date.parse(r[name]!) / 1000)

function base(rows: Row[]): PanelColumnsBase {
  const event_id = rows.map((r) => r.event_id!)
  const worker_id = rows.map((r) => r.worker_id!)
  return {
    rows: rows.length,
    event_id,
    worker_id,
    test_id: rows.map((r) => r.test_id!),
    event_index: denseCodes(event_id),
    worker_index: denseCodes(worker_id),
    post: ints(rows, 'post'),
    year: ints(rows, 'year'),
    n_creds: ints(rows, 'n_creds'),
    avg_rating: floats(rows, 'avg_rating'),
    no_rating: ints(rows, 'no_rating'),
    cum_earnings_asinh: floats(rows, 'cum_earnings_asinh'),
    cum_completed: ints(rows, 'cum_completed'),
    new_entrant: ints(rows, 'new_entrant'),
    experience: floats(rows, 'experience'),
  }
}

/** A period panel of the fixtures' `expected/` (main or dynamic), as columns. */
export function expectedPeriodPanel(file: 'periods.csv' | 'periods_dynamic.csv'): PeriodPanel {
  const rows = readRows(`expected/${file}`)
  return {
    ...base(rows),
    kind: 'period',
    k: ints(rows, 'k'),
    period_start: epoch(rows, 'period_start'),
    n_projects: ints(rows, 'n_projects'),
    any_project: ints(rows, 'any_project'),
    earnings: floats(rows, 'earnings'),
    ...(file === 'periods.csv' ? { score_z: optionalFloats(rows, 'score_z') } : {}),
  }
}

/** The fixtures' expected project panel, as columns. */
export function expectedProjectPanel(): ProjectPanel {
  const rows = readRows('expected/project_panel.csv')
  return {
    ...base(rows),
    kind: 'project',
    project_id: rows.map((r) => r.project_id!),
    started_at: epoch(rows, 'started_at'),
    log_value: floats(rows, 'log_value'),
    score_z: optionalFloats(rows, 'score_z'),
  }
}

/** Number of data rows of a records file. */
export function recordCount(table: string): number {
  return readRows(`records/${table}.csv`).length
}

/** The reference estimates computed with R and fixest. */
export function expectedEstimates(): Record<string, unknown> {
  return JSON.parse(readFileSync(`${FIXTURES}expected/estimates.json`, 'utf8'))
}

/**
 * The rows of a panel that belong to the given workers, with dense codes renumbered within the
 * slice: a partition of whole workers as the pipeline hands it to a worker thread.
 */
export function sliceByWorkers<P extends PeriodPanel | ProjectPanel>(
  panel: P,
  workers: ReadonlySet<string>,
): P {
  const rows: number[] = []
  for (let i = 0; i < panel.rows; i++) if (workers.has(panel.worker_id[i]!)) rows.push(i)
  return sliceRows(panel, rows)
}

/** The given rows of a panel, with dense codes renumbered within the slice. */
export function sliceRows<P extends PeriodPanel | ProjectPanel>(
  panel: P,
  rows: readonly number[],
): P {
  const out: Record<string, unknown> = { kind: panel.kind, rows: rows.length }
  for (const [key, column] of Object.entries(panel)) {
    if (column instanceof Int32Array) out[key] = Int32Array.from(rows, (i) => column[i]!)
    else if (column instanceof Float64Array) out[key] = Float64Array.from(rows, (i) => column[i]!)
    else if (Array.isArray(column)) out[key] = rows.map((i) => column[i])
  }
  out.event_index = denseCodes(out.event_id as string[])
  out.worker_index = denseCodes(out.worker_id as string[])
  return out as unknown as P
}
