import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, person, span, worked } from './travel-text.js'
import {
  AIRPORTS,
  type Airport,
  type Code,
  clock,
  DAY,
  hm,
  instantOf,
  MIN,
  offsetAt,
  wallAt,
  wallOf,
} from './travel-zones.js'

// Itineraries as a travel booker reads them: every time printed is local to the airport it is
// at, so a journey time, a connection or a latest flight is worked on instants, not clock faces.

/** Two-leg routes through a hub, with each leg's block time range in minutes. */
const ROUTES: readonly (readonly [Code, Code, Code, number, number, number, number])[] = [
  ['JFK', 'LHR', 'ATH', 395, 430, 215, 235],
  ['ORD', 'FRA', 'DEL', 505, 545, 445, 480],
  ['LAX', 'HND', 'SIN', 680, 720, 410, 440],
  ['DEN', 'JFK', 'CDG', 225, 250, 435, 465],
  ['SIN', 'DXB', 'LHR', 445, 475, 450, 480],
  ['JNB', 'DXB', 'DEL', 480, 510, 195, 215],
  ['SYD', 'SIN', 'LHR', 480, 510, 805, 840],
  ['PHX', 'ORD', 'LHR', 205, 225, 470, 500],
  ['GRU', 'FRA', 'ATH', 690, 725, 175, 195],
  ['ATH', 'LHR', 'LAX', 225, 245, 655, 690],
]
const ap = (c: Code): Airport => AIRPORTS[c]
const place = (x: Airport) => `${x.city} (${x.code})`
/** A day of the travel year away from every daylight-saving change: mid-January to late February, or June to August. */
const quietDay = (rng: Rng) => (rng.next() < 0.5 ? rng.int(12, 55) : rng.int(155, 235))
const minutePick = (rng: Rng) => rng.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])

interface Journey {
  o: Airport
  h: Airport
  d: Airport
  dep1: number
  arr1: number
  dep2: number
  arr2: number
  b1: number
  b2: number
  c: number
}

function journey(rng: Rng, dayOf: (rng: Rng) => number, connection: [number, number]): Journey {
  const [O, H, D, lo1, hi1, lo2, hi2] = rng.pick(ROUTES)
  const o = ap(O)
  const h = ap(H)
  const d = ap(D)
  const dep1 = wallAt(dayOf(rng), rng.int(6, 22), minutePick(rng))
  const b1 = drawn(rng, lo1, hi1, 5)
  const b2 = drawn(rng, lo2, hi2, 5)
  const c = drawn(rng, connection[0], connection[1], 5)
  const t1 = instantOf(o, dep1)
  return {
    o,
    h,
    d,
    dep1,
    arr1: wallOf(h, t1 + b1 * MIN),
    dep2: wallOf(h, t1 + (b1 + c) * MIN),
    arr2: wallOf(d, t1 + (b1 + c + b2) * MIN),
    b1,
    b2,
    c,
  }
}
const wallsIn = (j: Journey) => ({
  O: j.o.code,
  H: j.h.code,
  D: j.d.code,
  dep1: j.dep1,
  arr1: j.arr1,
  dep2: j.dep2,
  arr2: j.arr2,
})
const printed = (j: Journey) =>
  `Leg 1 leaves ${place(j.o)} ${clock(j.dep1)} and lands in ${place(j.h)} ${clock(j.arr1)}; leg 2 leaves ${place(j.h)} ${clock(j.dep2)} and lands in ${place(j.d)} ${clock(j.arr2)} (all times local).`

const positive = (m: number, mistake: string, slip: string): [string, string, string][] =>
  m > 0 ? [[slip, span(m), mistake]] : []

