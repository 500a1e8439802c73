import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A Docker scenario. `facts` repeat what the key follows from under a `kind` the key test
 * recognises: the drawn Dockerfile, port spec or Compose sources for families it works out again
 * with its own implementation, or (`kind: 'rule'`) the documented answer the key states and the
 * docs.docker.com page it comes from, which the test checks against its own cited table.
 */
export interface DockerScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface DockerFamily extends ScenarioFamily {
  draw(rng: Rng): DockerScenario
}

export const family = (id: string, draw: (rng: Rng) => DockerScenario): DockerFamily => ({
  id,
  draw,
})

/** Clients a freelance DevOps or back-end engineer containerises apps for. */
const CLIENTS = [
  'an online bookshop',
  'a dental clinic',
  'a logistics start-up',
  'a language school',
  'a craft brewery',
  'a property agency',
  'a charity',
  'a fitness app',
  'a local newspaper',
  'a photo studio',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** Image names of the clients' own apps (no registry, as on a laptop). */
export const APPS = ['shopapi', 'booking', 'invoicer', 'tracker', 'portal', 'reports'] as const
export const app = (rng: Rng): string => rng.pick(APPS)

/** Compose service names for a web app and its database or cache. */
export const WEBS = ['web', 'api', 'app', 'backend'] as const
export const DBS = ['db', 'postgres', 'database', 'pg'] as const

/**
 * The scenario with every named mistake distinct from the key and from each other (at least
 * three), shuffled: the item model picks the three that place the key where chance would by
 * length and likeness, so a key wording's length gives nothing away.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts: DockerScenario['facts']
    code?: boolean
  },
): DockerScenario {
  const seen = new Set([spec.key])
  const distinct = spec.wrong.filter(([text]) => !seen.has(text) && seen.add(text))
  if (distinct.length < 3) throw new VariantError('fewer than three distinct mistakes')
  return {
    stem: spec.stem,
    key: spec.key,
    wrong: rng.shuffle(distinct),
    facts: spec.facts,
    ...(spec.code === undefined ? {} : { code: spec.code }),
  }
}

/**
 * A family whose key is a documented rule: `answer` names what the documentation says (a flag, an
 * instruction, a value, a behaviour) in a word the key test looks up in its own cited table; the
 * key is drawn from several true wordings and three of at least five named mistakes are shown.
 */
export function rule(
  id: string,
  spec: {
    readonly source: string
    readonly answer: string
    readonly stem: (rng: Rng) => string
    readonly keys: readonly string[]
    readonly wrong: readonly Wrong[]
    readonly code?: boolean
  },
): DockerFamily {
  return family(id, (rng) =>
    choose(rng, {
      stem: spec.stem(rng),
      key: rng.pick(spec.keys),
      wrong: spec.wrong,
      facts: { kind: 'rule', answer: spec.answer, source: spec.source, keys: spec.keys },
      ...(spec.code === undefined ? {} : { code: spec.code }),
    }),
  )
}
