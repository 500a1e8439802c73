import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { an, cap, client, dims, gdes, num, ruled } from './gdes-calc.js'

// Resolution and output. An inch is 25.4 mm; pixels for print = inches × ppi, 300 ppi the usual
// target for offset print. Bleed (commonly 3 mm, or 1/8 inch in the US) is added on every trimmed
// edge, so a document with bleed is trim + 2 × bleed each way. ISO 216: A0 is 841 × 1189 mm and
// each next size halves the longer side, rounded down to the millimetre; A sizes keep 1 : √2, so
// one size up scales lengths by √2 (141%). A saddle-stitched booklet is folded sheets, each sheet
// four pages, so its page count is a multiple of four. A perfect-bound spine is (pages ÷ 2) ×
// the paper's caliper, each leaf carrying two pages. Image resolution for halftone print is
// commonly 1.5–2 × the screen ruling (lpi); 2 × is the usual rule. A 2× (“retina”) asset has
// twice the CSS pixel size in each direction.

const pick = <T>(rng: { pick<U>(a: readonly U[]): U }, a: readonly T[]): T => rng.pick(a)
const SIZES = [
  ['A6', 105, 148],
  ['A5', 148, 210],
  ['A4', 210, 297],
  ['A3', 297, 420],
  ['DL', 99, 210],
] as const

