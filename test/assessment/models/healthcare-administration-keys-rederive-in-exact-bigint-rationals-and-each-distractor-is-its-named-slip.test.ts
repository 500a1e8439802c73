import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CLAIMS_FAMILIES } from '../../../src/assessment/models/hca/claims-families.js'
import { COST_FAMILIES } from '../../../src/assessment/models/hca/cost-families.js'
import { FEES_FAMILIES } from '../../../src/assessment/models/hca/fees-families.js'
import { HCA_MODELS } from '../../../src/assessment/models/hca/hca-models.js'
import type { HealthcareScenario } from '../../../src/assessment/models/hca/hca-text.js'
import { OFFICE_FAMILIES } from '../../../src/assessment/models/hca/office-families.js'
import { REVENUE_FAMILIES } from '../../../src/assessment/models/hca/revenue-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CLAIMS_ROUTES } from '../../support/healthcare-administration-claims-routes.js'
import { COST_ROUTES } from '../../support/healthcare-administration-cost-routes.js'
import { FEES_ROUTES } from '../../support/healthcare-administration-fees-routes.js'
import { OFFICE_ROUTES } from '../../support/healthcare-administration-office-routes.js'
import { REVENUE_ROUTES } from '../../support/healthcare-administration-revenue-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...COST_FAMILIES,
  ...CLAIMS_FAMILIES,
  ...FEES_FAMILIES,
  ...REVENUE_FAMILIES,
  ...OFFICE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<HealthcareScenario>(FAMILIES, DRAWS, 20261208)

describeEngineIndependent('Healthcare administration scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...COST_ROUTES,
      ...CLAIMS_ROUTES,
      ...FEES_ROUTES,
      ...REVENUE_ROUTES,
      ...OFFICE_ROUTES,
    },
    route:
      'exact BigInt rationals from the charges, plan terms, rates, dates and counts each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: HCA_MODELS,
    engines,
  })
})
