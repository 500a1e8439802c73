import type { Rng } from '../../rng.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/** A bash program and the check (also bash) that succeeds when the program did what was asked. */
export interface Trial {
  readonly program: string
  readonly check: string
}

/**
 * How the tests try a drawn item in bash: every program runs as a script file in a fresh scratch
 * folder `d` after `setup`, its standard output in `../out` and its standard error in `../err`
 * (outside the folder, so a glob there sees only what the item put in it).
 * `trial(option)` is what the option stands for: the key's trial must reach the goal and every
 * wrong answer's must not. `shows` pairs a wrong answer with the program its mistake amounts to;
 * that program must reach what the wrong answer claims, proving the answer is the mistake's.
 */
export interface Probe {
  readonly setup?: string
  trial(option: string): Trial
  readonly shows?: readonly (readonly [option: string, program: string])[]
}

export interface BashScenario extends Scenario {
  readonly probe: Probe
}

export interface BashFamily extends ScenarioFamily {
  draw(rng: Rng): BashScenario
}

/** A wrong answer, its mistake and, for predicted output, the program the mistake amounts to. */
export type Slip = readonly [text: string, mistake: string, program?: string]

/** Single quotes for the shell, so any text reaches bash unchanged. */
export const sq = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** The answer that a program prints nothing at all. */
export const NOTHING = 'nothing is printed'

/** A check that the program printed exactly `text` (trailing newlines aside). */
export const printed = (text: string): string =>
  text === NOTHING ? '[ ! -s ../out ]' : `[ "$(cat ../out)" = ${sq(text)} ]`

const PREFACE = 'In bash 5 on GNU/Linux'

/** A stem's code block. */
export const block = (code: string): string => `\n\n\`\`\`bash\n${code}\n\`\`\`\n\n`

/**
 * What does this code print? The key is the output the stem's code prints (checked by running it),
 * each wrong answer the output of the code as its mistake reads it.
 */
export function predict(spec: {
  readonly ask?: string
  readonly setup?: string
  readonly script: string
  readonly key: string
  readonly wrong: readonly Slip[]
  /** Output of several lines, answered as the lines joined by single spaces. */
  readonly lines?: boolean
}): BashScenario {
  const ask =
    spec.ask ??
    (spec.lines
      ? 'what does this script print? (Its output lines are shown joined by single spaces.)'
      : 'what does this script print?')
  const wrap = (p: string) => (spec.lines ? `{\n${p}\n} | paste -sd ' '` : p)
  return {
    stem: `${PREFACE}, ${ask}${block(spec.script)}`,
    key: spec.key,
    wrong: spec.wrong.map(([t, m]) => [t, m] as Wrong),
    code: true,
    probe: {
      ...(spec.setup === undefined ? {} : { setup: spec.setup }),
      // Joined lines of no output are one empty line, which is how nothing printed shows there.
      trial: (option) => ({
        program: wrap(spec.script),
        check: spec.lines && option === NOTHING ? '[ -z "$(cat ../out)" ]' : printed(option),
      }),
      shows: spec.wrong.flatMap(([t, , p]) => (p === undefined ? [] : [[t, wrap(p)] as const])),
    },
  }
}

/**
 * Which code does the job? Each option is put into `run` and tried: the key reaches `check`, each
 * wrong option (a mistake written as code) does not.
 */
export function choose(spec: {
  readonly stem: string
  readonly setup?: string
  readonly run: (option: string) => string
  readonly check: string
  readonly key: string
  readonly wrong: readonly Wrong[]
}): BashScenario {
  return {
    stem: `${PREFACE}, ${spec.stem}`,
    key: spec.key,
    wrong: spec.wrong,
    code: true,
    probe: {
      ...(spec.setup === undefined ? {} : { setup: spec.setup }),
      trial: (option) => ({ program: spec.run(option), check: spec.check }),
    },
  }
}

/**
 * Why does the script fail? Options are causes in words; each comes with the fix its diagnosis
 * leads to. The key's fix makes the script reach `check`; a wrong diagnosis's fix does not.
 */
export function explain(spec: {
  readonly stem: string
  readonly setup?: string
  readonly check: string
  readonly key: readonly [text: string, fix: string]
  readonly wrong: readonly (readonly [text: string, mistake: string, fix: string])[]
}): BashScenario {
  const fixes = new Map([spec.key, ...spec.wrong.map(([t, , f]) => [t, f] as const)])
  return {
    stem: `${PREFACE}, ${spec.stem}`,
    key: spec.key[0],
    wrong: spec.wrong.map(([t, m]) => [t, m] as Wrong),
    code: false,
    probe: {
      ...(spec.setup === undefined ? {} : { setup: spec.setup }),
      trial: (option) => ({ program: fixes.get(option) ?? 'exit 99', check: spec.check }),
    },
  }
}

/** One family: an id and how a case of it is drawn. */
export const family = (id: string, draw: (rng: Rng) => BashScenario): BashFamily => ({ id, draw })

/** Names drawn for variables, files and words, so draws differ in more than figures. */
export const VARS = [
  'name',
  'file',
  'path',
  'item',
  'entry',
  'target',
  'src',
  'host',
  'user',
  'label',
]
export const WORDS = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'omega',
  'kilo',
  'lima',
  'tango',
  'sierra',
  'zulu',
]
export const STEMS = ['report', 'backup', 'invoice', 'photo', 'notes', 'draft', 'export', 'data']

/** `n` different values from a list (callers ask for at most five, and lists hold more). */
export const several = <T>(
  rng: Rng,
  list: readonly T[],
  n: number,
): T[] & Record<0 | 1 | 2 | 3, T> => {
  if (n > list.length || n > 5) throw new RangeError(`cannot draw ${n} of ${list.length}`)
  return rng.shuffle(list).slice(0, n) as T[] & Record<0 | 1 | 2 | 3, T>
}
