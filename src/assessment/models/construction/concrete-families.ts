import { contractor, down, family, near, pc, q, up, usd } from './cest-text.js'

// Concrete, earthwork and reinforcement take-off. Conversions the stems state: 1 yd³ = 27 ft³,
// 1 ft = 12 in, 1 m³ = 10^9 mm³. Bank, loose and compacted volumes follow the stated swell
// (loose = bank × (1 + swell)) and shrinkage (compacted = bank × (1 − shrinkage)) factors.
// Rebar masses per metre are the nominal masses of BS 4449 / ISO bars (0.00617 × d² kg/m):
// 10 mm 0.617, 12 mm 0.888, 16 mm 1.578, 20 mm 2.466, 25 mm 3.853, 32 mm 6.313.

const cy = q('yd³', 2)
const m3 = q('m³', 1)
const loads = q('truckloads')

/** Nominal rebar masses in grams per metre, by bar diameter in millimetres. */
const BAR_MASS = [
  [10, 617],
  [12, 888],
  [16, 1578],
  [20, 2466],
  [25, 3853],
  [32, 6313],
] as const

export const CONCRETE_FAMILIES = [
  family('slab-order-quarter-yard', (rng) => {
    const [l, w, t, waste] = [
      rng.int(12, 60),
      rng.int(10, 40),
      rng.pick([4, 5, 6]),
      rng.pick([5, 8, 10]),
    ]
    const v = l * w * t
    const at = (pct: number, den: number) => up(v * pct * 4, den) * 25
    return {
      stem: `${contractor(rng)} is pouring a slab on grade ${l} ft by ${w} ft and ${t} in thick. Add ${pc(waste)} for waste and spillage to the net volume, and order ready-mix in quarter cubic yards, rounding up (1 yd³ = 27 ft³). How much concrete is ordered?`,
      key: cy(at(100 + waste, 32400)),
      wrong: [
        [cy(at(100, 32400)), 'orders the net volume with no waste'],
        [cy(up(v * (100 + waste), 32400) * 100), 'rounds up to a whole cubic yard, not a quarter'],
        [
          cy(near(v * (100 + waste) * 4, 32400) * 25),
          'rounds to the nearest quarter instead of up',
        ],
        [cy(at(100 + waste, 27000)), 'reads the inches of thickness as tenths of a foot'],
        [cy(at(100 + waste, 10800)), 'divides cubic feet by 9 instead of 27'],
        [cy(at(100 - waste, 32400)), 'takes the waste off instead of adding it'],
      ],
      figures: { l, w, t, waste },
    }
  }),
  family('strip-footing-centreline', (rng) => {
    const [ld, wd] = [rng.int(80, 240), rng.int(60, 150)]
    const [b, d, waste] = [
      rng.pick([450, 500, 600, 750]),
      rng.pick([200, 250, 300]),
      rng.pick([5, 10]),
    ]
    const outside = 2 * (ld + wd) * 100
    const at = (len: number, pct: number) => up(len * b * d * pct, 1e10)
    return {
      stem: `A house's strip footing is ${b} mm wide and ${d} mm deep, and its outer edge follows the building's outside dimensions of ${(ld / 10).toFixed(1)} m by ${(wd / 10).toFixed(1)} m. Measure the footing's length on its centreline (the outside perimeter less four footing widths), add ${pc(waste)} waste, and order to the next 0.1 m³ up (1 m³ = 10^9 mm³). How much concrete is ordered?`,
      key: m3(at(outside - 4 * b, 100 + waste)),
      wrong: [
        [m3(at(outside, 100 + waste)), 'measures the outside perimeter, not the centreline'],
        [
          m3(at(outside - 8 * b, 100 + waste)),
          'deducts eight footing widths (the inside perimeter)',
        ],
        [m3(at(outside - 4 * b, 100)), 'leaves out the waste allowance'],
        [
          m3(near((outside - 4 * b) * b * d * (100 + waste), 1e10)),
          'rounds to the nearest 0.1 m³ instead of up',
        ],
        [m3(at(outside / 2 - 2 * b, 100 + waste)), 'takes one length and one width only'],
      ],
      figures: { ld, wd, b, d, waste },
    }
  }),
  family('wall-less-openings-metric', (rng) => {
    const ld = rng.int(50, 180)
    const [h, t, n] = [rng.pick([2400, 2700, 3000]), rng.pick([150, 200, 250]), rng.int(1, 3)]
    const [a, b, waste] = [
      rng.pick([900, 1200, 1500]),
      rng.pick([1000, 1200, 1500]),
      rng.pick([5, 8, 10]),
    ]
    const gross = ld * 100 * h
    const at = (area: number, pct: number) => up(area * t * pct, 1e10)
    return {
      stem: `A cast-in-place retaining wall is ${(ld / 10).toFixed(1)} m long, ${h} mm high and ${t} mm thick, with ${n} opening${n > 1 ? 's' : ''} through it, each ${a} mm wide by ${b} mm high. Deduct the openings, add ${pc(waste)} waste, and order to the next 0.1 m³ up (1 m³ = 10^9 mm³). How much concrete is ordered?`,
      key: m3(at(gross - n * a * b, 100 + waste)),
      wrong: [
        [m3(at(gross, 100 + waste)), 'does not deduct the openings'],
        [m3(at(gross - 2 * n * a * b, 100 + waste)), 'deducts each opening twice, once per face'],
        [m3(at(gross - n * a * b, 100)), 'leaves out the waste allowance'],
        [
          m3(up((gross - n * a * b) * t * (100 + waste), 1e11) * 10),
          'rounds up to a whole m³, not 0.1 m³',
        ],
        [m3(at(gross - a * b, 100 + waste)), 'deducts one opening only'],
        [m3(at(gross - n * a * b, 100 - waste)), 'takes the waste off instead of adding it'],
        [
          m3(up((gross - n * a * b) * t * (100 + waste) * (100 + waste), 1e12)),
          'adds the waste twice',
        ],
      ],
      figures: { ld, h, t, n, a, b, waste },
    }
  }),
  family('round-columns-pi', (rng) => {
    const [n, d, h, waste] = [
      rng.int(4, 16),
      rng.pick([10, 12, 14, 16, 18, 24]),
      rng.int(8, 16),
      rng.pick([5, 10]),
    ]
    const core = n * d * d * h
    const den = 10000 * 576 * 27 * 100
    const at = (num: number, dd: number) => up(num * 4, dd) * 25
    return {
      stem: `An estimate has ${n} round concrete columns, each ${d} in in diameter and ${h} ft high, formed in cardboard tubes. Taking π as 3.1416, add ${pc(waste)} waste and order in quarter cubic yards, rounding up (1 yd³ = 27 ft³, 1 ft = 12 in). How much concrete is ordered for the columns?`,
      key: cy(at(core * 31416 * (100 + waste), den)),
      wrong: [
        [cy(at(core * 31416 * 4 * (100 + waste), den)), 'uses the diameter as the radius'],
        [
          cy(at(core * (100 + waste), 144 * 27 * 100)),
          'works each column as a square of side equal to the diameter',
        ],
        [cy(at(core * 31416 * 100, den)), 'leaves out the waste allowance'],
        [cy(at(d * d * h * 31416 * (100 + waste), den)), 'works one column, not all of them'],
        [cy(up(core * 31416 * (100 + waste), den) * 100), 'rounds up to a whole cubic yard'],
      ],
      figures: { n, d, h, waste },
    }
  }),
  family('premix-bags-for-a-pad', (rng) => {
    const [l, w, t] = [rng.int(3, 9), rng.int(3, 8), rng.pick([4, 5, 6])]
    const v = l * w * t
    return {
      stem: `A small equipment pad is ${l} ft by ${w} ft and ${t} in thick, poured from 80 lb bags of premixed concrete, each yielding 0.60 ft³ (a 60 lb bag yields 0.45 ft³). Add 10% waste and round up to whole bags. How many 80 lb bags are needed?`,
      key: q('bags')(up(v * 110, 720)),
      wrong: [
        [q('bags')(up(v * 100, 720)), 'leaves out the waste allowance'],
        [q('bags')(up(v * 110, 540)), 'uses the 60 lb bag’s yield of 0.45 ft³'],
        [q('bags')(down(v * 110, 720)), 'rounds the bag count down'],
        [q('bags')(up(v * 110 * 12, 7200)), 'reads the inches of thickness as tenths of a foot'],
        [q('bags')(up(v * 90, 720)), 'takes the waste off instead of adding it'],
        [q('bags')(up(v * 121, 720)), 'adds the waste twice'],
      ],
      figures: { l, w, t },
    }
  }),
  family('ready-mix-short-load-fee', (rng) => {
    const full = rng.int(0, 3)
    const rem = rng.int(4, 23)
    const v = full * 40 + rem
    const p = rng.int(140, 190) * 100
    const fee = rng.int(6, 18) * 1000
    const m = usd
    return {
      stem: `An order of ${(v / 4).toFixed(2)} yd³ of ready-mix goes out in full 10 yd³ trucks with the remainder on the last truck. The supplier charges ${m(p)} a cubic yard plus a short-load fee of ${m(fee)} on any truck carrying less than 6 yd³. What does the order cost?`,
      key: m((v * p) / 4 + fee),
      wrong: [
        [m((v * p) / 4), 'leaves out the short-load fee'],
        [m((v * p) / 4 + fee * (full + 1)), 'charges the fee on every truck'],
        [m((full + 1) * 10 * p), 'prices every truck as a full 10 yd³ load'],
        [m(full * 10 * p + 6 * p), 'bills the short truck at 6 yd³ instead of charging the fee'],
        [m(full * 10 * p + fee), 'drops the short load’s concrete and keeps only its fee'],
      ],
      figures: { v, p, fee, full },
    }
  }),
  family('trench-spoil-truckloads', (rng) => {
    const [l, w, d] = [rng.int(80, 400), rng.pick([18, 24, 30, 36]), rng.int(3, 6)]
    const [s, c] = [rng.pick([15, 20, 25, 30]), rng.pick([10, 12, 14])]
    const v = l * w * d
    return {
      stem: `A utility trench is ${l} ft long, ${w} in wide and ${d} ft deep. The soil swells ${pc(s)} when dug (loose = bank × (1 + swell)), and each truck hauls ${c} loose cubic yards (1 yd³ = 27 ft³). How many truckloads of spoil leave the site?`,
      key: loads(up(v * (100 + s), 324 * 100 * c)),
      wrong: [
        [loads(up(v * 100, 324 * 100 * c)), 'hauls the bank volume, with no swell'],
        [
          loads(down(v * (100 + s), 324 * 100 * c)),
          'rounds the loads down, leaving a part load behind',
        ],
        [loads(up(v * (100 - s), 324 * 100 * c)), 'shrinks the volume instead of swelling it'],
        [loads(up(v * (100 + s), 108 * 100 * c)), 'divides cubic feet by 9 instead of 27'],
        [loads(up(v * (100 + 2 * s), 324 * 100 * c)), 'adds the swell twice'],
        [
          loads(up(l * w * 12 * d * (100 + s), 10 * 324 * 100 * c)),
          'reads the inches of width as tenths of a foot',
        ],
        [
          loads(up(v * 100, 324 * (100 - s) * c)),
          'divides by one less the swell, as for shrinkage, instead of multiplying by one plus it',
        ],
      ],
      figures: { l, w, d, s, c },
    }
  }),
  family('imported-fill-shrink-and-swell', (rng) => {
    const [v, s, w, c] = [
      rng.int(40, 400),
      rng.pick([10, 15, 20, 25]),
      rng.pick([20, 25, 30]),
      rng.pick([8, 10, 12, 15]),
    ]
    return {
      stem: `A building pad needs ${v} m³ of compacted fill. The borrow soil shrinks ${pc(s)} from bank to compacted (compacted = bank × (1 − shrinkage)) and swells ${pc(w)} from bank to loose (loose = bank × (1 + swell)); each truck carries ${c} loose m³. How many truckloads are ordered?`,
      key: loads(up(v * (100 + w), (100 - s) * c)),
      wrong: [
        [
          loads(up(v * (100 + s) * (100 + w), 10000 * c)),
          'adds the shrinkage as a share of the compacted volume',
        ],
        [loads(up(v * 100, (100 - s) * c)), 'leaves out the swell'],
        [loads(up(v * (100 + w), 100 * c)), 'leaves out the shrinkage'],
        [loads(down(v * (100 + w), (100 - s) * c)), 'rounds the loads down'],
        [loads(up(v, c)), 'hauls the compacted volume as it stands'],
        [
          loads(up(v * 10000, (100 - s) * (100 - w) * c)),
          'divides by (1 − swell) as well as by (1 − shrinkage)',
        ],
        [loads(up(v * (100 + w) * (100 + w), (100 - s) * 100 * c)), 'applies the swell twice'],
      ],
      figures: { v, s, w, c },
    }
  }),
  family('slab-rebar-grid-length', (rng) => {
    const [l, w] = [rng.int(30, 120) * 100, rng.int(30, 90) * 100]
    const [c, s] = [rng.pick([40, 50, 75]), rng.pick([150, 200, 250, 300])]
    const total = (cov: number, plus: number, f: (a: number, b: number) => number) =>
      (f(w - 2 * cov, s) + plus) * (l - 2 * cov) + (f(l - 2 * cov, s) + plus) * (w - 2 * cov)
    const m = q('m', 1)
    return {
      stem: `A slab ${l} mm by ${w} mm is reinforced with bars both ways at ${s} mm centres, with ${c} mm cover at every edge. In each direction the number of bars is the clear width (the slab width less cover at both edges) divided by the spacing, rounded up, plus one; each bar runs the clear length. What is the total length of bar, to the nearest 0.1 m?`,
      key: m(near(total(c, 1, up), 100)),
      wrong: [
        [m(near(total(c, 0, up), 100)), 'leaves out the plus one for the first bar'],
        [m(near(total(0, 1, up), 100)), 'ignores the cover at the edges'],
        [m(near((up(w - 2 * c, s) + 1) * (l - 2 * c), 100)), 'takes the bars one way only'],
        [
          m(near((up(w - 2 * c, s) + 1) * (w - 2 * c) + (up(l - 2 * c, s) + 1) * (l - 2 * c), 100)),
          'pairs each bar count with the other direction’s length',
        ],
        [m(near(total(c, 2, up), 100)), 'adds two end bars instead of one'],
      ],
      figures: { l, w, c, s },
    }
  }),
  family('beam-stirrups-total-length', (rng) => {
    const [l, sp] = [rng.int(30, 90) * 100, rng.pick([150, 200, 250, 300])]
    const [b, h] = [rng.pick([250, 300, 350]), rng.pick([450, 500, 600])]
    const count = up(l - 100, sp) + 1
    const loop = 2 * (b + h - 100) + 150
    const m = q('m', 1)
    return {
      stem: `A beam ${l} mm long and ${b} × ${h} mm in section has stirrups at ${sp} mm centres, the first and last 50 mm in from each end: the distance between the end stirrups divided by the spacing, rounded up, plus one. Each stirrup is a closed loop at 25 mm cover all round (its sides are the section less 50 mm each way) plus two 75 mm hooks. What total length of stirrup bar is cut, in metres to one decimal?`,
      key: m(near(count * loop, 100)),
      wrong: [
        [m(near((count - 1) * loop, 100)), 'leaves out the plus one for the first stirrup'],
        [
          m(near(count * (2 * (b + h) + 150), 100)),
          'bends the loop to the full section, with no cover',
        ],
        [m(near(count * (loop - 150), 100)), 'leaves out the hooks'],
        [m(near((up(l, sp) + 1) * loop, 100)), 'spaces the stirrups over the full beam length'],
        [m(near(count * (2 * (b + h - 50) + 150), 100)), 'deducts the cover at one face only'],
        [m(near(count * (loop - 75), 100)), 'adds one hook instead of two'],
      ],
      figures: { l, sp, b, h },
    }
  }),
  family('rebar-mass-from-schedule', (rng) => {
    const i = rng.int(1, BAR_MASS.length - 2)
    const [d, g] = BAR_MASS[i]!
    const [n, len, waste] = [rng.int(20, 200), rng.int(30, 120), rng.pick([3, 5, 8])]
    const kg = q('kg')
    const at = (grams: number, pct: number) => near(n * len * grams * pct, 10 * 1000 * 100)
    const table = BAR_MASS.map(([dd, gg]) => `${dd} mm ${(gg / 1000).toFixed(3)} kg/m`).join(', ')
    return {
      stem: `A bar schedule lists ${n} bars of ${d} mm diameter, each ${(len / 10).toFixed(1)} m long. Nominal masses: ${table}. Add ${pc(waste)} for laps and offcuts. What mass of steel is ordered, to the nearest kilogram?`,
      key: kg(at(g, 100 + waste)),
      wrong: [
        [kg(at(BAR_MASS[i + 1]![1], 100 + waste)), 'reads the next size up in the mass table'],
        [kg(at(BAR_MASS[i - 1]![1], 100 + waste)), 'reads the next size down in the mass table'],
        [kg(at(g, 100)), 'leaves out the allowance for laps and offcuts'],
        [
          kg(near(n * len * g * (100 + waste) * (100 + waste), 10 * 1000 * 10000)),
          'adds the allowance twice',
        ],
        [kg(at(g, 100 - waste)), 'takes the allowance off instead of adding it'],
      ],
      figures: { n, len, waste, g, up: BAR_MASS[i + 1]![1], down: BAR_MASS[i - 1]![1] },
    }
  }),
  family('slab-with-thickened-edge', (rng) => {
    const [l, w, t] = [rng.int(16, 60), rng.int(12, 40), rng.pick([4, 5])]
    const [e, b] = [rng.pick([6, 8, 12]), rng.pick([12, 16, 24])]
    const slab = 12 * l * w * t
    const edge = 2 * (l + w) * b * e
    const at = (v: number) => up(v * 4, 3888) * 25
    return {
      stem: `A garage slab is ${l} ft by ${w} ft and ${t} in thick, with a thickened edge all round: the slab is ${e} in deeper than its thickness over a ${b} in wide band inside the perimeter. Take the band's length as the full perimeter, allow no waste, and round up to the next quarter cubic yard (1 yd³ = 27 ft³). How much concrete is ordered?`,
      key: cy(at(slab + edge)),
      wrong: [
        [cy(at(slab)), 'leaves out the thickened edge'],
        [
          cy(at(slab + 2 * (l + w) * b * (e + t))),
          'adds the edge at its full depth, counting the slab under it twice',
        ],
        [cy(at(slab + edge / 2)), 'takes one length and one width of edge only'],
        [cy(near((slab + edge) * 4, 3888) * 25), 'rounds to the nearest quarter instead of up'],
        [
          cy(at(slab + 24 * (l + w) * b * e)),
          'leaves the edge in inches × inches × feet without converting',
        ],
      ],
      figures: { l, w, t, e, b },
    }
  }),
  family('stone-base-tonnes', (rng) => {
    const [a, dep, c, rho] = [
      rng.int(40, 400),
      rng.pick([100, 150, 200]),
      rng.pick([10, 15, 20, 25]),
      rng.pick([16, 18, 20]),
    ]
    const t = q('tonnes')
    return {
      stem: `A car park's sub-base covers ${a} m² at a compacted depth of ${dep} mm. Add ${pc(c)} to the compacted volume for compaction, and the stone weighs ${(rho / 10).toFixed(1)} t/m³ loose. How many tonnes are ordered, rounded up to whole tonnes?`,
      key: t(up(a * dep * (100 + c) * rho, 1000 * 100 * 10)),
      wrong: [
        [t(up(a * dep * 100 * rho, 1000 * 100 * 10)), 'leaves out the compaction allowance'],
        [t(up(a * dep * (100 + c), 1000 * 100)), 'orders cubic metres as if they were tonnes'],
        [
          t(up(a * dep * (100 + c) * 10, 1000 * 100 * rho)),
          'divides by the density instead of multiplying',
        ],
        [t(up(a * dep * (100 - c) * rho, 1000 * 100 * 10)), 'takes the compaction allowance off'],
        [t(down(a * dep * (100 + c) * rho, 1000 * 100 * 10)), 'rounds the tonnes down'],
        [
          t(up(a * dep * (100 + c) * (100 + c) * rho, 1000 * 10000 * 10)),
          'adds the compaction allowance twice',
        ],
        [
          t(up(a * dep * 100 * rho, 1000 * (100 - c) * 10)),
          'divides by one less the allowance instead of multiplying by one plus it',
        ],
      ],
      figures: { a, dep, c, rho },
    }
  }),
  family('topsoil-strip-truckloads', (rng) => {
    const [l, w, dep] = [rng.int(15, 80), rng.int(10, 50), rng.pick([100, 150, 200, 300])]
    const [s, c] = [rng.pick([20, 25, 30, 40]), rng.pick([6, 8, 10])]
    const v = l * w * dep
    const den = 1000 * 100 * c
    return {
      stem: `Topsoil is stripped ${dep} mm deep over a plot ${l} m by ${w} m and carted away. It swells ${pc(s)} when dug (loose = bank × (1 + swell)), and each lorry carries ${c} loose m³. How many loads are carted?`,
      key: loads(up(v * (100 + s), den)),
      wrong: [
        [loads(up(v * 100, den)), 'carts the bank volume, with no swell'],
        [loads(down(v * (100 + s), den)), 'rounds the loads down'],
        [loads(up(v * (100 - s), den)), 'takes the swell off instead of adding it'],
        [loads(up(v * (100 + s) * (100 + s), den * 100)), 'applies the swell twice'],
        [loads(up(v * (100 + s), 100 * 100 * c)), 'reads the depth in millimetres as centimetres'],
      ],
      figures: { l, w, dep, s, c },
    }
  }),
  family('basement-backfill-bank-volume', (rng) => {
    const [l, w, d, g, s] = [
      rng.int(100, 220),
      rng.int(80, 160),
      rng.int(20, 35),
      rng.int(6, 15),
      rng.pick([10, 15, 20]),
    ]
    const ex = l * w * d
    const fill = ex - (l - 2 * g) * (w - 2 * g) * d
    const m = q('m³')
    return {
      stem: `A basement excavation is ${(l / 10).toFixed(1)} m by ${(w / 10).toFixed(1)} m and ${(d / 10).toFixed(1)} m deep, with ${(g / 10).toFixed(1)} m of working space on every side of the structure, which fills the rest of the excavation's plan to its full depth. The working space is backfilled with soil that shrinks ${pc(s)} from bank to compacted (compacted = bank × (1 − shrinkage)). What bank volume is needed, rounded up to whole m³?`,
      key: m(up(fill * 100, 1000 * (100 - s))),
      wrong: [
        [
          m(up(ex * 100, 1000 * (100 - s))),
          'backfills the whole excavation, not deducting the structure',
        ],
        [m(up(fill * (100 + s), 100000)), 'adds the shrinkage as a share of the compacted volume'],
        [m(up(fill, 1000)), 'leaves out the shrinkage'],
        [
          m(up((ex - (l - g) * (w - g) * d) * 100, 1000 * (100 - s))),
          'takes the working space off one side only',
        ],
        [
          m(up((l - 2 * g) * (w - 2 * g) * d * 100, 1000 * (100 - s))),
          'backfills the volume of the structure instead of the space around it',
        ],
        [
          m(up(fill * (100 - s), 100000)),
          'reduces the volume by the shrinkage instead of dividing',
        ],
      ],
      figures: { l, w, d, g, s },
    }
  }),
  family('mesh-sheets-with-laps', (rng) => {
    const [l, w] = [rng.int(10, 40), rng.int(8, 30)]
    const a = l * w * 100
    const sheets = q('sheets')
    return {
      stem: `A ${l} m by ${w} m ground slab takes fabric mesh in 4.8 m by 2.4 m sheets, lapped 200 mm at every side and end joint, so each sheet covers 4.6 m by 2.2 m net. Working by area, how many sheets are ordered, rounded up?`,
      key: sheets(up(a, 1012)),
      wrong: [
        [sheets(up(a, 1152)), 'uses the full sheet area, ignoring the laps'],
        [sheets(up(a, 1104)), 'deducts the lap on the length only'],
        [sheets(up(a, 880)), 'deducts the 200 mm lap at both ends of each side'],
        [sheets(down(a, 1012)), 'rounds the sheet count down'],
        [sheets(up(a, 1056)), 'deducts the lap from the width only'],
        [sheets(up(a, 640)), 'deducts 400 mm at every side and end'],
        [
          sheets(up(l * 10, 46) * up(w * 10, 22)),
          'rounds the sheets up along each side, not working by area',
        ],
      ],
      figures: { l, w },
    }
  }),
]
