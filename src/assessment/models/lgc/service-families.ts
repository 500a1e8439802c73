import { VariantError } from '../assemble-variant.js'
import {
  calc,
  ceilW,
  count,
  days,
  drawDec,
  exact,
  type Fraction,
  floorW,
  HALF_UP,
  hours,
  larger,
  minus,
  over,
  pct,
  plus,
  q,
  roundW,
  show,
  smaller,
  times,
  w,
} from './lgc-text.js'

// Transit and service: driving time under the EU drivers' hours rules as the stem states them,
// sea transit from distance and speed, sailing cut-offs, perfect-order and on-time rates pooled
// over lanes, fill and empty running, and the pickers and trucks a day's work needs. Each stem
// states its rules and rounding. The slips are a break or rest left out, percentages averaged
// where counts should be pooled, a rate's parts averaged where they multiply, part trips or part
// people rounded the wrong way, and knots taken as km/h.

const sum = (xs: readonly Fraction[]) => xs.reduce(plus, w(0))
const ratio = (a: Fraction, b: Fraction) => over(times(a, w(100)), b)
const WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** Elapsed hours to drive `d` hours under a 4.5 h / 45 min break rule and a 9 h day, then `rest`. */
function elapsed(d: Fraction, rest: Fraction, brk = q('0.75'), block = q('4.5'), day = w(9)) {
  let left = d
  let total = w(0)
  for (;;) {
    const today = smaller(left, day)
    total = plus(total, today)
    if (isOver(today, block)) total = plus(total, brk)
    left = minus(left, today)
    if (left.n <= 0n) return total
    total = plus(total, rest)
  }
}
const isOver = (a: Fraction, b: Fraction) => a.n * b.d > b.n * a.d
/** The mistakes that leave a figure a coordinator could report (above zero, at most `cap`). */
const keep = (xs: readonly (readonly [Fraction, string])[], cap?: bigint) =>
  xs.filter(([x]) => x.n > 0n && (cap === undefined || x.n <= cap * x.d))

