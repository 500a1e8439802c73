import { float64Column, int32Column } from '../panel/growable-column.js'
import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerRecord,
} from '../records.js'
import type { RowCells } from './raw-table.js'
import { type StringColumn, StringColumnBuilder } from './string-column.js'

/**
 * The four validated tables as columns: a million projects held as a few typed arrays rather than
 * a million long-lived objects, which the garbage collector would walk again and again. `worker`
 * is the row's position in `workers`; NaN stands for an empty optional number or time.
 */
export interface RecordColumns {
  readonly workers: readonly WorkerRecord[]
  readonly awards: {
    readonly awardId: readonly string[]
    readonly worker: Int32Array
    readonly testId: readonly string[]
    readonly awardedAt: Float64Array
    readonly score: Float64Array
  }
  readonly projects: {
    readonly projectId: StringColumn
    readonly worker: Int32Array
    readonly employerId: StringColumn
    readonly startedAt: Float64Array
    readonly completedAt: Float64Array
    readonly valueUsd: Float64Array
    readonly rating: Float64Array
  }
  readonly payments: {
    readonly paymentId: StringColumn
    readonly projectId: StringColumn
    readonly worker: Int32Array
    readonly paidAt: Float64Array
    readonly amountUsd: Float64Array
  }
}

const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value)

export function awardRecord(c: RecordColumns, i: number): CredentialAwardRecord {
  const a = c.awards
  return {
    awardId: a.awardId[i]!,
    workerId: c.workers[a.worker[i]!]!.workerId,
    testId: a.testId[i]!,
    awardedAt: a.awardedAt[i]!,
    score: orNull(a.score[i]!),
  }
}

export function projectRecord(c: RecordColumns, i: number): ProjectRecord {
  const p = c.projects
  return {
    projectId: p.projectId.at(i)!,
    workerId: c.workers[p.worker[i]!]!.workerId,
    employerId: p.employerId.at(i)!,
    startedAt: p.startedAt[i]!,
    completedAt: orNull(p.completedAt[i]!),
    valueUsd: p.valueUsd[i]!,
    rating: orNull(p.rating[i]!),
  }
}

export function paymentRecord(c: RecordColumns, i: number): PaymentRecord {
  const p = c.payments
  return {
    paymentId: p.paymentId.at(i)!,
    projectId: p.projectId.at(i),
    workerId: c.workers[p.worker[i]!]!.workerId,
    paidAt: p.paidAt[i]!,
    amountUsd: p.amountUsd[i]!,
  }
}

/** Appends accepted award rows. */
export class AwardColumns {
  readonly awardId: string[] = []
  readonly testId: string[] = []
  private readonly worker = int32Column()
  private readonly awardedAt = float64Column()
  private readonly score = float64Column()

  push(awardId: string, worker: number, testId: string, awardedAt: number, score: number): void {
    this.awardId.push(awardId)
    this.testId.push(testId)
    this.worker.push(worker)
    this.awardedAt.push(awardedAt)
    this.score.push(score)
  }

  finish(): RecordColumns['awards'] {
    const { awardId, testId } = this
    return {
      awardId,
      testId,
      worker: this.worker.finish(),
      awardedAt: this.awardedAt.finish(),
      score: this.score.finish(),
    }
  }
}

/** Appends accepted project rows. */
export class ProjectColumns {
  private readonly projectId = new StringColumnBuilder()
  private readonly employerId = new StringColumnBuilder()
  private readonly worker = int32Column()
  private readonly startedAt = float64Column()
  private readonly completedAt = float64Column()
  private readonly valueUsd = float64Column()
  private readonly rating = float64Column()

  /** `ids`: the row and the fields of its project id and employer id. */
  push(
    ids: readonly [row: RowCells, project: number, employer: number],
    worker: number,
    times: readonly [startedAt: number, completedAt: number],
    valueUsd: number,
    rating: number,
  ): void {
    this.projectId.push(ids[0], ids[1])
    this.employerId.push(ids[0], ids[2])
    this.worker.push(worker)
    this.startedAt.push(times[0])
    this.completedAt.push(times[1])
    this.valueUsd.push(valueUsd)
    this.rating.push(rating)
  }

  finish(): RecordColumns['projects'] {
    return {
      projectId: this.projectId.finish(),
      employerId: this.employerId.finish(),
      worker: this.worker.finish(),
      startedAt: this.startedAt.finish(),
      completedAt: this.completedAt.finish(),
      valueUsd: this.valueUsd.finish(),
      rating: this.rating.finish(),
    }
  }
}

/** Appends accepted payment rows. */
export class PaymentColumns {
  private readonly paymentId = new StringColumnBuilder()
  private readonly projectId = new StringColumnBuilder()
  private readonly worker = int32Column()
  private readonly paidAt = float64Column()
  private readonly amountUsd = float64Column()

  /** `ids`: the fields of the row's payment id and project id (null: no project). */
  push(
    row: RowCells,
    ids: readonly [payment: number, project: number | null],
    worker: number,
    paidAt: number,
    amount: number,
  ): void {
    this.paymentId.push(row, ids[0])
    this.projectId.push(row, ids[1])
    this.worker.push(worker)
    this.paidAt.push(paidAt)
    this.amountUsd.push(amount)
  }

  finish(): RecordColumns['payments'] {
    return {
      paymentId: this.paymentId.finish(),
      projectId: this.projectId.finish(),
      worker: this.worker.finish(),
      paidAt: this.paidAt.finish(),
      amountUsd: this.amountUsd.finish(),
    }
  }
}
