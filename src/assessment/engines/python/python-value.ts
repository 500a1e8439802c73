/** Values of the Python subset: exact ints, floats, strings and lists. */
export type PyValue =
  | { readonly t: 'int'; readonly v: bigint }
  | { readonly t: 'float'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'list'; readonly v: readonly PyValue[] }

export class PythonError extends Error {
  override readonly name = 'PythonError'
}

export const int = (v: bigint): PyValue => ({ t: 'int', v })
export const float = (v: number): PyValue => ({ t: 'float', v })
export const str = (v: string): PyValue => ({ t: 'str', v })
export const list = (v: readonly PyValue[]): PyValue => ({ t: 'list', v })

/**
 * `repr()` as CPython prints it: strings in single quotes unless they hold one, floats always
 * with a decimal point (`2.0`), lists with `, ` between elements.
 */
export function repr(value: PyValue): string {
  switch (value.t) {
    case 'int':
      return value.v.toString()
    case 'float': {
      if (Number.isNaN(value.v)) return 'nan'
      if (!Number.isFinite(value.v)) return value.v > 0 ? 'inf' : '-inf'
      const text = String(value.v)
      if (/e/.test(text)) return text.replace(/e([+-])(\d)$/, 'e$10$2')
      return Number.isInteger(value.v) ? `${text}.0` : text
    }
    case 'str':
      return value.v.includes("'") && !value.v.includes('"')
        ? `"${value.v}"`
        : `'${value.v.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
    case 'list':
      return `[${value.v.map(repr).join(', ')}]`
  }
}
