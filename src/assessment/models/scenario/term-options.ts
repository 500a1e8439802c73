import { VariantError } from '../assemble-variant.js'

/** A family's options as terms a language engine spells, with the spelt text beside each. */
export interface SpeltOptions<T> {
  readonly key: string
  readonly wrong: [string, string][]
  readonly terms: { readonly key: T; readonly wrong: T[] }
}

/**
 * Spells a key term and its named mistakes, dropping a mistake whose spelling equals the key's or
 * an earlier mistake's (two slips can produce the same word), and refuses the draw when fewer than
 * three distinct mistakes remain. The terms are kept so a key test can spell them a second way.
 */
export function speltOptions<T>(
  id: string,
  key: T,
  mistakes: readonly (readonly [T, string])[],
  spell: (term: T) => string,
): SpeltOptions<T> {
  const keyText = spell(key)
  const seen = new Set([keyText])
  const wrong: [string, string][] = []
  const terms: T[] = []
  for (const [term, mistake] of mistakes) {
    const text = spell(term)
    if (seen.has(text)) continue
    seen.add(text)
    wrong.push([text, mistake])
    terms.push(term)
  }
  if (wrong.length < 3) throw new VariantError(`${id}: fewer than three distinct mistakes`)
  return { key: keyText, wrong, terms: { key, wrong: terms } }
}
