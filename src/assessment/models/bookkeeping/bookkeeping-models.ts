import { scenarioModel } from '../scenario/scenario-model.js'
import { ADJUSTMENT_FAMILIES } from './adjustment-families.js'
import { RECONCILIATION_FAMILIES } from './reconciliation-families.js'
import { RECORDING_FAMILIES } from './recording-families.js'
import { REPORTS_FAMILIES } from './reports-families.js'
import { SALES_TAX_FAMILIES } from './sales-tax-families.js'

export const recordingModel = scenarioModel({
  id: 'bk-recording',
  title: 'Bookkeeping: recording transactions in double entry',
  families: RECORDING_FAMILIES,
})

export const adjustmentsModel = scenarioModel({
  id: 'bk-adjustments',
  title: 'Bookkeeping: period-end adjustments',
  families: ADJUSTMENT_FAMILIES,
})

export const reconciliationModel = scenarioModel({
  id: 'bk-reconciliation',
  title: 'Bookkeeping: bank reconciliation and package workflows',
  families: RECONCILIATION_FAMILIES,
  aimKeyPlaces: true,
})

export const salesTaxModel = scenarioModel({
  id: 'bk-sales-tax',
  title: 'Bookkeeping: VAT and sales tax mechanics',
  families: SALES_TAX_FAMILIES,
})

export const reportsModel = scenarioModel({
  id: 'bk-reports',
  title: 'Bookkeeping: reading the trial balance and the accounts',
  families: REPORTS_FAMILIES,
})

/** The bookkeeping test's item models, one per blueprint domain. */
export const BOOKKEEPING_MODELS = [
  recordingModel,
  adjustmentsModel,
  reconciliationModel,
  salesTaxModel,
  reportsModel,
] as const
