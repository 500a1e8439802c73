import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { cap, client, gdes, num, ruled } from './gdes-calc.js'

// Typography in layouts. A PostScript point is 1/72 inch, 0.3528 mm (25.4/72); a Didot point is
// about 0.376 mm. Adobe InDesign and Illustrator set Auto leading at 120% of the type size
// (InDesign user guide, "Leading"). Type scales linearly with the layout: a size read at a
// distance keeps the same visual angle when it grows in proportion to the distance. ISO A sizes
// keep the ratio 1 : √2, so one size up scales lengths by √2. Cross-alignment: a smaller leading
// that puts m lines in the space of n body lines is body leading × n/m. Bringhurst, The Elements
// of Typographic Style, §2.1.2: 45 to 75 characters is a satisfactory measure for a single
// column, 66 widely regarded as ideal; §3.2.2: letterspace all strings of capitals.

const pick = <T>(rng: { pick<U>(a: readonly U[]): U }, a: readonly T[]): T => rng.pick(a)
const MM_PER_PT = 25.4 / 72

export const TYPE_FAMILIES: readonly ScenarioFamily[] = [
  gdes('gdes-auto-leading', (rng) => {
    const size = pick(rng, [7, 8, 9, 10.5, 11, 13, 14, 17, 22])
    return {
      stem: `A designer sets ${size} pt text in a layout application with Auto leading at its default of 120%. What leading does the text get (to one decimal)?`,
      shape: num('pt', 1),
      key: ['mul', size, 1.2],
      wrong: [
        ['addsTwelve', ['add', size, 1.2], 'adds 1.2 pt to the size'],
        ['addsTwenty', ['add', size, 2], 'adds a flat 2 pt to the size'],
        ['sizeOnly', ['mul', size, 1], 'sets the leading solid, equal to the size'],
        ['onePointFive', ['mul', size, 1.5], 'uses 150%, the usual web line height'],
        ['inverse', ['div', size, 1.2], 'divides the size by 1.2'],
        ['double', ['mul', size, 2], 'uses double spacing, as a word processor does'],
        ['quarter', ['mul', size, 1.25], 'uses 125% instead of 120%'],
      ],
    }
  }),
  gdes('gdes-headline-fit-size', (rng) => {
    const size = pick(rng, [36, 42, 48, 54, 60, 72])
    const w1 = rng.int(20, 40) * 10
    const w2 = w1 - rng.int(3, 10) * 10
    return {
      stem: `A headline set in ${size} pt runs ${w1} mm wide, but the column is ${w2} mm. Scaling the type proportionally, what size makes it fit exactly (to one decimal)?`,
      shape: num('pt', 1),
      key: ['div', size * w2, w1],
      wrong: [
        [
          'subtractMm',
          ['sub', size, w1 - w2],
          'subtracts the overrun in millimetres from the point size',
        ],
        ['inverse', ['div', size * w1, w2], 'scales by the old width over the new'],
        ['area', ['mul', size, (w2 / w1) ** 2], 'scales by the square of the widths, as an area'],
        ['root', ['mul', size, Math.sqrt(w2 / w1)], 'scales by the square root of the widths'],
        [
          'mmAsPercent',
          ['mul', size, 1 - (w1 - w2) / 100],
          'reads the overrun in millimetres as a percentage',
        ],
        [
          'percentOff',
          ['mul', size, 1 - (w1 - w2) / w2],
          'takes the overrun as a share of the column, not of the headline',
        ],
      ],
    }
  }),
  gdes('gdes-cap-height-to-point-size', (rng) => {
    const capMm = rng.int(40, 70)
    const r = pick(rng, [0.68, 0.7, 0.72])
    return {
      stem: `A door sign needs capitals ${capMm} mm tall. The typeface’s cap height is ${r} of its point size. What point size should it be set at (to the nearest point)?`,
      shape: num('pt'),
      key: ['round', ['div', capMm, MM_PER_PT * r]],
      wrong: [
        ['noRatio', ['round', ['div', capMm, MM_PER_PT]], 'sets the point size to the cap height'],
        [
          'timesRatio',
          ['round', ['div', capMm * r, MM_PER_PT]],
          'multiplies by the cap-height ratio instead of dividing',
        ],
        ['didot', ['round', ['div', capMm, 0.376 * r]], 'uses the Didot point of about 0.376 mm'],
        [
          'pixels',
          ['round', ['div', capMm, (25.4 / 96) * r]],
          'uses CSS pixels of 1/96 inch instead of points',
        ],
        [
          'capAsHalf',
          ['round', ['div', capMm * 2, MM_PER_PT]],
          'takes the cap height as half the point size',
        ],
        [
          'ratioTwice',
          ['round', ['div', capMm, MM_PER_PT * r * r]],
          'divides by the cap-height ratio twice',
        ],
      ],
    }
  }),
  gdes('gdes-x-height-matching-size', (rng) => {
    const size = pick(rng, [9, 10, 11, 12])
    const xa = rng.int(44, 54) / 100
    const xb = rng.int(38, 54) / 100
    return {
      stem: `Body text is ${size} pt in a face whose x-height is ${xa.toFixed(2)} em. A second face with an x-height of ${xb.toFixed(2)} em must look the same size in a caption beside it. What size should the second face be (to one decimal)?`,
      shape: num('pt', 1),
      key: ['div', size * xa, xb],
      wrong: [
        ['inverse', ['div', size * xb, xa], 'scales by the new x-height over the old'],
        ['sameSize', ['mul', size, 1], 'keeps the same point size'],
        [
          'linear',
          ['mul', size, 1 + xa - xb],
          'adds the x-height difference as a share of the size instead of dividing',
        ],
      ],
    }
  }),
  gdes('gdes-viewing-distance-size', (rng) => {
    const size = pick(rng, [9, 10, 12])
    const d1 = pick(rng, [30, 40, 50])
    const d2 = pick(rng, [150, 200, 250, 300, 400])
    return {
      stem: `Text reads comfortably at ${size} pt from ${d1} cm. An exhibition panel will be read from ${d2} cm. Keeping the same apparent size, what size should the panel text be (to the nearest point)?`,
      shape: num('pt'),
      key: ['round', ['div', size * d2, d1]],
      wrong: [
        [
          'addDistance',
          ['round', ['add', size, d2 - d1]],
          'adds the extra distance in centimetres as points',
        ],
        [
          'squared',
          ['round', ['mul', size, (d2 / d1) ** 2]],
          'scales by the square of the distances, as area',
        ],
        [
          'sqrt',
          ['round', ['mul', size, Math.sqrt(d2 / d1)]],
          'scales by the square root of the distances',
        ],
        ['inverse', ['round', ['div', size * d1, d2]], 'scales by the old distance over the new'],
        [
          'increaseOnly',
          ['round', ['div', size * (d2 - d1), d1]],
          'gives only the increase in size',
        ],
        ['unchanged', ['vec', size], 'keeps the size, as if distance did not matter'],
      ],
    }
  }),
  gdes('gdes-a-series-type-scale', (rng) => {
    const size = pick(rng, [9, 10, 11, 12, 14])
    const up = pick(rng, [1, 2])
    const names = up === 1 ? 'A4 to A3' : 'A4 to A2'
    return {
      stem: `A flyer designed at A4 is enlarged to a poster, ${names}, scaling everything. The body text was ${size} pt. What size is it on the poster (to one decimal)?`,
      shape: num('pt', 1),
      key: ['mul', size, Math.SQRT2 ** up],
      wrong: [
        ['areaDoubled', ['mul', size, 2 ** up], 'scales by the area, doubling per size up'],
        ['halfAgain', ['mul', size, 1.5 ** up], 'scales by 1.5 per size up'],
        ['unchanged', ['mul', size, 1], 'keeps the point size, as if type did not scale'],
      ],
    }
  }),
  gdes('gdes-cross-aligned-caption-leading', (rng) => {
    const lead = pick(rng, [12, 13, 14, 15, 16])
    const [n, m] = pick(rng, [
      [2, 3],
      [3, 4],
      [4, 5],
      [3, 5],
    ] as const)
    return {
      stem: `Body text has ${lead} pt leading. Captions should cross-align: ${m} caption lines in the depth of ${n} body lines. What caption leading does that need (to two decimals)?`,
      shape: num('pt', 2),
      key: ['div', lead * n, m],
      wrong: [
        ['inverse', ['div', lead * m, n], 'puts the body lines over the caption lines'],
        ['perLineLoss', ['sub', lead, m - n], 'takes a point off per extra line'],
        ['halfLeading', ['div', lead, 2], 'halves the body leading'],
      ],
    }
  }),
  gdes('gdes-leading-to-fill-depth', (rng) => {
    const n = rng.int(8, 30)
    const lead = pick(rng, [11, 12, 12.5, 13, 14])
    const H = n * lead
    const size = lead - 2
    return {
      stem: `${cap(client(rng))}’s menu column is ${H} pt deep and must hold exactly ${n} lines of ${size} pt type, the first baseline one leading below the top and the last on the bottom. What leading fills it (to two decimals)?`,
      shape: num('pt', 2),
      key: ['div', H, n],
      wrong: [
        ['gaps', ['div', H, n - 1], 'divides by the gaps between lines, one fewer than the lines'],
        ['extra', ['div', H, n + 1], 'counts a line more than the text has'],
        ['twoMore', ['div', H, n + 2], 'leaves a spare line above and below'],
        ['endsOut', ['div', H, n - 2], 'leaves the first and last lines out of the count'],
        ['capFirst', ['div', H - size, n], 'takes the first line’s type size off the depth first'],
        [
          'bySize',
          ['div', H - size, n - 1],
          'lets the first line take its type size, then divides by the gaps',
        ],
      ],
    }
  }),
  gdes('gdes-em-indent-in-mm', (rng) => {
    const size = pick(rng, [9, 10, 11, 12, 14])
    const em = pick(rng, [1, 1.5, 2])
    return {
      stem: `A book’s first-line indent is ${em} em in ${size} pt text. The printer asks for it in millimetres. How wide is it (to two decimals)?`,
      shape: num('mm', 2),
      key: ['mul', size * em, MM_PER_PT],
      wrong: [
        ['enSpace', ['mul', (size * em) / 2, MM_PER_PT], 'counts an em as half the type size'],
        ['didot', ['mul', size * em, 0.376], 'uses the Didot point'],
        ['px', ['mul', size * em, 25.4 / 96], 'treats the points as CSS pixels'],
        ['sizeAsMm', ['mul', size * em, 1], 'takes points as millimetres'],
      ],
    }
  }),
  gdes('gdes-point-size-for-body-height', (rng) => {
    const inches = pick(rng, [1, 1.5, 2, 2.5, 3, 4])
    return {
      stem: `A shop-window headline must have a body (point) size of ${inches} inch${inches === 1 ? '' : 'es'}. What point size is that?`,
      shape: num('pt'),
      key: ['mul', inches, 72],
      wrong: [
        ['css', ['mul', inches, 96], 'uses 96 CSS pixels per inch'],
        ['picas', ['mul', inches, 6], 'gives the size in picas'],
        ['hundred', ['mul', inches, 100], 'assumes 100 points to the inch'],
        ['didot', ['mul', inches, 67.5], 'uses Didot points, about 67.5 to the inch'],
        ['tex', ['mul', inches, 72.27], 'uses the older printer’s point, 72.27 to the inch'],
        ['mm', ['mul', inches, 25.4], 'gives the size in millimetres'],
        ['retina', ['mul', inches, 192], 'counts device pixels on a 2× screen'],
      ],
    }
  }),
  ruled('gdes-caps-letterspacing', 'caps-tracking', [
    {
      stem: (rng) =>
        `${cap(client(rng))}’s headings are set in all capitals at the same tracking as the lowercase body text. What adjustment does standard practice call for?`,
      keys: [
        'Add a little letterspacing to the capitals',
        'Track the all-caps headings slightly looser',
        'Letterspace them slightly',
      ],
      wrong: [
        ['Tighten them', 'tightens caps, which already sit close'],
        [
          'Set the capitals in a condensed width so they match the lowercase',
          'changes the face instead of the spacing',
        ],
        [
          'Remove the word spaces between the capital words',
          'closes word spaces instead of opening letter spaces',
        ],
        ['Tighten the capitals’ tracking below zero', 'tightens caps, which already sit close'],
        ['Increase the leading of the headings', 'adjusts line spacing instead of letter spacing'],
        ['Switch off kerning for the capitals', 'removes the kerning that evens awkward pairs'],
      ],
    },
  ]),
  ruled('gdes-comfortable-measure', 'measure', [
    {
      stem: (rng) =>
        `${cap(client(rng))}’s annual report sets body text in one wide column. Which line length, in characters per line, is the usual target for comfortable reading?`,
      keys: [
        'About 45–75 characters, ideally around 66',
        'Roughly 66 characters, within 45 to 75',
        '45–75 characters',
      ],
      wrong: [
        ['90–110 characters', 'packs the line so the eye loses its way back'],
        ['About 100–120 characters, to fit more', 'packs the line so the eye loses its way back'],
        [
          'About 25–35 characters, as in newspapers',
          'uses a narrow multi-column measure for one column',
        ],
        ['As long as the page allows, edge to edge', 'ignores line length altogether'],
      ],
    },
  ]),
  gdes('gdes-size-after-reduction', (rng) => {
    const size = pick(rng, [8, 9, 10, 12, 14])
    const pct = pick(rng, [60, 65, 70, 75, 80])
    return {
      stem: `An ad built at full size is placed at ${pct}% in a magazine. Its legal line was set in ${size} pt. What size does it print at (to one decimal)?`,
      shape: num('pt', 1),
      key: ['mul', size, pct / 100],
      wrong: [
        ['reduction', ['mul', size, 1 - pct / 100], 'gives the amount of the reduction'],
        ['divided', ['div', size, pct / 100], 'divides by the scale instead of multiplying'],
        ['enlarged', ['mul', size, 2 - pct / 100], 'enlarges by the reduction instead'],
        [
          'squared',
          ['mul', size, (pct / 100) ** 2],
          'scales by the square of the scale, as an area',
        ],
        ['root', ['mul', size, Math.sqrt(pct / 100)], 'scales by the square root of the scale'],
        ['pointsOff', ['sub', size, (100 - pct) / 10], 'takes a point off for every 10%'],
      ],
    }
  }),
]
