import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../tables.js'
import type { PretestFamily } from './plan-form.js'

/**
 * Responses a family in pretest needs before it may count: at 200 a point-biserial of 0.20 is
 * distinguishable from zero (its standard error is about 1/√n ≈ 0.07), the bar pretest items meet.
 */
export const FAMILY_PRETEST_MIN_RESPONSES = 200
/** Facility bounds a family must fall within: outside them it tells candidates little apart. */
export const FAMILY_PRETEST_FACILITY = { min: 0.2, max: 0.95 } as const
/**
 * Least correlation of a family's answers with the attempt's scored percent: below it the family
 * measures something other than what the test's operational items measure.
 */
export const FAMILY_PRETEST_MIN_POINT_BISERIAL = 0.2

/** The test's families still in pretest. */
export async function pretestFamilies(
  db: Kysely<AssessmentDatabase>,
  testId: string,
): Promise<PretestFamily[]> {
  const rows = await db
    .selectFrom('assessment_family_pretest')
    .select(['model_id', 'domain', 'family'])
    .where('test_id', '=', testId)
    .where('state', '=', 'pretest')
    .execute()
  return rows.map((r) => ({ modelId: r.model_id, domain: r.domain, family: r.family }))
}

/** One pretest family's statistics and whether they let it count. */
export interface FamilyPretestVerdict {
  readonly family: string
  readonly responses: number
  readonly facility: number | null
  readonly pointBiserial: number | null
  /** Why it stays in pretest; undefined when it moved to operational. */
  readonly heldBecause?: string
}

/**
 * Moves each of the test's pretest families that meets the thresholds to operational: at least
 * `FAMILY_PRETEST_MIN_RESPONSES` unscored responses from scored attempts, facility within
 * `FAMILY_PRETEST_FACILITY`, and point-biserial with the attempt's scored percent at least
 * `FAMILY_PRETEST_MIN_POINT_BISERIAL`. The statistics are stored either way.
 *
 * @example await promotePretestFamilies(db, 'bookkeeping', new Date())
 */
export async function promotePretestFamilies(
  db: Kysely<AssessmentDatabase>,
  testId: string,
  now: Date,
): Promise<FamilyPretestVerdict[]> {
  const pending = await pretestFamilies(db, testId)
  const verdicts: FamilyPretestVerdict[] = []
  for (const { family } of pending) {
    const rows = await db
      .selectFrom('assessment_attempt_items as i')
      .innerJoin('assessment_attempts as a', 'a.id', 'i.attempt_id')
      .select(['i.correct', 'a.percent_score'])
      .where('i.test_id', '=', testId)
      .where('i.family', '=', family)
      .where('i.scored', '=', false)
      .where('a.status', '=', 'scored')
      .where('i.correct', 'is not', null)
      .execute()
    const verdict = judge(
      family,
      rows.map((r) => (r.correct ? 1 : 0)),
      rows.map((r) => Number(r.percent_score)),
    )
    verdicts.push(verdict)
    await db
      .updateTable('assessment_family_pretest')
      .set({
        responses: verdict.responses,
        facility: verdict.facility,
        point_biserial: verdict.pointBiserial,
        ...(verdict.heldBecause === undefined ? { state: 'operational', promoted_at: now } : {}),
      })
      .where('test_id', '=', testId)
      .where('family', '=', family)
      .execute()
  }
  return verdicts
}

function judge(family: string, right: number[], totals: number[]): FamilyPretestVerdict {
  const n = right.length
  if (n === 0) {
    return {
      family,
      responses: 0,
      facility: null,
      pointBiserial: null,
      heldBecause: 'no responses yet',
    }
  }
  const facility = right.reduce((s, x) => s + x, 0) / n
  const pointBiserial = pearson(right, totals)
  const base = { family, responses: n, facility, pointBiserial }
  if (n < FAMILY_PRETEST_MIN_RESPONSES)
    return {
      ...base,
      heldBecause: `${n} responses; at least ${FAMILY_PRETEST_MIN_RESPONSES} are needed`,
    }
  if (facility < FAMILY_PRETEST_FACILITY.min || facility > FAMILY_PRETEST_FACILITY.max)
    return { ...base, heldBecause: `facility ${facility.toFixed(2)} is outside [0.2, 0.95]` }
  if (pointBiserial === null || pointBiserial < FAMILY_PRETEST_MIN_POINT_BISERIAL)
    return { ...base, heldBecause: `point-biserial below ${FAMILY_PRETEST_MIN_POINT_BISERIAL}` }
  return base
}

/** Pearson correlation, or null when either side does not vary. */
function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length
  const mx = xs.reduce((s, x) => s + x, 0) / n
  const my = ys.reduce((s, y) => s + y, 0) / n
  let sxy = 0
  let sxx = 0
  let syy = 0
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my)
    sxx += (xs[i]! - mx) ** 2
    syy += (ys[i]! - my) ** 2
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy)
}
