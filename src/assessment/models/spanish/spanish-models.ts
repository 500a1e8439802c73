import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { AGREEMENT_FAMILIES } from './agreement-families.js'
import { NUMBER_FAMILIES } from './number-families.js'
import { ORTHOGRAPHY_FAMILIES } from './orthography-families.js'
import { PRONOUN_FAMILIES } from './pronoun-families.js'
import { VERB_FAMILIES, VERB_USE_FAMILIES } from './verb-families.js'

/** Each domain's families, for the models and the key test. */
export const SPANISH_VERB_FAMILIES: readonly ScenarioFamily[] = [
  ...VERB_FAMILIES,
  ...VERB_USE_FAMILIES,
]
export const SPANISH_AGREEMENT_FAMILIES: readonly ScenarioFamily[] = AGREEMENT_FAMILIES
export const SPANISH_ORTHOGRAPHY_FAMILIES: readonly ScenarioFamily[] = ORTHOGRAPHY_FAMILIES
export const SPANISH_PRONOUN_FAMILIES: readonly ScenarioFamily[] = PRONOUN_FAMILIES
export const SPANISH_NUMBER_FAMILIES: readonly ScenarioFamily[] = NUMBER_FAMILIES

export const spanishVerbsModel = scenarioModel({
  id: 'spanish-verbs',
  title: 'Spanish: verb tense, mood and forms in client writing',
  families: SPANISH_VERB_FAMILIES,
  aimKeyPlaces: true,
})
export const spanishAgreementModel = scenarioModel({
  id: 'spanish-agreement',
  title: 'Spanish: gender and number agreement',
  families: SPANISH_AGREEMENT_FAMILIES,
  aimKeyPlaces: true,
})
export const spanishOrthographyModel = scenarioModel({
  id: 'spanish-orthography',
  title: 'Spanish: accents, capitals and spelling by the RAE rules',
  families: SPANISH_ORTHOGRAPHY_FAMILIES,
  aimKeyPlaces: true,
})
export const spanishPronounsModel = scenarioModel({
  id: 'spanish-pronouns-register',
  title: 'Spanish: pronouns and the register of address',
  families: SPANISH_PRONOUN_FAMILIES,
  aimKeyPlaces: true,
})
export const spanishNumbersModel = scenarioModel({
  id: 'spanish-numbers-punctuation',
  title: 'Spanish: numbers, dates and punctuation conventions',
  families: SPANISH_NUMBER_FAMILIES,
  aimKeyPlaces: true,
})

/** The Spanish language test's item models, one per blueprint domain. */
export const SPANISH_MODELS = [
  spanishVerbsModel,
  spanishAgreementModel,
  spanishOrthographyModel,
  spanishPronounsModel,
  spanishNumbersModel,
] as const
