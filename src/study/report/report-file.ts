import type { StudyEstimates } from '../estimate/study-estimates.js'
import { SECONDS_PER_DAY, type StudySettings } from '../settings.js'
import { eventStudySpec, eventStudySvg } from './event-study-chart.js'
import { eventStudyPoints } from './event-study-points.js'
import { reportContent } from './report-content.js'
import { reportHtml } from './report-html.js'
import { reportMarkdown } from './report-markdown.js'

/** The formats a finished run's report downloads in, each one self-contained file. */
export const REPORT_FORMATS = ['html', 'markdown', 'json', 'svg'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface ReportFile {
  readonly fileName: string
  readonly contentType: string
  readonly body: string
}

/**
 * One report file of a run: HTML and Markdown with the plot inside (a data URI, so the file needs
 * nothing beside it), the estimates as JSON, or the plot alone as SVG.
 *
 * @example
 * (await reportFile(estimates, settings, 'html')).contentType // 'text/html; charset=utf-8'
 */
export async function reportFile(
  estimates: StudyEstimates,
  settings: StudySettings,
  format: ReportFormat,
): Promise<ReportFile> {
  if (format === 'json') {
    return {
      fileName: 'estimates.json',
      contentType: 'application/json; charset=utf-8',
      body: `${JSON.stringify(estimates, null, 2)}\n`,
    }
  }
  const windowDays = settings.windowSeconds / SECONDS_PER_DAY
  const svg = await eventStudySvg(eventStudySpec(eventStudyPoints(estimates), windowDays))
  if (format === 'svg') {
    return { fileName: 'event-study.svg', contentType: 'image/svg+xml', body: svg }
  }
  const dataUri = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
  const content = reportContent(estimates, settings)
  return format === 'html'
    ? {
        fileName: 'report.html',
        contentType: 'text/html; charset=utf-8',
        body: reportHtml(content, dataUri),
      }
    : {
        fileName: 'report.md',
        contentType: 'text/markdown; charset=utf-8',
        body: reportMarkdown(content, dataUri),
      }
}
