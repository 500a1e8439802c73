import { VariantError } from '../assemble-variant.js'
import {
  choose,
  client,
  type FigmaFamily,
  family,
  fmt,
  px,
  type Setting,
  settingFamilies,
} from './figma-text.js'

// Layout grids after help.figma.com, "Create layout grids with grid styles" and "Combine layout
// guides and constraints": a Stretch column grid spans the frame less its margin on both sides,
// its columns sharing what the gutters leave; Left, Right and Center grids have a fixed column
// width, Left and Right offset by the margin, Center centred in the frame (margin unused).
// Export after "Export formats and settings": a scale such as 2x multiplies both pixel
// dimensions; a size given as 512w (or 512h) sets that width (height) and scales the other in
// proportion. Android densities after developer.android.com, "Support different pixel
// densities": mdpi 1x, hdpi 1.5x, xhdpi 2x, xxhdpi 3x, xxxhdpi 4x of the dp size.

const FRAMES = [360, 375, 390, 768, 1024, 1280, 1440, 1920] as const

export const GRID_FAMILIES: readonly FigmaFamily[] = [
  family('stretch-column-width', (rng) => {
    const W = rng.pick(FRAMES)
    const count = rng.pick(W < 700 ? [4, 6] : [8, 12])
    const margin = rng.pick(W < 700 ? [16, 20, 24] : [32, 48, 64, 80, 120])
    const gutter = rng.pick(W < 700 ? [8, 12, 16] : [16, 20, 24, 32])
    const col = (W - 2 * margin - (count - 1) * gutter) / count
    const who = client(rng)
    return choose(rng, {
      stem: `${who[0]!.toUpperCase()}${who.slice(1)} wants a ${W}-wide frame with a Stretch column grid: count ${count}, margin ${margin}, gutter ${gutter}. How wide is each column?`,
      key: px(col),
      wrong: [
        [px((W - (count - 1) * gutter) / count), 'forgets the margins'],
        [px((W - margin - (count - 1) * gutter) / count), 'takes the margin off one side only'],
        [px((W - 2 * margin - count * gutter) / count), 'counts a gutter for every column'],
        [px((W - 2 * margin) / count), 'forgets the gutters'],
        [
          px((W - 2 * margin - (count - 1) * margin) / count),
          'uses the margin value between columns as well',
        ],
        [
          px((W - 2 * margin - 2 * (count - 1) * gutter) / count),
          'counts every gutter twice, once for each neighbouring column',
        ],
        [
          px((W - 2 * margin - (count + 1) * gutter) / count),
          'puts gutters outside the first and last columns too',
        ],
      ],
      facts: { kind: 'grid', type: 'stretch', W, count, margin, gutter, ask: 'column' },
    })
  }),
  family('stretch-column-x', (rng) => {
    const W = rng.pick([1024, 1280, 1440, 1920])
    const count = 12
    const margin = rng.pick([32, 48, 64, 80])
    const gutter = rng.pick([16, 20, 24, 32])
    const k = rng.int(3, 10)
    const col = (W - 2 * margin - (count - 1) * gutter) / count
    const x = margin + (k - 1) * (col + gutter)
    return choose(rng, {
      stem: `On a ${W}-wide frame with a 12-column Stretch grid (margin ${margin}, gutter ${gutter}), at what X does column ${k} start?`,
      key: px(x),
      wrong: [
        [px((k - 1) * (col + gutter)), 'forgets the margin'],
        [px(margin + k * (col + gutter)), `counts column ${k} itself before its start`],
        [px(margin + (k - 1) * col), 'forgets the gutters'],
        [px(margin + k * col + (k - 1) * gutter), `gives where column ${k} ends`],
        [
          px(margin + ((k - 1) * (W - 2 * margin)) / count),
          'shares the width between the margins into equal twelfths, gutters ignored',
        ],
        [px(margin + (k - 1) * (col + gutter) + gutter), 'adds a gutter before the first column'],
      ],
      facts: { kind: 'grid', type: 'stretch', W, count, margin, gutter, ask: { columnX: k } },
    })
  }),
  family('span-of-columns', (rng) => {
    const W = rng.pick([1280, 1440, 1920])
    const count = 12
    const margin = rng.pick([48, 64, 80, 120])
    const gutter = rng.pick([16, 24, 32])
    const k = rng.pick([3, 4, 5, 6, 8])
    const col = (W - 2 * margin - (count - 1) * gutter) / count
    const span = k * col + (k - 1) * gutter
    return choose(rng, {
      stem: `A card must span ${k} columns of a 12-column Stretch grid on a ${W}-wide frame (margin ${margin}, gutter ${gutter}), edge to edge of those columns. How wide is the card?`,
      key: px(span),
      wrong: [
        [px(k * col), 'leaves out the gutters inside the span'],
        [px((k - 1) * (col + gutter)), 'measures to the start of the last column, not its end'],
        [
          px(k * col - (k - 1) * gutter),
          'subtracts the gutters inside the span instead of adding them',
        ],
        [px(k * (col + gutter)), 'adds a gutter for every column, the last one too'],
        [px((W * k) / count), 'takes a share of the full frame width'],
        [
          px(((W - 2 * margin) * k) / count),
          'shares the width between the margins evenly, gutters and all',
        ],
      ],
      facts: { kind: 'grid', type: 'stretch', W, count, margin, gutter, ask: { span: k } },
    })
  }),
  family('center-grid-offset', (rng) => {
    const W = rng.pick([1280, 1366, 1440, 1920])
    const count = 12
    const width = rng.pick([60, 64, 68, 72, 80])
    const gutter = rng.pick([16, 20, 24, 32])
    const margin = rng.pick([24, 32, 40])
    const total = count * width + (count - 1) * gutter
    if (total > W) throw new VariantError('grid wider than the frame')
    return choose(rng, {
      stem: `A ${W}-wide frame has a Center column grid: count 12, column width ${width}, gutter ${gutter} (the margin field shows ${margin}). At what X does the first column start?`,
      key: px((W - total) / 2),
      wrong: [
        [px(margin), 'uses the margin, which a Center grid does not use'],
        [px((W - total - 2 * margin) / 2), 'takes the margin off both sides before centring'],
        [
          px((W - count * (width + gutter)) / 2),
          'counts a gutter for every column, the last one too',
        ],
        [px((W - count * width) / 2), 'leaves the gutters out of the grid’s width'],
        [px(W - total), 'puts all the free space on the left, as a Right grid would'],
        [px((W - total) / 2 + margin), 'adds the margin to the centred offset'],
      ],
      facts: { kind: 'grid', type: 'center', W, count, width, gutter, margin, ask: 'offset' },
    })
  }),
]

