import { domainQuotas } from '../attempts/domain-quotas.js'
import type { TestDefinition } from '../test-definition.js'
import type { PoolCounts } from './domain-pools.js'
import type { Offer } from './offer-rule.js'

/** Whether a candidate can start a test now, and if not, why in plain words. */
export type Startability =
  | { readonly startable: true; readonly reason: null }
  | { readonly startable: false; readonly reason: string }

/**
 * A test can be started when every blueprint domain can fill its share of a form, the same
 * quotas form assembly uses: from an item model (unlimited) or from operational authored items.
 * Weaker than being offered, which asks for twice the pool so forms vary. A test withdrawn
 * because it repeats an offered test's item families (`offer`) cannot be started at all: its
 * credential would certify those items again under another name; nor can one whose families
 * await independent review, whose credential would certify keys nobody else has checked.
 *
 * @example startability(test, new Map()).startable // false unless every domain has an item model
 */
export function startability(
  test: TestDefinition,
  counts: PoolCounts,
  offer?: Offer,
): Startability {
  if (offer && !offer.offered && (offer.repeats || offer.awaitingReview)) {
    return { startable: false, reason: offer.reason }
  }
  const quotas = domainQuotas(test.blueprint, test.form.scoredItems)
  const short = test.blueprint.flatMap((domain) => {
    if (domain.itemModelIds.length > 0) return []
    const need = quotas.get(domain.id) ?? 0
    const have = counts.get(test.id)?.get(domain.id) ?? 0
    return have < need ? [{ title: domain.title, need, have }] : []
  })
  if (short.length === 0) return { startable: true, reason: null }
  const first = short[0]!
  const topics = short.length === 1 ? 'one topic' : `${short.length} topics`
  return {
    startable: false,
    reason: `Not open yet: the question bank is short in ${topics} (${first.title} has ${first.have} of the ${first.need} questions a form needs).`,
  }
}
