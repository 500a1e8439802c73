/**
 * Text made literal in Markdown: the characters that would start emphasis, code, links or table
 * cells, and a `<` that could open an HTML tag. A `<` before a space stays as it is ("p < 0.1").
 *
 * @example
 * escapeMarkdown('0.1***') // '0.1\\*\\*\\*'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|]|<(?=[A-Za-z/!?])/g, (c) => `\\${c}`)
}
