import type { Rng } from '../../rng.js'
import {
  cap,
  choose,
  type FactsFamily,
  type FactsScenario,
  type FamilyMaker,
  scenarioFamily,
} from '../scenario/scenario-text.js'

/**
 * A Kubernetes scenario. `facts` carry what the key follows from under a `kind` the key test
 * recognises: the drawn figures, labels or manifests for families it works out again with its own
 * implementation, or (`kind: 'rule'`) the documented answer and the kubernetes.io page that
 * states it, which the test checks against its own cited table.
 */
export type K8sScenario = FactsScenario

/** A named family. */
export type K8sFamily = FactsFamily

export const family: FamilyMaker<K8sScenario, K8sFamily> = scenarioFamily

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
export const Client = (rng: Rng): string => cap(client(rng))

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

export { choose, rule } from '../scenario/scenario-text.js'
