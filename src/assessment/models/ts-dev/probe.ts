import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'

/**
 * The compiler settings a stem states, by name. Each stem prints its setting's options, and the
 * tests compile the item's code under exactly these (plus `noEmit`, `types: []` and
 * `lib: ["es2022"]`, which change no verdict these items ask about).
 */
export const SETTINGS = {
  strict: { strict: true },
  loose: { strict: false },
  noStrictNull: { strict: true, strictNullChecks: false },
  indexed: { strict: true, noUncheckedIndexedAccess: true },
  exactOptional: { strict: true, exactOptionalPropertyTypes: true },
  implicitAny: { strict: false, noImplicitAny: true },
  returns: { strict: true, noImplicitReturns: true },
  override: { strict: true, noImplicitOverride: true },
  indexAccess: { strict: true, noPropertyAccessFromIndexSignature: true },
  catchAny: { strict: true, useUnknownInCatchVariables: false },
  noInit: { strict: true, strictPropertyInitialization: false },
  verbatim: { strict: true, verbatimModuleSyntax: true },
  erasable: { strict: true, erasableSyntaxOnly: true },
  fallthrough: { strict: true, noFallthroughCasesInSwitch: true },
  unusedLocals: { strict: true, noUnusedLocals: true, noUnusedParameters: true },
} as const satisfies Record<string, Record<string, boolean>>

export type Setting = keyof typeof SETTINGS

/** The compiler options of a setting as a stem states them. */
export const settingText = (setting: Setting): string =>
  `{ ${Object.entries(SETTINGS[setting])
    .map(([k, v]) => `"${k}": ${v}`)
    .join(', ')} }`

/**
 * One compilation the tests run with the real TypeScript compiler. `files` are the project's
 * files (`main.ts` is the one the item shows), compiled as one module each under `setting`.
 * `lines` are main.ts lines (1-based) whose verdicts are read in order, each `error` when tsc
 * reports a diagnostic on it and `clean` when not, joined by spaces; with no lines the verdict is
 * that of the whole project. `shows` is the verdict the option stands for.
 */
export interface TsTrial {
  readonly files: Readonly<Record<string, string>>
  readonly setting: Setting
  readonly lines: readonly number[]
  readonly shows: string
}

/**
 * How the tests try a drawn item: the key's trial must give the verdict it shows, and each wrong
 * answer's trial must not.
 */
export interface TsProbe {
  trial(option: string): TsTrial
}

export interface TsScenario extends Scenario {
  readonly probe: TsProbe
}

export interface TsFamily extends ScenarioFamily {
  draw(rng: Rng): TsScenario
}

/** A wrong answer and the mistake that produces it. */
export type Slip = readonly [text: string, mistake: string]

export const family = (id: string, draw: (rng: Rng) => TsScenario): TsFamily => ({ id, draw })

/** A stem's code block. */
export const block = (code: string): string => `\n\n\`\`\`ts\n${code}\n\`\`\`\n\n`

const preface = (setting: Setting): string =>
  `A project's tsconfig.json has the compilerOptions ${settingText(setting)} and is checked with \`tsc --noEmit\` (TypeScript 5.9 or 7, which report the same errors here; target and lib ES2022, module esnext; every file is a module).`

/** The wrong answers that differ from the key and from each other; fewer than three refuse the draw. */
function distinct(key: string, wrong: readonly Slip[]): Slip[] {
  const seen = new Set([key])
  const kept = wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (kept.length < 3) throw new VariantError('fewer than three distinct wrong answers')
  return kept
}

/**
 * One statement and tsc's verdict on it: `true` when tsc reports an error on the line, and the
 * mistake of someone who expects the other verdict.
 */
export type Verdict = readonly [code: string, errors: boolean, mistake: string]

const word = (errors: boolean): string => (errors ? 'error' : 'clean')

/**
 * Which numbered lines does tsc reject? `before` declares what the lines use; three lines are
 * drawn from the pool in random order. The key lists each line's verdict; each wrong answer
 * flips one line (its mistake), or two lines (two mistakes held at once).
 */
