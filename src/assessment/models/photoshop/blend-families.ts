import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { Client, choose, client, family, type PsFamily, rule, subject } from './ps-text.js'

// Blend modes on 8-bit channel values (0–255), per helpx.adobe.com/photoshop/using/blending-modes.html:
// Multiply "multiplies the base color by the blend color … always a darker color. Multiplying any
// color with black produces black. Multiplying any color with white leaves the color unchanged";
// Screen "multiplies the inverse of the blend and base colors … always a lighter color. Screening
// with black leaves the color unchanged"; Overlay "multiplies or screens the colors, depending on
// the base color"; Hard Light "multiplies or screens the colors, depending on the blend color";
// Darken and Lighten select "the base or blend color—whichever is darker (lighter)" by looking
// "at the color information in each channel"; Difference "subtracts either the blend color from
// the base color or the base color from the blend color, depending on which has the greater
// brightness value. Blending with white inverts the base color values; blending with black
// produces no change". The formulas are those Adobe's modes share with the W3C Compositing and
// Blending spec; the stems ask for the value rounded to a whole number.
// Opacity and fill: helpx.adobe.com/photoshop/using/layer-opacity-blending.html ("Fill opacity
// affects pixels, shapes, or text painted in a layer without affecting the opacity of layer
// effects such as drop shadows"; opacity affects the layer's styles as well).

/** A channel blend of base `a` (below) and blend `b` (the layer), unrounded. */
export const MODES: Record<string, (a: number, b: number) => number> = {
  multiply: (a, b) => (a * b) / 255,
  screen: (a, b) => 255 - ((255 - a) * (255 - b)) / 255,
  overlay: (a, b) => (a < 128 ? (2 * a * b) / 255 : 255 - (2 * (255 - a) * (255 - b)) / 255),
  hardlight: (a, b) => (b < 128 ? (2 * a * b) / 255 : 255 - (2 * (255 - a) * (255 - b)) / 255),
  darken: (a, b) => Math.min(a, b),
  lighten: (a, b) => Math.max(a, b),
  difference: (a, b) => Math.abs(a - b),
  average: (a, b) => (a + b) / 2,
  normal: (_a, b) => b,
  base: (a) => a,
  linearburn: (a, b) => Math.max(0, a + b - 255),
  lineardodge: (a, b) => Math.min(255, a + b),
  subtract: (a, b) => Math.max(0, a - b),
  invert: (a, b) => 255 - Math.abs(a - b),
  black: () => 0,
  white: () => 255,
}

/** The mistake each wrong mode stands for, when a stem asks for `mode`. */
const NAMED: Record<string, string> = {
  multiply: 'multiplies the values, as Multiply does',
  screen: 'screens the values, as Screen does',
  overlay: 'lets the base value choose multiply or screen, as Overlay does',
  hardlight: 'lets the blend value choose multiply or screen (that is Hard Light)',
  darken: 'keeps the darker value, as Darken does',
  lighten: 'keeps the lighter value, as Lighten does',
  difference: 'takes the difference of the values, as Difference does',
  average: 'averages the two values as if the layer were Normal at 50%',
  normal: 'shows the layer’s own value as if the mode were Normal',
  base: 'thinks the base value is left unchanged',
  linearburn: 'adds the values and subtracts 255 (that is Linear Burn)',
  lineardodge: 'adds the values, capped at 255 (that is Linear Dodge)',
  subtract: 'subtracts the layer from the base without the absolute value, stopping at 0',
  invert: 'inverts the difference, subtracting it from 255',
  black: 'confuses the white case with multiplying by black, which gives black',
  white: 'confuses the black case with screening with white, which gives white',
}

const TITLES: Record<string, string> = {
  multiply: 'Multiply',
  screen: 'Screen',
  overlay: 'Overlay',
  darken: 'Darken',
  lighten: 'Lighten',
  difference: 'Difference',
  normal: 'Normal',
}

const CH = ['red', 'green', 'blue'] as const

