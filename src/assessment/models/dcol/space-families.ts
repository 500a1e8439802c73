import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { dp, enc, family, grey, hex, lin, type Rgb, refuse, rgbText } from './dcol-text.js'

// Colour spaces and transfer. sRGB stores encoded values: decoding (c ≤ 0.04045: c ÷ 12.92,
// else ((c + 0.055) ÷ 1.055)^2.4) gives linear light, and encoding is its inverse (x ≤ 0.0031308:
// 12.92 x, else 1.055 x^(1/2.4) − 0.055). Light adds and averages only in linear light, so a
// physically right blend, resample or premultiplication decodes, works, and encodes again.
// Display P3 shares sRGB's transfer function and white but has wider primaries; the stem gives
// the matrix row. Video's limited range puts black at 16 and white at 235. The slips: working on
// encoded values, a gamma-2 rule of thumb, the linear segment or the offsets ignored, fenceposts.

const DECODE = 'decoding c = value ÷ 255 as c ≤ 0.04045: c ÷ 12.92, else ((c + 0.055) ÷ 1.055)^2.4'
const ENCODE = 'encoding x as x ≤ 0.0031308: 12.92 x, else 1.055 x^(1/2.4) − 0.055, then × 255'
const level = (id: string, v: number) => {
  const r = Math.round(v)
  return r < 0 || r > 255 ? refuse(id, 'a level off 0–255') : String(r)
}
/** Channels rounded and clipped to 0–255, as a tool stores a slip that runs past either end. */
const clipped = (c: readonly number[]) =>
  rgbText(c.map((v) => Math.min(255, Math.max(0, Math.round(v)))) as unknown as Rgb)
const pct2 = (x: number) => `${dp(x * 100, 2)}%`
const pct1 = (x: number) => `${dp(x * 100, 1)}%`
const px = (x: number) => `${dp(x, 1)} px`
const levels = (n: number) => `${n} levels`
const count = (n: bigint) => `${n.toLocaleString('en-US')} colours`

