import { type BinaryOp, FormulaError, type FormulaNode } from './formula-ast.js'

type Token =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'ref'; readonly v: string }
  | { readonly t: 'name'; readonly v: string }
  | { readonly t: 'op'; readonly v: string }

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|"((?:[^"]|"")*)"|(\$?[A-Z]{1,3}\$?\d+)(?![A-Z0-9_.(])|([A-Za-z_][A-Za-z0-9_.]*)|(<>|<=|>=|[-+*/^&=<>(),:%]))/y

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(source)
    if (!m) throw new FormulaError('#NAME?', `cannot read formula at column ${at + 1}`)
    if (m[1] !== undefined) tokens.push({ t: 'num', v: Number(m[1]) })
    else if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replaceAll('""', '"') })
    else if (m[3] !== undefined) tokens.push({ t: 'ref', v: m[3].replaceAll('$', '') })
    else if (m[4] !== undefined) tokens.push({ t: 'name', v: m[4].toUpperCase() })
    else tokens.push({ t: 'op', v: m[5]! })
  }
  return tokens
}

// Excel's precedence, loosest first; unary minus binds tighter than ^ (so -2^2 is 4).
const LEVELS: readonly (readonly string[])[] = [
  ['=', '<>', '<', '>', '<=', '>='],
  ['&'],
  ['+', '-'],
  ['*', '/'],
  ['^'],
]

/**
 * Parses a formula such as `=ROUND(SUM(B2:B6)*1.2, 2)` (leading `=` optional).
 *
 * @example parseFormula('=A1+1')
 */
export function parseFormula(source: string): FormulaNode {
  const tokens = tokenize(source.replace(/^\s*=/, ''))
  let pos = 0
  const peek = (): Token | undefined => tokens[pos]
  const isOp = (v: string): boolean => {
    const tok = peek()
    return tok?.t === 'op' && tok.v === v
  }
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaError('#NAME?', `expected "${v}"`)
    pos++
  }
  const binary = (level: number): FormulaNode => {
    if (level === LEVELS.length) return unary()
    let left = binary(level + 1)
    for (;;) {
      const tok = peek()
      if (tok?.t !== 'op' || !LEVELS[level]!.includes(tok.v)) return left
      pos++
      left = { kind: 'binary', op: tok.v as BinaryOp, left, right: binary(level + 1) }
    }
  }
  const unary = (): FormulaNode => {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[pos++] as { v: '-' | '+' }).v
      return { kind: 'unary', op, operand: unary() }
    }
    let node = primary()
    while (isOp('%')) {
      pos++
      node = { kind: 'unary', op: '%', operand: node }
    }
    return node
  }
  const primary = (): FormulaNode => {
    const tok = tokens[pos++]
    if (!tok) throw new FormulaError('#NAME?', 'formula ends too early')
    switch (tok.t) {
      case 'num':
        return { kind: 'number', value: tok.v }
      case 'str':
        return { kind: 'string', value: tok.v }
      case 'ref':
        if (isOp(':')) {
          pos++
          const to = tokens[pos++]
          if (to?.t !== 'ref') throw new FormulaError('#REF!', 'a range needs two cells')
          return { kind: 'range', from: tok.v, to: to.v }
        }
        return { kind: 'ref', cell: tok.v }
      case 'name': {
        if (tok.v === 'TRUE' || tok.v === 'FALSE') {
          if (!isOp('(')) return { kind: 'boolean', value: tok.v === 'TRUE' }
        }
        expect('(')
        const args: FormulaNode[] = []
        if (!isOp(')')) {
          args.push(binary(0))
          while (isOp(',')) {
            pos++
            args.push(binary(0))
          }
        }
        expect(')')
        return { kind: 'call', name: tok.v, args }
      }
      case 'op':
        if (tok.v === '(') {
          const inner = binary(0)
          expect(')')
          return inner
        }
        throw new FormulaError('#NAME?', `unexpected "${tok.v}"`)
    }
  }
  const tree = binary(0)
  if (pos !== tokens.length) throw new FormulaError('#NAME?', 'unexpected text after the formula')
  return tree
}
