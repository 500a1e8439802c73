import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CLAIMS_FAMILIES } from '../../../src/assessment/models/ins/claims-families.js'
import { INS_MODELS } from '../../../src/assessment/models/ins/ins-models.js'
import type { InsuranceScenario } from '../../../src/assessment/models/ins/ins-text.js'
import { PRICING_FAMILIES } from '../../../src/assessment/models/ins/pricing-families.js'
import { RATING_FAMILIES } from '../../../src/assessment/models/ins/rating-families.js'
import { REINSURANCE_FAMILIES } from '../../../src/assessment/models/ins/reinsurance-families.js'
import { RESULTS_FAMILIES } from '../../../src/assessment/models/ins/results-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CLAIMS_ROUTES } from '../../support/insurance-fundamentals-claims-routes.js'
import { PRICING_ROUTES } from '../../support/insurance-fundamentals-pricing-routes.js'
import { RATING_ROUTES } from '../../support/insurance-fundamentals-rating-routes.js'
import { REINSURANCE_ROUTES } from '../../support/insurance-fundamentals-reinsurance-routes.js'
import { RESULTS_ROUTES } from '../../support/insurance-fundamentals-results-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...RATING_FAMILIES,
  ...CLAIMS_FAMILIES,
  ...RESULTS_FAMILIES,
  ...REINSURANCE_FAMILIES,
  ...PRICING_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<InsuranceScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('insurance fundamentals scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...RATING_ROUTES,
      ...CLAIMS_ROUTES,
      ...RESULTS_ROUTES,
      ...REINSURANCE_ROUTES,
      ...PRICING_ROUTES,
    },
    route:
      'exact BigInt rationals from the rates, exposures, policy terms, losses and treaty terms each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: INS_MODELS,
    engines,
  })
})