export const OUTPUT_FAMILIES: readonly ScenarioFamily[] = [
  gdes('gdes-pixels-with-bleed', (rng) => {
    const [name, w, h] = pick(rng, SIZES)
    const b = 3
    return {
      stem: `${cap(client(rng))} needs a full-bleed photo for ${an(name)} flyer (${w} × ${h} mm trim, ${b} mm bleed on every edge) at 300 ppi. How many pixels must the image have?`,
      shape: dims('px'),
      key: ['vec', ['pixels', w + 2 * b, 25.4, 300], ['pixels', h + 2 * b, 25.4, 300]],
      wrong: [
        [
          'noBleed',
          ['vec', ['pixels', w, 25.4, 300], ['pixels', h, 25.4, 300]],
          'sizes the trim and forgets the bleed',
        ],
        [
          'oneEdge',
          ['vec', ['pixels', w + b, 25.4, 300], ['pixels', h + b, 25.4, 300]],
          'adds the bleed to one edge only',
        ],
        [
          'cm',
          ['vec', ['pixels', w + 2 * b, 25.4, 72], ['pixels', h + 2 * b, 25.4, 72]],
          'works at 72 ppi, screen resolution',
        ],
        [
          'fourBleeds',
          ['vec', ['pixels', w + 4 * b, 25.4, 300], ['pixels', h + 4 * b, 25.4, 300]],
          'adds the bleed twice on every edge',
        ],
      ],
    }
  }),
  gdes('gdes-document-size-with-bleed', (rng) => {
    const [name, w, h] = pick(rng, SIZES)
    const b = pick(rng, [2, 3, 5])
    return {
      stem: `The printer asks for ${b} mm bleed on ${an(name)} leaflet (${w} × ${h} mm trim). What page size should the PDF be, including bleed?`,
      shape: dims('mm'),
      key: ['vec', w + 2 * b, h + 2 * b],
      wrong: [
        ['oneEdge', ['vec', w + b, h + b], 'adds the bleed once per dimension'],
        ['inside', ['vec', w - 2 * b, h - 2 * b], 'takes the bleed off the trim, as a safe margin'],
        ['fourTimes', ['vec', w + 4 * b, h + 4 * b], 'counts the bleed twice on each edge'],
        ['widthOnly', ['vec', w + 2 * b, h], 'adds bleed to the width only'],
      ],
    }
  }),
  gdes('gdes-trim-from-bleed-size', (rng) => {
    const [name, w, h] = pick(rng, SIZES)
    const b = pick(rng, [3, 5])
    return {
      stem: `A supplied ${name} artwork PDF measures ${w + 2 * b} × ${h + 2 * b} mm and includes ${b} mm bleed on every edge. What is the trimmed size?`,
      shape: dims('mm'),
      key: ['vec', w, h],
      wrong: [
        ['oneEdge', ['vec', w + b, h + b], 'takes off the bleed from one edge only'],
        ['added', ['vec', w + 4 * b, h + 4 * b], 'adds the bleed again instead of removing it'],
        ['twice', ['vec', w - 2 * b, h - 2 * b], 'removes the bleed twice from each edge'],
        ['widthOnly', ['vec', w, h + 2 * b], 'removes the bleed from the width only'],
        ['heightOnly', ['vec', w + 2 * b, h], 'removes the bleed from the height only'],
      ],
    }
  }),
  gdes('gdes-safe-area', (rng) => {
    const [name, w, h] = pick(rng, SIZES)
    const s = pick(rng, [4, 5, 6])
    return {
      stem: `On ${an(name)} leaflet (${w} × ${h} mm trim) all text must stay ${s} mm inside the trim. How large is the safe area?`,
      shape: dims('mm'),
      key: ['vec', w - 2 * s, h - 2 * s],
      wrong: [
        ['oneEdge', ['vec', w - s, h - s], 'takes the margin off one edge only'],
        ['outside', ['vec', w + 2 * s, h + 2 * s], 'adds the margin outside, like a bleed'],
        ['plusBleed', ['vec', w - 2 * s - 6, h - 2 * s - 6], 'also takes 3 mm bleed off each edge'],
      ],
    }
  }),
  gdes('gdes-bleed-in-pixels', (rng) => {
    const b = pick(rng, [2, 3, 5])
    const ppi = pick(rng, [240, 300, 350])
    return {
      stem: `A full-bleed image is prepared at ${ppi} ppi. How many pixels of extra image does a ${b} mm bleed add on each edge (to the nearest pixel)?`,
      shape: num('px'),
      key: ['pixels', b, 25.4, ppi],
      wrong: [
        ['bothEdges', ['pixels', 2 * b, 25.4, ppi], 'counts both edges’ bleed'],
        ['cm', ['pixels', b, 2.54, ppi], 'converts the millimetres as centimetres'],
        ['screen', ['pixels', b, 25.4, 72], 'works at 72 ppi'],
        ['halfInch', ['pixels', b, 50.8, ppi], 'halves the bleed, splitting it between edges'],
        [
          'noConversion',
          ['mul', b, ppi],
          'multiplies millimetres by ppi without converting to inches',
        ],
        ['css', ['pixels', b, 25.4, 96], 'works at 96 ppi, the CSS pixel'],
        ['usBleed', ['round', ['div', ppi, 8]], 'uses the US bleed of 1/8 inch'],
      ],
    }
  }),
  gdes('gdes-aspect-height-for-width', (rng) => {
    const [a, b] = pick(rng, [
      [16, 9],
      [2, 1],
      [3, 2],
      [4, 3],
      [21, 9],
    ] as const)
    const w = pick(rng, [960, 1080, 1200, 1440, 1920])
    return {
      stem: `A ${a}:${b} image for ${client(rng)}’s campaign must be ${w} px wide. How tall is it (to the nearest pixel)?`,
      shape: num('px'),
      key: ['round', ['div', w * b, a]],
      wrong: [
        [
          'inverted',
          ['round', ['div', w * a, b]],
          'swaps the ratio, multiplying by width over height',
        ],
        ['square', ['vec', w], 'makes it square'],
        [
          'partsOfWhole',
          ['round', ['div', w * b, a + b]],
          'treats the ratio as parts of a whole, dividing by their sum',
        ],
        ['onePart', ['round', ['div', w, a]], 'divides the width by the ratio’s first figure only'],
        ['sixteenNine', ['round', ['div', w * 9, 16]], 'uses 16:9 whatever the ratio given'],
        ['fourThree', ['round', ['div', w * 3, 4]], 'uses 4:3 whatever the ratio given'],
      ],
    }
  }),
  gdes('gdes-crop-to-aspect', (rng) => {
    const W = rng.int(30, 60) * 100
    const H = rng.int(20, Math.floor(W / 100) - 2) * 100
    const [a, b] = pick(rng, [
      [3, 4],
      [4, 5],
      [2, 3],
    ] as const)
    return {
      stem: `A ${W} × ${H} px landscape photo is cropped to the largest ${a}:${b} (width:height) area it contains. What are the crop’s pixel dimensions?`,
      shape: dims('px'),
      key: ['vec', ['round', ['div', H * a, b]], H],
      wrong: [
        [
          'keepsWidth',
          ['vec', W, ['round', ['div', W * b, a]]],
          'keeps the full width, a crop taller than the photo',
        ],
        ['swapped', ['vec', ['round', ['div', H * b, a]], H], 'uses the ratio upside down'],
        ['squeezed', ['vec', W, H], 'keeps the whole frame and squeezes it to the ratio'],
      ],
    }
  }),
  gdes('gdes-retina-export', (rng) => {
    const w = rng.int(8, 40) * 10
    const h = rng.int(4, 30) * 10
    const k = pick(rng, [2, 3])
    return {
      stem: `An icon is laid out at ${w} × ${h} CSS pixels. What pixel size should its @${k}x raster export be?`,
      shape: dims('px'),
      key: ['vec', w * k, h * k],
      wrong: [
        ['oneX', ['vec', w, h], 'exports at 1x'],
        [
          'pixelCount',
          ['vec', ['round', ['mul', w, Math.sqrt(k)]], ['round', ['mul', h, Math.sqrt(k)]]],
          'multiplies the pixel count, not each side',
        ],
        ['widthOnly', ['vec', w * k, h], 'scales the width only'],
      ],
    }
  }),
  gdes('gdes-megapixels-for-print', (rng) => {
    const w = pick(rng, [6, 8, 10, 12, 16, 20])
    const h = pick(
      rng,
      [4, 6, 8, 10, 12].filter((x) => x < w),
    )
    return {
      stem: `A photographer asks how many megapixels a photo needs for ${an(w)} × ${h} inch print at 300 ppi. What is the answer (to one decimal)?`,
      shape: num('MP', 1),
      key: ['div', w * 300 * h * 300, 1e6],
      wrong: [
        [
          'bytes',
          ['div', w * 300 * h * 300 * 3, 1e6],
          'gives RGB megabytes, three bytes per pixel',
        ],
        ['screen', ['div', w * 72 * h * 72, 1e6], 'works at 72 ppi'],
        ['double', ['div', w * 600 * h * 600, 1e6], 'works at 600 ppi, the printer’s dpi'],
      ],
    }
  }),
  gdes('gdes-ppi-from-screen-ruling', (rng) => {
    const lpi = pick(rng, [85, 100, 120, 133, 150, 175])
    return {
      stem: `A printer runs ${client(rng)}’s job at ${an(lpi)} lpi halftone screen. By the usual two-times rule, what image resolution should the photos have?`,
      shape: num('ppi'),
      key: ['mul', lpi, 2],
      wrong: [
        ['same', ['mul', lpi, 1], 'uses the screen ruling as the resolution'],
        ['fourTimes', ['mul', lpi, 4], 'squares the factor, two times each way'],
        ['fixed', ['vec', 72], 'uses 72 ppi, screen resolution'],
        ['threeTimes', ['mul', lpi, 3], 'uses three times the ruling'],
        ['platesetter', ['vec', 2400], 'uses the platesetter’s dpi'],
        ['lowEnd', ['mul', lpi, 1.25], 'uses 1.25 times the ruling'],
      ],
    }
  }),
  gdes('gdes-a-series-enlarge-percent', (rng) => {
    const steps = pick(rng, [1, 2, 3])
    const from = pick(rng, ['A5', 'A4'])
    const to = `A${Number(from.slice(1)) - steps}`
    return {
      stem: `Artwork made for ${from} must be enlarged to ${to} without changing its proportions. What scale factor is that (to one decimal of a percent)?`,
      shape: num('%', 1),
      key: ['mul', 100, Math.SQRT2 ** steps],
      wrong: [
        ['area', ['mul', 100, 2 ** steps], 'doubles per size, the area'],
        [
          'added',
          ['mul', 100, 1 + (Math.SQRT2 - 1) * steps],
          'adds 41.4% per size instead of compounding it',
        ],
        ['halfAgain', ['mul', 100, 1.5 ** steps], 'scales by 150% per size'],
        ['sizeShort', ['mul', 100, Math.SQRT2 ** (steps - 1)], 'counts one size too few'],
        ['sizeLong', ['mul', 100, Math.SQRT2 ** (steps + 1)], 'counts one size too many'],
        [
          'inverse',
          ['mul', 100, Math.SQRT2 ** -steps],
          'gives the reduction back to the smaller size',
        ],
      ],
    }
  }),
  gdes('gdes-a-series-size', (rng) => {
    const n = pick(rng, [2, 3, 5, 6, 7])
    let [w, h] = [841, 1189]
    for (let i = 0; i < n; i++) [w, h] = [Math.floor(h / 2), w]
    let [pw, ph] = [841, 1189]
    for (let i = 0; i < n - 1; i++) [pw, ph] = [Math.floor(ph / 2), pw]
    return {
      stem: `A client asks for an A${n} card. A0 is 841 × 1189 mm and each A size halves the one before. What is A${n} in millimetres (short side first)?`,
      shape: dims('mm'),
      key: ['vec', w, h],
      wrong: [
        ['previous', ['vec', pw, ph], `gives A${n - 1}, halving one time fewer`],
        [
          'bothHalved',
          ['vec', Math.floor(841 / 2 ** n), Math.floor(1189 / 2 ** n)],
          'halves both sides at every step',
        ],
        ['next', ['vec', Math.floor(h / 2), w], `gives A${n + 1}, halving one time more`],
        ['longFirst', ['vec', h, w], 'gives the long side first'],
      ],
    }
  }),
  gdes('gdes-saddle-stitch-page-count', (rng) => {
    const n = rng.pick(
      [...Array(58).keys()].map((i) => i + 10).filter((x) => x % 4 !== 0 && x < 60),
    )
    return {
      stem: `${cap(client(rng))}’s saddle-stitched programme has ${n} pages of content. What is the smallest page count the booklet can be printed with?`,
      shape: num('pages'),
      key: ['ceilTo', n, 4],
      wrong: [
        ['even', ['ceilTo', n, 2], 'rounds up to an even number, as if leaves were single sheets'],
        ['eight', ['ceilTo', n, 8], 'rounds up to a multiple of eight'],
        ['down', ['floorTo', n, 4], 'rounds down, cutting content'],
        ['asIs', ['vec', n], 'prints the content’s own page count'],
        [
          'plusCover',
          ['add', ['ceilTo', n, 4], 4],
          'adds a separate four-page cover to the rounded count',
        ],
        ['contentPlusCover', ['vec', n + 4], 'adds a four-page cover to the content count'],
        ['sixteen', ['ceilTo', n, 16], 'rounds up to a whole 16-page signature'],
        ['plusBlank', ['ceilTo', n + 2, 4], 'adds a blank page front and back before rounding'],
        ['evenDown', ['floorTo', n, 2], 'rounds down to an even number'],
      ],
    }
  }),
  gdes('gdes-saddle-stitch-sheets', (rng) => {
    const p = rng.int(4, 16) * 4
    return {
      stem: `A saddle-stitched brochure has ${p} pages, including the cover. How many sheets, each folded once, does each copy use?`,
      shape: num('sheets'),
      key: ['div', p, 4],
      wrong: [
        ['leaves', ['div', p, 2], 'counts leaves (two pages each), not folded sheets'],
        ['eight', ['div', p, 8], 'counts eight pages per sheet'],
        [
          'coverApart',
          ['add', ['div', p - 4, 2], 1],
          'counts the inside pages as leaves and adds the cover',
        ],
        ...(p > 16
          ? ([
              [
                'signatures',
                ['ceil', ['div', p, 16]],
                'counts 16-page signatures as sheets, rounding up',
              ],
            ] as const)
          : []),
        ['noCover', ['div', p - 4, 4], 'leaves out the cover sheet'],
        ['pages', ['vec', p], 'counts a sheet per page'],
      ],
    }
  }),
  gdes('gdes-spine-width', (rng) => {
    const p = rng.int(6, 40) * 8
    const um = pick(rng, [80, 90, 100, 110, 120])
    return {
      stem: `A perfect-bound book has ${p} pages on paper with a caliper of ${um} µm per leaf. How wide is the spine in millimetres, not counting the cover (to one decimal)?`,
      shape: num('mm', 1),
      key: ['mul', p / 2, um / 1000],
      wrong: [
        ['pages', ['mul', p, um / 1000], 'counts every page as a leaf'],
        ['quarter', ['mul', p / 4, um / 1000], 'counts four pages per leaf, as a folded sheet'],
        ['hundredths', ['mul', p / 2, um / 100], 'reads micrometres as hundredths of a millimetre'],
        [
          'tenThousandths',
          ['mul', p / 2, um / 10000],
          'reads micrometres as ten-thousandths of a millimetre',
        ],
        ['signatures', ['mul', p / 16, um / 1000], 'counts 16-page signatures as leaves'],
        ['bothSides', ['mul', p * 2, um / 1000], 'doubles each page for its two sides'],
      ],
    }
  }),
  ruled('gdes-logo-master-format', 'vector-logo', [
    {
      stem: (rng) =>
        `${cap(client(rng))}’s new logo will appear on business cards, signage and a vehicle wrap. In which kind of file should the master artwork be delivered?`,
      keys: [
        'A vector file, such as SVG, EPS or PDF',
        'Vector artwork (SVG, EPS or PDF)',
        'Vector',
      ],
      wrong: [
        ['A raster file, such as JPEG, PNG or TIFF', 'delivers pixels that blur when enlarged'],
        ['Raster', 'delivers pixels that blur when enlarged'],
        [
          'A high-resolution TIFF at 600 ppi and A3 size for every use',
          'delivers a fixed pixel count however large',
        ],
        ['A 300 ppi JPEG at business-card size', 'uses a raster that blurs when enlarged'],
        ['A 72 ppi PNG exported for the website', 'delivers a screen-resolution raster'],
        ['A layered PSD at A4 size', 'delivers a raster master with a fixed pixel count'],
      ],
    },
  ]),
  ruled('gdes-print-handoff-format', 'pdfx', [
    {
      stem: (rng) =>
        `A commercial printer asks for ${client(rng)}’s brochure “print-ready”. Which file is the standard hand-off?`,
      keys: [
        'A PDF/X file with bleed and embedded fonts',
        'A PDF/X export with fonts embedded and bleed',
        'PDF/X',
      ],
      wrong: [
        ['JPEGs', 'flattens text into compressed pixels'],
        [
          'A packaged folder of the native layout file with its fonts and links',
          'sends editable files the printer must repackage',
        ],
        [
          'A Word document with all the images embedded at full size',
          'sends a word-processing file to press',
        ],
        [
          'The native layout file with linked images',
          'sends editable files the printer must repackage',
        ],
        ['A high-quality JPEG of each page', 'flattens text into compressed pixels'],
        ['A PNG of each spread at 72 ppi', 'sends screen-resolution images of pages'],
      ],
    },
  ]),
  ruled('gdes-web-image-format', 'web-format', [
    {
      stem: (rng) =>
        `${cap(client(rng))}’s website needs a full-width photograph with no transparency. Which export format suits it best?`,
      keys: ['JPEG (or WebP), compressed lossily', 'A lossy JPEG or WebP', 'JPEG'],
      wrong: [
        ['PNG', 'uses lossless PNG, far larger for photos'],
        ['A TIFF with LZW compression, to keep every detail', 'sends a print format to a browser'],
        ['A PNG-24, for lossless quality', 'uses lossless PNG, far larger for photos'],
        ['A GIF, for wide browser support', 'limits a photo to 256 colours'],
        ['An SVG, so it scales', 'expects a photograph to be vector'],
      ],
    },
    {
      stem: (rng) =>
        `${cap(client(rng))}’s website needs a product cut-out with soft, semi-transparent shadow edges over a coloured background. Which format keeps that?`,
      keys: [
        'PNG (or WebP) with an alpha channel',
        'A PNG-24 or WebP with alpha transparency',
        'PNG with alpha',
      ],
      wrong: [
        ['JPEG', 'picks a format with no transparency'],
        ['An EPS with a clipping path around the product', 'uses a hard-edged print clipping path'],
        ['JPEG at maximum quality', 'picks a format with no transparency'],
        ['GIF with a transparent colour', 'uses one-level transparency that fringes soft edges'],
        ['A CMYK TIFF', 'sends a print format to a browser'],
      ],
    },
  ]),
  ruled('gdes-vector-vs-raster-enlarge', 'vector-scale', [
    {
      stem: (rng) =>
        `${cap(client(rng))} wants its icon set, drawn as paths in a vector editor, printed on a 3 m banner. What happens to edge quality when the paths are scaled up?`,
      keys: [
        'Edges stay sharp: paths are redrawn at any size',
        'Nothing is lost: vector paths rescale cleanly',
        'They stay sharp',
      ],
      wrong: [
        ['They pixelate', 'treats vector paths as pixels with a resolution'],
        [
          'They become jagged unless the document’s raster effects setting is raised first',
          'confuses paths with rasterised effects',
        ],
        [
          'Edges pixelate unless it was drawn at 300 ppi',
          'treats vector paths as pixels with a resolution',
        ],
        [
          'Edges blur, so it must be redrawn at full size',
          'believes vectors degrade when enlarged',
        ],
        ['Strokes thin out in proportion to the scale', 'confuses scaling with a hairline setting'],
      ],
    },
  ]),
]
