import {
  add,
  ceil,
  DP2,
  DP3,
  div,
  floor,
  frac,
  mul,
  plain,
  rest,
  sub,
  th,
  thf,
  WHOLE,
  worked,
} from './tfs-text.js'

// Line length and spacing: how many characters a measure holds, how line-height inherits, how a
// baseline grid snaps it and how margins stack. Each stem states the average character width,
// the grid unit and the CSS rule the key depends on, because the slips are a character taken as
// a whole em, a line-height inherited as pixels when it recomputes (or the reverse), a grid
// snapped the wrong way and adjoining margins added when they collapse.

const px2 = plain(2, 'px')
const half = (x: ReturnType<typeof frac>) => floor(add(x, frac(1, 2)))
const chars = plain(0, 'characters')

export const MEASURE_FAMILIES = [
  worked('characters-per-line-from-a-measure', (rng) => {
    const W = rng.int(28, 80) * 10
    const c = rng.int(440, 560)
    const S = rng.int(15, 21)
    return {
      stem: `A text column is ${W}px wide and the body is ${S}px. In this face an average character (spaces included) is ${th(c)} em wide. About how many characters fit on a line, ${WHOLE}?`,
      show: chars,
      figures: { W, c, S },
      key: half(div(W, mul(thf(c), S))),
      wrong: [
        [half(div(W, S)), 'takes a character as a full em'],
        [half(div(W, mul(S, frac(1, 3)))), 'takes a character as a third of an em'],
        [half(div(W, mul(thf(c), 16))), 'uses the 16px root, not the body size'],
        [half(div(mul(W, thf(c)), S)), 'multiplies by the character width instead of dividing'],
        [half(div(W, mul(S, frac(3, 5)))), 'takes the 0.6 em width of a monospace face'],
      ],
    }
  }),
  worked('container-width-for-a-target-line-length', (rng) => {
    const N = rng.pick([55, 60, 65, 66, 70, 75])
    const c = rng.int(440, 560)
    const S = rng.int(16, 20)
    const P = rng.pick([16, 20, 24, 32])
    return {
      stem: `An article card should hold about ${N} characters per line at ${S}px, in a face whose average character is ${th(c)} em wide. The card has ${P}px of padding on each side and box-sizing: border-box. What width should the card be, in px ${DP2}?`,
      show: px2,
      figures: { N, c, S, P },
      key: add(mul(N, thf(c), S), 2 * P),
      wrong: [
        [mul(N, thf(c), S), 'leaves out the padding'],
        [add(mul(N, thf(c), S), P), 'adds the padding on one side only'],
        [add(mul(N, S, frac(1, 2)), 2 * P), 'assumes a character is half an em'],
        [add(mul(N, S), 2 * P), 'takes a character as a full em'],
        [add(mul(N, S, frac(3, 5)), 2 * P), 'takes the 0.6 em width of a monospace face'],
      ],
    }
  }),
  worked('unitless-line-height-recomputes-on-the-child', (rng) => {
    const S1 = rng.pick([14, 15, 17, 18])
    const S2 = rng.int(24, 44)
    const L = rng.pick([1250, 1375, 1400, 1500, 1600])
    return {
      stem: `An article sets font-size: ${S1}px; line-height: ${th(L)} (unitless). A pull quote inside it sets only font-size: ${S2}px. A unitless line-height is inherited as the number and multiplied by each element's own size. What is the pull quote's line height in px ${DP2}?`,
      show: px2,
      figures: { S1, S2, L },
      key: mul(thf(L), S2),
      wrong: [
        [mul(thf(L), S1), 'inherits the article’s computed line height'],
        [mul(thf(L), 16), 'multiplies by the 16px default'],
        [frac(S2), 'takes the line height as the font size'],
        [add(mul(thf(L), S1), sub(S2, S1)), 'adds the size difference to the parent’s line'],
      ],
    }
  }),
  worked('em-line-height-inherits-the-parent-pixels', (rng) => {
    const S1 = rng.pick([14, 15, 17, 18])
    const S2 = rng.int(26, 44)
    const L = rng.pick([1250, 1375, 1400, 1500, 1600])
    return {
      stem: `An article sets font-size: ${S1}px; line-height: ${th(L)}em. A heading inside it sets only font-size: ${S2}px. A line-height in em is computed on the article and inherited as that pixel length. What is the heading's line height in px ${DP2}?`,
      show: px2,
      figures: { S1, S2, L },
      key: mul(thf(L), S1),
      wrong: [
        [mul(thf(L), S2), 'recomputes the em on the heading, as for a unitless value'],
        [mul(thf(L), 16), 'takes the em at the 16px default'],
        [frac(S2), 'takes the line height as the heading size'],
        [mul(thf(L), S2, frac(S1, 16)), 'compounds the em through both sizes'],
      ],
    }
  }),
  worked('percentage-line-height-inherits-the-parent-pixels', (rng) => {
    const S1 = rng.pick([14, 15, 17, 18])
    const S2 = rng.int(11, 13)
    const P = rng.pick([130, 140, 150, 160, 175])
    return {
      stem: `A card sets font-size: ${S1}px; line-height: ${P}%. Its footnote sets only font-size: ${S2}px. A percentage line-height is computed on the card and inherited as that pixel length. What is the footnote's line height in px ${DP2}?`,
      show: px2,
      figures: { S1, S2, P },
      key: frac(S1 * P, 100),
      wrong: [
        [frac(S2 * P, 100), 'recomputes the percentage on the footnote'],
        [frac(16 * P, 100), 'takes the percentage of the 16px default'],
        [add(S2, frac(S1 * (P - 100), 100)), 'adds the card’s leading to the footnote size'],
        [
          mul(S2, frac(6, 5)),
          'assumes line-height is not inherited and takes normal, about 1.2 × the footnote size',
        ],
      ],
    }
  }),
  worked('line-height-snapped-up-to-a-baseline-grid', (rng) => {
    const u = rng.pick([4, 6])
    const S = rng.int(24, 48)
    const L = rng.pick([1100, 1150, 1200, 1250, 1300])
    const raw = mul(S, thf(L))
    const up = mul(ceil(div(raw, u)), u)
    const near = mul(half(div(raw, u)), u)
    if (up.n * raw.d === raw.n * up.d) rest()
    return {
      stem: `A heading is ${S}px and the designer wants at least ${th(L)} × the size as line height, snapped up to the next multiple of a ${u}px baseline grid. What line height does the developer set, in px?`,
      show: plain(0, 'px'),
      figures: { u, S, L },
      key: up,
      wrong: [
        [near, 'snaps to the nearest grid line, which here is below'],
        [mul(floor(div(raw, u)), u), 'snaps down to the grid line below'],
        [half(raw), 'rounds the raw value to a whole pixel, off the grid'],
        [add(up, u), 'adds a grid unit past the first multiple'],
        [mul(ceil(div(raw, 8)), 8), 'snaps to the 8px grid of most UI kits, not the stated grid'],
        [half(add(raw, u)), 'adds a grid unit to the raw value instead of snapping'],
        [mul(ceil(div(S, u)), u), 'snaps the font size instead of the line height'],
        [
          mul(ceil(div(sub(mul(2, raw), S), u)), u),
          'counts the leading twice, once above and once below the text',
        ],
        [
          add(mul(ceil(div(S, u)), u), mul(ceil(div(sub(raw, S), u)), u)),
          'snaps the font size and the leading up to the grid separately',
        ],
        [
          mul(ceil(div(mul(mul(ceil(div(S, u)), u), thf(L)), u)), u),
          'snaps the font size to the grid first, then the line height worked from it',
        ],
      ],
    }
  }),
  worked('stacked-paragraphs-height-on-a-rhythm', (rng) => {
    const lh = rng.pick([24, 26, 28, 30, 32])
    const k = rng.int(3, 6)
    const nl = rng.int(3, 8)
    const m = rng.pick([1, 2])
    return {
      stem: `In a text block, ${k} paragraphs of ${nl} lines each are set at a ${lh}px line height. Each paragraph has margin-bottom of ${m} line${m > 1 ? 's' : ''} (${m * lh}px), and the container has no bottom padding or border, so the last paragraph's margin collapses through it and does not count toward its height. How tall is the text block, in px?`,
      show: plain(0, 'px'),
      figures: { lh, k, nl, m },
      key: frac(k * nl * lh + (k - 1) * m * lh),
      wrong: [
        [frac(k * nl * lh + k * m * lh), 'counts the margin after the last paragraph'],
        [frac(k * nl * lh), 'leaves out the paragraph margins'],
        [frac(k * nl * lh + (k - 1) * m), 'adds the margin in lines as pixels'],
        [
          frac((k * nl + k - 1) * lh + (k - 1) * m * lh),
          'adds a blank line between paragraphs too',
        ],
        [frac(nl * lh + (k - 1) * m * lh), 'counts the lines of one paragraph only'],
      ],
    }
  }),
  worked('adjoining-margins-collapse-to-the-larger', (rng) => {
    const S = rng.int(24, 40)
    const a = rng.pick([500, 625, 750, 1000])
    const B = rng.int(16, 20)
    const b = rng.pick([1000, 1250, 1500, 2000])
    const ga = mul(S, thf(a))
    const gb = mul(B, thf(b))
    if (ga.n * gb.d === gb.n * ga.d) rest()
    return {
      stem: `A ${S}px heading has margin-bottom: ${th(a)}em and the ${B}px paragraph after it has margin-top: ${th(b)}em. They are normal block siblings, so their vertical margins collapse into one. What is the gap between them, in px ${DP2}?`,
      show: px2,
      figures: { S, a, B, b },
      key: atLeastOf(ga, gb),
      wrong: [
        [add(ga, gb), 'adds the two margins'],
        [atMostOf(ga, gb), 'keeps the smaller margin'],
        [mul(B, thf(a)), 'takes the heading’s em at the paragraph size'],
        [add(mul(16, thf(a)), mul(16, thf(b))), 'adds both margins at the 16px default'],
        [
          atLeastOf(mul(16, thf(a)), mul(16, thf(b))),
          'keeps the larger margin but at the 16px default',
        ],
      ],
    }
  }),
  worked('half-leading-above-the-glyphs', (rng) => {
    const S = rng.int(14, 24)
    const L = rng.pick([1250, 1333, 1400, 1500, 1750])
    const lh = mul(S, thf(L))
    return {
      stem: `Text is ${S}px with line-height: ${th(L)}. CSS splits the leading (line height minus font size) equally above and below the glyph box. To align the glyph box's top to a grid line, the designer needs the leading above it. What is it, in px ${DP2}?`,
      show: px2,
      figures: { S, L },
      key: div(sub(lh, S), 2),
      wrong: [
        [sub(lh, S), 'takes the whole leading above'],
        [div(lh, 2), 'halves the line height, not the leading'],
        [div(sub(lh, S), 4), 'splits the leading four ways'],
        [div(sub(mul(16, thf(L)), 16), 2), 'works at the 16px default size'],
        [sub(lh, frac(S, 2)), 'takes the line height less half the size'],
      ],
    }
  }),
  worked('unitless-line-height-for-a-pixel-target', (rng) => {
    const S = rng.pick([15, 17, 18, 19, 20, 22])
    const lh = rng.int(S + 5, S * 2)
    return {
      stem: `The site sets html { font-size: 62.5% } over a 16px browser default. The mock-up shows ${S}px body text on a ${lh}px line. The developer wants a unitless line-height, a multiple of the element's own font size, so it scales with the text. What value should it be, ${DP3}?`,
      show: plain(3),
      figures: { S, lh },
      key: div(lh, S),
      wrong: [
        [div(lh, 16), 'divides by the 16px default'],
        [div(S, lh), 'divides the size by the line height'],
        [div(sub(lh, S), S), 'gives only the leading as a share of the size'],
        [mul(div(lh, S), 100), 'writes the percentage figure as the unitless value'],
        [div(lh, 10), 'divides by the 10px root, writing the line height in rem'],
        [
          div(sub(lh, S), 2 * S),
          'gives only the half-leading above the text as a share of the size',
        ],
      ],
    }
  }),
  worked('font-size-that-gives-a-target-measure', (rng) => {
    const W = rng.int(50, 80) * 10
    const N = rng.pick([60, 65, 66, 70, 75])
    const c = rng.int(440, 560)
    return {
      stem: `A ${W}px column must hold about ${N} characters per line. In the client's face an average character (spaces included) is ${th(c)} em wide. What font size gives that measure, in px ${DP2}?`,
      show: px2,
      figures: { W, N, c },
      key: div(W, mul(N, thf(c))),
      wrong: [
        [div(W, N), 'takes a character as a full em'],
        [div(mul(W, thf(c)), N), 'multiplies by the character width instead of dividing'],
        [div(W, mul(N, frac(1, 2))), 'assumes a character is half an em'],
        [div(W, mul(N, frac(1, 3))), 'takes a character as a third of an em'],
      ],
    }
  }),
  worked('letter-spacing-shortens-the-line', (rng) => {
    const W = rng.int(30, 72) * 10
    const S = rng.int(15, 20)
    const c = rng.int(440, 560)
    const e = rng.pick([20, 25, 40, 50, 60])
    const w = mul(thf(c), S)
    return {
      stem: `A ${W}px column sets ${S}px text in a face whose average character is ${th(c)} em wide, with letter-spacing: ${th(e)}em added after every character. How many characters fit on a line, rounded down to a whole character?`,
      show: chars,
      figures: { W, S, c, e },
      key: floor(div(W, add(w, mul(thf(e), S)))),
      wrong: [
        [floor(div(W, w)), 'leaves out the letter-spacing'],
        [floor(div(W, add(w, thf(e)))), 'adds the letter-spacing in em as if px'],
        [floor(div(W, mul(S, add(1, thf(e))))), 'takes a character as a full em'],
        [
          ceil(div(W, add(w, mul(thf(e), S)))),
          'rounds up, leaving a character hanging past the column',
        ],
        [
          floor(div(W, add(w, mul(2, thf(e), S)))),
          'adds the letter-spacing on both sides of each character',
        ],
      ],
    }
  }),
  worked('extra-height-from-looser-leading', (rng) => {
    const S = rng.int(15, 20)
    const n = rng.int(8, 30)
    const L1 = rng.pick([1200, 1250, 1300])
    const L2 = rng.pick([1500, 1600, 1750])
    return {
      stem: `A ${n}-line text block at ${S}px moves from line-height: ${th(L1)} to line-height: ${th(L2)} (both unitless), with the line count unchanged. How many px taller does the block become, ${DP2}?`,
      show: px2,
      figures: { S, n, L1, L2 },
      key: mul(n, S, sub(thf(L2), thf(L1))),
      wrong: [
        [mul(S, sub(thf(L2), thf(L1))), 'gives the change for one line'],
        [mul(n - 1, S, sub(thf(L2), thf(L1))), 'counts the gaps between lines, not the lines'],
        [mul(n, 16, sub(thf(L2), thf(L1))), 'uses the 16px default size'],
        [mul(n, S, thf(L2)), 'gives the new height, not the change'],
        [mul(n, S, thf(L1)), 'gives the old height, not the change'],
      ],
    }
  }),
  worked('grid-snapped-line-height-written-unitless', (rng) => {
    const S = rng.pick([15, 17, 18, 19, 21])
    const u = rng.pick([4, 8])
    const L = rng.pick([1400, 1500, 1600])
    const raw = mul(S, thf(L))
    const near = mul(half(div(raw, u)), u)
    if (near.n === raw.n * near.d) rest()
    return {
      stem: `${S}px body text should have the multiple of a ${u}px grid nearest to ${th(L)} × its size as line height (a half rounded up), written as a unitless line-height. What value is that, ${DP3}?`,
      show: plain(3),
      figures: { S, u, L },
      key: div(near, S),
      wrong: [
        [thf(L), 'keeps the unsnapped ratio'],
        [div(near, 16), 'divides the snapped height by 16px'],
        [div(mul(ceil(div(raw, u)), u), S), 'snaps up, not to the nearest'],
        [div(near, u), 'gives the height in grid units'],
      ],
    }
  }),
  worked('words-per-line-from-average-word-length', (rng) => {
    const W = rng.int(40, 80) * 10
    const S = rng.pick([13, 14, 15, 18, 19, 20])
    const c = rng.int(450, 560)
    const wl = rng.pick([3, 4, 6, 7])
    const cpl = floor(div(W, mul(thf(c), S)))
    return {
      stem: `A ${W}px column sets ${S}px text in a face whose average character is ${th(c)} em wide. The client's copy averages ${wl} letters a word plus one space. First take whole characters per line (rounded down), then whole words per line (rounded down). How many words fit?`,
      show: plain(0, 'words'),
      figures: { W, S, c, wl },
      key: floor(div(cpl, wl + 1)),
      wrong: [
        [floor(div(cpl, wl)), 'leaves out the space after each word'],
        [floor(div(W, mul(S, wl + 1))), 'takes a character as a full em'],
        [ceil(div(cpl, wl + 1)), 'rounds the words up'],
        [floor(div(floor(div(W, mul(thf(c), 16))), wl + 1)), 'uses the 16px default size'],
        [floor(div(cpl, 6)), 'uses the five-letters-and-a-space typing convention'],
        [
          floor(div(floor(div(W, mul(S, frac(3, 5)))), wl + 1)),
          'takes the 0.6 em width of a monospace face',
        ],
        [
          floor(div(floor(div(W, mul(S, frac(1, 2)))), wl + 1)),
          'assumes a character is half an em',
        ],
      ],
    }
  }),
]

function atLeastOf(a: ReturnType<typeof frac>, b: ReturnType<typeof frac>) {
  return a.n * b.d >= b.n * a.d ? a : b
}
function atMostOf(a: ReturnType<typeof frac>, b: ReturnType<typeof frac>) {
  return a.n * b.d >= b.n * a.d ? b : a
}
