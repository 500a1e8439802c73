import { scenarioModel } from '../scenario/scenario-model.js'
import { DATA_TOOL_FAMILIES } from './data-tool-families.js'
import { DOCUMENT_FAMILIES } from './document-families.js'
import { FORMULA_FAMILIES } from './formula-families.js'
import { PRESENTATION_FAMILIES } from './presentation-families.js'
import { sheetChecked } from './sheet-checked.js'

export const sheetFormulasModel = scenarioModel({
  id: 'office-sheet-formulas',
  title: 'Office software: spreadsheet formulas and references',
  families: FORMULA_FAMILIES.map(sheetChecked),
  code: true,
})

export const sheetToolsModel = scenarioModel({
  id: 'office-sheet-tools',
  title: 'Office software: spreadsheet data tools',
  families: DATA_TOOL_FAMILIES.map(sheetChecked),
})

export const documentsModel = scenarioModel({
  id: 'office-documents',
  title: 'Office software: word processing',
  families: DOCUMENT_FAMILIES,
})

export const presentationsModel = scenarioModel({
  id: 'office-presentations',
  title: 'Office software: presentations',
  families: PRESENTATION_FAMILIES,
})

/** The office-software test's item models, one per blueprint domain. */
export const OFFICE_MODELS = [
  sheetFormulasModel,
  sheetToolsModel,
  documentsModel,
  presentationsModel,
] as const
