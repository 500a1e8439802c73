import type { Selectable } from 'kysely'
import type { Item } from '../item.js'
import type { AssessmentDatabase } from '../tables.js'

type ItemRow = Selectable<AssessmentDatabase['assessment_items']>

/** A stored item as the domain sees it (jsonb arrives parsed). */
export function itemFromRow(row: ItemRow): Item {
  return {
    id: row.id,
    testId: row.test_id,
    domain: row.domain,
    kind: row.kind,
    stem: row.stem,
    options: row.options.map((o) => ({ id: o.id, markdown: o.markdown })),
    keys: [...row.keys],
    lifecycle: row.lifecycle,
    source: row.source,
    ...(row.model_id ? { modelId: row.model_id } : {}),
  }
}

export function rowFromItem(item: Item) {
  return {
    id: item.id,
    test_id: item.testId,
    domain: item.domain,
    kind: item.kind,
    stem: item.stem,
    options: JSON.stringify(item.options.map((o) => ({ id: o.id, markdown: o.markdown }))),
    keys: JSON.stringify(item.keys),
    lifecycle: item.lifecycle,
    source: item.source,
    model_id: item.modelId ?? null,
  }
}
