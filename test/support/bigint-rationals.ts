/**
 * Exact rationals as BigInt pairs for key tests that work a family's answers a second way: they
 * share nothing with the families' fraction helpers, so a slip in those cannot hide in both.
 * A pair is never reduced; only its sign is kept in the numerator by `div`.
 */
export type R = readonly [bigint, bigint]

export const r = (n: number | bigint, d: number | bigint = 1): R => [BigInt(n), BigInt(d)]
export const mul = (...xs: readonly R[]): R =>
  xs.reduce<R>(([a, b], [c, d]) => [a * c, b * d], [1n, 1n])
export const div = ([a, b]: R, [c, d]: R): R => (c < 0n ? [-a * d, -b * c] : [a * d, b * c])
export const add = (...xs: readonly R[]): R =>
  xs.reduce<R>(([a, b], [c, d]) => [a * d + c * b, b * d], [0n, 1n])
export const sub = ([a, b]: R, [c, d]: R): R => [a * d - c * b, b * d]
export const cmp = ([a, b]: R, [c, d]: R): number => {
  const x = a * d - c * b
  return x < 0n ? -1 : x > 0n ? 1 : 0
}
/** Whole part rounded down, up and half up; the three assume x ≥ 0, as every figure here is. */
export const floorOf = ([a, b]: R): bigint => a / b
export const ceilOf = ([a, b]: R): bigint => (a + b - 1n) / b
export const halfUpOf = ([a, b]: R): bigint => (2n * a + b) / (2n * b)
