import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { APPRAISAL_FAMILIES } from '../../../src/assessment/models/cfi/appraisal-families.js'
import { CAPITAL_FAMILIES } from '../../../src/assessment/models/cfi/capital-families.js'
import { CFI_MODELS } from '../../../src/assessment/models/cfi/cfi-models.js'
import type { CorporateFinanceScenario } from '../../../src/assessment/models/cfi/cfi-text.js'
import { STRUCTURE_FAMILIES } from '../../../src/assessment/models/cfi/structure-families.js'
import { VALUATION_FAMILIES } from '../../../src/assessment/models/cfi/valuation-families.js'
import { WORKING_FAMILIES } from '../../../src/assessment/models/cfi/working-families.js'
import { APPRAISAL_ROUTES } from '../../support/corporate-finance-appraisal-routes.js'
import { CAPITAL_ROUTES } from '../../support/corporate-finance-capital-routes.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { STRUCTURE_ROUTES } from '../../support/corporate-finance-structure-routes.js'
import { VALUATION_ROUTES } from '../../support/corporate-finance-valuation-routes.js'
import { WORKING_ROUTES } from '../../support/corporate-finance-working-routes.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...CAPITAL_FAMILIES,
  ...APPRAISAL_FAMILIES,
  ...VALUATION_FAMILIES,
  ...STRUCTURE_FAMILIES,
  ...WORKING_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<CorporateFinanceScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('corporate finance scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...CAPITAL_ROUTES,
      ...APPRAISAL_ROUTES,
      ...VALUATION_ROUTES,
      ...STRUCTURE_ROUTES,
      ...WORKING_ROUTES,
    },
    route:
      'exact BigInt rationals from the rates, betas, flows, balances and terms each stem states, every year discounted one by one',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: CFI_MODELS,
    engines,
  })
})
