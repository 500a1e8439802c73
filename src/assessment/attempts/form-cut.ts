import type { Kysely } from 'kysely'
import type { FormFamily } from '../psychometrics/index.js'
import { formRawCut } from '../standards/ability-cut.js'
import { cutScoreRecord, roundsInPrecedence } from '../standards/cut-score-record.js'
import { listRatingRounds } from '../standards/rating-round-repo.js'
import { STANDARD_ROUNDS } from '../standards/standard-rounds.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import { loadFamilyCalibrations } from './calibrate-families.js'

/** What the form's cut needs of a delivered item. */
export interface FormSlot {
  readonly family: string
  readonly domain: string
  readonly scored: boolean
}

/**
 * The percent cut of one delivered form. A percent-cut test, or an ability-cut test whose families
 * are not all calibrated, has its published cut on every form. Once every blueprint domain has
 * calibrated families, the ability cut θ_c of the test's record is turned into this form's raw cut,
 * the form's expected score at θ_c (a family not yet calibrated counts as its domain's calibrated
 * families on average): a harder form needs fewer right answers. Stored on the attempt, it is
 * what scoring compares the percent score with.
 *
 * @example await formCutPercent(db, test, delivered)
 */
export async function formCutPercent(
  db: Kysely<AssessmentDatabase>,
  test: TestDefinition,
  delivered: readonly FormSlot[],
): Promise<number> {
  const rule = test.passRule
  const scored = delivered.filter((d) => d.scored)
  if (rule.kind !== 'ability-cut' || scored.length === 0) return rule.cutPercent
  const calibration = (await loadFamilyCalibrations(db, test.id)).get(test.id)
  if (!calibration) return rule.cutPercent
  // Recorded panel rounds count as the live cut does: the form's raw cut follows the same record.
  const rounds = [...STANDARD_ROUNDS, ...(await listRatingRounds(db))]
  const record = cutScoreRecord(test, roundsInPrecedence(test.id, rounds), calibration)
  if (record.scale !== 'calibrated') return rule.cutPercent
  const form: FormFamily[] = scored.flatMap((slot) => {
    const own = calibration.byFamily.get(slot.family)
    if (own) return [own]
    const domain = calibration.byDomain.get(slot.domain) ?? []
    return domain.map((f) => ({ ...f, weight: 1 / domain.length }))
  })
  return (100 * formRawCut(record.cutTheta, form)) / scored.length
}
