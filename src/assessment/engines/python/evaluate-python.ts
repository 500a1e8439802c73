import { float, int, list, PythonError, type PyValue, repr, str } from './python-value.js'

/**
 * Semantics the evaluator applies. `PYTHON` is CPython's; the other settings reproduce the
 * readings a candidate who thinks in another language brings (truncating division, a remainder
 * with the dividend's sign, unary minus binding tighter than `**`, rounding halves up, an
 * inclusive slice end), so distractors are computed, not invented.
 */
export interface PythonSemantics {
  readonly division: 'floor' | 'truncate'
  readonly remainder: 'divisor-sign' | 'dividend-sign'
  readonly unaryMinus: 'below-power' | 'above-power'
  readonly roundHalf: 'even' | 'up'
  readonly sliceEnd: 'exclusive' | 'inclusive'
}

export const PYTHON: PythonSemantics = {
  division: 'floor',
  remainder: 'divisor-sign',
  unaryMinus: 'below-power',
  roundHalf: 'even',
  sliceEnd: 'exclusive',
}

const TOKEN = /\s*(?:(\d+\.\d+)|(\d+)|'([^'\\]*)'|([A-Za-z_]\w*)|(\/\/|\*\*|[-+*/%()[\]:,]))/y

type Tok = { k: 'float' | 'int' | 'str' | 'name' | 'op'; v: string }

function tokenize(source: string): Tok[] {
  const out: Tok[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    if (source.slice(TOKEN.lastIndex).trim() === '') break
    const m = TOKEN.exec(source)
    if (!m) throw new PythonError(`cannot read "${source.slice(TOKEN.lastIndex)}"`)
    if (m[1] !== undefined) out.push({ k: 'float', v: m[1] })
    else if (m[2] !== undefined) out.push({ k: 'int', v: m[2] })
    else if (m[3] !== undefined) out.push({ k: 'str', v: m[3] })
    else if (m[4] !== undefined) out.push({ k: 'name', v: m[4] })
    else out.push({ k: 'op', v: m[5]! })
  }
  return out
}

/**
 * Evaluates an expression of the Python subset (ints, floats, strings, lists; + - * / // % **;
 * indexing and slicing; len abs round sorted sum min max str int) and returns its `repr`.
 *
 * @example evaluatePython('-7 // 2, 7 % -3'.split(',')[0]!) // '-4'
 */
export function evaluatePython(source: string, semantics: PythonSemantics = PYTHON): string {
  const toks = tokenize(source)
  let pos = 0
  const peek = (v: string) => toks[pos]?.k === 'op' && toks[pos]?.v === v
  const take = (v: string) => {
    if (!peek(v)) throw new PythonError(`expected "${v}"`)
    pos++
  }
  const sum = (): PyValue => {
    let left = term()
    while (peek('+') || peek('-')) left = binary(toks[pos++]!.v, left, term(), semantics)
    return left
  }
  const term = (): PyValue => {
    let left = unary()
    while (peek('*') || peek('/') || peek('//') || peek('%'))
      left = binary(toks[pos++]!.v, left, unary(), semantics)
    return left
  }
  const unary = (): PyValue => {
    if (peek('-')) {
      pos++
      if (semantics.unaryMinus === 'above-power') {
        const base = negate(postfix())
        if (peek('**')) {
          pos++
          return binary('**', base, unary(), semantics)
        }
        return base
      }
      return negate(unary())
    }
    return power()
  }
  const power = (): PyValue => {
    const base = postfix()
    if (!peek('**')) return base
    pos++
    return binary('**', base, unary(), semantics)
  }
  const postfix = (): PyValue => {
    let value = atom()
    while (peek('[')) {
      pos++
      const parts: (PyValue | null)[] = [null]
      if (!peek(':')) parts[0] = sum()
      let colons = 0
      while (peek(':')) {
        pos++
        colons++
        parts.push(peek(':') || peek(']') ? null : sum())
      }
      take(']')
      value = colons === 0 ? index(value, parts[0]!) : slice(value, parts, semantics)
    }
    return value
  }
  const atom = (): PyValue => {
    const tok = toks[pos++]
    if (!tok) throw new PythonError('expression ends too early')
    if (tok.k === 'int') return int(BigInt(tok.v))
    if (tok.k === 'float') return float(Number(tok.v))
    if (tok.k === 'str') return str(tok.v)
    if (tok.k === 'name') {
      take('(')
      const args: PyValue[] = []
      while (!peek(')')) {
        args.push(sum())
        if (!peek(')')) take(',')
      }
      take(')')
      return call(tok.v, args, semantics)
    }
    if (tok.v === '(') {
      const inner = sum()
      take(')')
      return inner
    }
    if (tok.v === '[') {
      const items: PyValue[] = []
      while (!peek(']')) {
        items.push(sum())
        if (!peek(']')) take(',')
      }
      take(']')
      return list(items)
    }
    throw new PythonError(`unexpected "${tok.v}"`)
  }
  const result = sum()
  if (pos !== toks.length) throw new PythonError('unexpected text after the expression')
  return repr(result)
}

