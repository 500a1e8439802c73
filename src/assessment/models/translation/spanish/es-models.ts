import { translationModel } from '../translation-model.js'
import { ES_CONVENTIONS_FAMILIES } from './es-conventions-families.js'
import { ES_GRAMMAR_FAMILIES } from './es-grammar-families.js'
import { ES_LEXIS_FAMILIES } from './es-lexis-families.js'
import { ES_REGISTER_FAMILIES } from './es-register-families.js'

/** The variety every English → Spanish key is written in; the job-task analysis states it too. */
const TARGET = 'Spanish (Spain)'

export const esGrammarModel = translationModel({
  id: 'tr-en-es-grammar',
  title: 'English → Spanish: grammar transfer',
  target: TARGET,
  families: ES_GRAMMAR_FAMILIES,
})

export const esLexisModel = translationModel({
  id: 'tr-en-es-lexis',
  title: 'English → Spanish: false friends and collocations',
  target: TARGET,
  families: ES_LEXIS_FAMILIES,
})

export const esRegisterModel = translationModel({
  id: 'tr-en-es-register',
  title: 'English → Spanish: register and idiom',
  target: TARGET,
  families: ES_REGISTER_FAMILIES,
})

export const esConventionsModel = translationModel({
  id: 'tr-en-es-conventions',
  title: 'English → Spanish: writing conventions',
  target: TARGET,
  families: ES_CONVENTIONS_FAMILIES,
})
