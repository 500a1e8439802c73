import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BEHAVIOUR_FAMILIES } from '../../../src/assessment/models/cua/behaviour-families.js'
import { CAMPAIGN_FAMILIES } from '../../../src/assessment/models/cua/campaign-families.js'
import { CUA_MODELS } from '../../../src/assessment/models/cua/cua-models.js'
import type { AnalyticsScenario } from '../../../src/assessment/models/cua/cua-text.js'
import { RETENTION_FAMILIES } from '../../../src/assessment/models/cua/retention-families.js'
import { SEGMENT_FAMILIES } from '../../../src/assessment/models/cua/segment-families.js'
import { VALUE_FAMILIES } from '../../../src/assessment/models/cua/value-families.js'
import { BEHAVIOUR_ROUTES } from '../../support/customer-analytics-behaviour-routes.js'
import { CAMPAIGN_ROUTES } from '../../support/customer-analytics-campaign-routes.js'
import { RETENTION_ROUTES } from '../../support/customer-analytics-retention-routes.js'
import { digest } from '../../support/customer-analytics-second-working.js'
import { SEGMENT_ROUTES } from '../../support/customer-analytics-segment-routes.js'
import { VALUE_ROUTES } from '../../support/customer-analytics-value-routes.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...BEHAVIOUR_FAMILIES,
  ...RETENTION_FAMILIES,
  ...VALUE_FAMILIES,
  ...SEGMENT_FAMILIES,
  ...CAMPAIGN_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<AnalyticsScenario>(FAMILIES, DRAWS, 2026_12_06)

describeEngineIndependent('customer analytics scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...BEHAVIOUR_ROUTES,
      ...RETENTION_ROUTES,
      ...VALUE_ROUTES,
      ...SEGMENT_ROUTES,
      ...CAMPAIGN_ROUTES,
    },
    route: 'exact BigInt rationals from the counts and cents each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: CUA_MODELS,
    engines,
  })
})
