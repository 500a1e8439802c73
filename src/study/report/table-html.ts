import { escapeHtml } from './escape-html.js'
import type { RegressionTable, TableRow } from './regression-table.js'

/**
 * A regression table as an HTML table, every text escaped.
 *
 * @example
 * tableHtml(regressionTable(estimates, title, columns)) // '<table class="regression">…'
 */
export function tableHtml(table: RegressionTable): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')
  const row = (r: TableRow) =>
    `<tr><th scope="row">${escapeHtml(r.label)}</th>${r.cells
      .map((c) => `<td>${escapeHtml(c)}</td>`)
      .join('')}</tr>`
  return [
    '<table class="regression">',
    `<caption>${escapeHtml(table.title)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${table.body.map(row).join('\n')}</tbody>`,
    `<tfoot>${table.footer.map(row).join('\n')}</tfoot>`,
    '</table>',
  ].join('\n')
}