export const EXPORT_FAMILIES: readonly FigmaFamily[] = [
  family('export-at-scale', (rng) => {
    const w = rng.pick([24, 32, 48, 120, 160, 320, 390])
    const h = rng.pick([24, 40, 64, 90, 200, 240].filter((v) => v !== w))
    const s = rng.pick([1.5, 2, 3, 4])
    return choose(rng, {
      stem: `A ${w} × ${h} frame is exported as PNG at ${s}x. What pixel size is the file?`,
      key: `${fmt(w * s)} × ${fmt(h * s)} px`,
      wrong: [
        [`${w} × ${h} px`, 'expects the scale to change only the file’s density, not its pixels'],
        [`${fmt(w * s)} × ${h} px`, 'scales the width only'],
        [`${fmt(w * s * s)} × ${fmt(h * s * s)} px`, 'scales by the square of the factor'],
        [`${fmt(w + s * 10)} × ${fmt(h + s * 10)} px`, 'reads the scale as added padding'],
        [
          `${fmt(w / s)} × ${fmt(h / s)} px`,
          `divides by the scale, as when going from @${s}x to 1x`,
        ],
      ],
      facts: { kind: 'export', w, h, scale: s },
    })
  }),
  family('export-by-width', (rng) => {
    const w = rng.pick([200, 300, 400, 600, 800])
    const ratio = rng.pick([0.5, 0.75, 1.25, 0.6])
    const h = w * ratio
    const target = rng.pick([512, 1000, 1200, 1600].filter((t) => t !== w))
    return choose(rng, {
      stem: `A ${w} × ${h} illustration is exported with its size set to ${target}w. What pixel size is the file?`,
      key: `${target} × ${fmt((h * target) / w)} px`,
      wrong: [
        [`${target} × ${h} px`, 'sets the width and keeps the original height'],
        [`${fmt((w * target) / h)} × ${target} px`, 'reads w as the height'],
        [`${target} × ${target} px`, 'makes the export square'],
        [`${fmt(w * 2)} × ${fmt(h * 2)} px`, 'exports at 2x whatever the size field says'],
      ],
      facts: { kind: 'export-width', w, h, target },
    })
  }),
  family('ios-asset-at-3x', (rng) => {
    const pt = rng.pick([20, 24, 28, 32, 44])
    const s = rng.pick([2, 3])
    return choose(rng, {
      stem: `An iOS developer asks for the @${s}x PNG of a ${pt} × ${pt} icon drawn at 1x in Figma. What pixel size should the export be?`,
      key: `${pt * s} × ${pt * s} px`,
      wrong: [
        [`${pt} × ${pt} px`, 'exports at 1x and relies on the suffix'],
        [`${pt * (5 - s)} × ${pt * (5 - s)} px`, 'exports at the other iOS scale'],
        [`${pt * s * s} × ${pt * s * s} px`, 'scales twice'],
        [`${pt * 4} × ${pt * 4} px`, 'uses Android’s xxxhdpi factor'],
      ],
      facts: { kind: 'export', w: pt, h: pt, scale: s },
    })
  }),
  family('android-density-size', (rng) => {
    const dp = rng.pick([18, 24, 32, 36, 48])
    const [bucket, factor] = rng.pick([
      ['hdpi', 1.5],
      ['xhdpi', 2],
      ['xxhdpi', 3],
      ['xxxhdpi', 4],
    ] as const)
    const others = { hdpi: 1.5, xhdpi: 2, xxhdpi: 3, xxxhdpi: 4 } as const
    return choose(rng, {
      stem: `An Android developer wants a ${dp} dp icon from Figma as a PNG for the ${bucket} folder. What pixel size is that export?`,
      key: `${fmt(dp * factor)} × ${fmt(dp * factor)} px`,
      wrong: [
        ...Object.entries(others)
          .filter(([b]) => b !== bucket)
          .map(
            ([b, f]) =>
              [`${fmt(dp * f)} × ${fmt(dp * f)} px`, `uses the ${b} factor of ${f}x`] as const,
          ),
        [`${dp} × ${dp} px`, 'exports at mdpi size for every folder'],
      ],
      facts: { kind: 'export', w: dp, h: dp, scale: factor },
    })
  }),
]

