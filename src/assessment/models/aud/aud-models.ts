import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CONTROLS_FAMILIES } from './controls-families.js'
import { DETAILS_FAMILIES } from './details-families.js'
import { EVALUATION_FAMILIES } from './evaluation-families.js'
import { MATERIALITY_FAMILIES } from './materiality-families.js'
import { SAMPLING_FAMILIES } from './sampling-families.js'

/** Each domain's families, for the models and the key test. */
export const AUD_MATERIALITY_FAMILIES: readonly ScenarioFamily[] = MATERIALITY_FAMILIES
export const AUD_SAMPLING_FAMILIES: readonly ScenarioFamily[] = SAMPLING_FAMILIES
export const AUD_CONTROLS_FAMILIES: readonly ScenarioFamily[] = CONTROLS_FAMILIES
export const AUD_DETAILS_FAMILIES: readonly ScenarioFamily[] = DETAILS_FAMILIES
export const AUD_EVALUATION_FAMILIES: readonly ScenarioFamily[] = EVALUATION_FAMILIES

// Every answer is an amount, a rate, a count or a ratio, and each family's named slips (another
// benchmark or percentage, overall for performance materiality, a confidence factor of another level,
// a projection over the wrong base, a deviation rate for its upper limit, the pre-tax for the after-tax
// effect, one method of prior-year misstatements for the other) fall on both sides of its key, so
// the key's rank among the values is aimed rather than left to the draw.

export const audMaterialityModel = scenarioModel({
  id: 'aud-materiality',
  title: 'Auditing: materiality and audit risk',
  families: AUD_MATERIALITY_FAMILIES,
  aimNumericRank: true,
})

export const audSamplingModel = scenarioModel({
  id: 'aud-sampling',
  title: 'Auditing: substantive sampling',
  families: AUD_SAMPLING_FAMILIES,
  aimNumericRank: true,
})

export const audControlsModel = scenarioModel({
  id: 'aud-controls',
  title: 'Auditing: tests of controls',
  families: AUD_CONTROLS_FAMILIES,
  aimNumericRank: true,
})

export const audDetailsModel = scenarioModel({
  id: 'aud-details',
  title: 'Auditing: substantive analytics and tests of details',
  families: AUD_DETAILS_FAMILIES,
  aimNumericRank: true,
})

export const audEvaluationModel = scenarioModel({
  id: 'aud-evaluation',
  title: 'Auditing: evaluating misstatements',
  families: AUD_EVALUATION_FAMILIES,
  aimNumericRank: true,
})

/** The auditing test's item models, one per blueprint domain. */
export const AUD_MODELS = [
  audMaterialityModel,
  audSamplingModel,
  audControlsModel,
  audDetailsModel,
  audEvaluationModel,
] as const
