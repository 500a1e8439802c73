import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { CARDS, choose, client, type FigmaFamily, family, px } from './figma-text.js'

// Auto layout as help.figma.com, "Explore auto layout properties" and "Guide to auto layout",
// describes it: a frame lays its children out in one direction; Hug contents sizes the frame to
// its children plus padding and the spacing between items; Fill container shares the frame's
// remaining space equally among filling children; spacing set to Auto places children with
// equal space between them (space between); padding is set per side; layers set to Absolute
// position and hidden layers take no part in the flow; Wrap moves children to a new line when
// the next one does not fit, with its own vertical spacing between lines; spacing may be negative
// so that children overlap; min and max width bound a resizing layer.

/** A child of an auto layout frame along the main axis: a fixed size, Fill, or out of the flow. */
export interface Kid {
  readonly main: number | 'fill'
  readonly cross: number
  readonly out?: 'absolute' | 'hidden'
}

/**
 * The frame as the key test rebuilds it: direction, fixed main size (absent = Hug contents),
 * fixed cross size, padding top/right/bottom/left, spacing (or Auto), cross-axis alignment,
 * wrapping with its line spacing, and what the item asks for.
 */
export type AutoLayoutFacts = {
  readonly kind: 'auto-layout'
  readonly dir: 'row' | 'column'
  readonly main?: number
  readonly cross?: number
  readonly pad: readonly [number, number, number, number]
  readonly gap: number | 'auto'
  readonly align?: 'center'
  readonly wrap?: { readonly lineGap: number }
  readonly minMain?: number
  readonly kids: readonly Kid[]
  readonly ask:
    | 'frame-main'
    | 'frame-cross'
    | 'gap'
    | 'first-line-count'
    | { readonly kidMain: number }
    | { readonly kidAt: number }
    | { readonly kidCrossAt: number }
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
export const SIZES = [16, 20, 24, 32, 40, 48, 56, 64, 72, 80, 96, 120, 140, 160] as const
export const PADS = [4, 8, 10, 12, 16, 20, 24, 32] as const
export const GAPS = [4, 6, 8, 10, 12, 16, 20, 24] as const

export const widths = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.pick(SIZES))
export const pads = (rng: Rng): [number, number, number, number] => {
  const v = rng.pick(PADS)
  const h = rng.pick(PADS)
  return [v, h, v, h]
}
export const padText = (p: readonly number[]) =>
  `padding ${p[0]} top, ${p[1]} right, ${p[2]} bottom, ${p[3]} left`
export const list = (xs: readonly number[]) => xs.join(', ')
export const facts = (f: Omit<AutoLayoutFacts, 'kind'>): AutoLayoutFacts => ({
  kind: 'auto-layout',
  ...f,
})

