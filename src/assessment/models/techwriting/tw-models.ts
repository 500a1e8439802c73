import { scenarioModel } from '../scenario/scenario-model.js'
import { ACCESS_FAMILIES } from './access-families.js'
import { API_FAMILIES } from './api-families.js'
import { DOCS_FAMILIES } from './docs-families.js'
import { DRAFT_FAMILIES } from './draft-families.js'
import { FORMULA_FAMILIES } from './formula-families.js'
import { HEADING_FAMILIES } from './heading-families.js'
import { STE_FAMILIES, TERM_FAMILIES } from './plain-families.js'
import { PLAINWORD_FAMILIES } from './plainword-families.js'
import { READABILITY_FAMILIES } from './readability-families.js'
import { CHANGELOG_FAMILIES, RELEASE_FAMILIES } from './release-families.js'
import { SAFETY_FAMILIES } from './safety-families.js'
import { STEP_FAMILIES } from './step-families.js'
import { TOPIC_FAMILIES } from './topic-families.js'
import type { TwFamily } from './tw-text.js'
import { UI_FAMILIES } from './ui-families.js'

/** Each blueprint domain's families, for the model and for the key test. */
export const TW_PROCEDURE_FAMILIES: readonly TwFamily[] = [...STEP_FAMILIES, ...DRAFT_FAMILIES]
export const TW_TOPIC_FAMILIES: readonly TwFamily[] = [...TOPIC_FAMILIES, ...HEADING_FAMILIES]
export const TW_PLAIN_FAMILIES: readonly TwFamily[] = [
  ...STE_FAMILIES,
  ...TERM_FAMILIES,
  ...PLAINWORD_FAMILIES,
  ...READABILITY_FAMILIES,
  ...FORMULA_FAMILIES,
]
export const TW_INTERFACE_FAMILIES: readonly TwFamily[] = [
  ...UI_FAMILIES,
  ...SAFETY_FAMILIES,
  ...ACCESS_FAMILIES,
]
export const TW_REFERENCE_FAMILIES: readonly TwFamily[] = [
  ...API_FAMILIES,
  ...RELEASE_FAMILIES,
  ...CHANGELOG_FAMILIES,
  ...DOCS_FAMILIES,
]

export const twProceduresModel = scenarioModel({
  id: 'tw-procedures',
  title: 'Technical writing: procedures and steps',
  families: TW_PROCEDURE_FAMILIES,
  aimKeyPlaces: true,
})

export const twTopicsModel = scenarioModel({
  id: 'tw-topics',
  title: 'Technical writing: topic types, minimalism, headings and lists',
  families: TW_TOPIC_FAMILIES,
  aimKeyPlaces: true,
})

export const twPlainModel = scenarioModel({
  id: 'tw-plain-language',
  title: 'Technical writing: controlled vocabulary, plain language and readability',
  families: TW_PLAIN_FAMILIES,
  aimKeyPlaces: true,
})

export const twInterfaceModel = scenarioModel({
  id: 'tw-interface-safety',
  title: 'Technical writing: UI text, safety messages and accessible docs',
  families: TW_INTERFACE_FAMILIES,
  aimKeyPlaces: true,
})

export const twReferenceModel = scenarioModel({
  id: 'tw-reference',
  title: 'Technical writing: API reference, release notes and docs as code',
  families: TW_REFERENCE_FAMILIES,
  aimKeyPlaces: true,
})

/** The technical writing test's item models, one per blueprint domain. */
export const TECHNICAL_WRITING_MODELS = [
  twProceduresModel,
  twTopicsModel,
  twPlainModel,
  twInterfaceModel,
  twReferenceModel,
] as const
