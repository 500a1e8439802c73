import type { Rng } from '../../rng.js'
import {
  cap,
  type FactsFamily,
  type FactsScenario,
  type FamilyMaker,
  scenarioFamily,
} from '../scenario/scenario-text.js'

/**
 * A Docker scenario. `facts` repeat what the key follows from under a `kind` the key test
 * recognises: the drawn Dockerfile, port spec or Compose sources for families it works out again
 * with its own implementation, or (`kind: 'rule'`) the documented answer the key states and the
 * docs.docker.com page it comes from, which the test checks against its own cited table.
 */
export type DockerScenario = FactsScenario

/** A named family. */
export type DockerFamily = FactsFamily

export const family: FamilyMaker<DockerScenario, DockerFamily> = scenarioFamily

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
export const Client = (rng: Rng): string => cap(client(rng))

/** Image names of the clients' own apps (no registry, as on a laptop). */
export const APPS = ['shopapi', 'booking', 'invoicer', 'tracker', 'portal', 'reports'] as const
export const app = (rng: Rng): string => rng.pick(APPS)

/** Compose service names for a web app and its database or cache. */
export const WEBS = ['web', 'api', 'app', 'backend'] as const
export const DBS = ['db', 'postgres', 'database', 'pg'] as const

export { choose, rule } from '../scenario/scenario-text.js'
