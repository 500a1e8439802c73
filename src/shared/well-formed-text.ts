/**
 * PostgreSQL refuses U+0000 in text and jsonb, and silently turns a lone surrogate into U+FFFD,
 * so what is read back would differ from what was signed. Returns the path of the first string
 * (or object key) in `value` that has either, or null when every string is well formed.
 *
 * The walk keeps its own stack, and each entry points at its parent instead of carrying a copy
 * of its path, so any depth costs neither call stack nor quadratic copying; the path is built
 * only for the one string found.
 *
 * @example findIllFormedText({ name: 'a\u0000b' }) // ['name']
 */
export function findIllFormedText(value: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value, step: null, parent: null }]
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const current = visit.value
    if (typeof current === 'string') {
      if (!isStorable(current)) return pathOf(visit)
    } else if (Array.isArray(current)) {
      // Pushed in reverse so that the first ill-formed string in document order is found first.
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], step: i, parent: visit })
      }
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current)
      for (const [key] of entries) {
        if (!isStorable(key)) return pathOf({ value: null, step: key, parent: visit })
      }
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [string, unknown]
        stack.push({ value: item, step: key, parent: visit })
      }
    }
  }
  return null
}

interface Visit {
  readonly value: unknown
  readonly step: string | number | null
  readonly parent: Visit | null
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = []
  for (let at: Visit | null = visit; at && at.step !== null; at = at.parent) path.push(at.step)
  return path.reverse()
}

function isStorable(text: string): boolean {
  return text.isWellFormed() && !text.includes('\u0000')
}
