import { div, frac, PCT1, PX, pct, plain, rest, WHOLE, worked } from './hed-text.js'

// Table and hybrid layout arithmetic. A column's width is what is left of the container after its
// outer padding and gutters, shared among the columns; the slips are a gutter or a padding side
// left out, counted once too often, or the share taken of the whole container.

const px = plain(0, PX)

export const LAYOUT_FAMILIES = [
  worked('two-column-width-inside-padding-and-gutter', (rng) => {
    const w = rng.pick([560, 600, 640, 680])
    const p = rng.int(2, 8) * 5
    const g = rng.int(2, 8) * 5
    return {
      stem: `A ${w}px email container has ${p}px of padding on its left and right and two equal columns with a ${g}px gutter between them. How wide is each column, in px ${WHOLE}?`,
      show: px,
      figures: { w, p, g },
      key: frac(w - 2 * p - g, 2),
      wrong: [
        [frac(w - g, 2), 'leaves out the side padding'],
        [frac(w - 2 * p, 2), 'leaves out the gutter'],
        [frac(w - p - g, 2), 'takes the padding off one side only'],
        [frac(w, 2), 'halves the whole container'],
        [frac(w - 2 * p - 2 * g, 2), 'takes a gutter off each column'],
        [
          frac(w - 4 * p - 2 * g, 2),
          'halves the container, then takes all the padding and the whole gutter off each half',
        ],
        [frac(w - 4 * p - g, 2), 'pads each column on both sides instead of the container'],
      ],
    }
  }),
  worked('three-column-width-with-two-gutters', (rng) => {
    const w = rng.pick([580, 600, 620, 640, 660])
    const p = rng.int(2, 6) * 5
    const g = rng.int(2, 6) * 5
    return {
      stem: `A ${w}px container has ${p}px of side padding on each side and three equal columns separated by ${g}px gutters. How wide is each column, in px ${WHOLE}?`,
      show: px,
      figures: { w, p, g },
      key: frac(w - 2 * p - 2 * g, 3),
      wrong: [
        [frac(w - 2 * p - g, 3), 'counts one gutter for three columns'],
        [frac(w - 2 * p - 3 * g, 3), 'counts a gutter per column'],
        [frac(w - 2 * g, 3), 'leaves out the side padding'],
        [frac(w - 2 * p, 3), 'leaves out the gutters'],
        [frac(w, 3), 'divides the whole container'],
        [frac(w - p - 2 * g, 3), 'takes the padding off one side only'],
        [frac(w - 4 * p - 2 * g, 3), 'takes the padding off twice on each side'],
        [
          frac(w - 6 * p - 6 * g, 3),
          'splits the container, then takes all the padding and both gutters off each column',
        ],
      ],
    }
  }),
  worked('content-width-inside-cellpadding', (rng) => {
    const w = rng.pick([520, 560, 600, 640])
    const c = rng.int(3, 12) * 4
    return {
      stem: `A one-cell layout table has width="${w}", border="0" and cellpadding="${c}", which pads the cell on all four sides. How wide is the area left for content, in px ${WHOLE}?`,
      show: px,
      figures: { w, c },
      key: frac(w - 2 * c, 1),
      wrong: [
        [frac(w - c, 1), 'takes the padding off one side only'],
        [frac(w - 4 * c, 1), 'takes all four sides off the width'],
        [frac(w, 1), 'ignores the cellpadding'],
        [frac(w + 2 * c, 1), 'adds the padding to the width'],
      ],
    }
  }),
  worked('fluid-column-percentage-of-inner-width', (rng) => {
    const w = rng.pick([600, 640, 680])
    const p = rng.int(2, 6) * 10
    const c = rng.int(12, 40) * 10
    if (c >= w - 2 * p) rest()
    return {
      stem: `A hybrid layout's ${w}px container has ${p}px of padding on each side. A column designed at ${c}px is to be set as a percentage width of the padded inner area so it scales on phones. What percentage is that, ${PCT1}?`,
      show: pct(),
      figures: { w, p, c },
      key: div(c, w - 2 * p),
      wrong: [
        [div(c, w), 'divides by the container with its padding'],
        [div(c, w - p), 'takes the padding off one side only'],
        [div(w - 2 * p - c, w - 2 * p), 'gives the rest of the inner width'],
        [div(c, w + 2 * p), 'adds the padding to the container'],
        [div(c, w - 4 * p), 'takes the padding off twice on each side'],
      ],
    }
  }),
  worked('stacked-column-width-on-a-phone', (rng) => {
    const v = rng.pick([320, 360, 375, 390, 414])
    const p = rng.int(2, 6) * 5
    const c = rng.int(24, 30) * 10
    const bp = rng.pick([480, 500, 520, 600])
    // A desktop width equal to the stacked width would hand the key over as a stem figure.
    if (c === v - 2 * p) rest()
    return {
      stem: `Below its ${bp}px breakpoint (a max-width media query) a two-column email stacks: each column becomes width:100% of a wrapper that has ${p}px of padding on each side. The desktop columns were ${c}px wide. How wide is a stacked column on a ${v}px-wide viewport, in px ${WHOLE}?`,
      show: px,
      figures: { v, p, c, bp },
      key: frac(v - 2 * p, 1),
      wrong: [
        [frac(v - p, 1), 'takes the padding off one side only'],
        [frac(c, 1), 'keeps the desktop column width'],
        [frac(v, 1), 'leaves out the wrapper padding'],
        [frac(v - 2 * p, 2), 'halves the width as if the columns still sat side by side'],
        [frac(c - 2 * p, 1), 'takes the padding off the desktop column'],
        [frac(v - 4 * p, 1), 'takes the padding off twice on each side'],
        [frac(bp - 2 * p, 1), 'uses the breakpoint for the viewport width'],
      ],
    }
  }),
  worked('hybrid-wrapper-width-for-columns-side-by-side', (rng) => {
    const k = rng.pick([2, 3, 4])
    const c = rng.int(12, 28) * 10
    const g = rng.int(2, 6) * 5
    const p = rng.int(1, 4) * 5
    return {
      stem: `Hybrid columns are display:inline-block boxes ${c}px wide plus ${p}px of padding on each side, with a ${g}px gap between neighbours (none before the first or after the last). How wide must the wrapper be, at least, for ${k} columns to sit side by side, in px ${WHOLE}?`,
      show: px,
      figures: { k, c, g, p },
      key: frac(k * (c + 2 * p) + (k - 1) * g, 1),
      wrong: [
        [frac(k * c + (k - 1) * g, 1), 'leaves out the column padding'],
        [frac(k * (c + 2 * p + g), 1), 'counts a gap after the last column'],
        [frac(k * (c + p) + (k - 1) * g, 1), 'pads one side of each column'],
        [frac(k * (c + 2 * p), 1), 'leaves out the gaps'],
        [frac(k * (c + 2 * p) + (k + 1) * g, 1), 'puts a gap at each outer edge too'],
        [frac(k * (c + 4 * p) + (k - 1) * g, 1), 'counts the padding twice on each side'],
      ],
    }
  }),
  worked('column-content-width-after-inner-padding', (rng) => {
    const w = rng.pick([600, 640, 660])
    const k = rng.pick([2, 3])
    const h = rng.int(2, 6) * 5
    return {
      stem: `A ${w}px table is split into ${k} equal cells with no border or cellspacing; each cell has ${h}px of padding on its left and on its right to make the gutters. How wide is the content area inside each cell, in px ${WHOLE}?`,
      show: px,
      figures: { w, k, h },
      key: frac(w - 2 * h * k, k),
      wrong: [
        [frac(w - h * k, k), 'takes the padding off one side of each cell'],
        [frac(w, k), 'ignores the cell padding'],
        [frac(w - 2 * h, k), 'takes one cell’s padding off the whole table'],
        [frac(w - 2 * h * (k - 1), k), 'pads only the inner sides of the cells'],
        [frac(w + 2 * h * k, k), 'adds the padding to each cell'],
        [frac(w - 2 * h * (k + 1), k), 'pads the table’s outer sides as well'],
        [frac(w - 4 * h * k, k), 'counts each side’s padding twice'],
        [
          frac(w - 2 * h * k * k, k),
          'splits the table, then takes every cell’s padding off each cell',
        ],
        [frac(w - 2 * h * k - h * (k - 1), k), 'adds a gutter of one padding width between cells'],
      ],
    }
  }),
  worked('container-width-from-columns', (rng) => {
    const a = rng.int(18, 36) * 10
    const b = rng.int(12, 24) * 10
    const g = rng.int(2, 8) * 5
    const p = rng.int(2, 6) * 5
    return {
      stem: `A designer’s mock-up has a ${a}px main column and a ${b}px sidebar with a ${g}px gutter between them, and ${p}px of padding on each outer side. What width must the container table be set to, in px ${WHOLE}?`,
      show: px,
      figures: { a, b, g, p },
      key: frac(a + b + g + 2 * p, 1),
      wrong: [
        [frac(a + b + 2 * p, 1), 'leaves out the gutter'],
        [frac(a + b + g + p, 1), 'adds the padding on one side only'],
        [frac(a + b + g, 1), 'leaves out the padding'],
        [frac(a + b + 2 * g + 2 * p, 1), 'counts the gutter twice'],
        [frac(a + b, 1), 'adds only the two columns'],
        [frac(a + b + 3 * g + 2 * p, 1), 'puts a gutter on each outer side too'],
        [frac(a + b + g + 4 * p, 1), 'counts the padding twice on each side'],
      ],
    }
  }),
  worked('sidebar-layout-main-column-width', (rng) => {
    const w = rng.pick([600, 640, 700])
    const s = rng.int(14, 22) * 10
    const g = rng.int(2, 8) * 5
    const p = rng.int(2, 6) * 5
    return {
      stem: `A ${w}px container with ${p}px of side padding on each side holds a fixed ${s}px sidebar, a ${g}px gutter and a main column that takes the rest. How wide is the main column, in px ${WHOLE}?`,
      show: px,
      figures: { w, s, g, p },
      key: frac(w - 2 * p - g - s, 1),
      wrong: [
        [frac(w - 2 * p - s, 1), 'leaves out the gutter'],
        [frac(w - s - g, 1), 'leaves out the side padding'],
        [frac(w - p - g - s, 1), 'takes the padding off one side only'],
        [frac(w - 2 * p - g, 2), 'splits the inner width into two equal columns'],
        [frac(w - s, 1), 'takes only the sidebar off'],
        [frac(w - 2 * p - 2 * g - s, 1), 'puts a gutter on each side of the sidebar'],
        [frac(w - 4 * p - g - s, 1), 'takes the padding off twice on each side'],
      ],
    }
  }),
  worked('column-width-with-cellspacing', (rng) => {
    const w = rng.pick([580, 600, 620, 640])
    const k = rng.pick([2, 3, 4])
    const s = rng.int(2, 5) * 4
    return {
      stem: `A ${w}px layout table has cellspacing="${s}", border="0" and ${k} equal cells in its row; cellspacing puts its space before the first cell, between cells and after the last. How wide is each cell, in px ${WHOLE}?`,
      show: px,
      figures: { w, k, s },
      key: frac(w - (k + 1) * s, k),
      wrong: [
        [frac(w - (k - 1) * s, k), 'counts only the spaces between cells'],
        [frac(w - k * s, k), 'counts one space per cell'],
        [frac(w, k), 'ignores the cellspacing'],
        [frac(w - 2 * s, k), 'counts only the two outer spaces'],
        [frac(w - 2 * (k + 1) * s, k), 'counts each space twice'],
        [frac(w - 2 * k * s, k), 'reads cellspacing as padding inside each cell'],
        [frac(w - (k + 1) * s, k + 1), 'divides by the number of spaces'],
      ],
    }
  }),
  worked('nested-table-content-width', (rng) => {
    const w = rng.pick([600, 640])
    const a = rng.int(2, 6) * 5
    const b = rng.int(2, 5) * 4
    return {
      stem: `A ${w}px outer table’s cell has ${a}px of padding on each side; the inner table inside it is width="100%" with cellpadding="${b}" (all four sides) and no border. How wide is the inner cell’s content area, in px ${WHOLE}?`,
      show: px,
      figures: { w, a, b },
      key: frac(w - 2 * a - 2 * b, 1),
      wrong: [
        [frac(w - 2 * b, 1), 'leaves out the outer cell’s padding'],
        [frac(w - 2 * a, 1), 'leaves out the inner cellpadding'],
        [frac(w - a - b, 1), 'takes each padding off one side only'],
        [frac(w - 4 * a - 4 * b, 1), 'takes each padding off four times'],
        [frac(w - 2 * a - 4 * b, 1), 'takes the cellpadding off for all four sides'],
      ],
    }
  }),
  worked('stacked-email-height-on-a-phone', (rng) => {
    const a = rng.int(18, 40) * 10
    const b = rng.int(12, 36) * 10
    const s = rng.int(2, 6) * 10
    const t = rng.int(2, 5) * 10
    if (a === b) rest()
    return {
      stem: `A two-column row has a ${a}px-tall left column and a ${b}px-tall right column, inside a cell with ${t}px of padding top and bottom. On a phone the columns stack with a ${s}px spacer between them. How tall is the row when stacked, in px ${WHOLE}?`,
      show: px,
      figures: { a, b, s, t },
      key: frac(a + b + s + 2 * t, 1),
      wrong: [
        [frac(Math.max(a, b) + 2 * t, 1), 'keeps the desktop height of the taller column'],
        [frac(a + b + 2 * t, 1), 'leaves out the spacer'],
        [frac(a + b + s, 1), 'leaves out the cell padding'],
        [frac(a + b + 2 * s + 2 * t, 1), 'adds a spacer after the last column too'],
        [frac(a + b + s + t, 1), 'pads only the top'],
        [frac(a + b + s + 4 * t, 1), 'pads each stacked column top and bottom'],
      ],
    }
  }),
  worked('bulletproof-button-width', (rng) => {
    const k = rng.int(10, 24)
    const a = rng.int(7, 10)
    const p = rng.int(4, 8) * 4
    const b = rng.int(2, 4)
    return {
      stem: `A bulletproof button’s label has ${k} characters averaging ${a}px wide, ${p}px of padding on its left and right and a ${b}px border all round. How wide is the button, in px ${WHOLE}?`,
      show: px,
      figures: { k, a, p, b },
      key: frac(k * a + 2 * p + 2 * b, 1),
      wrong: [
        [frac(k * a + 2 * p, 1), 'leaves out the border'],
        [frac(k * a + p + b, 1), 'counts the padding and border on one side'],
        [frac(k * a + 2 * b, 1), 'leaves out the padding'],
        [frac(k * a + 4 * p + 4 * b, 1), 'counts padding and border twice on each side'],
        [frac(k * a, 1), 'counts only the label'],
        [frac(k * a + 4 * p + 2 * b, 1), 'adds the top and bottom padding to the width'],
        [frac(k * a + 2 * p + 4 * b, 1), 'counts the border of all four sides across'],
      ],
    }
  }),
  worked('percent-width-attribute-in-pixels', (rng) => {
    const w = rng.pick([600, 640, 680])
    const p = rng.int(2, 6) * 5
    const q = rng.pick([25, 30, 35, 40, 45, 55, 60, 65, 70, 75])
    return {
      stem: `A cell inside a ${w}px container with ${p}px of padding on each side has width="${q}%", which is taken of the padded inner width. How wide is the cell, in px ${WHOLE}?`,
      show: px,
      figures: { w, p, q },
      key: frac(q * (w - 2 * p), 100),
      wrong: [
        [frac(q * w, 100), 'takes the percentage of the whole container'],
        [frac(q * (w - p), 100), 'takes the padding off one side only'],
        [frac((100 - q) * (w - 2 * p), 100), 'gives the rest of the inner width'],
        [frac(q * (w - 2 * p) - 200 * p, 100), 'takes the padding off the cell again'],
        [frac(q * (w - 2 * p) + 200 * p, 100), 'adds the padding back onto the cell'],
      ],
    }
  }),
  worked('unequal-columns-in-a-ratio', (rng) => {
    const w = rng.pick([600, 640, 680])
    const p = rng.int(2, 6) * 5
    const g = rng.int(2, 6) * 5
    const [a, b] = rng.pick([
      [2, 1],
      [3, 2],
      [3, 1],
      [5, 3],
    ] as const)
    return {
      stem: `A ${w}px container with ${p}px of padding on each side holds two columns in the ratio ${a}:${b} (wide to narrow) with a ${g}px gutter between them. How wide is the wide column, in px ${WHOLE}?`,
      show: px,
      figures: { w, p, g, a, b },
      key: frac((w - 2 * p - g) * a, a + b),
      wrong: [
        [frac((w - 2 * p) * a, a + b), 'leaves out the gutter'],
        [frac((w - g) * a, a + b), 'leaves out the side padding'],
        [frac(w * a, a + b), 'shares out the whole container'],
        [frac((w - 2 * p - g) * a, b), 'takes the wide share over the narrow part alone'],
        [frac((w - 2 * p - g) * b, a + b), 'gives the narrow column'],
        [frac((w - 4 * p - g) * a, a + b), 'takes the padding off twice on each side'],
      ],
    }
  }),
  worked('spacer-rows-in-a-stack-of-sections', (rng) => {
    const k = rng.int(3, 7)
    const h = rng.int(10, 40) * 10
    const s = rng.int(2, 6) * 10
    const t = rng.int(2, 5) * 10
    return {
      stem: `An email body is ${k} stacked sections, each ${h}px tall, with a ${s}px spacer row between neighbouring sections and ${t}px of padding at the very top and very bottom. How tall is the body, in px ${WHOLE}?`,
      show: px,
      figures: { k, h, s, t },
      key: frac(k * h + (k - 1) * s + 2 * t, 1),
      wrong: [
        [frac(k * h + k * s + 2 * t, 1), 'puts a spacer after every section'],
        [frac(k * h + (k - 1) * s, 1), 'leaves out the top and bottom padding'],
        [frac(k * h + 2 * t, 1), 'leaves out the spacers'],
        [frac(k * (h + s + 2 * t), 1), 'pads and spaces every section'],
        [frac(k * h + (k + 1) * s + 2 * t, 1), 'puts spacers at both ends too'],
      ],
    }
  }),
]