export const AUTO_LAYOUT_FAMILIES: readonly FigmaFamily[] = [
  family('hug-row-width', (rng) => {
    const n = rng.int(3, 5)
    const w = widths(rng, n)
    const p = pads(rng)
    const gap = rng.pick(GAPS)
    const hug = p[1] + p[3] + sum(w) + (n - 1) * gap
    return choose(rng, {
      stem: `A horizontal auto layout frame for ${client(rng)} is set to Hug contents, with ${padText(p)} and spacing between items ${gap}. It holds ${n} fixed-width layers ${list(w)} wide. How wide is the frame?`,
      key: px(hug),
      wrong: [
        [px(hug - (n - 1) * gap), 'leaves the spacing between items out'],
        [px(hug - gap), 'counts one spacing fewer than there are gaps'],
        [px(hug + gap), 'counts spacing after the last item too'],
        [px(sum(w) + (n - 1) * gap), 'leaves the padding out'],
        [px(hug - p[3]), 'adds the horizontal padding on one side only'],
        [px(hug + 2 * gap), 'puts spacing before the first and after the last item as well'],
        [px(hug + p[0] + p[2]), 'adds the top and bottom padding to the width as well'],
      ],
      facts: facts({
        dir: 'row',
        pad: p,
        gap,
        kids: w.map((m) => ({ main: m, cross: 24 })),
        ask: 'frame-main',
      }),
    })
  }),
  family('hug-column-height', (rng) => {
    const n = rng.int(3, 5)
    const h = widths(rng, n)
    const p: [number, number, number, number] = [
      rng.pick(PADS),
      rng.pick(PADS),
      rng.pick(PADS),
      rng.pick(PADS),
    ]
    if (p[0] + p[2] === p[1] + p[3]) throw new VariantError('vertical and horizontal padding agree')
    const gap = rng.pick(GAPS)
    const hug = p[0] + p[2] + sum(h) + (n - 1) * gap
    return choose(rng, {
      stem: `A vertical auto layout stack (Hug contents in height) has ${padText(p)} and spacing between items ${gap}. It holds ${n} layers ${list(h)} tall. How tall is the frame?`,
      key: px(hug),
      wrong: [
        [px(hug - (n - 1) * gap), 'leaves the spacing between items out'],
        [px(hug + gap), 'counts spacing after the last item too'],
        [
          px(hug - p[0] - p[2] + p[1] + p[3]),
          'adds the left and right padding instead of top and bottom',
        ],
        [px(hug - p[2]), 'adds the top padding only'],
        [px(sum(h)), 'adds the layers alone, as if the frame had no padding or spacing'],
      ],
      facts: facts({
        dir: 'column',
        pad: p,
        gap,
        kids: h.map((m) => ({ main: m, cross: 40 })),
        ask: 'frame-main',
      }),
    })
  }),
  family('fill-one-child', (rng) => {
    const W = rng.pick([320, 343, 360, 375, 390, 400, 480])
    const fixed = widths(rng, rng.int(1, 3))
    const p = pads(rng)
    const gap = rng.pick(GAPS)
    const n = fixed.length + 1
    const inner = W - p[1] - p[3]
    const fill = inner - sum(fixed) - (n - 1) * gap
    if (fill <= 20) throw new VariantError('no room to fill')
    return choose(rng, {
      stem: `A ${rng.pick(CARDS)} is a horizontal auto layout frame with a fixed width of ${W}, ${padText(p)}, spacing ${gap}. It holds fixed layers ${list(fixed)} wide and one text layer set to Fill container. How wide is the text layer?`,
      key: px(fill),
      wrong: [
        [px(W - sum(fixed) - (n - 1) * gap), 'forgets the padding'],
        [px(inner - sum(fixed)), 'forgets the spacing between items'],
        [px(W - p[3] - sum(fixed) - (n - 1) * gap), 'takes off the left padding only'],
        [px(inner / n), 'shares the width equally among all the children, fixed ones too'],
        [px(fill - gap), 'counts one spacing more than there are gaps'],
      ],
      facts: facts({
        dir: 'row',
        main: W,
        pad: p,
        gap,
        kids: [...fixed.map((m) => ({ main: m, cross: 24 })), { main: 'fill', cross: 24 }],
        ask: { kidMain: n - 1 },
      }),
    })
  }),
  family('fill-two-children', (rng) => {
    const W = rng.pick([600, 640, 720, 800, 960, 1024, 1200])
    const fixed = rng.pick(SIZES)
    const p = pads(rng)
    const gap = rng.pick(GAPS)
    const free = W - p[1] - p[3] - fixed - 2 * gap
    return choose(rng, {
      stem: `A horizontal auto layout frame is fixed at ${W} wide with ${padText(p)} and spacing ${gap}. It holds a ${fixed}-wide icon and two columns, both set to Fill container. How wide is each column?`,
      key: px(free / 2),
      wrong: [
        [px(free), 'gives each filling column all of the remaining space'],
        [
          px((W - p[1] - p[3] - 2 * gap) / 3),
          'shares the width among all three children, the icon too',
        ],
        [px((W - fixed - 2 * gap) / 2), 'forgets the padding'],
        [px((W - p[1] - p[3] - fixed) / 2), 'forgets the spacing between items'],
        [px((W - p[1] - p[3] - fixed - gap) / 2), 'counts one gap where there are two'],
      ],
      facts: facts({
        dir: 'row',
        main: W,
        pad: p,
        gap,
        kids: [
          { main: fixed, cross: 24 },
          { main: 'fill', cross: 24 },
          { main: 'fill', cross: 24 },
        ],
        ask: { kidMain: 1 },
      }),
    })
  }),
  family('auto-spacing-gap', (rng) => {
    const W = rng.pick([320, 360, 375, 390, 414, 480, 600])
    const n = rng.int(3, 5)
    const w = widths(rng, n)
    const p = pads(rng)
    const inner = W - p[1] - p[3]
    const gap = (inner - sum(w)) / (n - 1)
    if (gap <= 4) throw new VariantError('no room between items')
    return choose(rng, {
      stem: `A bottom navigation bar is a horizontal auto layout frame fixed at ${W} wide, ${padText(p)}, spacing between items set to Auto. Its ${n} tabs are ${list(w)} wide. What spacing ends up between neighbouring tabs?`,
      key: px(gap),
      wrong: [
        [px((inner - sum(w)) / n), 'divides the free space by the number of tabs, not the gaps'],
        [px((inner - sum(w)) / (n + 1)), 'spreads the space around the tabs, as space-evenly does'],
        [px((W - sum(w)) / (n - 1)), 'forgets the padding'],
        [px((W - p[3] - sum(w)) / (n - 1)), 'takes off the left padding only'],
        [
          px((inner - sum(w)) / (2 * n)),
          'gives each tab half a spacing on either side, as space-around does',
        ],
        [px(inner / (n - 1)), 'forgets to take the tabs’ own widths off'],
      ],
      facts: facts({
        dir: 'row',
        main: W,
        pad: p,
        gap: 'auto',
        kids: w.map((m) => ({ main: m, cross: 24 })),
        ask: 'gap',
      }),
    })
  }),
  family('absolute-child-out-of-flow', (rng) => {
    const n = rng.int(2, 4)
    const w = widths(rng, n)
    const badge = rng.pick([12, 16, 20, 24])
    const p = pads(rng)
    const gap = rng.pick(GAPS)
    const hug = p[1] + p[3] + sum(w) + (n - 1) * gap
    return choose(rng, {
      stem: `A button is a horizontal auto layout frame set to Hug contents, with ${padText(p)} and spacing ${gap}. It holds layers ${list(w)} wide, and a ${badge}-wide notification badge set to Absolute position at its corner. How wide is the button?`,
      key: px(hug),
      wrong: [
        [
          px(hug + badge + gap),
          'lays the absolute-positioned badge out in the flow with its spacing',
        ],
        [px(hug + badge), 'adds the badge’s width to the flow'],
        [px(hug + gap), 'adds a spacing for the badge'],
        [px(hug - p[3]), 'adds the horizontal padding on one side only'],
        [px(hug - (n - 1) * gap), 'leaves the spacing between items out'],
        [px(sum(w) + (n - 1) * gap), 'leaves the padding out'],
      ],
      facts: facts({
        dir: 'row',
        pad: p,
        gap,
        kids: [
          ...w.map((m) => ({ main: m, cross: 24 })),
          { main: badge, cross: badge, out: 'absolute' as const },
        ],
        ask: 'frame-main',
      }),
    })
  }),
  family('hidden-child-out-of-flow', (rng) => {
    const n = rng.int(2, 4)
    const h = widths(rng, n)
    const hidden = rng.pick(SIZES)
    const p = pads(rng)
    const gap = rng.pick(GAPS)
    const hug = p[0] + p[2] + sum(h) + (n - 1) * gap
    return choose(rng, {
      stem: `A vertical auto layout form (Hug contents in height, ${padText(p)}, spacing ${gap}) holds fields ${list(h)} tall, and an error message ${hidden} tall whose layer is hidden (eye icon off). How tall is the form?`,
      key: px(hug),
      wrong: [
        [px(hug + hidden + gap), 'keeps the hidden layer in the flow with its spacing'],
        [px(hug + gap), 'keeps the hidden layer’s spacing'],
        [px(hug + hidden), 'keeps the hidden layer’s height'],
        [px(hug - (n - 1) * gap), 'leaves the spacing between items out'],
      ],
      facts: facts({
        dir: 'column',
        pad: p,
        gap,
        kids: [
          ...h.map((m) => ({ main: m, cross: 40 })),
          { main: hidden, cross: 40, out: 'hidden' as const },
        ],
        ask: 'frame-main',
      }),
    })
  }),
  family('child-x-position', (rng) => {
    const n = rng.int(3, 5)
    const w = widths(rng, n)
    const k = rng.int(2, n)
    const p = pads(rng)
    const gap = rng.pick(GAPS)
    const before = w.slice(0, k - 1)
    const x = p[3] + sum(before) + (k - 1) * gap
    return choose(rng, {
      stem: `In a horizontal auto layout frame aligned left, with ${padText(p)} and spacing ${gap}, the layers are ${list(w)} wide in order. At what X, from the frame’s left edge, does layer ${k} start?`,
      key: px(x),
      wrong: [
        [px(x - p[3]), 'forgets the left padding'],
        [px(x - gap), 'counts one spacing fewer than the layers before it'],
        [px(x + gap), 'counts a spacing for every layer up to and including this one'],
        [px(x - (k - 1) * gap), 'forgets the spacing between items'],
        [px(x + w[k - 1]!), `gives where layer ${k} ends, not where it starts`],
        [px(x + p[1]), 'adds both sides’ padding'],
      ],
      facts: facts({
        dir: 'row',
        pad: p,
        gap,
        kids: w.map((m) => ({ main: m, cross: 24 })),
        ask: { kidAt: k - 1 },
      }),
    })
  }),
  family('cross-axis-center', (rng) => {
    const H = rng.pick([48, 56, 64, 72, 80, 96])
    const top = rng.pick([4, 8, 12, 16])
    const bottom = rng.pick([0, 4, 16, 20, 24].filter((b) => b !== top))
    const fits = [16, 20, 24, 32].filter((v) => v < H - top - bottom)
    if (fits.length === 0) throw new VariantError('no room for the icon')
    const h = rng.pick(fits)
    const y = top + (H - top - bottom - h) / 2
    return choose(rng, {
      stem: `A toolbar is a horizontal auto layout frame fixed at ${H} tall with padding ${top} top and ${bottom} bottom, its children aligned to the vertical center. At what Y, from the toolbar’s top, does a ${h}-tall icon start?`,
      key: px(y),
      wrong: [
        [px((H - h) / 2), 'centres in the whole frame, ignoring the padding'],
        [px(bottom + (H - top - bottom - h) / 2), 'swaps the top and bottom padding'],
        [
          px((H - top - bottom - h) / 2),
          'centres in the padded area but leaves the top padding off the Y',
        ],
        [px(top), 'puts it at the top padding, as top alignment would'],
        [px(H / 2), 'gives the centre line, not the icon’s top'],
        [px(top + (H - top - h) / 2), 'forgets the bottom padding'],
        [px(H - bottom - h), 'puts it at the bottom padding, as bottom alignment would'],
      ],
      facts: facts({
        dir: 'row',
        main: 400,
        cross: H,
        pad: [top, 8, bottom, 8],
        gap: 8,
        align: 'center',
        kids: [{ main: 24, cross: h }],
        ask: { kidCrossAt: 0 },
      }),
    })
  }),
  family('min-width-on-hug', (rng) => {
    const min = rng.pick([88, 96, 120, 140, 160])
    const label = rng.pick([24, 40, 56, 72, 96, 120, 150])
    const side = rng.pick([12, 16, 20, 24])
    const content = label + 2 * side
    const key = Math.max(min, content)
    return choose(rng, {
      stem: `A button is a horizontal auto layout frame set to Hug contents with a min width of ${min}, horizontal padding ${side} each side, and a ${label}-wide label. How wide is the button?`,
      key: px(key),
      wrong: [
        [px(min), 'always uses the min width, as if it were a fixed width'],
        [px(content), 'ignores the min width'],
        [px(min + 2 * side), 'adds the padding on top of the min width'],
        [px(label), 'leaves the padding out of the hugged width'],
        [px(Math.max(min, label)), 'compares the min width with the label alone'],
      ],
      facts: facts({
        dir: 'row',
        pad: [8, side, 8, side],
        gap: 0,
        minMain: min,
        kids: [{ main: label, cross: 20 }],
        ask: 'frame-main',
      }),
    })
  }),
]
