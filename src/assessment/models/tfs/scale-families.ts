import {
  add,
  atMost,
  ceil,
  DP2,
  DP3,
  div,
  floor,
  frac,
  mul,
  plain,
  power,
  rest,
  sub,
  th,
  thf,
  WHOLE,
  worked,
} from './tfs-text.js'

// Type scales and CSS units as a designer hands them to a developer. Each stem states the root
// size, the browser default and the ratio, because the slips are a rem taken against 16 px when
// the root is set otherwise, an em taken from the root instead of the element, a scale stepped
// linearly or one step off, and a clamp() read without its bounds.

const px2 = plain(2, 'px')
const rem3 = plain(3, 'rem')
const RATIOS = [1125, 1200, 1250, 1333, 1500]

export const SCALE_FAMILIES = [
  worked('rem-for-a-pixel-size-under-a-percentage-root', (rng) => {
    const p = rng.pick([625, 750, 875, 1125, 1250])
    const t = rng.int(11, 48)
    const g = rng.int(13, 22)
    const root = mul(16, thf(p))
    if (g === 16 || frac(g).n * root.d === root.n) rest()
    return {
      stem: `A site sets html { font-size: ${p / 10}% } over the browser default of 16px. The parent element of a caption has a computed font size of ${g}px. The caption must render at ${t}px. What rem value should the developer write, ${DP3}?`,
      show: rem3,
      figures: { p, t, g },
      key: div(t, root),
      wrong: [
        [div(t, 16), 'divides by the 16px default, ignoring the root percentage'],
        [div(t, g), 'divides by the parent size, as for em'],
        [div(t, 10), 'takes 1rem as 10px, the 62.5% habit, whatever the root'],
        [div(root, t), 'divides the root by the target'],
      ],
    }
  }),
  worked('nested-em-font-sizes-compound', (rng) => {
    const R = rng.pick([16, 18, 20])
    const [a, b, c] = [0, 1, 2].map(() => rng.pick([750, 875, 1125, 1250, 1500]))
    if (a === 1000 || b === c) rest()
    return {
      stem: `With the root at ${R}px, a sidebar has font-size: ${th(a!)}em, a list inside it font-size: ${th(b!)}em and each nested list item font-size: ${th(c!)}em. Each em is relative to its parent's computed size. What is the computed font size of a list item, in px ${DP2}?`,
      show: px2,
      figures: { R, a: a!, b: b!, c: c! },
      key: mul(R, thf(a!), thf(b!), thf(c!)),
      wrong: [
        [mul(R, thf(c!)), 'reads the item em against the root, like rem'],
        [mul(R, thf(a!), thf(c!)), 'skips the list level between sidebar and item'],
        [mul(R, thf(b!), thf(c!)), 'leaves out the sidebar size'],
        [
          mul(R, sub(add(thf(a!), thf(b!), thf(c!)), 2)),
          'adds the em changes instead of multiplying',
        ],
      ],
    }
  }),
  worked('modular-scale-step-up', (rng) => {
    const b = rng.int(14, 20)
    const q = rng.pick(RATIOS)
    const k = rng.int(2, 5)
    return {
      stem: `A type scale starts from a ${b}px body size and multiplies by a ratio of ${th(q)} for each step up. What is the size of step ${k} above the body (the body is step 0), in px ${DP2}?`,
      show: px2,
      figures: { b, q, k },
      key: mul(b, power(thf(q), k)),
      wrong: [
        [
          mul(b, add(1, mul(k, sub(thf(q), 1)))),
          'adds the ratio increment once per step, linearly',
        ],
        [mul(b, power(thf(q), k - 1)), 'counts the body as step 1'],
        [mul(b, power(thf(q), k + 1)), 'takes one step too many'],
        [mul(16, power(thf(q), k)), 'steps up from the 16px browser default, not the stated body'],
        [div(b, power(thf(q), k)), 'divides by the ratio, stepping down'],
      ],
    }
  }),
  worked('modular-scale-step-down', (rng) => {
    const b = rng.int(16, 22)
    const q = rng.pick(RATIOS)
    const k = rng.int(1, 3)
    return {
      stem: `A type scale from a ${b}px body divides by a ratio of ${th(q)} for each step down. Captions sit ${k} step${k > 1 ? 's' : ''} below the body. What is the caption size, in px ${DP2}?`,
      show: px2,
      figures: { b, q, k },
      key: div(b, power(thf(q), k)),
      wrong: [
        [mul(b, sub(1, mul(k, sub(thf(q), 1)))), 'subtracts the ratio increment linearly'],
        [div(b, power(thf(q), k + 1)), 'takes one step too many'],
        [mul(b, power(thf(q), k)), 'multiplies, going up the scale'],
        [mul(b, power(sub(2, thf(q)), k)), 'multiplies by one minus the increment at each step'],
        [div(b, power(thf(q), k - 1)), 'takes one step too few'],
        [
          div(b, add(1, mul(k, sub(thf(q), 1)))),
          'divides by a linear step, one plus the increment per step',
        ],
      ],
    }
  }),
  worked('largest-scale-step-under-a-size-cap', (rng) => {
    const b = rng.int(15, 18)
    const q = rng.pick([1200, 1250, 1333])
    const M = rng.int(40, 72)
    const r = thf(q)
    let k = 0
    while (mul(b, power(r, k + 1)).n <= frac(M).n * mul(b, power(r, k + 1)).d) k++
    if (k < 2) rest()
    const at = (j: number) => mul(b, power(r, j))
    if (at(k).n === frac(M).n * at(k).d) rest()
    return {
      stem: `A ${b}px body steps up by a ratio of ${th(q)}. The client's brand rules cap headings at ${M}px. The designer uses the largest scale step that does not exceed the cap. What heading size does that give, in px ${DP2}?`,
      show: px2,
      figures: { b, q, M },
      key: at(k),
      wrong: [
        [at(k + 1), 'takes the first step over the cap'],
        [at(k - 1), 'stops a step early'],
        [frac(M), 'uses the cap itself, off the scale'],
        [mul(b, add(1, mul(k, sub(r, 1)))), 'steps the scale linearly'],
        [div(M, r), 'divides the cap by the ratio once'],
        [
          mul(b, add(1, mul(floor(div(M - b, mul(b, sub(r, 1)))), sub(r, 1)))),
          'steps the scale linearly and takes the last linear step under the cap',
        ],
      ],
    }
  }),
  worked('rem-to-px-under-a-set-root', (rng) => {
    const R = rng.pick([10, 12, 14, 18, 20])
    const x = rng.pick([750, 875, 1125, 1250, 1500, 1750, 2000, 2250, 2500, 3000])
    const g = rng.int(13, 24)
    if (g === R) rest()
    return {
      stem: `A design system sets html { font-size: ${R}px }. A heading's parent section has a computed font size of ${g}px. The heading is set to ${th(x)}rem. What is its size in px ${DP2}?`,
      show: px2,
      figures: { R, x, g },
      key: mul(thf(x), R),
      wrong: [
        [mul(thf(x), 16), 'assumes the 16px browser default'],
        [mul(thf(x), g), 'takes the parent size, as for em'],
        [div(R, thf(x)), 'divides the root by the rem value'],
        [mul(thf(x), 10), 'takes 1rem as 10px, the 62.5% habit, whatever the root'],
        [div(thf(x), R), 'divides by the root instead of multiplying'],
      ],
    }
  }),
  worked('em-padding-follows-the-element-font-size', (rng) => {
    const R = rng.pick([16, 18, 20])
    const F = rng.pick([875, 1125, 1250, 1500])
    const P = rng.pick([500, 625, 750, 1000, 1250])
    const G = rng.int(13, 24)
    if (G === R || mul(R, thf(F)).n === frac(G).n * mul(R, thf(F)).d) rest()
    return {
      stem: `With the root at ${R}px, a button inside a ${G}px card is set to font-size: ${th(F)}rem and padding: ${th(P)}em. An em in padding is relative to the element's own computed font size. What is the padding in px ${DP2}?`,
      show: px2,
      figures: { R, F, P, G },
      key: mul(thf(P), thf(F), R),
      wrong: [
        [mul(thf(P), R), 'takes the em from the root size'],
        [mul(thf(P), G), 'takes the em from the parent card'],
        [mul(thf(P), thf(F), 16), 'assumes a 16px root'],
        [mul(div(thf(P), thf(F)), R), 'divides by the font size instead of multiplying'],
      ],
    }
  }),
  worked('clamp-value-between-its-bounds', (rng) => {
    const lo = rng.pick([1000, 1125, 1250])
    const hi = rng.pick([2500, 3000, 3500])
    const A = rng.pick([500, 625, 750, 875, 1000])
    const B = rng.int(2, 5)
    const W = rng.int(40, 140) * 10
    const pref = add(mul(thf(A), 16), frac(B * W, 100))
    if (atMost(pref, add(mul(thf(lo), 16), 1)) || atMost(add(mul(thf(hi), 16), -1), pref)) rest()
    return {
      stem: `A heading has font-size: clamp(${th(lo)}rem, ${th(A)}rem + ${B}vw, ${th(hi)}rem), with 1rem = 16px and 1vw = 1% of the viewport width. At a viewport ${W}px wide, what size does it render at, in px ${DP2}?`,
      show: px2,
      figures: { lo, hi, A, B, W },
      key: pref,
      wrong: [
        [mul(thf(lo), 16), 'takes the minimum of the clamp'],
        [mul(thf(hi), 16), 'takes the maximum of the clamp'],
        [add(mul(thf(A), 16), B), 'adds the vw figure as pixels'],
        [add(thf(A), frac(B * W, 100)), 'adds the rem figure unconverted'],
        [add(mul(thf(A), 16), 16 * B), 'reads each vw as 16px, like a rem'],
        [
          add(mul(thf(lo), 16), frac(B * W, 100)),
          'adds the vw term to the clamp minimum, not the rem term',
        ],
      ],
    }
  }),
  worked('clamp-pinned-at-its-maximum', (rng) => {
    const lo = rng.pick([1000, 1125, 1250])
    const hi = rng.pick([2000, 2250, 2500, 2750])
    const A = rng.pick([500, 750, 1000])
    const B = rng.int(3, 6)
    const W = rng.int(120, 192) * 10
    const pref = add(mul(thf(A), 16), frac(B * W, 100))
    if (atMost(pref, mul(thf(hi), 16))) rest()
    return {
      stem: `A display heading has font-size: clamp(${th(lo)}rem, ${th(A)}rem + ${B}vw, ${th(hi)}rem), with 1rem = 16px and 1vw = 1% of the viewport width. On a ${W}px-wide desktop viewport, what size does it render at, in px ${DP2}?`,
      show: px2,
      figures: { lo, hi, A, B, W },
      key: mul(thf(hi), 16),
      wrong: [
        [pref, 'takes the preferred value, ignoring the maximum'],
        [mul(thf(lo), 16), 'takes the minimum of the clamp'],
        [mul(thf(A), 16), 'keeps only the rem term'],
        [thf(hi), 'leaves the maximum in rem as if it were px'],
        [add(mul(thf(A), 16), B), 'adds the vw figure as pixels'],
        [add(mul(thf(hi), 16), frac(B * W, 100)), 'adds the vw term on top of the maximum'],
        [add(mul(thf(hi), 16), mul(thf(A), 16)), 'adds the rem term to the maximum'],
      ],
    }
  }),
  worked('fluid-vw-coefficient-between-two-breakpoints', (rng) => {
    const s1 = rng.int(16, 24)
    const s2 = rng.int(s1 + 8, 56)
    const v1 = rng.pick([320, 360, 375, 400, 480])
    const v2 = rng.pick([1024, 1200, 1280, 1440, 1600])
    return {
      stem: `Type should grow linearly from ${s1}px at a ${v1}px viewport to ${s2}px at a ${v2}px viewport, written as a rem term plus a vw term (1vw = 1% of the viewport width). What is the vw coefficient, ${DP3}?`,
      show: plain(3, 'vw'),
      figures: { s1, s2, v1, v2 },
      key: div(mul(100, s2 - s1), v2 - v1),
      wrong: [
        [div(s2 - s1, v2 - v1), 'leaves out the factor of 100 for a vw'],
        [div(mul(100, s2), v2), 'uses the large end only'],
        [div(mul(100, s2 - s1), v2), 'divides by the large viewport, not the span'],
        [div(mul(100, s2 - s1), v1), 'divides by the small viewport'],
        [div(mul(100, s1), v1), 'uses the small end only'],
        [div(v2 - v1, s2 - s1), 'divides the viewport span by the size span, inverting the slope'],
      ],
    }
  }),
  worked('em-media-query-uses-the-browser-default', (rng) => {
    const U = rng.pick([18, 20, 24])
    const X = rng.pick([30, 40, 48, 60, 64, 75])
    return {
      stem: `A stylesheet sets html { font-size: 62.5% } and body { font-size: 1.8rem }, and a layout switch at @media (min-width: ${X}em). In a media query an em is the browser's initial font size, not the root's. A reader has set the browser default to ${U}px. At what viewport width in px does the layout switch, ${WHOLE}?`,
      show: plain(0, 'px'),
      figures: { U, X },
      key: frac(X * U),
      wrong: [
        [frac(X * 16), 'assumes the 16px default whatever the reader set'],
        [mul(X, U, thf(625)), 'applies the 62.5% root to the media query'],
        [frac(X * 10), 'takes the 10px root of the 62.5% habit'],
        [mul(X, U, thf(625), thf(1800)), 'takes the body size as the em'],
        [mul(X, U, thf(1800)), 'takes the 1.8rem body at the reader’s default, ignoring the 62.5%'],
        [mul(X, 16, thf(1800)), 'takes the 1.8rem body at the 16px default as the em'],
      ],
    }
  }),
  worked('design-tool-tracking-to-letter-spacing', (rng) => {
    const R = rng.pick([18, 20, 10])
    const S = rng.pick([1250, 1500, 2000, 2500, 3000])
    const T = rng.pick([-20, -10, 10, 20, 25, 40, 50, 80, 100])
    const a = Math.abs(T)
    const dir = T < 0 ? 'tightens' : 'loosens'
    return {
      stem: `A mock-up ${dir} a heading's tracking by ${a} units, where one unit is 1/1000 em. The site's root is ${R}px and the heading is font-size: ${th(S)}rem. By how many px does letter-spacing change, ${DP2}?`,
      show: px2,
      figures: { R, S, a },
      key: mul(a, thf(S), R, frac(1, 1000)),
      wrong: [
        [mul(a, thf(S), R, frac(1, 100)), 'reads the units as percent of the em'],
        [mul(a, R, frac(1, 1000)), 'takes the em at the root size'],
        [mul(a, thf(S), 16, frac(1, 1000)), 'assumes a 16px root'],
        [frac(a, 1000), 'gives the letter-spacing in em, not px'],
        [mul(a, R, frac(1, 100)), 'reads the units as percent of the root size'],
      ],
    }
  }),
  worked('scale-step-rounded-once-at-the-end', (rng) => {
    const b = rng.int(14, 20)
    const q = rng.pick(RATIOS)
    const k = rng.int(3, 6)
    const r = thf(q)
    let each = frac(b)
    for (let i = 0; i < k; i++) each = floor(add(mul(each, r), frac(1, 2)))
    let eachUp = frac(b)
    for (let i = 0; i < k; i++) eachUp = ceil(mul(eachUp, r))
    let eachDown = frac(b)
    for (let i = 0; i < k; i++) eachDown = floor(mul(eachDown, r))
    const key = floor(add(mul(b, power(r, k)), frac(1, 2)))
    return {
      stem: `A ${b}px body steps up by a ratio of ${th(q)}. The developer wants step ${k} (body = step 0) in whole pixels, computed exactly and rounded only once at the end, a half rounded up. What size is it, in px?`,
      show: plain(0, 'px'),
      figures: { b, q, k },
      key,
      wrong: [
        [each, 'rounds to a whole pixel at every step'],
        [floor(add(mul(b, power(r, k - 1)), frac(1, 2))), 'counts the body as step 1'],
        [floor(add(mul(b, power(r, k + 1)), frac(1, 2))), 'takes one step too many'],
        [floor(add(mul(b, add(1, mul(k, sub(r, 1)))), frac(1, 2))), 'steps the scale linearly'],
        [floor(mul(b, power(r, k))), 'truncates instead of rounding'],
        [eachUp, 'rounds up to a whole pixel at every step'],
        [eachDown, 'truncates to a whole pixel at every step'],
      ],
    }
  }),
  worked('ch-max-width-in-pixels', (rng) => {
    const N = rng.pick([45, 60, 65, 66, 70, 75])
    const z = rng.int(510, 620)
    const S = rng.int(16, 21)
    return {
      stem: `A text column is set to max-width: ${N}ch. One ch is the advance width of the digit 0, which in the chosen font is ${th(z)} of the em. The column's own font size is ${S}px (the body size) and the root is 16px. How wide is the column in px ${DP2}?`,
      show: px2,
      figures: { N, z, S },
      key: mul(N, thf(z), S),
      wrong: [
        [mul(N, S, frac(1, 2)), 'assumes a ch is half an em'],
        [frac(N * S), 'treats a ch as a full em'],
        [mul(N, thf(z), 16), 'takes the em at the 16px root'],
        [div(mul(N, S), thf(z)), 'divides by the digit width instead of multiplying'],
        [frac(N * 8), 'takes a half-em ch at the 16px root'],
      ],
    }
  }),
  worked('font-size-adjust-on-a-fallback-face', (rng) => {
    const S = rng.int(15, 22)
    const a = rng.int(440, 560)
    const U = rng.pick([1000, 2048])
    const X = Math.round((rng.int(420, 560) * U) / 1000)
    const x = frac(X, U)
    const other = U === 1000 ? 2048 : 1000
    if (Math.abs(a - Math.round((1000 * X) / U)) < 15) rest()
    return {
      stem: `Body text is font-size: ${S}px with font-size-adjust: ${th(a)}, so the browser scales any face until its x-height is ${th(a)} of ${S}px. The fallback face's metrics give an x-height of ${X} units on an em of ${U} units. At what font size in px does the fallback render, ${DP2}?`,
      show: px2,
      figures: { S, a, X, U },
      key: div(mul(S, thf(a)), x),
      wrong: [
        [mul(S, thf(a)), 'gives the target x-height, not the font size'],
        [div(mul(S, x), thf(a)), 'divides the ratios the wrong way round'],
        [mul(S, x), 'gives the fallback x-height at the set size'],
        [
          div(mul(S, thf(a)), frac(X, other)),
          `reads the x-height against a ${other}-unit em, not the face's own ${U}`,
        ],
      ],
    }
  }),
]
