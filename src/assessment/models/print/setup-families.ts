import { VariantError } from '../assemble-variant.js'
import { ceilDiv, client, count, family, inch, mm, share } from './print-text.js'

// Document setup and resolution. Sizes: ISO 216 A0 is 841 × 1189 mm and B0 1000 × 1414 mm, each
// next size halving the long side rounded down to the millimetre; US letter is 8.5 × 11 in,
// tabloid 11 × 17 in. One inch is 25.4 mm and 72 points. Every rule a key needs is in its stem.

/** ISO trims in millimetres [name, width, height]. */
const ISO_TRIMS = [
  ['A4', 210, 297],
  ['A5', 148, 210],
  ['A6', 105, 148],
  ['A3', 297, 420],
  ['DL', 99, 210],
  ['B5', 176, 250],
] as const
/** `A4` → `An A4`, `B5` → `A B5`: the article a size name takes at the start of a sentence. */
const aSize = (name: string): string => (/^A\d/.test(name) ? `An ${name}` : `A ${name}`)

/** US trims in thousandths of an inch [name, width, height]. */
const US_TRIMS = [
  ['US letter', 8500, 11000],
  ['US half letter', 5500, 8500],
  ['US tabloid', 11000, 17000],
  ['6 × 4 in postcard', 6000, 4000],
  ['5 × 7 in card', 5000, 7000],
] as const

/** The short side of size `n` of a series whose size 0 is `s0` × `l0`, halving with `halve`. */
function seriesSize(s0: number, l0: number, n: number, halve: (x: number) => number): number {
  let [s, l] = [s0, l0]
  for (let i = 0; i < n; i++) [s, l] = [halve(l), s]
  return s
}

