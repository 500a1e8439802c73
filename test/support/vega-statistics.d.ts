// vega-statistics ships no types; the supply-chain key test uses its normal quantile.
declare module 'vega-statistics' {
  export function quantileNormal(p: number, mean?: number, stdev?: number): number
}
