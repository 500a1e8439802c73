import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StudyEstimates } from '../estimate/study-estimates.js'
import { SECONDS_PER_DAY, type StudySettings } from '../settings.js'
import { eventStudySpec, eventStudySvg, svgToPng } from './event-study-chart.js'
import { eventStudyPoints } from './event-study-points.js'
import { reportContent } from './report-content.js'
import { reportHtml } from './report-html.js'
import { reportMarkdown } from './report-markdown.js'

/** The files `writeReport` writes into its directory. */
export const REPORT_FILES = {
  markdown: 'report.md',
  html: 'report.html',
  svg: 'event-study.svg',
  png: 'event-study.png',
} as const

/**
 * Writes the report (Markdown and HTML, the event-study plot as SVG and PNG) into `outDir`.
 * Everything is rendered before anything is written, and each file appears whole (written
 * beside, then renamed), so a failure leaves no half-written report.
 *
 * @example
 * await writeReport('out', estimates, settings) // out/report.md, out/report.html, …
 */
export async function writeReport(
  outDir: string,
  estimates: StudyEstimates,
  settings: StudySettings,
): Promise<{ readonly [K in keyof typeof REPORT_FILES]: string }> {
  const windowDays = settings.windowSeconds / SECONDS_PER_DAY
  const content = reportContent(estimates, settings)
  const svg = await eventStudySvg(eventStudySpec(eventStudyPoints(estimates), windowDays))
  const files: [string, string | Buffer][] = [
    [REPORT_FILES.svg, svg],
    [REPORT_FILES.png, svgToPng(svg)],
    [REPORT_FILES.markdown, reportMarkdown(content, REPORT_FILES.png)],
    [REPORT_FILES.html, reportHtml(content, REPORT_FILES.svg)],
  ]
  await mkdir(outDir, { recursive: true })
  for (const [name, data] of files) {
    const path = join(outDir, name)
    await writeFile(`${path}.partial`, data)
    await rename(`${path}.partial`, path)
  }
  return {
    markdown: join(outDir, REPORT_FILES.markdown),
    html: join(outDir, REPORT_FILES.html),
    svg: join(outDir, REPORT_FILES.svg),
    png: join(outDir, REPORT_FILES.png),
  }
}
