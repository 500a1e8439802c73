import type { ModelSpec, Outcome, PeriodOutcome } from './model-spec.js'
import { modelSpec } from './model-spec.js'

const OUTCOMES: readonly Outcome[] = ['log_value', 'n_projects', 'any_project', 'earnings']
const PERIOD_OUTCOMES: readonly PeriodOutcome[] = ['n_projects', 'any_project', 'earnings']

/**
 * Every model of the spec, in the order `estimates.json` lists them: main and quadratic with
 * event then worker fixed effects, the two interactions per outcome, the dynamic models, the
 * design check, then the score models (the paper's Table 8).
 *
 * @example
 * STUDY_MODELS.map((m) => m.key) // ['main.log_value.event', …, 'score.earnings.test']
 */
export const STUDY_MODELS: readonly ModelSpec[] = [
  ...(['event', 'worker'] as const).flatMap((fe) =>
    (['main', 'quadratic'] as const).flatMap((spec) => OUTCOMES.map((y) => modelSpec(spec, y, fe))),
  ),
  ...OUTCOMES.flatMap((y) =>
    (['experience', 'new_entrant'] as const).map((spec) => modelSpec(spec, y, 'event')),
  ),
  ...PERIOD_OUTCOMES.map((y) => modelSpec('dynamic', y, 'event')),
  ...OUTCOMES.map((y) => modelSpec('design_check', y, 'event')),
  ...OUTCOMES.map((y) => modelSpec('score', y, 'test')),
]
