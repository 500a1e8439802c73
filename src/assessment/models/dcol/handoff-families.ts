import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, client, drawRgb, enc, family, grey, hex, lin, type Rgb, refuse } from './dcol-text.js'

// Print handoff and screen compositing. The naive device-independent separation, which the stem
// states, is K = 1 − max(R′, G′, B′) and C = (1 − R′ − K) ÷ (1 − K) (M from G′, Y from B′), and
// back R = 255 × (1 − C)(1 − K); a real separation uses the printer's profile. On screen a
// translucent colour composites per encoded channel, colour × alpha + background × (1 − alpha),
// unless the stem says linear light; opacities stack as 1 − (1 − a)(1 − b), CSS opacity multiplies
// down the tree, and the blend modes are the separable formulas the stem gives. The slips: no
// black generation, the background left out or swapped, the opacity's share swapped, the wrong
// blend mode, transparency taken for opacity.

// A blend or a slip that runs past 0 or 255 clips there, as a screen and every blend mode do.
const inRange = (_id: string, c: readonly number[]) =>
  hex(c.map((v) => Math.min(255, Math.max(0, Math.round(v)))))
const level = (id: string, v: number) => {
  const r = Math.round(v)
  return r < 0 || r > 255 ? refuse(id, 'off 0–255') : String(r)
}
const pc = (id: string, x: number) => {
  const r = Math.round(x * 100)
  return r < 0 || r > 100 ? refuse(id, 'off 0–100 %') : `${r}%`
}
/** A percentage given as the whole-number ratio n ÷ d, rounded half up exactly. */
const whole = (id: string, n: number, d: number) => {
  const r = Math.floor((2 * n + d) / (2 * d))
  return r < 0 || r > 100 ? refuse(id, 'off 0–100 %') : `${r}%`
}
const per = (a: Rgb, b: Rgb, f: (x: number, y: number) => number) => a.map((x, i) => f(x, b[i]!))

function cmyk(id: string, c: readonly number[]): string {
  const r = c.map((x) => Math.round(x * 100))
  if (r.some((v) => v < 0 || v > 100)) refuse(id, 'an ink off 0–100 %')
  return `C ${r[0]} M ${r[1]} Y ${r[2]} K ${r[3]}`
}

