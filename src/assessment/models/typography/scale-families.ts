import { choose, family, fmt, fmt3, job, px, type TypoFamily } from './typo-text.js'

/** Named musical-interval ratios type scales are built on, as scale calculators label them. */
export const RATIOS = [
  ['minor second', 1.067],
  ['major second', 1.125],
  ['minor third', 1.2],
  ['major third', 1.25],
  ['perfect fourth', 1.333],
  // √2 to three decimals, as scale calculators list it.
  ['augmented fourth', Math.round(Math.SQRT2 * 1000) / 1000],
  ['perfect fifth', 1.5],
  ['golden ratio', 1.618],
] as const

/**
 * Modular scales: step n of a scale on base b and ratio r is b × rⁿ (steps below the base divide),
 * each step multiplying the one before, never adding a fixed amount. Stems state the rounding.
 */
export const SCALE_FAMILIES: readonly TypoFamily[] = [
  family('scale-step-up', (rng) => {
    const b = rng.pick([14, 16, 17, 18, 20])
    const [name, r] = rng.pick(RATIOS.slice(1, 7))
    const n = rng.pick([2, 3, 4, 5])
    return choose(rng, {
      stem: `For ${job(rng)} you build a modular type scale on a ${b}px base with the ${name} ratio (${r}). What is step +${n}, rounded to two decimals?`,
      key: px(b * r ** n),
      wrong: [
        [px(b + n * b * (r - 1)), 'adds the base’s increase at every step instead of multiplying'],
        [px(b * r * n), 'multiplies by the ratio times the step number'],
        [px(b * r ** (n - 1)), 'counts the base as step 1'],
        [px(b * (1 + n * (r - 1)) * r), 'adds the increases and then applies the ratio once more'],
      ],
      facts: { kind: 'scale', b, r, n },
    })
  }),
  family('scale-step-down', (rng) => {
    const b = rng.pick([16, 18, 20])
    const [name, r] = rng.pick(RATIOS.slice(1, 7))
    const n = rng.pick([1, 2])
    return choose(rng, {
      stem: `${/^[aeiou]/.test(name) ? 'An' : 'A'} ${name} scale (${r}) on a ${b}px base sets captions at step −${n}. What size is that, rounded to two decimals?`,
      key: px(b / r ** n),
      wrong: [
        [px(b - n * b * (r - 1)), 'subtracts a fixed increase per step instead of dividing'],
        [px(b * (2 - r) ** n), 'multiplies by one minus the ratio’s increase'],
        [px(b * r ** n), 'goes up the scale instead of down'],
        [px(b / (1 + n * (r - 1))), 'divides by an arithmetic increase per step'],
      ],
      facts: { kind: 'scale', b, r, n: -n },
    })
  }),
  family('scale-step-in-rem', (rng) => {
    const [name, r] = rng.pick(RATIOS.slice(1, 7))
    const n = rng.pick([2, 3, 4])
    return choose(rng, {
      stem: `Design tokens for ${job(rng)} write ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} scale (${r}) in rem on a 1rem base, with the root left at the browser’s 16px. What is step +${n}, to three decimals?`,
      key: `${fmt3(r ** n)}rem`,
      wrong: [
        [`${fmt3(1 + n * (r - 1))}rem`, 'adds the ratio’s increase per step'],
        [`${fmt3((16 * r ** n) / 10)}rem`, 'divides the pixel size by 10, as on a 62.5% root'],
        [`${fmt3(r * n)}rem`, 'multiplies the ratio by the step number'],
        [`${fmt3(16 * r ** n)}rem`, 'writes the pixel size with a rem unit'],
      ],
      facts: { kind: 'scale', b: 1, r, n, unit: 'rem' },
    })
  }),
  family('scale-infer-ratio', (rng) => {
    const [, r] = rng.pick(RATIOS.slice(1, 7))
    const b = rng.pick([16, 18])
    const n = rng.pick([2, 3])
    const top = Math.round(b * r ** n * 100) / 100
    return choose(rng, {
      stem: `A client’s style guide has body text at ${b}px and an H${5 - n} at ${fmt(top)}px, ${n} steps up one modular scale. Which ratio was used?`,
      key: r.toFixed(3),
      wrong: [
        [(top / b).toFixed(3), 'takes the whole jump as one step'],
        [(1 + (top / b - 1) / n).toFixed(3), 'splits the increase evenly, as an arithmetic scale'],
        [(top / b / n).toFixed(3), 'divides the size ratio by the number of steps'],
      ],
      facts: { kind: 'ratio', b, top, n, r },
    })
  }),
  family('scale-interval-name', (rng) => {
    const i = rng.int(1, RATIOS.length - 2)
    const [name, r] = RATIOS[i]!
    const near = [RATIOS[i - 1]!, RATIOS[i + 1]!]
    return choose(rng, {
      stem: `A type-scale calculator labels its ratios by musical interval. Which ratio is the ${name}?`,
      key: String(r),
      wrong: [
        [String(near[0]![1]), `takes the ${near[0]![0]} for the ${name}`],
        [String(near[1]![1]), `takes the ${near[1]![0]} for the ${name}`],
        ...(name === 'golden ratio' ? [] : ([['1.618', 'reaches for the golden ratio']] as const)),
        ...(name === 'perfect fifth'
          ? []
          : ([['1.5', 'takes the perfect fifth for any ratio']] as const)),
      ],
      facts: { kind: 'interval', name, r },
    })
  }),
]

