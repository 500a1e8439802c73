import { EigenvalueDecomposition, Matrix } from 'ml-matrix'

/** Nodes and weights that integrate against the standard normal density; weights sum to 1. */
export interface Quadrature {
  readonly nodes: Float64Array
  readonly weights: Float64Array
}

/**
 * Quadrature points for ability integrals. 41 nodes integrate polynomials up to degree 81
 * exactly against N(0, 1); calibration and EAP change by < 1e-4 logits beyond that.
 */
export const DEFAULT_QUADRATURE_POINTS = 41

/**
 * Decompositions already made, by point count. Pure memoisation: callers get copies (see
 * `copyOf`), so no caller can change what a later calibration integrates against.
 */
const cache = new Map<number, Quadrature>()

function copyOf(quadrature: Quadrature): Quadrature {
  return { nodes: quadrature.nodes.slice(), weights: quadrature.weights.slice() }
}

/**
 * Gauss–Hermite quadrature for the standard normal (probabilists' Hermite polynomials), by
 * Golub–Welsch: nodes are the eigenvalues of the Jacobi matrix with off-diagonal √k, weights the
 * squared first components of its eigenvectors.
 *
 * @example normalQuadrature(3).nodes // [-√3, 0, √3]
 */
export function normalQuadrature(points: number = DEFAULT_QUADRATURE_POINTS): Quadrature {
  const cached = cache.get(points)
  if (cached) return copyOf(cached)
  if (!Number.isInteger(points) || points < 1)
    throw new RangeError('points must be a positive integer')
  const jacobi = Matrix.zeros(points, points)
  for (let k = 1; k < points; k++) {
    jacobi.set(k - 1, k, Math.sqrt(k))
    jacobi.set(k, k - 1, Math.sqrt(k))
  }
  const decomposition = new EigenvalueDecomposition(jacobi, { assumeSymmetric: true })
  const vectors = decomposition.eigenvectorMatrix
  const order = decomposition.realEigenvalues
    .map((value, index) => ({ value, index }))
    .sort((a, b) => a.value - b.value)
  const nodes = new Float64Array(points)
  const weights = new Float64Array(points)
  let total = 0
  order.forEach(({ value, index }, i) => {
    nodes[i] = value
    weights[i] = vectors.get(0, index) ** 2
    total += weights[i]!
  })
  for (let i = 0; i < points; i++) weights[i] = weights[i]! / total
  const quadrature = { nodes, weights }
  cache.set(points, quadrature)
  return copyOf(quadrature)
}
