import { translationModel } from '../translation-model.js'
import { PL_CONVENTIONS_FAMILIES } from './pl-conventions-families.js'
import { PL_GRAMMAR_FAMILIES } from './pl-grammar-families.js'
import { PL_LEXIS_FAMILIES } from './pl-lexis-families.js'
import { PL_REGISTER_FAMILIES } from './pl-register-families.js'

/** The variety every English → Polish key is written in; the job-task analysis states it too. */
const TARGET = 'Polish (Poland)'

export const plGrammarModel = translationModel({
  id: 'tr-en-pl-grammar',
  title: 'English → Polish: grammar transfer',
  target: TARGET,
  families: PL_GRAMMAR_FAMILIES,
})

export const plLexisModel = translationModel({
  id: 'tr-en-pl-lexis',
  title: 'English → Polish: false friends and collocations',
  target: TARGET,
  families: PL_LEXIS_FAMILIES,
})

export const plRegisterModel = translationModel({
  id: 'tr-en-pl-register',
  title: 'English → Polish: register and idiom',
  target: TARGET,
  families: PL_REGISTER_FAMILIES,
})

export const plConventionsModel = translationModel({
  id: 'tr-en-pl-conventions',
  title: 'English → Polish: writing conventions',
  target: TARGET,
  families: PL_CONVENTIONS_FAMILIES,
})
