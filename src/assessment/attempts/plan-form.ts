import { DomainError } from '../../shared/index.js'
import type { Item } from '../item.js'
import { pickLeastExposed } from '../psychometrics/index.js'
import type { Rng } from '../rng.js'
import type { TestDefinition } from '../test-definition.js'
import { domainQuotas } from './domain-quotas.js'
import { stratifySlots } from './form-strata.js'

/** One slot of a planned form: an authored bank item, or a fresh variant of an item model. */
export type PlannedSlot =
  | { readonly source: 'item'; readonly item: Item; readonly scored: boolean }
  | {
      readonly source: 'model'
      readonly modelId: string
      readonly domain: string
      /** The family or template the variant is drawn from, where the model names them. */
      readonly stratum?: string
      /** A family in pretest: delivered unscored, its response recorded for its statistics. */
      readonly pretest?: true
    }

/** A family collecting responses before it counts. */
export interface PretestFamily {
  readonly modelId: string
  readonly domain: string
  readonly family: string
}

export interface FormPlanInput {
  readonly test: TestDefinition
  /** The test's authored items, any lifecycle: only operational and pretest ones are used. */
  readonly items: readonly Item[]
  /** Item models the bank can generate from. */
  readonly models: ReadonlySet<string>
  /** Each model's named strata (families or templates); a model not listed draws its own. */
  readonly strata?: ReadonlyMap<string, readonly string[]>
  /** Families new to the test: never in scored slots, they fill pretest slots authored items leave. */
  readonly pretestFamilies?: readonly PretestFamily[]
  /** Items pulled from forms (leaks, flags). */
  readonly pulled: ReadonlySet<string>
  /** Items this candidate saw in earlier attempts. */
  readonly seen: ReadonlySet<string>
  /** Forms of this test each item already appeared in. */
  readonly exposures: ReadonlyMap<string, number>
  readonly rng: Rng
}

/**
 * Linear-on-the-fly assembly: per blueprint domain, the least-exposed authored items the candidate
 * has not seen, leaving room for one variant of each of the domain's item models (fresh variants
 * make a leaked key worthless); the domain's model slots are spread in equal shares over its
 * models and, within each, over the model's families or templates, so every form holds each in
 * the same proportion and a candidate weak on some meets them equally often on every form; up to
 * `maxPretestItems` unscored pretest items ride along. Slots come back in random order.
 *
 * @example planForm({ test, items, models, pulled, seen, exposures, rng }).length // 35
 */
export function planForm(input: FormPlanInput): PlannedSlot[] {
  const { test, rng } = input
  const usable = input.items.filter((item) => !input.pulled.has(item.id))
  const quotas = domainQuotas(test.blueprint, test.form.scoredItems)
  const pretestFamilies = input.pretestFamilies ?? []
  const inPretest = new Set(pretestFamilies.map((f) => f.family))
  // A family in pretest is left out of the strata scored slots are drawn from.
  const strata = new Map(
    [...(input.strata ?? [])].map(([id, named]) => [id, named.filter((f) => !inPretest.has(f))]),
  )
  const slots: PlannedSlot[] = []
  for (const domain of test.blueprint) {
    const quota = quotas.get(domain.id) ?? 0
    const models = domain.itemModelIds.filter((id) => input.models.has(id))
    const operational = usable.filter(
      (i) => i.domain === domain.id && i.lifecycle === 'operational',
    )
    const picked = pickLeastExposed(
      operational.map((i) => ({ id: i.id, exposures: input.exposures.get(i.id) ?? 0 })),
      quota - Math.min(models.length, quota),
      rng,
      input.seen,
    )
    const byId = new Map(operational.map((i) => [i.id, i]))
    for (const id of picked) slots.push({ source: 'item', item: byId.get(id)!, scored: true })
    const short = quota - picked.length
    if (short > 0 && models.length === 0) {
      throw new DomainError(
        'conflict',
        'pool_too_small',
        `test ${test.id} cannot fill domain ${domain.id}: it needs ${quota} items and has ${picked.length}`,
        { testId: test.id, domain: domain.id },
      )
    }
    for (const { modelId, stratum } of stratifySlots(models, strata, short, rng)) {
      slots.push({ source: 'model', modelId, domain: domain.id, ...(stratum ? { stratum } : {}) })
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
  const open = test.form.maxPretestItems - pretestIds.length
  for (const f of rng.shuffle(pretestFamilies).slice(0, Math.max(0, open))) {
    slots.push({
      source: 'model',
      modelId: f.modelId,
      domain: f.domain,
      stratum: f.family,
      pretest: true,
    })
  }
  return rng.shuffle(slots)
}
