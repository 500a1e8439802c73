import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CASHFLOW_FAMILIES } from '../../../src/assessment/models/pfp/cashflow-families.js'
import { DEBT_FAMILIES } from '../../../src/assessment/models/pfp/debt-families.js'
import { GOALS_FAMILIES } from '../../../src/assessment/models/pfp/goals-families.js'
import { INVEST_FAMILIES } from '../../../src/assessment/models/pfp/invest-families.js'
import { PFP_MODELS } from '../../../src/assessment/models/pfp/pfp-models.js'
import type { PlanningScenario } from '../../../src/assessment/models/pfp/pfp-text.js'
import { TAX_FAMILIES } from '../../../src/assessment/models/pfp/tax-families.js'
import { digest } from '../../support/data-journalism-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CASHFLOW_ROUTES } from '../../support/pfp-cashflow-routes.js'
import { DEBT_ROUTES } from '../../support/pfp-debt-routes.js'
import { GOALS_ROUTES } from '../../support/pfp-goals-routes.js'
import { INVEST_ROUTES } from '../../support/pfp-invest-routes.js'
import { TAX_ROUTES } from '../../support/pfp-tax-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...CASHFLOW_FAMILIES,
  ...DEBT_FAMILIES,
  ...INVEST_FAMILIES,
  ...GOALS_FAMILIES,
  ...TAX_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<PlanningScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('personal financial planning scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...CASHFLOW_ROUTES,
      ...DEBT_ROUTES,
      ...INVEST_ROUTES,
      ...GOALS_ROUTES,
      ...TAX_ROUTES,
    },
    route:
      'exact BigInt rationals from the pay, bills, balances, rates and brackets each stem states, powers and annuity factors multiplied out term by term',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: PFP_MODELS,
    engines,
  })
})