export function verdicts(
  rng: Rng,
  spec: {
    readonly setting?: Setting
    readonly before: string
    readonly pool: readonly Verdict[]
    readonly n?: number
    readonly files?: Readonly<Record<string, string>>
    readonly intro?: string
  },
): TsScenario {
  const setting = spec.setting ?? 'strict'
  const rows = rng.shuffle(spec.pool).slice(0, spec.n ?? 3)
  const head = spec.before === '' ? [] : spec.before.split('\n')
  const shown = [...head, ...rows.map(([c], i) => `${c} // (${i + 1})`)].join('\n')
  const lines = rows.map((_, i) => head.length + i + 1)
  const line = (flip: readonly number[]): string =>
    rows.map(([, e], i) => word(flip.includes(i) ? !e : e)).join(' ')
  const singles: Slip[] = rows.map((r, i) => [line([i]), r[2]])
  const pairs: Slip[] = []
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      pairs.push([
        line([i, j]),
        `${rows[i]![2]}, and also ${rows[j]![2].replace(/^believes /, 'that ')}`,
      ])
    }
  }
  const key = line([])
  const others = Object.entries(spec.files ?? {})
    .map(([name, text]) => `\n\`${name}\`:${block(text)}`)
    .join('')
  const ask =
    'Which of the numbered lines does tsc report an error on? Each answer gives lines (1), (2) and (3) in order as error (tsc reports an error on that line) or clean (no error).'
  return {
    stem: `${preface(setting)}${spec.intro ? ` ${spec.intro}` : ''}${others} ${ask}${block(shown)}`,
    key,
    wrong: distinct(key, [...singles, ...pairs]),
    code: true,
    probe: {
      trial: (option) => ({
        files: { ...spec.files, 'main.ts': shown },
        setting,
        lines,
        shows: option,
      }),
    },
  }
}

/**
 * Which answer compiles? Each option is placed into `template` at `@` (main.ts); the key's
 * project compiles clean, each wrong answer's project has an error.
 */
export function compiles(
  _rng: Rng,
  spec: {
    readonly setting?: Setting
    readonly ask: string
    readonly shown: string
    readonly template: string
    readonly key: string
    readonly wrong: readonly Slip[]
    readonly files?: Readonly<Record<string, string>>
  },
): TsScenario {
  const setting = spec.setting ?? 'strict'
  const others = Object.entries(spec.files ?? {})
    .map(([name, text]) => `\n\`${name}\`:${block(text)}`)
    .join('')
  return {
    stem: `${preface(setting)}${others} ${spec.ask}${block(spec.shown)}`,
    key: spec.key,
    wrong: distinct(spec.key, spec.wrong),
    code: true,
    probe: {
      trial: (option) => ({
        files: { ...spec.files, 'main.ts': spec.template.replace('@', option) },
        setting,
        lines: [],
        shows: 'clean',
      }),
    },
  }
}

// A type equality the compiler decides exactly (identical types only, not mutual assignability).
const EQUAL =
  'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false'

/**
 * What type is `subject` where the code ends? The key is the type tsc gives it (the tests check
 * that tsc finds it identical), each wrong answer a type a named mistake expects.
 */
export function typeOf(
  _rng: Rng,
  spec: {
    readonly setting?: Setting
    readonly code: string
    readonly subject: string
    readonly ask?: string
    readonly key: string
    readonly wrong: readonly Slip[]
  },
): TsScenario {
  const setting = spec.setting ?? 'strict'
  const ask =
    spec.ask ??
    `Which type does tsc give \`${spec.subject}\` (the type an editor shows on hover, written out)?`
  return {
    stem: `${preface(setting)} ${ask}${block(spec.code)}`,
    key: spec.key,
    wrong: distinct(spec.key, spec.wrong),
    code: true,
    probe: {
      trial: (option) => ({
        files: {
          'main.ts': `${spec.code}\n${EQUAL}\nconst same: Same<${spec.subject}, ${option}> = true`,
        },
        setting,
        lines: [],
        shows: 'clean',
      }),
    },
  }
}

/** `n` different values from a list. */
export const several = <T>(rng: Rng, list: readonly T[], n: number): T[] & Record<0 | 1 | 2, T> => {
  if (n > list.length) throw new RangeError(`cannot draw ${n} of ${list.length}`)
  return rng.shuffle(list).slice(0, n) as T[] & Record<0 | 1 | 2, T>
}
