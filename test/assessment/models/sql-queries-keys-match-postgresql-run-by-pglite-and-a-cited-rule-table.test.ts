import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import {
  SQLQ_AGGREGATE_FAMILIES,
  SQLQ_FILTER_FAMILIES,
  SQLQ_JOIN_FAMILIES,
  SQLQ_SCHEMA_FAMILIES,
  SQLQ_WINDOW_FAMILIES,
} from '../../../src/assessment/models/sql-queries/sqlq-models.js'
import type { SqlScenario } from '../../../src/assessment/models/sql-queries/sqlq-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...SQLQ_FILTER_FAMILIES,
  ...SQLQ_JOIN_FAMILIES,
  ...SQLQ_AGGREGATE_FAMILIES,
  ...SQLQ_WINDOW_FAMILIES,
  ...SQLQ_SCHEMA_FAMILIES,
]
const DRAWS = 6

/**
 * The documented answer of every rule family, with the postgresql.org/docs/current page that
 * states it and a pattern every true wording of the key matches and no distractor does: written
 * here from the documentation, apart from the families, so a key that drifts from the rule fails.
 */
const RULES: Record<string, readonly [page: string, marker: RegExp]> = {
  'sqlq-is-distinct-from': ['functions-comparison.html', /IS (NOT )?DISTINCT FROM/],
  'sqlq-where-alias-not-visible': [
    'queries-select-lists.html',
    /WHERE (price \* qty|total) > 100$/,
  ],
  'sqlq-order-by-needed-for-limit': ['queries-limit.html', /unpredictable|No particular rows/],
  'sqlq-count-distinct-vs-distinct-count': ['sql-expressions.html', /^count\(DISTINCT user_id\)/],
  'sqlq-using-merges-column': ['queries-table-expressions.html', /^(6|Six)\b/],
  'sqlq-natural-join-risk': ['queries-table-expressions.html', /id, created_at and customer_id/],
  'sqlq-lateral-top-n-per-group': [
    'queries-table-expressions.html',
    /LATERAL \(SELECT \* FROM orders o WHERE o\.customer_id = c\.id ORDER BY (o\.)?created_at DESC LIMIT 3\) r$/,
  ],
  'sqlq-outer-join-coalesce-zero': ['functions-conditional.html', /^COALESCE\(sum\(s\.qty\), 0\)/i],
  'sqlq-ungrouped-column-error': ['queries-table-expressions.html', /error|rejects/i],
  'sqlq-aggregate-in-where-error': ['sql-select.html', /^HAVING(,| sum\(amount\))/],
  'sqlq-row-number-ties-unordered': ['sql-select.html', /not promise|unspecified|either way/],
  'sqlq-exists-select-list-ignored': [
    'functions-subquery.html',
    /at least one order|ha(s|ve) an order/,
  ],
  'sqlq-string-agg-order': ['sql-expressions.html', /^string_agg\((p\.)?name, ', ' ORDER BY/],
  'sqlq-count-star-null-rows': ['functions-aggregate.html', /^count\((\*|1)\)$/],
  'sqlq-window-in-where-error': ['tutorial-window.html', /subquery|CTE/],
  'sqlq-scalar-subquery-one-row': ['sql-expressions.html', /more than one row|allows one row/],
  'sqlq-order-by-applies-to-union': ['queries-union.html', /whole union|combined result/],
  'sqlq-union-column-count': ['queries-union.html', /numbers? of columns/],
  'sqlq-cte-not-visible-outside': ['queries-with.html', /fails|error/i],
  'sqlq-not-null-with-default': ['ddl-default.html', /fails|violates/],
  'sqlq-unique-nulls-not-distinct': ['ddl-constraints.html', /UNIQUE NULLS NOT DISTINCT/],
  'sqlq-foreign-key-default-no-action': ['ddl-constraints.html', /fails|refused/],
  'sqlq-read-committed-default': ['transaction-iso.html', /committed balance|updated value/],
  'sqlq-select-for-update': ['sql-select.html', /FOR UPDATE/],
  'sqlq-composite-index-leftmost': [
    'indexes-multicolumn.html',
    /^WHERE customer_id = 42( (AND|ORDER BY) created_at|$)/,
  ],
  'sqlq-expression-index-lower': ['indexes-expressional.html', /\(lower\(email\)\)$/],
  'sqlq-like-prefix-index': ['indexes-types.html', /^sku LIKE 'AB-/],
  'sqlq-partial-index-use': ['indexes-partial.html', /(paid = false|NOT paid) AND due_date/],
  'sqlq-index-small-table-seq-scan': ['indexes-examine.html', /cheaper|costlier/],
  'sqlq-foreign-key-not-auto-indexed': ['ddl-constraints.html', /order_lines \(order_id\)/],
}

let db: PGlite
let schemas = 0
beforeAll(async () => {
  db = await PGlite.create()
}, 120_000)
afterAll(async () => {
  await db?.close()
})

/** One value of a query, as text the way the options show it (NULL for null). */
async function value(sql: string): Promise<string> {
  const r = await db.query<{ v: string | null }>(`SELECT (q.v)::text AS v FROM (${sql}) AS q(v)`)
  if (r.rows.length === 0) return '(no row)'
  return r.rows[0]!.v ?? 'NULL'
}

describeEngineIndependent('SQL keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: SqlScenario }[]

  it('draw every family into a well-formed option set', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => distinctWrongs(s).length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    const lasts = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: distinctWrongs(d.s).slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
    expect(FAMILIES.length).toBeGreaterThanOrEqual(94)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    for (const { family, s } of drawn) expect(s.stem, family).toMatch(/PostgreSQL/)
  })

  it('give, run on PostgreSQL, the key from the key’s query and each distractor from its named mistake’s query', async () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      const f = s.facts
      if (f.kind !== 'sql') continue
      const schema = `k${schemas++}`
      await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`)
      try {
        await db.exec(f.setup)
        for (const statement of f.script) await db.exec(statement).catch(() => undefined)
        await db.exec('ROLLBACK').catch(() => undefined)
        const key = await value(f.key)
        if (key !== s.key) problems.add(`${family}: key ${s.key}, PostgreSQL gives ${key}`)
        for (const [text, mistake] of distinctWrongs(s)) {
          const sql = f.wrong[mistake]
          if (sql === undefined) {
            problems.add(`${family}: no query for "${mistake}"`)
            continue
          }
          const got = await value(sql)
          if (got !== text)
            problems.add(`${family}: "${mistake}" shows ${text}, PostgreSQL gives ${got}`)
          else if (got === key) problems.add(`${family}: "${mistake}" gives the key`)
          else checked++
        }
      } catch (error) {
        problems.add(`${family}: ${(error as Error).message}`)
      } finally {
        await db
          .exec(`ROLLBACK; RESET search_path; DROP SCHEMA ${schema} CASCADE`)
          .catch(() => undefined)
      }
    }
    expect([...problems].slice(0, 30)).toEqual([])
    expect(checked).toBeGreaterThan(600)
  }, 120_000)

  it('cite postgresql.org for every rule family, each true wording fitting the rule and no distractor', () => {
    const rules = drawn.filter((d) => d.s.facts.kind === 'rule')
    expect(new Set(rules.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const { family, s } of rules) {
      const f = s.facts
      if (f.kind !== 'rule') continue
      const [page, marker] = RULES[family]!
      expect(f.source, family).toContain('postgresql.org/docs/current/')
      expect(f.source, family).toContain(page)
      for (const k of f.keys) expect(k, family).toMatch(marker)
      for (const [t] of distinctWrongs(s)) expect(t, family).not.toMatch(marker)
    }
  })
})
