export * from './attempts/index.js'
export { CATEGORIES, type Category, isCategory } from './category.js'
export { executeTask } from './engines/execute-task.js'
export { executeTasks } from './engines/execute-tasks.js'
export {
  ITEM_LIFECYCLES,
  type Item,
  type ItemKind,
  type ItemLifecycle,
  type ItemOption,
  type ItemSource,
  optionId,
} from './item.js'
export type { ItemModel, ItemVariant, VariantOption } from './item-model.js'
export { ITEM_MODELS, itemModel } from './models/registry.js'
export {
  ATTEMPT_WINDOW_DAYS,
  DEFAULT_CUT_PERCENT,
  DEFAULT_SCORED_ITEMS,
  DEFAULT_SECONDS_PER_ITEM,
  DEFAULT_VALIDITY_MONTHS,
  MAX_ATTEMPTS_PER_WINDOW,
  MAX_PRETEST_ITEMS,
  MAX_SECONDS_PER_ITEM,
  MIN_SECONDS_PER_ITEM,
  MIN_WORKLOAD_HOURS,
  OFFERED_POOL_FACTOR,
  RENEWAL_WINDOW_DAYS,
  RETAKE_WAIT_DAYS,
} from './policy-defaults.js'
export * from './psychometrics/index.js'
export { createRng, type Rng } from './rng.js'
export type { NumberFormat, Task, TaskKind } from './task.js'
export {
  DEFAULT_FORM,
  DEFAULT_PASS_RULE,
  DEFAULT_RETAKE_POLICY,
  formTimeLimitSeconds,
  itemsDrawnFromDomain,
} from './test-defaults.js'
export type {
  BlueprintDomain,
  EqfLevel,
  FormSpec,
  PassRule,
  RetakePolicy,
  Skill,
  TestDefinition,
} from './test-definition.js'
