import { COMPONENTS, choose, family, px, type RwdFamily, site } from './rwd-text.js'

/**
 * Relative lengths (CSS Values 4, §6): rem is the root element's font-size, em the element's own
 * font-size (its parent's when used in font-size itself), percentages of padding and margin
 * refer to the containing block's width even vertically (CSS Box 3, §3), vw/vh/vmin/vmax are
 * hundredths of the viewport, and the small, large and dynamic viewport units (§6.1.2.1) differ
 * where mobile toolbars show and hide.
 */
export const UNIT_FAMILIES: readonly RwdFamily[] = [
  family('rem-from-root-percent', (rng) => {
    const root = rng.pick([62.5, 75, 87.5, 112.5, 125, 150])
    const n = rng.pick([1.5, 2, 2.5, 3, 4])
    const rootPx = (16 * root) / 100
    return choose(rng, {
      stem: `A stylesheet sets html { font-size: ${root}% } and ${rng.pick(COMPONENTS)} { padding: ${n}rem }. With the browser’s default 16px text size, how much padding is that?`,
      key: px(n * rootPx),
      wrong: [
        [px(n * 16), 'ignores the root percentage, keeping 16px'],
        [px(n * 10), 'counts 1rem as 10px whatever the percentage'],
        [px((n * root) / 100), 'applies the percentage to 1px instead of 16px'],
        [px(n * rootPx * (root / 100)), 'applies the percentage twice'],
      ],
      facts: { kind: 'rem', root, n },
    })
  }),
  family('em-compounding', (rng) => {
    const outer = rng.pick([1.125, 1.25, 1.5])
    const inner = rng.pick([0.875, 1.125, 1.25, 1.5])
    const c = rng.pick(COMPONENTS)
    return choose(rng, {
      stem: `Root font-size is 16px. ${c} { font-size: ${outer}em } holds ${c}-title { font-size: ${inner}em }, and the title sits directly inside. What is the title’s font-size?`,
      key: px(16 * outer * inner),
      wrong: [
        [px(10 * outer * inner), 'counts the root as 10px'],
        [px(16 * inner), 'reads em as rem, ignoring the parent'],
        [px(16 * (outer + inner)), 'adds the em factors instead of multiplying them'],
        [px(16 * outer), 'stops at the parent’s size'],
        [px(16 * (outer + inner - 1)), 'adds the two percentage increases'],
      ],
      facts: { kind: 'em-chain', factors: [outer, inner] },
    })
  }),
  family('em-padding-own-font', (rng) => {
    const parent = rng.pick([16, 18, 20])
    const own = rng.pick([1.25, 1.5, 2])
    const pad = rng.pick([0.5, 0.75, 1, 1.5])
    return choose(rng, {
      stem: `A button inherits a font-size of ${parent}px, sets font-size: ${own}em and padding: ${pad}em (root font-size 16px). How much padding does it get on each side?`,
      key: px(parent * own * pad),
      wrong: [
        [px(10 * pad), 'counts 1em as 10px'],
        [px(parent * pad), 'sizes the padding’s em by the parent’s font-size'],
        [px(16 * pad), 'reads the padding’s em as rem'],
        [px(16 * own * pad), 'takes the font-size em from the root instead of the parent'],
        [px(parent * (own + pad)), 'adds the em factors instead of multiplying them'],
        [px(parent * own * own * pad), 'applies the button’s em factor twice'],
        [px(16 * own * own * pad), 'starts from the root and compounds the em factor twice'],
      ],
      facts: { kind: 'em-own', parent, own, pad },
    })
  }),
  family('percent-padding-width', (rng) => {
    const w = rng.pick([320, 360, 480, 600, 720, 960])
    const h = rng.pick([200, 240, 300, 400])
    const pct = rng.pick([56.25, 75, 50, 62.5])
    return choose(rng, {
      stem: `A video wrapper is the only child of a block ${w}px wide and ${h}px tall, with height: 0 and padding-top: ${pct}%. How tall is the wrapper’s box?`,
      key: px((w * pct) / 100),
      wrong: [
        [px((h * pct) / 100), 'takes the vertical percentage of the container’s height'],
        [px((w * 100) / pct), 'inverts the ratio'],
        ['0px', 'expects height: 0 to hide the padding too'],
        [px((w * pct) / 100 + h), 'adds the container’s height'],
      ],
      facts: { kind: 'percent-padding', w, pct },
    })
  }),
  family('vmin-vmax', (rng) => {
    const w = rng.pick([360, 390, 768, 1024, 1280])
    const h = rng.pick([640, 844, 720, 900])
    const unit = rng.pick(['vmin', 'vmax'] as const)
    const n = rng.pick([5, 10, 20, 50])
    const small = Math.min(w, h)
    const large = Math.max(w, h)
    const right = unit === 'vmin' ? small : large
    const other = unit === 'vmin' ? large : small
    return choose(rng, {
      stem: `A logo on ${site(rng)} is sized width: ${n}${unit}. How wide is it, in CSS px, in a viewport ${w} CSS px wide and ${h} px tall on a screen with a device pixel ratio of 2?`,
      key: px((n * right) / 100),
      wrong: [
        [px((n * other) / 100), `confuses ${unit} with ${unit === 'vmin' ? 'vmax' : 'vmin'}`],
        [px((n * w) / 100), 'always takes the width, like vw'],
        [px((n * h) / 100), 'always takes the height, like vh'],
        [px(n), `reads the ${unit} figure as pixels`],
        [px((n * right * 2) / 100), 'measures the viewport in device pixels'],
        [px((n * (w + h)) / 200), 'takes the mean of width and height'],
        [px((n * right) / 200), 'divides by the device pixel ratio'],
        [
          px((n * other * 2) / 100),
          `confuses ${unit} with ${unit === 'vmin' ? 'vmax' : 'vmin'} and counts device pixels`,
        ],
      ],
      facts: { kind: 'viewport-unit', unit, n, w, h },
    })
  }),
  family('percent-with-max-width', (rng) => {
    const pct = rng.pick([90, 92, 94, 95])
    const max = rng.pick([960, 1080, 1140, 1200])
    const w = rng.pick([375, 768, 1024, 1280, 1440, 1920])
    return choose(rng, {
      stem: `The page container on ${site(rng)} is width: ${pct}%; max-width: ${max}px; margin-inline: auto, directly in a body with no margin. How wide is it in a viewport ${w} CSS px wide, with overlay scrollbars?`,
      key: px(Math.min((pct * w) / 100, max)),
      wrong: [
        [px((pct * w) / 100), 'lets the percentage run past the maximum'],
        [px(max), 'reads max-width as a fixed width'],
        [px(Math.max((pct * w) / 100, max)), 'reads max-width as a minimum'],
        [px(Math.min(w, max)), 'drops the percentage once a maximum is set'],
        [px((pct * max) / 100), 'takes the percentage of the max-width'],
        [px(w), 'expects the auto margins to stretch it to the viewport'],
      ],
      facts: {
        kind: 'css-width',
        css: `width: ${pct}%; max-width: ${max}px; margin-inline: auto`,
        container: w,
      },
    })
  }),
  family('min-function-gutter', (rng) => {
    const gutter = rng.pick([1, 1.5, 2, 3])
    const cap = rng.pick([40, 50, 60, 70])
    const w = rng.pick([360, 600, 900, 1280])
    return choose(rng, {
      stem: `An article column is width: min(100% - ${gutter * 2}rem, ${cap}rem) inside a ${w}px-wide block (root font-size 16px). How wide is the column?`,
      key: px(Math.min(w - gutter * 32, cap * 16)),
      wrong: [
        [px(Math.max(w - gutter * 32, cap * 16)), 'takes the larger value, as max() would'],
        [px(Math.min(w - gutter * 2, cap * 16)), 'subtracts the rem figure as pixels'],
        [px(Math.min(w, cap * 16)), 'drops the gutter from the percentage'],
        [px(Math.min(w - gutter * 16, cap * 16)), 'subtracts only one gutter'],
      ],
      facts: {
        kind: 'css-width',
        css: `width: min(100% - ${gutter * 2}rem, ${cap}rem)`,
        container: w,
      },
    })
  }),
  family('dynamic-viewport-unit', (rng) => {
    return choose(rng, {
      stem: `A full-screen hero on ${site(rng)} must always match the visible area on phones, growing and shrinking as the browser’s address bar hides and shows. Which height unit does that?`,
      key: 'min-height: 100dvh',
      wrong: [
        [
          'min-height: 100vh',
          'expects vh to track the toolbar; phones size it to the largest viewport',
        ],
        ['min-height: 100svh', 'fixes it to the small viewport, leaving a gap when the bar hides'],
        [
          'min-height: 100lvh',
          'fixes it to the large viewport, hidden under the bar when it shows',
        ],
        ['min-height: 100%', 'needs every ancestor to have a set height'],
      ],
      facts: { kind: 'rule', source: 'CSS Values 4, §6.1.2.1' },
      code: true,
    })
  }),
  family('small-viewport-unit', (rng) => {
    return choose(rng, {
      stem: `A sign-up panel on ${site(rng)} must fit fully on screen on phones even while the address bar shows, and must not resize as the visitor scrolls. Which height fits?`,
      key: 'height: 100svh',
      wrong: [
        ['height: 100dvh', 'resizes the panel whenever the toolbar hides or shows'],
        ['height: 100lvh', 'sizes to the large viewport, cut off while the bar shows'],
        ['height: 100vh', 'takes vh, which phones size to the large viewport'],
        ['height: 100vw', 'takes the width unit for a height'],
      ],
      facts: { kind: 'rule', source: 'CSS Values 4, §6.1.2.1' },
      code: true,
    })
  }),
  family('vw-includes-scrollbar', (rng) => {
    const bar = rng.pick([15, 17])
    return choose(rng, {
      stem: `On desktop Windows, ${site(rng)} has a full-bleed banner set to width: 100vw, and the page scrolls vertically with a classic ${bar}px scrollbar; the root keeps the default overflow and sets no scrollbar-gutter. Why does a horizontal scrollbar appear?`,
      key: `100vw includes the ${bar}px scrollbar`,
      wrong: [
        ['A bug in Windows', 'blames the platform for specified behaviour'],
        ['vw rounds up', 'invents a rounding rule'],
        ['The banner’s margin adds to 100vw', 'blames a margin the stem does not set'],
        ['vw is measured in device pixels', 'confuses CSS and device pixels'],
        ['100vw is the screen width, not the window', 'confuses the viewport with the screen'],
        ['box-sizing: border-box adds the border', 'reverses what border-box does'],
      ],
      facts: {
        kind: 'rule',
        source:
          'CSS Values 4, §6.1.2: with overflow: auto on the root, viewport-percentage lengths assume no scrollbars',
      },
    })
  }),
  family('ch-unit', (rng) => {
    const n = rng.pick([60, 65, 70, 75])
    return choose(rng, {
      stem: `A designer caps the reading width on ${site(rng)} with max-width: ${n}ch. What does 1ch measure?`,
      key: 'The width of the “0” glyph in the font',
      wrong: [
        ['A character', 'takes ch as any character'],
        [
          'The width of the widest glyph, “W”, in the element’s own font',
          'takes ch as the widest letter',
        ],
        ['The average width of a character in the font', 'takes ch as an average letter'],
        ['One hundredth of the containing block', 'confuses ch with a percentage'],
        ['The element’s font-size', 'confuses ch with em'],
        ['The x-height of the font', 'confuses ch with ex'],
      ],
      facts: { kind: 'rule', source: 'CSS Values 4, §6.1.1 (ch)' },
    })
  }),
]

