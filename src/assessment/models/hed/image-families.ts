import { DP1, DP2, div, frac, KIB, PCT1, PX, pct, plain, rest, WHOLE, worked } from './hed-text.js'

// Images as an email developer sizes and weighs them. Sources are exported at a stated pixel
// density for the width the image is shown at, heights follow the source's proportions, and
// weights are counted in the stated unit; the slips are the 1x width, the container for the
// column, the ratio turned over and a kilobyte of 1,000 bytes when 1,024 is stated.

const px = plain(0, PX)
const kb = plain(1, 'KB')

export const IMAGE_FAMILIES = [
  worked('retina-source-width-for-a-padded-column', (rng) => {
    const c = rng.int(24, 60) * 10
    const p = rng.int(2, 6) * 5
    const d = rng.pick([2, 3])
    return {
      stem: `A full-width image sits in a ${c}px column whose cell has ${p}px of padding on each side. For sharp display on ${d}x screens the source must have ${d} image pixels per CSS pixel of displayed width. How wide must the source be exported, in px ${WHOLE}?`,
      show: px,
      figures: { c, p, d },
      key: frac(d * (c - 2 * p), 1),
      wrong: [
        [frac(c - 2 * p, 1), 'exports at the 1x display width'],
        [frac(d * c, 1), 'leaves out the cell padding'],
        [frac(d * (c - p), 1), 'takes the padding off one side only'],
        [frac(d * c - 2 * p, 1), 'scales the column up before taking the padding off'],
        [frac((d + 1) * (c - 2 * p), 1), 'multiplies by one more than the density'],
        [frac(d * (c - 4 * p), 1), 'takes the padding off twice on each side'],
        [frac(d * (c - 2 * p) - 2 * p, 1), 'takes the padding off again after scaling up'],
      ],
    }
  }),
  worked('height-attribute-for-a-scaled-image', (rng) => {
    const sw = rng.int(60, 140) * 10
    const sh = rng.int(30, 100) * 10
    const d = rng.int(20, 60) * 10
    if (d * 2 === sw || sh === sw) rest()
    return {
      stem: `A hero source is ${sw}px wide and ${sh}px tall. It is shown with width="${d}", and Outlook needs a height attribute in the same proportion. What height should be set, in px ${WHOLE}?`,
      show: px,
      figures: { sw, sh, d },
      key: frac(d * sh, sw),
      wrong: [
        [frac(sh, 2), 'halves the source height as if it were exactly 2x'],
        [frac(sh, 1), 'keeps the source height'],
        [frac(d * sw, sh), 'turns the ratio over'],
        [frac(d * sh, 2 * sw), 'halves the height again as for a 2x source'],
      ],
    }
  }),
  worked('logo-width-from-a-set-height', (rng) => {
    const sw = rng.int(30, 90) * 10
    const sh = rng.int(8, 24) * 10
    const h = rng.int(3, 8) * 10
    if (sw <= sh) rest()
    return {
      stem: `A logo source is ${sw}px wide and ${sh}px tall. The header shows it ${h}px tall in proportion. What width attribute should it get, in px ${WHOLE}?`,
      show: px,
      figures: { sw, sh, h },
      key: frac(h * sw, sh),
      wrong: [
        [frac(h * sh, sw), 'turns the ratio over'],
        [frac(sw, 2), 'halves the source width'],
        [frac(sw - (sh - h), 1), 'takes the height reduction off the width'],
        [frac(sw, 1), 'keeps the source width'],
      ],
    }
  }),
  worked('image-weight-budget-left-for-the-hero', (rng) => {
    const b = rng.int(40, 90) * 10
    const xs = [rng.int(20, 90), rng.int(20, 90), rng.int(20, 90)].map(
      (x) => x * 1000 + rng.int(0, 999),
    )
    const used = xs[0]! + xs[1]! + xs[2]!
    if (b * 1000 - used < 50000) rest()
    return {
      stem: `A client caps the images in an email at ${b} KB in total (${KIB}). The other three images weigh ${xs.map((x) => `${x.toLocaleString('en-US')}`).join(', ')} bytes. How much is left for the hero image, in KB ${DP1}?`,
      show: kb,
      figures: { b, x0: xs[0]!, x1: xs[1]!, x2: xs[2]! },
      key: frac(b * 1024 - used, 1024),
      wrong: [
        [frac(b * 1000 - used, 1000), 'counts 1,000 bytes to the KB'],
        [frac(b * 1024 - used, 1000), 'divides the bytes left by 1,000'],
        [frac(b * 1024 - xs[0]! - xs[1]!, 1024), 'leaves out the third image'],
        [frac(b * 1000 - used, 1024), `takes the cap as ${b},000 bytes`],
        [frac(b * 1024 + used, 1024), 'adds the other images to the cap'],
      ],
    }
  }),
  worked('percent-saved-by-recompressing', (rng) => {
    const o = rng.int(120, 900) * 1000 + rng.int(0, 999)
    const v = Math.round((o * rng.int(25, 80)) / 100)
    return {
      stem: `Recompressing an email’s hero cut it from ${o.toLocaleString('en-US')} bytes to ${v.toLocaleString('en-US')} bytes. By what percent did its weight fall, relative to the original, ${PCT1}?`,
      show: pct(),
      figures: { o, v },
      key: div(o - v, o),
      wrong: [
        [div(o - v, v), 'divides by the new weight'],
        [div(v, o), 'gives the new weight as a percent of the old'],
        [div(o, v), 'gives the old weight as a percent of the new'],
        [div(2 * (o - v), o + v), 'divides by the mean of the two weights'],
        [div(o - v, o + v), 'divides by the two weights added'],
      ],
    }
  }),
  worked('jpeg-weight-from-bits-per-pixel', (rng) => {
    const w = rng.int(60, 140) * 10
    const h = rng.int(30, 90) * 10
    const b = rng.int(4, 30)
    const q = 10
    return {
      stem: `Past exports at the client’s quality setting average ${(b / 10).toFixed(1)} bits per pixel. Estimate the weight of a ${w}×${h}px JPEG (the 2x export of an image shown at ${w / 2}×${h / 2}px) at that rate, in KB (8 bits = 1 byte, ${KIB}) ${DP1}.`,
      show: kb,
      figures: { w, h, b, q },
      key: frac(w * h * b, q * 8 * 1024),
      wrong: [
        [frac(w * h * b, q * 8 * 1000), 'counts 1,000 bytes to the KB'],
        [frac(w * h * b, q * 1024), 'takes bits as bytes'],
        [frac(w * h * b, q * 8 * 1024 * 4), 'works the 1x size of a 2x source'],
        [frac(w * h * b * 8, q * 1024), 'multiplies by 8 instead of dividing'],
      ],
    }
  }),
  worked('vml-background-size-in-points', (rng) => {
    const w = rng.int(30, 80) * 8
    const h = rng.int(15, 50) * 8
    const which = rng.pick(['width', 'height'] as const)
    const x = which === 'width' ? w : h
    return {
      stem: `An Outlook VML background rectangle is to be sized in points for a ${w}×${h}px cell, taking 96 px and 72 pt to the inch. What ${which} in pt should the v:rect get ${WHOLE}?`,
      show: plain(0, 'pt'),
      figures: { w, h, x },
      key: frac(x * 72, 96),
      wrong: [
        [frac(x * 96, 72), 'multiplies by 96/72 instead of 72/96'],
        [frac(x, 1), 'keeps the pixel figure'],
        [frac(x * 72, 120), 'uses 120 dpi for 96'],
        [frac(x, 2), 'halves the pixel figure as for a 2x image'],
      ],
    }
  }),
  worked('alt-text-characters-that-show-when-blocked', (rng) => {
    const w = rng.int(20, 60) * 10
    const h = rng.int(4, 12) * 10
    const a = rng.int(7, 10)
    const l = rng.int(18, 26)
    if (Math.floor(h / l) < 2) rest()
    return {
      stem: `With images blocked a client shows the alt text inside the image’s ${w}×${h}px box, with characters averaging ${a}px wide on ${l}px lines and anything that does not fit cut off. Counting only whole characters and whole lines, how many characters can show?`,
      show: plain(0),
      figures: { w, h, a, l },
      key: frac(Math.floor(w / a) * Math.floor(h / l), 1),
      wrong: [
        [frac(Math.floor(w / a), 1), 'counts one line only'],
        [frac(Math.ceil(w / a) * Math.ceil(h / l), 1), 'counts part characters and part lines'],
        [frac(Math.floor((w * h) / (a * l)), 1), 'divides the areas before taking whole lines'],
        [frac(Math.floor(w / a) * Math.ceil(h / l), 1), 'counts a part line'],
        [frac(Math.ceil(w / a) * Math.floor(h / l), 1), 'counts a part character at each line end'],
        [
          frac(Math.floor(w / l) * Math.floor(h / a), 1),
          'swaps the character width and line height',
        ],
      ],
    }
  }),
  worked('retina-hero-height-on-a-phone', (rng) => {
    const sw = rng.pick([1200, 1280, 1160])
    const sh = rng.int(40, 90) * 10
    const v = rng.pick([320, 360, 375, 390, 414])
    const p = rng.int(2, 5) * 5
    return {
      stem: `A ${sw}×${sh}px hero is styled width:100%; height:auto inside a phone wrapper with ${p}px of padding on each side. How tall does it display on a ${v}px-wide viewport, in px ${WHOLE}?`,
      show: px,
      figures: { sw, sh, v, p },
      key: frac((v - 2 * p) * sh, sw),
      wrong: [
        [frac(v * sh, sw), 'leaves out the wrapper padding'],
        [frac(sh, 2), 'shows it at its 2x half height'],
        [frac((v - p) * sh, sw), 'takes the padding off one side only'],
        [frac((v - 2 * p) * sw, sh), 'turns the ratio over'],
        [frac(((v - 2 * p) * sh) / 2, sw), 'halves it again as if the 2x source were shown'],
      ],
    }
  }),
  worked('animated-gif-play-time', (rng) => {
    const k = rng.int(6, 30)
    const d = rng.int(5, 30) * 5
    const l = rng.int(2, 4)
    return {
      stem: `An animated GIF has ${k} frames, each with a delay of ${d} (GIF delays are in hundredths of a second), and is set to play ${l} times in all before it stops. How long does it play, in seconds ${DP2}?`,
      show: plain(2, 's'),
      figures: { k, d, l },
      key: frac(k * d * l, 100),
      wrong: [
        [frac(k * d * l, 1000), 'reads the delays as milliseconds'],
        [frac(k * d, 100), 'counts one play'],
        [frac(k * d * (l + 1), 100), 'counts one play more than set'],
        [frac(k * d * l, 10), 'reads the delays as tenths of a second'],
        [frac(d * l, 100), 'counts one frame per play'],
      ],
    }
  }),
  worked('gif-frames-for-a-countdown-of-set-length', (rng) => {
    const d = rng.pick([4, 5, 8, 10, 20, 25])
    const t = rng.int(2, 12)
    return {
      stem: `A countdown GIF must play once for ${t} seconds with every frame held for a delay of ${d} (GIF delays are in hundredths of a second). How many frames does it need?`,
      show: plain(0),
      figures: { d, t },
      key: frac(100 * t, d),
      wrong: [
        [frac(1000 * t, d), 'reads the delay as milliseconds'],
        [frac(10 * t, d), 'reads the delay as tenths of a second'],
        [frac(t * d, 1), 'reads the delay as frames per second'],
        [frac(60 * t, 1), 'assumes 60 frames a second as in video'],
      ],
    }
  }),
  worked('image-bandwidth-for-a-send', (rng) => {
    const o = rng.int(40, 300) * 100
    const s = o * rng.int(3, 6)
    const t = rng.int(150, 900)
    return {
      stem: `An email was sent to ${s.toLocaleString('en-US')} people and opened with images loaded ${o.toLocaleString('en-US')} times; each such open fetches ${t} KB of images from the client’s server. How much image traffic was served, in MB (1 MB = 1,024 KB) ${DP1}?`,
      show: plain(1, 'MB'),
      figures: { o, s, t },
      key: frac(o * t, 1024),
      wrong: [
        [frac(s * t, 1024), 'counts every send as an image load'],
        [frac(o * t, 1000), 'counts 1,000 KB to the MB'],
        [frac(o * t, 1024 * 1024), 'converts to GB'],
        [frac((s - o) * t, 1024), 'counts the sends that were not opened'],
      ],
    }
  }),
  worked('scale-down-of-an-oversized-image', (rng) => {
    const sw = rng.int(80, 160) * 10
    const d = rng.int(20, 60) * 10
    return {
      stem: `A ${sw}px-wide image is shown at width="${d}". Its displayed width is what percent of its intrinsic width, ${PCT1}?`,
      show: pct(),
      figures: { sw, d },
      key: div(d, sw),
      wrong: [
        [div(sw, d), 'divides the intrinsic width by the display width'],
        [div(sw - d, sw), 'gives the reduction'],
        [div(sw - d, d), 'gives the reduction over the display width'],
        [div(2 * d, sw), 'doubles the display width for 2x'],
        [div(d, sw + d), 'divides by the two widths added'],
      ],
    }
  }),
  worked('extra-weight-of-a-retina-export', (rng) => {
    const w = rng.int(30, 120) * 5
    const d = rng.pick([2, 3])
    return {
      stem: `A ${d}x export has ${d} times the width and ${d} times the height of the 1x image in pixels, and at the same compression its weight is in proportion to its pixel count. The 1x image weighs ${w} KB. How much does the ${d}x export weigh, in KB ${DP1}?`,
      show: kb,
      figures: { w, d },
      key: frac(w * d * d, 1),
      wrong: [
        [frac(w * d, 1), 'scales by the width alone'],
        [frac(w * 2 * d, 1), 'adds the width and height factors'],
        [frac(w * d * d * d, 1), 'cubes the density'],
        [frac(w * (d * d + 1), 1), 'adds the 1x image on top'],
        [frac(w * (d * d - 1), 1), 'gives only the weight added'],
      ],
    }
  }),
  worked('image-dimensions-for-a-grid-of-thumbnails', (rng) => {
    const w = rng.pick([560, 600, 640])
    const k = rng.pick([2, 3, 4])
    const g = rng.int(2, 5) * 5
    const d = rng.pick([2, 3])
    return {
      stem: `A ${w}px-wide product grid has ${k} equal thumbnails per row with ${g}px gutters between neighbours and no outer padding. Exporting each thumbnail at ${d}x its display width, how wide is each source, in px ${WHOLE}?`,
      show: px,
      figures: { w, k, g, d },
      key: frac(d * (w - (k - 1) * g), k),
      wrong: [
        [frac(w - (k - 1) * g, k), 'exports at the 1x display width'],
        [frac(d * w, k), 'leaves out the gutters'],
        [frac(d * (w - k * g), k), 'counts a gutter per thumbnail'],
        [frac(d * (w - (k + 1) * g), k), 'adds outer gutters too'],
        [frac(d * w - (k - 1) * g, k), 'takes the gutters off after scaling up'],
      ],
    }
  }),
  worked('share-of-the-email-area-under-images', (rng) => {
    const w = rng.pick([600, 640])
    const h = rng.int(180, 320) * 10
    const h1 = rng.int(20, 40) * 10
    const a = rng.int(18, 28) * 10
    const b = rng.int(12, 24) * 10
    const area = w * h1 + 2 * a * b
    if (area * 100 > w * h * 45) rest()
    return {
      stem: `A client wants images to cover no more than 40% of an email’s area. The ${w}×${h}px email has a full-width hero ${h1}px tall and one row of two ${a}×${b}px images. What percent of the email’s area do the images cover, ${PCT1}?`,
      show: pct(),
      figures: { w, h, h1, a, b },
      key: frac(area, w * h),
      wrong: [
        [frac(h1 + b, h), 'treats the row of two images as full width'],
        [frac(h1 + 2 * b, h), 'adds the image heights'],
        [frac(w * h1 + a * b, w * h), 'counts one image of the pair'],
        [frac(area, w * h - area), 'divides by the area left for text'],
        [frac(w * h1, w * h), 'counts only the hero'],
      ],
    }
  }),
]
