import {
  add,
  ceil,
  DP2,
  div,
  floor,
  frac,
  mul,
  plain,
  rest,
  sub,
  th,
  thf,
  worked,
} from './tfs-text.js'

// Layout and responsive type: columns and gutters, grid tracks, how many lines a block takes,
// where text truncates, and print points against screen pixels. Each stem states the grid, the
// unit and the conversion (1 CSS px = 1/96 in, 1pt = 1/72 in = 4/3 px), because the slips are a
// gutter counted once too often, a gap left out of an auto-fill track, a viewport taken for a
// container and a point taken for a pixel.

const px2 = plain(2, 'px')

export const LAYOUT_FAMILIES = [
  worked('column-width-on-a-grid', (rng) => {
    const C = rng.int(90, 140) * 10
    const n = rng.pick([4, 6, 8, 12])
    const g = rng.pick([16, 20, 24, 30, 32])
    return {
      stem: `A ${C}px content area has a ${n}-column grid with ${g}px gutters between columns and none at the outer edges. How wide is one column, in px ${DP2}?`,
      show: px2,
      figures: { C, n, g },
      key: div(C - (n - 1) * g, n),
      wrong: [
        [div(C, n), 'leaves out the gutters'],
        [div(C - n * g, n), 'counts a gutter per column'],
        [div(C - (n + 1) * g, n), 'adds gutters at both outer edges'],
        [sub(div(C, n), frac(g, 2)), 'takes half a gutter off each column'],
        [div(C, 2 * n - 1), 'treats each gutter as a column'],
      ],
    }
  }),
  worked('width-of-a-span-of-columns', (rng) => {
    const n = 12
    const g = rng.pick([16, 20, 24, 32])
    const col = rng.int(50, 90)
    const k = rng.int(3, 9)
    return {
      stem: `A 12-column grid has ${col}px columns and ${g}px gutters. An article body spans ${k} columns, including the gutters between them. How wide is it, in px?`,
      show: plain(0, 'px'),
      figures: { n, g, col, k },
      key: frac(k * col + (k - 1) * g),
      wrong: [
        [frac(k * col), 'leaves out the gutters inside the span'],
        [frac(k * (col + g)), 'counts a gutter for every column'],
        [frac(k * col + (k + 1) * g), 'adds the gutters outside the span too'],
        [div(k * (12 * col + 11 * g), 12), 'takes the span’s share of the whole grid'],
        [
          frac((k - 1) * (col + g)),
          'measures from the start of the first column to the start of the last',
        ],
      ],
    }
  }),
  worked('column-width-inside-page-margins', (rng) => {
    const V = rng.pick([360, 375, 390, 414, 768, 1024])
    const m = rng.pick([16, 20, 24, 32])
    const n = V < 700 ? 4 : 8
    const g = rng.pick([12, 16, 20, 24])
    return {
      stem: `At a ${V}px viewport the layout has ${m}px page margins each side and a ${n}-column grid with ${g}px gutters between columns. How wide is one column, in px ${DP2}?`,
      show: px2,
      figures: { V, m, n, g },
      key: div(V - 2 * m - (n - 1) * g, n),
      wrong: [
        [div(V - m - (n - 1) * g, n), 'takes off one margin only'],
        [div(V - (n - 1) * g, n), 'leaves out the margins'],
        [div(V - 2 * m, n), 'leaves out the gutters'],
        [div(V - 2 * m - n * g, n), 'counts a gutter per column'],
      ],
    }
  }),
  worked('height-of-a-text-block-from-its-length', (rng) => {
    const N = rng.int(400, 1400)
    const W = rng.int(30, 70) * 10
    const S = rng.int(15, 19)
    const c = rng.int(450, 560)
    const L = rng.pick([1400, 1500, 1600])
    const cpl = floor(div(W, mul(thf(c), S)))
    const lh = mul(S, thf(L))
    return {
      stem: `A ${N}-character product description sits in a ${W}px column at ${S}px, line-height: ${th(L)}, in a face whose average character is ${th(c)} em wide. Take whole characters per line (rounded down) and whole lines (rounded up). How tall is the block, in px ${DP2}?`,
      show: px2,
      figures: { N, W, S, c, L },
      key: mul(ceil(div(N, cpl)), lh),
      wrong: [
        [mul(floor(div(N, cpl)), lh), 'drops the last, partial line'],
        [mul(ceil(div(N, cpl)), S), 'takes a line as the font size'],
        [mul(ceil(div(N, floor(div(W, S)))), lh), 'takes a character as a full em'],
        [mul(div(N, div(W, mul(thf(c), S))), lh), 'keeps fractions of lines'],
        [
          mul(ceil(div(N, floor(div(W, mul(S, frac(3, 5)))))), lh),
          'takes the 0.6 em width of a monospace face',
        ],
      ],
    }
  }),
  worked('characters-shown-under-a-line-clamp', (rng) => {
    const W = rng.int(24, 40) * 10
    const S = rng.int(14, 18)
    const c = rng.int(450, 560)
    const k = rng.int(2, 4)
    const cpl = floor(div(W, mul(thf(c), S)))
    return {
      stem: `A card clamps its teaser to ${k} lines (line-clamp: ${k}) in a ${W}px column at ${S}px; the face's average character is ${th(c)} em wide. Assume full lines of whole characters (rounded down) and that the ellipsis takes the place of one character on the last line. About how many characters of the teaser show?`,
      show: plain(0, 'characters'),
      figures: { W, S, c, k },
      key: sub(mul(k, cpl), 1),
      wrong: [
        [mul(k, cpl), 'leaves no room for the ellipsis'],
        [sub(mul(k - 1, cpl), 1), 'counts the clamp as lines after the first'],
        [sub(mul(k, floor(div(W, S))), 1), 'takes a character as a full em'],
        [sub(mul(k, cpl), 3), 'takes the ellipsis as three full stops'],
      ],
    }
  }),
  worked('print-leading-to-css-line-height', (rng) => {
    const s = rng.pick([9, 10, 11, 12])
    const l = s + rng.pick([2, 3, 4, 5])
    return {
      stem: `A brand book sets body text ${s}/${l} pt (${s}pt type on ${l}pt leading). The web version keeps those proportions with 1pt = 4/3 CSS px. What line height in px does that give, ${DP2}?`,
      show: px2,
      figures: { s, l },
      key: mul(l, frac(4, 3)),
      wrong: [
        [frac(l), 'takes a point as a pixel'],
        [mul(l, frac(3, 4)), 'converts the points the wrong way'],
        [mul(l - s, frac(4, 3)), 'converts the extra leading only'],
        [mul(s, frac(4, 3)), 'converts the type size, not the leading'],
      ],
    }
  }),
  worked('physical-height-of-text-on-a-device', (rng) => {
    const S = rng.int(14, 20)
    const d = rng.pick([2, 3])
    const p = rng.pick([326, 401, 458, 460])
    return {
      stem: `On a phone with a device pixel ratio of ${d} and a ${p} ppi screen, body text is font-size: ${S}px (CSS px). How tall is the em box on the glass, in mm ${DP2} (1 in = 25.4 mm)?`,
      show: plain(2, 'mm'),
      figures: { S, d, p },
      key: div(mul(S, d, frac(254, 10)), p),
      wrong: [
        [div(mul(S, frac(254, 10)), p), 'leaves out the device pixel ratio'],
        [div(mul(S, frac(254, 10)), 96), 'uses the 96 px per inch of the CSS reference'],
        [div(mul(S, d, frac(254, 10)), 72), 'divides by 72, as for points'],
        [
          div(mul(S, frac(254, 10)), mul(p, d)),
          'divides by the pixel ratio instead of multiplying',
        ],
      ],
    }
  }),
  worked('lines-visible-above-the-fold', (rng) => {
    const H = rng.pick([640, 667, 720, 800, 844, 900])
    const h = rng.int(48, 96)
    const S = rng.int(16, 20)
    const L = rng.pick([1400, 1500, 1600])
    const lh = mul(S, thf(L))
    return {
      stem: `A ${H}px-tall viewport has a ${h}px sticky header. Article text is ${S}px with line-height: ${th(L)}. How many whole lines are visible below the header before scrolling?`,
      show: plain(0, 'lines'),
      figures: { H, h, S, L },
      key: floor(div(H - h, lh)),
      wrong: [
        [floor(div(H, lh)), 'leaves out the header'],
        [ceil(div(H - h, lh)), 'counts a partly cut line'],
        [floor(div(H - h, S)), 'takes a line as the font size'],
        [floor(div(H - 2 * h, lh)), 'takes the header off twice'],
      ],
    }
  }),
  worked('largest-size-that-fits-a-tracked-headline', (rng) => {
    const W = rng.int(30, 120) * 10
    const N = rng.int(12, 30)
    const c = rng.int(500, 600)
    const e = rng.pick([20, 40, 50, 80, 100])
    return {
      stem: `A one-line uppercase headline has ${N} characters, each averaging ${th(c)} em, with letter-spacing: ${th(e)}em after every character. It must fit a ${W}px box. What is the largest font size that fits, in px ${DP2}?`,
      show: px2,
      figures: { W, N, c, e },
      key: div(W, mul(N, add(thf(c), thf(e)))),
      wrong: [
        [div(W, mul(N, thf(c))), 'leaves out the letter-spacing'],
        [div(W, N), 'takes a character as a full em'],
        [div(W, add(mul(N, thf(c)), thf(e))), 'adds the letter-spacing once'],
        [
          div(W, mul(N, add(thf(c), mul(2, thf(e))))),
          'puts the letter-spacing on both sides of every character',
        ],
        [
          div(W, add(mul(N, thf(c)), mul(N - 1, thf(e)))),
          'spaces only the gaps between characters, not after the last one',
        ],
        [
          div(W, mul(N, sub(thf(c), thf(e)))),
          'subtracts the letter-spacing from the character width',
        ],
      ],
    }
  }),
  worked('small-viewport-units-under-a-browser-toolbar', (rng) => {
    const H = rng.pick([740, 800, 844, 896, 932])
    const t = rng.int(56, 120)
    const v = rng.int(6, 12)
    return {
      stem: `A landing page sets its hero title to font-size: ${v}svh. On a phone whose full (large) viewport is ${H}px tall, the browser toolbar takes ${t}px while shown; svh is 1% of the small viewport, the height with the toolbar shown. What size is the title, in px ${DP2}?`,
      show: px2,
      figures: { H, t, v },
      key: div(mul(v, H - t), 100),
      wrong: [
        [div(mul(v, H), 100), 'takes the large viewport, as for lvh'],
        [div(mul(v, t), 100), 'gives the drop the toolbar causes, not the size'],
        [div(mul(v, H - 2 * t), 100), 'takes the toolbar off twice'],
        [div(mul(v, H + t), 100), 'adds the toolbar instead of taking it off'],
      ],
    }
  }),
  worked('card-width-from-auto-fill-minmax', (rng) => {
    const C = rng.int(60, 140) * 10
    const M = rng.pick([180, 200, 220, 240, 260, 280])
    const g = rng.pick([16, 20, 24, 32])
    const k = Number(floor(div(C + g, M + g)).n)
    const kk = Number(floor(div(C, M)).n)
    if (k < 2) rest()
    return {
      stem: `A card list is grid-template-columns: repeat(auto-fill, minmax(${M}px, 1fr)) with gap: ${g}px in a ${C}px container. The grid makes as many columns as fit with their gaps, then shares the rest out. How wide is each card, in px ${DP2}?`,
      show: px2,
      figures: { C, M, g },
      key: div(C - (k - 1) * g, k),
      wrong: [
        [div(C - (kk - 1) * g, kk), 'counts the columns without their gaps'],
        [frac(M), 'stops at the minimum width'],
        [div(C, k), 'leaves out the gaps'],
        [div(C - k * g, k), 'counts a gap per column'],
      ],
    }
  }),
  worked('characters-before-an-ellipsis', (rng) => {
    const W = rng.int(16, 40) * 10
    const S = rng.int(14, 18)
    const c = rng.int(450, 560)
    const e = rng.int(800, 1000)
    return {
      stem: `A single-line label (text-overflow: ellipsis) is ${W}px wide at ${S}px. Its characters average ${th(c)} em and the ellipsis glyph is ${th(e)} em wide. About how many whole characters show before the ellipsis, rounded down?`,
      show: plain(0, 'characters'),
      figures: { W, S, c, e },
      key: floor(div(sub(W, mul(thf(e), S)), mul(thf(c), S))),
      wrong: [
        [floor(div(W, mul(thf(c), S))), 'leaves no room for the ellipsis'],
        [ceil(div(sub(W, mul(thf(e), S)), mul(thf(c), S))), 'rounds up a character that is cut'],
        [floor(div(sub(W, mul(thf(e), S)), S)), 'takes a character as a full em'],
        [
          floor(div(sub(W, mul(3, thf(c), S)), mul(thf(c), S))),
          'allows three characters for the ellipsis',
        ],
      ],
    }
  }),
  worked('leading-in-device-pixels', (rng) => {
    const l = rng.pick([12, 13, 14, 15, 16, 18])
    const d = rng.pick([2, 3])
    return {
      stem: `A print spec gives ${l}pt leading. The developer converts it with 1pt = 4/3 CSS px, and the phone draws each CSS px as ${d} device pixels. How many device pixels is one line, ${DP2}?`,
      show: plain(2, 'device px'),
      figures: { l, d },
      key: mul(l, frac(4, 3), d),
      wrong: [
        [mul(l, frac(4, 3)), 'stops at CSS px'],
        [frac(l * d), 'takes a point as a CSS px'],
        [mul(l, frac(3, 4), d), 'converts the points the wrong way'],
        [mul(l, frac(300, 72)), 'converts at a 300 dpi print resolution'],
      ],
    }
  }),
  worked('point-size-in-image-pixels-at-a-dpi', (rng) => {
    const P = rng.pick([8, 9, 10, 11, 12, 14, 18])
    const D = rng.pick([150, 200, 300])
    return {
      stem: `A client's PDF brochure is rasterised at ${D} dpi for a web preview. How many image pixels tall is the em of ${P}pt type (1pt = 1/72 in), ${DP2}?`,
      show: plain(2, 'image px'),
      figures: { P, D },
      key: div(mul(P, D), 72),
      wrong: [
        [mul(P, frac(4, 3)), 'gives CSS px at 96 per inch'],
        [div(mul(P, D), 96), 'divides by 96, as for CSS px'],
        [div(mul(P, 72), D), 'divides by the dpi instead of multiplying'],
        [frac(P), 'takes a point as a pixel'],
      ],
    }
  }),
  worked('container-query-unit-font-size', (rng) => {
    const A = rng.pick([750, 875, 1000])
    const B = rng.int(2, 5)
    const w = rng.int(28, 70) * 10
    const V = rng.pick([1280, 1440, 1920])
    return {
      stem: `A card title is font-size: calc(${th(A)}rem + ${B}cqi) with 1rem = 16px. 1cqi is 1% of the inline size of the query container, here the ${w}px card, in a ${V}px viewport. What size is the title, in px ${DP2}?`,
      show: px2,
      figures: { A, B, w, V },
      key: add(mul(thf(A), 16), frac(B * w, 100)),
      wrong: [
        [add(mul(thf(A), 16), frac(B * V, 100)), 'takes the viewport, as for vw'],
        [add(mul(thf(A), 16), B * w), 'leaves out the division by 100'],
        [add(mul(thf(A), 16), B), 'adds the cqi figure as pixels'],
        [add(thf(A), frac(B * w, 100)), 'adds the rem figure unconverted'],
        [frac(B * w, 100), 'leaves out the rem term'],
      ],
    }
  }),
]
