import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  cap,
  client,
  dp,
  drawRgb,
  family,
  hex,
  hexPair,
  hsbRgb,
  hslRgb,
  type Rgb,
  refuse,
  rgbText,
} from './dcol-text.js'

// Notations and conversions. CSS Color 4 writes #RRGGBBAA with alpha last (AA ÷ 255) and #RGBA
// shorthand doubling each digit; Android colour resources write #AARRGGBB with alpha first. HSB
// (HSV), which design tools' pickers show, is not CSS's HSL: in HSB the brightest channel is
// B × 255, in HSL a full saturation at 50 % lightness is the pure hue. Every stem states the
// formula its key needs; the slips are the readings a designer handing colours to a developer
// makes: the wrong byte order, percentages or transparency read as alpha, HSB taken for HSL.

const pct0 = (x: number) => `${Math.round(x * 100)}%`
const digitPair = (rng: { int(a: number, b: number): number }) => 16 * rng.int(1, 9) + rng.int(0, 9)
/** Percentages drawn on a 5 % grid, as a picker offers them. */
const fives = (rng: { int(a: number, b: number): number }, lo: number, hi: number) =>
  rng.int(lo / 5, hi / 5) * 5
const HUE_PATTERN: Readonly<Record<number, readonly [boolean, boolean, boolean]>> = {
  0: [true, false, false],
  60: [true, true, false],
  120: [false, true, false],
  180: [false, true, true],
  240: [false, false, true],
  300: [true, false, true],
}
const HUES = [0, 60, 120, 180, 240, 300] as const
const byPattern = (h: number, hi: number, lo: number): Rgb => {
  const p = HUE_PATTERN[h]!
  return [p[0] ? hi : lo, p[1] ? hi : lo, p[2] ? hi : lo].map(Math.round) as unknown as Rgb
}
const withAlpha = (c: Rgb, a: number) => `rgb(${c.join(' ')} / ${dp(a, 2)})`

