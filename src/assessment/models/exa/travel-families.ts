import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import {
  at,
  cap,
  choose,
  city,
  convert,
  DAY_MIN,
  day,
  type ExaFamily,
  exec,
  family,
  hm,
  longDate,
  nth,
  offsetAt,
  stdOffset,
  toLocal,
  toUtc,
  when,
  type Zone,
} from './exa-text.js'

// Itineraries. Airlines print departure and arrival in each airport's local time, so a flight's
// length is the difference of the two instants in UTC, and the arrival shows on the destination's
// calendar day (a "+1" or "-1"). Zone offsets and daylight-saving rules as in zone-families.ts; the
// key test works every time out again with Intl. Minimum connection times, buffers and the
// Schengen rule (90 days in any 180-day period, entry and exit days both counted: Regulation (EU)
// 2016/399, art. 6(1)) are stated in each stem.

const YEARS = [2025, 2026, 2027, 2028] as const
const ROUTES: readonly (readonly [Zone, Zone, number])[] = [
  ['America/New_York', 'Europe/London', 420],
  ['Europe/London', 'America/New_York', 480],
  ['America/Los_Angeles', 'Asia/Tokyo', 690],
  ['Asia/Tokyo', 'America/Los_Angeles', 600],
  ['America/Los_Angeles', 'Australia/Sydney', 875],
  ['Australia/Sydney', 'America/Los_Angeles', 805],
  ['Europe/Paris', 'Asia/Singapore', 780],
  ['Asia/Singapore', 'Europe/London', 840],
  ['Asia/Dubai', 'America/New_York', 845],
  ['Pacific/Auckland', 'America/Los_Angeles', 745],
  ['America/Chicago', 'Europe/Berlin', 570],
  ['Asia/Kolkata', 'Europe/London', 600],
  ['America/Los_Angeles', 'Pacific/Auckland', 780],
  ['Europe/London', 'Asia/Dubai', 420],
]
const FLIGHTS = ['XA 118', 'XA 402', 'QX 77', 'EZ 915', 'NV 230', 'KT 641'] as const
const dateOf = (rng: Rng) => ({ y: rng.pick(YEARS), m: rng.int(1, 12), d: rng.int(1, 28) })
const clock = (rng: Rng, y: number, m: number, d: number, lo: number, hi: number) =>
  at(y, m, d, rng.int(lo, hi), rng.pick([0, 10, 25, 35, 50]))
const len = (mins: number) => `${Math.floor(mins / 60)} h ${String(mins % 60).padStart(2, '0')} min`

/** Arrival on the destination clock of a flight leaving `from` at wall `w` for `block` minutes. */
const arrive = (from: Zone, to: Zone, w: number, block: number) =>
  toLocal(to, toUtc(from, w) + block)
/** The departure on the `from` clock of a flight of `block` minutes landing at wall `land` in `to`. */
const departFor = (from: Zone, to: Zone, land: number, block: number) =>
  toLocal(from, toUtc(to, land) - block)

