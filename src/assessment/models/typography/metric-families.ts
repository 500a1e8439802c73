import { choose, family, fmt, fmt3, job, px, type TypoFamily } from './typo-text.js'

/**
 * Font metrics in design units: a glyph's size in px is its units over the font's units per em
 * (UPM) times the font-size; layout apps state tracking in thousandths of an em (InDesign) or
 * percent of the font-size (Figma), both of which CSS writes in em.
 */
export const METRIC_FAMILIES: readonly TypoFamily[] = [
  family('units-per-em-to-pixels', (rng) => {
    const upm = rng.pick([1000, 2048])
    const units =
      upm === 1000 ? rng.pick([-80, -60, 520, 560, 720]) : rng.pick([-120, 1062, 1146, 1490])
    const f = rng.pick([16, 24, 48])
    const what = units < 0 ? 'kerning value' : 'advance width'
    return choose(rng, {
      stem: `A font with ${upm} units per em gives a glyph pair a ${what} of ${units} units. How much is that at ${f}px, to two decimals?`,
      key: px((units / upm) * f),
      wrong: [
        [
          px((units / (upm === 1000 ? 2048 : 1000)) * f),
          `assumes ${upm === 1000 ? '2048' : '1000'} units per em`,
        ],
        [px(units / upm), 'forgets to multiply by the font-size'],
        [px((units / upm) * f * 0.75), 'converts the result to points'],
        [px(((units / upm) * f * 16) / 10), 'scales by a 10px em'],
      ],
      facts: { kind: 'upm', units, upm, f },
    })
  }),
  family('x-or-cap-height-in-pixels', (rng) => {
    const part = rng.pick(['x-height', 'cap height'] as const)
    const ratio =
      part === 'x-height' ? rng.pick([0.46, 0.48, 0.52, 0.53]) : rng.pick([0.66, 0.7, 0.72])
    const f = rng.pick([14, 16, 18, 24])
    return choose(rng, {
      stem: `A face’s ${part} is ${ratio}em. How tall are its ${part === 'x-height' ? 'lowercase x-height letters' : 'capitals'} at ${f}px, to two decimals?`,
      key: px(f * ratio),
      wrong: [
        [px(16 * ratio), 'uses the default 16px, not the set size'],
        [px(f / ratio), 'divides by the ratio'],
        [px(f * (1 - ratio)), 'takes the rest of the em'],
        [px(f), 'counts the font-size as the letter height'],
      ],
      facts: { kind: 'part-height', ratio, f },
    })
  }),
  family('indesign-tracking-to-css', (rng) => {
    const t = rng.pick([-20, -10, 25, 50, 75, 100, 200])
    return choose(rng, {
      stem: `A layout file for ${job(rng)} sets tracking ${t} (thousandths of an em). What CSS letter-spacing matches it at any font-size?`,
      key: `${fmt3(t / 1000)}em`,
      wrong: [
        [`${fmt3(t / 100)}em`, 'reads tracking as hundredths'],
        [`${t / 1000}px`, 'keeps the figure but writes px'],
        [`${t}px`, 'reads tracking units as pixels'],
        [`${fmt3(t / 1000)}rem`, 'ties the spacing to the root size, not the text'],
      ],
      facts: { kind: 'tracking', t },
    })
  }),
  family('figma-percent-letter-spacing', (rng) => {
    const p = rng.pick([-2, -1.5, -1, 2, 4, 5, 8])
    const f = rng.pick([14, 16, 24, 32])
    return choose(rng, {
      stem: `A Figma frame sets ${f}px text with letter spacing ${p}%. What is that in CSS px, to two decimals?`,
      key: px((p / 100) * f),
      wrong: [
        [px(p), 'reads the percent as pixels'],
        [px((p / 100) * 16), 'takes the percent of 16px'],
        [px((p / 1000) * f), 'reads the percent as thousandths, as in tracking'],
        [px((p / 10) * f), 'moves the decimal point one place only'],
      ],
      facts: { kind: 'figma-spacing', p, f },
    })
  }),
  family('en-and-em-quads', (rng) => {
    const f = rng.pick([12, 16, 18, 20, 24])
    const quad = rng.pick(['em', 'en'] as const)
    return choose(rng, {
      stem: `In a face set at ${f}px, how wide is an ${quad} space (an ${quad} quad)?`,
      key: px(quad === 'em' ? f : f / 2),
      wrong: [
        [
          px(quad === 'em' ? f / 2 : f),
          `confuses the ${quad} with the ${quad === 'em' ? 'en' : 'em'}`,
        ],
        [px(quad === 'em' ? 16 : 8), 'works from 16px, not the set size'],
        [px(f * 0.55), 'takes the width of the letter M'],
        [px(f / 4), 'takes a quarter em, the word space'],
      ],
      facts: { kind: 'quad', f, quad },
    })
  }),
  family('drop-cap-size', (rng) => {
    const f = rng.pick([16, 18, 20])
    const lh = rng.pick([1.5, 1.6])
    const cap = rng.pick([0.68, 0.7, 0.72])
    const n = rng.pick([2, 3, 4])
    const line = f * lh
    const capTo = (n - 1) * line + cap * f
    return choose(rng, {
      stem: `Body text is ${f}px on line-height ${lh}, with a cap height of ${cap}em. A ${n}-line drop cap in the same face must run from the first line’s cap height to line ${n}’s baseline. What font-size does it need, to two decimals?`,
      key: px(capTo / cap),
      wrong: [
        [px(capTo), 'sets the font-size to the cap height it needs'],
        [px((n * line) / cap), 'spans n full lines instead of n − 1 lines plus a cap height'],
        [px(n * f), 'multiplies the body size by the line count'],
        [px(((n - 1) * line) / cap), 'forgets the first line’s cap height'],
        [px(n * line), 'spans n full lines and sets that as the font-size'],
      ],
      facts: { kind: 'drop-cap', f, lh, cap, n },
    })
  }),
  family('copyfit-pages', (rng) => {
    const chars = rng.pick([150_000, 180_000, 240_000, 320_000])
    const lines = rng.pick([36, 38, 40, 42])
    const cpl = rng.pick([60, 62, 65, 68])
    return choose(rng, {
      stem: `You copyfit a ${chars.toLocaleString('en-GB')}-character manuscript into pages of ${lines} lines at ${cpl} characters per line, ignoring paragraph ends. How many pages of text, a part page counting as a page?`,
      key: String(Math.ceil(chars / (lines * cpl))),
      wrong: [
        [String(Math.ceil(chars / cpl)), 'stops at lines, forgetting to divide by lines per page'],
        [String(Math.ceil(chars / lines)), 'divides by the lines per page only'],
        [String(Math.floor(chars / (lines * cpl))), 'rounds down, dropping the part page'],
        [
          String(Math.ceil(chars / 5 / (lines * cpl))),
          'turns characters into words but keeps the capacity in characters',
        ],
      ],
      facts: { kind: 'copyfit', chars, lines, cpl },
    })
  }),
  family('print-leading-to-css-pixels', (rng) => {
    const [size, line] = rng.pick([
      [9, 12],
      [10, 13],
      [11, 14],
      [12, 15],
      [10.5, 14],
    ] as const)
    return choose(rng, {
      stem: `The web edition must copy the print setting ${size}/${line} pt at CSS’s 96 px per inch. What line-height in px, to two decimals?`,
      key: px((line * 96) / 72),
      wrong: [
        [px(line), 'counts a point as a pixel'],
        [px((line * 72) / 96), 'converts the wrong way'],
        [px((size * 96) / 72), 'converts the type size, not the leading'],
        [px(((line - size) * 96) / 72), 'converts only the added leading'],
        [px(((size + line) * 96) / 72), 'adds the type size to the leading'],
        [px((line * 96 * 96) / (72 * 72)), 'applies the 4/3 factor twice'],
      ],
      facts: { kind: 'print-leading', size, line },
    })
  }),
  family('optical-size-auto-value', (rng) => {
    const rem = rng.pick([0.875, 1, 1.5, 2, 3])
    return choose(rng, {
      stem: `A variable font with an opsz axis is set at font-size: ${rem}rem (root 16px) with font-optical-sizing: auto. Per CSS Fonts 4, what opsz value does the browser apply?`,
      key: fmt(rem * 16),
      wrong: [
        [fmt(rem), 'uses the rem figure'],
        ['14', 'expects the font’s default optical size to stay'],
        [fmt(rem * 10), 'takes 1rem as 10px'],
        [fmt((rem * 16 * 96) / 72), 'converts the px size to points the wrong way, by 4/3'],
      ],
      facts: { kind: 'opsz', rem },
    })
  }),
  family('oblique-angle-to-slnt', (rng) => {
    const deg = rng.pick([5, 8, 10, 12, 14])
    return choose(rng, {
      stem: `A variable font has a slnt axis. CSS sets font-style: oblique ${deg}deg. What slnt axis value does that map to?`,
      key: String(-deg),
      wrong: [
        [String(deg), 'keeps the sign, though slnt runs negative for a rightward lean'],
        [String(90 - deg), 'measures the lean from the horizontal, not the vertical'],
        [String(deg - 90), 'measures the lean from the horizontal and then negates it'],
        [String(-deg / 10), 'scales the angle into a 0–1 range'],
      ],
      facts: { kind: 'slnt', deg },
    })
  }),
]
