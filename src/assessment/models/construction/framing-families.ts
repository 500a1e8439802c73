import type { Rng } from '../../rng.js'
import { contractor, csv, down, family, near, pc, q, up, usd } from './cest-text.js'

// Masonry, framing, lumber and drywall take-off. Figures the stems state: an 8 × 16 in concrete
// block with 3/8 in joints lays 1.125 blocks a square foot; a half-brick wall of 215 × 65 mm
// bricks with 10 mm joints takes 60 bricks a square metre; a board foot is 144 in³ (nominal
// thickness in inches × nominal width in inches × length in feet ÷ 12); dressed sizes of
// 2 × lumber are 1.5 in by 3.5, 5.5, 7.25, 9.25 and 11.25 in for 4, 6, 8, 10 and 12 in nominal.

const blocks = q('blocks')
const pieces = q('pieces')
const sheets = q('sheets')
/** Dressed width in quarter inches for each nominal width in inches. */
const DRESSED: Readonly<Record<number, number>> = { 2: 6, 4: 14, 6: 22, 8: 29, 10: 37, 12: 45 }

export const FRAMING_FAMILIES = [
  family('block-wall-less-openings', (rng) => {
    const [l, h, n, a, b, w] = [
      rng.int(20, 120),
      rng.int(8, 12),
      rng.int(1, 4),
      rng.pick([3, 4]),
      rng.pick([3, 4, 5]),
      rng.pick([3, 5, 10]),
    ]
    return blockWall(l, h, n, a, b, w, rng)
  }),
  family('brick-half-wall-metric', (rng) => {
    const [l, h, n, w] = [rng.int(30, 150), rng.int(10, 30), rng.int(0, 3), rng.pick([5, 10])]
    const net = l * 100 * h * 100 - n * 1200 * 1050
    const at = (perM2: number, pct: number) => up(net * perM2 * pct, 1e6 * 100)
    const bricks = q('bricks')
    return {
      stem: `A half-brick garden wall is ${(l / 10).toFixed(1)} m long and ${(h / 10).toFixed(1)} m high${n ? ` with ${n} opening${n > 1 ? 's' : ''} 1200 mm wide by 1050 mm high` : ''}. A half-brick wall of 215 × 65 mm bricks with 10 mm joints takes 60 bricks a square metre. Deduct openings, add ${pc(w)} waste and round up. How many bricks are ordered?`,
      key: bricks(at(60, 100 + w)),
      wrong: [
        [bricks(at(60, 100)), 'leaves out the waste allowance'],
        [bricks(at(120, 100 + w)), 'uses the one-brick wall rate of 120 a square metre'],
        [
          bricks(up(net * (100 + w), 215 * 65 * 100)),
          'divides by the brick’s face alone, ignoring the joints',
        ],
        [bricks(down(net * 60 * (100 + w), 1e6 * 100)), 'rounds the brick count down'],
        [bricks(up(l * 100 * h * 100 * 60 * (100 + w), 1e6 * 100)), 'does not deduct the openings'],
        [
          bricks(up(net * 48 * (100 + w), 1e6 * 100)),
          'uses the 48 a square metre of a block-sized unit',
        ],
      ],
      figures: { l, h, n, w },
    }
  }),
  family('mortar-bags-per-hundred-blocks', (rng) => {
    const [n, rate, w] = [rng.int(300, 3000), rng.pick([75, 80, 85, 90]), rng.pick([10, 15])]
    const bags = q('bags')
    return {
      stem: `A block wall takes ${n.toLocaleString('en-US')} blocks. The mortar supplier's guide is ${(rate / 10).toFixed(1)} bags of mortar mix per 100 blocks; add ${pc(w)} for waste and round up to whole bags. How many bags are ordered?`,
      key: bags(up(n * rate * (100 + w), 1000 * 100)),
      wrong: [
        [bags(up(n * rate, 1000)), 'leaves out the waste allowance'],
        [bags(down(n * rate * (100 + w), 1000 * 100)), 'rounds the bag count down'],
        [bags(up(n * rate * (100 + w), 10000 * 100)), 'reads the rate as per 1,000 blocks'],
        [bags(up(n * rate * (100 + w) * (100 + w), 1000 * 10000)), 'adds the waste twice'],
        [bags(up(n * rate * (100 - w), 1000 * 100)), 'takes the waste off instead of adding it'],
      ],
      figures: { n, rate, w },
    }
  }),
  family('studs-at-centres-with-extras', (rng) => {
    const [l, s, c, n] = [rng.int(8, 60), rng.pick([16, 24]), rng.int(1, 3), rng.int(1, 3)]
    const other = s === 16 ? 24 : 16
    const studs = q('studs')
    const base = (sp: number) => up(l * 12, sp) + 1
    return {
      stem: `A stud wall is ${l} ft long with studs at ${s} in on centre: the wall length divided by the spacing, rounded up, plus one for the end. Add 2 studs for each of its ${c} corner${c > 1 ? 's' : ''} or intersections and 2 king studs for each of its ${n} opening${n === 1 ? '' : 's'}. How many studs are ordered?`,
      key: studs(base(s) + 2 * c + 2 * n),
      wrong: [
        [studs(base(s) - 1 + 2 * c + 2 * n), 'leaves out the plus one for the end stud'],
        [studs(base(other) + 2 * c + 2 * n), `spaces the studs at ${other} in instead of ${s} in`],
        [studs(base(s)), 'leaves out the corner and opening studs'],
        [studs(down(l * 12, s) + 1 + 2 * c + 2 * n), 'rounds the spacing count down'],
        [studs(base(s) + c + n), 'adds one stud, not two, at each corner and opening'],
        [studs(base(s) + 2 * c + 4 * n), 'adds two studs at each side of every opening'],
        [studs(base(s) + 1 + 2 * c + 2 * n), 'adds one stud for each end of the wall'],
      ],
      figures: { l, s, c, n, other },
    }
  }),
  family('plates-in-stock-lengths', (rng) => {
    const [l, stock, w] = [rng.int(40, 300), rng.pick([12, 14, 16]), rng.pick([5, 10])]
    const at = (plates: number, st: number, pct: number) => up(plates * l * pct, st * 100)
    return {
      stem: `A house has ${l} lineal feet of framed walls, each with one bottom plate and a double top plate. Plates come in ${stock} ft lengths; add ${pc(w)} for cutting waste and round up. How many ${stock} ft pieces are ordered?`,
      key: pieces(at(3, stock, 100 + w)),
      wrong: [
        [pieces(at(2, stock, 100 + w)), 'gives the walls a single top plate'],
        [pieces(at(3, stock, 100)), 'leaves out the cutting waste'],
        [pieces(down(3 * l * (100 + w), stock * 100)), 'rounds the piece count down'],
        [pieces(at(4, stock, 100 + w)), 'counts a double bottom plate as well'],
        [pieces(at(1, stock, 100 + w)), 'counts one plate per wall'],
      ],
      figures: { l, stock, w },
    }
  }),
  family('board-feet-nominal', (rng) => {
    const [n, a, b, len] = [
      rng.int(12, 120),
      2,
      rng.pick([4, 6, 8, 10, 12]),
      rng.pick([8, 10, 12, 14, 16]),
    ]
    const bf = q('board feet', 2)
    return {
      stem: `A materials list calls for ${n} pieces of ${a} × ${b} lumber, each ${len} ft long. Board feet are worked on nominal sizes: thickness in inches × width in inches × length in feet ÷ 12. How many board feet is that, to two decimals?`,
      key: bf(near(n * a * b * len * 100, 12)),
      wrong: [
        [
          bf(near(n * 6 * DRESSED[b]! * len * 100, 12 * 16)),
          'uses the dressed sizes instead of nominal',
        ],
        [bf(near(n * a * b * len * 100, 144)), 'divides by 144 as if the length were in inches'],
        [bf(near(a * b * len * 100, 12)), 'works one piece only'],
        [bf(near(n * a * b * len * 100, 1)), 'does not divide by 12'],
        [bf(near(n * a * b * len * 100, 24)), 'halves the thickness to one inch'],
        [bf(near(n * a * b * (len + 2) * 100, 12)), 'works each piece at the next stock length up'],
        [bf(near(n * a * (b + 2) * len * 100, 12)), 'reads the next nominal width up'],
      ],
      figures: { n, a, b, len },
    }
  }),
  family('lumber-cost-per-mbf', (rng) => {
    const [n1, b1, l1] = [rng.int(20, 100), rng.pick([4, 6]), rng.pick([8, 10, 12])]
    const [n2, b2, l2] = [rng.int(10, 60), rng.pick([8, 10, 12]), rng.pick([12, 14, 16])]
    const price = rng.int(450, 950) * 100
    const bf12 = 2 * (n1 * b1 * l1 + n2 * b2 * l2) // board feet × 12
    const m = usd
    return {
      stem: `A framing package has ${n1} pieces of 2 × ${b1} at ${l1} ft and ${n2} pieces of 2 × ${b2} at ${l2} ft. The yard prices lumber at ${m(price)} per MBF (thousand board feet), board feet worked on nominal sizes (thickness in × width in × length ft ÷ 12). What does the package cost, to the cent?`,
      key: m(near(bf12 * price, 12000)),
      wrong: [
        [m(near(bf12 * price, 1200)), 'reads MBF as per hundred board feet'],
        [
          m(near((n1 * l1 + n2 * l2) * price, 1000)),
          'prices lineal feet as if they were board feet',
        ],
        [
          m(near(6 * (n1 * DRESSED[b1]! * l1 + n2 * DRESSED[b2]! * l2) * price, 12 * 16 * 1000)),
          'uses the dressed sizes instead of nominal',
        ],
        [m(near(2 * n1 * b1 * l1 * price, 12000)), 'prices the first line only'],
        [m(near(bf12 * price, 6000)), 'counts the 2 in thickness twice'],
      ],
      figures: { n1, b1, l1, n2, b2, l2, price },
    }
  }),
  family('drywall-room-walls-and-ceiling', (rng) => {
    const [l, w, h, n, sheet] = [
      rng.int(10, 24),
      rng.int(9, 18),
      rng.pick([8, 9, 10]),
      rng.int(1, 3),
      rng.pick([32, 48]),
    ]
    const walls = 2 * (l + w) * h
    const open = 21 + n * 12
    const at = (area: number, s: number, pct: number) => up(area * pct, s * 100)
    const size = sheet === 32 ? '4 × 8 ft' : '4 × 12 ft'
    return {
      stem: `A room is ${l} ft by ${w} ft with ${h} ft ceilings, one 3 × 7 ft door and ${n} window${n > 1 ? 's' : ''} 3 × 4 ft. The walls and ceiling are hung with ${size} sheets; deduct the openings, add 10% waste and round up. How many sheets are ordered?`,
      key: sheets(at(walls + l * w - open, sheet, 110)),
      wrong: [
        [sheets(at(walls - open, sheet, 110)), 'leaves out the ceiling'],
        [sheets(at(walls + l * w, sheet, 110)), 'does not deduct the openings'],
        [
          sheets(at(walls + l * w - open, sheet === 32 ? 48 : 32, 110)),
          'uses the other sheet size’s area',
        ],
        [sheets(at(walls + l * w - open, sheet, 100)), 'leaves out the waste'],
        [
          sheets(at((l + w) * h + l * w - open, sheet, 110)),
          'takes one length and one width of wall only',
        ],
      ],
      figures: { l, w, h, n, sheet },
    }
  }),
  family('plasterboard-partition-both-sides', (rng) => {
    const [l, h, n] = [rng.int(30, 150), rng.pick([2400, 2700, 3000]), rng.int(1, 2)]
    const face = l * 100 * h
    const door = 926 * 2040
    const at = (area: number, pct: number) => up(area * pct, 2880000 * 100)
    const boards = q('boards')
    return {
      stem: `A stud partition is ${(l / 10).toFixed(1)} m long and ${h} mm high, boarded on both faces with 2400 × 1200 mm plasterboard${n ? `; it has ${n} doorway${n > 1 ? 's' : ''} 926 × 2040 mm, deducted from each face` : ''}. Add 10% waste and round up. How many boards are ordered?`,
      key: boards(at(2 * (face - n * door), 110)),
      wrong: [
        [boards(at(face - n * door, 110)), 'boards one face only'],
        [boards(at(2 * face, 110)), 'does not deduct the doorways'],
        [boards(at(2 * face - n * door, 110)), 'deducts each doorway from one face only'],
        [boards(at(2 * (face - n * door), 100)), 'leaves out the waste'],
        [boards(down(2 * (face - n * door) * 110, 2880000 * 100)), 'rounds the board count down'],
      ],
      figures: { l, h, n },
    }
  }),
  family('floor-joists-linear-metres', (rng) => {
    const [l, s, span] = [rng.int(30, 90) * 100, rng.pick([400, 450, 600]), rng.int(25, 50) * 100]
    const m = q('m', 1)
    const count = up(l, s) + 1
    return {
      stem: `Floor joists run across a room ${span} mm wide and are spaced at ${s} mm centres along its ${l} mm length: the length divided by the spacing, rounded up, plus one. Each joist is the span plus 100 mm bearing at each end. What total length of joist is ordered, in metres to one decimal?`,
      key: m(near(count * (span + 200), 100)),
      wrong: [
        [m(near((count - 1) * (span + 200), 100)), 'leaves out the plus one for the first joist'],
        [m(near(count * span, 100)), 'leaves out the bearings'],
        [m(near(count * (span + 100), 100)), 'adds the bearing at one end only'],
        [
          m(near((up(span, s) + 1) * (l + 200), 100)),
          'spaces the joists along the span instead of the length',
        ],
        [m(near((down(l, s) + 1) * (span + 200), 100)), 'rounds the spacing count down'],
      ],
      figures: { l, s, span },
    }
  }),
  family('headers-two-ply-with-bearing', (rng) => {
    const ws = Array.from({ length: rng.int(3, 6) }, () => rng.pick([24, 30, 32, 36, 48, 60, 72]))
    const total = ws.reduce((a, b) => a + b, 0)
    const k = ws.length
    const lf = q('lineal ft')
    return {
      stem: `A wall has openings with rough-opening widths of ${ws.join(', ')} in. Each header is the rough opening plus 3 in (1½ in of bearing on a jack stud at each side), built from two plies of 2 × 10. How many lineal feet of 2 × 10 are needed, rounded up to whole feet?`,
      key: lf(up(2 * (total + 3 * k), 12)),
      wrong: [
        [lf(up(total + 3 * k, 12)), 'cuts one ply per header'],
        [lf(up(2 * total, 12)), 'cuts headers to the rough opening, with no bearing'],
        [lf(up(2 * total + 3 * k, 12)), 'adds 1½ in total bearing instead of at each side'],
        [lf(up(2 * (total + 6 * k), 12)), 'adds 3 in of bearing at each side'],
        [lf(down(2 * (total + 3 * k), 12)), 'rounds the footage down'],
      ],
      figures: { ws: csv(ws) },
    }
  }),
  family('cavity-wall-ties', (rng) => {
    const [area, n, h] = [rng.int(80, 600), rng.int(2, 8), rng.pick([1200, 1500, 2100])]
    const open = rng.pick([2, 3])
    const net = area * 10 - n * open * 10
    const jamb = 2 * up(h, 300)
    const ties = q('ties')
    const at = (a: number, j: number) => up(a * 25, 100) + n * j
    return {
      stem: `A cavity wall has ${area} m² gross face with ${n} openings of ${open} m² each, ${h} mm high. Ties go in at 2.5 per square metre of net wall, rounded up, plus extra ties up both jambs of each opening at 300 mm centres (the opening height divided by 300, rounded up, per jamb). How many ties are needed?`,
      key: ties(at(net, jamb)),
      wrong: [
        [ties(at(area * 10, jamb)), 'does not deduct the openings'],
        [ties(at(net, 0)), 'leaves out the jamb ties'],
        [ties(at(net, jamb / 2)), 'ties one jamb of each opening'],
        [ties(at(area * 10, 0)), 'uses the gross area and leaves out the jamb ties'],
        [ties(at(net, 2 * down(h, 300))), 'rounds each jamb’s tie count down'],
        [ties(up(net * 4, 100) + n * jamb), 'reads 2.5 per square metre as 1 per 2.5 m²'],
      ],
      figures: { area, n, h, open },
    }
  }),
  family('cut-list-from-stock', (rng) => {
    const [n, a, stock] = [
      rng.int(12, 80),
      rng.pick([30, 40, 45, 50, 56, 66, 70, 84]),
      rng.pick([8, 10, 12, 16]),
    ]
    const s = stock * 12
    const per = down(s, a)
    return {
      stem: `A cut list needs ${n} pieces each ${a} in long, cut from ${stock} ft stock (whole pieces only; offcuts shorter than ${a} in are waste). Ignoring kerf, how many ${stock} ft boards are bought?`,
      key: pieces(up(n, per)),
      wrong: [
        [
          pieces(up(n * a, s)),
          'divides the total length by the stock length, as if offcuts joined up',
        ],
        [pieces(down(n, per)), 'rounds the board count down'],
        [pieces(up(n, up(s, a))), 'rounds the pieces per board up'],
        [pieces(n), 'buys one board per piece'],
        [pieces(up(n * a, 12)), 'counts lineal feet as boards'],
      ],
      figures: { n, a, stock },
    }
  }),
  family('insulation-batt-bags', (rng) => {
    const [l, w, h, cov, n] = [
      rng.int(20, 60),
      rng.int(16, 40),
      rng.pick([8, 9]),
      rng.pick([40, 59, 88, 106]),
      rng.int(4, 12),
    ]
    const walls = 2 * (l + w) * h
    const net = walls - n * 15
    const bags = q('bags')
    return {
      stem: `The exterior walls of a ${l} ft by ${w} ft single-storey house are ${h} ft high with ${n} windows and doors averaging 15 ft² each. Batts come in bags covering ${cov} ft². Deduct the openings and round up. How many bags are ordered?`,
      key: bags(up(net, cov)),
      wrong: [
        [bags(up(walls, cov)), 'does not deduct the openings'],
        [bags(down(net, cov)), 'rounds the bags down'],
        [bags(up((l + w) * h - n * 15, cov)), 'takes one length and one width of wall only'],
        [bags(up(l * w, cov)), 'insulates the floor area instead of the walls'],
        [bags(up(walls - 15, cov)), 'deducts one opening’s 15 ft² instead of all of them'],
      ],
      figures: { l, w, h, cov, n },
    }
  }),
  family('gable-wall-sheathing', (rng) => {
    const [w, h, rise] = [rng.int(20, 40) * 2, rng.pick([8, 9, 10]), rng.int(4, 12)]
    const rect = w * h * 2
    const tri = w * rise
    const at = (a2: number, pct: number) => up(a2 * pct, 64 * 100)
    return {
      stem: `A gable end wall is ${w} ft wide and ${h} ft to the eaves, with a triangular gable rising ${rise} ft above that. It is sheathed with 4 × 8 ft panels; add 10% waste and round up. How many panels are ordered?`,
      key: sheets(at(rect + tri, 110)),
      wrong: [
        [sheets(at(rect, 110)), 'leaves out the gable triangle'],
        [sheets(at(rect + 2 * tri, 110)), 'takes the triangle as a full rectangle'],
        [sheets(at(rect + tri, 100)), 'leaves out the waste'],
        [sheets(down((rect + tri) * 110, 6400)), 'rounds the panel count down'],
        [sheets(at(rect + tri, 120)), 'adds the waste twice'],
      ],
      figures: { w, h, rise },
    }
  }),
  family('grouted-block-cells', (rng) => {
    const [l, h, s, per] = [
      rng.int(20, 120),
      rng.int(4, 12),
      rng.pick([32, 48]),
      rng.pick([24, 26, 30]),
    ]
    const cells = (sp: number) => up(l * 12, sp) + 1
    const cy = q('yd³', 2)
    const at = (c: number) => up(c * h * per * 4, 2700) * 25
    return {
      stem: `An 8 in block wall ${l} ft long and ${h} ft high has grouted cells at ${s} in on centre: the length divided by the spacing, rounded up, plus one. Each grouted cell takes ${(per / 100).toFixed(2)} ft³ of grout per foot of height. Order grout in quarter cubic yards, rounding up (1 yd³ = 27 ft³). How much grout is ordered?`,
      key: cy(at(cells(s))),
      wrong: [
        [cy(at(cells(s) - 1)), 'leaves out the plus one for the end cell'],
        [
          cy(at(cells(s === 32 ? 48 : 32))),
          s === 32
            ? 'spaces the cells at 48 in, the other common grout spacing, instead of 32 in'
            : 'spaces the cells at 32 in, the other common grout spacing, instead of 48 in',
        ],
        [cy(at(cells(8))), 'grouts every cell of the wall'],
        [
          cy(near(cells(s) * h * per * 4, 2700) * 25),
          'rounds to the nearest quarter instead of up',
        ],
        [cy(up(cells(s) * h * per * 4, 900) * 25), 'divides cubic feet by 9 instead of 27'],
      ],
      figures: { l, h, s, per },
    }
  }),
]

