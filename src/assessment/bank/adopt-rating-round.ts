import type { Kysely } from 'kysely'
import { newId, transact } from '../../db/index.js'
import { loadFamilyCalibrations } from '../attempts/calibrate-families.js'
import { CATALOG, catalogTest } from '../catalog/catalog.js'
import {
  type CutScoreRecord,
  cutScoreRecord,
  roundsInPrecedence,
} from '../standards/cut-score-record.js'
import { liveCuts } from '../standards/live-cuts.js'
import type { RatingRound } from '../standards/rating-round.js'
import { listRatingRounds, recordRatingRound } from '../standards/rating-round-repo.js'
import { STANDARD_ROUNDS } from '../standards/standard-rounds.js'
import type { AssessmentDatabase } from '../tables.js'

/** A test whose cut a recorded round moved: the cut before and the cut now live. */
export interface MovedCut {
  readonly testId: string
  readonly before: { readonly cutPercent: number; readonly cutTheta: number }
  readonly after: {
    readonly cutPercent: number
    readonly cutTheta: number
    readonly version: number
  }
}

/**
 * Records a panel's round and adopts the cuts it sets, in one transaction: for each test the round
 * applies to whose cut-score record now takes a rating from it (rounds in precedence: the test's
 * own, external, newer first), the live cut is marked superseded (the catalog's own cut is first
 * written down as history) and the new record's cut becomes live under the next test version.
 * Attempts started afterwards are scored on it; attempts in progress keep the cut they started
 * with, since a candidate is judged by the rule announced when they began.
 *
 * @example await adoptRatingRound(db, parseRatingRound(body), new Date())
 */
export async function adoptRatingRound(
  db: Kysely<AssessmentDatabase>,
  round: RatingRound,
  now: Date,
): Promise<MovedCut[]> {
  return transact(db, async (trx) => {
    const earlier = [...STANDARD_ROUNDS, ...(await listRatingRounds(trx))]
    await recordRatingRound(trx, round)
    const rounds = [...earlier, round]
    const calibrations = await loadFamilyCalibrations(trx)
    const live = await liveCuts(trx, round.testId)
    const tests = round.testId === undefined ? CATALOG : [catalogTest(round.testId)!]
    const superseded: string[] = []
    const rows: ReturnType<typeof cutRow>[] = []
    const moved: MovedCut[] = []
    for (const test of tests) {
      const calibration = calibrations.get(test.id)
      const record = cutScoreRecord(test, roundsInPrecedence(test.id, rounds), calibration)
      if (!record.panels.some((p) => p.round === round.id)) continue
      const current = live.get(test.id)
      let before: { cutPercent: number; cutTheta: number; version: number }
      if (current) {
        before = { ...current, version: current.testVersion }
        superseded.push(test.id)
      } else {
        const catalog = cutScoreRecord(test, roundsInPrecedence(test.id, earlier), calibration)
        before = { ...catalog, version: test.version }
        rows.push(cutRow(catalog, test.version, now, now))
      }
      const version = before.version + 1
      rows.push(cutRow(record, version, now, null))
      moved.push({
        testId: test.id,
        before: { cutPercent: before.cutPercent, cutTheta: before.cutTheta },
        after: { cutPercent: record.cutPercent, cutTheta: record.cutTheta, version },
      })
    }
    if (superseded.length > 0) {
      await trx
        .updateTable('assessment_test_cuts')
        .set({ superseded_at: now })
        .where('test_id', 'in', superseded)
        .where('superseded_at', 'is', null)
        .execute()
    }
    if (rows.length > 0) await trx.insertInto('assessment_test_cuts').values(rows).execute()
    return moved
  })
}

function cutRow(
  record: CutScoreRecord,
  version: number,
  adoptedAt: Date,
  supersededAt: Date | null,
) {
  return {
    id: newId(),
    test_id: record.testId,
    test_version: version,
    rounds: JSON.stringify(record.panels.map((p) => p.round)),
    cut_theta: record.cutTheta,
    cut_percent: record.cutPercent,
    scale: record.scale,
    statement: record.statement,
    adopted_at: adoptedAt,
    superseded_at: supersededAt,
  }
}
