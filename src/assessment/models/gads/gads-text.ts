import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'
import { distinctMistakes, figures, type Slip, worked } from '../scenario/scenario-text.js'

export {
  cap,
  cash,
  drawn,
  grouped,
  pct,
  plain,
  type Slip,
  symbol,
} from '../scenario/scenario-text.js'

/**
 * A Google Ads scenario. `facts.kind` tells the key test how to work the key out again: `rule`
 * (the documented answer, under a word the test looks up in its own cited table, with the
 * support.google.com/google-ads page it comes from), `calc` (the drawn figures and each shown
 * answer's slip, which the test recomputes its own way) or `match` (a negative keyword and the
 * searches shown, which the test matches with its own matcher).
 */
export interface GadsScenario extends Scenario {
  readonly facts: Readonly<{ kind: string } & Record<string, unknown>>
}

/** A named family. */
export interface GadsFamily extends ScenarioFamily {
  draw(rng: Rng): GadsScenario
}

export const family = (id: string, draw: (rng: Rng) => GadsScenario): GadsFamily => ({ id, draw })

/** Clients a freelance PPC specialist runs Google Ads accounts for, with what they sell. */
const CLIENTS = [
  ['a plumbing firm', 'emergency plumber'],
  ['an online florist', 'flower delivery'],
  ['a driving school', 'driving lessons'],
  ['a dental practice', 'teeth whitening'],
  ['a bike shop', 'electric bikes'],
  ['a language school', 'spanish classes'],
  ['a roofing contractor', 'roof repair'],
  ['a pet grooming salon', 'dog grooming'],
  ['a furniture shop', 'oak tables'],
  ['a yoga studio', 'yoga classes'],
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)[0]
export const clientAnd = (rng: Rng): { who: string; what: string } => {
  const [who, what] = rng.pick(CLIENTS)
  return { who, what }
}

/**
 * A family whose key is a documented rule: `answer` is the word the key test looks up in its
 * cited table; the key is drawn from several true wordings, and every named mistake is offered
 * for the item model to show three.
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
): GadsFamily {
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

/**
 * A family whose answers are figures worked out from drawn inputs: the key and each slip's
 * answer, shown alike and tagged with the slip, for the key test to recompute.
 */
export function calc<I extends Record<string, number | string>>(
  id: string,
  draw: (rng: Rng) => {
    stem: string
    in: I
    key: number
    wrong: readonly Slip[]
    show: (v: number) => string
  },
): GadsFamily {
  return family(id, (rng) => {
    const d = draw(rng)
    const t = figures(rng, d.show, { stem: d.stem, in: d.in, key: d.key, wrong: d.wrong })
    return { stem: t.stem, key: t.key, wrong: t.wrong, facts: { kind: 'calc', ...t.calc } }
  })
}

/** A family whose answers are texts worked out from drawn inputs, each tagged with its slip. */
export function text<I extends Record<string, unknown>>(
  id: string,
  kind: string,
  draw: (rng: Rng) => { stem: string; in: I; key: string; wrong: readonly Slip<string>[] },
): GadsFamily {
  return family(id, (rng) => {
    const t = worked(rng, draw(rng))
    return { stem: t.stem, key: t.key, wrong: t.wrong, facts: { kind, ...t.calc } }
  })
}
