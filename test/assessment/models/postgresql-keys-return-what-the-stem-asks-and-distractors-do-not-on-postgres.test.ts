import { PGlite } from '@electric-sql/pglite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  editPoints,
  parseFrame,
  render,
  resolveWords,
} from '../../../src/assessment/models/editing/edit-frame.js'
import type { PgFamily } from '../../../src/assessment/models/postgresql/pg-family.js'
import {
  PG_FAMILIES,
  PG_MODEL_FAMILIES,
} from '../../../src/assessment/models/postgresql/pg-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

interface Reading {
  readonly family: PgFamily
  readonly text: string
  /** Empty for the key. */
  readonly mistake: string
}

/** The key and every one- and two-mistake reading of each frame: every option a form can show. */
function readings(family: PgFamily): Reading[] {
  return family.frames.flatMap((frame) => {
    const parts = parseFrame(resolveWords(frame, (choices) => choices[0]!))
    const points = editPoints(parts)
    const out: Reading[] = [{ family, text: render(parts), mistake: '' }]
    points.forEach((p, i) => {
      p.wrong.forEach((w, j) => {
        out.push({ family, text: render(parts, new Map([[i, j]])), mistake: w.mistake })
        points.forEach((q, k) => {
          if (k <= i) return
          q.wrong.forEach((v, n) => {
            const text = render(
              parts,
              new Map([
                [i, j],
                [k, n],
              ]),
            )
            out.push({ family, text, mistake: `${w.mistake} + ${v.mistake}` })
          })
        })
      })
    })
    return out
  })
}

// Values as PostgreSQL prints them (psql's text form), never as JavaScript numbers or dates, so
// `3.5000000000000000` and `3.5` stay different answers, as they are to a candidate.
const AS_PRINTED = Object.fromEntries(
  [
    16, 20, 21, 23, 26, 114, 700, 701, 1000, 1005, 1007, 1009, 1016, 1021, 1022, 1082, 1083, 1114,
    1184, 1186, 1231, 1700, 3802,
  ].map((oid) => [oid, (text: string) => text]),
)

// Helpers the checks call: whether a statement is refused (its error rolled back with the block's
// subtransaction), and a query's plan as text.
const HELPERS = `
CREATE FUNCTION public.rejects(stmt text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN EXECUTE stmt; RETURN false; EXCEPTION WHEN others THEN RETURN true; END $$;
CREATE FUNCTION public.plan_of(query text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN RETURN QUERY EXECUTE 'EXPLAIN (COSTS OFF) ' || query; END $$;`

/** psql's unaligned-like form the `shows` options are written in. */
function printed(rows: readonly unknown[][]): string {
  if (rows.length === 0) return '(0 rows)'
  return rows.map((r) => r.map((v) => (v === null ? 'NULL' : String(v))).join(', ')).join('\n')
}

const sameText = (a: string, b: string) =>
  a
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim() ===
  b
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim()

let db: PGlite
let schemas = 0

beforeAll(async () => {
  db = await PGlite.create()
  await db.exec(HELPERS)
}, 120_000)
afterAll(async () => {
  await db?.close()
})

/**
 * Runs the family's setup, then each script, in a schema of its own so no option sees another's
 * tables, and returns the last result printed, or `ERROR: …` when any statement fails. Any open
 * transaction is rolled back and every setting reset afterwards.
 */
async function outcome(
  setup: string,
  scripts: readonly string[],
  asPsql: readonly boolean[] = [],
): Promise<string> {
  const schema = `o${schemas++}`
  await db.exec(
    `CREATE SCHEMA ${schema}; SET search_path TO ${schema}, public; SET TIME ZONE 'UTC'`,
  )
  let result = ''
  const run = async (script: string) => {
    const results = await db.exec(script, { rowMode: 'array', parsers: AS_PRINTED })
    const last = [...results].reverse().find((r) => r.fields.length > 0)
    if (last) result = printed(last.rows as unknown[][])
  }
  try {
    for (const [i, script] of [setup, ...scripts].entries()) {
      if (script.trim() === '') continue
      if (!asPsql[i - 1]) {
        await run(script)
        continue
      }
      // As psql runs a file: one statement at a time, an error reported and the next one run.
      for (const statement of script.split(/;\s*(?:\n|$)/).filter((t) => t.trim() !== '')) {
        await run(statement).catch(() => undefined)
      }
    }
  } catch (error) {
    result = `ERROR: ${(error as Error).message}`
  } finally {
    await db.exec(`ROLLBACK; RESET ALL; DROP SCHEMA ${schema} CASCADE`)
  }
  return result
}

