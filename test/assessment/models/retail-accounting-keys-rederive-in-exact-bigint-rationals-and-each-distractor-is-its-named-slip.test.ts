import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { REVENUE_FAMILIES } from '../../../src/assessment/models/rta/revenue-families.js'
import { RTA_MODELS } from '../../../src/assessment/models/rta/rta-models.js'
import type { RetailAccountingScenario } from '../../../src/assessment/models/rta/rta-text.js'
import { STOCK_FAMILIES } from '../../../src/assessment/models/rta/stock-families.js'
import { STORE_FAMILIES } from '../../../src/assessment/models/rta/store-families.js'
import { TAX_FAMILIES } from '../../../src/assessment/models/rta/tax-families.js'
import { TILL_FAMILIES } from '../../../src/assessment/models/rta/till-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { REVENUE_ROUTES } from '../../support/retail-accounting-revenue-routes.js'
import { STOCK_ROUTES } from '../../support/retail-accounting-stock-routes.js'
import { STORE_ROUTES } from '../../support/retail-accounting-store-routes.js'
import { TAX_ROUTES } from '../../support/retail-accounting-tax-routes.js'
import { TILL_ROUTES } from '../../support/retail-accounting-till-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...STOCK_FAMILIES,
  ...TAX_FAMILIES,
  ...TILL_FAMILIES,
  ...REVENUE_FAMILIES,
  ...STORE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<RetailAccountingScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('retail accounting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...STOCK_ROUTES,
      ...TAX_ROUTES,
      ...TILL_ROUTES,
      ...REVENUE_ROUTES,
      ...STORE_ROUTES,
    },
    route:
      'exact BigInt rationals from the stock pools, takings, tax rates, settlements, balances and costs each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: RTA_MODELS,
    engines,
  })
})
