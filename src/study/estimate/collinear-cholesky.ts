/**
 * fixest's `collin.tol` default: a regressor whose squared Cholesky pivot (the part of its X̃'X̃
 * diagonal not explained by the regressors before it) falls below this is collinear and dropped.
 * Absolute, not scaled, exactly as fixest 0.14 compares it.
 */
export const COLLINEARITY_TOLERANCE = 1e-10

/** The kept regressors and the inverse of their cross-product matrix. */
export interface CholeskyResult {
  /** Indices (into the candidate regressors) that were kept, in order. */
  readonly kept: readonly number[]
  /** Indices that were dropped as collinear, in order. */
  readonly dropped: readonly number[]
  /** (X̃'X̃)⁻¹ of the kept regressors, kept × kept row-major. */
  readonly inverse: Float64Array
}

/**
 * Cholesky factorisation of a symmetric positive semi-definite p × p matrix that drops, in column
 * order, each column whose pivot is below `tolerance`. Going in order means that of a collinear set
 * the last one listed is dropped, as fixest does (its `i(year)` loses its last year under an
 * absorbed effect that spans the years).
 *
 * @example
 * // x2 = 2·x1: the second column goes
 * choleskyDropCollinear(new Float64Array([1, 2, 2, 4]), 2).dropped // [1]
 */
export function choleskyDropCollinear(
  xtx: Float64Array,
  p: number,
  tolerance: number = COLLINEARITY_TOLERANCE,
): CholeskyResult {
  // Lower factor L (p × p), columns of dropped regressors stay zero.
  const lower = new Float64Array(p * p)
  const kept: number[] = []
  const dropped: number[] = []
  for (let j = 0; j < p; j++) {
    let pivot = xtx[j * p + j]!
    for (const k of kept) pivot -= lower[j * p + k]! ** 2
    if (pivot < tolerance) {
      dropped.push(j)
      continue
    }
    const root = Math.sqrt(pivot)
    lower[j * p + j] = root
    for (let i = j + 1; i < p; i++) {
      let value = xtx[i * p + j]!
      for (const k of kept) value -= lower[i * p + k]! * lower[j * p + k]!
      lower[i * p + j] = value / root
    }
    kept.push(j)
  }
  return { kept, dropped, inverse: inverseFromFactor(lower, p, kept) }
}

/** (L Lᵀ)⁻¹ = L⁻ᵀ L⁻¹ on the kept rows and columns of L. */
function inverseFromFactor(lower: Float64Array, p: number, kept: readonly number[]): Float64Array {
  const q = kept.length
  const l = new Float64Array(q * q)
  for (let a = 0; a < q; a++) {
    for (let b = 0; b <= a; b++) l[a * q + b] = lower[kept[a]! * p + kept[b]!]!
  }
  // Invert the lower-triangular factor by forward substitution, column by column.
  const li = new Float64Array(q * q)
  for (let c = 0; c < q; c++) {
    li[c * q + c] = 1 / l[c * q + c]!
    for (let r = c + 1; r < q; r++) {
      let s = 0
      for (let k = c; k < r; k++) s += l[r * q + k]! * li[k * q + c]!
      li[r * q + c] = -s / l[r * q + r]!
    }
  }
  const inverse = new Float64Array(q * q)
  for (let a = 0; a < q; a++) {
    for (let b = a; b < q; b++) {
      let s = 0
      for (let k = b; k < q; k++) s += li[k * q + a]! * li[k * q + b]!
      inverse[a * q + b] = s
      inverse[b * q + a] = s
    }
  }
  return inverse
}
