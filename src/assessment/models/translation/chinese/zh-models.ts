import { translationModel } from '../translation-model.js'
import { ZH_CONVENTIONS_FAMILIES } from './zh-conventions-families.js'
import { ZH_GRAMMAR_FAMILIES } from './zh-grammar-families.js'
import { ZH_LEXIS_FAMILIES } from './zh-lexis-families.js'
import { ZH_REGISTER_FAMILIES } from './zh-register-families.js'

/** The variety every English → Chinese key is written in; the job-task analysis states it too. */
const TARGET = 'Simplified Chinese (mainland China)'

export const zhGrammarModel = translationModel({
  id: 'tr-en-zh-grammar',
  title: 'English → Chinese: grammar transfer',
  target: TARGET,
  families: ZH_GRAMMAR_FAMILIES,
})

export const zhLexisModel = translationModel({
  id: 'tr-en-zh-lexis',
  title: 'English → Chinese: false friends and collocations',
  target: TARGET,
  families: ZH_LEXIS_FAMILIES,
})

export const zhRegisterModel = translationModel({
  id: 'tr-en-zh-register',
  title: 'English → Chinese: register and idiom',
  target: TARGET,
  families: ZH_REGISTER_FAMILIES,
})

export const zhConventionsModel = translationModel({
  id: 'tr-en-zh-conventions',
  title: 'English → Chinese: writing conventions',
  target: TARGET,
  families: ZH_CONVENTIONS_FAMILIES,
})
