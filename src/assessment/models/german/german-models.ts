import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CASE_FAMILIES } from './case-families.js'
import { ORDER_FAMILIES } from './order-families.js'
import { PREPOSITION_FAMILIES } from './preposition-families.js'
import { SPELLING_FAMILIES } from './spelling-families.js'
import { VERB_FAMILIES } from './verb-families.js'

/** Each domain's families, for the models and the key test. */
export const GERMAN_CASE_FAMILIES: readonly ScenarioFamily[] = CASE_FAMILIES
export const GERMAN_VERB_FAMILIES: readonly ScenarioFamily[] = VERB_FAMILIES
export const GERMAN_ORDER_FAMILIES: readonly ScenarioFamily[] = ORDER_FAMILIES
export const GERMAN_PREPOSITION_FAMILIES: readonly ScenarioFamily[] = PREPOSITION_FAMILIES
export const GERMAN_SPELLING_FAMILIES: readonly ScenarioFamily[] = SPELLING_FAMILIES

export const germanCaseModel = scenarioModel({
  id: 'ger-articles-adjective-endings',
  title: 'German: articles, adjective endings and noun declension',
  families: GERMAN_CASE_FAMILIES,
  aimKeyPlaces: true,
})
export const germanVerbModel = scenarioModel({
  id: 'ger-verb-forms',
  title: 'German: present, Perfekt, Präteritum and Konjunktiv II forms',
  families: GERMAN_VERB_FAMILIES,
  aimKeyPlaces: true,
})
export const germanOrderModel = scenarioModel({
  id: 'ger-word-order',
  title: 'German: word order in main and subordinate clauses',
  families: GERMAN_ORDER_FAMILIES,
  aimKeyPlaces: true,
})
export const germanPrepositionModel = scenarioModel({
  id: 'ger-prepositions-pronouns',
  title: 'German: prepositions with their case, and pronouns',
  families: GERMAN_PREPOSITION_FAMILIES,
  aimKeyPlaces: true,
})
export const germanSpellingModel = scenarioModel({
  id: 'ger-numbers-dates-spelling',
  title: 'German: numbers, dates, ß and capitals',
  families: GERMAN_SPELLING_FAMILIES,
  aimKeyPlaces: true,
})

/** The German language test's item models, one per blueprint domain. */
export const GERMAN_MODELS = [
  germanCaseModel,
  germanVerbModel,
  germanOrderModel,
  germanPrepositionModel,
  germanSpellingModel,
] as const
