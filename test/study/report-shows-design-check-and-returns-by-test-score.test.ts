import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { estimateStudy } from '../../src/study/estimate/study-estimates.js'
import {
  type ModelEstimate,
  parseIsoSeconds,
  type StudyEstimates,
  studySettings,
  writeReport,
} from '../../src/study/index.js'
import { designCheckSentences, designComparisons } from '../../src/study/report/design-check.js'
import { formatEstimate } from '../../src/study/report/format-numbers.js'
import { significanceStars } from '../../src/study/report/significance-stars.js'
import { expectedPeriodPanel, expectedProjectPanel, recordCount } from './estimate-fixtures.js'

let dir = ''
let estimates: StudyEstimates
let markdown = ''

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
  markdown = await readFile((await writeReport(dir, estimates, settings)).markdown, 'utf8')
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** The lines of report.md from a heading to the next heading of the same level. */
function section(heading: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(heading)
  expect(start, heading).toBeGreaterThan(-1)
  const level = heading.split(' ')[0]!
  const end = lines.findIndex((line, i) => i > start && line.startsWith(`${level} `))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** The cells of the Markdown table row whose label is given, unescaped. */
function row(lines: readonly string[], label: string): string[] {
  const line = lines.find((l) => l.startsWith(`| ${label} |`))
  expect(line, label).toBeDefined()
  return line!
    .slice(2, -2)
    .split(' | ')
    .map((cell) => cell.replace(/\\(.)/g, '$1'))
}

function interval(model: ModelEstimate): [number, number] {
  const half = tQuantile(0.975, model.n_clusters - 1) * model.se.n_creds!
  return [model.coef.n_creds! - half, model.coef.n_creds! + half]
}

const OUTCOMES = [
  ['Project value', 'log_value', 'project_value_pct'],
  ['Projects', 'n_projects', 'n_projects_pct'],
  ['Earnings', 'earnings', 'earnings_pct'],
] as const

describe('the report’s design check, read back from report.md', () => {
  it('puts the paper design and the design check side by side for each outcome', () => {
    const lines = section('## Design check')
    for (const [label, outcome, pct] of OUTCOMES) {
      const cells = row(lines, label)
      const paper = estimates[`main.${outcome}.event`]
      const check = estimates[`design_check.${outcome}.event`]
      const [paperLow, paperHigh] = interval(paper)
      const [checkLow, checkHigh] = interval(check)
      expect(cells[1]).toBe(formatEstimate(paper.coef.n_creds!))
      expect(cells[2]).toBe(`[${formatEstimate(paperLow)}, ${formatEstimate(paperHigh)}]`)
      expect(cells[3]).toMatch(new RegExp(`^${estimates.headline[pct].toFixed(1)} % \\[`))
      expect(cells[4]).toBe(formatEstimate(check.coef.n_creds!))
      expect(cells[5]).toBe(`[${formatEstimate(checkLow)}, ${formatEstimate(checkHigh)}]`)
      expect(cells[6]).toMatch(
        new RegExp(`^${estimates.headline_design_check[pct].toFixed(1)} % \\[`),
      )
    }
  })

  it('says in one sentence per outcome where the two designs disagree', () => {
    const text = section('## Design check').join('\n')
    const disagreeing = OUTCOMES.filter(([, outcome]) => {
      const paper = estimates[`main.${outcome}.event`]
      const check = estimates[`design_check.${outcome}.event`]
      const [pl, ph] = interval(paper)
      const [cl, ch] = interval(check)
      const b = paper.coef.n_creds!
      const c = check.coef.n_creds!
      return b < cl || b > ch || c < pl || c > ph
    }).map(([label]) => label)
    // On the fixtures the controls move projects and earnings, not project value.
    expect(disagreeing).toEqual(['Projects', 'Earnings'])
    for (const [label, , pct] of OUTCOMES) {
      const said = text.includes(`${label}: the paper's design gives`)
      expect(said, label).toBe(disagreeing.includes(label))
      if (said) {
        expect(text).toContain(`gives +${estimates.headline[pct].toFixed(1)} % but the same`)
        expect(text).toContain(`gives +${estimates.headline_design_check[pct].toFixed(1)} %, and`)
      }
    }
  })

  it('says once that the designs agree when every estimate is inside the other’s interval', () => {
    const agreeing = { ...estimates }
    for (const [, outcome] of OUTCOMES) {
      Object.assign(agreeing, {
        [`design_check.${outcome}.event`]: estimates[`main.${outcome}.event`],
      })
    }
    const sentences = designCheckSentences(designComparisons(agreeing as StudyEstimates))
    expect(sentences).toHaveLength(1)
    expect(sentences[0]).toMatch(/agree on project value, projects and earnings/)
  })
})

describe('the report’s Table 8, read back from report.md', () => {
  it('shows the credentials and their interaction with the test score for every outcome', () => {
    const lines = section('## Estimates')
    const title = lines.findIndex((line) => line.startsWith('**Table 8. Returns by test score'))
    expect(title).toBeGreaterThan(-1)
    const table = lines.slice(title)
    const keys = ['log_value', 'n_projects', 'any_project', 'earnings'] as const
    for (const [label, name] of [
      ['Credentials', 'n_creds'],
      ['Credentials × test score (z)', 'n_creds:score_z'],
    ] as const) {
      const cells = row(table, label)
      keys.forEach((outcome, i) => {
        const model = estimates[`score.${outcome}.test`]
        const cell = `${formatEstimate(model.coef[name]!)}${significanceStars(model.p[name]!)}`
        expect(cells[i + 1], `${label} ${outcome}`).toBe(cell)
      })
    }
    expect(row(table, 'Fixed effects').slice(1)).toEqual(['Test', 'Test', 'Test', 'Test'])
    expect(row(table, 'Observations').slice(1)).toEqual(
      keys.map((outcome) => estimates[`score.${outcome}.test`].nobs.toLocaleString('en-US')),
    )
  })
})
