import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { Scenario, ScenarioFamily } from '../scenario/scenario-model.js'
import { grouped, type Slip, scenarioFamily, worked } from '../scenario/scenario-text.js'

/*
 * A freelance graphic designer's computations as data. Every answer an item shows (the key and
 * each named slip) is one `Calc`: an operation and its arguments, evaluated here by the usual
 * closed formulas (the CSS Color 4 HSL conversions, the layout equations of a column grid). The
 * key test evaluates the same Calcs again its own way (exact fractions for colour, columns laid
 * out edge by edge) and checks every slip shows what its Calc gives.
 *
 * Colours are channel triples 0–255; HSL is hue in degrees and saturation and lightness in
 * percent; CMYK in percent. Results are vectors: a single figure is a vector of one.
 */
export type Op =
  /** [h, s, l]: the sRGB channels of an HSL colour, each rounded half up */
  | 'hsl2rgb'
  /** [r, g, b]: hue, saturation and lightness, each rounded half up */
  | 'rgb2hsl'
  /** [h, s, v]: the channels of an HSB/HSV colour, each rounded half up */
  | 'hsv2rgb'
  /** [r, g, b, deg]: the colour whose HSL hue is turned by deg, saturation and lightness kept */
  | 'rotate'
  /** [r, g, b, r2, g2, b2, t]: each channel moved the fraction t of the way to the second colour */
  | 'mix'
  /** [r, g, b]: the naive CMYK separation K = 1 − max, C = (1 − r − K)/(1 − K), in percent */
  | 'rgb2cmyk'
  /** [c, m, y, k]: the naive RGB of a CMYK build, 255 (1 − C)(1 − K) */
  | 'cmyk2rgb'
  /** [h, d1, d2, …]: the hues h + d, each brought into 0–359 */
  | 'hues'
  /** [x, …]: the figures themselves */
  | 'vec'
  /** [W, margin left, margin right, gutter, n]: the width of each of n equal columns */
  | 'cols'
  /** [column, gutter, k]: the width across k columns and the gutters between them */
  | 'span'
  /** [W, c, g]: how many columns c wide with gutters g fit across W */
  | 'fit'
  /** [x, step]: the smallest multiple of step at least x */
  | 'ceilTo'
  /** [x, step]: the largest multiple of step at most x */
  | 'floorTo'
  /** [x]: x ÷ φ, the golden section's longer part */
  | 'golden'
  /** [length, unitsPerInch, ppi]: the whole pixels that length needs at ppi */
  | 'pixels'
  | 'add'
  | 'sub'
  | 'mul'
  | 'div'
  | 'pow'
  | 'floor'
  | 'ceil'
  | 'round'
  | 'min'
  | 'max'

export type Arg = number | Calc
export type Calc = readonly [Op, ...Arg[]]

/** How an answer is shown. */
export type Shape =
  | { readonly kind: 'num'; readonly dp: number; readonly unit: string }
  | { readonly kind: 'hex' }
  | { readonly kind: 'rgb' }
  | { readonly kind: 'hsl' }
  | { readonly kind: 'cmyk' }
  | { readonly kind: 'hues' }
  | { readonly kind: 'dims'; readonly dp: number; readonly unit: string }
  | { readonly kind: 'ratio'; readonly dp: number }

export const num = (unit = '', dp = 0): Shape => ({ kind: 'num', dp, unit })
export const HEX: Shape = { kind: 'hex' }
export const RGB: Shape = { kind: 'rgb' }
export const HSL: Shape = { kind: 'hsl' }
export const CMYK: Shape = { kind: 'cmyk' }
export const HUES: Shape = { kind: 'hues' }
export const dims = (unit: string, dp = 0): Shape => ({ kind: 'dims', dp, unit })
export const ratio = (dp = 2): Shape => ({ kind: 'ratio', dp })

const h2 = (n: number) => n.toString(16).toUpperCase().padStart(2, '0')
/** A colour triple as a CSS hex colour: `#3A7BD5`. */
export const hexOf = (c: readonly number[]): string => `#${c.map(h2).join('')}`
/** A hex colour's channels. */
export const channels = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
]

