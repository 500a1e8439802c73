/**
 * The number rules of a house style sheet, as a rule engine: each number slot of a manuscript
 * sentence is written as words or figures by the sheet's threshold and its exceptions (units,
 * percentages, a sentence's opening number, one category kept in one form). The slips are the
 * same engine with one rule misread, so every distractor is a real misreading of the sheet.
 */

const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  )
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ORD: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
}

/** A whole number below 100 in words, compounds hyphenated (or spaced, the slip). */
export function numberWords(n: number, hyphen = true): string {
  if (n < 20) return ONES[n]!
  const t = TENS[Math.floor(n / 10)]!
  return n % 10 === 0 ? t : `${t}${hyphen ? '-' : ' '}${ONES[n % 10]}`
}

/** An ordinal below 100 in words: the last word of the cardinal turned ordinal. */
export function ordinalWords(n: number, hyphen = true): string {
  const w = numberWords(n, hyphen)
  const m = /^(.*?)([a-z]+)$/.exec(w)!
  const last = m[2]!
  const ord = ORD[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`)
  return `${m[1]}${ord}`
}

export const ordinalFigure = (n: number): string => {
  const t = n % 100
  const u = n % 10
  const suffix = t >= 11 && t <= 13 ? 'th' : u === 1 ? 'st' : u === 2 ? 'nd' : u === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/** A number in the sentence: a count, a measurement with its unit, a percentage or an ordinal. */
export type NumberSlot =
  | { readonly kind: 'count'; readonly n: number; readonly start?: boolean }
  | { readonly kind: 'unit'; readonly n: number; readonly unit: string }
  | { readonly kind: 'pct'; readonly n: number }
  | { readonly kind: 'ord'; readonly n: number }
export type Part = string | NumberSlot

/** The stated sheet and, for the slips, one of its rules misread. */
export interface NumberSheet {
  readonly T: number
  /** When set, counts in one sentence go to figures if any of them is at or above the threshold. */
  readonly consistent?: boolean
  /** When set, percentages are written with “per cent” in words, not the % sign. */
  readonly perCent?: boolean
  readonly slip?:
    | 'otherThreshold'
    | 'inclusive'
    | 'allFigures'
    | 'unitWords'
    | 'pctWords'
    | 'noHyphen'
    | 'startFigure'
    | 'ignoreConsistency'
    | 'allWords'
    | 'pctSign'
}

export function renderNumbers(parts: readonly Part[], sheet: NumberSheet): string {
  const T = sheet.slip === 'otherThreshold' ? (sheet.T === 10 ? 100 : 10) : sheet.T
  const small = (n: number) => (sheet.slip === 'inclusive' ? n <= T : n < T)
  const hyphen = sheet.slip !== 'noHyphen'
  const counts = parts.filter((p) => typeof p !== 'string' && p.kind === 'count') as {
    n: number
  }[]
  const allFig =
    sheet.consistent && sheet.slip !== 'ignoreConsistency' && counts.some((c) => !small(c.n))
  const words = (n: number) =>
    sheet.slip === 'allWords' ? n < 100 : sheet.slip === 'allFigures' ? false : small(n)
  const out = parts.map((p) => {
    if (typeof p === 'string') return p
    if (p.kind === 'count') {
      if (p.start && sheet.slip !== 'startFigure' && sheet.slip !== 'allFigures')
        return numberWords(p.n, hyphen).replace(/^./, (c) => c.toUpperCase())
      return (sheet.slip === 'allWords' && p.n < 100) || (words(p.n) && !allFig)
        ? numberWords(p.n, hyphen)
        : String(p.n)
    }
    if (p.kind === 'unit')
      return (sheet.slip === 'unitWords' || sheet.slip === 'allWords') && small(p.n)
        ? `${numberWords(p.n, hyphen)} ${p.unit}`
        : `${p.n} ${p.unit}`
    if (p.kind === 'pct')
      return (sheet.slip === 'pctWords' || sheet.slip === 'allWords') && small(p.n)
        ? `${numberWords(p.n, hyphen)} per cent`
        : sheet.perCent && sheet.slip !== 'pctSign'
          ? `${p.n} per cent`
          : `${p.n}%`
    return words(p.n) ? ordinalWords(p.n, hyphen) : ordinalFigure(p.n)
  })
  return out.join('')
}
