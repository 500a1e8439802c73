/**
 * Control chart constants for subgroups of n = 2 to 10, as printed in Montgomery, Introduction to
 * Statistical Quality Control, Appendix VI (and ASTM E2587, Table 1): A2 for X-bar limits from
 * R-bar, D3 and D4 for R chart limits, d2 to estimate sigma as R-bar / d2. Stems state the row
 * they use; the key test derives d2 and A2 again by integrating the normal range distribution.
 */
export const CHART_CONSTANTS = {
  2: { A2: 1.88, D3: 0, D4: 3.267, d2: 1.128 },
  3: { A2: 1.023, D3: 0, D4: 2.574, d2: 1.693 },
  4: { A2: 0.729, D3: 0, D4: 2.282, d2: 2.059 },
  5: { A2: 0.577, D3: 0, D4: 2.114, d2: 2.326 },
  6: { A2: 0.483, D3: 0, D4: 2.004, d2: 2.534 },
  7: { A2: 0.419, D3: 0.076, D4: 1.924, d2: 2.704 },
  8: { A2: 0.373, D3: 0.136, D4: 1.864, d2: 2.847 },
  9: { A2: 0.337, D3: 0.184, D4: 1.816, d2: 2.97 },
  10: { A2: 0.308, D3: 0.223, D4: 1.777, d2: 3.078 },
} as const
export type SubgroupSize = keyof typeof CHART_CONSTANTS
export const SUBGROUP_SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10] as const

/** The row a stem states: `A2 = 0.577, D3 = 0, D4 = 2.114, d2 = 2.326`. */
export const constantsText = (n: SubgroupSize): string => {
  const c = CHART_CONSTANTS[n]
  return `A2 = ${c.A2}, D3 = ${c.D3}, D4 = ${c.D4}, d2 = ${c.d2}`
}
