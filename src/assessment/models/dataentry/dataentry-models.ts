import { scenarioModel } from '../scenario/scenario-model.js'
import { FORMAT_FAMILIES } from './format-families.js'
import { HYGIENE_FAMILIES } from './hygiene-families.js'
import { MATCHING_FAMILIES } from './matching-families.js'
import { RECONCILE_FAMILIES } from './reconcile-families.js'
import { VALIDATION_FAMILIES } from './validation-families.js'

export const dataEntryFormatsModel = scenarioModel({
  id: 'dataentry-formats',
  title: 'Data entry: formats and standardisation',
  families: FORMAT_FAMILIES,
})

export const dataEntryValidationModel = scenarioModel({
  id: 'dataentry-validation',
  title: 'Data entry: validation and check digits',
  families: VALIDATION_FAMILIES,
})

export const dataEntryMatchingModel = scenarioModel({
  id: 'dataentry-matching',
  title: 'Data entry: de-duplication and matching',
  families: MATCHING_FAMILIES,
})

export const dataEntryReconcileModel = scenarioModel({
  id: 'dataentry-reconcile',
  title: 'Data entry: keying accuracy and reconciliation',
  families: RECONCILE_FAMILIES,
})

export const dataEntryHygieneModel = scenarioModel({
  id: 'dataentry-hygiene',
  title: 'Data entry: spreadsheet and file hygiene',
  families: HYGIENE_FAMILIES,
})

/** The data-entry test's item models, one per blueprint domain. */
export const DATA_ENTRY_MODELS = [
  dataEntryFormatsModel,
  dataEntryValidationModel,
  dataEntryMatchingModel,
  dataEntryReconcileModel,
  dataEntryHygieneModel,
] as const
