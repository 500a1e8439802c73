/**
 * CLDR cardinal plural rules for whole numbers, typed from the CLDR plural-rules chart for the
 * languages the families ask about: each returns the category of a non-negative integer `n`.
 */
export const CARDINAL: Readonly<Record<string, (n: number) => string>> = {
  en: (n) => (n === 1 ? 'one' : 'other'),
  de: (n) => (n === 1 ? 'one' : 'other'),
  ja: () => 'other',
  fr: (n) => (n === 0 || n === 1 ? 'one' : n !== 0 && n % 1_000_000 === 0 ? 'many' : 'other'),
  pl: (n) => {
    if (n === 1) return 'one'
    const [u, t] = [n % 10, n % 100]
    return u >= 2 && u <= 4 && !(t >= 12 && t <= 14) ? 'few' : 'many'
  },
  ru: (n) => {
    const [u, t] = [n % 10, n % 100]
    if (u === 1 && t !== 11) return 'one'
    return u >= 2 && u <= 4 && !(t >= 12 && t <= 14) ? 'few' : 'many'
  },
  cs: (n) => (n === 1 ? 'one' : n >= 2 && n <= 4 ? 'few' : 'other'),
  ar: (n) => {
    const t = n % 100
    if (n === 0) return 'zero'
    if (n === 1) return 'one'
    if (n === 2) return 'two'
    if (t >= 3 && t <= 10) return 'few'
    return t >= 11 && t <= 99 ? 'many' : 'other'
  },
  cy: (n) => ({ 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' })[n] ?? 'other',
  ga: (n) =>
    n === 1
      ? 'one'
      : n === 2
        ? 'two'
        : n >= 3 && n <= 6
          ? 'few'
          : n >= 7 && n <= 10
            ? 'many'
            : 'other',
}

/** The categories each language's cardinal rules use, in CLDR order. */
export const CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  en: ['one', 'other'],
  de: ['one', 'other'],
  ja: ['other'],
  fr: ['one', 'many', 'other'],
  pl: ['one', 'few', 'many', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  cs: ['one', 'few', 'many', 'other'],
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  cy: ['zero', 'one', 'two', 'few', 'many', 'other'],
  ga: ['one', 'two', 'few', 'many', 'other'],
}

/** English ordinal suffix from the CLDR ordinal rules: 1st, 2nd, 3rd, 11th, 12th, 13th, 22nd. */
export function englishOrdinal(n: number): string {
  const [u, t] = [n % 10, n % 100]
  if (u === 1 && t !== 11) return `${n}st`
  if (u === 2 && t !== 12) return `${n}nd`
  if (u === 3 && t !== 13) return `${n}rd`
  return `${n}th`
}
