/**
 * The seven categories the impact study used to group the seed platform's tests: the catalog's,
 * which the API accepts and the browser app lists (both import them from here).
 */
export const CATEGORIES = [
  'Design & Creative',
  'Finance',
  'Sales & Marketing',
  'Technology & IT',
  'Virtual Assistant',
  'Writing & Translation',
  'Other',
] as const

export type Category = (typeof CATEGORIES)[number]

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value)
}
