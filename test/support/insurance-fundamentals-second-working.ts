import { dp, type R } from './corporate-finance-second-working.js'

// A whole percent and a thousandth as rationals, as every insurance route reads its drawn rates.
export { P, T as K } from './corporate-finance-second-working.js'

/** Writes the first value as the key and the rest as slips, each to `k` decimal places. */
export const writtenAt =
  (k: number) =>
  (...xs: readonly R[]) => ({
    key: dp(xs[0]!, k),
    wrong: xs.slice(1).map((x) => dp(x, k)),
  })
