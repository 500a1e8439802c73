import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { AFM_MODELS } from '../../../src/assessment/models/afm/afm-models.js'
import type { AffiliateScenario } from '../../../src/assessment/models/afm/afm-text.js'
import { COMMISSION_FAMILIES } from '../../../src/assessment/models/afm/commission-families.js'
import { PARTNER_FAMILIES } from '../../../src/assessment/models/afm/partner-families.js'
import { PAYOUT_FAMILIES } from '../../../src/assessment/models/afm/payout-families.js'
import { PERFORMANCE_FAMILIES } from '../../../src/assessment/models/afm/performance-families.js'
import { TRACKING_FAMILIES } from '../../../src/assessment/models/afm/tracking-families.js'
import { COMMISSION_ROUTES } from '../../support/affiliate-marketing-commission-routes.js'
import { PARTNER_ROUTES } from '../../support/affiliate-marketing-partner-routes.js'
import { PAYOUT_ROUTES } from '../../support/affiliate-marketing-payout-routes.js'
import { PERFORMANCE_ROUTES } from '../../support/affiliate-marketing-performance-routes.js'
import { digest } from '../../support/affiliate-marketing-second-working.js'
import { TRACKING_ROUTES } from '../../support/affiliate-marketing-tracking-routes.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TRACKING_FAMILIES,
  ...COMMISSION_FAMILIES,
  ...PERFORMANCE_FAMILIES,
  ...PAYOUT_FAMILIES,
  ...PARTNER_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<AffiliateScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('affiliate marketing scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...TRACKING_ROUTES,
      ...COMMISSION_ROUTES,
      ...PERFORMANCE_ROUTES,
      ...PAYOUT_ROUTES,
      ...PARTNER_ROUTES,
    },
    route:
      'exact BigInt rationals from the cents, counts, days and rates each stem states, rounded half up once',
    digest,
    never: { what: 'negative figure', pattern: /^[$€]?-/ },
    models: AFM_MODELS,
    engines,
  })
})