function journeyTime(id: string, dayOf: (rng: Rng) => number): ScenarioFamily {
  return family(id, (rng) => {
    const j = journey(rng, dayOf, [70, 600])
    const key = j.b1 + j.c + j.b2
    const clockDiff = (j.arr2 - j.dep1) / MIN
    const zoneGap = offsetAt(j.d, instantOf(j.d, j.arr2)) - offsetAt(j.o, instantOf(j.o, j.dep1))
    return worked(rng, {
      stem: `${person(rng)}’s booking reads: ${printed(j)} How long is the whole journey, from the first take-off to the last landing?`,
      in: wallsIn(j),
      key: span(key),
      wrong: [
        ...positive(
          clockDiff,
          'subtracts the two printed clock times, ignoring the zones',
          'clock',
        ),
        ['flights', span(j.b1 + j.b2), 'adds the two flight times and leaves out the connection'],
        ...positive(
          clockDiff + zoneGap,
          'applies the time difference between origin and destination the wrong way round',
          'reversed',
        ),
        ...positive(
          (j.arr1 - j.dep1) / MIN + j.c + j.b2,
          'times the first leg by its printed clocks, ignoring the zone change to the hub',
          'legOneClock',
        ),
      ],
    })
  })
}

/** A minimum connection time table as an airline publishes it for a hub. */
const MCT = { domestic: 45, international: 75, terminal: 15 } as const

function connectionCheck(id: string, dayOf: (rng: Rng) => number): ScenarioFamily {
  return family(id, (rng) => {
    const j = journey(rng, dayOf, [40, 130])
    const change = rng.next() < 0.75
    const need = MCT.international + (change ? MCT.terminal : 0)
    const say = (m: number, mct: number) =>
      m >= mct
        ? `${span(m)}: meets the ${mct}-minute minimum`
        : `${span(m)}: short of the ${mct}-minute minimum`
    const byClock = (j.dep2 - (j.dep1 + j.b1 * MIN)) / MIN
    const t1 = instantOf(j.o, j.dep1)
    const reversed = byClock + offsetAt(j.h, t1) - offsetAt(j.o, t1)
    const wrong: [string, string, string][] = [
      [
        'domesticMct',
        say(j.c, MCT.domestic),
        'judges an international connection by the domestic minimum',
      ],
    ]
    if (change)
      wrong.push([
        'domesticTerminal',
        say(j.c, MCT.domestic + MCT.terminal),
        'takes the domestic minimum for an international connection, plus the terminal change',
      ])
    if (change)
      wrong.push([
        'noTerminal',
        say(j.c, MCT.international),
        'leaves out the extra time for the change of terminal',
      ])
    if (byClock > 0)
      wrong.push([
        'clock',
        say(byClock, need),
        'adds the flight time to the departure clock without changing zone',
      ])
    if (reversed > 0)
      wrong.push([
        'reversed',
        say(reversed, need),
        'applies the zone difference to the hub the wrong way round',
      ])
    return worked(rng, {
      stem: `${person(rng)}’s first flight leaves ${place(j.o)} ${clock(j.dep1)} local time; its flight time is ${span(j.b1)}. The onward international flight leaves ${place(j.h)} ${clock(j.dep2)} local time${change ? ' from another terminal' : ', same terminal'}. The hub publishes minimum connection times of ${MCT.domestic} min domestic, ${MCT.international} min international, plus ${MCT.terminal} min for a change of terminal. How long is the connection, and is it legal?`,
      in: { ...wallsIn(j), b1: j.b1, need },
      key: say(j.c, need),
      wrong,
    })
  })
}

/** Days in the weeks when the US has changed its clocks and the EU not yet (spring) or no longer (autumn). */
const gapDay = (rng: Rng) => rng.pick([rng.int(74, 84), rng.int(304, 309)])

