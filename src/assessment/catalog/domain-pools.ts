import { OFFERED_POOL_FACTOR } from '../policy-defaults.js'
import { itemsDrawnFromDomain } from '../test-defaults.js'
import type { TestDefinition } from '../test-definition.js'

/** Operational authored items per `testId` → domain id. */
export type PoolCounts = ReadonlyMap<string, ReadonlyMap<string, number>>

/** How one blueprint domain's pool compares with what a form draws from it. */
export interface DomainPool {
  readonly domain: string
  /** The domain's title, for saying in words which pool falls short. */
  readonly title: string
  readonly drawn: number
  /** `Infinity` when an item model serves the domain. */
  readonly pool: number
  readonly sufficient: boolean
}

/**
 * Each blueprint domain's pool against what a form draws there: a domain is sufficient when its
 * operational pool holds at least `OFFERED_POOL_FACTOR` (2) times its draw; item models count
 * as unlimited.
 *
 * @example domainPools(test, new Map()).every((d) => d.sufficient)
 */
export function domainPools(test: TestDefinition, counts: PoolCounts): DomainPool[] {
  return test.blueprint.map((d) => {
    const drawn = itemsDrawnFromDomain(test.form, d.weight)
    const pool =
      d.itemModelIds.length > 0 ? Number.POSITIVE_INFINITY : (counts.get(test.id)?.get(d.id) ?? 0)
    return {
      domain: d.id,
      title: d.title,
      drawn,
      pool,
      sufficient: pool >= OFFERED_POOL_FACTOR * drawn,
    }
  })
}