const executed = PG_FAMILIES.filter(
  (f) => f.shows !== undefined || f.expect !== undefined || f.plan !== undefined,
)

describeEngineIndependent('the PostgreSQL item families', () => {
  it('are at least 95 distinct families, each with its manual section, a stem and three distractors', () => {
    const ids = PG_FAMILIES.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(95)
    const faults: string[] = []
    for (const f of PG_FAMILIES) {
      if (!/^PostgreSQL 17 manual, (\d+(\.\d+)*|Appendix [A-Z]\.|SQL Commands,) \S/.test(f.source))
        faults.push(`${f.id}: source "${f.source}" names no section`)
      if (f.stem.trim().length < 20) faults.push(`${f.id}: no stem of its own`)
      for (const frame of f.frames) {
        const shown = readings({ ...f, frames: [frame] }).map((r) =>
          r.text.replace(/\s+/g, ' ').trim(),
        )
        if (new Set(shown).size !== shown.length) faults.push(`${f.id}: two options read the same`)
        if (shown.length < 4) faults.push(`${f.id}: fewer than three distractors`)
      }
      const modes = [f.shows, f.expect, f.plan, f.docKeyed].filter((m) => m !== undefined)
      if (modes.length !== 1)
        faults.push(`${f.id}: not exactly one of shows, expect, plan, docKeyed`)
    }
    expect(faults).toEqual([])
  })

  it('run every query family on PostgreSQL; only plans, isolation and locks are keyed to the manual alone', () => {
    const docOnly = PG_MODEL_FAMILIES.filter(
      ([m]) => m.id !== 'pg-transactions' && m.id !== 'pg-indexes',
    ).flatMap(([, families]) => families.filter((f) => f.docKeyed).map((f) => f.id))
    expect(docOnly).toEqual([])
    expect(executed.length + PG_FAMILIES.filter((f) => f.docKeyed).length).toBe(PG_FAMILIES.length)
  })

  it('keep the key the longest option no more often than chance', () => {
    // Over the key and its one-mistake readings, as most variants show them.
    const longest = PG_FAMILIES.filter((f) => {
      const [key, ...others] = readings(f).filter((r) => !r.mistake.includes(' + '))
      return others.every((o) => o.text.length < key!.text.length)
    })
    expect(longest.length / PG_FAMILIES.length).toBeLessThanOrEqual(0.3)
  })

  it('on PostgreSQL: every key gives what its stem asks and no distractor does', async () => {
    const wrong: string[] = []
    for (const family of executed) {
      const all = readings(family)
      if (family.shows !== undefined) {
        const actual = await outcome(family.setup ?? '', [family.shows])
        if (actual.startsWith('ERROR')) wrong.push(`${family.id}: the query shown fails: ${actual}`)
        for (const r of all) {
          const same = sameText(r.text, actual)
          if (r.mistake === '' && !same) wrong.push(`${family.id}: key ${r.text} but ${actual}`)
          if (r.mistake !== '' && same)
            wrong.push(`${family.id}: distractor is the result (${r.mistake})`)
        }
        continue
      }
      if (family.plan !== undefined) {
        const pattern = new RegExp(family.plan)
        for (const r of all) {
          const plan = await outcome(`${family.setup ?? ''};\nSET enable_seqscan = off`, [
            `EXPLAIN (COSTS OFF) ${r.text}`,
          ])
          const uses = pattern.test(plan)
          if (r.mistake === '' && !uses) wrong.push(`${family.id} key plan misses:\n${plan}`)
          if (r.mistake !== '' && uses)
            wrong.push(`${family.id} distractor's plan matches (${r.mistake}):\n${plan}`)
        }
        continue
      }
      for (const r of all) {
        const got = await outcome(
          family.setup ?? '',
          [r.text, family.check ?? ''],
          [family.psql === true, false],
        )
        const meets = sameText(got, family.expect!)
        if (r.mistake === '' && !meets)
          wrong.push(`${family.id} key gives\n${got}\ninstead of\n${family.expect}\n${r.text}`)
        if (r.mistake !== '' && meets)
          wrong.push(`${family.id} distractor meets the stem (${r.mistake}):\n${r.text}`)
      }
    }
    expect(wrong).toEqual([])
  }, 120_000)
})
