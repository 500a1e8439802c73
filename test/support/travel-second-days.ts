// A second implementation of the travel families on days, hotels and policy choices: stays as
// sets of day numbers, hotel clocks through Intl, choices by sorting instead of reducing.

import {
  back,
  big,
  clockOf,
  countIn,
  D,
  dayNo,
  dayOf,
  daySet,
  daysText,
  eur,
  half,
  type In,
  instant,
  longDate,
  M,
  offset,
  spanOf,
  stays,
  usd,
  wallAt,
} from './travel-second-computations.js'

const n = (x: In, k: string) => x[k] as number
const s = (x: In, k: string) => x[k] as string
const at = (k: number, h: number) => dayNo(k) + h * 3_600_000

function lastDay(x: In): number {
  const set = daySet(stays(x))
  const entry = n(x, 'entry')
  let d = entry
  for (;;) {
    set.add(d)
    if (countIn(set, d - 179, d) > 90) return d - 1
    d++
  }
}
const hotelDeadline = (x: In) => instant(s(x, 'H'), n(x, 'deadline'))
const say = (from: number, k: number) =>
  `Check in ${dayOf(dayNo(from))}, ${k} night${k === 1 ? '' : 's'}`

interface Opt {
  k: number
  dep: number
  stops: number
  fare: number
}
const opts = (x: In): Opt[] =>
  [0, 1, 2, 3, 4, 5]
    .filter((k) => `dep${k}` in x)
    .map((k) => ({ k, dep: n(x, `dep${k}`), stops: n(x, `stops${k}`), fare: n(x, `fare${k}`) }))
const first = (os: Opt[], by: (o: Opt) => number) =>
  os.length === 0 ? undefined : [...os].sort((a, b) => by(a) - by(b))[0]
const labelOf = (o: Opt | undefined) => (o ? `Option ${'PQRSTU'[o.k]}, ${usd(o.fare)}` : undefined)
const inWindow = (x: In) => (o: Opt) => Math.abs(o.dep - n(x, 'want')) <= n(x, 'w')
const flightsSaid = (ok: boolean[]) => {
  const picked = ok.map((v, k) => (v ? String(k + 1) : '')).filter(Boolean)
  if (picked.length === 0) return 'None of them'
  if (picked.length === 1) return `Flight ${picked[0]} only`
  return `Flights ${picked.slice(0, -1).join(', ')} and ${picked.at(-1)}`
}
const legsOf = (x: In) => [n(x, 'l0'), n(x, 'l1'), n(x, 'l2')]

function weekdaysBack(t: number, k: number): number {
  let left = k
  let d = t
  while (left > 0) {
    d -= D
    if (![0, 6].includes(new Date(d).getUTCDay())) left--
  }
  return d
}
const sunAfter = (t: number) => {
  let d = t
  while (new Date(d).getUTCDay() !== 0) d += D
  return d
}
const SEATS = ['Y', 'B', 'M', 'H', 'K', 'L', 'V']
const classSaid = (_x: In, c: string | undefined, stem: string) => {
  if (!c) return undefined
  const fare = new RegExp(`${c} (\\$[\\d,]+\\.\\d\\d)`).exec(stem.split('fares fall')[1]!)![1]
  return `${c} class at ${fare} each`
}

export const DAY_TWINS: Record<
  string,
  Record<string, (x: In, stem: string) => string | undefined>
