import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CLIENT_BUILD_FAMILIES } from '../../../src/assessment/models/hed/client-build-families.js'
import { HED_MODELS } from '../../../src/assessment/models/hed/hed-models.js'
import type { HtmlEmailScenario } from '../../../src/assessment/models/hed/hed-text.js'
import { IMAGE_FAMILIES } from '../../../src/assessment/models/hed/image-families.js'
import { LAYOUT_FAMILIES } from '../../../src/assessment/models/hed/layout-families.js'
import { MEASURE_FAMILIES } from '../../../src/assessment/models/hed/measure-families.js'
import { TYPE_ACCESS_FAMILIES } from '../../../src/assessment/models/hed/type-access-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CLIENT_BUILD_ROUTES } from '../../support/html-email-design-client-build-routes.js'
import { IMAGE_ROUTES } from '../../support/html-email-design-image-routes.js'
import { LAYOUT_ROUTES } from '../../support/html-email-design-layout-routes.js'
import { MEASURE_ROUTES } from '../../support/html-email-design-measure-routes.js'
import { digest } from '../../support/html-email-design-second-working.js'
import { TYPE_ACCESS_ROUTES } from '../../support/html-email-design-type-access-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...LAYOUT_FAMILIES,
  ...IMAGE_FAMILIES,
  ...TYPE_ACCESS_FAMILIES,
  ...CLIENT_BUILD_FAMILIES,
  ...MEASURE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<HtmlEmailScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('HTML email design scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...LAYOUT_ROUTES,
      ...IMAGE_ROUTES,
      ...TYPE_ACCESS_ROUTES,
      ...CLIENT_BUILD_ROUTES,
      ...MEASURE_ROUTES,
    },
    route:
      'exact BigInt rationals from the pixels, bytes, luminances, counts and rules each stem states, rounded once',
    digest,
    never: { what: 'negative figure', pattern: /^-/ },
    models: HED_MODELS,
    engines,
  })
})
