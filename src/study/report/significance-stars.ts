/**
 * The paper's marks (Kässi & Lehdonvirta 2024): *** p < 0.001, ** p < 0.01, * p < 0.05,
 * + p < 0.1 (strict inequalities, two-sided p-values).
 */
export const STAR_LEVELS: readonly { readonly below: number; readonly stars: string }[] = [
  { below: 0.001, stars: '***' },
  { below: 0.01, stars: '**' },
  { below: 0.05, stars: '*' },
  { below: 0.1, stars: '+' },
]

/** The note that states the convention under every table. */
export const STARS_NOTE = '+ p < 0.1, * p < 0.05, ** p < 0.01, *** p < 0.001'

/**
 * @example
 * significanceStars(0.03) // '*'
 */
export function significanceStars(p: number): string {
  return STAR_LEVELS.find((level) => p < level.below)?.stars ?? ''
}