/** Whether `v` rounds without a tie that float error could tip either way. */
const clean = (v: number) => Math.abs((v % 1) - 0.5) > 0.002

/** Draws until `ok` holds (few retries: every range used holds many clean draws). */
function until<T>(draw: () => T, ok: (t: T) => boolean): T {
  for (let i = 0; i < 200; i++) {
    const t = draw()
    if (ok(t)) return t
  }
  throw new VariantError('no clean draw')
}

const channelStem = (rng: Rng, mode: string, a: number, b: number, opacity = 100) => {
  const ch = rng.pick(CH)
  return `${Client(rng)}’s ${subject(rng)} is an 8-bit RGB document. A pixel of the background has the ${ch} value ${a}; a layer above it, set to ${TITLES[mode]} at ${opacity}% opacity (fill 100%), has the ${ch} value ${b} there. Computing with Adobe’s formula and rounding to a whole number, what ${ch} value does the composite show?`
}

/** A one-channel blend family: the key mode and the wrong modes it is mistaken for. */
function channel(
  id: string,
  mode: string,
  draw: (rng: Rng) => [a: number, b: number],
  wrongModes: readonly string[],
): PsFamily {
  return family(id, (rng) => {
    const [a, b] = until(
      () => draw(rng),
      ([x, y]) => [mode, ...wrongModes].every((m) => clean(MODES[m]!(x, y))),
    )
    const v = (m: string) => String(Math.round(MODES[m]!(a, b)))
    return choose(rng, {
      stem: channelStem(rng, mode, a, b),
      key: v(mode),
      wrong: wrongModes.map((m) => [v(m), NAMED[m]!, m] as const),
      facts: { kind: 'blend', mode, a, b, opacity: 100 },
    })
  })
}

/** Base and blend values both away from the ends, so every mode gives a different value. */
const mid = (rng: Rng): [number, number] =>
  until(
    () => [rng.int(60, 200), rng.int(60, 200)] as [number, number],
    ([a, b]) => Math.abs(a - b) > 25,
  )

/** An RGB triple shown as the options show colours. */
const rgb = (c: readonly number[]) => `R ${c[0]} G ${c[1]} B ${c[2]}`

function triple(id: string, mode: 'darken' | 'lighten' | 'multiply' | 'screen'): PsFamily {
  return family(id, (rng) => {
    // Each colour is darker in some channel and lighter in another, so a whole-colour pick differs.
    const [base, top] = until(
      () => [0, 1, 2].map(() => [rng.int(20, 235), rng.int(20, 235)] as const),
      (ch) =>
        ch.some(([x, y]) => x < y - 20) &&
        ch.some(([x, y]) => x > y + 20) &&
        ch.every(([x, y]) =>
          ['multiply', 'screen', 'average'].every((m) => clean(MODES[m]!(x, y))),
        ),
    ).reduce<[number[], number[]]>(
      ([p, q], [x, y]) => [
        [...p, x],
        [...q, y],
      ],
      [[], []],
    )
    const per = (m: string) => rgb(base.map((x, i) => Math.round(MODES[m]!(x, top[i]!))))
    const sum = (c: number[]) => c[0]! * 0.3 + c[1]! * 0.59 + c[2]! * 0.11
    const darkerWhole = sum(base) <= sum(top) ? base : top
    const lighterWhole = sum(base) <= sum(top) ? top : base
    const other = { darken: 'lighten', lighten: 'darken', multiply: 'screen', screen: 'multiply' }[
      mode
    ]
    const wrong: (readonly [string, string, string])[] = [
      [per(other), NAMED[other]!, other],
      [per('average'), NAMED.average!, 'average'],
    ]
    if (mode === 'darken' || mode === 'lighten') {
      wrong.push(
        [
          rgb(mode === 'darken' ? darkerWhole : lighterWhole),
          `picks the whole ${mode === 'darken' ? 'darker' : 'lighter'} colour instead of comparing each channel`,
          `whole-${mode}`,
        ],
        [
          per(mode === 'darken' ? 'multiply' : 'screen'),
          NAMED[mode === 'darken' ? 'multiply' : 'screen']!,
          mode === 'darken' ? 'multiply' : 'screen',
        ],
      )
    } else {
      wrong.push(
        [
          per(mode === 'multiply' ? 'darken' : 'lighten'),
          NAMED[mode === 'multiply' ? 'darken' : 'lighten']!,
          mode === 'multiply' ? 'darken' : 'lighten',
        ],
        [
          per(mode === 'multiply' ? 'linearburn' : 'lineardodge'),
          NAMED[mode === 'multiply' ? 'linearburn' : 'lineardodge']!,
          mode === 'multiply' ? 'linearburn' : 'lineardodge',
        ],
      )
    }
    return choose(rng, {
      stem: `In ${client(rng)}’s 8-bit RGB ${subject(rng)}, a background pixel is ${rgb(base)}. A layer above it set to ${TITLES[mode]} at 100% opacity is ${rgb(top)} there. Computing with Adobe’s formula, each channel rounded to a whole number, which colour does the composite show?`,
      key: per(mode),
      wrong,
      facts: { kind: 'blend-rgb', mode, base, top },
    })
  })
}

