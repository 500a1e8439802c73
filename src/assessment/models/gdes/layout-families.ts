import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { an, cap, client, dims, gdes, num } from './gdes-calc.js'

// Layout and grids. A column grid across a page: n columns of width c and n − 1 gutters g fill
// the width between the margins, W − left − right = n c + (n − 1) g; an element across k columns
// is k c + (k − 1) g wide. A modular scale multiplies a base by a ratio once per step. The golden
// ratio φ = (1 + √5)/2 ≈ 1.618; a golden rectangle's short side is the long side ÷ φ. The rule of
// thirds places guides at one and two thirds of each side. The Van de Graaf canon (as Tschichold
// described it) gives a 2:3 page margins of 1/9 and 2/9 of its width and height, inner : top :
// outer : bottom = 2 : 3 : 4 : 6. Spacing on a baseline grid is a whole multiple of the grid.

const pick = <T>(rng: { pick<U>(a: readonly U[]): U }, a: readonly T[]): T => rng.pick(a)

export const LAYOUT_FAMILIES: readonly ScenarioFamily[] = [
  gdes('gdes-column-width', (rng) => {
    const n = pick(rng, [3, 4, 5, 6, 12])
    const g = pick(rng, [4, 5, 6])
    const m = pick(rng, [12, 15, 18, 20])
    const W = pick(rng, [210, 216, 230, 297])
    return {
      stem: `${cap(client(rng))}’s report uses a ${W} mm wide page with ${m} mm margins left and right, ${n} columns and ${g} mm gutters. How wide is each column (to one decimal)?`,
      shape: num('mm', 1),
      key: ['cols', W, m, m, g, n],
      wrong: [
        [
          'nGutters',
          ['cols', W, m, m, g, n + 1],
          'counts a gutter for every column, n instead of n − 1',
        ],
        ['noGutters', ['cols', W, m, m, 0, n], 'forgets the gutters'],
        ['oneMargin', ['cols', W, m, 0, g, n], 'subtracts only one margin'],
        ['doubleMargins', ['cols', W, 2 * m, 2 * m, g, n], 'subtracts each margin twice'],
        ['noMargins', ['cols', W, 0, 0, g, n], 'forgets the margins'],
        [
          'gutterAfter',
          ['sub', ['div', W - 2 * m, n], g],
          'divides the live area by the columns, then takes off a gutter',
        ],
        ['oneGutter', ['div', W - 2 * m - g, n], 'subtracts a single gutter'],
      ],
    }
  }),
  gdes('gdes-span-width', (rng) => {
    const c = pick(rng, [38, 42, 45, 48, 52, 60])
    const g = pick(rng, [4, 5, 6, 8])
    const k = rng.int(2, 5)
    return {
      stem: `On a grid of ${c} mm columns with ${g} mm gutters, an image spans ${k} columns. How wide is the image?`,
      shape: num('mm'),
      key: ['span', c, g, k],
      wrong: [
        ['noGutters', ['mul', c, k], 'adds the columns but not the gutters between them'],
        ['gutterEach', ['mul', c + g, k], 'adds a gutter for every column spanned'],
        [
          'outerGutters',
          ['add', ['mul', c, k], ['mul', g, k + 1]],
          'counts the gutters on both outer edges',
        ],
        ['oneGutterShort', ['add', ['mul', c, k], ['mul', g, k - 2]], 'counts one gutter too few'],
        [
          'doubleGutters',
          ['add', ['mul', c, k], ['mul', 2 * g, k - 1]],
          'counts two gutters between each pair of columns',
        ],
        ['oneMoreColumn', ['span', c, g, k + 1], 'counts one column too many'],
        ['oneFewerColumn', ['span', c, g, k - 1], 'counts one column too few'],
      ],
    }
  }),
  gdes('gdes-gutter-from-grid', (rng) => {
    const n = pick(rng, [4, 5, 6])
    const c = pick(rng, [30, 32, 35, 40])
    const g = pick(rng, [4, 5, 6])
    const m = pick(rng, [15, 18, 20])
    const W = 2 * m + n * c + (n - 1) * g
    return {
      stem: `A ${W} mm wide brochure page has ${m} mm side margins and ${n} columns of ${c} mm. What gutter width fills the page exactly?`,
      shape: num('mm', 1),
      key: ['div', W - 2 * m - n * c, n - 1],
      wrong: [
        [
          'nGutters',
          ['div', W - 2 * m - n * c, n],
          'divides the spare width by the number of columns',
        ],
        [
          'outerGutters',
          ['div', W - 2 * m - n * c, n + 1],
          'puts gutters outside the first and last columns too',
        ],
        ['noMargins', ['div', W - n * c, n - 1], 'leaves the margins in the spare width'],
        ['oneMargin', ['div', W - m - n * c, n - 1], 'subtracts one margin only'],
        ['totalSpare', ['vec', W - 2 * m - n * c], 'gives the total spare width, not one gutter'],
        [
          'halfGutter',
          ['div', W - 2 * m - n * c, 2 * (n - 1)],
          'splits each gutter between its two columns',
        ],
      ],
    }
  }),
  gdes('gdes-columns-that-fit', (rng) => {
    const c = pick(rng, [40, 48, 56, 60, 64, 72, 80])
    const g = pick(rng, [12, 16, 20, 24, 32])
    const W = rng.int(8, 24) * 100 + pick(rng, [0, 40, 80])
    return {
      stem: `A web layout has ${W} px of content width. How many whole columns ${c} px wide with ${g} px gutters between them fit across it?`,
      shape: num('columns'),
      key: ['fit', W, c, g],
      wrong: [
        ['noGutters', ['floor', ['div', W, c]], 'ignores the gutters'],
        ['gutterEach', ['floor', ['div', W, c + g]], 'counts a gutter after the last column too'],
        [
          'roundsUp',
          ['ceil', ['div', W + g, c + g]],
          'rounds up, letting the last column overflow',
        ],
        [
          'twoGutters',
          ['floor', ['div', W, c + 2 * g]],
          'puts a gutter on each side of every column',
        ],
        ['outerGutters', ['floor', ['div', W - g, c + g]], 'also puts gutters at both outer edges'],
        ['halfGutter', ['floor', ['div', W + g, c + g / 2]], 'counts only half of each gutter'],
        ['twelve', ['vec', 12], 'assumes the usual 12-column grid'],
        [
          'even',
          ['mul', 2, ['floor', ['div', ['fit', W, c, g], 2]]],
          'drops to an even number of columns',
        ],
        [
          'gutterPerColumn',
          ['floor', ['div', W - Math.floor(W / c) * g, c]],
          'takes a gutter off for every column that fits without gutters',
        ],
      ],
    }
  }),
  gdes('gdes-modular-grid-row-height', (rng) => {
    const H = pick(rng, [240, 252, 260, 267, 270])
    const r = pick(rng, [4, 5, 6, 8])
    const g = pick(rng, [4, 5, 6])
    return {
      stem: `A poster’s text area is ${H} mm tall, divided into ${r} rows of modules with ${g} mm between rows. How tall is each module (to one decimal)?`,
      shape: num('mm', 1),
      key: ['div', H - (r - 1) * g, r],
      wrong: [
        ['noGaps', ['div', H, r], 'forgets the gaps between rows'],
        ['gapEach', ['div', H - r * g, r], 'counts a gap under every row'],
        [
          'outerGaps',
          ['div', H - (r + 1) * g, r],
          'adds gaps above the first and below the last row',
        ],
        [
          'addsGaps',
          ['div', H + (r - 1) * g, r],
          'adds the gaps to the height instead of subtracting them',
        ],
        ['oneGap', ['div', H - g, r], 'subtracts a single gap'],
        ['rowTooMany', ['div', H - (r - 1) * g, r + 1], 'divides by one row too many'],
        [
          'byGaps',
          ['div', H - (r - 1) * g, r - 1],
          'divides by the number of gaps instead of rows',
        ],
      ],
    }
  }),
  gdes('gdes-modular-scale-spacing', (rng) => {
    const b = pick(rng, [4, 6, 8])
    const r = pick(rng, [1.5, 2])
    const n = rng.int(2, 4)
    return {
      stem: `A spacing system starts at ${b} px and multiplies by ${r} for each step up. What is step ${n} (step 0 is ${b} px, to one decimal)?`,
      shape: num('px', 1),
      key: ['mul', b, ['pow', r, n]],
      wrong: [
        [
          'oneShort',
          ['mul', b, ['pow', r, n - 1]],
          'multiplies one step too few, counting step 0 as step 1',
        ],
        ['oneLong', ['mul', b, ['pow', r, n + 1]], 'multiplies one step too many'],
        [
          'additive',
          ['add', b, ['mul', b * (r - 1), n]],
          'adds the same increment each step instead of multiplying',
        ],
        ['times', ['mul', b, r, n], 'multiplies by the ratio times the step number'],
        ['doubling', ['mul', b, ['pow', 2, n]], 'doubles at every step whatever the ratio'],
        ['addsRatio', ['add', b, r * n], 'adds the ratio in pixels at each step'],
        ['stepPower', ['mul', b, ['pow', n, r]], 'raises the step number to the ratio'],
        ['twoLong', ['mul', b, ['pow', r, n + 2]], 'counts from step −1, two steps too many'],
      ],
    }
  }),
  gdes('gdes-golden-rectangle-short-side', (rng) => {
    const w = rng.int(20, 90) * 10
    return {
      stem: `A panel ${w} px wide should be a golden rectangle (landscape). How tall is it, to the nearest pixel?`,
      shape: num('px'),
      key: ['round', ['golden', w]],
      wrong: [
        ['times', ['round', ['mul', w, 1.618]], 'multiplies by φ, making it taller than wide'],
        [
          'shortPart',
          ['round', ['golden', ['golden', w]]],
          'takes the smaller golden section, divides by φ twice',
        ],
        ['threeTwo', ['round', ['div', w, 1.5]], 'uses a 3:2 ratio'],
        ['half', ['round', ['div', w, 2]], 'halves the width'],
        ['fourThree', ['round', ['mul', w, 0.75]], 'uses a 4:3 ratio'],
        ['sixteenNine', ['round', ['div', w * 9, 16]], 'uses a 16:9 ratio'],
      ],
    }
  }),
  gdes('gdes-golden-section-guide', (rng) => {
    const L = rng.int(30, 120) * 10
    return {
      stem: `A designer places the horizon of ${an(L)} px wide banner at the golden section measured from the left edge, on the longer part. Where does the guide go (to the nearest pixel)?`,
      shape: num('px'),
      key: ['round', ['golden', L]],
      wrong: [
        ['thirds', ['round', ['div', L * 2, 3]], 'uses the rule of thirds’ two-thirds line'],
        ['short', ['round', ['sub', L, ['golden', L]]], 'measures the shorter section instead'],
        ['half', ['round', ['div', L, 2]], 'centres the guide'],
        ['third', ['round', ['div', L, 3]], 'uses the one-third line'],
      ],
    }
  }),
  gdes('gdes-rule-of-thirds-points', (rng) => {
    const w = rng.int(6, 20) * 150
    const h = rng.int(4, 12) * 150
    return {
      stem: `${cap(an(w))} × ${h} px photo is cropped for a rule-of-thirds layout. Where is the upper-left intersection of the thirds lines, measured from the top-left corner?`,
      shape: dims('px'),
      key: ['vec', w / 3, h / 3],
      wrong: [
        ['quarters', ['vec', w / 4, h / 4], 'divides the sides in quarters'],
        ['twoThirds', ['vec', (2 * w) / 3, (2 * h) / 3], 'takes the lower-right intersection'],
        ['swapped', ['vec', h / 3, w / 3], 'swaps width and height'],
        [
          'golden',
          ['vec', Math.round(w * 0.382), Math.round(h * 0.382)],
          'uses golden sections instead of thirds',
        ],
        ['centre', ['vec', w / 2, h / 2], 'gives the centre of the frame'],
        ['fifths', ['vec', w / 5, h / 5], 'divides the sides in fifths'],
      ],
    }
  }),
  gdes('gdes-baseline-space-multiple', (rng) => {
    const b = pick(rng, [12, 13, 14, 15])
    const need = b * rng.int(1, 3) + rng.int(2, b - 2)
    return {
      stem: `A layout keeps everything on a ${b} pt baseline grid. The space above a subheading must be at least ${need} pt. What space keeps the text on the grid?`,
      shape: num('pt'),
      key: ['ceilTo', need, b],
      wrong: [
        ['asAsked', ['vec', need], 'uses the minimum space, off the grid'],
        ['roundsDown', ['floorTo', need, b], 'rounds down below the minimum'],
        ['extraLine', ['add', ['ceilTo', need, b], b], 'adds one more grid line than needed'],
        ['addsLine', ['add', need, b], 'adds a grid line to the minimum'],
        ['halfLines', ['ceilTo', need, b / 2], 'rounds up to half-line steps, off the grid'],
        ['twoLines', ['ceilTo', need, 2 * b], 'rounds up to two-line steps'],
        ['tens', ['ceilTo', need, 10], 'rounds up to the next 10 pt'],
        ['doubleMinimum', ['mul', need, 2], 'doubles the minimum to be safe'],
        ['lineAndHalf', ['ceilTo', need, 1.5 * b], 'rounds up to steps of one and a half lines'],
      ],
    }
  }),
  gdes('gdes-van-de-graaf-margin', (rng) => {
    const inner = pick(rng, [12, 14, 16, 18, 20, 22])
    const which = pick(rng, [
      ['bottom', 3],
      ['outer', 2],
      ['top', 1.5],
    ] as const)
    const others = [
      ['bottom', 3, 'the bottom margin’s 6 parts'],
      ['outer', 2, 'the outer margin’s 4 parts'],
      ['top', 1.5, 'the top margin’s 3 parts'],
      ['inner', 1, 'the inner margin’s 2 parts'],
    ] as const
    return {
      stem: `A book on a 2:3 page follows the Van de Graaf canon (inner : top : outer : bottom = 2 : 3 : 4 : 6). The inner margin is ${inner} mm. What is the ${which[0]} margin?`,
      shape: num('mm'),
      key: ['mul', inner, which[1]],
      wrong: [
        ...others
          .filter(([name]) => name !== which[0])
          .map(([name, f, words]) => [name, ['mul', inner, f], `uses ${words}`] as const),
        ['plusInner', ['mul', inner, which[1] + 1], 'adds the share on top of the inner margin'],
        ['wholeSum', ['mul', inner, 7.5], 'uses the sum of all four shares, fifteen parts'],
        [
          'asParts',
          ['mul', inner, { bottom: 6, outer: 4, top: 3 }[which[0]]],
          'multiplies by the ratio’s number instead of by its share of 2',
        ],
      ],
    }
  }),
  gdes('gdes-proportional-resize-height', (rng) => {
    const w1 = rng.int(20, 40) * 100
    const h1 = rng.int(10, Math.floor(w1 / 100) - 5) * 100
    const w2 = w1 + rng.int(5, 20) * 100
    return {
      stem: `A ${w1} × ${h1} px illustration is enlarged to ${w2} px wide with its proportions locked. How tall does it become?`,
      shape: num('px'),
      key: ['round', ['div', h1 * w2, w1]],
      wrong: [
        ['additive', ['vec', h1 + (w2 - w1)], 'adds the same number of pixels to the height'],
        ['inverted', ['round', ['div', h1 * w1, w2]], 'scales by the old width over the new'],
        ['unchanged', ['vec', h1], 'keeps the old height, distorting the image'],
        [
          'increaseOnly',
          ['round', ['div', h1 * (w2 - w1), w1]],
          'gives only the increase in height',
        ],
        [
          'squared',
          ['round', ['mul', h1, (w2 / w1) ** 2]],
          'scales by the square of the widths, as an area',
        ],
        [
          'ratioUpsideDown',
          ['round', ['div', w2 * w1, h1]],
          'divides by the height-to-width ratio instead of multiplying',
        ],
      ],
    }
  }),
  gdes('gdes-fit-scale-percent', (rng) => {
    const w = rng.int(8, 20) * 100
    const h = rng.int(6, 16) * 100
    const bw = rng.int(3, 16) * 100
    const bh = rng.int(3, 16) * 100
    const [sw, sh] = [bw / w, bh / h]
    const s = Math.min(sw, sh)
    if (s >= 0.95 || Math.abs(sw - sh) < 0.02) throw new VariantError('no reduction to choose')
    // The side that limits the fit, and how far the photo overruns the frame on it.
    const [frame, photo] = sw <= sh ? [bw, w] : [bh, h]
    return {
      stem: `${cap(an(w))} × ${h} px photo must fit entirely inside ${an(bw)} × ${bh} px frame without distortion. What scale (to one decimal of a percent) makes it fit?`,
      shape: num('%', 1),
      key: ['mul', 100, ['min', sw, sh]],
      wrong: [
        ['fill', ['mul', 100, ['max', sw, sh]], 'scales to fill the frame, cropping the photo'],
        ['area', ['mul', 100, sw * sh], 'scales by the ratio of areas'],
        ['inverse', ['mul', 100, ['min', w / bw, h / bh]], 'divides the photo by the frame'],
        [
          'equalArea',
          ['mul', 100, ['pow', sw * sh, 0.5]],
          'matches the photo’s area to the frame’s, the square root of the area ratio',
        ],
        ['average', ['mul', 100, (sw + sh) / 2], 'averages the width and height scales'],
        [
          'longToShort',
          ['mul', 100, ['div', Math.min(bw, bh), Math.max(w, h)]],
          'fits the photo’s longer side to the frame’s shorter side',
        ],
        [
          'rotated',
          ['mul', 100, ['min', bh / w, bw / h]],
          'reads the frame the other way round, its height against the photo’s width',
        ],
        ['reduction', ['sub', 100, ['mul', 100, s]], 'gives the reduction, not the scale'],
        ...(s > 0.6
          ? ([
              [
                'overrunOfFrame',
                ['sub', 100, ['div', ['mul', 100, photo - frame], frame]],
                'takes the overrun as a share of the frame, not of the photo',
              ],
            ] as const)
          : []),
      ],
    }
  }),
  gdes('gdes-centred-element-offset', (rng) => {
    const W = rng.int(8, 20) * 50
    const e = rng.int(2, Math.floor(W / 50) - 2) * 50
    return {
      stem: `A logo ${e} px wide is centred horizontally on an artboard ${W} px wide. How far is its left edge from the artboard’s left edge?`,
      shape: num('px'),
      key: ['div', W - e, 2],
      wrong: [
        ['halfWidth', ['div', W, 2], 'puts the left edge at the centre line'],
        ['noHalving', ['sub', W, e], 'does not halve the leftover space'],
        [
          'halfDiffLogo',
          ['sub', ['div', W, 2], e],
          'subtracts the whole logo width from the centre',
        ],
        ['rightEdge', ['div', W + e, 2], 'gives the position of the logo’s right edge'],
      ],
    }
  }),
  gdes('gdes-margin-from-text-block', (rng) => {
    const W = pick(rng, [148, 170, 210, 216])
    const ratioIO = pick(rng, [1.5, 2])
    const inner = pick(rng, [10, 12, 14, 16])
    const T = W - inner - inner * ratioIO
    return {
      stem: `A magazine page is ${W} mm wide with a ${T} mm text block; the outer margin is ${ratioIO} times the inner margin. What is the inner margin (to one decimal)?`,
      shape: num('mm', 1),
      key: ['div', W - T, 1 + ratioIO],
      wrong: [
        ['evenSplit', ['div', W - T, 2], 'splits the leftover width evenly'],
        ['ratioOnly', ['div', W - T, ratioIO], 'divides by the ratio alone'],
        ['bothMargins', ['vec', W - T], 'gives both margins together'],
        [
          'spread',
          ['div', W - T, 2 + ratioIO],
          'counts the inner margin twice, as across a spread',
        ],
        ['twiceRatio', ['div', W - T, 2 * ratioIO], 'divides by twice the ratio'],
        ['outerAnswer', ['div', ['mul', W - T, ratioIO], 1 + ratioIO], 'gives the outer margin'],
      ],
    }
  }),
  gdes('gdes-grid-total-width', (rng) => {
    const n = pick(rng, [8, 12, 16])
    const c = pick(rng, [48, 56, 60, 64, 72])
    const g = pick(rng, [16, 20, 24, 32])
    return {
      stem: `A design system’s grid has ${n} columns of ${c} px with ${g} px gutters and no outer margins. How wide is the grid?`,
      shape: num('px'),
      key: ['span', c, g, n],
      wrong: [
        ['noGutters', ['mul', c, n], 'leaves out the gutters'],
        ['gutterEach', ['mul', c + g, n], 'counts a gutter after the last column'],
        [
          'outerGutters',
          ['add', ['mul', c, n], ['mul', g, n + 1]],
          'adds gutters at both outer edges',
        ],
        ['oneShort', ['add', ['mul', c, n], ['mul', g, n - 2]], 'counts one gutter too few'],
        [
          'doubleGutters',
          ['add', ['mul', c, n], ['mul', 2 * g, n - 1]],
          'counts two gutters between each pair of columns',
        ],
        ['oneMoreColumn', ['span', c, g, n + 1], 'counts one column too many'],
        ['oneFewerColumn', ['span', c, g, n - 1], 'counts one column too few'],
      ],
    }
  }),
  gdes('gdes-column-left-edge', (rng) => {
    const m = pick(rng, [12, 15, 18, 20])
    const c = pick(rng, [36, 40, 42, 45])
    const g = pick(rng, [4, 5, 6])
    const k = rng.int(2, 6)
    return {
      stem: `A page grid has ${an(m)} mm left margin, ${c} mm columns and ${g} mm gutters. At what distance from the page’s left edge does column ${k} start?`,
      shape: num('mm'),
      key: ['add', m, ['mul', k - 1, c + g]],
      wrong: [
        ['noGutters', ['add', m, ['mul', k - 1, c]], 'leaves out the gutters before it'],
        ['noMargin', ['mul', k - 1, c + g], 'measures from the margin, not the page edge'],
        [
          'oneTooFar',
          ['add', m, ['mul', k, c + g]],
          'counts the column itself, giving the far edge of its gutter',
        ],
        [
          'oneGutterShort',
          ['add', m, ['mul', k - 1, c], ['mul', k - 2, g]],
          'counts one gutter too few',
        ],
        [
          'ownGutter',
          ['add', m, ['mul', k - 1, c], ['mul', k, g]],
          'adds the gutter after column k too',
        ],
        ['doubleMargin', ['add', 2 * m, ['mul', k - 1, c + g]], 'counts the margin twice'],
      ],
    }
  }),
  gdes('gdes-modular-scale-down', (rng) => {
    const b = pick(rng, [16, 18, 24, 32])
    const r = pick(rng, [1.25, 1.5, 2])
    const n = rng.int(1, 3)
    return {
      stem: `A spacing scale has a base of ${b} px and a ratio of ${r}. What is the value ${n} step${n === 1 ? '' : 's'} below the base (to two decimals)?`,
      shape: num('px', 2),
      key: ['div', b, ['pow', r, n]],
      wrong: [
        ['subtracted', ['sub', b, ['mul', b * (r - 1), n]], 'subtracts a fixed increment per step'],
        ['upInstead', ['mul', b, ['pow', r, n]], 'steps up instead of down'],
        ['oneShort', ['div', b, ['pow', r, n - 1]], 'divides one time too few'],
        ['oneLong', ['div', b, ['pow', r, n + 1]], 'divides one time too many'],
      ],
    }
  }),
  gdes('gdes-golden-sidebar', (rng) => {
    const W = rng.int(60, 140) * 10
    return {
      stem: `${cap(an(W))} px content area is split into a main column and a sidebar in the golden ratio, with no gutter. How wide is the sidebar (to the nearest pixel)?`,
      shape: num('px'),
      key: ['round', ['sub', W, ['golden', W]]],
      wrong: [
        ['mainColumn', ['round', ['golden', W]], 'gives the main column, the longer part'],
        ['third', ['round', ['div', W, 3]], 'uses a one-third split'],
        ['quarter', ['round', ['div', W, 4]], 'uses a one-quarter split'],
        ['half', ['round', ['div', W, 2]], 'splits the area evenly'],
        ['threeTwo', ['round', ['mul', W, 0.4]], 'splits it 3:2'],
        ['sixteenNine', ['round', ['div', W * 9, 25]], 'splits it 16:9'],
      ],
    }
  }),
  gdes('gdes-distribute-spacing', (rng) => {
    const k = rng.int(3, 6)
    const e = pick(rng, [60, 80, 96, 120])
    const W = k * e + rng.int(4, 12) * 20
    return {
      stem: `${k} logos, each ${e} px wide, are distributed across ${an(W)} px strip with the first and last touching its ends and equal gaps between. How wide is each gap (to one decimal)?`,
      shape: num('px', 1),
      key: ['div', W - k * e, k - 1],
      wrong: [
        ['perLogo', ['div', W - k * e, k], 'divides the spare width by the number of logos'],
        ['evenly', ['div', W - k * e, k + 1], 'also leaves gaps at both ends'],
        ['noWidths', ['div', W, k - 1], 'forgets to subtract the logos’ widths'],
        ['gapShort', ['div', W - k * e, k - 2], 'counts one gap too few'],
        ['logoShort', ['div', W - (k - 1) * e, k - 1], 'subtracts one logo too few'],
        ['halfGaps', ['div', W - k * e, 2 * (k - 1)], 'halves each gap for its two sides'],
      ],
    }
  }),
]