const num = (v: PyValue): number =>
  v.t === 'int' ? Number(v.v) : v.t === 'float' ? v.v : Number.NaN

function negate(v: PyValue): PyValue {
  if (v.t === 'int') return int(-v.v)
  if (v.t === 'float') return float(-v.v)
  throw new PythonError(`bad operand type for unary -: '${v.t}'`)
}

function binary(op: string, a: PyValue, b: PyValue, s: PythonSemantics): PyValue {
  if (op === '+' && a.t === b.t && (a.t === 'str' || a.t === 'list')) {
    return a.t === 'str' ? str(a.v + (b as typeof a).v) : list([...a.v, ...(b as typeof a).v])
  }
  if (op === '*' && (a.t === 'str' || a.t === 'list') && b.t === 'int') return repeat(a, b.v)
  if (op === '*' && a.t === 'int' && (b.t === 'str' || b.t === 'list')) return repeat(b, a.v)
  if (a.t === 'int' && b.t === 'int') {
    switch (op) {
      case '+':
        return int(a.v + b.v)
      case '-':
        return int(a.v - b.v)
      case '*':
        return int(a.v * b.v)
      case '/':
        if (b.v === 0n) throw new PythonError('division by zero')
        return float(Number(a.v) / Number(b.v))
      case '//': {
        if (b.v === 0n) throw new PythonError('integer division or modulo by zero')
        const q = a.v / b.v
        const floor = a.v % b.v !== 0n && a.v < 0n !== b.v < 0n ? q - 1n : q
        return int(s.division === 'floor' ? floor : q)
      }
      case '%': {
        if (b.v === 0n) throw new PythonError('integer division or modulo by zero')
        const r = a.v % b.v
        return int(s.remainder === 'divisor-sign' && r !== 0n && r < 0n !== b.v < 0n ? r + b.v : r)
      }
      case '**':
        if (b.v < 0n) return float(Number(a.v) ** Number(b.v))
        return int(a.v ** b.v)
    }
  }
  const x = num(a)
  const y = num(b)
  if (Number.isNaN(x) || Number.isNaN(y))
    throw new PythonError(`unsupported operand types for ${op}: '${a.t}' and '${b.t}'`)
  switch (op) {
    case '+':
      return float(x + y)
    case '-':
      return float(x - y)
    case '*':
      return float(x * y)
    case '/':
      return float(x / y)
    case '//':
      return float(s.division === 'floor' ? Math.floor(x / y) : Math.trunc(x / y))
    case '%':
      return float(s.remainder === 'divisor-sign' ? x - y * Math.floor(x / y) : x % y)
    default:
      return float(x ** y)
  }
}

