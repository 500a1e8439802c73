import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { AUD_MODELS } from '../../../src/assessment/models/aud/aud-models.js'
import type { AuditScenario } from '../../../src/assessment/models/aud/aud-text.js'
import { CONTROLS_FAMILIES } from '../../../src/assessment/models/aud/controls-families.js'
import { DETAILS_FAMILIES } from '../../../src/assessment/models/aud/details-families.js'
import { EVALUATION_FAMILIES } from '../../../src/assessment/models/aud/evaluation-families.js'
import { MATERIALITY_FAMILIES } from '../../../src/assessment/models/aud/materiality-families.js'
import { SAMPLING_FAMILIES } from '../../../src/assessment/models/aud/sampling-families.js'
import { CONTROLS_ROUTES } from '../../support/auditing-controls-routes.js'
import { DETAILS_ROUTES } from '../../support/auditing-details-routes.js'
import { EVALUATION_ROUTES } from '../../support/auditing-evaluation-routes.js'
import { MATERIALITY_ROUTES } from '../../support/auditing-materiality-routes.js'
import { SAMPLING_ROUTES } from '../../support/auditing-sampling-routes.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...MATERIALITY_FAMILIES,
  ...SAMPLING_FAMILIES,
  ...CONTROLS_FAMILIES,
  ...DETAILS_FAMILIES,
  ...EVALUATION_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<AuditScenario>(FAMILIES, DRAWS, 20261208)

describeEngineIndependent('Auditing scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...MATERIALITY_ROUTES,
      ...SAMPLING_ROUTES,
      ...CONTROLS_ROUTES,
      ...DETAILS_ROUTES,
      ...EVALUATION_ROUTES,
    },
    route:
      'exact BigInt rationals from the balances, factors, samples and thresholds each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: AUD_MODELS,
    engines,
  })
})
