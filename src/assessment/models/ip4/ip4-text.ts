import type { Rng } from '../../rng.js'

export { type ApScenario as Ip4Scenario, family } from '../payables/ap-text.js'

/*
 * IPv4 scenarios for a freelance network technician. Addresses are worked as unsigned 32-bit
 * integers so every answer, and every named mistake, is a well-formed dotted address (no octet
 * above 255, no mask with a hole). Each draw returns `figures` with the addresses as dotted text
 * and prefixes as numbers, so the key test can work them again by its own route.
 */

/** An unsigned 32-bit integer as a dotted quad: 3232235777 → `192.168.1.1`. */
export const dot = (n: number): string =>
  [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')

/** The subnet mask of a prefix length as an unsigned integer. */
export const maskOf = (p: number): number => 2 ** 32 - 2 ** (32 - p)

/** The number of addresses in a block of prefix `p`, network and broadcast included. */
export const sizeOf = (p: number): number => 2 ** (32 - p)

/** The network address of `a` under prefix `p`. */
export const netOf = (a: number, p: number): number => a - (a % sizeOf(p))

/** The broadcast address of `a` under prefix `p`. */
export const bcastOf = (a: number, p: number): number => netOf(a, p) + sizeOf(p) - 1

/** The wildcard (inverse) mask of a prefix as an unsigned integer. */
export const wildOf = (p: number): number => sizeOf(p) - 1

/** Which octet (0–3) holds the prefix's partial bits; a prefix on a boundary has none. */
export const octetOf = (p: number): number => Math.floor(p / 8)

/** A value placed in octet `i` (0 leftmost) of an address. */
export const inOctet = (i: number, v: number): number => v * 2 ** (8 * (3 - i))

/** The prefix 8 bits away: the slip of working the block size in the neighbouring octet. */
export const wrongOctet = (p: number): number => (p >= 16 ? p - 8 : p + 8)

/** A prefix that does not fall on an octet boundary, between `low` and `high`. */
export function offBoundary(rng: Rng, low: number, high: number): number {
  for (;;) {
    const p = rng.int(low, high)
    if (p % 8 !== 0) return p
  }
}

/** An address in one of the private or public ranges small offices use. */
export function anyHost(rng: Rng): number {
  const base = rng.pick([
    [10, rng.int(0, 255)],
    [172, rng.int(16, 31)],
    [192, 168],
    [rng.pick([62, 81, 84, 145, 185]), rng.int(1, 254)],
  ] as const)
  return (base[0] * 256 + base[1]) * 65536 + rng.int(0, 255) * 256 + rng.int(1, 254)
}

/** A number with thousands separators: 16382 → `16,382`. */
export const count = (n: number): string => n.toLocaleString('en-US')

/** Small offices, shops and cloud clients a freelance network technician works for; invented. */
const CLIENTS = [
  'a dental practice',
  'a bakery with two shops',
  'an accountancy office',
  'a boutique hotel',
  'a co-working space',
  'a veterinary clinic',
  'a small architecture firm',
  'a hardware shop',
  'a start-up running in a cloud VPC',
  'a language school',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

export { cap } from '../scenario/scenario-text.js'
