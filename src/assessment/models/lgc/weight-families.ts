import { VariantError } from '../assemble-variant.js'
import {
  CENT,
  calc,
  cash,
  cbm,
  ceilTo,
  ceilW,
  drawDec,
  exact,
  type Fraction,
  fixed,
  floorW,
  HALF_UP,
  kg,
  larger,
  lb,
  minus,
  over,
  plus,
  q,
  roundW,
  shipper,
  smaller,
  times,
  w,
} from './lgc-text.js'

// Chargeable weight: the greater of actual and volumetric weight, by the divisor or ratio the
// carrier publishes (air 6,000 cm³/kg, express 5,000 cm³/kg, road 333 kg/m³, sea 1 m³ = 1,000 kg),
// each stem stating its divisor and rounding step. The slips are another mode's divisor, the
// comparison made line by line or for the whole consignment when the rule says the other, the
// rounding left out or done the wrong way, and a dimension left out of the measurement.

const HALF = q('0.5')
const up = (x: Fraction) => ceilTo(x, HALF)
const down = (x: Fraction) => times(HALF, w(Number((x.n * 2n) / x.d)))
const vol = (...dims: readonly Fraction[]) => times(...dims)
const AIR = '6,000 cm³ per kg'

export const WEIGHT_FAMILIES = [
  calc('lgc-air-two-carton-lines-chargeable-weight', (rng) => {
    const [n1, l1, w1, h1] = [
      w(rng.int(2, 6)),
      w(rng.int(30, 45)),
      w(rng.int(25, 40)),
      w(rng.int(20, 35)),
    ]
    const vk1 = over(vol(l1, w1, h1), w(6000))
    const k1 = plus(roundW(times(vk1, q('1.4'))), w(rng.int(0, 5)))
    const [n2, l2, w2, h2] = [
      w(rng.int(3, 9)),
      w(rng.int(60, 90)),
      w(rng.int(50, 70)),
      w(rng.int(40, 60)),
    ]
    const vk2 = over(vol(l2, w2, h2), w(6000))
    const k2 = w(rng.int(3, Math.max(4, Number(times(vk2, HALF).n / times(vk2, HALF).d))))
    const actual = plus(times(n1, k1), times(n2, k2))
    const volume = plus(times(n1, vk1), times(n2, vk2))
    const line = (n: Fraction, a: Fraction, v: Fraction) => times(n, larger(a, v))
    return {
      stem: `${shipper(rng)} books one air waybill for two lines: ${exact(n1)} cartons of ${exact(l1)} × ${exact(w1)} × ${exact(h1)} cm at ${exact(k1)} kg each, and ${exact(n2)} cartons of ${exact(l2)} × ${exact(w2)} × ${exact(h2)} cm at ${exact(k2)} kg each. The airline compares the consignment’s total actual weight with its total volumetric weight (cm³ ÷ ${AIR}), bills the greater, and rounds it up to the next half kilogram. What is the chargeable weight?`,
      show: kg(1),
      inputs: { n1, l1, w1, h1, k1, n2, l2, w2, h2, k2 },
      key: up(larger(actual, volume)),
      wrong: [
        [
          up(plus(line(n1, k1, vk1), line(n2, k2, vk2))),
          'takes the greater weight line by line and adds the lines',
        ],
        [
          up(larger(actual, times(volume, q('1.2')))),
          'uses the express divisor of 5,000 cm³ per kg',
        ],
        [up(actual), 'bills the actual weight and ignores volume'],
        [larger(actual, volume), 'leaves the weight unrounded'],
        [down(larger(actual, volume)), 'rounds down to the half kilogram'],
        [up(plus(actual, volume)), 'adds actual and volumetric weight'],
      ],
    }
  }),
  calc('lgc-courier-per-piece-billed-weight', (rng) => {
    const pieces = [0, 1, 2].map(() => ({
      l: w(rng.int(20, 70)),
      b: w(rng.int(20, 50)),
      h: w(rng.int(10, 45)),
      a: drawDec(rng, 10, 300, 1),
    }))
    const v = pieces.map((p) => over(vol(p.l, p.b, p.h), w(5000)))
    const a = pieces.map((p) => p.a)
    const sum = (xs: readonly Fraction[]) => xs.reduce(plus, w(0))
    const each = pieces.map((_, i) => larger(a[i]!, v[i]!))
    const v6 = pieces.map((p) => over(vol(p.l, p.b, p.h), w(6000)))
    const inputs = Object.fromEntries(
      pieces.flatMap((p, i) => [
        [`l${i}`, p.l],
        [`b${i}`, p.b],
        [`h${i}`, p.h],
        [`a${i}`, p.a],
      ]),
    )
    const list = pieces
      .map(
        (p, i) =>
          `piece ${i + 1}: ${exact(p.l)} × ${exact(p.b)} × ${exact(p.h)} cm, ${exact(p.a)} kg`,
      )
      .join('; ')
    return {
      stem: `An express courier bills each piece of a shipment separately at the greater of its actual weight and its volumetric weight (cm³ ÷ 5,000), each piece rounded up to the next half kilogram, and adds the pieces. A three-piece shipment: ${list}. What is the billed weight?`,
      show: kg(1),
      inputs,
      key: sum(each.map(up)),
      wrong: [
        [
          up(larger(sum(a), sum(v))),
          'compares total actual with total volumetric weight once for the shipment',
        ],
        [
          sum(pieces.map((_, i) => up(larger(a[i]!, v6[i]!)))),
          'uses the airline divisor of 6,000 cm³ per kg',
        ],
        [up(sum(each)), 'rounds only the total up to the half kilogram'],
        [sum(each.map((x) => ceilTo(x, w(1)))), 'rounds each piece up to the whole kilogram'],
        [sum(a.map(up)), 'bills actual weight only'],
        [
          sum(pieces.map((_, i) => up(plus(a[i]!, v[i]!)))),
          'adds each piece’s actual and volumetric weight',
        ],
      ],
    }
  }),
  calc('lgc-sea-lcl-weight-or-measure-freight', (rng) => {
    const [n, l, b, h] = [
      w(rng.int(6, 40)),
      w(rng.int(40, 80)),
      w(rng.int(30, 60)),
      w(rng.int(30, 60)),
    ]
    const m3 = over(times(n, vol(l, b, h)), w(1000000))
    const t = times(m3, drawDec(rng, 15, 130, 2))
    const kgs = roundW(times(t, w(1000)))
    const tonnes = over(kgs, w(1000))
    const rate = w(rng.int(35, 95))
    if (!(m3.n * 1n > m3.d)) throw new VariantError('the cargo is under one cubic metre')
    return {
      stem: `An LCL consolidator charges $${exact(rate)} per revenue ton, a revenue ton being 1 m³ or 1,000 kg, whichever gives more (minimum 1 revenue ton). ${shipper(rng)} ships ${exact(n)} cartons of ${exact(l)} × ${exact(b)} × ${exact(h)} cm, ${exact(kgs)} kg gross in all. Using the volume and weight exactly, what is the ocean freight, ${CENT}?`,
      show: cash('$'),
      inputs: { n, l, b, h, kgs, rate },
      key: times(rate, larger(m3, tonnes)),
      wrong: [
        [times(rate, smaller(m3, tonnes)), 'charges on the smaller of volume and weight'],
        [times(rate, plus(m3, tonnes)), 'charges volume and weight both'],
        [
          times(rate, ceilTo(larger(m3, tonnes), w(1))),
          'rounds the revenue tons up to a whole number',
        ],
        [
          times(rate, larger(tonnes, over(times(m3, w(333)), w(1000)))),
          'uses the road ratio of 333 kg per m³',
        ],
        [
          times(rate, larger(times(m3, q('0.1')), tonnes)),
          'divides cm³ by 10,000,000, one zero too many, for m³',
        ],
      ],
    }
  }),
  calc('lgc-road-groupage-chargeable-weight', (rng) => {
    const n = w(rng.int(2, 6))
    const [l, b] = rng.pick([
      [w(120), w(80)],
      [w(120), w(100)],
    ] as const)
    const h = w(rng.int(90, 200))
    const m3 = over(times(n, l, b, h), w(1000000))
    const a = times(n, w(rng.int(90, 520)))
    const vk = times(m3, w(333))
    return {
      stem: `A road groupage carrier bills the greater of actual weight and volume at 333 kg per m³, rounded up to the next whole kilogram. ${shipper(rng)} sends ${exact(n)} pallets, each ${exact(l)} × ${exact(b)} cm and ${exact(h)} cm high including the pallet, ${exact(a)} kg gross in all. What is the chargeable weight?`,
      show: kg(0),
      inputs: { n, l, b, h, a },
      key: ceilTo(larger(a, vk), w(1)),
      wrong: [
        [ceilTo(larger(a, times(m3, w(250))), w(1)), 'uses 250 kg per m³, another road convention'],
        [ceilTo(larger(a, times(m3, w(1000))), w(1)), 'uses the sea ratio of 1,000 kg per m³'],
        [
          ceilTo(larger(a, over(times(m3, w(1000000)), w(6000))), w(1)),
          'uses the air divisor, 6,000 cm³ per kg',
        ],
        [ceilTo(plus(a, vk), w(1)), 'adds actual and volumetric weight'],
        [ceilTo(larger(a, over(vk, n)), w(1)), 'works the volume of one pallet only'],
        [ceilTo(smaller(a, vk), w(1)), 'bills the smaller weight'],
      ],
    }
  }),
  calc('lgc-loading-metres-chargeable-weight', (rng) => {
    const n = w(rng.int(3, 14))
    const euro = rng.int(0, 1) === 1
    const [l, b] = euro ? [q('1.2'), q('0.8')] : [q('1.2'), q('1.0')]
    const per = w(rng.pick([1750, 1850]))
    const ldm = over(times(n, l, b), q('2.4'))
    const a = times(n, w(rng.int(150, 620)))
    return {
      stem: `A trailer is 2.4 m wide inside, so a loading metre is 1 m of its length over the full width. The haulier bills the greater of actual weight and ${exact(per)} kg per loading metre. ${shipper(rng)} ships ${exact(n)} non-stackable ${euro ? 'EUR pallets (1.2 × 0.8 m)' : 'industrial pallets (1.2 × 1.0 m)'}, ${exact(a)} kg gross in all. What is the chargeable weight?`,
      show: kg(0),
      inputs: { n, a, per, euro: w(euro ? 1 : 0) },
      key: larger(a, times(ldm, per)),
      wrong: [
        [
          larger(a, times(n, l, b, per)),
          'takes each pallet’s floor area in m² as its loading metres',
        ],
        [larger(a, times(n, b, per)), 'takes each pallet’s width as its loading metres'],
        [a, 'bills the actual weight only'],
        [
          larger(a, times(ldm, per, HALF)),
          'halves the loading metres as if the pallets stacked two high',
        ],
        [plus(a, times(ldm, per)), 'adds the loading-metre weight to the actual weight'],
        [larger(a, times(over(times(n, l, b), q('2.5')), per)), 'takes the trailer as 2.5 m wide'],
      ],
    }
  }),
  calc('lgc-air-volumetric-from-cubic-metres', (rng) => {
    const m3 = drawDec(rng, 150, 2400, 2)
    const a = roundW(times(m3, drawDec(rng, 40, 140, 0)))
    return {
      stem: `A forwarder’s booking gives ${exact(m3)} m³ and ${exact(a)} kg actual for an air shipment. The airline’s volumetric divisor is ${AIR}, it bills the greater of actual and volumetric weight, and rounds up to the next half kilogram. What is the chargeable weight?`,
      show: kg(1),
      inputs: { m3, a },
      key: up(larger(a, over(times(m3, w(1000000)), w(6000)))),
      wrong: [
        [up(larger(a, times(m3, w(1000)))), 'uses the sea ratio of 1,000 kg per m³'],
        [up(larger(a, times(m3, w(200)))), 'uses the express divisor, 200 kg per m³'],
        [up(larger(a, times(m3, w(333)))), 'uses the road ratio of 333 kg per m³'],
        [up(a), 'bills the actual weight only'],
        [larger(a, over(times(m3, w(1000000)), w(6000))), 'leaves the weight unrounded'],
      ],
    }
  }),
  calc('lgc-us-courier-dim-weight-in-pounds', (rng) => {
    const dims = [0, 1, 2].map(() => drawDec(rng, 80, 300, 1))
    const [l, b, h] = dims as [Fraction, Fraction, Fraction]
    const a = drawDec(rng, 20, 400, 1)
    const r = (x: Fraction) => roundW(x)
    const dim = (d: Fraction, ls: readonly Fraction[]) => ceilTo(over(times(...ls), d), w(1))
    const bill = (d: Fraction, ls: readonly Fraction[]) => larger(ceilTo(a, w(1)), dim(d, ls))
    return {
      stem: `A US courier measures a carton at ${exact(l)} × ${exact(b)} × ${exact(h)} in; it weighs ${exact(a)} lb. The courier rounds each dimension to the nearest whole inch (halves up), divides cubic inches by 139 for dimensional weight, rounds dimensional and actual weight up to the next whole pound, and bills the greater. What is the billed weight?`,
      show: lb,
      inputs: { l, b, h, a },
      key: bill(w(139), [r(l), r(b), r(h)]),
      wrong: [
        [bill(w(166), [r(l), r(b), r(h)]), 'uses the older divisor of 166'],
        [bill(w(139), [l, b, h]), 'leaves the dimensions unrounded'],
        [
          bill(
            w(139),
            [l, b, h].map((x) => ceilTo(x, w(1))),
          ),
          'rounds every dimension up',
        ],
        [bill(w(194), [r(l), r(b), r(h)]), 'uses the divisor of 194'],
        [ceilTo(a, w(1)), 'bills the actual weight only'],
        [bill(w(139), [l, b, h].map(floorW)), 'cuts each dimension down to the whole inch'],
      ],
    }
  }),
  calc('lgc-air-pallet-with-overhang-and-base', (rng) => {
    const n = w(rng.int(1, 4))
    const [pl, pb] = rng.pick([
      [w(120), w(80)],
      [w(120), w(100)],
    ] as const)
    const o = w(rng.int(2, 8))
    const base = w(15)
    const goods = w(rng.int(90, 150))
    const a = times(n, w(rng.int(60, 220)))
    const v = (l: Fraction, b: Fraction, h: Fraction) => over(times(n, l, b, h), w(6000))
    const L = plus(pl, times(w(2), o))
    return {
      stem: `${shipper(rng)} has ${exact(n)} pallet${n.n > 1n ? 's' : ''} for air, each on a ${exact(pl)} × ${exact(pb)} cm pallet 15 cm high, with cartons stacked ${exact(goods)} cm high on it and overhanging the pallet by ${exact(o)} cm at each end of its ${exact(pl)} cm length (not at the sides). Actual weight is ${exact(a)} kg in all. The airline takes the outermost dimensions, divides cm³ by ${AIR}, bills the greater weight and rounds up to the next half kilogram. What is the chargeable weight?`,
      show: kg(1),
      inputs: { n, pl, pb, o, goods, a },
      key: up(larger(a, v(L, pb, plus(goods, base)))),
      wrong: [
        [
          up(larger(a, v(pl, pb, plus(goods, base)))),
          'measures the pallet’s footprint, not the overhang',
        ],
        [up(larger(a, v(L, pb, goods))), 'leaves out the pallet’s own height'],
        [
          up(larger(a, v(plus(pl, o), pb, plus(goods, base)))),
          'counts the overhang at one end only',
        ],
        [
          up(larger(a, times(v(L, pb, plus(goods, base)), q('1.2')))),
          'uses the express divisor of 5,000 cm³ per kg',
        ],
        [up(a), 'bills the actual weight only'],
        [
          up(larger(a, v(pl, pb, goods))),
          'measures the pallet footprint and the cartons’ height only',
        ],
      ],
    }
  }),
  calc('lgc-air-dimensions-rounded-to-whole-centimetres', (rng) => {
    const dims = [0, 1, 2].map(() =>
      plus(w(rng.int(30, 90)), q(rng.pick(['0.2', '0.4', '0.5', '0.6', '0.8']))),
    )
    const [l, b, h] = dims as [Fraction, Fraction, Fraction]
    const n = w(rng.int(4, 20))
    const a = times(n, w(rng.int(2, 9)))
    const at = (ds: readonly Fraction[]) => up(larger(a, over(times(n, ...ds), w(6000))))
    return {
      stem: `A shipper’s packing list gives ${exact(n)} identical cartons of ${exact(l)} × ${exact(b)} × ${exact(h)} cm, ${exact(a)} kg in all. The airline rounds each dimension to the nearest whole centimetre (a half rounds up), divides cm³ by ${AIR}, bills the greater of actual and volumetric weight and rounds up to the next half kilogram. What is the chargeable weight?`,
      show: kg(1),
      inputs: { l, b, h, n, a },
      key: at(dims.map(roundW)),
      wrong: [
        [at(dims), 'leaves the dimensions unrounded'],
        [at(dims.map((x) => ceilTo(x, w(1)))), 'rounds every dimension up'],
        [at(dims.map(floorW)), 'cuts every dimension down'],
        [
          up(larger(a, over(times(n, ...dims.map(roundW)), w(5000)))),
          'uses the express divisor of 5,000 cm³ per kg',
        ],
        [
          up(larger(a, over(times(...dims.map(roundW)), w(6000)))),
          'works the volume of one carton only',
        ],
      ],
    }
  }),
  calc('lgc-air-volumetric-in-pounds', (rng) => {
    const [l, b, h] = [w(rng.int(20, 60)), w(rng.int(16, 48)), w(rng.int(12, 40))]
    const n = w(rng.int(3, 24))
    const a = times(n, w(rng.int(4, 30)))
    const at = (d: Fraction) => ceilTo(larger(a, over(times(n, l, b, h), d)), w(1))
    return {
      stem: `A US exporter ships ${exact(n)} cartons of ${exact(l)} × ${exact(b)} × ${exact(h)} in by air, ${exact(a)} lb in all. The airline’s volumetric rule in inches and pounds is 166 cubic inches per pound; it bills the greater of actual and volumetric weight, rounded up to the next whole pound. What is the chargeable weight?`,
      show: lb,
      inputs: { l, b, h, n, a },
      key: at(w(166)),
      wrong: [
        [at(w(139)), 'uses the US domestic courier divisor of 139'],
        [at(w(366)), 'uses 366, the cubic inches per kilogram, as if per pound'],
        [at(w(194)), 'uses the divisor of 194'],
        [ceilTo(a, w(1)), 'bills the actual weight only'],
        [
          ceilTo(larger(a, over(times(l, b, h), w(166))), w(1)),
          'works the volume of one carton only',
        ],
      ],
    }
  }),
  calc('lgc-spare-weight-before-the-charge-rises', (rng) => {
    const [l, b, h] = [w(rng.int(50, 120)), w(rng.int(40, 100)), w(rng.int(40, 100))]
    const n = w(rng.int(2, 8))
    const vk = over(times(n, l, b, h), w(6000))
    const a = roundW(times(vk, drawDec(rng, 30, 75, 2)))
    return {
      stem: `An air shipment of ${exact(n)} cartons, each ${exact(l)} × ${exact(b)} × ${exact(h)} cm, weighs ${exact(a)} kg. The airline bills the greater of actual and volumetric weight (cm³ ÷ ${AIR}), rounded up to the next half kilogram. How many more kilograms can the shipper pack into the same cartons before the chargeable weight rises?`,
      show: kg(1),
      inputs: { l, b, h, n, a },
      key: minus(up(vk), a),
      wrong: [
        [minus(vk, a), 'leaves the volumetric weight unrounded'],
        [up(vk), 'gives the chargeable weight, not the room left'],
        [minus(up(times(vk, q('1.2'))), a), 'uses the express divisor of 5,000 cm³ per kg'],
        [over(minus(up(vk), a), n), 'gives the room left per carton'],
        [minus(down(vk), a), 'rounds the volumetric weight down to the half kilogram'],
      ],
    }
  }),
  calc('lgc-consolidation-chargeable-weight-gain', (rng) => {
    const aA = w(rng.int(300, 900))
    const vA = times(aA, drawDec(rng, 20, 60, 2))
    const aB = w(rng.int(80, 300))
    const vB = times(aB, drawDec(rng, 200, 450, 2))
    const cA = up(larger(aA, vA))
    const cB = up(larger(aB, vB))
    const master = up(larger(plus(aA, aB), plus(vA, vB)))
    if (!isGain(cA, cB, master)) throw new VariantError('no consolidation gain')
    return {
      stem: `A forwarder consolidates two house air waybills under one master. House A: ${exact(aA)} kg actual, ${exact(vA)} kg volumetric. House B: ${exact(aB)} kg actual, ${exact(vB)} kg volumetric. Each house and the master are billed at the greater of actual and volumetric weight, rounded up to the next half kilogram. By how many chargeable kilograms do the two houses exceed the master?`,
      show: kg(1),
      inputs: { aA, vA, aB, vB },
      key: minus(plus(cA, cB), master),
      wrong: [
        [plus(cA, cB), 'gives the houses’ total, not the difference'],
        [master, 'gives the master’s chargeable weight'],
        [minus(plus(cA, cB), up(plus(aA, aB))), 'compares with the master’s actual weight only'],
        [
          minus(plus(larger(aA, vA), larger(aB, vB)), larger(plus(aA, aB), plus(vA, vB))),
          'leaves every weight unrounded',
        ],
      ],
    }
  }),
  calc('lgc-sea-revenue-tons-for-a-bill-of-lading', (rng) => {
    const m1 = drawDec(rng, 300, 4200, 3)
    const t1 = times(m1, drawDec(rng, 150, 300, 2))
    const m2 = drawDec(rng, 800, 6000, 3)
    const t2 = times(m2, drawDec(rng, 15, 60, 2))
    const [k1, k2] = [roundW(times(t1, w(1000))), roundW(times(t2, w(1000)))]
    const [u1, u2] = [over(k1, w(1000)), over(k2, w(1000))]
    const tot = larger(plus(m1, m2), plus(u1, u2))
    return {
      stem: `An LCL bill of lading covers two lines: machine parts, ${exact(m1)} m³ and ${exact(k1)} kg; foam packaging, ${exact(m2)} m³ and ${exact(k2)} kg. The consolidator charges per revenue ton on the whole bill, 1 revenue ton being 1 m³ or 1,000 kg, whichever gives more. How many revenue tons are charged, to three decimal places?`,
      show: (x) => `${fixed(x, 3)} RT`,
      inputs: { m1, k1, m2, k2 },
      key: tot,
      wrong: [
        [
          plus(larger(m1, u1), larger(m2, u2)),
          'takes the greater measure line by line and adds the lines',
        ],
        [plus(m1, m2), 'charges on volume alone'],
        [plus(u1, u2), 'charges on weight alone'],
        [plus(plus(m1, m2), plus(u1, u2)), 'adds the volume and the weight'],
        [plus(smaller(m1, u1), smaller(m2, u2)), 'takes the smaller measure of each line'],
        [ceilW(tot), 'rounds the bill up to a whole revenue ton'],
      ],
    }
  }),
  calc('lgc-breakbulk-freight-tons-at-40-cubic-feet', (rng) => {
    const m3 = drawDec(rng, 1200, 9800, 2)
    // Project cargo is mostly bulky: tonnes per m³ from 0.15 to 0.85, so the measurement usually
    // decides and the slips in converting it fall on both sides of the key.
    const t = times(m3, drawDec(rng, 15, 85, 2))
    const tt = over(roundW(times(t, w(10))), w(10))
    const FOOT = q('0.3048')
    const ft3 = over(m3, times(FOOT, FOOT, FOOT))
    const billed = (cubicFeet: Fraction, perTon: Fraction) => larger(tt, over(cubicFeet, perTon))
    return {
      stem: `A breakbulk liner bills per freight ton: 1 metric tonne or 40 cubic feet, whichever gives more. A project cargo measures ${exact(m3)} m³ and weighs ${exact(tt)} t. Using 1 ft = 0.3048 m exactly, how many freight tons are billed, to two decimal places?`,
      show: (x) => `${fixed(x, 2)} FT`,
      inputs: { m3, tt },
      key: billed(ft3, w(40)),
      wrong: [
        [larger(tt, m3), 'takes a cubic metre as one measurement ton'],
        [billed(over(m3, times(q('0.3'), q('0.3'), q('0.3'))), w(40)), 'takes a foot as 0.3 m'],
        [billed(times(m3, w(27)), w(40)), 'takes a metre as 3 feet, a yard'],
        [billed(ft3, w(100)), 'divides by 100 cubic feet, the register ton of ship tonnage'],
        [plus(tt, over(ft3, w(40))), 'adds the tonnes and the measurement tons'],
        [smaller(tt, over(ft3, w(40))), 'bills the smaller of the two'],
      ],
    }
  }),
  calc('lgc-largest-volume-billed-on-actual-weight', (rng) => {
    const a = w(rng.int(200, 2400))
    const n = w(rng.int(2, 10))
    // Each slip's cubic metres per kilogram, spread over the identical cartons.
    const per = (m3PerKg: Fraction) => over(times(a, m3PerKg), n)
    return {
      stem: `An air shipment of ${exact(n)} identical cartons weighs ${exact(a)} kg in all. The airline bills the greater of actual and volumetric weight, volumetric weight being cm³ ÷ ${AIR}. What is the largest each carton can measure and the shipment still be billed on its actual weight, in m³ to three decimal places ${HALF_UP}?`,
      show: cbm(3),
      inputs: { a, n },
      key: per(over(w(6000), w(1000000))),
      wrong: [
        [per(over(w(5000), w(1000000))), 'uses the express divisor of 5,000 cm³ per kg'],
        [per(over(w(1), w(1000))), 'uses the sea ratio of 1,000 kg per m³'],
        [per(over(w(1), w(333))), 'uses the road ratio of 333 kg per m³'],
        [per(over(w(6000), w(100000))), 'divides cm³ by 100,000 for m³'],
        [over(times(a, w(6000)), w(1000000)), 'gives the whole shipment’s volume, not a carton’s'],
        [
          over(times(a, w(6000)), w(100000)),
          'gives the whole shipment’s volume and divides cm³ by 100,000',
        ],
      ],
    }
  }),
  calc('lgc-express-volumetric-from-inches', (rng) => {
    const [l, b, h] = [w(rng.int(14, 40)), w(rng.int(10, 30)), w(rng.int(8, 24))]
    const a = drawDec(rng, 10, 200, 1)
    const IN = q('2.54')
    const v = over(times(l, b, h, IN, IN, IN), w(5000))
    return {
      stem: `A UK shipper measures a parcel for an international express service at ${exact(l)} × ${exact(b)} × ${exact(h)} in; it weighs ${exact(a)} kg. The courier converts the dimensions to centimetres (1 in = 2.54 cm exactly), divides cm³ by 5,000, bills the greater of actual and volumetric weight, and rounds up to the next half kilogram. What is the billed weight?`,
      show: kg(1),
      inputs: { l, b, h, a },
      key: up(larger(a, v)),
      wrong: [
        [
          up(larger(a, over(times(l, b, h, q('2.5'), q('2.5'), q('2.5')), w(5000)))),
          'takes an inch as 2.5 cm',
        ],
        [up(larger(a, over(times(l, b, h, IN), w(5000)))), 'multiplies by 2.54 once, not cubed'],
        [
          up(larger(a, over(times(l, b, h, IN, IN, IN), w(6000)))),
          'uses the airline divisor of 6,000 cm³ per kg',
        ],
        [
          up(larger(a, over(times(l, b, h), w(139)))),
          'uses the US divisor of 139 and reads pounds as kilograms',
        ],
        [
          up(larger(a, over(times(l, b, h), w(166)))),
          'uses the older US divisor of 166 and reads pounds as kilograms',
        ],
        [up(plus(a, v)), 'adds actual and volumetric weight'],
        [up(a), 'bills the actual weight only'],
      ],
    }
  }),
]

/** A consolidation only pays when the houses bill more than the master. */
function isGain(cA: Fraction, cB: Fraction, master: Fraction): boolean {
  const g = minus(plus(cA, cB), master)
  return g.n > 0n
}
