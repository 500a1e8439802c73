/**
 * Check digits as the families compute them, each with the variants a named mistake produces.
 * Digits are strings so that leading zeros survive.
 */

const nums = (s: string) => [...s].map(Number)

/** Mod-10 check digit with weights alternating from the left, `first` on the first digit. */
export function mod10(body: string, first: 1 | 3, complement = true): string {
  const sum = nums(body).reduce((s, d, i) => s + d * (i % 2 === 0 ? first : 4 - first), 0)
  return String(complement ? (10 - (sum % 10)) % 10 : sum % 10)
}

/** EAN-13 (and ISBN-13): weights 1, 3 from the left over the first twelve digits. */
export const ean13 = (body12: string) => mod10(body12, 1)
/** UPC-A: weights 3, 1 from the left over the first eleven digits. */
export const upcA = (body11: string) => mod10(body11, 3)

/** Mod-10 with every digit weighted 1: the check a keyer makes by forgetting the weights. */
export const unweighted = (body: string) =>
  String((10 - (nums(body).reduce((s, d) => s + d, 0) % 10)) % 10)

/** ISBN-10: weights 10 down to 2 over nine digits, mod 11 complemented, 10 written X. */
export function isbn10(body9: string, complement = true): string {
  const sum = nums(body9).reduce((s, d, i) => s + d * (10 - i), 0)
  const c = complement ? (11 - (sum % 11)) % 11 : sum % 11
  return c === 10 ? 'X' : String(c)
}

/** ISBN-10 weights 10 down to 2 with a mod-10 complement: the barcode modulus on ISBN-10 weights. */
export const tenMinus = (body9: string) =>
  String((10 - (nums(body9).reduce((s, d, i) => s + d * (10 - i), 0) % 10)) % 10)

/**
 * Luhn check digit for a card number's body: double every second digit counting from the
 * rightmost body digit, add the digits of each product. `split` false adds a product of 10 or more
 * as it stands; `fromRight` false doubles counting from the left instead.
 */
export function luhn(body: string, split = true, fromRight = true): string {
  const ds = nums(body)
  const sum = ds.reduce((s, d, i) => {
    const fromEnd = ds.length - 1 - i
    const doubled = fromRight ? fromEnd % 2 === 0 : i % 2 === 0
    const v = doubled ? d * 2 : d
    return s + (split && v > 9 ? v - 9 : v)
  }, 0)
  return String((10 - (sum % 10)) % 10)
}

/** Letters as IBAN arithmetic reads them: A = 10 … Z = 35. */
const expand = (s: string) =>
  [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')

/** A long digit string modulo 97, a chunk at a time so it never leaves integer precision. */
export function mod97(ds: string): number {
  let r = 0
  for (let i = 0; i < ds.length; i += 7) r = Number(String(r) + ds.slice(i, i + 7)) % 97
  return r
}

/**
 * IBAN check digits: the country code and 00 moved behind the BBAN, letters expanded, 98 minus
 * the remainder mod 97. `moved` false leaves them in front; `from` 97 or 0 gives the mistakes of
 * subtracting from 97 or taking the remainder itself.
 */
export function ibanCheck(country: string, bban: string, moved = true, from: 98 | 97 | 0 = 98) {
  const r = mod97(expand(moved ? `${bban}${country}00` : `${country}00${bban}`))
  const c = from === 0 ? r : from - r
  return String(c).padStart(2, '0')
}
