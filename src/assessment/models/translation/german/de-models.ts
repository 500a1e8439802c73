import { translationModel } from '../translation-model.js'
import { DE_CONVENTIONS_FAMILIES } from './de-conventions-families.js'
import { DE_GRAMMAR_FAMILIES } from './de-grammar-families.js'
import { DE_LEXIS_FAMILIES } from './de-lexis-families.js'
import { DE_REGISTER_FAMILIES } from './de-register-families.js'

/** The variety every English → German key is written in; the job-task analysis states it too. */
const TARGET = 'German (Germany)'

export const deGrammarModel = translationModel({
  id: 'tr-en-de-grammar',
  title: 'English → German: grammar transfer',
  target: TARGET,
  families: DE_GRAMMAR_FAMILIES,
})

export const deLexisModel = translationModel({
  id: 'tr-en-de-lexis',
  title: 'English → German: false friends and collocations',
  target: TARGET,
  families: DE_LEXIS_FAMILIES,
})

export const deRegisterModel = translationModel({
  id: 'tr-en-de-register',
  title: 'English → German: register and idiom',
  target: TARGET,
  families: DE_REGISTER_FAMILIES,
})

export const deConventionsModel = translationModel({
  id: 'tr-en-de-conventions',
  title: 'English → German: writing conventions',
  target: TARGET,
  families: DE_CONVENTIONS_FAMILIES,
})
