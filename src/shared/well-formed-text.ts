/**
 * PostgreSQL refuses U+0000 in text and jsonb, and silently turns a lone surrogate into U+FFFD,
 * so what is read back would differ from what was signed. Returns the path of the first string
 * (or object key) in `value` that has either, or null when every string is well formed.
 *
 * @example findIllFormedText({ name: 'a\u0000b' }) // ['name']
 */
export function findIllFormedText(
  value: unknown,
  path: (string | number)[] = [],
): (string | number)[] | null {
  if (typeof value === 'string') return isStorable(value) ? null : path
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findIllFormedText(value[i], [...path, i])
      if (found) return found
    }
    return null
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorable(key)) return [...path, key]
      const found = findIllFormedText(item, [...path, key])
      if (found) return found
    }
  }
  return null
}

function isStorable(text: string): boolean {
  return text.isWellFormed() && !text.includes('\u0000')
}
