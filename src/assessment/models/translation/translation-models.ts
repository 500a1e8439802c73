import type { ItemModel } from '../../item-model.js'
import { AR_CONVENTIONS_FAMILIES } from './arabic/ar-conventions-families.js'
import { AR_GRAMMAR_FAMILIES } from './arabic/ar-grammar-families.js'
import { AR_LEXIS_FAMILIES } from './arabic/ar-lexis-families.js'
import {
  arConventionsModel,
  arGrammarModel,
  arLexisModel,
  arRegisterModel,
} from './arabic/ar-models.js'
import { AR_REGISTER_FAMILIES } from './arabic/ar-register-families.js'
import { ZH_CONVENTIONS_FAMILIES } from './chinese/zh-conventions-families.js'
import { ZH_GRAMMAR_FAMILIES } from './chinese/zh-grammar-families.js'
import { ZH_LEXIS_FAMILIES } from './chinese/zh-lexis-families.js'
import {
  zhConventionsModel,
  zhGrammarModel,
  zhLexisModel,
  zhRegisterModel,
} from './chinese/zh-models.js'
import { ZH_REGISTER_FAMILIES } from './chinese/zh-register-families.js'
import { NL_CONVENTIONS_FAMILIES } from './dutch/nl-conventions-families.js'
import { NL_GRAMMAR_FAMILIES } from './dutch/nl-grammar-families.js'
import { NL_LEXIS_FAMILIES } from './dutch/nl-lexis-families.js'
import {
  nlConventionsModel,
  nlGrammarModel,
  nlLexisModel,
  nlRegisterModel,
} from './dutch/nl-models.js'
import { NL_REGISTER_FAMILIES } from './dutch/nl-register-families.js'
import { FR_CONVENTIONS_FAMILIES } from './french/fr-conventions-families.js'
import { FR_GRAMMAR_FAMILIES } from './french/fr-grammar-families.js'
import { FR_LEXIS_FAMILIES } from './french/fr-lexis-families.js'
import {
  frConventionsModel,
  frGrammarModel,
  frLexisModel,
  frRegisterModel,
} from './french/fr-models.js'
import { FR_REGISTER_FAMILIES } from './french/fr-register-families.js'
import { DE_CONVENTIONS_FAMILIES } from './german/de-conventions-families.js'
import { DE_GRAMMAR_FAMILIES } from './german/de-grammar-families.js'
import { DE_LEXIS_FAMILIES } from './german/de-lexis-families.js'
import {
  deConventionsModel,
  deGrammarModel,
  deLexisModel,
  deRegisterModel,
} from './german/de-models.js'
import { DE_REGISTER_FAMILIES } from './german/de-register-families.js'
import { IT_CONVENTIONS_FAMILIES } from './italian/it-conventions-families.js'
import { IT_GRAMMAR_FAMILIES } from './italian/it-grammar-families.js'
import { IT_LEXIS_FAMILIES } from './italian/it-lexis-families.js'
import {
  itConventionsModel,
  itGrammarModel,
  itLexisModel,
  itRegisterModel,
} from './italian/it-models.js'
import { IT_REGISTER_FAMILIES } from './italian/it-register-families.js'
import { JA_CONVENTIONS_FAMILIES } from './japanese/ja-conventions-families.js'
import { JA_GRAMMAR_FAMILIES } from './japanese/ja-grammar-families.js'
import { JA_LEXIS_FAMILIES } from './japanese/ja-lexis-families.js'
import {
  jaConventionsModel,
  jaGrammarModel,
  jaLexisModel,
  jaRegisterModel,
} from './japanese/ja-models.js'
import { JA_REGISTER_FAMILIES } from './japanese/ja-register-families.js'
import { PL_CONVENTIONS_FAMILIES } from './polish/pl-conventions-families.js'
import { PL_GRAMMAR_FAMILIES } from './polish/pl-grammar-families.js'
import { PL_LEXIS_FAMILIES } from './polish/pl-lexis-families.js'
import {
  plConventionsModel,
  plGrammarModel,
  plLexisModel,
  plRegisterModel,
} from './polish/pl-models.js'
import { PL_REGISTER_FAMILIES } from './polish/pl-register-families.js'
import { PT_CONVENTIONS_FAMILIES } from './portuguese/pt-conventions-families.js'
import { PT_GRAMMAR_FAMILIES } from './portuguese/pt-grammar-families.js'
import { PT_LEXIS_FAMILIES } from './portuguese/pt-lexis-families.js'
import {
  ptConventionsModel,
  ptGrammarModel,
  ptLexisModel,
  ptRegisterModel,
} from './portuguese/pt-models.js'
import { PT_REGISTER_FAMILIES } from './portuguese/pt-register-families.js'
import { RU_CONVENTIONS_FAMILIES } from './russian/ru-conventions-families.js'
import { RU_GRAMMAR_FAMILIES } from './russian/ru-grammar-families.js'
import { RU_LEXIS_FAMILIES } from './russian/ru-lexis-families.js'
import {
  ruConventionsModel,
  ruGrammarModel,
  ruLexisModel,
  ruRegisterModel,
} from './russian/ru-models.js'
import { RU_REGISTER_FAMILIES } from './russian/ru-register-families.js'
import { ES_CONVENTIONS_FAMILIES } from './spanish/es-conventions-families.js'
import { ES_GRAMMAR_FAMILIES } from './spanish/es-grammar-families.js'
import { ES_LEXIS_FAMILIES } from './spanish/es-lexis-families.js'
import {
  esConventionsModel,
  esGrammarModel,
  esLexisModel,
  esRegisterModel,
} from './spanish/es-models.js'
import { ES_REGISTER_FAMILIES } from './spanish/es-register-families.js'
import type { TranslationFamily } from './translation-model.js'

