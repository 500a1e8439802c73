import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, client, drawRgb, enc, family, hex, lin, refuse } from './dcol-text.js'

// Colour schemes and design tokens. Harmonies rotate the hue on the 360° wheel: complementary
// 180°, triadic ±120°, analogous ± a stated step, split-complementary 180° ± a stated step,
// square 90° steps. In RGB a 180° HSL rotation keeps each colour's max + min and mirrors the
// channels (max + min − value), and a 120° rotation moves each channel on to the next. Tints mix
// toward white and shades toward black in the stated space; CSS color-mix() gives the unstated
// percentage the rest of 100 %. Token names follow the system's stated pattern. The slips are
// the ones a designer building a palette makes: mirroring the hue, inverting the colour, the
// wrong harmony, the mix share swapped, fenceposts on a scale, a relative step taken as points.

const wrap = (h: number) => ((h % 360) + 360) % 360
const hues = (...hs: number[]) =>
  hs
    .map(wrap)
    .sort((a, b) => a - b)
    .map((h) => `${h}°`)
    .join(', ')
const hsl = (h: number, s: number, l: number) => `hsl(${wrap(h)} ${s}% ${l}%)`
// A slip that runs a channel past 0 or 255 clips there, as every design tool does.
const hx = (_id: string, c: readonly number[]) =>
  hex(c.map((v) => Math.min(255, Math.max(0, Math.round(v)))))
const pctText = (id: string, x: number) => {
  const r = Math.round(x)
  return r < 0 || r > 100 ? refuse(id, 'off 0–100 %') : `${r}%`
}

