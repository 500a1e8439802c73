import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  CENT,
  calc,
  cash,
  ceilTo,
  ceilW,
  drawDec,
  exact,
  type Fraction,
  floorW,
  HALF_UP,
  kg,
  larger,
  minus,
  over,
  plus,
  q,
  shipper,
  show,
  smaller,
  times,
  w,
} from './lgc-text.js'

// Freight cost: weight-break tariffs with the ship-as-heavier rule, minimum charges, fuel and
// currency surcharges on the base they apply to, accessorials, tiered demurrage and storage, and
// cost per unit, per TEU or per tonne-kilometre. Each stem states which base a surcharge is
// applied to and how part days or weeks count. The slips are the surcharge put on the wrong
// base, the minimum applied at the wrong step, a break's rate used for the wrong weight, part
// periods dropped or counted twice, and dividing by the wrong quantity.

const pctOf = (x: Fraction, p: Fraction) => over(times(x, p), w(100))
const sum = (xs: readonly Fraction[]) => xs.reduce(plus, w(0))
const eur = cash('€')
const usd = cash('$')

/** An air tariff: break weights and falling rates per kg; the first band starts at zero. */
function tariff(rng: Rng) {
  const breaks = [w(0), w(45), w(100), w(300), w(500)]
  let r = drawDec(rng, 380, 620, 2)
  const rates: Fraction[] = [r]
  for (let i = 1; i < breaks.length; i++) {
    r = over(times(r, w(rng.int(75, 92))), w(100))
    r = over(w(Number((r.n * 100n) / r.d)), w(100))
    rates.push(r)
  }
  return { breaks, rates }
}
const bandOf = (breaks: readonly Fraction[], x: Fraction) => {
  let i = 0
  for (let k = 0; k < breaks.length; k++) if (!(x.n * breaks[k]!.d < breaks[k]!.n * x.d)) i = k
  return i
}