/** A result as the shape shows it. */
export function show(shape: Shape, v: readonly number[]): string {
  const [a = 0, b = 0, c = 0, d = 0] = v
  switch (shape.kind) {
    case 'num':
      return `${grouped(a, shape.dp)}${shape.unit === '%' ? '%' : shape.unit ? ` ${shape.unit}` : ''}`
    case 'hex':
      return hexOf(v)
    case 'rgb':
      return `rgb(${a}, ${b}, ${c})`
    case 'hsl':
      return `hsl(${a}, ${b}%, ${c}%)`
    case 'cmyk':
      return `C${a} M${b} Y${c} K${d}`
    case 'hues': {
      const parts = v.map((x) => `${x}°`)
      return parts.length === 1
        ? parts[0]!
        : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`
    }
    case 'dims':
      return `${grouped(a, shape.dp)} × ${grouped(b, shape.dp)} ${shape.unit}`
    case 'ratio':
      return `${grouped(a, shape.dp)}:1`
  }
}

/** Round half up, forgiving the last bit a float loses on an exact half. */
export const half = (x: number): number => Math.floor(x + 0.5 + 1e-9)

function hslFloat(r: number, g: number, b: number): [number, number, number] {
  const [R, G, B] = [r / 255, g / 255, b / 255]
  const mx = Math.max(R, G, B)
  const mn = Math.min(R, G, B)
  const l = (mx + mn) / 2
  const d = mx - mn
  if (d === 0) return [0, 0, l]
  const s = d / (1 - Math.abs(2 * l - 1))
  let h: number
  if (mx === R) h = ((G - B) / d) % 6
  else if (mx === G) h = (B - R) / d + 2
  else h = (R - G) / d + 4
  h *= 60
  if (h < 0) h += 360
  return [h, s, l]
}
function rgbFloat(h: number, s: number, l: number): number[] {
  const c = (1 - Math.abs(2 * l - 1)) * s
  const hp = (((h % 360) + 360) % 360) / 60
  const x = c * (1 - Math.abs((hp % 2) - 1))
  const m = l - c / 2
  const sector = Math.floor(hp)
  const table = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector]!
  return table.map((t) => half((t + m) * 255))
}

/** A Calc's value by the closed formulas. */
export function evaluate(calc: Calc): number[] {
  const [op, ...args] = calc
  const a = args.flatMap((x) => (typeof x === 'number' ? [x] : evaluate(x)))
  const [x = 0, y = 0, z = 0, w = 0, v = 0] = a
  switch (op) {
    case 'hsl2rgb':
      return rgbFloat(x, y / 100, z / 100)
    case 'rgb2hsl': {
      const [h, s, l] = hslFloat(x, y, z)
      return [half(h) % 360, half(s * 100), half(l * 100)]
    }
    case 'hsv2rgb': {
      const c = (z / 100) * (y / 100)
      const hp = (((x % 360) + 360) % 360) / 60
      const xx = c * (1 - Math.abs((hp % 2) - 1))
      const m = z / 100 - c
      const t = [
        [c, xx, 0],
        [xx, c, 0],
        [0, c, xx],
        [0, xx, c],
        [xx, 0, c],
        [c, 0, xx],
      ][Math.floor(hp)]!
      return t.map((q) => half((q + m) * 255))
    }
    case 'rotate': {
      const [h, s, l] = hslFloat(x, y, z)
      return rgbFloat(h + w, s, l)
    }
    case 'mix':
      return [x, y, z].map((c, i) => half(c + ((a[3 + i] ?? 0) - c) * a[6]!))
    case 'rgb2cmyk': {
      const k = 1 - Math.max(x, y, z) / 255
      if (k === 1) return [0, 0, 0, 100]
      return [...[x, y, z].map((c) => half(((1 - c / 255 - k) / (1 - k)) * 100)), half(k * 100)]
    }
    case 'cmyk2rgb':
      return [x, y, z].map((c) => half(255 * (1 - c / 100) * (1 - w / 100)))
    case 'hues':
      return a.slice(1).map((d) => (((x + d) % 360) + 360) % 360)
    case 'vec':
      return a
    case 'cols':
      return [(x - y - z - w * (v - 1)) / v]
    case 'span':
      return [x * z + y * (z - 1)]
    case 'fit':
      return [Math.floor((x + z) / (y + z))]
    case 'ceilTo':
      return [Math.ceil(x / y - 1e-9) * y]
    case 'floorTo':
      return [Math.floor(x / y + 1e-9) * y]
    case 'golden':
      return [x / ((1 + Math.sqrt(5)) / 2)]
    case 'pixels':
      return [Math.round((x / y) * z)]
    case 'add':
      return [a.reduce((s, q) => s + q, 0)]
    case 'sub':
      return [x - y]
    case 'mul':
      return [a.reduce((s, q) => s * q, 1)]
    case 'div':
      return [x / y]
    case 'pow':
      return [x ** y]
    case 'floor':
      return [Math.floor(x + 1e-9)]
    case 'ceil':
      return [Math.ceil(x - 1e-9)]
    case 'round':
      return [half(x)]
    case 'min':
      return [Math.min(...a)]
    case 'max':
      return [Math.max(...a)]
  }
}

/**
 * A graphic-design scenario: each shown answer tagged with its slip (or `key`), `calcs` the Calc
 * of the key and of each slip shown, all shown in one shape.
 */
export interface GdesScenario extends Scenario {
  readonly calc: {
    readonly in: Readonly<Record<string, number>>
    readonly slips: Readonly<Record<string, string>>
  }
  readonly calcs: Readonly<Record<string, Calc>>
  readonly shape: Shape
  /** For rule families: the cited rule the key states. */
  readonly rule?: string
}

export interface GdesSpec {
  readonly stem: string
  readonly shape: Shape
  readonly key: Calc
  readonly wrong: readonly (readonly [slip: string, calc: Calc, mistake: string])[]
}

/** A drawn case: every answer evaluated, shown, tagged with its slip and its Calc. */
export function gdesCase(rng: Rng, spec: GdesSpec): GdesScenario {
  const kv = evaluate(spec.key)
  if (kv.some((q) => !Number.isFinite(q) || q < 0)) throw new VariantError('a key out of range')
  const slips: Slip<string>[] = []
  const calcs: Record<string, Calc> = { key: spec.key }
  for (const [slip, c, mistake] of spec.wrong) {
    const v = evaluate(c)
    if (v.some((q) => !Number.isFinite(q) || q < 0)) continue
    slips.push([slip, show(spec.shape, v), mistake])
    calcs[slip] = c
  }
  const s = worked(rng, { stem: spec.stem, in: {}, key: show(spec.shape, kv), wrong: slips })
  const used = new Set(Object.values(s.calc.slips))
  return {
    ...s,
    calcs: Object.fromEntries(Object.entries(calcs).filter(([k]) => used.has(k))),
    shape: spec.shape,
  }
}

/** A named family of computed cases. */
export const gdes = (id: string, draw: (rng: Rng) => GdesSpec): ScenarioFamily =>
  scenarioFamily(id, (rng) => gdesCase(rng, draw(rng)))

/**
 * A rule family: the situation drawn from `cases`, the key one of the rule's true wordings and
 * the wrong answers each a named mistake. `rule` names the cited rule for the key test. A
 * mistake listed in two wordings (a bare one and a fuller one) shows in one of them per draw:
 * two options saying the same thing would tell a candidate that neither is the key.
 */
export const ruled = (
  id: string,
  rule: string,
  cases: readonly {
    readonly stem: (rng: Rng) => string
    readonly keys: readonly string[]
    readonly wrong: readonly (readonly [text: string, mistake: string])[]
  }[],
): ScenarioFamily =>
  scenarioFamily(id, (rng): GdesScenario => {
    const c = rng.pick(cases)
    const key = rng.pick(c.keys)
    const byMistake = new Map<string, string[]>()
    for (const [t, m] of c.wrong) byMistake.set(m, [...(byMistake.get(m) ?? []), t])
    const s = worked(rng, {
      stem: c.stem(rng),
      in: {},
      key,
      wrong: [...byMistake].map(([m, texts], i) => [`w${i}`, rng.pick(texts), m] as const),
    })
    return { ...s, calcs: {}, shape: num(), rule }
  })

// ---- Drawn words the stems share.

const CLIENTS = [
  'a craft brewery',
  'a yoga studio',
  'a dental practice',
  'a bookshop',
  'a law firm',
  'a bakery',
  'a music festival',
  'a charity',
  'a coffee roaster',
  'an architecture practice',
  'a florist',
  'a cycling club',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)
export const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1)
/** A figure or size name with its indefinite article as it is read aloud: a 12, an 18, an 800, a DL. */
export const an = (n: number | string): string =>
  `${/^(8|1[18]$|1[18]\.|A\d)/.test(String(n)) ? 'an' : 'a'} ${n}`
/** A colour channel between `lo` and `hi`. */
export const chan = (rng: Rng, lo = 20, hi = 235): number => rng.int(lo, hi)
/** A drawn saturated colour: channels spread out enough to have a clear hue. */
export function colour(rng: Rng): [number, number, number] {
  for (;;) {
    const c: [number, number, number] = [chan(rng), chan(rng), chan(rng)]
    if (Math.max(...c) - Math.min(...c) >= 60) return c
  }
}
