import type { Rng } from '../../rng.js'
import type { Wrong } from '../scenario/scenario-model.js'
import { ascending, COMPONENTS, choose, family, type RwdFamily, site } from './rwd-text.js'

/** A width condition as the families write it: `min` or `max`, in whole CSS pixels. */
type Bound = readonly [feature: 'min' | 'max', px: number]
type Rule = readonly [bound: Bound, columns: number]

const query = ([feature, n]: Bound) => `(${feature}-width: ${n}px)`

/** Media Queries 4, §4.1: `min-width` and `max-width` include their value (width ≥ n, width ≤ n). */
const matches = ([feature, n]: Bound, width: number) =>
  feature === 'min' ? width >= n : width <= n

/** CSS Cascade 4, §6.4: of the matching rules of equal specificity, the last in source order wins. */
function lastMatching(base: number, rules: readonly Rule[], width: number, test = matches): number {
  let value = base
  for (const [bound, columns] of rules) if (test(bound, width)) value = columns
  return value
}

const firstMatching = (base: number, rules: readonly Rule[], width: number) =>
  rules.find(([bound]) => matches(bound, width))?.[1] ?? base

const exclusive = ([feature, n]: Bound, width: number) =>
  feature === 'min' ? width > n : width < n
const flipped = ([feature, n]: Bound, width: number) =>
  feature === 'min' ? width <= n : width >= n

const columns = (n: number) => (n === 1 ? '1 column' : `${n} columns`)

const BREAKPOINTS = [480, 540, 600, 640, 720, 768, 800, 900, 960, 1024, 1080, 1200, 1280, 1440]

/** A width on a breakpoint (where inclusive and exclusive readings part) or between two. */
function drawWidth(rng: Rng, bps: readonly number[]): number {
  if (rng.next() < 0.45) return rng.pick(bps)
  const lo = rng.pick([360, ...bps])
  return lo + rng.int(1, 60)
}

/** Column counts at two widths, as an option shows them. */
const pair = (
  base: number,
  rules: readonly Rule[],
  [w1, w2]: readonly number[],
  at: typeof lastMatching,
) => `${columns(at(base, rules, w1!))} at ${w1}px, ${at(base, rules, w2!)} at ${w2}px`

/**
 * The stem, key and named mistakes of one cascade of width queries at two drawn widths (two, so
 * that each misreading gives an answer of its own more often than one width's four counts allow).
 */
function cascade(
  rng: Rng,
  base: number,
  rules: readonly Rule[],
  widths: readonly number[],
  note: string,
) {
  const c = rng.pick(COMPONENTS)
  const css = [
    `${c} { grid-template-columns: repeat(${base}, 1fr) }`,
    ...rules.map(
      ([b, n]) => `@media ${query(b)} { ${c} { grid-template-columns: repeat(${n}, 1fr) } }`,
    ),
  ].join(' ')
  const wrong: Wrong[] = [
    [pair(base, rules, widths, firstMatching), 'lets the first matching query win, not the last'],
    [
      pair(base, rules, widths, (b, r, w) => lastMatching(b, r, w, exclusive)),
      'reads min-width and max-width as excluding their value',
    ],
    [
      pair(base, rules, widths, (b, r, w) => lastMatching(b, r, w, flipped)),
      'reads min-width as an upper limit and max-width as a lower one',
    ],
  ]
  const [w1, w2] = widths
  return {
    stem: `On ${site(rng)}, ${note} the stylesheet holds, in this order: ${css}. How many columns does ${c} have in viewports exactly ${w1} and ${w2} CSS px wide?`,
    key: pair(base, rules, widths, lastMatching),
    wrong,
    facts: {
      kind: 'media-cascade',
      component: c,
      base,
      rules: rules.map(([b, n]) => [query(b), n]),
      widths,
    },
    code: false,
  }
}

/** Two distinct widths, ascending: one on a breakpoint, one drawn freely. */
function drawWidths(rng: Rng, bps: readonly number[]): number[] {
  const a = rng.pick(bps)
  let b = drawWidth(rng, bps)
  if (b === a) b = a + rng.int(1, 80)
  return [a, b].sort((x, y) => x - y)
}

/**
 * Which rule a cascade of width queries applies at a width: each query is tested on its own
 * (Media Queries 4, §2.4), `min-width: 768px` matches 768 itself, and among matching rules the
 * later wins (CSS Cascade 4, §6.4). The mistakes: the first match winning, exclusive bounds,
 * min and max read the wrong way round.
 */
export const CASCADE_FAMILIES: readonly RwdFamily[] = [
  family('mobile-first-cascade', (rng) => {
    const bps = ascending(rng, BREAKPOINTS, 3)
    const rules: Rule[] = bps.map((b, i) => [['min', b], i + 2])
    const s = cascade(rng, 1, rules, drawWidths(rng, bps), 'a mobile-first layout:')
    return choose(rng, s)
  }),
  family('desktop-first-cascade', (rng) => {
    const bps = ascending(rng, BREAKPOINTS, 3).reverse()
    const rules: Rule[] = bps.map((b, i) => [['max', b], 3 - i])
    const s = cascade(rng, 4, rules, drawWidths(rng, bps), 'a desktop-first layout:')
    return choose(rng, s)
  }),
]
