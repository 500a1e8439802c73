import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BMA_MODELS } from '../../../src/assessment/models/bma/bma-models.js'
import type { BusinessMathScenario } from '../../../src/assessment/models/bma/bma-text.js'
import { INTEREST_FAMILIES } from '../../../src/assessment/models/bma/interest-families.js'
import { PAYROLL_SALES_FAMILIES } from '../../../src/assessment/models/bma/payroll-sales-families.js'
import { PERCENT_FAMILIES } from '../../../src/assessment/models/bma/percent-families.js'
import { PRICING_FAMILIES } from '../../../src/assessment/models/bma/pricing-families.js'
import { RATIOS_FAMILIES } from '../../../src/assessment/models/bma/ratios-families.js'
import { INTEREST_ROUTES } from '../../support/business-mathematics-interest-routes.js'
import { PAYROLL_SALES_ROUTES } from '../../support/business-mathematics-payroll-sales-routes.js'
import { PERCENT_ROUTES } from '../../support/business-mathematics-percent-routes.js'
import { PRICING_ROUTES } from '../../support/business-mathematics-pricing-routes.js'
import { RATIOS_ROUTES } from '../../support/business-mathematics-ratios-routes.js'
import { digest } from '../../support/business-mathematics-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...PERCENT_FAMILIES,
  ...PRICING_FAMILIES,
  ...INTEREST_FAMILIES,
  ...PAYROLL_SALES_FAMILIES,
  ...RATIOS_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<BusinessMathScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('business mathematics scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 79,
    second: {
      ...PERCENT_ROUTES,
      ...PRICING_ROUTES,
      ...INTEREST_ROUTES,
      ...PAYROLL_SALES_ROUTES,
      ...RATIOS_ROUTES,
    },
    route:
      'exact BigInt rationals from the amounts, rates, days and counts each stem states, powers taken exactly',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: BMA_MODELS,
    engines,
  })
})
