import { choose, family, fmt, job, px, px2, type TypoFamily } from './typo-text.js'

/**
 * The weight a browser uses when the requested one is missing (CSS Fonts 4, §5.2 step 4): a
 * request from 400 to 500 tries weights up to 500 ascending, then below descending, then above
 * 500 ascending; below 400 it tries lighter weights descending, then heavier ascending; above 500
 * heavier ascending, then lighter descending.
 */
export function matchWeight(want: number, have: readonly number[]): number {
  if (have.includes(want)) return want
  const asc = [...have].sort((a, b) => a - b)
  const below = asc.filter((w) => w < want).reverse()
  const above = asc.filter((w) => w > want)
  if (want >= 400 && want <= 500) {
    const upTo500 = above.filter((w) => w <= 500)
    const past500 = above.filter((w) => w > 500)
    return [...upTo500, ...below, ...past500][0]!
  }
  return (want < 400 ? [...below, ...above] : [...above, ...below])[0]!
}

const WEIGHT_SETS = [
  [300, 700],
  [300, 600],
  [200, 500, 800],
  [100, 600],
  [300, 500, 900],
  [400, 700],
  [100, 400, 900],
  [200, 600, 800],
] as const

export const COMPUTED_FAMILIES: readonly TypoFamily[] = [
  family('font-weight-fallback-match', (rng) => {
    const have = rng.pick(WEIGHT_SETS)
    const want = rng.pick(
      [300, 400, 450, 500, 600, 700, 800].filter((w) => !have.includes(w as never)),
    )
    const key = matchWeight(want, have)
    const nearest = [...have].sort((a, b) => Math.abs(a - want) - Math.abs(b - want) || a - b)[0]!
    const list = have.join(', ')
    return choose(rng, {
      stem: `A web font for ${job(rng)} is self-hosted in weights ${list} only, with font-synthesis: none. Text asks for font-weight: ${want}. Which weight does the browser use?`,
      key: String(key),
      wrong: [
        [String(nearest), 'takes the numerically nearest weight'],
        [String(Math.max(...have)), 'takes the heaviest weight on offer'],
        [String(Math.min(...have)), 'takes the lightest weight on offer'],
        [
          `${want}, synthesised from the nearest face`,
          'forgets that font-synthesis: none forbids faux weights',
        ],
        [String(have.filter((w) => w > want)[0] ?? have[0]), 'always looks heavier first'],
        [
          String([...have].reverse().filter((w) => w < want)[0] ?? have.at(-1)),
          'always looks lighter first',
        ],
      ],
      facts: { kind: 'weight-match', want, have: [...have] },
    })
  }),
  family('line-height-inheritance', (rng) => {
    const f = rng.pick([16, 18])
    const n = rng.pick([1.25, 1.5, 1.6])
    const form = rng.pick(['unitless', 'em', 'percent'] as const)
    const child = rng.pick([28, 32, 40])
    const written = form === 'unitless' ? String(n) : form === 'em' ? `${n}em` : `${fmt(n * 100)}%`
    const key = form === 'unitless' ? child * n : f * n
    return choose(rng, {
      stem: `An article sets font-size: ${f}px; line-height: ${written}. Its h2 sets only font-size: ${child}px. What is the h2’s line-height?`,
      key: px(key),
      wrong: [
        [
          px(form === 'unitless' ? f * n : child * n),
          form === 'unitless'
            ? 'inherits the parent’s computed pixels, as for em or %'
            : 'expects the factor to be inherited, as for a unitless value',
        ],
        [px(child * n * (f / 16)), 'scales the factor by the parent’s ratio to the root'],
        [px(16 * n), 'works from the root’s 16px'],
        [px(child), 'expects line-height to reset to the font-size'],
        [String(n), 'reads the computed value as the written factor even for units'],
      ].filter(([t]) => form !== 'unitless' || t !== String(n)) as [string, string][],
      facts: { kind: 'line-height', f, n, form, child },
    })
  }),
  family('letter-spacing-inherits-as-length', (rng) => {
    const f = rng.pick([14, 16, 18])
    const ls = rng.pick([0.05, 0.08, 0.1, 0.12])
    const child = rng.pick([24, 28, 32])
    return choose(rng, {
      stem: `A nav list sets font-size: ${f}px; letter-spacing: ${ls}em. A heading inside it sets only font-size: ${child}px. What letter-spacing does the heading get, to two decimals?`,
      key: px(f * ls),
      wrong: [
        [px(child * ls), 'expects the em to resolve again against the heading’s size'],
        [px(16 * ls), 'resolves the em against the root'],
        ['0px', 'expects letter-spacing not to inherit'],
        [px(child * ls * (child / f)), 'scales the spacing by the size ratio twice'],
      ],
      facts: { kind: 'letter-spacing', f, ls, child },
    })
  }),
  family('font-shorthand-line-height', (rng) => {
    const size = rng.pick([1.5, 1.75, 2, 2.25, 2.5])
    const lh = rng.pick([1.1, 1.15, 1.2, 1.3])
    return choose(rng, {
      stem: `A heading rule reads font: 700 ${size}rem/${lh} Georgia, serif with the root at 16px. What line-height does it compute to in pixels, to two decimals?`,
      key: px(size * 16 * lh),
      wrong: [
        [px(16 * lh), 'applies the factor to the root size'],
        [px(size * 10 * lh), 'takes 1rem as 10px'],
        [px(size * 16), 'reads the part after the slash as the font-size’s own line'],
        [px(size * 16 + lh * 16), 'adds the line-height to the font-size'],
      ],
      facts: { kind: 'shorthand-lh', size, lh },
    })
  }),
  family('font-size-adjust-used-size', (rng) => {
    const adjust = rng.pick([0.5, 0.52, 0.53, 0.54])
    const aspect = rng.pick([0.45, 0.48, 0.56, 0.58])
    const f = rng.pick([16, 18, 20])
    return choose(rng, {
      stem: `A fallback face with an x-height of ${aspect}em is used under font-size: ${f}px; font-size-adjust: ${adjust}. At what size does the browser render it, to two decimals?`,
      key: px((f * adjust) / aspect),
      wrong: [
        [px(f * adjust), 'takes the adjusted x-height as the font-size'],
        [px((f * aspect) / adjust), 'inverts the ratio'],
        [px(f), 'expects font-size-adjust to change nothing on a fallback'],
        [px(f * (1 + adjust - aspect)), 'adds the aspect difference as a share'],
      ],
      facts: { kind: 'size-adjust', adjust, aspect, f },
    })
  }),
  family('x-height-matched-pairing', (rng) => {
    const body = rng.pick([0.48, 0.5, 0.52, 0.53])
    const other = rng.pick([0.44, 0.46, 0.55, 0.58])
    const f = rng.pick([16, 17, 18])
    return choose(rng, {
      stem: `Body serif at ${f}px has an x-height of ${body}em. The sans for inline labels has an x-height of ${other}em. At what font-size does the sans’s x-height match, to two decimals?`,
      key: px2((f * body) / other),
      wrong: [
        [px2((f * other) / body), 'inverts the ratio'],
        [px2(f), 'keeps the same font-size'],
        [px2(f * body), 'sets the x-height as the font-size'],
        [px2(f * (1 + body - other)), 'changes the size by the x-height gap as a share'],
      ],
      facts: { kind: 'x-match', body, other, f },
    })
  }),
  family('wcag-text-spacing-values', (rng) => {
    const f = rng.pick([14, 16, 18, 20])
    const prop = rng.pick([
      'line-height',
      'letter-spacing',
      'word-spacing',
      'paragraph spacing',
    ] as const)
    const factor = {
      'line-height': 1.5,
      'letter-spacing': 0.12,
      'word-spacing': 0.16,
      'paragraph spacing': 2,
    }[prop]
    const others = [1.5, 0.12, 0.16, 2].filter((x) => x !== factor)
    return choose(rng, {
      stem: `To check ${job(rng)} against WCAG 1.4.12 Text Spacing, you apply the minimums to ${f}px body text. What ${prop} do you set, to two decimals?`,
      key: px(f * factor),
      wrong: [
        ...others.map(
          (x) =>
            [px(f * x), `uses the ${x} multiplier meant for another property`] as [string, string],
        ),
        [px(16 * factor), 'works from 16px, not the text’s size'],
      ],
      facts: { kind: 'text-spacing', f, prop },
    })
  }),
]