export const SPACE_FAMILIES: readonly ScenarioFamily[] = [
  family('dcol-blend-two-greys-in-linear-light', (rng) => {
    const id = 'dcol-blend-two-greys-in-linear-light'
    const a = rng.int(0, 80)
    const b = rng.int(170, 255)
    const w = rng.pick([25, 30, 40, 50, 60, 70, 75])
    const mix = (wa: number) => wa * lin(a) + (1 - wa) * lin(b)
    return {
      stem: `A designer cross-fades ${hex(grey(a))} (${w} %) with ${hex(grey(b))} (${100 - w} %) and wants the physically right result: blended in linear light, ${DECODE}, then ${ENCODE}. What 8-bit level results, rounded?`,
      key: level(id, enc(mix(w / 100))),
      wrong: [
        [level(id, (w * a + (100 - w) * b) / 100), 'blends the encoded values'],
        [level(id, enc(mix(1 - w / 100))), 'swaps the two weights'],
        [level(id, 255 * mix(w / 100)), 'blends in linear light but does not encode the result'],
        [
          level(id, Math.sqrt((w * a * a + (100 - w) * b * b) / 100)),
          'blends the squares, a gamma-2 rule of thumb',
        ],
      ],
      figures: { a, b, w },
    }
  }),
  family('dcol-downscaled-dot-texture', (rng) => {
    const id = 'dcol-downscaled-dot-texture'
    const light = rng.int(180, 255)
    const dark = rng.int(0, 60)
    const n = rng.pick([1, 3])
    const share = n / 4
    const avg = share * lin(light) + (1 - share) * lin(dark)
    return {
      stem: `A texture repeats a 2 × 2 tile with ${n} pixel${n > 1 ? 's' : ''} of ${hex(grey(light))} and the rest ${hex(grey(dark))}. Scaled down to one pixel per tile in linear light (${DECODE}; average; ${ENCODE}), what level does each pixel get, rounded?`,
      key: level(id, enc(avg)),
      wrong: [
        [level(id, share * light + (1 - share) * dark), 'averages the encoded values'],
        [
          level(id, enc((1 - share) * lin(light) + share * lin(dark))),
          'counts the dark pixels as the light ones',
        ],
        [level(id, 255 * avg), 'averages in linear light but does not encode the result'],
        [
          level(id, enc((lin(light) + lin(dark)) / 2)),
          'weights the two levels equally, ignoring the pixel count',
        ],
        [String(light), 'keeps one light pixel, as nearest-neighbour scaling does'],
        [String(dark), 'keeps one dark pixel, as nearest-neighbour scaling does'],
      ],
      figures: { light, dark, n },
    }
  }),
  family('dcol-encode-a-linear-value', (rng) => {
    const id = 'dcol-encode-a-linear-value'
    const x = rng.int(40, 850) / 1000
    return {
      stem: `A 3D render hands a designer a linear-light grey of ${dp(x, 3)} for a UI mock-up. For the 8-bit sRGB value, ${ENCODE}. What level is it, rounded?`,
      key: level(id, enc(x)),
      wrong: [
        [level(id, 255 * x), 'scales the linear value without encoding it'],
        [level(id, 255 * ((x + 0.055) / 1.055) ** 2.4), 'decodes it instead of encoding it'],
        [level(id, 255 * Math.sqrt(x)), 'takes the square root, a gamma-2 rule of thumb'],
        [
          level(id, 255 * x ** (1 / 2.4)),
          'raises to 1/2.4 without the 1.055 scale and 0.055 offset',
        ],
        [
          level(id, Math.min(255, 255 * 12.92 * x)),
          'applies the near-black segment, 12.92 x, throughout',
        ],
      ],
      figures: { x: Math.round(x * 1000) },
    }
  }),
  family('dcol-near-black-level-to-linear-light', (rng) => {
    const v = rng.int(15, 60)
    const c = v / 255
    return {
      stem: `A shadow colour of ${hex(grey(v))} in a dark UI is checked for how much light it emits. With ${DECODE}, what share of white’s light is it, to two decimal places of a percent?`,
      key: pct2(((c + 0.055) / 1.055) ** 2.4),
      wrong: [
        [pct2(c), 'takes the encoded value as the light'],
        [pct2(c ** 2.2), 'uses a plain 2.2 power with no linear segment or offsets'],
        [pct2(c / 12.92), 'uses the near-black segment past its end'],
        [pct2(c ** 2.4), 'raises to 2.4 without the 0.055 offset and 1.055 scale'],
        [pct2(((c + 0.055) / 1.055) ** 2.2), 'puts 2.2 for 2.4 in the sRGB formula'],
        [pct2((c + 0.055) / 1.055), 'takes the offset step but leaves out the power'],
      ],
      figures: { v },
    }
  }),
  family('dcol-level-with-twice-the-light', (rng) => {
    const id = 'dcol-level-with-twice-the-light'
    const v = rng.int(40, 120)
    return {
      stem: `A hover state should emit twice the light of the resting grey ${hex(grey(v))}. Decode (${DECODE}), double, and encode (${ENCODE}). What 8-bit level is it, rounded?`,
      key: level(id, enc(2 * lin(v))),
      wrong: [
        [level(id, 2 * v), 'doubles the encoded value'],
        [level(id, Math.SQRT2 * v), 'multiplies by √2, a gamma-2 rule of thumb'],
        [level(id, enc(lin(v) / 2)), 'halves the light instead of doubling it'],
        [level(id, 255 * 2 * lin(v)), 'doubles the light but does not encode the result'],
        [
          level(id, 255 * (2 * lin(v)) ** (1 / 2.4)),
          'encodes by the 1/2.4 power without the scale and offset',
        ],
        [level(id, 255 * Math.sqrt(2 * lin(v))), 'encodes the doubled light by a square root'],
      ],
      figures: { v },
    }
  }),
  family('dcol-level-with-half-the-light', (rng) => {
    const id = 'dcol-level-with-half-the-light'
    const v = rng.int(120, 250)
    return {
      stem: `A pressed state should emit half the light of the grey ${hex(grey(v))}. Decode (${DECODE}), halve, and encode (${ENCODE}). What 8-bit level is it, rounded?`,
      key: level(id, enc(lin(v) / 2)),
      wrong: [
        [level(id, v / 2), 'halves the encoded value'],
        [level(id, v / Math.SQRT2), 'divides by √2, a gamma-2 rule of thumb'],
        [level(id, 255 * (lin(v) / 2)), 'halves the light but does not encode the result'],
        [
          level(id, enc(v / 255 / 2)),
          'skips the decoding, halving the stored value as if it were light, then encodes',
        ],
        [
          level(id, 255 * (lin(v) / 2) ** (1 / 2.4)),
          'encodes by the 1/2.4 power without the scale and offset',
        ],
      ],
      figures: { v },
    }
  }),
  family('dcol-mid-grey-share-of-white-light', (rng) => {
    const v = rng.int(100, 230)
    const c = v / 255
    return {
      stem: `A client asks why ${hex(grey(v))} looks about half as bright as white but meters far lower. With ${DECODE}, what share of white’s light does it emit, to one decimal place of a percent?`,
      key: pct1(((c + 0.055) / 1.055) ** 2.4),
      wrong: [
        [pct1(c), 'takes the encoded value as the light'],
        [pct1(c * c), 'squares it, a gamma-2 rule of thumb'],
        [pct1(c / 12.92), 'uses the near-black linear segment throughout'],
        [pct1(c ** 2.4), 'raises to 2.4 without the 0.055 offset and 1.055 scale'],
      ],
      figures: { v },
    }
  }),
  family('dcol-gradient-band-width', (rng) => {
    const a = rng.int(20, 120)
    const b = a + rng.int(12, 60)
    const w = rng.int(6, 19) * 100
    const dpr = rng.pick([2, 3])
    const span = b - a
    return {
      stem: `A full-width hero uses a grey gradient from ${hex(grey(a))} to ${hex(grey(b))} across ${w.toLocaleString('en-US')} CSS px, shown at a device pixel ratio of ${dpr}. In 8-bit output every level from one end to the other appears once, in equal bands. How wide is each band in device pixels, to one decimal place?`,
      key: px((w * dpr) / (span + 1)),
      wrong: [
        [px((w * dpr) / span), 'divides by the difference, not the count of levels'],
        [px((w * dpr) / 256), 'divides by all 256 levels'],
        [px((w * dpr) / (4 * span + 1)), 'counts the levels of a 10-bit output'],
        [px(w / (span + 1)), 'leaves out the device pixel ratio'],
      ],
      figures: { a, b, w, dpr },
    }
  }),
  family('dcol-premultiplied-to-straight-colour', (rng) => {
    const _id = 'dcol-premultiplied-to-straight-colour'
    const alpha = rng.int(60, 220)
    const straight = [rng.int(20, 255), rng.int(20, 255), rng.int(20, 255)] as const
    const pm = straight.map((v) => Math.round((v * alpha) / 255)) as unknown as Rgb
    const at = (f: (v: number) => number) => clipped(pm.map(f))
    return {
      stem: `An animation export stores a pixel premultiplied: colour ${rgbText(pm)}, alpha ${alpha} of 255. To hand the straight (unpremultiplied) colour to a developer, each channel is value × 255 ÷ alpha. What is it, rounded?`,
      key: at((v) => (v * 255) / alpha),
      wrong: [
        [rgbText(pm), 'takes the stored channels as the straight colour'],
        [at((v) => (v * alpha) / 255), 'multiplies by the alpha again'],
        [at((v) => (v * 255) / (255 - alpha)), 'divides by the transparency'],
        [at((v) => v + (255 - alpha)), 'adds back the missing coverage'],
      ],
      figures: { pm: hex(pm), alpha },
    }
  }),
  family('dcol-straight-to-premultiplied-colour', (rng) => {
    const _id = 'dcol-straight-to-premultiplied-colour'
    const alpha = rng.int(50, 210)
    const c = [rng.int(30, 255), rng.int(30, 255), rng.int(30, 255)] as unknown as Rgb
    const at = (f: (v: number) => number) => clipped(c.map(f))
    return {
      stem: `A motion tool wants premultiplied colour. A brand colour ${rgbText(c)} is used at alpha ${alpha} of 255; premultiplied, each encoded channel is value × alpha ÷ 255. What does the tool store, rounded?`,
      key: at((v) => (v * alpha) / 255),
      wrong: [
        [at((v) => (v * 255) / alpha), 'divides by the alpha, unpremultiplying'],
        [at((v) => (v * (255 - alpha)) / 255), 'multiplies by the transparency'],
        [at((v) => enc((lin(v) * alpha) / 255)), 'premultiplies in linear light'],
        [at((v) => v - (255 - alpha)), 'subtracts the missing coverage'],
      ],
      figures: { c: hex(c), alpha },
    }
  }),
  family('dcol-levels-stretch-output', (rng) => {
    const id = 'dcol-levels-stretch-output'
    const lo = rng.int(10, 60)
    const hi = rng.int(190, 245)
    const v = rng.int(lo + 20, hi - 20)
    return {
      stem: `A washed-out screenshot is fixed with a levels adjustment: input black ${lo}, input white ${hi}, each value becoming (value − black) × 255 ÷ (white − black). What does an input of ${v} become, rounded?`,
      key: level(id, ((v - lo) * 255) / (hi - lo)),
      wrong: [
        [level(id, (v * 255) / hi), 'ignores the black point'],
        [
          level(id, ((v - lo) * 255) / hi),
          'subtracts the black point but scales by the white point alone',
        ],
        [level(id, v - lo), 'subtracts the black point without stretching'],
        [
          level(id, ((v - lo) * 255) / (255 - lo)),
          'scales by the room above the black point, ignoring the white point',
        ],
      ],
      figures: { lo, hi, v },
    }
  }),
  family('dcol-levels-stretch-missing-codes', (rng) => {
    const lo = rng.int(10, 70)
    const hi = rng.int(180, 245)
    const used = hi - lo + 1
    return {
      stem: `An 8-bit image uses every level from ${lo} to ${hi}, and a levels adjustment stretches that range to 0–255. Each input level maps to one output level, so the histogram gets gaps. How many of the 256 output levels go unused?`,
      key: levels(256 - used),
      wrong: [
        [levels(used), 'counts the levels that are used'],
        [levels(lo), 'counts only the levels below the black point'],
        [levels(255 - hi), 'counts only the levels above the white point'],
        [levels(256 - hi), 'counts from the white point alone, ignoring the black point'],
        [levels(hi - lo), 'gives the difference between the points'],
        [levels(256 - lo), 'counts from the black point alone, ignoring the white point'],
      ],
      figures: { lo, hi },
    }
  }),
  family('dcol-limited-to-full-video-range', (rng) => {
    const id = 'dcol-limited-to-full-video-range'
    const v = rng.int(40, 220)
    return {
      stem: `A frame grabbed from a limited-range video (black 16, white 235) gives a brand colour channel of ${v}. For the full-range web value, value becomes (value − 16) × 255 ÷ 219. What is it, rounded?`,
      key: level(id, ((v - 16) * 255) / 219),
      wrong: [
        [level(id, (v * 255) / 235), 'scales from the white level without taking off black'],
        [level(id, v - 16), 'subtracts 16 without scaling'],
        [level(id, (v * 255) / 219), 'scales by 219 without taking off 16'],
        [level(id, 16 + (v * 219) / 255), 'applies the full-to-limited conversion'],
        [level(id, ((v - 16) * 255) / 235), 'scales by the white level after taking off 16'],
        [level(id, (v * 255) / 219 - 16), 'scales first and takes 16 off afterwards'],
      ],
      figures: { v },
    }
  }),
  family('dcol-colours-at-a-bit-depth', (rng) => {
    const n = rng.pick([5, 6, 8, 10, 12])
    const lv = 2n ** BigInt(n)
    return {
      stem: `A client asks how many colours ${n === 8 ? 'an' : 'a'} ${n}-bit-per-channel RGB display path can show. Each of the three channels has 2^${n} levels. How many colours is that?`,
      key: count(lv ** 3n),
      wrong: [
        [count(3n * lv), 'adds the three channels’ levels'],
        [count(lv), 'counts one channel’s levels'],
        [count(lv ** 4n), 'counts an alpha channel as a fourth colour channel'],
        [count(lv ** 2n), 'squares the levels, for two channels'],
      ],
      figures: { n },
    }
  }),
  family('dcol-display-p3-red-in-srgb', (rng) => {
    const id = 'dcol-display-p3-red-in-srgb'
    const r = rng.int(60, 90) / 100
    const g = rng.int(10, Math.round(r * 100) - 20) / 100
    const linF = (x: number) => lin(x * 255)
    const red = 1.2249 * linF(r) - 0.2249 * linF(g)
    if (red > 1) refuse(id, 'out of the sRGB gamut')
    return {
      stem: `A designer wrote color(display-p3 ${dp(r, 2)} ${dp(g, 2)} 0.20) and needs the sRGB fallback’s red. Display P3 uses sRGB’s transfer function; in linear light, sRGB red = 1.2249 × P3 red − 0.2249 × P3 green. With ${DECODE} and ${ENCODE}, what is the red channel, rounded?`,
      key: level(id, enc(red)),
      wrong: [
        [level(id, 255 * (1.2249 * r - 0.2249 * g)), 'applies the matrix to the encoded values'],
        [level(id, 255 * r), 'copies the P3 value as if it were sRGB'],
        [level(id, enc(1.2249 * linF(r))), 'leaves out the green term'],
        [level(id, 255 * red), 'converts in linear light but does not encode the result'],
        [
          level(id, enc(0.8225 * linF(r) + 0.1775 * linF(g))),
          'applies the sRGB-to-P3 row, 0.8225 and 0.1775, the wrong way',
        ],
        [
          level(id, enc(1.2249 * linF(r) + 0.2249 * linF(g))),
          'adds the green term instead of subtracting it',
        ],
      ],
      figures: { r: Math.round(r * 100), g: Math.round(g * 100) },
    }
  }),
]
