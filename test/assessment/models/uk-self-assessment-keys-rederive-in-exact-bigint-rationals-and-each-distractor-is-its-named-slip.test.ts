import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { INCOME_FAMILIES } from '../../../src/assessment/models/uksa/income-families.js'
import { NIC_FAMILIES } from '../../../src/assessment/models/uksa/nic-families.js'
import { PAY_FAMILIES } from '../../../src/assessment/models/uksa/pay-families.js'
import { PROPERTY_FAMILIES } from '../../../src/assessment/models/uksa/property-families.js'
import { TRADE_FAMILIES } from '../../../src/assessment/models/uksa/trade-families.js'
import { UKSA_MODELS } from '../../../src/assessment/models/uksa/uksa-models.js'
import type { SelfAssessmentScenario } from '../../../src/assessment/models/uksa/uksa-text.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { INCOME_ROUTES } from '../../support/uk-self-assessment-income-routes.js'
import { NIC_ROUTES } from '../../support/uk-self-assessment-nic-routes.js'
import { PAY_ROUTES } from '../../support/uk-self-assessment-pay-routes.js'
import { PROPERTY_ROUTES } from '../../support/uk-self-assessment-property-routes.js'
import { TRADE_ROUTES } from '../../support/uk-self-assessment-trade-routes.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TRADE_FAMILIES,
  ...INCOME_FAMILIES,
  ...NIC_FAMILIES,
  ...PROPERTY_FAMILIES,
  ...PAY_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<SelfAssessmentScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('UK self assessment scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...TRADE_ROUTES,
      ...INCOME_ROUTES,
      ...NIC_ROUTES,
      ...PROPERTY_ROUTES,
      ...PAY_ROUTES,
    },
    route:
      'exact BigInt rationals from the profits, incomes, bands, allowances, thresholds, payments and dates each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^£?-/ },
    models: UKSA_MODELS,
    engines,
  })
})
