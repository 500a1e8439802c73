import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { ANALYTICS_FAMILIES } from '../../../src/assessment/models/fac/analytics-families.js'
import { DAMAGES_FAMILIES } from '../../../src/assessment/models/fac/damages-families.js'
import { FAC_MODELS } from '../../../src/assessment/models/fac/fac-models.js'
import type { ForensicScenario } from '../../../src/assessment/models/fac/fac-text.js'
import { INCOME_FAMILIES } from '../../../src/assessment/models/fac/income-families.js'
import { SCHEMES_FAMILIES } from '../../../src/assessment/models/fac/schemes-families.js'
import { TRACING_FAMILIES } from '../../../src/assessment/models/fac/tracing-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { ANALYTICS_ROUTES } from '../../support/forensic-accounting-analytics-routes.js'
import { DAMAGES_ROUTES } from '../../support/forensic-accounting-damages-routes.js'
import { INCOME_ROUTES } from '../../support/forensic-accounting-income-routes.js'
import { SCHEMES_ROUTES } from '../../support/forensic-accounting-schemes-routes.js'
import { TRACING_ROUTES } from '../../support/forensic-accounting-tracing-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...ANALYTICS_FAMILIES,
  ...INCOME_FAMILIES,
  ...SCHEMES_FAMILIES,
  ...TRACING_FAMILIES,
  ...DAMAGES_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<ForensicScenario>(FAMILIES, DRAWS, 20261211)

describeEngineIndependent('Forensic accounting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...ANALYTICS_ROUTES,
      ...INCOME_ROUTES,
      ...SCHEMES_ROUTES,
      ...TRACING_ROUTES,
      ...DAMAGES_ROUTES,
    },
    route:
      'exact BigInt rationals from the balances, transactions, rates and rules each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: FAC_MODELS,
    engines,
  })
})