/**
 * Measure: characters a line holds are its width over the average advance (font-size × the face's
 * average character width, stated in each stem); the ch unit is the advance of the “0” glyph of
 * the element's own font; em widths use the element's own font-size.
 */
export const MEASURE_FAMILIES: readonly TypoFamily[] = [
  family('measure-characters-per-line', (rng) => {
    const f = rng.pick([16, 17, 18, 20])
    const a = rng.pick([0.45, 0.5, 0.55])
    const w = rng.pick([540, 600, 640, 680, 720])
    return choose(rng, {
      stem: `The text column of ${job(rng)} is ${w}px wide, set at ${f}px in a face whose average character is ${a}em wide. About how many characters fit on a line, rounded to the nearest whole?`,
      key: String(Math.round(w / (f * a))),
      wrong: [
        [String(Math.round(w / f)), 'counts every character as 1em wide'],
        [String(Math.round(w / (16 * a))), 'works from the 16px default, not the set size'],
        [String(Math.round((w * a) / f)), 'multiplies by the advance instead of dividing'],
        [
          String(Math.round((w * 0.75) / (f * a))),
          'converts the column width to points before dividing',
        ],
      ],
      facts: { kind: 'chars', w, f, a },
    })
  }),
  family('measure-width-for-characters', (rng) => {
    const c = rng.pick([60, 65, 66, 70, 75])
    const f = rng.pick([16, 18, 19, 20])
    const a = rng.pick([0.45, 0.5, 0.52])
    return choose(rng, {
      stem: `You want ${c} characters per line at ${f}px in a face whose average character is ${a}em wide. How wide should the column be, to two decimals?`,
      key: px(c * f * a),
      wrong: [
        [px(c * f), 'counts a character as 1em wide'],
        [px(c * 16 * a), 'sizes from the 16px default, not the set size'],
        [px((c * f) / a), 'divides by the advance instead of multiplying'],
        [px(c * a * 10), 'takes 1em as 10px'],
      ],
      facts: { kind: 'width', c, f, a },
    })
  }),
  family('measure-ch-max-width', (rng) => {
    const n = rng.pick([60, 65, 68, 70])
    const f = rng.pick([16, 18, 20])
    const zero = rng.pick([0.5, 0.55, 0.6])
    const root = rng.pick([16, 22])
    return choose(rng, {
      stem: `An article body has font-size: ${f}px (root ${root}px) and max-width: ${n}ch; its font’s “0” glyph advances ${zero}em. How wide can the body get, to two decimals?`,
      key: px(n * f * zero),
      wrong: [
        [px(n * f), 'reads ch as a full em'],
        [px(n * root * zero), 'measures ch in the root font-size'],
        [px(n * f * 0.5), 'assumes ch is always half an em'],
        [px(n * zero * 10), 'reads the advance against a 10px em'],
      ],
      facts: { kind: 'ch', n, f, zero },
    })
  }),
  family('measure-em-width-own-size', (rng) => {
    const parent = rng.pick([18, 20, 22])
    const own = rng.pick([17, 19, 21])
    const n = rng.pick([30, 32, 34, 36])
    return choose(rng, {
      stem: `A pull quote sits in a section with font-size ${parent}px, sets its own font-size: ${own}px and width: ${n}em (root 16px). How wide is it?`,
      key: px(n * own),
      wrong: [
        [px(n * parent), 'sizes the em by the parent’s font-size'],
        [px(n * 16), 'reads em as rem'],
        [px(n * 10), 'takes 1em as 10px'],
      ],
      facts: { kind: 'em-width', n, own },
    })
  }),
]
