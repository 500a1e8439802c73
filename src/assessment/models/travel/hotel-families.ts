import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { drawn, family, money, person, worked } from './travel-text.js'
import {
  AIRPORTS,
  type Code,
  clock,
  DAY,
  day,
  instantOf,
  MIN,
  offsetAt,
  wallAt,
  wallOf,
} from './travel-zones.js'

// Hotel bookings: cancellation deadlines run on the hotel's clock, penalties and taxes as the rate
// rules state them, and the night before an early arrival.

const HOTEL_CITIES: readonly Code[] = [
  'HND',
  'SIN',
  'DXB',
  'CDG',
  'ATH',
  'LAX',
  'JFK',
  'SYD',
  'DEL',
]
const BOOKER_CITIES: readonly Code[] = ['LHR', 'JFK', 'FRA', 'DEN', 'SIN']
const quiet = (rng: Rng) => (rng.next() < 0.5 ? rng.int(15, 55) : rng.int(160, 230))

const deadlineInYourZone = family('hotel-free-cancellation-deadline-on-your-clock', (rng) => {
  const h = AIRPORTS[rng.pick(HOTEL_CITIES)]
  const v = AIRPORTS[rng.pick(BOOKER_CITIES.filter((c) => AIRPORTS[c].zone !== h.zone))]
  const arrive = quiet(rng)
  const hour = rng.pick([12, 14, 16, 18])
  const deadline = wallAt(arrive - 1, hour, 0)
  const t = instantOf(h, deadline)
  const gap = (offsetAt(v, t) - offsetAt(h, t)) * MIN
  return worked(rng, {
    stem: `You work from ${v.city}. ${person(rng)}’s hotel in ${h.city} arrives ${day(wallAt(arrive, 0, 0))}; its rate can be cancelled free until ${String(hour).padStart(2, '0')}:00 hotel local time the day before arrival. What is the last moment on your own clock to cancel free?`,
    in: { H: h.code, V: v.code, deadline },
    key: clock(wallOf(v, t)),
    wrong: [
      ['ownClock', clock(deadline), 'reads the hotel’s deadline as if it were on your clock'],
      ['reversed', clock(deadline - gap), 'applies the time difference the wrong way round'],
      ['arrivalDay', clock(wallOf(v, t + DAY)), 'takes the deadline on the arrival day itself'],
      [
        'reversedArrivalDay',
        clock(deadline - gap + DAY),
        'applies the difference the wrong way round, on the arrival day',
      ],
      [
        'ownClockArrivalDay',
        clock(deadline + DAY),
        'reads the hotel’s time as yours, on the arrival day',
      ],
    ],
  })
})

const hoursBeforeCheckIn = family('cancel-hours-before-check-in-time', (rng) => {
  const arrive = quiet(rng)
  const checkIn = rng.pick([14, 15, 16])
  const hours = rng.pick([24, 48, 72])
  const eta = rng.pick([19, 20, 21, 22])
  const base = wallAt(arrive, checkIn, 0)
  return worked(rng, {
    stem: `A hotel’s rule: cancel at least ${hours} hours before the ${checkIn}:00 check-in time on the arrival date, ${day(wallAt(arrive, 0, 0))}, or pay one night. ${person(rng)} planned to arrive at ${eta}:00. By when, hotel local time, must you cancel?`,
    in: { arrive, checkIn, hours, eta },
    key: clock(base - hours * 60 * MIN),
    wrong: [
      [
        'fromMidnight',
        clock(wallAt(arrive, 0, 0) - hours * 60 * MIN),
        'counts back from midnight at the start of the arrival date',
      ],
      [
        'fromEta',
        clock(wallAt(arrive, eta, 0) - hours * 60 * MIN),
        'counts back from the guest’s planned arrival, not check-in time',
      ],
      [
        'daysOff',
        clock(base - (hours / 24 - 1) * DAY),
        'counts the arrival day as one of the days',
      ],
      [
        'fromCheckout',
        clock(wallAt(arrive, 11, 0) - hours * 60 * MIN),
        'counts back from the 11:00 checkout time instead of check-in',
      ],
    ],
  })
})

