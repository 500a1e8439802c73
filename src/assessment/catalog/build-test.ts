import {
  DEFAULT_SCORED_ITEMS,
  DEFAULT_VALIDITY_MONTHS,
  MIN_SCORED_ITEMS,
} from '../policy-defaults.js'
import { abilityCutRule } from '../standards/ability-cut.js'
import { cutScoreRecord, roundsInPrecedence } from '../standards/cut-score-record.js'
import { STANDARD_ROUNDS } from '../standards/standard-rounds.js'
import {
  DEFAULT_FORM,
  DEFAULT_PASS_RULE,
  DEFAULT_RETAKE_POLICY,
  formTimeLimitSeconds,
} from '../test-defaults.js'
import type { BlueprintDomain, TestDefinition } from '../test-definition.js'
import type { AuthoredDomain, CatalogRow } from './catalog-row.js'
import { D, type ModelDomain } from './model-domains.js'

/** The first catalog version; a test's version rises when its blueprint or pass rule changes. */
export const FIRST_TEST_VERSION = 1

/** Most outcomes a test lists (the spec asks for 2–5). */
export const MAX_LEARNING_OUTCOMES = 5

type Resolved = {
  readonly domain: ModelDomain | AuthoredDomain
  readonly models: readonly string[]
}

function resolve(ref: CatalogRow['domains'][number][0]): Resolved {
  if (typeof ref === 'string') return { domain: D[ref], models: D[ref].itemModelIds }
  return { domain: ref, models: [] }
}

/** Turns a reviewed catalog row into a full test definition with the platform defaults. */
export function buildTest(row: CatalogRow, escoUri?: string): TestDefinition {
  const resolved = row.domains.map(([ref, percent]) => ({ ...resolve(ref), percent }))
  const blueprint: BlueprintDomain[] = resolved.map(({ domain, models, percent }) => ({
    id: domain.id,
    title: domain.title,
    weight: percent / 100,
    itemModelIds: models,
  }))
  const generated = resolved.filter((r) => r.models.length > 0).length
  const titles = blueprint.map((d) => d.title.toLowerCase())
  const list =
    titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0]
  // Named-skill tests are written families of the work (grammar, translation, bookkeeping…),
  // not code whose run gives the key, so their description must not claim computed answers.
  const how = row.jobTaskAnalysis
    ? 'Every candidate gets a fresh form drawn from item families written for the work this test names, their wording varied per candidate; each wrong option makes one named mistake.'
    : generated === resolved.length
      ? 'Every candidate gets freshly generated items whose answers were computed by running the code, query or calculation asked about.'
      : generated > 0
        ? 'Part of each form is generated per candidate with computed answers; the rest comes from a reviewed item bank.'
        : 'Items come from a reviewed bank; forms are assembled per candidate from the blueprint.'
  const uri = escoUri ?? row.escoUri
  const form = row.scoredItems ? { ...DEFAULT_FORM, scoredItems: row.scoredItems } : DEFAULT_FORM
  if (
    !Number.isInteger(form.scoredItems) ||
    form.scoredItems < MIN_SCORED_ITEMS ||
    form.scoredItems > DEFAULT_SCORED_ITEMS
  )
    throw new Error(
      `catalog row ${row.id}: a form holds ${MIN_SCORED_ITEMS}–${DEFAULT_SCORED_ITEMS} scored items, not ${form.scoredItems}`,
    )
  const test: TestDefinition = {
    id: row.id,
    title: row.title,
    skill: { label: row.skillLabel ?? row.title, ...(uri ? { escoUri: uri } : {}) },
    category: row.category,
    description: `${row.title}: ${form.scoredItems} scored multiple-choice items on: ${list}. ${how}`,
    learningOutcomes: resolved.slice(0, MAX_LEARNING_OUTCOMES).map((r) => r.domain.outcome),
    workloadHours: row.workloadHours,
    eqfLevel: row.eqfLevel,
    blueprint,
    ...(row.jobTaskAnalysis ? { jobTaskAnalysis: row.jobTaskAnalysis } : {}),
    form,
    timeLimitSeconds: formTimeLimitSeconds(form),
    passRule: DEFAULT_PASS_RULE,
    retakePolicy: DEFAULT_RETAKE_POLICY,
    validityMonths: DEFAULT_VALIDITY_MONTHS,
    version: FIRST_TEST_VERSION,
  }
  // The cut comes from the test's modified-Angoff record (its blueprint's domain ratings), not a
  // fixed percentage: see the standards folder.
  const record = cutScoreRecord(test, roundsInPrecedence(test.id, STANDARD_ROUNDS))
  return { ...test, passRule: abilityCutRule(record), standardSetting: record.statement }
}