/** The language-pair translation models, one per blueprint domain of each pair. */
export const TRANSLATION_MODELS: readonly ItemModel[] = [
  esGrammarModel,
  esLexisModel,
  esRegisterModel,
  esConventionsModel,
  deGrammarModel,
  deLexisModel,
  deRegisterModel,
  deConventionsModel,
  frGrammarModel,
  frLexisModel,
  frRegisterModel,
  frConventionsModel,
  itGrammarModel,
  itLexisModel,
  itRegisterModel,
  itConventionsModel,
  ptGrammarModel,
  ptLexisModel,
  ptRegisterModel,
  ptConventionsModel,
  nlGrammarModel,
  nlLexisModel,
  nlRegisterModel,
  nlConventionsModel,
  plGrammarModel,
  plLexisModel,
  plRegisterModel,
  plConventionsModel,
  ruGrammarModel,
  ruLexisModel,
  ruRegisterModel,
  ruConventionsModel,
  jaGrammarModel,
  jaLexisModel,
  jaRegisterModel,
  jaConventionsModel,
  zhGrammarModel,
  zhLexisModel,
  zhRegisterModel,
  zhConventionsModel,
  arGrammarModel,
  arLexisModel,
  arRegisterModel,
  arConventionsModel,
]

/** Every family of each language pair, for the checks that read frames directly. */
export const TRANSLATION_FAMILIES: Readonly<Record<string, readonly TranslationFamily[]>> = {
  'en-es': [
    ...ES_GRAMMAR_FAMILIES,
    ...ES_LEXIS_FAMILIES,
    ...ES_REGISTER_FAMILIES,
    ...ES_CONVENTIONS_FAMILIES,
  ],
  'en-de': [
    ...DE_GRAMMAR_FAMILIES,
    ...DE_LEXIS_FAMILIES,
    ...DE_REGISTER_FAMILIES,
    ...DE_CONVENTIONS_FAMILIES,
  ],
  'en-fr': [
    ...FR_GRAMMAR_FAMILIES,
    ...FR_LEXIS_FAMILIES,
    ...FR_REGISTER_FAMILIES,
    ...FR_CONVENTIONS_FAMILIES,
  ],
  'en-it': [
    ...IT_GRAMMAR_FAMILIES,
    ...IT_LEXIS_FAMILIES,
    ...IT_REGISTER_FAMILIES,
    ...IT_CONVENTIONS_FAMILIES,
  ],
  'en-pt': [
    ...PT_GRAMMAR_FAMILIES,
    ...PT_LEXIS_FAMILIES,
    ...PT_REGISTER_FAMILIES,
    ...PT_CONVENTIONS_FAMILIES,
  ],
  'en-nl': [
    ...NL_GRAMMAR_FAMILIES,
    ...NL_LEXIS_FAMILIES,
    ...NL_REGISTER_FAMILIES,
    ...NL_CONVENTIONS_FAMILIES,
  ],
  'en-pl': [
    ...PL_GRAMMAR_FAMILIES,
    ...PL_LEXIS_FAMILIES,
    ...PL_REGISTER_FAMILIES,
    ...PL_CONVENTIONS_FAMILIES,
  ],
  'en-ru': [
    ...RU_GRAMMAR_FAMILIES,
    ...RU_LEXIS_FAMILIES,
    ...RU_REGISTER_FAMILIES,
    ...RU_CONVENTIONS_FAMILIES,
  ],
  'en-ja': [
    ...JA_GRAMMAR_FAMILIES,
    ...JA_LEXIS_FAMILIES,
    ...JA_REGISTER_FAMILIES,
    ...JA_CONVENTIONS_FAMILIES,
  ],
  'en-zh': [
    ...ZH_GRAMMAR_FAMILIES,
    ...ZH_LEXIS_FAMILIES,
    ...ZH_REGISTER_FAMILIES,
    ...ZH_CONVENTIONS_FAMILIES,
  ],
  'en-ar': [
    ...AR_GRAMMAR_FAMILIES,
    ...AR_LEXIS_FAMILIES,
    ...AR_REGISTER_FAMILIES,
    ...AR_CONVENTIONS_FAMILIES,
  ],
}
