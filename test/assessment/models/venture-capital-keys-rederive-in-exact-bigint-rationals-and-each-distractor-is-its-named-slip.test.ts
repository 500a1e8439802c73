import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CONVERT_FAMILIES } from '../../../src/assessment/models/vcp/convert-families.js'
import { FUND_FAMILIES } from '../../../src/assessment/models/vcp/fund-families.js'
import { PROTECT_FAMILIES } from '../../../src/assessment/models/vcp/protect-families.js'
import { ROUND_FAMILIES } from '../../../src/assessment/models/vcp/round-families.js'
import { VCP_MODELS } from '../../../src/assessment/models/vcp/vcp-models.js'
import type { VentureScenario } from '../../../src/assessment/models/vcp/vcp-text.js'
import { WATERFALL_FAMILIES } from '../../../src/assessment/models/vcp/waterfall-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { CONVERT_ROUTES } from '../../support/venture-capital-convert-routes.js'
import { FUND_ROUTES } from '../../support/venture-capital-fund-routes.js'
import { PROTECT_ROUTES } from '../../support/venture-capital-protect-routes.js'
import { ROUND_ROUTES } from '../../support/venture-capital-round-routes.js'
import { WATERFALL_ROUTES } from '../../support/venture-capital-waterfall-routes.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...ROUND_FAMILIES,
  ...CONVERT_FAMILIES,
  ...WATERFALL_FAMILIES,
  ...PROTECT_FAMILIES,
  ...FUND_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<VentureScenario>(FAMILIES, DRAWS, 20261208)

describeEngineIndependent('Venture capital scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...ROUND_ROUTES,
      ...CONVERT_ROUTES,
      ...WATERFALL_ROUTES,
      ...PROTECT_ROUTES,
      ...FUND_ROUTES,
    },
    route: 'exact BigInt rationals from the shares, prices, terms and cash flows each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: VCP_MODELS,
    engines,
  })
})
