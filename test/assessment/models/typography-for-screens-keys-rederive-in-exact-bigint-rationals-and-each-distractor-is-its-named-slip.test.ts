import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { ACCESS_FAMILIES } from '../../../src/assessment/models/tfs/access-families.js'
import { FONTS_FAMILIES } from '../../../src/assessment/models/tfs/fonts-families.js'
import { LAYOUT_FAMILIES } from '../../../src/assessment/models/tfs/layout-families.js'
import { MEASURE_FAMILIES } from '../../../src/assessment/models/tfs/measure-families.js'
import { SCALE_FAMILIES } from '../../../src/assessment/models/tfs/scale-families.js'
import { TFS_MODELS } from '../../../src/assessment/models/tfs/tfs-models.js'
import type { TypographyScenario } from '../../../src/assessment/models/tfs/tfs-text.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { ACCESS_ROUTES } from '../../support/typography-for-screens-access-routes.js'
import { FONTS_ROUTES } from '../../support/typography-for-screens-fonts-routes.js'
import { LAYOUT_ROUTES } from '../../support/typography-for-screens-layout-routes.js'
import { MEASURE_ROUTES } from '../../support/typography-for-screens-measure-routes.js'
import { SCALE_ROUTES } from '../../support/typography-for-screens-scale-routes.js'
import { digest } from '../../support/typography-for-screens-second-working.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...SCALE_FAMILIES,
  ...MEASURE_FAMILIES,
  ...ACCESS_FAMILIES,
  ...FONTS_FAMILIES,
  ...LAYOUT_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<TypographyScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('typography for screens scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...SCALE_ROUTES,
      ...MEASURE_ROUTES,
      ...ACCESS_ROUTES,
      ...FONTS_ROUTES,
      ...LAYOUT_ROUTES,
    },
    route:
      'exact BigInt rationals from the sizes, ratios, luminances, file sizes and timings each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^-/ },
    models: TFS_MODELS,
    engines,
  })
})