export const SETUP_FAMILIES = [
  family('iso-trim-with-bleed-mm', (rng) => {
    const [name, w, h] = rng.pick(ISO_TRIMS)
    const b = rng.pick([3, 5])
    const s = rng.pick([4, 5, 6])
    const side = rng.pick(['width', 'height'] as const)
    const t = side === 'width' ? w : h
    return {
      stem: `${aSize(name)} leaflet for ${client(rng)} is trimmed to ${w} × ${h} mm. The printer asks for ${b} mm bleed on every edge and text kept ${s} mm inside the trim. What ${side} should the PDF's page (its bleed box) be?`,
      key: mm(t + 2 * b),
      wrong: [
        [mm(t + b), 'adds the bleed to one edge only'],
        [mm(t), 'sends the trim size with no bleed'],
        [mm(t + 4 * b), 'adds the bleed twice to each edge'],
        [mm(t + 2 * b + 2 * s), 'adds the safe margin to the bleed'],
        [mm(t - 2 * s), 'gives the safe (live) area instead'],
        [mm(t + 2 * b - 2 * s), 'takes the safe margin off the bleed size'],
      ],
      figures: { t, b, s },
    }
  }),
  family('us-trim-with-bleed-inches', (rng) => {
    const [name, w, h] = rng.pick(US_TRIMS)
    const b = 125
    const s = rng.pick([125, 250])
    const side = rng.pick(['width', 'height'] as const)
    const t = side === 'width' ? w : h
    return {
      stem: `A ${name} piece (${w / 1000} × ${h / 1000} in trimmed) needs 0.125 in bleed on every edge and a ${s / 1000} in safe margin inside the trim. What ${side} should the document be set up at, bleed included?`,
      key: inch(t + 2 * b),
      wrong: [
        [inch(t + b), 'adds the bleed to one edge only'],
        [inch(t), 'sends the trim size with no bleed'],
        [inch(t + 4 * b), 'adds a quarter inch to each edge'],
        [inch(t + 2 * b + 2 * s), 'adds the safe margin to the bleed'],
        [inch(t - 2 * s), 'gives the safe (live) area instead'],
      ],
      figures: { t, b, s },
    }
  }),
  family('live-area-inside-safe-margin', (rng) => {
    const [name, w, h] = rng.pick(ISO_TRIMS)
    const b = 3
    const s = rng.pick([4, 5, 6, 8, 10])
    const side = rng.pick(['width', 'height'] as const)
    const t = side === 'width' ? w : h
    return {
      stem: `${aSize(name)} poster (${w} × ${h} mm trimmed) is set up with 3 mm bleed on every edge. The printer's safe margin is ${s} mm inside the trim on every edge. What ${side} is the live area that text must stay within?`,
      key: mm(t - 2 * s),
      wrong: [
        [mm(t - s), 'takes the margin off one edge only'],
        [mm(t + 2 * b - 2 * s), 'measures the margin from the bleed edge'],
        [mm(t - 2 * s - 2 * b), 'takes the bleed off as well'],
        [mm(t + 2 * b), 'gives the bleed size'],
        [mm(t), 'gives the trim size'],
      ],
      figures: { t, s, b },
    }
  }),
  family('iso-a-series-short-side', (rng) => {
    const n = rng.int(2, 8)
    const down = (x: number) => Math.floor(x / 2)
    const up = (x: number) => Math.ceil(x / 2)
    const key = seriesSize(841, 1189, n, down)
    return {
      stem: `ISO 216 sizes: A0 is 841 × 1189 mm, and each next size is made by halving the one before across its long side, rounding down to the whole millimetre. What is the short side of A${n}?`,
      key: mm(key),
      wrong: [
        [mm(seriesSize(841, 1189, n, up)), 'rounds each halving up'],
        [mm(seriesSize(841, 1189, n - 1, down)), `gives the short side of A${n - 1}`],
        [mm(seriesSize(841, 1189, n + 1, down)), `gives the short side of A${n + 1}`],
        [mm(seriesSize(1000, 1414, n, down)), `gives the short side of B${n}`],
        [mm(Math.floor(841 / 2 ** n)), 'halves both sides at each size, quartering the area'],
      ],
      figures: { n },
    }
  }),
  family('iso-b-series-long-side', (rng) => {
    const n = rng.int(3, 7)
    const down = (x: number) => Math.floor(x / 2)
    const up = (x: number) => Math.ceil(x / 2)
    const long = (s0: number, l0: number, k: number, h: (x: number) => number) =>
      seriesSize(s0, l0, k - 1, h)
    return {
      stem: `ISO 216 B sizes: B0 is 1000 × 1414 mm, and each next size halves the one before across its long side, rounding down to the whole millimetre. What is the long side of B${n}?`,
      key: mm(long(1000, 1414, n, down)),
      wrong: [
        [mm(long(1000, 1414, n, up)), 'rounds each halving up'],
        [mm(seriesSize(1000, 1414, n, down)), 'gives the short side'],
        [mm(long(1000, 1414, n + 1, down)), `gives the long side of B${n + 1}`],
        [mm(long(1000, 1414, n - 1, down)), `gives the long side of B${n - 1}`],
        [mm(long(841, 1189, n, down)), `gives the long side of A${n}`],
        [mm(long(841, 1189, n - 1, down)), `gives the long side of A${n - 1}`],
        [mm(long(1000, 1414, n - 2, down)), `gives the long side of B${n - 2}`],
        [mm(Math.floor(1414 / 2 ** n)), 'halves both sides at each size, quartering the area'],
      ],
      figures: { n },
    }
  }),
  family('effective-ppi-after-scaling', (rng) => {
    const native = rng.pick([300, 240, 350, 400, 200])
    const scale = rng.pick([110, 120, 125, 130, 140, 150, 160, 175, 80, 75, 60, 50])
    return {
      stem: `A photo saved at ${native} ppi is placed in the layout at ${scale} % of its size. The layout app reports effective resolution as the image's ppi divided by the scale (as a fraction of 100 %). What is its effective resolution, to the whole ppi?`,
      key: count('ppi')(share(native, 100, scale)),
      wrong: [
        [count('ppi')(share(native, scale, 100)), 'multiplies by the scale instead of dividing'],
        [count('ppi')(native), 'keeps the native ppi, as if scaling changed nothing'],
        [count('ppi')(native - (scale - 100)), 'takes the percentage change off the ppi as points'],
        [count('ppi')(share(native, 100, scale * 2)), 'halves it as if it were a line screen'],
        [count('ppi')(share(72, 100, scale)), 'starts from 72 ppi, the screen default'],
      ],
      figures: { native, scale },
    }
  }),
  family('effective-ppi-from-placed-width', (rng) => {
    const px = rng.int(12, 60) * 100
    const w = rng.int(60, 300)
    const b = 3
    return {
      stem: `An image ${px.toLocaleString('en-GB')} pixels wide is placed ${w} mm wide on the trimmed page (it does not run into the bleed). One inch is 25.4 mm. What is its effective resolution across, to the whole ppi?`,
      key: count('ppi')(share(px * 254, 1, w * 10)),
      wrong: [
        [count('ppi')(share(px * 10, 1, w)), 'gives pixels per centimetre'],
        [
          count('ppi')(share(px * 254, 1, (w - 2 * b) * 10)),
          'takes the bleed off a width that has none',
        ],
        [count('ppi')(share(px * 25, 1, w)), 'uses 25 mm to the inch'],
        [
          count('ppi')(share(px * 254, 1, (w + 2 * b) * 10)),
          'divides by the width plus bleed it does not have',
        ],
        [count('ppi')(share(px * 254, 1, w * 100)), 'uses 2.54 to the inch with millimetres'],
      ],
      figures: { px, w, b },
    }
  }),
  family('pixels-needed-with-bleed', (rng) => {
    const [name, w, h] = rng.pick(US_TRIMS)
    const ppi = rng.pick([300, 350])
    const side = rng.pick(['width', 'height'] as const)
    const t = side === 'width' ? w : h
    return {
      stem: `A full-bleed photo must cover a ${name} page (${w / 1000} × ${h / 1000} in) plus 0.125 in bleed on every edge at ${ppi} ppi. How many pixels does it need along the ${side}, rounded up to the whole pixel?`,
      key: count('px')(ceilDiv((t + 250) * ppi, 1000)),
      wrong: [
        [count('px')(ceilDiv(t * ppi, 1000)), 'leaves out the bleed'],
        [count('px')(ceilDiv((t + 125) * ppi, 1000)), 'adds bleed to one edge only'],
        [count('px')(ceilDiv((t + 250) * 72, 1000)), 'works at 72 ppi'],
        [count('px')(ceilDiv((t + 250) * 150, 1000)), 'works at the 150 lpi screen, not the ppi'],
        [count('px')(ceilDiv((t + 500) * ppi, 1000)), 'adds a quarter inch to each edge'],
      ],
      figures: { t, ppi },
    }
  }),
  family('pixels-from-line-screen', (rng) => {
    const lpi = rng.pick([133, 150, 175, 85, 120])
    const w = rng.int(3, 16) * 500
    return {
      stem: `The printer runs ${lpi} lpi and asks for images at twice the line screen in ppi. An image will print ${w / 1000} in wide. How many pixels wide must it be, rounded up to the whole pixel?`,
      key: count('px')(ceilDiv(2 * lpi * w, 1000)),
      wrong: [
        [count('px')(ceilDiv(lpi * w, 1000)), 'uses the lpi as the ppi'],
        [count('px')(ceilDiv(300 * w, 1000)), 'uses 300 ppi, not the stated rule'],
        [count('px')(ceilDiv(3 * lpi * w, 2000)), 'uses a 1.5× quality factor'],
        [count('px')(ceilDiv(4 * lpi * w, 1000)), 'doubles the ppi again'],
        [count('px')(ceilDiv(2 * lpi * w * 100, 254 * 1000)), 'treats the width as centimetres'],
      ],
      figures: { lpi, w },
    }
  }),
  family('largest-print-at-minimum-ppi', (rng) => {
    const px = rng.int(15, 60) * 100
    const min = rng.pick([300, 250, 240, 200])
    const f = (per: number) => Math.floor((px * 254) / (per * 10))
    return {
      stem: `A client's photo is ${px.toLocaleString('en-GB')} pixels wide. The printer needs at least ${min} ppi. How wide can it print, in whole millimetres rounded down (25.4 mm to the inch)?`,
      key: mm(f(min)),
      wrong: [
        [mm(f(72)), 'uses 72 ppi'],
        [mm(f(min * 2)), 'doubles the ppi as for a line screen'],
        [mm(Math.floor((px * 10) / min)), 'uses 10 mm to the inch'],
        [mm(Math.floor((px * 254) / (min * 100))), 'gives centimetres as millimetres'],
        [mm(f(Math.floor(min / 2))), 'halves the ppi as if it were the line screen'],
      ],
      figures: { px, min },
    }
  }),
  family('largest-scale-percent', (rng) => {
    const native = rng.pick([300, 350, 400, 450])
    const min = rng.pick([200, 225, 240, 250, 300])
    if (min >= native) throw new VariantError('no enlargement')
    return {
      stem: `A photo is saved at ${native} ppi at 100 %. The printer accepts an effective resolution down to ${min} ppi. What is the largest scale it can be placed at, in whole percent rounded down?`,
      key: `${Math.floor((native * 100) / min)}%`,
      wrong: [
        [`${Math.floor((min * 100) / native)}%`, 'divides the minimum by the native ppi'],
        [
          `${100 + Math.floor(((native - min) * 100) / native)}%`,
          'adds the ppi lost as a share of the native ppi',
        ],
        [`${100 + native - min}%`, 'adds the ppi difference as percentage points'],
        [`${Math.floor((native * 100) / 300)}%`, 'uses 300 ppi, not the stated minimum'],
        [`${Math.floor((native * 200) / min)}%`, 'doubles the scale'],
      ],
      figures: { native, min },
    }
  }),
  family('bleed-in-points', (rng) => {
    const b = rng.pick([3, 5, 2, 4, 6, 10])
    const p = (num: number, den: number) => `${(share(num * 100, 1, den) / 100).toFixed(2)} pt`
    return {
      stem: `An app wants the ${b} mm bleed entered in points. One inch is 25.4 mm and 72 points. What is it in points, to two decimals?`,
      key: p(b * 720, 254),
      wrong: [
        [p(b * 254, 720), 'divides by the points per millimetre'],
        [p(b * 720, 2540), 'treats the bleed as centimetres'],
        [p(b * 7227, 2540), 'uses 72.27 points to the inch (the TeX point)'],
        [p(b * 72, 25), 'uses 25 mm to the inch'],
        [p(b * 7200, 254), 'misplaces the decimal'],
        [p(b * 12 * 720, 254 * 12 * 12), 'gives picas, not points'],
      ],
      figures: { b },
    }
  }),
  family('spread-document-width', (rng) => {
    const [name, w, h] = rng.pick(ISO_TRIMS)
    const b = 3
    return {
      stem: `${aSize(name)} brochure (${w} × ${h} mm pages) is built as facing-page spreads for a press PDF exported as spreads, 3 mm bleed on the outer edges only (none at the spine, where the pages join). What is the width of one spread with its bleed?`,
      key: mm(2 * w + 2 * b),
      wrong: [
        [mm(2 * w + 4 * b), 'adds bleed at the spine too'],
        [mm(2 * w), 'leaves out the bleed'],
        [mm(w + 2 * b), 'gives one page with bleed'],
        [mm(2 * h + 2 * b), 'doubles the height, not the width'],
        [mm(2 * w + b), 'adds bleed to one outer edge only'],
      ],
      figures: { w, h, b },
    }
  }),
  family('scaled-artwork-ppi', (rng) => {
    const k = rng.pick([2, 4, 5, 10])
    const ppi = rng.pick([100, 120, 150, 75])
    return {
      stem: `A ${rng.int(2, 6)} m banner is built at 1:${k} scale because the layout app caps page size. The large-format printer wants ${ppi} ppi at full size. At what ppi must the images be in the 1:${k} document?`,
      key: count('ppi')(ppi * k),
      wrong: [
        [count('ppi')(Math.round(ppi / k)), 'divides by the scale'],
        [count('ppi')(ppi), 'keeps the full-size ppi'],
        [count('ppi')(ppi * k * k), 'multiplies by the area ratio'],
        [count('ppi')(300 * k), 'starts from 300 ppi, not the stated figure'],
        [count('ppi')(ppi + k * 100), 'adds the scale as hundreds'],
      ],
      figures: { k, ppi },
    }
  }),
  family('fill-frame-effective-ppi', (rng) => {
    const [name, w, h] = rng.pick(ISO_TRIMS)
    const b = 3
    const pw = rng.int(20, 50) * 100
    const ph = Math.round(pw * rng.pick([0.6, 0.667, 0.75, 0.8, 1.25, 1.5]))
    const [fw, fh] = [w + 2 * b, h + 2 * b]
    const ppiW = (pw * 254) / (fw * 10)
    const ppiH = (ph * 254) / (fh * 10)
    const r = (x: number) => Math.floor(x)
    return {
      stem: `A ${pw.toLocaleString('en-GB')} × ${ph.toLocaleString('en-GB')} px photo is scaled proportionally to fill ${aSize(name).replace(/^A/, 'a')} page with 3 mm bleed (${fw} × ${fh} mm), cropping the overflow. 25.4 mm is an inch. What is its effective resolution, in whole ppi rounded down?`,
      key: count('ppi')(r(Math.min(ppiW, ppiH))),
      wrong: [
        [count('ppi')(r(Math.max(ppiW, ppiH))), 'scales to fit the other side, leaving a gap'],
        [
          count('ppi')(r(Math.min((pw * 254) / (w * 10), (ph * 254) / (h * 10)))),
          'fills the trim, not the bleed',
        ],
        [count('ppi')(r(Math.min((pw * 10) / fw, (ph * 10) / fh))), 'gives pixels per centimetre'],
        [count('ppi')(r((ppiW + ppiH) / 2)), 'averages the two directions'],
      ],
      figures: { pw, ph, fw, fh, w, h },
    }
  }),
  family('megapixels-for-print', (rng) => {
    const w = rng.int(4, 16)
    const h = rng.int(4, 20)
    const ppi = rng.pick([300, 240, 200])
    const mp = (a: number) => `${(share(a, 1, 100_000) / 10).toFixed(1)} MP`
    return {
      stem: `A client asks what size camera file will print ${w} × ${h} in at ${ppi} ppi with no crop or bleed. How many megapixels (millions of pixels), to one decimal?`,
      key: mp(w * h * ppi * ppi),
      wrong: [
        [
          mp(share(w * h * ppi * ppi, 1_000_000, 1_048_576)),
          'counts 1,048,576 pixels to the megapixel',
        ],
        [mp((w * h * ppi * ppi) / 4), 'works at half the ppi, as for a line screen'],
        [mp(w * h * 72 * 72), 'works at 72 ppi'],
        [mp(w * h * ppi * ppi * 4), 'doubles the ppi in each direction'],
        [mp((w + 0.25) * (h + 0.25) * ppi * ppi), 'adds 0.125 in bleed the print does not have'],
      ],
      figures: { w, h, ppi },
    }
  }),
  family('fit-page-onto-another-size', (rng) => {
    const [from, fw, fh, to, tw, th] = rng.pick([
      ['tabloid (11 × 17 in)', 11000, 17000, 'letter (8.5 × 11 in)', 8500, 11000],
      ['A3 (297 × 420 mm)', 297, 420, 'A4 (210 × 297 mm)', 210, 297],
      ['A4 (210 × 297 mm)', 210, 297, 'US letter (215.9 × 279.4 mm)', 2159 / 10, 2794 / 10],
      ['letter (8.5 × 11 in)', 8500, 11000, 'A4 (8.27 × 11.69 in)', 8270, 11690],
    ] as const)
    // Tenths of a percent, rounded down so the page fits.
    const t = (a: number, b: number) => Math.floor((a * 1000) / b + 1e-9)
    const key = Math.min(t(tw, fw), t(th, fh))
    const pct1 = (v: number) => `${(v / 10).toFixed(1)}%`
    return {
      stem: `${aSize(from)} portrait layout must print on ${to} portrait, scaled proportionally so all of it fits. What scale is that, to 0.1 % rounded down?`,
      key: pct1(key),
      wrong: [
        [pct1(Math.max(t(tw, fw), t(th, fh))), 'fits one side and crops the other'],
        [pct1(t(tw * th, fw * fh)), 'scales by the ratio of the areas'],
        [pct1(Math.min(t(fw, tw), t(fh, th))), 'divides the original by the target'],
        [pct1(500), 'halves it, as for one size down'],
        [pct1(t(tw + th, fw + fh)), 'compares the sums of the sides'],
      ],
      figures: {
        fw: Math.round(fw * 10),
        fh: Math.round(fh * 10),
        tw: Math.round(tw * 10),
        th: Math.round(th * 10),
      },
    }
  }),
]
