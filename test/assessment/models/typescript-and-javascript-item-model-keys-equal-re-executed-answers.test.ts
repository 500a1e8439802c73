import { expect, it } from 'vitest'
import { ITEM_MODELS } from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import {
  PROPERTY_TEST_TIMEOUT_MS,
  problemsOf,
  VARIANTS_PER_MODEL,
} from '../support/check-item-model.js'

// Split by engine so the test files spread over the workers.
const HERE = ITEM_MODELS.filter((m) => m.engine === 'typescript' || m.engine === 'javascript')

describeEngineIndependent(
  `${VARIANTS_PER_MODEL.toLocaleString('en-US')} variants per item model (JavaScript and TypeScript in the sandbox)`,
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
