export * from './attempts/index.js'
export { adoptRatingRound, type MovedCut } from './bank/adopt-rating-round.js'
export { AUTHORED_BANK_DIR, DEMO_BANK_DIR, readAuthoredBank } from './bank/authored-bank.js'
export { type CatalogEntry, listCatalog } from './bank/catalog-listing.js'
export { DATABASE_ITEM_BANK } from './bank/database-item-bank.js'
export { type ImportReport, importIntoBank } from './bank/import-into-bank.js'
export {
  listAssets,
  listItems,
  listStoredTests,
  operationalPoolCounts,
  type StoredAsset,
  saveItems,
  saveTests,
} from './bank/item-bank-repo.js'
export { retirePublicSourceItems } from './bank/retire-public-items.js'
export { seedCatalog } from './bank/seed-catalog.js'
export { CATALOG, catalogTest } from './catalog/catalog.js'
export { type DomainPool, domainPools, type PoolCounts } from './catalog/domain-pools.js'
export {
  itemFamilies,
  NAMED_SKILL_TEST_IDS,
  sharedFamilyShare,
} from './catalog/item-families.js'
export { D as MODEL_DOMAINS, type ModelDomain } from './catalog/model-domains.js'
export { type Offer, offerTests } from './catalog/offer-rule.js'
export { isOffered, offeredTests } from './catalog/offered.js'
export {
  CATALOG_PAGE_SIZE,
  type CatalogPage,
  type CatalogQuery,
  MAX_CATALOG_PAGE_SIZE,
  searchCatalog,
} from './catalog/search-catalog.js'
export { type Startability, startability } from './catalog/startable.js'
export { CATEGORIES, type Category, isCategory } from './category.js'
export { executeTask } from './engines/execute-task.js'
export { executeTasks } from './engines/execute-tasks.js'
export {
  closeTaskEngines,
  createTaskEngines,
  type TaskEngines,
} from './engines/task-engines.js'
export {
  type GuessingInput,
  type GuessingOutcome,
  guessPassRates,
} from './forms/guessing-harness.js'
export {
  applyRule,
  type SeenItem,
  TEST_WISE_RULES,
  type TestWiseRule,
} from './forms/test-wise-rules.js'
export { type ExportAsset, exportBank } from './interchange/export-bank.js'
export {
  DEFAULT_TEMPLATE_SEED,
  DEFAULT_TEMPLATE_VARIANTS,
  MAX_EXPORTED_VARIANTS,
  MAX_TEMPLATE_VARIANTS,
  type ModelTemplate,
  modelTemplates,
} from './interchange/export-models.js'
export {
  MappingError,
  mappingRuleFor,
  parseImportMapping,
} from './interchange/import-mapping.js'
export { screenOptions } from './interchange/import-screening.js'
export {
  DEFAULT_IMPORT_LIFECYCLE,
  type ImageReference,
  type ImportDefaults,
  type MappingRule,
  type ParsedItem,
  type ParsedUnassigned,
  type ParseOutcome,
  type Refusal,
} from './interchange/import-types.js'
export { parseMarkdownQuiz } from './interchange/markdown-quiz-parser.js'
export { itemToQti } from './interchange/qti-item-writer.js'
export { type QtiFile, readQtiFile } from './interchange/qti-reader.js'
export {
  instantiateQtiTemplate,
  type QtiTemplate,
  QtiTemplateError,
  type TemplateInstance,
} from './interchange/qti-template-reader.js'
export { modelToQtiTemplate } from './interchange/qti-template-writer.js'
export { testToQti } from './interchange/qti-test-writer.js'
export {
  type ImportAsset,
  ImportPathError,
  type ImportPlan,
  readImport,
} from './interchange/read-import.js'
export {
  ITEM_LIFECYCLES,
  type Item,
  type ItemKind,
  type ItemLifecycle,
  type ItemOption,
  type ItemSource,
  optionId,
} from './item.js'
export {
  generateVariants,
  type ItemModel,
  type ItemVariant,
  type VariantOption,
} from './item-model.js'
export { lintBank } from './lint/lint-bank.js'
export { lintOptions } from './lint/lint-options.js'
export {
  KEY_POSITION_TOLERANCE,
  type LintFinding,
  type LintRule,
  MAX_CUE_SHARE,
  MAX_STEM_CHARS,
  MIN_FAMILY_FOR_CUES,
  MIN_ITEMS_FOR_BALANCE,
  MIN_OPTIONS,
  MIN_STEM_CHARS,
  type Severity,
} from './lint/lint-rules.js'
export {
  cuesPointingAt,
  isMalformed,
  looksImpossible,
  onlyNumber,
  readText,
} from './lint/option-cues.js'
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
  MAX_SHARED_FAMILY_SHARE,
  MIN_SCORED_ITEMS,
  MIN_SECONDS_PER_ITEM,
  MIN_WORKLOAD_HOURS,
  OFFERED_POOL_FACTOR,
  RENEWAL_WINDOW_DAYS,
  RETAKE_WAIT_DAYS,
} from './policy-defaults.js'
export * from './psychometrics/index.js'
export {
  type AssignReport,
  advanceItem,
  assignDrafts,
  FAMILY_REVIEWS,
  type FamilyReviewEntry,
  type FamilySource,
  type FamilyVerdict,
  familyFingerprint,
  familyReviewStanding,
  MAX_REVIEW_NOTE,
  MAX_REVIEW_PAGE,
  MIN_RESPONSES_FOR_OPERATIONAL,
  operationalGate,
  type QueuedItem,
  REVIEW_STAGES,
  REVIEW_STEPS,
  REVIEWED_FAMILY_SOURCES,
  type ReviewQueue,
  type ReviewStage,
  type ReviewStanding,
  type ReviewStandingOf,
  type ReviewStep,
  type ReviewStepRequest,
  reviewGate,
  reviewQueue,
  type StoredStandingOptions,
  storedFamilyReviewStanding,
  type TestFamilyReview,
  type UnreviewedFamily,
  unreviewedFamilies,
  unreviewedFamiliesOf,
  WARM_SLICE_MS,
  type WarmOptions,
  warmedFamilyReviewStanding,
} from './review/index.js'
export { createRng, type Rng, seedFromName } from './rng.js'
export * from './standards/index.js'
export type { AssessmentTables } from './tables.js'
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
