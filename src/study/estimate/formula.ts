import { CONTROLS, type ModelSpec } from './model-spec.js'

/**
 * The model written as fixest's formula, as `estimates.json` records it.
 *
 * @example
 * formulaOf(modelSpec('main', 'earnings', 'worker')) // 'earnings ~ n_creds + … + i(year) | worker_id'
 */
export function formulaOf(model: ModelSpec): string {
  const fe = model.fixedEffect === 'event' ? 'event_id' : 'worker_id'
  const rhs = [...leadingTerms(model), ...CONTROLS, 'i(year)'].join(' + ')
  return `${model.outcome} ~ ${rhs} | ${fe}`
}

function leadingTerms(model: ModelSpec): string[] {
  switch (model.spec) {
    case 'main':
      return ['n_creds']
    case 'quadratic':
      return ['n_creds', 'n_creds_sq10']
    case 'experience':
      return ['n_creds', 'n_creds:experience']
    case 'new_entrant':
      return ['n_creds', 'n_creds:new_entrant']
    case 'dynamic':
      return ['i(k, ref = -1)']
  }
}
