import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { AGREEMENT_FAMILIES } from './agreement-families.js'
import { NUMBER_FAMILIES } from './number-families.js'
import { ORTHOGRAPHY_FAMILIES } from './orthography-families.js'
import { PRONOUN_FAMILIES } from './pronoun-families.js'
import { VERB_FAMILIES } from './verb-families.js'

/** Each domain's families, for the models and the key test. */
export const FRENCH_VERB_FAMILIES: readonly ScenarioFamily[] = VERB_FAMILIES
export const FRENCH_AGREEMENT_FAMILIES: readonly ScenarioFamily[] = AGREEMENT_FAMILIES
export const FRENCH_PRONOUN_FAMILIES: readonly ScenarioFamily[] = PRONOUN_FAMILIES
export const FRENCH_ORTHOGRAPHY_FAMILIES: readonly ScenarioFamily[] = ORTHOGRAPHY_FAMILIES
export const FRENCH_NUMBER_FAMILIES: readonly ScenarioFamily[] = NUMBER_FAMILIES

export const frenchVerbsModel = scenarioModel({
  id: 'french-verbs',
  title: 'French: verb tense, mood and auxiliary in client writing',
  families: FRENCH_VERB_FAMILIES,
  aimKeyPlaces: true,
})
export const frenchAgreementModel = scenarioModel({
  id: 'french-agreement',
  title: 'French: agreement of participles, adjectives and determiners',
  families: FRENCH_AGREEMENT_FAMILIES,
  aimKeyPlaces: true,
})
export const frenchPronounsModel = scenarioModel({
  id: 'french-pronouns-determiners',
  title: 'French: pronouns, determiners and register',
  families: FRENCH_PRONOUN_FAMILIES,
  aimKeyPlaces: true,
})
export const frenchOrthographyModel = scenarioModel({
  id: 'french-orthography-typography',
  title: 'French: spelling, elision and typography',
  families: FRENCH_ORTHOGRAPHY_FAMILIES,
  aimKeyPlaces: true,
})
export const frenchNumbersModel = scenarioModel({
  id: 'french-numbers-dates',
  title: 'French: numbers, dates and units',
  families: FRENCH_NUMBER_FAMILIES,
  aimKeyPlaces: true,
})

/** The French language test's item models, one per blueprint domain. */
export const FRENCH_MODELS = [
  frenchVerbsModel,
  frenchAgreementModel,
  frenchPronounsModel,
  frenchOrthographyModel,
  frenchNumbersModel,
] as const
