import type { Rng } from '../../rng.js'
import type { NumberFormat } from '../../task.js'
import { grouped } from '../scenario/scenario-text.js'

export const money = (symbol: string): NumberFormat => ({
  kind: 'fixed',
  decimals: 2,
  prefix: symbol,
})

export const currency = (rng: Rng): string => rng.pick(['$', '€', '£'])

/** Shows an amount in cents as the stem writes it: `€1,234.50`. */
export function showCents(symbol: string, amountCents: number): string {
  return `${symbol}${grouped(amountCents / 100, 2)}`
}
