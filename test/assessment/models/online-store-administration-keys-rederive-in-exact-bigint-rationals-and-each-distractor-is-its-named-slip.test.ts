import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CATALOGUE_FAMILIES } from '../../../src/assessment/models/osa/catalogue-families.js'
import { INVENTORY_FAMILIES } from '../../../src/assessment/models/osa/inventory-families.js'
import { ORDERS_FAMILIES } from '../../../src/assessment/models/osa/orders-families.js'
import { OSA_MODELS } from '../../../src/assessment/models/osa/osa-models.js'
import type { OnlineStoreScenario } from '../../../src/assessment/models/osa/osa-text.js'
import { REFUNDS_FAMILIES } from '../../../src/assessment/models/osa/refunds-families.js'
import { REPORTING_FAMILIES } from '../../../src/assessment/models/osa/reporting-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { CATALOGUE_ROUTES } from '../../support/online-store-administration-catalogue-routes.js'
import { INVENTORY_ROUTES } from '../../support/online-store-administration-inventory-routes.js'
import { ORDERS_ROUTES } from '../../support/online-store-administration-orders-routes.js'
import { REFUNDS_ROUTES } from '../../support/online-store-administration-refunds-routes.js'
import { REPORTING_ROUTES } from '../../support/online-store-administration-reporting-routes.js'
import { digest } from '../../support/online-store-administration-second-working.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...CATALOGUE_FAMILIES,
  ...INVENTORY_FAMILIES,
  ...ORDERS_FAMILIES,
  ...REFUNDS_FAMILIES,
  ...REPORTING_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<OnlineStoreScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('online store administration scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 78,
    second: {
      ...CATALOGUE_ROUTES,
      ...INVENTORY_ROUTES,
      ...ORDERS_ROUTES,
      ...REFUNDS_ROUTES,
      ...REPORTING_ROUTES,
    },
    route:
      'exact BigInt rationals from the cents, counts, rates and rules each stem states, dates stepped one weekday at a time',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: OSA_MODELS,
    engines,
  })
})