export const SERVICE_FAMILIES = [
  calc('lgc-truck-transit-with-breaks-and-daily-rest', (rng) => {
    const speed = w(rng.pick([60, 65, 70, 75, 80]))
    const km = roundW(times(speed, drawDec(rng, 910, 1300, 2)))
    const d = over(km, speed)
    if (!isOver(d, w(9))) throw new VariantError('one day’s driving')
    if (isOver(d, w(13))) throw new VariantError('a second break')
    return {
      stem: `A driver must take a 45-minute break after 4.5 hours’ driving, may drive at most 9 hours a day, and then takes an 11-hour daily rest. A single-driver truck averages ${exact(speed)} km/h over a ${exact(km)} km run and sets off with a fresh day. How many hours after departure does it arrive, to two decimal places ${HALF_UP}?`,
      show: hours(2),
      inputs: { speed, km },
      key: elapsed(d, w(11)),
      wrong: [
        [d, 'counts driving time only'],
        [plus(d, q('0.75')), 'adds one break but no daily rest'],
        [elapsed(d, w(9)), 'takes the reduced 9-hour rest'],
        [plus(d, w(11)), 'adds the daily rest but no breaks'],
        [
          plus(d, times(q('0.75'), floorW(over(d, q('4.5'))))),
          'takes every 4.5-hour break but no daily rest',
        ],
        [plus(elapsed(d, w(11)), q('0.75')), 'takes a break on the second day too'],
      ],
    }
  }),
  calc('lgc-sea-transit-days-from-distance-and-speed', (rng) => {
    const nm = w(rng.int(1200, 11000))
    const kn = drawDec(rng, 120, 220, 1)
    const port = drawDec(rng, 10, 60, 1)
    const at = (x: Fraction) => plus(over(nm, times(x, w(24))), port)
    return {
      stem: `A vessel steams ${exact(nm)} nautical miles at ${exact(kn)} knots (nautical miles per hour) and spends ${exact(port)} days in intermediate ports. How many days does the voyage take, to one decimal place ${HALF_UP}?`,
      show: days(1),
      inputs: { nm, kn, port },
      key: at(kn),
      wrong: [
        [over(nm, times(kn, w(24))), 'leaves out the port days'],
        [at(times(kn, q('1.852'))), 'converts the speed to km/h but not the distance'],
        [
          plus(over(times(nm, q('1.852')), times(kn, w(24))), port),
          'converts the distance to km but not the speed',
        ],
        [plus(over(nm, times(kn, w(12))), port), 'counts 12 steaming hours a day'],
        [plus(over(over(nm, kn), w(8)), port), 'divides hours by an 8-hour day'],
      ],
    }
  }),
  calc('lgc-perfect-order-rate', (rng) => {
    const r = [0, 1, 2, 3].map(() => drawDec(rng, 9000, 9950, 2))
    const prod = r.reduce((p, x) => over(times(p, x), w(100)), w(100))
    return {
      stem: `Last quarter ${show(r[0]!, 2)}% of orders were delivered on time, ${show(r[1]!, 2)}% in full, ${show(r[2]!, 2)}% undamaged and ${show(r[3]!, 2)}% with correct documents. Treating the four as independent, what is the perfect order rate, to two decimal places?`,
      show: pct(2),
      inputs: { r0: r[0]!, r1: r[1]!, r2: r[2]!, r3: r[3]! },
      key: prod,
      wrong: [
        [over(sum(r), w(4)), 'averages the four rates'],
        [r.reduce(smaller), 'takes the lowest rate'],
        [
          minus(w(100), sum(r.map((x) => minus(w(100), x)))),
          'subtracts all the failure rates from 100%',
        ],
        [over(times(r[0]!, r[1]!), w(100)), 'multiplies on-time by in-full only, as OTIF'],
      ],
    }
  }),
  calc('lgc-network-on-time-rate-pooled-over-lanes', (rng) => {
    const n = [0, 1, 2].map(() => w(rng.int(20, 900)))
    const k = n.map((x) => floorW(times(x, drawDec(rng, 70, 99, 2))))
    const rates = n.map((x, i) => ratio(k[i]!, x))
    return {
      stem: `A carrier’s three lanes last month: lane 1, ${exact(k[0]!)} of ${exact(n[0]!)} shipments on time; lane 2, ${exact(k[1]!)} of ${exact(n[1]!)}; lane 3, ${exact(k[2]!)} of ${exact(n[2]!)}. What is the network on-time rate, to one decimal place ${HALF_UP}?`,
      show: pct(1),
      inputs: { n0: n[0]!, n1: n[1]!, n2: n[2]!, k0: k[0]!, k1: k[1]!, k2: k[2]! },
      key: ratio(sum(k), sum(n)),
      wrong: [
        [over(sum(rates), w(3)), 'averages the three lanes’ rates'],
        [rates.reduce(smaller), 'takes the worst lane'],
        [ratio(sum(k), plus(sum(n), sum(k))), 'divides by shipments plus on-time shipments'],
        [rates.reduce(larger), 'takes the best lane'],
        [minus(w(100), ratio(sum(k), sum(n))), 'gives the late rate'],
      ],
    }
  }),
  calc('lgc-pickers-needed-for-a-shift', (rng) => {
    const lines = w(rng.int(5000, 30000))
    const rate = w(rng.int(60, 160))
    const shift = w(8)
    const brk = q(rng.pick(['0.5', '0.75', '1']))
    const u = w(rng.pick([80, 85, 90]))
    const perPicker = times(rate, minus(shift, brk), over(u, w(100)))
    return {
      stem: `A warehouse must pick ${exact(lines)} order lines in one 8-hour shift. A picker averages ${exact(rate)} lines per productive hour, takes ${exact(brk)} h of breaks a shift, and is productive ${exact(u)}% of the rest. How many pickers are needed?`,
      show: count('pickers'),
      inputs: { lines, rate, brk, u },
      key: ceilW(over(lines, perPicker)),
      wrong: [
        [floorW(over(lines, perPicker)), 'rounds down'],
        [ceilW(over(lines, times(rate, shift, over(u, w(100))))), 'leaves out the breaks'],
        [ceilW(over(lines, times(rate, minus(shift, brk)))), 'leaves out the productivity share'],
        [ceilW(over(lines, times(rate, shift))), 'leaves out breaks and productivity'],
        [
          ceilW(over(times(lines, over(u, w(100))), times(rate, minus(shift, brk)))),
          'multiplies by the productivity share instead of dividing',
        ],
      ],
    }
  }),
  calc('lgc-trucks-needed-for-a-days-loads', (rng) => {
    const loads = w(rng.int(40, 200))
    const km = w(rng.int(15, 70))
    const speed = w(rng.pick([50, 60]))
    const load = q(rng.pick(['0.5', '0.75', '1']))
    const unload = q(rng.pick(['0.5', '0.75', '1']))
    const shift = w(rng.pick([9, 10, 11]))
    const cycle = sum([over(times(w(2), km), speed), load, unload])
    const trips = floorW(over(shift, cycle))
    if (trips.n < 1n) throw new VariantError('no trip fits')
    return {
      stem: `A quarry ships ${exact(loads)} truckloads a day to a site ${exact(km)} km away. Trucks average ${exact(speed)} km/h, loading takes ${exact(load)} h and unloading ${exact(unload)} h, and a truck works a ${exact(shift)}-hour shift with only whole round trips. How many trucks are needed?`,
      show: count('trucks'),
      inputs: { loads, km, speed, load, unload, shift },
      key: ceilW(over(loads, trips)),
      wrong: [
        [
          ceilW(over(loads, floorW(over(shift, sum([over(km, speed), load, unload]))))),
          'times the trip one way only',
        ],
        [ceilW(over(loads, over(shift, cycle))), 'counts part round trips'],
        [
          ceilW(over(loads, floorW(over(shift, over(times(w(2), km), speed))))),
          'leaves out loading and unloading',
        ],
        [floorW(over(loads, trips)), 'rounds the trucks down'],
        [ceilW(over(loads, ceilW(over(shift, cycle)))), 'rounds the trips per truck up'],
      ],
    }
  }),
  calc('lgc-days-from-cargo-ready-to-sailing', (rng) => {
    const sail = rng.int(0, 6)
    const cut = w(rng.int(1, 3))
    const ready = rng.int(0, 6)
    const truck = w(rng.int(1, 4))
    const firstSail = (from: number, need: number) => {
      // The first sailing day s (counted from ready day 0) with s − cut ≥ need.
      let s = (sail - ready + 7) % 7
      while (s - Number(cut.n) < need - from) s += 7
      return w(s)
    }
    const key = firstSail(0, Number(truck.n))
    // The first sailing on or after the day the cargo reaches the terminal, cut-off ignored.
    const afterArrival = (() => {
      let s = (sail - ready + 7) % 7
      while (s < Number(truck.n)) s += 7
      return w(s)
    })()
    return {
      stem: `A weekly service sails every ${WEEK[sail]}, and export containers must be at the terminal ${exact(cut)} day${cut.n > 1n ? 's' : ''} before sailing. A shipper’s cargo is ready at its works on a ${WEEK[ready]} morning and the haul to the terminal takes ${exact(truck)} day${truck.n > 1n ? 's' : ''}, arriving that many days later. How many days after the cargo is ready does it sail?`,
      show: days(0),
      inputs: { sail: w(sail), cut, ready: w(ready), truck },
      key,
      wrong: keep([
        [firstSail(0, 0), 'leaves out the haul to the terminal'],
        [afterArrival, 'leaves out the terminal cut-off'],
        [
          plus(afterArrival, cut),
          'adds the cut-off days to the first sailing after the cargo reaches the terminal',
        ],
        [plus(key, w(7)), 'misses the sailing and waits a week more'],
        [minus(key, cut), 'gives the cut-off day, not the sailing'],
        [w((sail - ready + 7) % 7 || 7), 'takes the next sailing regardless'],
        [
          plus(plus(w((sail - ready + 7) % 7), truck), cut),
          'adds the haul and cut-off to the wait for the next sailing',
        ],
      ]),
    }
  }),
  calc('lgc-average-order-cycle-time', (rng) => {
    const n = 5
    const placed = Array.from({ length: n }, () => w(rng.int(1, 15)))
    const took = Array.from({ length: n }, () => w(rng.int(2, 12)))
    const done = placed.map((p, i) => plus(p, took[i]!))
    const mean = over(sum(took), w(n))
    const sorted = [...took].sort((a, b) => Number(a.n - b.n))
    return {
      stem: `Five orders were placed on these days of the month and delivered on these days: ${placed.map((p, i) => `${exact(p)} → ${exact(done[i]!)}`).join(', ')}. Counting the cycle time as delivery day minus order day, what is the average order cycle time, to one decimal place?`,
      show: days(1),
      inputs: Object.fromEntries([
        ...placed.map((p, i) => [`p${i}`, p]),
        ...done.map((d, i) => [`d${i}`, d]),
      ]),
      key: mean,
      wrong: [
        [plus(mean, w(1)), 'counts both the order and the delivery day'],
        [sorted[2]!, 'takes the median'],
        [
          over(minus(done.reduce(larger), placed.reduce(smaller)), w(n)),
          'spreads the first order to the last delivery over the orders',
        ],
        [over(sum(done), w(n)), 'averages the delivery days'],
        [sorted[4]!, 'takes the longest'],
      ],
    }
  }),
  calc('lgc-flight-time-across-time-zones', (rng) => {
    const depUtc = w(rng.int(-5, 9))
    const arrUtc = w(rng.int(-8, 9))
    const depH = w(rng.int(0, 23))
    const depM = w(rng.pick([0, 10, 15, 20, 30, 40, 45, 50]))
    const minutes = w(rng.int(150, 900))
    const depUtcMin = minus(plus(times(depH, w(60)), depM), times(depUtc, w(60)))
    const arrLocal = plus(plus(depUtcMin, minutes), times(arrUtc, w(60)))
    const dayOff = Number(floorW(over(plus(arrLocal, w(10080)), w(1440))).n) - 7
    const hm = (m: Fraction) => {
      const mm = Number(((m.n % 1440n) + 1440n) % 1440n)
      return `${String(Math.floor(mm / 60)).padStart(2, '0')}:${String(mm % 60).padStart(2, '0')}`
    }
    const zone = (z: Fraction) => `UTC${z.n >= 0n ? '+' : '−'}${Math.abs(Number(z.n))}`
    const dayText =
      dayOff === 0
        ? 'the same day'
        : dayOff === 1
          ? 'the next day'
          : dayOff === 2
            ? 'two days later'
            : 'the day before'
    if (depUtc.n === arrUtc.n) throw new VariantError('no time-zone difference')
    const dur = (m: Fraction) =>
      `${Number(m.n / 60n)} h ${String(Number(m.n % 60n)).padStart(2, '0')} min`
    const shift = minus(arrUtc, depUtc)
    return {
      stem: `A freighter leaves at ${hm(plus(times(depH, w(60)), depM))} local time (${zone(depUtc)}) and lands at ${hm(arrLocal)} local time (${zone(arrUtc)}) ${dayText}. How long is the flight?`,
      show: dur,
      inputs: { depUtc, arrUtc, depH, depM, minutes },
      key: minutes,
      wrong: keep([
        [plus(minutes, times(shift, w(60))), 'subtracts the local clock times directly'],
        [minus(minutes, times(shift, w(120))), 'applies the time difference the wrong way'],
        [plus(minutes, w(60)), 'adds an hour for a daylight-saving change the stem does not give'],
        [
          minus(minutes, w(60)),
          'takes an hour off for a daylight-saving change the stem does not give',
        ],
        [plus(minutes, times(shift, w(120))), 'applies the time difference twice'],
      ]),
    }
  }),
  calc('lgc-vehicle-fill-rate-over-trips', (rng) => {
    const caps = [0, 1, 2, 3].map(() => w(rng.pick([10, 15, 18, 26, 33])))
    const loaded = caps.map((c) => w(rng.int(Math.ceil(Number(c.n) / 3), Number(c.n))))
    return {
      stem: `A week’s trips, pallets loaded against the vehicle’s pallet spaces: ${caps.map((c, i) => `${exact(loaded[i]!)} of ${exact(c)}`).join('; ')}. What is the vehicle fill rate for the week, pallets loaded over pallet spaces run, to one decimal place ${HALF_UP}?`,
      show: pct(1),
      inputs: Object.fromEntries([
        ...caps.map((c, i) => [`c${i}`, c]),
        ...loaded.map((l, i) => [`l${i}`, l]),
      ]),
      key: ratio(sum(loaded), sum(caps)),
      wrong: [
        [
          over(sum(caps.map((c, i) => ratio(loaded[i]!, c))), w(4)),
          'averages each trip’s fill rate',
        ],
        [ratio(sum(loaded), times(w(4), w(33))), 'takes every vehicle as a 33-space trailer'],
        [minus(w(100), ratio(sum(loaded), sum(caps))), 'gives the empty share'],
        [caps.map((c, i) => ratio(loaded[i]!, c)).reduce(larger), 'takes the fullest trip'],
        [caps.map((c, i) => ratio(loaded[i]!, c)).reduce(smaller), 'takes the emptiest trip'],
      ],
    }
  }),
  calc('lgc-average-delay-of-late-shipments', (rng) => {
    const dev = Array.from({ length: 8 }, () => w(rng.int(-6, 14)))
    const late = dev.filter((d) => d.n > 0n)
    if (late.length < 2 || late.length > 6) throw new VariantError('too few or too many late')
    const mean = over(sum(late), w(late.length))
    return {
      stem: `Eight deliveries arrived, against their appointments, by these many hours (negative = early): ${dev.map((d) => exact(d)).join(', ')}. What is the average delay of the late deliveries, to one decimal place ${HALF_UP}?`,
      show: hours(1),
      inputs: Object.fromEntries(dev.map((d, i) => [`d${i}`, d])),
      key: mean,
      wrong: keep([
        [over(sum(late), w(8)), 'divides by all eight deliveries'],
        [over(sum(dev), w(8)), 'averages every deviation, early ones negative'],
        [
          over(sum(dev.map((d) => (d.n < 0n ? times(d, w(-1)) : d))), w(8)),
          'averages the sizes of every deviation',
        ],
        [late.reduce(larger), 'takes the worst delay'],
        [
          over(sum(dev.map((d) => (d.n < 0n ? times(d, w(-1)) : d))), w(late.length)),
          'adds the early hours to the delays',
        ],
      ]),
    }
  }),
  calc('lgc-driving-hours-left-this-week', (rng) => {
    // From 20 hours, so the weekly limit decides in some draws and the fortnightly one in others.
    const last = w(rng.int(20, 56))
    const now = w(rng.int(5, 40))
    const left = smaller(minus(w(56), now), minus(w(90), plus(last, now)))
    if (left.n <= 0n) throw new VariantError('no hours left')
    return {
      stem: `A driver may drive at most 56 hours in a week and 90 hours in any two consecutive weeks. Last week the driver drove ${exact(last)} hours; so far this week, ${exact(now)}. How many more hours may the driver drive this week?`,
      show: hours(0),
      inputs: { last, now },
      key: left,
      wrong: keep([
        [minus(w(56), now), 'checks the weekly limit only'],
        [minus(w(90), plus(last, now)), 'checks the two-week limit only'],
        [minus(w(90), now), 'applies the two-week limit to this week alone'],
        [minus(minus(w(56), last), now), 'applies the 56-hour limit to both weeks together'],
        [minus(minus(w(112), last), now), 'takes the two-week limit as twice 56 hours'],
      ]),
    }
  }),
  calc('lgc-schedule-reliability-within-a-day', (rng) => {
    const dev = Array.from({ length: 10 }, () => times(q('0.5'), w(rng.int(-8, 10))))
    const onTime = dev.filter((d) => !isOver(d, w(1)) && !isOver(w(-1), d)).length
    const early = dev.filter((d) => isOver(w(0), d)).length
    const lateOnly = dev.filter((d) => !isOver(d, w(0))).length
    if (onTime === 0) throw new VariantError('none on time')
    return {
      stem: `A carrier counts a vessel arrival as reliable if it is within one day either side of schedule. Ten arrivals differed from schedule by these days (negative = early): ${dev.map((d) => exact(d)).join(', ')}. What is the schedule reliability?`,
      show: pct(0),
      inputs: Object.fromEntries(dev.map((d, i) => [`d${i}`, d])),
      key: w(onTime * 10),
      wrong: keep(
        [
          [w(lateOnly * 10), 'counts every arrival not late, however early'],
          [w(dev.filter((d) => d.n === 0n).length * 10), 'counts exact arrivals only'],
          [
            w(dev.filter((d) => isOver(w(1), d) && isOver(d, w(-1))).length * 10),
            'leaves out arrivals exactly one day off',
          ],
          [w((10 - onTime) * 10), 'gives the unreliable share'],
          [w((onTime + early) * 10), 'counts the early arrivals twice'],
        ],
        100n,
      ),
    }
  }),
  calc('lgc-empty-running-share', (rng) => {
    const loaded = w(rng.int(1200, 9000))
    const empty = w(rng.int(200, 3500))
    return {
      stem: `A haulier’s fleet ran ${exact(loaded)} km loaded and ${exact(empty)} km empty last week. What share of its kilometres ran empty, to one decimal place ${HALF_UP}?`,
      show: pct(1),
      inputs: { loaded, empty },
      key: ratio(empty, plus(loaded, empty)),
      wrong: keep([
        [ratio(empty, loaded), 'divides by the loaded kilometres'],
        [ratio(loaded, plus(loaded, empty)), 'gives the loaded share'],
        [ratio(minus(loaded, empty), plus(loaded, empty)), 'takes empty from loaded first'],
        [over(ratio(empty, loaded), w(2)), 'halves the empty-to-loaded ratio'],
      ]),
    }
  }),
  calc('lgc-delivery-slot-latest-departure', (rng) => {
    const km = w(rng.int(120, 420))
    const speed = w(rng.pick([60, 65, 70, 75]))
    const slot = w(rng.int(8, 16))
    const checkin = q(rng.pick(['0.25', '0.5']))
    const d = over(km, speed)
    const need = plus(plus(d, isOver(d, q('4.5')) ? q('0.75') : w(0)), checkin)
    return {
      stem: `A truck must check in ${exact(times(checkin, w(60)))} minutes before a ${exact(slot)}:00 delivery slot at a site ${exact(km)} km away. It averages ${exact(speed)} km/h, and the driver takes a 45-minute break after 4.5 hours’ driving. How many hours before the slot must it leave at the latest, to two decimal places?`,
      show: hours(2),
      inputs: { km, speed, slot, checkin },
      key: need,
      wrong: [
        [d, 'counts driving time only'],
        [plus(d, checkin), 'leaves out the break'],
        [plus(d, q('0.75')), 'leaves out the check-in time'],
        [plus(plus(d, q('0.75')), checkin), 'always adds a break'],
        [plus(need, checkin), 'adds the check-in time twice'],
      ],
    }
  }),
  calc('lgc-on-time-rate-excluding-excused-failures', (rng) => {
    const n = w(rng.int(200, 3000))
    const late = w(rng.int(8, Math.floor(Number(n.n) / 8)))
    const excused = w(rng.int(2, Number(late.n) - 2))
    const onTime = minus(n, late)
    return {
      stem: `A carrier made ${exact(n)} pickups last month; ${exact(late)} were late, and of those ${exact(excused)} were late because the shipper’s goods were not ready. The contract leaves shipper-caused failures out of the measure altogether. What is the carrier’s on-time pickup rate, to one decimal place ${HALF_UP}?`,
      show: pct(1),
      inputs: { n, late, excused },
      key: ratio(onTime, minus(n, excused)),
      wrong: [
        [ratio(onTime, n), 'leaves the excused pickups in'],
        [ratio(plus(onTime, excused), n), 'counts the excused pickups as on time'],
        [
          ratio(minus(onTime, excused), minus(n, excused)),
          'takes the excused pickups off the on-time count too',
        ],
        [ratio(minus(late, excused), minus(n, excused)), 'gives the late rate'],
      ],
    }
  }),
]
