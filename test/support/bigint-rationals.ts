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
