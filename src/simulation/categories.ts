/**
 * The seven specialisations of the paper's platform and the share of workers in each
 * (Kässi & Lehdonvirta 2024), with how many of the simulated tests belong to each and the median
 * project value before any belief adjustment. Test counts follow the shares but give every
 * category enough tests to choose from; together they exceed the paper's "over 300 tests".
 */
export const MARKET_CATEGORIES = [
  { name: 'Technology', workerShare: 0.429, tests: 110, medianValueUsd: 210 },
  { name: 'Design & Creative', workerShare: 0.195, tests: 55, medianValueUsd: 150 },
  { name: 'Writing & Translation', workerShare: 0.138, tests: 45, medianValueUsd: 95 },
  { name: 'Virtual Assistant', workerShare: 0.135, tests: 40, medianValueUsd: 85 },
  { name: 'Sales & Marketing', workerShare: 0.081, tests: 35, medianValueUsd: 140 },
  { name: 'Finance', workerShare: 0.019, tests: 20, medianValueUsd: 190 },
  { name: 'Other', workerShare: 0.003, tests: 15, medianValueUsd: 110 },
] as const satisfies readonly MarketCategory[]

export interface MarketCategory {
  readonly name: string
  /** Share of workers whose main specialisation this is (the seven sum to 1). */
  readonly workerShare: number
  /** Number of distinct tests in the category. */
  readonly tests: number
  /** Median project value in US dollars for a worker the employers know nothing about. */
  readonly medianValueUsd: number
}

export type CategoryName = (typeof MARKET_CATEGORIES)[number]['name']

/** Index of the category a uniform draw u ∈ [0, 1) falls in, by worker share. */
export function categoryAt(u: number): number {
  let cumulative = 0
  for (let i = 0; i < MARKET_CATEGORIES.length; i++) {
    cumulative += MARKET_CATEGORIES[i]!.workerShare
    if (u < cumulative) return i
  }
  return MARKET_CATEGORIES.length - 1
}
