import { translationModel } from '../translation-model.js'
import { RU_CONVENTIONS_FAMILIES } from './ru-conventions-families.js'
import { RU_GRAMMAR_FAMILIES } from './ru-grammar-families.js'
import { RU_LEXIS_FAMILIES } from './ru-lexis-families.js'
import { RU_REGISTER_FAMILIES } from './ru-register-families.js'

/** The variety every English → Russian key is written in; the job-task analysis states it too. */
const TARGET = 'Russian (Russia)'

export const ruGrammarModel = translationModel({
  id: 'tr-en-ru-grammar',
  title: 'English → Russian: grammar transfer',
  target: TARGET,
  families: RU_GRAMMAR_FAMILIES,
})

export const ruLexisModel = translationModel({
  id: 'tr-en-ru-lexis',
  title: 'English → Russian: false friends and collocations',
  target: TARGET,
  families: RU_LEXIS_FAMILIES,
})

export const ruRegisterModel = translationModel({
  id: 'tr-en-ru-register',
  title: 'English → Russian: register and idiom',
  target: TARGET,
  families: RU_REGISTER_FAMILIES,
})

export const ruConventionsModel = translationModel({
  id: 'tr-en-ru-conventions',
  title: 'English → Russian: writing conventions',
  target: TARGET,
  families: RU_CONVENTIONS_FAMILIES,
})
