import type { Kysely } from 'kysely'
import { z } from 'zod'
import { DomainError } from '../../shared/index.js'
import { CATALOG, catalogTest } from '../catalog/catalog.js'
import type { AssessmentDatabase } from '../tables.js'
import { type RatingRound, ratingRoundProblem } from './rating-round.js'

const judgment = z.object({ probability: z.number(), rationale: z.string() })

/** A rating round as a file or request body carries it. */
const ratingRoundSchema = z.object({
  id: z.string(),
  testId: z.string().optional(),
  panel: z.enum(['platform-content-authors', 'external']),
  raters: z.array(z.string()),
  ratedOn: z.string(),
  rationale: z.string(),
  defaultRating: judgment.optional(),
  ratings: z.array(judgment.extend({ domain: z.string() })),
})

/**
 * Reads and checks a rating round from JSON (a file or a request body); refuses it with what is
 * wrong named: a malformed field, a rule of `ratingRoundProblem`, an unknown test, or a domain
 * that is no blueprint domain of the test (or, for a round across tests, of any test).
 *
 * @example parseRatingRound(JSON.parse(text))
 */
export function parseRatingRound(input: unknown): RatingRound {
  const parsed = ratingRoundSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new DomainError(
      'invalid',
      'invalid_rating_round',
      `rating round: ${issue.path.join('.') || 'body'}: ${issue.message}`,
    )
  }
  const round = parsed.data as RatingRound
  const problem = ratingRoundProblem(round)
  if (problem) throw new DomainError('invalid', 'invalid_rating_round', `rating round: ${problem}`)
  const tests = round.testId === undefined ? CATALOG : [catalogTest(round.testId)]
  if (tests[0] === undefined)
    throw new DomainError('invalid', 'unknown_test', `rating round: no test ${round.testId}`)
  const domains = new Set(tests.flatMap((t) => t!.blueprint.map((d) => d.id)))
  const stray = round.ratings.find((r) => !domains.has(r.domain))
  if (stray) {
    throw new DomainError(
      'invalid',
      'unknown_domain',
      `rating round: ${stray.domain} is no blueprint domain of ${round.testId ?? 'any test'}`,
    )
  }
  return round
}

/**
 * Records a round as the panel made it; a round id is recorded once (a new judgment is a new
 * round, so the record of an old cut stays traceable).
 *
 * @example await recordRatingRound(db, parseRatingRound(body))
 */
export async function recordRatingRound(
  db: Kysely<AssessmentDatabase>,
  round: RatingRound,
): Promise<void> {
  const inserted = await db
    .insertInto('assessment_rating_rounds')
    .values({
      id: round.id,
      test_id: round.testId ?? null,
      panel: round.panel,
      raters: JSON.stringify(round.raters),
      rated_on: round.ratedOn,
      rationale: round.rationale,
      default_rating: round.defaultRating ? JSON.stringify(round.defaultRating) : null,
      ratings: JSON.stringify(round.ratings),
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    throw new DomainError(
      'conflict',
      'rating_round_exists',
      `rating round ${round.id} is already recorded; record a new judgment under a new id`,
    )
  }
}

/** Every recorded round, oldest first. */
export async function listRatingRounds(db: Kysely<AssessmentDatabase>): Promise<RatingRound[]> {
  const rows = await db
    .selectFrom('assessment_rating_rounds')
    .selectAll()
    .orderBy('recorded_at')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    ...(r.test_id === null ? {} : { testId: r.test_id }),
    panel: r.panel,
    raters: r.raters,
    ratedOn: r.rated_on,
    rationale: r.rationale,
    ...(r.default_rating ? { defaultRating: r.default_rating } : {}),
    ratings: r.ratings,
  }))
}