export const NOTATION_FAMILIES: readonly ScenarioFamily[] = [
  family('dcol-hex8-alpha-to-rgb-slash', (rng) => {
    const c = drawRgb(rng)
    const a = digitPair(rng)
    const digits = Number(hexPair(a))
    return {
      stem: `${cap(client(rng))}’s design file exports an overlay colour as ${hex([...c, a])}, CSS eight-digit hex with the alpha pair last. Written as rgb() with a slash alpha of AA ÷ 255 to two decimal places, what is it?`,
      key: withAlpha(c, a / 255),
      wrong: [
        [withAlpha([c[1], c[2], a], c[0] / 255), 'reads it as Android’s #AARRGGBB, alpha first'],
        [withAlpha(c, digits / 100), 'reads the alpha pair’s digits as a percentage'],
        [withAlpha(c, 1 - a / 255), 'reads the alpha pair as transparency'],
        [
          withAlpha([a, c[2], c[1]], c[0] / 255),
          'reads it as #AABBGGRR, the byte order some graphics APIs use',
        ],
      ],
      figures: { c: hex(c), a },
    }
  }),
  family('dcol-rgb-slash-alpha-to-hex8', (rng) => {
    const c = drawRgb(rng)
    const p = fives(rng, 10, 90)
    if (p === 50) refuse('dcol-rgb-slash-alpha-to-hex8', '50 % is the same as its transparency')
    const a = Math.round((p * 255) / 100)
    return {
      stem: `A developer needs ${rgbText(c).replace(')', ` / ${p}%)`)} as CSS eight-digit hex (#RRGGBBAA, alpha last, AA the alpha × 255 rounded). What do you send?`,
      key: hex([...c, a]),
      wrong: [
        [
          `${hex(c)}${String(p).padStart(2, '0')}`,
          'writes the percentage’s digits as the alpha pair',
        ],
        [hex([a, ...c]), 'puts the alpha pair first, as Android does'],
        [
          hex([...c, Math.round(((100 - p) * 255) / 100)]),
          'writes the transparency, not the opacity',
        ],
        [hex([...c, p]), 'converts the percentage itself to hex'],
      ],
      figures: { c: hex(c), p },
    }
  }),
  family('dcol-hex4-shorthand-with-alpha', (rng) => {
    const d = [rng.int(1, 15), rng.int(1, 15), rng.int(1, 15), rng.int(1, 9)] as const
    const text = `#${d.map((x) => x.toString(16).toUpperCase()).join('')}`
    const full = d.slice(0, 3).map((x) => x * 17) as unknown as Rgb
    return {
      stem: `A stylesheet uses the four-digit shorthand ${text} (#RGBA: each digit doubled, alpha last, alpha = AA ÷ 255). As rgb() with a slash alpha to two decimal places, what colour is it?`,
      key: withAlpha(full, (d[3] * 17) / 255),
      wrong: [
        [
          withAlpha(d.slice(0, 3).map((x) => x * 16) as unknown as Rgb, (d[3] * 16) / 255),
          'pads each digit with a zero instead of doubling it',
        ],
        [
          withAlpha([d[1] * 17, d[2] * 17, d[3] * 17], (d[0] * 17) / 255),
          'reads the first digit as alpha',
        ],
        [withAlpha(full, d[3] / 16), 'takes the alpha digit over 16'],
        [withAlpha(full, d[3] / 10), 'reads the alpha digit as tenths'],
      ],
      figures: { d: d.join(',') },
    }
  }),
  family('dcol-hex-that-collapses-to-shorthand', (rng) => {
    const digits = rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]).slice(0, 3)
    const [a, b, c] = digits.map((x) => x.toString(16).toUpperCase()) as [string, string, string]
    return {
      stem: `To keep a stylesheet short, ${client(rng)}’s developer asks which palette colour can be written as three-digit hex shorthand (#RGB, which doubles each digit). Which one?`,
      key: `#${a}${a}${b}${b}${c}${c}`,
      wrong: [
        [`#${a}${b}${c}${a}${b}${c}`, 'repeats the three digits instead of doubling each'],
        [`#${a}${b}${a}${b}${a}${b}`, 'takes one pair repeated across the channels as shorthand'],
        [`#${a}0${b}0${c}0`, 'pads each digit with a zero'],
        [`#0${a}0${b}0${c}`, 'puts a zero before each digit'],
      ],
      figures: { d: digits.join(',') },
    }
  }),
  family('dcol-hsb-picker-to-hex', (rng) => {
    const h = rng.pick(HUES)
    // Whole percentages kept as integers, so a channel that lands on a half rounds up exactly.
    const S = fives(rng, 20, 80)
    const B = fives(rng, 40, 95)
    const [s, b] = [S / 100, B / 100]
    return {
      stem: `A client’s designer picked a colour in HSB: H ${h}°, S ${pct0(s)}, B ${pct0(b)}. In HSB the strongest channel is B × 255 and the weakest B × (1 − S) × 255; at this hue each channel is one or the other. What hex does the stylesheet need (channels rounded)?`,
      key: hex(byPattern(h, (B * 255) / 100, (B * (100 - S) * 255) / 10000)),
      wrong: [
        [hex(hslRgb(h, s, b)), 'reads the HSB values as CSS HSL'],
        [hex(hsbRgb(h, b, s)), 'swaps saturation and brightness'],
        [
          hex(byPattern(h, (B * 255) / 100, ((100 - S) * 255) / 100)),
          'takes the weakest channel as (1 − S) × 255, leaving out B',
        ],
        [
          hex(byPattern(h, (B * 255) / 100, (S * B * 255) / 10000)),
          'takes the weakest channel as S × B × 255',
        ],
      ],
      figures: { h, s: S, b: B },
    }
  }),
  family('dcol-hsb-to-css-hsl', (rng) => {
    const h = rng.int(0, 35) * 10
    const S = fives(rng, 20, 80)
    const V = fives(rng, 40, 90)
    const [s, v] = [S / 100, V / 100]
    // L and S(HSL) as exact integer ratios in percent, so a half rounds up however floats fall.
    const lTimes200 = V * (200 - S)
    const l = lTimes200 / 20000
    const sl = lTimes200 <= 10000 ? S / (200 - S) : (V * S) / (20000 - lTimes200)
    const hsl = (a: number, b: number) => `hsl(${h} ${pct0(a)} ${pct0(b)})`
    return {
      stem: `A Figma colour in HSB is H ${h}°, S ${pct0(s)}, B ${pct0(v)}. For CSS hsl(), L = B × (1 − S ÷ 2) and S(HSL) = (B − L) ÷ min(L, 1 − L). What is it in hsl(), percentages rounded to whole numbers?`,
      key: hsl(sl, l),
      wrong: [
        [hsl(s, v), 'copies the HSB figures into hsl()'],
        [hsl(s, l), 'works out the lightness but keeps the HSB saturation'],
        [hsl(sl, v), 'works out the saturation but keeps brightness as lightness'],
        [hsl(s, v / 2), 'halves the brightness for the lightness, keeping the saturation'],
      ],
      figures: { h, s: S, v: V },
    }
  }),
  family('dcol-hsb-saturation-of-hex', (rng) => {
    const c = drawRgb(rng, 20, 235)
    const max = Math.max(...c)
    const min = Math.min(...c)
    if (max - min < 40) refuse('dcol-hsb-saturation-of-hex', 'too near a grey')
    return {
      stem: `A brand’s accent is ${hex(c)}. A designer rebuilding it in a picker needs its HSB saturation, S = (max − min) ÷ max over the three channels. To the nearest whole percent, what is it?`,
      key: pct0((max - min) / max),
      wrong: [
        [pct0((max - min) / (255 - Math.abs(max + min - 255))), 'gives the HSL saturation'],
        [pct0((max - min) / 255), 'divides the range by 255, not by the strongest channel'],
        [pct0(min / max), 'gives the weakest channel over the strongest'],
        [pct0((max - min) / (max + min)), 'divides by the sum of the strongest and weakest'],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-hsb-brightness-of-hex', (rng) => {
    const c = drawRgb(rng, 10, 245)
    const max = Math.max(...c)
    const min = Math.min(...c)
    if (max - min < 40) refuse('dcol-hsb-brightness-of-hex', 'too near a grey')
    return {
      stem: `A client asks what brightness (the B of HSB) their logo colour ${hex(c)} has, B = the strongest channel ÷ 255. To the nearest whole percent, what is it?`,
      key: pct0(max / 255),
      wrong: [
        [pct0((max + min) / 510), 'gives the HSL lightness, the mean of the strongest and weakest'],
        [pct0((c[0] + c[1] + c[2]) / 765), 'averages the three channels'],
        [pct0(min / 255), 'takes the weakest channel'],
        [
          pct0((0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255),
          'weights the channels as for luminance',
        ],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-css-hex8-to-android-argb', (rng) => {
    const c = drawRgb(rng)
    const a = rng.int(16, 239)
    return {
      stem: `An Android developer asks for the web overlay colour ${hex([...c, a])} (CSS #RRGGBBAA) in an Android colour resource, which writes #AARRGGBB. What do you send?`,
      key: hex([a, ...c]),
      wrong: [
        [hex([...c, a]), 'sends the CSS order unchanged'],
        [hex([a, c[2], c[1], c[0]]), 'moves the alpha to the front but reverses the colour pairs'],
        [hex([255 - a, ...c]), 'moves the transparency, not the opacity, to the front'],
        [hex([255, ...c]), 'takes the colour as opaque and drops its alpha'],
        [hex([...c, 255 - a]), 'keeps the CSS order and writes the transparency'],
        [hex([c[2], c[1], c[0], a]), 'reverses the colour pairs and keeps the alpha last'],
      ],
      figures: { c: hex(c), a },
    }
  }),
  family('dcol-plugin-fractions-to-hex', (rng) => {
    const f = [rng.int(10, 95), rng.int(10, 95), rng.int(10, 95)] as const
    const at = (x: number) => Math.round((x * 255) / 100)
    return {
      stem: `A design-tool plugin reports a fill as r ${dp(f[0] / 100, 2)}, g ${dp(f[1] / 100, 2)}, b ${dp(f[2] / 100, 2)}, fractions of full intensity. Each channel is the fraction × 255, rounded. What hex is it?`,
      key: hex(f.map(at)),
      wrong: [
        [
          `#${f.map((x) => String(x).padStart(2, '0')).join('')}`,
          'writes the hundredths as the hex digits',
        ],
        [hex(f), 'converts the hundredths themselves to hex'],
        [hex([at(f[2]), at(f[1]), at(f[0])]), 'writes the channels blue first'],
        [hex(f.map((x) => 255 - at(x))), 'takes each fraction as the distance from full'],
      ],
      figures: { f: f.join(',') },
    }
  }),
  family('dcol-css-hwb-to-hex', (rng) => {
    const h = rng.pick(HUES)
    const W = fives(rng, 10, 45)
    const K = fives(rng, 10, 45)
    const [wt, bl] = [W / 100, K / 100]
    if (W === K) refuse('dcol-css-hwb-to-hex', 'whiteness equal to blackness')
    const at = (w: number, k: number) => byPattern(h, ((100 - k) * 255) / 100, (w * 255) / 100)
    return {
      stem: `A stylesheet has hwb(${h} ${pct0(wt)} ${pct0(bl)}). In HWB the pure hue’s full channels become (1 − B) × 255 and its empty channels W × 255; at this hue every channel is one or the other. What hex is it (channels rounded)?`,
      key: hex(at(W, K)),
      wrong: [
        [hex(at(K, W)), 'swaps whiteness and blackness'],
        [hex(byPattern(h, (K * 255) / 100, (W * 255) / 100)), 'takes the full channels as B × 255'],
        [hex(hslRgb(h, wt, 1 - bl)), 'reads the figures as HSL saturation and lightness'],
        [hex(byPattern(h, 255, (W * 255) / 100)), 'leaves out the blackness'],
      ],
      figures: { h, w: W, b: K },
    }
  }),
  family('dcol-hsl-lightness-of-hex', (rng) => {
    const c = drawRgb(rng, 10, 245)
    const max = Math.max(...c)
    const min = Math.min(...c)
    if (max - min < 40) refuse('dcol-hsl-lightness-of-hex', 'too near a grey')
    return {
      stem: `To build a lighter variant in CSS hsl(), a designer needs the HSL lightness of ${hex(c)}: L = (max + min) ÷ 2 over the channels, as a share of 255. To the nearest whole percent, what is it?`,
      key: pct0((max + min) / 510),
      wrong: [
        [pct0(max / 255), 'gives the HSB brightness, the strongest channel'],
        [pct0((c[0] + c[1] + c[2]) / 765), 'averages all three channels'],
        [pct0((max - min) / 510), 'halves the chroma (max − min) instead of the sum'],
        ...(max + min <= 255
          ? ([
              [pct0((max + min) / 255), 'adds the strongest and weakest but does not halve'],
            ] as const)
          : []),
        [pct0(min / 255), 'takes the weakest channel'],
        [pct0(1 - (max + min) / 510), 'measures the lightness down from white'],
        [
          pct0((0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255),
          'weights the channels as for luminance',
        ],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-hsl-saturation-of-hex', (rng) => {
    const c = drawRgb(rng, 20, 235)
    const max = Math.max(...c)
    const min = Math.min(...c)
    if (max - min < 40 || max + min === 255) refuse('dcol-hsl-saturation-of-hex', 'ambiguous')
    const d = max - min
    return {
      stem: `For a CSS custom property in hsl(), a designer needs the HSL saturation of ${hex(c)}: S = (max − min) ÷ (255 − |max + min − 255|). To the nearest whole percent, what is it?`,
      key: pct0(d / (255 - Math.abs(max + min - 255))),
      wrong: [
        [pct0(d / max), 'gives the HSB saturation, (max − min) ÷ max'],
        [pct0(d / 255), 'divides the range by 255'],
        [
          pct0(d / (max + min)),
          'divides by the sum of the strongest and weakest whatever the lightness',
        ],
        [pct0(min / max), 'gives the weakest channel over the strongest'],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-css-hsl-to-hex-at-a-primary-hue', (rng) => {
    const h = rng.pick(HUES)
    const S = fives(rng, 20, 90)
    const L = fives(rng, 20, 80)
    const [s, l] = [S / 100, L / 100]
    if (L === 50) refuse('dcol-css-hsl-to-hex-at-a-primary-hue', 'lightness 50 %')
    const a = s * Math.min(l, 1 - l)
    // The key's channels as exact integer ratios: (100 L ± S × min(L, 100 − L)) × 255 ÷ 10,000.
    const room = S * Math.min(L, 100 - L)
    return {
      stem: `A token is hsl(${h} ${pct0(s)} ${pct0(l)}). In HSL the strong channels are (L + S × min(L, 1 − L)) × 255 and the weak ones (L − S × min(L, 1 − L)) × 255; at this hue each channel is one or the other. What hex is it (channels rounded)?`,
      key: hex(byPattern(h, ((100 * L + room) * 255) / 10000, ((100 * L - room) * 255) / 10000)),
      wrong: [
        [hex(hsbRgb(h, s, l)), 'reads the figures as HSB'],
        [
          hex(byPattern(h, Math.min(1, l + s / 2) * 255, Math.max(0, l - s / 2) * 255)),
          'spreads the channels by S ÷ 2 whatever the lightness',
        ],
        [
          hex(byPattern(h, Math.min((l + s * l) * 255, 255), (l - s * l) * 255)),
          'scales by L even above 50 %',
        ],
        [
          hex(byPattern(h, (1 - l + a) * 255, (1 - l - a) * 255)),
          'reads lightness the other way round, from white',
        ],
      ],
      figures: { h, s: S, l: L },
    }
  }),
  family('dcol-hex3-expanded-to-rgb', (rng) => {
    const d = [rng.int(1, 15), rng.int(1, 15), rng.int(1, 15)] as const
    const text = `#${d.map((x) => x.toString(16).toUpperCase()).join('')}`
    return {
      stem: `A legacy stylesheet sets a border to ${text}. Three-digit hex doubles each digit (#RGB as #RRGGBB). What is it in rgb()?`,
      key: rgbText(d.map((x) => x * 17) as unknown as Rgb),
      wrong: [
        [rgbText(d.map((x) => x * 16) as unknown as Rgb), 'pads each digit with a zero'],
        [rgbText(d as unknown as Rgb), 'reads each digit alone as the channel'],
        [
          rgbText([d[0] * 16 + d[1], d[2] * 16 + d[0], d[1] * 16 + d[2]]),
          'repeats the three digits, reading #RGBRGB',
        ],
        [
          rgbText(d.map((x) => 255 - x * 17) as unknown as Rgb),
          'gives each doubled channel’s complement',
        ],
      ],
      figures: { d: d.join(',') },
    }
  }),
  family('dcol-hwb-of-hex', (rng) => {
    const c = drawRgb(rng, 15, 240)
    const max = Math.max(...c)
    const min = Math.min(...c)
    if (max - min < 40 || min + max === 255) refuse('dcol-hwb-of-hex', 'ambiguous')
    const wb = (w: number, b: number) => `W ${pct0(w)}, B ${pct0(b)}`
    return {
      stem: `A developer wants ${hex(c)} in CSS hwb(). Whiteness is the weakest channel ÷ 255 and blackness is 1 − the strongest channel ÷ 255. To whole percents, what are they?`,
      key: wb(min / 255, 1 - max / 255),
      wrong: [
        [wb(1 - max / 255, min / 255), 'swaps whiteness and blackness'],
        [
          wb(min / 255, max / 255),
          'takes blackness as the strongest channel, not its distance from full',
        ],
        [wb(max / 255, 1 - min / 255), 'takes whiteness from the strongest channel'],
        [
          wb((max - min) / (255 - Math.abs(max + min - 255)), (max + min) / 510),
          'puts the colour’s HSL saturation and lightness in hwb()’s places',
        ],
      ],
      figures: { c: hex(c) },
    }
  }),
]
