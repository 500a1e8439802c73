import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BUDGETING_FAMILIES } from '../../../src/assessment/models/mga/budgeting-families.js'
import { COSTING_FAMILIES } from '../../../src/assessment/models/mga/costing-families.js'
import { CVP_FAMILIES } from '../../../src/assessment/models/mga/cvp-families.js'
import { DECISIONS_FAMILIES } from '../../../src/assessment/models/mga/decisions-families.js'
import { MGA_MODELS } from '../../../src/assessment/models/mga/mga-models.js'
import type { ManagementAccountingScenario } from '../../../src/assessment/models/mga/mga-text.js'
import { VARIANCES_FAMILIES } from '../../../src/assessment/models/mga/variances-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { BUDGETING_ROUTES } from '../../support/management-accounting-budgeting-routes.js'
import { COSTING_ROUTES } from '../../support/management-accounting-costing-routes.js'
import { CVP_ROUTES } from '../../support/management-accounting-cvp-routes.js'
import { DECISIONS_ROUTES } from '../../support/management-accounting-decisions-routes.js'
import { digest } from '../../support/management-accounting-second-working.js'
import { VARIANCES_ROUTES } from '../../support/management-accounting-variances-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...CVP_FAMILIES,
  ...COSTING_FAMILIES,
  ...BUDGETING_FAMILIES,
  ...VARIANCES_FAMILIES,
  ...DECISIONS_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<ManagementAccountingScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('management accounting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...CVP_ROUTES,
      ...COSTING_ROUTES,
      ...BUDGETING_ROUTES,
      ...VARIANCES_ROUTES,
      ...DECISIONS_ROUTES,
    },
    route:
      'exact BigInt rationals from the prices, costs, volumes, hours and rates each stem states, variances signed favourable above zero',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: MGA_MODELS,
    engines,
  })
})
