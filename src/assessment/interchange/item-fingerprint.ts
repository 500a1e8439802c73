import { createHash } from 'node:crypto'

/**
 * A content-derived item id, so importing the same file twice names the same items.
 *
 * @example contentItemId('md', 'sql', 'What …', ['A', 'B']) // 'md-3f2a…'
 */
export function contentItemId(
  prefix: string,
  testId: string,
  stem: string,
  options: readonly string[],
): string {
  const hash = createHash('sha256')
  hash.update([testId, stem, ...options].join('\u0000'))
  return `${prefix}-${hash.digest('hex').slice(0, 16)}`
}
