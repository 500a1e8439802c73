import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Calc, computed, evaluate, type Window, type WrongCalc } from './calc.js'
import { at, changeDays, january, july, weekdayIn, year, ymd } from './draws.js'
import { DAY, dayName, longDay, ZONES } from './zone-rules.js'

/** One person's working window: zone, local start and end hour, and their date's day shift. */
interface Person {
  readonly name: string
  readonly zone: string
  readonly from: number
  readonly to: number
  /** Their date relative to the organiser's (1: a day ahead across the date line). */
  readonly shift?: number
}

type Trap =
  | 'season'
  | 'same-clock'
  | 'no-duration'
  | 'swap'
  | 'forgot-last'
  | 'forgot-first'
  | 'attendee-clock'
  | 'utc-clock'
  | 'union'
  | 'southern-season'
  | 'no-date-shift'

interface SlotCase {
  readonly date: number
  readonly people: readonly Person[]
  readonly pick: 'earliest' | 'latest' | 'length'
  readonly minutes: number
  readonly traps: readonly Trap[]
}

/** Whether a mistaken reading gives another answer than the key (or none at all). */
function binds(wrong: Calc, key: Calc): boolean {
  try {
    return evaluate(wrong) !== evaluate(key)
  } catch {
    return false
  }
}

const hours = (h: number) => `${String(Math.floor(h)).padStart(2, '0')}:${h % 1 ? '30' : '00'}`

function windowOf(p: Person, date: number, sameZone?: string, noShift = false): Window {
  const day = date + (noShift ? 0 : (p.shift ?? 0)) * DAY
  const start = at(day, Math.floor(p.from), (p.from % 1) * 60)
  const end = at(day, Math.floor(p.to), (p.to % 1) * 60)
  return { zone: sameZone ?? p.zone, start, end }
}

/** A scheduling question over several people's working hours, with the traps the case sets. */
function slot(id: string, draw: (rng: Rng) => SlotCase): ScenarioFamily {
  return {
    id,
    draw: (rng) => {
      const c = draw(rng)
      const organiser = c.people[0]!
      const windows = c.people.map((p) => windowOf(p, c.date))
      const show = c.pick === 'length' ? 'span' : 'hm'
      const base = { op: 'common', minutes: c.minutes, in: organiser.zone, show } as const
      const key: Calc = { ...base, windows, pick: c.pick }
      const wrong: WrongCalc[] = []
      for (const trap of c.traps) {
        if (trap === 'season' || trap === 'southern-season') {
          // The attendee whose season is misread: the last person, or the southern one.
          // The misread person is one whose hours bind the answer (misreading another's
          // season changes nothing): the southern one, or the last with daylight time that does.
          const misread = (i: number): Calc => {
            const x = windows[i]!
            const other = x.start.slice(5, 7) < '04' || x.start.slice(5, 7) > '09' ? july : january
            return {
              ...key,
              windows: windows.map((w, j) => (j === i ? { ...w, at: other(w.start) } : w)),
            }
          }
          const order = c.people.map((_, i) => c.people.length - 1 - i)
          const i =
            trap === 'season'
              ? (order.find((j) => ZONES[c.people[j]!.zone]?.rule && binds(misread(j), key)) ?? -1)
              : c.people.findIndex((p) => /Australia|Auckland/.test(p.zone))
          if (i >= 0)
            wrong.push([
              misread(i),
              `read ${c.people[i]!.name}’s offset as it is in the other season`,
            ])
        } else if (trap === 'same-clock') {
          wrong.push([
            { ...key, windows: c.people.map((p) => windowOf(p, c.date, organiser.zone, true)) },
            `read everyone’s hours as if they were on ${organiser.name}’s clock, ignoring the zones`,
          ])
        } else if (trap === 'no-duration') {
          wrong.push([
            { ...key, minutes: 0 },
            'gave the time the day ends, leaving no room for the meeting itself',
          ])
        } else if (trap === 'swap') {
          wrong.push([
            { ...key, pick: c.pick === 'earliest' ? 'latest' : 'earliest' },
            c.pick === 'earliest'
              ? 'gave the latest start, not the earliest'
              : 'gave the earliest start, not the latest',
          ])
        } else if (trap === 'attendee-clock') {
          const last = c.people[c.people.length - 1]!
          wrong.push([
            { ...key, in: last.zone },
            `gave the time on ${last.name}’s clock, not ${organiser.name}’s`,
          ])
        } else if (trap === 'utc-clock') {
          wrong.push([
            { ...key, in: 'UTC' },
            `gave the time in UTC, not on ${organiser.name}’s clock`,
          ])
        } else if (trap === 'union') {
          wrong.push([
            { ...key, pick: 'union' },
            'measured from the first person’s start to the last person’s finish',
          ])
        } else if (trap === 'forgot-first') {
          wrong.push([
            { ...key, windows: windows.slice(1) },
            `left ${organiser.name}’s own hours out of the check`,
          ])
        } else if (trap === 'forgot-last') {
          wrong.push([
            { ...key, windows: windows.slice(0, -1) },
            `left ${c.people[c.people.length - 1]!.name}’s hours out of the check`,
          ])
        } else if (trap === 'no-date-shift') {
          wrong.push([
            { ...key, windows: c.people.map((p) => windowOf(p, c.date, undefined, true)) },
            `put everyone on ${organiser.name}’s date, missing that ${c.people.find((p) => p.shift)?.name ?? 'one'} is a day ahead`,
          ])
        }
      }
      const people = c.people
        .map(
          (p) =>
            `${p.name} (${p.zone}) works ${hours(p.from)}–${hours(p.to)} on ${dayName(c.date + (p.shift ?? 0) * DAY)}`,
        )
        .join('; ')
      const ask =
        c.pick === 'length'
          ? `how long is the window in which all of them are working, ${longDay(c.date)} (${organiser.name}’s date)`
          : `what is the ${c.pick} start, on ${organiser.name}’s clock, for a ${c.minutes}-minute call inside everyone’s hours`
      return computed(
        `Local working hours: ${people}. ${ask[0]!.toUpperCase()}${ask.slice(1)}?`,
        key,
        wrong,
      )
    },
  }
}

