import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { DESCRIBE_FAMILIES } from '../../../src/assessment/models/mks/describe-families.js'
import { FORECAST_FAMILIES } from '../../../src/assessment/models/mks/forecast-families.js'
import { MKS_MODELS } from '../../../src/assessment/models/mks/mks-models.js'
import type { MarketingStatsScenario } from '../../../src/assessment/models/mks/mks-text.js'
import { REGRESSION_FAMILIES } from '../../../src/assessment/models/mks/regression-families.js'
import { SURVEYS_FAMILIES } from '../../../src/assessment/models/mks/surveys-families.js'
import { TESTS_FAMILIES } from '../../../src/assessment/models/mks/tests-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { DESCRIBE_ROUTES } from '../../support/marketing-statistics-describe-routes.js'
import { FORECAST_ROUTES } from '../../support/marketing-statistics-forecast-routes.js'
import { REGRESSION_ROUTES } from '../../support/marketing-statistics-regression-routes.js'
import { digest } from '../../support/marketing-statistics-second-working.js'
import { SURVEYS_ROUTES } from '../../support/marketing-statistics-surveys-routes.js'
import { TESTS_ROUTES } from '../../support/marketing-statistics-tests-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...DESCRIBE_FAMILIES,
  ...TESTS_FAMILIES,
  ...SURVEYS_FAMILIES,
  ...REGRESSION_FAMILIES,
  ...FORECAST_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<MarketingStatsScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('statistics for marketers scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...DESCRIBE_ROUTES,
      ...TESTS_ROUTES,
      ...SURVEYS_ROUTES,
      ...REGRESSION_ROUTES,
      ...FORECAST_ROUTES,
    },
    route:
      'exact BigInt rationals from the counts, rates, z-values and fitted figures each stem states, roots settled by exact squares',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: MKS_MODELS,
    engines,
  })
})
