import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { ACCRETION_FAMILIES } from '../../../src/assessment/models/mna/accretion-families.js'
import { CLOSING_FAMILIES } from '../../../src/assessment/models/mna/closing-families.js'
import { MNA_MODELS } from '../../../src/assessment/models/mna/mna-models.js'
import type { DealScenario } from '../../../src/assessment/models/mna/mna-text.js'
import { PPA_FAMILIES } from '../../../src/assessment/models/mna/ppa-families.js'
import { STRUCTURE_FAMILIES } from '../../../src/assessment/models/mna/structure-families.js'
import { VALUE_FAMILIES } from '../../../src/assessment/models/mna/value-families.js'
import { digest } from '../../support/corporate-finance-second-working.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { ACCRETION_ROUTES } from '../../support/mergers-acquisitions-accretion-routes.js'
import { CLOSING_ROUTES } from '../../support/mergers-acquisitions-closing-routes.js'
import { PPA_ROUTES } from '../../support/mergers-acquisitions-ppa-routes.js'
import { STRUCTURE_ROUTES } from '../../support/mergers-acquisitions-structure-routes.js'
import { VALUE_ROUTES } from '../../support/mergers-acquisitions-value-routes.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...VALUE_FAMILIES,
  ...STRUCTURE_FAMILIES,
  ...ACCRETION_FAMILIES,
  ...PPA_FAMILIES,
  ...CLOSING_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<DealScenario>(FAMILIES, DRAWS, 20261210)

describeEngineIndependent('Mergers and acquisitions scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: {
      ...VALUE_ROUTES,
      ...STRUCTURE_ROUTES,
      ...ACCRETION_ROUTES,
      ...PPA_ROUTES,
      ...CLOSING_ROUTES,
    },
    route:
      'exact BigInt rationals from the prices, shares, balances, rates and terms each stem ' +
      'states',
    digest,
    never: { what: 'negative figure', pattern: /^\$?-/ },
    models: MNA_MODELS,
    engines,
  })
})
