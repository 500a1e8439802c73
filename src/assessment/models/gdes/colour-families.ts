import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  CMYK,
  cap,
  chan,
  client,
  colour,
  gdes,
  HEX,
  HSL,
  HUES,
  hexOf,
  num,
  RGB,
  ratio,
  ruled,
} from './gdes-calc.js'

// Colour. HSL and hex conversions as CSS Color Module Level 4 defines them (§7 HSL colors, the
// hslToRgb and rgbToHsl sample code; §5.2 hex notation, #RGB doubling each digit). Harmonies are
// hue rotations on the colour wheel: complementary 180°, triadic ±120°, split-complementary
// 180° ± 30° (150° and 210°), analogous ±30°, square (tetradic) 90° steps. Tints mix toward
// white, shades toward black, tones toward grey. The naive CMYK separation K = 1 − max(R′,G′,B′),
// C = (1 − R′ − K)/(1 − K) is the device-independent textbook formula (a real separation uses
// an ICC profile). Total area coverage is the sum of the four inks; a rich black is K 100 with
// C, M and Y added under it (for example C60 M40 Y40 K100), kept under the printer's ink limit.
// WCAG 2.2 contrast ratio (L1 + 0.05)/(L2 + 0.05), 4.5:1 for body text at level AA (SC 1.4.3).

const w = (text: string, mistake: string) => [text, mistake] as const
const hueText = (h: number) => `${h}°`
const dist = (rng: { int(a: number, b: number): number }) => rng.int(1, 35) * 10