/** A blend at `opacity` percent: base plus the opacity's share of the move to the blended value. */
const mix = (a: number, blended: number, o: number) => a + ((blended - a) * o) / 100

function faded(id: string, mode: 'normal' | 'multiply' | 'screen'): PsFamily {
  return family(id, (rng) => {
    const [a, b, o] = until(
      () => [rng.int(40, 215), rng.int(40, 215), rng.pick([20, 30, 40, 60, 70, 80])] as const,
      ([x, y, p]) =>
        Math.abs(x - y) > 30 &&
        [
          (x + y) / 2,
          Math.min(255, x + y * (p / 100)),
          255 - (255 - MODES[mode]!(x, y)) * (p / 100),
          Math.min(255, ((x + MODES[mode]!(x, y)) * p) / 100),
          mix(x, MODES[mode]!(x, y), p),
          mix(x, MODES.multiply!(x, y), p),
          MODES.multiply!(x, mix(x, y, p)),
          MODES[mode]!(x, y) * (p / 100),
          mix(x, MODES[mode]!(x, y), 100 - p),
          MODES[mode]!(x, y),
        ].every(clean),
    )
    const blended = MODES[mode]!(a, b)
    const r = (v: number) => String(Math.round(v))
    const wrong: (readonly [string, string, string])[] = [
      [
        r(blended * (o / 100)),
        'scales the blended value by the opacity and drops the base’s share',
        'scaled',
      ],
      [
        r(mix(a, blended, 100 - o)),
        'gives the base the opacity’s share, the wrong way round',
        'swapped',
      ],
      [r(Math.min(255, a + b * (o / 100))), 'adds the faded layer value to the base', 'added'],
    ]
    if (mode === 'multiply')
      wrong.push([
        r(MODES.multiply!(a, mix(a, b, o))),
        'fades the layer’s value toward the base first, then multiplies',
        'prefaded',
      ])
    if (mode === 'screen')
      wrong.push([
        r(mix(a, MODES.multiply!(a, b), o)),
        'multiplies instead of screening, then applies the opacity',
        'other-mode',
      ])
    wrong.push(
      [r(blended), 'ignores the opacity setting', 'full'],
      [r((a + b) / 2), 'averages the two values whatever the opacity', 'average'],
      [
        r(255 - (255 - blended) * (o / 100)),
        'fades the layer toward white instead of toward the base',
        'over-white',
      ],
      [
        r(Math.min(255, ((a + blended) * o) / 100)),
        'weights both the base and the layer by the opacity and adds them',
        'both-weighted',
      ],
    )
    return choose(rng, {
      stem: channelStem(rng, mode, a, b, o),
      key: r(mix(a, blended, o)),
      wrong,
      facts: { kind: 'faded', mode, a, b, opacity: o },
    })
  })
}

