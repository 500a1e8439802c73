import type { Kysely } from 'kysely'
import { CATALOG } from '../catalog/catalog.js'
import { type DomainPool, domainPools } from '../catalog/offered.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import { operationalPoolCounts } from './item-bank-repo.js'

/** A catalog entry with whether it can be taken now and why. */
export interface CatalogEntry {
  readonly test: TestDefinition
  readonly offered: boolean
  readonly pools: readonly DomainPool[]
}

/**
 * The catalog with each test's pools counted from the operational items in the bank.
 *
 * @example (await listCatalog(db, { offeredOnly: true })).length
 */
export async function listCatalog(
  db: Kysely<AssessmentDatabase>,
  options: { readonly offeredOnly?: boolean } = {},
): Promise<CatalogEntry[]> {
  const counts = await operationalPoolCounts(db)
  const entries = CATALOG.map((test) => {
    const pools = domainPools(test, counts)
    return { test, pools, offered: pools.every((p) => p.sufficient) }
  })
  return options.offeredOnly ? entries.filter((e) => e.offered) : entries
}