export const COLOUR_FAMILIES: readonly ScenarioFamily[] = [
  gdes('gdes-hex-to-rgb', (rng) => {
    const c = colour(rng)
    const swap = c.map((q) => ((q & 15) << 4) | (q >> 4))
    return {
      stem: `${cap(client(rng))}’s brand guide gives its accent colour as ${hexOf(c)}. What is it in rgb() notation?`,
      shape: RGB,
      key: ['vec', ...c],
      wrong: [
        ['bgr', ['vec', c[2], c[1], c[0]], 'reads the pairs in reverse order, as blue, green, red'],
        ['nibbles', ['vec', ...swap], 'reads each pair’s two digits the wrong way round'],
        [
          'decimalSixteens',
          ['vec', ...c.map((q) => (q >> 4) * 10 + (q & 15))],
          'multiplies the first digit of each pair by 10 instead of 16',
        ],
        ['inverted', ['vec', ...c.map((q) => 255 - q)], 'gives each channel’s complement to 255'],
      ],
    }
  }),
  gdes('gdes-rgb-to-hex', (rng) => {
    const c = colour(rng)
    const swap = c.map((q) => ((q & 15) << 4) | (q >> 4))
    return {
      stem: `A developer needs the hex value of the client’s rgb(${c.join(', ')}) for a stylesheet. What is it?`,
      shape: HEX,
      key: ['vec', ...c],
      wrong: [
        ['bgr', ['vec', c[2], c[1], c[0]], 'writes the channels in blue, green, red order'],
        ['nibbles', ['vec', ...swap], 'writes each channel’s two hex digits the wrong way round'],
        ['inverted', ['vec', ...c.map((q) => 255 - q)], 'writes the negative of each channel'],
        ['grb', ['vec', c[1], c[0], c[2]], 'swaps the red and green pairs'],
      ],
    }
  }),
  gdes('gdes-hsl-to-hex', (rng) => {
    const h = rng.int(0, 71) * 5
    const s = rng.int(6, 18) * 5
    const l = rng.int(5, 14) * 5
    return {
      stem: `A web palette lists a colour as hsl(${h}, ${s}%, ${l}%). The print brief needs it as a hex colour. What is it?`,
      shape: HEX,
      key: ['hsl2rgb', h, s, l],
      wrong: [
        ['asHsb', ['hsv2rgb', h, s, l], 'treats the figures as HSB (hue, saturation, brightness)'],
        ['swapSL', ['hsl2rgb', h, l, s], 'swaps saturation and lightness'],
        [
          'complement',
          ['hsl2rgb', (h + 180) % 360, s, l],
          'turns the hue half way round the wheel',
        ],
        ['rotatedSector', ['hsl2rgb', (h + 120) % 360, s, l], 'starts the hue wheel at green'],
      ],
    }
  }),
  gdes('gdes-hex-to-hsl', (rng) => {
    const c = colour(rng)
    return {
      stem: `${cap(client(rng))}’s logo colour is ${hexOf(c)}. What is it in hsl() notation, rounded to whole numbers?`,
      shape: HSL,
      key: ['rgb2hsl', ...c],
      wrong: [
        ['bgr', ['rgb2hsl', c[2], c[1], c[0]], 'reads the hex pairs as blue, green, red'],
        ['inverted', ['rgb2hsl', ...c.map((q) => 255 - q)], 'converts the negative of the colour'],
        ['grb', ['rgb2hsl', c[1], c[0], c[2]], 'swaps the red and green pairs before converting'],
      ],
    }
  }),
  gdes('gdes-complementary-hex', (rng) => {
    const c = colour(rng)
    return {
      stem: `${cap(client(rng))} wants an accent that is the colour-wheel complement of its primary ${hexOf(c)}, keeping its HSL saturation and lightness. Which hex colour is it?`,
      shape: HEX,
      key: ['rotate', ...c, 180],
      wrong: [
        [
          'negative',
          ['vec', ...c.map((q) => 255 - q)],
          'inverts each channel, the photographic negative',
        ],
        ['triadic', ['rotate', ...c, 120], 'turns the hue by 120°, a triadic partner'],
        ['square', ['rotate', ...c, 90], 'turns the hue by 90°, a square-scheme partner'],
        ['split', ['rotate', ...c, 150], 'turns the hue by 150°, one split complement'],
      ],
    }
  }),
  gdes('gdes-triadic-hex', (rng) => {
    const c = colour(rng)
    return {
      stem: `A triadic scheme is built on ${hexOf(c)}. Which hex colour is the partner whose HSL hue is 120° further round the wheel (saturation and lightness kept)?`,
      shape: HEX,
      key: ['rotate', ...c, 120],
      wrong: [
        ['complement', ['rotate', ...c, 180], 'turns the hue by 180°, the complement'],
        ['backwards', ['rotate', ...c, -120], 'turns the hue 120° the other way'],
        ['analogous', ['rotate', ...c, 30], 'turns the hue by 30°, an analogous neighbour'],
        [
          'channelShift',
          ['vec', c[2], c[0], c[1]],
          'shifts the channels one place instead of turning the hue',
        ],
      ],
    }
  }),
  gdes('gdes-complementary-hue', (rng) => {
    const h = rng.int(19, 35) * 10
    return {
      stem: `A colour has an HSL hue of ${hueText(h)}. What is the hue of its complement on the colour wheel?`,
      shape: HUES,
      key: ['hues', h, 180],
      wrong: [
        ['unwrapped', ['vec', h + 180], 'adds 180° without bringing the angle back under 360°'],
        ['triadic', ['hues', h, 120], 'adds 120°, a triadic hue'],
        ['mirror', ['vec', 360 - h], 'mirrors the angle, 360° minus the hue'],
        ['quarter', ['hues', h, 90], 'adds 90°, a square-scheme hue'],
        ['split', ['hues', h, 150], 'adds 150°, a split-complementary hue'],
        ['backQuarter', ['hues', h, -90], 'turns back 90° instead of across'],
      ],
    }
  }),
  gdes('gdes-triadic-hues', (rng) => {
    const h = dist(rng)
    return {
      stem: `A palette starts from a hue of ${hueText(h)}. Which two hues complete a triadic scheme?`,
      shape: HUES,
      key: ['hues', h, 120, 240],
      wrong: [
        ['split', ['hues', h, 150, 210], 'gives the split-complementary pair, 180° ± 30°'],
        ['square', ['hues', h, 90, 270], 'uses quarter turns, as a square scheme does'],
        ['analogous', ['hues', h, -30, 30], 'gives the analogous neighbours at ± 30°'],
        ['sixty', ['hues', h, 60, 120], 'steps 60° twice instead of 120°'],
      ],
    }
  }),
  gdes('gdes-split-complementary-hues', (rng) => {
    const h = dist(rng)
    return {
      stem: `A designer builds a split-complementary palette on a base hue of ${hueText(h)}. Which two hues join the base?`,
      shape: HUES,
      key: ['hues', h, 150, 210],
      wrong: [
        ['triadic', ['hues', h, 120, 240], 'gives the triadic pair at ± 120°'],
        [
          'aroundBase',
          ['hues', h, -30, 30],
          'splits around the base hue instead of its complement',
        ],
        ['wide', ['hues', h, 90, 270], 'splits the complement by 90°, a square scheme'],
        ['oneSide', ['hues', h, 180, 210], 'keeps the complement and adds one neighbour'],
      ],
    }
  }),
  gdes('gdes-analogous-hues', (rng) => {
    const h = dist(rng)
    return {
      stem: `For a calm, low-contrast scheme a designer picks the analogous hues either side of ${hueText(h)}, 30° apart. Which two hues are they?`,
      shape: HUES,
      key: ['hues', h, -30, 30],
      wrong: [
        ['split', ['hues', h, 150, 210], 'splits the complement instead of the base hue'],
        ['oneSide', ['hues', h, 30, 60], 'steps twice in one direction'],
        ['triadic', ['hues', h, 120, 240], 'gives the triadic hues'],
        ['sixty', ['hues', h, -60, 60], 'steps 60° each way'],
      ],
    }
  }),
  gdes('gdes-square-hues', (rng) => {
    const h = dist(rng)
    return {
      stem: `A square (tetradic) colour scheme starts from ${hueText(h)}. Which three hues complete it?`,
      shape: HUES,
      key: ['hues', h, 90, 180, 270],
      wrong: [
        ['rectangle', ['hues', h, 60, 180, 240], 'gives a 60°/120° rectangle scheme'],
        ['thirds', ['hues', h, 120, 180, 240], 'mixes the triadic hues with the complement'],
        ['thirty', ['hues', h, 30, 60, 90], 'steps 30° as an analogous run does'],
        ['fortyFive', ['hues', h, 45, 90, 135], 'divides half the wheel instead of the whole'],
      ],
    }
  }),
  gdes('gdes-tint', (rng) => {
    const c = colour(rng)
    const t = rng.pick([20, 25, 30, 40, 60, 70])
    return {
      stem: `A brand colour ${hexOf(c)} needs a ${t}% tint (mixed ${t}% toward white) for a panel background. Which hex colour is it?`,
      shape: HEX,
      key: ['mix', ...c, 255, 255, 255, t / 100],
      wrong: [
        ['shade', ['mix', ...c, 0, 0, 0, t / 100], 'mixes toward black, a shade'],
        [
          'inverse',
          ['mix', ...c, 255, 255, 255, 1 - t / 100],
          'mixes the remaining share toward white',
        ],
        ['tone', ['mix', ...c, 128, 128, 128, t / 100], 'mixes toward mid grey, a tone'],
      ],
    }
  }),
  gdes('gdes-shade', (rng) => {
    const c = colour(rng)
    const t = rng.pick([15, 20, 25, 30, 40])
    return {
      stem: `For a hover state a designer wants a ${t}% shade of ${hexOf(c)} (mixed ${t}% toward black). Which hex colour is it?`,
      shape: HEX,
      key: ['mix', ...c, 0, 0, 0, t / 100],
      wrong: [
        ['tint', ['mix', ...c, 255, 255, 255, t / 100], 'mixes toward white, a tint'],
        ['inverse', ['mix', ...c, 0, 0, 0, 1 - t / 100], 'mixes the remaining share toward black'],
        ['tone', ['mix', ...c, 128, 128, 128, t / 100], 'mixes toward mid grey, a tone'],
      ],
    }
  }),
  gdes('gdes-hsl-lighten-points', (rng) => {
    const h = rng.int(0, 35) * 10
    const s = rng.int(8, 18) * 5
    const l = rng.int(6, 10) * 5
    const d = rng.pick([10, 15, 20])
    return {
      stem: `A button is hsl(${h}, ${s}%, ${l}%). The style guide says hover states raise HSL lightness by ${d} percentage points. What is the hover colour?`,
      shape: HSL,
      key: ['vec', h, s, l + d],
      wrong: [
        [
          'relative',
          ['vec', h, s, Math.round(l * (1 + d / 100))],
          'raises lightness by that percent of itself',
        ],
        ['saturation', ['vec', h, Math.min(100, s + d), l], 'raises saturation instead'],
        ['darkens', ['vec', h, s, l - d], 'lowers lightness'],
        ['hue', ['vec', (h + d) % 360, s, l], 'turns the hue instead'],
      ],
    }
  }),
  gdes('gdes-hsl-lightness-of-hex', (rng) => {
    const c = colour(rng)
    const mx = ['max', ...c] as const
    const mn = ['min', ...c] as const
    return {
      stem: `To compare the lightness of a palette’s colours a designer needs the HSL lightness of ${hexOf(c)}. What is it, to the nearest percent?`,
      shape: num('%'),
      key: ['round', ['div', ['mul', 100, ['add', mx, mn]], 510]],
      wrong: [
        [
          'value',
          ['round', ['div', ['mul', 100, mx], 255]],
          'gives the brightest channel, HSB brightness',
        ],
        ['minimum', ['round', ['div', ['mul', 100, mn], 255]], 'gives the darkest channel'],
        [
          'halfSum',
          ['round', ['div', ['mul', 100, ['add', mx, mn]], 255]],
          'adds the extremes without halving them',
        ],
        [
          'mean',
          ['round', ['div', ['mul', 100, ['add', ...c]], 765]],
          'averages all three channels',
        ],
        [
          'luma',
          [
            'round',
            ['div', ['add', ['mul', 29.9, c[0]], ['mul', 58.7, c[1]], ['mul', 11.4, c[2]]], 255],
          ],
          'gives the weighted luma, 0.299 R, 0.587 G and 0.114 B summed',
        ],
      ],
    }
  }),
  gdes('gdes-rgb-to-cmyk', (rng) => {
    const c = colour(rng)
    const k = 1 - Math.max(...c) / 255
    const cmy = c.map((q) => Math.round((1 - q / 255) * 100))
    return {
      stem: `Before the printer’s profile is applied, a designer estimates a naive CMYK build for rgb(${c.join(', ')}) with K = 1 − max(R, G, B)/255. Which build is it?`,
      shape: CMYK,
      key: ['rgb2cmyk', ...c],
      wrong: [
        ['noBlack', ['vec', ...cmy, 0], 'takes 1 − R, 1 − G, 1 − B and leaves out black'],
        [
          'undivided',
          ['vec', ...c.map((q) => Math.round((1 - q / 255 - k) * 100)), Math.round(k * 100)],
          'subtracts K but does not divide by 1 − K',
        ],
        ['bgr', ['rgb2cmyk', c[2], c[1], c[0]], 'separates the channels in blue, green, red order'],
        [
          'fullBlack',
          ['vec', ...cmy, Math.round(k * 100)],
          'adds black without taking it out of C, M and Y',
        ],
      ],
    }
  }),
  gdes('gdes-cmyk-to-rgb', (rng) => {
    const q = () => rng.int(0, 20) * 5
    const [c, m, y] = [q(), q(), q()]
    const k = rng.int(0, 8) * 5
    return {
      stem: `A client’s printed colour is C${c} M${m} Y${y} K${k}. For a quick web mock-up, what is its naive RGB value, 255 × (1 − C) × (1 − K) per channel?`,
      shape: RGB,
      key: ['cmyk2rgb', c, m, y, k],
      wrong: [
        ['noBlack', ['cmyk2rgb', c, m, y, 0], 'leaves out the black'],
        [
          'subtracted',
          ['vec', ...[c, m, y].map((v) => Math.max(0, Math.round(255 * (1 - v / 100 - k / 100))))],
          'subtracts K from each ink instead of multiplying',
        ],
        [
          'direct',
          ['vec', ...[c, m, y].map((v) => Math.round((255 * v) / 100))],
          'scales the ink percentages straight to 255',
        ],
        ['order', ['cmyk2rgb', y, m, c, k], 'maps cyan to blue and yellow to red'],
      ],
    }
  }),
  gdes('gdes-total-ink-coverage', (rng) => {
    const c = rng.int(4, 14) * 5
    const m = rng.int(4, 14) * 5
    const y = rng.int(4, 14) * 5
    const k = rng.pick([80, 90, 100])
    return {
      stem: `A printer limits total area coverage to 300%. A background is built as C${c} M${m} Y${y} K${k}. What is its total ink coverage?`,
      shape: num('%'),
      key: ['add', c, m, y, k],
      wrong: [
        ['noBlack', ['add', c, m, y], 'leaves black out of the total'],
        ['average', ['div', ['add', c, m, y, k], 4], 'averages the four inks'],
        ['blackTwice', ['add', c, m, y, 2 * k], 'counts black twice, as a rich-black layer'],
        ['maxInk', ['max', c, m, y, k], 'takes the heaviest ink alone'],
        ['fourHundred', ['sub', 400, ['add', c, m, y, k]], 'gives the headroom left under 400%'],
        ['registration', ['vec', 400], 'counts every ink at full strength'],
        ['dotGain', ['mul', ['add', c, m, y, k], 1.15], 'adds 15% dot gain to every ink'],
        ['blackFull', ['add', c, m, y, 100], 'counts black at 100% whatever its value'],
      ],
    }
  }),
  gdes('gdes-wcag-contrast-ratio', (rng) => {
    const l1 = rng.int(60, 100) / 100
    const l2 = rng.int(2, 25) / 100
    return {
      stem: `A designer checks text against its background: the relative luminances are ${l1.toFixed(2)} and ${l2.toFixed(2)}. What is the WCAG contrast ratio?`,
      shape: ratio(2),
      key: ['div', l1 + 0.05, l2 + 0.05],
      wrong: [
        ['noFlare', ['div', l1, l2], 'divides the luminances without adding 0.05'],
        ['inverted', ['div', l2 + 0.05, l1 + 0.05], 'divides the darker luminance by the lighter'],
        ['tenfoldFlare', ['div', l1 + 0.5, l2 + 0.5], 'adds 0.5 instead of 0.05 to each luminance'],
      ],
    }
  }),
  ruled('gdes-rich-black-large-areas', 'rich-black', [
    {
      stem: (rng) =>
        `${cap(client(rng))}’s poster for offset printing has a large solid black background. Which black build suits it?`,
      keys: [
        'C60 M40 Y40 K100, a rich black',
        'A rich black, such as C60 M40 Y40 K100',
        'A rich black',
      ],
      wrong: [
        w('K100 alone', 'uses flat black, which prints a weak dark grey over large areas'),
        [
          'K100 alone, a flat black',
          'uses flat black, which prints a weak dark grey over large areas',
        ],
        [
          'C100 M100 Y100 K100, registration black',
          'uses registration black, 400% ink that will not dry',
        ],
        [
          'R0 G0 B0 left in RGB for the printer',
          'leaves the file in RGB for the printer to convert',
        ],
        ['C0 M0 Y0 K85, a softer black', 'lightens the black instead of deepening it'],
      ],
    },
  ]),
  ruled('gdes-k-only-small-text', 'k-only-text', [
    {
      stem: (rng) =>
        `${cap(client(rng))}’s leaflet has 8 pt black body text on white, printed offset in CMYK. Which black should the text use?`,
      keys: [
        'K100 alone, so no plates need to register',
        'Black ink only (K100), not a rich black',
        'K100 alone',
      ],
      wrong: [
        w('A rich black', 'uses rich black on small type, which blurs if plates shift'),
        w(
          'C50 K100, a cool black that looks deeper on coated stock',
          'adds cyan to small type, which blurs if plates shift',
        ),
        [
          'C60 M40 Y40 K100, for a deeper black',
          'uses rich black on small type, which blurs if plates shift',
        ],
        [
          'C100 M100 Y100 K100, registration black',
          'uses registration black, which floods fine type',
        ],
        ['R0 G0 B0 in an RGB text colour', 'leaves the text in RGB for the printer to separate'],
      ],
    },
  ]),
  ruled('gdes-rgb-or-cmyk-for-output', 'colour-mode', [
    {
      stem: (rng) =>
        `${cap(client(rng))} orders ${rng.pick(['an offset-printed brochure', 'a litho-printed menu', 'printed business cards'])}. In which colour mode should the final artwork go to the printer?`,
      keys: [
        'CMYK, for the printing press’s four inks',
        'CMYK, matching the press’s four process inks',
        'CMYK',
      ],
      wrong: [
        w('RGB', 'leaves the separation to the printer unseen'),
        w('Lab, because it is device-independent', 'sends a mode no press prints directly'),
        ['sRGB, because it is the widest gamut', 'believes sRGB is wider than any printer’s gamut'],
        ['RGB, and let the printer convert it', 'leaves the separation to the printer unseen'],
        ['Indexed colour, to keep the file small', 'limits the palette to 256 colours'],
      ],
    },
    {
      stem: (rng) =>
        `${cap(client(rng))} needs ${rng.pick(['social media banners', 'website hero images', 'an email header'])}. In which colour mode should the artwork be delivered?`,
      keys: [
        'RGB (sRGB), the mode screens display',
        'RGB in sRGB, since screens emit light',
        'RGB',
      ],
      wrong: [
        w('CMYK', 'sends print separations to a screen'),
        w('Lab, because it is device-independent', 'sends a mode browsers do not expect'),
        ['CMYK, so colours match the printed brochure', 'sends print separations to a screen'],
        ['Pantone spot colours, for accuracy', 'names inks a screen cannot use'],
        ['Grayscale plus a colour profile', 'throws away the colour'],
      ],
    },
  ]),
  gdes('gdes-hex-shorthand-expand', (rng) => {
    const d = [rng.int(1, 15), rng.int(0, 15), rng.int(1, 15)]
    const short = `#${d.map((q) => q.toString(16).toUpperCase()).join('')}`
    return {
      stem: `A stylesheet uses the shorthand colour ${short}. A print brief needs the full six-digit hex value. What is it?`,
      shape: HEX,
      key: ['vec', ...d.map((q) => q * 17)],
      wrong: [
        ['padded', ['vec', d[0]! * 16 + d[1]!, d[2]! * 16, 0], 'pads the three digits with zeros'],
        ['leadingZero', ['vec', ...d], 'puts a zero before each digit'],
        ['trailingZero', ['vec', ...d.map((q) => q * 16)], 'puts a zero after each digit'],
        [
          'repeated',
          ['vec', d[0]! * 16 + d[1]!, d[2]! * 16 + d[0]!, d[1]! * 16 + d[2]!],
          'repeats the three digits twice',
        ],
      ],
    }
  }),
  gdes('gdes-grey-of-equal-lightness', (rng) => {
    const c = colour(rng)
    const mx = Math.max(...c)
    const mn = Math.min(...c)
    const avg = Math.round((c[0] + c[1] + c[2]) / 3)
    const g = ['round', ['div', ['add', ['max', ...c], ['min', ...c]], 2]] as const
    return {
      stem: `For a monochrome version of a logo a designer keeps the HSL lightness of ${hexOf(c)} and drops its saturation to 0%. Which grey results?`,
      shape: HEX,
      key: ['vec', g, g, g],
      wrong: [
        ['average', ['vec', avg, avg, avg], 'averages the three channels'],
        ['brightest', ['vec', mx, mx, mx], 'keeps the brightest channel, as HSB brightness'],
        ['darkest', ['vec', mn, mn, mn], 'keeps the darkest channel'],
      ],
    }
  }),
  gdes('gdes-rgb-channel-percent', (rng) => {
    const v = chan(rng, 10, 245)
    return {
      stem: `A colour picker shows a channel of ${v} on the 0–255 scale. What is it as a percentage, as CSS rgb() percentages write it (to one decimal)?`,
      shape: num('%', 1),
      key: ['div', ['mul', v, 100], 255],
      wrong: [
        ['over256', ['div', ['mul', v, 100], 256], 'divides by 256, the count of levels'],
        ['fraction', ['div', v, 255], 'gives the fraction of 255, not the percentage'],
        ['asIs', ['div', v, 2.5], 'divides by 2.5 instead of 2.55'],
        [
          'complement',
          ['sub', 100, ['div', ['mul', v, 100], 255]],
          'gives the complement, 255 minus the channel',
        ],
        ['alreadyPercent', ['vec', v], 'reads the channel as a percentage already'],
      ],
    }
  }),
]
