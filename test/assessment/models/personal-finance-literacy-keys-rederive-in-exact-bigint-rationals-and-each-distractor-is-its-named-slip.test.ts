import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BUDGET_FAMILIES } from '../../../src/assessment/models/pfl/budget-families.js'
import { CREDIT_FAMILIES } from '../../../src/assessment/models/pfl/credit-families.js'
import { INSURANCE_FAMILIES } from '../../../src/assessment/models/pfl/insurance-families.js'
import { PFL_MODELS } from '../../../src/assessment/models/pfl/pfl-models.js'
import type { PersonalFinanceScenario } from '../../../src/assessment/models/pfl/pfl-text.js'
import { SAVING_FAMILIES } from '../../../src/assessment/models/pfl/saving-families.js'
import { TAX_FAMILIES } from '../../../src/assessment/models/pfl/tax-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { BUDGET_ROUTES } from '../../support/personal-finance-literacy-budget-routes.js'
import { CREDIT_ROUTES } from '../../support/personal-finance-literacy-credit-routes.js'
import { INSURANCE_ROUTES } from '../../support/personal-finance-literacy-insurance-routes.js'
import { SAVING_ROUTES } from '../../support/personal-finance-literacy-saving-routes.js'
import { digest } from '../../support/personal-finance-literacy-second-working.js'
import { TAX_ROUTES } from '../../support/personal-finance-literacy-tax-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...BUDGET_FAMILIES,
  ...CREDIT_FAMILIES,
  ...SAVING_FAMILIES,
  ...INSURANCE_FAMILIES,
  ...TAX_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<PersonalFinanceScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('personal finance literacy scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...BUDGET_ROUTES,
      ...CREDIT_ROUTES,
      ...SAVING_ROUTES,
      ...INSURANCE_ROUTES,
      ...TAX_ROUTES,
    },
    route:
      'exact BigInt rationals from the incomes, bills, rates, balances and rules each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: PFL_MODELS,
    engines,
  })
})
