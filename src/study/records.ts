/**
 * The four record tables the study reads (see the impact-study spec). Every source — SQL views over
 * the platform, CSV/Parquet files, the simulator in memory — yields these same rows.
 * Times are epoch seconds (UTC, whole seconds); money is US dollars as parsed from the source.
 */
export interface WorkerRecord {
  readonly workerId: string
  readonly registeredAt: number
}

export interface CredentialAwardRecord {
  readonly awardId: string
  readonly workerId: string
  readonly testId: string
  readonly awardedAt: number
  /** 0–100, or null when the source has none. */
  readonly score: number | null
}

export interface ProjectRecord {
  readonly projectId: string
  readonly workerId: string
  readonly employerId: string
  readonly startedAt: number
  /** null: not completed. */
  readonly completedAt: number | null
  readonly valueUsd: number
  /** 1–5, or null: no rating. */
  readonly rating: number | null
}

export interface PaymentRecord {
  readonly paymentId: string
  /** null: a payment not tied to a project. */
  readonly projectId: string | null
  readonly workerId: string
  readonly paidAt: number
  readonly amountUsd: number
}

/** One worker's records, as the pipeline streams them (worker by worker). */
export interface WorkerHistory {
  readonly worker: WorkerRecord
  readonly awards: readonly CredentialAwardRecord[]
  readonly projects: readonly ProjectRecord[]
  readonly payments: readonly PaymentRecord[]
}
