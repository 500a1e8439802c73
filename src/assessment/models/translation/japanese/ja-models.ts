import { translationModel } from '../translation-model.js'
import { JA_CONVENTIONS_FAMILIES } from './ja-conventions-families.js'
import { JA_GRAMMAR_FAMILIES } from './ja-grammar-families.js'
import { JA_LEXIS_FAMILIES } from './ja-lexis-families.js'
import { JA_REGISTER_FAMILIES } from './ja-register-families.js'

/** The variety every English → Japanese key is written in; the job-task analysis states it too. */
const TARGET = 'Japanese (Japan)'

export const jaGrammarModel = translationModel({
  id: 'tr-en-ja-grammar',
  title: 'English → Japanese: grammar transfer',
  target: TARGET,
  families: JA_GRAMMAR_FAMILIES,
})

export const jaLexisModel = translationModel({
  id: 'tr-en-ja-lexis',
  title: 'English → Japanese: false friends and collocations',
  target: TARGET,
  families: JA_LEXIS_FAMILIES,
})

export const jaRegisterModel = translationModel({
  id: 'tr-en-ja-register',
  title: 'English → Japanese: register and idiom',
  target: TARGET,
  families: JA_REGISTER_FAMILIES,
})

export const jaConventionsModel = translationModel({
  id: 'tr-en-ja-conventions',
  title: 'English → Japanese: writing conventions',
  target: TARGET,
  families: JA_CONVENTIONS_FAMILIES,
})
