import { escapeMarkdown } from './escape-markdown.js'
import type { RegressionTable } from './regression-table.js'

/**
 * A regression table as a Markdown (GitHub) table under its bold title.
 *
 * @example
 * tableMarkdown(table) // '**Table 1. …**\n\n| | (1) … |'
 */
export function tableMarkdown(table: RegressionTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`
  const rows = [...table.body, ...table.footer].map((row) => line([row.label, ...row.cells]))
  return [
    `**${escapeMarkdown(table.title)}**`,
    '',
    line(table.columns),
    `|${table.columns.map((_, i) => (i === 0 ? ' :-- ' : ' --: ')).join('|')}|`,
    ...rows,
  ].join('\n')
}
