import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export { family } from '../payables/ap-text.js'
export { cap } from '../scenario/scenario-text.js'
export type NsysScenario = ApScenario
export { VariantError }

/*
 * Number representation scenarios for a freelance developer or embedded and network engineer who
 * reads hex dumps, register maps, file headers and packet fields. Every value is an exact integer
 * (BigInt where it may pass 2^53), and every answer is written in one well-formed notation: hex
 * with `0x` and a fixed number of digits, binary in groups of four, decimal grouped by thousands.
 * `figures` records what the draw chose, so the key test can work every option again its own way.
 */

/** `0x` and `digits` upper-case hex digits: the width a register or dump shows. */
export function hex(n: number | bigint, digits: number): string {
  const v = BigInt(n)
  if (v < 0n || v >= 16n ** BigInt(digits))
    throw new VariantError(`no ${digits}-digit hex for ${v}`)
  return `0x${v.toString(16).toUpperCase().padStart(digits, '0')}`
}

/** `bits` binary digits in groups of four from the right: `1011 0110`. */
export function bin(n: number | bigint, bits: number): string {
  const v = BigInt(n)
  if (v < 0n || v >= 2n ** BigInt(bits)) throw new VariantError(`no ${bits}-bit binary for ${v}`)
  const s = v.toString(2).padStart(bits, '0')
  return s.replace(/\B(?=(\d{4})+$)/g, ' ')
}

/** A whole number grouped by thousands, with a minus where negative: `-32,768`. */
export function dec(n: number | bigint): string {
  const v = BigInt(n)
  const digits = (v < 0n ? -v : v).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${v < 0n ? '-' : ''}${digits}`
}

/** The value of `text` read in base `radix`, refusing a digit the base does not have. */
export function readAs(text: string, radix: number): number {
  const v = Number.parseInt(text, radix)
  if (!/^[0-9A-Fa-f]+$/.test(text) || [...text].some((c) => Number.parseInt(c, 16) >= radix))
    throw new VariantError(`${text} is not a base-${radix} numeral`)
  return v
}

/** The bytes of an unsigned value, most significant first. */
export function bytesOf(n: number | bigint, count: number): number[] {
  const v = BigInt(n)
  return Array.from({ length: count }, (_, i) => Number((v >> BigInt(8 * (count - 1 - i))) & 0xffn))
}

/** The unsigned value of bytes read most significant first. */
export const fromBytes = (bytes: readonly number[]): bigint =>
  bytes.reduce((v, b) => (v << 8n) | BigInt(b), 0n)

/** The low byte of each pair swapped with the high: a little-endian read of a big-endian word. */
export const swapBytes = (n: number | bigint, count: number): bigint =>
  fromBytes(bytesOf(n, count).reverse())

/** The two hex digits of each byte swapped. */
export const swapNibbles = (n: number | bigint, count: number): bigint =>
  fromBytes(bytesOf(n, count).map((b) => ((b & 15) << 4) | (b >> 4)))

/** The bits of an unsigned `bits`-wide value in reverse order. */
export function reverseBits(n: number | bigint, bits: number): bigint {
  const s = BigInt(n).toString(2).padStart(bits, '0')
  return BigInt(`0b${[...s].reverse().join('')}`)
}

/** The two's complement reading of `bits` bits. */
export function signed(n: number | bigint, bits: number): bigint {
  const v = BigInt(n)
  const top = 2n ** BigInt(bits - 1)
  return v >= top ? v - 2n * top : v
}

/** The `bits`-bit pattern of a value, wrapping as a fixed-width register does. */
export function wrap(n: number | bigint, bits: number): bigint {
  const m = 2n ** BigInt(bits)
  return ((BigInt(n) % m) + m) % m
}

/** A draw that needs a condition on its figures is refused, not bent to fit. */
export function need(ok: boolean, why: string): void {
  if (!ok) throw new VariantError(why)
}

export type Draw = (rng: Rng) => NsysScenario
export const scenario = (id: string, draw: Draw) => family(id, draw)
