/**
 * A text frame in a small notation, so a hundred usage rules fit in readable tables:
 * `⟨a;b;c⟩` is a word choice drawn once per variant (it never changes the key; two choices are
 * drawn independently, so text that must match, like an id and its label's for, is written out), and
 * `⟦right|wrong=mistake|wrong=mistake⟧` an edit point holding the standard (or correct) form
 * first and each wrong form with the misconception that produces it; the mistake follows the
 * last `=`, so code with `=` fits. Inside an edit point `~` is a space and `^` alone is nothing
 * (an omitted comma). The brackets are ones neither prose nor code uses.
 *
 * @example render(parseFrame(resolveWords('The box ⟦is|are=agreement with the nearest noun⟧ here.', pick)))
 */

/** One edit point of a resolved frame: the standard form and the named nonstandard ones. */
export interface EditPoint {
  readonly right: string
  readonly wrong: readonly { readonly text: string; readonly mistake: string }[]
}

export type FramePart = string | EditPoint

const WORDS = /⟨([^⟨⟩]*)⟩/g
const POINT = /⟦([^⟦⟧]*)⟧/g

const fromNotation = (text: string): string => (text === '^' ? '' : text.replace(/~/g, ' '))

/** The frame with each word choice drawn by `pick`; edit points stay in their notation. */
export function resolveWords(frame: string, pick: (choices: string[]) => string): string {
  return frame.replace(WORDS, (_, body: string) => pick(body.split(';')))
}

/** A resolved frame split into fixed text and edit points. */
export function parseFrame(resolved: string): FramePart[] {
  const parts: FramePart[] = []
  let last = 0
  for (const m of resolved.matchAll(POINT)) {
    if (m.index > last) parts.push(resolved.slice(last, m.index))
    const [right, ...wrongs] = m[1]!.split('|')
    parts.push({
      right: fromNotation(right!),
      wrong: wrongs.map((w) => {
        const at = w.lastIndexOf('=')
        if (at < 0) throw new Error(`an edit point names no mistake: ⟦${m[1]}⟧`)
        return { text: fromNotation(w.slice(0, at)), mistake: w.slice(at + 1).trim() }
      }),
    })
    last = m.index + m[0].length
  }
  if (last < resolved.length) parts.push(resolved.slice(last))
  return parts
}

/**
 * The text with every edit point in its standard form, except those listed in `errors`
 * (edit point index → wrong form index).
 */
export function render(
  parts: readonly FramePart[],
  errors: ReadonlyMap<number, number> = new Map(),
): string {
  let point = -1
  return parts
    .map((p) => {
      if (typeof p === 'string') return p
      point++
      const wrong = errors.get(point)
      return wrong === undefined ? p.right : p.wrong[wrong]!.text
    })
    .join('')
}

/** The edit points of a parsed frame, in order. */
export function editPoints(parts: readonly FramePart[]): EditPoint[] {
  return parts.filter((p): p is EditPoint => typeof p !== 'string')
}
