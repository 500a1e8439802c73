import type { FixedEffect, ModelSpec, PanelKind } from './model-spec.js'

/**
 * Models that share a panel and a fixed effect: they share the dropped singletons and the
 * demeaning, so one pass over the rows gives the cross-products of all their columns at once.
 */
export interface ModelGroup {
  /** `panel.fixedEffect`, e.g. `period.event`. */
  readonly key: string
  readonly panel: PanelKind
  readonly fixedEffect: FixedEffect
  readonly models: readonly ModelSpec[]
}

/**
 * Groups models by panel and fixed effect, groups and models in first-seen order.
 *
 * @example
 * groupModels(STUDY_MODELS).map((g) => g.key) // ['project.event', 'period.event', …]
 */
export function groupModels(models: readonly ModelSpec[]): ModelGroup[] {
  const groups = new Map<string, ModelSpec[]>()
  for (const model of models) {
    const key = `${model.panel}.${model.fixedEffect}`
    const members = groups.get(key) ?? []
    members.push(model)
    groups.set(key, members)
  }
  return [...groups].map(([key, members]) => ({
    key,
    panel: members[0]!.panel,
    fixedEffect: members[0]!.fixedEffect,
    models: members,
  }))
}
