import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CASH_FAMILIES } from '../../../src/assessment/models/tsy/cash-families.js'
import { FUNDING_FAMILIES } from '../../../src/assessment/models/tsy/funding-families.js'
import { FX_FAMILIES } from '../../../src/assessment/models/tsy/fx-families.js'
import { MONEY_FAMILIES } from '../../../src/assessment/models/tsy/money-families.js'
import { RATE_FAMILIES } from '../../../src/assessment/models/tsy/rate-families.js'
import { TSY_MODELS } from '../../../src/assessment/models/tsy/tsy-models.js'
import type { TreasuryScenario } from '../../../src/assessment/models/tsy/tsy-text.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { CASH_ROUTES } from '../../support/treasury-management-cash-routes.js'
import { FUNDING_ROUTES } from '../../support/treasury-management-funding-routes.js'
import { FX_ROUTES } from '../../support/treasury-management-fx-routes.js'
import { MONEY_ROUTES } from '../../support/treasury-management-money-routes.js'
import { RATE_ROUTES } from '../../support/treasury-management-rate-routes.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...CASH_FAMILIES,
  ...MONEY_FAMILIES,
  ...FX_FAMILIES,
  ...RATE_FAMILIES,
  ...FUNDING_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<TreasuryScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('Treasury management scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...CASH_ROUTES,
      ...MONEY_ROUTES,
      ...FX_ROUTES,
      ...RATE_ROUTES,
      ...FUNDING_ROUTES,
    },
    route:
      'exact BigInt rationals from the amounts, rates, quotes, day counts and terms each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: TSY_MODELS,
    engines,
  })
})
