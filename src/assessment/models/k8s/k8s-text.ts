import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/**
 * A Kubernetes scenario. `facts` carry what the key follows from under a `kind` the key test
 * recognises: the drawn figures, labels or manifests for families it works out again with its own
 * implementation, or (`kind: 'rule'`) the documented answer and the kubernetes.io page that
 * states it, which the test checks against its own cited table.
 */
export interface K8sScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface K8sFamily extends ScenarioFamily {
  draw(rng: Rng): K8sScenario
}

export const family = (id: string, draw: (rng: Rng) => K8sScenario): K8sFamily => ({ id, draw })

/** Clients whose clusters a freelance platform engineer looks after. */
const CLIENTS = [
  'an online bookshop',
  'a dental-clinic chain',
  'a logistics start-up',
  'a language school',
  'a ticketing agency',
  'a property portal',
  'a charity',
  'a fitness app',
  'a regional newspaper',
  'a payroll bureau',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const Client = (rng: Rng): string => {
  const c = client(rng)
  return c[0]!.toUpperCase() + c.slice(1)
}

/** Workload names of the clients' apps. */
export const APPS = [
  'checkout',
  'booking',
  'invoicer',
  'tracker',
  'portal',
  'reports',
  'search',
] as const
export const app = (rng: Rng): string => rng.pick(APPS)
export const NAMESPACES = ['shop', 'prod', 'staging', 'billing', 'web', 'ops'] as const

/**
 * The scenario with every named mistake distinct from the key and from each other (at least
 * three), shuffled: the item model shows the three that place the key where chance would.
 */
export function choose(
  rng: Rng,
  spec: {
    stem: string
    key: string
    wrong: readonly Wrong[]
    facts: K8sScenario['facts']
    code?: boolean
  },
): K8sScenario {
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
 * A family whose key is a documented rule: `answer` names it in a word the key test looks up in
 * its own cited table; the key is drawn from true wordings, distractors from named mistakes.
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
): K8sFamily {
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

/**
 * A computed family: `key` and every mistake are functions of the drawn figures `f`, which the
 * facts carry under `kind` so the key test can work each of them out again on its own.
 */
export function computed<F extends Record<string, unknown>>(
  id: string,
  spec: {
    readonly kind: string
    readonly figures: (rng: Rng) => F
    readonly stem: (f: F, rng: Rng) => string
    readonly key: (f: F) => string
    readonly wrong: readonly (readonly [mistake: string, answer: (f: F) => string])[]
    readonly code?: boolean
  },
): K8sFamily {
  return family(id, (rng) => {
    const f = spec.figures(rng)
    return choose(rng, {
      stem: spec.stem(f, rng),
      key: spec.key(f),
      wrong: spec.wrong.map(([m, a]) => [a(f), m] as const),
      facts: { kind: spec.kind, ...f },
      ...(spec.code === undefined ? {} : { code: spec.code }),
    })
  })
}
