import type { TaskEngines } from '../../engines/task-engines.js'
import type { ItemModel, ItemVariant } from '../../item-model.js'
import type { Rng } from '../../rng.js'
import { type Candidate, code, fence, singleAnswer } from '../assemble-variant.js'
import { acceptedVariants, executeInBatches, refusalOr } from '../batched-generation.js'

export interface Query {
  readonly query: string
  /** Queries a candidate with a known misconception would in effect be running. */
  readonly mistakes: readonly string[]
}

/**
 * An item model that asks what a query returns: the key is the query's result on PostgreSQL
 * (the embedded one), each distractor the result of a mistaken query, all in one round trip.
 */
export function queryModel(spec: {
  readonly id: string
  readonly title: string
  readonly build: (rng: Rng) => Query
}): ItemModel {
  const variantOf = (q: Query, results: readonly string[], rng: Rng): ItemVariant => {
    const [key, ...mistaken] = results
    return singleAnswer({
      modelId: spec.id,
      stem: `What does this PostgreSQL query return (one line per row, columns separated by \`|\`)?\n\n${fence(q.query, 'sql')}`,
      task: { kind: 'sql', setup: '', query: q.query },
      key: rows(key!),
      distractors: mistaken.map((m, i) => ({ ...rows(m), mistake: q.mistakes[i]! })),
      rng,
    })
  }
  const generateMany = async (
    rng: Rng,
    count: number,
    engines: TaskEngines,
  ): Promise<ItemVariant[]> =>
    acceptedVariants(count, async (n) => {
      const queries = Array.from({ length: n }, () => spec.build(rng))
      const results = await executeInBatches(
        queries.map((q) => [q.query, ...q.mistakes]),
        (all) => engines.sql.runQueries('', all),
      )
      return queries.map((q, i) => refusalOr(() => variantOf(q, results[i]!, rng)))
    })
  return {
    id: spec.id,
    title: spec.title,
    engine: 'sql',
    kind: 'single',
    generate: async (rng, engines) => (await generateMany(rng, 1, engines))[0]!,
    generateMany,
  }
}

function rows(text: string): Candidate {
  return { value: text, markdown: text === '' ? '(no rows)' : code(text) }
}

/** `WITH name (columns) AS (VALUES …)`: data without DDL, so a query is one statement. */
export function valuesCte(
  name: string,
  columns: readonly string[],
  rowsData: readonly (readonly (string | number | null)[])[],
): string {
  const literal = (v: string | number | null): string =>
    v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replaceAll("'", "''")}'`
  return `${name} (${columns.join(', ')}) AS (\n  VALUES\n${rowsData.map((r) => `    (${r.map(literal).join(', ')})`).join(',\n')}\n)`
}

export const PEOPLE = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eun', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jia']
