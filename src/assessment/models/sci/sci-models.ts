import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { scenarioModel } from '../scenario/scenario-model.js'
import { CALIBRATION_FAMILIES } from './calibration-families.js'
import { PRECISION_FAMILIES } from './precision-families.js'
import { REPLICATES_FAMILIES } from './replicates-families.js'
import { UNCERTAINTY_FAMILIES } from './uncertainty-families.js'
import { UNITS_FAMILIES } from './units-families.js'

/** Each domain's families, for the models and the key test. */
export const SCI_UNITS_FAMILIES: readonly ScenarioFamily[] = UNITS_FAMILIES
export const SCI_PRECISION_FAMILIES: readonly ScenarioFamily[] = PRECISION_FAMILIES
export const SCI_UNCERTAINTY_FAMILIES: readonly ScenarioFamily[] = UNCERTAINTY_FAMILIES
export const SCI_REPLICATES_FAMILIES: readonly ScenarioFamily[] = REPLICATES_FAMILIES
export const SCI_CALIBRATION_FAMILIES: readonly ScenarioFamily[] = CALIBRATION_FAMILIES

// Every answer is one figure (a volume, a concentration, an uncertainty, a statistic, a pH), and
// each family's named slips (a prefix left unconverted, n for n − 1, relative uncertainties added
// for a sum, a dilution factor forgotten, a blank not subtracted) fall on both sides of its key
// in most draws, so the key's rank among the values is aimed rather than left to the draw.
export const sciUnitsModel = scenarioModel({
  id: 'sci-units',
  title: 'Scientific data handling: units and conversions',
  families: SCI_UNITS_FAMILIES,
  aimNumericRank: true,
})
export const sciPrecisionModel = scenarioModel({
  id: 'sci-precision',
  title: 'Scientific data handling: significant figures and reporting precision',
  families: SCI_PRECISION_FAMILIES,
  aimNumericRank: true,
})
export const sciUncertaintyModel = scenarioModel({
  id: 'sci-uncertainty',
  title: 'Scientific data handling: measurement uncertainty and error propagation',
  families: SCI_UNCERTAINTY_FAMILIES,
  aimNumericRank: true,
})
export const sciReplicatesModel = scenarioModel({
  id: 'sci-replicates',
  title: 'Scientific data handling: descriptive statistics of replicates',
  families: SCI_REPLICATES_FAMILIES,
  aimNumericRank: true,
})
export const sciCalibrationModel = scenarioModel({
  id: 'sci-calibration',
  title: 'Scientific data handling: calibration and data transformation',
  families: SCI_CALIBRATION_FAMILIES,
  aimNumericRank: true,
})

/** The scientific data handling test's item models, one per blueprint domain. */
export const SCI_MODELS = [
  sciUnitsModel,
  sciPrecisionModel,
  sciUncertaintyModel,
  sciReplicatesModel,
  sciCalibrationModel,
] as const
