import { DomainError } from '../shared/index.js'

/** RFC 5321 caps a path at 254 characters. */
export const MAX_EMAIL_LENGTH = 254

// Deliberately modest: one @, a dotted domain, no spaces. Deliverability is proven by sending, not by regex.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

/** The email as given (trimmed) and its unique key (lower-cased), or an `invalid_email` error. */
export function parseEmail(raw: string): { readonly email: string; readonly key: string } {
  const email = raw.trim()
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(email)) {
    throw new DomainError('invalid', 'invalid_email', `"${raw}" is not an email address`, {
      field: 'email',
    })
  }
  return { email, key: email.toLowerCase() }
}
