// vega-statistics ships no types; the supply-chain and Lean Six Sigma key tests use its normal
// distribution, and the Lean Six Sigma test its least-squares line.
declare module 'vega-statistics' {
  export function quantileNormal(p: number, mean?: number, stdev?: number): number
  export function cumulativeNormal(x: number, mean?: number, stdev?: number): number
  export function regressionLinear<T>(
    data: readonly T[],
    x: (d: T) => number,
    y: (d: T) => number,
  ): { coef: [number, number]; predict: (x: number) => number; rSquared: number }
}