const usd = (c: number) => money('$', c)
const cents = (x: number) => Math.floor(x + 0.5 + 1e-9)

const latePenalty = family('late-cancellation-first-night-with-tax', (rng) => {
  const rate = drawn(rng, 120, 380, 5) * 100
  const nights = rng.int(3, 6)
  const tax = rng.pick([0.1, 0.12, 0.14, 0.155])
  return worked(rng, {
    stem: `${person(rng)} cancels a ${nights}-night stay at ${usd(rate)} a night after the free-cancellation deadline. The rate rule charges the first night plus its ${(tax * 100).toFixed(1)} % tax. What is the penalty?`,
    in: { rate, nights, tax },
    key: usd(cents(rate * (1 + tax))),
    wrong: [
      ['wholeStay', usd(cents(rate * nights * (1 + tax))), 'charges the whole stay'],
      ['noTax', usd(rate), 'leaves out the tax on the night'],
      [
        'twoNights',
        usd(cents(2 * rate * (1 + tax))),
        'charges two nights, one for each side of the deadline',
      ],
    ],
  })
})

const nightBefore = family('book-the-night-before-an-early-arrival', (rng) => {
  const land = rng.int(5, 7)
  const arrive = quiet(rng)
  const out = rng.int(2, 5)
  const say = (from: number, n: number) =>
    `Check in ${day(wallAt(from, 0, 0))}, ${n} night${n === 1 ? '' : 's'}`
  return worked(rng, {
    stem: `${person(rng)}’s overnight flight lands at 0${land}:30 on ${day(wallAt(arrive, 0, 0))}, and they must sleep before a 13:00 meeting. They check out on ${day(wallAt(arrive + out, 0, 0))}. Check-in time is 15:00. How do you book the hotel?`,
    in: { arrive, out },
    key: say(arrive - 1, out + 1),
    wrong: [
      ['arrivalDate', say(arrive, out), 'books from the arrival date, so no room until 15:00'],
      ['inclusive', say(arrive - 1, out + 2), 'counts the checkout day as a night'],
      [
        'arrivalInclusive',
        say(arrive, out + 1),
        'books from the arrival date and counts the checkout day',
      ],
    ],
  })
})

const cityTax = family('hotel-total-with-vat-and-city-tax-per-person', (rng) => {
  const rate = drawn(rng, 110, 260, 5) * 100
  const nights = rng.int(2, 5)
  const vat = rng.pick([0.07, 0.1, 0.13])
  const city = drawn(rng, 150, 500, 25)
  const guests = 2
  const room = cents(rate * nights * (1 + vat))
  const eur = (c: number) => money('€', c)
  return worked(rng, {
    stem: `Two colleagues share a room for ${nights} nights at ${eur(rate)} a night plus ${(vat * 100).toFixed(0)} % VAT. The city adds a tourist tax of ${eur(city)} per person per night, not subject to VAT. What is the total bill?`,
    in: { rate, nights, vat, city },
    key: eur(room + city * guests * nights),
    wrong: [
      ['perRoom', eur(room + city * nights), 'charges the city tax per room, not per person'],
      [
        'vatOnAll',
        eur(cents((rate * nights + city * guests * nights) * (1 + vat))),
        'charges VAT on the city tax too',
      ],
      ['noCityTax', eur(room), 'leaves out the city tax'],
      ['noVat', eur(rate * nights + city * guests * nights), 'leaves the VAT off the room'],
      [
        'oneNightCity',
        eur(room + city * guests),
        'charges the city tax once per stay, not per night',
      ],
    ],
  })
})

export const HOTEL_FAMILIES: readonly ScenarioFamily[] = [
  deadlineInYourZone,
  hoursBeforeCheckIn,
  latePenalty,
  nightBefore,
  cityTax,
]
