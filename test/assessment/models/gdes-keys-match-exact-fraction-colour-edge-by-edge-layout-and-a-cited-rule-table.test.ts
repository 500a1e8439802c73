import { expect, it } from 'vitest'
import type { Calc, GdesScenario, Shape } from '../../../src/assessment/models/gdes/gdes-calc.js'
import {
  GDES_COLOUR_FAMILIES,
  GDES_COMPOSE_FAMILIES,
  GDES_LAYOUT_FAMILIES,
  GDES_OUTPUT_FAMILIES,
  GDES_TYPE_FAMILIES,
} from '../../../src/assessment/models/gdes/gdes-models.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...GDES_COLOUR_FAMILIES,
  ...GDES_LAYOUT_FAMILIES,
  ...GDES_TYPE_FAMILIES,
  ...GDES_OUTPUT_FAMILIES,
  ...GDES_COMPOSE_FAMILIES,
]
const DRAWS = 30

// ---- A second implementation, never the model's formulas: colour in exact fractions (BigInt)
// ---- with the CSS Color 4 "f(n)" forms of HSL and HSV instead of the model's hue sectors, and
// ---- exact half-up rounding; grids laid out edge by edge; multiples found by stepping; φ as the
// ---- limit of Fibonacci ratios.

/** An exact fraction n/d, d > 0. */
class Q {
  readonly n: bigint
  readonly d: bigint
  constructor(n: bigint, d = 1n) {
    if (d < 0n) {
      n = -n
      d = -d
    }
    const g = gcd(n < 0n ? -n : n, d)
    this.n = n / g
    this.d = d / g
  }
  static of(x: number): Q {
    // Decimal figures as the stems print them (at most six places).
    return new Q(BigInt(Math.round(x * 1e6)), 1000000n)
  }
  add(o: Q) {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d)
  }
  sub(o: Q) {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d)
  }
  mul(o: Q) {
    return new Q(this.n * o.n, this.d * o.d)
  }
  div(o: Q) {
    return new Q(this.n * o.d, this.d * o.n)
  }
  cmp(o: Q) {
    const x = this.n * o.d - o.n * this.d
    return x < 0n ? -1 : x > 0n ? 1 : 0
  }
  /** Rounded half up to an integer. */
  round(): number {
    const twice = 2n * this.n + this.d
    const den = 2n * this.d
    let f = twice / den
    if (twice % den !== 0n && twice < 0n) f -= 1n
    return Number(f)
  }
  floor(): bigint {
    let f = this.n / this.d
    if (this.n % this.d !== 0n && this.n < 0n) f -= 1n
    return f
  }
  /** this mod m for m > 0. */
  mod(m: Q): Q {
    const k = this.div(m).floor()
    return this.sub(m.mul(new Q(k)))
  }
}
function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b]
  return a === 0n ? 1n : a
}
const q = (x: number | bigint) => (typeof x === 'bigint' ? new Q(x) : Q.of(x))
const qmin = (...xs: Q[]) => xs.reduce((a, b) => (b.cmp(a) < 0 ? b : a))
const qmax = (...xs: Q[]) => xs.reduce((a, b) => (b.cmp(a) > 0 ? b : a))
const C255 = q(255)

