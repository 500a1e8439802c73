import { describe, expect, it } from 'vitest'
import type { StudyEstimates } from '../../src/study/index.js'
import { escapeHtml } from '../../src/study/report/escape-html.js'
import {
  formatCount,
  formatEstimate,
  formatFixed,
  R2_DECIMALS,
  SMALL_SIGNIFICANT_DIGITS,
  TABLE_DECIMALS,
} from '../../src/study/report/format-numbers.js'
import { regressionTable } from '../../src/study/report/regression-table.js'
import {
  STAR_LEVELS,
  STARS_NOTE,
  significanceStars,
} from '../../src/study/report/significance-stars.js'
import { tableHtml } from '../../src/study/report/table-html.js'
import { tableMarkdown } from '../../src/study/report/table-markdown.js'

describe('table numbers and stars follow the journals', () => {
  it('prints three decimals, two significant digits below that, and a true minus', () => {
    expect(TABLE_DECIMALS).toBe(3)
    expect(SMALL_SIGNIFICANT_DIGITS).toBe(2)
    expect(R2_DECIMALS).toBe(3)
    expect(formatEstimate(0.18616)).toBe('0.186')
    expect(formatEstimate(-98.7801)).toBe('\u221298.780')
    expect(formatEstimate(0.000404)).toBe('0.00040')
    expect(formatEstimate(-0.0000123)).toBe('\u22120.000012')
    expect(formatEstimate(0)).toBe('0.000')
  })

  it('prints a dash for a statistic a small sample leaves undefined, also after JSON', () => {
    // Adjusted R² of a model with as many parameters as observations: NaN, null once stored.
    const stored = JSON.parse(JSON.stringify({ adj: Number.NaN, inf: -Infinity }))
    expect(formatFixed(stored.adj, R2_DECIMALS)).toBe('—')
    expect(formatFixed(stored.inf, R2_DECIMALS)).toBe('—')
    expect(formatEstimate(Number.NaN)).toBe('—')
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—')
    expect(formatFixed(-0.5, 2)).toBe('\u22120.50')
  })

  it("uses the paper's marks: *** below 0.1 %, ** below 1 %, * below 5 %, + below 10 %", () => {
    expect(STAR_LEVELS.map((level) => [level.below, level.stars])).toEqual([
      [0.001, '***'],
      [0.01, '**'],
      [0.05, '*'],
      [0.1, '+'],
    ])
    expect(significanceStars(0.00099)).toBe('***')
    expect(significanceStars(0.001)).toBe('**')
    expect(significanceStars(0.0099)).toBe('**')
    expect(significanceStars(0.01)).toBe('*')
    expect(significanceStars(0.0499)).toBe('*')
    expect(significanceStars(0.05)).toBe('+')
    expect(significanceStars(0.0999)).toBe('+')
    expect(significanceStars(0.1)).toBe('')
    expect(STARS_NOTE).toBe('+ p < 0.1, * p < 0.05, ** p < 0.01, *** p < 0.001')
  })
})

describe('text in the report cannot become markup', () => {
  const model = {
    formula: 'y ~ x | event_id',
    nobs: 10,
    n_singletons_removed: 0,
    n_clusters: 3,
    coef: { '<b>x</b>': 0.5 },
    se: { '<b>x</b>': 0.1 },
    t: { '<b>x</b>': 5 },
    p: { '<b>x</b>': 0.0009 },
    r2: 0.5,
    adj_r2: 0.4,
    within_r2: 0.3,
    dropped_collinear: [],
  }
  const estimates = { 'main.log_value.event': model } as unknown as StudyEstimates
  const table = regressionTable(estimates, 'A <script>alert(1)</script> & "quote"', [
    { key: 'main.log_value.event', heading: "O'Brien | <i>" },
  ])

  it('escapes every text in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    )
    const html = tableHtml(table)
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).not.toContain('<i>')
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;')
    expect(html).toContain('<td>0.500***</td>')
  })

  it('escapes cell separators, emphasis and tags in Markdown', () => {
    const markdown = tableMarkdown(table)
    expect(markdown).toContain("O'Brien \\| \\<i>")
    expect(markdown).toContain('0.500\\*\\*\\*')
    expect(markdown).toContain('\\<script>')
  })
})