export const BLEND_FAMILIES: readonly PsFamily[] = [
  channel('multiply-channel', 'multiply', mid, [
    'screen',
    'average',
    'linearburn',
    'darken',
    'normal',
    'lighten',
    'difference',
    'subtract',
  ]),
  channel('screen-channel', 'screen', mid, [
    'multiply',
    'average',
    'lighten',
    'lineardodge',
    'normal',
    'darken',
    'difference',
    'linearburn',
  ]),
  channel('overlay-dark-base', 'overlay', (rng) => [rng.int(30, 110), rng.int(140, 230)], [
    'hardlight',
    'multiply',
    'screen',
    'average',
    'normal',
    'base',
    'darken',
    'lighten',
    'linearburn',
    'lineardodge',
  ]),
  channel('overlay-light-base', 'overlay', (rng) => [rng.int(145, 225), rng.int(25, 115)], [
    'hardlight',
    'multiply',
    'screen',
    'average',
    'base',
    'normal',
    'darken',
    'lighten',
    'linearburn',
    'lineardodge',
  ]),
  channel('difference-channel', 'difference', (rng) => [rng.int(30, 120), rng.int(150, 240)], [
    'subtract',
    'invert',
    'average',
    'lineardodge',
    'darken',
    'lighten',
    'multiply',
    'screen',
  ]),
  channel('darken-channel', 'darken', mid, [
    'lighten',
    'multiply',
    'average',
    'linearburn',
    'screen',
    'lineardodge',
    'difference',
  ]),
  channel('lighten-channel', 'lighten', mid, [
    'darken',
    'screen',
    'average',
    'lineardodge',
    'multiply',
    'linearburn',
    'invert',
  ]),
  triple('darken-per-channel', 'darken'),
  triple('lighten-per-channel', 'lighten'),
  triple('multiply-colour', 'multiply'),
  triple('screen-colour', 'screen'),
  faded('multiply-at-opacity', 'multiply'),
  faded('screen-at-opacity', 'screen'),
  family('two-normal-layers', (rng) => {
    const [a, l1, o1, l2, o2] = until(
      () =>
        [
          rng.int(20, 235),
          rng.int(20, 235),
          rng.pick([30, 40, 50, 60, 70]),
          rng.int(20, 235),
          rng.pick([20, 30, 40, 60, 80]),
        ] as const,
      ([x, y, p, z, q]) =>
        Math.abs(x - y) > 25 &&
        Math.abs(y - z) > 25 &&
        Math.abs(x - z) > 25 &&
        [
          mix(mix(x, y, p), z, q),
          mix(mix(x, z, q), y, p),
          mix(x, z, q),
          mix(x, y, p),
          mix(x, (y + z) / 2, (p + q) / 2),
        ].every(clean) &&
        [
          mix(mix(x, z, q), y, p),
          mix(x, z, q),
          mix(x, y, p),
          mix(x, (y + z) / 2, (p + q) / 2),
        ].filter((v) => Math.abs(Math.round(v) - Math.round(mix(mix(x, y, p), z, q))) <= 1)
          .length === 0,
    )
    const r = (v: number) => String(Math.round(v))
    return choose(rng, {
      stem: `${Client(rng)}’s 8-bit ${subject(rng)} has a background pixel with the value ${a} in one channel. Above it, layer 1 (Normal, ${o1}% opacity) has ${l1} there, and above that, layer 2 (Normal, ${o2}% opacity) has ${l2}. Rounded to a whole number, what value does the composite show?`,
      key: r(mix(mix(a, l1, o1), l2, o2)),
      wrong: [
        [
          r(mix(mix(a, l2, o2), l1, o1)),
          'composites the layers in the wrong order, top layer first',
          'order',
        ],
        [r(mix(a, l2, o2)), 'ignores the lower layer under the top one', 'top-only'],
        [r(mix(a, l1, o1)), 'ignores the top layer', 'lower-only'],
        [
          r(mix(a, (l1 + l2) / 2, (o1 + o2) / 2)),
          'averages the layers’ values and opacities',
          'averaged',
        ],
      ],
      facts: {
        kind: 'stack',
        a,
        layers: [
          [l1, o1],
          [l2, o2],
        ],
      },
    })
  }),
  family('fill-times-opacity', (rng) => {
    const [a, b, f, o] = until(
      () =>
        [
          rng.int(30, 225),
          rng.int(30, 225),
          rng.pick([40, 50, 60, 80]),
          rng.pick([50, 60, 75, 80]),
        ] as const,
      ([x, y, p, q]) =>
        Math.abs(x - y) > 40 &&
        p !== q &&
        [
          mix(x, y, (p * q) / 100),
          mix(x, y, p),
          mix(x, y, q),
          mix(x, y, Math.min(100, p + q)),
          mix(x, y, 100 - (p * q) / 100),
        ].every(clean) &&
        [
          mix(x, y, p),
          mix(x, y, q),
          mix(x, y, Math.min(100, p + q)),
          mix(x, y, 100 - (p * q) / 100),
        ].filter((v) => Math.abs(Math.round(v) - Math.round(mix(x, y, (p * q) / 100))) <= 1)
          .length === 0,
    )
    const r = (v: number) => String(Math.round(v))
    return choose(rng, {
      stem: `A pixel layer in ${client(rng)}’s 8-bit ${subject(rng)} is in Normal mode with Opacity ${o}% and Fill ${f}%, and has no layer effects. Where it has the value ${b} in a channel over a background value of ${a}, what value does the composite show, rounded to a whole number?`,
      key: r(mix(a, b, (f * o) / 100)),
      wrong: [
        [r(mix(a, b, o)), 'thinks only Opacity affects the layer’s pixels', 'opacity-only'],
        [r(mix(a, b, f)), 'thinks Fill replaces Opacity for the pixels', 'fill-only'],
        [r(mix(a, b, Math.min(100, f + o))), 'adds the two percentages', 'added'],
        [
          r(mix(a, b, 100 - (f * o) / 100)),
          'applies the combined opacity the wrong way round',
          'swapped',
        ],
      ],
      facts: { kind: 'fill', a, b, fill: f, opacity: o },
    })
  }),
  family('drop-shadow-at-fill-zero', (rng) => {
    const o = rng.pick([40, 60, 80])
    const e = rng.pick([25, 50, 75])
    const pc = (v: number) => `${Math.round(v)}%`
    return choose(rng, {
      stem: `${Client(rng)} wants a text layer to show only its drop shadow. The layer has Opacity ${o}% and Fill 0%; its Drop Shadow effect is set to ${e}% opacity. At what overall opacity does the shadow show?`,
      key: pc((o * e) / 100),
      wrong: [
        [pc(0), 'thinks Fill 0% hides the layer’s effects as well as its pixels', 'fill-hides'],
        [pc(e), 'thinks the layer’s Opacity does not reach its effects', 'effect-only'],
        [pc(o), 'ignores the effect’s own opacity', 'layer-only'],
        [pc(Math.min(100, o + e)), 'adds the layer and effect opacities', 'added'],
      ],
      facts: { kind: 'shadow', opacity: o, effect: e },
    })
  }),
  rule('multiply-drops-white-paper', {
    source:
      'helpx.adobe.com/photoshop/using/blending-modes.html (Multiply: "Multiplying any color with white leaves the color unchanged")',
    answer: 'multiply',
    stem: (rng) =>
      `${Client(rng)} sends a scan of black ink line art on white paper to lay over a coloured background. Which blend mode on the scan layer makes the white paper disappear while the ink stays dark?`,
    keys: ['Multiply', 'Multiply, as white leaves the colours beneath unchanged'],
    wrong: [
      ['Screen', 'mixes up Screen, which drops black, with Multiply'],
      ['Lighten', 'thinks keeping the lighter value removes white'],
      ['Difference', 'expects Difference to cancel white, though white inverts'],
      ['Overlay', 'thinks Overlay ignores white, though it lightens'],
      ['Normal at 50% opacity', 'fades the whole scan instead of blending'],
    ],
  }),
  rule('screen-drops-black', {
    source:
      'helpx.adobe.com/photoshop/using/blending-modes.html (Screen: "Screening with black leaves the color unchanged")',
    answer: 'screen',
    stem: (rng) =>
      `${Client(rng)} bought a stock photo of sparks on a pure black background to place over a ${subject(rng)}. Which blend mode on the sparks layer drops the black while the sparks brighten the photo?`,
    keys: ['Screen', 'Screen, as black leaves the colours beneath unchanged'],
    wrong: [
      ['Multiply', 'mixes up Multiply, which drops white, with Screen'],
      ['Darken', 'thinks keeping the darker value removes black'],
      ['Difference', 'uses Difference, which also shifts the colours where the sparks are'],
      ['Hard Light', 'thinks Hard Light ignores black, though it darkens'],
      ['Normal at 50% opacity', 'fades the whole layer instead of blending'],
    ],
  }),
  rule('difference-aligns-layers', {
    source:
      'helpx.adobe.com/photoshop/using/blending-modes.html (Difference: subtracts the darker from the brighter value)',
    answer: 'black',
    stem: (rng) =>
      `A retoucher aligns two exposures of ${client(rng)}’s ${subject(rng)} by setting the top one to Difference. Where the two layers line up exactly, what do those pixels show?`,
    keys: ['Black, as the difference of equal values is 0', 'Black (value 0 in every channel)'],
    wrong: [
      ['White, as equal values cancel to full brightness', 'thinks identical values give white'],
      ['50% grey, the neutral value', 'confuses Difference with Overlay’s neutral grey'],
      [
        'The inverted colours of the lower layer',
        'applies the blending-with-white rule to any match',
      ],
      [
        'The colours of the top layer unchanged',
        'thinks Difference changes only where the layers differ',
      ],
    ],
  }),
  rule('overlay-neutral-grey', {
    source:
      'helpx.adobe.com/photoshop/using/layer-opacity-blending.html ("Filling new layers with a neutral color": the neutral colour is "assigned according to the layer’s blending mode"; the New Layer dialog labels Overlay’s "Overlay-neutral color (50% gray)"); helpx.adobe.com/photoshop/using/blending-modes.html (Overlay: "the base color is not replaced, but mixed with the blend color")',
    answer: 'grey',
    stem: 'For non-destructive dodging and burning, a retoucher fills a new Overlay layer with a colour that leaves the image unchanged until painted on. Which fill is it?',
    keys: ['50% grey (RGB 128, 128, 128)', '50% grey, Overlay’s neutral colour'],
    wrong: [
      ['White', 'takes white, Multiply’s neutral colour'],
      ['Black', 'takes black, Screen’s neutral colour'],
      ['Transparent pixels with Fill 0%', 'thinks an empty layer can be painted to dodge and burn'],
      ['The image’s average colour', 'thinks the neutral colour depends on the photo'],
    ],
  }),
  rule('group-pass-through', {
    source:
      'helpx.adobe.com/photoshop/using/layer-opacity-blending.html ("the default blending mode for a group is Pass Through, which means that the group has no blending properties of its own")',
    answer: 'pass-through',
    stem: 'A designer puts several layers, each with its own blend mode, into a new layer group. What is the group’s default blend mode?',
    keys: [
      'Pass Through (no own blending)',
      'Pass Through: the group has no blending of its own',
      'Pass Through',
    ],
    wrong: [
      ['Normal, like a new layer', 'assumes groups start Normal as new layers do'],
      ['Multiply, to keep the layers’ darkening', 'thinks a group inherits a common mode'],
      ['The blend mode of the group’s top layer', 'thinks the group copies its top layer'],
      ['Dissolve, until a mode is chosen', 'confuses a group with an unset painting mode'],
    ],
  }),
]
