import type { Rng } from '../../rng.js'
import { choose, family, px, type RwdFamily, site } from './rwd-text.js'

/** A fluid type scale `clamp(min rem, base rem + slope vw, max rem)`, drawn so its terms are tidy. */
function drawClamp(rng: Rng) {
  // The minimum binds on phones (up to 360px at least) and the maximum by 2000px, so both bounds
  // bind at real viewport widths, as a fluid scale intends.
  for (;;) {
    const min = rng.pick([1, 1.125, 1.25, 1.5, 2])
    const max = min + rng.pick([0.75, 1, 1.5, 2, 2.5])
    const base = min - rng.pick([0.25, 0.5, 0.75])
    const slope = rng.pick([1, 1.5, 2, 2.5, 3, 4])
    const low = ((min - base) * 1600) / slope
    if (low >= 360 && ((max - base) * 1600) / slope <= 2000) return { min, max, base, slope }
  }
}

const clampCss = (c: ReturnType<typeof drawClamp>) =>
  `clamp(${c.min}rem, ${c.base}rem + ${c.slope}vw, ${c.max}rem)`

/**
 * clamp(MIN, VAL, MAX) is max(MIN, min(VAL, MAX)) (CSS Values 4, §10.2), so MIN wins over MAX;
 * rem is the root element's font-size (16px here, the stems say), vw one hundredth of the
 * viewport's width (§6.1.2). The mistakes: vw read as a pixel, rem as 10px, the preferred value
 * taken unclamped, the bounds read the wrong way round.
 */