/** HSL (hue in degrees, s and l as fractions) to channels by f(n) = l − a·max(−1, min(k − 3, 9 − k, 1)). */
function hslExact(h: Q, s: Q, l: Q): number[] {
  const a = s.mul(qmin(l, q(1).sub(l)))
  return [0, 8, 4].map((n) => {
    const k = q(n)
      .add(h.div(q(30)))
      .mod(q(12))
    const f = l.sub(a.mul(qmax(q(-1), qmin(k.sub(q(3)), q(9).sub(k), q(1)))))
    return f.mul(C255).round()
  })
}
/** HSV by f(n) = v − v·s·max(0, min(k, 4 − k, 1)), k = (n + h/60) mod 6. */
function hsvExact(h: Q, s: Q, v: Q): number[] {
  return [5, 3, 1].map((n) => {
    const k = q(n)
      .add(h.div(q(60)))
      .mod(q(6))
    const f = v.sub(v.mul(s).mul(qmax(q(0), qmin(k, q(4).sub(k), q(1)))))
    return f.mul(C255).round()
  })
}
/** Channels to exact hue (degrees), saturation and lightness (fractions). */
function toHsl(r: number, g: number, b: number): [Q, Q, Q] {
  const [R, G, B] = [r, g, b].map((x) => q(x).div(C255)) as [Q, Q, Q]
  const mx = qmax(R, G, B)
  const mn = qmin(R, G, B)
  const l = mx.add(mn).div(q(2))
  const d = mx.sub(mn)
  if (d.n === 0n) return [q(0), q(0), l]
  const s = d.div(qmin(l, q(1).sub(l)).mul(q(2)))
  let h: Q
  if (mx.cmp(R) === 0) h = G.sub(B).div(d)
  else if (mx.cmp(G) === 0) h = B.sub(R).div(d).add(q(2))
  else h = R.sub(G).div(d).add(q(4))
  h = h.mul(q(60)).mod(q(360))
  return [h, s, l]
}
/** The Fibonacci ratios' limit, φ. */
const PHI = (() => {
  let [a, b] = [1, 1]
  for (let i = 0; i < 60; i++) [a, b] = [b, a + b]
  return b / a
})()

/** A Calc evaluated the second way. */
function again(c: Calc): number[] {
  const [op, ...args] = c
  const a = args.flatMap((x) => (typeof x === 'number' ? [x] : again(x)))
  const [x = 0, y = 0, z = 0, w = 0, v = 0] = a
  switch (op) {
    case 'hsl2rgb':
      return hslExact(q(x), q(y).div(q(100)), q(z).div(q(100)))
    case 'hsv2rgb':
      return hsvExact(q(x), q(y).div(q(100)), q(z).div(q(100)))
    case 'rgb2hsl': {
      const [h, s, l] = toHsl(x, y, z)
      return [h.round() % 360, s.mul(q(100)).round(), l.mul(q(100)).round()]
    }
    case 'rotate': {
      const [h, s, l] = toHsl(x, y, z)
      return hslExact(h.add(q(w)).mod(q(360)), s, l)
    }
    case 'mix': {
      const t = q(a[6]!)
      return [0, 1, 2].map((i) =>
        q(a[i]!)
          .add(
            q(a[3 + i]!)
              .sub(q(a[i]!))
              .mul(t),
          )
          .round(),
      )
    }
    case 'rgb2cmyk': {
      const k = q(1).sub(q(Math.max(x, y, z)).div(C255))
      if (k.cmp(q(1)) === 0) return [0, 0, 0, 100]
      const ink = [x, y, z].map((ch) =>
        q(1).sub(q(ch).div(C255)).sub(k).div(q(1).sub(k)).mul(q(100)).round(),
      )
      return [...ink, k.mul(q(100)).round()]
    }
    case 'cmyk2rgb':
      return [x, y, z].map((ink) =>
        C255.mul(q(100 - ink).div(q(100)))
          .mul(q(100 - w).div(q(100)))
          .round(),
      )
    case 'hues':
      return a.slice(1).map((d) => {
        let hue = x + d
        while (hue >= 360) hue -= 360
        while (hue < 0) hue += 360
        return hue
      })
    case 'vec':
      return a
    case 'cols': {
      // Lay the columns out edge by edge for two trial widths; the right edge is linear in the
      // width, so the width that ends at W − right margin follows from the two trials.
      const edge = (c: number) => {
        let at = y
        for (let i = 0; i < v; i++) at += c + (i < v - 1 ? w : 0)
        return at
      }
      const e0 = edge(0)
      const e1 = edge(1)
      return [(x - z - e0) / (e1 - e0)]
    }
    case 'span': {
      let at = 0
      for (let i = 0; i < z; i++) at += x + (i > 0 ? y : 0)
      return [at]
    }
    case 'fit': {
      let n = 0
      let edge = 0
      while (edge + (n > 0 ? z : 0) + y <= x + 1e-9) {
        edge += (n > 0 ? z : 0) + y
        n++
      }
      return [n]
    }
    case 'ceilTo': {
      let m = 0
      while (m < x - 1e-9) m += y
      return [m]
    }
    case 'floorTo': {
      let m = 0
      while (m + y <= x + 1e-9) m += y
      return [m]
    }
    case 'golden':
      return [x / PHI]
    case 'pixels':
      return [q(x).div(q(y)).mul(q(z)).round()]
    case 'add':
      return [a.reduce((s, t) => s + t, 0)]
    case 'sub':
      return [x - y]
    case 'mul':
      return [a.reduce((s, t) => s * t, 1)]
    case 'div':
      return [x / y]
    case 'pow': {
      // Whole powers by repeated multiplication, fractional ones through logarithms.
      if (!Number.isInteger(y)) return [Math.exp(y * Math.log(x))]
      let p = 1
      for (let i = 0; i < Math.abs(y); i++) p *= x
      return [y < 0 ? 1 / p : p]
    }
    case 'floor':
      return [Math.floor(x + 1e-9)]
    case 'ceil':
      return [Math.ceil(x - 1e-9)]
    case 'round':
      return [Math.floor(x + 0.5 + 1e-9)]
    case 'min':
      return [Math.min(...a)]
    case 'max':
      return [Math.max(...a)]
  }
}

