import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BKO_MODELS } from '../../../src/assessment/models/bko/bko-models.js'
import type { BankingScenario } from '../../../src/assessment/models/bko/bko-text.js'
import { COMPLIANCE_FAMILIES } from '../../../src/assessment/models/bko/compliance-families.js'
import { DEPOSIT_FAMILIES } from '../../../src/assessment/models/bko/deposit-families.js'
import { LIQUIDITY_FAMILIES } from '../../../src/assessment/models/bko/liquidity-families.js'
import { PAYMENT_FAMILIES } from '../../../src/assessment/models/bko/payment-families.js'
import { RECONCILIATION_FAMILIES } from '../../../src/assessment/models/bko/reconciliation-families.js'
import { COMPLIANCE_ROUTES } from '../../support/banking-operations-compliance-routes.js'
import { DEPOSIT_ROUTES } from '../../support/banking-operations-deposit-routes.js'
import { LIQUIDITY_ROUTES } from '../../support/banking-operations-liquidity-routes.js'
import { PAYMENT_ROUTES } from '../../support/banking-operations-payment-routes.js'
import { RECONCILIATION_ROUTES } from '../../support/banking-operations-reconciliation-routes.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...PAYMENT_FAMILIES,
  ...DEPOSIT_FAMILIES,
  ...RECONCILIATION_FAMILIES,
  ...COMPLIANCE_FAMILIES,
  ...LIQUIDITY_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<BankingScenario>(FAMILIES, DRAWS, 2026_12_07)

describeEngineIndependent('Banking operations scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...PAYMENT_ROUTES,
      ...DEPOSIT_ROUTES,
      ...RECONCILIATION_ROUTES,
      ...COMPLIANCE_ROUTES,
      ...LIQUIDITY_ROUTES,
    },
    route:
      'exact BigInt rationals from the amounts, dates, rates, thresholds and conventions each stem states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: BKO_MODELS,
    engines,
  })
})
