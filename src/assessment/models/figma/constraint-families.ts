import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  choose,
  client,
  type FigmaFamily,
  family,
  px,
  type Setting,
  settingFamilies,
} from './figma-text.js'

// Constraints after help.figma.com, "Apply constraints to define how layers resize": Left (or
// Top) keeps the distance to the left (top) edge; Right (Bottom) keeps the distance to the right
// (bottom) edge; Left and right (Top and bottom) keeps both distances, so the layer's size
// changes; Center keeps the layer's offset from the frame's centre; Scale keeps the layer's size
// and position as percentages of the frame. Top and Left are the default.

export type Constraint = 'start' | 'end' | 'both' | 'center' | 'scale'

/** Where a layer lands on one axis when its frame resizes from `from` to `to`. */
export type ConstraintFacts = {
  readonly kind: 'constraint'
  readonly constraint: Constraint
  readonly from: number
  readonly to: number
  readonly at: number
  readonly size: number
  readonly ask: 'position' | 'size'
}

const NAMES: Record<'x' | 'y', Record<Constraint, string>> = {
  x: { start: 'Left', end: 'Right', both: 'Left and right', center: 'Center', scale: 'Scale' },
  y: { start: 'Top', end: 'Bottom', both: 'Top and bottom', center: 'Center', scale: 'Scale' },
}

/** The layer's position and size after the resize, by the documented rule of its constraint. */
function resized(c: Constraint, from: number, to: number, at: number, size: number) {
  const far = from - at - size
  switch (c) {
    case 'start':
      return { at, size }
    case 'end':
      return { at: to - far - size, size }
    case 'both':
      return { at, size: to - at - far }
    case 'center':
      return { at: at + (to - from) / 2, size }
    case 'scale':
      return { at: (at * to) / from, size: (size * to) / from }
  }
}

function frameSizes(rng: Rng, axis: 'x' | 'y') {
  const pairs =
    axis === 'x'
      ? [
          [375, 768],
          [390, 1024],
          [768, 1280],
          [1440, 1024],
          [360, 412],
          [1280, 1920],
          [1024, 375],
        ]
      : [
          [667, 812],
          [812, 667],
          [844, 932],
          [600, 900],
          [900, 700],
        ]
  const [from, to] = rng.pick(pairs) as [number, number]
  return { from, to }
}

const positionFamily = (c: Constraint, axis: 'x' | 'y', ask: 'position' | 'size'): FigmaFamily =>
  family(`${NAMES[axis][c].toLowerCase().replace(/ /g, '-')}-${axis}-${ask}`, (rng) => {
    const { from, to } = frameSizes(rng, axis)
    const size = rng.pick([40, 48, 64, 80, 120, 160, 200, 240].filter((s) => s < from / 2))
    const at = rng.pick([8, 16, 20, 24, 32, 48, 64, 100].filter((a) => a + size < from - 8))
    const got = resized(c, from, to, at, size)
    if (got.size <= 0) throw new VariantError('the layer collapses')
    const dim = axis === 'x' ? 'width' : 'height'
    const coord = axis === 'x' ? 'X' : 'Y'
    const others = (['start', 'end', 'both', 'center', 'scale'] as const).filter((o) => o !== c)
    const value = (r: { at: number; size: number }) => (ask === 'position' ? r.at : r.size)
    const wrong: [string, string][] = others.map((o) => [
      px(value(resized(o, from, to, at, size))),
      `applies ${NAMES[axis][o]} as if it were the constraint set`,
    ])
    if (ask === 'position' && c !== 'start')
      wrong.push([px(at + (to - from)), 'moves the layer by the whole change in frame size'])
    if (c === 'scale') {
      wrong.push([
        px(value({ at: (at * from) / to, size: (size * from) / to })),
        'scales by the inverse of the frame’s ratio',
      ])
      if (ask === 'position')
        wrong.push([
          px(((at + size / 2) * to) / from - size / 2),
          'scales the layer’s centre position but keeps its size',
        ])
      else wrong.push([px((at * to) / from), 'gives the scaled X, not the scaled width'])
    }
    if (c === 'center' && ask === 'position') {
      wrong.push(
        [
          px((to - size) / 2),
          'centres the layer in the new frame instead of keeping its offset from the centre',
        ],
        [px(at - (to - from) / 2), 'shifts the layer by half the change the wrong way'],
        [px(to / 2), 'puts the layer’s edge on the new centre line'],
      )
    }
    if (ask === 'size' && c !== 'start')
      wrong.push([
        px(size + (to - from) / 2),
        'changes the layer’s size by half the change in frame size',
      ])
    return choose(rng, {
      // A width or height of zero or less is no mistake anyone reports: Figma stops there.
      stem: `In ${client(rng)}’s file, a layer sits at ${coord} ${at} with ${dim} ${size} inside a frame ${from} in ${dim}. Its ${axis === 'x' ? 'horizontal' : 'vertical'} constraint is ${NAMES[axis][c]}. The designer resizes the frame to ${to} in ${dim}. What ${ask === 'position' ? coord : dim} does the layer end up with?`,
      key: px(value(got)),
      wrong: ask === 'size' ? wrong.filter(([t]) => Number.parseFloat(t) > 0) : wrong,
      facts: { kind: 'constraint', constraint: c, from, to, at, size, ask, axis },
    })
  })