/** The figures an answer shows, read back from its text. */
function figures(text: string, shape: Shape): number[] {
  if (shape.kind === 'hex') return [1, 3, 5].map((i) => Number.parseInt(text.slice(i, i + 2), 16))
  const found = text.match(/-?\d[\d,]*(\.\d+)?/g) ?? []
  const nums = found.map((t) => Number(t.replace(/,/g, '')))
  return shape.kind === 'ratio' ? nums.slice(0, 1) : nums
}
const places = (shape: Shape) => ('dp' in shape ? shape.dp : 0)

/** Whether the text shows the Calc's value again, each figure within its rounding. */
function agrees(text: string, calc: Calc, shape: Shape): string | undefined {
  const want = again(calc)
  const got = figures(text, shape)
  const slack = 0.5 * 10 ** -places(shape) + 1e-9
  const ok =
    want.length === got.length &&
    want.every((v, i) => Math.abs(v - got[i]!) <= slack * Math.max(1, 1))
  return ok ? undefined : `${JSON.stringify(calc)} is ${want.join(', ')}, shown ${text}`
}

// ---- The cited rules: for each rule family's rule, a pattern every true wording (for the
// ---- situation its stem describes) fits and no distractor fits.
const RULES: Readonly<Record<string, (stem: string) => RegExp>> = {
  // FOGRA/GRACoL press practice: rich black for large solids, K only for small type.
  'rich-black': () => /rich black$|^C60 M40 Y40 K100, a rich black|^A rich black/,
  'k-only-text': () => /^K100 alone|Black ink only/,
  // Screens emit RGB light; process printing uses cyan, magenta, yellow and black inks.
  'colour-mode': (stem) =>
    /printed|litho|offset/.test(stem) ? /^CMYK(,|$)/ : /^RGB( \(sRGB\)| in sRGB|$)/,
  // Bringhurst, The Elements of Typographic Style, §3.2.2 and §2.1.2.
  'caps-tracking': () => /[Ll]etterspac|looser/,
  measure: () => /45.{1,4}75/,
  // Vector paths are resolution-independent; PDF/X (ISO 15930) is the print exchange format.
  'vector-logo': () => /^(A vector|Vector)/,
  pdfx: () => /PDF\/X/,
  'web-format': (stem) =>
    /semi-transparent|cut-out/.test(stem) ? /alpha/ : /lossy|lossily|^JPEG$/,
  'vector-scale': () => /stay sharp|cleanly/,
  // Gestalt grouping principles (Wertheimer; Palmer for common region; Rubin for figure–ground).
  proximity: () => /^Proximity(:|$)|\(proximity\)/,
  similarity: () => /^Similarity(:|$)/,
  closure: () => /^Closure(:|$)/,
  continuity: () => /^Continuity(:|$)/,
  figureGround: () => /^Figure–ground(:|$)/,
  commonRegion: () => /^Common region(:|$)/,
  // Williams, The Non-Designer's Design Book: contrast, repetition, alignment, proximity.
  hierarchy: () => /[Hh]ierarchy/,
  alignment: () => /^Alignment/,
  contrast: () => /^Contrast/,
  repetition: () => /^Repetition/,
  focal: () => /^Contrast/,
  // F pattern on text-heavy pages (Nielsen Norman Group eyetracking); Z pattern, the layout
  // convention for sparse ones.
  'scan-pattern': (stem) => (/blog|long/.test(stem) ? /F pattern|F-shaped/ : /Z pattern|Z-shaped/),
  'optical-centre': () => /above|higher/,
  balance: () => /small.*(dark|saturated|high-contrast).*right/,
  'white-space': () => /focal point|[Ee]mphasis/,
  'grid-purpose': () => /^Consistent alignment/,
  'reverse-type': () => /fill in|closes up/,
  'visual-weight': () => /saturated red|red one/,
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_05) as { family: string; s: GdesScenario }[]
const computed = DRAWN.filter(({ s }) => s.rule === undefined)
const ruledDraws = DRAWN.filter(({ s }) => s.rule !== undefined)

