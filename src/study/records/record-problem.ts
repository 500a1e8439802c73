/** One thing wrong with the records, where a person can find it. */
export interface RecordProblem {
  /** File name as given (e.g. `projects.csv`). */
  readonly file: string
  /** 1-based line of a CSV file (the header is line 1), or 1-based row of a Parquet file + 1. */
  readonly line: number
  /** 1-based column, or 0 when the problem is the whole row or file. */
  readonly column: number
  /** Column name when known, else ''. */
  readonly columnName: string
  readonly message: string
}

/** Problems listed in full up to this many; beyond it the loader stops reading and says so. */
export const MAX_REPORTED_PROBLEMS = 100

/** The records were refused; nothing of them was loaded. */
export class RecordsError extends Error {
  override readonly name = 'RecordsError'
  constructor(
    readonly problems: readonly RecordProblem[],
    readonly truncated = false,
  ) {
    super(describeProblems(problems, truncated))
  }
}

/** `projects.csv:12:6 (value_usd): value_usd must be > 0, got -3` per line. */
export function describeProblem(problem: RecordProblem): string {
  const where = problem.column > 0 ? `${problem.line}:${problem.column}` : `${problem.line}`
  const name = problem.columnName === '' ? '' : ` (${problem.columnName})`
  return `${problem.file}:${where}${name}: ${problem.message}`
}

function describeProblems(problems: readonly RecordProblem[], truncated: boolean): string {
  const head = `records refused, ${problems.length}${truncated ? '+' : ''} problem(s):`
  const more = truncated ? [`… stopped after ${MAX_REPORTED_PROBLEMS} problems`] : []
  return [head, ...problems.map(describeProblem), ...more].join('\n')
}

/** Collects problems and stops the load once too many have been found. */
export class ProblemLog {
  readonly problems: RecordProblem[] = []
  truncated = false

  add(problem: RecordProblem): void {
    if (this.problems.length >= MAX_REPORTED_PROBLEMS) {
      this.truncated = true
      return
    }
    this.problems.push(problem)
  }

  get full(): boolean {
    return this.problems.length >= MAX_REPORTED_PROBLEMS
  }

  /** Throws RecordsError when anything was logged. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new RecordsError(this.problems, this.truncated)
  }
}
