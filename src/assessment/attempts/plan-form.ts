import { DomainError } from '../../shared/index.js'
import type { Item } from '../item.js'
import { pickLeastExposed } from '../psychometrics/index.js'
import type { Rng } from '../rng.js'
import type { TestDefinition } from '../test-definition.js'
import { domainQuotas } from './domain-quotas.js'

/** One slot of a planned form: an authored bank item, or a fresh variant of an item model. */
export type PlannedSlot =
  | { readonly source: 'item'; readonly item: Item; readonly scored: boolean }
  | { readonly source: 'model'; readonly modelId: string; readonly domain: string }

export interface FormPlanInput {
  readonly test: TestDefinition
  /** The test's authored items, any lifecycle: only operational and pretest ones are used. */
  readonly items: readonly Item[]
  /** Item models the bank can generate from. */
  readonly models: ReadonlySet<string>
  /** Items pulled from forms (leaks, flags). */
  readonly pulled: ReadonlySet<string>
  /** Items this candidate saw in earlier attempts. */
  readonly seen: ReadonlySet<string>
  /** Forms of this test each item already appeared in. */
  readonly exposures: ReadonlyMap<string, number>
  readonly rng: Rng
}

/**
 * Linear-on-the-fly assembly: per blueprint domain, one variant of each of the domain's item
 * models (fresh variants make a leaked key worthless), then the least-exposed authored items the
 * candidate has not seen, then more model variants if the domain still falls short; up to
 * `maxPretestItems` unscored pretest items ride along. Slots come back in random order.
 *
 * @example planForm({ test, items, models, pulled, seen, exposures, rng }).length // 35
 */
export function planForm(input: FormPlanInput): PlannedSlot[] {
  const { test, rng } = input
  const usable = input.items.filter((item) => !input.pulled.has(item.id))
  const quotas = domainQuotas(test.blueprint, test.form.scoredItems)
  const slots: PlannedSlot[] = []
  for (const domain of test.blueprint) {
    const quota = quotas.get(domain.id) ?? 0
    const models = rng.shuffle(domain.itemModelIds.filter((id) => input.models.has(id)))
    const fromModels = models.slice(0, quota)
    const operational = usable.filter(
      (i) => i.domain === domain.id && i.lifecycle === 'operational',
    )
    const picked = pickLeastExposed(
      operational.map((i) => ({ id: i.id, exposures: input.exposures.get(i.id) ?? 0 })),
      quota - fromModels.length,
      rng,
      input.seen,
    )
    const byId = new Map(operational.map((i) => [i.id, i]))
    for (const modelId of fromModels) slots.push({ source: 'model', modelId, domain: domain.id })
    for (const id of picked) slots.push({ source: 'item', item: byId.get(id)!, scored: true })
    let short = quota - fromModels.length - picked.length
    if (short > 0 && models.length === 0) {
      throw new DomainError(
        'conflict',
        'pool_too_small',
        `test ${test.id} cannot fill domain ${domain.id}: it needs ${quota} items and has ${picked.length}`,
        { testId: test.id, domain: domain.id },
      )
    }
    for (let i = 0; short > 0; i++, short--) {
      slots.push({ source: 'model', modelId: models[i % models.length]!, domain: domain.id })
    }
  }
  const pretest = usable.filter((item) => item.lifecycle === 'pretest')
  const pretestIds = pickLeastExposed(
    pretest
      .filter((i) => !input.seen.has(i.id))
      .map((i) => ({ id: i.id, exposures: input.exposures.get(i.id) ?? 0 })),
    test.form.maxPretestItems,
    rng,
  )
  const pretestById = new Map(pretest.map((i) => [i.id, i]))
  for (const id of pretestIds)
    slots.push({ source: 'item', item: pretestById.get(id)!, scored: false })
  return rng.shuffle(slots)
}