// Which export format, after "Export formats and settings" (PNG, JPG, SVG, PDF); and which
// layout grid, after "Create layout grids with grid styles".
const FORMATS: Readonly<Record<string, Setting>> = {
  SVG: {
    names: ['SVG', 'SVG (vector)', 'An SVG file'],
    asks: [
      'a single-colour icon the developer will inline in HTML and recolour with CSS at any size',
    ],
    gloss: 'exports vector paths as markup',
  },
  PNG: {
    names: ['PNG', 'PNG (lossless raster)', 'A PNG file'],
    asks: [
      'a UI screenshot with a transparent background and crisp small text for an app store listing overlay',
    ],
    gloss: 'exports lossless pixels with transparency',
  },
  JPG: {
    names: ['JPG', 'JPG (lossy raster)', 'A JPG file'],
    asks: [
      'a full-bleed photographic hero image where file size matters and nothing is transparent',
    ],
    gloss: 'exports lossy pixels with no transparency',
  },
  PDF: {
    names: ['PDF', 'PDF (vector document)', 'A PDF file'],
    asks: ['a multi-frame brochure the print shop wants as one vector document'],
    gloss: 'exports frames as a vector document',
  },
}

const GRIDS: Readonly<Record<string, Setting>> = {
  'Stretch columns': {
    names: ['Columns, type Stretch', 'Stretch grid', 'Stretch columns'],
    asks: ['columns that widen with the frame between fixed side margins on every breakpoint'],
    gloss: 'widens columns with the frame between its margins',
  },
  'Center columns': {
    names: ['Columns, type Center', 'A Center column grid', 'Center columns'],
    asks: ['a fixed 1200-wide column layout that stays in the middle of wider desktop frames'],
    gloss: 'keeps fixed-width columns centred in the frame',
  },
  'Left columns': {
    names: ['Columns, type Left', 'A Left column grid', 'Left columns'],
    asks: [
      'fixed-width columns that start a set distance from the left edge, leaving free space on the right',
    ],
    gloss: 'places fixed-width columns from the left margin',
  },
  'Top rows': {
    names: ['Rows, type Top', 'A Top row grid', 'Top rows'],
    asks: [
      'horizontal bands of a fixed height stacked down from the top of a long page, for a vertical rhythm',
    ],
    gloss: 'stacks fixed-height rows from the top edge',
  },
  'Square grid': {
    names: ['Grid, size 8', 'A square grid of 8', 'Square grid, 8'],
    asks: ['a square 8-point grid to snap icons and spacing to, with no columns or rows at all'],
    gloss: 'draws a square grid of one cell size',
  },
}

export const FORMAT_FAMILIES: readonly FigmaFamily[] = [
  ...settingFamilies(
    'format',
    FORMATS,
    (rng, ask) =>
      `Handing off ${client(rng)}’s assets, a designer must export ${ask}. Which format fits?`,
    'help.figma.com, Export formats and settings',
  ),
  ...settingFamilies(
    'grid',
    GRIDS,
    (rng, ask) =>
      `For ${client(rng)}’s layouts a designer wants ${ask}. Which layout grid gives that?`,
    'help.figma.com, Create layout grids with grid styles',
  ),
]
