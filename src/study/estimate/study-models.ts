import { type ModelSpec, modelSpec, type Outcome } from './model-spec.js'

const OUTCOMES: readonly Outcome[] = ['log_value', 'n_projects', 'any_project', 'earnings']
const PERIOD_OUTCOMES: readonly Outcome[] = ['n_projects', 'any_project', 'earnings']

/**
 * Every model of the spec, in the order `estimates.json` lists them: main and quadratic with
 * event then worker fixed effects, the two interactions per outcome, then the dynamic models.
 *
 * @example
 * STUDY_MODELS.map((m) => m.key) // ['main.log_value.event', …, 'dynamic.earnings.event']
 */
export const STUDY_MODELS: readonly ModelSpec[] = [
  ...(['event', 'worker'] as const).flatMap((fe) =>
    (['main', 'quadratic'] as const).flatMap((spec) => OUTCOMES.map((y) => modelSpec(spec, y, fe))),
  ),
  ...OUTCOMES.flatMap((y) =>
    (['experience', 'new_entrant'] as const).map((spec) => modelSpec(spec, y, 'event')),
  ),
  ...PERIOD_OUTCOMES.map((y) => modelSpec('dynamic', y, 'event')),
]
