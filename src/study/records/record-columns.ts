import { float64Column, int32Column } from '../panel/growable-column.js'
import type {
  CredentialAwardRecord,
  PaymentRecord,
  ProjectRecord,
  WorkerRecord,
} from '../records.js'

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
    readonly projectId: readonly string[]
    readonly worker: Int32Array
    readonly employerId: readonly string[]
    readonly startedAt: Float64Array
    readonly completedAt: Float64Array
    readonly valueUsd: Float64Array
    readonly rating: Float64Array
  }
  readonly payments: {
    readonly paymentId: readonly string[]
    readonly projectId: readonly (string | null)[]
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
    projectId: p.projectId[i]!,
    workerId: c.workers[p.worker[i]!]!.workerId,
    employerId: p.employerId[i]!,
    startedAt: p.startedAt[i]!,
    completedAt: orNull(p.completedAt[i]!),
    valueUsd: p.valueUsd[i]!,
    rating: orNull(p.rating[i]!),
  }
}

export function paymentRecord(c: RecordColumns, i: number): PaymentRecord {
  const p = c.payments
  return {
    paymentId: p.paymentId[i]!,
    projectId: p.projectId[i]!,
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
  readonly projectId: string[] = []
  readonly employerId: string[] = []
  private readonly worker = int32Column()
  private readonly startedAt = float64Column()
  private readonly completedAt = float64Column()
  private readonly valueUsd = float64Column()
  private readonly rating = float64Column()

  push(
    projectId: string,
    worker: number,
    employerId: string,
    times: readonly [startedAt: number, completedAt: number],
    valueUsd: number,
    rating: number,
  ): void {
    this.projectId.push(projectId)
    this.employerId.push(employerId)
    this.worker.push(worker)
    this.startedAt.push(times[0])
    this.completedAt.push(times[1])
    this.valueUsd.push(valueUsd)
    this.rating.push(rating)
  }

  finish(): RecordColumns['projects'] {
    const { projectId, employerId } = this
    return {
      projectId,
      employerId,
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
  readonly paymentId: string[] = []
  readonly projectId: (string | null)[] = []
  private readonly worker = int32Column()
  private readonly paidAt = float64Column()
  private readonly amountUsd = float64Column()

  push(
    paymentId: string,
    projectId: string | null,
    worker: number,
    paidAt: number,
    amount: number,
  ) {
    this.paymentId.push(paymentId)
    this.projectId.push(projectId)
    this.worker.push(worker)
    this.paidAt.push(paidAt)
    this.amountUsd.push(amount)
  }

  finish(): RecordColumns['payments'] {
    const { paymentId, projectId } = this
    return {
      paymentId,
      projectId,
      worker: this.worker.finish(),
      paidAt: this.paidAt.finish(),
      amountUsd: this.amountUsd.finish(),
    }
  }
}
