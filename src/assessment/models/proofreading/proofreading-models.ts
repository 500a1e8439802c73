import { scenarioModel } from '../scenario/scenario-model.js'
import { PROOF_HOUSE_STYLE_FAMILIES } from './house-style-families.js'
import { PROOF_LAYOUT_FAMILIES } from './layout-families.js'
import { PROOF_MARK_FAMILIES } from './mark-families.js'
import { PROOF_MORE_SPELLING_FAMILIES } from './more-spelling-families.js'
import { PROOF_SPELLING_FAMILIES } from './spelling-families.js'
import { PROOF_TYPOGRAPHY_FAMILIES } from './typography-families.js'

export const proofSpellingModel = scenarioModel({
  id: 'proof-spelling',
  title: 'Proofreading: spelling and commonly misspelled words',
  families: [...PROOF_SPELLING_FAMILIES, ...PROOF_MORE_SPELLING_FAMILIES],
})

export const proofHouseStyleModel = scenarioModel({
  id: 'proof-house-style',
  title: 'Proofreading: consistency with a stated style sheet',
  families: PROOF_HOUSE_STYLE_FAMILIES,
})

export const proofTypographyModel = scenarioModel({
  id: 'proof-typography',
  title: 'Proofreading: typographic conventions',
  families: PROOF_TYPOGRAPHY_FAMILIES,
})

export const proofMarksModel = scenarioModel({
  id: 'proof-marks',
  title: 'Proofreading: proof-correction marks and reading against copy',
  families: PROOF_MARK_FAMILIES,
})

export const proofLayoutModel = scenarioModel({
  id: 'proof-layout',
  title: 'Proofreading: errors introduced in page make-up',
  families: PROOF_LAYOUT_FAMILIES,
})

/** The proofreading test's item models, one per blueprint domain. */
export const PROOFREADING_MODELS = [
  proofSpellingModel,
  proofHouseStyleModel,
  proofTypographyModel,
  proofMarksModel,
  proofLayoutModel,
] as const
