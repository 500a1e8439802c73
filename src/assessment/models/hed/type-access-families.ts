import { DP1, DP2, DP3, frac, PX, plain, rest, th, WHOLE, worked } from './hed-text.js'

// Type and accessibility as an email build checks them. Contrast is worked from the relative
// luminances and the formula the stem states, sizes from the stated base and conversion, and
// touch targets from the stated minimum; the slips are the 0.05 flare left out, the ratio turned
// over, the font size taken for the line height and a conversion applied the wrong way round.

const px = plain(0, PX)
const ratio = (x: ReturnType<typeof frac>) => `${plain(2)(x)}:1`

export const TYPE_ACCESS_FAMILIES = [
  worked('contrast-ratio-of-text-on-a-background', (rng) => {
    const a = rng.int(300, 1000)
    const b = rng.int(5, 120)
    if (a - b < 150) rest()
    return {
      stem: `A CTA’s text has relative luminance ${th(a)} and its background ${th(b)}. Using contrast ratio = (L1 + 0.05) / (L2 + 0.05), with L1 the lighter luminance, what is the ratio, ${DP2}?`,
      show: ratio,
      figures: { a, b },
      key: frac(a + 50, b + 50),
      wrong: [
        [frac(a, b), 'leaves out the 0.05 on both luminances'],
        [frac(a + 50, b), 'adds 0.05 to the lighter luminance only'],
        [frac(a, b + 50), 'adds 0.05 to the darker luminance only'],
        [frac(a - b + 50, 50), 'works from the difference of the luminances'],
        [frac(a + 100, b + 100), 'adds 0.1 instead of 0.05'],
      ],
    }
  }),
  worked('lightest-background-for-body-text-contrast', (rng) => {
    const t = rng.int(15, 80)
    return {
      stem: `Dark body text has relative luminance ${th(t)}. With contrast ratio = (L1 + 0.05) / (L2 + 0.05), L1 the lighter, what is the lowest background luminance that gives at least 4.5:1, ${DP3}?`,
      show: plain(3),
      figures: { t },
      key: frac(45 * (t + 50) - 500, 10000),
      wrong: [
        [frac(45 * t, 10000), 'multiplies the text luminance by 4.5 without the 0.05'],
        [frac(45 * (t + 50), 10000), 'keeps the 0.05 on the background side'],
        [frac(30 * (t + 50) - 500, 10000), 'uses the 3:1 large-text threshold'],
        [frac(70 * (t + 50) - 500, 10000), 'uses the 7:1 enhanced threshold'],
        [frac(45 * (t + 50) + 500, 10000), 'adds the 0.05 back instead of taking it off'],
        [frac(45 * t - 500, 10000), 'leaves the 0.05 off the text side'],
      ],
    }
  }),
  worked('darkest-background-for-light-text-at-aaa', (rng) => {
    const t = rng.int(700, 1000)
    return {
      stem: `White-ish text of relative luminance ${th(t)} sits on a dark banner. With contrast ratio = (L1 + 0.05) / (L2 + 0.05), L1 the lighter, what is the highest banner luminance that still gives at least 7:1, ${DP3}?`,
      show: plain(3),
      figures: { t },
      key: frac(10 * (t + 50) - 3500, 70000),
      wrong: [
        [frac(10 * t, 70000), 'divides the text luminance by 7 without the 0.05'],
        [frac(10 * (t + 50), 70000), 'keeps the 0.05 on the banner side'],
        [frac(10 * (t + 50) - 2250, 45000), 'uses the 4.5:1 threshold'],
        [frac(10 * (t + 50) + 3500, 70000), 'adds the 0.05 back instead of taking it off'],
        [frac(10 * t - 3500, 70000), 'leaves out the 0.05 on the text side'],
      ],
    }
  }),
  worked('relative-luminance-from-linear-channels', (rng) => {
    const [cr, cg, cb] = [rng.int(20, 980), rng.int(20, 980), rng.int(20, 980)]
    if (Math.abs(cr - cb) < 100) rest()
    return {
      stem: `A brand colour’s linearised channel values are R ${th(cr)}, G ${th(cg)} and B ${th(cb)}. Using L = 0.2126 R + 0.7152 G + 0.0722 B, what is its relative luminance, ${DP3}?`,
      show: plain(3),
      figures: { cr, cg, cb },
      key: frac(2126 * cr + 7152 * cg + 722 * cb, 10000000),
      wrong: [
        [frac(cr + cg + cb, 3000), 'averages the three channels'],
        [frac(722 * cr + 7152 * cg + 2126 * cb, 10000000), 'swaps the red and blue weights'],
        [frac(2126 * cr + 7152 * cg, 10000000), 'leaves out the blue channel'],
        [frac(7152 * cr + 2126 * cg + 722 * cb, 10000000), 'swaps the red and green weights'],
      ],
    }
  }),
  worked('height-of-a-paragraph-block', (rng) => {
    const f = rng.int(13, 20)
    const l = rng.pick([12, 13, 14, 15, 16, 17, 18])
    const k = rng.int(3, 9)
    return {
      stem: `A paragraph of ${k} lines is set at font-size:${f}px with a unitless line-height of ${(l / 10).toFixed(1)} and no margins. How tall is the block, in px ${DP1}?`,
      show: plain(1, PX),
      figures: { f, l, k },
      key: frac(k * f * l, 10),
      wrong: [
        [frac(k * f, 1), 'leaves out the line-height'],
        [frac(f * l, 10), 'gives one line'],
        [frac((k - 1) * f * l + 10 * f, 10), 'leaves the last line without leading'],
        [frac(k * f * (l - 10), 10), 'counts only the added leading'],
        [frac(k * (f + l), 1), 'adds the line-height to the font size in px'],
      ],
    }
  }),
  worked('line-width-gained-by-ios-text-enlarging', (rng) => {
    const f = rng.int(9, 11)
    const k = rng.int(30, 70)
    return {
      stem: `Apple’s iOS Mail enlarges text set below 13px to 13px unless -webkit-text-size-adjust stops it. A ${k}-character legal line is set at ${f}px in a face whose characters average 0.5em wide. How many px wider does the line get when enlarged ${DP1}?`,
      show: plain(1, PX),
      figures: { f, k },
      key: frac(k * (13 - f), 2),
      wrong: [
        [frac(k * 13, 2), 'gives the enlarged width'],
        [frac(k * (13 - f), 1), 'takes each character as 1em wide'],
        [frac(k * f, 2), 'gives the original width'],
        [frac(13 - f, 2), 'works one character'],
        [frac(k * (14 - f), 2), 'takes the minimum as 14px'],
        [frac(k * (12 - f), 2), 'takes the minimum as 12px'],
        [frac(13 - f, 1), 'gives the rise in font size'],
      ],
    }
  }),
  worked('padding-that-makes-a-44px-touch-target', (rng) => {
    const f = rng.int(14, 18)
    const l = rng.pick([12, 13, 14, 15])
    const b = rng.int(1, 3)
    const line = (f * l) / 10
    const need = (44 - line - 2 * b) / 2
    if (need <= 2) rest()
    return {
      stem: `A button’s label is ${f}px with line-height ${(l / 10).toFixed(1)}, inside a ${b}px border top and bottom. The client asks for a touch target at least 44px tall. What is the least padding-top (equal to padding-bottom) that gives that, in whole px rounded up?`,
      show: px,
      figures: { f, l, b },
      key: frac(Math.ceil(need), 1),
      wrong: [
        [frac(Math.ceil(44 - line - 2 * b), 1), 'puts the whole shortfall on each side'],
        [frac(Math.ceil((44 - f - 2 * b) / 2), 1), 'uses the font size for the line height'],
        [frac(Math.ceil((44 - line) / 2), 1), 'leaves out the border'],
        [frac(Math.ceil((48 - line - 2 * b) / 2), 1), 'aims at 48px'],
        [frac(Math.ceil((44 - line - 4 * b) / 2), 1), 'counts the border twice on each side'],
      ],
    }
  }),
  worked('outlook-point-size-to-pixels', (rng) => {
    const pt = rng.pick([8, 9, 10, 10.5, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24])
    return {
      stem: `A client’s brand guide gives body copy as ${pt}pt. Taking 96 px and 72 pt to the inch, what font-size in px is that ${DP1}?`,
      show: plain(1, PX),
      figures: { p2: pt * 2 },
      key: frac(pt * 2 * 96, 2 * 72),
      wrong: [
        [frac(pt * 2 * 72, 2 * 96), 'multiplies by 72/96 instead of 96/72'],
        [frac(pt * 2, 2), 'keeps the point figure'],
        [frac(pt * 2 * 120, 2 * 72), 'uses 120 dpi for 96'],
        [frac(pt * 2 * 96, 2 * 100), 'treats a point as a hundredth of an inch'],
        [frac(pt * 2 * 96 * 96, 2 * 72 * 72), 'multiplies by 96/72 twice'],
        [frac(pt * 2 * 100, 2 * 72), 'converts at 100 px to the inch'],
      ],
    }
  }),
  worked('characters-per-line-in-a-column', (rng) => {
    const c = rng.int(24, 56) * 10
    const f = rng.int(14, 18)
    const a = rng.pick([5, 6])
    return {
      stem: `Body copy at ${f}px sits in a ${c}px content column of a 600px email; the face’s characters average 0.${a}em wide. How many whole characters fit on a line?`,
      show: plain(0),
      figures: { c, f, a },
      key: frac(Math.floor((10 * c) / (a * f)), 1),
      wrong: [
        [frac(Math.floor(c / f), 1), 'takes each character as 1em wide'],
        [frac(Math.ceil((10 * c) / (a * f)), 1), 'counts a part character'],
        [frac(Math.floor((10 * 600) / (a * f)), 1), 'uses the 600px container for the column'],
        [frac(Math.floor((c * a) / f), 1), 'multiplies by the average width instead of dividing'],
      ],
    }
  }),
  worked('text-size-in-a-shrunk-non-responsive-email', (rng) => {
    const w = rng.pick([600, 640, 700])
    const v = rng.pick([320, 360, 375, 390, 414])
    const f = rng.int(12, 18)
    return {
      stem: `A non-responsive ${w}px email is scaled to fit a phone screen ${v} CSS px wide (a 2x display), so everything shrinks by the same factor. Body text set at ${f}px shows at what size in CSS px, ${DP1}?`,
      show: plain(1, PX),
      figures: { w, v, f },
      key: frac(f * v, w),
      wrong: [
        [frac(f * w, v), 'scales by the container over the screen'],
        [frac(f, 1), 'keeps the set size'],
        [frac(f * (w - v), w), 'scales by the width lost'],
        [frac(f * v, 2 * w), 'halves it again for the 2x display'],
      ],
    }
  }),
  worked('nested-em-font-size', (rng) => {
    const base = rng.pick([14, 15, 16, 18])
    const a = rng.pick([110, 120, 125, 150, 75, 80, 90])
    const b = rng.pick([75, 80, 85, 90, 110, 125])
    if (a === b) rest()
    return {
      stem: `A cell sets font-size:${base}px, a div inside it font-size:${(a / 100).toFixed(2)}em and a span inside the div font-size:${(b / 100).toFixed(2)}em. What size in px is the span’s text ${DP1}?`,
      show: plain(1, PX),
      figures: { base, a, b },
      key: frac(base * a * b, 10000),
      wrong: [
        [frac(base * b, 100), 'takes the span’s em of the cell, skipping the div'],
        [frac(base * (a + b), 100), 'adds the two em factors'],
        [frac(base * a, 100), 'gives the div’s size'],
        [frac(16 * a * b, 10000), 'works from a 16px browser default'],
      ],
    }
  }),
  worked('letter-spaced-heading-width', (rng) => {
    const k = rng.int(8, 24)
    const a = rng.int(9, 16)
    const s = rng.int(1, 4)
    return {
      stem: `An uppercase heading has ${k} characters averaging ${a}px wide, with letter-spacing:${s}px, which this client adds after every character between characters only, not after the last. How wide is the heading, in px ${WHOLE}?`,
      show: px,
      figures: { k, a, s },
      key: frac(k * a + (k - 1) * s, 1),
      wrong: [
        [frac(k * a, 1), 'leaves out the letter-spacing'],
        [frac(k * (a + s), 1), 'adds spacing after the last character too'],
        [frac(k * a + s, 1), 'adds the spacing once'],
        [frac(k * (a + 2 * s), 1), 'spaces both sides of every character'],
        [frac(k * a + 2 * (k - 1) * s, 1), 'counts each gap twice'],
      ],
    }
  }),
  worked('paragraph-height-from-its-character-count', (rng) => {
    const c = rng.int(30, 60) * 10
    const p = rng.int(2, 6) * 5
    const a = rng.int(7, 9)
    const l = rng.int(20, 28)
    const k = rng.int(180, 700)
    const per = Math.floor((c - 2 * p) / a)
    if (k % per === 0) rest()
    const lines = (chars: number) => Math.ceil(k / chars)
    return {
      stem: `A ${k}-character paragraph sits in a ${c}px column cell with ${p}px of padding on all four sides, with characters averaging ${a}px wide and a ${l}px line-height. Taking whole characters per line and a new line for any remainder, how tall is the paragraph, in px ${WHOLE}?`,
      show: px,
      figures: { c, p, a, l, k },
      key: frac(lines(per) * l, 1),
      wrong: [
        [frac(Math.floor(k / per) * l, 1), 'drops the last part line'],
        [frac(lines(Math.floor(c / a)) * l, 1), 'leaves out the cell padding'],
        [
          frac(lines(Math.floor((c - 4 * p) / a)) * l, 1),
          'takes the padding off twice on each side',
        ],
        [frac(k * a * l, c - 2 * p), 'uses a fractional count of lines'],
        [frac(lines(Math.floor((c - 2 * p) / l)) * l, 1), 'divides the width by the line-height'],
        [
          frac(lines(per) * l + 2 * p, 1),
          'gives the cell’s height, top and bottom padding included',
        ],
      ],
    }
  }),
  worked('padding-that-centres-a-label-in-a-fixed-height-button', (rng) => {
    const h = rng.int(20, 30) * 2
    const f = rng.int(14, 18)
    const l = rng.pick([10, 12, 14])
    const b = rng.int(1, 3)
    const line = (f * l) / 10
    if ((h - line - 2 * b) / 2 < 4) rest()
    return {
      stem: `A ${h}px-tall button (its full height, borders included) has a ${b}px border top and bottom and a ${f}px label with line-height ${(l / 10).toFixed(1)}. What equal padding-top and padding-bottom centre the label, in px ${DP1}?`,
      show: plain(1, PX),
      figures: { h, f, l, b },
      key: frac(10 * h - f * l - 20 * b, 20),
      wrong: [
        [frac(10 * h - 10 * f - 20 * b, 20), 'uses the font size for the line height'],
        [frac(10 * h - f * l, 20), 'leaves out the border'],
        [frac(10 * h - f * l - 20 * b, 10), 'puts the whole gap on each side'],
        [frac(10 * h - f * l - 40 * b, 20), 'counts the border twice on each side'],
      ],
    }
  }),
  worked('semi-transparent-overlay-channel', (rng) => {
    const a = rng.pick([20, 30, 40, 60, 70, 80])
    const fg = rng.int(0, 255)
    const bg = rng.int(0, 255)
    if (Math.abs(fg - bg) < 60) rest()
    return {
      stem: `A ${a}% opaque overlay with red channel ${fg} sits over a background whose red channel is ${bg}. The shown channel is opacity × overlay + (1 − opacity) × background. What red channel shows ${WHOLE}?`,
      show: plain(0),
      figures: { a, fg, bg },
      key: frac(a * fg + (100 - a) * bg, 100),
      wrong: [
        [frac((100 - a) * fg + a * bg, 100), 'gives the opacity to the background'],
        [frac(fg + bg, 2), 'averages the two channels'],
        [frac(a * fg, 100), 'leaves out the background'],
        [frac(a * fg + 100 * bg, 100), 'adds the whole background'],
      ],
    }
  }),
  worked('height-of-a-stacked-button-menu', (rng) => {
    const k = rng.int(3, 6)
    const f = rng.int(14, 18)
    const l = rng.pick([10, 12, 14, 15])
    const p = rng.int(3, 5) * 4
    const b = rng.int(1, 3)
    const s = rng.int(2, 5) * 4
    return {
      stem: `A phone menu stacks ${k} buttons, each a ${f}px label with line-height ${(l / 10).toFixed(1)}, ${p}px of padding top and bottom and a ${b}px border top and bottom, with ${s}px between neighbouring buttons. How tall is the menu, in px ${DP1}?`,
      show: plain(1, PX),
      figures: { k, f, l, p, b, s },
      key: frac(k * (f * l + 20 * p + 20 * b) + 10 * (k - 1) * s, 10),
      wrong: [
        [frac(k * (f * l + 20 * p) + 10 * (k - 1) * s, 10), 'leaves out the borders'],
        [frac(k * (f * l + 20 * p + 20 * b) + 10 * k * s, 10), 'puts a gap below the last button'],
        [
          frac(k * (10 * f + 20 * p + 20 * b) + 10 * (k - 1) * s, 10),
          'uses the font size for the line height',
        ],
        [
          frac(k * (f * l + 10 * p + 20 * b) + 10 * (k - 1) * s, 10),
          'pads only the top of each button',
        ],
        [frac(k * (f * l + 20 * p + 20 * b), 10), 'leaves out the gaps'],
        [
          frac(k * (f * l + 40 * p + 20 * b) + 10 * (k - 1) * s, 10),
          'counts the padding twice on each side',
        ],
      ],
    }
  }),
]
