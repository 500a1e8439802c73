import { contractor, down, family, near, pc, q, up, usd } from './cest-text.js'

// Finishes and roofing. Figures the stems state: spread rates, coverage per box, carton, roll
// and bundle, pitch factors (the slope length over the run, √(12² + rise²) ÷ 12 for a rise in
// inches per 12 in of run: 4/12 1.054, 5/12 1.083, 6/12 1.118, 7/12 1.158, 8/12 1.202,
// 9/12 1.250, 10/12 1.302, 12/12 1.414), a roofing square of 100 ft² laid with three bundles
// of three-tab shingles, and a wallpaper roll of 10.05 m by 0.53 m.

const tins = q('tins')
const boxes = q('boxes')
const count = (unit: string) => q(unit)
/** Pitch factors to three places, in thousandths, by rise in inches per 12 in of run. */
const PITCH = [
  [4, 1054],
  [5, 1083],
  [6, 1118],
  [7, 1158],
  [8, 1202],
  [9, 1250],
  [10, 1302],
  [12, 1414],
] as const

/** The fewest whole units `k` of `unit` inches with `(k × unit)² × 144 ≥ len² × (144 + rise²)`. */
function slopeUp(lenIn: number, rise: number, unit: number): number {
  let k = Math.floor((lenIn * Math.sqrt(144 + rise * rise)) / 12 / unit)
  while (k * unit * (k * unit) * 144 < lenIn * lenIn * (144 + rise * rise)) k++
  while (k > 0 && (k - 1) * unit * ((k - 1) * unit) * 144 >= lenIn * lenIn * (144 + rise * rise))
    k--
  return k
}

