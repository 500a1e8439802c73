import { choose, family, type RwdFamily, site } from './rwd-text.js'

const vp = (w: number, h: number) => `${w} × ${h} CSS px`

/**
 * Compound queries and bands (Media Queries 4): `and` needs every condition (§2.1), a comma list
 * any one (§2.2), `not` negates the whole query (§2.3), orientation is portrait when height ≥
 * width (§4.4), and range bounds include their value only with <= (§2.4.3). Options are
 * viewports or layouts, each the answer of one misreading.
 */
export const LOGIC_FAMILIES: readonly RwdFamily[] = [
  family('and-needs-every-condition', (rng) => {
    const a = rng.pick([600, 700, 768, 900])
    const text = `@media (min-width: ${a}px) and (orientation: landscape)`
    const h = (w: number) => Math.round(w * rng.pick([0.5, 0.6, 0.75]))
    const wideLandscape = a + rng.int(1, 300)
    const narrowLandscape = a - rng.int(40, 200)
    const widePortrait = a + rng.int(1, 200)
    return choose(rng, {
      stem: `On ${site(rng)}, a two-column layout sits in ${text} { … }. In which viewport does it apply?`,
      key: vp(wideLandscape, h(wideLandscape)),
      wrong: [
        [vp(narrowLandscape, h(narrowLandscape)), 'reads and as or: landscape but too narrow'],
        [
          vp(widePortrait, widePortrait + rng.int(100, 400)),
          'reads and as or: wide enough but portrait',
        ],
        [vp(a, a), 'counts a square viewport as landscape'],
      ],
      facts: { kind: 'query-viewport', query: text },
    })
  }),
  family('comma-means-or', (rng) => {
    const a = rng.pick([600, 640, 700, 768])
    const text = `@media (max-width: ${a}px), (orientation: portrait)`
    const wideLandscape = a + rng.int(40, 400)
    const narrowLandscape = a - rng.int(40, 200)
    const widePortrait = a + rng.int(1, 200)
    return choose(rng, {
      stem: `The compact menu of ${site(rng)} is styled in ${text} { … }. In which viewport does it NOT apply?`,
      key: vp(wideLandscape, Math.round(wideLandscape * 0.6)),
      wrong: [
        [
          vp(narrowLandscape, Math.round(narrowLandscape * 0.6)),
          'reads the comma as and, so narrow alone is not enough',
        ],
        [
          vp(widePortrait, widePortrait + rng.int(100, 400)),
          'reads the comma as and, so portrait alone is not enough',
        ],
        [vp(a, Math.round(a * 0.6)), 'reads max-width as excluding its value'],
      ],
      facts: { kind: 'query-viewport', query: text, negate: true },
    })
  }),
  family('fractional-width-gap', (rng) => {
    const a = rng.pick([600, 768, 1024])
    return choose(rng, {
      stem: `A stylesheet for ${site(rng)} has @media (max-width: ${a - 1}px) { … } and @media (min-width: ${a}px) { … }. A visitor zooms so the viewport is ${a - 1}.5 CSS px wide. Which block applies?`,
      key: 'No block: the width falls between them',
      wrong: [
        [
          `The max-width: ${a - 1}px block, as widths round down`,
          'assumes viewports are whole pixels',
        ],
        [
          `The min-width: ${a}px block, as widths round up`,
          'assumes widths round to the nearest pixel',
        ],
        ['Each of the two, the later winning', 'reads the two ranges as overlapping'],
        [
          `The max-width: ${a - 1}px block, which runs up to ${a - 1}.99px`,
          'reads max-width as covering the whole last pixel',
        ],
        [
          `The min-width: ${a}px block, as ${a - 1}.5px is past ${a - 1}px`,
          'takes leaving one range for entering the next',
        ],
        [
          `The block written last, as the fallback for any width`,
          'expects the later query to catch a width neither matches',
        ],
      ],
      facts: {
        kind: 'query-applies-both',
        queries: [`(max-width: ${a - 1}px)`, `(min-width: ${a}px)`],
        width: a - 0.5,
        applies: [false, false],
      },
    })
  }),
  family('less-than-in-classic-syntax', (rng) => {
    const a = rng.pick([480, 600, 768, 1024])
    return choose(rng, {
      stem: `A build tool for ${site(rng)} cannot parse range syntax. Which query matches exactly the widths that @media (width < ${a}px) matches, fractional widths included?`,
      key: `@media not all and (min-width: ${a}px)`,
      wrong: [
        [`@media (max-width: ${a}px)`, `includes ${a}px itself`],
        [`@media (max-width: ${a - 1}px)`, `leaves widths between ${a - 1} and ${a}px out`],
        [
          `@media not all and (max-width: ${a}px)`,
          'negates the wrong bound, matching the wide side',
        ],
        [`@media (min-width: 0) and (max-width: ${a}px)`, `still includes ${a}px`],
      ],
      facts: { kind: 'range-equivalent', range: `(width < ${a}px)`, bound: a },
      code: true,
    })
  }),
]
