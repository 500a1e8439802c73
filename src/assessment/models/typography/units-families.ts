import { choose, family, fmt, fmt3, job, px, px2, type TypoFamily } from './typo-text.js'

/**
 * Units: 72 points make an inch, 12 points a pica, 6 picas an inch, 25.4 mm an inch; CSS fixes
 * 96 px to the inch (CSS Values 4, §6.2), so 1pt = 4/3 px there; a print file's pixel figures
 * follow the DPI the stem states.
 */
export const UNIT_FAMILIES: readonly TypoFamily[] = [
  family('points-to-pixels-at-dpi', (rng) => {
    const pt = rng.pick([9, 10, 11, 12, 14, 18, 24])
    const dpi = rng.pick([96, 150, 300])
    return choose(rng, {
      stem: `A client’s brand book gives the body size as ${pt}pt. How many pixels tall is that em at ${dpi} DPI, to two decimals?`,
      key: px((pt * dpi) / 72),
      wrong: [
        [px((pt * 72) / dpi), 'inverts the conversion'],
        [px(pt), 'counts one point as one pixel'],
        [px((pt * 1.2 * dpi) / 72), 'takes the 120% auto-leading line for the em'],
        [px(pt * dpi), 'multiplies by the DPI and forgets the 72 points to the inch'],
        [px((pt * 96) / 72), 'uses the CSS 96 DPI whatever the stated resolution'],
        [
          px((pt * dpi * 96) / (72 * 72)),
          'applies the 4/3 point-to-CSS-pixel factor on top of the DPI conversion',
        ],
      ],
      facts: { kind: 'pt-px', pt, dpi },
    })
  }),
  family('css-pixels-to-points', (rng) => {
    const p = rng.pick([12, 14, 15, 18, 20, 24, 32])
    return choose(rng, {
      stem: `A web mock-up of ${job(rng)} uses ${p}px type, and the print version must match it at CSS’s 96 px per inch. What size in points, to two decimals?`,
      key: `${fmt((p * 72) / 96)}pt`,
      wrong: [
        [`${fmt((p * 96) / 72)}pt`, 'multiplies by 4/3 instead of 3/4'],
        [`${p}pt`, 'counts one pixel as one point'],
        [`${fmt((p * 72) / 96 / 12)}pt`, 'stops at picas (12 points each) and labels them points'],
        [`${fmt((p * 72) / 120)}pt`, 'uses the old Windows 120 DPI large-font setting, not 96'],
      ],
      facts: { kind: 'px-pt', p },
    })
  }),
  family('picas-to-inches-and-mm', (rng) => {
    const picas = rng.pick([18, 21, 24, 27, 30, 33])
    const mm = rng.pick([true, false])
    const inches = picas / 6
    const conv = (i: number) => (mm ? `${(i * 25.4).toFixed(2)}mm` : `${i.toFixed(2)}in`)
    return choose(rng, {
      stem: `A book designer’s spec sets the text block ${picas} picas wide. How wide is that in ${mm ? 'millimetres, to two decimals' : 'inches'}?`,
      key: conv(inches),
      wrong: [
        [conv(picas / 12), 'takes 12 picas to the inch, confusing picas with points per pica'],
        [conv((picas * 12) / 96), 'turns picas to points and then reads points as CSS px'],
        [conv((picas * 12) / 100), 'turns picas to points and divides by 100'],
        [
          conv((picas * 12 * 0.376) / 25.4),
          'takes picas for Didot ciceros (12 Didot points of 0.376mm)',
        ],
      ],
      facts: { kind: 'pica', picas, mm },
    })
  }),
  family('points-to-millimetres', (rng) => {
    const pt = rng.pick([6, 8, 9, 10, 12, 18])
    return choose(rng, {
      stem: `A packaging printer asks for the smallest type on a label, ${pt}pt, as a body height in millimetres. What is it, to two decimals?`,
      key: `${fmt((pt * 25.4) / 72)}mm`,
      wrong: [
        [`${fmt((pt * 25.4) / 96)}mm`, 'takes 96 points to the inch'],
        [`${fmt((pt * 72) / 25.4)}mm`, 'inverts the conversion'],
        [`${fmt(pt * 0.5)}mm`, 'takes a point as half a millimetre'],
        [`${fmt((pt * 10) / 72)}mm`, 'takes 10 mm to the inch, mixing centimetres up'],
      ],
      facts: { kind: 'pt-mm', pt },
    })
  }),
  family('pixels-to-rem-token', (rng) => {
    const p = rng.pick([12, 14, 18, 20, 22, 28, 36, 40])
    return choose(rng, {
      stem: `You turn a designer’s ${p}px into a rem token; the root keeps the browser’s 16px default. What value, to three decimals?`,
      key: `${fmt3(p / 16)}rem`,
      wrong: [
        [`${fmt3(p / 10)}rem`, 'assumes the 62.5% root trick is in place'],
        [`${fmt3(16 / p)}rem`, 'divides the root by the size'],
        [`${fmt3(p / 18)}rem`, 'divides by the body text size, not the root'],
        [`${fmt3((p * 0.75) / 16)}rem`, 'converts to points first'],
      ],
      facts: { kind: 'px-rem', p },
    })
  }),
  family('nested-list-em-compounding', (rng) => {
    const k = rng.pick([0.8, 0.875, 0.9])
    const depth = rng.pick([2, 3])
    return choose(rng, {
      stem: `The stylesheet of ${job(rng)} sets ul { font-size: ${k}em } with the body at 16px. What font-size does text in a list nested ${depth} lists deep get, to two decimals?`,
      key: px2(16 * k ** depth),
      wrong: [
        [px2(16 * k), 'expects each list to take the same size'],
        [px2(16 * (1 - depth * (1 - k))), 'subtracts the reduction once per level'],
        [px2(16 * k * depth), 'multiplies by the depth'],
        [px2(16 / k ** depth), 'divides by the factor at each level'],
        [px2(16 * k ** (depth + 1)), 'counts the body as a level of nesting'],
      ],
      facts: { kind: 'em-power', k, depth },
    })
  }),
]

