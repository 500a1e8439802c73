import type { Rng } from '../../rng.js'
import { type JsScenario, predict, type Slip, several } from './probe.js'

/**
 * One expression whose printed value trips people up: what Node prints, and the value a named
 * mistake expects instead (each value one word, so a line of them reads word by word).
 */
export type Row = readonly [expr: string, value: string, slipValue: string, mistake: string]

/**
 * Prints `n` expressions drawn from a pool on one console.log line: the key is their values as
 * Node prints them, each wrong answer the line with one expression read as its mistake reads
 * it (and, from `predict`, two mistakes held at once).
 */
export function tableLine(
  rng: Rng,
  pool: readonly Row[],
  n: number,
  before = '',
  extra: readonly Slip[] = [],
): JsScenario {
  const rows = several(rng, pool, n)
  const line = (swap: number): string => rows.map((r, i) => (i === swap ? r[2] : r[1])).join(' ')
  return predict({
    code: `${before}console.log(${rows.map((r) => r[0]).join(', ')})`,
    key: line(-1),
    wrong: [...rows.map((r, i) => [line(i), r[3]] as Slip), ...extra],
  })
}
