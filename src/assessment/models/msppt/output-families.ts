import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { cap, client, count, family, inch, secs, share } from './msppt-text.js'

// Output: exported images, handouts, printing and video. Widescreen is exactly 40/3 in by 7.5 in
// (13.333 in by 7.5 in), Standard 10 in by 7.5 in. Stems state the export, print and video rules
// the key uses: pixels are inches × the stated resolution rounded to a whole pixel, hidden slides
// are left out unless a stem says they are printed, and page counts round up.

/** A slide size with its width and height as exact fractions of an inch: [num, den]. */
const DECKS = [
  { name: 'Widescreen (16:9), 13.333 in × 7.5 in', w: [40, 3], h: [15, 2] },
  { name: 'Standard (4:3), 10 in × 7.5 in', w: [10, 1], h: [15, 2] },
  { name: 'On-screen Show (16:10), 10 in × 6.25 in', w: [10, 1], h: [25, 4] },
] as const
const px = (n: number): string => count(n, 'px')
const inches = (f: readonly [number, number], dpi: number) => share(f[0] * dpi, 1, f[1])
const ceil = (a: number, b: number) => Math.ceil(a / b)

/** A print range like `1-3,7,10-12` inside 1..n and the slides it names. */
function drawRange(
  rng: Rng,
  n: number,
): { text: string; slides: number[]; parts: [number, number][] } {
  const parts: [number, number][] = []
  let at = rng.int(1, 3)
  while (parts.length < 3 && at < n - 1) {
    const end = Math.min(n, at + rng.int(0, 4))
    parts.push([at, end])
    at = end + rng.int(2, 5)
  }
  const slides = parts.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i))
  return { text: parts.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(','), slides, parts }
}
/** The handout layout with the next larger number of slides per page. */
const NEXT: Readonly<Record<number, number>> = { 2: 3, 3: 4, 4: 6, 6: 9 }
/** How many numbers a range text holds as typed: `1-3,7` holds three. */
const typed = (parts: readonly [number, number][]) =>
  parts.reduce((s, [a, b]) => s + (a === b ? 1 : 2), 0)

