/**
 * A sum of bigint cents as PostgreSQL returns it (numeric, as text) turned into a number, refusing
 * anything a JS number cannot hold exactly rather than rounding money.
 */
export function centsFrom(value: number | string | bigint | null): number {
  if (value === null) return 0
  const cents = Number(value)
  if (!Number.isSafeInteger(cents)) throw new RangeError(`${value} is not a whole number of cents`)
  return cents
}
