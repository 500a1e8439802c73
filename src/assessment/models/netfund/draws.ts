import type { Rng } from '../../rng.js'

/** Clients a freelance network technician sets up and troubleshoots networks for. */
export const CLIENTS = [
  'a dental practice',
  'an architecture studio',
  'a small law firm',
  'a two-shop bakery',
  'a physiotherapy clinic',
  'a recruitment agency',
  'a boutique hotel',
  'an accounting firm',
] as const

export const client = (rng: Rng) => rng.pick(CLIENTS)

/** A private address block a small office might run: 10/8, 172.16/12 or 192.168/16. */
export function privateBase(rng: Rng): [number, number, number] {
  const which = rng.int(0, 2)
  if (which === 0) return [10, rng.int(0, 255), rng.int(0, 255)]
  if (which === 1) return [172, rng.int(16, 31), rng.int(0, 255)]
  return [192, 168, rng.int(0, 255)]
}

/** A host address in a private block, with its last octet drawn in `[lo, hi]`. */
export function hostIn(rng: Rng, lo = 1, hi = 254): string {
  return [...privateBase(rng), rng.int(lo, hi)].join('.')
}
