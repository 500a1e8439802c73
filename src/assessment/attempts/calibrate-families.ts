import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import {
  calibrateFamilies,
  type FamilyObservation,
  type FamilyParameters,
} from '../psychometrics/index.js'
import type { FamilyCalibrationInput } from '../standards/cut-score-record.js'
import type { AssessmentDatabase } from '../tables.js'

/**
 * A family joins the calibrated scale after this many scored responses: at 100 its difficulty's
 * standard error is about 0.2 logits plus its variants' spread over √(variants seen).
 */
export const FAMILY_CALIBRATION_MIN_RESPONSES = 100

export interface TestFamilyCalibration {
  readonly testId: string
  readonly attempts: number
  readonly abilitySd: number
  readonly converged: boolean
  readonly families: readonly {
    readonly family: string
    readonly domain: string
    readonly difficulty: number
    readonly standardError: number
    readonly dispersion: number
    readonly variants: number
    readonly responses: number
  }[]
}

/**
 * Calibrates a test's item families from its scored attempts with the random-item Rasch model
 * (`calibrateFamilies`): each delivered item counts for the family it was drawn from and the
 * variant it was, so generated families are calibrated like authored items. Items delivered before
 * families were recorded count as one family per item model (or bank item), each response its own
 * variant. Items pulled as leaked stay off the scale. Replaces the test's previous family
 * calibration.
 *
 * @example await calibrateTestFamilies(db, 'bookkeeping', new Date())
 */
export async function calibrateTestFamilies(
  db: Kysely<AssessmentDatabase>,
  testId: string,
  now: Date,
): Promise<TestFamilyCalibration> {
  const rows = await db
    .selectFrom('assessment_attempt_items as i')
    .innerJoin('assessment_attempts as a', 'a.id', 'i.attempt_id')
    .select(['i.attempt_id', 'i.item_ref', 'i.family', 'i.variant_key', 'i.domain', 'i.correct'])
    .where('a.test_id', '=', testId)
    .where('a.status', '=', 'scored')
    .where('i.scored', '=', true)
    .orderBy('i.attempt_id')
    .orderBy('i.position')
    .execute()
  const pulled = new Set(
    (
      await db
        .selectFrom('assessment_pulled_items')
        .select('item_ref')
        .where('test_id', '=', testId)
        .execute()
    ).map((p) => p.item_ref),
  )
  const kept = rows.filter((r) => !pulled.has(r.item_ref))
  const familyOf = (r: (typeof kept)[number]) => r.family ?? r.item_ref
  const responses = new Map<string, number>()
  for (const r of kept) responses.set(familyOf(r), (responses.get(familyOf(r)) ?? 0) + 1)
  const families = [...responses]
    .filter(([, n]) => n >= FAMILY_CALIBRATION_MIN_RESPONSES)
    .map(([f]) => f)
    .sort()
  if (families.length < 2) {
    throw new DomainError(
      'conflict',
      'too_few_responses',
      `test ${testId} has ${families.length} item families with ${FAMILY_CALIBRATION_MIN_RESPONSES} responses; calibration needs two or more`,
    )
  }
  const familyIndex = new Map(families.map((f, i) => [f, i]))
  const domainOf = new Map<string, string>()
  const variantIndex = new Map<string, number>()
  const familyOfVariant: number[] = []
  const persons = new Map<string, number>()
  const observations: FamilyObservation[] = []
  kept.forEach((r, row) => {
    const family = familyIndex.get(familyOf(r))
    if (family === undefined) return
    domainOf.set(familyOf(r), r.domain)
    // A response without a variant key is its own variant: an unseen-again draw from the family.
    const key = `${familyOf(r)}\u0000${r.variant_key ?? `row-${row}`}`
    let variant = variantIndex.get(key)
    if (variant === undefined) {
      variant = familyOfVariant.length
      variantIndex.set(key, variant)
      familyOfVariant.push(family)
    }
    let person = persons.get(r.attempt_id)
    if (person === undefined) {
      person = persons.size
      persons.set(r.attempt_id, person)
    }
    observations.push({ person, variant, correct: r.correct === true })
  })
  const fit = calibrateFamilies(persons.size, familyOfVariant, observations)
  const variantsSeen = new Map<number, number>()
  for (const f of familyOfVariant) variantsSeen.set(f, (variantsSeen.get(f) ?? 0) + 1)
  const calibration: TestFamilyCalibration = {
    testId,
    attempts: persons.size,
    abilitySd: fit.abilitySd,
    converged: fit.converged,
    families: families.map((family, i) => ({
      family,
      domain: domainOf.get(family)!,
      difficulty: fit.difficulties[i]!,
      standardError: fit.standardErrors[i]!,
      dispersion: fit.dispersions[i]!,
      variants: variantsSeen.get(i) ?? 0,
      responses: responses.get(family)!,
    })),
  }
  await transact(db, async (trx) => {
    await trx.deleteFrom('assessment_family_calibrations').where('test_id', '=', testId).execute()
    await trx
      .insertInto('assessment_family_calibrations')
      .values(
        calibration.families.map((f) => ({
          test_id: testId,
          family: f.family,
          domain: f.domain,
          difficulty: f.difficulty,
          standard_error: f.standardError,
          dispersion: f.dispersion,
          variants: f.variants,
          responses: f.responses,
          attempts: calibration.attempts,
          ability_sd: calibration.abilitySd,
          calibrated_at: now,
        })),
      )
      .execute()
  })
  return calibration
}

/** A test's stored family calibration: per domain (for its cut) and per family (for scoring). */
export interface StoredFamilyCalibration extends FamilyCalibrationInput {
  readonly abilitySd: number
  readonly byFamily: ReadonlyMap<string, FamilyParameters>
}

/**
 * Stored family calibrations per test, grouped by blueprint domain as cut-score records read them.
 *
 * @example (await loadFamilyCalibrations(db)).get('bookkeeping')?.attempts
 */
export async function loadFamilyCalibrations(
  db: Kysely<AssessmentDatabase>,
  testId?: string,
): Promise<Map<string, StoredFamilyCalibration>> {
  let query = db.selectFrom('assessment_family_calibrations').selectAll()
  if (testId !== undefined) query = query.where('test_id', '=', testId)
  const rows = await query.orderBy('test_id').orderBy('family').execute()
  const out = new Map<
    string,
    {
      attempts: number
      abilitySd: number
      byDomain: Map<string, FamilyParameters[]>
      byFamily: Map<string, FamilyParameters>
    }
  >()
  for (const r of rows) {
    const test = out.get(r.test_id) ?? {
      attempts: r.attempts,
      abilitySd: r.ability_sd,
      byDomain: new Map(),
      byFamily: new Map(),
    }
    const parameters = { difficulty: r.difficulty, dispersion: r.dispersion }
    const list = test.byDomain.get(r.domain) ?? []
    list.push(parameters)
    test.byDomain.set(r.domain, list)
    test.byFamily.set(r.family, parameters)
    out.set(r.test_id, test)
  }
  return out
}