/** Mixed-unit arithmetic a stylesheet resolves at used-value time (CSS Values 4, §10.1 calc()). */
export const CALC_FAMILIES: readonly RwdFamily[] = [
  family('calc-percent-minus-rem', (rng) => {
    const pct = rng.pick([50, 100, 33.33])
    const rem = rng.pick([1, 1.5, 2, 3])
    const w = rng.pick([360, 600, 960, 1200])
    const used = (pct * w) / 100
    return choose(rng, {
      stem: `A column on ${site(rng)} has width: calc(${pct}% - ${rem}rem) in a ${w}px-wide container (root font-size 16px). How wide is it?`,
      key: px(used - rem * 16),
      wrong: [
        [px(used - rem), 'subtracts the rem figure as pixels'],
        [px(((pct - rem) * w) / 100), 'subtracts the rem figure from the percentage'],
        [px(used - rem * 10), 'counts 1rem as 10px'],
        [px(used), 'drops the subtraction'],
        ...(pct === 100
          ? []
          : [
              [
                px((pct * (w - rem * 16)) / 100),
                'subtracts from the container before taking the percentage',
              ] as const,
            ]),
        ...(pct > rem * 16
          ? [
              [
                px(((pct - rem * 16) * w) / 100),
                'converts the rem to px, then takes it off the percentage',
              ] as const,
            ]
          : []),
      ],
      facts: { kind: 'css-width', css: `width: calc(${pct}% - ${rem}rem)`, container: w },
    })
  }),
  family('percent-font-size', (rng) => {
    const parent = rng.pick([14, 16, 18, 20])
    const pct = rng.pick([87.5, 112.5, 125, 150])
    return choose(rng, {
      stem: `A pull quote on ${site(rng)} has font-size: ${pct}% inside an article whose font-size is ${parent}px (root font-size 16px). What is its font-size?`,
      key: px((parent * pct) / 100),
      wrong: [
        [px((16 * pct) / 100), 'takes the percentage of the root, as rem would'],
        [px(parent + pct / 10), 'adds the figure instead of scaling'],
        [px((parent * 100) / pct), 'divides by the percentage'],
        [px(pct / 10), 'reads the percentage as tenths of a pixel'],
      ],
      facts: { kind: 'percent-font', parent, pct },
    })
  }),
]
