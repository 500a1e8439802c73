import { translationModel } from '../translation-model.js'
import { IT_CONVENTIONS_FAMILIES } from './it-conventions-families.js'
import { IT_GRAMMAR_FAMILIES } from './it-grammar-families.js'
import { IT_LEXIS_FAMILIES } from './it-lexis-families.js'
import { IT_REGISTER_FAMILIES } from './it-register-families.js'

/** The variety every English → Italian key is written in; the job-task analysis states it too. */
const TARGET = 'Italian (Italy)'

export const itGrammarModel = translationModel({
  id: 'tr-en-it-grammar',
  title: 'English → Italian: grammar transfer',
  target: TARGET,
  families: IT_GRAMMAR_FAMILIES,
})

export const itLexisModel = translationModel({
  id: 'tr-en-it-lexis',
  title: 'English → Italian: false friends and collocations',
  target: TARGET,
  families: IT_LEXIS_FAMILIES,
})

export const itRegisterModel = translationModel({
  id: 'tr-en-it-register',
  title: 'English → Italian: register and idiom',
  target: TARGET,
  families: IT_REGISTER_FAMILIES,
})

export const itConventionsModel = translationModel({
  id: 'tr-en-it-conventions',
  title: 'English → Italian: writing conventions',
  target: TARGET,
  families: IT_CONVENTIONS_FAMILIES,
})
