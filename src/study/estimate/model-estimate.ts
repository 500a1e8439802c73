/**
 * One fitted model as the study reports it (the shape of one entry of `estimates.json`).
 * Year dummies are estimated but left out of `coef`, `se`, `t`, `p` and `dropped_collinear`,
 * as the reference output does: they are controls nobody reads.
 */
export interface ModelEstimate {
  readonly formula: string
  readonly nobs: number
  readonly n_singletons_removed: number
  readonly n_clusters: number
  readonly coef: Readonly<Record<string, number>>
  readonly se: Readonly<Record<string, number>>
  readonly t: Readonly<Record<string, number>>
  readonly p: Readonly<Record<string, number>>
  readonly r2: number
  readonly adj_r2: number
  readonly within_r2: number
  readonly dropped_collinear: readonly string[]
}
