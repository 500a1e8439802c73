import { DP1, frac, KIB, n, PCT1, pct, plain, rest, WHOLE, worked } from './hed-text.js'

// Client limits and the build's weight. Gmail's clipping threshold, the line limit of the mail
// format, the encodings and Outlook's scaling are stated in each stem with the unit they count
// in; the slips are a kilobyte of 1,000 bytes, a conversion turned over, images counted into an
// HTML limit, and the bytes an encoding or a rewrite adds left out.

const LIMIT = 102 * 1024
const bytes = plain(0, 'bytes')
const kb = plain(1, 'KB')
const CLIP = `Gmail clips messages whose HTML exceeds 102 KB (${KIB}; images are not counted)`

export const CLIENT_BUILD_FAMILIES = [
  worked('bytes-to-cut-to-avoid-gmail-clipping', (rng) => {
    const h = LIMIT + rng.int(3, 40) * 1000 + rng.int(0, 999)
    const i = rng.int(40, 400) * 1000
    return {
      stem: `${CLIP}. A newsletter’s HTML is ${n(h)} bytes and its images ${n(i)} bytes. How many bytes of HTML must be cut, at least, so it is not clipped?`,
      show: bytes,
      figures: { h, i },
      key: frac(h - LIMIT, 1),
      wrong: [
        [frac(h - 102000, 1), 'counts 1,000 bytes to the KB'],
        [frac(h + i - LIMIT, 1), 'counts the images against the limit'],
        [frac(h - 100 * 1024, 1), 'uses a 100 KB limit'],
        [frac(h - 100000, 1), 'takes the limit as 100,000 bytes'],
        [
          frac((h - LIMIT) * 1000, 1024),
          'works the excess in KB and writes it as thousands of bytes',
        ],
      ],
    }
  }),
  worked('product-rows-before-gmail-clips', (rng) => {
    const h = rng.int(40, 85) * 1000 + rng.int(0, 999)
    const p = rng.int(30, 120) * 10 + rng.int(0, 9)
    const k = Math.floor((LIMIT - h) / p)
    return {
      stem: `${CLIP}. A template’s HTML is ${n(h)} bytes without products, and each product row adds ${n(p)} bytes. How many whole product rows can it hold without being clipped?`,
      show: plain(0),
      figures: { h, p },
      key: frac(k, 1),
      wrong: [
        [frac(Math.floor((102000 - h) / p), 1), 'counts 1,000 bytes to the KB'],
        [frac(Math.ceil((LIMIT - h) / p), 1), 'rounds a part row up'],
        [frac(Math.floor(LIMIT / p), 1), 'leaves out the template’s own HTML'],
        [frac(Math.floor((100 * 1024 - h) / p), 1), 'uses a 100 KB limit'],
        [frac(Math.floor((100000 - h) / p), 1), 'takes the limit as 100,000 bytes'],
      ],
    }
  }),
  worked('html-size-after-inlining-css', (rng) => {
    const h = rng.int(30, 70) * 1000 + rng.int(0, 999)
    const e = rng.int(3, 12) * 100 + rng.int(0, 99)
    const s = rng.int(30, 90)
    const k = rng.int(20, 90)
    return {
      stem: `Inlining copies a ${s}-byte style declaration into the style attribute of each of ${k} elements and removes the ${n(e)}-byte embedded rule it came from. The HTML was ${n(h)} bytes. What is its size afterwards, in KB (${KIB}) ${DP1}?`,
      show: kb,
      figures: { h, e, s, k },
      key: frac(h + k * s - e, 1024),
      wrong: [
        [frac(h + k * s - e, 1000), 'counts 1,000 bytes to the KB'],
        [frac(h + k * s, 1024), 'leaves the embedded rule in'],
        [frac(h + s - e, 1024), 'copies the declaration once'],
        [frac(h - e, 1024), 'leaves out the inlined copies'],
        [frac(h + k * s + e, 1024), 'adds the embedded rule instead of removing it'],
        [frac(h - k * s - e, 1024), 'takes the inlined copies off instead of adding them'],
      ],
    }
  }),
  worked('bytes-of-hidden-preheader-filler', (rng) => {
    const p = rng.int(9, 15) * 10
    const k = rng.int(35, 85)
    return {
      stem: `An inbox preview shows ${p} characters. The hidden preheader text is ${k} characters long and is followed by "&zwnj;&nbsp;" pairs, each pair showing as one preview character, to fill the rest of the preview. How many bytes of HTML do the pairs add?`,
      show: bytes,
      figures: { p, k },
      key: frac((p - k) * 12, 1),
      wrong: [
        [frac((p - k) * 6, 1), 'counts one entity per pair'],
        [frac(p - k, 1), 'counts a byte per pair'],
        [frac(p * 12, 1), 'fills the whole preview'],
        [frac((p - k) * 2, 1), 'counts the two characters each pair renders'],
        [frac((p + k) * 12, 1), 'adds the preheader to the preview length'],
      ],
    }
  }),
  worked('outlook-rendered-width-at-high-dpi', (rng) => {
    const w = rng.int(20, 60) * 10
    const d = rng.pick([120, 144])
    return {
      stem: `Outlook for Windows at ${d} dpi converts CSS pixels to points at 96 px to the inch (72 pt to the inch) and renders the points at ${d} dpi. An image without a width attribute, styled ${w}px wide, renders how many screen pixels wide ${WHOLE}?`,
      show: plain(0, 'px'),
      figures: { w, d },
      key: frac(w * d, 96),
      wrong: [
        [frac(w * 96, d), 'divides by the scale factor'],
        [frac(w, 1), 'assumes no scaling'],
        [frac(w * d, 72), 'renders the pixel figure as points'],
        [frac(w * 72, 96), 'stops at the point figure'],
        [frac(w * d * d, 96 * 96), 'applies the scaling twice'],
        [frac(w * 96 * d, 72 * 72), 'converts px to pt the wrong way before scaling'],
      ],
    }
  }),
  worked('total-weight-of-an-email', (rng) => {
    const h = rng.int(20, 95) * 1000 + rng.int(0, 999)
    const xs = [rng.int(15, 120), rng.int(15, 120), rng.int(15, 120)].map(
      (x) => x * 1000 + rng.int(0, 999),
    )
    const all = h + xs[0]! + xs[1]! + xs[2]!
    return {
      stem: `A campaign’s HTML is ${n(h)} bytes and it loads three images of ${xs.map(n).join(', ')} bytes. What is its total weight, in KB (${KIB}) ${DP1}?`,
      show: kb,
      figures: { h, x0: xs[0]!, x1: xs[1]!, x2: xs[2]! },
      key: frac(all, 1024),
      wrong: [
        [frac(all, 1000), 'counts 1,000 bytes to the KB'],
        [frac(all - h, 1024), 'leaves out the HTML'],
        [frac(h, 1024), 'counts only the HTML'],
        [frac(all - xs[2]!, 1024), 'leaves out the last image'],
        [frac(all + xs[0]! + xs[1]! + xs[2]!, 1024), 'counts each image twice'],
      ],
    }
  }),
  worked('lightness-after-dark-mode-inversion', (rng) => {
    const [a, b, c] = [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)]
    const hi = Math.max(a, b, c)
    const lo = Math.min(a, b, c)
    if (hi - lo < 40) rest()
    return {
      stem: `A client’s dark mode inverts HSL lightness, L′ = 100% − L, where L = (largest channel + smallest channel) / (2 × 255). What lightness does rgb(${a}, ${b}, ${c}) get, ${PCT1}?`,
      show: pct(),
      figures: { a, b, c },
      key: frac(510 - hi - lo, 510),
      wrong: [
        [frac(hi + lo, 510), 'gives the lightness before inversion'],
        [frac(255 - hi, 255), 'inverts the largest channel alone'],
        [frac(765 - a - b - c, 765), 'inverts the mean of the channels'],
        [frac(510 - hi - lo, 255), 'leaves out the halving'],
      ],
    }
  }),
  worked('bytes-saved-by-moving-a-repeated-inline-style-to-a-class', (rng) => {
    const k = rng.int(40, 300)
    const f = rng.int(40, 90)
    const c = rng.int(9, 14)
    const r = rng.int(50, 110)
    return {
      stem: `${k} cells each carry the same ${f}-byte inline style attribute. Replacing it with a ${c}-byte class attribute on each cell and one ${r}-byte rule in the embedded style block saves how many bytes of HTML?`,
      show: bytes,
      figures: { k, f, c, r },
      key: frac(k * (f - c) - r, 1),
      wrong: [
        [frac(k * f - r, 1), 'leaves out the class attributes'],
        [frac(k * (f - c), 1), 'leaves out the new rule'],
        [frac(k * f, 1), 'counts only the removed styles'],
        [frac(k * (f - c) + r, 1), 'adds the new rule instead of taking it off'],
        [frac((k - 1) * (f - c) - r, 1), 'keeps one cell’s inline style'],
      ],
    }
  }),
  worked('share-of-opens-in-clients-that-support-media-queries', (rng) => {
    const xs = [rng.int(20, 45), rng.int(10, 30), rng.int(5, 20), rng.int(3, 15)]
    // Of the four, only Outlook desktop (Word's renderer) ignores media queries in practice.
    const sup = [true, true, false, true]
    const inTotal = xs[0]! + xs[1]! + xs[2]! + xs[3]!
    const yes = xs.filter((_, i) => sup[i]).reduce((s, x) => s + x, 0)
    const names = ['Apple Mail', 'Gmail app', 'Outlook desktop', 'Samsung Mail']
    return {
      stem: `Of a list’s opens last month, ${names.map((m, i) => `${m} had ${xs[i]}%`).join(', ')}, and other clients the rest. The build is tested only in these four: ${names.filter((_, i) => !sup[i]).join('')} ignores the media queries and the others apply them. What percent of the four clients’ opens get the media queries, ${PCT1}?`,
      show: pct(),
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, x3: xs[3]!, off: sup.indexOf(false) },
      key: frac(yes, inTotal),
      wrong: [
        [frac(yes, 100), 'divides by all opens'],
        [frac(3, 4), 'counts clients instead of opens'],
        [frac(inTotal - yes, inTotal), 'gives the share that ignores them'],
        [frac(yes + (100 - inTotal), 100), 'counts the other clients as supporting them'],
      ],
    }
  }),
  worked('base64-image-growth-in-the-html', (rng) => {
    const b = rng.int(2, 30) * 1000 + rng.int(0, 999)
    return {
      stem: `An icon of ${n(b)} bytes is embedded as a data URI: base64 writes each 3 bytes (the last group padded) as 4 characters, after the 22-character prefix "data:image/png;base64,". How many characters does it add to the HTML?`,
      show: plain(0, 'characters'),
      figures: { b },
      key: frac(22 + 4 * Math.ceil(b / 3), 1),
      wrong: [
        [frac(4 * Math.ceil(b / 3), 1), 'leaves out the prefix'],
        [frac(22 + b, 1), 'counts the raw bytes'],
        [frac(22 + Math.ceil((3 * b) / 4), 1), 'shrinks by 3/4 instead of growing by 4/3'],
        [frac(22 + 2 * b, 1), 'doubles the bytes'],
        [frac(22 + 4 * b, 1), 'writes 4 characters for every byte'],
      ],
    }
  }),
  worked('html-size-after-click-tracking-rewrites', (rng) => {
    const h = rng.int(60, 98) * 1000 + rng.int(0, 999)
    const k = rng.int(20, 90)
    const a = rng.int(40, 90)
    const t = rng.int(110, 260)
    return {
      stem: `An ESP’s click tracking replaces each of ${k} links, averaging ${a} characters, with a ${t}-character tracking URL. The HTML was ${n(h)} bytes, one byte per character. How big is it after the rewrite, in KB (${KIB}) ${DP1}?`,
      show: kb,
      figures: { h, k, a, t },
      key: frac(h + k * (t - a), 1024),
      wrong: [
        [frac(h + k * (t - a), 1000), 'counts 1,000 bytes to the KB'],
        [frac(h + k * t, 1024), 'adds the tracking URLs without removing the links'],
        [frac(h + t - a, 1024), 'rewrites one link'],
        [frac(h, 1024), 'leaves out the rewrite'],
        [frac(h - k * (t - a), 1024), 'takes the growth off'],
        [frac(h + k * (t + a), 1024), 'adds the old link length as well'],
      ],
    }
  }),
  worked('utf8-bytes-of-a-subject-and-preheader', (rng) => {
    const a = rng.int(30, 90)
    const m = rng.int(2, 12)
    const e = rng.int(1, 4)
    return {
      stem: `A preheader has ${a} ASCII characters (1 byte each in UTF-8), ${m} accented letters such as é (2 bytes each) and ${e} emoji outside the Basic Multilingual Plane (4 bytes each). How many bytes is it in UTF-8?`,
      show: bytes,
      figures: { a, m, e },
      key: frac(a + 2 * m + 4 * e, 1),
      wrong: [
        [frac(a + m + e, 1), 'counts characters instead of bytes'],
        [frac(2 * (a + m + 2 * e), 1), 'counts UTF-16 code units as bytes'],
        [frac(a + 2 * m + 2 * e, 1), 'counts each emoji as 2 bytes'],
        [frac(a + 2 * m + 3 * e, 1), 'counts each emoji as 3 bytes'],
        [frac(2 * (a + m + e), 1), 'counts 2 bytes for every character'],
        [frac(a + 3 * m + 4 * e, 1), 'counts each accented letter as 3 bytes'],
      ],
    }
  }),
  worked('quoted-printable-size-of-the-html', (rng) => {
    const b = rng.int(30, 95) * 1000 + rng.int(0, 999)
    const e = rng.int(15, 60) * 100
    return {
      stem: `The HTML part is sent quoted-printable: each "=" sign in it becomes the three characters "=3D", and nothing else changes. The HTML is ${n(b)} bytes with ${n(e)} "=" signs. How many bytes is the encoded part (ignoring soft line breaks)?`,
      show: bytes,
      figures: { b, e },
      key: frac(b + 2 * e, 1),
      wrong: [
        [frac(b + 3 * e, 1), 'adds three bytes per sign'],
        [frac(b + e, 1), 'adds one byte per sign'],
        [frac(b, 1), 'leaves the signs as they are'],
        [frac(3 * e, 1), 'counts only the encoded signs'],
      ],
    }
  }),
  worked('minified-html-against-the-clip-limit', (rng) => {
    const h = LIMIT + rng.int(2, 12) * 1000 + rng.int(0, 999)
    const w = rng.int(12, 25)
    if (h * (100 - w) >= 100 * LIMIT) rest()
    return {
      stem: `${CLIP}. Minifying removes ${w}% of a ${n(h)}-byte HTML file. How far under the limit is the minified HTML, in bytes ${WHOLE}?`,
      show: bytes,
      figures: { h, w },
      key: frac(100 * LIMIT - h * (100 - w), 100),
      wrong: [
        [frac(100 * 102000 - h * (100 - w), 100), 'counts 1,000 bytes to the KB'],
        [frac(100 * LIMIT - h * w, 100), 'subtracts the removed part instead of what remains'],
        [frac(100 * LIMIT - h * (100 - w) + h * w, 100), 'removes the percent twice'],
        [frac(h * w, 100), 'gives the bytes removed'],
      ],
    }
  }),
  worked('outlook-points-to-screen-pixels-for-a-font', (rng) => {
    const f = rng.int(12, 22)
    const d = rng.pick([120, 144])
    return {
      stem: `Outlook for Windows converts a font-size in px to points at 72 pt per 96 px and renders points at ${d} dpi (72 pt to the inch). A ${f}px heading renders how many screen pixels tall in font size, ${DP1}?`,
      show: plain(1, 'px'),
      figures: { f, d },
      key: frac(f * d, 96),
      wrong: [
        [frac(f * 72, 96), 'stops at the point size'],
        [frac(f * d, 72), 'renders the pixel figure as points'],
        [frac(f, 1), 'assumes no scaling'],
        [frac(f * 96, d), 'divides by the scale factor'],
        [frac(f * d * d, 96 * 96), 'applies the scaling twice'],
        [frac(f * 96 * d, 72 * 72), 'converts px to pt the wrong way before scaling'],
      ],
    }
  }),
  worked('share-of-html-that-is-outlook-only', (rng) => {
    const h = rng.int(40, 98) * 1000 + rng.int(0, 999)
    const k = rng.int(6, 24)
    const g = rng.int(100, 300)
    return {
      stem: `A template’s HTML is ${n(h)} bytes in all. It holds ${k} Outlook ghost-table wrappers, each an opening and a closing <!--[if mso]> comment of ${g} bytes apiece. What percent of the HTML is Outlook-only, ${PCT1}?`,
      show: pct(),
      figures: { h, k, g },
      key: frac(2 * k * g, h),
      wrong: [
        [frac(k * g, h), 'counts one comment per wrapper'],
        [frac(2 * k * g, h - 2 * k * g), 'divides by the HTML without the wrappers'],
        [frac(2 * g, h), 'counts one wrapper'],
        [frac(h - 2 * k * g, h), 'gives the share that is not Outlook-only'],
      ],
    }
  }),
]