describeEngineIndependent('graphic design scenarios', () => {
  it('are at least 95 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(FAMILIES.every((f) => f.id.startsWith('gdes-'))).toBe(true)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
  })

  it('have keys that exact fractions, edge-by-edge layout and stepping give, shown as the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      const problem = agrees(s.key, s.calcs.key!, s.shape)
      if (problem) wrong.push(`${family}: key ${problem}`)
    }
    expect(wrong.slice(0, 8)).toEqual([])
  })

  it('have distractors that are each exactly their named slip and never the key', () => {
    const wrong: string[] = []
    for (const { family, s } of computed) {
      for (const [text] of s.wrong) {
        const slip = s.calc.slips[text]
        const calc = slip === undefined ? undefined : s.calcs[slip]
        if (!slip || slip === 'key' || !calc || text === s.key) {
          wrong.push(`${family}: ${text} has no slip`)
          continue
        }
        const problem = agrees(text, calc, s.shape)
        if (problem) wrong.push(`${family}: ${slip}: ${problem}`)
      }
    }
    expect(wrong.slice(0, 8)).toEqual([])
  })

  it('place distractors on both sides of the key in every single-figure family', () => {
    const sides = new Map<string, { above: number; below: number }>()
    for (const { family, s } of computed) {
      if (s.shape.kind !== 'num' && s.shape.kind !== 'ratio') continue
      const k = figures(s.key, s.shape)[0]!
      const tally = sides.get(family) ?? { above: 0, below: 0 }
      for (const [text] of s.wrong) figures(text, s.shape)[0]! > k ? tally.above++ : tally.below++
      sides.set(family, tally)
    }
    const oneSided = [...sides].filter(([, t]) => t.above === 0 || t.below === 0).map(([f]) => f)
    expect(oneSided).toEqual([])
  })

  it('state every rule family’s cited rule in each key wording and in no distractor', () => {
    expect(new Set(ruledDraws.map(({ s }) => s.rule))).toEqual(new Set(Object.keys(RULES)))
    const wrong: string[] = []
    for (const { family, s } of ruledDraws) {
      const marker = RULES[s.rule!]!(s.stem)
      if (!marker.test(s.key)) wrong.push(`${family}: key “${s.key}” does not state ${marker}`)
      for (const [t] of s.wrong) if (marker.test(t)) wrong.push(`${family}: “${t}” fits ${marker}`)
    }
    expect(wrong.slice(0, 8)).toEqual([])
  })

  it('offer three distinct distractors, each with a named mistake, in a frame that holds them', () => {
    const shown = DRAWN.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems(shown, { capitalStem: true })).toEqual([])
  })
})
