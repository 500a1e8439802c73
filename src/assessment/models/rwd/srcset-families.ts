import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { choose, family, IMAGES, px, type RwdFamily, site } from './rwd-text.js'
import { browsersAgree, lastSlotAt, pickWidth, type SizeEntry, sizesCss, slotAt } from './srcset.js'

const CONVENTION =
  'Assume the browser picks the smallest candidate whose density (width ÷ slot) is at least the device pixel ratio (the densest if none is), with an empty cache.'

const WIDTH_SETS = [
  [320, 640, 960, 1280, 1920],
  [400, 800, 1200, 1600, 2400],
  [480, 720, 1080, 1440, 2160],
  [360, 540, 800, 1200, 1800, 2400],
]

/** Typical sizes lists: a full-bleed phone image becoming a column at wider viewports. */
function drawSizes(rng: Rng): SizeEntry[] {
  const big = rng.pick([960, 1024, 1200, 1280])
  const mid = rng.pick([600, 640, 700, 768])
  return rng.pick([
    [
      [big, [0, rng.pick([400, 480, 600])]],
      [mid, [50, 0]],
      [undefined, [100, 0]],
    ],
    [
      [big, [33, 0]],
      [mid, [50, 0]],
      [undefined, [100, -32]],
    ],
    [
      [mid, [50, 0]],
      [undefined, [100, 0]],
    ],
    [
      [big, [0, rng.pick([560, 640, 720])]],
      [undefined, [100, 0]],
    ],
  ] as SizeEntry[][])
}

const file = (name: string, w: number) => `${name}-${w}.jpg`

/** A drawn viewport and ratio for which the stated convention and Chromium pick the same file. */
const VIEWPORTS = [360, 375, 390, 414, 600, 768, 820, 1024, 1280, 1440, 1920]

function drawCase(
  rng: Rng,
  sized: boolean,
  ratios = [1, 1, 2, 2, 3, 1.5, 2.625],
  viewports = VIEWPORTS,
  sets = WIDTH_SETS,
) {
  for (let tries = 0; tries < 40; tries++) {
    const c = tryCase(rng, sized, ratios, viewports, sets)
    if (c) return c
  }
  throw new VariantError('browsers may differ')
}

function tryCase(
  rng: Rng,
  sized: boolean,
  ratios: readonly number[],
  viewports: readonly number[],
  sets: readonly (readonly number[])[],
) {
  const name = rng.pick(IMAGES)
  const widths = rng.pick(sets)
  const sizes = sized ? drawSizes(rng) : []
  const width = rng.pick(viewports)
  const dpr = rng.pick(ratios)
  const slot = sized ? slotAt(sizes, width) : width
  if (slot <= 0 || !browsersAgree(widths, slot, dpr)) return undefined
  const srcset = widths.map((w) => `${file(name, w)} ${w}w`).join(', ')
  return { name, widths, sizes, width, dpr, slot, srcset }
}

/**
 * Resolution switching with srcset and sizes (HTML Standard §4.8.4.3): sizes gives the slot by
 * its first matching condition, absent sizes means 100vw, and the density a w candidate offers is
 * its width over the slot. The mistakes: the device ratio ignored, the viewport taken for the
 * slot, the last matching sizes entry taken (a CSS-cascade habit), rounding down to the candidate
 * below, the displayed column width assumed known before layout.
 */
