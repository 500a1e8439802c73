import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { estimateStudy } from '../../src/study/estimate/study-estimates.js'
import {
  type ModelEstimate,
  type ModelKey,
  parseIsoSeconds,
  type StudyEstimates,
  studySettings,
  writeReport,
} from '../../src/study/index.js'
import { escapeHtml } from '../../src/study/report/escape-html.js'
import { PNG_WIDTH } from '../../src/study/report/event-study-chart.js'
import { formatEstimate } from '../../src/study/report/format-numbers.js'
import {
  DOLLAR_DECIMALS,
  HEADLINE_DECIMALS,
  RATIO_DECIMALS,
} from '../../src/study/report/headline-text.js'
import { STARS_NOTE, significanceStars } from '../../src/study/report/significance-stars.js'
import { expectedPeriodPanel, expectedProjectPanel, recordCount } from './estimate-fixtures.js'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

let dir = ''
let estimates: StudyEstimates
let markdown = ''
let html = ''
let svg = ''
let png: Buffer

beforeAll(async () => {
  estimates = estimateStudy(
    {
      project: expectedProjectPanel(),
      period: expectedPeriodPanel('periods.csv'),
      periodDynamic: expectedPeriodPanel('periods_dynamic.csv'),
    },
    {
      workers: recordCount('workers'),
      awards: recordCount('credential_awards'),
      projects: recordCount('projects'),
      payments: recordCount('payments'),
    },
  )
  const settings = studySettings({
    obsStart: parseIsoSeconds('2015-01-01T00:00:00Z'),
    obsEnd: parseIsoSeconds('2018-01-01T00:00:00Z'),
  })
  dir = await mkdtemp(join(tmpdir(), 'study-report-'))
  const files = await writeReport(dir, estimates, settings)
  markdown = await readFile(files.markdown, 'utf8')
  html = await readFile(files.html, 'utf8')
  svg = await readFile(files.svg, 'utf8')
  png = await readFile(files.png)
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

const model = (key: ModelKey): ModelEstimate => estimates[key]

describe('the report shows the estimates in the paper style', () => {
  it('prints every coefficient of the tabled models with its stars and its standard error', () => {
    const keys: ModelKey[] = [
      'main.log_value.event',
      'quadratic.earnings.worker',
      'dynamic.any_project.event',
    ]
    for (const key of keys) {
      const m = model(key)
      for (const name of Object.keys(m.coef)) {
        const cell = `${formatEstimate(m.coef[name]!)}${significanceStars(m.p[name]!)}`
        expect(html).toContain(`<td>${escapeHtml(cell)}</td>`)
        expect(html).toContain(`<td>(${formatEstimate(m.se[name]!)})</td>`)
        expect(markdown).toContain(cell.replace(/\*/g, '\\*'))
      }
    }
  })

  it('has observations, adjusted R² and a fixed-effects row, and states the stars convention', () => {
    expect(html).toContain('<th scope="row">Observations</th>')
    expect(html).toContain(
      `<td>${model('main.n_projects.event').nobs.toLocaleString('en-US')}</td>`,
    )
    expect(html).toContain(`<td>${model('main.log_value.event').adj_r2.toFixed(3)}</td>`)
    expect(html).toContain('<th scope="row">Fixed effects</th><td>Event</td>')
    expect(html).toContain('<td>Worker</td>')
    expect(markdown).toContain('| Adjusted R² |')
    expect(markdown).toContain(STARS_NOTE.replace(/\*/g, '\\*'))
    expect(html).toContain(escapeHtml(STARS_NOTE))
  })

  it('says the headline in words with the figures of the estimates', () => {
    expect([HEADLINE_DECIMALS, DOLLAR_DECIMALS, RATIO_DECIMALS]).toEqual([1, 2, 2])
    const h = estimates.headline
    const sentence =
      `One more microcredential raises project value by ${h.project_value_pct.toFixed(1)} %, ` +
      `about $${h.usd_per_project.toFixed(2)} a project`
    expect(markdown).toContain(sentence)
    expect(html).toContain(escapeHtml(sentence))
    expect(markdown).toContain(
      `one more project per ${h.credentials_per_extra_project.toFixed(1)} credentials`,
    )
    expect(markdown).toContain(`earnings by ${h.earnings_pct.toFixed(1)} %`)
    expect(markdown).toContain(
      `the effect on project value is ${h.new_entrant_ratio_log_value.toFixed(2)} times`,
    )
  })

  it('leaves no unescaped markup from the text in the HTML', () => {
    const text = html.replace(/<[^>]+>/g, '')
    expect(text).not.toMatch(/[<>]/)
    expect(html).toContain('Kässi &amp; Lehdonvirta')
  })
})

describe('the event-study plot', () => {
  it('is an SVG with one point per dynamic coefficient and a hollow one at zero for k = −1', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: () => true }).parse(svg)
    let points = 0
    let hollow = 0
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const child of node) walk(child)
        return
      }
      if (typeof node !== 'object' || node === null) return
      const record = node as Record<string, unknown>
      for (const group of (record.g as Record<string, unknown>[] | undefined) ?? []) {
        if (String(group['@_class']).includes('mark-symbol')) {
          const paths = (group.path as Record<string, unknown>[] | undefined) ?? []
          points += paths.length
          hollow += paths.filter((path) => path['@_fill'] === undefined && path['@_stroke']).length
        }
      }
      for (const [key, value] of Object.entries(record)) if (!key.startsWith('@_')) walk(value)
    }
    walk(parsed)
    const dynamic = (['n_projects', 'any_project', 'earnings'] as const).flatMap((y) =>
      Object.keys(model(`dynamic.${y}.event`).coef).filter((name) => name.startsWith('k::')),
    )
    expect(dynamic).toHaveLength(21)
    expect(points).toBe(dynamic.length + 3)
    expect(hollow).toBe(3)
  })

  it('is also a PNG with a valid signature and a real picture in it', () => {
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    expect(PNG_WIDTH).toBe(1600)
    expect(png.readUInt32BE(16)).toBe(PNG_WIDTH)
    expect(png.length).toBeGreaterThan(20_000)
  })
})
