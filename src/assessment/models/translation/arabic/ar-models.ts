import { translationModel } from '../translation-model.js'
import { AR_CONVENTIONS_FAMILIES } from './ar-conventions-families.js'
import { AR_GRAMMAR_FAMILIES } from './ar-grammar-families.js'
import { AR_LEXIS_FAMILIES } from './ar-lexis-families.js'
import { AR_REGISTER_FAMILIES } from './ar-register-families.js'

/** The variety every English → Arabic key is written in; the job-task analysis states it too. */
const TARGET = 'Modern Standard Arabic (business and web)'

export const arGrammarModel = translationModel({
  id: 'tr-en-ar-grammar',
  title: 'English → Arabic: grammar transfer',
  target: TARGET,
  families: AR_GRAMMAR_FAMILIES,
})

export const arLexisModel = translationModel({
  id: 'tr-en-ar-lexis',
  title: 'English → Arabic: false friends, calques and terminology',
  target: TARGET,
  families: AR_LEXIS_FAMILIES,
})

export const arRegisterModel = translationModel({
  id: 'tr-en-ar-register',
  title: 'English → Arabic: register and idiom',
  target: TARGET,
  families: AR_REGISTER_FAMILIES,
})

export const arConventionsModel = translationModel({
  id: 'tr-en-ar-conventions',
  title: 'English → Arabic: writing conventions',
  target: TARGET,
  families: AR_CONVENTIONS_FAMILIES,
})
