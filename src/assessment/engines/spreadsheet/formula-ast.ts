/** Parsed spreadsheet formula. */
export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'ref'; readonly cell: string }
  | { readonly kind: 'range'; readonly from: string; readonly to: string }
  | { readonly kind: 'unary'; readonly op: '-' | '+' | '%'; readonly operand: FormulaNode }
  | {
      readonly kind: 'binary'
      readonly op: BinaryOp
      readonly left: FormulaNode
      readonly right: FormulaNode
    }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>='

export class FormulaError extends Error {
  override readonly name = 'FormulaError'
  /** Spreadsheet error code such as `#N/A`, `#DIV/0!`, `#VALUE!`, `#NAME?`. */
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(`${code} ${detail}`)
  }
}
