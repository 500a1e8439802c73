import { CONTROLS, type FixedEffect, type ModelSpec } from './model-spec.js'

const FIXED_EFFECT_COLUMN: Record<FixedEffect, string> = {
  event: 'event_id',
  worker: 'worker_id',
  test: 'test_id',
}

/**
 * The model written as fixest's formula, as `estimates.json` records it.
 *
 * @example
 * formulaOf(modelSpec('main', 'earnings', 'worker')) // 'earnings ~ n_creds + … + i(year) | worker_id'
 */
export function formulaOf(model: ModelSpec): string {
  const controls = model.spec === 'design_check' ? [] : [...CONTROLS, 'i(year)']
  const rhs = [...leadingTerms(model), ...controls].join(' + ')
  return `${model.outcome} ~ ${rhs} | ${FIXED_EFFECT_COLUMN[model.fixedEffect]}`
}

function leadingTerms(model: ModelSpec): string[] {
  switch (model.spec) {
    case 'main':
    case 'design_check':
      return ['n_creds']
    case 'quadratic':
      return ['n_creds', 'n_creds_sq10']
    case 'experience':
      return ['n_creds', 'n_creds:experience']
    case 'new_entrant':
      return ['n_creds', 'n_creds:new_entrant']
    case 'score':
      return ['n_creds', 'n_creds:score_z']
    case 'dynamic':
      return ['i(k, ref = -1)']
  }
}