function arrivalFamily(
  id: string,
  pickRoute: (rng: Rng) => readonly [Zone, Zone, number],
  lo: number,
  hi: number,
  pickDate: (rng: Rng) => { y: number; m: number; d: number } = dateOf,
): ExaFamily {
  return family(id, (rng) => {
    const [from, to, block] = pickRoute(rng)
    const { y, m, d } = pickDate(rng)
    const w = clock(rng, y, m, d, lo, hi)
    const key = arrive(from, to, w, block)
    const diff = convert(from, to, w) - w
    const flight = rng.pick(FLIGHTS)
    return choose(rng, {
      stem: `${cap(exec(rng))} flies ${flight} from ${city(from)} (${from}) at ${hm(w)} local time on ${longDate(w)}. The flight time is ${len(block)}. When does she land, on ${city(to)} local time?`,
      key: when(key),
      wrong: [
        [when(w + block), 'adds the flight time to the departure clock without changing zone'],
        [when(w + block - diff), 'applies the time difference in the wrong direction'],
        [
          when(w + block + stdOffset(to) - stdOffset(from)),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
        [`${day(w)}, ${hm(key)}`, 'gets the local clock time but keeps the departure date'],
        [
          when(key + DAY_MIN),
          'adds a day for crossing the date line or midnight when the clock already shows it',
        ],
      ],
      facts: { kind: 'arrive', from, to, wall: w, block },
    })
  })
}

export const TRAVEL_FAMILIES: readonly ExaFamily[] = [
  arrivalFamily(
    'arrival-local-time-long-haul',
    (rng) =>
      rng.pick(ROUTES.filter(([f, t]) => !t.startsWith('Pacific') && !f.startsWith('Pacific'))),
    8,
    14,
  ),
  arrivalFamily(
    'overnight-eastbound-arrival-next-day',
    (rng) => rng.pick(ROUTES.filter(([f, t]) => stdOffset(t) > stdOffset(f))),
    18,
    22,
  ),
  arrivalFamily(
    'westbound-across-date-line-lands-earlier-date',
    (rng) =>
      rng.pick(
        ROUTES.filter(
          ([f]) => f === 'Asia/Tokyo' || f === 'Australia/Sydney' || f === 'Pacific/Auckland',
        ),
      ),
    16,
    21,
  ),
  family('flight-time-from-printed-schedule', (rng) => {
    const [from, to, block] = rng.pick(ROUTES)
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 7, 22)
    const arr = arrive(from, to, w, block)
    const diff = convert(from, to, w) - w
    const wallGap = arr - w
    return choose(rng, {
      stem: `An itinerary shows ${rng.pick(FLIGHTS)} departing ${city(from)} (${from}) ${when(w)} and arriving ${city(to)} (${to}) ${when(arr)}, both local times. How long is ${exec(rng)} in the air?`,
      key: len(block),
      wrong: [
        [len(Math.abs(wallGap)), 'subtracts the two printed clock times without converting zones'],
        [len(Math.abs(wallGap + diff)), 'applies the time difference in the wrong direction'],
        [
          len(Math.abs(wallGap - (stdOffset(to) - stdOffset(from)))),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
        [len(Math.abs(block - 60)), 'takes an extra hour off for daylight saving'],
        [len(block + 60), 'adds an hour for daylight saving that the schedule already shows'],
      ],
      facts: { kind: 'duration', from, to, dep: w, arr },
    })
  }),
  family('layover-spare-minutes-at-hub', (rng) => {
    const [a, hub, block] = rng.pick(ROUTES.filter(([f, t]) => stdOffset(t) !== stdOffset(f)))
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 6, 12)
    const land = arrive(a, hub, w, block)
    const mct = rng.pick([60, 75, 90, 120])
    const spare = rng.pick([15, 20, 35, 40, 55])
    const dep2 = land + mct + spare
    const diff = convert(a, hub, w) - w
    return choose(rng, {
      stem: `${cap(exec(rng))} flies from ${city(a)} (${a}) at ${hm(w)} on ${longDate(w)}, a ${len(block)} flight to ${city(hub)} (${hub}), and connects to a flight leaving ${city(hub)} at ${when(dep2)} local time. The airport’s minimum connection time is ${mct} minutes. How many minutes beyond the minimum does the connection leave?`,
      key: `${spare} minutes`,
      wrong: [
        [
          `${mct + spare} minutes`,
          'gives the whole layover without taking off the minimum connection time',
        ],
        [
          `${spare - diff} minutes`,
          'adds the flight time to the departure clock without changing zone',
        ],
        [
          `${spare + 60} minutes`,
          'adds an hour for daylight saving that the local times already show',
        ],
        [
          `${Math.abs(spare - 60)} minutes`,
          'takes an hour off for daylight saving that the local times already show',
        ],
        [
          `${spare + mct * 2} minutes`,
          'adds the minimum connection time instead of subtracting it',
        ],
      ].filter(([t]) => !t!.startsWith('-')) as [string, string][],
      facts: { kind: 'layover', from: a, hub, wall: w, block, dep2, mct },
    })
  }),
  family('latest-departure-to-make-a-meeting', (rng) => {
    const [from, to, block] = rng.pick(ROUTES)
    const { y, m, d } = dateOf(rng)
    const meet = clock(rng, y, m, d, 9, 16)
    const buffer = rng.pick([90, 120, 150])
    const landBy = meet - buffer
    const key = departFor(from, to, landBy, block)
    const diff = convert(to, from, landBy) - landBy
    return choose(rng, {
      stem: `${cap(exec(rng))} has a meeting in ${city(to)} (${to}) at ${when(meet)} local time. Flights from ${city(from)} (${from}) take ${len(block)}, and she needs ${buffer} minutes from landing to the meeting room. What is the latest scheduled departure, on ${city(from)} time?`,
      key: when(key),
      wrong: [
        [
          when(meet - buffer - block),
          'works backwards on the meeting’s clock without changing zone',
        ],
        [when(landBy - diff - block), 'applies the time difference in the wrong direction'],
        [when(convert(to, from, meet) - block), 'forgets the landing-to-meeting buffer'],
        [when(key - buffer), 'takes the buffer off twice'],
        [when(convert(to, from, landBy) + block), 'adds the flight time instead of subtracting it'],
      ],
      facts: { kind: 'latest', from, to, meet, buffer, block },
    })
  }),
  family('home-office-clock-on-landing', (rng) => {
    const [from, to, block] = rng.pick(ROUTES)
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 8, 22)
    const land = arrive(from, to, w, block)
    const home = convert(to, from, land)
    const diff = land - home
    return choose(rng, {
      stem: `${cap(exec(rng))} lands in ${city(to)} (${to}) at ${when(land)} local time and wants the ${city(from)} office (${from}) to call her as soon as she lands. What time is that at the office?`,
      key: when(home),
      wrong: [
        [when(land + diff), 'applies the time difference in the wrong direction'],
        [when(land), 'gives the arrival clock as the office time'],
        [
          when(land - (stdOffset(to) - stdOffset(from))),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
        [when(w), 'gives the departure time instead of the landing'],
        [when(home + block), 'adds the flight time again to the converted landing'],
      ],
      facts: { kind: 'convert', from: to, to: from, wall: land, showDate: true },
    })
  }),
  family('hotel-nights-after-overnight-flight', (rng) => {
    const [from, to, block] = rng.pick(ROUTES.filter(([f, t]) => stdOffset(t) > stdOffset(f)))
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 18, 22)
    const land = arrive(from, to, w, block)
    const checkIn = Math.floor(land / DAY_MIN)
    const leave = checkIn + rng.int(2, 5)
    const nights = leave - checkIn
    const depDay = Math.floor(w / DAY_MIN)
    if (depDay === checkIn) throw new VariantError('the flight lands the same day')
    return choose(rng, {
      stem: `${cap(exec(rng))} leaves ${city(from)} (${from}) at ${hm(w)} on ${longDate(w)} on a ${len(block)} flight to ${city(to)} (${to}), goes to the hotel on landing and checks out on ${longDate(leave * DAY_MIN)}. How many nights do you book, from which date?`,
      key: `${nights} nights from ${day(checkIn * DAY_MIN)}`,
      wrong: [
        [
          `${leave - depDay} nights from ${day(depDay * DAY_MIN)}`,
          'books from the departure date, paying for a night spent on the plane',
        ],
        [
          `${nights + 1} nights from ${day(checkIn * DAY_MIN)}`,
          'counts the check-out day as a night',
        ],
        [
          `${nights - 1} nights from ${day((checkIn + 1) * DAY_MIN)}`,
          'starts the booking the day after landing',
        ],
        [
          `${nights + 1} nights from ${day(depDay * DAY_MIN)}`,
          'counts every calendar day of the trip as a night',
        ],
      ],
      facts: { kind: 'nights', from, to, wall: w, block, leave: leave * DAY_MIN },
    })
  }),
  family('car-pickup-after-landing-buffer', (rng) => {
    const [from, to, block] = rng.pick(ROUTES)
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 7, 20)
    const land = arrive(from, to, w, block)
    const buf = rng.pick([45, 60, 75])
    const diff = convert(from, to, w) - w
    return choose(rng, {
      stem: `${cap(exec(rng))} leaves ${city(from)} (${from}) at ${when(w)} local time on a ${len(block)} flight to ${city(to)} (${to}). Her rule: the car is booked ${buf} minutes after scheduled landing, for immigration and bags. What pickup time do you give the driver, on ${city(to)} time?`,
      key: when(land + buf),
      wrong: [
        [
          when(w + block + buf),
          'adds the flight time and buffer to the departure clock without changing zone',
        ],
        [when(land), 'books the car for the landing time, without the buffer'],
        [when(land + buf - 2 * diff), 'applies the time difference in the wrong direction'],
        [when(land - buf), 'takes the buffer off instead of adding it'],
        [
          when(w + block + buf + stdOffset(to) - stdOffset(from)),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
      ],
      facts: { kind: 'arrive', from, to, wall: w, block: block + buf },
    })
  }),
  family('total-journey-time-two-legs', (rng) => {
    const [a, hub, b1] = rng.pick(
      ROUTES.filter(([, t]) => t === 'Europe/London' || t === 'Asia/Tokyo'),
    )
    const next: Zone = hub === 'Europe/London' ? 'Europe/Berlin' : 'Asia/Singapore'
    const b2 = hub === 'Europe/London' ? 105 : 420
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 8, 20)
    const land1 = arrive(a, hub, w, b1)
    const lay = rng.pick([85, 110, 140, 175])
    const land2 = arrive(hub, next, land1 + lay, b2)
    const total = toUtc(next, land2) - toUtc(a, w)
    return choose(rng, {
      stem: `${cap(exec(rng))} leaves ${city(a)} (${a}) at ${when(w)} and, after a connection in ${city(hub)}, lands in ${city(next)} (${next}) at ${when(land2)}, both local times. How long is the whole journey, door of the first plane to door of the last?`,
      key: len(total),
      wrong: [
        [
          len(Math.abs(land2 - w)),
          'subtracts the two printed clock times without converting zones',
        ],
        [len(b1 + b2), 'adds the flight times and leaves out the connection'],
        [len(total + lay), 'counts the connection twice'],
        [len(total + 60), 'adds an hour for daylight saving that the local times already show'],
      ],
      facts: { kind: 'duration', from: a, to: next, dep: w, arr: land2 },
    })
  }),
  arrivalFamily(
    'arrival-in-the-weeks-only-the-us-has-changed',
    (rng) => rng.pick(ROUTES.filter(([f, t]) => f.startsWith('America') && t.startsWith('Europe'))),
    8,
    11,
    (rng) => {
      const y = rng.pick(YEARS)
      const lo = nth(y, 3, 0, 2)
      const hi = nth(y, 3, 0, -1)
      return { y, m: 3, d: rng.int(lo + 1, hi - 1) }
    },
  ),
  arrivalFamily(
    'eastbound-across-date-line-skips-a-date',
    (rng) =>
      rng.pick(
        ROUTES.filter(
          ([f, t]) =>
            f === 'America/Los_Angeles' && (t === 'Australia/Sydney' || t === 'Pacific/Auckland'),
        ),
      ),
    20,
    23,
  ),
  family('first-onward-flight-meeting-minimum-connection', (rng) => {
    const [a, hub, block] = rng.pick(
      ROUTES.filter(([f, t]) => Math.abs(stdOffset(t) - stdOffset(f)) >= 120),
    )
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 6, 11)
    const land = arrive(a, hub, w, block)
    const mct = rng.pick([60, 75, 90])
    const gaps = rng.shuffle([mct - 25, mct + rng.pick([5, 10, 15]), mct + 50, mct + 95, 20])
    const deps = gaps.map((g) => land + g).sort((x, z) => x - z)
    // wall times add like minutes only when the hub's clock does not change in the window
    if (offsetAt(hub, toUtc(hub, land)) !== offsetAt(hub, toUtc(hub, deps[deps.length - 1]! + 60)))
      throw new VariantError('the hub changes its clocks during the connection')
    const names = rng.shuffle([...FLIGHTS]).slice(0, deps.length)
    const opt = (i: number) => `${names[i]} at ${hm(deps[i]!)}`
    const key = deps.findIndex((t) => t - land >= mct)
    const firstAfter = deps.findIndex((t) => t > land)
    const noConvert = deps.findIndex((t) => t - (w + block) >= mct)
    return choose(rng, {
      stem: `${cap(exec(rng))} leaves ${city(a)} (${a}) at ${when(w)} local time on a ${len(block)} flight to ${city(hub)} (${hub}). Onward flights leave ${city(hub)} at ${names
        .map((_, i) => opt(i))
        .join(
          ', ',
        )} (local times). The minimum connection time is ${mct} minutes. Which is the first onward flight she can be booked on?`,
      key: opt(key),
      wrong: [
        [
          opt(firstAfter),
          'books the first flight after landing, ignoring the minimum connection time',
        ],
        ...(noConvert >= 0
          ? [
              [opt(noConvert), 'works out the landing time on the departure clock'] as [
                string,
                string,
              ],
            ]
          : []),
        ...(key + 1 < deps.length
          ? [[opt(key + 1), 'counts the minimum connection time twice'] as [string, string]]
          : []),
        ...(key > 0
          ? [
              [opt(key - 1), 'takes the minimum connection time as a guide that may be cut'] as [
                string,
                string,
              ],
            ]
          : []),
      ],
      facts: { kind: 'onward', from: a, hub, wall: w, block, mct, deps, names },
    })
  }),
  family('hotel-nights-westbound-same-date', (rng) => {
    const [from, to, block] = rng.pick(ROUTES.filter(([f, t]) => stdOffset(t) < stdOffset(f)))
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 9, 14)
    const land = arrive(from, to, w, block)
    const checkIn = Math.floor(land / DAY_MIN)
    const depDay = Math.floor(w / DAY_MIN)
    const leave = checkIn + rng.int(2, 5)
    const nights = leave - checkIn
    return choose(rng, {
      stem: `${cap(exec(rng))} leaves ${city(from)} (${from}) at ${hm(w)} on ${longDate(w)} on a ${len(block)} flight to ${city(to)} (${to}), goes to the hotel on landing and checks out on ${longDate(leave * DAY_MIN)}. How many nights do you book, from which date?`,
      key: `${nights} nights from ${day(checkIn * DAY_MIN)}`,
      wrong: [
        [
          `${nights - 1} nights from ${day((checkIn + 1) * DAY_MIN)}`,
          'assumes a long flight lands the next day',
        ],
        [
          `${nights + 1} nights from ${day(checkIn * DAY_MIN)}`,
          'counts the check-out day as a night',
        ],
        [
          `${leave - depDay + 1} nights from ${day(depDay * DAY_MIN)}`,
          'counts every calendar day of the trip as a night',
        ],
        [
          `${nights + 1} nights from ${day((checkIn - 1) * DAY_MIN)}`,
          'books from the day before the flight to be safe',
        ],
      ],
      facts: { kind: 'nights', from, to, wall: w, block, leave: leave * DAY_MIN },
    })
  }),
  family('flight-time-on-the-night-clocks-change', (rng) => {
    const y = rng.pick(YEARS)
    const spring = rng.next() < 0.5
    const sun = spring ? at(y, 3, nth(y, 3, 0, -1)) : at(y, 10, nth(y, 10, 0, -1))
    const from = rng.pick(['America/New_York', 'America/Chicago'] as const)
    const to = rng.pick(['Europe/London', 'Europe/Paris'] as const)
    const block =
      from === 'America/New_York' ? rng.pick([415, 425, 440]) : rng.pick([505, 520, 535])
    const w = sun - DAY_MIN + rng.int(19, 22) * 60 + rng.pick([0, 15, 30, 45])
    const arr = arrive(from, to, w, block)
    const wallGap = arr - w
    const before = convert(from, to, w - 7 * DAY_MIN) - (w - 7 * DAY_MIN)
    return choose(rng, {
      stem: `${rng.pick(FLIGHTS)} leaves ${city(from)} (${from}) at ${when(w)} and is scheduled to land in ${city(to)} (${to}) at ${when(arr)}, both local times; Europe changes its clocks that night. How long is the flight?`,
      key: len(block),
      wrong: [
        [len(wallGap - before), 'uses the time difference from the week before the change'],
        [len(wallGap), 'subtracts the two printed clock times without converting zones'],
        [
          len(wallGap - (stdOffset(to) - stdOffset(from))),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
        [len(wallGap + (wallGap - block)), 'applies the time difference in the wrong direction'],
        [len(block + 60), 'adds the hour the clocks change to the flight time'],
        [len(block - 60), 'takes the hour the clocks change off the flight time'],
      ],
      facts: { kind: 'duration', from, to, dep: w, arr },
    })
  }),
  family('destination-clock-at-boarding', (rng) => {
    const [from, to] = rng.pick(ROUTES)
    const { y, m, d } = dateOf(rng)
    const w = clock(rng, y, m, d, 7, 22)
    const there = convert(from, to, w)
    return choose(rng, {
      stem: `${cap(exec(rng))} boards in ${city(from)} (${from}) at ${when(w)} local time and wants to text the ${city(to)} (${to}) office the local time there, so they know whether anyone is still at work. What time is it in ${city(to)}?`,
      key: when(there),
      wrong: [
        [when(w - (there - w)), 'applies the time difference in the wrong direction'],
        [
          when(w + stdOffset(to) - stdOffset(from)),
          'uses the standard-time difference, ignoring daylight saving on the date',
        ],
        [when(w), 'assumes both offices keep the same clock'],
        [`${day(w)}, ${hm(there)}`, 'converts the clock time but keeps the original date'],
      ],
      facts: { kind: 'convert', from, to, wall: w, showDate: true },
    })
  }),
  family('latest-departure-across-date-line', (rng) => {
    const [from, to, block] = rng.pick(
      ROUTES.filter(
        ([f, t]) =>
          (f === 'Asia/Tokyo' || f === 'Australia/Sydney' || f === 'Pacific/Auckland') &&
          t === 'America/Los_Angeles',
      ),
    )
    const { y, m, d } = dateOf(rng)
    const meet = clock(rng, y, m, d, 9, 12)
    const buffer = rng.pick([120, 180])
    const key = departFor(from, to, meet - buffer, block)
    return choose(rng, {
      stem: `${cap(exec(rng))} must be at a ${city(to)} (${to}) investor meeting at ${when(meet)} local time, and needs ${buffer} minutes between landing and the meeting. The flight from ${city(from)} (${from}) takes ${len(block)}. What is the latest departure on ${city(from)} time?`,
      key: when(key),
      wrong: [
        [
          when(meet - buffer - block),
          'works backwards on the meeting’s clock without changing zone',
        ],
        [`${day(meet)}, ${hm(key)}`, 'gets the clock time but keeps the meeting’s date'],
        [when(key + DAY_MIN), 'moves the date the wrong way across the date line'],
        [when(convert(to, from, meet) - block), 'forgets the landing-to-meeting buffer'],
        [
          when(key + 2 * (meet - convert(to, from, meet))),
          'applies the time difference in the wrong direction',
        ],
        [when(key + 2 * block), 'adds the flight time instead of subtracting it'],
      ],
      facts: { kind: 'latest', from, to, meet, buffer, block },
    })
  }),
  family('schengen-days-left-in-180', (rng) => {
    const y = rng.pick([2026, 2027])
    const today = at(y, rng.int(7, 11), rng.int(1, 28))
    const dayN = (t: number) => Math.floor(t / DAY_MIN)
    const t0 = dayN(today)
    const stays: [number, number][] = []
    let cursor = t0 - rng.int(170, 200)
    for (let i = 0; i < 3; i++) {
      const start = cursor + rng.int(5, 20)
      const end = start + rng.int(6, 20)
      if (end >= t0) break
      stays.push([start, end])
      cursor = end
    }
    if (stays.length < 2) throw new VariantError('too few stays')
    const windowStart = t0 - 179 // the 180-day period that ends on the day of entry
    const inside = stays.reduce((s, [a, b]) => s + Math.max(0, b - Math.max(a, windowStart) + 1), 0)
    const exclusive = stays.reduce((s, [a, b]) => s + Math.max(0, b - Math.max(a, windowStart)), 0)
    const all = stays.reduce((s, [a, b]) => s + b - a + 1, 0)
    if (all === inside) throw new VariantError('every stay inside the window')
    return choose(rng, {
      stem: `${cap(exec(rng))}, on a non-EU passport, plans to enter the Schengen area on ${longDate(today)}. Her past stays ran ${stays
        .map(([a, b]) => `${day(a * DAY_MIN)} to ${day(b * DAY_MIN)}`)
        .join(
          ', ',
        )}, the last date of each being the exit day. The rule: at most 90 days in any 180-day period, entry and exit days both counted. How many days has she already used in the 180-day period that ends on her new entry day?`,
      key: `${inside} days`,
      wrong: [
        [
          `${exclusive} days`,
          'counts each stay as exit date minus entry date, leaving out one end day',
        ],
        [`${all} days`, 'counts every past stay, including days before the 180-day period'],
        [`${inside + 1} days`, 'counts the new entry day as already used'],
        [`${90 - inside} days`, 'gives the days left instead of the days used'],
      ],
      facts: { kind: 'schengen', today: t0, stays },
    })
  }),
]
