import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'

/** One cut a test has had: the live one, or one a later round replaced. */
export interface AdoptedCut {
  readonly testId: string
  readonly testVersion: number
  /** The rounds whose ratings set it. */
  readonly rounds: readonly string[]
  readonly cutTheta: number
  readonly cutPercent: number
  readonly scale: 'calibrated' | 'provisional'
  /** The cut-score record's statement: what the test page and the credential say was done. */
  readonly statement: string
  readonly adoptedAt: Date
  /** When a later round's cut replaced it; null while it is live. */
  readonly supersededAt: Date | null
}

/**
 * The live adopted cut of each test that has one (tests whose cut no recorded round changed have
 * none: their catalog cut is live).
 *
 * @example (await liveCuts(db)).get('accounting-fundamentals')?.cutPercent
 */
export async function liveCuts(
  db: Kysely<AssessmentDatabase>,
  testId?: string,
): Promise<Map<string, AdoptedCut>> {
  let query = db.selectFrom('assessment_test_cuts').selectAll().where('superseded_at', 'is', null)
  if (testId !== undefined) query = query.where('test_id', '=', testId)
  return new Map((await query.execute()).map((r) => [r.test_id, fromRow(r)]))
}

/** Every cut a test has had, newest first: the live one, then those it replaced. */
export async function cutHistory(
  db: Kysely<AssessmentDatabase>,
  testId: string,
): Promise<AdoptedCut[]> {
  const rows = await db
    .selectFrom('assessment_test_cuts')
    .selectAll()
    .where('test_id', '=', testId)
    .orderBy('test_version', 'desc')
    .execute()
  return rows.map(fromRow)
}

/**
 * The test as scoring, its page and its credentials see it: with an adopted cut, that cut's pass
 * rule, statement and version (adopting a round changes the pass rule, so it is a new version).
 *
 * @example withLiveCut(catalogTest('accounting-fundamentals')!, cuts.get('accounting-fundamentals'))
 */
export function withLiveCut(test: TestDefinition, cut: AdoptedCut | undefined): TestDefinition {
  if (!cut || test.passRule.kind !== 'ability-cut') return test
  return {
    ...test,
    version: Math.max(test.version, cut.testVersion),
    passRule: {
      ...test.passRule,
      cutTheta: cut.cutTheta,
      cutPercent: cut.cutPercent,
      scale: cut.scale,
    },
    standardSetting: cut.statement,
  }
}

function fromRow(r: {
  test_id: string
  test_version: number
  rounds: readonly string[]
  cut_theta: number
  cut_percent: number
  scale: 'calibrated' | 'provisional'
  statement: string
  adopted_at: Date
  superseded_at: Date | null
}): AdoptedCut {
  return {
    testId: r.test_id,
    testVersion: r.test_version,
    rounds: r.rounds,
    cutTheta: Number(r.cut_theta),
    cutPercent: Number(r.cut_percent),
    scale: r.scale,
    statement: r.statement,
    adoptedAt: new Date(r.adopted_at),
    supersededAt: r.superseded_at === null ? null : new Date(r.superseded_at),
  }
}
