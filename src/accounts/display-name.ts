import { DomainError } from '../shared/index.js'

/** The most characters a display name may have once trimmed. */
export const MAX_DISPLAY_NAME_LENGTH = 100

/**
 * A display name as it is stored: trimmed, 1 to 100 characters. Every way an account comes to
 * be (sign-up, an operator's registration, an imported history) names its member by this rule.
 */
export function parseDisplayName(raw: string): string {
  const displayName = raw.trim()
  if (displayName.length === 0 || displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    throw new DomainError(
      'invalid',
      'invalid_display_name',
      `the display name needs 1 to ${MAX_DISPLAY_NAME_LENGTH} characters`,
      { field: 'displayName' },
    )
  }
  return displayName
}
