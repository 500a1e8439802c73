import type { Rng } from '../../rng.js'
import {
  addDays,
  cap,
  ceilDiv,
  employer,
  family,
  floorDiv,
  num,
  share,
  showDate,
  tenth,
} from './ohs-text.js'

// Fire, first aid and emergency arrangements checked against rules the stem states (travel
// distances, widths per person, floor-space factors, ratios), so no answer rests on one country's
// guidance; rounding (up for provision, down for capacity) is stated too.

const metres = (tenths: number): string => tenth(tenths, 'm')
const people = (n: number): string => num(n, 0, 'people')
const secs = (n: number): string => num(n, 0, 'seconds')
const mm = (n: number): string => num(n, 0, 'mm')
const plusMonths = (iso: string, m: number): string => {
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number]
  const t = y * 12 + (mo - 1) + m
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}
const dayUpTo28 = (rng: Rng): string => {
  const [y, m] = addDays('2026-01-01', rng.int(0, 540)).split('-')
  return `${y}-${m}-${String(rng.int(1, 28)).padStart(2, '0')}`
}

export const FIRE_FAMILIES = [
  family('travel-distance-along-the-route', (rng) => {
    const [a, b, c] = [rng.int(40, 250), rng.int(30, 200), rng.int(20, 150)]
    const lim = rng.pick([180, 250, 450])
    const straight = Math.round(Math.sqrt((a + c) ** 2 + b ** 2))
    return {
      stem: `From the far corner of ${employer(rng)}'s store the escape route runs ${metres(a)} along one aisle, turns ${metres(b)} along a cross aisle and turns again for ${metres(c)} to the exit. Travel distance is measured along the actual route. The stated limit is ${metres(lim)}. By how much does the route exceed the limit (a negative figure means it is within)?`,
      key: metres(a + b + c - lim),
      wrong: [
        [metres(straight - lim), 'measures the straight line to the exit'],
        [metres(Math.max(a, b, c) - lim), 'measures the longest leg only'],
        [metres(a + b + c - share(lim, 2, 3)), 'applies the two-thirds direct-distance limit'],
        [metres(a + c - lim), 'leaves out the cross-aisle leg'],
        [metres(a + b + c - 2 * lim), 'doubles the limit for two directions of escape'],
      ],
      figures: { a, b, c, lim },
    }
  }),
  family('exit-width-with-largest-exit-discounted', (rng) => {
    const n = rng.int(2, 4)
    const P = rng.int(20, 120) * 5 + rng.int(1, 4)
    const w = 5
    return {
      stem: `A training venue is to hold ${people(P)} and will have ${n} exits of equal width. The stated rule: allow ${w} mm of exit width per person, and assume the largest exit is blocked by fire, so the others must take everyone. What width must each exit have, in millimetres rounded up?`,
      key: mm(ceilDiv(P * w, n - 1)),
      wrong: [
        [mm(ceilDiv(P * w, n)), 'does not discount the blocked exit'],
        [mm(P * w), 'gives the total width, not each exit'],
        [mm(n > 2 ? ceilDiv(P * w, n - 2) : ceilDiv(P * w * 3, 2)), 'discounts one exit too many'],
        [mm(ceilDiv(P, w)), 'divides the people by the width per person'],
        [mm(ceilDiv(P * w, n + 1)), 'adds the blocked exit instead of removing it'],
      ],
      figures: { n, P, w },
    }
  }),
  family('occupant-capacity-from-floor-space', (rng) => {
    const f = rng.pick([5, 10, 15, 20, 50, 60, 70, 100])
    const A = rng.int(80, 900) + rng.int(0, 9) / 10
    const X = rng.int(8, 60)
    const At = Math.round(A * 10)
    return {
      stem: `A client's floor is ${num(A, 1)} m², of which ${num(X, 0)} m² is stairs, lifts and toilets. Its floor-space factor is ${tenth(f)} m² per person, applied to the floor area less those spaces, and capacity is rounded down. What is the floor's occupant capacity?`,
      key: people(floorDiv(At - X * 10, f)),
      wrong: [
        [people(floorDiv(At, f)), 'does not take off the stairs, lifts and toilets'],
        [people(ceilDiv(At - X * 10, f)), 'rounds the capacity up'],
        [people(floorDiv((At - X * 10) * f, 100)), 'multiplies by the factor'],
        [people(floorDiv(At - X * 20, f)), 'takes the excluded spaces off twice'],
        [people(floorDiv(X * 10, f)), 'works from the excluded spaces'],
      ],
      figures: { At, X, f },
    }
  }),
  family('capacity-limited-by-exits', (rng) => {
    const ws = Array.from({ length: 3 }, () => rng.int(16, 24) * 50)
    const sorted = [...ws].sort((a, b) => a - b)
    const byExits = floorDiv(sorted[0]! + sorted[1]!, 5)
    const all = floorDiv(ws[0]! + ws[1]! + ws[2]!, 5)
    const ca = all + rng.int(10, 150)
    return {
      stem: `A hall's floor-space factor gives a capacity of ${people(ca)}. Its three exits are ${ws.map(mm).join(', ')} wide. The stated rule: 5 mm of exit width per person, with the widest exit discounted; the hall's capacity is the lower of the floor-space and exit figures (rounded down). What is the hall's capacity?`,
      key: people(Math.min(ca, byExits)),
      wrong: [
        [people(Math.min(ca, all)), 'does not discount the widest exit'],
        [people(ca), 'uses the floor-space figure alone'],
        [people(floorDiv(sorted[1]! + sorted[2]!, 5)), 'discounts the narrowest exit'],
        [people(floorDiv(2 * sorted[0]!, 5)), 'gives both remaining exits the narrowest width'],
        [people(floorDiv(sorted[0]!, 5)), 'discounts the two widest exits'],
      ],
      figures: { w: ws.join(','), ca },
    }
  }),
  family('first-aiders-on-each-shift', (rng) => {
    const r = rng.pick([50, 100])
    const shifts = Array.from({ length: rng.int(2, 3) }, () => rng.int(12, 260))
    const sum = shifts.reduce((a, b) => a + b, 0)
    const per = (f: (n: number) => number) => shifts.reduce((a, s) => a + f(s), 0)
    return {
      stem: `${cap(employer(rng))} runs ${shifts.length} shifts with ${shifts.join(', ')} workers. Its assessment calls for one trained first-aider for every ${r} workers or part of ${r}, present on each shift. How many first-aiders must it have trained, with no one covering two shifts?`,
      key: num(
        per((s) => ceilDiv(s, r)),
        0,
        'first-aiders',
      ),
      wrong: [
        [num(ceilDiv(sum, r), 0, 'first-aiders'), 'works from the total headcount, not each shift'],
        [
          num(
            per((s) => floorDiv(s, r)),
            0,
            'first-aiders',
          ),
          'rounds down, ignoring the part',
        ],
        [num(ceilDiv(Math.max(...shifts), r), 0, 'first-aiders'), 'covers the largest shift only'],
        [
          num(per((s) => ceilDiv(s, r)) * 2, 0, 'first-aiders'),
          'doubles up for absence without being asked',
        ],
        [
          num(
            per((s) => floorDiv(s, r) + 1),
            0,
            'first-aiders',
          ),
          'adds one per shift to the whole hundreds',
        ],
        [
          num(
            per((s) => ceilDiv(s, r) + 1),
            0,
            'first-aiders',
          ),
          'adds a spare first-aider on every shift',
        ],
        [
          num(
            per((s) => ceilDiv(s * 2, r)),
            0,
            'first-aiders',
          ),
          'halves the ratio (the higher-hazard figure)',
        ],
      ],
      figures: { r, shifts: shifts.join(',') },
    }
  }),
  family('first-aiders-from-a-tiered-table', (rng) => {
    const n = rng.int(55, 900)
    return {
      stem: `A client's first-aid assessment uses this stated table. Lower hazard (offices, shops): fewer than 25 people, an appointed person; 25–50, at least one first-aider; more than 50, one more first-aider for every 100 people or part of 100 above 50. Higher hazard (workshops, warehouses): 5–50, at least one; more than 50, one more for every 50 or part of 50 above 50. Its office has ${people(n)}. How many first-aiders does the table require?`,
      key: num(1 + ceilDiv(n - 50, 100), 0, 'first-aiders'),
      wrong: [
        [num(1 + ceilDiv(n - 50, 50), 0, 'first-aiders'), 'reads the higher-hazard row'],
        [num(ceilDiv(n - 50, 100), 0, 'first-aiders'), 'forgets the first first-aider'],
        [num(1 + floorDiv(n - 50, 100), 0, 'first-aiders'), 'ignores the part of 100'],
        [num(1 + ceilDiv(n, 100), 0, 'first-aiders'), 'counts every person, not those above 50'],
        [
          num(ceilDiv(n - 50, 50), 0, 'first-aiders'),
          'adds one per 50 above 50 and forgets the first',
        ],
        [num(2 + ceilDiv(n - 50, 100), 0, 'first-aiders'), 'counts the appointed person as well'],
      ],
      figures: { n },
    }
  }),
  family('extinguishers-per-floor', (rng) => {
    const areas = Array.from({ length: rng.int(2, 4) }, () => rng.int(60, 900))
    const count = (f: (a: number) => number) =>
      num(
        areas.reduce((s, a) => s + f(a), 0),
        0,
        'extinguishers',
      )
    return {
      stem: `A client's building has ${areas.length} floors of ${areas.map((a) => `${a} m²`).join(', ')}. Its fire risk assessment requires, on every floor, one 13A water extinguisher per 200 m² of floor area or part of it, and at least two on each floor. How many are needed in all?`,
      key: count((a) => Math.max(2, ceilDiv(a, 200))),
      wrong: [
        [
          num(
            Math.max(
              2,
              ceilDiv(
                areas.reduce((s, a) => s + a, 0),
                200,
              ),
            ),
            0,
            'extinguishers',
          ),
          'works from the total floor area',
        ],
        [count((a) => ceilDiv(a, 200)), 'forgets the minimum of two per floor'],
        [count((a) => Math.max(2, floorDiv(a, 200))), 'ignores the part of 200 m²'],
        [count((a) => 2 + ceilDiv(a, 200)), 'adds the two to the area count'],
        [count((a) => Math.max(2, ceilDiv(a, 100))), 'allows 100 m² per extinguisher'],
        [
          count((a) => 2 * Math.max(2, ceilDiv(a, 200))),
          'adds a CO2 extinguisher beside every water one',
        ],
      ],
      figures: { areas: areas.join(',') },
    }
  }),
  family('evacuation-time-travel-and-queue', (rng) => {
    const P = rng.int(60, 600)
    const W = rng.int(9, 30)
    const d = rng.int(15, 60)
    const pre = rng.int(6, 24) * 10
    const travel = (d * 10) / 12
    const flow = (P * 100) / (13 * W)
    const up = (x: number) => secs(Math.ceil(x - 1e-9))
    return {
      stem: `An adviser estimates evacuation time for ${people(P)} leaving through exits ${tenth(W)} m wide in total. The stated method: pre-movement time ${pre} s, plus the longest travel distance (${d} m) at 1.2 m/s, plus queueing time = people ÷ (1.3 persons per metre per second × exit width). What is the evacuation time, rounded up to a whole second?`,
      key: up(pre + travel + flow),
      wrong: [
        [up(travel + flow), 'leaves out pre-movement time'],
        [up(pre + travel), 'leaves out queueing at the exits'],
        [up(pre + flow), 'leaves out the travel time'],
        [up(pre + travel + (P * 13) / W / 10), 'multiplies by the flow rate instead of dividing'],
        [up(pre + (d * 12) / 10 + flow), 'multiplies the distance by the walking speed'],
      ],
      figures: { P, W, d, pre },
    }
  }),
  family('aset-rset-safety-margin', (rng) => {
    const [det, alarm, pre, trav] = [
      rng.int(30, 120),
      rng.int(10, 60),
      rng.int(60, 300),
      rng.int(40, 200),
    ]
    const aset = det + alarm + pre + trav + rng.int(-120, 240)
    return {
      stem: `For a client's workshop an adviser compares times: the available safe escape time (ASET) is ${secs(aset)}. The required safe escape time (RSET) is detection time + alarm time + pre-movement time + travel time: ${det} s, ${alarm} s, ${pre} s and ${trav} s. What is the safety margin, ASET − RSET, in seconds (negative means too little time)?`,
      key: secs(aset - det - alarm - pre - trav),
      wrong: [
        [secs(aset - det - alarm - trav), 'leaves out pre-movement time'],
        [secs(aset - trav), 'counts the travel time only'],
        [secs(det + alarm + pre + trav - aset), 'subtracts the wrong way round'],
        [secs(aset - alarm - pre - trav), 'leaves out detection time'],
        [secs(aset - det - alarm - pre - 2 * trav), 'counts the travel time twice'],
      ],
      figures: { det, alarm, pre, trav, aset },
    }
  }),
  family('fire-load-density', (rng) => {
    const mats = rng
      .shuffle([
        ['timber', 18],
        ['cardboard', 17],
        ['polyethylene', 44],
        ['paper', 16],
        ['foam', 30],
      ] as [string, number][])
      .slice(0, 3)
    const kg = mats.map(() => rng.int(20, 200) * 10)
    const A = rng.int(40, 400)
    const mj = kg.reduce((s, k, i) => s + k * mats[i]![1], 0)
    const avgCv = mats.reduce((s, m) => s + m[1], 0)
    return {
      stem: `A store room of ${A} m² holds ${mats.map(([m, cv], i) => `${num(kg[i]!)} kg of ${m} (${cv} MJ/kg)`).join(', ')}. The fire load density is Σ(mass × calorific value) ÷ floor area. What is it, in MJ/m² to one decimal place?`,
      key: tenth(share(mj, 10, A), 'MJ/m²'),
      wrong: [
        [
          tenth(share(kg.reduce((a, b) => a + b, 0) * avgCv, 10, 3 * A), 'MJ/m²'),
          'multiplies the total mass by the average calorific value',
        ],
        [
          tenth(
            share(
              kg.reduce((a, b) => a + b, 0),
              10,
              A,
            ),
            'MJ/m²',
          ),
          'gives kilograms per square metre',
        ],
        [tenth(share(mj, 10, A * 3), 'MJ/m²'), 'divides by the number of materials too'],
        [tenth(share(mj - kg[0]! * mats[0]![1], 10, A), 'MJ/m²'), `leaves out the ${mats[0]![0]}`],
      ],
      figures: { kg: kg.join(','), cv: mats.map((m) => m[1]).join(','), A },
    }
  }),
  family('next-fire-drill-date', (rng) => {
    const last = dayUpTo28(rng)
    const m = rng.pick([6, 12])
    return {
      stem: `A client's fire procedure requires a full evacuation drill at least every ${m} months, counted from the last drill's date. The last drill was on ${showDate(last)}. What is the latest date for the next drill?`,
      key: showDate(plusMonths(last, m)),
      wrong: [
        [showDate(addDays(last, m * 30)), `counts ${m * 30} days as ${m} months`],
        [showDate(plusMonths(last, m === 6 ? 12 : 6)), `uses a ${m === 6 ? 12 : 6}-month interval`],
        [showDate(addDays(last, m * 28)), `counts ${m * 4} four-week months`],
        [showDate(plusMonths(last, m + 1)), 'counts from the end of the drill’s month'],
        [showDate(plusMonths(last, m - 1)), 'counts the drill’s own month as the first month'],
      ],
      figures: { last, m },
    }
  }),
  family('defibrillator-round-trip-time', (rng) => {
    const d = rng.int(30, 160)
    const v = rng.pick([10, 12, 14, 15])
    const grab = rng.int(10, 40)
    return {
      stem: `An adviser checks whether a defibrillator can be fetched in time in ${employer(rng)}. The cabinet is ${d} m from the furthest workstation; the stated assumptions are a brisk walk of ${tenth(v)} m/s and ${grab} s to open the cabinet and take the unit. How long does fetching it take from the furthest workstation and back, rounded up to a whole second?`,
      key: secs(ceilDiv(20 * d, v) + grab),
      wrong: [
        [secs(ceilDiv(10 * d, v) + grab), 'times the trip one way only'],
        [secs(ceilDiv(20 * d, v)), 'leaves out the time at the cabinet'],
        [secs(ceilDiv(2 * d * v, 10) + grab), 'multiplies the distance by the speed'],
        [secs(ceilDiv(20 * d, v) + 2 * grab), 'counts the cabinet time twice'],
      ],
      figures: { d, v, grab },
    }
  }),
  family('flammable-liquid-over-the-limit', (rng) => {
    const [n1, v1] = [rng.int(2, 12), rng.pick([1, 2, 5])]
    const [n2, v2] = [rng.int(1, 6), rng.pick([10, 20, 25])]
    const lim = 50
    const total = n1 * v1 + n2 * v2
    const litres = (x: number) => num(x, 0, 'litres')
    return {
      stem: `A client's workroom holds ${n1} tins of ${v1} litres and ${n2} drums of ${v2} litres of highly flammable liquid. Its stated rule allows at most ${lim} litres in a workroom, the rest to be kept in the outside store. How many litres must go to the store (0 if none)?`,
      key: litres(Math.max(0, total - lim)),
      wrong: [
        [litres(total), 'moves everything, not just the excess'],
        [litres(Math.max(0, n2 * v2 - lim)), 'counts the drums only'],
        [litres(Math.max(0, (n1 + n2) * 10 - lim)), 'counts ten litres a container'],
        [litres(Math.max(0, total - 2 * lim)), 'allows 50 litres of each kind'],
        [litres(lim), 'moves the limit amount'],
      ],
      figures: { n1, v1, n2, v2 },
    }
  }),
  family('direct-distance-margin', (rng) => {
    const T = rng.pick([180, 250, 450, 600])
    const D = rng.int(60, Math.floor((T * 2) / 3) + 40)
    return {
      stem: `A client's new mezzanine has no fixed layout yet. The stated rule: until the layout is known, the direct (straight-line) distance to an exit must not exceed two-thirds of the ${metres(T)} travel-distance limit. The adviser measures a direct distance of ${metres(D)}. How much margin is left (negative if the distance is too long), in metres to one decimal place?`,
      key: metres(share(T, 2, 3) - D),
      wrong: [
        [metres(T - D), 'compares with the full travel-distance limit'],
        [metres(share(T - D, 2, 3)), 'takes two-thirds of the margin'],
        [metres(share(T, 3, 2) - D), 'allows one and a half times the limit'],
        [metres(share(T, 1, 3) - D), 'uses one-third of the limit'],
      ],
      figures: { T, D },
    }
  }),
  family('corridor-detector-count', (rng) => {
    const L = rng.int(16, 95)
    const c = (n: number) => num(n, 0, 'detectors')
    return {
      stem: `A client's corridor is ${L} m long. The stated design rule: no point in the corridor may be more than 7.5 m from a smoke detector, so detectors are set out at most 15 m apart with the end ones at most 7.5 m from the ends. What is the fewest detectors the corridor needs?`,
      key: c(ceilDiv(L, 15)),
      wrong: [
        [c(ceilDiv(L * 2, 15)), 'spaces them 7.5 m apart'],
        [c(floorDiv(L, 15) + 1), 'counts fence posts from one end'],
        [c(Math.max(1, floorDiv(L, 15))), 'rounds the count down'],
        [c(ceilDiv(L, 15) + 1), 'adds one at each end'],
        [c(ceilDiv(L, 30)), 'lets each detector cover 30 m either way'],
      ],
      figures: { L },
    }
  }),
]
