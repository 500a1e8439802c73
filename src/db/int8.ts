/**
 * bigint columns (cents, counts) come back as JS numbers on both engines. Money is bounded far
 * below 2^53 at validation, so a value past it means corruption: fail loudly instead of rounding.
 */
export function parseInt8(text: string): number {
  const value = Number(text)
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`bigint ${text} is outside the range JavaScript numbers hold exactly`)
  }
  return value
}

/** OID of PostgreSQL's int8 type. */
export const INT8_OID = 20
