import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'

/** One activity of a drawn precedence network (finish-to-start, no lags). */
export interface Activity {
  readonly id: string
  readonly d: number
  readonly pred: readonly string[]
}

/** Forward and backward pass figures, on the zero-start convention (ES of a first activity 0). */
export interface Pass {
  readonly es: Record<string, number>
  readonly ef: Record<string, number>
  readonly ls: Record<string, number>
  readonly lf: Record<string, number>
  readonly tf: Record<string, number>
  readonly ff: Record<string, number>
  readonly end: number
}

/** A network of `n` activities A, B, … whose predecessors are earlier letters. */
export function drawNetwork(rng: Rng, n = 7): Activity[] {
  const ids = 'ABCDEFGHIJ'.slice(0, n).split('')
  const acts: Activity[] = []
  ids.forEach((id, i) => {
    const earlier = ids.slice(0, i)
    let pred: string[] = []
    if (i >= 2) {
      const k = Math.min(earlier.length, rng.pick([1, 1, 2]))
      pred = rng
        .shuffle(earlier.slice(Math.max(0, i - 4)))
        .slice(0, k)
        .sort()
    }
    acts.push({ id, d: rng.int(2, 12), pred })
  })
  return acts
}

export const successors = (acts: readonly Activity[], id: string): string[] =>
  acts.filter((a) => a.pred.includes(id)).map((a) => a.id)

/** The critical path method's forward and backward passes. */
export function pass(acts: readonly Activity[]): Pass {
  const es: Record<string, number> = {}
  const ef: Record<string, number> = {}
  for (const a of acts) {
    es[a.id] = Math.max(0, ...a.pred.map((p) => ef[p]!))
    ef[a.id] = es[a.id]! + a.d
  }
  const end = Math.max(...Object.values(ef))
  const ls: Record<string, number> = {}
  const lf: Record<string, number> = {}
  for (const a of [...acts].reverse()) {
    const succ = successors(acts, a.id)
    lf[a.id] = Math.min(end, ...succ.map((s) => ls[s]!))
    ls[a.id] = lf[a.id]! - a.d
  }
  const tf: Record<string, number> = {}
  const ff: Record<string, number> = {}
  for (const a of acts) {
    tf[a.id] = ls[a.id]! - es[a.id]!
    const succ = successors(acts, a.id)
    ff[a.id] = (succ.length ? Math.min(...succ.map((s) => es[s]!)) : end) - ef[a.id]!
  }
  return { es, ef, ls, lf, tf, ff, end }
}

/** The network as the Markdown table a stem shows. */
export function table(acts: readonly Activity[]): string {
  return [
    '| Activity | Duration (days) | Predecessors |',
    '|---|---|---|',
    ...acts.map((a) => `| ${a.id} | ${a.d} | ${a.pred.length ? a.pred.join(', ') : '–'} |`),
  ].join('\n')
}

/** An activity drawn from those that pass `ok`, or a refused draw. */
export function pickActivity(
  rng: Rng,
  acts: readonly Activity[],
  ok: (a: Activity) => boolean,
): Activity {
  const fit = acts.filter(ok)
  if (fit.length === 0) throw new VariantError('no activity fits the question')
  return rng.pick(fit)
}
