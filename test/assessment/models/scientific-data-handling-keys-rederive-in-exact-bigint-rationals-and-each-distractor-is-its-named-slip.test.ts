import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CALIBRATION_FAMILIES } from '../../../src/assessment/models/sci/calibration-families.js'
import { PRECISION_FAMILIES } from '../../../src/assessment/models/sci/precision-families.js'
import { REPLICATES_FAMILIES } from '../../../src/assessment/models/sci/replicates-families.js'
import { SCI_MODELS } from '../../../src/assessment/models/sci/sci-models.js'
import type { ScientificDataScenario } from '../../../src/assessment/models/sci/sci-text.js'
import { UNCERTAINTY_FAMILIES } from '../../../src/assessment/models/sci/uncertainty-families.js'
import { UNITS_FAMILIES } from '../../../src/assessment/models/sci/units-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { CALIBRATION_ROUTES } from '../../support/scientific-data-handling-calibration-routes.js'
import { PRECISION_ROUTES } from '../../support/scientific-data-handling-precision-routes.js'
import { REPLICATES_ROUTES } from '../../support/scientific-data-handling-replicates-routes.js'
import { digest } from '../../support/scientific-data-handling-second-working.js'
import { UNCERTAINTY_ROUTES } from '../../support/scientific-data-handling-uncertainty-routes.js'
import { UNITS_ROUTES } from '../../support/scientific-data-handling-units-routes.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...UNITS_FAMILIES,
  ...PRECISION_FAMILIES,
  ...UNCERTAINTY_FAMILIES,
  ...REPLICATES_FAMILIES,
  ...CALIBRATION_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<ScientificDataScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('scientific data handling scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...UNITS_ROUTES,
      ...PRECISION_ROUTES,
      ...UNCERTAINTY_ROUTES,
      ...REPLICATES_ROUTES,
      ...CALIBRATION_ROUTES,
    },
    route:
      'exact BigInt rationals from the readings, volumes, counts and conventions each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^-/ },
    models: SCI_MODELS,
    engines,
  })
})
