import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, scenarioFamily } from '../scenario/scenario-text.js'

/*
 * SQL scenarios for a freelance data or back-end developer. Every stem states PostgreSQL. A
 * computed family draws small tables and a query, works out the answer in TypeScript, and carries
 * the tables' CREATE and INSERT statements, one SQL expression per answer that gives it on the
 * drawn tables (the key's query, and for every distractor the query its named mistake amounts
 * to), so the key test runs each on PostgreSQL itself. A rule family states a documented
 * behaviour and the postgresql.org page it comes from.
 */

/** A cell of a drawn table. */
export type Cell = number | string | null

/** A drawn table: columns as `name type [constraints]`, rows in column order. */
export interface Table {
  readonly name: string
  readonly cols: readonly string[]
  readonly rows: readonly (readonly Cell[])[]
}

export type SqlFacts =
  | {
      readonly kind: 'sql'
      /** CREATE TABLE and INSERT statements of the drawn tables. */
      readonly setup: string
      /**
       * Statements the stem shows run after the setup, one at a time as psql runs a file: a
       * failing one reports its error and the next one runs.
       */
      readonly script: readonly string[]
      /** A query returning one value, the key as shown. */
      readonly key: string
      /** For each named mistake, a query returning the one value that mistake gives. */
      readonly wrong: Readonly<Record<string, string>>
    }
  | {
      readonly kind: 'rule'
      readonly answer: string
      readonly source: string
      readonly keys: readonly string[]
    }

export interface SqlScenario extends Scenario {
  readonly facts: SqlFacts
}

export interface SqlFamily extends ScenarioFamily {
  draw(rng: Rng): SqlScenario
}

const lit = (c: Cell): string =>
  c === null ? 'NULL' : typeof c === 'number' ? String(c) : `'${c.replace(/'/g, "''")}'`

/** The tables' CREATE TABLE and INSERT statements. */
export const setupOf = (tables: readonly Table[]): string =>
  tables
    .map(
      (t) =>
        `CREATE TABLE ${t.name} (${t.cols.join(', ')});` +
        (t.rows.length === 0
          ? ''
          : `\nINSERT INTO ${t.name} VALUES ${t.rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ')};`),
    )
    .join('\n')

/** A value as an option shows it: NULL for SQL's null. */
export const shown = (c: Cell): string => (c === null ? 'NULL' : String(c))

/** A table as psql prints it, NULLs written out, in a text block. */
export function showTable(t: Table): string {
  const head = t.cols.map((c) => c.split(' ')[0]!)
  const body = t.rows.map((r) => r.map(shown))
  const width = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => ` ${c.padEnd(width[i]!)} `)
      .join('|')
      .trimEnd()
  return [
    `${t.name}:`,
    line(head),
    width.map((w) => '-'.repeat(w + 2)).join('+'),
    ...body.map(line),
  ].join('\n')
}

/** The tables and the query, as a stem shows them. */
export const block = (tables: readonly Table[], query?: string): string =>
  `\`\`\`\n${tables.map(showTable).join('\n\n')}\n\`\`\`` +
  (query === undefined ? '' : `\n\n\`\`\`sql\n${query}\n\`\`\``)

/** A drawn answer: its value, the named mistake, and the query that mistake amounts to. */
export type Answer = readonly [value: Cell, mistake: string, sql: string]

/**
 * A family whose key and distractors are computed from drawn tables; each distractor carries the
 * query its mistake amounts to. Mistakes that show as the key or as an earlier mistake are dropped.
 */
export function computed(
  id: string,
  draw: (rng: Rng) => {
    readonly stem: string
    readonly tables: readonly Table[]
    readonly key: Cell
    readonly keySql: string
    readonly wrong: readonly Answer[]
    readonly script?: readonly string[]
    readonly code?: boolean
  },
): SqlFamily {
  return scenarioFamily(id, (rng) => {
    const d = draw(rng)
    const key = shown(d.key)
    const wrong = distinctMistakes(
      key,
      d.wrong.map(([v, m]) => [shown(v), m] as const),
    )
    const sqlOf = Object.fromEntries(d.wrong.map(([, m, q]) => [m, q]))
    return {
      stem: d.stem,
      key,
      wrong: rng.shuffle(wrong),
      facts: {
        kind: 'sql',
        setup: setupOf(d.tables),
        script: d.script ?? [],
        key: d.keySql,
        wrong: Object.fromEntries(wrong.map(([, m]) => [m, sqlOf[m]!])),
      },
      ...(d.code === undefined ? {} : { code: d.code }),
    }
  })
}

/**
 * A family whose key is a documented behaviour: several true wordings, one drawn, and at least
 * five named mistakes, three of which the item model shows.
 */
export function rule(
  id: string,
  spec: {
    readonly source: string
    readonly answer: string
    readonly stem: (rng: Rng) => string
    readonly keys: readonly string[]
    readonly wrong: readonly Wrong[]
    readonly code?: boolean
  },
): SqlFamily {
  return scenarioFamily(id, (rng) => {
    const key = rng.pick(spec.keys)
    return {
      stem: spec.stem(rng),
      key,
      wrong: rng.shuffle(distinctMistakes(key, spec.wrong)),
      facts: { kind: 'rule', answer: spec.answer, source: spec.source, keys: spec.keys },
      ...(spec.code === undefined ? {} : { code: spec.code }),
    }
  })
}

/** Clients a freelance developer writes queries for. */
const CLIENTS = [
  'an online bookshop',
  'a dental clinic',
  'a courier firm',
  'a language school',
  'a coffee roaster',
  'a coworking space',
  'a charity',
  'a bike rental shop',
  'a small hotel',
  'a music school',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

const NAMES = [
  'Ana',
  'Ben',
  'Chloe',
  'Dev',
  'Eva',
  'Farid',
  'Gus',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lena',
] as const
/** `n` distinct first names. */
export const names = (rng: Rng, n: number): string[] => rng.shuffle(NAMES).slice(0, n)

/** `n` distinct whole numbers between `lo` and `hi` in steps of `step`. */
export function distinctInts(rng: Rng, n: number, lo: number, hi: number, step = 1): number[] {
  const all: number[] = []
  for (let v = lo; v <= hi; v += step) all.push(v)
  return rng.shuffle(all).slice(0, n)
}

/** The sum of the non-null numbers, or null when there are none (as SUM does). */
export const sumOf = (vs: readonly Cell[]): number | null => {
  const ns = vs.filter((v): v is number => typeof v === 'number')
  return ns.length === 0 ? null : ns.reduce((a, b) => a + b, 0)
}
export const nn = (vs: readonly Cell[]): number[] =>
  vs.filter((v): v is number => typeof v === 'number')
