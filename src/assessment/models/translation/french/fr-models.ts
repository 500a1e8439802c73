import { translationModel } from '../translation-model.js'
import { FR_CONVENTIONS_FAMILIES } from './fr-conventions-families.js'
import { FR_GRAMMAR_FAMILIES } from './fr-grammar-families.js'
import { FR_LEXIS_FAMILIES } from './fr-lexis-families.js'
import { FR_REGISTER_FAMILIES } from './fr-register-families.js'

/** The variety every English → French key is written in; the job-task analysis states it too. */
const TARGET = 'French (France)'

export const frGrammarModel = translationModel({
  id: 'tr-en-fr-grammar',
  title: 'English → French: grammar transfer',
  target: TARGET,
  families: FR_GRAMMAR_FAMILIES,
})

export const frLexisModel = translationModel({
  id: 'tr-en-fr-lexis',
  title: 'English → French: false friends and collocations',
  target: TARGET,
  families: FR_LEXIS_FAMILIES,
})

export const frRegisterModel = translationModel({
  id: 'tr-en-fr-register',
  title: 'English → French: register and idiom',
  target: TARGET,
  families: FR_REGISTER_FAMILIES,
})

export const frConventionsModel = translationModel({
  id: 'tr-en-fr-conventions',
  title: 'English → French: writing conventions',
  target: TARGET,
  families: FR_CONVENTIONS_FAMILIES,
})
