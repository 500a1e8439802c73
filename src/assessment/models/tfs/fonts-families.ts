import {
  add,
  ceil,
  DP1,
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
  WHOLE,
  worked,
} from './tfs-text.js'

// Web font loading and performance as a designer budgets it before handing a type system over.
// Each stem states the file sizes, the compression saving, the font-display timeline and the
// connection, because the slips are a saving read as the remaining share, bytes taken as bits,
// italics forgotten in a request count, a size-adjust inverted and a preload that changes nothing.

const kb1 = plain(1, 'KB')
const ms0 = plain(0, 'ms')
const pct1 = plain(1, '%')
const count = (unit: string) => plain(0, unit)

export const FONTS_FAMILIES = [
  worked('subset-file-size-with-a-fixed-overhead', (rng) => {
    const F = rng.int(60, 240)
    const h = rng.int(6, 20)
    const G = rng.pick([600, 800, 1000, 1200, 2400])
    const g = rng.pick([100, 120, 200, 230, 300])
    return {
      stem: `A ${F} KB WOFF2 face holds ${G} glyphs. Assume ${h} KB of it is fixed tables and the rest scales with the glyph count. The site needs a Latin subset of ${g} glyphs. About how big is the subset, in KB ${DP1}?`,
      show: kb1,
      figures: { F, h, G, g },
      key: add(h, mul(F - h, frac(g, G))),
      wrong: [
        [mul(F, frac(g, G)), 'scales the whole file, fixed tables too'],
        [mul(F - h, frac(g, G)), 'leaves out the fixed tables'],
        [mul(F, sub(1, frac(g, G))), 'gives the share removed, not the share kept'],
        [add(h, mul(F, frac(g, G))), 'adds the fixed tables twice'],
        [add(h, mul(F - h, frac(G - g, G))), 'keeps the share of glyphs removed'],
      ],
    }
  }),
  worked('woff2-total-for-a-family', (rng) => {
    const T = rng.int(80, 320)
    const s = rng.int(30, 60)
    const w = rng.int(3, 6)
    return {
      stem: `Each of ${w} static weights is a ${T} KB TTF. Converting to WOFF2 makes each file ${s}% smaller. What do the ${w} WOFF2 files weigh in total, in KB ${DP1}?`,
      show: kb1,
      figures: { T, s, w },
      key: mul(w, T, frac(100 - s, 100)),
      wrong: [
        [mul(w, T, frac(s, 100)), 'takes the saving as the size that remains'],
        [mul(T, frac(100 - s, 100)), 'gives one file, not the family'],
        [div(mul(w, T), frac(100 + s, 100)), 'divides by one plus the saving'],
        [sub(mul(w, T), mul(T, frac(s, 100))), 'takes the saving off once for the family'],
        [frac(w * T), 'leaves the files as TTF'],
        [mul(T, frac(s, 100)), 'gives one file’s saving, not the family’s total'],
      ],
    }
  }),
  worked('variable-versus-static-bytes-saved', (rng) => {
    const w = rng.int(3, 6)
    const s = rng.int(25, 40)
    const V = rng.int(40, 70)
    const I = rng.int(40, 70)
    if (w * s <= V + 4) rest()
    return {
      stem: `A design uses ${w} weights, each in upright and italic. Static WOFF2 files are ${s} KB each. The variable version is one ${V} KB upright file and one ${I} KB italic file, covering every weight. How many KB does the variable version save, ${WHOLE}?`,
      show: plain(0, 'KB'),
      figures: { w, s, V, I },
      key: frac(2 * w * s - V - I),
      wrong: [
        [frac(w * s - V), 'compares the uprights only'],
        [frac(2 * w * s - V), 'leaves out the italic variable file'],
        [frac(V + I), 'gives the variable total, not the saving'],
        [frac(2 * w * s), 'gives the static total, not the saving'],
        [frac(w * s - I), 'compares the italics only'],
        [frac(2 * w * s + V + I), 'adds the variable files instead of taking them off'],
      ],
    }
  }),
  worked('fallback-face-visible-time-under-font-display-fallback', (rng) => {
    const t = rng.int(3, 48) * 100
    if (t === 3100 || t === 3000) rest()
    const late = t > 3100
    return {
      stem: `A face uses font-display: fallback: a 100 ms block period (text invisible), then a swap period until 3,100 ms after the request, after which a font that has not arrived is not swapped in on that page. The font arrives ${t} ms after the request. Over the first 5,000 ms, for how long is the fallback face shown?`,
      show: ms0,
      figures: { t },
      key: frac(late ? 4900 : t - 100),
      wrong: late
        ? [
            [frac(t - 100), 'swaps the font in after the swap period has ended'],
            [frac(3000), 'stops the fallback at the end of the swap period'],
            [frac(t), 'counts from the request, not the end of the block period'],
            [frac(5000), 'counts the block period as fallback time'],
          ]
        : [
            [frac(t), 'counts from the request, not the end of the block period'],
            [frac(3000), 'shows the fallback for the whole swap period'],
            [frac(4900), 'keeps the fallback as if the font were too late'],
            [frac(5000 - t), 'gives the time the web font is shown'],
          ],
    }
  }),
  worked('font-download-time-on-a-stated-connection', (rng) => {
    const K = rng.int(60, 400)
    const M = rng.pick([1, 2, 4, 5, 8, 10])
    const r = rng.int(60, 300)
    return {
      stem: `A page's fonts total ${K} KB (1 KB = 1,000 bytes) and load in parallel over one connection of ${M} Mbps (1 Mbps = 1,000,000 bits per second) after one round trip of ${r} ms. How long until they have all arrived, in ms ${WHOLE}?`,
      show: ms0,
      figures: { K, M, r },
      key: add(r, div(8 * K, M)),
      wrong: [
        [add(r, div(K, M)), 'takes bytes as bits'],
        [div(8 * K, M), 'leaves out the round trip'],
        [
          add(r, div(mul(8 * K, frac(1024, 1000)), M)),
          'counts a KB as 1,024 bytes against a decimal megabit',
        ],
        [add(2 * r, div(8 * K, M)), 'doubles the round trip, reading it as one way'],
        [div(K, M), 'takes bytes as bits and leaves out the round trip'],
      ],
    }
  }),
  worked('share-of-bytes-saved-by-subsetting', (rng) => {
    const F = rng.int(80, 400)
    const s = rng.int(15, 70)
    return {
      stem: `Subsetting a ${F} KB font file leaves a ${s} KB file. What share of the original bytes does subsetting save, as a percentage ${DP1}?`,
      show: pct1,
      figures: { F, s },
      key: div(mul(100, F - s), F),
      wrong: [
        [div(mul(100, s), F), 'gives the share kept'],
        [div(mul(100, F - s), s), 'divides the saving by the subset size'],
        [div(mul(100, F), s), 'gives the original as a percentage of the subset'],
        [frac(F - s), 'gives the saving in KB as if a percentage'],
        [div(F - s, F), 'leaves the share as a fraction, not times 100'],
      ],
    }
  }),
  worked('requests-saved-by-variable-fonts', (rng) => {
    const w = rng.int(3, 7)
    const f = rng.pick([1, 2])
    return {
      stem: `A site uses ${f} famil${f > 1 ? 'ies' : 'y'}, each in ${w} weights and each weight in upright and italic, one static file per style. Switching to variable fonts gives each family one upright and one italic file. How many font requests does the switch save per uncached page load?`,
      show: count('requests'),
      figures: { w, f },
      key: frac(f * (2 * w - 2)),
      wrong: [
        [frac(f * (w - 1)), 'forgets the italics'],
        [frac(f * (2 * w - 1)), 'assumes one variable file carries the italics too'],
        [frac(f * 2 * w), 'leaves out the variable files'],
        [frac(2 * f), 'gives the variable file count, not the saving'],
        [frac(f * w), 'counts one file saved per weight'],
        [frac(f * (2 * w + 2)), 'adds the variable files instead of taking them off'],
      ],
    }
  }),
  worked('size-adjust-for-a-metric-matched-fallback', (rng) => {
    const a = rng.int(480, 580)
    const b = rng.int(440, 600)
    if (Math.abs(a - b) < 10) rest()
    return {
      stem: `To cut layout shift, the designer scales the local fallback so its average character width matches the web font's. The web font's average width is ${th(a)} em and the fallback's ${th(b)} em. size-adjust scales the fallback's glyphs. What size-adjust percentage should the @font-face rule use, ${DP1}?`,
      show: pct1,
      figures: { a, b },
      key: div(mul(100, a), b),
      wrong: [
        [div(mul(100, b), a), 'divides the fallback width by the web font width'],
        [add(100, mul(100, sub(thf(a), thf(b)))), 'adds the width difference to 100%'],
        [mul(100, div(thf(a), thf(b)), div(thf(a), thf(b))), 'squares the ratio, for area'],
        [sub(100, mul(100, sub(thf(a), thf(b)))), 'takes the difference off 100%'],
      ],
    }
  }),
  worked('ascent-override-after-size-adjust', (rng) => {
    const u = rng.pick([1000, 2048])
    const asc = u === 1000 ? rng.int(850, 1050) : rng.int(1750, 2150)
    const sa = rng.int(900, 1120)
    if (sa === 1000) rest()
    return {
      stem: `A web font has ${u} units per em and an ascent of ${asc} units. Its fallback @font-face has size-adjust: ${th(sa * 100)}%. Since overrides are scaled by size-adjust, ascent-override = ascent ÷ units per em ÷ size-adjust. What ascent-override percentage gives the same ascent, ${DP2}?`,
      show: plain(2, '%'),
      figures: { u, asc, sa },
      key: div(div(mul(100, asc), u), thf(sa)),
      wrong: [
        [div(mul(100, asc), u), 'leaves out the size-adjust'],
        [mul(div(mul(100, asc), u), thf(sa)), 'multiplies by the size-adjust'],
        [
          div(div(mul(100, asc), u === 1000 ? 2048 : 1000), thf(sa)),
          'assumes the other common units per em',
        ],
        [div(div(div(mul(100, asc), u), thf(sa)), thf(sa)), 'divides by the size-adjust twice'],
      ],
    }
  }),
  worked('monthly-font-transfer-with-a-cache', (rng) => {
    const P = rng.int(20, 400) * 1000
    const c = rng.int(40, 85)
    const K = rng.int(60, 300)
    return {
      stem: `A client's site has ${P.toLocaleString('en-US')} page views a month; ${c}% of them come from browsers that already hold the fonts in cache. The fonts total ${K} KB. How many GB of font transfer a month is that (1 GB = 1,000,000 KB), ${DP2}?`,
      show: plain(2, 'GB'),
      figures: { P, c, K },
      key: div(mul(P, frac(100 - c, 100), K), 1000000),
      wrong: [
        [div(mul(P, frac(c, 100), K), 1000000), 'counts the cached views'],
        [div(mul(P, K), 1000000), 'leaves out the cache'],
        [
          div(mul(P, frac(100 - c, 100), K), 1048576),
          'divides by 1,048,576 against the stated decimal GB',
        ],
        [div(mul(P, frac(100 - c, 100), K), 1000), 'converts to MB, not GB'],
        [
          div(mul(P, frac(100 - c, 100), K), 1000000000),
          'divides by a billion, converting as if from bytes',
        ],
      ],
    }
  }),
  worked('layout-shift-from-a-font-swap', (rng) => {
    const N = rng.int(300, 900)
    const W = rng.int(32, 70) * 10
    const S = rng.int(15, 19)
    const a = rng.int(460, 520)
    const b = rng.int(530, 590)
    const L = rng.pick([1400, 1500, 1600])
    const lines = (c: number) => ceil(div(N, floor(div(W, mul(thf(c), S)))))
    const d = sub(lines(b), lines(a))
    if (d.n <= 0n) rest()
    const lh = mul(S, thf(L))
    return {
      stem: `A ${N}-character paragraph sits in a ${W}px column at ${S}px, line-height: ${th(L)}. The fallback face averages ${th(a)} em a character; the web font ${th(b)} em. Take whole characters per line (rounded down) and whole lines (rounded up). By how many px does the paragraph grow when the web font swaps in, ${DP2}?`,
      show: plain(2, 'px'),
      figures: { N, W, S, a, b, L },
      key: mul(d, lh),
      wrong: [
        [
          mul(sub(div(N, div(W, mul(thf(b), S))), div(N, div(W, mul(thf(a), S)))), lh),
          'skips rounding to whole characters and lines',
        ],
        [mul(d, S), 'takes a line as the font size'],
        [mul(lines(b), lh), 'gives the new height, not the growth'],
        [mul(d, 16, thf(L)), 'takes a line at the 16px default'],
      ],
    }
  }),
  worked('total-after-dropping-weights-and-converting-to-woff2', (rng) => {
    const w = rng.int(5, 9)
    const u = rng.int(2, w - 2)
    const T = rng.int(60, 200)
    const s = rng.int(30, 60)
    return {
      stem: `A theme loads ${w} static weights as ${T} KB TTF files, but the design uses only ${u}. The designer drops the rest and converts the kept ones to WOFF2, which makes each file ${s}% smaller. What will the fonts weigh, in KB ${DP1}?`,
      show: kb1,
      figures: { w, u, T, s },
      key: mul(u, T, frac(100 - s, 100)),
      wrong: [
        [mul(w, T, frac(100 - s, 100)), 'converts but keeps every weight'],
        [frac(u * T), 'drops weights but does not apply the saving'],
        [mul(u, T, frac(s, 100)), 'takes the saving as the size that remains'],
        [mul(w - u, T, frac(100 - s, 100)), 'keeps the unused weights instead'],
        [mul(u, T - s), 'takes the percentage saving as that many KB off each file'],
      ],
    }
  }),
  worked('base64-inlined-font-overhead', (rng) => {
    const T = rng.int(60, 200)
    const K = rng.int(14, 50)
    return {
      stem: `To avoid a request, a developer inlines a ${K} KB WOFF2 subset (the TTF it came from is ${T} KB) as a base64 data URI in the CSS. Base64 writes every 3 bytes as 4 characters of one byte each. By how many KB does the CSS grow, ${DP1}?`,
      show: kb1,
      figures: { T, K },
      key: mul(K, frac(4, 3)),
      wrong: [
        [mul(K, frac(3, 4)), 'scales by 3/4, the wrong way'],
        [frac(K), 'leaves out the base64 overhead'],
        [mul(K, 2), 'counts two characters a byte, as hex'],
        [mul(T, frac(4, 3)), 'inlines the TTF size'],
        [frac(T), 'inlines the TTF size without the overhead'],
      ],
    }
  }),
  worked('weights-that-fit-a-font-budget', (rng) => {
    const B = rng.int(150, 450)
    const o = rng.int(30, 80)
    const s = rng.int(18, 45)
    const w = Math.round((s * rng.pick([1300, 1350, 1400, 1450])) / 1000)
    const t = Math.round((s * rng.pick([2200, 2500, 2800])) / 1000)
    if ((B - o) % s === 0) rest()
    return {
      stem: `A performance budget allows ${B} KB for fonts. An icon font already takes ${o} KB. Each text weight is a ${s} KB WOFF2 file (${w} KB as the older WOFF, ${t} KB as the source TTF), and only the WOFF2 files are served. How many whole text weights fit within the budget?`,
      show: count('weights'),
      figures: { B, o, s, w, t },
      key: floor(div(B - o, s)),
      wrong: [
        [floor(div(B, s)), 'leaves out the icon font'],
        [ceil(div(B - o, s)), 'rounds up past the budget'],
        [floor(div(B + o, s)), 'adds the icon font to the budget'],
        [floor(div(B - 2 * o, s)), 'takes off the icon font twice'],
        [floor(div(B - o, w)), 'budgets with the WOFF file size'],
        [floor(div(B - o, t)), 'budgets with the source TTF file size'],
      ],
    }
  }),
  worked('font-arrival-time-with-a-preload', (rng) => {
    const h = rng.int(100, 400)
    const c = rng.int(100, 600)
    const f = rng.int(150, 500)
    return {
      stem: `The HTML arrives ${h} ms after navigation starts. The CSS then takes ${c} ms and a font file ${f} ms to fetch. Without a preload the font is requested only once the CSS has arrived; a <link rel="preload"> in the HTML starts it as soon as the HTML arrives, alongside the CSS. With the preload, when has the font arrived, in ms after navigation starts?`,
      show: ms0,
      figures: { h, c, f },
      key: frac(h + f),
      wrong: [
        [frac(h + c + f), 'waits for the CSS, as without the preload'],
        [frac(f), 'leaves out the HTML time'],
        [frac(h + Math.max(c, f)), 'waits for whichever of CSS and font is slower'],
        [frac(c + f), 'starts the font after the CSS but not after the HTML'],
        [frac(h + Math.min(c, f)), 'takes the faster of the two parallel fetches'],
        [frac(c), 'gives the time the preload saves, not when the font arrives'],
      ],
    }
  }),
]