> = {
  'hotel-free-cancellation-deadline-on-your-clock': {
    key: (x) => clockOf(wallAt(s(x, 'V'), hotelDeadline(x))),
    ownClock: (x) => clockOf(n(x, 'deadline')),
    reversed: (x) => {
      const t = hotelDeadline(x)
      return clockOf(n(x, 'deadline') - (offset(s(x, 'V'), t) - offset(s(x, 'H'), t)) * M)
    },
    arrivalDay: (x) => clockOf(wallAt(s(x, 'V'), hotelDeadline(x) + D)),
    reversedArrivalDay: (x) => {
      const t = hotelDeadline(x)
      return clockOf(n(x, 'deadline') + D - (offset(s(x, 'V'), t) - offset(s(x, 'H'), t)) * M)
    },
    ownClockArrivalDay: (x) => clockOf(n(x, 'deadline') + D),
  },
  'cancel-hours-before-check-in-time': {
    key: (x) => clockOf(at(n(x, 'arrive'), n(x, 'checkIn') - n(x, 'hours'))),
    fromMidnight: (x) => clockOf(at(n(x, 'arrive'), -n(x, 'hours'))),
    fromEta: (x) => clockOf(at(n(x, 'arrive'), n(x, 'eta') - n(x, 'hours'))),
    fromCheckout: (x) => clockOf(at(n(x, 'arrive'), 11 - n(x, 'hours'))),
    daysOff: (x) => clockOf(at(n(x, 'arrive'), n(x, 'checkIn') - n(x, 'hours') + 24)),
  },
  'late-cancellation-first-night-with-tax': {
    key: (x) => usd(half(BigInt(n(x, 'rate')) * (1000n + big(n(x, 'tax'), 1000)), 1000n)),
    wholeStay: (x) =>
      usd(half(BigInt(n(x, 'rate') * n(x, 'nights')) * (1000n + big(n(x, 'tax'), 1000)), 1000n)),
    noTax: (x) => usd(n(x, 'rate')),
    twoNights: (x) => usd(half(BigInt(2 * n(x, 'rate')) * (1000n + big(n(x, 'tax'), 1000)), 1000n)),
  },
  'book-the-night-before-an-early-arrival': {
    key: (x) => say(n(x, 'arrive') - 1, n(x, 'out') + 1),
    arrivalDate: (x) => say(n(x, 'arrive'), n(x, 'out')),
    inclusive: (x) => say(n(x, 'arrive') - 1, n(x, 'out') + 2),
    arrivalInclusive: (x) => say(n(x, 'arrive'), n(x, 'out') + 1),
  },
  'hotel-total-with-vat-and-city-tax-per-person': {
    key: (x) => {
      const room = half(BigInt(n(x, 'rate') * n(x, 'nights')) * big(1 + n(x, 'vat'), 100), 100n)
      return eur(Number(room) + 2 * n(x, 'city') * n(x, 'nights'))
    },
    perRoom: (x) => {
      const room = half(BigInt(n(x, 'rate') * n(x, 'nights')) * big(1 + n(x, 'vat'), 100), 100n)
      return eur(Number(room) + n(x, 'city') * n(x, 'nights'))
    },
    vatOnAll: (x) =>
      eur(
        half(
          BigInt((n(x, 'rate') + 2 * n(x, 'city')) * n(x, 'nights')) * big(1 + n(x, 'vat'), 100),
          100n,
        ),
      ),
    noVat: (x) => eur((n(x, 'rate') + 2 * n(x, 'city')) * n(x, 'nights')),
    oneNightCity: (x) => {
      const room = half(BigInt(n(x, 'rate') * n(x, 'nights')) * big(1 + n(x, 'vat'), 100), 100n)
      return eur(Number(room) + 2 * n(x, 'city'))
    },
    noCityTax: (x) =>
      eur(half(BigInt(n(x, 'rate') * n(x, 'nights')) * big(1 + n(x, 'vat'), 100), 100n)),
  },
  'schengen-days-used-in-the-180-day-window': {
    key: (x) => daysText(countIn(daySet(stays(x)), n(x, 'on') - 179, n(x, 'on') - 1)),
    allStays: (x) => daysText(countIn(daySet(stays(x)), -1e6, n(x, 'on') - 1)),
    nights: (x) => {
      const w = (d: number) => d >= n(x, 'on') - 179 && d <= n(x, 'on') - 1
      return daysText(
        stays(x).reduce((t, [a, b]) => {
          const inside = [...daySet([[a, b]])].filter(w)
          return t + Math.max(0, inside.length - 1)
        }, 0),
      )
    },
    calendarYear: (x) => {
      const jan = Math.round(
        (Date.UTC(new Date(dayNo(n(x, 'on'))).getUTCFullYear(), 0, 1) - dayNo(0)) / D,
      )
      return daysText(countIn(daySet(stays(x)), jan, n(x, 'on') - 1))
    },
    sixMonths: (x) => daysText(countIn(daySet(stays(x)), back(n(x, 'on'), 6), n(x, 'on') - 1)),
  },
  'schengen-latest-exit-date-on-the-rolling-rule': {
    key: (x) => longDate(lastDay(x)),
    fresh90: (x) => longDate(n(x, 'entry') + 89),
    noRollOff: (x) =>
      longDate(
        n(x, 'entry') + 89 - countIn(daySet(stays(x)), n(x, 'entry') - 179, n(x, 'entry') - 1),
      ),
    allStays: (x) => longDate(n(x, 'entry') + 89 - daySet(stays(x)).size),
  },
  'passport-valid-three-months-after-leaving-schengen': {
    key: (x) => longDate(back(n(x, 'expiry'), 3)),
    sixMonths: (x) => longDate(back(n(x, 'expiry'), 6)),
    expiry: (x) => longDate(n(x, 'expiry')),
    ninetyDays: (x) => longDate(n(x, 'expiry') - 90),
    forward: (x) => longDate(back(n(x, 'expiry'), -3)),
  },
  'passport-six-months-beyond-arrival-as-stated': {
    key: (x) => longDate(back(n(x, 'expiry'), 6)),
    threeMonths: (x) => longDate(back(n(x, 'expiry'), 3)),
    fromReturn: (x) => longDate(back(n(x, 'expiry'), 6) - n(x, 'trip')),
    days180: (x) => longDate(n(x, 'expiry') - 180),
    days180FromReturn: (x) => longDate(n(x, 'expiry') - n(x, 'trip') - 180),
    forward: (x) => longDate(back(n(x, 'expiry'), -6)),
  },
  'advance-purchase-latest-ticketing-date': {
    key: (x) => dayOf(dayNo(n(x, 'd') - n(x, 'ap'))),
    inclusive: (x) => dayOf(dayNo(n(x, 'd') - n(x, 'ap') + 1)),
    moreThan: (x) => dayOf(dayNo(n(x, 'd') - n(x, 'ap') - 1)),
    after: (x) => dayOf(dayNo(n(x, 'd') + n(x, 'ap'))),
    businessDays: (x) => dayOf(weekdaysBack(dayNo(n(x, 'd')), n(x, 'ap'))),
  },
  'saturday-night-minimum-stay': {
    key: (x) => dayOf(sunAfter(dayNo(n(x, 'd')))),
    saturday: (x) => dayOf(sunAfter(dayNo(n(x, 'd'))) - D),
    week: (x) => dayOf(dayNo(n(x, 'd') + 7)),
    friday: (x) => dayOf(sunAfter(dayNo(n(x, 'd'))) - 2 * D),
  },
  'cheapest-booking-class-with-enough-seats': {
    key: (x, st) =>
      classSaid(
        x,
        [...SEATS].reverse().find((c) => n(x, `s${c}`) >= n(x, 'n')),
        st,
      ),
    anySeat: (x, st) =>
      classSaid(
        x,
        [...SEATS].reverse().find((c) => n(x, `s${c}`) > 0),
        st,
      ),
    lowestListed: (x, st) => classSaid(x, 'V', st),
    firstListed: (x, st) => classSaid(x, 'Y', st),
    firstDiscount: (x, st) =>
      classSaid(
        x,
        SEATS.slice(1).find((c) => n(x, `s${c}`) >= n(x, 'n')),
        st,
      ),
    moreThan: (x, st) =>
      classSaid(
        x,
        [...SEATS].reverse().find((c) => n(x, `s${c}`) > n(x, 'n')),
        st,
      ),
  },
  'lowest-logical-fare-in-window-and-stop-limit': {
    key: (x) =>
      labelOf(
        first(
          opts(x).filter((o) => inWindow(x)(o) && o.stops < 2),
          (o) => o.fare,
        ),
      ),
    cheapestOverall: (x) => labelOf(first(opts(x), (o) => o.fare)),
    anyStops: (x) => labelOf(first(opts(x).filter(inWindow(x)), (o) => o.fare)),
    nonstopOnly: (x) =>
      labelOf(
        first(
          opts(x).filter((o) => inWindow(x)(o) && o.stops === 0),
          (o) => o.fare,
        ),
      ),
    closest: (x) =>
      labelOf(
        first(
          opts(x).filter((o) => o.stops < 2),
          (o) => Math.abs(o.dep - n(x, 'want')),
        ),
      ),
  },
  'business-class-for-flights-over-a-stated-length': {
    key: (x) => flightsSaid(legsOf(x).map((l) => l > n(x, 'limit'))),
    journey: () => flightsSaid([true, true, true]),
    atLeast: (x) => flightsSaid(legsOf(x).map((l) => l >= n(x, 'limit'))),
    wholeHours: (x) => flightsSaid(legsOf(x).map((l) => l - (l % 60) > n(x, 'limit'))),
    withPrecedingConnection: (x) =>
      flightsSaid(legsOf(x).map((l, k) => (k === 0 ? l : l + n(x, 'conn')) > n(x, 'limit'))),
    withConnection: (x) =>
      flightsSaid(legsOf(x).map((l, k) => l + (k < 2 ? n(x, 'conn') : 0) > n(x, 'limit'))),
  },
}
void spanOf
