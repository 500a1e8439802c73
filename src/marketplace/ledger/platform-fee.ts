/**
 * The platform's fee on released money: 10 % (1,000 basis points) unless configured otherwise.
 * Kept in basis points so every fee is integer arithmetic on cents.
 */
export const DEFAULT_PLATFORM_FEE_BASIS_POINTS = 1000

/** The largest amount one movement may carry: 10 million dollars, far below 2^53 cents. */
export const MAX_MOVEMENT_CENTS = 1_000_000_000

/**
 * The fee on `amountCents`, rounded half up to a whole cent, so the fee and the freelancer's share
 * always add up to the amount released.
 *
 * @example platformFee(1005, 1000) // 101 (100.5 rounded half up)
 */
export function platformFee(amountCents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError(`amount ${amountCents} is not a whole, non-negative number of cents`)
  }
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) {
    throw new RangeError(`fee ${basisPoints} is not between 0 and 10000 basis points`)
  }
  return Math.floor((amountCents * basisPoints + 5000) / 10_000)
}
