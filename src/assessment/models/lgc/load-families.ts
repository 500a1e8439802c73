import { VariantError } from '../assemble-variant.js'
import {
  calc,
  cbm,
  ceilW,
  count,
  drawDec,
  exact,
  type Fraction,
  fixed,
  floorW,
  HALF_UP,
  isBelow,
  larger,
  minus,
  over,
  pct,
  plus,
  q,
  shipper,
  smaller,
  times,
  w,
} from './lgc-text.js'

// Load planning: cartons on a pallet, pallets in a trailer or container, and the cube and payload
// that cap them. Each stem states the pallet, trailer or container figures it uses (ISO internal
// dimensions, a line's payload, a planner's usable share of the cube), so nothing rests on a
// memorised table. The slips are dividing areas or volumes instead of fitting whole cartons,
// one orientation tried, a limit left out (weight, height, the pallet's own height or tare),
// the gross vehicle weight taken for payload, and rounding a count the wrong way.

/** Whole cartons of a × b that fit on an L × W face with every carton the same way round. */
const grid = (L: Fraction, W: Fraction, a: Fraction, b: Fraction) =>
  times(floorW(over(L, a)), floorW(over(W, b)))
const best = (L: Fraction, W: Fraction, a: Fraction, b: Fraction) =>
  larger(grid(L, W, a, b), grid(L, W, b, a))
const worst = (L: Fraction, W: Fraction, a: Fraction, b: Fraction) =>
  smaller(grid(L, W, a, b), grid(L, W, b, a))

const PALLETS = [
  ['EUR', w(1200), w(800)],
  ['industrial', w(1200), w(1000)],
] as const

const PALLET_MM = w(144)

