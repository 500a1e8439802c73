import { escapeMarkdown as md } from './escape-markdown.js'
import type { ReportContent } from './report-content.js'
import { tableMarkdown } from './table-markdown.js'

/** The report as Markdown, the plot linked as the PNG beside it. */
export function reportMarkdown(content: ReportContent, pngFile: string): string {
  return [
    `# ${md(content.title)}`,
    '',
    md(content.design),
    '',
    md(content.sample),
    '',
    '## Headline',
    '',
    ...content.headline.map((sentence) => `- ${md(sentence)}`),
    '',
    '## Design check',
    '',
    md(content.designCheck.intro),
    '',
    tableMarkdown(content.designCheck.table),
    '',
    ...content.designCheck.sentences.flatMap((sentence) => [md(sentence), '']),
    '## Estimates',
    '',
    ...content.tables.flatMap((table) => [
      tableMarkdown(table),
      '',
      `_${md(content.tableNote)}_`,
      '',
    ]),
    '## Event study',
    '',
    `![${md(content.figureCaption)}](${pngFile})`,
    '',
    md(content.figureCaption),
    '',
  ].join('\n')
}
