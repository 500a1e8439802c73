import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { DataScenario } from '../dataentry/records.js'
import type { Wrong } from '../scenario/scenario-model.js'

export { family, three } from '../dataentry/records.js'

/** Clients a freelance web or back-end developer builds and fixes sites and APIs for. */
export const CLIENTS = [
  'an online florist',
  'a yoga studio',
  'a property agency',
  'a local newspaper',
  'a dental clinic',
  'a craft brewery',
  'a language school',
  'a charity',
] as const

export const client = (rng: Rng) => rng.pick(CLIENTS)
/** A client opening a sentence. */
export const Client = (rng: Rng) => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** Host names the drawn clients' sites run on (reserved example names). */
export const HOSTS = ['shop.example.com', 'www.example.org', 'app.example.net', 'api.example.com']

/** An option of a pick-one family: its text, whether it meets the rule, and its named mistake. */
export interface Choice<T> {
  readonly text: string
  readonly spec: T
  readonly ok: boolean
  readonly mistake?: string
}

/**
 * A family whose options are cases judged by one rule (a method's properties, a cookie's scope, a
 * request's need for a preflight): one case that meets it is the key, three that do not are the
 * distractors, and `facts.options` maps each option text to its case, so the key test can judge
 * every option by a rule of its own.
 */
export function pickOne<T>(
  rng: Rng,
  s: { stem: string; choices: readonly Choice<T>[]; facts: Record<string, unknown> },
): DataScenario {
  const ok = s.choices.filter((c) => c.ok)
  const texts = new Set<string>()
  const not = rng
    .shuffle(s.choices.filter((c) => !c.ok))
    .filter((c) => !texts.has(c.text) && texts.add(c.text))
  if (ok.length === 0 || not.length < 3) throw new VariantError('too few cases for a pick-one')
  const key = rng.pick(ok)
  if (texts.has(key.text)) throw new VariantError('a wrong case reads as the key')
  const wrong: Wrong[] = not.slice(0, 3).map((c) => [c.text, c.mistake ?? 'misread the rule'])
  const shown = [key, ...not.slice(0, 3)]
  return {
    stem: s.stem,
    key: key.text,
    wrong,
    facts: { ...s.facts, options: Object.fromEntries(shown.map((c) => [c.text, c.spec])) },
  }
}
