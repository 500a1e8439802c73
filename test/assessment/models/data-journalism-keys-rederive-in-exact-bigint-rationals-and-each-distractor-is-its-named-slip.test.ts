import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CHECK_FAMILIES } from '../../../src/assessment/models/dju/check-families.js'
import { DJU_MODELS } from '../../../src/assessment/models/dju/dju-models.js'
import type { JournalismScenario } from '../../../src/assessment/models/dju/dju-text.js'
import { MONEY_FAMILIES } from '../../../src/assessment/models/dju/money-families.js'
import { POLL_FAMILIES } from '../../../src/assessment/models/dju/poll-families.js'
import { RATES_FAMILIES } from '../../../src/assessment/models/dju/rates-families.js'
import { SUMMARY_FAMILIES } from '../../../src/assessment/models/dju/summary-families.js'
import { CHECK_ROUTES } from '../../support/data-journalism-check-routes.js'
import { MONEY_ROUTES } from '../../support/data-journalism-money-routes.js'
import { POLL_ROUTES } from '../../support/data-journalism-poll-routes.js'
import { RATES_ROUTES } from '../../support/data-journalism-rates-routes.js'
import { digest } from '../../support/data-journalism-second-working.js'
import { SUMMARY_ROUTES } from '../../support/data-journalism-summary-routes.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...RATES_FAMILIES,
  ...MONEY_FAMILIES,
  ...SUMMARY_FAMILIES,
  ...POLL_FAMILIES,
  ...CHECK_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<JournalismScenario>(FAMILIES, DRAWS, 2026_12_06)

describeEngineIndependent('data journalism scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: {
      ...RATES_ROUTES,
      ...MONEY_ROUTES,
      ...SUMMARY_ROUTES,
      ...POLL_ROUTES,
      ...CHECK_ROUTES,
    },
    route:
      'exact BigInt rationals from the counts, prices and shares each stem states, roots and yearly rates settled by exact squares and powers',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: DJU_MODELS,
    engines,
  })
})
