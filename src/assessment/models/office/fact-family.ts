import type { Rng } from '../../rng.js'
import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A family whose answer is a way of working rather than a figure: the client's request varies
 * in wording and detail (`stem` draws it), the right method and the named wrong methods do not.
 */
export function fact(
  id: string,
  stem: (rng: Rng) => string,
  key: string,
  wrong: readonly Wrong[],
): ScenarioFamily {
  return { id, draw: (rng) => ({ stem: stem(rng), key, wrong }) }
}