function blockWall(l: number, h: number, n: number, a: number, b: number, w: number, rng: Rng) {
  const gross = l * h
  const net = gross - 21 - n * a * b
  const at = (area: number, pct: number) => up(area * 1125 * pct, 1000 * 100)
  return {
    stem: `${contractor(rng)} is building a block wall ${l} ft long and ${h} ft high with one 3 × 7 ft door${n ? ` and ${n} window${n > 1 ? 's' : ''} ${a} × ${b} ft` : ''}. 8 × 16 in blocks with 3/8 in joints lay 1.125 blocks a square foot. Deduct the openings, add ${pc(w)} waste and round up. How many blocks are ordered?`,
    key: blocks(at(net, 100 + w)),
    wrong: [
      [blocks(at(gross, 100 + w)), 'does not deduct the openings'],
      [blocks(at(net, 100)), 'leaves out the waste allowance'],
      [blocks(up(net * (100 + w), 100)), 'lays one block a square foot'],
      [blocks(down(net * 1125 * (100 + w), 1000 * 100)), 'rounds the block count down'],
      [blocks(up(net * 1000 * (100 + w), 1125 * 100)), 'divides by 1.125 instead of multiplying'],
    ] as [string, string][],
    figures: { l, h, n, a, b, w },
  }
}
