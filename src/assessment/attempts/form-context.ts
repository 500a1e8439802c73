import type { Kysely } from 'kysely'
import type { Item } from '../item.js'
import type { AssessmentDatabase } from '../tables.js'
import type { ItemBank } from './item-bank.js'

export interface FormContext {
  readonly items: readonly Item[]
  readonly seen: ReadonlySet<string>
  readonly exposures: ReadonlyMap<string, number>
  readonly pulled: ReadonlySet<string>
}

/** What assembly needs to know: the bank's items, this candidate's history, exposures, pulls. */
export async function formContext(
  bank: ItemBank,
  db: Kysely<AssessmentDatabase>,
  testId: string,
  candidateId: string,
): Promise<FormContext> {
  const [items, seen, exposures, pulled] = await Promise.all([
    bank.items(db, testId),
    db
      .selectFrom('assessment_attempt_items')
      .select('item_ref')
      .distinct()
      .where('candidate_id', '=', candidateId)
      .where('test_id', '=', testId)
      .execute(),
    db
      .selectFrom('assessment_attempt_items')
      .select(['item_ref', (eb) => eb.fn.countAll<string>().as('forms')])
      .where('test_id', '=', testId)
      .groupBy('item_ref')
      .execute(),
    db
      .selectFrom('assessment_pulled_items')
      .select('item_ref')
      .where('test_id', '=', testId)
      .execute(),
  ])
  return {
    items,
    seen: new Set(seen.map((s) => s.item_ref)),
    exposures: new Map(exposures.map((e) => [e.item_ref, Number(e.forms)])),
    pulled: new Set(pulled.map((p) => p.item_ref)),
  }
}