/** Finding meeting times inside several people's working hours across zones and seasons. */
export const SLOT_FAMILIES: readonly ScenarioFamily[] = [
  slot('new-york-london-spring-gap-overlap', (rng) => {
    const c = changeDays(year(rng))
    return {
      date: weekdayIn(rng, c.usSpring + DAY, c.euSpring),
      people: [
        { name: 'Dana', zone: 'America/New_York', from: 9, to: 17.5 },
        {
          name: 'Lee',
          zone: rng.pick(['Europe/London', 'Europe/Lisbon']),
          from: 9,
          to: rng.pick([17, 17.5]),
        },
      ],
      pick: 'length',
      minutes: 0,
      traps: ['season', 'same-clock', 'forgot-last', 'forgot-first', 'union'],
    }
  }),
  slot('europe-us-autumn-gap-latest-start', (rng) => {
    const c = changeDays(year(rng))
    return {
      date: weekdayIn(rng, c.euAutumn + DAY, c.usAutumn),
      people: [
        { name: 'Jo', zone: rng.pick(['America/New_York', 'America/Toronto']), from: 8, to: 17 },
        { name: 'Marta', zone: rng.pick(['Europe/Madrid', 'Europe/Berlin']), from: 9, to: 18 },
      ],
      pick: 'latest',
      minutes: rng.pick([30, 60]),
      traps: ['season', 'no-duration', 'swap', 'same-clock', 'attendee-clock'],
    }
  }),
  slot('london-sydney-january-earliest', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 1, 12), ymd(y, 2, 26)),
      people: [
        { name: 'Priya', zone: 'Europe/London', from: rng.pick([19, 20]), to: 23 },
        {
          name: 'Sam',
          zone: rng.pick(['Australia/Sydney', 'Australia/Melbourne']),
          from: rng.pick([7, 7.5, 8]),
          to: 10,
          shift: 1,
        },
      ],
      pick: 'earliest',
      minutes: 30,
      traps: ['southern-season', 'swap', 'no-date-shift', 'same-clock', 'attendee-clock'],
    }
  }),
  slot('san-francisco-kolkata-latest-evening', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 4, 6), ymd(y, 10, 23)),
      people: [
        { name: 'Ken', zone: 'America/Los_Angeles', from: 17, to: 23 },
        { name: 'Asha', zone: 'Asia/Kolkata', from: 7.5, to: rng.pick([11, 11.5]), shift: 1 },
      ],
      pick: 'latest',
      minutes: rng.pick([30, 60]),
      traps: ['no-duration', 'no-date-shift', 'swap', 'same-clock', 'attendee-clock'],
    }
  }),
  slot('three-zones-new-york-london-kolkata', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 5, 4), ymd(y, 9, 25)),
      people: [
        { name: 'Ava', zone: 'America/New_York', from: rng.pick([7, 7.5, 8]), to: 17 },
        { name: 'Tom', zone: 'Europe/London', from: 9, to: 17.5 },
        { name: 'Ravi', zone: 'Asia/Kolkata', from: 10, to: rng.pick([18, 18.5, 19]) },
      ],
      pick: 'length',
      minutes: 0,
      traps: ['forgot-last', 'season', 'same-clock', 'forgot-first', 'union'],
    }
  }),
  slot('adelaide-singapore-dubai-latest', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 1, 12), ymd(y, 3, 20)),
      people: [
        { name: 'Kate', zone: 'Australia/Adelaide', from: 9, to: 17.5 },
        { name: 'Wei', zone: 'Asia/Singapore', from: 9, to: 18 },
        { name: 'Omar', zone: 'Asia/Dubai', from: rng.pick([8, 8.5, 9]), to: 17 },
      ],
      pick: 'latest',
      minutes: 30,
      traps: ['southern-season', 'no-duration', 'forgot-last', 'swap', 'attendee-clock'],
    }
  }),
  slot('chicago-auckland-overlap-nz-winter', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 5, 4), ymd(y, 8, 28)),
      people: [
        { name: 'Ben', zone: 'America/Chicago', from: rng.pick([15, 16]), to: 19 },
        { name: 'Mere', zone: 'Pacific/Auckland', from: 7, to: rng.pick([10, 10.5, 11]), shift: 1 },
      ],
      pick: 'length',
      minutes: 0,
      traps: [
        'southern-season',
        'no-date-shift',
        'forgot-last',
        'forgot-first',
        'same-clock',
        'union',
      ],
    }
  }),
  slot('phoenix-new-york-earliest-in-summer', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 5, 4), ymd(y, 9, 25)),
      people: [
        { name: 'Dee', zone: 'America/Phoenix', from: rng.pick([7, 7.5, 8]), to: 16 },
        { name: 'Cruz', zone: 'America/New_York', from: 10, to: 18 },
      ],
      pick: 'earliest',
      minutes: 30,
      traps: ['season', 'same-clock', 'swap', 'forgot-first', 'attendee-clock'],
    }
  }),
  slot('nairobi-toronto-latest-long-meeting', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 4, 6), ymd(y, 10, 23)),
      people: [
        { name: 'Wanjiru', zone: 'Africa/Nairobi', from: 8, to: rng.pick([17, 18]) },
        { name: 'Luc', zone: 'America/Toronto', from: rng.pick([7, 8]), to: 16 },
      ],
      pick: 'latest',
      minutes: 90,
      traps: ['season', 'no-duration', 'swap', 'same-clock', 'attendee-clock'],
    }
  }),
  slot('mexico-city-madrid-after-us-change', (rng) => {
    const c = changeDays(year(rng))
    return {
      date: weekdayIn(rng, c.euSpring + DAY, c.euSpring + 40 * DAY),
      people: [
        { name: 'Sofía', zone: 'America/Mexico_City', from: 8, to: 17 },
        { name: 'Pablo', zone: 'Europe/Madrid', from: 9, to: rng.pick([17, 18, 19]) },
      ],
      pick: 'length',
      minutes: 0,
      traps: ['season', 'same-clock', 'forgot-last', 'forgot-first', 'union'],
    }
  }),
  slot('kathmandu-london-latest-in-winter', (rng) => {
    const y = year(rng)
    return {
      date: weekdayIn(rng, ymd(y, 1, 12), ymd(y, 3, 6)),
      people: [
        { name: 'Ella', zone: 'Europe/London', from: 7, to: 16 },
        { name: 'Bikash', zone: 'Asia/Kathmandu', from: 10, to: rng.pick([17, 17.5, 18]) },
      ],
      pick: 'latest',
      minutes: rng.pick([30, 60]),
      traps: ['no-duration', 'same-clock', 'swap', 'forgot-first', 'attendee-clock'],
    }
  }),
  slot('sydney-spring-change-week-earliest', (rng) => {
    const c = changeDays(year(rng))
    return {
      date: weekdayIn(rng, c.auSpring + DAY, c.euAutumn),
      people: [
        { name: 'Grace', zone: 'Europe/Paris', from: 7, to: 10 },
        { name: 'Noah', zone: 'Australia/Sydney', from: rng.pick([15, 15.5, 16]), to: 19 },
      ],
      pick: 'earliest',
      minutes: 30,
      traps: ['southern-season', 'swap', 'same-clock', 'forgot-first', 'attendee-clock'],
    }
  }),
]
