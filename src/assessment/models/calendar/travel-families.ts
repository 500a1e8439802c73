import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { type Calc, type CalcScenario, computed, type WrongCalc } from './calc.js'
import { at, changeDays, dayIn, january, july, otherSeason, year, ymd } from './draws.js'
import { DAY, dayHm, instantOf, isoLocal, MIN, naive, wallOf } from './zone-rules.js'

interface Leg {
  readonly from: string
  readonly to: string
  readonly dep: string
  /** The arrival on the destination's clock, worked out from the true flight time. */
  readonly arr: string
  readonly minutes: number
  readonly flight: string
}

/** A flight drawn between two zones: departure date window, departure hours and block time. */
function leg(
  rng: Rng,
  o: {
    from: string
    to: string
    code: string
    days: readonly [number, number]
    hours: readonly [number, number]
    minutes: readonly [number, number]
  },
): Leg {
  const date = dayIn(rng, o.days[0], o.days[1])
  const dep = at(
    date,
    rng.int(o.hours[0], o.hours[1]),
    rng.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]),
  )
  const minutes = 5 * rng.int(o.minutes[0] / 5, o.minutes[1] / 5)
  const arr = isoLocal(wallOf(o.to, instantOf(o.from, naive(dep)) + minutes * MIN))
  return { from: o.from, to: o.to, dep, arr, minutes, flight: `${o.code}${rng.int(100, 989)}` }
}

const where = (zone: string) => zone.split('/')[1]!.replace(/_/g, ' ')
const itinerary = (l: Leg) =>
  `Flight ${l.flight} leaves ${where(l.from)} (${l.from}) ${dayHm(naive(l.dep))} local time and lands in ${where(l.to)} (${l.to}) ${dayHm(naive(l.arr))} local time.`

/** How long the flight is, from the itinerary's two local times, with the mistakes chosen. */
function duration(
  id: string,
  draw: (rng: Rng) => Leg,
  extra: (l: Leg) => WrongCalc[] = () => [],
): ScenarioFamily {
  return {
    id,
    draw: (rng): CalcScenario => {
      const l = draw(rng)
      const base = {
        op: 'elapsed',
        from: l.from,
        local: l.dep,
        to: l.to,
        toLocal: l.arr,
        show: 'span',
      } as const
      return computed(`${itinerary(l)} How long is the flight?`, base, [
        [{ ...base, to: l.from }, 'subtracted the clock times, ignoring the zones'],
        [{ ...base, from: l.to, to: l.from }, 'applied the time difference the wrong way round'],
        ...extra(l),
      ])
    },
  }
}

/** When the flight lands on the destination's clock, from the departure and the block time. */
function arrival(
  id: string,
  draw: (rng: Rng) => Leg,
  extra: (l: Leg) => WrongCalc[] = () => [],
): ScenarioFamily {
  return {
    id,
    draw: (rng): CalcScenario => {
      const l = draw(rng)
      const h = Math.floor(l.minutes / 60)
      const m = l.minutes % 60
      const key: Calc = {
        op: 'convert',
        from: l.from,
        local: l.dep,
        to: l.to,
        add: l.minutes,
        show: 'dayhm',
      }
      return computed(
        `Flight ${l.flight} leaves ${where(l.from)} (${l.from}) ${dayHm(naive(l.dep))} local time; the flight time is ${h} h ${String(m).padStart(2, '0')} min. When does it land, on the clock and calendar of ${where(l.to)} (${l.to})?`,
        key,
        [
          [{ ...key, to: l.from }, 'gave the landing time on the departure city’s clock'],
          [{ ...key, flip: true }, 'applied the time difference the wrong way round'],
          ...extra(l),
        ],
      )
    },
  }
}

const season = (l: Leg, side: 'from' | 'to'): WrongCalc => {
  const iso = side === 'from' ? l.dep : l.arr
  const other = otherSeason(side === 'from' ? l.from : l.to, iso)
  return [
    {
      op: 'elapsed',
      from: l.from,
      local: l.dep,
      to: l.to,
      toLocal: l.arr,
      ...(side === 'from' ? { fromAt: other } : { toAt: other }),
      show: 'span',
    },
    `used ${where(side === 'from' ? l.from : l.to)}’s offset of the other season`,
  ]
}