export const COST_FAMILIES = [
  calc('lgc-air-weight-break-ship-as-heavier', (rng) => {
    const { breaks, rates } = tariff(rng)
    const cw = times(q('0.5'), w(rng.int(60, 1100)))
    const i = bandOf(breaks, cw)
    if (i === breaks.length - 1) throw new VariantError('no heavier break to compare')
    const own = times(rates[i]!, cw)
    const heavier = breaks.slice(i + 1).map((b, k) => times(rates[i + 1 + k]!, b))
    const key = heavier.reduce(smaller, own)
    const next = breaks[i + 1]!
    const tbl = breaks
      .map((b, k) => `${k === 0 ? 'under 45 kg' : `${exact(b)} kg and over`} €${show(rates[k]!)}`)
      .join('; ')
    return {
      stem: `An airline tariff per chargeable kg: ${tbl}. The airline charges the cheaper of the shipment’s own band and any heavier break billed at that break’s weight. What is the charge for ${exact(cw)} kg chargeable, ${CENT}?`,
      show: eur,
      inputs: { cw, ...Object.fromEntries(rates.map((r, k) => [`r${k}`, r])) },
      key,
      wrong: [
        [own, 'charges its own band’s rate only'],
        [times(rates[i + 1]!, cw), 'applies the next break’s rate to the actual weight'],
        [times(rates[i]!, next), 'bills the next break’s weight at its own band’s rate'],
        [times(rates[0]!, cw), 'charges the under-45 kg rate whatever the weight'],
        ...(i > 0 ? [[times(rates[i - 1]!, cw), 'uses the rate of the band below'] as const] : []),
      ],
    }
  }),
  calc('lgc-weight-from-which-the-next-break-pays', (rng) => {
    const { breaks, rates } = tariff(rng)
    const i = rng.int(1, 3)
    const [r1, r2, b2] = [rates[i]!, rates[i + 1]!, breaks[i + 1]!]
    const even = over(times(r2, b2), r1)
    return {
      stem: `A tariff charges €${show(r1)} per kg from ${exact(breaks[i]!)} kg and €${show(r2)} per kg from ${exact(b2)} kg, and lets a shipment be billed at ${exact(b2)} kg when that is cheaper. From what chargeable weight, in the airline’s half-kilogram steps, is billing at ${exact(b2)} kg no dearer than the shipment’s own band?`,
      show: kg(1),
      inputs: { r1, r2, b2 },
      key: ceilTo(even, q('0.5')),
      wrong: [
        [ceilTo(over(times(r1, b2), r2), q('0.5')), 'divides the rates the wrong way up'],
        [b2, 'gives the break weight itself'],
        [times(q('0.5'), floorW(times(even, w(2)))), 'rounds down to the half kilogram'],
        [
          ceilTo(minus(b2, times(b2, over(minus(r1, r2), r2))), q('0.5')),
          'takes the rate cut as a share of the lower rate',
        ],
        [
          ceilTo(minus(b2, times(w(100), minus(r1, r2))), q('0.5')),
          'subtracts the rate difference times 100 from the break',
        ],
      ],
    }
  }),
  calc('lgc-air-charge-with-per-kg-surcharges', (rng) => {
    const a = times(q('0.5'), w(rng.int(80, 1200)))
    // Bulky: the volumetric weight always decides, so billing on actual weight is always a slip.
    const v = times(a, drawDec(rng, 105, 220, 2))
    const cw = ceilTo(larger(a, v), q('0.5'))
    const r = drawDec(rng, 150, 480, 2)
    const fsc = drawDec(rng, 40, 140, 2)
    const ssc = drawDec(rng, 10, 25, 2)
    const awb = w(rng.pick([25, 30, 35, 40]))
    const M = w(rng.pick([75, 85, 95]))
    const total = (base: Fraction, sur: Fraction) =>
      plus(plus(larger(M, times(r, base)), times(plus(fsc, ssc), sur)), awb)
    return {
      stem: `An air shipment weighs ${exact(a)} kg actual and ${exact(v)} kg volumetric; chargeable weight is the greater, rounded up to the next half kilogram. The rate is €${show(r)} per kg (minimum €${exact(M)}), with a fuel surcharge of €${show(fsc)} and a security surcharge of €${show(ssc)} per chargeable kg, and an air waybill fee of €${exact(awb)}. What is the total, ${CENT}?`,
      show: eur,
      inputs: { a, v, r, fsc, ssc, awb, M },
      key: total(cw, cw),
      wrong: [
        [total(cw, a), 'puts the surcharges on the actual weight'],
        [total(a, a), 'bills everything on the actual weight'],
        [minus(total(cw, cw), awb), 'leaves out the air waybill fee'],
        [plus(total(cw, cw), M), 'adds the minimum charge to the weight charge'],
        [total(cw, w(1)), 'adds the surcharges once, not per kilogram'],
      ],
    }
  }),
  calc('lgc-road-fuel-surcharge-from-a-diesel-index', (rng) => {
    const base = drawDec(rng, 120, 150, 2)
    const step = rng.pick([q('0.02'), q('0.05')])
    const diesel = plus(
      plus(base, times(step, w(rng.int(2, 14)))),
      q(rng.pick(['0.007', '0.011', '0.013', '0.016'])),
    )
    const F = drawDec(rng, 40000, 250000, 2)
    const steps = floorW(over(minus(diesel, base), step))
    return {
      stem: `A haulage contract adds a fuel surcharge of 1% of the freight charge for each full €${show(step)} per litre the diesel index is above €${show(base)}. This month the index is €${show(diesel, 3)} per litre and the freight charge is €${show(F)}. What is the invoice total, freight plus surcharge, ${CENT}?`,
      show: eur,
      inputs: { base, step, diesel, F },
      key: plus(F, pctOf(F, steps)),
      wrong: [
        [
          plus(F, pctOf(F, ceilW(over(minus(diesel, base), step)))),
          'counts a part step as a full one',
        ],
        [pctOf(F, steps), 'gives the surcharge only'],
        [
          plus(F, pctOf(F, over(times(minus(diesel, base), w(100)), base))),
          'adds the diesel price’s percentage rise',
        ],
        [plus(F, pctOf(F, over(minus(diesel, base), step))), 'counts part steps pro rata'],
        [plus(F, pctOf(F, minus(steps, w(1)))), 'starts counting at the second step'],
      ],
    }
  }),
  calc('lgc-us-ltl-charge-with-discount-minimum-and-fuel', (rng) => {
    // Light enough that the minimum decides in some draws and the discounted charge in others.
    const lbs = w(rng.int(100, 1500))
    const cwt = drawDec(rng, 2800, 9800, 2)
    const d = w(rng.int(55, 75))
    const M = drawDec(rng, 9000, 18000, 2)
    const f = drawDec(rng, 180, 320, 1)
    const tariffCharge = over(times(cwt, lbs), w(100))
    const net = minus(tariffCharge, pctOf(tariffCharge, d))
    const line = larger(M, net)
    const withFuel = (x: Fraction) => plus(x, pctOf(x, f))
    return {
      stem: `A US LTL carrier’s tariff rate for the freight class is $${show(cwt)} per cwt (100 lb). ${shipper(rng)} gets a ${exact(d)}% discount on the tariff charge, the discounted charge is subject to an absolute minimum of $${show(M)}, and a fuel surcharge of ${exact(f)}% is added to the resulting linehaul. What is the charge for ${exact(lbs)} lb, ${CENT}?`,
      show: usd,
      inputs: { lbs, cwt, d, M, f },
      key: withFuel(line),
      wrong: [
        [line, 'leaves out the fuel surcharge'],
        [
          plus(line, pctOf(tariffCharge, f)),
          'puts the fuel surcharge on the undiscounted tariff charge',
        ],
        [withFuel(larger(M, tariffCharge)), 'leaves out the discount'],
        [
          withFuel(
            larger(
              M,
              minus(over(times(cwt, lbs), w(1000)), pctOf(over(times(cwt, lbs), w(1000)), d)),
            ),
          ),
          'takes a cwt as 1,000 lb',
        ],
        [withFuel(net), 'ignores the minimum charge'],
        [
          withFuel(minus(larger(M, tariffCharge), pctOf(larger(M, tariffCharge), d))),
          'applies the minimum before the discount',
        ],
      ],
    }
  }),
  calc('lgc-delivery-with-accessorials-and-waiting-time', (rng) => {
    const L = drawDec(rng, 18000, 95000, 2)
    const f = drawDec(rng, 80, 260, 1)
    const lift = w(rng.pick([45, 55, 65]))
    const resi = w(rng.pick([30, 40, 50]))
    const rate = w(rng.pick([45, 55, 60, 70]))
    const waited = w(rng.int(130, 330))
    if (waited.n % 60n === 0n) throw new VariantError('waiting ends on the hour')
    const hours = ceilW(over(minus(waited, w(120)), w(60)))
    const acc = plus(plus(lift, resi), times(hours, rate))
    return {
      stem: `A carrier quotes a linehaul of €${show(L)} with a ${exact(f)}% fuel surcharge on the linehaul only, plus a tail-lift fee of €${exact(lift)}, a residential delivery fee of €${exact(resi)}, and waiting time at €${exact(rate)} per hour or part hour after the first two hours free. The driver waited ${exact(waited)} minutes. What is the total charge, ${CENT}?`,
      show: eur,
      inputs: { L, f, lift, resi, rate, waited },
      key: plus(plus(L, pctOf(L, f)), acc),
      wrong: [
        [
          plus(plus(L, acc), pctOf(plus(L, acc), f)),
          'puts the fuel surcharge on the accessorials too',
        ],
        [
          plus(
            plus(plus(L, pctOf(L, f)), plus(lift, resi)),
            times(ceilW(over(waited, w(60))), rate),
          ),
          'charges waiting without the two free hours',
        ],
        [
          plus(
            plus(plus(L, pctOf(L, f)), plus(lift, resi)),
            times(floorW(over(minus(waited, w(120)), w(60))), rate),
          ),
          'drops the part hour of waiting',
        ],
        [
          plus(
            plus(plus(L, pctOf(L, f)), plus(lift, resi)),
            times(ceilW(over(minus(waited, w(60)), w(60))), rate),
          ),
          'allows only the first hour free',
        ],
        [plus(L, acc), 'leaves out the fuel surcharge'],
        [
          plus(
            plus(plus(L, pctOf(L, f)), plus(lift, resi)),
            over(times(minus(waited, w(120)), rate), w(60)),
          ),
          'charges waiting by the exact minute',
        ],
      ],
    }
  }),
  calc('lgc-fcl-freight-cost-per-unit', (rng) => {
    const boxes = w(rng.int(2, 5))
    const R = w(rng.int(900, 4800))
    const baf = w(rng.int(150, 650))
    const othc = w(rng.int(120, 280))
    const dthc = w(rng.int(150, 350))
    const docs = w(rng.pick([50, 75, 90]))
    const cartons = w(rng.int(300, 1400))
    const per = w(rng.pick([2, 4, 6, 12]))
    const box = sum([R, baf, othc, dthc, docs])
    const all = times(boxes, box)
    const units = times(boxes, cartons, per)
    return {
      stem: `${shipper(rng)} ships ${exact(boxes)} 40' containers, each carrying ${exact(cartons)} cartons of ${exact(per)} units. Costs per container: ocean freight $${exact(R)}, bunker surcharge $${exact(baf)}, origin terminal handling $${exact(othc)}, destination terminal handling $${exact(dthc)} and documentation $${exact(docs)}. What is the freight cost per unit, ${CENT}?`,
      show: usd,
      inputs: { boxes, R, baf, othc, dthc, docs, cartons, per },
      key: over(all, units),
      wrong: [
        [over(all, times(boxes, cartons)), 'divides by cartons, not units'],
        [over(all, times(cartons, per)), 'divides every container’s cost by one container’s units'],
        [over(box, units), 'costs one container and divides by every unit'],
        [over(times(boxes, plus(R, baf)), units), 'counts the ocean freight and bunker only'],
        [over(minus(all, times(boxes, dthc)), units), 'leaves out the destination handling'],
        [over(times(boxes, R), units), 'counts the ocean freight only'],
        [over(all, times(boxes, cartons, plus(per, w(1)))), 'counts one unit too many per carton'],
      ],
    }
  }),
  calc('lgc-lcl-versus-fcl-break-even-volume', (rng) => {
    const rate = w(rng.int(35, 95))
    const cfs = w(rng.int(12, 30))
    const fixed = w(rng.int(80, 220))
    const fcl = w(rng.int(1300, 3200))
    const key = over(minus(fcl, fixed), plus(rate, cfs))
    return {
      stem: `An LCL quote is $${exact(rate)} per m³ ocean freight plus $${exact(cfs)} per m³ container freight station charges and $${exact(fixed)} fixed documentation and handling. A 20' FCL costs $${exact(fcl)} all in. At what volume do the two cost the same, to two decimal places of a m³ ${HALF_UP}?`,
      show: (x) => `${show(x)} m³`,
      inputs: { rate, cfs, fixed, fcl },
      key,
      wrong: [
        [over(minus(fcl, fixed), rate), 'leaves out the per-m³ station charges'],
        [over(fcl, plus(rate, cfs)), 'leaves out the fixed charges'],
        [over(fcl, rate), 'divides the FCL price by the freight rate only'],
        [over(plus(fcl, fixed), plus(rate, cfs)), 'adds the fixed charges to the FCL price'],
        [over(minus(fcl, fixed), minus(rate, cfs)), 'subtracts the station charges from the rate'],
      ],
    }
  }),
  calc('lgc-tiered-demurrage-charge', (rng) => {
    const free = w(rng.pick([4, 5, 7]))
    const t1 = w(rng.pick([3, 4, 5, 7]))
    const a = w(rng.int(40, 95))
    const b = w(rng.int(100, 220))
    const dayOut = w(rng.int(Number(free.n + t1.n) + 2, Number(free.n + t1.n) + 12))
    const over1 = minus(dayOut, free)
    const tier = (days: Fraction) =>
      plus(times(smaller(days, t1), a), times(larger(minus(days, t1), w(0)), b))
    return {
      stem: `A line gives ${exact(free)} free days of demurrage, counting the day of discharge as day 1. After that it charges $${exact(a)} a day for the next ${exact(t1)} days and $${exact(b)} a day beyond. The container leaves the terminal on day ${exact(dayOut)}, which counts as a full day. What is the demurrage?`,
      show: usd,
      inputs: { free, t1, a, b, dayOut },
      key: tier(over1),
      wrong: [
        [times(over1, a), 'charges every day at the first tier'],
        [times(over1, b), 'charges every day at the second tier'],
        [tier(minus(over1, w(1))), 'does not count the day it leaves'],
        [tier(dayOut), 'leaves out the free days'],
        [tier(plus(over1, w(1))), 'counts the free days from the day after discharge'],
      ],
    }
  }),
  calc('lgc-warehouse-storage-in-part-weeks', (rng) => {
    const p = w(rng.int(12, 160))
    const x = drawDec(rng, 180, 450, 2)
    const hin = drawDec(rng, 250, 650, 2)
    const hout = drawDec(rng, 250, 650, 2)
    const d = w(rng.int(9, 60))
    if (d.n % 7n === 0n) throw new VariantError('a whole number of weeks')
    const bill = (weeks: Fraction) => times(p, plus(plus(hin, hout), times(weeks, x)))
    return {
      stem: `A 3PL charges €${show(hin)} per pallet in, €${show(hout)} per pallet out, and €${show(x)} per pallet per week or part week of storage. ${exact(p)} pallets arrive together and leave together ${exact(d)} days later (count ${exact(d)} days of storage). What is the total bill?`,
      show: eur,
      inputs: { p, x, hin, hout, d },
      key: bill(ceilW(over(d, w(7)))),
      wrong: [
        [bill(over(d, w(7))), 'charges storage pro rata by the day'],
        [bill(floorW(over(d, w(7)))), 'drops the part week'],
        [minus(bill(ceilW(over(d, w(7)))), times(p, hout)), 'leaves out the handling out'],
        [
          times(p, times(ceilW(over(d, w(7))), plus(plus(hin, hout), x))),
          'charges the handling every week',
        ],
        [bill(plus(ceilW(over(d, w(7))), w(1))), 'counts a week more for the arrival week'],
      ],
    }
  }),
  calc('lgc-ocean-freight-with-baf-and-caf', (rng) => {
    const n = w(rng.int(2, 12))
    const R = w(rng.int(800, 3600))
    const baf = w(rng.int(150, 700))
    const caf = drawDec(rng, 25, 95, 1)
    const each = plus(plus(R, baf), pctOf(R, caf))
    return {
      stem: `${shipper(rng)} books ${exact(n)} 40' containers at $${exact(R)} each base ocean freight, plus a bunker adjustment factor (BAF) of $${exact(baf)} per container and a currency adjustment factor (CAF) of ${exact(caf)}% on the base freight only. What is the total ocean freight, ${CENT}?`,
      show: usd,
      inputs: { n, R, baf, caf },
      key: times(n, each),
      wrong: [
        [times(n, plus(plus(R, baf), pctOf(plus(R, baf), caf))), 'applies CAF to base plus BAF'],
        [times(n, plus(R, baf)), 'leaves out CAF'],
        [plus(times(n, plus(R, pctOf(R, caf))), baf), 'charges BAF once for the booking'],
        [plus(times(n, plus(R, baf)), pctOf(R, caf)), 'applies CAF to one container only'],
      ],
    }
  }),
  calc('lgc-freight-by-teu-with-per-box-handling', (rng) => {
    const n20 = w(rng.int(1, 9))
    const n40 = w(rng.int(1, 9))
    const nhc = w(rng.int(0, 6))
    const rate = w(rng.int(600, 1800))
    const thc = w(rng.int(120, 300))
    const teu = plus(n20, times(w(2), plus(n40, nhc)))
    const boxes = sum([n20, n40, nhc])
    return {
      stem: `A forwarder’s contract rate is $${exact(rate)} per TEU of ocean freight plus $${exact(thc)} terminal handling per container regardless of size. A month’s shipments are ${exact(n20)} × 20', ${exact(n40)} × 40' and ${exact(nhc)} × 40' high-cube. What is the total?`,
      show: usd,
      inputs: { n20, n40, nhc, rate, thc },
      key: plus(times(teu, rate), times(boxes, thc)),
      wrong: [
        [plus(times(boxes, rate), times(boxes, thc)), 'counts each container as one TEU'],
        [plus(times(teu, rate), times(teu, thc)), 'charges handling per TEU'],
        [
          plus(times(plus(plus(n20, times(w(2), n40)), nhc), rate), times(boxes, thc)),
          'counts a high-cube as one TEU',
        ],
        [times(teu, rate), 'leaves out the handling'],
        [
          plus(times(plus(teu, over(nhc, w(2))), rate), times(boxes, thc)),
          'counts a high-cube as 2.5 TEU',
        ],
      ],
    }
  }),
  calc('lgc-cost-per-tonne-kilometre', (rng) => {
    const km = w(rng.int(120, 900))
    const t = drawDec(rng, 80, 260, 1)
    const perKm = drawDec(rng, 110, 190, 2)
    const fixed = w(rng.int(150, 400))
    const trip = plus(fixed, times(perKm, km, w(2)))
    return {
      stem: `A truck carries ${exact(t)} t over ${exact(km)} km and comes back empty. The trip costs €${exact(fixed)} fixed plus €${show(perKm)} per km driven. Counting loaded tonne-kilometres only, what is the cost per tonne-km, to four decimal places ${HALF_UP}?`,
      show: (x) => `€${show(x, 4)}`,
      inputs: { km, t, perKm, fixed },
      key: over(trip, times(t, km)),
      wrong: [
        [over(trip, times(t, km, w(2))), 'counts the empty return as tonne-kilometres'],
        [over(plus(fixed, times(perKm, km)), times(t, km)), 'costs the loaded leg only'],
        [over(times(perKm, km, w(2)), times(t, km)), 'leaves out the fixed cost'],
        [over(trip, t), 'gives the cost per tonne'],
        [over(trip, km), 'gives the cost per loaded kilometre'],
        [
          over(plus(times(fixed, w(2)), times(perKm, km, w(2))), times(t, km)),
          'charges the fixed cost for each leg',
        ],
      ],
    }
  }),
  calc('lgc-freight-allocated-by-volume-per-unit', (rng) => {
    const F = w(rng.int(1800, 9000))
    const m = [0, 1, 2].map(() => drawDec(rng, 20, 260, 1))
    const kgs = [0, 1, 2].map((i) => times(m[i]!, w(rng.int(90, 450))))
    const u = [0, 1, 2].map(() => w(rng.int(40, 400) * 10))
    const share = (xs: readonly Fraction[]) => over(times(F, xs[0]!), sum(xs))
    return {
      stem: `A container’s freight of €${exact(F)} is shared between three products by volume. Product A: ${exact(u[0]!)} units, ${exact(m[0]!)} m³, ${exact(kgs[0]!)} kg. Product B: ${exact(u[1]!)} units, ${exact(m[1]!)} m³, ${exact(kgs[1]!)} kg. Product C: ${exact(u[2]!)} units, ${exact(m[2]!)} m³, ${exact(kgs[2]!)} kg. What freight does each unit of product A carry, ${CENT}?`,
      show: eur,
      inputs: Object.fromEntries([
        ['F', F],
        ...m.map((x, i) => [`m${i}`, x]),
        ...kgs.map((x, i) => [`k${i}`, x]),
        ...u.map((x, i) => [`u${i}`, x]),
      ]),
      key: over(share(m), u[0]!),
      wrong: [
        [over(share(kgs), u[0]!), 'shares the freight by weight'],
        [over(share(m), sum(u)), 'divides A’s share by every product’s units'],
        [over(F, sum(u)), 'spreads the freight evenly over all units'],
        [share(m), 'gives product A’s whole share, not per unit'],
        [over(over(F, w(3)), u[0]!), 'splits the freight equally between the products'],
      ],
    }
  }),
  calc('lgc-truck-trip-cost-per-pallet', (rng) => {
    const day = w(rng.int(250, 480))
    const km = w(rng.int(60, 380))
    const perKm = drawDec(rng, 80, 160, 2)
    const tolls = drawDec(rng, 1500, 9000, 2)
    const cap = w(33)
    const p = w(rng.int(14, 32))
    const trip = sum([day, times(perKm, km, w(2)), tolls])
    return {
      stem: `A dedicated truck costs €${exact(day)} a day plus €${show(perKm)} per km and €${show(tolls)} in tolls for a delivery ${exact(km)} km away and back, in one day. It has 33 pallet spaces and carries ${exact(p)} pallets. What is the cost per pallet carried, ${CENT}?`,
      show: eur,
      inputs: { day, km, perKm, tolls, p },
      key: over(trip, p),
      wrong: [
        [over(trip, cap), 'divides by the 33 spaces, not the pallets carried'],
        [over(sum([day, times(perKm, km), tolls]), p), 'costs the kilometres one way only'],
        [over(minus(trip, tolls), p), 'leaves out the tolls'],
        [over(minus(trip, day), p), 'leaves out the day rate'],
        [over(sum([day, times(perKm, km, w(2)), times(tolls, w(2))]), p), 'counts the tolls twice'],
      ],
    }
  }),
  calc('lgc-consolidation-margin', (rng) => {
    const houses = [0, 1, 2].map(() => times(q('0.5'), w(rng.int(100, 1400))))
    const gain = times(q('0.5'), w(rng.int(20, 300)))
    const master = minus(sum(houses), gain)
    const buy = drawDec(rng, 120, 300, 2)
    const sell = plus(buy, drawDec(rng, 20, 90, 2))
    return {
      stem: `A forwarder’s consolidation has three house air waybills of ${houses.map((h) => `${show(h, 1)} kg`).join(', ')} chargeable, sold at €${show(sell)} per kg. The master air waybill’s chargeable weight is ${show(master, 1)} kg, bought at €${show(buy)} per kg. What margin does the forwarder make on the freight, ${CENT}?`,
      show: eur,
      inputs: { h0: houses[0]!, h1: houses[1]!, h2: houses[2]!, master, buy, sell },
      key: minus(times(sell, sum(houses)), times(buy, master)),
      wrong: [
        [times(minus(sell, buy), sum(houses)), 'buys at the houses’ total weight'],
        [times(minus(sell, buy), master), 'sells at the master’s weight'],
        [times(buy, gain), 'counts only the weight gain at the buying rate'],
        [times(sell, sum(houses)), 'gives the revenue, not the margin'],
        [times(sell, gain), 'counts only the weight gain at the selling rate'],
        [times(buy, master), 'gives the cost of the master, not the margin'],
        [
          plus(times(minus(sell, buy), sum(houses)), times(sell, gain)),
          'values the weight gain at the selling rate',
        ],
      ],
    }
  }),
]
