import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { COMPUTATION_FAMILIES } from '../../../src/assessment/models/ustx/computation-families.js'
import { CREDIT_FAMILIES } from '../../../src/assessment/models/ustx/credit-families.js'
import { DEDUCTION_FAMILIES } from '../../../src/assessment/models/ustx/deduction-families.js'
import { INCOME_FAMILIES } from '../../../src/assessment/models/ustx/income-families.js'
import { STATUS_FAMILIES } from '../../../src/assessment/models/ustx/status-families.js'
import { USTX_MODELS } from '../../../src/assessment/models/ustx/ustx-models.js'
import type { UsTaxScenario } from '../../../src/assessment/models/ustx/ustx-text.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { COMPUTATION_ROUTES } from '../../support/tax-preparation-us-computation-routes.js'
import { CREDIT_ROUTES } from '../../support/tax-preparation-us-credit-routes.js'
import { DEDUCTION_ROUTES } from '../../support/tax-preparation-us-deduction-routes.js'
import { INCOME_ROUTES } from '../../support/tax-preparation-us-income-routes.js'
import { STATUS_ROUTES } from '../../support/tax-preparation-us-status-routes.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...STATUS_FAMILIES,
  ...INCOME_FAMILIES,
  ...DEDUCTION_FAMILIES,
  ...CREDIT_FAMILIES,
  ...COMPUTATION_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<UsTaxScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('US individual tax preparation scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...STATUS_ROUTES,
      ...INCOME_ROUTES,
      ...DEDUCTION_ROUTES,
      ...CREDIT_ROUTES,
      ...COMPUTATION_ROUTES,
    },
    route:
      'exact BigInt rationals from the incomes, payments, brackets, deductions, thresholds, rates and limits each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: USTX_MODELS,
    engines,
  })
})