const arrivalSeason = (l: Leg, side: 'from' | 'to'): WrongCalc => {
  const iso = side === 'from' ? l.dep : l.arr
  const other = otherSeason(side === 'from' ? l.from : l.to, iso)
  return [
    {
      op: 'convert',
      from: l.from,
      local: l.dep,
      to: l.to,
      add: l.minutes,
      ...(side === 'from' ? { fromAt: other } : { toAt: other }),
      show: 'dayhm',
    },
    `used ${where(side === 'from' ? l.from : l.to)}’s offset of the other season`,
  ]
}

const sameDay = (l: Leg): WrongCalc => [
  { op: 'convert', from: l.from, local: l.dep, to: l.to, add: l.minutes - 24 * 60, show: 'dayhm' },
  'got the clock time right but kept the departure date',
]
const dayTooMany = (l: Leg): WrongCalc => [
  { op: 'convert', from: l.from, local: l.dep, to: l.to, add: l.minutes + 24 * 60, show: 'dayhm' },
  'added a calendar day for crossing the date line in the wrong direction',
]

/** Flight itineraries: durations from local times, arrival times and dates across zones. */
export const TRAVEL_FAMILIES: readonly ScenarioFamily[] = [
  duration(
    'westbound-transatlantic-duration',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'Europe/London',
        to: rng.pick(['America/New_York', 'America/Chicago']),
        code: 'BA',
        days: [ymd(y, 5, 1), ymd(y, 9, 30)],
        hours: [9, 14],
        minutes: [460, 560],
      })
    },
    (l) => [season(l, 'to'), season(l, 'from')],
  ),
  duration(
    'eastbound-overnight-transatlantic-duration',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: rng.pick(['America/New_York', 'America/Toronto']),
        to: rng.pick(['Europe/London', 'Europe/Paris']),
        code: 'AC',
        days: [ymd(y, 1, 10), ymd(y, 2, 28)],
        hours: [18, 22],
        minutes: [390, 450],
      })
    },
    (l) => [season(l, 'from'), season(l, 'to')],
  ),
  duration(
    'transatlantic-in-the-spring-gap-weeks',
    (rng) => {
      const c = changeDays(year(rng))
      return leg(rng, {
        from: 'Europe/Berlin',
        to: rng.pick(['America/Denver', 'America/Chicago']),
        code: 'LH',
        days: [c.usSpring + DAY, c.euSpring],
        hours: [9, 13],
        minutes: [500, 600],
      })
    },
    (l) => [
      season(l, 'to'),
      season(l, 'from'),
      [
        {
          op: 'elapsed',
          from: l.from,
          local: l.dep,
          to: 'America/New_York',
          toLocal: l.arr,
          show: 'span',
        },
        'took US time to mean New York time',
      ],
    ],
  ),
  duration(
    'overnight-flight-across-eu-spring-change',
    (rng) => {
      const c = changeDays(year(rng))
      return leg(rng, {
        from: 'America/New_York',
        to: rng.pick(['Europe/Paris', 'Europe/Madrid']),
        code: 'IB',
        days: [c.euSpring - DAY, c.euSpring],
        hours: [17, 21],
        minutes: [400, 470],
      })
    },
    (l) => [season(l, 'to')],
  ),
  duration(
    'overnight-flight-across-us-fall-back',
    (rng) => {
      const c = changeDays(year(rng))
      return leg(rng, {
        from: rng.pick(['America/Los_Angeles', 'America/Denver']),
        to: 'America/New_York',
        code: 'UA',
        days: [c.usAutumn - DAY, c.usAutumn],
        hours: [22, 23],
        minutes: [280, 330],
      })
    },
    (l) => [season(l, 'to'), season(l, 'from')],
  ),
  duration(
    'half-hour-zone-delhi-london-duration',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'Asia/Kolkata',
        to: 'Europe/London',
        code: 'AI',
        days: [ymd(y, 4, 6), ymd(y, 10, 20)],
        hours: [1, 14],
        minutes: [560, 620],
      })
    },
    (l) => [
      season(l, 'to'),
      [
        {
          op: 'elapsed',
          from: 'Asia/Karachi',
          local: l.dep,
          to: l.to,
          toLocal: l.arr,
          show: 'span',
        },
        'dropped the half hour of India’s UTC+05:30',
      ],
    ],
  ),
  duration(
    'auckland-los-angeles-duration',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'Pacific/Auckland',
        to: 'America/Los_Angeles',
        code: 'NZ',
        days: [ymd(y, 6, 1), ymd(y, 8, 28)],
        hours: [18, 21],
        minutes: [700, 760],
      })
    },
    (l) => [
      season(l, 'from'),
      [
        {
          op: 'elapsed',
          from: l.from,
          local: l.dep,
          to: l.to,
          toLocal: l.arr,
          fromAt: otherSeason(l.from, l.dep),
          toAt: otherSeason(l.to, l.arr),
          show: 'span',
        },
        'used both cities’ offsets of the other season',
      ],
      [
        {
          op: 'elapsed',
          from: 'Australia/Sydney',
          local: l.dep,
          to: l.to,
          toLocal: l.arr,
          show: 'span',
        },
        'took Auckland to be on Sydney time',
      ],
    ],
  ),
  duration(
    'mexico-city-madrid-duration',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'America/Mexico_City',
        to: 'Europe/Madrid',
        code: 'AM',
        days: [ymd(y, 5, 1), ymd(y, 9, 30)],
        hours: [18, 22],
        minutes: [620, 680],
      })
    },
    (l) => [
      [
        {
          op: 'elapsed',
          from: 'America/Chicago',
          local: l.dep,
          to: l.to,
          toLocal: l.arr,
          show: 'span',
        },
        'gave Mexico City the summer time it dropped in 2022',
      ],
      season(l, 'to'),
    ],
  ),
  duration(
    'red-eye-domestic-duration',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: rng.pick(['America/Los_Angeles', 'America/Denver']),
        to: rng.pick(['America/New_York', 'America/Chicago']),
        code: 'AA',
        days: [ymd(y, 4, 1), ymd(y, 10, 20)],
        hours: [21, 23],
        minutes: [200, 330],
      })
    },
    (l) => [
      [
        {
          op: 'elapsed',
          from: l.from,
          local: l.dep,
          to: l.to,
          toLocal: isoLocal(naive(l.arr) + DAY),
          show: 'span',
        },
        'added a whole day for the change of date on top of the clock difference',
      ],
    ],
  ),
  arrival(
    'transpacific-westbound-lands-two-dates-later',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'America/Los_Angeles',
        to: rng.pick(['Australia/Sydney', 'Australia/Melbourne']),
        code: 'QF',
        days: [ymd(y, 1, 10), ymd(y, 3, 1)],
        hours: [21, 23],
        minutes: [860, 900],
      })
    },
    (l) => [sameDay(l), arrivalSeason(l, 'to')],
  ),
  arrival(
    'transpacific-eastbound-lands-before-it-leaves',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: rng.pick(['Australia/Sydney', 'Pacific/Auckland']),
        to: 'America/Los_Angeles',
        code: 'QF',
        days: [ymd(y, 5, 4), ymd(y, 8, 28)],
        hours: [10, 14],
        minutes: [720, 820],
      })
    },
    (l) => [dayTooMany(l), arrivalSeason(l, 'from')],
  ),
  arrival(
    'us-west-coast-to-tokyo-arrival',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: rng.pick(['America/Los_Angeles', 'America/Denver']),
        to: rng.pick(['Asia/Tokyo', 'Asia/Seoul']),
        code: 'JL',
        days: [ymd(y, 4, 6), ymd(y, 10, 20)],
        hours: [10, 14],
        minutes: [620, 700],
      })
    },
    (l) => [sameDay(l), arrivalSeason(l, 'from')],
  ),
  arrival(
    'singapore-london-overnight-arrival',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'Asia/Singapore',
        to: rng.pick(['Europe/London', 'Europe/Paris']),
        code: 'SQ',
        days: [ymd(y, 5, 1), ymd(y, 9, 30)],
        hours: [22, 23],
        minutes: [800, 840],
      })
    },
    (l) => [sameDay(l), arrivalSeason(l, 'to')],
  ),
  arrival(
    'johannesburg-perth-arrival',
    (rng) => {
      const y = year(rng)
      return leg(rng, {
        from: 'Africa/Johannesburg',
        to: 'Australia/Perth',
        code: 'SA',
        days: [ymd(y, 1, 5), ymd(y, 12, 20)],
        hours: [11, 14],
        minutes: [640, 670],
      })
    },
    (l) => [
      sameDay(l),
      [
        {
          op: 'convert',
          from: l.from,
          local: l.dep,
          to: 'Australia/Sydney',
          add: l.minutes,
          toAt: july(l.dep),
          show: 'dayhm',
        },
        'used Australian Eastern time for Perth',
      ],
    ],
  ),
  arrival(
    'dubai-connection-from-europe',
    (rng) => {
      const c = changeDays(year(rng))
      return leg(rng, {
        from: rng.pick(['Europe/London', 'Europe/Paris']),
        to: 'Asia/Dubai',
        code: 'EK',
        days: [c.euSpring + DAY, c.euSpring + 60 * DAY],
        hours: [13, 21],
        minutes: [380, 420],
      })
    },
    (l) => [arrivalSeason(l, 'from'), sameDay(l)],
  ),
  {
    id: 'home-clock-when-the-executive-lands',
    draw: (rng) => {
      const y = year(rng)
      const l = leg(rng, {
        from: rng.pick(['America/Chicago', 'America/New_York']),
        to: rng.pick(['Asia/Tokyo', 'Asia/Singapore']),
        code: 'UA',
        days: [ymd(y, 4, 6), ymd(y, 10, 20)],
        hours: [10, 13],
        minutes: [780, 840],
      })
      const key: Calc = { op: 'convert', from: l.to, local: l.arr, to: l.from, show: 'dayhm' }
      return computed(
        `${itinerary(l)} The executive wants a check-in call the moment she lands. What time and date is that at the office in ${where(l.from)}?`,
        key,
        [
          [{ ...key, flip: true }, 'applied the time difference the wrong way round'],
          [{ ...key, to: 'UTC' }, 'gave the landing time in UTC'],
          [
            {
              op: 'convert',
              from: l.from,
              local: l.dep,
              to: l.from,
              add: l.minutes - 60 * 24,
              show: 'dayhm',
            },
            'kept the landing clock time but the departure date',
          ],
          [{ ...key, toAt: january(l.dep) }, `used ${where(l.from)}’s winter offset in summer`],
        ],
      )
    },
  },
  {
    id: 'latest-departure-to-reach-a-meeting',
    draw: (rng) => {
      const y = year(rng)
      const from = rng.pick(['America/New_York', 'America/Toronto'])
      const to = rng.pick(['America/Chicago', 'America/Denver'])
      const date = dayIn(rng, ymd(y, 4, 1), ymd(y, 10, 25))
      const meeting = at(date, rng.int(12, 15))
      const block = 5 * rng.int(30, 45)
      const buffer = rng.pick([60, 90, 120])
      const key: Calc = {
        op: 'convert',
        from: to,
        local: meeting,
        to: from,
        add: -(block + buffer),
        show: 'hm',
      }
      return computed(
        `A client meeting in ${where(to)} (${to}) starts ${dayHm(naive(meeting))} local time. The flight from ${where(from)} (${from}) takes ${block} minutes and the executive needs ${buffer} minutes from landing to the meeting room. What is the latest departure on the ${where(from)} clock?`,
        key,
        [
          [{ ...key, flip: true }, 'applied the time difference the wrong way round'],
          [{ ...key, to }, 'gave the latest departure on the meeting city’s clock'],
          [{ ...key, add: -block }, 'left out the time from landing to the meeting'],
          [{ ...key, to: 'UTC' }, 'gave the latest departure in UTC'],
        ],
      )
    },
  },
  {
    id: 'itinerary-plus-one-day-marker',
    draw: (rng) => {
      const y = year(rng)
      const l = leg(rng, {
        from: rng.pick(['America/Chicago', 'America/New_York']),
        to: rng.pick(['Europe/Berlin', 'Europe/Athens']),
        code: 'LH',
        days: [ymd(y, 5, 4), ymd(y, 9, 25)],
        hours: [16, 21],
        minutes: [520, 640],
      })
      const key: Calc = {
        op: 'convert',
        from: l.from,
        local: l.dep,
        to: l.to,
        add: l.minutes,
        show: 'day',
      }
      return computed(
        `An itinerary shows ${l.flight} ${where(l.from)} ${l.dep.slice(11)} → ${where(l.to)} ${l.arr.slice(11)}+1, departing ${dayHm(naive(l.dep))}. On which date must the hotel in ${where(l.to)} expect the executive?`,
        key,
        [
          [
            { ...key, add: l.minutes - 24 * 60 },
            'read the +1 as nothing, taking the departure date',
          ],
          [
            { ...key, add: l.minutes + 24 * 60 },
            'added a day for the +1 and another for the overnight flight',
          ],
          [
            { ...key, to: l.from, add: l.minutes - 24 * 60 },
            'booked from the day of departure on the home calendar',
          ],
          [
            { ...key, add: l.minutes - 48 * 60 },
            'read the +1 as a day earlier, as for an eastbound date-line crossing',
          ],
        ],
      )
    },
  },
]
