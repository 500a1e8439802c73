import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import {
  distinctMistakes,
  figures,
  grouped,
  type Slip,
  scenarioFamily,
  worked,
} from '../scenario/scenario-text.js'

export { cap, drawn, grouped, type Slip } from '../scenario/scenario-text.js'

/**
 * A project-management scenario. `facts` say what the key follows from under a `kind` the key
 * test recognises: the drawn network, estimates, earned-value figures, risks or contract terms
 * with the quantity asked (`ask`) and, for every answer shown, the slip that gives it; or
 * (`kind: 'rule'`) the documented answer the key states and the PMI source it comes from.
 */
export interface PjmScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

export interface PjmFamily extends ScenarioFamily {
  draw(rng: Rng): PjmScenario
}

/**
 * A named family. A drawn network or set of figures that does not fit the question (no activity
 * with free float, a levelling that changes nothing) is drawn again, up to 40 times, so every
 * family yields an item as reliably as one whose figures always fit.
 */
export const family = (id: string, draw: (rng: Rng) => PjmScenario): PjmFamily =>
  scenarioFamily(id, (rng) => {
    let refused: unknown
    for (let i = 0; i < 40; i++) {
      try {
        return draw(rng)
      } catch (error) {
        if (!(error instanceof VariantError)) throw error
        refused = error
      }
    }
    throw refused
  })

/** Clients a freelance project manager runs projects for. */
const CLIENTS = [
  'a regional hospital',
  'an e-commerce start-up',
  'a housing association',
  'a museum',
  'a logistics firm',
  'a city council',
  'a software agency',
  'a food manufacturer',
  'a university department',
  'a charity',
] as const
/** Projects such clients hire a freelance project manager for. */
const PROJECTS = [
  'office move',
  'website relaunch',
  'CRM roll-out',
  'warehouse fit-out',
  'exhibition opening',
  'ERP upgrade',
  'product launch',
  'data-centre migration',
  'training programme',
  'mobile app release',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const project = (rng: Rng): string => rng.pick(PROJECTS)
/** "the museum’s exhibition opening" style phrase. */
export const job = (rng: Rng): string => `${client(rng)}’s ${project(rng)}`

/** Whole days: `1 day`, `14 days`. */
export const days = (n: number): string => (n === 1 ? '1 day' : `${grouped(n, 0)} days`)
/** Days to one decimal, as PERT estimates are quoted. */
export const days1 = (n: number): string => `${grouped(n, 1)} days`
/** Money in whole units with the drawn symbol. */
export const money =
  (sym: string) =>
  (v: number): string =>
    `${v < 0 ? '-' : ''}${sym}${grouped(Math.abs(v), 0)}`
/** An index to two decimals. */
export const ratio = (v: number): string => grouped(v, 2)
/** A fraction as a whole percentage. */
export const percent = (v: number): string => `${grouped(v * 100, 0)}%`
export const currency = (rng: Rng): string => rng.pick(['$', '€', '£'])

/** The formats the key test knows by name, so it can print its own figures the same way. */
export type Format = 'days' | 'days1' | 'days2' | 'money' | 'ratio' | 'percent' | 'count'
export function formatter(format: Format, sym = '$'): (v: number) => string {
  switch (format) {
    case 'days':
      return days
    case 'days1':
      return days1
    case 'days2':
      return (n) => `${grouped(n, 1)} days²`
    case 'money':
      return money(sym)
    case 'ratio':
      return ratio
    case 'percent':
      return percent
    case 'count':
      return (v) => grouped(v, 0)
  }
}

/**
 * A figure worked from the drawn inputs: the key and each named slip shown the same way, with
 * the slip of every answer shown kept in the facts for the key test to work out again.
 */
export function computed<I>(
  rng: Rng,
  spec: {
    kind: string
    ask: string
    stem: string
    in: I
    format: Format
    sym?: string
    key: number
    wrong: readonly Slip[]
    signed?: boolean
  },
): PjmScenario {
  const t = figures(rng, formatter(spec.format, spec.sym), {
    stem: spec.stem,
    in: spec.in,
    key: spec.key,
    wrong: spec.wrong,
    ...(spec.signed ? { signed: true } : {}),
  })
  return {
    stem: t.stem,
    key: t.key,
    wrong: t.wrong,
    facts: {
      kind: spec.kind,
      ask: spec.ask,
      in: spec.in,
      format: spec.format,
      sym: spec.sym ?? '$',
      slips: t.calc.slips,
    },
  }
}

/** An answer worked out as text (an activity list, an option chosen), tagged with its slip. */
export function answered<I>(
  rng: Rng,
  spec: {
    kind: string
    ask: string
    stem: string
    in: I
    key: string
    wrong: readonly Slip<string>[]
  },
): PjmScenario {
  const t = worked(rng, { stem: spec.stem, in: spec.in, key: spec.key, wrong: spec.wrong })
  return {
    stem: t.stem,
    key: t.key,
    wrong: t.wrong,
    facts: { kind: spec.kind, ask: spec.ask, in: spec.in, slips: t.calc.slips },
  }
}

/**
 * A family whose key is a documented rule: `answer` names what the PMI source says in a word the
 * key test looks up in its own cited table; the key is drawn from several true wordings and the
 * item shows three of at least four named mistakes.
 */
export function rule(
  id: string,
  spec: {
    readonly source: string
    readonly answer: string
    readonly stem: (rng: Rng) => string
    readonly keys: readonly string[]
    readonly wrong: readonly Wrong[]
  },
): PjmFamily {
  return family(id, (rng) => {
    const key = rng.pick(spec.keys)
    return {
      stem: spec.stem(rng),
      key,
      wrong: rng.shuffle(distinctMistakes(key, spec.wrong)),
      facts: { kind: 'rule', answer: spec.answer, source: spec.source, keys: spec.keys },
    }
  })
}
