/** Specificity as (ids, classes/attributes/pseudo-classes, types/pseudo-elements). */
export type Specificity = readonly [number, number, number]

const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter'])
const ZERO: Specificity = [0, 0, 0]

/**
 * Specificity of one complex selector by Selectors Level 4 §17: `:where()` counts nothing,
 * `:is()`, `:not()` and `:has()` count their most specific argument, `:nth-child(… of S)` counts
 * one pseudo-class plus S, `*` and combinators count nothing.
 *
 * @example specificity('ul#nav li.active > a:hover') // [1, 2, 3]
 */
export function specificity(selector: string): Specificity {
  let [a, b, c] = [0, 0, 0]
  let i = 0
  const s = selector.trim()
  const name = (): string => {
    const m = /^(?:\\.|[\w-])+/.exec(s.slice(i))
    i += m ? m[0].length : 0
    return m ? m[0] : ''
  }
  const parenthesised = (): string => {
    let depth = 0
    const start = i
    for (; i < s.length; i++) {
      if (s[i] === '(') depth++
      else if (s[i] === ')' && --depth === 0) return s.slice(start + 1, i++)
    }
    throw new SyntaxError(`unbalanced parentheses in "${selector}"`)
  }
  while (i < s.length) {
    const ch = s[i]!
    if (ch === '#') {
      i++
      name()
      a++
    } else if (ch === '.') {
      i++
      name()
      b++
    } else if (ch === '[') {
      i = s.indexOf(']', i) + 1
      if (i === 0) throw new SyntaxError(`unclosed attribute selector in "${selector}"`)
      b++
    } else if (ch === ':') {
      const element = s[i + 1] === ':'
      i += element ? 2 : 1
      const pseudo = name().toLowerCase()
      const args = s[i] === '(' ? parenthesised() : undefined
      const add = pseudoSpecificity(pseudo, args, element)
      a += add[0]
      b += add[1]
      c += add[2]
    } else if (ch === '*' || ch === '>' || ch === '+' || ch === '~' || /\s/.test(ch)) {
      i++
    } else if (/[\w-]/.test(ch)) {
      name()
      c++
    } else {
      throw new SyntaxError(`unexpected "${ch}" in "${selector}"`)
    }
  }
  return [a, b, c]
}

function pseudoSpecificity(
  pseudo: string,
  args: string | undefined,
  element: boolean,
): Specificity {
  if (element || LEGACY_PSEUDO_ELEMENTS.has(pseudo)) return [0, 0, 1]
  if (pseudo === 'where') return ZERO
  if (pseudo === 'is' || pseudo === 'not' || pseudo === 'has') return mostSpecific(args ?? '')
  if ((pseudo === 'nth-child' || pseudo === 'nth-last-child') && args?.includes(' of ')) {
    const inner = mostSpecific(args.slice(args.indexOf(' of ') + 4))
    return [inner[0], inner[1] + 1, inner[2]]
  }
  return [0, 1, 0]
}

function mostSpecific(list: string): Specificity {
  return splitList(list).map(specificity).reduce(higher, ZERO)
}

/** Compares component by component, ids first. */
export function compareSpecificity(x: Specificity, y: Specificity): number {
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]
}

function higher(x: Specificity, y: Specificity): Specificity {
  return compareSpecificity(x, y) >= 0 ? x : y
}

function splitList(list: string): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++
    else if (list[i] === ')') depth--
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i))
      start = i + 1
    }
  }
  parts.push(list.slice(start))
  return parts.filter((p) => p.trim() !== '')
}