/** The latest of a day's flights on a route that lands a stated buffer before a meeting. */
function latestFlight(id: string, dayOf: (rng: Rng) => number): ScenarioFamily {
  return family(id, (rng) => {
    const [O, H, , lo, hi] = rng.pick(ROUTES)
    const o = ap(O)
    const h = ap(H)
    const block = drawn(rng, lo, hi, 5)
    const date = dayOf(rng)
    const buffer = rng.pick([90, 120, 180])
    const deps = Array.from({ length: 12 }, (_, k) =>
      wallAt(date, 5, 30 + 90 * k + rng.pick([0, 5, 10, 15, 20])),
    )
    const lands = (w: number) => instantOf(o, w) + block * MIN
    const target = lands(deps[rng.int(3, 8)]!) + drawn(rng, 5, 100, 5) * MIN + buffer * MIN
    const meeting = wallOf(h, target)
    const meetAt = instantOf(h, meeting)
    const latest = (ok: (w: number) => boolean) => [...deps].reverse().find(ok)
    const code = rng.pick(['BA', 'LH', 'AF', 'UA', 'DL', 'SQ', 'EK'])
    const name = (w: number | undefined) =>
      w === undefined ? undefined : `${code}${100 + deps.indexOf(w) * 11} leaving ${hm(w)}`
    const pick = (
      slip: string,
      w: number | undefined,
      mistake: string,
    ): [string, string, string][] => {
      const n = name(w)
      return n === undefined ? [] : [[slip, n, mistake]]
    }
    const keyDep = latest((w) => lands(w) <= meetAt - buffer * MIN)
    if (keyDep === undefined) throw new VariantError('no flight makes the meeting')
    const gap = (offsetAt(h, meetAt) - offsetAt(o, meetAt)) * MIN
    return worked(rng, {
      stem: `${person(rng)} must be at a meeting in ${h.city} at ${clock(meeting)} local time, and your client’s policy is to land at least ${buffer} minutes before any meeting. Flights from ${place(o)} to ${place(h)} that day take ${span(block)} and leave at ${deps.map(hm).join(', ')} ${o.city} time (numbered ${code}${100} upward in steps of 11). Which is the latest flight that meets the policy?`,
      in: {
        O: o.code,
        D: h.code,
        code,
        block,
        buffer,
        meeting,
        ...Object.fromEntries(deps.map((w, k) => [`dep${k}`, w])),
      },
      key: name(keyDep)!,
      wrong: [
        ...pick(
          'noBuffer',
          latest((w) => lands(w) <= meetAt),
          'lands before the meeting but leaves out the policy’s buffer',
        ),
        ...pick(
          'clock',
          latest((w) => w + block * MIN <= meeting - buffer * MIN),
          'adds the flight time to the departure clock, ignoring the time difference',
        ),
        ...pick(
          'reversed',
          latest((w) => w + block * MIN <= meeting - buffer * MIN + gap),
          'applies the time difference the wrong way round',
        ),
        ...pick(
          'bufferAfter',
          latest((w) => lands(w) <= meetAt + buffer * MIN),
          'applies the buffer the wrong way, landing up to the buffer after the meeting starts',
        ),
        ...pick(
          'departure',
          latest((w) => instantOf(o, w) <= meetAt - buffer * MIN),
          'checks the departure time against the buffer, leaving out the flight time',
        ),
      ],
    })
  })
}

/** Bag drop or check-in closing before a departure just after midnight. */
const cutoff = family('bag-drop-closes-the-evening-before', (rng) => {
  const date = quietDay(rng)
  const dep = wallAt(date, 0, drawn(rng, 5, 55, 5))
  const before = rng.pick([45, 60, 90])
  const x = ap(rng.pick(['LHR', 'JFK', 'SIN', 'FRA', 'DXB'] as const))
  const noonRead = dep + 12 * 60 * MIN
  return worked(rng, {
    stem: `${person(rng)}’s flight leaves ${place(x)} at ${clock(dep)} local time. The airline closes bag drop ${before} minutes before departure. When does bag drop close?`,
    in: { dep, before },
    key: clock(dep - before * MIN),
    wrong: [
      [
        'sameDate',
        clock(dep - before * MIN + DAY),
        'keeps the departure date for a time that falls the evening before',
      ],
      ['after', clock(dep + before * MIN), 'adds the minutes instead of taking them away'],
      [
        'noon',
        clock(noonRead - before * MIN),
        'reads 00:xx as half past noon, as a 12-hour clock shows 12:xx',
      ],
      [
        'nextNight',
        clock(dep - before * MIN + 2 * DAY),
        'treats the departure as the night after the date printed',
      ],
    ],
  })
})

export const ITINERARY_FAMILIES: readonly ScenarioFamily[] = [
  journeyTime('two-leg-journey-time-from-local-times', quietDay),
  journeyTime('two-leg-journey-time-in-daylight-saving-gap-weeks', gapDay),
  connectionCheck('connection-against-published-minimum', quietDay),
  connectionCheck('connection-in-daylight-saving-gap-weeks', gapDay),
  latestFlight('latest-flight-landing-before-a-meeting', quietDay),
  latestFlight('latest-flight-in-daylight-saving-gap-weeks', gapDay),
  cutoff,
]
