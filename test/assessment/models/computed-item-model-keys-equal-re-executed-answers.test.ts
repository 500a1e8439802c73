import { expect, it } from 'vitest'
import { ITEM_MODELS } from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import {
  PROPERTY_TEST_TIMEOUT_MS,
  problemsOf,
  VARIANTS_PER_MODEL,
} from '../support/check-item-model.js'

// Formulas re-executed by the spreadsheet evaluator check keys computed exactly in integer cents;
// Python expressions and CSS selectors are evaluated again from the variant's task.
const HERE = ITEM_MODELS.filter(
  (m) => m.engine === 'spreadsheet' || m.engine === 'css-specificity' || m.engine === 'python',
)

describeEngineIndependent(
  `${VARIANTS_PER_MODEL.toLocaleString('en-US')} variants per item model (spreadsheet formulas and CSS)`,
  () => {
    it.each(HERE.map((m) => [m.id, m] as const))(
      '%s: keys equal the re-executed answers, options are distinct',
      async (_id, model) => {
        expect(await problemsOf(model)).toEqual([])
      },
      PROPERTY_TEST_TIMEOUT_MS,
    )
  },
)
