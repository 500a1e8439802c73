import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { ECA_MODELS } from '../../../src/assessment/models/eca/eca-models.js'
import type { EcommerceScenario } from '../../../src/assessment/models/eca/eca-text.js'
import { ECONOMICS_FAMILIES } from '../../../src/assessment/models/eca/economics-families.js'
import { REVENUE_FAMILIES } from '../../../src/assessment/models/eca/revenue-families.js'
import { SETTLEMENT_FAMILIES } from '../../../src/assessment/models/eca/settlement-families.js'
import { STOCK_FAMILIES } from '../../../src/assessment/models/eca/stock-families.js'
import { TAX_FAMILIES } from '../../../src/assessment/models/eca/tax-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { ECONOMICS_ROUTES } from '../../support/e-commerce-accounting-economics-routes.js'
import { REVENUE_ROUTES } from '../../support/e-commerce-accounting-revenue-routes.js'
import { digest } from '../../support/e-commerce-accounting-second-working.js'
import { SETTLEMENT_ROUTES } from '../../support/e-commerce-accounting-settlement-routes.js'
import { STOCK_ROUTES } from '../../support/e-commerce-accounting-stock-routes.js'
import { TAX_ROUTES } from '../../support/e-commerce-accounting-tax-routes.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...SETTLEMENT_FAMILIES,
  ...TAX_FAMILIES,
  ...STOCK_FAMILIES,
  ...REVENUE_FAMILIES,
  ...ECONOMICS_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<EcommerceScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('e-commerce accounting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 79,
    second: {
      ...SETTLEMENT_ROUTES,
      ...TAX_ROUTES,
      ...STOCK_ROUTES,
      ...REVENUE_ROUTES,
      ...ECONOMICS_ROUTES,
    },
    route:
      'exact BigInt rationals from the whole cents, rates, units and rules each stem states, worked line by line',
    digest,
    never: { what: 'negative figure', pattern: /^[$€£]?-/ },
    models: ECA_MODELS,
    engines,
  })
})
