import { translationModel } from '../translation-model.js'
import { NL_CONVENTIONS_FAMILIES } from './nl-conventions-families.js'
import { NL_GRAMMAR_FAMILIES } from './nl-grammar-families.js'
import { NL_LEXIS_FAMILIES } from './nl-lexis-families.js'
import { NL_REGISTER_FAMILIES } from './nl-register-families.js'

/** The variety every English → Dutch key is written in; the job-task analysis states it too. */
const TARGET = 'Dutch (Netherlands)'

export const nlGrammarModel = translationModel({
  id: 'tr-en-nl-grammar',
  title: 'English → Dutch: grammar transfer',
  target: TARGET,
  families: NL_GRAMMAR_FAMILIES,
})

export const nlLexisModel = translationModel({
  id: 'tr-en-nl-lexis',
  title: 'English → Dutch: false friends and collocations',
  target: TARGET,
  families: NL_LEXIS_FAMILIES,
})

export const nlRegisterModel = translationModel({
  id: 'tr-en-nl-register',
  title: 'English → Dutch: register and idiom',
  target: TARGET,
  families: NL_REGISTER_FAMILIES,
})

export const nlConventionsModel = translationModel({
  id: 'tr-en-nl-conventions',
  title: 'English → Dutch: writing conventions',
  target: TARGET,
  families: NL_CONVENTIONS_FAMILIES,
})