export const SRCSET_FAMILIES: readonly RwdFamily[] = [
  family('srcset-sizes-pick', (rng) => {
    const c = drawCase(rng, true, [1.5, 2, 2, 3, 2.625])
    const under = c.widths.filter((w) => w < pickWidth(c.widths, c.slot, c.dpr)).pop()
    return choose(rng, {
      stem: `On ${site(rng)}: <img src="${file(c.name, c.widths[0]!)}" srcset="${c.srcset}" sizes="${sizesCss(c.sizes)}">. The viewport is ${c.width} CSS px wide and the device pixel ratio ${c.dpr}. ${CONVENTION} Which file loads?`,
      key: file(c.name, pickWidth(c.widths, c.slot, c.dpr)),
      wrong: [
        [file(c.name, c.widths[0]!), 'expects the src file to load as the first candidate'],
        [file(c.name, pickWidth(c.widths, c.slot, 1)), 'ignores the device pixel ratio'],
        [
          file(c.name, pickWidth(c.widths, c.width, c.dpr)),
          'takes the viewport width for the slot',
        ],
        [
          file(c.name, pickWidth(c.widths, lastSlotAt(c.sizes, c.width), c.dpr)),
          'takes the last matching sizes entry, as the CSS cascade would',
        ],
        ...(under
          ? [[file(c.name, under), 'rounds down to the candidate below the need'] as const]
          : []),
        [file(c.name, c.widths.at(-1)!), 'expects the largest candidate on a high-density screen'],
        [
          file(c.name, pickWidth(c.widths, c.slot * c.dpr, c.dpr)),
          'measures the slot in device pixels, counting the ratio twice',
        ],
      ],
      facts: {
        kind: 'srcset',
        widths: c.widths,
        sizes: c.sizes,
        width: c.width,
        dpr: c.dpr,
        name: c.name,
      },
    })
  }),
  family('srcset-without-sizes', (rng) => {
    const c = drawCase(
      rng,
      false,
      [1, 1.5, 2],
      [768, 820, 1024, 1280],
      [
        [320, 640, 1024, 1600, 2048, 2880],
        [400, 800, 1200, 1800, 2400, 3000],
      ],
    )
    const column = rng.pick([280, 300, 320, 360])
    if (column >= c.width) throw new VariantError('column as wide as the viewport')
    return choose(rng, {
      stem: `An image shows in a ${column}px-wide sidebar: <img src="${file(c.name, c.widths[0]!)}" srcset="${c.srcset}"> with no sizes attribute. The viewport is ${c.width} CSS px wide, device pixel ratio ${c.dpr}. ${CONVENTION} Which file loads?`,
      key: file(c.name, pickWidth(c.widths, c.width, c.dpr)),
      wrong: [
        [
          file(c.name, pickWidth(c.widths, column, c.dpr)),
          'assumes the browser knows the sidebar’s width before layout',
        ],
        [file(c.name, pickWidth(c.widths, c.width, 1)), 'ignores the device pixel ratio'],
        [file(c.name, c.widths[0]!), 'falls back to src without sizes'],
        [
          file(c.name, pickWidth(c.widths, c.width * c.dpr, c.dpr)),
          'measures the slot in device pixels, counting the ratio twice',
        ],
        ...c.widths
          .filter((w) => w > pickWidth(c.widths, c.width, c.dpr))
          .slice(0, 1)
          .map((w) => [file(c.name, w), 'takes the candidate above the need, to be safe'] as const),
        [
          file(c.name, c.widths[c.widths.length - 1]!),
          'expects the largest candidate without sizes',
        ],
      ],
      facts: {
        kind: 'srcset',
        widths: c.widths,
        sizes: [],
        width: c.width,
        dpr: c.dpr,
        name: c.name,
      },
    })
  }),
  family('srcset-density-descriptors', (rng) => {
    const name = rng.pick(IMAGES)
    const set = rng.pick([
      [1, 2, 3, 4],
      [1, 1.5, 2, 3],
      [1, 2, 3],
      [1, 1.5, 2],
    ])
    const dpr = rng.pick([1, 1.5, 2, 2.625, 3])
    if (!browsersAgree(set, 1, dpr)) throw new VariantError('browsers may differ')
    const f = (x: number) => `${name}@${x}x.png`
    const pick = set.find((x) => x >= dpr) ?? set[set.length - 1]!
    const below = [...set].reverse().find((x) => x < pick)
    const above = set.find((x) => x > pick)
    return choose(rng, {
      stem: `A logo on ${site(rng)}: <img src="${f(1)}" srcset="${set.map((x) => `${f(x)} ${x}x`).join(', ')}" width="160" height="48">. The device pixel ratio is ${dpr}. ${CONVENTION} Which file loads?`,
      key: f(pick),
      wrong: [
        [f(set[set.length - 1]!), 'expects the densest candidate whatever the screen'],
        ...(set.includes(Math.floor(dpr))
          ? [[f(Math.floor(dpr)), 'rounds the pixel ratio down to a whole number'] as const]
          : []),
        [f(1), 'expects src to load whenever it is given'],
        ...(below === undefined
          ? []
          : [[f(below), 'takes the candidate just below the ratio'] as const]),
        ...(set.includes(Math.ceil(dpr))
          ? [[f(Math.ceil(dpr)), 'rounds the pixel ratio up to a whole number'] as const]
          : []),
        ...(above === undefined
          ? []
          : [[f(above), 'takes the candidate above the ratio, to be safe'] as const]),
        ...(set.includes(2)
          ? [[f(2), 'takes 2x as the default for any modern screen'] as const]
          : []),
      ],
      facts: { kind: 'srcset-x', densities: set, dpr, name },
    })
  }),
  family('sizes-slot-width', (rng) => {
    const sizes = drawSizes(rng)
    const widths = [rng.pick([375, 414, 600, 700]), rng.pick([768, 1024, 1280, 1440])]
    const at = (slot: (s: readonly SizeEntry[], w: number) => number, s = sizes) =>
      widths.map((w) => `${px(slot(s, w))} at ${w}px`).join(', ')
    return choose(rng, {
      stem: `On ${site(rng)}, an image has sizes="${sizesCss(sizes)}". How wide a slot does the browser assume in a viewport ${widths[0]} CSS px wide, and in one ${widths[1]} px wide?`,
      key: at(slotAt),
      wrong: [
        [at(lastSlotAt), 'takes the last matching entry, as the CSS cascade would'],
        [at((_, w) => w), 'takes the viewport width'],
        [at(slotAt, sizes.slice(-1)), 'jumps to the default entry'],
        [
          at((s, w) => slotAt(s, w) * 2),
          'doubles the slot for a 2x screen, though sizes is in CSS px',
        ],
        [
          at(
            slotAt,
            sizes.map(([m, [vw, p]]) => [m, [0, vw + p]] as SizeEntry),
          ),
          'reads the vw figures as pixels',
        ],
      ],
      facts: { kind: 'sizes', sizes, widths },
    })
  }),
  family('needed-candidate-width', (rng) => {
    const slot = rng.pick([300, 360, 400, 480, 600, 640])
    const dpr = rng.pick([1.5, 2, 3])
    const vw = rng.pick([1024, 1280, 1440])
    return choose(rng, {
      stem: `An image on ${site(rng)} fills a ${slot} CSS px slot in a ${vw} CSS px viewport on a screen with a device pixel ratio of ${dpr}. What is the narrowest intrinsic width, in image pixels, that shows it without upscaling?`,
      key: `${slot * dpr}px`,
      wrong: [
        [`${vw * dpr}px`, 'sizes for the viewport, not the slot'],
        [`${vw}px`, 'takes the viewport width'],
        [`${slot}px`, 'ignores the device pixel ratio'],
        [`${slot / dpr}px`, 'divides by the pixel ratio'],
        [`${slot * dpr * dpr}px`, 'squares the ratio, counting pixels by area'],
      ],
      facts: { kind: 'needed-width', slot, dpr },
    })
  }),
]