export const SCHEME_FAMILIES: readonly ScenarioFamily[] = [
  family('dcol-complementary-accent-in-hsl', (rng) => {
    const h = rng.int(1, 35) * 10 + rng.pick([0, 5])
    const s = rng.int(8, 18) * 5
    const l = rng.int(6, 12) * 5
    if (h === 90 || h === 270 || h === 180 || l === 50) refuse('dcol-complementary', 'symmetric')
    return {
      stem: `${cap(client(rng))}’s primary is hsl(${h} ${s}% ${l}%). The accent token is its complement: the hue turned 180°, saturation and lightness kept. What is the accent?`,
      key: hsl(h + 180, s, l),
      wrong: [
        [hsl(360 - h, s, l), 'mirrors the hue, 360° − hue'],
        [hsl(h + 90, s, l), 'turns the hue a quarter, 90°'],
        [hsl(h + 180, s, 100 - l), 'turns the hue and also inverts the lightness'],
        [hsl(180 - h, s, l), 'takes 180° − hue'],
      ],
      figures: { h, s, l },
    }
  }),
  family('dcol-triadic-companions', (rng) => {
    const h = rng.int(0, 71) * 5
    return {
      stem: `A client’s logo hue is ${h}°. A triadic scheme adds the two hues 120° either side on the 360° wheel. Which hues does the palette add?`,
      key: hues(h + 120, h - 120),
      wrong: [
        [hues(h + 60, h - 60), 'steps 60°, the hexadic neighbours'],
        [hues(h + 90, h - 90), 'steps 90°, as for a square scheme'],
        [hues(h + 150, h + 210), 'takes the split-complementary pair'],
        [hues(h + 120, h + 180), 'adds 120° and the complement'],
      ],
      figures: { h },
    }
  }),
  family('dcol-analogous-with-a-stated-step', (rng) => {
    const h = rng.int(0, 71) * 5
    const step = rng.pick([15, 20, 25, 30, 40])
    return {
      stem: `A calm palette for ${client(rng)} is analogous: the base hue ${h}° with one hue ${step}° either side of it on the 360° wheel. Which two hues join the base?`,
      key: hues(h - step, h + step),
      wrong: [
        [hues(h + step, h + 2 * step), 'steps twice to one side'],
        [hues(h - 2 * step, h + 2 * step), 'doubles the step'],
        [hues(h + 180 - step, h + 180 + step), 'steps either side of the complement'],
        [hues(h - 30, h + 30), 'uses the usual 30° instead of the stated step'],
      ],
      figures: { h, step },
    }
  }),
  family('dcol-split-complementary-pair', (rng) => {
    const h = rng.int(0, 71) * 5
    const step = rng.pick([20, 25, 30, 35])
    return {
      stem: `A designer builds a split-complementary scheme from the base hue ${h}°: the two hues ${step}° either side of its complement. Which two hues are they?`,
      key: hues(h + 180 - step, h + 180 + step),
      wrong: [
        [hues(h - step, h + step), 'steps either side of the base, an analogous pair'],
        [hues(h + 120, h - 120), 'takes the triadic pair'],
        [hues(h + 90, h + 270), 'takes the square scheme’s quarter turns'],
        [hues(h + 180, h + 180 + step), 'keeps the complement and one neighbour'],
      ],
      figures: { h, step },
    }
  }),
  family('dcol-complement-of-a-hex-by-hue-rotation', (rng) => {
    const c = drawRgb(rng, 10, 245)
    const mm = Math.max(...c) + Math.min(...c)
    if (Math.max(...c) - Math.min(...c) < 30) refuse('dcol-complement-hex', 'too grey')
    return {
      stem: `A designer needs the HSL complement (hue turned 180°, saturation and lightness kept) of ${hex(c)}. That turn keeps each colour’s strongest + weakest channel sum and gives each channel (strongest + weakest − value). What hex is it?`,
      key: hex(c.map((v) => mm - v)),
      wrong: [
        [hex(c.map((v) => 255 - v)), 'inverts each channel, 255 − value'],
        [hex([c[2], c[1], c[0]]), 'swaps the red and blue channels'],
        [hex([c[2], c[0], c[1]]), 'turns the hue 120°, moving each channel on'],
        [hex(c.map((v) => 255 - (mm - v))), 'inverts the complement as well'],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-triadic-hex-by-channel-rotation', (rng) => {
    const c = drawRgb(rng, 10, 245)
    if (Math.max(...c) - Math.min(...c) < 30) refuse('dcol-triadic-hex', 'too grey')
    const mm = Math.max(...c) + Math.min(...c)
    return {
      stem: `For a triadic set, a designer turns ${hex(c)} +120° in HSL, saturation and lightness kept. A +120° turn moves red’s value to green, green’s to blue and blue’s to red. What hex is it?`,
      key: hex([c[2], c[0], c[1]]),
      wrong: [
        [hex([c[1], c[2], c[0]]), 'moves each channel the other way, a −120° turn'],
        [hex(c.map((v) => 255 - v)), 'inverts each channel'],
        [hex(c.map((v) => mm - v)), 'gives the 180° complement'],
        [hex([c[2], c[1], c[0]]), 'swaps the red and blue channels'],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-tint-by-mixing-white', (rng) => {
    const id = 'dcol-tint-by-mixing-white'
    const c = drawRgb(rng, 20, 200)
    const p = rng.pick([10, 20, 30, 40, 60, 70, 80, 90])
    const f = p / 100
    return {
      stem: `A tint scale for ${client(rng)} mixes the brand colour ${hex(c)} with ${p} % white in encoded sRGB: each channel becomes value + (255 − value) × ${f}, rounded. What is the tint?`,
      key: hx(
        id,
        c.map((v) => (100 * v + (255 - v) * p) / 100),
      ),
      wrong: [
        [
          hx(
            id,
            c.map((v) => (v * (100 - p)) / 100),
          ),
          'mixes with black, giving a shade',
        ],
        [
          hx(
            id,
            c.map((v) => (100 * v + (255 - v) * (100 - p)) / 100),
          ),
          'gives white the colour’s share',
        ],
        [
          hx(
            id,
            c.map((v) => (100 * v + 255 * p) / 100),
          ),
          'adds the share of 255 to each channel',
        ],
        [
          hx(
            id,
            c.map((v) => (v * (100 + p)) / 100),
          ),
          'scales each channel up by the share',
        ],
      ],
      figures: { c: hex(c), p },
    }
  }),
  family('dcol-shade-by-mixing-black', (rng) => {
    const id = 'dcol-shade-by-mixing-black'
    const c = drawRgb(rng, 80, 250)
    const p = rng.pick([10, 15, 20, 25, 30, 35, 40])
    const f = p / 100
    return {
      stem: `The hover shade of a button mixes its colour ${hex(c)} with ${p} % black in encoded sRGB: each channel becomes value × (1 − ${f}), rounded. What is the hover colour?`,
      key: hx(
        id,
        c.map((v) => (v * (100 - p)) / 100),
      ),
      wrong: [
        [
          hx(
            id,
            c.map((v) => (100 * v + (255 - v) * p) / 100),
          ),
          'mixes with white, giving a tint',
        ],
        [
          hx(
            id,
            c.map((v) => (v * p) / 100),
          ),
          'keeps the black’s share of the colour',
        ],
        [
          hx(
            id,
            c.map((v) => (100 * v - 255 * p) / 100),
          ),
          'subtracts the share of 255 from each channel',
        ],
        [
          hx(
            id,
            c.map((v) => enc(lin(v) * (1 - f))),
          ),
          'mixes in linear light, not encoded sRGB',
        ],
      ],
      figures: { c: hex(c), p },
    }
  }),
  family('dcol-color-mix-in-srgb', (rng) => {
    const id = 'dcol-color-mix-in-srgb'
    const a = drawRgb(rng)
    const b = drawRgb(rng)
    const p = rng.pick([10, 20, 25, 30, 35, 40, 60, 65, 70, 75, 80])
    const f = p / 100
    // Encoded mixes as exact integer ratios (weights in percent), so a half rounds up.
    const mix = (pa: number, pb = 100 - pa) => a.map((v, i) => (v * pa + b[i]! * pb) / (pa + pb))
    const lmix = (wa: number) => a.map((v, i) => enc(lin(v) * wa + lin(b[i]!) * (1 - wa)))
    return {
      stem: `A stylesheet sets color-mix(in srgb, ${hex(a)} ${p}%, ${hex(b)}). The unstated percentage is the rest of 100 %, and the mix is per encoded channel, rounded. What colour results?`,
      key: hx(id, mix(p)),
      wrong: [
        [hx(id, mix(100 - p)), 'gives the percentage to the second colour'],
        [hx(id, lmix(f)), 'mixes in linear light, as srgb-linear would'],
        [hx(id, mix(50)), 'mixes half and half, ignoring the percentage'],
        [hx(id, mix(p, 50)), 'takes the unstated percentage as 50 % and scales both to 100 %'],
      ],
      figures: { a: hex(a), b: hex(b), p },
    }
  }),
  family('dcol-color-mix-in-srgb-linear', (rng) => {
    const id = 'dcol-color-mix-in-srgb-linear'
    const a = drawRgb(rng)
    const b = drawRgb(rng)
    const p = rng.pick([20, 25, 30, 40, 50, 60, 70, 75, 80])
    const f = p / 100
    const mix = (pa: number) => a.map((v, i) => (v * pa + b[i]! * (100 - pa)) / 100)
    const lin8 = (wa: number) => a.map((v, i) => lin(v) * wa + lin(b[i]!) * (1 - wa))
    return {
      stem: `A stylesheet sets color-mix(in srgb-linear, ${hex(a)} ${p}%, ${hex(b)}); the second colour gets the rest of 100 %. Each channel is decoded (c = value ÷ 255; c ≤ 0.04045: c ÷ 12.92, else ((c + 0.055) ÷ 1.055)^2.4), mixed, and encoded again (x ≤ 0.0031308: 12.92 x, else 1.055 x^(1/2.4) − 0.055, × 255), rounded. What colour results?`,
      key: hx(id, lin8(f).map(enc)),
      wrong: [
        [hx(id, mix(p)), 'mixes the encoded values, as in srgb'],
        [hx(id, lin8(1 - f).map(enc)), 'gives the percentage to the second colour'],
        [
          hx(
            id,
            lin8(f).map((x) => 255 * x),
          ),
          'mixes in linear light but does not encode the result',
        ],
        [hx(id, lin8(0.5).map(enc)), 'mixes half and half, ignoring the percentage'],
      ],
      figures: { a: hex(a), b: hex(b), p },
    }
  }),
  family('dcol-lightness-of-a-scale-step', (rng) => {
    const id = 'dcol-lightness-of-a-scale-step'
    const n = rng.pick([5, 7, 9, 10, 11])
    const top = rng.int(90, 97)
    const bottom = rng.int(10, 25)
    const k = rng.int(2, n - 1)
    const step = (top - bottom) / (n - 1)
    return {
      stem: `A ${n}-step colour scale runs in even HSL-lightness steps from step 1 at ${top} % to step ${n} at ${bottom} %, hue and saturation fixed. To the nearest whole percent, what lightness has step ${k}?`,
      key: pctText(id, top - (k - 1) * step),
      wrong: [
        [
          pctText(id, top - (k - 1) * ((top - bottom) / n)),
          'divides the range by the number of steps, not the gaps',
        ],
        [pctText(id, top - k * step), 'counts step 1 as one step down'],
        [pctText(id, bottom + (k - 1) * step), 'counts from the dark end'],
        [
          pctText(id, (top * (n - k)) / n),
          'scales the top lightness down by the steps, ignoring the bottom',
        ],
      ],
      figures: { n, top, bottom, k },
    }
  }),
  family('dcol-semantic-token-name', (rng) => {
    const property = rng.pick(['text', 'background', 'border', 'icon'])
    const role = rng.pick(['danger', 'success', 'warning', 'info', 'brand'])
    const state = rng.pick(['hover', 'pressed', 'disabled', 'selected'])
    const palette = rng.pick(['red-600', 'green-700', 'amber-500', 'blue-600', 'violet-600'])
    return {
      stem: `A design system names colour tokens category-property-role-state, all lower case with hyphens, and names by role, never by palette value. The ${property} colour of a ${role} element in its ${state} state is ${palette} today. What is its token?`,
      key: `color-${property}-${role}-${state}`,
      wrong: [
        [`color-${property}-${state}-${role}`, 'puts the state before the role'],
        [`color-${property}-${palette}-${state}`, 'names the palette value instead of the role'],
        [`color-${role}-${property}-${state}`, 'puts the role before the property'],
        [`${property}-${role}-${state}`, 'leaves out the category'],
      ],
      figures: { property, role, state, palette },
    }
  }),
  family('dcol-tint-steps-by-remaining-lightness', (rng) => {
    const id = 'dcol-tint-steps-by-remaining-lightness'
    const l = rng.int(25, 55)
    const r = rng.pick([10, 15, 20, 25])
    const k = rng.int(2, 3)
    return {
      stem: `A palette generator lightens a base at HSL lightness ${l} % in steps; each step closes ${r} % of the remaining distance to 100 %. To the nearest whole percent, what lightness is step ${k} (the base is step 0)?`,
      key: pctText(id, 100 - (100 - l) * (1 - r / 100) ** k),
      wrong: [
        [pctText(id, l + r * k), 'adds the percentage as points at each step'],
        [pctText(id, l * (1 + r / 100) ** k), 'raises the lightness by the percentage of itself'],
        [
          pctText(id, 100 - (100 - l) * (1 - (k * r) / 100)),
          'closes the whole distance’s share at each step, not the rest',
        ],
        [pctText(id, 100 - (100 - l) * (1 - r / 100) ** (k - 1)), 'counts the base as step 1'],
        [
          pctText(id, l * (1 - r / 100) ** k),
          'applies the shade rule, keeping the rest of the lightness itself each step',
        ],
      ],
      figures: { l, r, k },
    }
  }),
  family('dcol-muted-steps-by-relative-saturation', (rng) => {
    const id = 'dcol-muted-steps-by-relative-saturation'
    const s = rng.int(12, 19) * 5
    const r = rng.pick([10, 15, 20, 25])
    const k = rng.int(2, 3)
    return {
      stem: `Muted variants of a brand colour at HSL saturation ${s} % each keep ${100 - r} % of the previous step’s saturation (a relative ${r} % cut). To the nearest whole percent, what saturation has step ${k} (the brand colour is step 0)?`,
      key: pctText(id, s * (1 - r / 100) ** k),
      wrong: [
        [pctText(id, s - r * k), 'subtracts the percentage as points at each step'],
        [pctText(id, s * (1 - (k * r) / 100)), 'takes the cut from the brand colour at each step'],
        [
          pctText(id, s * (1 - r / 100) ** (k + 1)),
          'counts the brand colour as step 1 already cut',
        ],
        [pctText(id, s * (r / 100) ** k), 'keeps the cut share instead of the rest'],
      ],
      figures: { s, r, k },
    }
  }),
  family('dcol-semantic-token-count', (rng) => {
    const roles = rng.int(4, 8)
    const props = rng.int(3, 5)
    const states = rng.int(3, 5)
    const themes = rng.int(2, 3)
    const n = (x: number) => `${x} tokens`
    return {
      stem: `A client’s system needs one colour token for every role (${roles}), property (${props}) and state (${states}), and a value for each in every theme (${themes}). How many token values must the designer set?`,
      key: n(roles * props * states * themes),
      wrong: [
        [n(roles + props + states + themes), 'adds the counts instead of multiplying'],
        [n(roles * props * states), 'leaves out the themes'],
        [n(roles * props * states + themes), 'adds the themes instead of multiplying by them'],
        [n(roles * props * themes), 'leaves out the states'],
        [n(roles * props * (states + 1) * themes), 'adds a default state the system does not have'],
        [n(roles * props * states * (themes + 1)), 'adds a base set outside the themes'],
        [
          n(roles * props * states * themes * 2),
          'gives every theme a light and a dark mode the brief does not ask for',
        ],
      ],
      figures: { roles, props, states, themes },
    }
  }),
  family('dcol-square-scheme-hues', (rng) => {
    const h = rng.int(0, 71) * 5
    return {
      stem: `For a four-colour chart palette a designer uses a square (tetradic) scheme from the base hue ${h}°: hues evenly spaced round the 360° wheel. Which three hues join the base?`,
      key: hues(h + 90, h + 180, h + 270),
      wrong: [
        [hues(h + 60, h + 180, h + 240), 'takes the rectangle scheme’s 60° and 120° sides'],
        [hues(h + 120, h + 240, h + 180), 'adds the triadic hues and the complement'],
        [hues(h + 30, h + 60, h + 90), 'steps 30°, as for an analogous run'],
        [hues(h + 45, h + 90, h + 135), 'divides a half turn into four'],
      ],
      figures: { h },
    }
  }),
]
