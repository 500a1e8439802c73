import { choose, family, fmt, job, px, type TypoFamily } from './typo-text.js'

/**
 * Leading and vertical rhythm: “11/14” is 11-point type on a 14-point line; a unitless
 * line-height is the line over the font-size; CSS splits the leading (line-height minus the
 * content area, here stated as exactly 1em) half above and half below (CSS 2.1 §10.8.1); a
 * baseline grid keeps every line-height and vertical margin a multiple of the grid unit.
 */
export const RHYTHM_FAMILIES: readonly TypoFamily[] = [
  family('leading-slash-to-unitless', (rng) => {
    const [size, line] = rng.pick([
      [9, 12],
      [10, 13],
      [10, 14],
      [11, 14],
      [11, 15],
      [12, 16],
      [12, 15],
    ] as const)
    return choose(rng, {
      stem: `A print spec for ${job(rng)} sets the body ${size}/${line} pt. Which unitless CSS line-height reproduces it, to two decimals?`,
      key: fmt(line / size),
      wrong: [
        [fmt(size / line), 'divides the size by the leading'],
        [fmt((line - size) / size), 'takes the added leading alone'],
        [fmt(line / 16), 'divides the leading by the CSS default 16'],
        [fmt((line * 96) / 72 / size), 'converts the leading to px but not the size'],
      ],
      facts: { kind: 'slash', size, line },
    })
  }),
  family('half-leading', (rng) => {
    const f = rng.pick([15, 16, 18, 20])
    const lh = rng.pick([1.4, 1.5, 1.6, 1.75])
    return choose(rng, {
      stem: `Text at ${f}px with line-height: ${lh}, in a font whose ascent plus descent is exactly 1em. How much leading does CSS add above the glyphs’ content area, to two decimals?`,
      key: px((f * lh - f) / 2),
      wrong: [
        [px(f * lh - f), 'puts the whole leading above the line'],
        [px((f * lh) / 2), 'halves the full line-height'],
        [px((16 * lh - 16) / 2), 'works from 16px, not the set size'],
        [px(f * (lh - 1) * 2), 'doubles the leading instead of halving it'],
        ['0px', 'puts the whole leading below the line'],
      ],
      facts: { kind: 'half-leading', f, lh },
    })
  }),
  family('baseline-grid-heading-line', (rng) => {
    const g = rng.pick([4, 6, 8])
    const h = rng.pick([28, 30, 34, 36, 42])
    const factor = 1.2
    const min = h * factor
    return choose(rng, {
      stem: `On ${g === 8 ? 'an' : 'a'} ${g}px baseline grid, heading line-heights are the smallest multiple of the grid at least ${factor} × the font-size. What line-height does a ${h}px heading get?`,
      key: px(Math.ceil(min / g) * g),
      wrong: [
        [px(Math.floor(min / g) * g), 'rounds down, cramping the lines below the minimum'],
        [px(min), 'keeps the raw multiple, off the grid'],
        [px(Math.ceil(h / g) * g), 'snaps the font-size, not the line, to the grid'],
        [px(h), 'sets the line-height equal to the font-size'],
        [px(Math.ceil((h * 1.5) / g) * g), 'keeps the body text’s 1.5 leading for the heading'],
      ],
      facts: { kind: 'grid-line', g, h, factor },
    })
  }),
  family('rhythm-margin-in-em', (rng) => {
    const line = rng.pick([24, 27, 28, 30])
    const h = rng.pick([20, 24, 32, 36, 40])
    return choose(rng, {
      stem: `Body lines are ${line}px apart. An h2 with font-size ${h}px and line-height 1.2 (root 16px) needs a margin-bottom of exactly one body line, written in em. What value, to four decimals?`,
      key: `${Math.round((line / h) * 1e4) / 1e4}em`,
      wrong: [
        [`${Math.round((line / 16) * 1e4) / 1e4}em`, 'divides by the root size, as if em were rem'],
        [`${Math.round((h / line) * 1e4) / 1e4}em`, 'divides the heading by the line'],
        [`${Math.round((line / 10) * 1e4) / 1e4}em`, 'takes 1em as 10px'],
        [
          `${Math.round((line / (h * 1.2)) * 1e4) / 1e4}em`,
          'divides by the heading’s line box, not its font-size',
        ],
      ],
      facts: { kind: 'margin-em', line, h },
    })
  }),
  family('lines-in-a-block', (rng) => {
    const f = rng.pick([16, 18, 20])
    const lh = rng.pick([1.25, 1.5])
    const lines = rng.pick([18, 20, 24, 25])
    const height = f * lh * lines
    return choose(rng, {
      stem: `A fixed-height text box on ${job(rng)} is ${fmt(height)}px tall, with text at ${f}px and line-height: ${lh}. How many full lines fit?`,
      key: String(lines),
      wrong: [
        [String(Math.floor(height / f)), 'divides by the font-size, ignoring the leading'],
        [String(Math.floor(height / (f + lh))), 'adds the line-height figure as pixels'],
        [String(Math.floor(height / (lh * 10))), 'divides by the factor times a 10px em'],
        [String(Math.floor(height / (f * lh * lh))), 'applies the line-height factor twice'],
      ],
      facts: { kind: 'lines', height, f, lh },
    })
  }),
  family('grid-unit-from-body', (rng) => {
    const f = rng.pick([16, 18, 20])
    const lh = rng.pick([1.5, 1.6])
    const div = rng.pick([2, 3, 4])
    return choose(rng, {
      stem: `Body copy is ${f}px on line-height ${lh}. The baseline grid is the body line divided into ${div} equal units. How big is one unit, to two decimals?`,
      key: px((f * lh) / div),
      wrong: [
        [px(f / div), 'divides the font-size, not the line'],
        [px((16 * lh) / div), 'divides the default 16px line'],
        [px((f * lh) / (div - 1)), 'counts the grid lines, not the gaps between them'],
        [px((f * (lh - 1)) / div), 'divides only the leading, not the whole line'],
        [px((f * lh) / (2 * div)), 'halves each unit again, as for half-leading'],
        [px(f * lh), 'uses the whole body line as the unit'],
      ],
      facts: { kind: 'grid-unit', f, lh, div },
    })
  }),
]