export const LOAD_FAMILIES = [
  calc('lgc-cartons-per-layer-best-orientation', (rng) => {
    const [name, L, W] = rng.pick(PALLETS)
    const a = w(rng.int(15, 45) * 10)
    const b = w(rng.int(10, 35) * 10)
    if (a.n === b.n) throw new VariantError('a square carton has one orientation')
    const other = name === 'EUR' ? PALLETS[1] : PALLETS[0]
    return {
      stem: `A warehouse builds layers of ${exact(a)} × ${exact(b)} mm cartons on an ${name} pallet (${exact(L)} × ${exact(W)} mm), every carton in a layer the same way round and no overhang. Trying both ways round, how many cartons fit in one layer at most?`,
      show: count('cartons'),
      inputs: { a, b, L, W },
      key: best(L, W, a, b),
      wrong: [
        [worst(L, W, a, b), 'tries only one way round, the worse'],
        [floorW(over(times(L, W), times(a, b))), 'divides the pallet’s area by the carton’s'],
        [times(ceilW(over(L, a)), ceilW(over(W, b))), 'rounds part cartons up along each side'],
        [best(other[1], other[2], a, b), `uses the ${other[0]} pallet’s size`],
        [grid(L, W, a, a), 'fits the carton’s length along both sides'],
      ],
    }
  }),
  calc('lgc-pallet-cartons-limited-by-weight-or-height', (rng) => {
    const c = w(rng.int(4, 12))
    const h = w(rng.int(15, 40) * 10)
    const m = drawDec(rng, 80, 300, 1)
    const H = w(rng.pick([1400, 1600, 1800, 2000, 2200]))
    const G = w(rng.pick([600, 750, 800, 1000, 1200]))
    const tare = w(25)
    const lh = floorW(over(minus(H, PALLET_MM), h))
    const lw = floorW(over(minus(G, tare), times(c, m)))
    return {
      stem: `${shipper(rng)} ships cartons of ${exact(m)} kg and ${exact(h)} mm high, ${exact(c)} to a layer, on EUR pallets that are 144 mm high and weigh 25 kg. The customer accepts full layers only, a loaded height of at most ${exact(H)} mm and a gross pallet weight of at most ${exact(G)} kg. How many cartons go on each pallet?`,
      show: count('cartons'),
      inputs: { c, h, m, H, G },
      key: times(c, smaller(lh, lw)),
      wrong: [
        [times(c, lh), 'checks the height limit only'],
        [times(c, lw), 'checks the weight limit only'],
        [
          floorW(over(minus(G, tare), m)),
          'divides the weight limit by a carton, ignoring layers and height',
        ],
        [
          times(c, smaller(lh, floorW(over(minus(G, tare), plus(times(c, m), tare))))),
          'adds the pallet’s 25 kg to every layer',
        ],
        [
          smaller(times(c, lh), floorW(over(minus(G, tare), m))),
          'tops up a part layer to the weight limit',
        ],
        [
          times(c, smaller(ceilW(over(minus(H, PALLET_MM), h)), lw)),
          'rounds the layers by height up',
        ],
        [smaller(lh, lw), 'gives layers, not cartons'],
      ],
    }
  }),
  calc('lgc-pallets-in-a-trailer-with-stacking-and-payload', (rng) => {
    const [name, pl, pw] = rng.pick(PALLETS)
    const L = w(rng.pick([7200, 9600, 13600]))
    const W = w(2450)
    const Hi = w(rng.pick([2500, 2700, 3000]))
    const ph = w(rng.int(90, 150) * 10)
    const m = w(rng.int(15, 45) * 10)
    const P = w(rng.pick([18000, 24000]))
    const pos = best(L, W, pl, pw)
    const tiers = floorW(over(Hi, ph))
    const byWeight = floorW(over(P, m))
    return {
      stem: `A curtainsider is ${exact(L)} mm long, 2,450 mm wide and ${exact(Hi)} mm high inside, with a payload of ${exact(P)} kg. ${shipper(rng)} has stackable ${name} pallets (${exact(pl)} × ${exact(pw)} mm), each ${exact(ph)} mm high and ${exact(m)} kg. Pallets may go either way round on the floor and stack as high as fits. How many pallets can the trailer carry?`,
      show: count('pallets'),
      inputs: { L, Hi, pl, pw, ph, m, P },
      key: smaller(times(pos, tiers), byWeight),
      wrong: [
        [times(pos, tiers), 'leaves the payload out'],
        [smaller(pos, byWeight), 'does not stack the pallets'],
        [byWeight, 'checks the payload only'],
        [
          smaller(times(floorW(over(times(L, W), times(pl, pw))), tiers), byWeight),
          'divides the floor area by the pallet’s area',
        ],
        [smaller(times(grid(L, W, pl, pw), tiers), byWeight), 'loads the pallets lengthwise only'],
        [smaller(times(pos, ceilW(over(Hi, ph))), byWeight), 'rounds the stack height up'],
      ],
    }
  }),
  calc('lgc-cartons-in-a-container-by-cube-and-payload', (rng) => {
    const [name, V, P] = rng.pick([
      ["20'", q('33.2'), w(28200)],
      ["40'", q('67.7'), w(26700)],
      ["40' high-cube", q('76.4'), w(26500)],
    ] as const)
    const tare = name === "20'" ? w(2200) : name === "40'" ? w(3750) : w(3900)
    const u = w(rng.pick([80, 85, 90]))
    const [l, b, h] = [w(rng.int(30, 80)), w(rng.int(25, 60)), w(rng.int(20, 60))]
    const v = over(times(l, b, h), w(1000000))
    const mk = drawDec(rng, 50, 900, 1)
    const byCube = (x: Fraction) => floorW(over(x, v))
    const usable = over(times(V, u), w(100))
    return {
      stem: `A line’s ${name} container has ${exact(V)} m³ inside, a tare of ${exact(tare)} kg and a payload of ${exact(P)} kg. The planner counts on filling ${exact(u)}% of the cube with cartons of ${exact(l)} × ${exact(b)} × ${exact(h)} cm weighing ${exact(mk)} kg each. How many cartons can one container take?`,
      show: count('cartons'),
      inputs: { V, P, tare, u, l, b, h, mk },
      key: smaller(byCube(usable), floorW(over(P, mk))),
      wrong: [
        [smaller(byCube(V), floorW(over(P, mk))), 'uses the whole cube, not the usable share'],
        [byCube(usable), 'leaves the payload out'],
        [
          smaller(byCube(usable), floorW(over(plus(P, tare), mk))),
          'takes payload plus tare, the gross weight, as the limit',
        ],
        [smaller(ceilW(over(usable, v)), ceilW(over(P, mk))), 'rounds the counts up'],
        [floorW(over(P, mk)), 'checks the payload only'],
        [
          smaller(byCube(over(times(V, minus(w(100), u)), w(100))), floorW(over(P, mk))),
          'takes the unused share of the cube',
        ],
      ],
    }
  }),
  calc('lgc-containers-needed-for-an-order', (rng) => {
    const m3 = drawDec(rng, 1000, 9000, 1)
    const t = times(m3, drawDec(rng, 15, 95, 2))
    const kgs = times(w(10), ceilW(times(t, w(100))))
    const lost = w(rng.pick([10, 15, 20]))
    const P = w(rng.pick([18000, 20000, 21500]))
    const INSIDE = q('33.2')
    const cube = (share: Fraction) => over(times(INSIDE, share), w(100))
    const usable = cube(minus(w(100), lost))
    const byV = over(m3, usable)
    const byW = over(kgs, P)
    return {
      stem: `An order comes to ${exact(m3)} m³ and ${exact(kgs)} kg. A 20' container has 33.2 m³ inside; the shipper allows ${exact(lost)}% broken stowage (cube lost between the cartons) and, for the trucks at both ends, at most ${exact(P)} kg of cargo per container. How many 20' containers must be booked?`,
      show: count('containers'),
      inputs: { m3, kgs, lost, P },
      key: larger(ceilW(byV), ceilW(byW)),
      wrong: [
        [ceilW(byV), 'checks the volume only'],
        [ceilW(byW), 'checks the weight only'],
        [larger(floorW(byV), floorW(byW)), 'rounds the count down'],
        [ceilW(plus(byV, byW)), 'adds the volume and the weight shares'],
        [larger(ceilW(over(m3, INSIDE)), ceilW(byW)), 'uses the full 33.2 m³, no broken stowage'],
        [plus(ceilW(byV), ceilW(byW)), 'books boxes for the volume and more for the weight'],
        [
          larger(ceilW(over(m3, cube(lost))), ceilW(byW)),
          'takes the broken-stowage share as the usable cube',
        ],
      ],
    }
  }),
  calc('lgc-extra-cartons-in-a-high-cube', (rng) => {
    const c = w(rng.int(40, 160))
    const h = w(rng.int(12, 30) * 10)
    const lay = (H: Fraction) => floorW(over(H, h))
    const extra = minus(lay(w(2698)), lay(w(2393)))
    if (extra.n === 0n) throw new VariantError('no extra layer')
    return {
      stem: `A 40' container is 2,393 mm high inside and a 40' high-cube 2,698 mm (outside, 2,591 and 2,896 mm). A load plan puts ${exact(c)} cartons of ${exact(h)} mm height on each layer across the floor. How many more cartons does the high-cube take than the standard 40', in whole layers?`,
      show: count('cartons'),
      inputs: { c, h },
      key: times(c, extra),
      wrong: [
        [extra, 'gives the extra layers, not cartons'],
        [times(c, floorW(over(w(305), h))), 'fits layers into the 305 mm difference alone'],
        [times(c, minus(lay(w(2896)), lay(w(2591)))), 'uses the outside heights'],
        [times(c, ceilW(over(w(305), h))), 'rounds the extra layers in 305 mm up'],
        [times(c, lay(w(2698))), 'gives the high-cube’s whole load'],
        [
          times(c, minus(ceilW(over(w(2698), h)), lay(w(2393)))),
          'counts a part layer in the high-cube',
        ],
      ],
    }
  }),
  calc('lgc-loaded-pallet-height', (rng) => {
    const c = w(rng.int(4, 12))
    const n = w(rng.int(12, 90))
    const h = w(rng.int(12, 45) * 10)
    // A part layer is what the question is about; full layers only would hide two slips.
    if (n.n % c.n === 0n) throw new VariantError('no part layer')
    const layers = ceilW(over(n, c))
    return {
      stem: `${exact(n)} cartons, ${exact(h)} mm high, go on an EUR pallet 144 mm high at ${exact(c)} to a full layer, the last layer part-filled if need be. How high is the loaded pallet?`,
      show: (x) => `${fixed(x, 0)} mm`,
      inputs: { c, n, h },
      key: plus(PALLET_MM, times(layers, h)),
      wrong: [
        [times(layers, h), 'leaves out the pallet’s 144 mm'],
        [plus(PALLET_MM, times(floorW(over(n, c)), h)), 'leaves out the part layer'],
        [plus(PALLET_MM, times(n, h)), 'stacks every carton on top of the last'],
        [plus(PALLET_MM, times(plus(layers, w(1)), h)), 'counts one layer too many'],
        [plus(w(150), times(layers, h)), 'takes the pallet as 150 mm'],
        [plus(PALLET_MM, times(over(n, c), h)), 'counts the part layer as a fraction of a layer'],
      ],
    }
  }),
  calc('lgc-pallets-needed-for-an-order', (rng) => {
    const c = w(rng.int(4, 12))
    const L = w(rng.int(3, 8))
    const n = w(rng.int(30, 900))
    const per = times(c, L)
    if (n.n % per.n === 0n) throw new VariantError('an exact number of pallets')
    return {
      stem: `A pallet takes ${exact(c)} cartons to a layer and ${exact(L)} layers. How many pallets does an order of ${exact(n)} cartons need, with the remainder on a part-built pallet?`,
      show: count('pallets'),
      inputs: { c, L, n },
      key: ceilW(over(n, per)),
      wrong: [
        [floorW(over(n, per)), 'rounds down, leaving the remainder off'],
        [ceilW(over(n, c)), 'divides by a layer, not a pallet'],
        [ceilW(over(n, plus(c, L))), 'adds cartons per layer and layers'],
        [plus(ceilW(over(n, per)), w(1)), 'adds a pallet for the part-built one as well'],
        [ceilW(over(n, times(c, minus(L, w(1))))), 'counts one layer fewer per pallet'],
      ],
    }
  }),
  calc('lgc-stack-layers-under-a-top-load-limit', (rng) => {
    const m = drawDec(rng, 60, 250, 1)
    const B = times(w(5), ceilW(over(times(m, w(rng.int(2, 12))), w(5))))
    // Tall and short cartons both, so the height decides in some draws and the top load in others.
    const h = w(rng.int(15, 40) * 10)
    const H = w(rng.pick([1800, 2000]))
    const c = w(rng.int(4, 10))
    const byLoad = plus(floorW(over(B, m)), w(1))
    const byHeight = floorW(over(minus(H, PALLET_MM), h))
    // When both limits give the same layers, every slip that drops one of them is the key.
    if (byLoad.n === byHeight.n) throw new VariantError('both limits give the same layers')
    return {
      stem: `Cartons of ${exact(m)} kg and ${exact(h)} mm high are column-stacked on a 144 mm EUR pallet in full layers, ${exact(c)} to a layer, each carton squarely on the one below. Compression tests allow at most ${exact(B)} kg resting on any carton, and the loaded pallet may be ${exact(H)} mm high. How many cartons go on the pallet?`,
      show: count('cartons'),
      inputs: { m, B, h, H, c },
      key: times(c, smaller(byLoad, byHeight)),
      wrong: [
        [
          times(c, smaller(floorW(over(B, m)), byHeight)),
          'forgets the bottom layer, which carries the load',
        ],
        [times(c, byHeight), 'checks the height limit only'],
        [times(c, byLoad), 'checks the top load only'],
        [
          times(c, smaller(plus(ceilW(over(B, m)), w(1)), byHeight)),
          'rounds the carried cartons up',
        ],
        [
          times(c, smaller(byLoad, minus(floorW(over(H, h)), w(1)))),
          'counts the pallet as one more carton layer',
        ],
        [times(c, smaller(byLoad, floorW(over(H, h)))), 'leaves out the pallet’s 144 mm'],
        [
          times(c, smaller(plus(floorW(over(B, times(c, m))), w(1)), byHeight)),
          'takes the allowed load as a whole layer’s, not one carton’s',
        ],
      ],
    }
  }),
  calc('lgc-cases-shipped-in-full-layers', (rng) => {
    const u = w(rng.pick([6, 8, 10, 12, 24]))
    const c = w(rng.int(6, 14))
    const U = w(rng.int(200, 6000))
    const layerUnits = times(u, c)
    if (U.n % layerUnits.n === 0n) throw new VariantError('an exact number of layers')
    return {
      stem: `A distributor ships only in full pallet layers. A case holds ${exact(u)} units and a layer ${exact(c)} cases. A customer orders ${exact(U)} units; the order is rounded up to full layers. How many cases are shipped?`,
      show: count('cases'),
      inputs: { u, c, U },
      key: times(c, ceilW(over(U, layerUnits))),
      wrong: [
        [ceilW(over(U, u)), 'rounds up to whole cases, not layers'],
        [times(c, floorW(over(U, layerUnits))), 'rounds down to full layers'],
        [ceilW(over(U, layerUnits)), 'gives the layers, not cases'],
        [times(u, c, ceilW(over(U, layerUnits))), 'gives the units shipped'],
        [times(c, ceilW(over(U, c))), 'divides units by cases per layer'],
        [times(c, ceilW(over(U, u))), 'takes the cases needed as the layers needed'],
      ],
    }
  }),
  calc('lgc-pallets-within-a-truck-payload', (rng) => {
    const n = w(rng.int(30, 60))
    const m = drawDec(rng, 150, 300, 1)
    const tare = w(25)
    const net = times(n, m)
    const gross = plus(net, tare)
    const P = w(rng.pick([6500, 7500, 9000, 12000]))
    const vt = w(rng.pick([5000, 6000, 7500]))
    const pos = w(rng.pick([15, 18, 21]))
    // The payload, not the floor, has to decide for the weight slips to show.
    if (!isBelow(floorW(over(P, gross)), pos)) throw new VariantError('the floor spaces decide')
    const byPayload = (load: Fraction, perPallet: Fraction) =>
      smaller(pos, floorW(over(load, perPallet)))
    return {
      stem: `A rigid truck has a gross vehicle weight of ${exact(plus(P, vt))} kg, weighs ${exact(vt)} kg empty (so ${exact(P)} kg payload) and has ${exact(pos)} EUR pallet spaces; pallets do not stack. Each pallet carries ${exact(n)} cases of ${exact(m)} kg and the pallet weighs 25 kg. How many pallets can it carry?`,
      show: count('pallets'),
      inputs: { n, m, P, vt, pos },
      key: byPayload(P, gross),
      wrong: [
        [byPayload(plus(P, vt), gross), 'takes the gross vehicle weight as payload'],
        [byPayload(P, net), 'leaves out the pallets’ own weight'],
        [pos, 'counts floor spaces only'],
        [smaller(pos, ceilW(over(P, gross))), 'rounds the payload count up'],
        [byPayload(vt, gross), 'takes the truck’s empty weight as its payload'],
        [byPayload(P, times(n, plus(m, tare))), 'adds the pallet’s 25 kg to every case'],
      ],
    }
  }),
  calc('lgc-cubic-metres-of-a-shipment', (rng) => {
    const n = w(rng.int(8, 400))
    const [l, b, h] = [w(rng.int(20, 90)), w(rng.int(15, 70)), w(rng.int(10, 60))]
    const one = times(l, b, h)
    return {
      stem: `A packing list shows ${exact(n)} cartons of ${exact(l)} × ${exact(b)} × ${exact(h)} cm. What is the shipment’s volume in m³, to three decimal places ${HALF_UP}?`,
      show: cbm(3),
      inputs: { n, l, b, h },
      key: over(times(n, one), w(1000000)),
      // A slip so small it shows as 0.000 m³ is no figure anyone would write down.
      wrong: (
        [
          [over(times(n, one), w(100000)), 'divides cm³ by 100,000'],
          [over(times(n, one), w(1000)), 'divides cm³ by 1,000, giving litres'],
          [over(times(n, l, b), w(10000)), 'leaves out the height, giving the floor area'],
          [over(times(n, one), w(1000000000)), 'treats the centimetres as millimetres'],
          [over(one, w(1000000)), 'works one carton only'],
          [over(times(n, one), w(10000000)), 'divides cm³ by 10,000,000'],
        ] as (readonly [Fraction, string])[]
      ).filter(([x]) => !isBelow(x, q('0.0005'))),
    }
  }),
  calc('lgc-cartons-to-top-up-a-part-loaded-container', (rng) => {
    const [name, V, P] = rng.pick([
      ["20'", q('33.2'), w(28200)],
      ["40'", q('67.7'), w(26700)],
    ] as const)
    const u = w(rng.pick([85, 90]))
    const usable = over(times(V, u), w(100))
    const loadedV = times(usable, drawDec(rng, 30, 75, 2))
    const lv = over(ceilW(times(loadedV, w(10))), w(10))
    const loadedW = times(P, drawDec(rng, 30, 80, 2))
    const lw = times(w(100), floorW(over(loadedW, w(100))))
    const [l, b, h] = [w(rng.int(40, 80)), w(rng.int(30, 60)), w(rng.int(30, 60))]
    const v = over(times(l, b, h), w(1000000))
    const mk = drawDec(rng, 100, 1500, 1)
    const room = (x: Fraction) => floorW(over(minus(x, lv), v))
    return {
      stem: `A ${name} container (${exact(V)} m³ inside, payload ${exact(P)} kg; the planner uses ${exact(u)}% of the cube) already holds ${exact(lv)} m³ and ${exact(lw)} kg. How many more cartons of ${exact(l)} × ${exact(b)} × ${exact(h)} cm and ${exact(mk)} kg can go in?`,
      show: count('cartons'),
      inputs: { V, P, u, lv, lw, l, b, h, mk },
      key: smaller(room(usable), floorW(over(minus(P, lw), mk))),
      wrong: [
        [room(usable), 'checks the cube only'],
        [floorW(over(minus(P, lw), mk)), 'checks the payload only'],
        [
          smaller(room(V), floorW(over(minus(P, lw), mk))),
          'uses the whole cube, not the usable share',
        ],
        [smaller(floorW(over(usable, v)), floorW(over(P, mk))), 'forgets what is already loaded'],
        [
          smaller(ceilW(over(minus(usable, lv), v)), ceilW(over(minus(P, lw), mk))),
          'rounds the counts up',
        ],
      ],
    }
  }),
  calc('lgc-stowage-factor-of-a-cargo', (rng) => {
    const m3 = drawDec(rng, 2000, 90000, 1)
    const net = times(w(1000), ceilW(times(m3, drawDec(rng, 15, 90, 2))))
    const gross = plus(net, times(w(10), ceilW(times(net, drawDec(rng, 3, 9, 2)))))
    return {
      stem: `A chartering desk needs the stowage factor of a cargo in m³ per tonne, on gross weight. The shipment measures ${exact(m3)} m³; it weighs ${exact(net)} kg net and ${exact(gross)} kg gross. What is the stowage factor, to two decimal places ${HALF_UP}?`,
      show: (x) => `${fixed(x, 2)} m³/t`,
      inputs: { m3, net, gross },
      key: over(times(m3, w(1000)), gross),
      wrong: [
        [over(times(m3, w(1000)), net), 'uses the net weight'],
        [over(gross, times(m3, w(1000))), 'divides weight by volume, giving tonnes per m³'],
        [over(times(m3, w(1000), q('35.3147')), gross), 'gives cubic feet per tonne'],
        [
          over(times(m3, w(1000), q('35.3147')), times(gross, q('1.016047'))),
          'gives cubic feet per long ton',
        ],
        [over(times(m3, w(1000)), minus(gross, net)), 'divides by the packing weight only'],
      ],
    }
  }),
  calc('lgc-cube-utilisation-of-a-container', (rng) => {
    const [name, il, iw, ih, el, ew, eh, nominal] = rng.pick([
      ["20'", w(5898), w(2352), w(2393), w(6058), w(2438), w(2591), w(33)],
      ["40'", w(12032), w(2352), w(2393), w(12192), w(2438), w(2591), w(67)],
      ["40' high-cube", w(12032), w(2352), w(2698), w(12192), w(2438), w(2896), w(76)],
    ] as const)
    const inside = over(times(il, iw, ih), w(1000000000))
    const outside = over(times(el, ew, eh), w(1000000000))
    const pallets = w(rng.int(name === "20'" ? 6 : 14, name === "20'" ? 10 : 21))
    const gh = w(rng.int(80, 200) * 10)
    const pv = (h: Fraction) => over(times(pallets, w(1200), w(800), h), w(1000000000))
    const cargo = pv(plus(gh, PALLET_MM))
    const pctOf = (x: Fraction, v: Fraction) => over(times(x, w(100)), v)
    return {
      stem: `A ${name} container measures ${exact(il)} × ${exact(iw)} × ${exact(ih)} mm inside and ${exact(el)} × ${exact(ew)} × ${exact(eh)} mm outside. It carries ${exact(pallets)} EUR pallets (1,200 × 800 mm, 144 mm high) with goods built ${exact(gh)} mm high on each. What share of the inside cube do the loaded pallets fill, as a percentage to one decimal place?`,
      show: pct(1),
      inputs: { il, iw, ih, el, ew, eh, pallets, gh },
      key: pctOf(cargo, inside),
      wrong: [
        [pctOf(cargo, outside), 'divides by the outside dimensions'],
        [pctOf(pv(gh), inside), 'leaves out the pallets’ own height'],
        [pctOf(cargo, nominal), `divides by the nominal ${exact(nominal)} m³`],
        [
          pctOf(times(cargo, over(w(1000), w(800))), inside),
          'takes a EUR pallet as 1,200 × 1,000 mm',
        ],
        [
          pctOf(times(pallets, q('0.96')), over(times(il, iw), w(1000000))),
          'gives the floor area covered',
        ],
      ],
    }
  }),
  calc('lgc-loading-metres-left-on-a-trailer', (rng) => {
    const eur = w(rng.int(2, 14))
    const ind = w(rng.int(1, 10))
    const used = plus(times(eur, q('0.4')), times(ind, q('0.5')))
    const L = q('13.6')
    if (!isBelow(used, minus(L, q('0.4')))) throw new VariantError('the trailer is full')
    return {
      stem: `A 13.6 m trailer is 2.4 m wide inside, so a loading metre is 1 m of its length over the full width. It already carries ${exact(eur)} non-stackable EUR pallets (1.2 × 0.8 m) and ${exact(ind)} industrial pallets (1.2 × 1.0 m), all loaded in full-width rows. How many loading metres are left?`,
      show: (x) => `${fixed(x, 1)} ldm`,
      inputs: { eur, ind },
      key: minus(L, used),
      wrong: (
        [
          [
            minus(L, plus(times(eur, q('0.96')), times(ind, q('1.2')))),
            'takes each pallet’s floor area as its loading metres',
          ],
          [
            minus(L, times(plus(eur, ind), q('0.4'))),
            'counts the industrial pallets as EUR pallets',
          ],
          [
            minus(L, over(plus(times(eur, q('0.96')), times(ind, q('1.2'))), q('2.5'))),
            'takes the trailer as 2.5 m wide',
          ],
          [
            minus(L, plus(times(eur, q('0.8')), times(ind, q('1.0')))),
            'takes each pallet’s width as its loading metres',
          ],
          [
            minus(L, times(plus(eur, ind), q('0.5'))),
            'counts every pallet as an industrial pallet',
          ],
        ] as (readonly [Fraction, string])[]
      ).filter(([x]) => !isBelow(x, q('0.1'))),
    }
  }),
]
