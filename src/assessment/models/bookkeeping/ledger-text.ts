import { grouped } from '../../engines/number-format.js'
import type { Rng } from '../../rng.js'
import { frac, roundFraction } from '../exact.js'
import { currency } from '../finance/money.js'

/** One line of a journal entry: a side, an account and an amount in integer cents. */
export type Line = readonly ['Dr' | 'Cr', string, number]

export const dr = (account: string, cents: number): Line => ['Dr', account, cents]
export const cr = (account: string, cents: number): Line => ['Cr', account, cents]

/** An amount in cents as a ledger shows it, without a currency symbol: `1,234.50`. */
export function amount(cents: number): string {
  return grouped(cents / 100, 2)
}

/**
 * A journal entry as one line of text, debits first: `Dr Bank 120.00; Cr Sales 120.00`. Every
 * entry an option shows balances, the wrong ones included: a mistake in double entry is a
 * balanced entry to the wrong account or for the wrong amount, never an entry that cannot post.
 */
export function entry(...lines: readonly Line[]): string {
  const debits = lines.filter((l) => l[0] === 'Dr').reduce((s, l) => s + l[2], 0)
  const credits = lines.filter((l) => l[0] === 'Cr').reduce((s, l) => s + l[2], 0)
  if (debits !== credits || lines.some((l) => l[2] <= 0 || !Number.isInteger(l[2]))) {
    throw new Error(`an unbalanced entry: ${JSON.stringify(lines)}`)
  }
  const ordered = [...lines.filter((l) => l[0] === 'Dr'), ...lines.filter((l) => l[0] === 'Cr')]
  return ordered.map(([side, account, c]) => `${side} ${account} ${amount(c)}`).join('; ')
}

/** The two-line entry debiting `debit` and crediting `credit` with the same amount. */
export const pair = (debit: string, credit: string, cents: number): string =>
  entry(dr(debit, cents), cr(credit, cents))

/** `cents × num / den`, rounded half away from zero to the cent, computed exactly. */
export function share(cents: number, num: number, den: number): number {
  return Math.round(roundFraction(frac(BigInt(cents) * BigInt(num), BigInt(den)), 0))
}

/** A drawn amount in whole currency units between `low` and `high`, in cents. */
export const units = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 100

/** The stem's money formatter for one draw: one currency symbol for the whole case. */
export function purse(rng: Rng): (cents: number) => string {
  const symbol = currency(rng)
  return (cents) => `${symbol}${amount(cents)}`
}