export const FINISH_FAMILIES = [
  family('paint-tins-walls-metric', (rng) => {
    const [l, w, h] = [rng.int(30, 80), rng.int(25, 60), rng.pick([2400, 2500, 2700])]
    const [nd, nw, coats, rate, tin] = [
      rng.int(1, 2),
      rng.int(1, 3),
      rng.pick([2, 3]),
      rng.pick([10, 12, 14]),
      rng.pick([25, 50]),
    ]
    const gross = 2 * (l + w) * h // in 10^-4 m²
    const open = nd * 20000 + nw * 15000
    const at = (area: number, c: number) => up(area * c * 10, rate * tin * 10000)
    const size = tin === 25 ? '2.5 L' : '5 L'
    return {
      stem: `${contractor(rng)} is painting the walls of a room ${(l / 10).toFixed(1)} m by ${(w / 10).toFixed(1)} m with ${h} mm walls. Deduct ${nd} door${nd > 1 ? 's' : ''} at 2 m² each and ${nw} window${nw > 1 ? 's' : ''} at 1.5 m² each. The paint covers ${rate} m² a litre per coat, ${coats} coats are specified, and it comes in ${size} tins. How many tins are bought (whole tins, rounded up)?`,
      key: tins(at(gross - open, coats)),
      wrong: [
        [tins(at(gross - open, 1)), 'prices one coat only'],
        [tins(at(gross, coats)), 'does not deduct the openings'],
        [tins(down((gross - open) * coats * 10, rate * tin * 10000)), 'rounds the tins down'],
        [tins(at(gross - open + l * w * 100, coats)), 'paints the ceiling too'],
        [tins(at(gross / 2 - open, coats)), 'takes one length and one width of wall only'],
        [tins(up((gross - open) * coats, rate * 10000)), 'buys one tin per litre'],
      ],
      figures: { l, w, h, nd, nw, coats, rate, tin },
    }
  }),
  family('primer-and-finish-gallons-cost', (rng) => {
    const a = rng.int(16, 80) * 50
    const [pp, fp] = [rng.int(22, 38) * 100 + 99, rng.int(35, 65) * 100 + 99]
    const primer = up(a, 300)
    const finish = up(2 * a, 350)
    const m = usd
    return {
      stem: `New drywall of ${a.toLocaleString('en-US')} ft² gets one coat of primer, which covers 300 ft² a gallon at ${m(pp)} a gallon, then two finish coats, which cover 350 ft² a gallon per coat at ${m(fp)} a gallon. Round each product's gallons up to whole gallons. What does the paint cost?`,
      key: m(primer * pp + finish * fp),
      wrong: [
        [m(finish * fp), 'leaves out the primer'],
        [m(primer * pp + up(a, 350) * fp), 'prices one finish coat'],
        [m(up(2 * a, 300) * pp + finish * fp), 'primes twice'],
        [m((primer + finish) * fp), 'prices the primer at the finish paint’s price'],
        [m(down(a, 300) * pp + down(2 * a, 350) * fp), 'rounds the gallons down'],
        [m(up(a, 350) * pp + finish * fp), 'uses the finish paint’s coverage for the primer'],
      ],
      figures: { a, pp, fp },
    }
  }),
  family('tile-boxes-less-cabinets', (rng) => {
    const [l, w, k, waste, box] = [
      rng.int(10, 24),
      rng.int(9, 18),
      rng.int(12, 40),
      rng.pick([10, 15]),
      rng.pick([10, 12, 15, 18]),
    ]
    const net = l * w - k
    const at = (area: number, pct: number) => up(area * pct, box * 100)
    return {
      stem: `A kitchen floor is ${l} ft by ${w} ft; tile does not run under the cabinets, which cover ${k} ft². Add ${pc(waste)} to the net area for cuts and breakage, and tile comes in boxes of ${box} ft². How many boxes are ordered?`,
      key: boxes(at(net, 100 + waste)),
      wrong: [
        [boxes(at(l * w, 100 + waste)), 'does not deduct the cabinets'],
        [boxes(at(net, 100)), 'leaves out the waste'],
        [boxes(down(net * (100 + waste), box * 100)), 'rounds the boxes down'],
        [
          boxes(up(l * w * (100 + waste) - k * 100, box * 100)),
          'adds the waste before deducting the cabinets',
        ],
        [boxes(at(net, 100 + 2 * waste)), 'adds the waste twice'],
        [boxes(at(net, 100 - waste)), 'takes the waste off instead of adding it'],
      ],
      figures: { l, w, k, waste, box },
    }
  }),
  family('floor-tiles-metric-count', (rng) => {
    const [l, w, waste] = [rng.int(25, 90), rng.int(20, 60), rng.pick([5, 10, 15])]
    const [a, b] = rng.pick([
      [300, 600],
      [600, 600],
      [450, 450],
      [300, 300],
    ] as const)
    const area = l * w * 10000 // mm²
    const at = (pct: number, t: number) => up(area * pct, t * 100)
    const tiles = count('tiles')
    return {
      stem: `A floor ${(l / 10).toFixed(1)} m by ${(w / 10).toFixed(1)} m is laid with ${a} × ${b} mm tiles. Working by area, add ${pc(waste)} for cuts and round up. How many tiles are ordered?`,
      key: tiles(at(100 + waste, a * b)),
      wrong: [
        [tiles(at(100, a * b)), 'leaves out the waste'],
        [tiles(down(area * (100 + waste), a * b * 100)), 'rounds the tile count down'],
        [tiles(at(100 - waste, a * b)), 'takes the waste off instead of adding it'],
        [tiles(up(area * (100 + waste) * (100 + waste), a * b * 10000)), 'adds the waste twice'],
        [tiles(at(100 + waste, (a + 10) * (b + 10))), 'adds a 10 mm joint to the tile size'],
        [
          tiles(up(up(l * 100, a) * up(w * 100, b) * (100 + waste), 100)),
          'counts whole tiles along each side, then adds the waste',
        ],
      ],
      figures: { l, w, waste, a, b },
    }
  }),
  family('plank-cartons-diagonal', (rng) => {
    const [l, w, carton] = [rng.int(20, 60), rng.int(15, 40), rng.pick([18, 20, 22, 24])]
    const a = l * w
    const at = (pct: number) => up(a * pct, carton * 100)
    const cartons = count('cartons')
    return {
      stem: `An open-plan floor ${l} ft by ${w} ft gets laminate planks laid on the diagonal. The installer's waste allowance is 8% for straight lay and 15% for diagonal lay; cartons cover ${carton} ft². How many cartons are ordered?`,
      key: cartons(at(115)),
      wrong: [
        [cartons(at(108)), 'uses the straight-lay waste'],
        [cartons(at(100)), 'leaves out the waste'],
        [cartons(down(a * 115, carton * 100)), 'rounds the cartons down'],
        [cartons(at(123)), 'adds both waste allowances'],
        [cartons(at(130)), 'adds the diagonal allowance twice'],
        [cartons(up(a * 100, carton * 85)), 'takes the waste off each carton’s coverage instead'],
      ],
      figures: { l, w, carton },
    }
  }),
  family('carpet-roll-strips', (rng) => {
    const [l, w, roll] = [rng.int(30, 70), rng.int(25, 70), rng.pick([4, 5])]
    const strips = (width: number) => up(width, roll * 10)
    const m2 = q('m²', 1)
    return {
      stem: `A room ${(l / 10).toFixed(1)} m long and ${(w / 10).toFixed(1)} m wide is carpeted from a ${roll} m wide roll, in strips running the room's length, each cut 0.1 m over the length for trimming; part widths still take a full strip. How many square metres of carpet are bought?`,
      key: m2(strips(w) * (l + 1) * roll),
      wrong: [
        [m2(near(l * w, 10)), 'buys the room’s area'],
        [m2(strips(w) * l * roll), 'leaves out the trim allowance'],
        [m2(strips(l) * (w + 1) * roll), 'runs the strips across the width'],
        [m2(strips(w) * (l + 2) * roll), 'adds the trim at both ends'],
        [m2(near(l * w * 110, 1000)), 'buys the room’s area plus 10%'],
      ],
      figures: { l, w, roll },
    }
  }),
  family('baseboard-stock-pieces', (rng) => {
    const [l, w, n, stock] = [rng.int(10, 30), rng.int(9, 24), rng.int(1, 3), rng.pick([8, 12, 16])]
    const net = 2 * (l + w) - 3 * n
    const at = (len: number, st: number, pct: number) => up(len * pct, st * 100)
    const other = stock === 16 ? 8 : 16
    const pieces = count('pieces')
    return {
      stem: `Baseboard runs round a room ${l} ft by ${w} ft, stopping at ${n} door opening${n > 1 ? 's' : ''} 3 ft wide. It comes in ${stock} ft lengths; add 10% for joints and mitres and round up. How many lengths are ordered?`,
      key: pieces(at(net, stock, 110)),
      wrong: [
        [pieces(at(2 * (l + w), stock, 110)), 'does not deduct the door openings'],
        [pieces(at(net, stock, 100)), 'leaves out the waste'],
        [pieces(down(net * 110, stock * 100)), 'rounds the lengths down'],
        [pieces(at(net, other, 110)), `divides by ${other} ft lengths`],
        [pieces(at(l + w - 3 * n, stock, 110)), 'takes one length and one width only'],
      ],
      figures: { l, w, n, stock, other },
    }
  }),
  family('shingle-bundles-stated-pitch-factor', (rng) => {
    const [rise, factor] = rng.pick(PITCH)
    const [a, waste] = [rng.int(24, 72) * 50, rng.pick([10, 15])]
    const den = 1000 * 100 * 100
    const bundles = count('bundles')
    return {
      stem: `A roof's plan area, overhangs included, is ${a.toLocaleString('en-US')} ft² at a ${rise}/12 pitch, whose pitch factor is ${(factor / 1000).toFixed(3)}. Add ${pc(waste)} waste. Three-tab shingles come 3 bundles to the square (100 ft²); round up to whole bundles. How many bundles are ordered?`,
      key: bundles(up(a * factor * (100 + waste) * 3, den)),
      wrong: [
        [
          bundles(up(a * 1000 * (100 + waste) * 3, den)),
          'uses the plan area without the pitch factor',
        ],
        [bundles(up(a * factor * 100 * 3, den)), 'leaves out the waste'],
        [
          bundles(up(a * factor * (100 + waste), den) * 3),
          'rounds up to whole squares before converting to bundles',
        ],
        [bundles(up(a * factor * (100 + waste) * 4, den)), 'counts four bundles to the square'],
        [bundles(down(a * factor * (100 + waste) * 3, den)), 'rounds the bundles down'],
        [
          bundles(up(a * 1000 * 1000 * (100 + waste) * 3, den * factor)),
          'divides by the pitch factor',
        ],
      ],
      figures: { a, factor, waste },
    }
  }),
  family('roof-area-from-rise-and-run', (rng) => {
    const [l, w, rise] = [rng.int(24, 60), rng.int(20, 40), rng.pick([3, 4, 5, 6, 7, 8, 9, 10])]
    const slope = Math.sqrt(144 + rise * rise)
    const ft2 = q('ft²')
    return {
      stem: `A gable roof covers a plan area ${l} ft by ${w} ft, overhangs included, at a rise of ${rise} in per 12 in of run. The slope length per foot of run is √(12² + rise²) ÷ 12. What is the roof's sloped area, to the nearest square foot?`,
      key: ft2(Math.round((l * w * slope) / 12)),
      wrong: [
        [ft2(l * w), 'uses the plan area without the slope'],
        [
          ft2(Math.round((l * w * (12 + rise)) / 12)),
          'adds the rise to the run instead of taking the hypotenuse',
        ],
        [ft2(Math.round((l * w * (144 + rise * rise)) / 144)), 'forgets the square root'],
        [ft2(Math.round((l * w * 12) / slope)), 'divides the plan area by the slope factor'],
        [ft2(Math.round((l * w * slope) / 24)), 'works half the roof only'],
      ],
      figures: { l, w, rise },
    }
  }),
  family('rafter-order-length', (rng) => {
    const [run, rise, o] = [
      rng.int(8, 18),
      rng.pick([4, 5, 6, 7, 8, 9, 10, 12]),
      rng.pick([12, 16, 18, 24]),
    ]
    const ft = q('ft')
    const horiz = run * 12 + o
    return {
      stem: `A common rafter has a horizontal run of ${run} ft plus an overhang of ${o} in measured level, at a rise of ${rise} in per 12 in of run, so its length is the level distance × √(12² + rise²) ÷ 12. Rafters are stocked in even lengths of feet. Ignoring the ridge allowance and plumb cuts, what stock length is ordered?`,
      key: ft(slopeUp(horiz, rise, 24) * 2),
      wrong: [
        [ft(up(horiz, 24) * 2), 'orders the level run without the slope'],
        [ft(slopeUp(run * 12, rise, 24) * 2), 'leaves out the overhang'],
        [
          ft(slopeUp(horiz, rise, 12)),
          'orders to the next whole foot instead of the next even length',
        ],
        [
          ft(up(horiz + run * rise, 24) * 2),
          'adds the rise to the run instead of taking the hypotenuse',
        ],
        [ft(slopeUp(run * 24 + o, rise, 24) * 2), 'takes the whole span as the run'],
      ],
      figures: { run, rise, o },
    }
  }),
  family('underlayment-rolls', (rng) => {
    const [rise, factor] = rng.pick(PITCH)
    const [a, net] = [rng.int(40, 160) * 50, rng.pick([180, 360])]
    const g = net === 180 ? 200 : 400
    const rolls = count('rolls')
    return {
      stem: `A ${rise}/12 roof has a plan area of ${a.toLocaleString('en-US')} ft² (pitch factor ${(factor / 1000).toFixed(3)}). Each roll of underlayment is ${g} ft² gross but covers ${net} ft² net of its laps. How many rolls are ordered, rounded up?`,
      key: rolls(up(a * factor, net * 1000)),
      wrong: [
        [rolls(up(a * factor, g * 1000)), 'uses the gross roll size, ignoring the laps'],
        [rolls(up(a, net)), 'uses the plan area without the pitch factor'],
        [rolls(down(a * factor, net * 1000)), 'rounds the rolls down'],
        [rolls(up(a, g)), 'uses the plan area and the gross roll size'],
        [rolls(up(a * factor * 110, net * 100000)), 'adds a 10% waste the laps already allow for'],
      ],
      figures: { a, factor, net, g },
    }
  }),
  family('drip-edge-pieces-with-overlap', (rng) => {
    const [l, rake, lap] = [rng.int(24, 70), rng.int(12, 30), rng.pick([4, 6])]
    const total = (2 * l + 4 * rake) * 12
    const pieces = count('pieces')
    return {
      stem: `A gable roof has two eaves each ${l} ft long and four rakes each ${rake} ft long (sloped). Drip edge comes in 10 ft pieces, each overlapping the next by ${lap} in, so each piece covers 10 ft less the overlap. Work on the total length of all six edges together (an offcut from one edge is used on the next), and round up. How many pieces run the eaves and rakes?`,
      key: pieces(up(total, 120 - lap)),
      wrong: [
        [pieces(up(total, 120)), 'ignores the overlaps'],
        [pieces(up(2 * l * 12, 120 - lap)), 'edges the eaves only'],
        [pieces(up((2 * l + 2 * rake) * 12, 120 - lap)), 'counts two rakes instead of four'],
        [pieces(down(total, 120 - lap)), 'rounds the pieces down'],
        [pieces(up(total, 120 - 2 * lap)), 'takes the overlap off both ends of each piece'],
        [pieces(up(6 * l * 12, 120 - lap)), 'takes every edge as an eave’s length'],
        [
          pieces(2 * up(l * 12, 120 - lap) + 4 * up(rake * 12, 120 - lap)),
          'rounds up edge by edge instead of working on the total length',
        ],
      ],
      figures: { l, rake, lap },
    }
  }),
  family('wallpaper-rolls-with-repeat', (rng) => {
    const [perim, h, rep] = [
      rng.int(100, 260) * 100,
      rng.pick([2300, 2400, 2500, 2600]),
      rng.pick([0, 320, 530, 640]),
    ]
    const drop = h + rep + 100
    const drops = up(perim, 530)
    const per = down(10050, drop)
    const rolls = count('rolls')
    return {
      stem: `Walls ${(perim / 1000).toFixed(1)} m round (openings ignored) and ${h} mm high are papered from rolls 10.05 m long and 0.53 m wide, with a pattern repeat of ${rep} mm. Each drop is cut to the wall height plus one repeat plus 100 mm trim; a roll gives as many whole drops as fit its length (an offcut shorter than a drop is waste, never joined to another); the number of drops is the wall perimeter divided by 0.53 m, rounded up. How many rolls are bought?`,
      key: rolls(up(drops, per)),
      wrong: [
        [rolls(up(perim * h, 10050 * 530)), 'divides the wall area by the roll’s area'],
        [rolls(up(drops, down(10050, h + 100))), 'ignores the pattern repeat'],
        [rolls(up(drops, up(10050, drop))), 'rounds the drops per roll up'],
        [
          rolls(up(drops * drop, 10050)),
          'divides the total drop length by the roll length, as if offcuts joined',
        ],
        [rolls(drops), 'buys one roll per drop'],
        [rolls(up(drops, down(10050, h + rep))), 'leaves out the trim allowance'],
        [rolls(up(drops, down(10050, h + 2 * rep + 100))), 'allows two pattern repeats per drop'],
        [rolls(up(up(drops, per) * 110, 100)), 'adds 10% to the rolls on top of the drop count'],
      ],
      figures: { perim, h, rep },
    }
  }),
  family('deck-boards-with-gaps', (rng) => {
    const [w, gap] = [rng.int(10, 30), rng.pick([1, 2])]
    const inches = w * 12
    const boards = count('boards')
    // Board widths and gaps in eighths of an inch: a 5½ in board is 44 eighths.
    const at = (g: number, board = 44) => up(inches * 8, board + g)
    return {
      stem: `A deck ${w} ft wide is laid with boards running its length, each 5½ in wide (a nominal 6 in board) with a ${gap === 1 ? '⅛' : '¼'} in gap between boards. How many rows of boards does its width take, rounding up?`,
      key: boards(at(gap)),
      wrong: [
        [boards(at(0)), 'ignores the gaps'],
        [boards(at(0, 48)), 'uses the nominal 6 in width'],
        [boards(down(inches * 8, 44 + gap)), 'rounds the rows down'],
        [boards(at(gap === 1 ? 2 : 1)), `uses a ${gap === 1 ? '¼' : '⅛'} in gap`],
        [
          boards(up(w * 8, 44 + gap)),
          'works the deck width in feet against a board width in inches',
        ],
      ],
      figures: { w, gap },
    }
  }),
  family('ceiling-tiles-two-by-four', (rng) => {
    const [l, w, waste] = [rng.int(12, 40), rng.int(10, 30), rng.pick([5, 10])]
    const a = l * w
    const tiles = count('tiles')
    return {
      stem: `A suspended ceiling ${l} ft by ${w} ft takes 2 × 4 ft lay-in tiles. Working by area, add ${pc(waste)} for border cuts and round up. How many tiles are ordered?`,
      key: tiles(up(a * (100 + waste), 800)),
      wrong: [
        [tiles(up(a * (100 + waste), 400)), 'works 2 × 2 ft tiles'],
        [tiles(up(a * 100, 800)), 'leaves out the waste'],
        [tiles(down(a * (100 + waste), 800)), 'rounds the tiles down'],
        [
          tiles(up(up(l, 4) * up(w, 2) * (100 + waste), 100)),
          'counts whole tiles along each side, then adds the waste',
        ],
        [tiles(up(a * (100 + 2 * waste), 800)), 'adds the waste twice'],
      ],
      figures: { l, w, waste },
    }
  }),
  family('siding-squares-with-gables', (rng) => {
    const [l, w, h, rise, n] = [
      rng.int(24, 60),
      rng.int(20, 36),
      rng.pick([8, 9, 10]),
      rng.int(4, 10),
      rng.int(6, 16),
    ]
    const walls2 = 2 * 2 * (l + w) * h
    const gables2 = 2 * w * rise
    const open2 = 2 * n * 15
    const sq = q('squares', 1)
    const at = (a2: number, pct: number) => up(a2 * pct, 200 * 10)
    return {
      stem: `A house ${l} ft by ${w} ft has ${h} ft walls and two gable ends, each a triangle ${w} ft wide rising ${rise} ft. Deduct ${n} windows and doors at 15 ft² each, add 10% waste and order siding in squares (100 ft²) to the next 0.1 square up. How many squares are ordered?`,
      key: sq(at(walls2 + gables2 - open2, 110)),
      wrong: [
        [sq(at(walls2 - open2, 110)), 'leaves out the gables'],
        [sq(at(walls2 + 2 * gables2 - open2, 110)), 'takes each gable as a full rectangle'],
        [sq(at(walls2 + gables2, 110)), 'does not deduct the openings'],
        [sq(at(walls2 + gables2 - open2, 100)), 'leaves out the waste'],
        [sq(at(walls2 + gables2 / 2 - open2, 110)), 'counts one gable end only'],
        [sq(at(walls2 + gables2 - open2, 120)), 'adds the waste twice'],
        [sq(at(walls2 + gables2 - open2, 90)), 'takes the waste off instead of adding it'],
        [
          sq(down((walls2 + gables2 - open2) * 110, 200 * 10)),
          'rounds down to the 0.1 square instead of up',
        ],
      ],
      figures: { l, w, h, rise, n },
    }
  }),
]