export const HANDOFF_FAMILIES: readonly ScenarioFamily[] = [
  family('dcol-naive-rgb-to-cmyk-for-a-flyer', (rng) => {
    const id = 'dcol-naive-rgb-to-cmyk-for-a-flyer'
    const c = drawRgb(rng, 30, 230)
    const p = c.map((v) => v / 255)
    const max = Math.max(...p)
    const k = 1 - max
    const sep = (kk: number, div: boolean) => [
      ...p.map((x) => (1 - x - kk) / (div ? 1 - kk : 1)),
      kk,
    ]
    return {
      stem: `${cap(client(rng))} wants its web colour ${hex(c)} on a flyer; the printer will convert by profile, but asks for a first guess by the naive formula: R′ = R ÷ 255 (likewise G′, B′), K = 1 − max(R′, G′, B′), C = (1 − R′ − K) ÷ (1 − K), M and Y likewise from G′ and B′. What is it, in whole percent?`,
      key: cmyk(id, sep(k, true)),
      wrong: [
        [cmyk(id, sep(0, true)), 'generates no black, taking C as 1 − R′ with K 0'],
        [cmyk(id, sep(k, false)), 'does not divide by (1 − K)'],
        [
          cmyk(id, [...p.map((x) => 1 - x), k]),
          'takes each ink as 1 − the channel and adds K on top',
        ],
        [cmyk(id, [...p.map((x) => x), k]), 'takes each channel’s value as its ink'],
        [
          cmyk(id, [...sep(k, true).slice(0, 3).reverse(), k]),
          'takes cyan from blue and yellow from red',
        ],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-naive-cmyk-to-screen-hex', (rng) => {
    const id = 'dcol-naive-cmyk-to-screen-hex'
    const ink = [rng.int(0, 18) * 5, rng.int(0, 18) * 5, rng.int(0, 18) * 5] as const
    const k = rng.int(1, 8) * 5
    // 255 (1 − C)(1 − K) as one exact integer ratio, so a half rounds up.
    const screen = (x: number) => (255 * (100 - x) * (100 - k)) / 10000
    return {
      stem: `A client’s print brand colour is C ${ink[0]} M ${ink[1]} Y ${ink[2]} K ${k}. For a screen approximation, the naive formula gives R = 255 × (1 − C)(1 − K), G from M and B from Y, inks as fractions, rounded. What hex is it?`,
      key: inRange(id, ink.map(screen)),
      wrong: [
        [
          inRange(
            id,
            ink.map((x) => (255 * (100 - x - k)) / 100),
          ),
          'subtracts the black instead of multiplying by (1 − K)',
        ],
        [
          inRange(
            id,
            ink.map((x) => (255 * (100 - x)) / 100),
          ),
          'leaves out the black',
        ],
        [
          inRange(
            id,
            ink.map((x) => (255 * x * (100 - k)) / 10000),
          ),
          'takes each ink as the light of its channel',
        ],
        [
          inRange(id, [ink[2], ink[1], ink[0]].map(screen)),
          'takes red from yellow and blue from cyan',
        ],
      ],
      figures: { c: ink[0], m: ink[1], y: ink[2], k },
    }
  }),
  family('dcol-translucent-panel-over-coloured-page', (rng) => {
    const id = 'dcol-translucent-panel-over-coloured-page'
    const c = drawRgb(rng)
    const bg = drawRgb(rng, 40, 220)
    const a = rng.pick([20, 30, 40, 60, 70, 75, 80, 85])
    const f = a / 100
    return {
      stem: `A panel ${hex(c)} at ${a} % opacity sits on the page colour ${hex(bg)}. For a flat fallback, each encoded channel is colour × alpha + page × (1 − alpha), rounded. What hex does it flatten to?`,
      key: inRange(
        id,
        per(c, bg, (x, y) => (x * a + y * (100 - a)) / 100),
      ),
      wrong: [
        [
          inRange(
            id,
            c.map((x) => (x * a + 255 * (100 - a)) / 100),
          ),
          'flattens over white, not the page',
        ],
        [
          inRange(
            id,
            c.map((x) => (x * a) / 100),
          ),
          'flattens over black, leaving out the page',
        ],
        [
          inRange(
            id,
            per(c, bg, (x, y) => (x * (100 - a) + y * a) / 100),
          ),
          'gives the opacity to the page',
        ],
        [
          inRange(
            id,
            per(c, bg, (x, y) => enc(lin(x) * f + lin(y) * (1 - f))),
          ),
          'composites in linear light',
        ],
      ],
      figures: { c: hex(c), bg: hex(bg), a },
    }
  }),
  family('dcol-stacked-overlays-opacity', (rng) => {
    const id = 'dcol-stacked-overlays-opacity'
    const a = rng.int(2, 9) * 5
    const b = rng.int(2, 9) * 5
    if (a === b) refuse(id, 'equal layers')
    return {
      stem: `Two black overlays overlap in a modal design, one at ${a} % opacity and one at ${b} %. Opacities stack as 1 − (1 − a)(1 − b). How opaque is the overlap, to the nearest whole percent?`,
      key: whole(id, 100 * a + 100 * b - a * b, 100),
      wrong: [
        [whole(id, a + b, 1), 'adds the opacities'],
        [whole(id, a * b, 100), 'multiplies the opacities'],
        [whole(id, Math.max(a, b), 1), 'keeps the stronger layer only'],
        [whole(id, (100 - a) * (100 - b), 100), 'gives the light let through, not the opacity'],
      ],
      figures: { a, b },
    }
  }),
  family('dcol-opacity-that-matches-a-flat-tint', (rng) => {
    const id = 'dcol-opacity-that-matches-a-flat-tint'
    const c = drawRgb(rng, 20, 160)
    const a = rng.int(15, 85) / 100
    const t = c.map((v) => Math.round(v * a + 255 * (1 - a))) as unknown as Rgb
    const i = [0, 1, 2].reduce((m, j) => (c[j]! < c[m]! ? j : m), 0)
    const [cv, tv] = [c[i]!, t[i]!]
    return {
      stem: `A mock-up uses the flat tint ${hex(t)}. The developer will draw the brand colour ${hex(c)} at an opacity over white instead, tint = colour × alpha + 255 × (1 − alpha). From the channel with the most room (value ${cv} in the brand, ${tv} in the tint), what opacity matches, to the nearest whole percent?`,
      key: pc(id, (255 - tv) / (255 - cv)),
      wrong: [
        [pc(id, tv / 255), 'takes the tint’s channel as the opacity'],
        [pc(id, 1 - (255 - tv) / (255 - cv)), 'gives the transparency'],
        [pc(id, cv / tv), 'divides the brand’s channel by the tint’s'],
        [pc(id, (255 - tv) / 255), 'measures the tint from white without the brand colour'],
      ],
      figures: { cv, tv },
    }
  }),
  family('dcol-multiply-blend-swatch', (rng) => {
    const id = 'dcol-multiply-blend-swatch'
    const a = drawRgb(rng, 60, 255)
    const b = drawRgb(rng, 60, 255)
    return {
      stem: `A designer sets a texture ${hex(b)} to multiply over a card ${hex(a)}; a developer will use mix-blend-mode. Multiply gives each channel a × b ÷ 255, rounded. What colour shows?`,
      key: inRange(
        id,
        per(a, b, (x, y) => (x * y) / 255),
      ),
      wrong: [
        [
          inRange(
            id,
            per(a, b, (x, y) => 255 - ((255 - x) * (255 - y)) / 255),
          ),
          'applies screen, which lightens',
        ],
        [
          inRange(
            id,
            per(a, b, (x, y) => (x + y) / 2),
          ),
          'averages the two colours',
        ],
        [inRange(id, per(a, b, Math.min)), 'applies darken, the smaller channel'],
        [
          inRange(
            id,
            per(a, b, (x, y) => x + y - 255),
          ),
          'applies linear burn, adding and taking off 255',
        ],
      ],
      figures: { a: hex(a), b: hex(b) },
    }
  }),
  family('dcol-screen-blend-glow', (rng) => {
    const id = 'dcol-screen-blend-glow'
    const a = drawRgb(rng, 0, 180)
    const b = drawRgb(rng, 0, 180)
    return {
      stem: `A glow ${hex(b)} is set to screen over a dark hero ${hex(a)}. Screen gives each channel 255 − (255 − a)(255 − b) ÷ 255, rounded. What colour shows?`,
      key: inRange(
        id,
        per(a, b, (x, y) => 255 - ((255 - x) * (255 - y)) / 255),
      ),
      wrong: [
        [
          inRange(
            id,
            per(a, b, (x, y) => (x * y) / 255),
          ),
          'applies multiply, which darkens',
        ],
        [
          inRange(
            id,
            per(a, b, (x, y) => (x + y) / 2),
          ),
          'averages the two colours',
        ],
        [inRange(id, per(a, b, Math.max)), 'applies lighten, the larger channel'],
        [
          inRange(
            id,
            per(a, b, (x, y) => x + y),
          ),
          'applies linear dodge, adding the channels',
        ],
      ],
      figures: { a: hex(a), b: hex(b) },
    }
  }),
  family('dcol-difference-blend-hover', (rng) => {
    const id = 'dcol-difference-blend-hover'
    const a = drawRgb(rng)
    const b = drawRgb(rng)
    return {
      stem: `A hover effect sets ${hex(b)} to difference over ${hex(a)}. Difference gives each channel |a − b|. What colour shows?`,
      key: inRange(
        id,
        per(a, b, (x, y) => Math.abs(x - y)),
      ),
      wrong: [
        [
          inRange(
            id,
            per(a, b, (x, y) => x + y - (2 * x * y) / 255),
          ),
          'applies exclusion instead',
        ],
        [
          inRange(
            id,
            per(a, b, (x, y) => 255 - Math.abs(x - y)),
          ),
          'inverts the difference',
        ],
        [
          inRange(
            id,
            per(a, b, (x, y) => (x + y) / 2),
          ),
          'averages the two colours',
        ],
        [
          inRange(
            id,
            per(a, b, (_x, y) => 255 - y),
          ),
          'inverts the top colour only',
        ],
      ],
      figures: { a: hex(a), b: hex(b) },
    }
  }),
  family('dcol-luma-grey-for-one-colour-print', (rng) => {
    const c = drawRgb(rng, 20, 235)
    if (Math.max(...c) - Math.min(...c) < 60) refuse('dcol-luma-grey', 'too grey')
    const g = (v: number) => hex(grey(Math.round(v)))
    return {
      stem: `A one-colour print job needs ${client(rng)}’s logo ${hex(c)} as a grey. The client’s rule is video luma on the encoded values, Y = 0.299 R + 0.587 G + 0.114 B, rounded. Which grey is it?`,
      key: g(0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]),
      wrong: [
        [g((c[0] + c[1] + c[2]) / 3), 'averages the channels'],
        [g(Math.max(...c)), 'takes the strongest channel, the HSB brightness'],
        [g((Math.max(...c) + Math.min(...c)) / 2), 'takes the HSL lightness'],
        [g(0.114 * c[0] + 0.587 * c[1] + 0.299 * c[2]), 'swaps the red and blue weights'],
      ],
      figures: { c: hex(c) },
    }
  }),
  family('dcol-alpha-from-mock-ups-on-white-and-black', (rng) => {
    const id = 'dcol-alpha-from-mock-ups-on-white-and-black'
    const c = rng.int(30, 230)
    const a = rng.int(20, 85) / 100
    const w = Math.round(c * a + 255 * (1 - a))
    const b = Math.round(c * a)
    return {
      stem: `A client sends only two flattened mock-ups of a translucent badge: one channel reads ${w} over white and ${b} over black. With result = colour × alpha + background × (1 − alpha), alpha = 1 − (white − black) ÷ 255. What opacity was it, to the nearest whole percent?`,
      key: pc(id, 1 - (w - b) / 255),
      wrong: [
        [pc(id, (w - b) / 255), 'gives the transparency'],
        [pc(id, b / 255), 'reads the value over black as the opacity'],
        [pc(id, w / 255), 'reads the value over white as the opacity'],
        [pc(id, b / w), 'divides the value over black by the value over white'],
      ],
      figures: { w, b },
    }
  }),
  family('dcol-colour-from-mock-ups-on-white-and-black', (rng) => {
    const id = 'dcol-colour-from-mock-ups-on-white-and-black'
    const c = rng.int(60, 230)
    const a = rng.int(30, 85) / 100
    const w = Math.round(c * a + 255 * (1 - a))
    const b = Math.round(c * a)
    const alpha = 1 - (w - b) / 255
    return {
      stem: `Two flattened mock-ups of a translucent icon give one channel as ${w} over white and ${b} over black. With alpha = 1 − (white − black) ÷ 255 and the value over black = colour × alpha, what is the channel’s straight value, rounded?`,
      key: level(id, b / alpha),
      wrong: [
        [level(id, b), 'takes the value over black as the colour'],
        [level(id, w), 'takes the value over white as the colour'],
        [level(id, (w + b) / 2), 'averages the two mock-ups'],
        [level(id, b * alpha), 'multiplies by the alpha instead of dividing'],
      ],
      figures: { w, b },
    }
  }),
  family('dcol-flatten-a-shadow-for-email', (rng) => {
    const id = 'dcol-flatten-a-shadow-for-email'
    const bg = drawRgb(rng, 150, 255)
    const a = rng.pick([8, 10, 12, 15, 20, 25, 30, 35])
    const f = a / 100
    return {
      stem: `An email client ignores alpha, so a card shadow of black at ${a} % opacity on the ${hex(bg)} background must be flattened: each encoded channel becomes background × (1 − alpha), rounded. What hex is the shadow?`,
      key: inRange(
        id,
        bg.map((v) => (v * (100 - a)) / 100),
      ),
      wrong: [
        [
          inRange(
            id,
            bg.map((v) => (v * a) / 100),
          ),
          'keeps the shadow’s share of the background',
        ],
        [
          inRange(
            id,
            bg.map((v) => (100 * v - 255 * a) / 100),
          ),
          'subtracts the opacity’s share of 255',
        ],
        [inRange(id, grey((255 * (100 - a)) / 100)), 'flattens over white, not the background'],
        [
          inRange(
            id,
            bg.map((v) => enc(lin(v) * (1 - f))),
          ),
          'composites in linear light',
        ],
      ],
      figures: { bg: hex(bg), a },
    }
  }),
  family('dcol-overlay-blend-level', (rng) => {
    const id = 'dcol-overlay-blend-level'
    // Base and top on opposite sides of 128, so deciding by the wrong layer picks the other formula.
    const dark = rng.int(20, 120)
    const light = rng.int(136, 235)
    const [base, top] = rng.next() < 0.5 ? [dark, light] : [light, dark]
    const ov = (b: number, t: number) =>
      b < 128 ? (2 * b * t) / 255 : 255 - (2 * (255 - b) * (255 - t)) / 255
    return {
      stem: `A grain layer of level ${top} is set to overlay on a base of level ${base}. Overlay multiplies where the base is below 128 (2 × base × top ÷ 255) and screens where it is 128 or above (255 − 2 × (255 − base)(255 − top) ÷ 255). What level shows, rounded?`,
      key: level(id, ov(base, top)),
      wrong: [
        [level(id, ov(top, base)), 'decides by the top layer, as hard light does'],
        [level(id, (base * top) / 255), 'applies multiply throughout'],
        [level(id, 255 - ((255 - base) * (255 - top)) / 255), 'applies screen throughout'],
        [level(id, (base + top) / 2), 'averages the two levels'],
      ],
      figures: { base, top },
    }
  }),
  family('dcol-darken-blend-swatch', (rng) => {
    const id = 'dcol-darken-blend-swatch'
    const a = drawRgb(rng, 40, 255)
    const b = drawRgb(rng, 40, 255)
    return {
      stem: `A pattern ${hex(b)} is set to darken over ${hex(a)}. Darken keeps the smaller value in each channel separately. What colour shows?`,
      key: inRange(id, per(a, b, Math.min)),
      wrong: [
        [inRange(id, per(a, b, Math.max)), 'keeps the larger value, as lighten does'],
        [
          inRange(
            id,
            per(a, b, (x, y) => (x * y) / 255),
          ),
          'applies multiply',
        ],
        [
          inRange(id, a.reduce((s, v) => s + v, 0) <= b.reduce((s, v) => s + v, 0) ? a : b),
          'keeps the whole darker colour, as darker colour does',
        ],
        [
          inRange(
            id,
            per(a, b, (x, y) => (x + y) / 2),
          ),
          'averages the two colours',
        ],
      ],
      figures: { a: hex(a), b: hex(b) },
    }
  }),
  family('dcol-nested-css-opacity', (rng) => {
    const id = 'dcol-nested-css-opacity'
    const p = rng.int(5, 19) * 5
    const q = rng.int(5, 19) * 5
    if (p === q) refuse(id, 'equal opacities')
    const [a, b] = [p / 100, q / 100]
    return {
      stem: `A card has CSS opacity ${a} and its caption inside has opacity ${b}. Opacity applies to an element and everything inside it, so they multiply. How opaque does the caption end up, to the nearest whole percent?`,
      key: whole(id, p * q, 100),
      wrong: [
        [whole(id, q, 1), 'takes the caption’s own opacity'],
        [whole(id, Math.min(p, q), 1), 'takes the lower of the two'],
        [whole(id, 100 * p + 100 * q - p * q, 100), 'stacks them like two overlapping layers'],
        [whole(id, p + q, 2), 'averages the two'],
      ],
      figures: { p, q },
    }
  }),
  family('dcol-composite-in-linear-light', (rng) => {
    const id = 'dcol-composite-in-linear-light'
    const c = drawRgb(rng)
    const bg = drawRgb(rng)
    const a = rng.pick([20, 25, 30, 40, 50, 60, 70, 75, 80])
    const f = a / 100
    const linear = (w: number) => per(c, bg, (x, y) => enc(lin(x) * w + lin(y) * (1 - w)))
    return {
      stem: `A game UI engine composites in linear light. A ${hex(c)} overlay at ${a} % opacity over ${hex(bg)}: decode each channel (c = value ÷ 255; c ≤ 0.04045: c ÷ 12.92, else ((c + 0.055) ÷ 1.055)^2.4), mix colour × alpha + background × (1 − alpha), then encode (x ≤ 0.0031308: 12.92 x, else 1.055 x^(1/2.4) − 0.055, × 255), rounded. What colour shows?`,
      key: inRange(id, linear(f)),
      wrong: [
        [
          inRange(
            id,
            per(c, bg, (x, y) => x * f + y * (1 - f)),
          ),
          'composites the encoded values, as a browser does',
        ],
        [inRange(id, linear(1 - f)), 'gives the opacity to the background'],
        [
          inRange(
            id,
            per(c, bg, (x, y) => 255 * (lin(x) * f + lin(y) * (1 - f))),
          ),
          'mixes in linear light but does not encode the result',
        ],
        [
          inRange(
            id,
            c.map((x) => enc(lin(x) * f + (1 - f))),
          ),
          'composites over white, not the background',
        ],
      ],
      figures: { c: hex(c), bg: hex(bg), a },
    }
  }),
]
