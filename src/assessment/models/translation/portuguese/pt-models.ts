import { translationModel } from '../translation-model.js'
import { PT_CONVENTIONS_FAMILIES } from './pt-conventions-families.js'
import { PT_GRAMMAR_FAMILIES } from './pt-grammar-families.js'
import { PT_LEXIS_FAMILIES } from './pt-lexis-families.js'
import { PT_REGISTER_FAMILIES } from './pt-register-families.js'

/** The variety every English → Portuguese key is written in; the job-task analysis states it too. */
const TARGET = 'Portuguese (Brazil)'

export const ptGrammarModel = translationModel({
  id: 'tr-en-pt-grammar',
  title: 'English → Portuguese: grammar transfer',
  target: TARGET,
  families: PT_GRAMMAR_FAMILIES,
})

export const ptLexisModel = translationModel({
  id: 'tr-en-pt-lexis',
  title: 'English → Portuguese: false friends and collocations',
  target: TARGET,
  families: PT_LEXIS_FAMILIES,
})

export const ptRegisterModel = translationModel({
  id: 'tr-en-pt-register',
  title: 'English → Portuguese: register and idiom',
  target: TARGET,
  families: PT_REGISTER_FAMILIES,
})

export const ptConventionsModel = translationModel({
  id: 'tr-en-pt-conventions',
  title: 'English → Portuguese: writing conventions',
  target: TARGET,
  families: PT_CONVENTIONS_FAMILIES,
  aimKeyPlaces: true,
})
