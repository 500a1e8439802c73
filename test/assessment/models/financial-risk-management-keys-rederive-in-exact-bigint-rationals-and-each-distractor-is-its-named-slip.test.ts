import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CAPITAL_FAMILIES } from '../../../src/assessment/models/frm/capital-families.js'
import { CREDIT_FAMILIES } from '../../../src/assessment/models/frm/credit-families.js'
import { FRM_MODELS } from '../../../src/assessment/models/frm/frm-models.js'
import type { RiskScenario } from '../../../src/assessment/models/frm/frm-text.js'
import { HEDGE_FAMILIES } from '../../../src/assessment/models/frm/hedge-families.js'
import { MARKET_FAMILIES } from '../../../src/assessment/models/frm/market-families.js'
import { RATES_FAMILIES } from '../../../src/assessment/models/frm/rates-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CAPITAL_ROUTES } from '../../support/financial-risk-management-capital-routes.js'
import { CREDIT_ROUTES } from '../../support/financial-risk-management-credit-routes.js'
import { HEDGE_ROUTES } from '../../support/financial-risk-management-hedge-routes.js'
import { MARKET_ROUTES } from '../../support/financial-risk-management-market-routes.js'
import { RATES_ROUTES } from '../../support/financial-risk-management-rates-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...MARKET_FAMILIES,
  ...RATES_FAMILIES,
  ...CREDIT_FAMILIES,
  ...HEDGE_FAMILIES,
  ...CAPITAL_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<RiskScenario>(FAMILIES, DRAWS, 20261209)

describeEngineIndependent('Financial risk management scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...MARKET_ROUTES,
      ...RATES_ROUTES,
      ...CREDIT_ROUTES,
      ...HEDGE_ROUTES,
      ...CAPITAL_ROUTES,
    },
    route:
      'exact BigInt rationals from the positions, rates, probabilities, factors and limits each ' +
      'stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: FRM_MODELS,
    engines,
  })
})
