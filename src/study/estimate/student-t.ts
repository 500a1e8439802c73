import tCdf from '@stdlib/stats-base-dists-t-cdf'

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom (the study uses G − 1, fixest's
 * `t.df = "min"`). Computed as 2·F(−|t|) so a small p keeps its digits instead of 1 − F(|t|)
 * cancelling them.
 *
 * @example
 * twoSidedP(1.96, 1e9) // ≈ 0.05
 */
export function twoSidedP(t: number, df: number): number {
  return 2 * tCdf(-Math.abs(t), df)
}
