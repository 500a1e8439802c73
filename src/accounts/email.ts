import { DomainError } from '../shared/index.js'
import { hasConfusableScripts } from './confusable-scripts.js'

/** RFC 5321 caps a path at 254 characters. */
export const MAX_EMAIL_LENGTH = 254

// Deliberately modest: one @, a dotted domain, no spaces. Deliverability is proven by sending, not by regex.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/**
 * The email as given, in Unicode normal form NFKC and trimmed, and its unique key (lower-cased),
 * or an `invalid_email` error. NFKC makes full-width and ligature spellings one address; an
 * address whose parts mix scripts (a Cyrillic "а" among Latin letters) or hide invisible
 * characters is refused, since it could pass for someone else's.
 */
export function parseEmail(raw: string): { readonly email: string; readonly key: string } {
  const email = raw.normalize('NFKC').trim()
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(email)) {
    throw new DomainError('invalid', 'invalid_email', `"${raw}" is not an email address`, {
      field: 'email',
    })
  }
  if (hasConfusableScripts(email)) {
    throw new DomainError(
      'invalid',
      'confusable_email',
      'the email address mixes writing systems or hides invisible characters, so it could pass for another address',
      { field: 'email' },
    )
  }
  return { email, key: email.toLowerCase() }
}

/** The key an email would have, for lookups and counting: never throws, whatever was typed. */
export function emailKeyOf(raw: string): string {
  return raw
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .slice(0, MAX_EMAIL_LENGTH + 1)
}