/** Relative weights (CSS Fonts 4, §2.2 table): bolder and lighter from the inherited weight. */
export function relativeWeight(w: number, dir: 'bolder' | 'lighter'): number {
  if (dir === 'bolder') return w < 350 ? 400 : w < 550 ? 700 : 900
  return w < 550 ? 100 : w < 750 ? 400 : 700
}

export const WEIGHT_FAMILIES: readonly TypoFamily[] = [
  family('bolder-lighter-relative-weight', (rng) => {
    const dir = rng.pick(['bolder', 'lighter'] as const)
    const w = rng.pick(
      dir === 'bolder' ? [100, 300, 400, 500, 600, 700] : [300, 400, 500, 600, 700, 800, 900],
    )
    const key = relativeWeight(w, dir)
    const step = dir === 'bolder' ? w + 100 : w - 100
    return choose(rng, {
      stem: `A paragraph has font-weight: ${w}; a span inside it sets font-weight: ${dir}. What weight does the span compute to, per the CSS Fonts table?`,
      key: String(key),
      wrong: [
        [String(step), `moves one hundred ${dir === 'bolder' ? 'up' : 'down'}`],
        [
          String(dir === 'bolder' ? 700 : 400),
          `reads ${dir} as ${dir === 'bolder' ? 'bold' : 'normal'}`,
        ],
        [
          String(dir === 'bolder' ? Math.min(w + 300, 900) : Math.max(w - 300, 100)),
          'moves three hundred',
        ],
        [String(dir === 'bolder' ? 900 : 100), 'jumps to the extreme'],
        [String(w), 'expects the weight to stay when no other face is loaded'],
      ],
      facts: { kind: 'relative-weight', w, dir },
    })
  }),
]