export const OUTPUT_FAMILIES = [
  family('export-image-pixels', (rng) => {
    const deck = rng.pick(DECKS)
    const dpi = rng.pick([96, 150, 200, 220, 300])
    const side = rng.pick(['width', 'height'] as const)
    const f = side === 'width' ? deck.w : deck.h
    const other = side === 'width' ? deck.h : deck.w
    return {
      stem: `A VA exports ${client(rng)}'s ${deck.name.split(',')[0]} deck (${deck.name.split(', ')[1]}) to PNG, with the export resolution set to ${dpi} pixels per inch: each image is the slide's size in inches × ${dpi}, to the nearest pixel. What is each image's ${side}?`,
      key: px(inches(f, dpi)),
      wrong: [
        [px(inches(f, 72)), 'reads points as pixels, 72 to the inch'],
        [px(inches(other, dpi)), `gives the ${side === 'width' ? 'height' : 'width'}`],
        [px(inches(f, 96)), 'uses the 96 ppi default, not the setting'],
        ...(side === 'width' && deck.w[0] === 40
          ? ([[px(10 * dpi), 'assumes the 4:3 width of 10 in']] as const)
          : []),
        ...(side === 'width' && deck.w[0] !== 40
          ? ([[px(inches([40, 3], dpi)), 'assumes the widescreen width']] as const)
          : []),
        [px(share(f[0] * dpi * 254, 1, f[1] * 100)), 'measures the slide in centimetres'],
      ],
      figures: { wn: f[0], wd: f[1], on: other[0], od: other[1], dpi, side },
    }
  }),
  family('resolution-for-target-width', (rng) => {
    const p = rng.pick([1920, 2560, 3840, 4000, 5120])
    return {
      stem: `${cap(client(rng))} needs Widescreen slides (13.333 in, exactly 40/3 in, wide) exported as images ${p.toLocaleString('en-US')} px wide. Exported pixels are inches × the export resolution. What resolution in pixels per inch gives that width (to the nearest whole number)?`,
      key: count(share(p, 3, 40), 'ppi'),
      wrong: [
        [count(share(p, 1, 10), 'ppi'), 'assumes the 4:3 width of 10 in'],
        [count(share(p, 2, 15), 'ppi'), 'divides by the slide height'],
        [count(share(p, 1, 16), 'ppi'), 'divides by the 16 of 16:9'],
        [count(share(p, 300, 10160), 'ppi'), 'divides by the width in centimetres'],
        [count(share(p, 3 * 72, 40 * 96), 'ppi'), 'converts the answer from pixels to points'],
      ],
      figures: { p },
    }
  }),
  family('handout-pages', (rng) => {
    const n = rng.int(12, 60)
    const h = rng.int(1, 5)
    const k = rng.pick([2, 3, 4, 6, 9])
    const v = n - h
    if (v % k === 0 && n % k === 0) throw new VariantError('all round')
    return {
      stem: `A VA prints handouts of a ${n}-slide deck at ${k} slides per page, with Print Hidden Slides cleared; ${h} slides are hidden. How many pages print?`,
      key: count(ceil(v, k), 'pages'),
      wrong: [
        [count(ceil(n, k), 'pages'), 'counts the hidden slides'],
        [count(Math.floor(v / k), 'pages'), 'drops the part-filled last page'],
        [count(v, 'pages'), 'prints one slide per page'],
        ...(k < 9
          ? ([[count(ceil(v, NEXT[k]!), 'pages'), 'uses the next larger layout']] as const)
          : []),
        [count(Math.floor(n / k), 'pages'), 'counts hidden slides and drops the last page'],
      ],
      figures: { n, h, k },
    }
  }),
  family('empty-frames-on-last-handout', (rng) => {
    const n = rng.int(10, 50)
    const h = rng.int(1, 4)
    const k = rng.pick([3, 4, 6, 9])
    const v = n - h
    if (v % k === 0) throw new VariantError('full last page')
    return {
      stem: `A client asks why the last handout page looks unfinished. The ${n}-slide deck has ${h} hidden slides and prints ${k} slides per page with Print Hidden Slides cleared, so hidden slides are left out. How many empty slide frames are left on the last page?`,
      key: count(k * ceil(v, k) - v, 'frames'),
      wrong: [
        [count(v % k, 'frames'), 'gives the slides on the last page'],
        [count((k * ceil(n, k) - n + k) % k, 'frames'), 'counts the hidden slides as printed'],
        [count(k - 1, 'frames'), 'assumes one slide on the last page'],
        [count(k * ceil(v, k) - v + h, 'frames'), 'leaves frames for the hidden slides'],
        [count(n % k, 'frames'), 'gives the slides on the last page, counting the hidden ones'],
        [count(ceil(v, k), 'frames'), 'gives the pages printed'],
      ],
      figures: { n, h, k },
    }
  }),
  family('print-range-slide-count', (rng) => {
    const n = rng.int(15, 30)
    const r = drawRange(rng, n)
    const hidden = rng
      .shuffle(r.slides)
      .slice(0, rng.int(1, 2))
      .sort((a, b) => a - b)
    if (r.parts.length < 2 || r.slides.length < 4) throw new VariantError('short range')
    const h = hidden.length
    const span = r.parts.reduce((s, [a, b]) => s + (b - a), 0)
    const singles = r.parts.filter(([a, b]) => a === b).length
    const [first, last] = [r.parts[0]![0], r.parts[r.parts.length - 1]![1]]
    return {
      stem: `A VA types "${r.text}" in Print > Slides for a ${n}-slide deck. ${hidden.length === 1 ? 'Slide' : 'Slides'} ${hidden.join(' and ')} in that range ${hidden.length === 1 ? 'is' : 'are'} hidden and Print Hidden Slides is cleared, which leaves hidden slides out even when the range names them. How many slides print?`,
      key: count(r.slides.length - h, 'slides'),
      wrong: [
        [count(r.slides.length, 'slides'), 'counts the hidden slides'],
        [count(span + singles - h, 'slides'), 'subtracts range ends instead of counting them'],
        [
          count(last - first + 1 - h, 'slides'),
          'prints everything from the first to the last slide named',
        ],
        [count(typed(r.parts) - h, 'slides'), 'counts only the numbers typed'],
        [count(n - h, 'slides'), 'prints the whole deck, ignoring the range'],
      ],
      figures: { n, range: r.text, hidden: hidden.join(',') },
    }
  }),
  family('notes-pages-sheets-duplex', (rng) => {
    const p = rng.int(7, 40)
    const c = rng.int(2, 8)
    if (p % 2 === 0) throw new VariantError('even pages')
    return {
      stem: `A trainer wants ${c} collated copies of the Notes Pages for a ${p}-slide deck (one notes page per slide), printed on both sides of the paper; each copy starts on a new sheet. How many sheets of paper?`,
      key: count(c * ceil(p, 2), 'sheets'),
      wrong: [
        [count(c * p, 'sheets'), 'prints on one side only'],
        [count(ceil(c * p, 2), 'sheets'), 'lets copies share a sheet'],
        [count(c * Math.floor(p / 2), 'sheets'), 'drops the odd last page'],
        [count(ceil(p, 2), 'sheets'), 'prints one copy'],
        [count(c * ceil(p, 4), 'sheets'), 'puts two pages on each side'],
      ],
      figures: { p, c },
    }
  }),
  family('video-export-duration', (rng) => {
    const n = rng.int(8, 20)
    const h = rng.int(1, 3)
    const timed = rng.int(2, 5)
    const rec = Array.from({ length: timed }, () => rng.int(8, 40) * 100)
    const s = rng.int(3, 8) * 100
    const t = rng.pick([50, 100, 150])
    const v = n - h
    const sumRec = rec.reduce((a, b) => a + b, 0)
    return {
      stem: `A VA exports a ${n}-slide deck (${h} hidden) to video with "Use Recorded Timings and Narrations". ${timed} of the visible slides have recorded timings of ${rec.map(secs).join(', ')}; the rest get the "Seconds spent on each slide" value of ${secs(s)}. Each slide also has a ${secs(t)} transition. Take the video to be each visible slide's time plus its transition; hidden slides are left out. How long is the video?`,
      key: secs(sumRec + (v - timed) * s + v * t),
      wrong: [
        [secs(sumRec + (v - timed) * s), 'ignores the transition time'],
        [secs(sumRec + (n - timed) * s + n * t), 'counts the hidden slides'],
        [secs(v * (s + t)), 'uses the default time for every slide'],
        [secs(sumRec + v * s + v * t), 'adds the default time to the timed slides too'],
        [secs(sumRec + timed * t), 'counts only the timed slides'],
      ],
      figures: { n, h, s, t, rec: rec.join(',') },
    }
  }),
  family('compress-pictures-pixels', (rng) => {
    const [label, ppi] = rng.pick([
      ['HD (330 ppi)', 330],
      ['Print (220 ppi)', 220],
      ['Web (150 ppi)', 150],
      ['E-mail (96 ppi)', 96],
    ] as const)
    const w = rng.int(200, 900)
    const orig = rng.pick([4000, 5472, 6000, 4032])
    return {
      stem: `A ${orig.toLocaleString('en-US')} px-wide photo is shown ${(w / 100).toFixed(2)} in wide on a slide. To shrink the file the VA runs Compress Pictures with Resolution: ${label}, which resamples each picture to its displayed size × that resolution (to the nearest pixel) when it is larger. How many pixels wide is the photo afterwards?`,
      key: px(share(w, ppi, 100)),
      wrong: [
        [px(orig), 'expects the original pixels to be kept'],
        [px(share(w, 96, 100)), 'uses the 96 ppi screen resolution'],
        [px(share(w, 72, 100)), 'reads points as pixels'],
        [px(share(w, ppi * 100, 254 * 100)), 'treats the inches as centimetres'],
        [px(share(orig, ppi, 330)), 'scales the original by the resolution'],
      ],
      figures: { w, ppi, orig },
    }
  }),
  family('points-to-export-pixels', (rng) => {
    const w = rng.int(36, 720)
    const dpi = rng.pick([150, 200, 300])
    return {
      stem: `A ${w} pt-wide icon must be exactly cut out of slides exported at ${dpi} pixels per inch. There are 72 points to the inch. How wide is the icon in the exported image, to the nearest pixel?`,
      key: px(share(w, dpi, 72)),
      wrong: [
        [px(w), 'reads points as pixels'],
        [px(share(w, dpi, 96)), 'takes 96 points to the inch'],
        [px(share(w, 96, 72)), 'assumes the 96 ppi default'],
        [px(share(w, 72, dpi)), 'divides the wrong way'],
        [px(w * dpi), 'multiplies by the resolution without converting'],
        [px(share(w * dpi, 96, 72 * 72)), 'converts to screen pixels first, then scales'],
        [px(share(w, dpi * 254, 7200)), 'multiplies by 2.54 as if converting to centimetres'],
      ],
      figures: { w, dpi },
    }
  }),
  family('scale-to-fit-paper', (rng) => {
    const [paper, pw, ph] = rng.pick([
      ['Letter (11 × 8.5 in landscape)', 1100, 850],
      ['A4 (11.69 × 8.27 in landscape)', 1169, 827],
      ['Legal (14 × 8.5 in landscape)', 1400, 850],
    ] as const)
    const m = rng.pick([25, 50, 75])
    const [aw, ah] = [pw - 2 * m, ph - 2 * m]
    // Widescreen is 16:9 exactly (40/3 in by 7.5 in): width-limited when aw × 9 ≤ ah × 16.
    const widthLimited = aw * 9 <= ah * 16
    const fromHeight = share(ah, 16, 9)
    return {
      stem: `A Widescreen slide (13.333 in × 7.5 in, exactly 16:9) is printed on ${paper} with "Scale to Fit Paper", which scales it by the smaller of (printable width ÷ slide width) and (printable height ÷ slide height). The printer leaves a ${inch(m)} margin on every side. How wide is the printed slide, to two places?`,
      key: inch(widthLimited ? aw : fromHeight),
      wrong: [
        [inch(pw), 'ignores the margins'],
        [inch(widthLimited ? fromHeight : aw), 'scales by the larger ratio'],
        [inch(share(ah, 4, 3)), 'assumes a 4:3 slide'],
        [inch(pw - m), 'takes off one margin'],
        [inch(1333), 'prints at 100% without scaling'],
      ],
      figures: { pw, ph, m },
    }
  }),
  family('handout-layout-to-fit-pages', (rng) => {
    const LAYOUTS = [1, 2, 3, 4, 6, 9]
    const n = rng.int(10, 60)
    const pages = rng.int(3, 8)
    const key = LAYOUTS.find((k) => Math.ceil(n / k) <= pages)
    if (!key) throw new VariantError('no layout fits')
    const idx = LAYOUTS.indexOf(key)
    return {
      stem: `${cap(client(rng))} wants a ${n}-slide deck printed as handouts on at most ${pages} pages, with slides as large as possible. The handout layouts offer ${LAYOUTS.join(', ')} slides per page. Which is the smallest number of slides per page that fits?`,
      key: count(key, 'per page'),
      wrong: [
        ...(Math.ceil(n / pages) !== key
          ? ([
              [
                count(Math.ceil(n / pages), 'per page'),
                'divides without checking the layouts offered',
              ],
            ] as const)
          : []),
        ...(idx > 0
          ? ([
              [count(LAYOUTS[idx - 1]!, 'per page'), 'takes the layout below, which runs over'],
            ] as const)
          : []),
        [count(9, 'per page'), 'picks the densest layout'],
        ...(idx < 5
          ? ([[count(LAYOUTS[idx + 1]!, 'per page'), 'rounds up one layout too far']] as const)
          : []),
        [count(Math.floor(n / pages), 'per page'), 'rounds the share down'],
      ],
      figures: { n, pages },
    }
  }),
  family('export-pixels-custom-cm', (rng) => {
    const wcm = rng.int(150, 500) * 10
    const dpi = rng.pick([96, 150, 300])
    return {
      stem: `A banner deck uses a Custom slide size ${(wcm / 100).toFixed(2)} cm wide. Exported images are the slide's size in inches × the export resolution, to the nearest pixel, with 2.54 cm to the inch. At ${dpi} pixels per inch, how many pixels wide is each exported image?`,
      key: px(share(wcm, dpi, 254)),
      wrong: [
        [px(share(wcm, dpi, 100)), 'multiplies the centimetres by the resolution'],
        [px(share(wcm, dpi * 254, 10000)), 'multiplies by 2.54 instead of dividing'],
        [px(share(wcm, 72, 254)), 'reads points as pixels'],
        [px(share(wcm, 96, 254)), 'uses the 96 ppi default'],
        [px(share(wcm, dpi, 2540)), 'reads the size as millimetres'],
      ],
      figures: { wcm, dpi },
    }
  }),
  family('effective-picture-resolution', (rng) => {
    const p = rng.pick([1200, 1600, 2000, 2400, 3000, 4000])
    const w = rng.int(200, 1200)
    return {
      stem: `Before sending a deck to print a designer checks a ${p.toLocaleString('en-US')} px-wide picture shown ${(w / 100).toFixed(2)} in wide on the slide. Effective resolution is the picture's pixels ÷ the inches it is shown at. What is it, to the nearest pixel per inch?`,
      key: count(share(p, 100, w), 'ppi'),
      wrong: [
        [count(share(p, 3, 40), 'ppi'), 'divides by the slide width'],
        [count(share(p, 100, share(w, 254, 100)), 'ppi'), 'divides by the width in centimetres'],
        [count(share(w, 96, 100), 'ppi'), 'takes the 96 ppi screen pixels of the width'],
        [count(share(p, 7200, w * 96), 'ppi'), 'converts from pixels to points first'],
        [count(share(p, 100, w * 2), 'ppi'), 'halves it for print'],
      ],
      figures: { p, w },
    }
  }),
  family('handout-pages-for-range', (rng) => {
    const n = rng.int(20, 40)
    const r = drawRange(rng, n)
    const k = rng.pick([2, 3, 4, 6])
    const hidden = rng.shuffle(r.slides).slice(0, 1)
    const v = r.slides.length - 1
    if (r.parts.length < 2 || v % k === 0 || r.slides.length % k === 0)
      throw new VariantError('round')
    return {
      stem: `A VA prints handouts, ${k} slides per page, of slides "${r.text}" of a ${n}-slide deck. Slide ${hidden[0]} in that range is hidden and Print Hidden Slides is cleared, so it is left out. How many pages print?`,
      key: count(ceil(v, k), 'pages'),
      wrong: [
        [count(ceil(v + 1, k), 'pages'), 'counts the hidden slide'],
        [count(v, 'pages'), 'prints one slide per page'],
        [count(Math.floor(v / k), 'pages'), 'drops the part-filled last page'],
        [count(ceil(n - 1, k), 'pages'), 'prints the whole deck'],
        [count(ceil(typed(r.parts) - 1, k), 'pages'), 'counts only the numbers typed'],
      ],
      figures: { range: r.text, k, n },
    }
  }),
  family('export-height-from-width', (rng) => {
    const wide = rng.int(0, 1) === 1
    const w = rng.pick([1024, 1280, 1600, 1920, 2560, 3840])
    return {
      stem: `A VA exports a ${wide ? 'Widescreen 16:9 (13.333 in × 7.5 in)' : 'Standard 4:3 (10 in × 7.5 in)'} deck to PNG at a resolution that makes each image ${w.toLocaleString('en-US')} px wide. The image keeps the slide's proportions. How many pixels tall is it, to the nearest pixel?`,
      key: px(wide ? share(w, 9, 16) : share(w, 3, 4)),
      wrong: [
        [
          px(wide ? share(w, 3, 4) : share(w, 9, 16)),
          wide ? 'assumes a 4:3 slide' : 'assumes a 16:9 slide',
        ],
        [px(wide ? share(w, 16, 9) : share(w, 4, 3)), 'inverts the ratio'],
        [px(720), 'gives the 7.5 in slide height at the 96 ppi default'],
        [px(share(w, 10, 16)), 'uses 16:10'],
      ],
      figures: { w, wide: wide ? 1 : 0 },
    }
  }),
  family('video-frame-count', (rng) => {
    const d = rng.int(30, 600) * 100 + rng.pick([0, 50])
    const fps = rng.pick([24, 25, 30, 60])
    return {
      stem: `A ${secs(d)} deck video is exported at ${fps} frames per second. How many frames does it hold, to the nearest frame?`,
      key: count(share(d, fps, 100), 'frames'),
      wrong: [
        [count(share(d, 30, 100), 'frames'), 'assumes 30 frames per second'],
        [count(share(d, 60, 100), 'frames'), 'assumes 60 frames per second'],
        [count(share(d, 1, 100), 'frames'), 'gives the seconds'],
        [count(share(d, 24, 100), 'frames'), 'assumes film’s 24 frames per second'],
      ],
      figures: { d, fps },
    }
  }),
]