function repeat(v: PyValue & { t: 'str' | 'list' }, times: bigint): PyValue {
  const n = times < 0n ? 0 : Number(times)
  return v.t === 'str' ? str(v.v.repeat(n)) : list(Array.from({ length: n }, () => v.v).flat())
}

function elements(v: PyValue): readonly PyValue[] {
  if (v.t === 'list') return v.v
  if (v.t === 'str') return [...v.v].map(str)
  throw new PythonError(`'${v.t}' object is not subscriptable`)
}

function index(v: PyValue, i: PyValue): PyValue {
  if (i.t !== 'int') throw new PythonError('indices must be integers')
  const items = elements(v)
  const k = Number(i.v) < 0 ? items.length + Number(i.v) : Number(i.v)
  if (k < 0 || k >= items.length) throw new PythonError('index out of range')
  return items[k]!
}

function slice(v: PyValue, parts: readonly (PyValue | null)[], s: PythonSemantics): PyValue {
  const items = elements(v)
  const n = items.length
  const at = (p: PyValue | null | undefined) => (p ? Number((p as { v: bigint }).v) : null)
  const step = at(parts[2]) ?? 1
  if (step === 0) throw new PythonError('slice step cannot be zero')
  const clamp = (x: number | null, fallback: number, lo: number, hi: number) => {
    if (x === null) return fallback
    const y = x < 0 ? x + n : x
    return Math.min(Math.max(y, lo), hi)
  }
  let start = step > 0 ? clamp(at(parts[0]), 0, 0, n) : clamp(at(parts[0]), n - 1, -1, n - 1)
  let stop = step > 0 ? clamp(at(parts[1]), n, 0, n) : clamp(at(parts[1]), -1, -1, n - 1)
  if (s.sliceEnd === 'inclusive' && parts[1]) stop += step > 0 ? 1 : -1
  const out: PyValue[] = []
  for (; step > 0 ? start < stop : start > stop; start += step)
    if (start >= 0 && start < n) out.push(items[start]!)
  return v.t === 'str' ? str(out.map((c) => (c as { v: string }).v).join('')) : list(out)
}

function call(name: string, args: readonly PyValue[], s: PythonSemantics): PyValue {
  const [a] = args
  if (!a) throw new PythonError(`${name}() needs an argument`)
  switch (name) {
    case 'len':
      return int(BigInt(elements(a).length))
    case 'abs':
      return a.t === 'int' ? int(a.v < 0n ? -a.v : a.v) : float(Math.abs(num(a)))
    case 'round': {
      if (a.t === 'int') return a
      const x = num(a)
      const half = Math.abs(x % 1) === 0.5
      return int(
        BigInt(half && s.roundHalf === 'even' ? 2 * Math.round(x / 2) : Math.floor(x + 0.5)),
      )
    }
    case 'int':
      return a.t === 'str' ? int(BigInt(a.v.trim())) : int(BigInt(Math.trunc(num(a))))
    case 'str':
      return str(a.t === 'str' ? a.v : repr(a))
    case 'sorted':
      return list([...elements(a)].sort((x, y) => compare(x, y)))
    case 'sum':
      return elements(a).reduce((acc, x) => binary('+', acc, x, s), int(0n) as PyValue)
    case 'min':
    case 'max': {
      const items = args.length > 1 ? args : elements(a)
      if (items.length === 0) throw new PythonError(`${name}() arg is an empty sequence`)
      return items.reduce((best, x) =>
        (name === 'min' ? compare(x, best) < 0 : compare(x, best) > 0) ? x : best,
      )
    }
    default:
      throw new PythonError(`name '${name}' is not defined`)
  }
}

function compare(a: PyValue, b: PyValue): number {
  if (a.t === 'str' && b.t === 'str') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0
  const x = num(a)
  const y = num(b)
  if (Number.isNaN(x) || Number.isNaN(y))
    throw new PythonError(`'<' not supported between '${a.t}' and '${b.t}'`)
  return x - y
}
