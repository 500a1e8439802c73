/** An exact rational number for money arithmetic, so keys never inherit binary rounding. */
export interface Fraction {
  readonly n: bigint
  readonly d: bigint
}

export function frac(n: bigint | number, d: bigint | number = 1n): Fraction {
  const nb = BigInt(n)
  const db = BigInt(d)
  if (db === 0n) throw new RangeError('division by zero')
  return db < 0n ? { n: -nb, d: -db } : { n: nb, d: db }
}

export const add = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d + b.n * a.d, a.d * b.d)
export const sub = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d - b.n * a.d, a.d * b.d)
export const mul = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.n, a.d * b.d)
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.n * b.d, a.d * b.n)
export const pow = (a: Fraction, k: number): Fraction => frac(a.n ** BigInt(k), a.d ** BigInt(k))
export const lessThan = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/**
 * Rounds half away from zero to `decimals` places, as spreadsheets' ROUND does, and returns the
 * decimal as a number (exactly representable to the digits shown).
 *
 * @example roundFraction(frac(2675, 1000), 2) // 2.68
 */
export function roundFraction(
  x: Fraction,
  decimals: number,
  mode: 'half' | 'up' | 'down' = 'half',
): number {
  const scale = 10n ** BigInt(decimals)
  const scaled = x.n * scale
  const negative = scaled < 0n
  const abs = negative ? -scaled : scaled
  let q = abs / x.d
  const r = abs % x.d
  if (mode === 'half' && 2n * r >= x.d) q += 1n
  if (mode === 'up' && r !== 0n) q += 1n
  const text = q.toString().padStart(decimals + 1, '0')
  const decimal = decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`
  return Number(negative ? `-${decimal}` : decimal)
}

/** A decimal given in hundredths (cents, basis points of percent) as a fraction. */
export const cents = (value: number): Fraction => frac(value, 100)