export const FLUID_FAMILIES: readonly RwdFamily[] = [
  family('clamp-at-width', (rng) => {
    const c = drawClamp(rng)
    const width = rng.pick([320, 360, 390, 414, 600, 768, 900, 1024, 1280, 1440, 1600, 1920])
    const at = (rem: number, vw: number) =>
      Math.max(c.min * rem, Math.min(c.base * rem + c.slope * vw, c.max * rem))
    return choose(rng, {
      stem: `On ${site(rng)}, h1 { font-size: ${clampCss(c)} } and the root font-size is 16px. What is the heading’s font-size in a viewport ${width} CSS px wide?`,
      key: px(at(16, width / 100)),
      wrong: [
        [px(c.base * 16 + c.slope * width), 'multiplies by the whole width, not a hundredth'],
        [px(c.base * 16), 'drops the vw term'],
        [px(c.min * 16), 'takes the minimum as the value at any phone width'],
        [
          px(c.base * 16 + (c.slope * width) / 100),
          'takes the preferred value without clamping it',
        ],
        [px(at(16, 1)), 'reads 1vw as 1px'],
        [px(at(10, width / 100)), 'counts 1rem as 10px'],
        [
          px(Math.min(c.min * 16, Math.max(c.base * 16 + (c.slope * width) / 100, c.max * 16))),
          'swaps min() and max(), reading the bounds the wrong way round',
        ],
        [px(c.max * 16), 'takes the maximum as the value at any desktop width'],
      ],
      facts: { kind: 'clamp', ...c, width, root: 16 },
    })
  }),
  family('clamp-reaches-max', (rng) => {
    const c = drawClamp(rng)
    const reach = ((c.max - c.base) * 16 * 100) / c.slope
    const low = ((c.min - c.base) * 16 * 100) / c.slope
    return choose(rng, {
      stem: `A designer sets font-size: ${clampCss(c)} with a 16px root font-size. From what viewport width does the text stop growing? Give CSS px, to two decimals where needed.`,
      key: px(reach),
      wrong: [
        [
          px(((c.max - c.min) * 16 * 100) / c.slope),
          'takes the span from the minimum to the maximum',
        ],
        [px(low), 'solves for the minimum, where the text starts growing'],
        [px(((c.max - c.base) * 16) / c.slope), 'forgets that a vw is a hundredth of the width'],
        [px((c.max * 16 * 100) / c.slope), 'drops the rem term from the preferred value'],
        [px(((c.max - c.base) * 100) / c.slope), 'leaves the rem figures unconverted to px'],
        [
          px((c.max - c.base) / c.slope),
          'leaves the rem unconverted and forgets the hundredth of a vw',
        ],
        [px(((c.max - c.base) * 10 * 100) / c.slope), 'counts 1rem as 10px'],
      ],
      facts: { kind: 'clamp-reach', ...c, root: 16 },
    })
  }),
  family('fluid-type-formula', (rng) => {
    // Two points (viewport, size) fix a line; its slope in vw and intercept in rem make the
    // preferred value (the method Utopia and most fluid-type calculators use).
    const w1 = rng.pick([320, 360, 375])
    const w2 = rng.pick([1200, 1280, 1440, 1600])
    const s1 = rng.pick([16, 18, 20, 24])
    const s2 = s1 + rng.pick([8, 12, 16, 20, 24])
    const slope = (s2 - s1) / (w2 - w1)
    const icpt = s1 - slope * w1
    const r = (n: number) => Math.round(n * 1000) / 1000
    const val = (rem: number, vw: number) =>
      `clamp(${r(s1 / 16)}rem, ${r(rem)}rem + ${r(vw)}vw, ${r(s2 / 16)}rem)`
    return choose(rng, {
      stem: `A heading on ${site(rng)} must grow linearly from ${s1}px at a ${w1}px viewport to ${s2}px at ${w2}px, fixed outside that range (root font-size 16px). Which declaration does it, figures rounded to three decimals?`,
      key: `font-size: ${val(icpt / 16, slope * 100)}`,
      wrong: [
        [
          `font-size: ${val(icpt / 16, slope)}`,
          'writes the px-per-px slope as vw without multiplying by 100',
        ],
        [`font-size: ${val(icpt, slope * 100)}`, 'leaves the intercept in px but labels it rem'],
        [`font-size: ${val(s1 / 16, slope * 100)}`, 'uses the minimum size as the intercept'],
        [
          `font-size: ${val((s2 - slope * w1) / 16, slope * 100)}`,
          'takes the intercept from the wrong end of the range',
        ],
      ],
      facts: { kind: 'fluid-line', w1, w2, s1, s2 },
      code: true,
    })
  }),
  family('clamp-as-min-max', (rng) => {
    const c = drawClamp(rng)
    const lo = `${c.min}rem`
    const hi = `${c.max}rem`
    const mid = `${c.base}rem + ${c.slope}vw`
    return choose(rng, {
      stem: `A legacy build tool rejects clamp(). Which value equals font-size: ${clampCss(c)} at every viewport width?`,
      // Either nesting is clamp(); which one the key shows is drawn.
      key: rng.pick([`max(${lo}, min(${mid}, ${hi}))`, `min(max(${lo}, ${mid}), ${hi})`]),
      wrong: [
        [`min(${lo}, max(${mid}, ${hi}))`, 'swaps min() and max()'],
        [`max(min(${lo}, ${mid}), ${hi})`, 'swaps min() and max() in the other nesting'],
        [`max(${hi}, min(${mid}, ${lo}))`, 'swaps the lower and upper bounds'],
        [`min(${mid}, ${hi})`, 'drops the lower bound'],
        [`max(${lo}, ${mid})`, 'drops the upper bound'],
        [`min(${lo}, ${mid}, ${hi})`, 'puts all three values in one min()'],
        [`max(${lo}, ${mid}, ${hi})`, 'puts all three values in one max()'],
        [
          `min(max(${lo}, ${mid}), max(${mid}, ${hi}))`,
          'wraps the preferred value in max() on both sides, so nothing caps it',
        ],
        [
          `max(min(${lo}, ${mid}), min(${mid}, ${hi}))`,
          'wraps the preferred value in min() on both sides, so nothing floors it',
        ],
      ],
      facts: { kind: 'clamp-equivalent', ...c },
      code: true,
    })
  }),
  family('clamp-min-above-max', (rng) => {
    const max = rng.pick([1.5, 2, 2.25])
    const min = max + rng.pick([0.5, 1])
    const vw = rng.pick([3, 4, 5, 6])
    const width = rng.pick([400, 800, 1200, 1600])
    return choose(rng, {
      stem: `A typo leaves font-size: clamp(${min}rem, ${vw}vw, ${max}rem), its minimum above its maximum (root font-size 16px). What font-size results in a viewport ${width} CSS px wide?`,
      key: px(min * 16),
      wrong: [
        [px(max * 16), 'lets the maximum win over the minimum'],
        [px((vw * width) / 100), 'takes the preferred value as if the bounds were ignored'],
        [px(16), 'expects the invalid declaration to fall back to the inherited 16px'],
        [px(((min + max) / 2) * 16), 'averages the two bounds'],
      ],
      facts: { kind: 'clamp', min, max, base: 0, slope: vw, width, root: 16 },
    })
  }),
  family('vw-only-type-zoom', (rng) => {
    const vw = rng.pick([2, 2.5, 3, 4])
    return choose(rng, {
      stem: `Body text on ${site(rng)} is set to font-size: ${vw}vw. Why does an accessibility audit fail it under WCAG 2.2 SC 1.4.4, Resize text?`,
      key: 'Zoom cannot enlarge it: vw shrinks as zoom grows',
      wrong: [
        ['vw is blurry', 'confuses units with rasterising'],
        [
          'vw ignores user font settings, which is the only test of 1.4.4',
          'takes the font setting for the whole of 1.4.4, forgetting zoom',
        ],
        ['Safari does not support vw units for text', 'believes a support gap that does not exist'],
        ['vw text is blurred on high-density screens', 'confuses units with rasterising'],
        ['Text must be set in px to pass', 'reverses the advice to use relative units'],
        ['Any unit other than em fails 1.4.4', 'invents a rule about which unit to use'],
      ],
      facts: { kind: 'rule', source: 'WCAG 2.2 SC 1.4.4; Understanding 1.4.4 on viewport units' },
    })
  }),
  family('rem-over-px-reason', (rng) => {
    const prop = rng.pick(['font-size', 'the type scale'])
    return choose(rng, {
      stem: `Why does a front-end designer on ${site(rng)} set ${prop} in rem rather than px?`,
      key: 'It follows the visitor’s text size setting',
      wrong: [
        ['It is faster to render', 'believes units change rendering speed'],
        [
          'It stays the same size whatever the visitor sets in their browser',
          'gets rem backwards: that describes px',
        ],
        ['It scales with the width of the viewport', 'confuses rem with vw'],
        ['It renders sharper on high-density screens', 'confuses units with device pixels'],
        ['It follows the parent element’s font-size', 'confuses rem with em'],
        [
          'It keeps browser zoom from changing it',
          'gets zoom backwards: zoom scales px and rem alike',
        ],
      ],
      facts: { kind: 'rule', source: 'CSS Values 4, §6.1.1 (rem: the root element’s font-size)' },
    })
  }),
]
