import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import { cap, client, family, hund, inch, SIZES, share } from './msppt-text.js'

// Slide size and layout geometry. Lengths are in hundredths of an inch unless a stem says
// otherwise and every answer is rounded half away from zero to two places, as each stem states.
// Widescreen is 13.33 in by 7.50 in as the Slide Size dialog shows it.

const WIDE = SIZES[0]
const NARROW = [SIZES[1], SIZES[2], SIZES[3]] as const
const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const

/** The smaller of two ratios a/b and c/d, as [num, den]. */
const smaller = (a: number, b: number, c: number, d: number): [number, number] =>
  a * d <= c * b ? [a, b] : [c, d]

export const GEOMETRY_FAMILIES = [
  family('ensure-fit-object-width', (rng) => {
    const to = rng.pick(NARROW)
    const w = rng.int(150, 900)
    const [num, den] = smaller(to.w, WIDE.w, to.h, WIDE.h)
    const [big, bigDen] = num * WIDE.h === to.h * den ? [to.w, WIDE.w] : [to.h, WIDE.h]
    return {
      stem: `A designer changes ${client(rng)}'s deck from ${WIDE.name}, ${inch(WIDE.w)} × ${inch(WIDE.h)}, to ${to.name}, ${inch(to.w)} × ${inch(to.h)}, and chooses Ensure Fit. Take Ensure Fit to scale every object by the smaller of the new-to-old width ratio and the new-to-old height ratio (Maximize would use the larger). A chart ${inch(w)} wide: how wide is it afterwards, to two places?`,
      key: inch(share(w, num, den)),
      wrong: [
        [inch(share(w, big, bigDen)), 'scales by the larger ratio, as Maximize does'],
        [inch(w), 'expects objects to keep their size'],
        [inch(share(w, den, num)), 'inverts the ratio and scales up'],
        ...(w - (WIDE.w - to.w) > 0
          ? ([[inch(w - (WIDE.w - to.w)), 'takes off the width the slide lost']] as const)
          : []),
        [inch(share(w, to.w * to.h, WIDE.w * WIDE.h)), 'scales by the ratio of slide areas'],
      ],
      figures: { from: WIDE.w, fromH: WIDE.h, to: to.w, toH: to.h, w },
    }
  }),
  family('ensure-fit-object-top', (rng) => {
    const to = rng.pick(NARROW)
    const y = rng.int(50, 500)
    // Widescreen to a narrower size is width-limited: the scale is new width ÷ old width.
    const [num, den] = [to.w, WIDE.w]
    const top = share(to.h * den - num * WIDE.h + 2 * num * y, 1, 2 * den)
    return {
      stem: `A ${WIDE.name} deck (${inch(WIDE.w)} × ${inch(WIDE.h)}) is changed to ${to.name} (${inch(to.w)} × ${inch(to.h)}) with Ensure Fit. Take it that the whole slide's content is scaled by new width ÷ old width and the scaled content is then centred on the new slide. A logo's top edge was ${inch(y)} from the top of the slide: where is it now, to two places?`,
      key: inch(top),
      wrong: [
        [inch(share(y, num, den)), 'scales the position but forgets the content is centred'],
        [inch(y), 'expects the position to stay put'],
        [inch(top - share(y, num, den) + y), 'adds the centring offset without scaling'],
        [
          inch(share(2 * (to.h * den - num * WIDE.h) + 2 * num * y, 1, 2 * den)),
          'puts the whole gap above the content, not half',
        ],
        [inch(share(y, to.h, WIDE.h)), 'scales by the height ratio'],
        [inch(top - share(y, num, den)), 'gives the centring offset alone'],
        ...(2 * share(y, num, den) - top > 0
          ? ([
              [inch(2 * share(y, num, den) - top), 'moves the content up by the offset, not down'],
            ] as const)
          : []),
      ],
      figures: { to: to.w, toH: to.h, y },
    }
  }),
  family('inches-to-points', (rng) => {
    const x = rng.int(30, 1200)
    return {
      stem: `A client's brand guide gives a margin of ${inch(x)}, and the designer sets spacing in a text box's internal margins and line settings in points. PowerPoint uses 72 points to the inch. How many points is the margin, to two places?`,
      key: hund(x * 72, 'pt'),
      wrong: [
        [hund(x * 96, 'pt'), 'reads points as pixels at 96 to the inch'],
        [hund(x * 100, 'pt'), 'assumes 100 points to the inch'],
        [hund(share(x, 254, 100), 'pt'), 'converts to centimetres instead'],
        [hund(share(x, 2835, 100), 'pt'), 'uses the points-per-centimetre figure, 28.35'],
        [hund(share(x, 2540, 100), 'pt'), 'converts to millimetres instead'],
        [hund(x * 6, 'pt'), 'converts to picas, 6 to the inch'],
        [hund(share(x, 72 * 254, 100), 'pt'), 'applies the centimetre factor as well'],
        [hund(x * 120, 'pt'), 'reads points as pixels at 120 ppi (125% scaling)'],
      ],
      figures: { x },
    }
  }),
  family('emu-to-centimetres', (rng) => {
    const e = rng.int(40, 900) * 9000
    return {
      stem: `Checking a deck's XML for ${client(rng)}, a VA finds a picture offset of ${e.toLocaleString('en-US')} EMU. Office stores lengths in English Metric Units: 914,400 EMU to the inch, 360,000 to the centimetre, 12,700 to the point. What is the offset in centimetres, to two places?`,
      key: hund(share(e, 100, 360000), 'cm'),
      wrong: [
        [hund(share(e, 100, 914400), 'cm'), 'divides by the EMU per inch'],
        [hund(share(e, 100, 12700), 'cm'), 'divides by the EMU per point'],
        [hund(share(e, 100, 9525), 'cm'), 'divides by the EMU per pixel at 96 ppi'],
        [hund(share(e, 10000, 914400 * 254), 'cm'), 'divides the inches by 2.54'],
        [hund(share(e, 100, 36000), 'cm'), 'uses 36,000 EMU to the centimetre'],
        [hund(share(e, 254, 360000), 'cm'), 'takes 360,000 as the EMU per inch, then converts'],
      ],
      figures: { e },
    }
  }),
  family('align-center-selected-objects', (rng) => {
    const xs = [rng.int(50, 300), rng.int(350, 600), rng.int(650, 900)]
    const ws = [rng.int(100, 350), rng.int(100, 350), rng.int(100, 350)]
    const k = rng.int(1, 2)
    const lo = xs[0]!
    const hi = Math.max(...xs.map((x, i) => x + ws[i]!))
    const wk = ws[k]!
    const sumX = xs[0]! + xs[1]! + xs[2]!
    const sumW = ws[0]! + ws[1]! + ws[2]!
    return {
      stem: `On a ${inch(WIDE.w)}-wide slide three shapes A, B and C have left edges at ${xs.map(inch).join(', ')} and widths ${ws.map(inch).join(', ')}. The designer selects all three and uses Align Center with Align Selected Objects on: each shape's centre moves onto the centre of the box around the whole selection (leftmost left edge to rightmost right edge); nothing moves up or down. Where is shape ${LETTERS[k]}'s left edge afterwards, to two places?`,
      key: inch(share(lo + hi - wk, 1, 2)),
      wrong: [
        [inch(share(2 * sumX + sumW - 3 * wk, 1, 6)), 'aligns to the average of the centres'],
        [inch(share(WIDE.w - wk, 1, 2)), 'centres on the slide, not the selection'],
        [inch(share(lo + hi, 1, 2)), 'puts the left edge on the centre line'],
        [inch(share(2 * xs[0]! + ws[0]! - wk, 1, 2)), 'centres on the first shape'],
        [inch(share(lo + xs[2]! - wk, 1, 2)), 'takes the box from the left edges only'],
      ],
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, w0: ws[0]!, w1: ws[1]!, w2: ws[2]!, k },
    }
  }),
  family('align-right-selected-objects', (rng) => {
    const xs = [rng.int(50, 300), rng.int(350, 600), rng.int(650, 850)]
    const ws = [rng.int(100, 400), rng.int(100, 400), rng.int(100, 300)]
    const k = rng.int(0, 1)
    const rights = xs.map((x, i) => x + ws[i]!)
    const hi = Math.max(...rights)
    const far = rights.indexOf(hi)
    if (far === k) throw new VariantError('the asked shape is already rightmost')
    return {
      stem: `Three picture frames A, B and C on a ${inch(WIDE.w)}-wide slide have left edges at ${xs.map(inch).join(', ')} and widths ${ws.map(inch).join(', ')}. With Align Selected Objects on, the designer chooses Align Right: every right edge moves to the rightmost right edge in the selection. Where is frame ${LETTERS[k]}'s left edge afterwards?`,
      key: inch(hi - ws[k]!),
      wrong: [
        [inch(hi), 'moves the left edge to the right edge line'],
        [inch(xs[far]!), 'lines the left edge up with the rightmost frame'],
        [inch(WIDE.w - ws[k]!), 'aligns to the slide edge'],
        [inch(hi - ws[far]!), 'subtracts the rightmost frame’s width'],
        [inch(xs[k]! + (hi - rights[k]!) * 2), 'moves it twice the distance'],
        [inch(xs[k]!), 'expects the left edge not to move'],
      ],
      figures: { x0: xs[0]!, x1: xs[1]!, x2: xs[2]!, w0: ws[0]!, w1: ws[1]!, w2: ws[2]!, k },
    }
  }),
  family('align-center-to-slide', (rng) => {
    const w = rng.int(150, 1100)
    return {
      stem: `In a ${WIDE.name} deck (${inch(WIDE.w)} × ${inch(WIDE.h)}) a VA selects a ${inch(w)}-wide banner, turns on Align to Slide and chooses Align Center. Where is the banner's left edge afterwards, to two places?`,
      key: inch(share(WIDE.w - w, 1, 2)),
      wrong: [
        ...(w < 1000
          ? ([[inch(share(1000 - w, 1, 2)), 'assumes the 4:3 width of 10 in']] as const)
          : []),
        [inch(share(WIDE.w, 1, 2)), 'puts the left edge on the centre line'],
        [inch(WIDE.w - w), 'aligns the right edge to the slide instead'],
        [inch(share(WIDE.w + w, 1, 2)), 'adds half the width instead of taking it off'],
        ...(w < WIDE.h
          ? ([
              [inch(share(WIDE.h - w, 1, 2)), 'centres across the slide height, not its width'],
            ] as const)
          : []),
        ...(2 * w < WIDE.w
          ? ([
              [inch(share(WIDE.w - 2 * w, 1, 2)), 'puts the right edge on the centre line'],
            ] as const)
          : []),
      ],
      figures: { w },
    }
  }),
  family('distribute-vertically-middle-shape', (rng) => {
    const hs = [rng.int(40, 150), rng.int(40, 150), rng.int(40, 150)]
    const t0 = rng.int(30, 120)
    const t2 = rng.int(500, 620)
    const t1 = rng.int(t0 + hs[0]! + 10, t2 - hs[1]! - 10)
    const gap2 = t2 + hs[2]! - t0 - hs[0]! - hs[1]! - hs[2]!
    return {
      stem: `Three callouts stacked on a slide have tops at ${inch(t0)}, ${inch(t1)} and ${inch(t2)} and heights ${hs.map(inch).join(', ')}. With Align Selected Objects on, the designer chooses Distribute Vertically: the top and bottom callouts stay where they are and the middle one moves so that the two gaps between callouts are equal. Where is the middle callout's top afterwards, to two places?`,
      key: inch(t0 + hs[0]! + share(gap2, 1, 2)),
      wrong: [
        [inch(share(t0 + t2, 1, 2)), 'spaces the tops evenly, not the gaps'],
        [
          inch(share(t0 + t2 + hs[2]! - hs[1]!, 1, 2)),
          'centres the middle callout between the outer edges',
        ],
        [inch(t0 + hs[0]! + share(gap2, 1, 3)), 'splits the space into three gaps'],
        [inch(t0 + share(t2 + hs[2]! - t0 - hs[1]!, 1, 2)), 'leaves out the top callout’s height'],
        [inch(t1), 'expects the middle callout not to move'],
      ],
      figures: { t0, t1, t2, h0: hs[0]!, h1: hs[1]!, h2: hs[2]! },
    }
  }),
  family('distribute-horizontally-gap', (rng) => {
    const n = rng.int(3, 5)
    const ws = Array.from({ length: n }, () => rng.int(80, 180))
    const left = rng.int(40, 150)
    const right = rng.int(1150, 1290)
    const sum = ws.reduce((a, b) => a + b, 0)
    return {
      stem: `A VA lines up ${n} icons of widths ${ws.map(inch).join(', ')} (left to right). The leftmost starts at ${inch(left)} and the rightmost ends at ${inch(right)}. With Align Selected Objects on, Distribute Horizontally keeps the outer two where they are and makes the gaps between neighbours equal. How wide is each gap, to two places?`,
      key: inch(share(right - left - sum, 1, n - 1)),
      wrong: [
        [inch(share(right - left - sum, 1, n)), 'divides by the number of icons, not gaps'],
        [inch(share(right - left - sum, 1, n + 1)), 'adds a gap at each end'],
        [inch(share(right - left, 1, n - 1)), 'spaces the left edges, ignoring widths'],
        [inch(share(WIDE.w - sum, 1, n - 1)), 'spreads them across the whole slide'],
        [inch(share(1000 - sum, 1, n - 1)), 'spreads them across a 10 in 4:3 slide'],
      ],
      figures: { n, left, right, sum },
    }
  }),
  family('distribute-to-slide-second-left', (rng) => {
    const n = rng.int(3, 5)
    const w = rng.int(100, 250)
    const [size] = [rng.pick([WIDE, SIZES[1]])]
    return {
      stem: `On a ${size.name} slide (${inch(size.w)} wide) a designer selects ${n} photos, each ${inch(w)} wide, turns on Align to Slide and chooses Distribute Horizontally. Take it that the first photo then touches the slide's left edge, the last touches its right edge, and the gaps between neighbours are equal. Where is the second photo's left edge, to two places?`,
      key: inch(w + share(size.w - n * w, 1, n - 1)),
      wrong: [
        [inch(share(size.w - n * w, 1, n - 1)), 'gives the gap, not the edge'],
        [inch(w + share(size.w - n * w, 1, n + 1)), 'leaves a gap at each slide edge'],
        [inch(share(size.w, 1, n)), 'divides the slide into equal slots'],
        [inch(w + share(size.w - n * w, 1, n)), 'divides the free space by the photos'],
        [inch(share(size.w - w, 1, n - 1)), 'spaces the left edges over the full width'],
        [
          inch(w + share((size.w === 1000 ? 1333 : 1000) - n * w, 1, n - 1)),
          'uses the other slide size’s width',
        ],
      ],
      figures: { n, w, W: size.w },
    }
  }),
  family('picture-fit-height', (rng) => {
    const pw = rng.pick([4000, 3840, 6000, 5472, 4032])
    const ph = rng.pick([3000, 2160, 4000, 3648, 3024])
    const bw = rng.int(300, 700)
    const bh = rng.int(300, 600)
    // Only boxes the picture meets at its sides: the displayed height is then below the box.
    if (pw * bh <= bw * ph) throw new VariantError('height-limited box')
    return {
      stem: `A ${pw.toLocaleString('en-US')} × ${ph.toLocaleString('en-US')} px photo goes into a ${inch(bw)} wide by ${inch(bh)} high picture box. Crop > Fit scales the whole picture, keeping its aspect ratio, until it just fits inside the box. How tall is the displayed picture, to two places?`,
      key: inch(share(bw, ph, pw)),
      wrong: [
        [inch(bh), 'stretches it to the box height'],
        [inch(share(bw, pw, ph)), 'inverts the aspect ratio'],
        [inch(share(ph, 100, 96)), 'uses the photo’s size at 96 pixels per inch'],
        [inch(share(bh, ph, pw)), 'scales the box height by the aspect ratio'],
        [inch(share(bw, 3, 4)), 'assumes a 4:3 photo'],
      ],
      figures: { pw, ph, bw, bh },
    }
  }),
  family('crop-to-fill-each-side', (rng) => {
    const pw = rng.pick([4000, 3840, 6000])
    const ph = rng.pick([2250, 2160, 3000])
    const bh = rng.int(300, 600)
    const bw = rng.int(Math.ceil(bh * 0.8), bh)
    const scaled = share(bh, pw, ph)
    return {
      stem: `A ${pw.toLocaleString('en-US')} × ${ph.toLocaleString('en-US')} px landscape photo is put in a ${inch(bw)} wide by ${inch(bh)} high frame with Crop > Fill: the picture is scaled, keeping its aspect ratio, until it covers the frame, and what overflows is cropped off equally from both overflowing sides. How much (as displayed, to two places) is cropped off each side?`,
      key: inch(share(scaled - bw, 1, 2)),
      wrong: [
        [inch(scaled - bw), 'gives the total cropped, not each side'],
        [inch(share(bh - share(bw, ph, pw), 1, 2)), 'gives the margin Fit would leave'],
        [inch(scaled), 'gives the scaled width'],
        [inch(share(share(ph, 100, 96) - bh, 1, 2)), 'crops the photo at 96 pixels per inch'],
        [inch(share(scaled - bw, 1, 4)), 'splits the crop over all four sides'],
      ],
      figures: { pw, ph, bw, bh },
    }
  }),
  family('lock-aspect-ratio-height', (rng) => {
    const w = rng.int(200, 600)
    const h = rng.int(150, 500)
    const w2 = rng.int(150, 800)
    if (w2 === w) throw new VariantError('no change')
    return {
      stem: `A picture is ${inch(w)} wide and ${inch(h)} high. With Lock aspect ratio ticked, a VA types a new width of ${inch(w2)} in the Format Picture pane. What height does PowerPoint set, to two places?`,
      key: inch(share(h, w2, w)),
      wrong: [
        [inch(h), 'expects the height to stay'],
        [inch(h + w2 - w), 'adds the width change to the height'],
        [inch(share(h, w, w2)), 'inverts the scale'],
        [inch(share(w2, w, h)), 'applies the height-to-width ratio the wrong way round'],
        [inch(w2), 'makes it square'],
      ],
      figures: { w, h, w2 },
    }
  }),
  family('picture-scale-percentage', (rng) => {
    const ow = rng.int(300, 900)
    const oh = rng.int(200, 700)
    const cw = rng.int(150, 1000)
    if (cw === ow || ow === oh) throw new VariantError('no change')
    return {
      stem: `A logo inserted at ${inch(ow)} × ${inch(oh)} (its original size) is resized, aspect ratio locked, to ${inch(cw)} wide. What does the Scale Width box show, as a percentage to two places?`,
      key: `${amount(share(cw, 10000, ow))}%`,
      wrong: [
        [`${amount(share(ow, 10000, cw))}%`, 'divides the old width by the new'],
        [`${amount(Math.abs(share(cw - ow, 10000, ow)))}%`, 'gives the change, not the scale'],
        [`${amount(share(cw, 10000, oh))}%`, 'divides by the original height'],
        [`${amount(share(cw, 10000, WIDE.w))}%`, 'gives it as a share of the slide width'],
        [`${amount(share(cw * cw, 10000, ow * ow))}%`, 'squares the scale as an area'],
      ],
      figures: { ow, oh, cw },
    }
  }),
  family('column-grid-width', (rng) => {
    const n = rng.int(2, 6)
    const m = rng.int(25, 75)
    const g = rng.int(10, 40)
    return {
      stem: `A designer builds a layout grid in a ${WIDE.name} master (${inch(WIDE.w)} wide): ${n} equal columns, a ${inch(m)} margin at the left and at the right, and a ${inch(g)} gutter between neighbouring columns. How wide is each column, to two places?`,
      key: inch(share(WIDE.w - 2 * m - (n - 1) * g, 1, n)),
      wrong: [
        [inch(share(WIDE.w - 2 * m, 1, n)), 'forgets the gutters'],
        [inch(share(WIDE.w - 2 * m - n * g, 1, n)), 'counts a gutter per column'],
        [inch(share(WIDE.w - m - (n - 1) * g, 1, n)), 'takes off one margin only'],
        [inch(share(1000 - 2 * m - (n - 1) * g, 1, n)), 'assumes the 4:3 width of 10 in'],
        [inch(share(WIDE.w, 1, n)), 'divides the whole slide width'],
      ],
      figures: { n, m, g },
    }
  }),
  family('custom-size-for-screen', (rng) => {
    const [pxw, pxh] = rng.pick([
      [1080, 1920],
      [3840, 1080],
      [2560, 1080],
      [1920, 1200],
      [5760, 1080],
    ] as const)
    const w = rng.pick([1000, 1333, 1200, 1600, 800])
    return {
      stem: `${cap(client(rng))} will show a deck on a ${pxw} × ${pxh} px screen. The designer sets a Custom slide size ${inch(w)} wide so the slide has the screen's proportions exactly. What height should the slide be, to two places?`,
      key: inch(share(w, pxh, pxw)),
      wrong: [
        [inch(share(w, pxw, pxh)), 'inverts the ratio'],
        [inch(750), 'keeps the widescreen height of 7.50 in'],
        [inch(share(pxh, 100, 96)), 'takes the pixel height at 96 pixels per inch'],
        [inch(share(w, 9, 16)), 'assumes 16:9'],
        [inch(share(pxh, 100, 72)), 'reads the pixels as points'],
      ],
      figures: { pxw, pxh, w },
    }
  }),
  family('centimetres-to-inches', (rng) => {
    const c = rng.int(100, 3000)
    return {
      stem: `A print designer's brief for ${client(rng)} gives a logo width of ${hund(c, 'cm')}, but the VA's PowerPoint shows inches. With 2.54 cm to the inch, what width in inches should go in the Size box, to two places?`,
      key: inch(share(c, 100, 254)),
      wrong: [
        [inch(share(c, 254, 100)), 'multiplies by 2.54'],
        [inch(c), 'types the centimetres as inches'],
        [inch(share(c, 10, 254)), 'reads the centimetres as millimetres'],
        [inch(share(c, 100, 2835)), 'divides by the points per centimetre'],
        [inch(share(c, 7200, 254 * 100)), 'converts to points and reads them as inches'],
      ],
      figures: { c },
    }
  }),
  family('shape-centre-from-left', (rng) => {
    const x = rng.int(50, 900)
    const w = rng.int(100, 400)
    const h = rng.int(100, 400)
    if (w === h) throw new VariantError('square')
    return {
      stem: `A shape's Size and Position pane shows Horizontal position ${inch(x)} from the top left corner, Width ${inch(w)}, Height ${inch(h)}, no rotation. How far from the slide's left edge is the shape's centre, to two places?`,
      key: inch(share(2 * x + w, 1, 2)),
      wrong: [
        [inch(x + w), 'gives the right edge'],
        [inch(share(w, 1, 2)), 'forgets the position'],
        [inch(x), 'gives the left edge'],
        [inch(share(2 * x + h, 1, 2)), 'adds half the height'],
        [inch(x + w + share(w, 1, 2)), 'adds half the width to the right edge'],
      ],
      figures: { x, w, h },
    }
  }),
]
