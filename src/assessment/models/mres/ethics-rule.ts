import type { Rng } from '../../rng.js'
import type { ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { family, statements } from './mres-text.js'

/** A family of one documented rule: the stem drawn, one of the key's true wordings, every named mistake. */
export const rule = (
  id: string,
  source: string,
  stem: (rng: Rng) => string,
  keys: readonly string[],
  wrong: readonly Wrong[],
): ScenarioFamily =>
  family(id, (rng) => statements(rng, { stem: stem(rng), key: rng.pick(keys), wrong }, source))