export const CONSTRAINT_FAMILIES: readonly FigmaFamily[] = [
  positionFamily('end', 'x', 'position'),
  positionFamily('both', 'x', 'size'),
  positionFamily('center', 'x', 'position'),
  positionFamily('scale', 'x', 'position'),
  positionFamily('scale', 'x', 'size'),
  positionFamily('end', 'y', 'position'),
  positionFamily('both', 'y', 'size'),
  positionFamily('center', 'y', 'position'),
]

// Which constraint a layer needs, after the same article; each situation calls for one only.
const CONSTRAINT_SETTINGS: Readonly<Record<string, Setting>> = {
  Right: {
    names: ['Right', 'Horizontal: Right', 'Right (pin to right edge)'],
    asks: [
      'a close icon must stay 16 from the right edge of a dialog, at the same size, as the dialog widens',
    ],
    gloss: 'keeps a layer’s distance to the right edge',
  },
  'Left and right': {
    names: ['Left and right', 'Horizontal: Left and right', 'Left and right (stretch)'],
    asks: ['a divider line must keep 24 of margin on both sides and grow with the frame’s width'],
    gloss: 'keeps both side distances so the layer stretches',
  },
  Center: {
    names: ['Center', 'Horizontal: Center', 'Center (keep centred)'],
    asks: [
      'a logo must stay in the middle of a header at its own size whatever the header’s width',
    ],
    gloss: 'keeps a layer’s offset from the frame’s centre',
  },
  Scale: {
    names: ['Scale', 'Horizontal: Scale', 'Scale (proportional)'],
    asks: [
      'a decorative shape must keep taking the same percentage of the frame’s width and position as it resizes',
    ],
    gloss: 'resizes and moves a layer in proportion to the frame',
  },
  Bottom: {
    names: ['Bottom', 'Vertical: Bottom', 'Bottom (pin to bottom edge)'],
    asks: [
      'a floating action button must stay 24 above the bottom of the screen on taller phone frames',
    ],
    gloss: 'keeps a layer’s distance to the bottom edge',
  },
  'Top and bottom': {
    names: ['Top and bottom', 'Vertical: Top and bottom', 'Top and bottom (stretch)'],
    asks: ['a side panel must keep its gaps above and below and grow taller with the screen'],
    gloss: 'keeps both vertical distances so the layer stretches in height',
  },
}

export const CONSTRAINT_SETTING_FAMILIES: readonly FigmaFamily[] = settingFamilies(
  'constraint',
  CONSTRAINT_SETTINGS,
  (rng, ask) =>
    `In a responsive mock-up for ${client(rng)} (a plain frame, no auto layout), ${ask}. Which constraint does the layer need?`,
  'help.figma.com, Apply constraints to define how layers resize',
)
