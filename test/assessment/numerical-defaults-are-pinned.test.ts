import { describe, expect, it } from 'vitest'
import { CALIBRATION_MIN_RESPONSES } from '../../src/assessment/attempts/calibrate-test.js'
import { MAX_REVOCATION_REASON } from '../../src/assessment/attempts/revoke-certification.js'
import { DAY_MS } from '../../src/assessment/attempts/validity.js'
import {
  FIRST_TEST_VERSION,
  MAX_LEARNING_OUTCOMES,
} from '../../src/assessment/catalog/build-test.js'
import { TASK_BATCH_SIZE } from '../../src/assessment/engines/execute-tasks.js'
import { SANDBOX_RUNS_PER_CONTEXT } from '../../src/assessment/engines/javascript-sandbox.js'
import { OPTIONS_PER_VARIANT } from '../../src/assessment/models/assemble-variant.js'
import { GENERATION_BATCH_SIZE } from '../../src/assessment/models/batched-generation.js'
import {
  RASCH_DIFFICULTY_BOUND,
  RASCH_MAX_ITERATIONS,
  RASCH_TOLERANCE,
} from '../../src/assessment/psychometrics/rasch-calibration.js'
import {
  SYMPSON_HETTER_ROUNDS,
  SYMPSON_HETTER_SIMULEES,
} from '../../src/assessment/psychometrics/sympson-hetter.js'

describe('numerical defaults of assessment', () => {
  it('keep the catalog and item rules of the spec', () => {
    expect(FIRST_TEST_VERSION).toBe(1)
    // The spec asks for 2–5 learning outcomes a test.
    expect(MAX_LEARNING_OUTCOMES).toBe(5)
    // The key and three distractors.
    expect(OPTIONS_PER_VARIANT).toBe(4)
    expect(MAX_REVOCATION_REASON).toBe(2000)
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000)
  })

  it('keep the psychometric settings', () => {
    // At 100 responses the standard error of a Rasch difficulty is about 0.2 logits.
    expect(CALIBRATION_MIN_RESPONSES).toBe(100)
    expect([RASCH_TOLERANCE, RASCH_MAX_ITERATIONS, RASCH_DIFFICULTY_BOUND]).toEqual([1e-5, 1000, 8])
    expect([SYMPSON_HETTER_SIMULEES, SYMPSON_HETTER_ROUNDS]).toEqual([1000, 10])
  })

  it('keep the engines’ batch sizes', () => {
    expect(TASK_BATCH_SIZE).toBe(100)
    expect(GENERATION_BATCH_SIZE).toBe(100)
    expect(SANDBOX_RUNS_PER_CONTEXT).toBe(5000)
  })
})
