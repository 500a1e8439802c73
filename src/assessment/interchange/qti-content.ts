type Node = Record<string, unknown>

/**
 * The Markdown of a prompt or choice: our own exports carry it verbatim in a
 * `data-ss-format="markdown"` block; other tools' XHTML is flattened to text, with `pre` blocks
 * kept as fenced code.
 */
export function markdownFromQtiContent(node: Node): string {
  const div = node.div as Node | Node[] | string | undefined
  const blocks = Array.isArray(div) ? div : div === undefined ? [] : [div]
  for (const block of blocks) {
    if (typeof block === 'object' && block['@data-ss-format'] === 'markdown') {
      return typeof block['#text'] === 'string' ? block['#text'] : ''
    }
  }
  return flatten(node)
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function flatten(value: unknown, tag = ''): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map((v) => flatten(v, tag)).join('\n')
  if (typeof value !== 'object' || value === null) return ''
  const node = value as Node
  if (tag === 'pre') return `\`\`\`\n${textOf(node).replace(/^\n|\n$/g, '')}\n\`\`\``
  const parts: string[] = []
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('@')) continue
    if (key === '#text') parts.push(String(child))
    else if (key === 'code') parts.push(`\`${textOf(child)}\``)
    else if (key === 'br') parts.push('\n')
    else
      parts.push(
        flatten(child, key) + (key === 'p' || key === 'pre' || key === 'div' ? '\n\n' : ''),
      )
  }
  return parts.join('')
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(textOf).join('')
  if (typeof value !== 'object' || value === null) return ''
  return Object.entries(value as Node)
    .filter(([k]) => !k.startsWith('@'))
    .map(([, v]) => textOf(v))
    .join('')
}
