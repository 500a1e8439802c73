import type { Rng } from '../../rng.js'

/**
 * Limited-entry decision tables over yes/no conditions. An entry is `Y`, `N` or `-` (either);
 * a case is a row of `Y`/`N`. Rules match a case when every entry is `-` or equal.
 */
export type Entry = 'Y' | 'N' | '-'
export interface Rule {
  readonly entries: readonly Entry[]
  readonly action: string
}

export const CONDITIONS = [
  'Loyalty member',
  'Coupon used',
  'Weekend order',
  'Express shipping',
  'Over credit limit',
  'New customer',
] as const
export const ACTIONS = [
  'Free delivery',
  'Standard fee',
  'Manual review',
  'Reject order',
  'Priority queue',
  'Send voucher',
] as const

export const matches = (r: Rule, c: readonly Entry[]): boolean =>
  r.entries.every((e, k) => e === '-' || e === c[k])

/** Every yes/no case of `n` conditions, first condition slowest, Y before N. */
export function allCases(n: number): Entry[][] {
  if (n === 0) return [[]]
  return allCases(n - 1).flatMap((c) => [['Y', ...c] as Entry[], ['N', ...c] as Entry[]])
}

export const caseText = (names: readonly string[], c: readonly Entry[]): string =>
  names.map((n, k) => `${n}: ${c[k] === 'Y' ? 'yes' : c[k] === 'N' ? 'no' : 'either'}`).join(', ')

export const tableText = (names: readonly string[], rules: readonly Rule[]): string =>
  rules.map((r, k) => `R${k + 1} (${caseText(names, r.entries)}) → ${r.action}`).join('; ')

/** A random entry row with about `dashRate` of entries `-`. */
export const drawEntries = (rng: Rng, n: number, dashRate: number): Entry[] =>
  Array.from({ length: n }, () => (rng.next() < dashRate ? '-' : rng.pick(['Y', 'N'] as const)))

/**
 * The fewest non-overlapping rules that give `f` on every case, by splitting on a condition and
 * merging the halves when they agree: the contracted table an analyst writes from a decision tree.
 */
export function fewestRules(n: number, f: (c: readonly Entry[]) => string): number {
  const go = (fixed: Entry[]): number => {
    const free = fixed.indexOf('-')
    const cases = allCases(fixed.filter((e) => e === '-').length).map((fill) => {
      let i = 0
      return fixed.map((e) => (e === '-' ? fill[i++]! : e))
    })
    if (new Set(cases.map(f)).size === 1) return 1
    let best = Number.POSITIVE_INFINITY
    for (let k = free; k < n; k++) {
      if (fixed[k] !== '-') continue
      const y = [...fixed]
      y[k] = 'Y'
      const no = [...fixed]
      no[k] = 'N'
      best = Math.min(best, go(y) + go(no))
    }
    return best
  }
  return go(Array.from({ length: n }, () => '-' as Entry))
}
