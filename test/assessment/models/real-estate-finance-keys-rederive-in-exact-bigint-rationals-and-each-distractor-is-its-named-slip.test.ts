import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { DEVELOPMENT_FAMILIES } from '../../../src/assessment/models/ref/development-families.js'
import { INCOME_FAMILIES } from '../../../src/assessment/models/ref/income-families.js'
import { LEASE_FAMILIES } from '../../../src/assessment/models/ref/lease-families.js'
import { MORTGAGE_FAMILIES } from '../../../src/assessment/models/ref/mortgages-families.js'
import { REF_MODELS } from '../../../src/assessment/models/ref/ref-models.js'
import type { RealEstateFinanceScenario } from '../../../src/assessment/models/ref/ref-text.js'
import { RETURN_FAMILIES } from '../../../src/assessment/models/ref/returns-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { DEVELOPMENT_ROUTES } from '../../support/real-estate-finance-development-routes.js'
import { INCOME_ROUTES } from '../../support/real-estate-finance-income-routes.js'
import { LEASE_ROUTES } from '../../support/real-estate-finance-lease-routes.js'
import { MORTGAGE_ROUTES } from '../../support/real-estate-finance-mortgage-routes.js'
import { RETURN_ROUTES } from '../../support/real-estate-finance-return-routes.js'
import { digest } from '../../support/real-estate-finance-second-working.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...MORTGAGE_FAMILIES,
  ...INCOME_FAMILIES,
  ...RETURN_FAMILIES,
  ...DEVELOPMENT_FAMILIES,
  ...LEASE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<RealEstateFinanceScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('real estate finance scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...MORTGAGE_ROUTES,
      ...INCOME_ROUTES,
      ...RETURN_ROUTES,
      ...DEVELOPMENT_ROUTES,
      ...LEASE_ROUTES,
    },
    route:
      'exact BigInt rationals from the amounts, rates, areas, months and days each stem states, loans worked on the growth factor',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: REF_MODELS,
    engines,
  })
})
