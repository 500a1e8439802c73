import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { AGEING_FAMILIES } from './ageing-families.js'
import { ALLOWANCE_FAMILIES } from './allowance-families.js'
import { CASH_FAMILIES } from './cash-families.js'
import { COLLECTIONS_FAMILIES } from './collections-families.js'
import { TERMS_FAMILIES } from './terms-families.js'

/** Each domain's families, for the models and the key test. */
export const AR_TERMS_FAMILIES: readonly ScenarioFamily[] = TERMS_FAMILIES
export const AR_CASH_FAMILIES: readonly ScenarioFamily[] = CASH_FAMILIES
export const AR_AGEING_FAMILIES: readonly ScenarioFamily[] = AGEING_FAMILIES
export const AR_ALLOWANCE_FAMILIES: readonly ScenarioFamily[] = ALLOWANCE_FAMILIES
export const AR_COLLECTIONS_FAMILIES: readonly ScenarioFamily[] = COLLECTIONS_FAMILIES

export const arTermsModel = scenarioModel({
  id: 'ar-terms',
  title: 'Accounts receivable: invoicing terms, due dates and early-payment discounts',
  families: AR_TERMS_FAMILIES,
  aimKeyPlaces: true,
})
export const arCashModel = scenarioModel({
  id: 'ar-cash-application',
  title: 'Accounts receivable: cash application, short payments and unapplied cash',
  families: AR_CASH_FAMILIES,
  aimKeyPlaces: true,
})
export const arAgeingModel = scenarioModel({
  id: 'ar-ageing',
  title: 'Accounts receivable: ageing reports, DSO, turnover and collection effectiveness',
  families: AR_AGEING_FAMILIES,
  aimKeyPlaces: true,
})
export const arAllowanceModel = scenarioModel({
  id: 'ar-allowance',
  title: 'Accounts receivable: allowance for doubtful accounts, write-offs and recoveries',
  families: AR_ALLOWANCE_FAMILIES,
  aimNumericRank: true,
})
export const arCollectionsModel = scenarioModel({
  id: 'ar-collections',
  title: 'Accounts receivable: credit memos, late charges and dunning',
  families: AR_COLLECTIONS_FAMILIES,
  aimNumericRank: true,
})

/** The accounts receivable test's item models, one per blueprint domain. */
export const AR_MODELS = [
  arTermsModel,
  arCashModel,
  arAgeingModel,
  arAllowanceModel,
  arCollectionsModel,
] as const
