/**
 * Where a JSON text first goes wrong, as 1-based line and column, or undefined when it parses.
 * Node's JSON.parse names no position in every version, so a small scanner finds it.
 *
 * @example jsonErrorPosition('{\n  "a": ,\n}') // { line: 2, column: 8 }
 */
export function jsonErrorPosition(text: string): { line: number; column: number } | undefined {
  let at = 0
  const fail = (): never => {
    throw at
  }
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++
  }
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length
    else fail()
  }
  const string = () => {
    at++
    while (at < text.length && text[at] !== '"') {
      if (text.charCodeAt(at) < 0x20) fail()
      at += text[at] === '\\' ? 2 : 1
    }
    if (at >= text.length) fail()
    at++
  }
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at))
    if (!match) fail()
    at += match![0].length
  }
  const sequence = (close: string, item: () => void) => {
    at++
    space()
    if (text[at] === close) {
      at++
      return
    }
    for (;;) {
      item()
      space()
      if (text[at] === close) {
        at++
        return
      }
      if (text[at] !== ',') fail()
      at++
      space()
    }
  }
  const scalars: Record<string, () => void> = {
    '"': string,
    t: () => literal('true'),
    f: () => literal('false'),
    n: () => literal('null'),
  }
  const value = (): void => {
    space()
    const c = text[at]
    if (c === '{') {
      sequence('}', () => {
        if (text[at] !== '"') fail()
        string()
        space()
        if (text[at] !== ':') fail()
        at++
        value()
      })
    } else if (c === '[') {
      sequence(']', value)
    } else {
      ;(scalars[c ?? ''] ?? number)()
    }
  }
  try {
    value()
    space()
    if (at < text.length) fail()
    return undefined
  } catch (position) {
    const before = text.slice(0, position as number).split('\n')
    return { line: before.length, column: before.at(-1)!.length + 1 }
  }
}
