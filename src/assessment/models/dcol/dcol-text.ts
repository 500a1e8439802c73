import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ApScenario } from '../payables/ap-text.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'

export { cap } from '../scenario/scenario-text.js'
export type ColourScenario = ApScenario

/** A whole-number answer and its unit (`65%`, `132`, `79 levels`), or nothing for other answers. */
function wholeAnswer(text: string): readonly [number, string] | undefined {
  const m = /^(\d+)(\D*)$/.exec(text)
  return m ? [Number(m[1]), m[2]!] : undefined
}
/**
 * True when a mistake lands one or two units from a whole-number key in the same unit: a slip that
 * small does not move the answer clearly, so that draw does not offer it.
 */
export function nearMiss(key: string, text: string): boolean {
  const [k, w] = [wholeAnswer(key), wholeAnswer(text)]
  if (!k || !w || k[1] !== w[1]) return false
  const gap = Math.abs(k[0] - w[0])
  return gap > 0 && gap <= 2
}

/**
 * A colour family: its distinct named mistakes are offered, less any that land one or two units
 * from a whole-number key; every mistake stays declared for the key test.
 */
export const family = (id: string, draw: (rng: Rng) => ApScenario): ScenarioFamily => ({
  id,
  draw: (rng) => {
    const s = draw(rng)
    const seen = new Set([s.key])
    const distinct = s.wrong.filter(
      ([text]) => !seen.has(text) && seen.add(text) && !nearMiss(s.key, text),
    )
    if (distinct.length < 3) throw new VariantError(`${id}: fewer than three distinct mistakes`)
    return { ...s, wrong: distinct, declared: s.wrong }
  },
})

/*
 * Colour for a freelance digital designer: notations a stylesheet or a design tool writes,
 * WCAG 2.x contrast, sRGB encoding against linear light, palettes and tokens, and handing
 * colours on to print or flattening them for a screen. Every formula a key depends on is stated
 * in its stem; `figures` records each drawn input (8-bit channels, percentages) so the key test
 * can work every option again its own way.
 */

export type Rgb = readonly [number, number, number]

const pair = (v: number): string => v.toString(16).toUpperCase().padStart(2, '0')
/** `#1A2B3C`, upper case as design tools export it. */
export const hex = (c: readonly number[]): string => `#${c.map(pair).join('')}`
/** The two hex digits of one 8-bit value. */
export const hexPair = pair
/** `rgb(26 43 60)`, the space-separated CSS Color 4 syntax. */
export const rgbText = (c: Rgb): string => `rgb(${c.join(' ')})`

/** A colour whose channels are drawn from `low` to `high`. */
export const drawRgb = (rng: Rng, low = 0, high = 255): Rgb => [
  rng.int(low, high),
  rng.int(low, high),
  rng.int(low, high),
]

/** `x` to `n` decimal places, half up, as text. */
export function dp(x: number, n: number): string {
  const m = Math.round(x * 10 ** n + 1e-9)
  return (m / 10 ** n).toFixed(n)
}
/** A contrast ratio as WCAG writes it: `4.52:1`. */
export const ratioText = (x: number): string => `${dp(x, 2)}:1`
/** A percentage to `n` places: `21.6%`. */
export const pct = (x: number, n = 1): string => `${dp(x * 100, n)}%`

/** An 8-bit sRGB value decoded to linear light by the sRGB transfer function. */
export function lin(v: number): number {
  const c = v / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}
/** Linear light encoded by the sRGB transfer function, as a real 0–255 value (not rounded). */
export function encReal(x: number): number {
  const c = x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055
  return c * 255
}
/** Linear light encoded to the nearest 8-bit value. */
export const enc = (x: number): number => Math.round(encReal(Math.min(1, Math.max(0, x))))

/** WCAG 2.x relative luminance of an 8-bit sRGB colour. */
export const lum = (c: Rgb): number => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
/** The same weights on the encoded values, as a slip that skips the transfer function. */
export const lumEncoded = (c: Rgb): number => (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255
/** WCAG contrast ratio of two luminances, lighter over darker, each plus 0.05. */
export const contrast = (a: number, b: number): number =>
  (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)

/** A grey of one 8-bit level. */
export const grey = (v: number): Rgb => [v, v, v]

/** Refuses a draw whose slip leaves no value a designer could write (a channel off 0–255). */
export function channel(id: string, v: number): number {
  const r = Math.round(v)
  if (r < 0 || r > 255) throw new VariantError(`${id}: a mistake leaves the 0–255 range`)
  return r
}
export const channels = (id: string, c: readonly number[]): Rgb => [
  channel(id, c[0]!),
  channel(id, c[1]!),
  channel(id, c[2]!),
]

/** Refuses a draw whose answer would not tell the key from a mistake. */
export function refuse(id: string, why: string): never {
  throw new VariantError(`${id}: ${why}`)
}

/** Figures for the key test: a colour as its hex. */
export const figRgb = (c: Rgb): string => hex(c)

/** Clients and products a freelance UI designer meets; all invented. */
const CLIENTS = [
  'a fintech start-up',
  'a yoga studio',
  'a council recycling app',
  'an outdoor clothing brand',
  'a dental practice',
  'a podcast network',
  'a craft brewery',
  'a charity’s donation site',
] as const
export const client = (rng: Rng): string => rng.pick(CLIENTS)

/** CSS Color 4 HSL to 8-bit sRGB (hue in degrees, s and l from 0 to 1). */
export function hslRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l)
  const f = (n: number) => {
    const k = (n + h / 30) % 12
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  }
  return [f(0), f(8), f(4)]
}
/** HSB (HSV) as design tools' pickers give it, to 8-bit sRGB. */
export function hsbRgb(h: number, s: number, v: number): Rgb {
  const f = (n: number) => {
    const k = (n + h / 60) % 6
    return Math.round(255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1))))
  }
  return [f(5), f(3), f(1)]
}
/** The hue of an 8-bit colour in whole degrees (0 for a grey). */
export function hueOf(c: Rgb): number {
  const [r, g, b] = c
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  if (d === 0) return 0
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return Math.round(h * 60) % 360
}
