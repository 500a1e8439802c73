import { escapeHtml } from './escape-html.js'
import type { ReportContent } from './report-content.js'
import { tableHtml } from './table-html.js'

const STYLE = `body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table.regression{border-collapse:collapse;margin:1.5rem 0 .5rem;font-variant-numeric:tabular-nums}
table.regression caption{text-align:left;font-weight:600;padding-bottom:.5rem}
table.regression th,table.regression td{padding:.15rem .6rem;text-align:right}
table.regression th[scope=row]{text-align:left;font-weight:normal;white-space:nowrap}
table.regression thead{border-top:2px solid;border-bottom:1px solid}
table.regression tfoot{border-top:1px solid;border-bottom:2px solid}
.note{font-size:.9rem;color:#444}
img{max-width:100%}`

/** The report as one HTML page, every text escaped; the plot is the SVG beside it. */
export function reportHtml(content: ReportContent, svgFile: string): string {
  const e = escapeHtml
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${e(content.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${e(content.title)}</h1>`,
    `<p>${e(content.design)}</p>`,
    `<p>${e(content.sample)}</p>`,
    '<h2>Headline</h2>',
    `<ul>${content.headline.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`,
    '<h2>Design check</h2>',
    `<p>${e(content.designCheck.intro)}</p>`,
    tableHtml(content.designCheck.table),
    ...content.designCheck.sentences.map((s) => `<p>${e(s)}</p>`),
    '<h2>Estimates</h2>',
    ...content.tables.flatMap((t) => [tableHtml(t), `<p class="note">${e(content.tableNote)}</p>`]),
    '<h2>Event study</h2>',
    `<figure><img src="${e(svgFile)}" alt="${e(content.figureCaption)}">`,
    `<figcaption>${e(content.figureCaption)}</figcaption></figure>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
