import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'

/**
 * One program the tests run in a real Node.js 20 and the output it must show. Output is its
 * console.log lines (each call's arguments formatted as console.log formats them), joined by
 * single spaces when `lines` is set, then `throws Name` when an error escaped it, synchronously
 * or from a scheduled callback (so an answer can be an error).
 */
export interface JsRun {
  readonly program: string
  readonly expect: string
  readonly lines?: boolean
}

/**
 * How the tests try a drawn item: `trial(option)` is the run the option stands for (the code
 * shown, expected to print that option); the key's run must show it and each wrong answer's not.
 */
export interface JsProbe {
  trial(option: string): JsRun
}

export interface JsScenario extends Scenario {
  readonly probe: JsProbe
}

export interface JsFamily extends ScenarioFamily {
  draw(rng: Rng): JsScenario
}

/** A wrong answer and the mistake that produces it. */
export type Slip = readonly [text: string, mistake: string]

/** The answer that an error escapes the code: the name of the error's constructor. */
export const throws = (name: string): string => `throws ${name}`

const PREFACE =
  "This code is saved as app.js and run with `node app.js` in Node.js 20 (a CommonJS script: sloppy mode unless it opens with 'use strict')."

/** A stem's code block. */
export const block = (code: string): string => `\n\n\`\`\`js\n${code}\n\`\`\`\n\n`

/**
 * The wrong answers that differ from the key and from each other: with some drawn figures two
 * mistakes print the same, or a mistake prints what the code does. Fewer than three left refuses
 * the draw, and another is taken instead.
 */
function distinct<W extends readonly [string, ...unknown[]]>(
  key: string,
  wrong: readonly W[],
): W[] {
  const seen = new Set([key])
  const kept = wrong.filter(([t]) => !seen.has(t) && seen.add(t))
  if (kept.length < 3) throw new VariantError('fewer than three distinct wrong answers')
  return kept
}

/**
 * The answers of two mistakes held at once, where the output is words and each mistake changes
 * different words of it: a candidate can hold both beliefs, and these answers keep the key from
 * being the one option every other differs from in a single place.
 */
function bothSlips(
  key: string,
  wrong: readonly Slip[],
  apart: readonly (readonly [string, string])[],
): Slip[] {
  const clash = (a: string, b: string): boolean =>
    apart.some(([x, y]) => (a.includes(x) && b.includes(y)) || (a.includes(y) && b.includes(x)))
  const words = key.split(' ')
  const changes = wrong.map(([t]) => {
    const w = t.split(' ')
    if (w.length !== words.length) return undefined
    return new Set(w.flatMap((x, i) => (x === words[i] ? [] : [i])))
  })
  const out: Slip[] = []
  for (let i = 0; i < wrong.length; i++) {
    for (let j = i + 1; j < wrong.length; j++) {
      const [a, b] = [changes[i], changes[j]]
      if (!a || !b || a.size === 0 || b.size === 0 || [...a].some((x) => b.has(x))) continue
      const [ta, ma] = wrong[i]!
      const [tb, mb] = wrong[j]!
      if (clash(ma, mb)) continue
      const wa = ta.split(' ')
      const wb = tb.split(' ')
      const text = words.map((x, k) => (a.has(k) ? wa[k] : b.has(k) ? wb[k] : x)).join(' ')
      out.push([text, `${ma}, and also ${mb.replace(/^believes /, 'that ')}`])
    }
  }
  return out
}

/**
 * What does this code print? The key is the output of the code shown (checked by running it in
 * Node), each wrong answer the output the code has as its mistake reads it.
 */
export function predict(spec: {
  readonly ask?: string
  readonly code: string
  readonly key: string
  readonly wrong: readonly Slip[]
  /** Output of several lines, answered as the lines joined by single spaces. */
  readonly lines?: boolean
  /** Whether two mistakes may be held at once (default yes); no where the words cannot mix. */
  readonly combine?: boolean
  /** Pairs of mistakes (parts of their names) no one holds together. */
  readonly apart?: readonly (readonly [string, string])[]
}): JsScenario {
  const ask =
    spec.ask ??
    (spec.lines
      ? 'what does this code print once everything it schedules has run? (Its output lines are shown joined by single spaces.)'
      : 'what does this code print?')
  const lines = spec.lines ?? false
  const slips = distinct(spec.key, spec.wrong)
  const both = (spec.combine === false ? [] : bothSlips(spec.key, slips, spec.apart ?? [])).filter(
    ([t]) => t !== spec.key && !slips.some(([w]) => w === t),
  )
  return {
    stem: `${PREFACE} ${ask.charAt(0).toUpperCase()}${ask.slice(1)}${block(spec.code)}`,
    key: spec.key,
    wrong: [...slips, ...both],
    code: true,
    probe: { trial: (option) => ({ program: spec.code, expect: option, lines }) },
  }
}

/** One family: an id and how a case of it is drawn. */
export const family = (id: string, draw: (rng: Rng) => JsScenario): JsFamily => ({ id, draw })

/** `n` different values from a list. */
export const several = <T>(
  rng: Rng,
  list: readonly T[],
  n: number,
): T[] & Record<0 | 1 | 2 | 3 | 4, T> => {
  if (n > list.length) throw new RangeError(`cannot draw ${n} of ${list.length}`)
  return rng.shuffle(list).slice(0, n) as T[] & Record<0 | 1 | 2 | 3 | 4, T>
}

/** Names a client's code uses, so draws differ in more than figures. */
export const NAMES = ['orders', 'items', 'rows', 'tags', 'files', 'users', 'jobs', 'prices']
export const WORDS = ['apple', 'pear', 'plum', 'fig', 'kiwi', 'lime', 'date', 'peach']
